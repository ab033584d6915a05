// bench-stall: the longest time the GUI thread is blocked while the real main window lists
// 5 accounts × 20,000 campaigns from the sandbox (run on its own thread, rate limits off, the
// accounts unpaced so that everything arrives as fast as it can). The app's test-mode
// StallWatchdog measures it. Not a test: run it in a Release build. Last line:
// max_stall_ms=<n> (target: at most 50).

#include "accounts/accountsession.h"
#include "accounts/accountsfile.h"
#include "accounts/workspace.h"
#include "core/stallwatchdog.h"
#include "mainwindow.h"
#include "model/campaigntablemodel.h"
#include "sandboxhost.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace CampaignDesk;

namespace {
constexpr int CampaignsPerPlatform = 20'000;
constexpr int TimeLimitMs = 300'000;
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home; // no saved accounts or settings of the user's
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("campaign-desk-bench"));

    MainWindow window;
    window.resize(1280, 800);
    window.show();

    Sandbox::Host host;
    StallWatchdog watchdog;
    QElapsedTimer clock;
    QSet<QString> listed;
    int exitCode = 1;

    QObject::connect(&host, &Sandbox::Host::failed, &app, [](const QString &reason) {
        std::fprintf(stderr, "bench-stall: the sandbox failed: %s\n", qPrintable(reason));
        QCoreApplication::exit(1);
    });
    QObject::connect(&host, &Sandbox::Host::ready, &window, [&] {
        QList<AccountWithSecret> accounts;
        QString error;
        if (!accountsFromJson(host.accounts(), &accounts, &error)) {
            std::fprintf(stderr, "bench-stall: %s\n", qPrintable(error));
            QCoreApplication::exit(1);
            return;
        }
        for (AccountWithSecret &a : accounts)
            a.account.ratePerMinute = 1e6; // measure the app, not the platforms' pacing
        std::printf("accounts=%lld campaigns_per_account=%d\n",
                    static_cast<long long>(accounts.size()), CampaignsPerPlatform);
        watchdog.start();
        clock.start();
        window.workspace()->addSandboxAccounts(accounts);
    });
    QObject::connect(
        window.workspace(), &Workspace::accountChanged, &window, [&](const QString &accountId) {
            const AccountSession *s = window.workspace()->session(accountId);
            if (s && (s->state() == AccountState::Error || s->state() == AccountState::NoSecret)) {
                std::fprintf(stderr, "bench-stall: %s failed: %s\n", qPrintable(s->account().label),
                             qPrintable(s->errorText()));
                QCoreApplication::exit(1);
            }
        });
    QObject::connect(
        window.workspace(), &Workspace::accountListed, &window, [&](const QString &accountId) {
            listed.insert(accountId);
            if (listed.size() < window.workspace()->sessions().size())
                return;
            window.grab(); // and one full paint of the loaded table
            watchdog.stop();
            std::printf("campaigns=%d load_ms=%lld\n", window.campaignModel()->totalCount(),
                        static_cast<long long>(clock.elapsed()));
            std::printf("max_stall_ms=%lld\n", static_cast<long long>(watchdog.maxStallMs()));
            exitCode = 0;
            QCoreApplication::exit(0);
        });
    QTimer::singleShot(TimeLimitMs, &app, [] {
        std::fprintf(stderr, "bench-stall: not loaded within %d s\n", TimeLimitMs / 1000);
        QCoreApplication::exit(1);
    });

    Sandbox::Server::Options options;
    options.scale = CampaignsPerPlatform;
    options.rateLimits = false;
    host.start(options);
    const int code = app.exec();
    return code != 0 ? code : exitCode;
}
