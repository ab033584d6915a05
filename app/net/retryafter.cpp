#include "retryafter.h"

#include <QJsonObject>
#include <QLocale>

namespace CampaignDesk {

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);

    const QLocale c = QLocale::c();
    QString text = QString::fromLatin1(trimmed);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text.chop(4);
    for (const QString &format :
         {QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"), QStringLiteral("dddd, dd-MMM-yy HH:mm:ss"),
          QStringLiteral("ddd MMM d HH:mm:ss yyyy")}) {
        QDateTime when = c.toDateTime(text, format);
        if (when.isValid()) {
            when.setTimeSpec(Qt::UTC);
            if (when.date().year() < 1970)
                when = when.addYears(100);
            return std::max<qint64>(0, now.msecsTo(when));
        }
    }
    return std::nullopt;
}

std::optional<qint64> retryAfterFromBody(const QJsonDocument &body)
{
    const QJsonObject root = body.object();
    const QJsonObject error = root.value(QStringLiteral("error")).toObject();
    const QJsonObject details = error.value(QStringLiteral("details")).toObject();
    for (const QJsonObject &o : {root, error, details}) {
        const QJsonValue v = o.value(QStringLiteral("retry_after"));
        if (v.isDouble() && v.toDouble() >= 0)
            return qint64(v.toDouble() * 1000);
        if (v.isString()) {
            bool ok = false;
            const double s = v.toString().toDouble(&ok);
            if (ok && s >= 0)
                return qint64(s * 1000);
        }
    }
    return std::nullopt;
}

} // namespace CampaignDesk
