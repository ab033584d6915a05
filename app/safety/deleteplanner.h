#pragma once

#include "model/campaign.h"
#include "providers/provider.h"

#include <QJsonDocument>
#include <QList>
#include <QString>

namespace CampaignDesk {

// A safer choice the delete flow offers before deleting.
enum class Alternative
{
    ArchiveInstead, // Smartlead: hides it, keeps every record, reversible
    KeepPaused,     // pause it (when it is running) and keep everything
};

// Why the flow cannot reach the DELETE right now.
enum class Refusal
{
    None,
    Protected,     // the local "protect from deletion" flag is set
    BlockedStatus, // the platform's rules block deleting in this status
};

// Everything the delete flow decides about one campaign, from its live status. Pure data:
// made by decideDelete() without any I/O, shown by the dialog, the bulk dialog and the CLI.
struct DeleteDecision
{
    Platform platform = Platform::Talkover;
    QString rawStatus;
    Refusal refusal = Refusal::None;
    QString reason;                // why not, in the platform's words where it has them
    QList<StatusAction> unblockBy; // best first: Pause (reversible) before Stop
    QString warning;               // allowed, but say this first
    QList<Alternative> alternatives;
    Alternative defaultAlternative = Alternative::KeepPaused;
    bool hasArchive = false; // "Archive instead" is the default button
    QList<CascadeItem> cascade;
    bool cascadeDocumented = true;
    // What the user must type: the exact (trimmed) name, or the id when the name is empty or
    // shared with another campaign of the account.
    QString confirmationText;
    bool confirmWithId = false;

    bool mayDelete() const { return refusal == Refusal::None; }
};

// Decides from the live campaign (never the table's cached row), the live get answer (for
// cascade counts), the local protection flag, and whether another campaign of the same
// account has the same name.
DeleteDecision decideDelete(const Provider &provider, const Campaign &live,
                            const QJsonDocument &liveAnswer, bool isProtected, bool nameShared);

// Whether what the user typed confirms the delete: exact, after trimming both ends.
bool confirmationMatches(const DeleteDecision &decision, const QString &typed);

// "This cannot be undone. Smartlead keeps no copy." and, for Kore.ai, that it does not say
// what else is lost.
QString irreversibilityText(Platform platform, bool cascadeDocumented);

} // namespace CampaignDesk
