// The bulk delete dialog, driven with QTest against the sandbox: the live review with gate and
// reason per campaign, protected ones excluded and listed, "Pause blocked ones", the typed
// "delete N campaigns", a run with exports, Escape, and an unfinished batch resumed.

#include "accounts/accountsession.h"
#include "accounts/accountsfile.h"
#include "bulkdeletedialog.h"
#include "safety/auditlog.h"
#include "sandboxfixture.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <utility>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

class BulkDeleteDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void review_listsGateAndReason_protectedExcludedAndListed();
    void wrongConfirmation_keepsTheButtonDisabled_data();
    void wrongConfirmation_keepsTheButtonDisabled();
    void run_exportsThenDeletesTheDeletableOnesOnly();
    void pauseBlockedOnes_makesThemDeletable();
    void escapeDuringReview_closesAndSendsNothing();
    void escapeDuringRun_cancelsTheRest_andStaysOpen();
    void unfinishedBatch_resume_checksFirstAndDeletesNothingTwice();

private:
    void openDialog(); // returns when every campaign was reviewed
    Campaign campaign(Platform platform, const QString &id);
    bool reviewed() const;
    int deletes() { return m_sandbox->countRequests("DELETE"); }
    bool exists(Platform platform, const QString &id)
    {
        return m_sandbox->server().table(platform).indexOf(id) >= 0;
    }
    template<typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QLatin1String(name));
    }
    QString gateOf(int row) const
    {
        return child<QTableWidget>("campaignTable")->item(row, 4)->text();
    }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_audit;
    QNetworkAccessManager m_nam;
    QList<AccountWithSecret> m_accounts;
    QList<AccountSession *> m_sessions;
    QPointer<BulkDeleteDialog> m_dialog;
    QList<Campaign> m_deletable; // three, on two platforms
    Campaign m_blocked;          // Kakiyo, active: Pause unblocks it
    Campaign m_protected;        // deletable by status, protected locally
};

void BulkDeleteDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void BulkDeleteDialogTest::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::quietOptions(10));
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
        a.account.transferTimeoutMs = 5000;
        auto *s = new AccountSession(&m_nam, a.account, this);
        s->setSecret(a.secret);
        m_sessions << s;
    }
    // Seeded campaigns chosen by the platform's own rule, so the test follows the sandbox.
    m_deletable.clear();
    for (Platform p : {Platform::Talkover, Platform::Smartlead}) {
        for (const Sandbox::Campaign &c : m_sandbox->server().table(p).rows()) {
            if (m_deletable.size() < (p == Platform::Talkover ? 2 : 4) && c.inFlight == 0 &&
                !providerFor(p).deleteRule(c.status).blocked)
                m_deletable << campaign(p, c.id);
        }
    }
    QCOMPARE(m_deletable.size(), 4);
    m_protected = m_deletable.takeLast();
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Platform::Kakiyo).rows()) {
        if (providerFor(Platform::Kakiyo).deleteRule(c.status).blocked) {
            m_blocked = campaign(Platform::Kakiyo, c.id);
            break;
        }
    }
    QVERIFY(!m_blocked.id.isEmpty());
    bool done = false;
    AttemptStart target;
    target.accountId = m_protected.accountId;
    target.campaignId = m_protected.id;
    target.campaignName = m_protected.name;
    m_audit->setProtected(target, true, this, [&done](bool) { done = true; });
    QTRY_VERIFY(done);
}

void BulkDeleteDialogTest::cleanup()
{
    delete m_dialog;
    qDeleteAll(m_sessions);
    m_sessions.clear();
    m_accounts.clear();
    m_audit.reset();
    m_sandbox.reset();
}

Campaign BulkDeleteDialogTest::campaign(Platform platform, const QString &id)
{
    const Sandbox::CampaignTable &table = m_sandbox->server().table(platform);
    const Sandbox::Campaign &row = table.at(table.indexOf(id));
    Campaign c;
    c.accountId = m_accounts.at(int(platform)).account.id;
    c.platform = platform;
    c.id = id;
    c.name = row.name;
    c.rawStatus = row.status;
    return c;
}

bool BulkDeleteDialogTest::reviewed() const
{
    auto *table = child<QTableWidget>("campaignTable");
    for (int row = 0; row < table->rowCount(); ++row) {
        if (!table->item(row, 4) || table->item(row, 4)->text() == QStringLiteral("Checking…"))
            return false;
    }
    return !child<QPushButton>("pauseBlockedButton")->text().isEmpty() &&
           !child<QProgressBar>("reviewProgress")->isVisible();
}

void BulkDeleteDialogTest::openDialog()
{
    QList<Campaign> selection = m_deletable;
    selection.insert(1, m_blocked);
    selection << m_protected;
    m_dialog = new BulkDeleteDialog(
        [this](const QString &accountId) -> AccountSession * {
            for (AccountSession *s : std::as_const(m_sessions)) {
                if (s->account().id == accountId)
                    return s;
            }
            return nullptr;
        },
        m_audit.get(), selection, m_dir->filePath(QStringLiteral("exports")));
    m_dialog->show();
    m_dialog->start();
    QTRY_VERIFY_WITH_TIMEOUT(reviewed(), 15000);
}

void BulkDeleteDialogTest::review_listsGateAndReason_protectedExcludedAndListed()
{
    openDialog();
    QVERIFY(!QTest::currentTestFailed());
    auto *table = child<QTableWidget>("campaignTable");
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(gateOf(0), QStringLiteral("Can be deleted"));
    QCOMPARE(gateOf(1), QStringLiteral("Blocked"));
    QVERIFY(!table->item(1, 5)->text().isEmpty());            // the platform's reason
    QCOMPARE(table->item(1, 3)->text(), m_blocked.rawStatus); // the live status
    QCOMPARE(gateOf(4), QStringLiteral("Protected — excluded"));
    auto *protectedLabel = child<QLabel>("protectedLabel");
    QVERIFY(protectedLabel->isVisible());
    QVERIFY(protectedLabel->text().contains(m_protected.name.toHtmlEscaped()));
    QCOMPARE(m_dialog->deletableCount(), 3);
    QCOMPARE(m_dialog->confirmationText(), QStringLiteral("delete 3 campaigns"));
    QVERIFY(child<QPushButton>("pauseBlockedButton")->isEnabled());
    QVERIFY(child<QPushButton>("cancelButton")->isDefault());
    QVERIFY(!child<QPushButton>("deleteButton")->isEnabled());
    QCOMPARE(deletes(), 0);
}

void BulkDeleteDialogTest::wrongConfirmation_keepsTheButtonDisabled_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("enabled");
    QTest::newRow("the selected count") << QStringLiteral("delete 5 campaigns") << false;
    QTest::newRow("one short") << QStringLiteral("delete 2 campaigns") << false;
    QTest::newRow("partial") << QStringLiteral("delete 3") << false;
    QTest::newRow("other case") << QStringLiteral("Delete 3 Campaigns") << false;
    QTest::newRow("exact") << QStringLiteral("delete 3 campaigns") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  delete 3 campaigns ") << true;
}

void BulkDeleteDialogTest::wrongConfirmation_keepsTheButtonDisabled()
{
    QFETCH(QString, typed);
    QFETCH(bool, enabled);
    openDialog();
    QVERIFY(!QTest::currentTestFailed());
    QTest::keyClicks(child<QLineEdit>("confirmEdit"), typed);
    QCOMPARE(child<QPushButton>("deleteButton")->isEnabled(), enabled);
    QCOMPARE(deletes(), 0);
}

void BulkDeleteDialogTest::run_exportsThenDeletesTheDeletableOnesOnly()
{
    openDialog();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(child<QCheckBox>("exportCheck")->isChecked()); // export first is the default
    QTest::keyClicks(child<QLineEdit>("confirmEdit"), QStringLiteral("delete 3 campaigns"));
    auto *deleteButton = child<QPushButton>("deleteButton");
    QVERIFY(deleteButton->isEnabled());
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QCOMPARE(child<QStackedWidget>("pages")->currentWidget()->objectName(),
             QStringLiteral("progressPage"));
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("closeButton")->isEnabled(), 30000);
    for (const Campaign &c : std::as_const(m_deletable))
        QVERIFY(!exists(c.platform, c.id));
    QVERIFY(exists(m_blocked.platform, m_blocked.id));
    QVERIFY(exists(m_protected.platform, m_protected.id));
    QCOMPARE(deletes(), 3);
    // One export bundle per deleted campaign, written before its DELETE.
    const QStringList bundles = QDir(m_dir->filePath(QStringLiteral("exports")))
                                    .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(bundles.size(), 3);
    auto *results = child<QTableWidget>("resultTable");
    QCOMPARE(results->rowCount(), 5);
    QCOMPARE(results->item(0, 2)->text(), QStringLiteral("Deleted"));
    QCOMPARE(results->item(1, 2)->text(), QStringLiteral("Blocked"));
    QCOMPARE(results->item(4, 2)->text(), QStringLiteral("Skipped"));
    QVERIFY(child<QLabel>("resultSummary")->text().contains(QStringLiteral("Deleted: 3")));
    QCOMPARE(child<QProgressBar>("progressBar")->value(), 5);
}

void BulkDeleteDialogTest::pauseBlockedOnes_makesThemDeletable()
{
    openDialog();
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(m_dialog->deletableCount(), 3);
    QTest::mouseClick(child<QPushButton>("pauseBlockedButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(gateOf(1) == QStringLiteral("Can be deleted") && reviewed(), 15000);
    QCOMPARE(m_dialog->deletableCount(), 4);
    QCOMPARE(m_dialog->confirmationText(), QStringLiteral("delete 4 campaigns"));
    QVERIFY(
        !providerFor(Platform::Kakiyo)
             .deleteRule(m_sandbox->server()
                             .table(Platform::Kakiyo)
                             .at(m_sandbox->server().table(Platform::Kakiyo).indexOf(m_blocked.id))
                             .status)
             .blocked);
    QCOMPARE(deletes(), 0);
}

void BulkDeleteDialogTest::escapeDuringReview_closesAndSendsNothing()
{
    openDialog();
    QVERIFY(!QTest::currentTestFailed());
    QTest::keyClicks(child<QLineEdit>("confirmEdit"), QStringLiteral("delete 3 campaigns"));
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
    QTest::qWait(200);
    QCOMPARE(deletes(), 0);
}

void BulkDeleteDialogTest::escapeDuringRun_cancelsTheRest_andStaysOpen()
{
    // Slow the sandbox so the run is still going when Escape comes.
    m_sandbox->addFault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                                    {QStringLiteral("latencyMs"), 300},
                                    {QStringLiteral("count"), 1000}});
    openDialog();
    QVERIFY(!QTest::currentTestFailed());
    child<QCheckBox>("exportCheck")->setChecked(false);
    QTest::keyClicks(child<QLineEdit>("confirmEdit"), QStringLiteral("delete 3 campaigns"));
    QTest::mouseClick(child<QPushButton>("deleteButton"), Qt::LeftButton);
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QVERIFY(m_dialog->isVisible()); // never closes over a running batch
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("closeButton")->isEnabled(), 15000);
    QVERIFY(m_dialog->queue()->isCancelled());
    // Whatever was reported deleted is gone; whatever was cancelled is still there.
    for (const BulkItem &item : m_dialog->queue()->batch().items) {
        if (item.state == BulkItemState::Deleted)
            QVERIFY(!exists(item.campaign.platform, item.campaign.id));
        else
            QVERIFY(exists(item.campaign.platform, item.campaign.id));
    }
    QVERIFY(m_dialog->queue()->batch().count(BulkItemState::Cancelled) >= 1);
    QTest::keyClick(m_dialog, Qt::Key_Escape);
    QVERIFY(!m_dialog->isVisible());
}

void BulkDeleteDialogTest::unfinishedBatch_resume_checksFirstAndDeletesNothingTwice()
{
    // A journal left by a crash: the first campaign was being deleted (and is gone), the
    // second had not started.
    const Campaign gone = m_deletable.at(0);
    const Campaign waiting = m_deletable.at(1);
    const HttpAnswer removed =
        m_sandbox->call(gone.platform, "DELETE", QStringLiteral("/campaigns/") + gone.id);
    QVERIFY(removed.status < 300);
    BulkJournalBatch journal;
    journal.state = QStringLiteral("running");
    journal.exportFirst = false;
    int seq = 0;
    for (const auto &[c, state] : {std::pair{gone, QStringLiteral("deleting")},
                                   std::pair{waiting, QStringLiteral("pending")}}) {
        journal.items.append({seq++,
                              platformKey(c.platform),
                              c.accountId,
                              m_accounts.at(int(c.platform)).account.label,
                              c.id,
                              c.name,
                              state,
                              QString(),
                              {}});
    }
    qint64 id = -1;
    m_audit->createBatch(journal, this, [&id](qint64 created) { id = created; });
    QTRY_VERIFY(id > 0);
    std::optional<BulkJournalBatch> unfinished;
    bool answered = false;
    m_audit->unfinishedBatch(this, [&](std::optional<BulkJournalBatch> b) {
        unfinished = std::move(b);
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(unfinished);

    m_dialog = new BulkDeleteDialog(
        [this](const QString &accountId) -> AccountSession * {
            for (AccountSession *s : std::as_const(m_sessions)) {
                if (s->account().id == accountId)
                    return s;
            }
            return nullptr;
        },
        m_audit.get(), bulkBatchFromJournal(*unfinished));
    m_dialog->show();
    auto *results = child<QTableWidget>("resultTable");
    QCOMPARE(results->rowCount(), 2);
    QCOMPARE(results->item(0, 2)->text(), QStringLiteral("Deleting"));
    QCOMPARE(results->item(1, 2)->text(), QStringLiteral("Waiting"));
    auto *resume = child<QPushButton>("resumeButton");
    QVERIFY(resume->isVisible());
    QVERIFY(child<QPushButton>("discardButton")->isVisible());
    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("closeButton")->isEnabled(), 15000);
    QCOMPARE(results->item(0, 2)->text(), QStringLiteral("Deleted"));
    QCOMPARE(results->item(1, 2)->text(), QStringLiteral("Deleted"));
    QVERIFY(!exists(waiting.platform, waiting.id));
    QCOMPARE(deletes(), 2); // the crashed one's own DELETE, and the waiting one's: no repeat
    answered = false;
    m_audit->unfinishedBatch(this, [&](std::optional<BulkJournalBatch> b) {
        unfinished = std::move(b);
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(!unfinished);
}

QTEST_MAIN(BulkDeleteDialogTest)
#include "tst_bulkdeletedialog.moc"
