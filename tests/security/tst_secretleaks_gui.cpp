// Secrets never reach the screen, a file or a log line, through the real window: accounts are
// added in the account dialog by typing the sandbox's keys (and two distinctive wrong "canary"
// keys) and tested there, the campaigns list, a Smartlead campaign is exported and deleted
// through the delete dialog opened with Del, a refresh breaks (dropped and cut-short
// connections), the activity window is opened and the accounts are removed from their menu.
// Meanwhile every text any widget shows is recorded (labels, fields other than password ones,
// buttons, tooltips, titles, status messages, every item model's texts and raw JSON).
// Afterwards those texts, every file the app wrote under a private home (settings also as
// QSettings reads them, SQLite databases also cell by cell) and every log line (debug categories
// on) are searched for every secret in plain, base64 (any alignment), base64url,
// percent-encoded, hex and UTF-16 form, for its first and last 16 characters, and for any
// signed JWT. A failure names the place and only the secret's first 6 characters.
//
// The home is private: main() points HOME and the XDG folders at a temporary directory before
// the QApplication exists, and QStandardPaths' test mode is on as well. Keys the dialog is
// told to remember go to the real keyring (CTest runs inside dbus-run-session with an unlocked
// gnome-keyring, see packaging/dev.sh); without a keyring they stay in memory for the session.
// Either way the accounts are removed at the end, which removes their keys from the keyring.

#include "accountdialog.h"
#include "accounts/keychainsecretstore.h"
#include "accounts/secretstore.h"
#include "accounts/workspace.h"
#include "activitywindow.h"
#include "deletedialog.h"
#include "mainwindow.h"
#include "model/campaigntablemodel.h"
#include "safety/auditlog.h"
#include "sandboxfixture.h"
#include "secretscan.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

namespace {

// The private home main() made, before the QApplication.
QString privateHome;

const QString SmartleadCanary = QStringLiteral("LEAKCANARY_gui_9c4e1a7b3f5d");
const QString KoreAiCanary = QStringLiteral("LEAKCANARY_gui_kore_6d1f8b3e7a2c");

struct Secret
{
    QString what;
    QString value;
    QList<QByteArray> forms; // every encoding searched for
};

QString describe(const QWidget *w)
{
    const QWidget *top = w->window();
    const auto name = [](const QObject *o) {
        return o->objectName().isEmpty()
                   ? QString::fromLatin1(o->metaObject()->className())
                   : QStringLiteral("%1#%2").arg(QString::fromLatin1(o->metaObject()->className()),
                                                 o->objectName());
    };
    return top == w ? name(w) : QStringLiteral("%1 › %2").arg(name(top), name(w));
}

QString variantText(const QVariant &value)
{
    if (!value.isValid())
        return {};
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString();
    case QMetaType::QByteArray:
        return QString::fromUtf8(value.toByteArray());
    case QMetaType::QStringList:
        return value.toStringList().join(QLatin1Char('\n'));
    case QMetaType::QUrl:
        return value.toUrl().toString();
    default:
        return value.canConvert<QString>() ? value.toString() : QString();
    }
}

// Every text any widget of the application shows, recorded while the test drives the window:
// widgets every 50 ms, item models every 250 ms and at checkpoints, status bar messages as
// they are shown. Each distinct text is kept once, with the first place it was seen.
class ScreenRecorder final : public QObject
{
public:
    ScreenRecorder()
    {
        m_widgetTimer.setInterval(50);
        connect(&m_widgetTimer, &QTimer::timeout, this, [this] { sweep(false); });
        m_modelTimer.setInterval(250);
        connect(&m_modelTimer, &QTimer::timeout, this, [this] { sweep(true); });
    }

    void start()
    {
        m_widgetTimer.start();
        m_modelTimer.start();
    }
    void stop()
    {
        m_widgetTimer.stop();
        m_modelTimer.stop();
    }

    void sweep(bool models)
    {
        QWidgetList widgets = QApplication::allWidgets();
        // A model is named after its view, not after the view's header.
        std::stable_partition(widgets.begin(), widgets.end(),
                              [](QWidget *w) { return !qobject_cast<QHeaderView *>(w); });
        QSet<QAbstractItemModel *> seenModels;
        for (QWidget *w : widgets) {
            ++m_widgetsRead;
            sweepWidget(w);
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && models) {
                if (QAbstractItemModel *model = view->model();
                    model && !seenModels.contains(model)) {
                    seenModels.insert(model);
                    sweepModel(model, describe(view));
                }
            }
        }
    }

    const QList<QPair<QString, QString>> &texts() const { return m_texts; }
    bool saw(const QString &fragment) const
    {
        for (const auto &t : m_texts) {
            if (t.second.contains(fragment))
                return true;
        }
        return false;
    }
    int widgetsRead() const { return m_widgetsRead; }
    int itemsRead() const { return m_itemsRead; }

private:
    void record(const QString &place, const QString &text)
    {
        if (text.trimmed().isEmpty() || m_seen.contains(text))
            return;
        m_seen.insert(text);
        m_texts.append({place, text});
    }

    void sweepWidget(QWidget *w)
    {
        const QString place = describe(w);
        record(place + QStringLiteral(" window title"), w->windowTitle());
        record(place + QStringLiteral(" tooltip"), w->toolTip());
        record(place + QStringLiteral(" status tip"), w->statusTip());
        record(place + QStringLiteral(" what's this"), w->whatsThis());
        record(place + QStringLiteral(" accessible name"), w->accessibleName());
        record(place + QStringLiteral(" accessible description"), w->accessibleDescription());
        const QList<QAction *> actions = w->actions();
        for (const QAction *a : actions) {
            record(place + QStringLiteral(" action text"), a->text());
            record(place + QStringLiteral(" action tooltip"), a->toolTip());
            record(place + QStringLiteral(" action status tip"), a->statusTip());
        }
        if (auto *label = qobject_cast<QLabel *>(w))
            record(place + QStringLiteral(" text"), label->text());
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            if (edit->echoMode() == QLineEdit::Normal)
                record(place + QStringLiteral(" text"), edit->text());
            record(place + QStringLiteral(" placeholder"), edit->placeholderText());
        }
        if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            record(place + QStringLiteral(" text"), plain->toPlainText());
            record(place + QStringLiteral(" placeholder"), plain->placeholderText());
        }
        if (auto *rich = qobject_cast<QTextEdit *>(w)) {
            record(place + QStringLiteral(" text"), rich->toPlainText());
            record(place + QStringLiteral(" placeholder"), rich->placeholderText());
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            record(place + QStringLiteral(" text"), button->text());
        if (auto *group = qobject_cast<QGroupBox *>(w))
            record(place + QStringLiteral(" title"), group->title());
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
            record(place + QStringLiteral(" text"), spin->text());
        if (auto *progress = qobject_cast<QProgressBar *>(w))
            record(place + QStringLiteral(" text"), progress->text());
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                record(place + QStringLiteral(" item"), combo->itemText(i));
        }
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                record(place + QStringLiteral(" tab"), tabs->tabText(i));
                record(place + QStringLiteral(" tab tooltip"), tabs->tabToolTip(i));
            }
        }
        if (auto *menu = qobject_cast<QMenu *>(w))
            record(place + QStringLiteral(" title"), menu->title());
        if (auto *box = qobject_cast<QMessageBox *>(w)) {
            record(place + QStringLiteral(" text"), box->text());
            record(place + QStringLiteral(" informative text"), box->informativeText());
            record(place + QStringLiteral(" detailed text"), box->detailedText());
        }
        if (auto *bar = qobject_cast<QStatusBar *>(w)) {
            record(place + QStringLiteral(" message"), bar->currentMessage());
            if (!m_hooked.contains(bar)) {
                m_hooked.insert(bar);
                connect(bar, &QStatusBar::messageChanged, this, [this, place](const QString &m) {
                    record(place + QStringLiteral(" message"), m);
                });
            }
        }
    }

    void sweepModel(const QAbstractItemModel *model, const QString &view)
    {
        static const QList<int> roles = [] {
            QList<int> r{Qt::DisplayRole,
                         Qt::EditRole,
                         Qt::ToolTipRole,
                         Qt::StatusTipRole,
                         Qt::WhatsThisRole,
                         Qt::AccessibleTextRole,
                         Qt::AccessibleDescriptionRole};
            // The models' own roles, the campaign model's raw JSON among them.
            for (int role = Qt::UserRole; role <= Qt::UserRole + 16; ++role)
                r << role;
            return r;
        }();
        for (const Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
            const int sections = o == Qt::Horizontal ? model->columnCount() : model->rowCount();
            for (int s = 0; s < sections; ++s) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    record(view + QStringLiteral(" header"),
                           variantText(model->headerData(s, o, role)));
            }
        }
        sweepItems(model, QModelIndex(), view, roles);
    }

    void sweepItems(const QAbstractItemModel *model, const QModelIndex &parent, const QString &view,
                    const QList<int> &roles)
    {
        const int rows = model->rowCount(parent);
        const int columns = model->columnCount(parent);
        for (int row = 0; row < rows; ++row) {
            for (int column = 0; column < columns; ++column) {
                const QModelIndex index = model->index(row, column, parent);
                ++m_itemsRead;
                for (int role : roles) {
                    const QString text = variantText(index.data(role));
                    if (!text.isEmpty())
                        record(QStringLiteral("%1 item (%2, %3) role %4")
                                   .arg(view)
                                   .arg(row)
                                   .arg(column)
                                   .arg(role),
                               text);
                }
                if (column == 0 && model->hasChildren(index))
                    sweepItems(model, index, view, roles);
            }
        }
    }

    QTimer m_widgetTimer;
    QTimer m_modelTimer;
    QSet<QString> m_seen;
    QList<QPair<QString, QString>> m_texts;
    QSet<QStatusBar *> m_hooked;
    int m_widgetsRead = 0;
    int m_itemsRead = 0;
};

} // namespace

class SecretLeaksGuiTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void accountsAreAddedThroughTheAccountDialog();
    void campaignsList_andTheWrongKeysAreRefused();
    void campaignIsExportedAndDeletedFromTheWindow();
    void refreshThatBreaks_saysWhatBroke();
    void activityWindowShowsTheAttempts();
    void filesWrittenWhileRunning_holdNoSecret();
    void accountsAreRemovedFromTheirMenu_andTheirKeysLeaveTheKeyring();
    void nothingShownWrittenOrLogged_holdsASecret();

private:
    struct NewAccount
    {
        Platform platform;
        QString label;
        QString secret;
        bool remember;
        bool expectConnected;
    };
    void addAccount(const NewAccount &a);
    void typeInto(QWidget *field, const QString &text);
    QModelIndex accountIndex(const QString &label) const;
    QModelIndex campaignIndex(Platform platform, const QString &id) const;
    void clickRow(QAbstractItemView *view, const QModelIndex &index);
    QWidget *toolButton(const char *actionName) const;
    SecretResult readKeyring(const QString &key);
    QString accountId(const QString &label) const;
    // `text` with every piece of every form of every secret replaced, for messages.
    QByteArray maskedBytes(const QByteArray &text) const;
    QString masked(const QString &text) const;
    void checkPlace(const QString &place, const QByteArray &data, QStringList *findings) const;
    void scanSettingsValues(const QString &path, const QString &place, QStringList *findings) const;
    void scanSqliteCells(const QString &path, const QString &place, QStringList *findings) const;
    int scanFiles(QStringList *findings, QStringList *names) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ScreenRecorder> m_recorder;
    std::unique_ptr<KeychainSecretStore> m_keyring;
    QList<Secret> m_secrets;
    QStringList m_findings;
    QStringList m_accountKeys; // keyring keys of the accounts added, for the cleanup
    int m_stepsDone = 0;
    bool m_keyringUsed = false;
};

void SecretLeaksGuiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("secretleaks-gui"));
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    captureLogMessages(); // QTest installed its own in qExec()

    // Everything the app writes lands in the private home.
    QVERIFY(!privateHome.isEmpty());
    const QDir home(privateHome);
    for (const auto location :
         {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
          QStandardPaths::AppDataLocation, QStandardPaths::GenericDataLocation,
          QStandardPaths::CacheLocation, QStandardPaths::DocumentsLocation}) {
        const QString path = QStandardPaths::writableLocation(location);
        QVERIFY2(path.startsWith(home.path() + QLatin1Char('/')), qPrintable(path));
    }
    QVERIFY2(QSettings().fileName().startsWith(home.path()), qPrintable(QSettings().fileName()));
    QVERIFY(AuditLog::defaultPath().startsWith(home.path()));

    m_sandbox = std::make_unique<SandboxFixture>();
    for (const Platform p : allPlatforms())
        m_secrets << Secret{QStringLiteral("%1 sandbox key").arg(platformDisplayName(p)),
                            m_sandbox->account(p).secret,
                            {}};
    m_secrets << Secret{QStringLiteral("Smartlead canary key"), SmartleadCanary, {}}
              << Secret{QStringLiteral("Kore.ai canary secret"), KoreAiCanary, {}};
    for (Secret &s : m_secrets)
        s.forms = secretForms(s.value);
    m_keyring = std::make_unique<KeychainSecretStore>();

    m_recorder = std::make_unique<ScreenRecorder>();
    m_recorder->start();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QCOMPARE(m_window->exportRoot().startsWith(home.path()), true);
}

void SecretLeaksGuiTest::cleanupTestCase()
{
    if (m_recorder)
        m_recorder->stop();
    m_window.reset();
    // Should a step have failed before the accounts were removed, their keys still leave the
    // keyring.
    for (const QString &key : std::as_const(m_accountKeys)) {
        bool done = false;
        QObject context;
        connect(m_keyring->remove(key), &SecretReply::finished, &context,
                [&done](const SecretResult &) { done = true; });
        if (!QTest::qWaitFor([&done] { return done; }, 15000))
            std::fprintf(stderr, "secretleaks.gui: the keyring did not answer a removal\n");
    }
    qInstallMessageHandler(nullptr);
}

void SecretLeaksGuiTest::typeInto(QWidget *field, const QString &text)
{
    QVERIFY(field && field->isVisible() && field->isEnabled());
    QTest::mouseClick(field, Qt::LeftButton, {}, QPoint(6, field->height() / 2));
    QTRY_VERIFY(field->hasFocus() || field->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier); // replace
    QTest::keyClicks(QApplication::focusWidget(), text);
}

QWidget *SecretLeaksGuiTest::toolButton(const char *actionName) const
{
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *action = m_window->findChild<QAction *>(QString::fromLatin1(actionName));
    return bar && action ? bar->widgetForAction(action) : nullptr;
}

void SecretLeaksGuiTest::addAccount(const NewAccount &a)
{
    // The empty window offers "Add account…"; later the toolbar has it.
    auto *empty = m_window->findChild<QPushButton *>(QStringLiteral("emptyAddAccount"));
    QWidget *add = empty && empty->isVisible() ? empty : toolButton("actionAddAccount");
    QVERIFY(add && add->isVisible());
    QTest::mouseClick(add, Qt::LeftButton);
    QPointer<AccountDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<AccountDialog *>()) && dialog->isVisible());

    const Sandbox::Account &sandbox = m_sandbox->account(a.platform);
    auto *platform = dialog->findChild<QComboBox *>(QStringLiteral("platformCombo"));
    platform->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(platform, platformDisplayName(a.platform)); // keyboard search
    QCOMPARE(platform->currentText(), platformDisplayName(a.platform));

    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit")), a.label);
    auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("secretEdit"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    typeInto(secret, a.secret);
    if (a.platform == Platform::KoreAi) {
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("streamIdEdit")), sandbox.streamId);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("appIdEdit")), sandbox.appId);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("accountIdEdit")),
                 sandbox.accountId);
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("clientIdEdit")), sandbox.clientId);
    }
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
    if (remember->isChecked() != a.remember)
        QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(6, remember->height() / 2));
    QCOMPARE(remember->isChecked(), a.remember);

    // Advanced: the sandbox's base URL, and a rate the sandbox allows (keeps the test short).
    auto *advanced = dialog->findChild<QGroupBox *>(QStringLiteral("advancedGroup"));
    if (!advanced->isChecked()) {
        advanced->setFocus(Qt::TabFocusReason);
        QTest::keyClick(advanced, Qt::Key_Space);
    }
    QVERIFY(advanced->isChecked());
    typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit")),
             m_sandbox->baseUrl(a.platform));
    auto *rate = dialog->findChild<QSpinBox *>(QStringLiteral("rateSpin"));
    typeInto(rate, QStringLiteral("6000"));
    QCOMPARE(rate->value(), 6000);

    auto *validation = dialog->findChild<QLabel *>(QStringLiteral("validationLabel"));
    QVERIFY2(validation->text().isEmpty(), qPrintable(masked(validation->text())));

    // Test connection shows what came back.
    auto *test = dialog->findChild<QPushButton *>(QStringLiteral("testButton"));
    auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✔")) ||
                                 result->text().startsWith(QStringLiteral("✘")),
                             20000);
    if (a.expectConnected)
        QVERIFY2(result->text().startsWith(QStringLiteral("✔")),
                 qPrintable(masked(result->text())));
    else
        QVERIFY2(result->text().contains(QStringLiteral("refused")),
                 qPrintable(masked(result->text())));
    m_recorder->sweep(true);

    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!dialog); // closed and deleted
    const AccountSession *session = m_window->workspace()->session(accountId(a.label));
    QVERIFY2(session, qPrintable(a.label));
    m_accountKeys << session->account().secretKey();
}

QString SecretLeaksGuiTest::accountId(const QString &label) const
{
    const QList<AccountSession *> sessions = m_window->workspace()->sessions();
    for (const AccountSession *s : sessions) {
        if (s->account().label == label)
            return s->account().id;
    }
    return {};
}

QModelIndex SecretLeaksGuiTest::accountIndex(const QString &label) const
{
    const QAbstractItemModel *model =
        m_window->findChild<QTreeView *>(QStringLiteral("accountsView"))->model();
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex g = model->index(group, 0);
        for (int row = 0; row < model->rowCount(g); ++row) {
            const QModelIndex item = model->index(row, 0, g);
            if (item.data().toString().startsWith(label + QStringLiteral(" — ")))
                return item;
        }
    }
    return {};
}

QModelIndex SecretLeaksGuiTest::campaignIndex(Platform platform, const QString &id) const
{
    const QAbstractItemModel *model = m_window->campaignModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, CampaignTableModel::Name);
        if (index.data(CampaignTableModel::PlatformRole).toInt() == int(platform) &&
            index.data(CampaignTableModel::CampaignIdRole).toString() == id)
            return index;
    }
    return {};
}

void SecretLeaksGuiTest::clickRow(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

SecretResult SecretLeaksGuiTest::readKeyring(const QString &key)
{
    SecretResult out;
    out.error = SecretError::Timeout;
    bool done = false;
    QObject context;
    connect(m_keyring->read(key), &SecretReply::finished, &context,
            [&](const SecretResult &result) {
                out = result;
                done = true;
            });
    if (!QTest::qWaitFor([&done] { return done; }, KeychainSecretStore::DefaultTimeoutMs + 5000))
        out.message = QStringLiteral("no answer");
    return out;
}

void SecretLeaksGuiTest::accountsAreAddedThroughTheAccountDialog()
{
    QCOMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))
                 ->currentWidget()
                 ->objectName(),
             QStringLiteral("emptyPage"));
    const QString smartleadKey = m_sandbox->account(Platform::Smartlead).secret;
    const QString koreAiSecret = m_sandbox->account(Platform::KoreAi).secret;
    // The Kore.ai key is not remembered: the session-only path (and its keyring clean-up).
    for (const NewAccount &a : {NewAccount{Platform::Smartlead, QStringLiteral("Smartlead agency"),
                                           smartleadKey, true, true},
                                NewAccount{Platform::KoreAi, QStringLiteral("Kore.ai voice bots"),
                                           koreAiSecret, false, true},
                                NewAccount{Platform::Smartlead, QStringLiteral("Smartlead old key"),
                                           SmartleadCanary, true, false},
                                NewAccount{Platform::KoreAi, QStringLiteral("Kore.ai old secret"),
                                           KoreAiCanary, true, false}}) {
        addAccount(a);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(m_window->workspace()->sessions().size(), 4);

    // Where the keys went: the keyring when there is one (the remembered ones only), else
    // memory, which the window says.
    const SecretResult stored = readKeyring(m_accountKeys.at(0));
    m_keyringUsed = stored.ok();
    if (m_keyringUsed) {
        QVERIFY(stored.secret == smartleadKey); // compared, never printed
        QCOMPARE(readKeyring(m_accountKeys.at(1)).error, SecretError::NotFound);
    } else {
        // The window says the keys are kept for this session only.
        QTRY_VERIFY(m_recorder->saw(SessionFallbackSecretStore::sessionOnlyMessage()) ||
                    m_recorder->saw(QStringLiteral("could not be stored in the keyring")));
    }
    std::fprintf(stderr, "secretleaks.gui: keys %s\n",
                 m_keyringUsed ? "remembered in the keyring (Secret Service)"
                               : qPrintable(QStringLiteral("kept for the session only (%1)")
                                                .arg(secretErrorName(stored.error))));
    ++m_stepsDone;
}

void SecretLeaksGuiTest::campaignsList_andTheWrongKeysAreRefused()
{
    QCOMPARE(m_stepsDone, 1);
    const auto settled = [this] {
        const QList<AccountSession *> sessions = m_window->workspace()->sessions();
        for (const AccountSession *s : sessions) {
            if (s->state() == AccountState::Idle || s->state() == AccountState::Loading)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 30000);
    for (const QString &label :
         {QStringLiteral("Smartlead agency"), QStringLiteral("Kore.ai voice bots")})
        QVERIFY2(m_window->workspace()->session(accountId(label))->state() == AccountState::Ok,
                 qPrintable(masked(m_window->workspace()->session(accountId(label))->errorText())));
    for (const QString &label :
         {QStringLiteral("Smartlead old key"), QStringLiteral("Kore.ai old secret")}) {
        const QModelIndex item = accountIndex(label);
        QVERIFY2(item.data().toString().endsWith(QStringLiteral("error")),
                 qPrintable(masked(item.data().toString())));
        QVERIFY(item.data(Qt::ToolTipRole).toString().contains(QStringLiteral("refused")));
    }
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("campaignsView"));
    QVERIFY(table->model()->rowCount() >= 2);

    // The details pane shows a Kore.ai campaign's raw JSON, then the Smartlead one's.
    const QModelIndex kore = [&] {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, CampaignTableModel::Name);
            if (index.data(CampaignTableModel::PlatformRole).toInt() == int(Platform::KoreAi))
                return index;
        }
        return QModelIndex();
    }();
    QVERIFY(kore.isValid());
    clickRow(table, kore);
    auto *details = m_window->findChild<QPlainTextEdit *>(QStringLiteral("detailsView"));
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Platform: Kore.ai")));
    m_recorder->sweep(true);

    // The accounts pane: the wrong key's account, its tooltip says what went wrong.
    auto *accounts = m_window->findChild<QTreeView *>(QStringLiteral("accountsView"));
    clickRow(accounts, accountIndex(QStringLiteral("Smartlead old key")));
    m_recorder->sweep(true);
    clickRow(accounts, accounts->model()->index(0, 0)); // back to "All campaigns"
    ++m_stepsDone;
}

void SecretLeaksGuiTest::campaignIsExportedAndDeletedFromTheWindow()
{
    QCOMPARE(m_stepsDone, 2);
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("campaignsView"));
    QModelIndex target;
    QTRY_VERIFY((target = campaignIndex(Platform::Smartlead, QStringLiteral("123"))).isValid());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    clickRow(table, target);
    auto *details = m_window->findChild<QPlainTextEdit *>(QStringLiteral("detailsView"));
    QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Platform: Smartlead")));
    QVERIFY(table->hasFocus());

    // Del on the table opens the safe delete flow.
    QTest::keyClick(table, Qt::Key_Delete);
    QPointer<DeleteDialog> dialog;
    QTRY_VERIFY((dialog = m_window->findChild<DeleteDialog *>()) && dialog->isVisible());
    auto *pages = dialog->findChild<QStackedWidget *>(QStringLiteral("pages"));
    const auto page = [pages] {
        return pages->currentWidget()->objectName();
    };
    QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("reviewPage"), 20000);

    // Export first stays on, into the default folder in the private home.
    auto *exportCheck = dialog->findChild<QCheckBox *>(QStringLiteral("exportCheck"));
    QVERIFY(exportCheck->isChecked());
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("exportDirEdit"))
                ->text()
                .startsWith(privateHome));
    auto *cont = dialog->findChild<QPushButton *>(QStringLiteral("continueButton"));
    QVERIFY2(cont->isEnabled(), qPrintable(masked(cont->toolTip())));
    QTest::mouseClick(cont, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("confirmPage"), 30000);
    m_recorder->sweep(true);

    // Type what the dialog asks for, then Delete.
    const QString name = dialog->findChild<QLabel *>(QStringLiteral("confirmName"))->text();
    QVERIFY(!name.isEmpty());
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    QVERIFY(confirm->hasFocus());
    QTest::keyClicks(confirm, name);
    auto *deleteButton = dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    QVERIFY(deleteButton->isEnabled());
    QTest::mouseClick(deleteButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page(), QStringLiteral("resultPage"), 30000);
    const QString title = dialog->findChild<QLabel *>(QStringLiteral("resultTitle"))->text();
    QVERIFY2(
        title.contains(QStringLiteral("Deleted")),
        qPrintable(masked(dialog->findChild<QLabel *>(QStringLiteral("resultMessage"))->text())));
    QCOMPARE(m_sandbox->raw("GET", QStringLiteral("/__sandbox/campaigns/smartlead/123")).status,
             404);
    m_recorder->sweep(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QTRY_VERIFY(!campaignIndex(Platform::Smartlead, QStringLiteral("123")).isValid());
    ++m_stepsDone;
}

void SecretLeaksGuiTest::refreshThatBreaks_saysWhatBroke()
{
    QCOMPARE(m_stepsDone, 3);
    // Every Smartlead request (the key in its URL) loses its connection, every Kore.ai answer
    // is cut short (Qt resends some by itself, the transport retries three times), so each
    // refresh fails and the accounts pane shows the transport's own error text.
    m_sandbox->addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("smartlead")},
                                    {QStringLiteral("kind"), QStringLiteral("drop")},
                                    {QStringLiteral("count"), 200}});
    m_sandbox->addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("koreai")},
                                    {QStringLiteral("kind"), QStringLiteral("truncated")},
                                    {QStringLiteral("count"), 200}});
    auto *accounts = m_window->findChild<QTreeView *>(QStringLiteral("accountsView"));
    QCOMPARE(accounts->currentIndex().row(), 0); // "All campaigns": F5 refreshes every account
    QWidget *refresh = toolButton("actionRefresh");
    QVERIFY(refresh && refresh->isEnabled());
    QTest::mouseClick(refresh, Qt::LeftButton);
    const auto failed = [this](const QString &label) {
        const AccountSession *s = m_window->workspace()->session(accountId(label));
        return s && s->state() == AccountState::Error;
    };
    const auto states = [this] {
        QStringList out;
        const QList<AccountSession *> sessions = m_window->workspace()->sessions();
        for (const AccountSession *s : sessions)
            out << QStringLiteral("%1: %2 %3")
                       .arg(s->account().label)
                       .arg(int(s->state()))
                       .arg(s->errorText());
        return masked(out.join(QStringLiteral("; ")));
    };
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY2_WITH_TIMEOUT(failed(QStringLiteral("Smartlead agency")) &&
                                  failed(QStringLiteral("Kore.ai voice bots")) &&
                                  failed(QStringLiteral("Smartlead old key")) &&
                                  failed(QStringLiteral("Kore.ai old secret")),
                              qPrintable(states()), 40000);
    std::fprintf(stderr, "secretleaks.gui: every refresh failed after %lld ms\n",
                 qint64(clock.elapsed()));
    const QString tip =
        accountIndex(QStringLiteral("Smartlead agency")).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Smartlead")) &&
                 !m_window->workspace()
                      ->session(accountId(QStringLiteral("Smartlead agency")))
                      ->errorText()
                      .isEmpty(),
             qPrintable(masked(tip)));
    m_recorder->sweep(true);
    QCOMPARE(m_sandbox->raw("DELETE", QStringLiteral("/__sandbox/faults")).status, 200);
    ++m_stepsDone;
}

void SecretLeaksGuiTest::activityWindowShowsTheAttempts()
{
    QCOMPARE(m_stepsDone, 4);
    QWidget *button = toolButton("actionActivity");
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    ActivityWindow *activity = nullptr;
    QTRY_VERIFY((activity = m_window->findChild<ActivityWindow *>()) && activity->isVisible());
    auto *view = activity->findChild<QAbstractItemView *>();
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 2, 10000); // the export and the delete
    clickRow(view, view->model()->index(0, 0));
    m_recorder->sweep(true);
    ++m_stepsDone;
}

QByteArray SecretLeaksGuiTest::maskedBytes(const QByteArray &text) const
{
    // Every run of 8 or more characters that is part of any form of any secret becomes '*',
    // so no message shows a piece of a secret (its first 6 characters are named separately).
    constexpr qsizetype MinFragment = 8;
    QByteArray out = text;
    for (qsizetype i = 0; i + MinFragment <= text.size(); ++i) {
        qsizetype longest = 0;
        for (const Secret &secret : m_secrets) {
            for (const QByteArray &form : secret.forms) {
                qsizetype length = MinFragment - 1;
                while (i + length < text.size() && form.contains(text.mid(i, length + 1)))
                    ++length;
                if (length >= MinFragment)
                    longest = std::max(longest, length);
            }
        }
        for (qsizetype k = i; k < i + longest; ++k)
            out[k] = '*';
    }
    return out;
}

QString SecretLeaksGuiTest::masked(const QString &text) const
{
    return QString::fromUtf8(maskedBytes(text.toUtf8()));
}

void SecretLeaksGuiTest::checkPlace(const QString &place, const QByteArray &data,
                                    QStringList *findings) const
{
    for (const Secret &secret : m_secrets) {
        for (const QByteArray &form : secret.forms) {
            const qsizetype at = data.indexOf(form);
            if (at < 0)
                continue;
            // What came before it, without the rest of the secret (when a fragment or an
            // unaligned form matched) and with anything else secret masked.
            qsizetype start = at;
            const auto secretAt = [&](qsizetype from) {
                const QByteArray piece = data.mid(from, at + form.size() - from);
                return std::any_of(secret.forms.cbegin(), secret.forms.cend(),
                                   [&piece](const QByteArray &f) { return f.contains(piece); });
            };
            while (start > 0 && secretAt(start - 1))
                --start;
            const QByteArray before = maskedBytes(
                data.mid(std::max<qsizetype>(0, start - 60), std::min<qsizetype>(start, 60)));
            *findings << QStringLiteral("%1 (%2…, encoded as %3 bytes) in %4 at %5, after: %6")
                             .arg(secret.what, secret.value.left(6))
                             .arg(form.size())
                             .arg(masked(place))
                             .arg(at)
                             .arg(QString::fromUtf8(before).simplified());
            break;
        }
    }
    if (signedJwtPattern().match(QString::fromUtf8(data)).hasMatch())
        *findings << QStringLiteral("a signed JWT in %1").arg(masked(place));
}

void SecretLeaksGuiTest::scanSettingsValues(const QString &path, const QString &place,
                                            QStringList *findings) const
{
    // As QSettings reads it back: a value stored as @Variant(…) is binary (UTF-16 strings),
    // escaped in the file, so the bytes alone would not show it.
    const QSettings settings(path, QSettings::IniFormat);
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        const QVariant value = settings.value(key);
        const QByteArray text = value.typeId() == QMetaType::QByteArray
                                    ? value.toByteArray()
                                    : QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)})
                                          .toJson(QJsonDocument::Compact);
        checkPlace(QStringLiteral("%1, setting %2").arg(place, key), text, findings);
    }
}

void SecretLeaksGuiTest::scanSqliteCells(const QString &path, const QString &place,
                                         QStringList *findings) const
{
    // Cell by cell: a long text can be split across overflow pages in the file.
    const QString connection = QStringLiteral("secretleaks-%1").arg(quintptr(&path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *findings << QStringLiteral("%1 could not be opened: %2")
                             .arg(masked(place), db.lastError().text());
        } else {
            const QStringList tables = db.tables(QSql::AllTables);
            for (const QString &table : tables) {
                QSqlQuery query(db);
                if (!query.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                    *findings << QStringLiteral("%1, table %2 could not be read: %3")
                                     .arg(masked(place), table, query.lastError().text());
                    continue;
                }
                while (query.next()) {
                    for (int column = 0; column < query.record().count(); ++column) {
                        const QVariant cell = query.value(column);
                        checkPlace(QStringLiteral("%1, %2.%3")
                                       .arg(place, table, query.record().fieldName(column)),
                                   cell.typeId() == QMetaType::QByteArray
                                       ? cell.toByteArray()
                                       : cell.toString().toUtf8(),
                                   findings);
                    }
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

int SecretLeaksGuiTest::scanFiles(QStringList *findings, QStringList *names) const
{
    int files = 0;
    QDirIterator it(privateHome,
                    QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString place =
            QStringLiteral("file ~/%1").arg(QDir(privateHome).relativeFilePath(path));
        checkPlace(QStringLiteral("the name of %1").arg(place), place.toUtf8(), findings);
        if (!it.fileInfo().isFile() || it.fileInfo().isSymLink())
            continue; // a folder (its name is checked), a socket, a link
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *findings << QStringLiteral("%1 could not be read").arg(masked(path));
            continue;
        }
        const QByteArray data = file.readAll();
        file.close();
        checkPlace(place, data, findings);
        if (path.endsWith(QStringLiteral(".conf")) || path.endsWith(QStringLiteral(".ini")))
            scanSettingsValues(path, place, findings);
        if (data.startsWith(QByteArrayLiteral("SQLite format 3")))
            scanSqliteCells(path, place, findings);
        *names << QDir(privateHome).relativeFilePath(path);
        ++files;
    }
    return files;
}

void SecretLeaksGuiTest::filesWrittenWhileRunning_holdNoSecret()
{
    QCOMPARE(m_stepsDone, 5);
    QTest::qWait(300); // the settings' and the audit log's pending writes
    QStringList names;
    const int files = scanFiles(&m_findings, &names);

    // The scan covered what it should: the settings with the accounts, the activity log, the
    // export bundle.
    QSettings settings;
    QVERIFY2(QFile::exists(settings.fileName()), qPrintable(settings.fileName()));
    QFile settingsFile(settings.fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray settingsText = settingsFile.readAll();
    for (const char *label : {"Smartlead agency", "Kore.ai voice bots", "Smartlead old key"})
        QVERIFY2(settingsText.contains(label), label);
    QVERIFY(settingsText.contains("127.0.0.1"));
    QVERIFY(QFileInfo(AuditLog::defaultPath()).size() > 0);
    const auto hasFile = [&names](const QString &suffix) {
        return std::any_of(names.cbegin(), names.cend(),
                           [&suffix](const QString &n) { return n.endsWith(suffix); });
    };
    QVERIFY2(hasFile(QStringLiteral("/manifest.json")),
             qPrintable(masked(names.join(QLatin1Char(' ')))));
    QVERIFY(hasFile(QStringLiteral("/campaign.json")));
    QVERIFY(hasFile(QFileInfo(AuditLog::defaultPath()).fileName()));
    QVERIFY(files >= 5);
    std::fprintf(stderr, "secretleaks.gui: %d files scanned while the window is open\n", files);
    ++m_stepsDone;
}

void SecretLeaksGuiTest::accountsAreRemovedFromTheirMenu_andTheirKeysLeaveTheKeyring()
{
    QCOMPARE(m_stepsDone, 6);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *accounts = m_window->findChild<QTreeView *>(QStringLiteral("accountsView"));
    for (const QString &label :
         {QStringLiteral("Smartlead agency"), QStringLiteral("Kore.ai voice bots"),
          QStringLiteral("Smartlead old key"), QStringLiteral("Kore.ai old secret")}) {
        const QModelIndex item = accountIndex(label);
        QVERIFY2(item.isValid(), qPrintable(label));
        accounts->scrollTo(item);
        const QPoint at = accounts->visualRect(item).center();
        // The context menu key (or a right click) on the account.
        QContextMenuEvent menuEvent(QContextMenuEvent::Keyboard, at,
                                    accounts->viewport()->mapToGlobal(at));
        QApplication::sendEvent(accounts->viewport(), &menuEvent);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QAction *remove = nullptr;
        const QList<QAction *> actions = menu->actions();
        for (QAction *a : actions) {
            if (a->text() == QStringLiteral("Re&move account…"))
                remove = a;
        }
        QVERIFY(remove && remove->isEnabled());
        m_recorder->sweep(false);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(remove).center());

        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>()) && box->isVisible());
        QVERIFY(box->text().contains(label));
        QAbstractButton *confirm = nullptr;
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *b : buttons) {
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                confirm = b;
        }
        QVERIFY(confirm);
        m_recorder->sweep(false);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY(!accountIndex(label).isValid());
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>());
    }
    QTRY_COMPARE(m_window->findChild<QStackedWidget *>(QStringLiteral("pages"))
                     ->currentWidget()
                     ->objectName(),
                 QStringLiteral("emptyPage"));
    m_recorder->sweep(true);

    // Nothing of theirs is left in the keyring.
    for (const QString &key : std::as_const(m_accountKeys)) {
        const SecretResult left = readKeyring(key);
        QVERIFY2(!left.ok(), qPrintable(key));
    }
    m_accountKeys.clear();
    ++m_stepsDone;
}

void SecretLeaksGuiTest::nothingShownWrittenOrLogged_holdsASecret()
{
    QCOMPARE(m_stepsDone, 7);
    m_recorder->sweep(true);
    m_recorder->stop();
    // Closing saves the window's settings; the audit log closes with it.
    QVERIFY(m_window->close());
    m_window.reset();
    QTest::qWait(300);

    QStringList findings = m_findings;
    QStringList names;
    const int files = scanFiles(&findings, &names);

    // Everything the window showed.
    const QList<QPair<QString, QString>> &texts = m_recorder->texts();
    for (const auto &t : texts)
        checkPlace(t.first, t.second.toUtf8(), &findings);
    QVERIFY(m_recorder->saw(QStringLiteral("Smartlead agency")));
    QVERIFY(m_recorder->saw(QStringLiteral("was refused"))); // the wrong keys' paths ran
    QVERIFY(m_recorder->saw(QStringLiteral("Deleted on")));  // and the delete flow
    QVERIFY(m_recorder->saw(QStringLiteral("\"email\"")) ||  // raw JSON of the campaigns
            m_recorder->saw(QStringLiteral("\"name\"")));

    // Every log line.
    const QStringList log = capturedLogMessages();
    int ownLines = 0;
    for (qsizetype i = 0; i < log.size(); ++i) {
        ownLines += log.at(i).startsWith(QStringLiteral("campaigndesk.")) ? 1 : 0;
        checkPlace(QStringLiteral("log line %1 (%2)")
                       .arg(i)
                       .arg(log.at(i).section(QLatin1Char(' '), 0, 0)),
                   log.at(i).toUtf8(), &findings);
    }
    QVERIFY2(ownLines > 0, "the app's own log categories were captured");

    std::fprintf(stderr,
                 "secretleaks.gui: searched %d secrets in %lld shown texts (%d widget and %d item "
                 "reads), %lld log lines (%d from campaigndesk.*), %d files after closing\n",
                 int(m_secrets.size()), qint64(texts.size()), m_recorder->widgetsRead(),
                 m_recorder->itemsRead(), qint64(log.size()), ownLines, files);
    std::fprintf(stderr, "secretleaks.gui: files: %s\n",
                 qPrintable(masked(names.join(QStringLiteral(", ")))));
    findings.removeDuplicates();
    // Every finding (names and the secret's first 6 characters only), then the failure.
    for (const QString &finding : std::as_const(findings))
        std::fprintf(stderr, "secretleaks.gui: LEAK: %s\n", qPrintable(finding));
    QVERIFY2(findings.isEmpty(),
             qPrintable(QStringLiteral("%1 place(s) hold a secret (all listed above), first: %2")
                            .arg(findings.size())
                            .arg(findings.value(0))));
}

int main(int argc, char **argv)
{
    // A private home before Qt looks at one: settings, the activity log, exports and caches
    // all go below it, and the scan reads all of it.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/secretleaks-gui-XXXXXX"));
    if (!home.isValid())
        return 2;
    privateHome = QDir(home.path()).canonicalPath();
    qputenv("HOME", QFile::encodeName(privateHome));
    for (const auto &[variable, folder] :
         {std::pair{"XDG_CONFIG_HOME", "config"}, std::pair{"XDG_DATA_HOME", "data"},
          std::pair{"XDG_CACHE_HOME", "cache"}, std::pair{"XDG_STATE_HOME", "state"}}) {
        const QString path = privateHome + QLatin1Char('/') + QLatin1String(folder);
        QDir().mkpath(path);
        qputenv(variable, QFile::encodeName(path));
    }
    captureLogMessages();
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    SecretLeaksGuiTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretleaks_gui.moc"
