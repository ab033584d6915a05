// The bulk delete queue against the sandbox with its rate limits on (scaled to short windows
// so the suite stays fast): pacing checked in the sandbox's own request log, 429 storms and
// 503 bursts ridden out, cancel, the long-window budget, and a real crash: a child process
// running a batch is killed mid-DELETE, and the journal and a resume must tell the truth.

#include "accounts/accountsession.h"
#include "accounts/accountsfile.h"
#include "safety/auditlog.h"
#include "safety/bulkqueue.h"
#include "sandboxfixture.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

namespace {

// Scaled limits: every platform allows `Limit` requests per `WindowMs`; the accounts pace at
// 90% of it, as the app's defaults pace below the documented per-minute limits.
constexpr int Limit = 100;
constexpr int WindowMs = 1000;
constexpr double AccountRatePerMinute = 0.9 * Limit * (60000.0 / WindowMs);

const QList<Platform> threePlatforms = {Platform::Talkover, Platform::Kakiyo, Platform::Smartlead};

QJsonObject scaledRules()
{
    QJsonObject rules;
    for (int p = 0; p < PlatformCount; ++p)
        rules.insert(platformKey(Platform(p)),
                     QJsonArray{QJsonObject{{QStringLiteral("limit"), Limit},
                                            {QStringLiteral("windowMs"), WindowMs}}});
    return rules;
}

// Whether the sandbox lets this campaign be deleted in its seeded status.
bool deletable(Platform platform, const QString &rawStatus)
{
    return !providerFor(platform).deleteRule(rawStatus).blocked;
}

} // namespace

class BulkQueueTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void journal_roundTrip_andUnfinishedBatch();
    void threeHundredCampaigns_pacedBelowTheLimit_eachEndsOnce();
    void transientStorm_isRiddenOut_data();
    void transientStorm_isRiddenOut();
    void cancelMidway_leavesTheRestUntouched();
    void pause_startsNothingNew_untilResumed();
    void longWindowBudget_isNeverExceeded();
    void killedMidBatch_journalTellsTheTruth_andResumeDeletesNothingTwice();

private:
    void startSandbox(int scale);
    void openAudit();
    AccountSession *session(Platform platform) { return m_sessions.at(int(platform)); }
    QList<BulkItem> itemsFor(const QList<Platform> &platforms, int perPlatform);
    BulkQueue *makeQueue();
    void runToEnd(BulkQueue *queue, const QList<BulkItem> &items, int timeoutMs = 30000);
    bool exists(Platform platform, const QString &id);
    QHash<QString, int> deletesById(qint64 afterSeq = 0);
    void verifyPacing(const QJsonArray &log, int limit, int windowMs);
    void verifyOutcomes(const BulkQueue &queue);

    std::unique_ptr<QObject> m_scope; // owns each test's queues: gone before the sessions
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_audit;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_nams;
    QList<AccountWithSecret> m_accounts;
    QList<AccountSession *> m_sessions;
};

void BulkQueueTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void BulkQueueTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_scope = std::make_unique<QObject>();
}

void BulkQueueTest::cleanup()
{
    m_scope.reset();
    qDeleteAll(m_sessions);
    m_sessions.clear();
    m_nams.clear();
    m_accounts.clear();
    m_audit.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void BulkQueueTest::startSandbox(int scale)
{
    m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::quietOptions(scale, true));
    m_sandbox->setRateLimits(true, scaledRules());
    QString error;
    QVERIFY2(accountsFromJson(m_sandbox->server().accountsJson(), &m_accounts, &error),
             qPrintable(error));
    for (AccountWithSecret &a : m_accounts) {
        a.account.ratePerMinute = AccountRatePerMinute;
        a.account.transferTimeoutMs = 5000;
        // One network manager per account, as each platform is its own host in real use: Qt's
        // six connections per host would otherwise be shared by all five sandbox platforms.
        m_nams.push_back(std::make_unique<QNetworkAccessManager>());
        auto *s = new AccountSession(m_nams.back().get(), a.account);
        s->setSecret(a.secret);
        m_sessions << s;
    }
    // Calls in progress would keep a Talkover campaign at 409 for the whole run: not what
    // these tests are about.
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Platform::Talkover).rows()) {
        if (c.inFlight > 0)
            m_sandbox->raw("POST", QStringLiteral("/__sandbox/campaigns/talkover/") + c.id,
                           QByteArrayLiteral(R"({"inFlight":0})"));
    }
    m_sandbox->raw("DELETE", QStringLiteral("/__sandbox/requests"));
}

void BulkQueueTest::openAudit()
{
    m_audit = std::make_unique<AuditLog>();
    QSignalSpy opened(m_audit.get(), &AuditLog::opened);
    m_audit->open(m_dir->filePath(QStringLiteral("audit.sqlite")));
    QVERIFY(opened.wait(10000));
    QVERIFY(opened.first().first().toBool());
}

QList<BulkItem> BulkQueueTest::itemsFor(const QList<Platform> &platforms, int perPlatform)
{
    QList<BulkItem> items;
    for (Platform p : platforms) {
        const auto &rows = m_sandbox->server().table(p).rows();
        for (int i = 0; i < perPlatform && i < rows.size(); ++i) {
            BulkItem item;
            item.campaign.accountId = m_accounts.at(int(p)).account.id;
            item.campaign.platform = p;
            item.campaign.id = rows.at(i).id;
            item.campaign.name = rows.at(i).name;
            item.campaign.rawStatus = rows.at(i).status;
            item.accountLabel = m_accounts.at(int(p)).account.label;
            items << item;
        }
    }
    return items;
}

BulkQueue *BulkQueueTest::makeQueue()
{
    auto *queue = new BulkQueue(
        [this](const QString &accountId) -> AccountSession * {
            for (AccountSession *s : std::as_const(m_sessions)) {
                if (s->account().id == accountId)
                    return s;
            }
            return nullptr;
        },
        m_audit.get(), m_scope.get());
    BulkQueueSettings settings = BulkQueueSettings::defaults();
    settings.retryDelayMs = 300;
    queue->setSettings(settings);
    return queue;
}

void BulkQueueTest::runToEnd(BulkQueue *queue, const QList<BulkItem> &items, int timeoutMs)
{
    QSignalSpy finished(queue, &BulkQueue::finished);
    queue->start(items, false, QString());
    QVERIFY(finished.wait(timeoutMs));
}

bool BulkQueueTest::exists(Platform platform, const QString &id)
{
    return m_sandbox->server().table(platform).indexOf(id) >= 0;
}

QHash<QString, int> BulkQueueTest::deletesById(qint64 afterSeq)
{
    QHash<QString, int> counts;
    const QJsonArray log = m_sandbox->requestLog();
    for (const QJsonValue v : log) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("method")).toString() != QLatin1String("DELETE") ||
            o.value(QStringLiteral("seq")).toInteger() <= afterSeq)
            continue;
        QString path = o.value(QStringLiteral("path")).toString();
        path = path.left(path.indexOf(QLatin1Char('?')) < 0 ? path.size()
                                                            : path.indexOf(QLatin1Char('?')));
        ++counts[path.section(QLatin1Char('/'), -1)];
    }
    return counts;
}

void BulkQueueTest::verifyPacing(const QJsonArray &log, int limit, int windowMs)
{
    QHash<QString, QList<qint64>> times;
    int rateLimited = 0;
    for (const QJsonValue v : log) {
        const QJsonObject o = v.toObject();
        const QString platform = o.value(QStringLiteral("platform")).toString();
        if (platform.isEmpty())
            continue;
        times[platform] << o.value(QStringLiteral("atMs")).toInteger();
        if (o.value(QStringLiteral("status")).toInt() == 429 &&
            o.value(QStringLiteral("fault")).toString().isEmpty())
            ++rateLimited;
    }
    QCOMPARE(rateLimited, 0);
    for (auto it = times.begin(); it != times.end(); ++it) {
        QList<qint64> t = it.value();
        std::sort(t.begin(), t.end());
        int worst = 0;
        qsizetype first = 0;
        for (qsizetype last = 0; last < t.size(); ++last) {
            while (t.at(last) - t.at(first) >= windowMs)
                ++first;
            worst = std::max(worst, int(last - first + 1));
        }
        QVERIFY2(worst <= limit, qPrintable(QStringLiteral("%1: %2 requests in one %3 ms window")
                                                .arg(it.key())
                                                .arg(worst)
                                                .arg(windowMs)));
    }
}

void BulkQueueTest::verifyOutcomes(const BulkQueue &queue)
{
    const QHash<QString, int> deletes = deletesById();
    for (const BulkItem &item : queue.batch().items) {
        const QString what = item.campaign.id + QLatin1Char(' ') + bulkItemStateKey(item.state) +
                             QLatin1Char(' ') + item.reason;
        QVERIFY2(isFinalBulkItemState(item.state), qPrintable(what));
        const bool gone = !exists(item.campaign.platform, item.campaign.id);
        if (item.state == BulkItemState::Deleted) {
            QVERIFY2(gone, qPrintable(what));
        } else {
            QVERIFY2(!gone, qPrintable(what)); // nothing reported otherwise was deleted
        }
        if (deletable(item.campaign.platform, item.campaign.rawStatus)) {
            QVERIFY2(item.state == BulkItemState::Deleted, qPrintable(what));
        } else {
            QVERIFY2(item.state == BulkItemState::Blocked, qPrintable(what));
            QCOMPARE(deletes.value(item.campaign.id), 0);
        }
    }
}

void BulkQueueTest::journal_roundTrip_andUnfinishedBatch()
{
    AuditStore store;
    QString error;
    QVERIFY2(store.open(m_dir->filePath(QStringLiteral("journal.sqlite")), &error),
             qPrintable(error));
    QCOMPARE(AuditStore::schemaVersion(), 3);
    QVERIFY(!store.unfinishedBatch());
    BulkJournalBatch batch;
    batch.state = QStringLiteral("running");
    batch.exportRoot = QStringLiteral("/tmp/exports");
    for (int i = 0; i < 3; ++i)
        batch.items.append({i,
                            QStringLiteral("kakiyo"),
                            QStringLiteral("acc"),
                            QStringLiteral("Agency"),
                            QStringLiteral("c%1").arg(i),
                            QStringLiteral("Campaign %1").arg(i),
                            QStringLiteral("pending"),
                            QString(),
                            {}});
    const qint64 id = store.createBatch(batch);
    QVERIFY(id > 0);
    QVERIFY(store.setBatchItemState(id, 1, QStringLiteral("deleting"), QString()));
    QVERIFY(store.setBatchItemState(id, 2, QStringLiteral("failed"),
                                    QStringLiteral("refused: api_key=sk_live_secret")));
    QVERIFY(!store.setBatchItemState(id, 7, QStringLiteral("failed"), QString()));
    const std::optional<BulkJournalBatch> open = store.unfinishedBatch();
    QVERIFY(open);
    QCOMPARE(open->id, id);
    QCOMPARE(open->items.size(), 3);
    QCOMPARE(open->items.at(1).state, QStringLiteral("deleting"));
    QVERIFY(!open->items.at(2).reason.contains(QLatin1String("sk_live_secret")));
    const BulkBatch read = bulkBatchFromJournal(*open);
    QCOMPARE(read.items.at(1).state, BulkItemState::Deleting);
    QCOMPARE(read.items.at(0).campaign.platform, Platform::Kakiyo);
    QVERIFY(store.setBatchState(id, QStringLiteral("discarded")));
    QVERIFY(!store.unfinishedBatch());
    QVERIFY(store.batch(id)->finishedAt.isValid());
}

void BulkQueueTest::threeHundredCampaigns_pacedBelowTheLimit_eachEndsOnce()
{
    startSandbox(100);
    openAudit();
    const QList<BulkItem> items = itemsFor(threePlatforms, 100);
    QCOMPARE(items.size(), 300);
    BulkQueue *queue = makeQueue();
    QHash<int, int> finals;
    connect(queue, &BulkQueue::itemChanged, this, [queue, &finals](int index) {
        const BulkItemState s = queue->batch().items.at(index).state;
        if (isFinalBulkItemState(s) && s != BulkItemState::Unknown)
            ++finals[index];
    });
    QSignalSpy progress(queue, &BulkQueue::progress);
    runToEnd(queue, items, 60000);
    QCOMPARE(queue->doneCount(), 300);
    for (int i = 0; i < 300; ++i)
        QCOMPARE(finals.value(i), 1); // exactly one result per campaign
    QVERIFY(progress.size() > 10);
    QCOMPARE(progress.last().at(0).toInt(), 300);
    verifyOutcomes(*queue);
    const QHash<QString, int> deletes = deletesById();
    for (auto it = deletes.begin(); it != deletes.end(); ++it)
        QCOMPARE(it.value(), 1);
    for (Platform p : threePlatforms) {
        int deleted = 0;
        for (const BulkItem &item : queue->batch().items)
            deleted += item.campaign.platform == p && item.state == BulkItemState::Deleted;
        QVERIFY2(deleted > 10, qPrintable(platformKey(p)));
    }
    verifyPacing(m_sandbox->requestLog(), Limit, WindowMs);

    // The journal agrees with what the queue reports.
    std::optional<BulkJournalBatch> journal;
    bool answered = false;
    m_audit->batch(queue->batch().id, this, [&](std::optional<BulkJournalBatch> b) {
        journal = std::move(b);
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(journal);
    QCOMPARE(journal->state, QStringLiteral("finished"));
    for (const BulkJournalItem &row : journal->items)
        QCOMPARE(row.state, bulkItemStateKey(queue->batch().items.at(row.seq).state));
}

void BulkQueueTest::transientStorm_isRiddenOut_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::newRow("429 storm") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("429")},
                                              {QStringLiteral("count"), 12},
                                              {QStringLiteral("retryAfter"), 1}};
    QTest::newRow("503 burst") << QJsonObject{{QStringLiteral("kind"), QStringLiteral("status")},
                                              {QStringLiteral("status"), 503},
                                              {QStringLiteral("count"), 12}};
    QTest::newRow("503 on DELETEs")
        << QJsonObject{{QStringLiteral("kind"), QStringLiteral("status")},
                       {QStringLiteral("status"), 503},
                       {QStringLiteral("method"), QStringLiteral("DELETE")},
                       {QStringLiteral("count"), 4}};
    QTest::newRow("429 on DELETEs")
        << QJsonObject{{QStringLiteral("kind"), QStringLiteral("429")},
                       {QStringLiteral("method"), QStringLiteral("DELETE")},
                       {QStringLiteral("retryAfter"), 1},
                       {QStringLiteral("count"), 5}};
}

void BulkQueueTest::transientStorm_isRiddenOut()
{
    QFETCH(QJsonObject, fault);
    startSandbox(6);
    openAudit();
    m_sandbox->addFault(fault);
    const QList<BulkItem> items = itemsFor(threePlatforms, 6);
    BulkQueue *queue = makeQueue();
    runToEnd(queue, items, 60000);
    // Every injected fault was met, and none reached the user as a failure.
    QVERIFY(m_sandbox->raw("GET", QStringLiteral("/__sandbox/faults")).array().isEmpty());
    QCOMPARE(queue->batch().count(BulkItemState::Failed), 0);
    QCOMPARE(queue->batch().count(BulkItemState::Unknown), 0);
    verifyOutcomes(*queue);
    // A DELETE answered 503 or 429 did nothing; the one that worked came after a fresh fetch.
    const QJsonArray log = m_sandbox->requestLog();
    QHash<QString, int> okDeletes;
    for (const QJsonValue v : log) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("method")).toString() == QLatin1String("DELETE") &&
            o.value(QStringLiteral("status")).toInt() < 300)
            ++okDeletes[o.value(QStringLiteral("path")).toString().section(QLatin1Char('?'), 0, 0)];
    }
    for (auto it = okDeletes.begin(); it != okDeletes.end(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
}

void BulkQueueTest::cancelMidway_leavesTheRestUntouched()
{
    startSandbox(40);
    openAudit();
    // Slow enough that cancel lands mid-way.
    for (AccountSession *s : std::as_const(m_sessions)) {
        Account a = s->account();
        a.ratePerMinute = 600;
        s->setAccount(a);
    }
    QList<BulkItem> items;
    for (const BulkItem &item : itemsFor(threePlatforms, 40)) {
        if (deletable(item.campaign.platform, item.campaign.rawStatus))
            items << item;
    }
    BulkQueue *queue = makeQueue();
    QSignalSpy gone(queue, &BulkQueue::campaignGone);
    QSignalSpy finished(queue, &BulkQueue::finished);
    queue->start(items, false, QString());
    QTRY_VERIFY_WITH_TIMEOUT(gone.size() >= 4, 20000);
    queue->cancel();
    QVERIFY(finished.wait(20000));
    const BulkBatch &b = queue->batch();
    QVERIFY(b.count(BulkItemState::Cancelled) > items.size() / 2);
    QVERIFY(b.count(BulkItemState::Deleted) >= 4);
    QCOMPARE(b.count(BulkItemState::Deleted) + b.count(BulkItemState::Cancelled),
             int(items.size()));
    const QHash<QString, int> deletes = deletesById();
    for (const BulkItem &item : b.items) {
        const bool stillThere = exists(item.campaign.platform, item.campaign.id);
        if (item.state == BulkItemState::Cancelled) {
            QVERIFY(stillThere);
            QCOMPARE(deletes.value(item.campaign.id), 0);
        } else {
            QVERIFY(!stillThere);
        }
    }
    // Nothing more goes out after the end.
    const int before = int(m_sandbox->requestLog().size());
    QTest::qWait(300);
    QCOMPARE(int(m_sandbox->requestLog().size()), before);
}

void BulkQueueTest::pause_startsNothingNew_untilResumed()
{
    startSandbox(10);
    openAudit();
    const QList<BulkItem> items = itemsFor({Platform::Kakiyo}, 10);
    BulkQueue *queue = makeQueue();
    QSignalSpy finished(queue, &BulkQueue::finished);
    QSignalSpy started(queue, &BulkQueue::started);
    queue->start(items, false, QString());
    QVERIFY(started.wait(5000));
    queue->setPaused(true);
    QVERIFY(queue->isPaused());
    // What was already on its way settles; then the log stays quiet.
    QTRY_VERIFY_WITH_TIMEOUT(queue->doneCount() >= 1, 10000);
    QTest::qWait(500);
    const int quiet = int(m_sandbox->requestLog().size());
    const int done = queue->doneCount();
    QTest::qWait(600);
    QCOMPARE(int(m_sandbox->requestLog().size()), quiet);
    QCOMPARE(queue->doneCount(), done);
    QVERIFY(done < 10);
    queue->setPaused(false);
    QVERIFY(finished.wait(20000));
    QCOMPARE(queue->doneCount(), 10);
    verifyOutcomes(*queue);
}

void BulkQueueTest::longWindowBudget_isNeverExceeded()
{
    startSandbox(6);
    openAudit();
    const QList<BulkItem> items = itemsFor({Platform::Smartlead}, 6);
    BulkQueue *queue = makeQueue();
    BulkQueueSettings settings = queue->settings();
    // Smartlead's hourly limit, scaled: 8 requests per 1.5 s on top of the per-minute pacing.
    settings.longWindows.insert(int(Platform::Smartlead), {8, 1500});
    queue->setSettings(settings);
    runToEnd(queue, items, 30000);
    verifyOutcomes(*queue);
    verifyPacing(m_sandbox->requestLog(), 8, 1500);
}

void BulkQueueTest::killedMidBatch_journalTellsTheTruth_andResumeDeletesNothingTwice()
{
    startSandbox(10);
    QList<BulkItem> items;
    for (const BulkItem &item : itemsFor(threePlatforms, 10)) {
        if (deletable(item.campaign.platform, item.campaign.rawStatus))
            items << item;
    }
    QVERIFY(items.size() >= 12);
    // DELETEs are carried out at once and answered late: the kill lands while answers are due.
    m_sandbox->addFault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                                    {QStringLiteral("method"), QStringLiteral("DELETE")},
                                    {QStringLiteral("latencyMs"), 2500},
                                    {QStringLiteral("count"), 1000}});
    const QString db = m_dir->filePath(QStringLiteral("audit.sqlite"));
    QJsonArray list;
    for (const BulkItem &item : std::as_const(items))
        list.append(QJsonObject{{QStringLiteral("platform"), platformKey(item.campaign.platform)},
                                {QStringLiteral("accountId"), item.campaign.accountId},
                                {QStringLiteral("id"), item.campaign.id},
                                {QStringLiteral("name"), item.campaign.name}});
    const QString config = m_dir->filePath(QStringLiteral("child.json"));
    {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(
                       QJsonObject{{QStringLiteral("accounts"), m_sandbox->server().accountsJson()},
                                   {QStringLiteral("db"), db},
                                   {QStringLiteral("items"), list}})
                       .toJson());
    }
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--bulk-child"), config});
    QVERIFY(child.waitForStarted(10000));

    const auto goneIds = [&] {
        QSet<QString> ids;
        for (const BulkItem &item : std::as_const(items)) {
            if (!exists(item.campaign.platform, item.campaign.id))
                ids.insert(item.campaign.id);
        }
        return ids;
    };
    // Some DELETEs answered (journaled "deleted"), others carried out but not yet answered.
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->countRequests("DELETE") >= 2 &&
                                 goneIds().size() > m_sandbox->countRequests("DELETE"),
                             25000);
    child.kill();
    QVERIFY(child.waitForFinished(10000));
    const QSet<QString> goneAtKill = goneIds();
    const QJsonArray logAtKill = m_sandbox->requestLog();
    const qint64 seqAtKill =
        logAtKill.isEmpty() ? 0
                            : logAtKill.last().toObject().value(QStringLiteral("seq")).toInteger();
    m_sandbox->raw("DELETE", QStringLiteral("/__sandbox/faults"));

    // The journal after the crash: nothing deleted that it calls undeleted, nothing called
    // deleted that is still there.
    {
        AuditStore store;
        QVERIFY(store.open(db));
        const std::optional<BulkJournalBatch> journal = store.unfinishedBatch();
        QVERIFY(journal);
        QCOMPARE(journal->items.size(), items.size());
        int deleting = 0;
        for (const BulkJournalItem &row : journal->items) {
            const bool gone = goneAtKill.contains(row.campaignId);
            if (row.state == QLatin1String("deleted"))
                QVERIFY2(gone, qPrintable(row.campaignId));
            if (gone) {
                QVERIFY2(row.state == QLatin1String("deleted") ||
                             row.state == QLatin1String("deleting"),
                         qPrintable(row.campaignId + QLatin1Char(' ') + row.state));
            }
            deleting += row.state == QLatin1String("deleting") && gone;
        }
        QVERIFY(deleting >= 1); // the crash did land mid-DELETE
    }

    // The next start: resume it.
    openAudit();
    std::optional<BulkJournalBatch> journal;
    bool answered = false;
    m_audit->unfinishedBatch(this, [&](std::optional<BulkJournalBatch> b) {
        journal = std::move(b);
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(journal);
    BulkQueue *queue = makeQueue();
    QSignalSpy finished(queue, &BulkQueue::finished);
    queue->resume(bulkBatchFromJournal(*journal));
    QVERIFY(finished.wait(30000));
    QCOMPARE(queue->batch().count(BulkItemState::Deleted), int(items.size()));
    for (const BulkItem &item : std::as_const(items))
        QVERIFY(!exists(item.campaign.platform, item.campaign.id));
    const QHash<QString, int> afterKill = deletesById(seqAtKill);
    for (const QString &id : goneAtKill)
        QVERIFY2(afterKill.value(id) == 0, qPrintable(id)); // never a second DELETE
    const QHash<QString, int> all = deletesById();
    for (auto it = all.begin(); it != all.end(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    answered = false;
    m_audit->unfinishedBatch(this, [&](std::optional<BulkJournalBatch> b) {
        journal = std::move(b);
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(!journal);
}

// The child side of the crash test: runs the batch described in the config file against the
// parent's sandbox until it is killed.
static int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QFile file(QString::fromLocal8Bit(argv[2]));
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    const QJsonObject config = QJsonDocument::fromJson(file.readAll()).object();
    QList<AccountWithSecret> accounts;
    QString error;
    if (!accountsFromJson(config.value(QStringLiteral("accounts")).toArray(), &accounts, &error))
        return 3;
    QNetworkAccessManager nam;
    QList<AccountSession *> sessions;
    for (AccountWithSecret &a : accounts) {
        a.account.ratePerMinute = AccountRatePerMinute;
        a.account.transferTimeoutMs = 10000;
        auto *s = new AccountSession(&nam, a.account, &app);
        s->setSecret(a.secret);
        sessions << s;
    }
    QList<BulkItem> items;
    for (const QJsonValue v : config.value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = v.toObject();
        BulkItem item;
        platformFromKey(o.value(QStringLiteral("platform")).toString(), &item.campaign.platform);
        item.campaign.accountId = o.value(QStringLiteral("accountId")).toString();
        item.campaign.id = o.value(QStringLiteral("id")).toString();
        item.campaign.name = o.value(QStringLiteral("name")).toString();
        items << item;
    }
    AuditLog audit;
    BulkQueue queue(
        [&sessions](const QString &id) -> AccountSession * {
            for (AccountSession *s : std::as_const(sessions)) {
                if (s->account().id == id)
                    return s;
            }
            return nullptr;
        },
        &audit);
    QObject::connect(&audit, &AuditLog::opened, &queue, [&](bool ok) {
        if (!ok) {
            QCoreApplication::exit(4);
            return;
        }
        queue.start(items, false, QString());
    });
    QObject::connect(&queue, &BulkQueue::finished, &app, [] { QCoreApplication::exit(0); });
    audit.open(config.value(QStringLiteral("db")).toString());
    return app.exec();
}

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], "--bulk-child") == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    BulkQueueTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_bulkqueue.moc"
