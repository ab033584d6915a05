// The safe delete flow, driven through the real dialog with QTest against the sandbox, for
// every platform: what the user sees at each step, and what reached the server.

#include "accounts/accountsession.h"
#include "accounts/accountsfile.h"
#include "deletedialog.h"
#include "safety/auditlog.h"
#include "safety/exportbundle.h"
#include "sandboxfixture.h"

#include <QCheckBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

namespace {

struct Target
{
    Platform platform;
    QString deletableId;    // a campaign the platform lets us delete as seeded
    QString blockingStatus; // a status word that blocks deleting
};

QList<Target> targets()
{
    return {{Platform::Talkover, QStringLiteral("campaign-uuid-1"), QStringLiteral("active")},
            {Platform::Burki, QStringLiteral("42"), QStringLiteral("running")},
            {Platform::Kakiyo, QStringLiteral("campaign_123"), QStringLiteral("active")},
            {Platform::KoreAi, QStringLiteral("cd-a1e45a7-e8ba-4e97-a339-476ebc7xxxxx"),
             QStringLiteral("Active")},
            {Platform::Smartlead, QStringLiteral("123"), QStringLiteral("ACTIVE")}};
}

Target targetFor(Platform platform)
{
    const QList<Target> all = targets();
    for (const Target &t : all) {
        if (t.platform == platform)
            return t;
    }
    return all.first();
}

} // namespace

class DeleteFlowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deletableCampaign_isDeletedEndToEnd_data();
    void deletableCampaign_isDeletedEndToEnd();
    void blockedCampaign_isUnblockedFromInsideTheFlow_thenDeleted_data();
    void blockedCampaign_isUnblockedFromInsideTheFlow_thenDeleted();
    void smartleadArchiveInstead_isTheDefault_andSendsNoDelete();
    void wrongOrPartialName_keepsTheButtonDisabled_data();
    void wrongOrPartialName_keepsTheButtonDisabled();
    void escape_atEveryStep_sendsNothing();
    void protectedCampaign_cannotReachTheDelete();

    void fault_resumedDuringExport_secondCheckBlocks();
    void fault_exportFailure_sendsNoDelete();
    void fault_deleteAnswer_data();
    void fault_deleteAnswer();
    void fault_callsInProgress_thenRetry();
    void fault_rateLimited_countsDownAndRetriesOnce();
    void fault_serverError_retryFetchesFirst();
    void fault_activeRefusalOnDelete_showsTheGateAgain();
    void fault_timeoutAfterSend_followUpFetchDecides();

private:
    // Opens the dialog on a campaign; returns when the review page shows.
    DeleteDialog *openDialog(Platform platform, const QString &campaignId, bool exportFirst = true);
    AccountSession *session(Platform platform);
    QString campaignName(Platform platform, const QString &id);
    void setStatus(Platform platform, const QString &id, const QString &status);
    QWidget *page() const;
    void clickContinueToConfirm(bool exportFirst);
    void typeAndDelete(const QString &text);
    int deletes() { return m_sandbox->countRequests("DELETE"); }
    QList<AttemptRecord> attempts();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_audit;
    QNetworkAccessManager m_nam;
    QList<AccountWithSecret> m_accounts;
    QList<AccountSession *> m_sessions;
    QPointer<DeleteDialog> m_dialog;
    QStringList m_gone;
};

void DeleteFlowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void DeleteFlowTest::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_audit = std::make_unique<AuditLog>();
    QSignalSpy opened(m_audit.get(), &AuditLog::opened);
    m_audit->open(m_dir->filePath(QStringLiteral("audit.sqlite")));
    QVERIFY(opened.wait(10000));
    QVERIFY(opened.first().first().toBool());
    QString error;
    QVERIFY(accountsFromJson(m_sandbox->server().accountsJson(), &m_accounts, &error));
    for (AccountWithSecret &a : m_accounts) {
        a.account.ratePerMinute = 100000;
        a.account.transferTimeoutMs = 2000;
        auto *s = new AccountSession(&m_nam, a.account, this);
        s->setSecret(a.secret);
        m_sessions << s;
    }
    m_gone.clear();
}

void DeleteFlowTest::cleanup()
{
    delete m_dialog;
    qDeleteAll(m_sessions);
    m_sessions.clear();
    m_accounts.clear();
    m_audit.reset();
    m_sandbox.reset();
}

AccountSession *DeleteFlowTest::session(Platform platform)
{
    return m_sessions.at(int(platform));
}

QString DeleteFlowTest::campaignName(Platform platform, const QString &id)
{
    return m_sandbox
        ->raw("GET", QStringLiteral("/__sandbox/campaigns/%1/%2").arg(platformKey(platform), id))
        .object()
        .value(QStringLiteral("name"))
        .toString();
}

void DeleteFlowTest::setStatus(Platform platform, const QString &id, const QString &status)
{
    const HttpAnswer a = m_sandbox->raw(
        "POST", QStringLiteral("/__sandbox/campaigns/%1/%2").arg(platformKey(platform), id),
        QStringLiteral(R"({"status":"%1","inFlight":0})").arg(status).toUtf8());
    QVERIFY2(a.status == 200, a.body.constData());
}

QWidget *DeleteFlowTest::page() const
{
    return m_dialog->findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget();
}

DeleteDialog *DeleteFlowTest::openDialog(Platform platform, const QString &campaignId,
                                         bool exportFirst)
{
    Campaign row;
    row.accountId = m_accounts.at(int(platform)).account.id;
    row.platform = platform;
    row.id = campaignId;
    row.name = campaignName(platform, campaignId);
    m_dialog = new DeleteDialog(session(platform), m_audit.get(), row, false,
                                m_dir->filePath(QStringLiteral("exports")));
    connect(m_dialog, &DeleteDialog::campaignGone, this,
            [this](const QString &key) { m_gone << key; });
    m_dialog->show();
    m_dialog->start();
    m_dialog->findChild<QCheckBox *>(QStringLiteral("exportCheck"))->setChecked(exportFirst);
    QDeadlineTimer deadline(10000);
    while (page()->objectName() != QStringLiteral("reviewPage") && !deadline.hasExpired())
        QTest::qWait(10);
    if (page()->objectName() != QStringLiteral("reviewPage"))
        qWarning("the review page did not show: %s", qPrintable(m_dialog->operation()->message()));
    return m_dialog;
}

void DeleteFlowTest::clickContinueToConfirm(bool exportFirst)
{
    auto *exportCheck = m_dialog->findChild<QCheckBox *>(QStringLiteral("exportCheck"));
    if (exportCheck->isChecked() != exportFirst)
        QTest::mouseClick(exportCheck, Qt::LeftButton, {}, QPoint(4, exportCheck->height() / 2));
    QCOMPARE(exportCheck->isChecked(), exportFirst);
    auto *cont = m_dialog->findChild<QPushButton *>(QStringLiteral("continueButton"));
    QVERIFY(cont->isEnabled());
    QTest::mouseClick(cont, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page()->objectName(), QStringLiteral("confirmPage"), 20000);
}

void DeleteFlowTest::typeAndDelete(const QString &text)
{
    auto *edit = m_dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    auto *button = m_dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    edit->clear();
    QTest::keyClicks(edit, text);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

QList<AttemptRecord> DeleteFlowTest::attempts()
{
    QList<AttemptRecord> out;
    bool done = false;
    m_audit->query(AttemptFilter{}, this, [&](const QList<AttemptRecord> &records) {
        out = records;
        done = true;
    });
    QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(5);
    return out;
}

void DeleteFlowTest::deletableCampaign_isDeletedEndToEnd_data()
{
    QTest::addColumn<Platform>("platform");
    for (const Target &t : targets())
        QTest::newRow(qPrintable(platformKey(t.platform))) << t.platform;
}

void DeleteFlowTest::deletableCampaign_isDeletedEndToEnd()
{
    QFETCH(Platform, platform);
    const Target t = targetFor(platform);
    const QString name = campaignName(platform, t.deletableId);
    openDialog(platform, t.deletableId);
    QCOMPARE(page()->objectName(), QStringLiteral("reviewPage"));

    // What the user sees first: a specific title, the live status, what is lost.
    auto *title = m_dialog->findChild<QLabel *>(QStringLiteral("titleLabel"));
    QVERIFY(title->text().contains(name.toHtmlEscaped()));
    QVERIFY(title->text().contains(platformDisplayName(platform)));
    QVERIFY(title->text().contains(m_accounts.at(int(platform)).account.label));
    QVERIFY(!m_dialog->findChild<QGroupBox *>(QStringLiteral("gateBox"))->isVisible());
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("irreversibleLabel"))
                ->text()
                .contains(QStringLiteral("cannot be undone")));
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("reviewCancel"))->isDefault() ||
            m_dialog->findChild<QPushButton *>(QStringLiteral("archiveButton"))->isDefault());

    clickContinueToConfirm(true);
    // The export was written and verified before the delete step unlocked.
    const QStringList bundles = QDir(m_dir->filePath(QStringLiteral("exports")))
                                    .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(bundles.size(), 1);
    QVERIFY(!bundles.first().endsWith(QStringLiteral(".partial")));
    const VerifyResult verified =
        verifyBundle(QDir(m_dir->filePath(QStringLiteral("exports"))).filePath(bundles.first()));
    QVERIFY2(verified.ok, qPrintable(verified.problems.join(QStringLiteral("; "))));
    QCOMPARE(deletes(), 0);

    typeAndDelete(name);
    QTRY_COMPARE_WITH_TIMEOUT(page()->objectName(), QStringLiteral("resultPage"), 10000);
    QVERIFY2(m_dialog->findChild<QLabel *>(QStringLiteral("resultTitle"))
                 ->text()
                 .contains(QStringLiteral("Deleted")),
             qPrintable(m_dialog->findChild<QLabel *>(QStringLiteral("resultMessage"))->text()));
    QCOMPARE(m_gone.size(), 1);
    QCOMPARE(deletes(), 1);
    QCOMPARE(m_sandbox
                 ->raw("GET", QStringLiteral("/__sandbox/campaigns/%1/%2")
                                  .arg(platformKey(platform), t.deletableId))
                 .status,
             404);
    if (platform == Platform::Kakiyo)
        QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("resultSummary"))
                    ->text()
                    .contains(QStringLiteral("150 prospects")));

    // The audit log has the export and the delete, both completed.
    const QList<AttemptRecord> log = attempts();
    bool sawDelete = false;
    bool sawExport = false;
    for (const AttemptRecord &r : log) {
        QVERIFY(r.completed);
        if (r.action == AuditAction::Delete) {
            sawDelete = true;
            QCOMPARE(r.outcome, AuditOutcome::Ok);
            QVERIFY(!r.exportPath.isEmpty());
            QVERIFY(!r.manifestSha256.isEmpty());
        }
        sawExport |= r.action == AuditAction::Export && r.outcome == AuditOutcome::Ok;
    }
    QVERIFY(sawDelete && sawExport);
}

void DeleteFlowTest::blockedCampaign_isUnblockedFromInsideTheFlow_thenDeleted_data()
{
    deletableCampaign_isDeletedEndToEnd_data();
}

void DeleteFlowTest::blockedCampaign_isUnblockedFromInsideTheFlow_thenDeleted()
{
    QFETCH(Platform, platform);
    const Target t = targetFor(platform);
    setStatus(platform, t.deletableId, t.blockingStatus);
    openDialog(platform, t.deletableId, false);

    auto *gate = m_dialog->findChild<QGroupBox *>(QStringLiteral("gateBox"));
    QVERIFY(gate->isVisible());
    QVERIFY(!m_dialog->findChild<QLabel *>(QStringLiteral("gateReason"))->text().isEmpty());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("continueButton"))->isEnabled());
    auto *pause = m_dialog->findChild<QPushButton *>(QStringLiteral("pauseButton"));
    auto *stop = m_dialog->findChild<QPushButton *>(QStringLiteral("stopButton"));
    if (pause->isVisible()) {
        QVERIFY(pause->isDefault()); // Pause, the reversible one, is the default
        QTest::mouseClick(pause, Qt::LeftButton);
    } else {
        QVERIFY(stop->isVisible()); // Kore.ai has no pause
        QTest::mouseClick(stop, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>()) != nullptr);
        QPushButton *confirmStop = nullptr;
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *b : buttons) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                confirmStop = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(confirmStop);
        QVERIFY(box->defaultButton() != confirmStop);
        QTest::mouseClick(confirmStop, Qt::LeftButton);
    }
    // The flow fetched again after the action and is deletable now.
    QTRY_VERIFY_WITH_TIMEOUT(
        page()->objectName() == QStringLiteral("reviewPage") && !gate->isVisible(), 10000);
    QCOMPARE(deletes(), 0);
    clickContinueToConfirm(false);
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("exportSummary"))
                ->text()
                .contains(QStringLiteral("skipped")));
    typeAndDelete(campaignName(platform, t.deletableId));
    QTRY_COMPARE_WITH_TIMEOUT(page()->objectName(), QStringLiteral("resultPage"), 10000);
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("resultTitle"))
                ->text()
                .contains(QStringLiteral("Deleted")));
    QCOMPARE(deletes(), 1);
    // The skipped export is recorded with the delete.
    const QList<AttemptRecord> log = attempts();
    bool recorded = false;
    for (const AttemptRecord &r : log)
        recorded |= r.action == AuditAction::Delete && r.exportSkipped;
    QVERIFY(recorded);
}

void DeleteFlowTest::smartleadArchiveInstead_isTheDefault_andSendsNoDelete()
{
    openDialog(Platform::Smartlead, QStringLiteral("123"));
    auto *archive = m_dialog->findChild<QPushButton *>(QStringLiteral("archiveButton"));
    QVERIFY(archive->isVisible());
    QVERIFY(archive->isDefault());
    QTest::keyClick(m_dialog, Qt::Key_Return); // the default button
    QTRY_COMPARE_WITH_TIMEOUT(page()->objectName(), QStringLiteral("resultPage"), 10000);
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("resultTitle"))
                ->text()
                .contains(QStringLiteral("Archived")));
    QCOMPARE(m_sandbox->raw("GET", QStringLiteral("/__sandbox/campaigns/smartlead/123"))
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("ARCHIVED"));
    QCOMPARE(deletes(), 0);
    QVERIFY(m_gone.isEmpty());
}

void DeleteFlowTest::wrongOrPartialName_keepsTheButtonDisabled_data()
{
    deletableCampaign_isDeletedEndToEnd_data();
}

void DeleteFlowTest::wrongOrPartialName_keepsTheButtonDisabled()
{
    QFETCH(Platform, platform);
    const Target t = targetFor(platform);
    const QString name = campaignName(platform, t.deletableId);
    openDialog(platform, t.deletableId, false);
    clickContinueToConfirm(false);
    auto *edit = m_dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    auto *button = m_dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    auto *label = m_dialog->findChild<QLabel *>(QStringLiteral("confirmName"));
    QCOMPARE(label->text(), name);
    QCOMPARE(label->textInteractionFlags(), Qt::NoTextInteraction); // cannot be copied
    for (const QString &typed :
         {name.left(name.size() - 1), name.toUpper() == name ? name.toLower() : name.toUpper(),
          name + QStringLiteral("x"), QString(), t.deletableId}) {
        edit->clear();
        QTest::keyClicks(edit, typed);
        QVERIFY2(!button->isEnabled(), qPrintable(typed));
    }
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("  ") + name + QStringLiteral(" ")); // trimmed
    QVERIFY(button->isEnabled());
    QVERIFY(!button->isDefault()); // Cancel stays the default
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("confirmCancel"))->isDefault());
    QCOMPARE(deletes(), 0);
}

void DeleteFlowTest::escape_atEveryStep_sendsNothing()
{
    // Review.
    openDialog(Platform::Talkover, QStringLiteral("campaign-uuid-1"));
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
    delete m_dialog;
    // Export in progress (slowed down by latency).
    m_sandbox->addFault(
        QJsonObject{{QStringLiteral("platform"), QStringLiteral("burki")},
                    {QStringLiteral("path"), QStringLiteral("/campaigns/42/contacts")},
                    {QStringLiteral("kind"), QStringLiteral("latency")},
                    {QStringLiteral("latencyMs"), 1500}});
    openDialog(Platform::Burki, QStringLiteral("42"));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("continueButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(page()->objectName(), QStringLiteral("exportPage"));
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
    delete m_dialog;
    QTest::qWait(1700);
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("exports")))
                .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                .isEmpty());
    // Confirmation, with the right name typed.
    openDialog(Platform::Smartlead, QStringLiteral("123"), false);
    clickContinueToConfirm(false);
    QTest::keyClicks(m_dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                     campaignName(Platform::Smartlead, QStringLiteral("123")));
    QTest::keyClick(m_dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit")),
                    Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(deletes(), 0);
}

void DeleteFlowTest::protectedCampaign_cannotReachTheDelete()
{
    AttemptStart target;
    target.platform = Platform::Talkover;
    target.accountId = m_accounts.at(0).account.id;
    target.campaignId = QStringLiteral("campaign-uuid-1");
    target.campaignName = QStringLiteral("Sales Campaign");
    target.action = AuditAction::Protect;
    bool done = false;
    m_audit->setProtected(target, true, this, [&done](bool) { done = true; });
    QTRY_VERIFY(done);
    openDialog(Platform::Talkover, QStringLiteral("campaign-uuid-1"));
    auto *gate = m_dialog->findChild<QGroupBox *>(QStringLiteral("gateBox"));
    QVERIFY(gate->isVisible());
    QVERIFY(gate->title().contains(QStringLiteral("Protected")));
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("continueButton"))->isEnabled());
    QVERIFY(!m_dialog->findChild<QPushButton *>(QStringLiteral("pauseButton"))->isVisible());
    QCOMPARE(deletes(), 0);
}

void DeleteFlowTest::fault_resumedDuringExport_secondCheckBlocks()
{
    openDialog(Platform::Talkover, QStringLiteral("campaign-uuid-1"));
    clickContinueToConfirm(true);
    setStatus(Platform::Talkover, QStringLiteral("campaign-uuid-1"),
              QStringLiteral("active")); // resumed in the web UI
    typeAndDelete(QStringLiteral("Sales Campaign"));
    QTRY_COMPARE_WITH_TIMEOUT(page()->objectName(), QStringLiteral("reviewPage"), 10000);
    QVERIFY(m_dialog->findChild<QGroupBox *>(QStringLiteral("gateBox"))->isVisible());
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("reviewProblem"))
                ->text()
                .contains(QStringLiteral("Nothing was deleted")));
    QCOMPARE(deletes(), 0);
}

void DeleteFlowTest::fault_exportFailure_sendsNoDelete()
{
    m_sandbox->addFault(
        QJsonObject{{QStringLiteral("platform"), QStringLiteral("burki")},
                    {QStringLiteral("path"), QStringLiteral("/campaigns/42/contacts")},
                    {QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 500},
                    {QStringLiteral("count"), 20}});
    openDialog(Platform::Burki, QStringLiteral("42"));
    QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("continueButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page()->objectName() == QStringLiteral("reviewPage") &&
                                 m_dialog->findChild<QLabel *>(QStringLiteral("reviewProblem"))
                                     ->text()
                                     .contains(QStringLiteral("export failed")),
                             20000);
    QCOMPARE(deletes(), 0);
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("exports")))
                .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                .isEmpty());
}

void DeleteFlowTest::fault_deleteAnswer_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("resultTitle");
    QTest::addColumn<QString>("resultMessage");
    QTest::addColumn<bool>("stillThere");
    const auto f = [](const char *json) {
        return QJsonDocument::fromJson(json).object();
    };
    QTest::newRow("401")
        << Platform::Talkover
        << f(R"({"kind":"status","status":401,"body":{"success":false,"message":"Unauthorized"}})")
        << QStringLiteral("Not deleted") << QStringLiteral("was refused") << true;
    QTest::newRow("404 already gone")
        << Platform::Talkover
        << f(R"({"kind":"status","status":404,"process":true,"body":{"success":false,"message":"Campaign not found"}})")
        << QStringLiteral("Already gone") << QStringLiteral("Already gone on Talkover") << false;
    QTest::newRow("422 validation")
        << Platform::Burki
        << f(R"({"kind":"status","status":422,"body":{"detail":[{"loc":["path","campaign_id"],"msg":"value is not a valid integer","type":"type_error.integer"}]}})")
        << QStringLiteral("Not deleted") << QStringLiteral("value is not a valid integer") << true;
    QTest::newRow("301") << Platform::Smartlead << f(R"({"kind":"redirect","status":301})")
                         << QStringLiteral("Not deleted") << QStringLiteral("redirected a delete")
                         << true;
    QTest::newRow("307") << Platform::Kakiyo << f(R"({"kind":"redirect","status":307})")
                         << QStringLiteral("Not deleted") << QStringLiteral("redirected a delete")
                         << true;
    QTest::newRow("malformed, not done")
        << Platform::KoreAi << f(R"({"kind":"malformed"})") << QStringLiteral("Not deleted")
        << QStringLiteral("still has the campaign") << true;
    QTest::newRow("malformed, done")
        << Platform::KoreAi << f(R"({"kind":"malformed","process":true})")
        << QStringLiteral("confirmed by a follow-up check") << QString() << false;
    QTest::newRow("200 success:false")
        << Platform::Smartlead << f(R"({"kind":"success-false"})") << QStringLiteral("Not deleted")
        << QStringLiteral("reported a failure") << true;
    QTest::newRow("dropped after send")
        << Platform::Talkover << f(R"({"kind":"drop","process":true,"count":5})")
        << QStringLiteral("confirmed by a follow-up check") << QString() << false;
    QTest::newRow("dropped, not done")
        << Platform::Burki << f(R"({"kind":"drop","count":5})") << QStringLiteral("Not deleted")
        << QStringLiteral("still has the campaign") << true;
}

void DeleteFlowTest::fault_deleteAnswer()
{
    QFETCH(Platform, platform);
    QFETCH(QJsonObject, fault);
    QFETCH(QString, resultTitle);
    QFETCH(QString, resultMessage);
    QFETCH(bool, stillThere);
    const Target t = targetFor(platform);
    fault.insert(QStringLiteral("platform"), platformKey(platform));
    fault.insert(QStringLiteral("method"), QStringLiteral("DELETE"));
    openDialog(platform, t.deletableId, false);
    clickContinueToConfirm(false);
    m_sandbox->addFault(fault);
    typeAndDelete(campaignName(platform, t.deletableId));
    QTRY_COMPARE_WITH_TIMEOUT(page()->objectName(), QStringLiteral("resultPage"), 15000);
    const QString title = m_dialog->findChild<QLabel *>(QStringLiteral("resultTitle"))->text();
    const QString message = m_dialog->findChild<QLabel *>(QStringLiteral("resultMessage"))->text();
    QVERIFY2(title.contains(resultTitle), qPrintable(title + QStringLiteral(" / ") + message));
    QVERIFY2(message.contains(resultMessage), qPrintable(message));
    const int exists = m_sandbox
                           ->raw("GET", QStringLiteral("/__sandbox/campaigns/%1/%2")
                                            .arg(platformKey(platform), t.deletableId))
                           .status;
    QCOMPARE(exists, stillThere ? 200 : 404);
    QCOMPARE(m_gone.isEmpty(), stillThere);
    QCOMPARE(m_sandbox->countRequests("GET", QStringLiteral("/__sandbox/redirected")), 0);
    // Every attempt was completed in the audit log, never left open.
    const QList<AttemptRecord> log = attempts();
    for (const AttemptRecord &r : log)
        QVERIFY(r.completed);
}

void DeleteFlowTest::fault_callsInProgress_thenRetry()
{
    openDialog(Platform::Talkover, QStringLiteral("campaign-uuid-1"), false);
    clickContinueToConfirm(false);
    m_sandbox->raw("POST", QStringLiteral("/__sandbox/campaigns/talkover/campaign-uuid-1"),
                   R"({"inFlight":2})");
    typeAndDelete(QStringLiteral("Sales Campaign"));
    auto *retry = m_dialog->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QTRY_VERIFY_WITH_TIMEOUT(
        page()->objectName() == QStringLiteral("confirmPage") && retry->isVisible(), 10000);
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("confirmProblem"))
                ->text()
                .contains(QStringLiteral("Calls are still in progress")));
    QCOMPARE(deletes(), 1);
    m_sandbox->raw("POST", QStringLiteral("/__sandbox/campaigns/talkover/campaign-uuid-1"),
                   R"({"inFlight":0})");
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page()->objectName(), QStringLiteral("resultPage"), 10000);
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("resultTitle"))
                ->text()
                .contains(QStringLiteral("Deleted")));
    QCOMPARE(deletes(), 2);
}

void DeleteFlowTest::fault_rateLimited_countsDownAndRetriesOnce()
{
    openDialog(Platform::Smartlead, QStringLiteral("123"), false);
    clickContinueToConfirm(false);
    m_sandbox->addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("smartlead")},
                                    {QStringLiteral("method"), QStringLiteral("DELETE")},
                                    {QStringLiteral("kind"), QStringLiteral("429")},
                                    {QStringLiteral("retryAfter"), 2}});
    typeAndDelete(campaignName(Platform::Smartlead, QStringLiteral("123")));
    auto *working = m_dialog->findChild<QLabel *>(QStringLiteral("workingLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(working->text().contains(QStringLiteral("asked to wait")), 10000);
    QVERIFY(working->text().contains(QStringLiteral("second")));
    QTRY_COMPARE_WITH_TIMEOUT(page()->objectName(), QStringLiteral("resultPage"), 15000);
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("resultTitle"))
                ->text()
                .contains(QStringLiteral("Deleted")));
    QCOMPARE(deletes(), 2);
}

void DeleteFlowTest::fault_serverError_retryFetchesFirst()
{
    openDialog(Platform::Kakiyo, QStringLiteral("campaign_123"), false);
    clickContinueToConfirm(false);
    m_sandbox->addFault(QJsonObject{
        {QStringLiteral("platform"), QStringLiteral("kakiyo")},
        {QStringLiteral("method"), QStringLiteral("DELETE")},
        {QStringLiteral("kind"), QStringLiteral("status")},
        {QStringLiteral("status"), 503},
        {QStringLiteral("body"),
         QJsonObject{{QStringLiteral("error"), QStringLiteral("internal_error")},
                     {QStringLiteral("message"), QStringLiteral("Service Unavailable")}}}});
    typeAndDelete(QStringLiteral("Q4 Enterprise Outreach"));
    auto *retry = m_dialog->findChild<QPushButton *>(QStringLiteral("retryButton"));
    QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("confirmProblem"))
                ->text()
                .contains(QStringLiteral("503")));
    m_sandbox->raw("DELETE", QStringLiteral("/__sandbox/requests"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page()->objectName(), QStringLiteral("resultPage"), 10000);
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("resultTitle"))
                ->text()
                .contains(QStringLiteral("Deleted")));
    // Retry fetched the campaign before sending the DELETE again.
    const QJsonArray log = m_sandbox->requestLog();
    QCOMPARE(log.first().toObject().value(QStringLiteral("method")).toString(),
             QStringLiteral("GET"));
    QCOMPARE(deletes(), 1);
}

void DeleteFlowTest::fault_activeRefusalOnDelete_showsTheGateAgain()
{
    openDialog(Platform::Burki, QStringLiteral("42"), false);
    clickContinueToConfirm(false);
    // The DELETE is slow to answer; meanwhile the campaign starts running, and the platform
    // answers with its documented refusal.
    m_sandbox->addFault(QJsonObject{
        {QStringLiteral("platform"), QStringLiteral("burki")},
        {QStringLiteral("method"), QStringLiteral("DELETE")},
        {QStringLiteral("kind"), QStringLiteral("status")},
        {QStringLiteral("status"), 400},
        {QStringLiteral("latencyMs"), 600},
        {QStringLiteral("body"),
         QJsonObject{{QStringLiteral("detail"),
                      QStringLiteral("Cannot delete running campaign - stop it first")}}}});
    typeAndDelete(QStringLiteral("February Appointment Reminders"));
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->operation()->stage(), DeleteOperation::Stage::Deleting,
                              10000);
    setStatus(Platform::Burki, QStringLiteral("42"), QStringLiteral("running"));
    QTRY_COMPARE_WITH_TIMEOUT(page()->objectName(), QStringLiteral("reviewPage"), 10000);
    QVERIFY(m_dialog->findChild<QGroupBox *>(QStringLiteral("gateBox"))->isVisible());
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("reviewProblem"))
                ->text()
                .contains(QStringLiteral("Cannot delete running campaign")));
    QVERIFY(m_dialog->findChild<QPushButton *>(QStringLiteral("pauseButton"))->isVisible());
    QVERIFY(m_gone.isEmpty());
}

void DeleteFlowTest::fault_timeoutAfterSend_followUpFetchDecides()
{
    openDialog(Platform::Smartlead, QStringLiteral("123"), false);
    clickContinueToConfirm(false);
    // Carried out by the server, answered after the client's 2 s timeout.
    m_sandbox->addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("smartlead")},
                                    {QStringLiteral("method"), QStringLiteral("DELETE")},
                                    {QStringLiteral("kind"), QStringLiteral("latency")},
                                    {QStringLiteral("latencyMs"), 3000}});
    typeAndDelete(campaignName(Platform::Smartlead, QStringLiteral("123")));
    auto *working = m_dialog->findChild<QLabel *>(QStringLiteral("workingLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(working->text().contains(QStringLiteral("Outcome unknown")), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page()->objectName(), QStringLiteral("resultPage"), 10000);
    QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("resultTitle"))
                ->text()
                .contains(QStringLiteral("confirmed by a follow-up check")));
    const QList<AttemptRecord> log = attempts();
    bool established = false;
    for (const AttemptRecord &r : log)
        established |= r.action == AuditAction::Delete &&
                       r.outcome == AuditOutcome::DeletedConfirmedByCheck &&
                       r.detail.contains(QStringLiteral("follow-up"));
    QVERIFY(established);
}

QTEST_MAIN(DeleteFlowTest)
#include "tst_deleteflow.moc"
