// The Activity window as a user drives it: the log's entries, the filters narrowing them, the
// full record of the selected entry, the CSV export and the keyboard.

#include "activitywindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace CampaignDesk;

namespace {

AttemptStart start(const QString &accountId, const QString &label, Platform platform,
                   const QString &campaign, AuditAction action)
{
    AttemptStart s;
    s.platform = platform;
    s.accountId = accountId;
    s.accountLabel = label;
    s.campaignId = campaign.toLower();
    s.campaignName = campaign;
    s.statusBefore = QStringLiteral("paused");
    s.action = action;
    return s;
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace

class ActivityWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opening_listsEveryEntryNewestFirst_withOutcomeAsText();
    void filters_narrowTheVisibleRows_data();
    void filters_narrowTheVisibleRows();
    void selectingAnEntry_showsItsFullRecord();
    void exportCsv_writesTheFilteredEntries();
    void newEntries_appear_andF5ReadsTheLogAgain();
    void keyboard_ctrlFSearches_andEscapeCloses();

private:
    // Writes one attempt through the asynchronous log and waits until it is on disk.
    void record(const AttemptStart &s, const std::optional<AttemptEnd> &end);
    template<typename T>
    T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_log;
    std::unique_ptr<ActivityWindow> m_window;
};

void ActivityWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void ActivityWindowTest::record(const AttemptStart &s, const std::optional<AttemptEnd> &end)
{
    qint64 id = 0;
    QObject context;
    m_log->begin(s, &context, [&](qint64 newId) { id = newId; });
    QTRY_VERIFY(id != 0);
    QVERIFY(id > 0);
    if (!end)
        return;
    std::optional<bool> finished;
    m_log->finish(id, *end, &context, [&](bool ok) { finished = ok; });
    QTRY_VERIFY(finished.has_value());
    QVERIFY(*finished);
}

void ActivityWindowTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_log = std::make_unique<AuditLog>();
    QSignalSpy opened(m_log.get(), &AuditLog::opened);
    m_log->open(m_dir->filePath(QStringLiteral("campaign-desk.sqlite")));
    QTRY_COMPARE(opened.size(), 1);
    QVERIFY(opened.first().at(0).toBool());

    AttemptEnd ok;
    ok.httpStatus = 200;
    AttemptStart paused = start(QStringLiteral("acc-a"), QStringLiteral("Agency"),
                                Platform::Smartlead, QStringLiteral("Alpha"), AuditAction::Pause);
    paused.statusBefore = QStringLiteral("ACTIVE");
    record(paused, ok);

    AttemptStart exported =
        start(QStringLiteral("acc-a"), QStringLiteral("Agency"), Platform::Smartlead,
              QStringLiteral("Alpha"), AuditAction::Export);
    AttemptEnd written;
    written.exportPath = QStringLiteral("/exports/smartlead-agency-alpha");
    written.manifestSha256 = QStringLiteral("9f86d081");
    record(exported, written);

    AttemptEnd deleted;
    deleted.httpStatus = 200;
    deleted.platformMessage = QStringLiteral("Campaign deleted");
    deleted.deletionSummary = QStringLiteral(R"({"prospects":12,"messages":40})");
    deleted.detail = QStringLiteral("confirmed by the platform (2xx, no failure flag)");
    record(start(QStringLiteral("acc-b"), QStringLiteral("Research"), Platform::Kakiyo,
                 QStringLiteral("Beta"), AuditAction::Delete),
           deleted);

    AttemptEnd refused;
    refused.outcome = AuditOutcome::Failed;
    refused.httpStatus = 409;
    refused.platformMessage = QStringLiteral("Calls are in progress");
    record(start(QStringLiteral("acc-c"), QStringLiteral("Calls team"), Platform::Talkover,
                 QStringLiteral("Gamma"), AuditAction::Delete),
           refused);

    // Begun and never finished: what a crash mid-request leaves.
    record(start(QStringLiteral("acc-c"), QStringLiteral("Calls team"), Platform::Talkover,
                 QStringLiteral("Delta"), AuditAction::Stop),
           std::nullopt);

    m_window = std::make_unique<ActivityWindow>(m_log.get());
    new QAbstractItemModelTester(
        m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->model()->rowCount(), 5);
}

void ActivityWindowTest::cleanup()
{
    m_window.reset();
    m_log.reset();
    m_dir.reset();
}

void ActivityWindowTest::opening_listsEveryEntryNewestFirst_withOutcomeAsText()
{
    QVERIFY(m_window->windowFlags() & Qt::Window);
    QVERIFY(!m_window->isModal());
    const QAbstractItemModel *model = m_window->model();
    QCOMPARE(column(model, ActivityModel::CampaignColumn),
             (QStringList{QStringLiteral("Delta"), QStringLiteral("Gamma"), QStringLiteral("Beta"),
                          QStringLiteral("Alpha"), QStringLiteral("Alpha")}));
    const QStringList outcomes = column(model, ActivityModel::OutcomeColumn);
    QCOMPARE(outcomes.at(0), QStringLiteral("Outcome unknown (never completed)"));
    QCOMPARE(outcomes.at(1), QStringLiteral("Failed"));
    QCOMPARE(outcomes.at(2), QStringLiteral("Succeeded"));
    QCOMPARE(column(model, ActivityModel::HttpStatusColumn).at(1), QStringLiteral("409"));
    QCOMPARE(column(model, ActivityModel::PlatformColumn).at(2), QStringLiteral("Kakiyo"));
    QCOMPARE(column(model, ActivityModel::MessageColumn).at(1),
             QStringLiteral("Calls are in progress"));
    QCOMPARE(column(model, ActivityModel::StatusBeforeColumn).at(4), QStringLiteral("ACTIVE"));
    QCOMPARE(column(model, ActivityModel::ExportPathColumn).at(3),
             QStringLiteral("/exports/smartlead-agency-alpha"));
    QCOMPARE(model->index(0, 0).data(ActivityModel::OutcomeKeyRole).toString(),
             QStringLiteral("unknown"));

    // The account filter lists the accounts found in the log.
    auto *accounts = child<QComboBox>("accountCombo");
    QTRY_COMPARE(accounts->count(), 4);
    QCOMPARE(accounts->itemText(0), QStringLiteral("All accounts"));
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("5")));
}

void ActivityWindowTest::filters_narrowTheVisibleRows_data()
{
    QTest::addColumn<QString>("account");       // combo data, empty: all
    QTest::addColumn<int>("action");            // -1: all
    QTest::addColumn<int>("outcome");           // -1: all
    QTest::addColumn<QString>("search");        // typed
    QTest::addColumn<QStringList>("campaigns"); // visible, newest first

    QTest::newRow("account") << QStringLiteral("acc-c") << -1 << -1 << QString()
                             << QStringList{QStringLiteral("Delta"), QStringLiteral("Gamma")};
    QTest::newRow("action delete") << QString() << int(AuditAction::Delete) << -1 << QString()
                                   << QStringList{QStringLiteral("Gamma"), QStringLiteral("Beta")};
    QTest::newRow("outcome unknown") << QString() << -1 << int(AuditOutcome::Unknown) << QString()
                                     << QStringList{QStringLiteral("Delta")};
    QTest::newRow("outcome failed") << QString() << -1 << int(AuditOutcome::Failed) << QString()
                                    << QStringList{QStringLiteral("Gamma")};
    QTest::newRow("search message") << QString() << -1 << -1 << QStringLiteral("progress")
                                    << QStringList{QStringLiteral("Gamma")};
    QTest::newRow("search and account")
        << QStringLiteral("acc-a") << -1 << -1 << QStringLiteral("alpha")
        << QStringList{QStringLiteral("Alpha"), QStringLiteral("Alpha")};
    QTest::newRow("nothing matches")
        << QStringLiteral("acc-b") << int(AuditAction::Pause) << -1 << QString() << QStringList{};
}

void ActivityWindowTest::filters_narrowTheVisibleRows()
{
    QFETCH(QString, account);
    QFETCH(int, action);
    QFETCH(int, outcome);
    QFETCH(QString, search);
    QFETCH(QStringList, campaigns);

    auto *accounts = child<QComboBox>("accountCombo");
    QTRY_COMPARE(accounts->count(), 4);
    if (!account.isEmpty()) {
        const int index = accounts->findData(account);
        QVERIFY(index > 0);
        accounts->setCurrentIndex(index);
    }
    auto *actions = child<QComboBox>("actionCombo");
    actions->setCurrentIndex(actions->findData(action));
    auto *outcomes = child<QComboBox>("outcomeCombo");
    outcomes->setCurrentIndex(outcomes->findData(outcome));
    if (!search.isEmpty()) {
        QLineEdit *edit = child<QLineEdit>("searchEdit");
        edit->setFocus();
        QTest::keyClicks(edit, search);
    }
    QTRY_COMPARE(column(m_window->model(), ActivityModel::CampaignColumn), campaigns);
    if (campaigns.isEmpty())
        QTRY_COMPARE(child<QLabel>("statusLabel")->text(), QStringLiteral("No entries match."));

    // Back to everything.
    accounts->setCurrentIndex(0);
    actions->setCurrentIndex(0);
    outcomes->setCurrentIndex(0);
    child<QLineEdit>("searchEdit")->clear();
    QTRY_COMPARE(m_window->model()->rowCount(), 5);
}

void ActivityWindowTest::selectingAnEntry_showsItsFullRecord()
{
    auto *table = child<QTableView>("tableView");
    auto *details = child<QPlainTextEdit>("detailsEdit");
    QVERIFY(details->isReadOnly());
    QVERIFY(details->toPlainText().isEmpty());

    const int row = 2; // Beta, deleted
    const QRect cell = table->visualRect(m_window->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Beta")));
    const QString text = details->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Deletion summary:")));
    QVERIFY(text.contains(QStringLiteral("\"prospects\": 12")));
    QVERIFY(text.contains(QStringLiteral("confirmed by the platform (2xx, no failure flag)")));
    QVERIFY(text.contains(QStringLiteral("Campaign deleted")));

    // Double-click takes the keyboard to the record, to read or copy it.
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY(details->hasFocus());

    // The selection follows the entry, not the row, when newer entries arrive.
    AttemptEnd ok;
    record(start(QStringLiteral("acc-a"), QStringLiteral("Agency"), Platform::Smartlead,
                 QStringLiteral("Epsilon"), AuditAction::Resume),
           ok);
    QTRY_COMPARE(m_window->model()->rowCount(), 6);
    QTRY_COMPARE(table->currentIndex().row(), row + 1);
    QVERIFY(details->toPlainText().contains(QStringLiteral("Beta")));

    // The never-finished attempt says so.
    table->setCurrentIndex(m_window->model()->index(1, 0));
    QVERIFY(details->toPlainText().contains(QStringLiteral("never completed")));
}

void ActivityWindowTest::exportCsv_writesTheFilteredEntries()
{
    auto *outcomes = child<QComboBox>("outcomeCombo");
    outcomes->setCurrentIndex(outcomes->findData(int(AuditOutcome::Ok)));
    QTRY_COMPARE(m_window->model()->rowCount(), 3);

    QSignalSpy exported(m_window.get(), &ActivityWindow::exported);
    const QString path = m_dir->filePath(QStringLiteral("activity.csv"));
    m_window->exportCsvTo(path);
    QTRY_COMPARE(exported.size(), 1);
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
    QVERIFY(child<QLabel>("statusLabel")->text().contains(QStringLiteral("activity.csv")));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    const QList<QByteArray> lines = content.split('\n');
    // Header, three entries, and the empty remainder after the last CRLF.
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).startsWith("id,started_at,"));
    QVERIFY(lines.at(1).contains(",Beta,"));
    QVERIFY(!content.contains("Gamma"));

    // A folder that cannot be written says why and leaves the button usable.
    m_window->exportCsvTo(m_dir->filePath(QStringLiteral("missing/activity.csv")));
    QTRY_COMPARE(exported.size(), 2);
    QVERIFY(!exported.at(1).at(0).toBool());
    QVERIFY(child<QPushButton>("exportButton")->isEnabled());
}

void ActivityWindowTest::newEntries_appear_andF5ReadsTheLogAgain()
{
    QSignalSpy refreshed(m_window.get(), &ActivityWindow::refreshed);
    AttemptEnd ok;
    record(start(QStringLiteral("acc-d"), QStringLiteral("New account"), Platform::Burki,
                 QStringLiteral("Zeta"), AuditAction::Archive),
           ok);
    // Written while the window is open: it follows without being asked.
    QTRY_COMPARE(m_window->model()->rowCount(), 6);
    QCOMPARE(m_window->model()->index(0, ActivityModel::CampaignColumn).data().toString(),
             QStringLiteral("Zeta"));
    QTRY_COMPARE(child<QComboBox>("accountCombo")->count(), 5);

    refreshed.clear();
    child<QTableView>("tableView")->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QTRY_COMPARE(refreshed.size(), 1);
    QCOMPARE(refreshed.first().at(0).toInt(), 6);
    QTest::mouseClick(child<QPushButton>("refreshButton"), Qt::LeftButton);
    QTRY_COMPARE(refreshed.size(), 2);
}

void ActivityWindowTest::keyboard_ctrlFSearches_andEscapeCloses()
{
    auto *table = child<QTableView>("tableView");
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(child<QLineEdit>("searchEdit")->hasFocus());

    // Every widget can be found by tests and read by a screen reader.
    for (const char *name : {"accountCombo", "actionCombo", "outcomeCombo", "searchEdit",
                             "refreshButton", "exportButton", "tableView", "detailsEdit"}) {
        auto *w = child<QWidget>(name);
        QVERIFY2(w, name);
        QVERIFY2(!w->accessibleName().isEmpty(), name);
    }

    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->isVisible());
}

QTEST_MAIN(ActivityWindowTest)
#include "tst_activitywindow.moc"
