#include "retryafter.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace CampaignDesk {

namespace {

// The transport keeps waits in an int: anything longer is capped (24.8 days is "much later").
constexpr qint64 MaxWaitMs = std::numeric_limits<int>::max();

std::optional<qint64> waitFromSeconds(double seconds)
{
    if (!(seconds >= 0)) // negative or NaN
        return std::nullopt;
    if (seconds * 1000 >= double(MaxWaitMs)) // inf included
        return MaxWaitMs;
    return qint64(seconds * 1000);
}

} // namespace

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0
                   ? std::nullopt
                   : std::optional<qint64>(std::min<qint64>(seconds, MaxWaitMs / 1000) * 1000);

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
            return std::clamp<qint64>(now.msecsTo(when), 0, MaxWaitMs);
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
        if (v.isDouble()) {
            if (const std::optional<qint64> wait = waitFromSeconds(v.toDouble()))
                return wait;
        }
        if (v.isString()) {
            bool ok = false;
            const double s = v.toString().toDouble(&ok);
            if (ok) {
                if (const std::optional<qint64> wait = waitFromSeconds(s))
                    return wait;
            }
        }
    }
    return std::nullopt;
}

int parseRateLimitHeader(const QByteArray &value)
{
    bool ok = false;
    const int v = value.trimmed().toInt(&ok);
    return ok && v >= 0 ? v : -1;
}

} // namespace CampaignDesk
