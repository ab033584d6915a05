#include "bulkqueue.h"

#include "accounts/accountsession.h"
#include "auditlog.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <array>

namespace CampaignDesk {

namespace {

// Texts for people, in one translation context that lupdate sees too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BulkQueue)
};

constexpr std::array<const char *, BulkItemStateCount> stateKeys = {
    "pending", "checking", "exporting", "deleting", "deleted",
    "blocked", "failed",   "unknown",   "skipped",  "cancelled"};

using Stage = DeleteOperation::Stage;
using Outcome = DeleteOperation::Outcome;
using Problem = DeleteOperation::Problem;

QString refusalText(const DeleteDecision &decision)
{
    if (!decision.reason.isEmpty())
        return decision.reason;
    return decision.refusal == Refusal::Protected ? Text::tr("Protected from deletion.")
                                                  : Text::tr("Its status blocks deleting it.");
}

} // namespace

QString bulkItemStateKey(BulkItemState state)
{
    return QString::fromLatin1(stateKeys.at(std::size_t(state)));
}

bool bulkItemStateFromKey(const QString &key, BulkItemState *state)
{
    for (std::size_t i = 0; i < stateKeys.size(); ++i) {
        if (key == QLatin1String(stateKeys.at(i))) {
            *state = BulkItemState(i);
            return true;
        }
    }
    return false;
}

QString bulkItemStateDisplayName(BulkItemState state)
{
    switch (state) {
    case BulkItemState::Pending:
        return Text::tr("Waiting");
    case BulkItemState::Checking:
        return Text::tr("Checking");
    case BulkItemState::Exporting:
        return Text::tr("Exporting");
    case BulkItemState::Deleting:
        return Text::tr("Deleting");
    case BulkItemState::Deleted:
        return Text::tr("Deleted");
    case BulkItemState::Blocked:
        return Text::tr("Blocked");
    case BulkItemState::Failed:
        return Text::tr("Failed");
    case BulkItemState::Unknown:
        return Text::tr("Outcome unknown");
    case BulkItemState::Skipped:
        return Text::tr("Skipped");
    case BulkItemState::Cancelled:
        return Text::tr("Cancelled");
    }
    return {};
}

bool isFinalBulkItemState(BulkItemState state)
{
    switch (state) {
    case BulkItemState::Deleted:
    case BulkItemState::Blocked:
    case BulkItemState::Failed:
    case BulkItemState::Unknown:
    case BulkItemState::Skipped:
    case BulkItemState::Cancelled:
        return true;
    default:
        return false;
    }
}

int BulkBatch::count(BulkItemState state) const
{
    return int(std::count_if(items.begin(), items.end(),
                             [state](const BulkItem &item) { return item.state == state; }));
}

BulkBatch bulkBatchFromJournal(const BulkJournalBatch &journal)
{
    BulkBatch batch;
    batch.id = journal.id;
    batch.exportFirst = journal.exportFirst;
    batch.exportRoot = journal.exportRoot;
    for (const BulkJournalItem &row : journal.items) {
        BulkItem item;
        item.campaign.accountId = row.accountId;
        platformFromKey(row.platform, &item.campaign.platform);
        item.campaign.id = row.campaignId;
        item.campaign.name = row.campaignName;
        item.accountLabel = row.accountLabel;
        // A state from a newer build reads as unknown: the safe assumption for a delete.
        if (!bulkItemStateFromKey(row.state, &item.state))
            item.state = BulkItemState::Unknown;
        item.reason = row.reason;
        batch.items.append(item);
    }
    return batch;
}

BulkQueueSettings BulkQueueSettings::defaults()
{
    BulkQueueSettings settings;
    settings.longWindows.insert(int(Platform::Smartlead), LongWindow{950, 3'600'000});
    return settings;
}

// ---------------------------------------------------------------------------------------------

BulkQueue::BulkQueue(SessionLookup sessions, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_sessions(std::move(sessions))
    , m_audit(audit)
{
}

BulkQueue::~BulkQueue()
{
    // Operations are children: their destructors cancel what is still queued. A DELETE
    // already on the wire stays "deleting" in the journal, which is the truth.
    for (Run &r : m_runs) {
        if (r.op)
            disconnect(r.op, nullptr, this, nullptr);
        if (r.call)
            disconnect(r.call, nullptr, this, nullptr);
    }
}

void BulkQueue::start(const QList<BulkItem> &items, bool exportFirst, const QString &exportRoot)
{
    if (m_running)
        return;
    m_batch = {};
    m_batch.exportFirst = exportFirst;
    m_batch.exportRoot = exportRoot;
    m_batch.items = items;
    BulkJournalBatch journal;
    journal.state = QStringLiteral("running");
    journal.exportFirst = exportFirst;
    journal.exportRoot = exportRoot;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const BulkItem &item = items.at(i);
        BulkJournalItem row;
        row.seq = int(i);
        row.platform = platformKey(item.campaign.platform);
        row.accountId = item.campaign.accountId;
        row.accountLabel = item.accountLabel;
        row.campaignId = item.campaign.id;
        row.campaignName = item.campaign.name;
        row.state = bulkItemStateKey(item.state);
        row.reason = item.reason;
        journal.items.append(row);
    }
    m_running = true;
    if (!m_audit) {
        m_journalBroken = true;
        Q_EMIT journalFailed(Text::tr("The activity log is not available: nothing was sent."));
        m_running = false;
        Q_EMIT finished();
        return;
    }
    // Nothing is sent before the whole batch is on disk.
    m_audit->createBatch(journal, this, [this](qint64 id) {
        if (id <= 0) {
            m_journalBroken = true;
            m_running = false;
            Q_EMIT journalFailed(
                Text::tr("The bulk-delete journal could not be written, so nothing was sent."));
            Q_EMIT finished();
            return;
        }
        m_batch.id = id;
        Q_EMIT started(id);
        run();
    });
}

void BulkQueue::resume(const BulkBatch &batch)
{
    if (m_running)
        return;
    m_batch = batch;
    m_running = true;
    if (m_audit)
        m_audit->setBatchState(m_batch.id, QStringLiteral("running"));
    Q_EMIT started(m_batch.id);
    run();
}

void BulkQueue::discard(AuditLog *audit, qint64 batchId, QObject *context,
                        const std::function<void(bool)> &done)
{
    if (audit)
        audit->setBatchState(batchId, QStringLiteral("discarded"), context, done);
}

void BulkQueue::run()
{
    m_clock.start();
    m_runs.assign(std::size_t(m_batch.items.size()), Run{});
    m_lanes.clear();
    for (qsizetype i = 0; i < m_batch.items.size(); ++i) {
        BulkItem &item = m_batch.items[i];
        Run &r = m_runs[std::size_t(i)];
        if (isFinalBulkItemState(item.state) && item.state != BulkItemState::Unknown) {
            r.settled = true;
            continue;
        }
        // A DELETE may have reached the platform: only a fetch may say what happened.
        r.resolving = item.state == BulkItemState::Deleting || item.state == BulkItemState::Unknown;
        Lane &lane = laneFor(item.campaign.accountId);
        lane.platform = item.campaign.platform;
        lane.waiting.push_back(int(i));
        ++lane.total;
    }
    if (m_cancelled) {
        // Cancelled while the batch was being journaled: nothing starts.
        cancelOutstanding();
        return;
    }
    emitProgress();
    pump();
    checkFinished();
}

BulkQueue::Lane &BulkQueue::laneFor(const QString &accountId)
{
    for (Lane &lane : m_lanes) {
        if (lane.accountId == accountId)
            return lane;
    }
    m_lanes.emplace_back();
    m_lanes.back().accountId = accountId;
    return m_lanes.back();
}

void BulkQueue::pump()
{
    for (Lane &lane : m_lanes)
        pumpLane(lane);
}

void BulkQueue::pumpLane(Lane &lane)
{
    if (!m_running || m_paused || m_journalBroken)
        return;
    const int perAccount = std::max(1, m_settings.operationsPerAccount);
    const int deleteCost =
        m_settings.requestsPerCampaign + (m_batch.exportFirst ? m_settings.requestsPerExport : 0);
    while (lane.running < perAccount && !lane.waiting.empty()) {
        const int index = lane.waiting.front();
        Run &r = m_runs[std::size_t(index)];
        // After cancel only follow-up fetches still run: they change nothing and tell the truth.
        if (m_cancelled && !r.resolving)
            return;
        if (!charge(lane, index, r.resolving ? 1 : deleteCost))
            return;
        lane.waiting.pop_front();
        ++lane.running;
        r.active = true;
        if (lane.startedMs < 0)
            lane.startedMs = m_clock.elapsed();
        if (r.resolving)
            startResolve(index);
        else
            startItem(index);
    }
}

bool BulkQueue::charge(Lane &lane, int index, int cost)
{
    const auto it = m_settings.longWindows.constFind(int(lane.platform));
    if (it == m_settings.longWindows.cend() || it->limit <= 0 || it->windowMs <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    // An item's requests happen anywhere between its charge and its end, so a charge may only
    // expire a full window after the item stopped: then every window that holds one of its
    // requests also held its charge when the next item was let through.
    std::erase_if(lane.spent, [&](const Lane::Charge &c) {
        return c.stoppedMs >= 0 && c.stoppedMs <= now - it->windowMs;
    });
    int used = 0;
    qint64 nextExpiry = -1;
    for (const Lane::Charge &c : lane.spent) {
        used += c.requests;
        if (c.stoppedMs >= 0 && (nextExpiry < 0 || c.stoppedMs + it->windowMs < nextExpiry))
            nextExpiry = c.stoppedMs + it->windowMs;
    }
    if (used + cost > it->limit && !lane.spent.empty()) {
        // With every charge still open, the next item to stop pumps the lane again.
        if (!lane.waking && nextExpiry >= 0) {
            lane.waking = true;
            const qint64 wait = nextExpiry - now + 1;
            const QString accountId = lane.accountId;
            QTimer::singleShot(int(std::max<qint64>(1, wait)), this, [this, accountId] {
                Lane &l = laneFor(accountId);
                l.waking = false;
                pumpLane(l);
            });
        }
        return false;
    }
    lane.spent.push_back({index, cost, -1});
    return true;
}

void BulkQueue::deactivate(Lane &lane, int index)
{
    Run &r = m_runs[std::size_t(index)];
    if (!r.active)
        return;
    r.active = false;
    --lane.running;
    const qint64 now = m_clock.elapsed();
    for (Lane::Charge &c : lane.spent) {
        if (c.item == index && c.stoppedMs < 0)
            c.stoppedMs = now;
    }
}

void BulkQueue::startItem(int index)
{
    const BulkItem &item = m_batch.items.at(index);
    AccountSession *session = m_sessions ? m_sessions(item.campaign.accountId) : nullptr;
    if (!session) {
        finishItem(index, BulkItemState::Failed,
                   Text::tr("The account is not connected: nothing was sent."));
        return;
    }
    const QPointer<AccountSession> guard(session);
    setState(index, BulkItemState::Checking, {}, [this, index, guard](bool written) {
        if (!written) {
            finishItem(index, BulkItemState::Failed,
                       Text::tr("The journal could not be written, so nothing was sent."));
            return;
        }
        if (m_cancelled) {
            finishItem(index, BulkItemState::Cancelled,
                       Text::tr("Cancelled before it was checked: nothing was deleted."));
            return;
        }
        if (!guard) {
            finishItem(index, BulkItemState::Failed,
                       Text::tr("The account is not connected: nothing was sent."));
            return;
        }
        Run &r = m_runs[std::size_t(index)];
        r.passedReview = false;
        r.confirmed = false;
        auto *op =
            new DeleteOperation(guard, m_audit, m_batch.items.at(index).campaign, false, this);
        r.op = op;
        connect(op, &DeleteOperation::stageChanged, this,
                [this, index](DeleteOperation::Stage stage) { stageChanged(index, stage); });
        op->start();
    });
}

void BulkQueue::stageChanged(int index, DeleteOperation::Stage stage)
{
    Run &r = m_runs[std::size_t(index)];
    DeleteOperation *op = r.op;
    if (!op || r.settled)
        return;
    switch (stage) {
    case Stage::Review: {
        if (r.passedReview) {
            // Back at the gate after the review: the export failed, or the second live fetch
            // (or the platform's refusal) found the campaign blocked now.
            if (op->problem() == Problem::Blocked || !op->decision().mayDelete())
                finishItem(index, BulkItemState::Blocked, op->message());
            else
                finishItem(index, BulkItemState::Failed,
                           op->message().isEmpty() ? Text::tr("Nothing was deleted.")
                                                   : op->message());
            return;
        }
        if (!op->decision().mayDelete()) {
            finishItem(index, BulkItemState::Blocked, refusalText(op->decision()));
            return;
        }
        r.passedReview = true;
        if (m_cancelled) {
            op->cancel();
            return;
        }
        if (!m_batch.exportFirst) {
            op->continueWithoutExport(); // the user turned export off; the audit records it
            return;
        }
        const QPointer<DeleteOperation> guard(op);
        setState(index, BulkItemState::Exporting, {}, [this, index, guard](bool written) {
            if (!guard || m_runs[std::size_t(index)].settled)
                return;
            if (!written || m_cancelled) {
                guard->cancel();
                return;
            }
            guard->continueWithExport(m_batch.exportRoot);
        });
        return;
    }
    case Stage::Confirming: {
        if (!r.confirmed && op->problem() == Problem::None) {
            r.confirmed = true;
            const QPointer<DeleteOperation> guard(op);
            // "deleting" is on disk before the second fetch and the DELETE that follows it.
            setState(index, BulkItemState::Deleting, {}, [this, index, guard](bool written) {
                if (!guard || m_runs[std::size_t(index)].settled)
                    return;
                if (!written || m_cancelled) {
                    guard->cancel();
                    return;
                }
                // The batch's typed "delete N campaigns" stands for each campaign's own.
                if (!guard->confirm(guard->decision().confirmationText))
                    finishItem(index, BulkItemState::Failed,
                               Text::tr("The confirmation was not accepted: nothing was deleted."));
            });
            return;
        }
        if (m_cancelled) {
            op->cancel();
            return;
        }
        if (transient(op->problem()) && r.attempts + 1 < m_settings.maxAttempts) {
            ++r.attempts;
            // Retry fetches first when the DELETE may have arrived (DeleteOperation::retry).
            const QPointer<DeleteOperation> guard(op);
            const int delay = std::max(m_settings.retryDelayMs, op->retryAfterMs());
            auto *timer = new QTimer(op);
            timer->setSingleShot(true);
            connect(timer, &QTimer::timeout, op, [guard] {
                if (guard && !guard->isBusy() && guard->stage() != Stage::Finished)
                    guard->retry();
            });
            r.timer = timer;
            timer->start(delay);
            return;
        }
        finishItem(index, BulkItemState::Failed, op->message());
        return;
    }
    case Stage::Finished:
        operationEnded(index, op);
        return;
    default:
        return;
    }
}

void BulkQueue::operationEnded(int index, DeleteOperation *op)
{
    Run &r = m_runs[std::size_t(index)];
    const Outcome outcome = op->outcome();
    const Problem problem = op->problem();
    const QString message = op->message();
    switch (outcome) {
    case Outcome::Deleted:
    case Outcome::DeletedConfirmedByCheck:
    case Outcome::AlreadyGone:
        finishItem(index, BulkItemState::Deleted, message);
        return;
    case Outcome::Cancelled:
        finishItem(index, BulkItemState::Cancelled,
                   m_cancelled ? Text::tr("Cancelled: nothing was deleted.") : message);
        return;
    case Outcome::Unknown:
        // Told again by a follow-up fetch a little later.
        r.resolving = true;
        retryLater(index, m_settings.retryDelayMs, message);
        return;
    case Outcome::NotDeleted:
        if (problem == Problem::RateLimited && !m_cancelled &&
            r.attempts + 1 < m_settings.maxAttempts) {
            retryLater(index, std::max(m_settings.retryDelayMs, op->retryAfterMs()),
                       Text::tr("The platform asked to wait; it will be tried again."));
            return;
        }
        finishItem(index,
                   problem == Problem::Blocked ? BulkItemState::Blocked : BulkItemState::Failed,
                   message);
        return;
    case Outcome::None:
        // The live fetch failed before the gate (or the platform refused the DELETE's data).
        if (transient(problem) && problem != Problem::Unexpected && !m_cancelled &&
            r.attempts + 1 < m_settings.maxAttempts) {
            retryLater(index, m_settings.retryDelayMs, message);
            return;
        }
        finishItem(index, m_cancelled ? BulkItemState::Cancelled : BulkItemState::Failed, message);
        return;
    default:
        finishItem(index, BulkItemState::Failed, message);
        return;
    }
}

bool BulkQueue::transient(DeleteOperation::Problem problem) const
{
    switch (problem) {
    case Problem::Network:
    case Problem::ServerError:
    case Problem::RateLimited:
    case Problem::CallsInProgress:
    case Problem::Changed:
    case Problem::Unexpected:
        return true;
    default:
        return false;
    }
}

void BulkQueue::retryLater(int index, qint64 delayMs, const QString &why)
{
    Run &r = m_runs[std::size_t(index)];
    releaseOperation(index);
    ++r.attempts;
    Lane &lane = laneFor(m_batch.items.at(index).campaign.accountId);
    deactivate(lane, index);
    if (r.resolving) {
        // Still possibly deleted: the journal keeps saying so until a fetch tells.
        setState(index, BulkItemState::Unknown, why);
    } else {
        // Not deleted (the platform refused or never answered a read): safe to start again.
        setState(index, BulkItemState::Pending, why);
    }
    r.delayed = true;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const QString accountId = lane.accountId;
    connect(timer, &QTimer::timeout, this, [this, index, accountId, timer] {
        timer->deleteLater();
        Run &run = m_runs[std::size_t(index)];
        run.delayed = false;
        run.timer = nullptr;
        if (m_cancelled && !run.resolving) {
            finishItem(index, BulkItemState::Cancelled,
                       Text::tr("Cancelled: nothing was deleted."));
            return;
        }
        Lane &l = laneFor(accountId);
        l.waiting.push_front(index);
        pumpLane(l);
    });
    r.timer = timer;
    timer->start(int(std::max<qint64>(0, delayMs)));
    pumpLane(lane);
}

void BulkQueue::startResolve(int index)
{
    const BulkItem &item = m_batch.items.at(index);
    AccountSession *session = m_sessions ? m_sessions(item.campaign.accountId) : nullptr;
    if (!session || !session->hasSecret()) {
        finishItem(index, BulkItemState::Unknown,
                   Text::tr("The account is not connected, so it could not be checked whether the "
                            "campaign was deleted."));
        return;
    }
    const Account &account = session->account();
    const Provider &provider = providerFor(account.platform);
    Run &r = m_runs[std::size_t(index)];
    r.call = session->transport()->send(provider.withAuth(
        provider.getRequest(account, item.campaign.id), account, session->secret()));
    connect(r.call, &PendingCall::finished, this,
            [this, index](const ApiResult &result) { resolved(index, result); });
}

void BulkQueue::resolved(int index, const ApiResult &result)
{
    Run &r = m_runs[std::size_t(index)];
    r.call = nullptr;
    if (r.settled)
        return;
    if (result.error == ErrorKind::Http && result.httpStatus == 404) {
        r.resolving = false;
        finishItem(index, BulkItemState::Deleted,
                   Text::tr("Deleted (confirmed by a follow-up fetch: the campaign is gone)."));
        return;
    }
    if (result.ok()) {
        // Still there: the earlier DELETE did nothing. Only now may it be deleted again.
        r.resolving = false;
        if (m_cancelled) {
            finishItem(
                index, BulkItemState::Cancelled,
                Text::tr("Not deleted (a follow-up fetch found it still there); cancelled."));
            return;
        }
        Lane &lane = laneFor(m_batch.items.at(index).campaign.accountId);
        deactivate(lane, index);
        setState(index, BulkItemState::Pending,
                 Text::tr("A follow-up fetch found it still there: nothing was deleted yet."));
        lane.waiting.push_front(index);
        pumpLane(lane);
        return;
    }
    if (r.attempts + 1 < m_settings.maxAttempts) {
        retryLater(index, m_settings.retryDelayMs, result.message);
        return;
    }
    finishItem(
        index, BulkItemState::Unknown,
        Text::tr("Outcome unknown: the follow-up fetch failed (%1). Refresh the account to see "
                 "whether the campaign is still there.")
            .arg(result.message));
}

void BulkQueue::setState(int index, BulkItemState state, const QString &reason,
                         std::function<void(bool)> written)
{
    BulkItem &item = m_batch.items[index];
    item.state = state;
    item.reason = reason;
    Q_EMIT itemChanged(index);
    if (!m_audit || m_batch.id < 0) {
        if (written)
            written(false);
        return;
    }
    m_audit->setBatchItemState(
        m_batch.id, index, bulkItemStateKey(state), reason, this,
        [this, written = std::move(written)](bool ok) {
            if (!ok && !m_journalBroken) {
                // Without the journal a crash could hide a delete: stop
                // sending.
                m_journalBroken = true;
                Q_EMIT journalFailed(Text::tr("The bulk-delete journal could not be written, so "
                                              "nothing more is sent."));
                cancel();
            }
            if (written)
                written(ok);
        });
}

void BulkQueue::releaseOperation(int index)
{
    Run &r = m_runs[std::size_t(index)];
    if (r.timer)
        r.timer->stop();
    r.timer = nullptr;
    if (DeleteOperation *op = r.op) {
        disconnect(op, nullptr, this, nullptr);
        op->deleteLater();
    }
    r.op = nullptr;
}

void BulkQueue::finishItem(int index, BulkItemState state, const QString &reason)
{
    Run &r = m_runs[std::size_t(index)];
    if (r.settled)
        return;
    releaseOperation(index);
    r.settled = true;
    r.resolving = false;
    r.delayed = false;
    Lane &lane = laneFor(m_batch.items.at(index).campaign.accountId);
    deactivate(lane, index);
    ++lane.done;
    setState(index, state, reason);
    if (state == BulkItemState::Deleted)
        Q_EMIT campaignGone(m_batch.items.at(index).campaign.key());
    emitProgress();
    pumpLane(lane);
    checkFinished();
}

void BulkQueue::setPaused(bool paused)
{
    if (!m_running || m_paused == paused)
        return;
    m_paused = paused;
    if (m_audit && m_batch.id > 0)
        m_audit->setBatchState(m_batch.id,
                               paused ? QStringLiteral("paused") : QStringLiteral("running"));
    if (!paused)
        pump();
}

void BulkQueue::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    cancelOutstanding();
}

void BulkQueue::cancelOutstanding()
{
    QList<int> waiting;
    QList<int> active;
    for (Lane &lane : m_lanes) {
        std::deque<int> keep;
        for (int index : lane.waiting) {
            if (m_runs[std::size_t(index)].resolving)
                keep.push_back(index); // still told by a fetch: it may be deleted
            else
                waiting << index;
        }
        lane.waiting = keep;
    }
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const Run &r = m_runs[i];
        if (r.settled)
            continue;
        if (r.delayed && !r.resolving)
            waiting << int(i);
        else if (r.op)
            active << int(i);
    }
    for (int index : std::as_const(waiting))
        finishItem(index, BulkItemState::Cancelled,
                   Text::tr("Cancelled before it started: nothing was deleted."));
    for (int index : std::as_const(active)) {
        Run &r = m_runs[std::size_t(index)];
        if (r.timer)
            r.timer->stop();
        // A DELETE on its way is not abandoned: the operation ignores cancel() then, and its
        // real outcome arrives later.
        if (DeleteOperation *op = r.op)
            op->cancel();
    }
    pump();
    checkFinished();
}

int BulkQueue::doneCount() const
{
    return int(std::count_if(m_runs.begin(), m_runs.end(), [](const Run &r) { return r.settled; }));
}

qint64 BulkQueue::etaMs() const
{
    qint64 eta = 0;
    const qint64 now = m_clock.isValid() ? m_clock.elapsed() : 0;
    for (const Lane &lane : m_lanes) {
        const int remaining = lane.total - lane.done;
        if (remaining <= 0)
            continue;
        if (lane.done == 0 || lane.startedMs < 0)
            return -1;
        // The account's own pace so far: accounts run in parallel, the slowest one decides.
        const qint64 perItem = (now - lane.startedMs) / lane.done;
        eta = std::max(eta, perItem * remaining);
    }
    return eta;
}

void BulkQueue::emitProgress()
{
    Q_EMIT progress(doneCount(), total(), etaMs());
}

void BulkQueue::checkFinished()
{
    if (!m_running || doneCount() < total())
        return;
    m_running = false;
    m_finished = true;
    if (m_audit && m_batch.id > 0)
        m_audit->setBatchState(m_batch.id, m_cancelled ? QStringLiteral("cancelled")
                                                       : QStringLiteral("finished"));
    Q_EMIT finished();
}

// ---------------------------------------------------------------------------------------------

BulkGoalRunner::BulkGoalRunner(BulkQueue::SessionLookup sessions, AuditLog *audit, QObject *parent)
    : QObject(parent)
    , m_sessions(std::move(sessions))
    , m_audit(audit)
{
}

BulkGoalRunner::~BulkGoalRunner()
{
    for (const QPointer<DeleteOperation> &op : std::as_const(m_ops)) {
        if (op)
            disconnect(op, nullptr, this, nullptr);
    }
}

void BulkGoalRunner::review(const QList<Campaign> &campaigns)
{
    begin(Mode::Review, campaigns);
}

void BulkGoalRunner::runAction(const QList<Campaign> &campaigns, StatusAction action)
{
    m_action = action;
    begin(Mode::Action, campaigns);
}

void BulkGoalRunner::exportAll(const QList<Campaign> &campaigns, const QString &exportRoot)
{
    m_exportRoot = exportRoot;
    begin(Mode::Export, campaigns);
}

void BulkGoalRunner::begin(Mode mode, const QList<Campaign> &campaigns)
{
    if (isRunning())
        return;
    m_mode = mode;
    m_cancelled = false;
    m_campaigns = campaigns;
    m_waiting.clear();
    m_runningPerAccount.clear();
    m_left = int(campaigns.size());
    for (int i = 0; i < m_left; ++i)
        m_waiting.push_back(i);
    if (m_left == 0) {
        Q_EMIT finished();
        return;
    }
    pump();
}

void BulkGoalRunner::pump()
{
    // One pass over the waiting list: each account takes what its limit allows, so accounts
    // (and platforms) run side by side.
    std::deque<int> still;
    while (!m_waiting.empty()) {
        const int index = m_waiting.front();
        m_waiting.pop_front();
        const QString accountId = m_campaigns.at(index).accountId;
        if (m_runningPerAccount.value(accountId) >= m_perAccount) {
            still.push_back(index);
            continue;
        }
        ++m_runningPerAccount[accountId];
        startOne(index);
    }
    m_waiting = still;
}

void BulkGoalRunner::startOne(int index)
{
    const Campaign &campaign = m_campaigns.at(index);
    AccountSession *session = m_sessions ? m_sessions(campaign.accountId) : nullptr;
    if (!session) {
        BulkGoalResult result;
        result.live = campaign;
        result.outcome = Outcome::Failed;
        result.message = Text::tr("The account is not connected: nothing was sent.");
        QMetaObject::invokeMethod(
            this, [this, index, result] { done(index, result); }, Qt::QueuedConnection);
        return;
    }
    auto *op = new DeleteOperation(session, m_audit, campaign, false, this);
    m_ops.insert(index, op);
    if (m_mode == Mode::Action)
        op->setGoal(DeleteOperation::Goal::Action, m_action);
    else if (m_mode == Mode::Export)
        op->setGoal(DeleteOperation::Goal::Export, StatusAction::Pause, m_exportRoot);
    connect(op, &DeleteOperation::stageChanged, this, [this, index, op](Stage stage) {
        BulkGoalResult result;
        result.live = op->live();
        result.decision = op->decision();
        result.message = op->message();
        if (m_mode == Mode::Review && stage == Stage::Review) {
            // The review is all it was for: end the operation without changing anything.
            result.checked = true;
            disconnect(op, nullptr, this, nullptr);
            op->deleteLater();
            done(index, result);
            return;
        }
        if (stage != Stage::Finished)
            return;
        disconnect(op, nullptr, this, nullptr);
        op->deleteLater();
        result.outcome = op->outcome();
        result.gone = result.outcome == Outcome::AlreadyGone;
        result.checked = result.outcome == Outcome::Done;
        if (result.outcome == Outcome::None)
            result.outcome = Outcome::Failed; // the live fetch failed
        done(index, result);
    });
    op->start();
}

void BulkGoalRunner::done(int index, const BulkGoalResult &result)
{
    m_ops.remove(index);
    const QString accountId = m_campaigns.at(index).accountId;
    --m_runningPerAccount[accountId];
    --m_left;
    Q_EMIT itemDone(index, result);
    if (!m_cancelled)
        pump();
    if (m_left == 0)
        Q_EMIT finished();
}

void BulkGoalRunner::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    while (!m_waiting.empty()) {
        const int index = m_waiting.front();
        m_waiting.pop_front();
        BulkGoalResult result;
        result.live = m_campaigns.at(index);
        result.outcome = Outcome::Cancelled;
        result.message = Text::tr("Cancelled.");
        ++m_runningPerAccount[result.live.accountId]; // done() takes it back
        done(index, result);
    }
    const QList<QPointer<DeleteOperation>> running = m_ops.values();
    for (const QPointer<DeleteOperation> &op : running) {
        if (op)
            op->cancel(); // ends with Cancelled (a request already sent still completes)
    }
}

} // namespace CampaignDesk
