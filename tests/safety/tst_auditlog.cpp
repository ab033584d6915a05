// The audit log's promises: every attempt is on disk before its request goes out, a crash
// leaves an "outcome unknown" record, old databases are migrated with a backup, newer or
// damaged ones are refused untouched, the files are owner-only, and no secret is ever stored.

#include "model/campaign.h"
#include "safety/auditlog.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>
#include <cstdlib>

using namespace CampaignDesk;

namespace {

constexpr char childArgument[] = "--begin-attempt-and-crash";

constexpr auto allPermissions = QFileDevice::Permissions(0x7777);
// 0600 as QFileInfo reports it (the User bits mirror the Owner bits for our own files).
constexpr auto ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                               QFileDevice::ReadUser | QFileDevice::WriteUser;

AttemptStart deleteStart(const QString &accountId = QStringLiteral("acc-1"),
                         const QString &campaignId = QStringLiteral("42"),
                         const QString &name = QStringLiteral("Q4 Outreach"))
{
    AttemptStart s;
    s.platform = Platform::Smartlead;
    s.accountId = accountId;
    s.accountLabel = QStringLiteral("Agency account");
    s.sandbox = true;
    s.campaignId = campaignId;
    s.campaignName = name;
    s.statusBefore = QStringLiteral("PAUSED");
    s.action = AuditAction::Delete;
    s.exportPath = QStringLiteral("/home/u/exports/smartlead-agency-q4-42");
    s.manifestSha256 = QStringLiteral("ab12");
    return s;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Runs SQL on a database with a connection of its own (the way an older app, or another tool,
// would) and returns the first column of every row.
QStringList rawSql(const QString &path, const QStringList &statements)
{
    QStringList rows;
    static int connections = 0;
    const QString name = QStringLiteral("raw-%1").arg(++connections);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    rows << QStringLiteral("ERROR ") + sql;
                    continue;
                }
                while (q.next())
                    rows << q.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// The schema exactly as the first release wrote it: a frozen fixture, not derived from the
// code under test, so a changed migration cannot silently pass.
const QStringList schemaV1 = {
    QStringLiteral(
        "CREATE TABLE attempts (id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " started_at TEXT NOT NULL, finished_at TEXT,"
        " platform TEXT NOT NULL DEFAULT '', account_id TEXT NOT NULL DEFAULT '',"
        " account_label TEXT NOT NULL DEFAULT '', sandbox INTEGER NOT NULL DEFAULT 0,"
        " campaign_id TEXT NOT NULL DEFAULT '', campaign_name TEXT NOT NULL DEFAULT '',"
        " status_before TEXT NOT NULL DEFAULT '', action TEXT NOT NULL,"
        " export_path TEXT NOT NULL DEFAULT '', manifest_sha256 TEXT NOT NULL DEFAULT '',"
        " export_skipped INTEGER NOT NULL DEFAULT 0, http_status INTEGER,"
        " platform_message TEXT NOT NULL DEFAULT '',"
        " deletion_summary TEXT NOT NULL DEFAULT '', outcome TEXT,"
        " detail TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX attempts_by_account ON attempts(account_id, id)"),
    QStringLiteral("INSERT INTO attempts (started_at, finished_at, platform, account_id,"
                   " account_label, campaign_id, campaign_name, action, http_status, outcome)"
                   " VALUES ('2024-05-01T10:00:00.000Z', '2024-05-01T10:00:01.000Z', 'talkover',"
                   " 'acc-old', 'Old account', '7', 'Spring calls', 'delete', 200, 'ok')"),
    QStringLiteral("PRAGMA user_version = 1"),
};

// A small RFC 4180 reader, so the export test checks what a spreadsheet would see.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

// The child half of the crash test: begins an attempt, says so, and is killed by the parent
// before it can finish it.
int beginAttemptAndWaitToBeKilled(const QString &path)
{
    AuditStore store;
    QString error;
    if (!store.open(path, &error)) {
        std::fprintf(stderr, "open failed\n");
        return 2;
    }
    const qint64 id = store.begin(deleteStart());
    std::printf("begun %lld\n", static_cast<long long>(id));
    std::fflush(stdout);
    // Never finishes; the parent kills it. The bound only matters if the parent died first.
    for (int i = 0; i < 600; ++i)
        QThread::msleep(100);
    std::_Exit(3);
}

} // namespace

class AuditLogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void freshDatabase_getsCurrentSchemaInWalMode();
    void reopening_keepsAttempts();
    void begin_isCommittedBeforeFinish();
    void attemptNeverFinished_readsAsUnknownAfterCrash();
    void olderDatabase_isMigratedKeepingRows_andLeavesBackup();
    void futureVersionDatabase_isRefusedAndLeftByteIdentical();
    void damagedFile_isRefusedAndLeftByteIdentical_data();
    void damagedFile_isRefusedAndLeftByteIdentical();
    void files_areOwnerOnly();
    void finish_recordsOutcome_andUnknownOrFinishedIdIsRefused();
    void protectedFlags_roundTrip_andAreAudited();
    void query_filters_data();
    void query_filters();
    void query_isNewestFirst_andLimited();
    void csvExport_quotesEveryAwkwardValue();
    void secretsInValues_areStoredRedacted_data();
    void secretsInValues_areStoredRedacted();
    void redactSecrets_data();
    void redactSecrets();
    void asyncLog_deliversResultsOnTheCallersThread();
    void asyncLog_dropsCallbackWhoseContextIsGone();
    void asyncLog_reportsARefusedDatabase();
    void asyncLog_exportsCsvToAFile();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("data/campaign-desk.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void AuditLogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void AuditLogTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void AuditLogTest::freshDatabase_getsCurrentSchemaInWalMode()
{
    {
        AuditStore store;
        QString error;
        QVERIFY2(store.open(dbPath(), &error), qPrintable(error));
        QVERIFY(store.isOpen());
    }
    QCOMPARE(AuditStore::schemaVersion(), 3);
    const QStringList rows = rawSql(
        dbPath(), {QStringLiteral("PRAGMA user_version"), QStringLiteral("PRAGMA journal_mode"),
                   QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                  "IN ('attempts', 'protected_campaigns') ORDER BY name")});
    QCOMPARE(rows,
             (QStringList{QStringLiteral("3"), QStringLiteral("wal"), QStringLiteral("attempts"),
                          QStringLiteral("protected_campaigns")}));
    // A fresh database has nothing to back up.
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral(".bak-v0")));
}

void AuditLogTest::reopening_keepsAttempts()
{
    qint64 id = 0;
    {
        AuditStore store;
        QVERIFY(store.open(dbPath()));
        id = store.begin(deleteStart());
        QVERIFY(id > 0);
        AttemptEnd end;
        end.httpStatus = 200;
        end.platformMessage = QStringLiteral("Campaign deleted");
        end.deletionSummary = QStringLiteral(R"({"prospects":12})");
        QVERIFY2(store.finish(id, end), qPrintable(store.lastError()));
    }
    AuditStore store;
    QVERIFY(store.open(dbPath()));
    const QList<AttemptRecord> records = store.query({});
    QCOMPARE(records.size(), 1);
    const AttemptRecord &r = records.first();
    QCOMPARE(r.id, id);
    QVERIFY(r.completed);
    QCOMPARE(r.outcome, AuditOutcome::Ok);
    QCOMPARE(r.platform, QStringLiteral("smartlead"));
    QCOMPARE(r.accountLabel, QStringLiteral("Agency account"));
    QVERIFY(r.sandbox);
    QCOMPARE(r.campaignName, QStringLiteral("Q4 Outreach"));
    QCOMPARE(r.statusBefore, QStringLiteral("PAUSED"));
    QCOMPARE(r.action, AuditAction::Delete);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.deletionSummary, QStringLiteral(R"({"prospects":12})"));
    QCOMPARE(r.exportPath, QStringLiteral("/home/u/exports/smartlead-agency-q4-42"));
    QCOMPARE(r.startedAt.timeSpec(), Qt::UTC);
    QVERIFY(r.finishedAt >= r.startedAt);
}

void AuditLogTest::begin_isCommittedBeforeFinish()
{
    AuditStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 id = store.begin(deleteStart());
    QVERIFY(id > 0);
    // Another connection (another process after a crash) already sees it.
    const QStringList rows = rawSql(
        dbPath(), {QStringLiteral("SELECT count(*) FROM attempts WHERE finished_at IS NULL")});
    QCOMPARE(rows, QStringList{QStringLiteral("1")});
}

void AuditLogTest::attemptNeverFinished_readsAsUnknownAfterCrash()
{
    QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(childArgument), dbPath()});
    QVERIFY(child.waitForStarted());
    QByteArray line;
    while (!line.endsWith('\n')) {
        QVERIFY2(child.waitForReadyRead(10000), "the child did not begin an attempt");
        line += child.readAllStandardOutput();
    }
    QVERIFY2(line.startsWith("begun "), line.constData());
    const qint64 id = line.mid(6).trimmed().toLongLong();
    QVERIFY(id > 0);
    child.kill(); // SIGKILL: no destructor, no checkpoint, no finish()
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    AuditStore store;
    QString error;
    QVERIFY2(store.open(dbPath(), &error), qPrintable(error));
    const QList<AttemptRecord> records = store.query({});
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().id, id);
    QVERIFY(!records.first().completed);
    QVERIFY(!records.first().finishedAt.isValid());
    QCOMPARE(records.first().outcome, AuditOutcome::Unknown);
    QCOMPARE(records.first().campaignName, QStringLiteral("Q4 Outreach"));
    AttemptFilter unknown;
    unknown.outcome = AuditOutcome::Unknown;
    QCOMPARE(store.query(unknown).size(), 1);
}

void AuditLogTest::olderDatabase_isMigratedKeepingRows_andLeavesBackup()
{
    QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
    QVERIFY(!rawSql(dbPath(), schemaV1).contains(QStringLiteral("ERROR"), Qt::CaseSensitive));
    const QByteArray before = fileBytes(dbPath());

    {
        AuditStore store;
        QString error;
        QVERIFY2(store.open(dbPath(), &error), qPrintable(error));
        const QList<AttemptRecord> records = store.query({});
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().campaignName, QStringLiteral("Spring calls"));
        QCOMPARE(records.first().outcome, AuditOutcome::Ok);
        // The new table works on the migrated database.
        QVERIFY(store.setProtected(QStringLiteral("acc-old"), QStringLiteral("8"),
                                   QStringLiteral("Summer"), true));
        QVERIFY(store.isProtected(QStringLiteral("acc-old"), QStringLiteral("8")));
    }
    QCOMPARE(rawSql(dbPath(), {QStringLiteral("PRAGMA user_version")}),
             QStringList{QStringLiteral("3")});

    const QString backup = dbPath() + QStringLiteral(".bak-v1");
    QVERIFY(QFile::exists(backup));
    QCOMPARE(QFileInfo(backup).permissions() & allPermissions, ownerOnlyFile);
    QCOMPARE(
        rawSql(backup, {QStringLiteral("PRAGMA user_version"),
                        QStringLiteral("SELECT campaign_name FROM attempts"),
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                       "'protected_campaigns'")}),
        (QStringList{QStringLiteral("1"), QStringLiteral("Spring calls"), QStringLiteral("0")}));
    QVERIFY(!before.isEmpty());

    // Opening again migrates nothing and makes no second backup.
    AuditStore again;
    QVERIFY(again.open(dbPath()));
    QVERIFY(!QFile::exists(backup + QStringLiteral(".1")));
}

void AuditLogTest::futureVersionDatabase_isRefusedAndLeftByteIdentical()
{
    QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
    QStringList future = schemaV1;
    future.last() = QStringLiteral("PRAGMA user_version = 99");
    rawSql(dbPath(), future);
    const QByteArray before = fileBytes(dbPath());
    QVERIFY(!before.isEmpty());

    AuditStore store;
    QString error;
    QVERIFY(!store.open(dbPath(), &error));
    QVERIFY(!store.isOpen());
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("99")));
    QCOMPARE(store.begin(deleteStart()), qint64(-1));
    QCOMPARE(fileBytes(dbPath()), before);
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral(".bak-v99")));
    QVERIFY(!QFile::exists(dbPath() + QStringLiteral("-wal")));
}

void AuditLogTest::damagedFile_isRefusedAndLeftByteIdentical_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("not a database at all") << QStringLiteral("text");
    QTest::newRow("SQLite header, garbage after it") << QStringLiteral("header");
    QTest::newRow("valid database with overwritten pages") << QStringLiteral("pages");
    QTest::newRow("someone else's SQLite database") << QStringLiteral("foreign");
}

void AuditLogTest::damagedFile_isRefusedAndLeftByteIdentical()
{
    QFETCH(QString, kind);
    QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
    if (kind == QLatin1String("text")) {
        QVERIFY(
            writeFile(dbPath(), QByteArray("these are my notes, not a database\n").repeated(50)));
    } else if (kind == QLatin1String("header")) {
        QByteArray bytes("SQLite format 3\0", 16);
        bytes += QByteArray(8192, '\xA5');
        QVERIFY(writeFile(dbPath(), bytes));
    } else if (kind == QLatin1String("pages")) {
        {
            AuditStore store;
            QVERIFY(store.open(dbPath()));
            for (int i = 0; i < 50; ++i)
                QVERIFY(store.begin(deleteStart(QStringLiteral("acc"), QString::number(i))) > 0);
        }
        constexpr qsizetype Page = 4096;
        QByteArray bytes = fileBytes(dbPath());
        QVERIFY(bytes.size() > 3 * Page);
        bytes.replace(Page, 2 * Page, QByteArray(2 * Page, '\x5A'));
        QVERIFY(writeFile(dbPath(), bytes));
    } else {
        rawSql(dbPath(), {QStringLiteral("CREATE TABLE recipes (name TEXT)")});
    }
    const QByteArray before = fileBytes(dbPath());

    AuditStore store;
    QString error;
    QVERIFY(!store.open(dbPath(), &error));
    QVERIFY2(error.contains(QStringLiteral("damaged or is not a Campaign Desk database")),
             qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("left as it is")));
    QCOMPARE(fileBytes(dbPath()), before);
}

void AuditLogTest::files_areOwnerOnly()
{
    const QString folder = m_dir->filePath(QStringLiteral("deep/data"));
    const QString path = folder + QStringLiteral("/log.sqlite");
    AuditStore store;
    QVERIFY(store.open(path));
    QVERIFY(store.begin(deleteStart()) > 0);
    QCOMPARE(QFileInfo(path).permissions() & allPermissions, ownerOnlyFile);
    QCOMPARE(QFileInfo(folder).permissions() & allPermissions,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                 QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    // SQLite's side files inherit the database's mode.
    const QString wal = path + QStringLiteral("-wal");
    QVERIFY(QFile::exists(wal));
    QCOMPARE(QFileInfo(wal).permissions() & allPermissions, ownerOnlyFile);
}

void AuditLogTest::finish_recordsOutcome_andUnknownOrFinishedIdIsRefused()
{
    AuditStore store;
    QVERIFY(store.open(dbPath()));
    const qint64 id = store.begin(deleteStart());
    AttemptEnd end;
    end.outcome = AuditOutcome::DeletedConfirmedByCheck;
    end.httpStatus = 0;
    end.detail = QStringLiteral("outcome established by a follow-up fetch");
    end.manifestSha256 = QStringLiteral("ffee");
    QVERIFY(store.finish(id, end));
    // A second finish would rewrite history.
    end.outcome = AuditOutcome::Ok;
    QVERIFY(!store.finish(id, end));
    QVERIFY(!store.finish(id + 1000, end));
    const std::optional<AttemptRecord> r = store.attempt(id);
    QVERIFY(r.has_value());
    QCOMPARE(r->outcome, AuditOutcome::DeletedConfirmedByCheck);
    QCOMPARE(r->httpStatus, 0);
    QCOMPARE(r->detail, QStringLiteral("outcome established by a follow-up fetch"));
    QCOMPARE(r->manifestSha256, QStringLiteral("ffee"));                               // replaced
    QCOMPARE(r->exportPath, QStringLiteral("/home/u/exports/smartlead-agency-q4-42")); // kept
}

void AuditLogTest::protectedFlags_roundTrip_andAreAudited()
{
    {
        AuditStore store;
        QVERIFY(store.open(dbPath()));
        QVERIFY(!store.isProtected(QStringLiteral("acc-1"), QStringLiteral("42")));
        QVERIFY(store.setProtected(deleteStart(), true));
        QVERIFY(store.setProtected(QStringLiteral("acc-2"), QStringLiteral("7"),
                                   QStringLiteral("Other"), true));
        QVERIFY(store.setProtected(deleteStart(), true)); // idempotent
    }
    AuditStore store;
    QVERIFY(store.open(dbPath()));
    QVERIFY(store.isProtected(QStringLiteral("acc-1"), QStringLiteral("42")));
    QVERIFY(!store.isProtected(QStringLiteral("acc-1"), QStringLiteral("7")));
    QCOMPARE(store.protectedKeys(),
             (QSet<QString>{Campaign::makeKey(QStringLiteral("acc-1"), QStringLiteral("42")),
                            Campaign::makeKey(QStringLiteral("acc-2"), QStringLiteral("7"))}));
    QVERIFY(store.setProtected(deleteStart(), false));
    QVERIFY(!store.isProtected(QStringLiteral("acc-1"), QStringLiteral("42")));
    QCOMPARE(store.protectedKeys().size(), 1);

    AttemptFilter filter;
    filter.accountId = QStringLiteral("acc-1");
    const QList<AttemptRecord> records = store.query(filter);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).action, AuditAction::Unprotect);
    QCOMPARE(records.at(2).action, AuditAction::Protect);
    QCOMPARE(records.at(0).outcome, AuditOutcome::Ok);
    QCOMPARE(records.at(0).platform, QStringLiteral("smartlead"));
}

void AuditLogTest::query_filters_data()
{
    QTest::addColumn<QString>("accountId");
    QTest::addColumn<int>("action");  // -1: any
    QTest::addColumn<int>("outcome"); // -1: any
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expectedCampaigns"); // newest first

    const QStringList all = {QStringLiteral("Gamma"), QStringLiteral("Beta 50%"),
                             QStringLiteral("Alpha"), QStringLiteral("Alpha")};
    QTest::newRow("no filter") << QString() << -1 << -1 << QString() << all;
    QTest::newRow("account") << QStringLiteral("acc-2") << -1 << -1 << QString()
                             << QStringList{QStringLiteral("Gamma")};
    QTest::newRow("action") << QString() << int(AuditAction::Pause) << -1 << QString()
                            << QStringList{QStringLiteral("Alpha")};
    QTest::newRow("outcome failed") << QString() << -1 << int(AuditOutcome::Failed) << QString()
                                    << QStringList{QStringLiteral("Beta 50%")};
    QTest::newRow("outcome unknown includes never finished")
        << QString() << -1 << int(AuditOutcome::Unknown) << QString()
        << QStringList{QStringLiteral("Gamma")};
    QTest::newRow("text in campaign name, any case")
        << QString() << -1 << -1 << QStringLiteral("alpha")
        << QStringList{QStringLiteral("Alpha"), QStringLiteral("Alpha")};
    QTest::newRow("text in platform message")
        << QString() << -1 << -1 << QStringLiteral("in progress")
        << QStringList{QStringLiteral("Beta 50%")};
    QTest::newRow("percent is literal") << QString() << -1 << -1 << QStringLiteral("50%")
                                        << QStringList{QStringLiteral("Beta 50%")};
    QTest::newRow("underscore is literal")
        << QString() << -1 << -1 << QStringLiteral("a_p") << QStringList{};
    QTest::newRow("combined") << QStringLiteral("acc-1") << int(AuditAction::Delete)
                              << int(AuditOutcome::Ok) << QStringLiteral("Alp")
                              << QStringList{QStringLiteral("Alpha")};
}

void AuditLogTest::query_filters()
{
    QFETCH(QString, accountId);
    QFETCH(int, action);
    QFETCH(int, outcome);
    QFETCH(QString, text);
    QFETCH(QStringList, expectedCampaigns);

    AuditStore store;
    QVERIFY(store.open(dbPath()));
    AttemptStart a =
        deleteStart(QStringLiteral("acc-1"), QStringLiteral("1"), QStringLiteral("Alpha"));
    a.action = AuditAction::Pause;
    AttemptEnd ok;
    QVERIFY(store.finish(store.begin(a), ok));
    a.action = AuditAction::Delete;
    QVERIFY(store.finish(store.begin(a), ok));
    AttemptEnd failed;
    failed.outcome = AuditOutcome::Failed;
    failed.httpStatus = 409;
    failed.platformMessage = QStringLiteral("Calls in progress");
    QVERIFY(store.finish(store.begin(deleteStart(QStringLiteral("acc-1"), QStringLiteral("2"),
                                                 QStringLiteral("Beta 50%"))),
                         failed));
    QVERIFY(store.begin(deleteStart(QStringLiteral("acc-2"), QStringLiteral("3"),
                                    QStringLiteral("Gamma"))) > 0); // never finished

    AttemptFilter filter;
    filter.accountId = accountId;
    if (action >= 0)
        filter.action = AuditAction(action);
    if (outcome >= 0)
        filter.outcome = AuditOutcome(outcome);
    filter.text = text;
    QStringList names;
    for (const AttemptRecord &r : store.query(filter))
        names << r.campaignName;
    QCOMPARE(names, expectedCampaigns);
}

void AuditLogTest::query_isNewestFirst_andLimited()
{
    AuditStore store;
    QVERIFY(store.open(dbPath()));
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << store.begin(deleteStart(QStringLiteral("acc"), QString::number(i)));
    AttemptFilter filter;
    filter.limit = 3;
    const QList<AttemptRecord> records = store.query(filter);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0).id, ids.at(4));
    QCOMPARE(records.at(2).id, ids.at(2));
    QCOMPARE(store.accounts().size(), 1);
    QCOMPARE(store.accounts().first().accountLabel, QStringLiteral("Agency account"));
}

void AuditLogTest::csvExport_quotesEveryAwkwardValue()
{
    AuditStore store;
    QVERIFY(store.open(dbPath()));
    const QString awkward = QStringLiteral("Q4, \"final\"\nreview");
    const qint64 id =
        store.begin(deleteStart(QStringLiteral("acc-1"), QStringLiteral("9"), awkward));
    AttemptEnd end;
    end.outcome = AuditOutcome::Refused;
    end.httpStatus = 422;
    end.platformMessage = QStringLiteral("=HYPERLINK(\"http://evil\")");
    end.deletionSummary = QStringLiteral(R"({"leads":3,"sequences":1})");
    QVERIFY(store.finish(id, end));
    QVERIFY(store.begin(deleteStart(QStringLiteral("acc-1"), QStringLiteral("10"),
                                    QStringLiteral("plain"))) > 0);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(store.exportCsv({}, &buffer));
    const QString text = QString::fromUtf8(buffer.data());
    QVERIFY(text.startsWith(QStringLiteral("id,started_at,finished_at,completed,platform,")));
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
    QVERIFY(text.contains(QStringLiteral("\"Q4, \"\"final\"\"\nreview\"")));

    const QList<QStringList> rows = parseCsv(text);
    QCOMPARE(rows.size(), 3);
    const QStringList header = rows.at(0);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    const auto cell = [&](int row, const char *column) {
        return rows.at(row).at(header.indexOf(QLatin1String(column)));
    };
    QCOMPARE(cell(1, "campaign_name"), QStringLiteral("plain")); // newest first
    QCOMPARE(cell(1, "outcome"), QStringLiteral("unknown"));
    QCOMPARE(cell(1, "completed"), QStringLiteral("false"));
    QCOMPARE(cell(2, "campaign_name"), awkward);
    QCOMPARE(cell(2, "outcome"), QStringLiteral("refused"));
    QCOMPARE(cell(2, "http_status"), QStringLiteral("422"));
    QCOMPARE(cell(2, "deletion_summary"), end.deletionSummary);
    // A spreadsheet must not run a platform's message as a formula.
    QCOMPARE(cell(2, "platform_message"), QStringLiteral("'=HYPERLINK(\"http://evil\")"));
}

void AuditLogTest::secretsInValues_areStoredRedacted_data()
{
    QTest::addColumn<QString>("message");
    QTest::newRow("Smartlead URL with api_key")
        << QStringLiteral("GET https://server.smartlead.ai/api/v1/campaigns/42?api_key=SECRET1 "
                          "failed");
    QTest::newRow("bare api_key=") << QStringLiteral("invalid api_key=SECRET1 for this account");
    QTest::newRow("token= in a query") << QStringLiteral("/v1/calls?limit=5&token=SECRET1");
    QTest::newRow("echoed JSON body") << QStringLiteral(R"({"error":"bad","api_key":"SECRET1"})");
    QTest::newRow("bearer header echoed") << QStringLiteral("Authorization: Bearer SECRET1");
    QTest::newRow("user info in URL") << QStringLiteral("https://me:SECRET1@api.example/x");
}

void AuditLogTest::secretsInValues_areStoredRedacted()
{
    QFETCH(QString, message);
    {
        AuditStore store;
        QVERIFY(store.open(dbPath()));
        AttemptStart start = deleteStart();
        start.exportPath = QStringLiteral("https://files.example/bundle?token=SECRET1");
        const qint64 id = store.begin(start);
        AttemptEnd end;
        end.outcome = AuditOutcome::Failed;
        end.platformMessage = message;
        end.detail = message;
        QVERIFY(store.finish(id, end));
        const AttemptRecord r = store.query({}).first();
        // No message on failure: it would print the secret.
        QVERIFY(!r.platformMessage.contains(QStringLiteral("SECRET1")));
        QVERIFY(!r.detail.contains(QStringLiteral("SECRET1")));
        QVERIFY(!r.exportPath.contains(QStringLiteral("SECRET1")));
        QVERIFY(r.exportPath.contains(QStringLiteral("token=***")));
        QVERIFY(!r.platformMessage.isEmpty());
    }
    // Nowhere in the files either.
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        QVERIFY(!fileBytes(dbPath() + suffix).contains("SECRET1"));
}

void AuditLogTest::redactSecrets_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain text unchanged") << QStringLiteral("Campaign is running (status=ACTIVE)")
                                          << QStringLiteral("Campaign is running (status=ACTIVE)");
    QTest::newRow("url keeps other parameters")
        << QStringLiteral("https://h.example/api?offset=0&api_key=abc")
        << QStringLiteral("https://h.example/api?offset=0&api_key=***");
    QTest::newRow("token assignment")
        << QStringLiteral("token=abc; next") << QStringLiteral("token=***; next");
    QTest::newRow("json member") << QStringLiteral(R"({"access_token": "abc", "n": "1"})")
                                 << QStringLiteral(R"({"access_token": "***", "n": "1"})");
    QTest::newRow("bearer") << QStringLiteral("Bearer abc.def") << QStringLiteral("Bearer ***");
    QTest::newRow("jwt") << QStringLiteral("sent eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl here")
                         << QStringLiteral("sent *** here");
    QTest::newRow("file path") << QStringLiteral("/home/u/exports/a,b")
                               << QStringLiteral("/home/u/exports/a,b");
}

void AuditLogTest::redactSecrets()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(CampaignDesk::redactSecrets(input), expected);
}

void AuditLogTest::asyncLog_deliversResultsOnTheCallersThread()
{
    AuditLog log;
    QSignalSpy opened(&log, &AuditLog::opened);
    QSignalSpy changed(&log, &AuditLog::changed);
    log.open(dbPath());
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY2(opened.first().at(0).toBool(), qPrintable(opened.first().at(1).toString()));
    QVERIFY(log.isOpen());

    QObject context;
    QThread *const gui = QThread::currentThread();
    qint64 id = 0;
    QThread *beginThread = nullptr;
    log.begin(deleteStart(), &context, [&](qint64 newId) {
        id = newId;
        beginThread = QThread::currentThread();
    });
    // Queued in order: this finish() runs after the begin above, with the id it will have.
    QTRY_VERIFY(id != 0);
    QVERIFY(id > 0);
    QCOMPARE(beginThread, gui);

    bool finished = false;
    AttemptEnd end;
    end.outcome = AuditOutcome::AlreadyGone;
    end.httpStatus = 404;
    log.finish(id, end, &context, [&](bool ok) { finished = ok; });
    bool protectedDone = false;
    log.setProtected(deleteStart(QStringLiteral("acc-1"), QStringLiteral("77")), true, &context,
                     [&](bool ok) { protectedDone = ok; });
    QList<AttemptRecord> records;
    QThread *queryThread = nullptr;
    log.query({}, &context, [&](const QList<AttemptRecord> &r) {
        records = r;
        queryThread = QThread::currentThread();
    });
    QSet<QString> keys;
    log.protectedKeys(&context, [&](const QSet<QString> &k) { keys = k; });
    bool isProtected = false;
    log.isProtected(QStringLiteral("acc-1"), QStringLiteral("77"), &context,
                    [&](bool on) { isProtected = on; });
    QTRY_VERIFY(isProtected); // the last call queued: everything before it has answered
    QVERIFY(finished);
    QVERIFY(protectedDone);
    QCOMPARE(queryThread, gui);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.last().outcome, AuditOutcome::AlreadyGone);
    QCOMPARE(keys, QSet<QString>{Campaign::makeKey(QStringLiteral("acc-1"), QStringLiteral("77"))});
    QCOMPARE(changed.size(), 3);
}

void AuditLogTest::asyncLog_dropsCallbackWhoseContextIsGone()
{
    AuditLog log;
    QSignalSpy opened(&log, &AuditLog::opened);
    log.open(dbPath());
    auto context = std::make_unique<QObject>();
    bool called = false;
    log.query({}, context.get(), [&](const QList<AttemptRecord> &) { called = true; });
    context.reset();
    bool later = false;
    QObject other;
    log.query({}, &other, [&](const QList<AttemptRecord> &) { later = true; });
    QTRY_VERIFY(later);
    QVERIFY(!called);
}

void AuditLogTest::asyncLog_reportsARefusedDatabase()
{
    QVERIFY(QDir().mkpath(QFileInfo(dbPath()).absolutePath()));
    QVERIFY(writeFile(dbPath(), "not a database"));
    AuditLog log;
    QSignalSpy opened(&log, &AuditLog::opened);
    QSignalSpy failed(&log, &AuditLog::writeFailed);
    log.open(dbPath());
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY(!opened.first().at(0).toBool());
    QVERIFY(opened.first().at(1).toString().contains(QStringLiteral("damaged")));
    QVERIFY(!log.isOpen());
    qint64 id = 0;
    QObject context;
    log.begin(deleteStart(), &context, [&](qint64 newId) { id = newId; });
    QTRY_COMPARE(id, qint64(-1));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(fileBytes(dbPath()), QByteArray("not a database"));
}

void AuditLogTest::asyncLog_exportsCsvToAFile()
{
    AuditLog log;
    log.open(dbPath());
    QObject context;
    bool begun = false;
    log.begin(deleteStart(), &context, [&](qint64 id) { begun = id > 0; });
    const QString target = m_dir->filePath(QStringLiteral("activity.csv"));
    std::optional<std::pair<bool, QString>> result;
    AttemptFilter filter;
    filter.limit = 0;
    log.exportCsv(filter, target, &context,
                  [&](bool ok, const QString &error) { result = std::make_pair(ok, error); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(begun);
    QVERIFY2(result->first, qPrintable(result->second));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(fileBytes(target)));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(rows.at(0).indexOf(QStringLiteral("campaign_name"))),
             QStringLiteral("Q4 Outreach"));

    result.reset();
    log.exportCsv(filter, m_dir->filePath(QStringLiteral("missing/dir/x.csv")), &context,
                  [&](bool ok, const QString &error) { result = std::make_pair(ok, error); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->first);
    QVERIFY(!result->second.isEmpty());
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], childArgument) == 0) {
        QCoreApplication app(argc, argv);
        return beginAttemptAndWaitToBeKilled(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    AuditLogTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auditlog.moc"
