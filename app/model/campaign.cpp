#include "campaign.h"

#include <QCoreApplication>

namespace CampaignDesk {

namespace {
const char *const StatusKeys[CampaignStatusCount] = {"draft",    "scheduled", "running",   "paused",
                                                     "stopped",  "completed", "cancelled", "failed",
                                                     "archived", "unknown"};
}

QString campaignStatusKey(CampaignStatus status)
{
    return QString::fromLatin1(StatusKeys[int(status)]);
}

bool campaignStatusFromKey(const QString &key, CampaignStatus *status)
{
    for (int i = 0; i < CampaignStatusCount; ++i) {
        if (key == QLatin1String(StatusKeys[i])) {
            *status = CampaignStatus(i);
            return true;
        }
    }
    return false;
}

QString campaignStatusDisplayName(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft:
        return QCoreApplication::translate("CampaignStatus", "Draft");
    case CampaignStatus::Scheduled:
        return QCoreApplication::translate("CampaignStatus", "Scheduled");
    case CampaignStatus::Running:
        return QCoreApplication::translate("CampaignStatus", "Running");
    case CampaignStatus::Paused:
        return QCoreApplication::translate("CampaignStatus", "Paused");
    case CampaignStatus::Stopped:
        return QCoreApplication::translate("CampaignStatus", "Stopped");
    case CampaignStatus::Completed:
        return QCoreApplication::translate("CampaignStatus", "Completed");
    case CampaignStatus::Cancelled:
        return QCoreApplication::translate("CampaignStatus", "Cancelled");
    case CampaignStatus::Failed:
        return QCoreApplication::translate("CampaignStatus", "Failed");
    case CampaignStatus::Archived:
        return QCoreApplication::translate("CampaignStatus", "Archived");
    case CampaignStatus::Unknown:
        return QCoreApplication::translate("CampaignStatus", "Unknown");
    }
    return {};
}

bool isActiveStatus(CampaignStatus status)
{
    return status == CampaignStatus::Running || status == CampaignStatus::Scheduled;
}

QString Campaign::statusText() const
{
    if (status == CampaignStatus::Unknown)
        return QCoreApplication::translate("CampaignStatus", "unknown (%1)")
            .arg(rawStatus.isEmpty() ? QCoreApplication::translate("CampaignStatus", "no status")
                                     : rawStatus);
    return rawStatus;
}

} // namespace CampaignDesk
