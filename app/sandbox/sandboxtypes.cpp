#include "sandboxtypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace CampaignDesk::Sandbox {

QJsonObject Request::bodyObject(bool *ok) const
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        if (ok)
            *ok = true;
        return doc.object();
    }
    QJsonObject form;
    const QUrlQuery pairs(QString::fromUtf8(body));
    const auto items = pairs.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        form.insert(item.first, item.second);
    if (ok)
        *ok = !form.isEmpty() || body.trimmed().isEmpty();
    return form;
}

Response Response::json(int status, const QJsonValue &value)
{
    Response response;
    response.status = status;
    if (value.isArray())
        response.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        response.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

Response Response::raw(int status, const QByteArray &body, const QByteArray &contentType)
{
    Response response;
    response.status = status;
    response.body = body;
    response.contentType = contentType;
    return response;
}

quint64 Rng::next()
{
    quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 mixSeed(quint64 a, quint64 b)
{
    Rng rng(a * 0x100000001b3ULL ^ b);
    return rng.next();
}

QString isoMs(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString isoSeconds(qint64 epochMs)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace CampaignDesk::Sandbox
