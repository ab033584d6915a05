// Fault injection: each kind does what it says, for exactly the requests it matches.

#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QtTest>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

class SandboxFaultsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_sandbox.reset(); }

    void latency_delaysTheAnswerAndStillProcesses();
    void status_answersTheGivenStatusAndBody();
    void rateLimit_sendsRetryAfterInSeconds();
    void rateLimit_sendsRetryAfterAsHttpDate();
    void malformed_answersBrokenJson();
    void truncated_cutsTheBodyShort();
    void drop_closesWithoutAnswer_andIsLogged();
    void drop_withProcess_deletesBeforeDropping();
    void redirect_answers3xxWithLocation_data();
    void redirect_answers3xxWithLocation();
    void successFalse_answers200WithTheFailureFlag();
    void count_limitsTheFaultToTheNextNMatches();
    void matching_respectsPlatformMethodAndPath();
    void badFault_isRejected();

private:
    HttpAnswer getCampaign()
    {
        return m_sandbox.call(Platform::Talkover, "GET",
                              QStringLiteral("/campaigns/campaign-uuid-1"));
    }
    void fault(const char *json) { m_sandbox.addFault(QJsonDocument::fromJson(json).object()); }
    SandboxFixture m_sandbox;
};

void SandboxFaultsTest::latency_delaysTheAnswerAndStillProcesses()
{
    fault(
        R"({"platform":"talkover","method":"DELETE","path":"/campaigns/*","kind":"latency","latencyMs":400})");
    QElapsedTimer timer;
    timer.start();
    const HttpAnswer a =
        m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/campaign-uuid-1"));
    QVERIFY(timer.elapsed() >= 380);
    QCOMPARE(a.status, 200);
    QCOMPARE(getCampaign().status, 404);
}

void SandboxFaultsTest::status_answersTheGivenStatusAndBody()
{
    fault(
        R"({"platform":"talkover","path":"/campaigns/campaign-uuid-1","kind":"status","status":503,
              "body":{"success":false,"message":"Service Unavailable"}})");
    const HttpAnswer a = getCampaign();
    QCOMPARE(a.status, 503);
    QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Service Unavailable"));
    QCOMPARE(getCampaign().status, 200);
}

void SandboxFaultsTest::rateLimit_sendsRetryAfterInSeconds()
{
    fault(R"({"platform":"talkover","kind":"429","retryAfter":7})");
    const HttpAnswer a = getCampaign();
    QCOMPARE(a.status, 429);
    QCOMPARE(a.header("Retry-After"), QByteArray("7"));
    QCOMPARE(a.object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("RATE_LIMIT_EXCEEDED"));
}

void SandboxFaultsTest::rateLimit_sendsRetryAfterAsHttpDate()
{
    fault(R"({"platform":"talkover","kind":"429","retryAfter":"Wed, 21 Oct 2026 07:28:00 GMT"})");
    const HttpAnswer a = getCampaign();
    QCOMPARE(a.status, 429);
    QCOMPARE(a.header("Retry-After"), QByteArray("Wed, 21 Oct 2026 07:28:00 GMT"));
}

void SandboxFaultsTest::malformed_answersBrokenJson()
{
    fault(R"({"platform":"talkover","kind":"malformed"})");
    const HttpAnswer a = getCampaign();
    QCOMPARE(a.status, 200);
    QJsonParseError error{};
    QJsonDocument::fromJson(a.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void SandboxFaultsTest::truncated_cutsTheBodyShort()
{
    const QByteArray full = getCampaign().body;
    fault(R"({"platform":"talkover","kind":"truncated"})");
    const HttpAnswer a = getCampaign();
    QVERIFY(a.networkError != int(QNetworkReply::NoError));
    QVERIFY(a.body.size() < full.size());
}

void SandboxFaultsTest::drop_closesWithoutAnswer_andIsLogged()
{
    // Qt re-sends a request whose connection closed before any answer, so drop them all.
    fault(R"({"platform":"talkover","method":"DELETE","kind":"drop","count":5})");
    const HttpAnswer a =
        m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/campaign-uuid-1"));
    QCOMPARE(a.status, 0);
    QVERIFY(a.networkError != int(QNetworkReply::NoError));
    const QJsonArray log = m_sandbox.requestLog();
    int dropped = 0;
    for (const QJsonValue v : log)
        dropped +=
            v.toObject().value(QStringLiteral("fault")).toString() == QLatin1String("drop") ? 1 : 0;
    QVERIFY(dropped >= 1);
    QCOMPARE(getCampaign().status, 200); // not processed
}

void SandboxFaultsTest::drop_withProcess_deletesBeforeDropping()
{
    fault(R"({"platform":"talkover","method":"DELETE","kind":"drop","process":true,"count":5})");
    m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/campaign-uuid-1"));
    QCOMPARE(getCampaign().status, 404);
}

void SandboxFaultsTest::redirect_answers3xxWithLocation_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
}

void SandboxFaultsTest::redirect_answers3xxWithLocation()
{
    QFETCH(int, code);
    m_sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                                   {QStringLiteral("method"), QStringLiteral("DELETE")},
                                   {QStringLiteral("kind"), QStringLiteral("redirect")},
                                   {QStringLiteral("status"), code}});
    const HttpAnswer a =
        m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/campaign-uuid-1"));
    QCOMPARE(a.status, code);
    QVERIFY(a.header("Location").startsWith("/__sandbox/redirected/talkover/"));
    QCOMPARE(getCampaign().status, 200); // the DELETE was not carried out
}

void SandboxFaultsTest::successFalse_answers200WithTheFailureFlag()
{
    fault(R"({"platform":"talkover","method":"DELETE","kind":"success-false"})");
    const HttpAnswer a =
        m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/campaign-uuid-1"));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(getCampaign().status, 200);
}

void SandboxFaultsTest::count_limitsTheFaultToTheNextNMatches()
{
    fault(R"({"platform":"talkover","kind":"status","status":500,"count":2})");
    QCOMPARE(getCampaign().status, 500);
    QCOMPARE(getCampaign().status, 500);
    QCOMPARE(getCampaign().status, 200);
    QCOMPARE(m_sandbox.raw("GET", QStringLiteral("/__sandbox/faults")).array().size(), 0);
}

void SandboxFaultsTest::matching_respectsPlatformMethodAndPath()
{
    fault(R"({"platform":"burki","kind":"status","status":500})");
    fault(R"({"platform":"talkover","method":"DELETE","kind":"status","status":502})");
    fault(R"({"platform":"talkover","path":"/campaigns/other-*","kind":"status","status":504})");
    QCOMPARE(getCampaign().status, 200);
    QCOMPARE(m_sandbox.call(Platform::Talkover, "GET", QStringLiteral("/campaigns/other-1")).status,
             504);
    QCOMPARE(
        m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/campaign-uuid-1"))
            .status,
        502);
    QCOMPARE(m_sandbox.raw("DELETE", QStringLiteral("/__sandbox/faults")).status, 200);
    QCOMPARE(m_sandbox.raw("GET", QStringLiteral("/__sandbox/faults")).array().size(), 0);
}

void SandboxFaultsTest::badFault_isRejected()
{
    const HttpAnswer a =
        m_sandbox.raw("POST", QStringLiteral("/__sandbox/faults"), R"({"kind":"explode"})");
    QCOMPARE(a.status, 400);
    QVERIFY(a.object()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QStringLiteral("unknown fault kind")));
}

QTEST_GUILESS_MAIN(SandboxFaultsTest)
#include "tst_sandbox_faults.moc"
