// The admin API and the standalone executable: reset, request log, rate-limit settings,
// --print-accounts and a 100,000-campaign start.

#include "sandboxfixture.h"

#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

class SandboxAdminTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reset_restoresDeletedCampaigns();
    void requestLog_recordsMethodPathPlatformStatus_withSecretsRedacted();
    void rateLimits_canBeReadAndChanged();
    void adminCampaigns_changeStatusBehindTheClientsBack();
    void unknownPath_isA404WithAHint();
    void printAccounts_listsFivePlatformsWithTheirFields();
    void executable_startsAt100000PerPlatform_andLists();
    void executable_rejectsBadArguments();

private:
    SandboxFixture m_sandbox;
};

void SandboxAdminTest::reset_restoresDeletedCampaigns()
{
    QCOMPARE(
        m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/campaign-uuid-1"))
            .status,
        200);
    QCOMPARE(m_sandbox.raw("POST", QStringLiteral("/__sandbox/reset")).status, 200);
    QCOMPARE(m_sandbox.call(Platform::Talkover, "GET", QStringLiteral("/campaigns/campaign-uuid-1"))
                 .status,
             200);
    QCOMPARE(m_sandbox.raw("POST", QStringLiteral("/__sandbox/reset"), R"({"scale":7})").status,
             200);
    QCOMPARE(m_sandbox.raw("GET", QStringLiteral("/__sandbox/campaigns/burki"))
                 .object()
                 .value(QStringLiteral("count"))
                 .toInt(),
             7);
    m_sandbox.reset();
}

void SandboxAdminTest::requestLog_recordsMethodPathPlatformStatus_withSecretsRedacted()
{
    m_sandbox.raw("DELETE", QStringLiteral("/__sandbox/requests"));
    m_sandbox.call(Platform::Talkover, "GET",
                   QStringLiteral("/campaigns?page=2&api_key=s3cr3t-value"));
    m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/nope"));
    const QJsonArray log = m_sandbox.requestLog();
    QCOMPARE(log.size(), 2);
    const QJsonObject first = log.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(first.value(QStringLiteral("platform")).toString(), QStringLiteral("talkover"));
    QCOMPARE(first.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(first.value(QStringLiteral("path")).toString(),
             QStringLiteral("/talkover/api/v1/campaigns?page=2&api_key=***"));
    QCOMPARE(log.at(1).toObject().value(QStringLiteral("status")).toInt(), 404);
    QVERIFY(!QJsonDocument(log).toJson().contains("s3cr3t"));
    QCOMPARE(m_sandbox.countRequests("DELETE"), 1);
    // ?since= returns only newer entries.
    const qint64 last = log.at(1).toObject().value(QStringLiteral("seq")).toInteger();
    QCOMPARE(m_sandbox.raw("GET", QStringLiteral("/__sandbox/requests?since=%1").arg(last))
                 .array()
                 .size(),
             0);
}

void SandboxAdminTest::rateLimits_canBeReadAndChanged()
{
    m_sandbox.setRateLimits(
        true, QJsonObject{{QStringLiteral("burki"),
                           QJsonArray{QJsonObject{{QStringLiteral("limit"), 5},
                                                  {QStringLiteral("windowMs"), 1000}}}}});
    const QJsonObject state =
        m_sandbox.raw("GET", QStringLiteral("/__sandbox/ratelimits")).object();
    QCOMPARE(state.value(QStringLiteral("enabled")).toBool(), true);
    const QJsonObject burki = state.value(QStringLiteral("rules"))
                                  .toObject()
                                  .value(QStringLiteral("burki"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(burki.value(QStringLiteral("limit")).toInt(), 5);
    QCOMPARE(burki.value(QStringLiteral("windowMs")).toInt(), 1000);
    QCOMPARE(state.value(QStringLiteral("rules"))
                 .toObject()
                 .value(QStringLiteral("talkover"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("limit"))
                 .toInt(),
             100);
    m_sandbox.setRateLimits(false);
}

void SandboxAdminTest::adminCampaigns_changeStatusBehindTheClientsBack()
{
    const HttpAnswer a =
        m_sandbox.raw("POST", QStringLiteral("/__sandbox/campaigns/talkover/campaign-uuid-1"),
                      R"({"status":"active"})");
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    QCOMPARE(
        m_sandbox.call(Platform::Talkover, "DELETE", QStringLiteral("/campaigns/campaign-uuid-1"))
            .status,
        403);
    QCOMPARE(m_sandbox.raw("GET", QStringLiteral("/__sandbox/campaigns/talkover/none")).status,
             404);
    m_sandbox.reset();
}

void SandboxAdminTest::unknownPath_isA404WithAHint()
{
    const HttpAnswer a = m_sandbox.raw("GET", QStringLiteral("/nowhere"));
    QCOMPARE(a.status, 404);
    QVERIFY(a.object()
                .value(QStringLiteral("error"))
                .toString()
                .contains(QStringLiteral("/smartlead/api/v1")));
}

void SandboxAdminTest::printAccounts_listsFivePlatformsWithTheirFields()
{
    QProcess process;
    process.start(QStringLiteral(SANDBOX_EXE), {QStringLiteral("--port"), QStringLiteral("8700"),
                                                QStringLiteral("--print-accounts")});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonArray accounts = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(accounts.size(), 5);
    QStringList platforms;
    for (const QJsonValue v : accounts) {
        const QJsonObject a = v.toObject();
        platforms << a.value(QStringLiteral("platform")).toString();
        QVERIFY(!a.value(QStringLiteral("label")).toString().isEmpty());
        QVERIFY(!a.value(QStringLiteral("secret")).toString().isEmpty());
        QVERIFY(a.value(QStringLiteral("baseUrl"))
                    .toString()
                    .startsWith(QStringLiteral("http://127.0.0.1:8700/")));
        if (a.value(QStringLiteral("platform")).toString() == QLatin1String("koreai")) {
            for (const char *field : {"streamId", "appId", "accountId", "clientId"})
                QVERIFY2(!a.value(QLatin1String(field)).toString().isEmpty(), field);
        }
    }
    QCOMPARE(platforms, (QStringList{QStringLiteral("talkover"), QStringLiteral("burki"),
                                     QStringLiteral("kakiyo"), QStringLiteral("koreai"),
                                     QStringLiteral("smartlead")}));
}

void SandboxAdminTest::executable_startsAt100000PerPlatform_andLists()
{
    QProcess process;
    process.start(QStringLiteral(SANDBOX_EXE),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"),
                   QStringLiteral("100000"), QStringLiteral("--no-rate-limits")});
    QVERIFY(process.waitForStarted());
    static const QRegularExpression listening(
        QStringLiteral("listening on http://127.0.0.1:(\\d+)"));
    QByteArray err;
    QRegularExpressionMatch match;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        process.waitForReadyRead(1000);
        err += process.readAllStandardError();
        match = listening.match(QString::fromUtf8(err));
        if (match.hasMatch())
            break;
    }
    QVERIFY2(match.hasMatch(), err.constData());
    const QString port = match.captured(1);
    QNetworkAccessManager nam;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/__sandbox/campaigns/talkover").arg(port)));
    QNetworkReply *reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(30000));
    QCOMPARE(
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("count")).toInt(),
        100000);
    reply->deleteLater();

    const QString token = m_sandbox.account(Platform::Talkover).secret;
    QNetworkRequest last(
        QUrl(QStringLiteral("http://127.0.0.1:%1/talkover/api/v1/campaigns?per_page=100&page=1000")
                 .arg(port)));
    last.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *lastReply = nam.get(last);
    QSignalSpy lastDone(lastReply, &QNetworkReply::finished);
    QVERIFY(lastDone.wait(30000));
    const QJsonObject page = QJsonDocument::fromJson(lastReply->readAll()).object();
    QCOMPARE(page.value(QStringLiteral("data")).toArray().size(), 100);
    QCOMPARE(
        page.value(QStringLiteral("pagination")).toObject().value(QStringLiteral("to")).toInt(),
        100000);
    lastReply->deleteLater();
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void SandboxAdminTest::executable_rejectsBadArguments()
{
    QProcess process;
    process.start(QStringLiteral(SANDBOX_EXE),
                  {QStringLiteral("--rate-limit"), QStringLiteral("nowhere=1/2")});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--rate-limit"));
}

QTEST_GUILESS_MAIN(SandboxAdminTest)
#include "tst_sandbox_admin.moc"
