#include "clioperation.h"

#include "accounts/accountsession.h"
#include "clioutput.h"
#include "safety/auditlog.h"
#include "safety/deleteplanner.h"

#include <QCoreApplication>

namespace CampaignDesk::Cli {

using Stage = DeleteOperation::Stage;
using Outcome = DeleteOperation::Outcome;
using Problem = DeleteOperation::Problem;

OperationRunner::OperationRunner(AccountSession *session, AuditLog *audit, const Campaign &row,
                                 bool nameShared, const OperationRequest &request, QObject *parent)
    : QObject(parent)
    , m_op(new DeleteOperation(session, audit, row, nameShared, this))
    , m_request(request)
    , m_row(row)
{
    switch (request.mode) {
    case OperationRequest::Mode::Delete:
        break;
    case OperationRequest::Mode::Action:
        m_op->setGoal(DeleteOperation::Goal::Action, request.action);
        break;
    case OperationRequest::Mode::Export:
        m_op->setGoal(DeleteOperation::Goal::Export, StatusAction::Pause, request.exportRoot);
        break;
    }
    // Queued: the operation emits from inside its own methods, and the runner answers by
    // calling it again; reacting from the event loop keeps every call outside that emission.
    // The stage is re-read there, so a stage that has already moved on is skipped.
    connect(m_op, &DeleteOperation::stageChanged, this, &OperationRunner::onStage,
            Qt::QueuedConnection);
}

OperationRunner::~OperationRunner() = default;

void OperationRunner::start(Done done)
{
    m_done = std::move(done);
    m_op->start();
}

QString OperationRunner::outcomeKey(DeleteOperation::Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return QStringLiteral("none");
    case Outcome::Deleted:
        return QStringLiteral("deleted");
    case Outcome::DeletedConfirmedByCheck:
        return QStringLiteral("deleted-confirmed-by-check");
    case Outcome::NotDeleted:
        return QStringLiteral("not-deleted");
    case Outcome::AlreadyGone:
        return QStringLiteral("already-gone");
    case Outcome::Archived:
        return QStringLiteral("archived");
    case Outcome::KeptPaused:
        return QStringLiteral("kept-paused");
    case Outcome::Done:
        return QStringLiteral("done");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("none");
}

void OperationRunner::onStage(DeleteOperation::Stage stage)
{
    if (m_ended || stage != m_op->stage())
        return;
    switch (stage) {
    case Stage::Review:
        onReview();
        break;
    case Stage::Confirming:
        onConfirming();
        break;
    case Stage::Finished:
        onFinished();
        break;
    default:
        break; // busy: the operation moves on by itself
    }
}

QString OperationRunner::refusalText() const
{
    const DeleteDecision &d = m_op->decision();
    QString text = d.reason + QLatin1Char(' ') +
                   QCoreApplication::translate("CampaignDesk::Cli", "Nothing was deleted.");
    if (d.refusal == Refusal::BlockedStatus && !d.unblockBy.isEmpty()) {
        // The way out, as the dialog offers it: the reversible action first.
        text += QLatin1Char(' ') +
                QCoreApplication::translate("CampaignDesk::Cli",
                                            "To unblock it, run: campaign-desk-cli %1 \"%2\" %3")
                    .arg(statusActionKey(d.unblockBy.first()), m_op->account().label, m_row.id);
    }
    return text;
}

void OperationRunner::onReview()
{
    const QString nothingSent =
        QCoreApplication::translate("CampaignDesk::Cli", "Nothing was deleted.");
    if (m_request.mode != OperationRequest::Mode::Delete) {
        // Goal::Action / Goal::Export pass through Review silently; a Review that is announced
        // means the audit log could not be written, so nothing was sent.
        end(ExitRefused, QStringLiteral("refused"), m_op->message());
        return;
    }
    switch (m_phase) {
    case Phase::Starting: {
        const DeleteDecision &d = m_op->decision();
        if (!d.mayDelete()) {
            end(ExitRefused, QStringLiteral("refused"), refusalText());
            return;
        }
        // Checked before the export, so a mistyped name costs nothing and writes nothing.
        const bool fromCount = m_request.confirmedByCount && m_request.typed.isEmpty();
        if (!fromCount && !confirmationMatches(d, m_request.typed)) {
            end(ExitRefused, QStringLiteral("name-mismatch"),
                (d.confirmWithId
                     ? QCoreApplication::translate(
                           "CampaignDesk::Cli",
                           "Name mismatch: this campaign is confirmed with its id (its name is "
                           "empty or shared with another campaign of the account).")
                     : QCoreApplication::translate(
                           "CampaignDesk::Cli",
                           "Name mismatch: the confirmation must be the campaign's exact name.")) +
                    QLatin1Char(' ') + nothingSent);
            return;
        }
        m_phase = Phase::Preparing;
        if (m_request.exportRoot.isEmpty())
            m_op->continueWithoutExport();
        else
            m_op->continueWithExport(m_request.exportRoot);
        return;
    }
    case Phase::Preparing:
        // The export failed (or the audit log could not record it): nothing was deleted.
        end(m_op->problem() == Problem::ExportFailed ? ExitPlatform : ExitRefused,
            m_op->problem() == Problem::ExportFailed ? QStringLiteral("export-failed")
                                                     : QStringLiteral("refused"),
            m_op->message());
        return;
    case Phase::Confirmed:
        // The second live fetch (or the platform's refusal) found it blocked or protected now,
        // or the audit log refused: in every case the DELETE was not sent or did nothing.
        end(ExitRefused, QStringLiteral("refused"), m_op->message());
        return;
    }
}

void OperationRunner::onConfirming()
{
    if (m_phase != Phase::Confirmed) {
        m_phase = Phase::Confirmed;
        const QString typed = m_request.confirmedByCount && m_request.typed.isEmpty()
                                  ? m_op->decision().confirmationText
                                  : m_request.typed;
        if (!m_op->confirm(typed)) {
            end(ExitRefused, QStringLiteral("name-mismatch"),
                QCoreApplication::translate("CampaignDesk::Cli",
                                            "Name mismatch. Nothing was deleted."));
        }
        return;
    }
    // Back at the confirmation after it was given: the dialog would ask again or offer Retry.
    switch (m_op->problem()) {
    case Problem::Changed:
        end(ExitRefused, QStringLiteral("name-mismatch"), m_op->message());
        return;
    default:
        end(ExitPlatform, QStringLiteral("not-deleted"), m_op->message());
        return;
    }
}

void OperationRunner::onFinished()
{
    const Outcome outcome = m_op->outcome();
    const QString message = m_op->message();
    switch (outcome) {
    case Outcome::Deleted:
    case Outcome::DeletedConfirmedByCheck:
    case Outcome::Archived:
    case Outcome::Done:
    case Outcome::KeptPaused:
        end(ExitOk, outcomeKey(outcome), message);
        return;
    case Outcome::AlreadyGone:
        // The platform said 404: nothing was deleted by this run. Scripts that only want the
        // campaign gone may treat outcome "already-gone" as success.
        end(ExitPlatform, outcomeKey(outcome), message);
        return;
    case Outcome::NotDeleted:
    case Outcome::Failed:
        if (m_op->problem() == Problem::Blocked) {
            end(ExitRefused, QStringLiteral("refused"), message);
            return;
        }
        end(ExitPlatform, outcomeKey(outcome), message);
        return;
    case Outcome::Unknown:
        end(ExitUnknown, outcomeKey(outcome), message);
        return;
    case Outcome::Cancelled:
    case Outcome::None:
        // Finished without an outcome: the first live fetch failed (auth, network, shape).
        end(ExitPlatform, QStringLiteral("failed"), message);
        return;
    }
}

void OperationRunner::end(int exitCode, const QString &outcome, const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    OperationResult result;
    result.exitCode = exitCode;
    result.outcome = outcome;
    result.message = message;
    result.live = m_op->live();
    if (result.live.id.isEmpty())
        result.live = m_row;
    result.exportPath = m_op->exportPath();
    if (m_done)
        m_done(result);
}

} // namespace CampaignDesk::Cli
