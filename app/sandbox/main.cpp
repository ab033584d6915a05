// campaign-desk-sandbox: the five-platform emulator on its own, for tests, benchmarks and
// trying the platforms' APIs with curl.

#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace CampaignDesk;

namespace {

// "smartlead=10/1000,60/60000" -> rules for one platform.
bool parseRateOption(const QString &text, QString *platform, QList<Sandbox::RateRule> *rules)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    *platform = text.left(eq);
    Platform p;
    if (!platformFromKey(*platform, &p))
        return false;
    const QStringList parts = text.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList lw = part.split(QLatin1Char('/'));
        bool ok1 = false;
        bool ok2 = false;
        const Sandbox::RateRule rule{lw.value(0).toInt(&ok1), lw.value(1).toInt(&ok2)};
        if (lw.size() != 2 || !ok1 || !ok2 || rule.limit <= 0 || rule.windowMs <= 0)
            return false;
        rules->append(rule);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("campaign-desk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAMPAIGNDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Campaign Desk sandbox: a local emulator of the Talkover, Burki, Kakiyo, Kore.ai and "
        "Smartlead campaign APIs on 127.0.0.1.\n"
        "Platforms: /talkover/api/v1, /burki/api/v1, /kakiyo/v1, /koreai, /smartlead/api/v1; "
        "admin API: /__sandbox/."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port on 127.0.0.1 (0 picks a free one)."),
                                        QStringLiteral("port"), QStringLiteral("8700"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generated data."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"), QStringLiteral("Campaigns per platform (0: the default mix)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate-limit"),
        QStringLiteral("Rate limit rules for a platform, e.g. smartlead=10/1000,60/60000 "
                       "(requests/window in ms). Repeatable."),
        QStringLiteral("platform=limit/ms,..."));
    const QCommandLineOption noRateOption(QStringLiteral("no-rate-limits"),
                                          QStringLiteral("Turn rate limiting off."));
    const QCommandLineOption printOption(
        QStringLiteral("print-accounts"),
        QStringLiteral("Print the sandbox accounts as JSON and exit."));
    const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                         QStringLiteral("Do not log one line per request."));
    parser.addOptions(
        {portOption, seedOption, scaleOption, rateOption, noRateOption, printOption, quietOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "campaign-desk-sandbox: --port takes a number from 0 to 65535\n");
        return 2;
    }
    Sandbox::Server::Options options;
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "campaign-desk-sandbox: --seed takes a whole number\n");
        return 2;
    }
    options.scale = parser.value(scaleOption).toInt(&ok);
    if (!ok || options.scale < 0) {
        std::fprintf(stderr, "campaign-desk-sandbox: --scale takes a whole number >= 0\n");
        return 2;
    }
    options.rateLimits = !parser.isSet(noRateOption);
    options.logToStderr = !parser.isSet(quietOption);
    const QStringList rateValues = parser.values(rateOption);
    for (const QString &value : rateValues) {
        QString platform;
        QList<Sandbox::RateRule> rules;
        if (!parseRateOption(value, &platform, &rules)) {
            std::fprintf(stderr,
                         "campaign-desk-sandbox: bad --rate-limit '%s' (want "
                         "platform=limit/ms[,limit/ms])\n",
                         qPrintable(value));
            return 2;
        }
        options.rateOverrides.insert(platform, rules);
    }

    if (parser.isSet(printOption)) {
        options.scale = 1; // nothing is served; keep start-up instant
        const Sandbox::Server server(options);
        std::fputs(QJsonDocument(server.accountsJson(quint16(port)))
                       .toJson(QJsonDocument::Indented)
                       .constData(),
                   stdout);
        return 0;
    }

    Sandbox::Server server(options);
    if (server.listenLocal(quint16(port)) == 0) {
        std::fprintf(stderr, "campaign-desk-sandbox: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    std::fprintf(stderr,
                 "campaign-desk-sandbox listening on http://127.0.0.1:%u (accounts: "
                 "http://127.0.0.1:%u/__sandbox/accounts)\n",
                 server.port(), server.port());
    std::fflush(stderr);
    return app.exec();
}
