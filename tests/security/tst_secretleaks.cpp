// Secrets never leave memory: full listings (and failing ones), an export and a delete run
// with distinctive keys, then every log line, error text and file the app wrote is searched
// for them, in plain, base64, base64url and URL-encoded form, and for any signed JWT.

#include "accounts/accountsfile.h"
#include "accounts/secretstore.h"
#include "accounts/workspace.h"
#include "safety/auditlog.h"
#include "safety/deleteoperation.h"
#include "sandboxfixture.h"
#include "secretscan.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

class SecretLeaksTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listingsExportAndDelete_leaveNoSecretAnywhere();

private:
    QStringList m_secrets;
};

void SecretLeaksTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    captureLogMessages();
}

void SecretLeaksTest::cleanupTestCase()
{
    qInstallMessageHandler(nullptr);
}

void SecretLeaksTest::listingsExportAndDelete_leaveNoSecretAnywhere()
{
    QTemporaryDir dir;
    SandboxFixture sandbox(SandboxFixture::quietOptions(300));
    QList<AccountWithSecret> accounts;
    QString error;
    QVERIFY(accountsFromJson(sandbox.server().accountsJson(), &accounts, &error));

    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MemorySecretStore keyring;
    SessionFallbackSecretStore secrets(&keyring);
    QNetworkAccessManager nam;
    Workspace workspace(&nam, &settings, &secrets);
    QStringList errors;

    // Every platform with its real (sandbox) key, saved as a user account would be.
    for (const AccountWithSecret &a : std::as_const(accounts)) {
        m_secrets << a.secret;
        QStringList problems;
        QVERIFY2(workspace.addAccount(a.account, a.secret, true, &problems),
                 qPrintable(problems.join(QLatin1Char(' '))));
    }
    // And every platform again with a distinctive wrong key, so the failure paths run too.
    for (const AccountWithSecret &a : std::as_const(accounts)) {
        Account wrong = a.account;
        wrong.id += QStringLiteral("-wrong");
        wrong.label += QStringLiteral(" (wrong key)");
        const QString canary = QStringLiteral("LEAKCANARY_%1_7f3e9b2c1d4a6e8f0b5c")
                                   .arg(platformKey(a.account.platform));
        m_secrets << canary;
        QStringList problems;
        QVERIFY(workspace.addAccount(wrong, canary, true, &problems));
    }
    const auto allListed = [&workspace] {
        const QList<AccountSession *> all = workspace.sessions();
        for (const AccountSession *s : all) {
            if (s->state() == AccountState::Loading || s->state() == AccountState::Idle)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allListed(), 60000);
    const QList<AccountSession *> sessions = workspace.sessions();
    int ok = 0;
    for (const AccountSession *s : sessions) {
        ok += s->state() == AccountState::Ok ? 1 : 0;
        errors << s->errorText();
    }
    QCOMPARE(ok, 5);

    // An export and a delete through the real operation, with the audit log on disk.
    AuditLog audit;
    QSignalSpy opened(&audit, &AuditLog::opened);
    audit.open(dir.filePath(QStringLiteral("audit.sqlite")));
    QVERIFY(opened.wait(10000));
    for (AccountSession *s : sessions) {
        if (s->account().platform != Platform::Smartlead || s->state() != AccountState::Ok)
            continue;
        Campaign row;
        row.accountId = s->account().id;
        row.platform = Platform::Smartlead;
        row.id = QStringLiteral("123");
        DeleteOperation op(s, &audit, row, false);
        QSignalSpy done(&op, &DeleteOperation::finished);
        connect(&op, &DeleteOperation::stageChanged, &op,
                [&op, &dir](DeleteOperation::Stage stage) {
                    if (stage == DeleteOperation::Stage::Review)
                        op.continueWithExport(dir.filePath(QStringLiteral("exports")));
                    else if (stage == DeleteOperation::Stage::Confirming)
                        op.confirm(op.decision().confirmationText);
                });
        op.start();
        QVERIFY(done.wait(30000));
        QCOMPARE(op.outcome(), DeleteOperation::Outcome::Deleted);
        errors << op.message();
    }
    settings.sync();
    QTest::qWait(200); // the audit log's worker writes

    // Search everything, naming where a secret turned up.
    QList<QPair<QString, QByteArray>> places;
    {
        places.append(
            {QStringLiteral("log output"), capturedLogMessages().join(QLatin1Char('\n')).toUtf8()});
    }
    QVERIFY2(places.first().second.contains("campaigndesk"),
             "the app's own log categories were captured");
    places.append({QStringLiteral("error texts"), errors.join(QLatin1Char('\n')).toUtf8()});
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        places.append({QDir(dir.path()).relativeFilePath(path), file.readAll()});
    }
    QVERIFY(places.size() >= 6); // settings, audit database, manifest, campaign.json, leads.csv…
    QByteArray everything;
    for (const auto &place : std::as_const(places)) {
        everything += place.second;
        for (const QString &secret : std::as_const(m_secrets)) {
            for (const QByteArray &form : secretForms(secret)) {
                if (!place.second.contains(form))
                    continue;
                const qsizetype at = place.second.indexOf(form);
                QFAIL(qPrintable(QStringLiteral("a form of a secret (%1…) is in %2: …%3…")
                                     .arg(QString::fromUtf8(form.left(6)), place.first,
                                          QString::fromUtf8(place.second.mid(
                                              std::max<qsizetype>(0, at - 80), 80)))));
            }
        }
    }
    QVERIFY2(!signedJwtPattern().match(QString::fromUtf8(everything)).hasMatch(),
             "a signed JWT was written");
}

QTEST_GUILESS_MAIN(SecretLeaksTest)
#include "tst_secretleaks.moc"
