// bench-startup: `campaign-desk --smoke-test` (no accounts, offscreen: start, paint the main
// window, quit) against bench-startup-bare (a QMainWindow + QTableView doing the same), each
// run as a fresh process 20 times, alternating, with empty settings and data folders. Not a
// test: run it in a Release build. Last line: startup_ratio=<ours/bare> startup_ms=<ours>
// bare_ms=<bare> (medians of wall time from process start to exit).

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace CampaignDesk;

namespace {

constexpr int Runs = 20;

// Milliseconds from start to a clean exit; -1 on failure (printed).
double timedRun(const QString &program, const QStringList &arguments,
                const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    // A benchmark driver, not product code: blocking here is what is measured.
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "bench-startup: %s failed: %s\n", qPrintable(program),
                     process.readAll().constData());
        return -1;
    }
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));

    const QString ours = QStringLiteral(APP_EXE);
    const QString bare = QStringLiteral(BARE_EXE);
    // One untimed run each: the first start pays for cold caches (fonts, shared libraries).
    if (timedRun(ours, {QStringLiteral("--smoke-test")}, env) < 0 || timedRun(bare, {}, env) < 0)
        return 1;
    QList<double> oursMs;
    QList<double> bareMs;
    for (int i = 0; i < Runs; ++i) {
        const double a = timedRun(ours, {QStringLiteral("--smoke-test")}, env);
        const double b = timedRun(bare, {}, env);
        if (a < 0 || b < 0)
            return 1;
        oursMs << a;
        bareMs << b;
    }
    const double o = Bench::median(oursMs);
    const double b = Bench::median(bareMs);
    std::printf("runs=%d ours_min_ms=%.1f bare_min_ms=%.1f\n", Runs,
                *std::min_element(oursMs.begin(), oursMs.end()),
                *std::min_element(bareMs.begin(), bareMs.end()));
    std::printf("startup_ratio=%.2f startup_ms=%.1f bare_ms=%.1f\n", o / b, o, b);
    return 0;
}
