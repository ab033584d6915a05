// campaign-desk: the desktop app. Everything lives in the libraries; this reads the command
// line, sets up the desktop integration (icon, translations, one instance per user) and opens
// the main window. --smoke-test is the packaging check: it starts, lists, reports and exits.

#include "accounts/accountsession.h"
#include "accounts/workspace.h"
#include "core/stallwatchdog.h"
#include "mainwindow.h"
#include "model/campaigntablemodel.h"
#include "quitguard.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSet>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

using namespace CampaignDesk;

constexpr int smokeTestTimeoutMs = 60000;

// Our own strings (embedded by qt_add_translations) and, when the system has them, Qt's
// (standard buttons, file dialogs). Both follow the system locale.
void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("campaign-desk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

struct Options
{
    QCommandLineOption sandbox{QStringLiteral("sandbox")};
    QCommandLineOption smokeTest{QStringLiteral("smoke-test")};
};

Options addOptions(QCommandLineParser &parser)
{
    Options options;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Lists, pauses, exports and safely deletes outreach campaigns on Talkover, "
                "Burki, Kakiyo, Kore.ai and Smartlead."));
    parser.addHelpOption();
    parser.addVersionOption();
    options.sandbox.setDescription(QCoreApplication::translate(
        "main", "Start the built-in emulator on 127.0.0.1 and add one "
                "sandbox account per platform (no credentials needed)."));
    options.smokeTest.setDescription(QCoreApplication::translate(
        "main", "Start, list every account's campaigns, print a summary and exit (0 on success). "
                "With --sandbox it lists the sandbox; without, it paints the window once."));
    parser.addOption(options.sandbox);
    parser.addOption(options.smokeTest);
    return options;
}

void printLine(FILE *stream, const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

// --smoke-test: with --sandbox, waits until every sandbox account has listed its campaigns and
// prints one summary line; without accounts, paints the window once. Exit code 0 on success,
// 1 on an account error or when nothing happened within the time limit.
void runSmokeTest(MainWindow *window, bool sandbox)
{
    auto *timeout = new QTimer(window);
    timeout->setSingleShot(true);
    QObject::connect(timeout, &QTimer::timeout, window, [window] {
        QStringList pending;
        const QList<AccountSession *> sessions = window->workspace()->sessions();
        for (const AccountSession *s : sessions)
            pending << s->account().label;
        printLine(stderr, QStringLiteral("smoke-test: timed out after %1 s; accounts: %2")
                              .arg(smokeTestTimeoutMs / 1000)
                              .arg(pending.isEmpty() ? QStringLiteral("none")
                                                     : pending.join(QStringLiteral(", "))));
        QCoreApplication::exit(1);
    });
    timeout->start(smokeTestTimeoutMs);

    if (!sandbox) {
        // Rendering the window runs every paint path once without needing a screen.
        QTimer::singleShot(0, window, [window] {
            const QImage image = window->grab().toImage();
            if (image.isNull()) {
                printLine(stderr, QStringLiteral("smoke-test: the main window did not paint"));
                QCoreApplication::exit(1);
                return;
            }
            printLine(stdout, QStringLiteral("smoke-test: main window painted (%1×%2), no accounts")
                                  .arg(image.width())
                                  .arg(image.height()));
            QCoreApplication::exit(0);
        });
        return;
    }

    auto listed = std::make_shared<QSet<QString>>();
    Workspace *workspace = window->workspace();
    QObject::connect(
        workspace, &Workspace::accountChanged, window, [workspace](const QString &accountId) {
            const AccountSession *s = workspace->session(accountId);
            if (!s || (s->state() != AccountState::Error && s->state() != AccountState::NoSecret))
                return;
            printLine(stderr, QStringLiteral("smoke-test: %1 failed: %2")
                                  .arg(s->account().label, s->errorText()));
            QCoreApplication::exit(1);
        });
    QObject::connect(workspace, &Workspace::accountListed, window,
                     [window, workspace, listed](const QString &id) {
                         listed->insert(id);
                         const QList<AccountSession *> sessions = workspace->sessions();
                         for (const AccountSession *s : sessions) {
                             if (!listed->contains(s->account().id))
                                 return;
                         }
                         window->grab(); // paint the full table once too
                         printLine(stdout, QStringLiteral("smoke-test: %1 accounts, %2 campaigns")
                                               .arg(sessions.size())
                                               .arg(window->campaignModel()->totalCount()));
                         QCoreApplication::exit(0);
                     });
    window->openSandbox();
}

// --help and --version only print: they must work in a terminal without a display, so they
// get a non-GUI application object.
bool printsOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" ||
            arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (printsOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("campaign-desk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(CAMPAIGNDESK_VERSION));
        installTranslations(app);
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    // Qt 6 scales for high-DPI screens by itself (per-monitor, fractional factors passed
    // through) and follows the system palette, light or dark: nothing to switch on here.
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("campaign-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Campaign Desk"));
    QApplication::setOrganizationName(QStringLiteral("CampaignDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CAMPAIGNDESK_VERSION));
    // The desktop file, the AppStream id and the icon share this id (Wayland's app_id too).
    QGuiApplication::setDesktopFileName(QStringLiteral(CAMPAIGNDESK_APP_ID));
    // The installed hicolor icon when the theme has it, else the embedded one.
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral(CAMPAIGNDESK_APP_ID),
                         QIcon(QStringLiteral(":/icons/app/" CAMPAIGNDESK_APP_ID ".svg"))));
    // Action icons follow the icon theme; names it lacks come from the bundled set. Qt 6.4
    // only consults the fallback paths under a named theme, and without a desktop platform
    // theme the name is empty: hicolor is the freedesktop base every theme inherits from.
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QStringLiteral("hicolor"));
    QIcon::setFallbackSearchPaths(QIcon::fallbackSearchPaths()
                                  << QStringLiteral(":/icons/actions"));
    installTranslations(app);

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(app);
    const bool sandbox = parser.isSet(options.sandbox);

    // Test mode: how long the GUI thread was ever blocked, printed when the app quits.
    std::unique_ptr<StallWatchdog> watchdog;
    if (StallWatchdog::requestedByEnvironment()) {
        watchdog = std::make_unique<StallWatchdog>();
        watchdog->start();
        QObject::connect(&app, &QCoreApplication::aboutToQuit, watchdog.get(), [&watchdog] {
            printLine(stderr, QStringLiteral("max_stall_ms=%1").arg(watchdog->maxStallMs()));
        });
    }

    std::unique_ptr<MainWindow> window;
    const auto openWindow = [&window, sandbox] {
        window = std::make_unique<MainWindow>();
        new QuitGuard(window.get());
        window->show();
        window->loadSavedAccounts();
        if (sandbox)
            window->openSandbox();
    };

    if (parser.isSet(options.smokeTest)) {
        // A check, not a session: no single-instance handshake, no saved accounts (no keyring,
        // no network beyond the sandbox on 127.0.0.1).
        window = std::make_unique<MainWindow>();
        window->show();
        runSmokeTest(window.get(), sandbox);
        return app.exec();
    }

    // One instance per user; a sandbox run is its own group, so trying the sandbox never
    // raises (or is swallowed by) the real session.
    SingleInstance instance(QStringLiteral(CAMPAIGNDESK_APP_ID) +
                            (sandbox ? QStringLiteral(".sandbox") : QString()));
    QObject::connect(&instance, &SingleInstance::handedOver, &app, [] {
        printLine(stdout, QApplication::translate(
                              "main", "Campaign Desk is already running: its window was raised."));
        QCoreApplication::exit(0);
    });
    QObject::connect(&instance, &SingleInstance::primary, &app, openWindow);
    QObject::connect(&instance, &SingleInstance::activationRequested, &app, [&window] {
        if (!window)
            return;
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window->show();
        window->raise();
        window->activateWindow();
    });
    instance.start();
    const int code = app.exec();
    window.reset(); // before the application object goes
    return code;
}
