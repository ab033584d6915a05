#pragma once

#include "model/campaign.h"
#include "providers/provider.h"
#include "safety/deleteoperation.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace CampaignDesk {

class AccountSession;
class AuditLog;

namespace Cli {

// How one operation ended, for the exit code, stderr and --json.
struct OperationResult
{
    int exitCode = 0;
    QString outcome; // stable key: "deleted", "refused", "unknown", … (see outcomeKey)
    QString message; // for people; the platform's words where it had some; never a secret
    Campaign live;   // as last fetched (name, status); only the id when nothing was fetched
    QString exportPath;
};

// What to do with the campaign.
struct OperationRequest
{
    enum class Mode
    {
        Delete,
        Action,
        Export
    };
    Mode mode = Mode::Delete;
    StatusAction action = StatusAction::Pause; // Action
    QString exportRoot; // Export: where the bundle goes; Delete: empty means --no-export
    // Delete: what was typed (--confirm). When `confirmedByCount` is set (delete-many, where
    // the user confirmed the number of campaigns instead), an empty `typed` means "the text
    // the flow asks for" and a non-empty one (the file's "name") must still match it.
    QString typed;
    bool confirmedByCount = false;
};

// Drives one DeleteOperation (the same state machine the GUI's dialog drives) without a
// person: every gate of the delete flow applies unchanged, and where the dialog would wait for
// a click, the runner either answers from the command line or stops with a refusal. It never
// retries a DELETE itself; a problem that the dialog would offer "Retry" for ends the run.
class OperationRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationRunner)

public:
    using Done = std::function<void(const OperationResult &result)>;

    // `session` and `audit` are not owned and must outlive the runner. `row` needs only the
    // account id, platform and campaign id: every decision comes from live fetches.
    OperationRunner(AccountSession *session, AuditLog *audit, const Campaign &row, bool nameShared,
                    const OperationRequest &request, QObject *parent = nullptr);
    ~OperationRunner() override;

    // `done` is called once, from the event loop.
    void start(Done done);

    // A stable lower-case key for an outcome, as --json prints it.
    static QString outcomeKey(DeleteOperation::Outcome outcome);

private:
    enum class Phase
    {
        Starting,  // the first live fetch and the gate
        Preparing, // export (or its explicit skip) chosen
        Confirmed, // the confirmation was given: the second fetch and the DELETE follow
    };

    void onStage(DeleteOperation::Stage stage);
    void onReview();
    void onConfirming();
    void onFinished();
    void end(int exitCode, const QString &outcome, const QString &message);
    QString refusalText() const;

    DeleteOperation *m_op;
    OperationRequest m_request;
    Campaign m_row;
    Phase m_phase = Phase::Starting;
    Done m_done;
    bool m_ended = false;
};

} // namespace Cli
} // namespace CampaignDesk
