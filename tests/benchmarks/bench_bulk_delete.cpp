// bench-bulk-delete: deletes 1,000 sandbox campaigns spread over the five platforms through the
// BulkQueue while the sandbox enforces a configurable per-platform limit, and compares the
// achieved request rate with that limit and with a sequential one-request-at-a-time client in
// the same run. The sandbox runs on its own thread so the client is measured fairly; an
// injected latency makes one connection slower than the limit, as real platforms are.
//
// Last line: bulk_rate_ratio=<achieved/limit> speedup_vs_sequential=<x> errors_429=<n>

#include "accounts/accountsession.h"
#include "accounts/accountsfile.h"
#include "safety/auditlog.h"
#include "safety/bulkqueue.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace CampaignDesk;

namespace {

struct Options
{
    // Scaled from the platforms' per-minute limits so a run takes a minute, not an hour: 20
    // requests a second per platform, 100 for all five, while one connection carries about
    // 1000 / latency = 10.
    int limit = 40; // requests per window, per platform (account)
    int windowMs = 2000;
    int latencyMs = 100;       // the sandbox's answer time
    int perPlatform = 200;     // campaigns the queue deletes per platform (5 x 200 = 1,000)
    int sequentialSample = 10; // campaigns per platform for the sequential client
    double pace = 0.98;        // the accounts pace at this share of the limit
    int operationsPerAccount = 4;
};

// A blocking admin call: this is a benchmark driver, not product code.
QByteArray admin(QNetworkAccessManager &nam, quint16 port, const QByteArray &method,
                 const QString &path, const QByteArray &body = {})
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/__sandbox%2").arg(port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

struct Sample
{
    Platform platform;
    QString id;
    QString name;
    QString status;
    int inFlight = 0;
};

struct Rates
{
    int requests = 0;
    int rateLimited = 0;
    double ratioMean = 0; // mean over platforms of achieved/limit
    double aggregate = 0; // all platforms together, requests per second
};

Rates measure(const QJsonArray &log, qint64 afterSeq, const Options &o, bool print)
{
    QHash<QString, QList<qint64>> times;
    Rates rates;
    qint64 first = -1;
    qint64 last = -1;
    for (const QJsonValue v : log) {
        const QJsonObject e = v.toObject();
        const QString platform = e.value(QStringLiteral("platform")).toString();
        if (platform.isEmpty() || e.value(QStringLiteral("seq")).toInteger() <= afterSeq)
            continue;
        const qint64 at = e.value(QStringLiteral("atMs")).toInteger();
        times[platform] << at;
        first = first < 0 ? at : std::min(first, at);
        last = std::max(last, at);
        ++rates.requests;
        if (e.value(QStringLiteral("status")).toInt() == 429)
            ++rates.rateLimited;
    }
    const double limitPerSecond = o.limit * 1000.0 / o.windowMs;
    double sum = 0;
    for (auto it = times.begin(); it != times.end(); ++it) {
        QList<qint64> t = it.value();
        std::sort(t.begin(), t.end());
        const double span = double(std::max<qint64>(1, t.last() - t.first()));
        const double achieved = (t.size() - 1) * 1000.0 / span;
        sum += achieved / limitPerSecond;
        if (print)
            std::printf("  %-10s %5lld requests in %6.2f s: %6.1f req/s (limit %.1f req/s, %.3f)\n",
                        qPrintable(it.key()), static_cast<long long>(t.size()), span / 1000.0,
                        achieved, limitPerSecond, achieved / limitPerSecond);
    }
    rates.ratioMean = times.isEmpty() ? 0 : sum / double(times.size());
    rates.aggregate = last > first ? (rates.requests - 1) * 1000.0 / double(last - first) : 0;
    return rates;
}

qint64 lastSeq(const QJsonArray &log)
{
    return log.isEmpty() ? 0 : log.last().toObject().value(QStringLiteral("seq")).toInteger();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bulk delete throughput against the sandbox."));
    parser.addHelpOption();
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("Requests per window per platform."),
                                         QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption windowOption(QStringLiteral("window-ms"),
                                          QStringLiteral("The limit's window."),
                                          QStringLiteral("ms"), QStringLiteral("2000"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("The sandbox's answer time."),
                                           QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption countOption(
        QStringLiteral("per-platform"), QStringLiteral("Campaigns the queue deletes per platform."),
        QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption sequentialOption(
        QStringLiteral("sequential-sample"),
        QStringLiteral("Campaigns per platform for the sequential client."), QStringLiteral("n"),
        QStringLiteral("10"));
    const QCommandLineOption paceOption(QStringLiteral("pace"),
                                        QStringLiteral("Share of the limit the accounts pace at."),
                                        QStringLiteral("x"), QStringLiteral("0.98"));
    const QCommandLineOption opsOption(QStringLiteral("operations-per-account"),
                                       QStringLiteral("Delete operations in flight per account."),
                                       QStringLiteral("n"), QStringLiteral("4"));
    parser.addOptions({limitOption, windowOption, latencyOption, countOption, sequentialOption,
                       paceOption, opsOption});
    parser.process(app);
    Options o;
    o.limit = std::max(1, parser.value(limitOption).toInt());
    o.windowMs = std::max(1, parser.value(windowOption).toInt());
    o.latencyMs = std::max(0, parser.value(latencyOption).toInt());
    o.perPlatform = std::max(1, parser.value(countOption).toInt());
    o.sequentialSample = std::max(1, parser.value(sequentialOption).toInt());
    o.pace = std::clamp(parser.value(paceOption).toDouble(), 0.1, 1.0);
    o.operationsPerAccount = std::max(1, parser.value(opsOption).toInt());

    // The sandbox on its own thread.
    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("sandbox"));
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    Sandbox::Server *server = nullptr;
    quint16 port = 0;
    QList<QList<Sample>> samples(PlatformCount);
    Sandbox::Server::Options serverOptions;
    serverOptions.scale = o.perPlatform + o.sequentialSample;
    serverOptions.rateLimits = true;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            server = new Sandbox::Server(serverOptions);
            port = server->listenLocal(0);
            for (int p = 0; p < PlatformCount; ++p) {
                for (const Sandbox::Campaign &c : server->table(Platform(p)).rows())
                    samples[p].append({Platform(p), c.id, c.name, c.status, c.inFlight});
            }
        },
        Qt::BlockingQueuedConnection);
    if (port == 0) {
        std::fprintf(stderr, "bench-bulk-delete: the sandbox could not listen\n");
        return 1;
    }
    const QJsonArray accountsJson = server->accountsJson();

    QNetworkAccessManager adminNam;
    QJsonObject rules;
    for (int p = 0; p < PlatformCount; ++p)
        rules.insert(platformKey(Platform(p)),
                     QJsonArray{QJsonObject{{QStringLiteral("limit"), o.limit},
                                            {QStringLiteral("windowMs"), o.windowMs}}});
    admin(adminNam, port, "PUT", QStringLiteral("/ratelimits"),
          QJsonDocument(
              QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("rules"), rules}})
              .toJson(QJsonDocument::Compact));
    // Calls in flight would hold campaigns at 409 for the whole run: not what is measured.
    for (const QList<Sample> &list : std::as_const(samples)) {
        for (const Sample &s : list) {
            if (s.inFlight > 0)
                admin(adminNam, port, "POST",
                      QStringLiteral("/campaigns/%1/%2").arg(platformKey(s.platform), s.id),
                      QByteArrayLiteral(R"({"inFlight":0})"));
        }
    }
    if (o.latencyMs > 0)
        admin(adminNam, port, "POST", QStringLiteral("/faults"),
              QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("latency")},
                                        {QStringLiteral("latencyMs"), o.latencyMs},
                                        {QStringLiteral("count"), 1000000}})
                  .toJson(QJsonDocument::Compact));
    admin(adminNam, port, "DELETE", QStringLiteral("/requests"));

    QList<AccountWithSecret> accounts;
    QString error;
    if (!accountsFromJson(accountsJson, &accounts, &error)) {
        std::fprintf(stderr, "bench-bulk-delete: %s\n", qPrintable(error));
        return 1;
    }
    // One network manager per account, as each platform is its own host in real use: Qt's six
    // connections per host would otherwise be shared by all five sandbox platforms.
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    QNetworkAccessManager nam;
    QList<AccountSession *> sessions;
    for (AccountWithSecret &a : accounts) {
        a.account.ratePerMinute = o.pace * o.limit * (60000.0 / o.windowMs);
        nams.push_back(std::make_unique<QNetworkAccessManager>());
        auto *s = new AccountSession(nams.back().get(), a.account, &app);
        s->setSecret(a.secret);
        sessions << s;
    }
    const auto itemFor = [&](const Sample &s) {
        BulkItem item;
        item.campaign.accountId = accounts.at(int(s.platform)).account.id;
        item.campaign.platform = s.platform;
        item.campaign.id = s.id;
        item.campaign.name = s.name;
        item.accountLabel = accounts.at(int(s.platform)).account.label;
        return item;
    };

    // 1. The sequential client: one request at a time, no pacing (the latency limits it):
    //    a live fetch, then the DELETE when the status allows it.
    std::printf("Sequential client: %d campaigns per platform, one request at a time\n",
                o.sequentialSample);
    {
        TransportSettings one;
        one.ratePerMinute = 1e9;
        one.burst = 1000;
        one.maxInFlight = 1;
        Transport transport(&nam, one);
        QList<Sample> order;
        for (int i = 0; i < o.sequentialSample; ++i) {
            for (int p = 0; p < PlatformCount; ++p)
                order << samples[p].at(i);
        }
        const auto call = [&](const ApiRequest &request) {
            PendingCall *pending = transport.send(request);
            ApiResult result;
            QEventLoop loop;
            QObject::connect(pending, &PendingCall::finished, &loop, [&](const ApiResult &r) {
                result = r;
                loop.quit();
            });
            loop.exec();
            return result;
        };
        for (const Sample &s : std::as_const(order)) {
            const Account &a = accounts.at(int(s.platform)).account;
            const QString &secret = accounts.at(int(s.platform)).secret;
            const Provider &provider = providerFor(s.platform);
            const ApiResult live = call(provider.withAuth(provider.getRequest(a, s.id), a, secret));
            const auto campaign = live.ok() ? provider.parseCampaign(a, live.json) : std::nullopt;
            if (campaign && !provider.deleteRule(campaign->rawStatus).blocked)
                call(provider.withAuth(provider.deleteRequest(a, s.id), a, secret));
        }
    }
    QJsonArray log =
        QJsonDocument::fromJson(admin(adminNam, port, "GET", QStringLiteral("/requests"))).array();
    const Rates sequential = measure(log, 0, o, false);
    std::printf("  %d requests, %.1f req/s\n", sequential.requests, sequential.aggregate);
    const qint64 afterSequential = lastSeq(log);

    // 2. The bulk queue over 1,000 campaigns.
    QTemporaryDir dir;
    AuditLog audit;
    {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(&audit, &AuditLog::opened, &loop, [&](bool opened) {
            ok = opened;
            loop.quit();
        });
        audit.open(dir.filePath(QStringLiteral("bench.sqlite")));
        loop.exec();
        if (!ok) {
            std::fprintf(stderr, "bench-bulk-delete: the journal could not be opened\n");
            return 1;
        }
    }
    QList<BulkItem> items;
    for (int i = o.sequentialSample; i < o.sequentialSample + o.perPlatform; ++i) {
        for (int p = 0; p < PlatformCount; ++p) {
            if (i < samples[p].size())
                items << itemFor(samples[p].at(i));
        }
    }
    BulkQueue queue(
        [&sessions](const QString &id) -> AccountSession * {
            for (AccountSession *s : std::as_const(sessions)) {
                if (s->account().id == id)
                    return s;
            }
            return nullptr;
        },
        &audit);
    BulkQueueSettings settings = BulkQueueSettings::defaults();
    settings.operationsPerAccount = o.operationsPerAccount;
    settings.longWindows.clear(); // the hourly budget is not what this measures
    queue.setSettings(settings);
    std::printf("Bulk queue: %lld campaigns over %d platforms, limit %d per %d ms each, "
                "latency %d ms\n",
                static_cast<long long>(items.size()), PlatformCount, o.limit, o.windowMs,
                o.latencyMs);
    QElapsedTimer clock;
    clock.start();
    {
        QEventLoop loop;
        QObject::connect(&queue, &BulkQueue::finished, &loop, &QEventLoop::quit);
        queue.start(items, false, QString());
        loop.exec();
    }
    const qint64 elapsed = clock.elapsed();
    log =
        QJsonDocument::fromJson(admin(adminNam, port, "GET", QStringLiteral("/requests"))).array();
    const Rates bulk = measure(log, afterSequential, o, true);
    const BulkBatch &b = queue.batch();
    std::printf("  %d requests in %.2f s, %.1f req/s over all platforms\n", bulk.requests,
                double(elapsed) / 1000.0, bulk.aggregate);
    std::printf("  deleted %d, blocked %d, failed %d, unknown %d\n",
                b.count(BulkItemState::Deleted), b.count(BulkItemState::Blocked),
                b.count(BulkItemState::Failed), b.count(BulkItemState::Unknown));
    const double speedup = sequential.aggregate > 0 ? bulk.aggregate / sequential.aggregate : 0;

    qDeleteAll(sessions);
    QMetaObject::invokeMethod(
        &anchor, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    std::printf("bulk_rate_ratio=%.3f speedup_vs_sequential=%.2f errors_429=%d\n", bulk.ratioMean,
                speedup, bulk.rateLimited);
    return 0;
}
