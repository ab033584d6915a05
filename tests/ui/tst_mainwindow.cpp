// The main window as a user first sees it: the empty state, then the sandbox with its five
// accounts, clearly marked.

#include "mainwindow.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
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
    void executable_versionAndHelp();

private:
    static QStringList accountLabels(const QAbstractItemModel *model);
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignDeskTests"));
}

QStringList MainWindowTest::accountLabels(const QAbstractItemModel *model)
{
    QStringList labels;
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex g = model->index(group, 0);
        for (int row = 0; row < model->rowCount(g); ++row)
            labels << model->index(row, 0, g).data().toString();
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

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
