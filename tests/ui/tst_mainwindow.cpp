// The main window as a user first sees it: the empty state, then the sandbox with its five
// accounts, clearly marked.

#include "mainwindow.h"
#include "model/campaigntablemodel.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace CampaignDesk;

class MainWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstStart_showsEmptyStateWithSandboxOffer();
    void openSandbox_listsFiveSandboxAccountsGroupedByPlatform();
    void sandbox_listsEveryPlatformsCampaigns_andSearchAndStatusFilterNarrowTheTable();
    void selectingACampaign_showsItsDetailsAndRawJson();
    void executable_versionAndHelp();
    void unreadableSettingsFile_isKeptAsACopy_andTheUserIsTold();

private:
    static QStringList accountLabels(const QAbstractItemModel *model);
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignDeskTests"));
    QSettings().clear(); // no window state from an earlier run
}

QStringList MainWindowTest::accountLabels(const QAbstractItemModel *model)
{
    QStringList labels;
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex g = model->index(group, 0);
        for (int row = 0; row < model->rowCount(g); ++row)
            labels << model->index(row, 0, g).data().toString().section(QStringLiteral(" — "), 0,
                                                                        0);
    }
    return labels;
}

void MainWindowTest::firstStart_showsEmptyStateWithSandboxOffer()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    auto *openSandbox = window.findChild<QPushButton *>(QStringLiteral("emptyOpenSandbox"));
    QVERIFY(openSandbox && openSandbox->isVisible() && openSandbox->isEnabled());

    // Clicking the offer opens the sandbox.
    QTest::mouseClick(openSandbox, Qt::LeftButton);
    auto *accounts = window.findChild<QTreeView *>(QStringLiteral("accountsView"));
    QTRY_COMPARE_WITH_TIMEOUT(accountLabels(accounts->model()).size(), 5, 10000);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("mainPage"));
}

void MainWindowTest::openSandbox_listsFiveSandboxAccountsGroupedByPlatform()
{
    MainWindow window;
    window.show();
    window.openSandbox();
    auto *accounts = window.findChild<QTreeView *>(QStringLiteral("accountsView"));
    QTRY_COMPARE_WITH_TIMEOUT(accountLabels(accounts->model()).size(), 5, 10000);
    QCOMPARE(accountLabels(accounts->model()),
             (QStringList{QStringLiteral("Talkover Sandbox"), QStringLiteral("Burki Sandbox"),
                          QStringLiteral("Kakiyo Sandbox"), QStringLiteral("Kore.ai Sandbox"),
                          QStringLiteral("Smartlead Sandbox")}));
    const QAbstractItemModel *model = accounts->model();
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("All campaigns"));
    QCOMPARE(model->index(4, 0).data().toString(), QStringLiteral("Kore.ai"));
    auto *badge = window.findChild<QLabel *>(QStringLiteral("sandboxBadge"));
    QVERIFY(badge && badge->isVisible());
    QVERIFY(badge->text().contains(QStringLiteral("SANDBOX")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
}

void MainWindowTest::sandbox_listsEveryPlatformsCampaigns_andSearchAndStatusFilterNarrowTheTable()
{
    MainWindow window;
    window.show();
    window.openSandbox();
    auto *table = window.findChild<QTableView *>(QStringLiteral("campaignsView"));
    QAbstractItemModel *model = table->model();
    // Five platforms, 40 seeded campaigns each.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 200, 20000);
    QSet<QString> platforms;
    for (int row = 0; row < model->rowCount(); ++row)
        platforms.insert(model->index(row, CampaignTableModel::Platform).data().toString());
    QCOMPARE(platforms.size(), 5);
    auto *count = window.findChild<QLabel *>(QStringLiteral("campaignCount"));
    QVERIFY2(count->text().startsWith(QStringLiteral("200 campaigns")), qPrintable(count->text()));

    // Typing in the search box narrows the table to matching names, as the user types.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Sales Campaign"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, CampaignTableModel::Name).data().toString(),
             QStringLiteral("Sales Campaign"));
    QVERIFY(count->text().contains(QStringLiteral("1 shown")));
    search->clear();
    QTRY_COMPARE(model->rowCount(), 200);

    // Choosing "Paused" in the status filter keeps only paused campaigns, in every platform.
    auto *status = window.findChild<QComboBox *>(QStringLiteral("statusFilter"));
    status->setCurrentIndex(status->findText(QStringLiteral("Paused")));
    QVERIFY(model->rowCount() > 0 && model->rowCount() < 200);
    QSet<QString> pausedPlatforms;
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->index(row, 0).data(CampaignTableModel::StatusRole).toInt(),
                 int(CampaignStatus::Paused));
        pausedPlatforms.insert(model->index(row, CampaignTableModel::Platform).data().toString());
    }
    QCOMPARE(pausedPlatforms.size(), 5);
    // Both at once: a search inside the paused ones.
    QTest::keyClicks(search, QStringLiteral("campaign_123"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, CampaignTableModel::Id).data().toString(),
             QStringLiteral("campaign_123"));
}

void MainWindowTest::selectingACampaign_showsItsDetailsAndRawJson()
{
    MainWindow window;
    window.show();
    window.openSandbox();
    auto *table = window.findChild<QTableView *>(QStringLiteral("campaignsView"));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 200, 20000);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    QTest::keyClicks(search, QStringLiteral("February Appointment"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setFocus();
    table->selectRow(0);
    auto *details = window.findChild<QPlainTextEdit *>(QStringLiteral("detailsView"));
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("February Appointment Reminders")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("Platform: Burki")));
    QVERIFY(details->toPlainText().contains(QStringLiteral("\"assistant_name\"")));
}

void MainWindowTest::executable_versionAndHelp()
{
    QProcess version;
    version.start(QStringLiteral(APP_EXE), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(20000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().contains(CAMPAIGNDESK_VERSION));

    QProcess help;
    help.start(QStringLiteral(APP_EXE), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(20000));
    QCOMPARE(help.exitCode(), 0);
    QVERIFY(help.readAllStandardOutput().contains("--sandbox"));
}

// A settings file that QSettings cannot read would be rewritten with only what it understood:
// the window keeps an untouched copy first and says where, in the status bar and a message.
void MainWindowTest::unreadableSettingsFile_isKeptAsACopy_andTheUserIsTold()
{
    const QString path = QSettings().fileName();
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray broken("[accounts]\nt-1\\label=Agency\n[broken\n[mainWindow]\nsearch=x\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(broken);
    }
    QStringList before = QDir(QFileInfo(path).absolutePath())
                             .entryList({QFileInfo(path).fileName() + QStringLiteral(".*.bak")});
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *notice = window.findChild<QLabel *>(QStringLiteral("notice"));
        QVERIFY(notice->text().contains(QStringLiteral("could not be read")));
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) != nullptr && box->isVisible());
        QVERIFY(box->text().contains(QStringLiteral("could not be read")));
        QVERIFY(box->detailedText().contains(path));
        const QStringList after =
            QDir(QFileInfo(path).absolutePath())
                .entryList({QFileInfo(path).fileName() + QStringLiteral(".*.bak")});
        QCOMPARE(after.size(), before.size() + 1);
        QString copy;
        for (const QString &name : after) {
            if (!before.contains(name))
                copy = QFileInfo(path).absolutePath() + QLatin1Char('/') + name;
        }
        QVERIFY(box->detailedText().contains(copy));
        QVERIFY(notice->text().contains(copy));
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), broken);
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!box->isVisible());
        QFile::remove(copy);
    }
    QSettings().clear();
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
