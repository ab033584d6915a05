// The HTTP layer against the sandbox: the fixed order of checks, redirects, 429 waits in both
// Retry-After forms, retries for idempotent requests only, timeouts, pacing and cancel.

#include "net/retryafter.h"
#include "net/transport.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QtTest>

#include <cstring>
#include <limits>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

namespace {

// A reply whose whole body is there at once, as when the network outran a busy GUI thread:
// readyRead and finished come in one call. It records how much each read takes.
class WholeBodyReply final : public QNetworkReply
{
public:
    WholeBodyReply(const QNetworkRequest &request, QByteArray body, QList<qint64> *reads,
                   QObject *parent)
        : QNetworkReply(parent)
        , m_body(std::move(body))
        , m_reads(reads)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    // Everything arrives and the reply finishes, in this one call.
    void arrive()
    {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, 200);
        setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        m_arrived = true;
        Q_EMIT metaDataChanged();
        Q_EMIT readyRead();
        setFinished(true);
        Q_EMIT finished();
    }

    void abort() override {}
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return (m_arrived ? m_body.size() - m_offset : 0) + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_arrived ? std::min(maxSize, m_body.size() - m_offset) : 0;
        if (n > 0) {
            std::memcpy(data, m_body.constData() + m_offset, size_t(n));
            m_offset += n;
            m_reads->append(n);
        }
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_arrived = false;
    QList<qint64> *m_reads;
};

// Answers every request with a WholeBodyReply of the given body; nothing goes on the wire.
class WholeBodyNam final : public QNetworkAccessManager
{
public:
    explicit WholeBodyNam(QByteArray body)
        : m_body(std::move(body))
    {
    }
    QPointer<WholeBodyReply> reply;
    QList<qint64> reads; // the size of each read, in order

protected:
    QNetworkReply *createRequest(Operation, const QNetworkRequest &request, QIODevice *) override
    {
        reply = new WholeBodyReply(request, m_body, &reads, this);
        return reply;
    }

private:
    QByteArray m_body;
};

} // namespace

class TransportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void get_succeedsAndReadsRateHeaders();
    void unauthorized_isAuthError_withPlatformMessage();
    void notFound_isHttpError_withPlatformMessage();
    void tooManyRequests_getWaitsForRetryAfterSeconds_thenSucceeds();
    void tooManyRequests_getWaitsForRetryAfterHttpDate_thenSucceeds();
    void tooManyRequests_deleteIsReportedNotRetried();
    void serverError_getIsRetried_deleteIsNot();
    void timeout_isReportedAsTimeout();
    void redirectedDelete_isFailure_andNothingFollowsIt_data();
    void redirectedDelete_isFailure_andNothingFollowsIt();
    void malformedJson_isParseError_neverSuccess();
    void successFalseOn200_isPlatformFailure();
    void droppedDelete_isTransportError_markedSent();
    void shapeCheck_runsBeforeTheFailureFlag();
    void plainHttpToRemoteHost_isRefusedBeforeSending();
    void cancel_reportsCancelledOnce();
    void pacing_keepsUnderTheConfiguredRate();
    void largeBody_readInSlices_arrivesByteForByte();
    void largeBody_cancelledInFlight_reportsCancelledOnce();
    void largeBody_allThereAtOnce_isReadASlicePerTurn();

    void retryAfter_parsesSecondsAndDates();
    void retryAfter_readsBodyForms();
    void retryAfter_hugeValues_areCappedNotOverflowed();
    void rateLimitHeader_acceptsOnlyNonNegativeInts_data();
    void rateLimitHeader_acceptsOnlyNonNegativeInts();

private:
    ApiResult run(ApiRequest request, int timeoutMs = 20000);
    ApiRequest talkover(const QByteArray &method, const QString &path);
    ApiRequest smartleadListing();
    SandboxFixture m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<Transport> m_transport;
};

void TransportTest::init()
{
    m_sandbox.reset();
    m_sandbox.setRateLimits(false);
    TransportSettings settings;
    settings.ratePerMinute = 6000;
    settings.burst = 50;
    settings.transferTimeoutMs = 3000;
    settings.baseBackoffMs = 50;
    m_transport = std::make_unique<Transport>(&m_nam, settings);
}

ApiRequest TransportTest::talkover(const QByteArray &method, const QString &path)
{
    ApiRequest r;
    r.method = method;
    r.url = QUrl(m_sandbox.baseUrl(Platform::Talkover) + path);
    r.idempotent = method == "GET";
    const QByteArray token = m_sandbox.account(Platform::Talkover).secret.toUtf8();
    r.authorize = [token](QNetworkRequest &request, QUrl &) {
        request.setRawHeader("Authorization", "Bearer " + token);
    };
    return r;
}

// Smartlead lists every campaign in one body: at scale 5,000 that is megabytes, more than the
// transport reads per event-loop turn.
ApiRequest TransportTest::smartleadListing()
{
    ApiRequest r;
    r.method = "GET";
    QUrl url(m_sandbox.baseUrl(Platform::Smartlead) + QStringLiteral("/campaigns"));
    url.setQuery(QStringLiteral("api_key=") + m_sandbox.account(Platform::Smartlead).secret);
    r.url = url;
    r.idempotent = true;
    return r;
}

ApiResult TransportTest::run(ApiRequest request, int timeoutMs)
{
    PendingCall *call = m_transport->send(std::move(request));
    QSignalSpy spy(call, &PendingCall::finished);
    if (!spy.wait(timeoutMs))
        qFatal("request did not finish");
    QTest::qWait(10);
    if (spy.count() != 1)
        qFatal("finished emitted %d times", int(spy.count()));
    return spy.at(0).at(0).value<ApiResult>();
}

void TransportTest::get_succeedsAndReadsRateHeaders()
{
    m_sandbox.setRateLimits(
        true, QJsonObject{{QStringLiteral("talkover"),
                           QJsonArray{QJsonObject{{QStringLiteral("limit"), 50},
                                                  {QStringLiteral("windowMs"), 60000}}}}});
    const ApiResult r = run(talkover("GET", QStringLiteral("/campaigns/campaign-uuid-1")));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.json.object()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("campaign-uuid-1"));
    QCOMPARE(r.rateLimit, 50);
    QCOMPARE(r.rateRemaining, 49);
}

void TransportTest::unauthorized_isAuthError_withPlatformMessage()
{
    ApiRequest r = talkover("GET", QStringLiteral("/campaigns"));
    r.authorize = {};
    const ApiResult result = run(r);
    QCOMPARE(result.error, ErrorKind::Auth);
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.message, QStringLiteral("Unauthorized"));
}

void TransportTest::notFound_isHttpError_withPlatformMessage()
{
    const ApiResult r = run(talkover("DELETE", QStringLiteral("/campaigns/nope")));
    QCOMPARE(r.error, ErrorKind::Http);
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.message, QStringLiteral("Campaign not found"));
}

void TransportTest::tooManyRequests_getWaitsForRetryAfterSeconds_thenSucceeds()
{
    m_sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                                   {QStringLiteral("kind"), QStringLiteral("429")},
                                   {QStringLiteral("retryAfter"), 1}});
    QElapsedTimer timer;
    timer.start();
    const ApiResult r = run(talkover("GET", QStringLiteral("/campaigns")));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(timer.elapsed() >= 950);
    QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("/campaigns")), 2);
}

void TransportTest::tooManyRequests_getWaitsForRetryAfterHttpDate_thenSucceeds()
{
    const QString date = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                               QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) +
                         QStringLiteral(" GMT");
    m_sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                                   {QStringLiteral("kind"), QStringLiteral("429")},
                                   {QStringLiteral("retryAfter"), date}});
    QElapsedTimer timer;
    timer.start();
    const ApiResult r = run(talkover("GET", QStringLiteral("/campaigns")));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(timer.elapsed() >= 900);
}

void TransportTest::tooManyRequests_deleteIsReportedNotRetried()
{
    m_sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                                   {QStringLiteral("kind"), QStringLiteral("429")},
                                   {QStringLiteral("retryAfter"), 30}});
    const ApiResult r = run(talkover("DELETE", QStringLiteral("/campaigns/campaign-uuid-1")));
    QCOMPARE(r.error, ErrorKind::RateLimited);
    QCOMPARE(r.retryAfterMs, 30000);
    QCOMPARE(m_sandbox.countRequests("DELETE"), 1);
}

void TransportTest::serverError_getIsRetried_deleteIsNot()
{
    m_sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                                   {QStringLiteral("kind"), QStringLiteral("status")},
                                   {QStringLiteral("status"), 503},
                                   {QStringLiteral("count"), 1}});
    QVERIFY(run(talkover("GET", QStringLiteral("/campaigns"))).ok());
    QCOMPARE(m_sandbox.countRequests("GET"), 2);

    m_sandbox.addFault(
        QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                    {QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 500},
                    {QStringLiteral("body"),
                     QStringLiteral(R"({"success":false,"message":"Internal server error."})")}});
    const ApiResult r = run(talkover("DELETE", QStringLiteral("/campaigns/campaign-uuid-1")));
    QCOMPARE(r.error, ErrorKind::Http);
    QCOMPARE(r.httpStatus, 500);
    QCOMPARE(r.message, QStringLiteral("Internal server error."));
    QCOMPARE(m_sandbox.countRequests("DELETE"), 1);
}

void TransportTest::timeout_isReportedAsTimeout()
{
    m_sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                                   {QStringLiteral("method"), QStringLiteral("DELETE")},
                                   {QStringLiteral("kind"), QStringLiteral("latency")},
                                   {QStringLiteral("latencyMs"), 4500}});
    const ApiResult r = run(talkover("DELETE", QStringLiteral("/campaigns/campaign-uuid-1")));
    QCOMPARE(r.error, ErrorKind::Timeout);
    QVERIFY(r.sent);
}

void TransportTest::redirectedDelete_isFailure_andNothingFollowsIt_data()
{
    QTest::addColumn<int>("code");
    for (int code : {301, 302, 303, 307, 308})
        QTest::newRow(qPrintable(QString::number(code))) << code;
}

void TransportTest::redirectedDelete_isFailure_andNothingFollowsIt()
{
    QFETCH(int, code);
    m_sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                                   {QStringLiteral("method"), QStringLiteral("DELETE")},
                                   {QStringLiteral("kind"), QStringLiteral("redirect")},
                                   {QStringLiteral("status"), code}});
    const ApiResult r = run(talkover("DELETE", QStringLiteral("/campaigns/campaign-uuid-1")));
    QCOMPARE(r.error, ErrorKind::Redirect);
    QCOMPARE(r.httpStatus, code);
    QCOMPARE(m_sandbox.countRequests("GET", QStringLiteral("/__sandbox/redirected")), 0);
    QCOMPARE(m_sandbox.countRequests("DELETE", QStringLiteral("/__sandbox/redirected")), 0);
}

void TransportTest::malformedJson_isParseError_neverSuccess()
{
    m_sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                                   {QStringLiteral("kind"), QStringLiteral("malformed")},
                                   {QStringLiteral("method"), QStringLiteral("DELETE")}});
    const ApiResult r = run(talkover("DELETE", QStringLiteral("/campaigns/campaign-uuid-1")));
    QCOMPARE(r.error, ErrorKind::Parse);
    QCOMPARE(r.httpStatus, 200);
}

void TransportTest::successFalseOn200_isPlatformFailure()
{
    m_sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                                   {QStringLiteral("kind"), QStringLiteral("success-false")}});
    const ApiResult r = run(talkover("DELETE", QStringLiteral("/campaigns/campaign-uuid-1")));
    QCOMPARE(r.error, ErrorKind::PlatformFailure);
    QCOMPARE(r.httpStatus, 200);
    QVERIFY(!r.message.isEmpty());
}

void TransportTest::droppedDelete_isTransportError_markedSent()
{
    m_sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                                   {QStringLiteral("method"), QStringLiteral("DELETE")},
                                   {QStringLiteral("kind"), QStringLiteral("drop")},
                                   {QStringLiteral("count"), 5}});
    const ApiResult r = run(talkover("DELETE", QStringLiteral("/campaigns/campaign-uuid-1")));
    QCOMPARE(r.error, ErrorKind::Transport);
    QVERIFY(r.sent);
}

void TransportTest::shapeCheck_runsBeforeTheFailureFlag()
{
    ApiRequest r = talkover("GET", QStringLiteral("/campaigns/campaign-uuid-1"));
    r.checkShape = [](const QJsonDocument &doc) {
        return doc.object().value(QStringLiteral("data")).isArray()
                   ? QString()
                   : QStringLiteral("data is not a list");
    };
    const ApiResult result = run(r);
    QCOMPARE(result.error, ErrorKind::Shape);
    QVERIFY(result.message.contains(QStringLiteral("data is not a list")));
}

void TransportTest::plainHttpToRemoteHost_isRefusedBeforeSending()
{
    ApiRequest r = talkover("GET", QStringLiteral("/campaigns"));
    r.url = QUrl(QStringLiteral("http://example.com/api/v1/campaigns?api_key=topsecret"));
    const ApiResult result = run(r);
    QCOMPARE(result.error, ErrorKind::InsecureUrl);
    QVERIFY(!result.sent);
    QVERIFY(!result.message.contains(QStringLiteral("topsecret")));
    QVERIFY(result.redactedUrl.contains(QStringLiteral("api_key=***")));
    QVERIFY(Transport::isAllowedUrl(QUrl(QStringLiteral("http://127.0.0.1:1/x"))));
    QVERIFY(Transport::isAllowedUrl(QUrl(QStringLiteral("http://[::1]:1/x"))));
    QVERIFY(Transport::isAllowedUrl(QUrl(QStringLiteral("https://server.smartlead.ai/api/v1"))));
    QVERIFY(!Transport::isAllowedUrl(QUrl(QStringLiteral("http://192.168.1.10/api"))));
    QVERIFY(!Transport::isAllowedUrl(QUrl(QStringLiteral("ftp://127.0.0.1/"))));
}

void TransportTest::cancel_reportsCancelledOnce()
{
    m_sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                                   {QStringLiteral("kind"), QStringLiteral("latency")},
                                   {QStringLiteral("latencyMs"), 1500}});
    PendingCall *call = m_transport->send(talkover("GET", QStringLiteral("/campaigns")));
    QSignalSpy spy(call, &PendingCall::finished);
    QTest::qWait(200);
    call->cancel();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ApiResult>().error, ErrorKind::Cancelled);
    QTest::qWait(100);
    QCOMPARE(m_transport->inFlight(), 0);
}

void TransportTest::pacing_keepsUnderTheConfiguredRate()
{
    TransportSettings settings = m_transport->settings();
    settings.ratePerMinute = 600; // 10 a second
    settings.burst = 2;
    m_transport->setSettings(settings);
    m_sandbox.raw("DELETE", QStringLiteral("/__sandbox/requests"));
    QList<PendingCall *> calls;
    for (int i = 0; i < 12; ++i)
        calls << m_transport->send(
            talkover("GET", QStringLiteral("/campaigns?page=%1").arg(i + 1)));
    QSignalSpy last(calls.last(), &PendingCall::finished);
    QVERIFY(last.wait(10000));
    const QJsonArray log = m_sandbox.requestLog();
    QCOMPARE(log.size(), 12);
    // In any one-second window at most rate + burst requests reached the server.
    for (int i = 0; i < log.size(); ++i) {
        const qint64 t0 = log.at(i).toObject().value(QStringLiteral("atMs")).toInteger();
        int inWindow = 0;
        for (int j = i; j < log.size(); ++j)
            inWindow +=
                log.at(j).toObject().value(QStringLiteral("atMs")).toInteger() < t0 + 1000 ? 1 : 0;
        QVERIFY2(inWindow <= 12, qPrintable(QString::number(inWindow)));
    }
    const qint64 span = log.last().toObject().value(QStringLiteral("atMs")).toInteger() -
                        log.first().toObject().value(QStringLiteral("atMs")).toInteger();
    QVERIFY2(span >= 900, qPrintable(QString::number(span))); // 12 requests, burst 2, 10/s: ~1 s
}

void TransportTest::largeBody_readInSlices_arrivesByteForByte()
{
    m_sandbox.reset(5000);
    const HttpAnswer direct =
        m_sandbox.call(Platform::Smartlead, "GET", QStringLiteral("/campaigns"));
    QCOMPARE(direct.status, 200);
    QVERIFY2(direct.body.size() > qsizetype{2} * 1024 * 1024,
             qPrintable(QStringLiteral("only %1 bytes").arg(direct.body.size())));

    const ApiResult r = run(smartleadListing());
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.body.size(), direct.body.size());
    QVERIFY(r.body == direct.body);
    QCOMPARE(r.json.array().size(), 5000);
}

void TransportTest::largeBody_cancelledInFlight_reportsCancelledOnce()
{
    m_sandbox.reset(5000);
    PendingCall *call = m_transport->send(smartleadListing());
    QSignalSpy spy(call, &PendingCall::finished);
    // Cancelled while the answer is on its way: reported once, and nothing of it afterwards.
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [this, call, &poll] {
        if (m_transport->inFlight() == 1) {
            poll.stop();
            call->cancel();
        }
    });
    poll.start(1);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
    QTest::qWait(200);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<ApiResult>().error, ErrorKind::Cancelled);
    QCOMPARE(m_transport->inFlight(), 0);
}

// The body is read at most a slice (1 MiB) per event-loop turn even when all of it is there at
// once: one readAll() of megabytes would hold the GUI thread for tens of milliseconds. The
// call finishes only after the last slice, with every byte in order.
void TransportTest::largeBody_allThereAtOnce_isReadASlicePerTurn()
{
    constexpr qint64 Slice = qint64{1} * 1024 * 1024;
    QByteArray body;
    for (int i = 0; body.size() < 3 * Slice + Slice / 2; ++i)
        body += QByteArray::number(i) + ' ';
    WholeBodyNam nam(body);
    Transport transport(&nam, m_transport->settings());
    ApiRequest request;
    request.url = QUrl(QStringLiteral("http://127.0.0.1:1/big"));
    request.expectJson = false;
    PendingCall *call = transport.send(std::move(request));
    QSignalSpy spy(call, &PendingCall::finished);
    QTRY_VERIFY(nam.reply);

    nam.reply->arrive();
    // Within that one call: one slice read, the rest left for later turns, nothing finished.
    QCOMPARE(nam.reads, QList<qint64>{Slice});
    QCOMPARE(spy.count(), 0);

    QVERIFY(spy.wait(5000));
    const ApiResult result = spy.at(0).at(0).value<ApiResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.body == body);
    QCOMPARE(nam.reads, (QList<qint64>{Slice, Slice, Slice, body.size() - 3 * Slice}));
}

void TransportTest::retryAfter_parsesSecondsAndDates()
{
    const QDateTime now(QDate(2026, 10, 21), QTime(7, 27, 0), Qt::UTC);
    QCOMPARE(parseRetryAfter("120", now).value_or(-1), 120000);
    QCOMPARE(parseRetryAfter(" 0 ", now).value_or(-1), 0);
    QCOMPARE(parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", now).value_or(-1), 60000);
    QCOMPARE(parseRetryAfter("Wed, 21 Oct 2026 07:20:00 GMT", now).value_or(-1), 0);
    QVERIFY(!parseRetryAfter("soon", now));
    QVERIFY(!parseRetryAfter("-5", now));
    QVERIFY(!parseRetryAfter("", now));
}

void TransportTest::retryAfter_readsBodyForms()
{
    QCOMPARE(
        retryAfterFromBody(QJsonDocument::fromJson(R"({"error":{"code":"X","retry_after":30}})"))
            .value_or(-1),
        30000);
    QCOMPARE(
        retryAfterFromBody(QJsonDocument::fromJson(R"({"error":{"details":{"retry_after":60}}})"))
            .value_or(-1),
        60000);
    QCOMPARE(retryAfterFromBody(QJsonDocument::fromJson(R"({"retry_after":"5"})")).value_or(-1),
             5000);
    QVERIFY(!retryAfterFromBody(QJsonDocument::fromJson(R"({"message":"slow down"})")));
}

// Found by hardening (tests/data/regressions/retry_after, error_body): a delta of 10^17 s
// overflowed the multiplication to milliseconds, and "inf" or 1e300 in a body overflowed the
// conversion to an integer. Both are undefined behaviour; the wait is now capped at INT_MAX ms
// (the transport keeps waits in an int).
void TransportTest::retryAfter_hugeValues_areCappedNotOverflowed()
{
    const QDateTime now(QDate(2026, 10, 21), QTime(7, 27, 0), Qt::UTC);
    const qint64 cap = std::numeric_limits<int>::max();
    QVERIFY(parseRetryAfter("99999999999999999", now).value_or(-1) <= cap);
    QVERIFY(parseRetryAfter("99999999999999999", now).value_or(-1) > qint64{24} * 3600 * 1000);
    QCOMPARE(parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now).value_or(-1), cap);
    QCOMPARE(retryAfterFromBody(QJsonDocument::fromJson(R"({"retry_after":1e300})")).value_or(-1),
             cap);
    QCOMPARE(retryAfterFromBody(
                 QJsonDocument::fromJson(R"({"error":{"details":{"retry_after":"inf"}}})"))
                 .value_or(-1),
             cap);
    QVERIFY(!retryAfterFromBody(QJsonDocument::fromJson(R"({"retry_after":"nan"})")));
}

void TransportTest::rateLimitHeader_acceptsOnlyNonNegativeInts_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("number") << QByteArray("60") << 60;
    QTest::newRow("spaces") << QByteArray(" 59 ") << 59;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("garbage") << QByteArray("lots") << -1;
    QTest::newRow("beyond int") << QByteArray("2147483648") << -1;
}

void TransportTest::rateLimitHeader_acceptsOnlyNonNegativeInts()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expected);
    QCOMPARE(parseRateLimitHeader(value), expected);
}

QTEST_GUILESS_MAIN(TransportTest)
#include "tst_transport.moc"
