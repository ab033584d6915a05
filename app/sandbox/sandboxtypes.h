#pragma once

#include "core/platform.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace CampaignDesk::Sandbox {

// One HTTP request as a platform module sees it: the path below the platform's prefix, the
// decoded query, lower-case header names, and the credential the server resolved.
struct Request
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
    // The body as a JSON object; JSON is tried first whatever the Content-Type (curl -d sends
    // JSON as form data), then application/x-www-form-urlencoded pairs.
    QJsonObject bodyObject(bool *ok = nullptr) const;
};

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;

    static Response json(int status, const QJsonValue &value);
    static Response raw(int status, const QByteArray &body, const QByteArray &contentType);
};

// A campaign in the seeded store. The wire form is produced by the platform module; records
// that hang off a campaign (calls, contacts, prospects, leads, contact results) are derived
// from `rng` on demand, so deleting the campaign deletes them all and 100,000 campaigns stay
// small in memory.
struct Campaign
{
    QString id;
    QString name;
    QString status;
    QString type;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    quint64 rng = 0;
    int contacts = 0;  // per-contact records: calls, contacts, prospects, contact results, leads
    int completed = 0; // of those, finished successfully
    int failed = 0;    // of those, failed
    int inFlight = 0;  // calls still in progress or queued (Talkover's 409)
    qint64 settleAtMs = 0; // when in-flight work finishes by itself (0: it does not)
    QJsonObject fixed;     // exact wire fields of a documented example campaign, merged last
};

// A public sandbox credential set, one per platform.
struct Account
{
    Platform platform = Platform::Talkover;
    QString label;
    QString secret;         // token, API key, or Kore.ai Client Secret
    QStringList docAliases; // the placeholders the platforms' own doc examples send
    QString streamId;       // Kore.ai only
    QString appId;
    QString accountId;
    QString clientId;
};

struct RateRule
{
    int limit = 0;
    int windowMs = 0;
};

// Deterministic pseudo-random numbers (splitmix64): the same seed gives the same sandbox.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next();
    int bounded(int upperExclusive) { return int(next() % quint64(upperExclusive)); }
    int range(int lo, int hiInclusive) { return lo + bounded(hiInclusive - lo + 1); }

private:
    quint64 m_state;
};

quint64 mixSeed(quint64 a, quint64 b);

// ISO 8601 UTC with milliseconds ("2025-12-08T09:17:21.090Z") or seconds ("…:21Z").
QString isoMs(qint64 epochMs);
QString isoSeconds(qint64 epochMs);

} // namespace CampaignDesk::Sandbox
