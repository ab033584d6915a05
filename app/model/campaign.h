#pragma once

#include "core/platform.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace CampaignDesk {

// The statuses of all five platforms mapped onto one vocabulary. The platform's own word is
// always kept beside it (Campaign::rawStatus) and is what the table shows.
enum class CampaignStatus
{
    Draft,
    Scheduled,
    Running,
    Paused,
    Stopped,
    Completed,
    Cancelled,
    Failed,
    Archived,
    Unknown
};

inline constexpr int CampaignStatusCount = 10;

// Lower-case English key ("running"), stable for settings and the CLI.
QString campaignStatusKey(CampaignStatus status);
bool campaignStatusFromKey(const QString &key, CampaignStatus *status);
// Translated, for people ("Running").
QString campaignStatusDisplayName(CampaignStatus status);
// Running and scheduled campaigns are "active": they act on their own.
bool isActiveStatus(CampaignStatus status);

// One campaign as the app knows it. Identified by its stable key (account + platform id),
// never by a table row.
struct Campaign
{
    QString accountId; // the local account's id
    Platform platform = Platform::Talkover;
    QString id; // the platform's id, as text ("42", "campaign_123", a UUID, "cd-…")
    QString name;
    QString rawStatus; // the platform's own word ("ACTIVE", "Ready", "running")
    CampaignStatus status = CampaignStatus::Unknown;
    QString type;      // campaign_type, dialing mode, …; empty when the platform has none
    QDateTime created; // UTC; invalid when the platform did not say
    QDateTime updated;
    qint64 keyCount = -1; // calls / contacts / prospects / leads; -1 when not in the listing
    QByteArray rawJson;   // the platform's object, compact UTF-8

    QString key() const { return makeKey(accountId, id); }
    static QString makeKey(const QString &accountId, const QString &campaignId)
    {
        return accountId + QLatin1Char('\x1f') + campaignId;
    }
    // "unknown (BLOCKED)" for statuses the app does not know, else the platform's word.
    QString statusText() const;
};

} // namespace CampaignDesk

Q_DECLARE_METATYPE(CampaignDesk::Campaign)
