// Keyboard and accessibility: the whole delete flow works with key presses only, every
// interactive widget has an accessible name, the tab order follows the reading order, every
// action has a shortcut or a mnemonic, and no status is shown by colour alone.

#include "aboutdialog.h"
#include "accounts/accountsession.h"
#include "accounts/accountsfile.h"
#include "core/platform.h"
#include "deletedialog.h"
#include "mainwindow.h"
#include "model/campaigntablemodel.h"
#include "quitguard.h"
#include "safety/auditlog.h"
#include "safety/deleteoperation.h"
#include "sandboxfixture.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

#include <algorithm>
#include <cstdlib>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

namespace {

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

bool hasBuddyLabel(QWidget *w, QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    return std::any_of(labels.cbegin(), labels.cend(), [w](const QLabel *l) {
        return l->buddy() == w && !l->text().trimmed().isEmpty();
    });
}

// The widgets a keyboard user can reach in `root` as it is shown now.
QList<QWidget *> interactiveWidgets(QWidget *root)
{
    QList<QWidget *> out;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->isVisibleTo(root) && w->focusPolicy() & Qt::TabFocus && w->isEnabled() &&
            !w->focusProxy())
            out << w;
    }
    return out;
}

bool hasMnemonic(const QString &text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('&'), i + 2)) {
        if (text.at(i + 1) != QLatin1Char('&') && !text.at(i + 1).isSpace())
            return true;
    }
    return false;
}

} // namespace

class KeyboardDeleteFlowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void deleteFlow_keyboardOnly_deletesTheCampaign_data();
    void deleteFlow_keyboardOnly_deletesTheCampaign();
    void deleteFlow_returnInTheConfirmField_neverDeletes();
    void deleteFlow_escapeOnTheConfirmPage_sendsNothing();

    void deleteDialog_everyInteractiveWidgetHasAnAccessibleName_andTabOrderFollowsReading();
    void mainWindow_everyInteractiveWidgetHasAnAccessibleName_andIsReachableByTab();
    void aboutDialog_everyInteractiveWidgetHasAnAccessibleName();
    void mainWindow_everyActionHasAShortcutOrAMnemonic();
    void mainWindow_statusIsNeverShownByColourAlone();
    void quit_asksNothingWhenIdle_butNamesAnExportInFlight();

private:
    DeleteDialog *openDialog(Platform platform, const QString &campaignId);
    QString page() const;
    // Presses `key` on whatever has the keyboard focus, as a user would.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Tabs forward until `target` has the focus; false when it is not in the tab chain.
    bool tabTo(QWidget *target);
    QJsonObject sandboxCampaign(Platform platform, const QString &id, int *status = nullptr);
    // Asserts the names and the reading order of the dialog's current page.
    void checkPage(const QString &expectedPage);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditLog> m_audit;
    QNetworkAccessManager m_nam;
    QList<AccountWithSecret> m_accounts;
    QList<AccountSession *> m_sessions;
    QPointer<DeleteDialog> m_dialog;
};

void KeyboardDeleteFlowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignDeskTests"));
    QSettings().clear();
}

void KeyboardDeleteFlowTest::init()
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
        a.account.transferTimeoutMs = 5000;
        auto *s = new AccountSession(&m_nam, a.account, this);
        s->setSecret(a.secret);
        m_sessions << s;
    }
}

void KeyboardDeleteFlowTest::cleanup()
{
    delete m_dialog;
    qDeleteAll(m_sessions);
    m_sessions.clear();
    m_accounts.clear();
    m_audit.reset();
    m_sandbox.reset();
}

QJsonObject KeyboardDeleteFlowTest::sandboxCampaign(Platform platform, const QString &id,
                                                    int *status)
{
    const HttpAnswer a = m_sandbox->raw(
        "GET", QStringLiteral("/__sandbox/campaigns/%1/%2").arg(platformKey(platform), id));
    if (status)
        *status = a.status;
    return a.object();
}

DeleteDialog *KeyboardDeleteFlowTest::openDialog(Platform platform, const QString &campaignId)
{
    Campaign row;
    row.accountId = m_accounts.at(int(platform)).account.id;
    row.platform = platform;
    row.id = campaignId;
    row.name = sandboxCampaign(platform, campaignId).value(QStringLiteral("name")).toString();
    m_dialog = new DeleteDialog(m_sessions.at(int(platform)), m_audit.get(), row, false,
                                m_dir->filePath(QStringLiteral("exports")));
    m_dialog->show();
    m_dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(m_dialog))
        qWarning("the delete dialog did not become active");
    m_dialog->start();
    return m_dialog;
}

QString KeyboardDeleteFlowTest::page() const
{
    return m_dialog->findChild<QStackedWidget *>(QStringLiteral("pages"))
        ->currentWidget()
        ->objectName();
}

void KeyboardDeleteFlowTest::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

bool KeyboardDeleteFlowTest::tabTo(QWidget *target)
{
    for (int i = 0; i < 40; ++i) {
        if (QApplication::focusWidget() == target)
            return true;
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            return false;
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    return QApplication::focusWidget() == target;
}

void KeyboardDeleteFlowTest::deleteFlow_keyboardOnly_deletesTheCampaign_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("campaignId");
    QTest::addColumn<bool>("exportFirst");
    QTest::newRow("talkover, export first")
        << Platform::Talkover << QStringLiteral("campaign-uuid-1") << true;
    QTest::newRow("kakiyo, export unticked with Space")
        << Platform::Kakiyo << QStringLiteral("campaign_123") << false;
    QTest::newRow("smartlead, Archive is the default")
        << Platform::Smartlead << QStringLiteral("123") << true;
}

void KeyboardDeleteFlowTest::deleteFlow_keyboardOnly_deletesTheCampaign()
{
    QFETCH(Platform, platform);
    QFETCH(QString, campaignId);
    QFETCH(bool, exportFirst);
    const QString name =
        sandboxCampaign(platform, campaignId).value(QStringLiteral("name")).toString();
    QVERIFY(!name.isEmpty());
    openDialog(platform, campaignId);
    QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("reviewPage"), 10000);

    // The review page opens with the safe choice focused, never Continue.
    auto *cont = m_dialog->findChild<QPushButton *>(QStringLiteral("continueButton"));
    QVERIFY(QApplication::focusWidget());
    QVERIFY(QApplication::focusWidget() != cont);

    auto *exportCheck = m_dialog->findChild<QCheckBox *>(QStringLiteral("exportCheck"));
    QVERIFY(exportCheck->isChecked());
    if (!exportFirst) {
        QVERIFY2(tabTo(exportCheck), "the export choice is not in the tab chain");
        press(Qt::Key_Space);
        QVERIFY(!exportCheck->isChecked());
    }
    QVERIFY2(tabTo(cont), "Continue is not in the tab chain");
    press(Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("confirmPage"), 20000);

    // The confirmation field has the focus: type the name, Tab to the button, Space.
    auto *edit = m_dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    auto *deleteButton = m_dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    QCOMPARE(QApplication::focusWidget(), edit);
    QVERIFY(!deleteButton->isEnabled());
    QTest::keyClicks(QApplication::focusWidget(),
                     m_dialog->operation()->decision().confirmationText);
    QVERIFY(deleteButton->isEnabled());
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), deleteButton);
    QCOMPARE(m_sandbox->countRequests("DELETE"), 0);
    press(Qt::Key_Space);

    QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("resultPage"), 20000);
    QCOMPARE(m_dialog->operation()->outcome(), DeleteOperation::Outcome::Deleted);
    QCOMPARE(m_sandbox->countRequests("DELETE"), 1);
    int status = 0;
    sandboxCampaign(platform, campaignId, &status);
    QCOMPARE(status, 404); // gone on the platform
    QCOMPARE(m_dialog->operation()->exportSkipped(), !exportFirst);

    // The result page is closed with the keyboard too.
    QCOMPARE(QApplication::focusWidget(),
             m_dialog->findChild<QPushButton *>(QStringLiteral("closeButton")));
    press(Qt::Key_Return);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void KeyboardDeleteFlowTest::deleteFlow_returnInTheConfirmField_neverDeletes()
{
    // Return is the dialog's default button, which on the confirm page is Cancel: typing the
    // name and pressing Return out of habit must not delete anything.
    openDialog(Platform::Talkover, QStringLiteral("campaign-uuid-1"));
    QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("reviewPage"), 10000);
    QVERIFY(tabTo(m_dialog->findChild<QPushButton *>(QStringLiteral("continueButton"))));
    press(Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("confirmPage"), 20000);
    QTest::keyClicks(QApplication::focusWidget(),
                     m_dialog->operation()->decision().confirmationText);
    press(Qt::Key_Return);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(m_sandbox->countRequests("DELETE"), 0);
    int status = 0;
    sandboxCampaign(Platform::Talkover, QStringLiteral("campaign-uuid-1"), &status);
    QCOMPARE(status, 200);
}

void KeyboardDeleteFlowTest::deleteFlow_escapeOnTheConfirmPage_sendsNothing()
{
    openDialog(Platform::Burki, QStringLiteral("42"));
    QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("reviewPage"), 10000);
    QVERIFY(tabTo(m_dialog->findChild<QPushButton *>(QStringLiteral("continueButton"))));
    press(Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("confirmPage"), 20000);
    QTest::keyClicks(QApplication::focusWidget(),
                     m_dialog->operation()->decision().confirmationText);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_sandbox->countRequests("DELETE"), 0);
}

void KeyboardDeleteFlowTest::checkPage(const QString &expectedPage)
{
    QCOMPARE(page(), expectedPage);
    const QList<QWidget *> widgets = interactiveWidgets(m_dialog);
    QVERIFY(!widgets.isEmpty());
    QStringList unnamed;
    for (QWidget *w : widgets) {
        if (accessibleName(w).isEmpty() && !hasBuddyLabel(w, m_dialog))
            unnamed << w->objectName();
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

    // Tab from the first control in reading order visits every control once, top to bottom
    // and left to right within a row.
    const auto topLeft = [this](QWidget *w) {
        return w->mapTo(m_dialog, QPoint(0, 0));
    };
    QList<QWidget *> reading = widgets;
    std::sort(reading.begin(), reading.end(), [&](QWidget *a, QWidget *b) {
        const QPoint pa = topLeft(a);
        const QPoint pb = topLeft(b);
        if (std::abs(pa.y() - pb.y()) > 4)
            return pa.y() < pb.y();
        return pa.x() < pb.x();
    });
    reading.first()->setFocus(Qt::TabFocusReason);
    QList<QWidget *> visited;
    for (int i = 0; i < reading.size(); ++i) {
        visited << QApplication::focusWidget();
        press(Qt::Key_Tab);
    }
    QStringList expectedNames;
    QStringList visitedNames;
    for (QWidget *w : std::as_const(reading))
        expectedNames << w->objectName();
    for (QWidget *w : std::as_const(visited))
        visitedNames << (w ? w->objectName() : QStringLiteral("(none)"));
    QCOMPARE(visitedNames, expectedNames);
    QCOMPARE(QApplication::focusWidget(), reading.first()); // and round again
}

void KeyboardDeleteFlowTest::
    deleteDialog_everyInteractiveWidgetHasAnAccessibleName_andTabOrderFollowsReading()
{
    // Blocked first (the gate with Pause), then unblocked by keyboard, then the confirm page.
    const HttpAnswer a = m_sandbox->raw("POST", QStringLiteral("/__sandbox/campaigns/burki/42"),
                                        QByteArrayLiteral(R"({"status":"running","inFlight":0})"));
    QCOMPARE(a.status, 200);
    openDialog(Platform::Burki, QStringLiteral("42"));
    QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("reviewPage"), 10000);
    auto *stop = m_dialog->findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(stop->isVisible());
    checkPage(QStringLiteral("reviewPage"));

    m_sandbox->raw("POST", QStringLiteral("/__sandbox/campaigns/burki/42"),
                   QByteArrayLiteral(R"({"status":"paused","inFlight":0})"));
    m_dialog->close();
    delete m_dialog;
    openDialog(Platform::Burki, QStringLiteral("42"));
    QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("reviewPage"), 10000);
    checkPage(QStringLiteral("reviewPage"));
    QVERIFY(tabTo(m_dialog->findChild<QPushButton *>(QStringLiteral("continueButton"))));
    press(Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("confirmPage"), 20000);
    checkPage(QStringLiteral("confirmPage"));
}

void KeyboardDeleteFlowTest::
    mainWindow_everyInteractiveWidgetHasAnAccessibleName_andIsReachableByTab()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    for (bool sandbox : {false, true}) {
        if (sandbox) {
            window.openSandbox();
            QTRY_COMPARE_WITH_TIMEOUT(window.campaignModel()->totalCount(), 200, 20000);
        }
        const QList<QWidget *> widgets = interactiveWidgets(&window);
        QVERIFY(!widgets.isEmpty());
        QStringList unnamed;
        for (QWidget *w : widgets) {
            if (accessibleName(w).isEmpty() && !hasBuddyLabel(w, &window))
                unnamed << QStringLiteral("%1 (%2)").arg(
                    w->objectName(), QLatin1String(w->metaObject()->className()));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        // Tab cycles through every control.
        widgets.first()->setFocus(Qt::TabFocusReason);
        QSet<QWidget *> reached;
        for (int i = 0; i < 3 * widgets.size(); ++i) {
            reached.insert(QApplication::focusWidget());
            press(Qt::Key_Tab);
        }
        QStringList missed;
        for (QWidget *w : widgets) {
            if (!reached.contains(w))
                missed << w->objectName();
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral(", "))));
    }
}

void KeyboardDeleteFlowTest::aboutDialog_everyInteractiveWidgetHasAnAccessibleName()
{
    AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    const QList<QWidget *> widgets = interactiveWidgets(&about);
    QVERIFY(!widgets.isEmpty());
    for (QWidget *w : widgets)
        QVERIFY2(!accessibleName(w).isEmpty(), qPrintable(w->objectName()));
    // Version, licence, platforms and links are all there.
    QStringList texts;
    const QList<QLabel *> labels = about.findChildren<QLabel *>();
    for (const QLabel *l : labels)
        texts << l->text();
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral(CAMPAIGNDESK_VERSION)));
    QVERIFY(all.contains(QStringLiteral("GNU General Public License")));
    QVERIFY(all.contains(QStringLiteral("https://")));
    const QList<Platform> platforms = allPlatforms();
    for (Platform p : platforms)
        QVERIFY2(all.contains(platformDisplayName(p)), qPrintable(platformDisplayName(p)));
    press(Qt::Key_Return); // Close is the default
    QTRY_VERIFY(!about.isVisible());
}

void KeyboardDeleteFlowTest::mainWindow_everyActionHasAShortcutOrAMnemonic()
{
    MainWindow window;
    window.show();
    QList<QAction *> actions;
    QList<QAction *> pending = window.menuBar()->actions();
    while (!pending.isEmpty()) {
        QAction *a = pending.takeFirst();
        if (a->isSeparator())
            continue;
        actions << a;
        if (a->menu()) {
            QVERIFY2(hasMnemonic(a->text()), qPrintable(a->text())); // menus open with Alt
            pending << a->menu()->actions();
        }
    }
    const QList<QToolBar *> bars = window.findChildren<QToolBar *>();
    for (const QToolBar *bar : bars)
        actions << bar->actions();
    actions << window.findChild<QTableView *>(QStringLiteral("campaignsView"))->actions();
    QVERIFY(actions.size() > 10);
    QStringList missing;
    for (const QAction *a : std::as_const(actions)) {
        if (a->isSeparator() || a->menu())
            continue;
        if (a->shortcut().isEmpty() && !hasMnemonic(a->text()))
            missing << a->text();
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void KeyboardDeleteFlowTest::mainWindow_statusIsNeverShownByColourAlone()
{
    MainWindow window;
    window.show();
    window.openSandbox();
    QTRY_COMPARE_WITH_TIMEOUT(window.campaignModel()->totalCount(), 200, 20000);
    // Every campaign's status is words, not only an icon or a colour.
    const QAbstractItemModel *model = window.campaignModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex status = model->index(row, CampaignTableModel::Status);
        QVERIFY2(!status.data(Qt::DisplayRole).toString().trimmed().isEmpty(),
                 qPrintable(QString::number(row)));
    }
    // The sandbox marker is a word, and each account says its state in words.
    auto *badge = window.findChild<QLabel *>(QStringLiteral("sandboxBadge"));
    QVERIFY(badge->isVisible() && badge->text().contains(QStringLiteral("SANDBOX")));
    const QAbstractItemModel *accounts =
        window.findChild<QTreeView *>(QStringLiteral("accountsView"))->model();
    for (int group = 1; group < accounts->rowCount(); ++group) {
        const QModelIndex g = accounts->index(group, 0);
        for (int row = 0; row < accounts->rowCount(g); ++row) {
            const QString text = accounts->index(row, 0, g).data().toString();
            QVERIFY2(text.contains(QStringLiteral(" — ")) &&
                         text.section(QStringLiteral(" — "), 1).trimmed().size() > 0,
                     qPrintable(text));
        }
    }
}

void KeyboardDeleteFlowTest::quit_asksNothingWhenIdle_butNamesAnExportInFlight()
{
    {
        MainWindow idle;
        auto *guard = new QuitGuard(&idle);
        idle.show();
        QVERIFY(guard->workInFlight().isEmpty());
        QVERIFY(idle.close()); // nothing running: no question
        QVERIFY(!guard->question());
    }

    MainWindow window;
    auto *guard = new QuitGuard(&window);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // A slow platform keeps the export's live fetch in flight.
    m_sandbox->addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                                    {QStringLiteral("method"), QStringLiteral("GET")},
                                    {QStringLiteral("path"), QStringLiteral("/campaigns/*")},
                                    {QStringLiteral("count"), 5},
                                    {QStringLiteral("kind"), QStringLiteral("latency")},
                                    {QStringLiteral("latencyMs"), 3000}});
    Campaign row;
    row.accountId = m_accounts.at(int(Platform::Talkover)).account.id;
    row.platform = Platform::Talkover;
    row.id = QStringLiteral("campaign-uuid-1");
    auto *op = new DeleteOperation(m_sessions.at(int(Platform::Talkover)), m_audit.get(), row,
                                   false, &window);
    op->setGoal(DeleteOperation::Goal::Export, StatusAction::Pause,
                m_dir->filePath(QStringLiteral("exports")));
    op->start();
    QVERIFY(op->isBusy());
    QCOMPARE(guard->workInFlight().size(), 1);

    QVERIFY(!window.close()); // held: the question is asked instead
    QVERIFY(window.isVisible());
    QTRY_VERIFY(guard->question() && guard->question()->isVisible());
    QVERIFY(guard->question()->informativeText().contains(QStringLiteral("Talkover")));
    QTRY_COMPARE(QApplication::activeWindow(), guard->question());
    press(Qt::Key_Escape); // "Keep working" is the escape and the default
    QTRY_VERIFY(!guard->question());
    QVERIFY(window.isVisible());
    QVERIFY(op->isBusy());

    // Asked again, "Quit anyway" (reached with the keyboard) closes the window.
    QVERIFY(!window.close());
    QTRY_VERIFY(guard->question() && guard->question()->isVisible());
    auto *quit = guard->question()->findChild<QPushButton *>(QStringLiteral("quitAnyway"));
    QVERIFY(quit);
    QTRY_COMPARE(QApplication::activeWindow(), guard->question());
    QVERIFY(tabTo(quit));
    press(Qt::Key_Space);
    QTRY_VERIFY(!window.isVisible());
    op->cancel();
}

QTEST_MAIN(KeyboardDeleteFlowTest)
#include "tst_keyboard_deleteflow.moc"
