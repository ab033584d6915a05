// campaign-desk-cli as a user runs it: the real executable, started with QProcess against the
// in-process sandbox, for every command, every exit code and every platform. Each run gets its
// own accounts file, audit database and HOME in a temporary folder, and every run's output is
// searched for the sandbox secrets (plain, base64 and URL-encoded).

#include "accounts/accountsfile.h"
#include "accounts/accountstore.h"
#include "accounts/secretstore.h"
#include "safety/auditlog.h"
#include "safety/exportbundle.h"
#include "sandboxfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

namespace {

struct Target
{
    Platform platform;
    QString deletableId;    // deletable as seeded
    QString blockingStatus; // a status word that blocks deleting
    QString pausedStatus;   // the platform's "paused" word (Kore.ai: stopped, it has no pause)
};

const QList<Target> &targets()
{
    static const QList<Target> all = {{Platform::Talkover, QStringLiteral("campaign-uuid-1"),
                                       QStringLiteral("active"), QStringLiteral("paused")},
                                      {Platform::Burki, QStringLiteral("42"),
                                       QStringLiteral("running"), QStringLiteral("paused")},
                                      {Platform::Kakiyo, QStringLiteral("campaign_123"),
                                       QStringLiteral("active"), QStringLiteral("paused")},
                                      {Platform::KoreAi,
                                       QStringLiteral("cd-a1e45a7-e8ba-4e97-a339-476ebc7xxxxx"),
                                       QStringLiteral("Active"), QStringLiteral("Stopped")},
                                      {Platform::Smartlead, QStringLiteral("123"),
                                       QStringLiteral("ACTIVE"), QStringLiteral("PAUSED")}};
    return all;
}

const Target &targetFor(Platform platform)
{
    return targets().at(int(platform));
}

QString envNameFor(Platform platform)
{
    return QStringLiteral("CD_TEST_SECRET_") + platformKey(platform).toUpper();
}

// One finished run of the executable.
struct Run
{
    int exitCode = -1; // -1: did not finish
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2\n--- stderr\n%3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(3000)), QString::fromUtf8(err.left(3000)));
    }
};

enum class SecretMode
{
    Env,
    Inline
};

} // namespace

class CliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void usage_data();
    void usage();
    void help_isPrintedOnStdout_data();
    void help_isPrintedOnStdout();

    void accounts_showWhereEachSecretComesFrom_data();
    void accounts_showWhereEachSecretComesFrom();
    void accounts_savedInTheApp_comeFromTheKeyring();
    void accounts_unreadableSettingsFile_isRefusedAndLeftAlone();
    void inlineSecret_forARemoteHost_isRefused();
    void secretEnv_unset_isAUsageError();

    void list_everyCampaignOfTheAccount_data();
    void list_everyCampaignOfTheAccount();
    void list_allAccounts_humanTable();
    void list_statusFilter_normalisedKeyAndRawWord_data();
    void list_statusFilter_normalisedKeyAndRawWord();
    void list_refusedKey_exits4();

    void show_fetchesLive_data();
    void show_fetchesLive();
    void show_missingCampaign_exits4();

    void export_writesAVerifiedBundle_data();
    void export_writesAVerifiedBundle();

    void statusAction_changesTheCampaign_data();
    void statusAction_changesTheCampaign();
    void statusAction_notAllowedInThisStatus_isRefused_data();
    void statusAction_notAllowedInThisStatus_isRefused();

    void delete_deletableCampaign_isDeleted_data();
    void delete_deletableCampaign_isDeleted();
    void delete_blockedStatus_isRefusedWithoutDelete_data();
    void delete_blockedStatus_isRefusedWithoutDelete();
    void delete_nameMismatch_isRefusedWithoutDelete_data();
    void delete_nameMismatch_isRefusedWithoutDelete();
    void delete_protectedCampaign_isRefusedWithoutDelete_data();
    void delete_protectedCampaign_isRefusedWithoutDelete();
    void delete_platformError_exits4_data();
    void delete_platformError_exits4();
    void delete_droppedDeleteAndCheck_outcomeUnknown_exits5_data();
    void delete_droppedDeleteAndCheck_outcomeUnknown_exits5();
    void delete_alreadyGone_exits4();

    void deleteMany_data();
    void deleteMany();
    void deleteMany_countMismatch_deletesNothing();

private:
    void writeAccounts(const QString &path, SecretMode mode,
                       const std::function<void(QJsonObject &)> &edit = {});
    QStringList defaultArguments() const;
    // `secretOverride`: the value every secretEnv variable gets instead of the sandbox key.
    std::unique_ptr<QProcess> start(const QStringList &arguments, bool withDefaults = true,
                                    const QString &secretOverride = {});
    Run finish(QProcess *process);
    Run cli(const QStringList &arguments, bool withDefaults = true,
            const QString &secretOverride = {});
    void checkOutput(const QStringList &arguments, const Run &run);

    QString label(Platform platform) const;
    QString accountId(Platform platform) const;
    QString campaignName(Platform platform, const QString &id);
    int campaignExists(Platform platform, const QString &id); // the admin API's HTTP status
    void setStatus(Platform platform, const QString &id, const QString &status);
    QString statusOf(Platform platform, const QString &id);
    QList<AttemptRecord> attempts();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_accountsPath;
    QString m_auditPath;
    QList<AccountWithSecret> m_accounts;
    QStringList m_forbidden; // every secret in every encoding that must never be printed
    QStringList m_problems;  // found while checking a run's output; reported in cleanup()
};

void CliTest::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(CLI_EXE)), CLI_EXE);
}

void CliTest::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_accountsPath = m_dir->filePath(QStringLiteral("accounts.json"));
    m_auditPath = m_dir->filePath(QStringLiteral("audit.sqlite"));
    QString error;
    m_accounts.clear();
    QVERIFY2(accountsFromJson(m_sandbox->server().accountsJson(), &m_accounts, &error),
             qPrintable(error));
    m_forbidden.clear();
    for (const AccountWithSecret &a : std::as_const(m_accounts)) {
        const QByteArray s = a.secret.toUtf8();
        m_forbidden << a.secret << QString::fromLatin1(s.toBase64())
                    << QString::fromLatin1(s.toBase64(QByteArray::Base64UrlEncoding |
                                                      QByteArray::OmitTrailingEquals))
                    << QString::fromLatin1(QUrl::toPercentEncoding(a.secret));
    }
    m_forbidden << QStringLiteral("Bearer ");
    m_forbidden.removeDuplicates();
    m_problems.clear();
    writeAccounts(m_accountsPath, SecretMode::Env);
}

void CliTest::cleanup()
{
    // Everything the CLI wrote (audit database, exports, settings, journals under the private
    // HOME/XDG folders) is searched too, for every form of a secret and for a signed JWT. The
    // accounts file is the test's own input (inline secrets in some cases), not the CLI's.
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}"));
    QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (path == m_accountsPath)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QString &secret : std::as_const(m_forbidden)) {
            if (secret != QLatin1String("Bearer ") && content.contains(secret.toUtf8()))
                m_problems << QStringLiteral("a form of a secret (%1…) is in %2")
                                  .arg(secret.left(4), QDir(m_dir->path()).relativeFilePath(path));
        }
        if (jwt.match(QString::fromUtf8(content)).hasMatch())
            m_problems << QStringLiteral("a signed JWT is in %1").arg(path);
    }
    QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    m_sandbox.reset();
    m_dir.reset();
}

// --- helpers ---------------------------------------------------------------------------------

void CliTest::writeAccounts(const QString &path, SecretMode mode,
                            const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray array = m_sandbox->server().accountsJson();
    for (QJsonValueRef entry : array) {
        QJsonObject o = entry.toObject();
        Platform platform;
        QVERIFY(platformFromKey(o.value(QStringLiteral("platform")).toString(), &platform));
        if (mode == SecretMode::Env) {
            o.remove(QStringLiteral("secret"));
            o.insert(QStringLiteral("secretEnv"), envNameFor(platform));
        }
        // The sandbox is not rate-limited here; the platforms' real paces would make every run
        // wait for seconds.
        o.insert(QStringLiteral("ratePerMinute"), 100000);
        o.insert(QStringLiteral("transferTimeoutMs"), 10000);
        if (edit)
            edit(o);
        entry = o;
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(array).toJson());
}

QStringList CliTest::defaultArguments() const
{
    return {QStringLiteral("--accounts"), m_accountsPath, QStringLiteral("--audit-db"),
            m_auditPath};
}

std::unique_ptr<QProcess> CliTest::start(const QStringList &arguments, bool withDefaults,
                                         const QString &secretOverride)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing may touch the user's settings, keyring entries or audit log.
    env.insert(QStringLiteral("HOME"), m_dir->path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    for (const AccountWithSecret &a : std::as_const(m_accounts))
        env.insert(envNameFor(a.account.platform),
                   secretOverride.isEmpty() ? a.secret : secretOverride);
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(CLI_EXE),
                   (withDefaults ? defaultArguments() : QStringList()) + arguments);
    return process;
}

Run CliTest::finish(QProcess *process)
{
    Run run;
    // The sandbox lives in this thread: wait with the event loop running, never blocking.
    if (process->state() != QProcess::NotRunning) {
        QSignalSpy finished(process, &QProcess::finished);
        if (!finished.wait(25000)) {
            process->kill();
            process->waitForFinished(2000);
            m_problems << QStringLiteral("the CLI did not finish: %1")
                              .arg(process->arguments().join(QLatin1Char(' ')));
            return run;
        }
    }
    run.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -2;
    run.out = process->readAllStandardOutput();
    run.err = process->readAllStandardError();
    checkOutput(process->arguments(), run);
    return run;
}

Run CliTest::cli(const QStringList &arguments, bool withDefaults, const QString &secretOverride)
{
    auto process = start(arguments, withDefaults, secretOverride);
    return finish(process.get());
}

// What every run must honour: no secret in any encoding, and with --json exactly one JSON
// document on stdout.
void CliTest::checkOutput(const QStringList &arguments, const Run &run)
{
    const QString out = QString::fromUtf8(run.out);
    const QString err = QString::fromUtf8(run.err);
    for (const QString &secret : std::as_const(m_forbidden)) {
        if (out.contains(secret) || err.contains(secret))
            m_problems << QStringLiteral("a secret was printed by: %1")
                              .arg(arguments.join(QLatin1Char(' ')));
    }
    if (arguments.contains(QStringLiteral("--json")) && run.exitCode != 2 && run.exitCode >= 0) {
        QJsonParseError error{};
        QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            m_problems << QStringLiteral("--json printed no single JSON document (%1): %2")
                              .arg(error.errorString(), arguments.join(QLatin1Char(' ')));
    }
}

QString CliTest::label(Platform platform) const
{
    return m_accounts.at(int(platform)).account.label;
}

QString CliTest::accountId(Platform platform) const
{
    return m_accounts.at(int(platform)).account.id;
}

QString CliTest::campaignName(Platform platform, const QString &id)
{
    return m_sandbox
        ->raw("GET", QStringLiteral("/__sandbox/campaigns/%1/%2").arg(platformKey(platform), id))
        .object()
        .value(QStringLiteral("name"))
        .toString();
}

int CliTest::campaignExists(Platform platform, const QString &id)
{
    return m_sandbox
        ->raw("GET", QStringLiteral("/__sandbox/campaigns/%1/%2").arg(platformKey(platform), id))
        .status;
}

void CliTest::setStatus(Platform platform, const QString &id, const QString &status)
{
    const HttpAnswer a = m_sandbox->raw(
        "POST", QStringLiteral("/__sandbox/campaigns/%1/%2").arg(platformKey(platform), id),
        QStringLiteral(R"({"status":"%1","inFlight":0})").arg(status).toUtf8());
    QVERIFY2(a.status == 200, a.body.constData());
}

QString CliTest::statusOf(Platform platform, const QString &id)
{
    return m_sandbox
        ->raw("GET", QStringLiteral("/__sandbox/campaigns/%1/%2").arg(platformKey(platform), id))
        .object()
        .value(QStringLiteral("status"))
        .toString();
}

QList<AttemptRecord> CliTest::attempts()
{
    AuditStore store;
    QString error;
    if (!store.open(m_auditPath, &error)) {
        qWarning("audit log: %s", qPrintable(error));
        return {};
    }
    QList<AttemptRecord> records = store.query(AttemptFilter{});
    store.close();
    return records;
}

// --- usage -----------------------------------------------------------------------------------

void CliTest::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString talkover = QStringLiteral("Talkover Sandbox");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")};
    QTest::newRow("show without id") << QStringList{QStringLiteral("show"), talkover};
    QTest::newRow("list with an argument")
        << QStringList{QStringLiteral("list"), QStringLiteral("extra")};
    QTest::newRow("unknown account")
        << QStringList{QStringLiteral("show"), QStringLiteral("Nobody"), QStringLiteral("1")};
    QTest::newRow("list unknown account") << QStringList{
        QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("Nobody")};
    QTest::newRow("delete without an export choice")
        << QStringList{QStringLiteral("delete"), talkover, QStringLiteral("campaign-uuid-1"),
                       QStringLiteral("--confirm"), QStringLiteral("Sales Campaign")};
    QTest::newRow("delete with both export choices")
        << QStringList{QStringLiteral("delete"),          talkover,
                       QStringLiteral("campaign-uuid-1"), QStringLiteral("--confirm"),
                       QStringLiteral("Sales Campaign"),  QStringLiteral("--no-export"),
                       QStringLiteral("--export-to"),     QStringLiteral("/tmp")};
    QTest::newRow("delete without --confirm")
        << QStringList{QStringLiteral("delete"), talkover, QStringLiteral("campaign-uuid-1"),
                       QStringLiteral("--no-export")};
    QTest::newRow("delete-many without --from")
        << QStringList{QStringLiteral("delete-many"), QStringLiteral("--confirm-count"),
                       QStringLiteral("1"), QStringLiteral("--no-export")};
    QTest::newRow("delete-many with a missing file")
        << QStringList{QStringLiteral("delete-many"),
                       QStringLiteral("--from"),
                       QStringLiteral("/nonexistent/file.json"),
                       QStringLiteral("--confirm-count"),
                       QStringLiteral("1"),
                       QStringLiteral("--no-export")};
    QTest::newRow("export without --to")
        << QStringList{QStringLiteral("export"), talkover, QStringLiteral("campaign-uuid-1")};
    QTest::newRow("archive where the platform has none")
        << QStringList{QStringLiteral("archive"), talkover, QStringLiteral("campaign-uuid-1")};
    QTest::newRow("kakiyo has no stop") << QStringList{
        QStringLiteral("stop"), QStringLiteral("Kakiyo Sandbox"), QStringLiteral("campaign_123")};
}

void CliTest::usage()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(!run.err.trimmed().isEmpty(), qPrintable(run.describe()));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
    // A usage error never reaches a platform.
    QCOMPARE(m_sandbox->requestLog().size(), 0);
}

void CliTest::help_isPrintedOnStdout_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                            << QStringLiteral("delete-many");
    QTest::newRow("delete --help")
        << QStringList{QStringLiteral("delete"), QStringLiteral("--help")}
        << QStringLiteral("--confirm");
    QTest::newRow("help list") << QStringList{QStringLiteral("help"), QStringLiteral("list")}
                               << QStringLiteral("--status");
    QTest::newRow("delete-many --help")
        << QStringList{QStringLiteral("delete-many"), QStringLiteral("--help")}
        << QStringLiteral("--confirm-count");
}

void CliTest::help_isPrintedOnStdout()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = cli(arguments, false);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(QString::fromUtf8(run.out).contains(mentions), qPrintable(run.describe()));
}

// --- accounts --------------------------------------------------------------------------------

void CliTest::accounts_showWhereEachSecretComesFrom_data()
{
    QTest::addColumn<bool>("inlineSecrets");
    QTest::newRow("secretEnv") << false;
    QTest::newRow("inline (sandbox)") << true;
}

void CliTest::accounts_showWhereEachSecretComesFrom()
{
    QFETCH(bool, inlineSecrets);
    writeAccounts(m_accountsPath, inlineSecrets ? SecretMode::Inline : SecretMode::Env);
    const Run run = cli({QStringLiteral("accounts"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray array = run.json().array();
    QCOMPARE(array.size(), PlatformCount);
    for (const QJsonValue v : array) {
        const QJsonObject o = v.toObject();
        Platform platform;
        QVERIFY(platformFromKey(o.value(QStringLiteral("platform")).toString(), &platform));
        QCOMPARE(o.value(QStringLiteral("label")).toString(), label(platform));
        QCOMPARE(o.value(QStringLiteral("secretSource")).toString(),
                 inlineSecrets ? QStringLiteral("inline (sandbox)")
                               : QStringLiteral("env:") + envNameFor(platform));
        QCOMPARE(o.value(QStringLiteral("sandbox")).toBool(), inlineSecrets);
        QVERIFY(o.value(QStringLiteral("baseUrl")).toString().startsWith(m_sandbox->origin()));
        QVERIFY(!o.contains(QStringLiteral("secret")));
    }
    const Run table = cli({QStringLiteral("accounts")});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    const QStringList lines =
        QString::fromUtf8(table.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), PlatformCount + 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("LABEL")));
    // Aligned: the platform column starts at the same place on every line.
    const qsizetype column = lines.first().indexOf(QStringLiteral("PLATFORM"));
    for (qsizetype i = 1; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).at(column - 1) == QLatin1Char(' ') &&
                     lines.at(i).at(column) != QLatin1Char(' '),
                 qPrintable(lines.at(i)));
}

void CliTest::accounts_savedInTheApp_comeFromTheKeyring()
{
    // The app's QSettings location under the test's XDG_CONFIG_HOME.
    const QString path = m_dir->filePath(QStringLiteral("config/CampaignDesk/campaign-desk.conf"));
    {
        QSettings settings(path, QSettings::IniFormat);
        MemorySecretStore secrets;
        AccountStore store(&settings, &secrets);
        Account account;
        account.id = QStringLiteral("saved-1");
        account.platform = Platform::Smartlead;
        account.label = QStringLiteral("Agency account");
        account.baseUrl = QUrl(QStringLiteral("https://server.smartlead.ai/api/v1"));
        QStringList problems;
        QVERIFY2(store.save(account, &problems), qPrintable(problems.join(QLatin1Char(' '))));
        settings.sync();
    }
    const Run run = cli({QStringLiteral("accounts"), QStringLiteral("--json")}, false);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray array = run.json().array();
    QCOMPARE(array.size(), 1);
    const QJsonObject o = array.first().toObject();
    QCOMPARE(o.value(QStringLiteral("label")).toString(), QStringLiteral("Agency account"));
    QCOMPARE(o.value(QStringLiteral("platform")).toString(), QStringLiteral("smartlead"));
    QCOMPARE(o.value(QStringLiteral("secretSource")).toString(), QStringLiteral("keyring"));
    QCOMPARE(o.value(QStringLiteral("sandbox")).toBool(), false);
}

void CliTest::accounts_unreadableSettingsFile_isRefusedAndLeftAlone()
{
    const QString path = m_dir->filePath(QStringLiteral("config/CampaignDesk/campaign-desk.conf"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const QByteArray broken("[accounts]\nsaved-1\\label=Agency\n[broken\n[more]\nx=1\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(broken);
    }
    const Run run = cli({QStringLiteral("accounts"), QStringLiteral("--json")}, false);
    QVERIFY2(run.exitCode != 0, qPrintable(run.describe()));
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("could not be read")),
             qPrintable(run.describe()));
    QVERIFY(run.out.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);
}

void CliTest::inlineSecret_forARemoteHost_isRefused()
{
    writeAccounts(m_accountsPath, SecretMode::Inline, [](QJsonObject &o) {
        if (o.value(QStringLiteral("platform")).toString() == QLatin1String("smartlead"))
            o.insert(QStringLiteral("baseUrl"),
                     QStringLiteral("https://server.smartlead.ai/api/v1"));
    });
    const Run run = cli({QStringLiteral("accounts")});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(QStringLiteral("Smartlead Sandbox")) &&
                 err.contains(QStringLiteral("inline")) &&
                 err.contains(QStringLiteral("secretEnv")) &&
                 err.contains(QStringLiteral("server.smartlead.ai")),
             qPrintable(err));
    QVERIFY(run.out.isEmpty());

    // The same key from the environment is fine for that host.
    writeAccounts(m_accountsPath, SecretMode::Env, [](QJsonObject &o) {
        if (o.value(QStringLiteral("platform")).toString() == QLatin1String("smartlead"))
            o.insert(QStringLiteral("baseUrl"),
                     QStringLiteral("https://server.smartlead.ai/api/v1"));
    });
    const Run fromEnv = cli({QStringLiteral("accounts")});
    QVERIFY2(fromEnv.exitCode == 0, qPrintable(fromEnv.describe()));
}

void CliTest::secretEnv_unset_isAUsageError()
{
    writeAccounts(m_accountsPath, SecretMode::Env, [](QJsonObject &o) {
        o.insert(QStringLiteral("secretEnv"), QStringLiteral("CD_TEST_NOT_SET_ANYWHERE"));
    });
    const Run run = cli({QStringLiteral("list")});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY(QString::fromUtf8(run.err).contains(QStringLiteral("CD_TEST_NOT_SET_ANYWHERE")));
    QCOMPARE(m_sandbox->requestLog().size(), 0);
}

// --- list ------------------------------------------------------------------------------------

void CliTest::list_everyCampaignOfTheAccount_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<bool>("inlineSecret");
    for (Platform p : allPlatforms()) {
        QTest::addRow("%s, secretEnv", qPrintable(platformKey(p))) << p << false;
        QTest::addRow("%s, inline", qPrintable(platformKey(p))) << p << true;
    }
}

void CliTest::list_everyCampaignOfTheAccount()
{
    QFETCH(Platform, platform);
    QFETCH(bool, inlineSecret);
    writeAccounts(m_accountsPath, inlineSecret ? SecretMode::Inline : SecretMode::Env);
    const int count =
        m_sandbox->raw("GET", QStringLiteral("/__sandbox/campaigns/") + platformKey(platform))
            .object()
            .value(QStringLiteral("count"))
            .toInt();
    QVERIFY(count > 0);
    const Run run = cli({QStringLiteral("list"), QStringLiteral("--account"), label(platform),
                         QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonArray array = run.json().array();
    QCOMPARE(array.size(), count);
    QSet<QString> ids;
    for (const QJsonValue v : array) {
        const QJsonObject o = v.toObject();
        for (const char *key : {"account", "platform", "id", "name", "status", "rawStatus", "type",
                                "created", "updated", "count"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("account")).toString(), label(platform));
        QCOMPARE(o.value(QStringLiteral("platform")).toString(), platformKey(platform));
        ids.insert(o.value(QStringLiteral("id")).toString());
    }
    QCOMPARE(ids.size(), count);
    QVERIFY(ids.contains(targetFor(platform).deletableId));
}

void CliTest::list_allAccounts_humanTable()
{
    const Run run = cli({QStringLiteral("list")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int total = 0;
    for (Platform p : allPlatforms())
        total += m_sandbox->raw("GET", QStringLiteral("/__sandbox/campaigns/") + platformKey(p))
                     .object()
                     .value(QStringLiteral("count"))
                     .toInt();
    QCOMPARE(lines.size(), total + 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("ACCOUNT")));
    for (Platform p : allPlatforms()) {
        const QString name = campaignName(p, targetFor(p).deletableId);
        QVERIFY2(std::any_of(
                     lines.cbegin(), lines.cend(),
                     [&](const QString &l) { return l.startsWith(label(p)) && l.contains(name); }),
                 qPrintable(name));
    }
    // The data is on stdout; stderr carries only the summary.
    QVERIFY2(QString::fromUtf8(run.err).contains(QString::number(total)), run.err.constData());
}

void CliTest::list_statusFilter_normalisedKeyAndRawWord_data()
{
    QTest::addColumn<Platform>("platform");
    for (Platform p : allPlatforms())
        QTest::addRow("%s", qPrintable(platformKey(p))) << p;
}

void CliTest::list_statusFilter_normalisedKeyAndRawWord()
{
    QFETCH(Platform, platform);
    const QString l = label(platform);
    const QJsonArray all =
        cli({QStringLiteral("list"), QStringLiteral("--account"), l, QStringLiteral("--json")})
            .json()
            .array();
    QVERIFY(!all.isEmpty());
    // The paused word of the platform, set on a campaign so that both filters have a match.
    setStatus(platform, targetFor(platform).deletableId, targetFor(platform).pausedStatus);
    const QString key =
        platform == Platform::KoreAi ? QStringLiteral("stopped") : QStringLiteral("paused");
    const QString raw = targetFor(platform).pausedStatus;
    const QJsonArray refreshed =
        cli({QStringLiteral("list"), QStringLiteral("--account"), l, QStringLiteral("--json")})
            .json()
            .array();

    // By the normalised key.
    const Run byKey = cli({QStringLiteral("list"), QStringLiteral("--account"), l,
                           QStringLiteral("--status"), key, QStringLiteral("--json")});
    QVERIFY2(byKey.exitCode == 0, qPrintable(byKey.describe()));
    int expected = 0;
    for (const QJsonValue v : refreshed)
        expected += v.toObject().value(QStringLiteral("status")).toString() == key ? 1 : 0;
    QVERIFY(expected > 0);
    QCOMPARE(byKey.json().array().size(), expected);
    for (const QJsonValue v : byKey.json().array())
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), key);

    // By the platform's own word, in another case.
    const Run byRaw =
        cli({QStringLiteral("list"), QStringLiteral("--account"), l, QStringLiteral("--status"),
             raw.toUpper() == raw ? raw.toLower() : raw.toUpper(), QStringLiteral("--json")});
    QVERIFY2(byRaw.exitCode == 0, qPrintable(byRaw.describe()));
    QVERIFY(!byRaw.json().array().isEmpty());
    for (const QJsonValue v : byRaw.json().array())
        QCOMPARE(v.toObject().value(QStringLiteral("rawStatus")).toString().toLower(),
                 raw.toLower());
    QVERIFY(std::any_of(byRaw.json().array().cbegin(), byRaw.json().array().cend(),
                        [&](const QJsonValue &v) {
                            return v.toObject().value(QStringLiteral("id")).toString() ==
                                   targetFor(platform).deletableId;
                        }));

    // Several at once, comma-separated: the union.
    const Run both =
        cli({QStringLiteral("list"), QStringLiteral("--account"), l, QStringLiteral("--status"),
             key + QStringLiteral(",no-such-status"), QStringLiteral("--json")});
    QCOMPARE(both.json().array().size(), expected);
}

void CliTest::list_refusedKey_exits4()
{
    const QString wrong = QStringLiteral("bk_wrong_key_0000");
    m_forbidden << wrong;
    const Run run = cli({QStringLiteral("list"), QStringLiteral("--json")}, true, wrong);
    QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
    const QString err = QString::fromUtf8(run.err);
    for (Platform p : allPlatforms())
        QVERIFY2(err.contains(label(p)), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("was refused")), qPrintable(err));
    QCOMPARE(run.json().array().size(), 0);
}

// --- show ------------------------------------------------------------------------------------

void CliTest::show_fetchesLive_data()
{
    QTest::addColumn<Platform>("platform");
    for (Platform p : allPlatforms())
        QTest::addRow("%s", qPrintable(platformKey(p))) << p;
}

void CliTest::show_fetchesLive()
{
    QFETCH(Platform, platform);
    const Target &t = targetFor(platform);
    // Changed on the platform just now: show must not answer from anything cached.
    setStatus(platform, t.deletableId, t.blockingStatus);
    const Run run =
        cli({QStringLiteral("show"), label(platform), t.deletableId, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = run.json().object();
    QCOMPARE(o.value(QStringLiteral("id")).toString(), t.deletableId);
    QCOMPARE(o.value(QStringLiteral("name")).toString(), campaignName(platform, t.deletableId));
    QCOMPARE(o.value(QStringLiteral("rawStatus")).toString(), t.blockingStatus);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("running"));
    QCOMPARE(o.value(QStringLiteral("protected")).toBool(true), false);
    QCOMPARE(
        o.value(QStringLiteral("delete")).toObject().value(QStringLiteral("allowed")).toBool(true),
        false);
    QVERIFY(!o.value(QStringLiteral("raw")).toObject().isEmpty());

    const Run human = cli({QStringLiteral("show"), label(platform), t.deletableId});
    QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
    QVERIFY(QString::fromUtf8(human.out).contains(campaignName(platform, t.deletableId)));
    QVERIFY(QString::fromUtf8(human.out).contains(QStringLiteral("blocked")));
}

void CliTest::show_missingCampaign_exits4()
{
    const Run run = cli({QStringLiteral("show"), label(Platform::Smartlead),
                         QStringLiteral("999999"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
    QVERIFY(QString::fromUtf8(run.err).contains(QStringLiteral("not found")));
    QCOMPARE(run.json().object().value(QStringLiteral("exitCode")).toInt(), 4);
    QVERIFY(run.json()
                .object()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QStringLiteral("not found")));
}

// --- export ----------------------------------------------------------------------------------

void CliTest::export_writesAVerifiedBundle_data()
{
    QTest::addColumn<Platform>("platform");
    for (Platform p : allPlatforms())
        QTest::addRow("%s", qPrintable(platformKey(p))) << p;
}

void CliTest::export_writesAVerifiedBundle()
{
    QFETCH(Platform, platform);
    const Target &t = targetFor(platform);
    const QString root = m_dir->filePath(QStringLiteral("exports"));
    const Run run = cli({QStringLiteral("export"), label(platform), t.deletableId,
                         QStringLiteral("--to"), root, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QString path = run.json().object().value(QStringLiteral("exportPath")).toString();
    QVERIFY2(path.startsWith(QDir(root).absolutePath()), qPrintable(path));
    const VerifyResult verified = verifyBundle(path);
    QVERIFY2(verified.ok, qPrintable(verified.problems.join(QLatin1Char('\n'))));
    QVERIFY(QFile::exists(path + QStringLiteral("/campaign.json")));
    QCOMPARE(campaignExists(platform, t.deletableId), 200);
    QCOMPARE(m_sandbox->countRequests("DELETE"), 0);
    const QList<AttemptRecord> log = attempts();
    QVERIFY(std::any_of(log.cbegin(), log.cend(), [&](const AttemptRecord &r) {
        return r.action == AuditAction::Export && r.outcome == AuditOutcome::Ok && r.completed &&
               r.exportPath == path;
    }));

    // Human mode: the bundle's path alone on stdout, for scripts.
    const Run human = cli(
        {QStringLiteral("export"), label(platform), t.deletableId, QStringLiteral("--to"), root});
    QVERIFY2(human.exitCode == 0, qPrintable(human.describe()));
    QVERIFY(verifyBundle(QString::fromUtf8(human.out.trimmed())).ok);
}

// --- status actions --------------------------------------------------------------------------

void CliTest::statusAction_changesTheCampaign_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("expectedKey");
    QTest::newRow("talkover pause") << Platform::Talkover << QStringLiteral("pause")
                                    << QStringLiteral("active") << QStringLiteral("paused");
    QTest::newRow("talkover resume") << Platform::Talkover << QStringLiteral("resume")
                                     << QStringLiteral("paused") << QStringLiteral("running");
    QTest::newRow("talkover stop") << Platform::Talkover << QStringLiteral("stop")
                                   << QStringLiteral("paused") << QStringLiteral("cancelled");
    QTest::newRow("burki pause") << Platform::Burki << QStringLiteral("pause")
                                 << QStringLiteral("running") << QStringLiteral("paused");
    QTest::newRow("burki resume") << Platform::Burki << QStringLiteral("resume")
                                  << QStringLiteral("paused") << QStringLiteral("running");
    QTest::newRow("kakiyo pause") << Platform::Kakiyo << QStringLiteral("pause")
                                  << QStringLiteral("active") << QStringLiteral("paused");
    QTest::newRow("kakiyo resume") << Platform::Kakiyo << QStringLiteral("resume")
                                   << QStringLiteral("paused") << QStringLiteral("running");
    QTest::newRow("koreai stop") << Platform::KoreAi << QStringLiteral("stop")
                                 << QStringLiteral("Active") << QStringLiteral("stopped");
    QTest::newRow("smartlead pause") << Platform::Smartlead << QStringLiteral("pause")
                                     << QStringLiteral("ACTIVE") << QStringLiteral("paused");
    QTest::newRow("smartlead resume") << Platform::Smartlead << QStringLiteral("resume")
                                      << QStringLiteral("PAUSED") << QStringLiteral("running");
    QTest::newRow("smartlead archive") << Platform::Smartlead << QStringLiteral("archive")
                                       << QStringLiteral("PAUSED") << QStringLiteral("archived");
}

void CliTest::statusAction_changesTheCampaign()
{
    QFETCH(Platform, platform);
    QFETCH(QString, command);
    QFETCH(QString, from);
    QFETCH(QString, expectedKey);
    const Target &t = targetFor(platform);
    setStatus(platform, t.deletableId, from);
    const Run run = cli({command, label(platform), t.deletableId, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = run.json().object();
    QCOMPARE(o.value(QStringLiteral("action")).toString(), command);
    QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 0);
    QVERIFY(statusOf(platform, t.deletableId) != from);
    const Run shown =
        cli({QStringLiteral("show"), label(platform), t.deletableId, QStringLiteral("--json")});
    QCOMPARE(shown.json().object().value(QStringLiteral("status")).toString(), expectedKey);
    QCOMPARE(m_sandbox->countRequests("DELETE"), 0);
    const QList<AttemptRecord> log = attempts();
    QVERIFY(std::any_of(log.cbegin(), log.cend(), [&](const AttemptRecord &r) {
        return auditActionKey(r.action) == command && r.outcome == AuditOutcome::Ok &&
               r.statusBefore == from && r.campaignId == t.deletableId;
    }));
}

void CliTest::statusAction_notAllowedInThisStatus_isRefused_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("status");
    QTest::newRow("talkover pause paused")
        << Platform::Talkover << QStringLiteral("pause") << QStringLiteral("paused");
    QTest::newRow("burki resume running")
        << Platform::Burki << QStringLiteral("resume") << QStringLiteral("running");
    QTest::newRow("kakiyo pause paused")
        << Platform::Kakiyo << QStringLiteral("pause") << QStringLiteral("paused");
    QTest::newRow("koreai stop stopped")
        << Platform::KoreAi << QStringLiteral("stop") << QStringLiteral("Stopped");
    QTest::newRow("smartlead resume stopped")
        << Platform::Smartlead << QStringLiteral("resume") << QStringLiteral("STOPPED");
}

void CliTest::statusAction_notAllowedInThisStatus_isRefused()
{
    QFETCH(Platform, platform);
    QFETCH(QString, command);
    QFETCH(QString, status);
    const Target &t = targetFor(platform);
    setStatus(platform, t.deletableId, status);
    m_sandbox->raw("DELETE", QStringLiteral("/__sandbox/requests"));
    const Run run = cli({command, label(platform), t.deletableId});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QCOMPARE(statusOf(platform, t.deletableId), status);
    // Refused before the audit log's "begin": nothing was attempted, so nothing was sent.
    const QList<AttemptRecord> log = attempts();
    QVERIFY(std::none_of(log.cbegin(), log.cend(), [&](const AttemptRecord &r) {
        return auditActionKey(r.action) == command;
    }));
    const QString why = QString::fromUtf8(run.err);
    QVERIFY2(why.contains(QStringLiteral("refused")), qPrintable(why));
}

// --- delete ----------------------------------------------------------------------------------

void CliTest::delete_deletableCampaign_isDeleted_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<bool>("exportFirst");
    for (Platform p : allPlatforms()) {
        QTest::addRow("%s, --export-to", qPrintable(platformKey(p))) << p << true;
        QTest::addRow("%s, --no-export", qPrintable(platformKey(p))) << p << false;
    }
}

void CliTest::delete_deletableCampaign_isDeleted()
{
    QFETCH(Platform, platform);
    QFETCH(bool, exportFirst);
    const Target &t = targetFor(platform);
    const QString name = campaignName(platform, t.deletableId);
    const QString root = m_dir->filePath(QStringLiteral("exports"));
    QStringList arguments{
        QStringLiteral("delete"), label(platform), t.deletableId, QStringLiteral("--confirm"), name,
        QStringLiteral("--json")};
    arguments << (exportFirst ? QStringList{QStringLiteral("--export-to"), root}
                              : QStringList{QStringLiteral("--no-export")});
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
    const QJsonObject o = run.json().object();
    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("deleted"));
    QCOMPARE(o.value(QStringLiteral("name")).toString(), name);
    QCOMPARE(campaignExists(platform, t.deletableId), 404);
    QCOMPARE(m_sandbox->countRequests("DELETE"), 1);
    const QString path = o.value(QStringLiteral("exportPath")).toString();
    if (exportFirst) {
        const VerifyResult verified = verifyBundle(path);
        QVERIFY2(verified.ok, qPrintable(verified.problems.join(QLatin1Char('\n')) + path));
    } else {
        QVERIFY(path.isEmpty());
    }
    const QList<AttemptRecord> log = attempts();
    QVERIFY(std::any_of(log.cbegin(), log.cend(), [&](const AttemptRecord &r) {
        return r.action == AuditAction::Delete && r.outcome == AuditOutcome::Ok && r.completed &&
               r.campaignId == t.deletableId && r.exportSkipped == !exportFirst &&
               r.accountLabel == label(platform) && r.sandbox == false;
    }));
}

void CliTest::delete_blockedStatus_isRefusedWithoutDelete_data()
{
    QTest::addColumn<Platform>("platform");
    for (Platform p : allPlatforms())
        QTest::addRow("%s", qPrintable(platformKey(p))) << p;
}

void CliTest::delete_blockedStatus_isRefusedWithoutDelete()
{
    QFETCH(Platform, platform);
    const Target &t = targetFor(platform);
    setStatus(platform, t.deletableId, t.blockingStatus);
    const QString name = campaignName(platform, t.deletableId);
    const Run run = cli({QStringLiteral("delete"), label(platform), t.deletableId,
                         QStringLiteral("--confirm"), name, QStringLiteral("--export-to"),
                         m_dir->filePath(QStringLiteral("exports")), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QCOMPARE(run.json().object().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("refused"));
    QCOMPARE(m_sandbox->countRequests("DELETE"), 0);
    QCOMPARE(campaignExists(platform, t.deletableId), 200);
    // Nothing was exported for a delete that cannot happen.
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("exports")))
                .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                .isEmpty());
    // The way out is named.
    QVERIFY2(run.json()
                 .object()
                 .value(QStringLiteral("message"))
                 .toString()
                 .contains(QStringLiteral("campaign-desk-cli")),
             run.out.constData());
}

void CliTest::delete_nameMismatch_isRefusedWithoutDelete_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("how");
    for (Platform p : allPlatforms()) {
        QTest::addRow("%s, other name", qPrintable(platformKey(p))) << p << QStringLiteral("other");
        QTest::addRow("%s, partial", qPrintable(platformKey(p))) << p << QStringLiteral("partial");
    }
    QTest::newRow("talkover, other case") << Platform::Talkover << QStringLiteral("case");
    QTest::newRow("smartlead, the id") << Platform::Smartlead << QStringLiteral("id");
}

void CliTest::delete_nameMismatch_isRefusedWithoutDelete()
{
    QFETCH(Platform, platform);
    QFETCH(QString, how);
    const Target &t = targetFor(platform);
    const QString name = campaignName(platform, t.deletableId);
    const QString typed = how == QLatin1String("other")     ? QStringLiteral("Some other campaign")
                          : how == QLatin1String("partial") ? name.left(name.size() - 1)
                          : how == QLatin1String("case")    ? name.toUpper()
                                                            : t.deletableId;
    QVERIFY(typed != name);
    const Run run = cli({QStringLiteral("delete"), label(platform), t.deletableId,
                         QStringLiteral("--confirm"), typed, QStringLiteral("--no-export")});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY2(QString::fromUtf8(run.err).contains(QStringLiteral("mismatch")), run.err.constData());
    QCOMPARE(m_sandbox->countRequests("DELETE"), 0);
    QCOMPARE(campaignExists(platform, t.deletableId), 200);
}

void CliTest::delete_protectedCampaign_isRefusedWithoutDelete_data()
{
    QTest::addColumn<Platform>("platform");
    for (Platform p : allPlatforms())
        QTest::addRow("%s", qPrintable(platformKey(p))) << p;
}

void CliTest::delete_protectedCampaign_isRefusedWithoutDelete()
{
    QFETCH(Platform, platform);
    const Target &t = targetFor(platform);
    const QString name = campaignName(platform, t.deletableId);
    {
        AuditStore store;
        QString error;
        QVERIFY2(store.open(m_auditPath, &error), qPrintable(error));
        QVERIFY(store.setProtected(accountId(platform), t.deletableId, name, true));
        store.close();
    }
    const Run run =
        cli({QStringLiteral("delete"), label(platform), t.deletableId, QStringLiteral("--confirm"),
             name, QStringLiteral("--no-export"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QVERIFY(run.json()
                .object()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("protected")));
    QCOMPARE(m_sandbox->countRequests("DELETE"), 0);
    QCOMPARE(campaignExists(platform, t.deletableId), 200);
    const Run shown =
        cli({QStringLiteral("show"), label(platform), t.deletableId, QStringLiteral("--json")});
    QCOMPARE(shown.json().object().value(QStringLiteral("protected")).toBool(), true);
}

void CliTest::delete_platformError_exits4_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QJsonObject>("fault");
    const auto f = [](const char *json) {
        return QJsonDocument::fromJson(json).object();
    };
    QTest::newRow("talkover 500") << Platform::Talkover << f(R"({"kind":"status","status":500})");
    QTest::newRow("burki 500") << Platform::Burki << f(R"({"kind":"status","status":500})");
    QTest::newRow("kakiyo success-false") << Platform::Kakiyo << f(R"({"kind":"success-false"})");
    QTest::newRow("koreai 500") << Platform::KoreAi << f(R"({"kind":"status","status":500})");
    QTest::newRow("smartlead success-false")
        << Platform::Smartlead << f(R"({"kind":"success-false"})");
    QTest::newRow("smartlead 401")
        << Platform::Smartlead
        << f(R"({"kind":"status","status":401,"body":{"message":"Unauthorized"}})");
}

void CliTest::delete_platformError_exits4()
{
    QFETCH(Platform, platform);
    QFETCH(QJsonObject, fault);
    const Target &t = targetFor(platform);
    fault.insert(QStringLiteral("platform"), platformKey(platform));
    fault.insert(QStringLiteral("method"), QStringLiteral("DELETE"));
    fault.insert(QStringLiteral("count"), 5);
    m_sandbox->addFault(fault);
    const Run run = cli({QStringLiteral("delete"), label(platform), t.deletableId,
                         QStringLiteral("--confirm"), campaignName(platform, t.deletableId),
                         QStringLiteral("--no-export"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
    QCOMPARE(run.json().object().value(QStringLiteral("exitCode")).toInt(), 4);
    QCOMPARE(campaignExists(platform, t.deletableId), 200);
    QCOMPARE(m_sandbox->countRequests("DELETE"), 1); // never retried blindly
    const QList<AttemptRecord> log = attempts();
    for (const AttemptRecord &r : log)
        QVERIFY(r.completed);
}

void CliTest::delete_droppedDeleteAndCheck_outcomeUnknown_exits5_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("check"); // how the follow-up fetch fails
    for (Platform p : allPlatforms())
        QTest::addRow("%s", qPrintable(platformKey(p))) << p << QStringLiteral("status");
    // The literal case: the follow-up GET's connection drops too (it is retried with backoff,
    // so one platform is enough to keep the test fast).
    QTest::newRow("burki, check dropped too") << Platform::Burki << QStringLiteral("drop");
}

void CliTest::delete_droppedDeleteAndCheck_outcomeUnknown_exits5()
{
    QFETCH(Platform, platform);
    QFETCH(QString, check);
    const Target &t = targetFor(platform);
    const QString key = platformKey(platform);
    // The DELETE's connection drops (Qt re-sends it, so count is large), answered late enough
    // for this test to arm the follow-up fault between the DELETE and the check.
    m_sandbox->addFault(QJsonObject{{QStringLiteral("platform"), key},
                                    {QStringLiteral("method"), QStringLiteral("DELETE")},
                                    {QStringLiteral("kind"), QStringLiteral("drop")},
                                    {QStringLiteral("latencyMs"), 300},
                                    {QStringLiteral("count"), 50}});
    auto process = start({QStringLiteral("delete"), label(platform), t.deletableId,
                          QStringLiteral("--confirm"), campaignName(platform, t.deletableId),
                          QStringLiteral("--no-export"), QStringLiteral("--json")});
    auto deleteArrived = [this] {
        const QJsonArray faults =
            m_sandbox->raw("GET", QStringLiteral("/__sandbox/faults")).array();
        return faults.isEmpty() ||
               faults.first().toObject().value(QStringLiteral("count")).toInt() < 50;
    };
    QTRY_VERIFY_WITH_TIMEOUT(deleteArrived(), 15000);
    QJsonObject followUp{{QStringLiteral("platform"), key},
                         {QStringLiteral("method"), QStringLiteral("GET")},
                         {QStringLiteral("count"), 50}};
    if (check == QLatin1String("drop")) {
        followUp.insert(QStringLiteral("kind"), QStringLiteral("drop"));
    } else {
        followUp.insert(QStringLiteral("kind"), QStringLiteral("status"));
        followUp.insert(QStringLiteral("status"), 500);
    }
    m_sandbox->addFault(followUp);
    const Run run = finish(process.get());
    QVERIFY2(run.exitCode == 5, qPrintable(run.describe()));
    QCOMPARE(run.json().object().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("unknown"));
    m_sandbox->raw("DELETE", QStringLiteral("/__sandbox/faults"));
    QCOMPARE(campaignExists(platform, t.deletableId), 200);
    const QList<AttemptRecord> log = attempts();
    QVERIFY(std::any_of(log.cbegin(), log.cend(), [&](const AttemptRecord &r) {
        return r.action == AuditAction::Delete && r.completed && r.outcome == AuditOutcome::Unknown;
    }));
}

void CliTest::delete_alreadyGone_exits4()
{
    const Run run = cli({QStringLiteral("delete"), label(Platform::Burki), QStringLiteral("987654"),
                         QStringLiteral("--confirm"), QStringLiteral("Anything"),
                         QStringLiteral("--no-export"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
    QCOMPARE(run.json().object().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("already-gone"));
    QCOMPARE(m_sandbox->countRequests("DELETE"), 0);
}

// --- delete-many -----------------------------------------------------------------------------

void CliTest::deleteMany_data()
{
    QTest::addColumn<bool>("jsonLines");
    QTest::addColumn<QString>("twist"); // what is wrong with one of the campaigns
    QTest::addColumn<int>("exitCode");
    QTest::newRow("all deletable, array") << false << QString() << 0;
    QTest::newRow("all deletable, JSON lines") << true << QString() << 0;
    QTest::newRow("one blocked") << true << QStringLiteral("blocked") << 3;
    QTest::newRow("one protected") << false << QStringLiteral("protected") << 3;
    QTest::newRow("one with a wrong name") << false << QStringLiteral("name") << 3;
    QTest::newRow("one blocked, one platform error") << false << QStringLiteral("blocked+500") << 4;
}

void CliTest::deleteMany()
{
    QFETCH(bool, jsonLines);
    QFETCH(QString, twist);
    QFETCH(int, exitCode);
    // Kakiyo is the odd one out where there is one.
    const Platform odd = Platform::Kakiyo;
    QJsonArray entries;
    for (Platform p : allPlatforms()) {
        const Target &t = targetFor(p);
        QJsonObject entry{{QStringLiteral("account"), label(p)},
                          {QStringLiteral("id"), t.deletableId}};
        if (p == odd && twist == QLatin1String("name"))
            entry.insert(QStringLiteral("name"), QStringLiteral("Not its name"));
        if (p == Platform::Talkover)
            entry.insert(QStringLiteral("name"), campaignName(p, t.deletableId));
        entries.append(entry);
    }
    if (twist.startsWith(QLatin1String("blocked")))
        setStatus(odd, targetFor(odd).deletableId, targetFor(odd).blockingStatus);
    if (twist == QLatin1String("protected")) {
        AuditStore store;
        QVERIFY(store.open(m_auditPath));
        QVERIFY(store.setProtected(accountId(odd), targetFor(odd).deletableId, QString(), true));
        store.close();
    }
    if (twist.endsWith(QLatin1String("+500")))
        m_sandbox->addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("burki")},
                                        {QStringLiteral("method"), QStringLiteral("DELETE")},
                                        {QStringLiteral("kind"), QStringLiteral("status")},
                                        {QStringLiteral("status"), 500}});
    const QString file = m_dir->filePath(QStringLiteral("campaigns.json"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (jsonLines) {
            for (const QJsonValue v : std::as_const(entries))
                f.write(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact) + "\n\n");
        } else {
            f.write(QJsonDocument(entries).toJson());
        }
    }
    const QString root = m_dir->filePath(QStringLiteral("exports"));
    const Run run = cli({QStringLiteral("delete-many"), QStringLiteral("--from"), file,
                         QStringLiteral("--confirm-count"), QString::number(entries.size()),
                         QStringLiteral("--export-to"), root, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    const QJsonObject o = run.json().object();
    QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), exitCode);
    const QJsonArray results = o.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), entries.size());
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        const Platform p = allPlatforms().at(i);
        const bool isOdd = p == odd && !twist.isEmpty();
        const bool failed = twist.endsWith(QLatin1String("+500")) && p == Platform::Burki;
        QCOMPARE(r.value(QStringLiteral("account")).toString(), label(p));
        QCOMPARE(r.value(QStringLiteral("id")).toString(), targetFor(p).deletableId);
        QCOMPARE(r.value(QStringLiteral("exitCode")).toInt(), isOdd ? 3 : failed ? 4 : 0);
        QCOMPARE(campaignExists(p, targetFor(p).deletableId), isOdd || failed ? 200 : 404);
        if (!isOdd && !failed)
            QVERIFY(verifyBundle(r.value(QStringLiteral("exportPath")).toString()).ok);
    }
    // The refused one never saw a DELETE.
    QCOMPARE(m_sandbox->countRequests("DELETE", targetFor(odd).deletableId),
             twist.isEmpty() ? 1 : 0);
}

void CliTest::deleteMany_countMismatch_deletesNothing()
{
    const QString file = m_dir->filePath(QStringLiteral("campaigns.jsonl"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (Platform p : {Platform::Talkover, Platform::Burki}) {
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("account"), label(p)},
                                              {QStringLiteral("id"), targetFor(p).deletableId}})
                        .toJson(QJsonDocument::Compact) +
                    "\n");
        }
    }
    const Run run = cli({QStringLiteral("delete-many"), QStringLiteral("--from"), file,
                         QStringLiteral("--confirm-count"), QStringLiteral("3"),
                         QStringLiteral("--no-export")});
    QVERIFY2(run.exitCode == 3, qPrintable(run.describe()));
    QCOMPARE(m_sandbox->requestLog().size(), 0);
    QCOMPARE(campaignExists(Platform::Talkover, targetFor(Platform::Talkover).deletableId), 200);
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
