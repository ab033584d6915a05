#include "redaction.h"

#include <QUrlQuery>

namespace CampaignDesk {

bool isSecretQueryParameter(const QString &name)
{
    const QString lower = name.toLower();
    return lower == QLatin1String("api_key") || lower == QLatin1String("apikey") ||
           lower == QLatin1String("key") || lower == QLatin1String("token") ||
           lower == QLatin1String("access_token") || lower == QLatin1String("auth") ||
           lower == QLatin1String("secret") || lower == QLatin1String("client_secret");
}

namespace {

QString redactQueryString(const QString &query)
{
    if (query.isEmpty())
        return query;
    QStringList parts = query.split(QLatin1Char('&'));
    for (QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString name =
            QUrl::fromPercentEncoding(part.left(eq < 0 ? part.size() : eq).toUtf8());
        if (isSecretQueryParameter(name))
            part = part.left(eq < 0 ? part.size() : eq) + QStringLiteral("=***");
    }
    return parts.join(QLatin1Char('&'));
}

} // namespace

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo(QString());
    const QString query = copy.query(QUrl::FullyEncoded);
    copy.setQuery(QString());
    QString text = copy.toString(QUrl::FullyEncoded);
    if (!query.isEmpty())
        text += QLatin1Char('?') + redactQueryString(query);
    return text;
}

QString redactedPathAndQuery(const QString &pathAndQuery)
{
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    if (q < 0)
        return pathAndQuery;
    return pathAndQuery.left(q + 1) + redactQueryString(pathAndQuery.mid(q + 1));
}

} // namespace CampaignDesk
