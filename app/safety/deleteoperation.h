#pragma once

#include "deleteplanner.h"
#include "net/apiresult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace CampaignDesk {

class AccountSession;
class AuditLog;
class ExportBundleWriter;
class PendingCall;
struct AttemptStart;
struct ExportResult;

// The safe delete of one campaign, step by step (delete-flow.md): a live fetch, the gate,
// optional unblocking actions, an export that must verify, a typed confirmation, a second
// live fetch, the DELETE, and an honest outcome. Every request is in the audit log before it
// is sent and completed after. The dialog, the bulk queue and the CLI all drive this class;
// none of them holds a platform rule.
class DeleteOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteOperation)

public:
    enum class Stage
    {
        Idle,
        FetchingLive,  // rule 1, first fetch
        Review,        // the decision is shown: gate, impact, alternatives, export choice
        RunningAction, // pause / stop / archive from inside the flow
        Exporting,     // rule 5: export and verify
        Confirming,    // rule 6: the user types the name
        Rechecking,    // rule 1, second fetch right before the DELETE
        Deleting,
        WaitingToRetry,  // 429: counting down to the one automatic retry
        CheckingOutcome, // the answer was lost: a follow-up fetch decides
        Finished
    };
    Q_ENUM(Stage)

    enum class Outcome
    {
        None,
        Deleted,                 // the platform confirmed
        DeletedConfirmedByCheck, // the answer was lost; the campaign is gone
        NotDeleted,              // failed, refused, or still there after a check
        AlreadyGone,             // 404, confirmed by a fetch
        Archived,                // "Archive instead"
        KeptPaused,              // "Keep it paused"
        Done,                    // Goal::Action / Goal::Export succeeded
        Failed,                  // Goal::Action / Goal::Export did not
        Cancelled,
        Unknown // not even a follow-up fetch could tell
    };
    Q_ENUM(Outcome)

    // What went wrong with the last step, for the dialog to show the right choices.
    enum class Problem
    {
        None,
        Auth,            // → account settings
        Blocked,         // the platform refused for the campaign's status: the gate again
        CallsInProgress, // Talkover 409 → Retry
        Validation,      // 400/422: the platform's field messages
        RateLimited,     // → countdown, one automatic retry
        ServerError,     // 5xx → Retry (a fetch first)
        Redirected,      // 3xx: never followed
        Unexpected,      // not the documented answer
        Network,         // could not reach the platform
        ExportFailed,    // no DELETE without a verified export
        Changed          // the second live fetch found something else
    };
    Q_ENUM(Problem)

    // What the operation is for. The same live fetch, rules, audit and honest outcome serve a
    // single status action (toolbar Pause/Stop/…) and a standalone export too.
    enum class Goal
    {
        Delete,
        Action,
        Export
    };
    Q_ENUM(Goal)

    // `campaign` is the table's row: only its account and id are used; every decision comes
    // from live fetches. `nameShared`: another campaign of the account has the same name.
    DeleteOperation(AccountSession *session, AuditLog *audit, const Campaign &campaign,
                    bool nameShared, QObject *parent = nullptr);
    ~DeleteOperation() override;

    // Before start(): a status action or an export instead of a delete.
    void setGoal(Goal goal, StatusAction action = StatusAction::Pause,
                 const QString &exportRoot = {});
    Goal goal() const { return m_goal; }
    StatusAction goalAction() const { return m_goalAction; }

    void start();
    // From Review: an unblocking action (Pause, Stop) or Archive; re-fetches afterwards.
    void runAction(StatusAction action);
    void archiveInstead() { runAction(StatusAction::Archive); }
    // "Keep it paused": pauses a running campaign (if it can be paused) and ends the flow.
    void keepPaused();
    // From Review: export into `exportRoot` first (the default), or skip it on purpose.
    void continueWithExport(const QString &exportRoot);
    void continueWithoutExport();
    // From Confirming: the typed text; when it matches, the second fetch and the DELETE follow.
    bool confirm(const QString &typed);
    // After CallsInProgress / ServerError / Network: try again (a fetch first when the
    // request may have arrived).
    void retry();
    void cancel();

    Stage stage() const { return m_stage; }
    Outcome outcome() const { return m_outcome; }
    Problem problem() const { return m_problem; }
    QString message() const { return m_message; }
    const Campaign &live() const { return m_live; }
    const DeleteDecision &decision() const { return m_decision; }
    const DeleteAnswer &deleteAnswer() const { return m_answer; }
    const ApiResult &lastResult() const { return m_lastResult; }
    QString exportPath() const { return m_exportPath; }
    bool exportSkipped() const { return m_exportSkipped; }
    const Account &account() const;
    int retryAfterMs() const { return m_retryAfterMs; }
    bool isBusy() const;

Q_SIGNALS:
    void stageChanged(CampaignDesk::DeleteOperation::Stage stage);
    void exportProgress(const QString &step, qint64 done, qint64 total);
    // The campaign is gone on the platform (deleted, confirmed, or already gone): the table
    // may remove its row now.
    void campaignGone(const QString &campaignKey);
    void finished(CampaignDesk::DeleteOperation::Outcome outcome);

private:
    enum class AfterFetch
    {
        Review,
        Recheck,
        CheckOutcome,
        RetryAfterCheck,
        ConfirmGone
    };
    void setStage(Stage stage);
    void enterReview();
    void fetchLive(AfterFetch then);
    void liveFetched(AfterFetch then, const ApiResult &result);
    void cascadeCounted(const ApiResult &result);
    void sendDelete();
    void deleteAnswered(const ApiResult &result);
    void finish(Outcome outcome, const QString &message);
    void fail(Problem problem, const QString &message, Stage stage);
    AttemptStart attemptFor(int action) const;
    void audited(int action, const std::function<void(qint64)> &send);
    void completeAudit(qint64 id, int outcome, const ApiResult &result, const QString &detail,
                       const QString &summary = {});

    QPointer<AccountSession> m_session;
    QPointer<AuditLog> m_audit;
    Campaign m_row;
    bool m_nameShared = false;
    Campaign m_live;
    QJsonDocument m_liveAnswer;
    QByteArray m_liveBody;
    Goal m_goal = Goal::Delete;
    StatusAction m_goalAction = StatusAction::Pause;
    QString m_goalExportRoot;
    bool m_goalStarted = false;
    DeleteDecision m_decision;
    DeleteAnswer m_answer;
    ApiResult m_lastResult;
    Stage m_stage = Stage::Idle;
    Outcome m_outcome = Outcome::None;
    Problem m_problem = Problem::None;
    QString m_message;
    bool m_protected = false;
    QString m_exportPath;
    QString m_manifestSha256;
    bool m_exportSkipped = false;
    bool m_exported = false;
    bool m_retriedAfterRateLimit = false;
    int m_retryAfterMs = -1;
    qint64 m_deleteAttempt = -1;
    QPointer<PendingCall> m_call;
    QPointer<ExportBundleWriter> m_export;
    QTimer m_retryTimer;
};

} // namespace CampaignDesk
