// Talkover in the sandbox: paging, delete rules, cascades, transitions and rate limits.

#include "sandboxfixture.h"

#include <QSet>
#include <QtTest>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

class SandboxTalkoverTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_sandbox.reset(); }

    void paging_returnsEveryCampaignOnce_at10000();
    void defaultSeed_hasEveryStatus();
    void deleteActiveCampaign_isRefusedWith403();
    void deletePausedCampaignWithCallsInProgress_isRefusedWith409();
    void deleteAllowedStatuses_succeedsAndRemovesCallsAndFiles();
    void callsInProgress_settleAfterPause();
    void statusTransitions_followTheDocumentedTable_data();
    void statusTransitions_followTheDocumentedTable();
    void rateLimit_refusesWith429AndHeaders();
    void wrongToken_isRefusedWith401();

private:
    QString firstWithStatus(const QString &status);
    SandboxFixture m_sandbox;
};

QString SandboxTalkoverTest::firstWithStatus(const QString &status)
{
    const HttpAnswer a = m_sandbox.call(Platform::Talkover, "GET",
                                        QStringLiteral("/campaigns?per_page=100&status=") + status);
    return a.object()
        .value(QStringLiteral("data"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

void SandboxTalkoverTest::paging_returnsEveryCampaignOnce_at10000()
{
    SandboxFixture big(SandboxFixture::quietOptions(10000));
    QSet<QString> seen;
    int page = 1;
    int lastPage = 0;
    do {
        const HttpAnswer a = big.call(Platform::Talkover, "GET",
                                      QStringLiteral("/campaigns?per_page=100&page=%1").arg(page));
        QCOMPARE(a.status, 200);
        const QJsonObject body = a.object();
        lastPage = body.value(QStringLiteral("pagination"))
                       .toObject()
                       .value(QStringLiteral("last_page"))
                       .toInt();
        const QJsonArray data = body.value(QStringLiteral("data")).toArray();
        QVERIFY(page == lastPage || data.size() == 100);
        for (const QJsonValue c : data) {
            const QString id = c.toObject().value(QStringLiteral("id")).toString();
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
        }
    } while (page++ < lastPage);
    QCOMPARE(lastPage, 100);
    QCOMPARE(seen.size(), 10000);
}

void SandboxTalkoverTest::defaultSeed_hasEveryStatus()
{
    for (const char *status : {"draft", "active", "paused", "completed", "cancelled"})
        QVERIFY2(!firstWithStatus(QString::fromLatin1(status)).isEmpty(), status);
}

void SandboxTalkoverTest::deleteActiveCampaign_isRefusedWith403()
{
    const QString id = firstWithStatus(QStringLiteral("active"));
    const HttpAnswer a =
        m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/") + id);
    QCOMPARE(a.status, 403);
    QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Cannot delete active campaign"));
    QCOMPARE(m_sandbox.call(Platform::Talkover, "GET", QStringLiteral("/campaigns/") + id).status,
             200);
}

void SandboxTalkoverTest::deletePausedCampaignWithCallsInProgress_isRefusedWith409()
{
    const QString id = QStringLiteral("campaign-uuid-1");
    m_sandbox.raw("POST", QStringLiteral("/__sandbox/campaigns/talkover/") + id,
                  R"({"inFlight":3})");
    const HttpAnswer a =
        m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/") + id);
    QCOMPARE(a.status, 409);
    QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Campaign has active calls in progress"));
    const QJsonArray calls =
        m_sandbox.call(Platform::Talkover, "GET", QStringLiteral("/campaigns/") + id)
            .object()
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("calls"))
            .toArray();
    int running = 0;
    for (const QJsonValue call : calls) {
        const QString s = call.toObject().value(QStringLiteral("status")).toString();
        running += (s == QLatin1String("in_progress") || s == QLatin1String("queued")) ? 1 : 0;
    }
    QCOMPARE(running, 3);
}

void SandboxTalkoverTest::deleteAllowedStatuses_succeedsAndRemovesCallsAndFiles()
{
    for (const char *status : {"draft", "paused", "completed", "cancelled"}) {
        QString id = firstWithStatus(QString::fromLatin1(status));
        m_sandbox.raw("POST", QStringLiteral("/__sandbox/campaigns/talkover/") + id,
                      R"({"inFlight":0})");
        const HttpAnswer before =
            m_sandbox.call(Platform::Talkover, "GET", QStringLiteral("/campaigns/") + id);
        QCOMPARE(before.status, 200);
        const HttpAnswer a =
            m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/") + id);
        QVERIFY2(a.status == 200, status);
        QCOMPARE(a.object().value(QStringLiteral("success")).toBool(), true);
        // The campaign and everything hanging off it (calls, files, stats) are gone.
        const HttpAnswer after =
            m_sandbox.call(Platform::Talkover, "GET", QStringLiteral("/campaigns/") + id);
        QCOMPARE(after.status, 404);
        QVERIFY(!after.body.contains("calls"));
        const HttpAnswer listed =
            m_sandbox.call(Platform::Talkover, "GET", QStringLiteral("/campaigns?per_page=100"));
        QVERIFY(!listed.body.contains(id.toUtf8()));
        QCOMPARE(
            m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/") + id).status,
            404);
    }
}

void SandboxTalkoverTest::callsInProgress_settleAfterPause()
{
    const QString id = QStringLiteral("campaign-uuid-1");
    m_sandbox.raw("POST", QStringLiteral("/__sandbox/campaigns/talkover/") + id,
                  R"({"status":"active","inFlight":2})");
    QCOMPARE(m_sandbox
                 .call(Platform::Talkover, "PATCH", QStringLiteral("/campaigns/%1/status").arg(id),
                       R"({"status":"paused"})")
                 .status,
             200);
    QCOMPARE(
        m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/") + id).status,
        409);
    QTest::qWait(3200);
    QCOMPARE(
        m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/") + id).status,
        200);
}

void SandboxTalkoverTest::statusTransitions_followTheDocumentedTable_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("httpStatus");
    const QStringList all = {QStringLiteral("draft"), QStringLiteral("active"),
                             QStringLiteral("paused"), QStringLiteral("completed"),
                             QStringLiteral("cancelled")};
    const QSet<QString> allowed = {
        QStringLiteral("draft>active"),     QStringLiteral("draft>cancelled"),
        QStringLiteral("active>paused"),    QStringLiteral("active>completed"),
        QStringLiteral("active>cancelled"), QStringLiteral("paused>active"),
        QStringLiteral("paused>completed"), QStringLiteral("paused>cancelled")};
    for (const QString &from : all) {
        for (const QString &to : all) {
            const QString key = from + QLatin1Char('>') + to;
            QTest::newRow(qPrintable(key)) << from << to << (allowed.contains(key) ? 200 : 400);
        }
    }
}

void SandboxTalkoverTest::statusTransitions_followTheDocumentedTable()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, httpStatus);
    const QString id = QStringLiteral("campaign-uuid-1");
    m_sandbox.raw("POST", QStringLiteral("/__sandbox/campaigns/talkover/") + id,
                  QStringLiteral(R"({"status":"%1"})").arg(from).toUtf8());
    const HttpAnswer a =
        m_sandbox.call(Platform::Talkover, "PATCH", QStringLiteral("/campaigns/%1/status").arg(id),
                       QStringLiteral(R"({"status":"%1"})").arg(to).toUtf8());
    QCOMPARE(a.status, httpStatus);
    if (httpStatus == 400)
        QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Cannot transition from %1 to %2 status").arg(from, to));
    const QString now =
        m_sandbox.call(Platform::Talkover, "GET", QStringLiteral("/campaigns/") + id)
            .object()
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("status"))
            .toString();
    QCOMPARE(now, httpStatus == 200 ? to : from);
}

void SandboxTalkoverTest::rateLimit_refusesWith429AndHeaders()
{
    m_sandbox.setRateLimits(
        true, QJsonObject{{QStringLiteral("talkover"),
                           QJsonArray{QJsonObject{{QStringLiteral("limit"), 3},
                                                  {QStringLiteral("windowMs"), 60000}}}}});
    for (int i = 0; i < 3; ++i) {
        const HttpAnswer ok =
            m_sandbox.call(Platform::Talkover, "GET", QStringLiteral("/campaigns"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.header("X-RateLimit-Limit"), QByteArray("3"));
        QCOMPARE(ok.header("X-RateLimit-Remaining").toInt(), 2 - i);
    }
    const HttpAnswer refused =
        m_sandbox.call(Platform::Talkover, "GET", QStringLiteral("/campaigns"));
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.header("X-RateLimit-Remaining"), QByteArray("0"));
    QVERIFY(refused.header("X-RateLimit-Reset").toLongLong() >= QDateTime::currentSecsSinceEpoch());
    const QJsonObject error = refused.object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("RATE_LIMIT_EXCEEDED"));
    const int retryAfter = error.value(QStringLiteral("details"))
                               .toObject()
                               .value(QStringLiteral("retry_after"))
                               .toInt();
    QVERIFY(retryAfter >= 59 && retryAfter <= 60);
    // Limits are per credential: the doc placeholder token has a budget of its own.
    QCOMPARE(
        m_sandbox
            .call(Platform::Talkover, "GET", QStringLiteral("/campaigns"), {}, Auth::DocPlaceholder)
            .status,
        200);
}

void SandboxTalkoverTest::wrongToken_isRefusedWith401()
{
    for (Auth auth : {Auth::Wrong, Auth::None}) {
        const HttpAnswer a =
            m_sandbox.call(Platform::Talkover, "GET", QStringLiteral("/campaigns"), {}, auth);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Unauthorized"));
    }
}

QTEST_GUILESS_MAIN(SandboxTalkoverTest)
#include "tst_sandbox_talkover.moc"
