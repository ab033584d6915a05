#include "provider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkRequest>

#include <cmath>

namespace CampaignDesk {

const Provider &talkoverProvider();
const Provider &burkiProvider();
const Provider &kakiyoProvider();
const Provider &koreAiProvider();
const Provider &smartleadProvider();

const Provider &providerFor(Platform platform)
{
    switch (platform) {
    case Platform::Talkover:
        return talkoverProvider();
    case Platform::Burki:
        return burkiProvider();
    case Platform::Kakiyo:
        return kakiyoProvider();
    case Platform::KoreAi:
        return koreAiProvider();
    case Platform::Smartlead:
        break;
    }
    return smartleadProvider();
}

ApiRequest Provider::withAuth(ApiRequest request, const Account &account,
                              const QString &secret) const
{
    request.authorize = [this, account, secret](QNetworkRequest &r, QUrl &url) {
        authorize(account, secret, r, url);
    };
    return request;
}

QString statusActionKey(StatusAction action)
{
    switch (action) {
    case StatusAction::Pause:
        return QStringLiteral("pause");
    case StatusAction::Resume:
        return QStringLiteral("resume");
    case StatusAction::Stop:
        return QStringLiteral("stop");
    case StatusAction::Archive:
        return QStringLiteral("archive");
    }
    return {};
}

QString statusActionDisplayName(StatusAction action)
{
    switch (action) {
    case StatusAction::Pause:
        return QCoreApplication::translate("StatusAction", "Pause");
    case StatusAction::Resume:
        return QCoreApplication::translate("StatusAction", "Resume");
    case StatusAction::Stop:
        return QCoreApplication::translate("StatusAction", "Stop");
    case StatusAction::Archive:
        return QCoreApplication::translate("StatusAction", "Archive");
    }
    return {};
}

bool Provider::supportsAction(StatusAction) const
{
    return false;
}

bool Provider::actionAllowed(StatusAction action, const QString &, QString *why) const
{
    if (why)
        *why = QCoreApplication::translate("Provider", "%1 has no “%2” action.")
                   .arg(platformDisplayName(platform()), statusActionDisplayName(action));
    return false;
}

ApiRequest Provider::actionRequest(const Account &, const QString &, StatusAction) const
{
    return {};
}

DeleteRule Provider::deleteRule(const QString &) const
{
    // Without a platform rule nothing is deleted: the safe default.
    DeleteRule rule;
    rule.blocked = true;
    rule.reason = QCoreApplication::translate("Provider", "Deleting is not supported for %1 yet.")
                      .arg(platformDisplayName(platform()));
    return rule;
}

bool Provider::documentsCascade() const
{
    return false;
}

QList<CascadeItem> Provider::cascade(const QJsonDocument &) const
{
    return {};
}

std::optional<ApiRequest> Provider::cascadeCountRequest(const Account &, const QString &) const
{
    return std::nullopt;
}

void Provider::addCascadeCounts(const QJsonDocument &, QList<CascadeItem> *) const
{
}

ApiRequest Provider::deleteRequest(const Account &, const QString &) const
{
    return {};
}

bool Provider::parseDeleteAnswer(const QJsonDocument &, int, DeleteAnswer *) const
{
    return false;
}

QList<ExportPiece> Provider::exportPieces() const
{
    return {};
}

ApiRequest Provider::exportRequest(const Account &, const QString &, const ExportPiece &,
                                   const PageCursor &) const
{
    return {};
}

RowsPage Provider::parseExportRows(const ExportPiece &, const PageCursor &,
                                   const QJsonDocument &) const
{
    RowsPage page;
    page.error = QStringLiteral("export rows are not supported");
    return page;
}

QUrl Provider::baseUrlOf(const Account &account) const
{
    return account.baseUrl.isValid() && !account.baseUrl.isEmpty() ? account.baseUrl
                                                                   : defaultBaseUrl();
}

namespace Parse {

QUrl endpoint(const QUrl &base, const QStringList &segments, const QUrlQuery &query)
{
    QUrl url = base;
    QString path = base.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    for (const QString &segment : segments)
        path += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    url.setPath(path, QUrl::StrictMode);
    url.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    url.setFragment(QString());
    return url;
}

QDateTime timestamp(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString text = value.toString();
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return {};
    // A timestamp without a zone is taken as UTC, as every platform here means it.
    if (dt.timeSpec() == Qt::LocalTime && !text.endsWith(QLatin1Char('Z')) &&
        !text.contains(QLatin1Char('+')) && text.count(QLatin1Char('-')) <= 2)
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC();
}

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Only a whole number inside qint64's range may be converted (anything else is
        // undefined behaviour; found by fuzzing: {"id":4.5e85}).
        constexpr double Limit = 9223372036854775808.0; // 2^63
        if (std::isfinite(d) && d >= -Limit && d < Limit && std::trunc(d) == d)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return {};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

CampaignStatus statusFromWords(const QString &raw, std::span<const StatusWord> words,
                               WordMatch match)
{
    const QString word = match == WordMatch::Exact ? raw : raw.trimmed();
    const Qt::CaseSensitivity cs =
        match == WordMatch::Exact ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (const StatusWord &known : words) {
        if (word.compare(known.word, cs) == 0)
            return known.status;
    }
    return CampaignStatus::Unknown;
}

void setBearer(QNetworkRequest &request, const QString &secret)
{
    request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
}

} // namespace Parse

} // namespace CampaignDesk
