#include "deleteplanner.h"

#include <QCoreApplication>

namespace CampaignDesk {

DeleteDecision decideDelete(const Provider &provider, const Campaign &live,
                            const QJsonDocument &liveAnswer, bool isProtected, bool nameShared)
{
    DeleteDecision d;
    d.platform = live.platform;
    d.rawStatus = live.rawStatus;

    const DeleteRule rule = provider.deleteRule(live.rawStatus);
    d.warning = rule.warning;
    if (isProtected) {
        d.refusal = Refusal::Protected;
        d.reason = QCoreApplication::translate(
            "DeletePlanner", "This campaign is protected from deletion in Campaign Desk. Clear "
                             "the protection first (Campaign ▸ Protect from deletion).");
    } else if (rule.blocked) {
        d.refusal = Refusal::BlockedStatus;
        d.reason = rule.reason;
    }
    // Only the unblocking actions the platform allows from this status are offered.
    for (StatusAction action : rule.unblockBy) {
        if (provider.supportsAction(action) &&
            provider.actionAllowed(action, live.rawStatus, nullptr))
            d.unblockBy.append(action);
    }

    d.hasArchive = provider.supportsAction(StatusAction::Archive) &&
                   provider.actionAllowed(StatusAction::Archive, live.rawStatus, nullptr);
    if (d.hasArchive)
        d.alternatives.append(Alternative::ArchiveInstead);
    d.alternatives.append(Alternative::KeepPaused);
    d.defaultAlternative = d.hasArchive ? Alternative::ArchiveInstead : Alternative::KeepPaused;

    d.cascade = provider.cascade(liveAnswer);
    d.cascadeDocumented = provider.documentsCascade();

    const QString name = live.name.trimmed();
    d.confirmWithId = name.isEmpty() || nameShared;
    d.confirmationText = d.confirmWithId ? live.id.trimmed() : name;
    return d;
}

bool confirmationMatches(const DeleteDecision &decision, const QString &typed)
{
    return !decision.confirmationText.isEmpty() && typed.trimmed() == decision.confirmationText;
}

QString irreversibilityText(Platform platform, bool cascadeDocumented)
{
    const QString name = platformDisplayName(platform);
    QString text =
        QCoreApplication::translate("DeletePlanner", "This cannot be undone. %1 keeps no copy.")
            .arg(name);
    if (!cascadeDocumented)
        text += QLatin1Char(' ') +
                QCoreApplication::translate("DeletePlanner",
                                            "%1 does not document what else a delete removes.")
                    .arg(name);
    return text;
}

} // namespace CampaignDesk
