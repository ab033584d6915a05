#pragma once

#include "deleteoperation.h"
#include "deleteplanner.h"
#include "model/campaign.h"
#include "providers/provider.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <functional>
#include <vector>

class QTimer;

namespace CampaignDesk {

class AccountSession;
class AuditLog;
struct BulkJournalBatch;

// Where one campaign of a bulk delete stands. Every state is written to the journal before
// the request stage it names is sent, so a crash leaves the truth on disk: "deleting" means a
// DELETE may have reached the platform; only a follow-up fetch may turn it into anything else.
enum class BulkItemState
{
    Pending,   // not started (or put back after a 429 / a follow-up fetch found it still there)
    Checking,  // the live fetch and the gate
    Exporting, // the export bundle, before any delete
    Deleting,  // the second live fetch and the DELETE
    Deleted,   // confirmed by the platform or by a follow-up fetch
    Blocked,   // the gate (or the platform) refused: nothing was deleted
    Failed,    // something went wrong: nothing was deleted
    Unknown,   // the DELETE's answer was lost and no follow-up fetch could tell
    Skipped,   // excluded before the run (protected, or not deletable when reviewed)
    Cancelled  // the user cancelled before it was deleted
};
inline constexpr int BulkItemStateCount = 10;

// Stable journal keys ("pending", "deleting", …): never rename one.
QString bulkItemStateKey(BulkItemState state);
bool bulkItemStateFromKey(const QString &key, BulkItemState *state);
QString bulkItemStateDisplayName(BulkItemState state);
// Deleted, Blocked, Failed, Unknown, Skipped and Cancelled: nothing more happens to it.
bool isFinalBulkItemState(BulkItemState state);

// One campaign of a batch. Only the campaign's account, platform, id and name are used: every
// decision comes from live fetches.
struct BulkItem
{
    Campaign campaign;
    QString accountLabel;
    BulkItemState state = BulkItemState::Pending;
    QString reason; // why it ended so, in words for the user
};

// What the bulk dialog and the journal share: the batch's settings and its items in order.
struct BulkBatch
{
    qint64 id = -1; // the journal's id; -1 before it was written
    bool exportFirst = true;
    QString exportRoot;
    QList<BulkItem> items;

    // Counts of items per state.
    int count(BulkItemState state) const;
};

// The journal's rows as a batch, and back.
BulkBatch bulkBatchFromJournal(const BulkJournalBatch &journal);

// How the queue paces itself on top of each account's transport (which already keeps the
// per-minute rate below the platform's documented limit).
struct BulkQueueSettings
{
    // Operations in flight per account. Each one has at most one request out at a time, so
    // this is also the account's requests in flight, below the transport's own limit.
    int operationsPerAccount = 3;
    // Transient failures (429, 5xx, network) are ridden out this many times per campaign.
    int maxAttempts = 5;
    int retryDelayMs = 1000;
    // Limits over long windows that the transport's token bucket cannot express (Smartlead's
    // 1,000 requests an hour). The queue charges an estimated request count per campaign
    // before starting it, and waits when the window is full.
    struct LongWindow
    {
        int limit = 0;
        qint64 windowMs = 0;
    };
    QHash<int, LongWindow> longWindows; // key: int(Platform)
    int requestsPerCampaign = 4;        // live fetch, cascade count, second fetch, DELETE
    int requestsPerExport = 4;          // a typical export bundle's pages

    // Smartlead: 1,000 an hour, kept at 950.
    static BulkQueueSettings defaults();
};

// Runs a bulk delete: a queue per account, accounts (and so platforms) in parallel, a few
// DeleteOperations in flight per account, each driven without a dialog (the batch's typed
// confirmation stands for each campaign's). Every item's state goes to the journal (AuditLog)
// before the request stage it announces. Pause stops starting new campaigns; cancel leaves
// what is deleted deleted and the rest untouched, and never abandons a DELETE in flight. A
// batch left unfinished by a crash is resumed with resume(): items that were "deleting" or
// "unknown" get a follow-up fetch first, and are deleted again only if it finds them still
// there — never a second DELETE for anything that may be gone.
class BulkQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkQueue)

public:
    using SessionLookup = std::function<AccountSession *(const QString &accountId)>;

    BulkQueue(SessionLookup sessions, AuditLog *audit, QObject *parent = nullptr);
    ~BulkQueue() override;

    void setSettings(const BulkQueueSettings &settings) { m_settings = settings; }
    const BulkQueueSettings &settings() const { return m_settings; }

    // Journals a new batch and runs it. Items already in a final state (Skipped, Blocked)
    // are journaled as they are and not run.
    void start(const QList<BulkItem> &items, bool exportFirst, const QString &exportRoot);
    // Runs an unfinished batch read back from the journal.
    void resume(const BulkBatch &batch);
    // Marks an unfinished batch as discarded: nothing is sent.
    static void discard(AuditLog *audit, qint64 batchId, QObject *context = nullptr,
                        const std::function<void(bool)> &done = {});

    void setPaused(bool paused);
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    bool isCancelled() const { return m_cancelled; }
    const BulkBatch &batch() const { return m_batch; }
    int total() const { return int(m_batch.items.size()); }
    int doneCount() const;
    // Milliseconds until the batch should be done (-1 while not yet known).
    qint64 etaMs() const;

Q_SIGNALS:
    void started(qint64 batchId);
    void itemChanged(int index);
    void progress(int done, int total, qint64 etaMs);
    void campaignGone(const QString &campaignKey);
    // A journal write failed: nothing more is sent.
    void journalFailed(const QString &message);
    void finished();

private:
    struct Run
    {
        QPointer<DeleteOperation> op;
        bool passedReview = false;
        bool confirmed = false;
        bool resolving = false; // a follow-up fetch decides (after a crash or a lost answer)
        bool delayed = false;   // waiting for a retry timer before it starts again
        bool active = false;    // counted in its lane's running operations
        bool settled = false;   // its final state is known
        int attempts = 0;
        QPointer<PendingCall> call;
        QPointer<QTimer> timer;
    };
    struct Lane
    {
        QString accountId;
        Platform platform = Platform::Talkover;
        std::deque<int> waiting;
        int running = 0;
        int done = 0;
        int total = 0;
        qint64 startedMs = -1;
        // Long-window charges. A charge stays open while its item runs (its requests may come
        // at any time until then) and counts for a whole window after the item stopped.
        struct Charge
        {
            int item = -1;
            int requests = 0;
            qint64 stoppedMs = -1; // -1: the item is still running
        };
        std::vector<Charge> spent;
        bool waking = false;
    };

    void run();
    Lane &laneFor(const QString &accountId);
    void pump();
    void pumpLane(Lane &lane);
    bool charge(Lane &lane, int index, int cost);
    // The item is no longer running: its lane slot is free and its charge starts to age.
    void deactivate(Lane &lane, int index);
    void startItem(int index);
    void startResolve(int index);
    void resolved(int index, const ApiResult &result);
    void stageChanged(int index, DeleteOperation::Stage stage);
    void operationEnded(int index, DeleteOperation *op);
    void retryLater(int index, qint64 delayMs, const QString &why);
    void setState(int index, BulkItemState state, const QString &reason,
                  std::function<void(bool)> written = {});
    void finishItem(int index, BulkItemState state, const QString &reason);
    void releaseOperation(int index);
    void cancelOutstanding();
    void checkFinished();
    void emitProgress();
    bool transient(DeleteOperation::Problem problem) const;

    SessionLookup m_sessions;
    QPointer<AuditLog> m_audit;
    BulkQueueSettings m_settings = BulkQueueSettings::defaults();
    BulkBatch m_batch;
    std::vector<Run> m_runs;
    std::vector<Lane> m_lanes;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_journalBroken = false;
};

// The outcome of one campaign in a BulkGoalRunner.
struct BulkGoalResult
{
    Campaign live; // as fetched (the row's own data when the fetch failed)
    DeleteDecision decision;
    bool checked = false; // the live fetch worked
    bool gone = false;    // the platform no longer has it
    DeleteOperation::Outcome outcome = DeleteOperation::Outcome::None;
    QString message;
};

// Runs one DeleteOperation goal over many campaigns, accounts in parallel and a few at a time
// per account: a live review (fetch + gate, nothing changes), a status action (the bulk
// dialog's "Pause/Stop blocked ones", the main window's multi-selection Pause/Stop/Archive),
// or an export. Every request goes through the same live fetch, rules and audit log as a
// single campaign's.
class BulkGoalRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkGoalRunner)

public:
    enum class Mode
    {
        Review,
        Action,
        Export
    };
    Q_ENUM(Mode)

    BulkGoalRunner(BulkQueue::SessionLookup sessions, AuditLog *audit, QObject *parent = nullptr);
    ~BulkGoalRunner() override;

    void setOperationsPerAccount(int n) { m_perAccount = std::max(1, n); }
    void review(const QList<Campaign> &campaigns);
    void runAction(const QList<Campaign> &campaigns, StatusAction action);
    void exportAll(const QList<Campaign> &campaigns, const QString &exportRoot);
    void cancel();

    bool isRunning() const { return m_left > 0; }
    Mode mode() const { return m_mode; }
    const QList<Campaign> &campaigns() const { return m_campaigns; }

Q_SIGNALS:
    void itemDone(int index, const CampaignDesk::BulkGoalResult &result);
    void finished();

private:
    void begin(Mode mode, const QList<Campaign> &campaigns);
    void pump();
    void startOne(int index);
    void done(int index, const BulkGoalResult &result);

    BulkQueue::SessionLookup m_sessions;
    QPointer<AuditLog> m_audit;
    Mode m_mode = Mode::Review;
    StatusAction m_action = StatusAction::Pause;
    QString m_exportRoot;
    QList<Campaign> m_campaigns;
    std::deque<int> m_waiting;
    QHash<QString, int> m_runningPerAccount;
    QHash<int, QPointer<DeleteOperation>> m_ops;
    int m_perAccount = 2;
    int m_left = 0;
    bool m_cancelled = false;
};

} // namespace CampaignDesk

Q_DECLARE_METATYPE(CampaignDesk::BulkGoalResult)
