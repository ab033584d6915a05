// Listing whole accounts against the sandbox through the real stack: AccountSession ->
// Transport -> the platform's provider -> the paging loop, for all five platforms.

#include "accounts/accountsession.h"
#include "accounts/accountsfile.h"
#include "sandboxfixture.h"

#include <QSet>
#include <QtTest>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

class ListingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullListing_deliversEveryCampaignOnce_at5000_data();
    void fullListing_deliversEveryCampaignOnce_at5000();
    void wrongKey_isReportedAsRefused_data();
    void wrongKey_isReportedAsRefused();
    void tooManyRequests_waitsForRetryAfter_thenCompletes_data();
    void tooManyRequests_waitsForRetryAfter_thenCompletes();
    void serverError_isRetried_thenCompletes();
    void timeout_isReportedAfterRetries();
    void malformedPage_isUnexpectedAnswer_neverAnEmptyList();
    void smartleadSuccessFalse_isAFailureWithThePlatformsMessage();
    void koreAiJwt_isAcceptedByTheSandboxVerifier();
    void pacing_staysUnderTheSandboxLimit_noRateLimitedAnswers();
    void largePage_isHandedOnInSlices_thenListed();
    void cancelBetweenSlices_deliversNothingMore();

private:
    struct Outcome
    {
        AccountState state = AccountState::Idle;
        QString error;
        QSet<QString> keys;
        int delivered = 0;
        int duplicates = 0;
    };
    Outcome list(SandboxFixture &sandbox, Platform platform, double ratePerMinute = 1e6,
                 const QString &secretOverride = {}, int timeoutMs = 60000);
    AccountWithSecret sandboxAccount(SandboxFixture &sandbox, Platform platform);
    QNetworkAccessManager m_nam;
};

void ListingTest::initTestCase()
{
    qRegisterMetaType<QList<Campaign>>();
}

AccountWithSecret ListingTest::sandboxAccount(SandboxFixture &sandbox, Platform platform)
{
    QList<AccountWithSecret> accounts;
    QString error;
    if (!accountsFromJson(sandbox.server().accountsJson(), &accounts, &error))
        qFatal("%s", qPrintable(error));
    return accounts.at(int(platform));
}

ListingTest::Outcome ListingTest::list(SandboxFixture &sandbox, Platform platform,
                                       double ratePerMinute, const QString &secretOverride,
                                       int timeoutMs)
{
    AccountWithSecret a = sandboxAccount(sandbox, platform);
    a.account.ratePerMinute = ratePerMinute;
    AccountSession session(&m_nam, a.account);
    session.setSecret(secretOverride.isEmpty() ? a.secret : secretOverride);
    Outcome outcome;
    connect(&session, &AccountSession::campaignsArrived, this,
            [&outcome](const QList<Campaign> &page) {
                for (const Campaign &c : page) {
                    outcome.duplicates += outcome.keys.contains(c.key()) ? 1 : 0;
                    outcome.keys.insert(c.key());
                    ++outcome.delivered;
                }
            });
    session.refresh();
    QDeadlineTimer deadline(timeoutMs);
    while ((session.state() == AccountState::Loading || session.state() == AccountState::Idle) &&
           !deadline.hasExpired())
        QTest::qWait(20);
    outcome.state = session.state();
    outcome.error = session.errorText();
    return outcome;
}

void ListingTest::fullListing_deliversEveryCampaignOnce_at5000_data()
{
    QTest::addColumn<Platform>("platform");
    for (Platform p : allPlatforms())
        QTest::newRow(qPrintable(platformKey(p))) << p;
}

void ListingTest::fullListing_deliversEveryCampaignOnce_at5000()
{
    QFETCH(Platform, platform);
    SandboxFixture sandbox(SandboxFixture::quietOptions(5000));
    const Outcome o = list(sandbox, platform);
    QVERIFY2(o.state == AccountState::Ok, qPrintable(o.error));
    QCOMPARE(o.duplicates, 0);
    QCOMPARE(o.keys.size(), 5000);
}

void ListingTest::wrongKey_isReportedAsRefused_data()
{
    fullListing_deliversEveryCampaignOnce_at5000_data();
}

void ListingTest::wrongKey_isReportedAsRefused()
{
    QFETCH(Platform, platform);
    SandboxFixture sandbox;
    const Outcome o =
        list(sandbox, platform, 1e6, QStringLiteral("definitely-not-the-key-000000000000000000"));
    QCOMPARE(o.state, AccountState::Error);
    QVERIFY2(o.error.contains(QStringLiteral("was refused")), qPrintable(o.error));
    QVERIFY(o.error.contains(QStringLiteral("Sandbox")));
    QVERIFY(!o.error.contains(QStringLiteral("definitely-not-the-key")));
}

void ListingTest::tooManyRequests_waitsForRetryAfter_thenCompletes_data()
{
    QTest::addColumn<bool>("asDate");
    QTest::newRow("seconds") << false;
    QTest::newRow("http-date") << true;
}

void ListingTest::tooManyRequests_waitsForRetryAfter_thenCompletes()
{
    QFETCH(bool, asDate);
    // An HTTP date has whole seconds: three from now is at least two seconds away.
    const QJsonValue retryAfter =
        asDate ? QJsonValue(QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(3),
                                                  QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) +
                            QStringLiteral(" GMT"))
               : QJsonValue(1);
    SandboxFixture sandbox(SandboxFixture::quietOptions(300));
    // The second page is refused once.
    sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("talkover")},
                                 {QStringLiteral("path"), QStringLiteral("/campaigns")},
                                 {QStringLiteral("kind"), QStringLiteral("429")},
                                 {QStringLiteral("retryAfter"), retryAfter}});
    const Outcome o = list(sandbox, Platform::Talkover);
    QVERIFY2(o.state == AccountState::Ok, qPrintable(o.error));
    QCOMPARE(o.keys.size(), 300);
    const QJsonArray log = sandbox.requestLog();
    QCOMPARE(log.first().toObject().value(QStringLiteral("status")).toInt(), 429);
    const qint64 waited = log.at(1).toObject().value(QStringLiteral("atMs")).toInteger() -
                          log.at(0).toObject().value(QStringLiteral("atMs")).toInteger();
    QVERIFY2(waited >= 900, qPrintable(QString::number(waited)));
}

void ListingTest::serverError_isRetried_thenCompletes()
{
    SandboxFixture sandbox(SandboxFixture::quietOptions(300));
    sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("burki")},
                                 {QStringLiteral("kind"), QStringLiteral("status")},
                                 {QStringLiteral("status"), 503},
                                 {QStringLiteral("count"), 2}});
    const Outcome o = list(sandbox, Platform::Burki);
    QVERIFY2(o.state == AccountState::Ok, qPrintable(o.error));
    QCOMPARE(o.keys.size(), 300);
}

void ListingTest::timeout_isReportedAfterRetries()
{
    SandboxFixture sandbox;
    sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("kakiyo")},
                                 {QStringLiteral("kind"), QStringLiteral("drop")},
                                 {QStringLiteral("count"), 50}});
    const Outcome o = list(sandbox, Platform::Kakiyo);
    QCOMPARE(o.state, AccountState::Error);
    QVERIFY2(o.error.contains(QStringLiteral("Kakiyo")), qPrintable(o.error));
}

void ListingTest::malformedPage_isUnexpectedAnswer_neverAnEmptyList()
{
    SandboxFixture sandbox;
    sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("koreai")},
                                 {QStringLiteral("kind"), QStringLiteral("malformed")}});
    const Outcome o = list(sandbox, Platform::KoreAi);
    QCOMPARE(o.state, AccountState::Error);
    QVERIFY2(o.error.contains(QStringLiteral("Unexpected answer from Kore.ai")),
             qPrintable(o.error));
    QCOMPARE(o.delivered, 0);
}

void ListingTest::smartleadSuccessFalse_isAFailureWithThePlatformsMessage()
{
    SandboxFixture sandbox;
    sandbox.addFault(
        QJsonObject{{QStringLiteral("platform"), QStringLiteral("smartlead")},
                    {QStringLiteral("kind"), QStringLiteral("status")},
                    {QStringLiteral("status"), 200},
                    {QStringLiteral("body"),
                     QJsonObject{{QStringLiteral("success"), false},
                                 {QStringLiteral("message"), QStringLiteral("Plan expired")}}}});
    const Outcome o = list(sandbox, Platform::Smartlead);
    QCOMPARE(o.state, AccountState::Error);
    QVERIFY2(o.error.contains(QStringLiteral("Plan expired")), qPrintable(o.error));
    QCOMPARE(o.delivered, 0);
}

void ListingTest::koreAiJwt_isAcceptedByTheSandboxVerifier()
{
    SandboxFixture sandbox(SandboxFixture::quietOptions(250));
    const Outcome o = list(sandbox, Platform::KoreAi);
    QVERIFY2(o.state == AccountState::Ok, qPrintable(o.error));
    QCOMPARE(o.keys.size(), 250);
    // Every request carried a fresh token the sandbox verified: no 401 in the log.
    const QJsonArray log = sandbox.requestLog();
    for (const QJsonValue v : log)
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toInt(), 200);
}

void ListingTest::pacing_staysUnderTheSandboxLimit_noRateLimitedAnswers()
{
    SandboxFixture sandbox(SandboxFixture::quietOptions(1500, true));
    // The sandbox allows 10 requests a second; the account paces itself at 8 a second.
    sandbox.setRateLimits(
        true, QJsonObject{{QStringLiteral("talkover"),
                           QJsonArray{QJsonObject{{QStringLiteral("limit"), 10},
                                                  {QStringLiteral("windowMs"), 1000}}}}});
    const Outcome o = list(sandbox, Platform::Talkover, 480);
    QVERIFY2(o.state == AccountState::Ok, qPrintable(o.error));
    QCOMPARE(o.keys.size(), 1500);
    const QJsonArray log = sandbox.requestLog();
    for (const QJsonValue v : log)
        QVERIFY2(v.toObject().value(QStringLiteral("status")).toInt() == 200,
                 qPrintable(QString::fromUtf8(
                     QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))));
    QVERIFY(log.size() >= 15);
}

// Smartlead answers with every campaign in one page: the table gets it in slices, one per
// event-loop turn, and the account counts as listed only after the last one.
void ListingTest::largePage_isHandedOnInSlices_thenListed()
{
    SandboxFixture sandbox(SandboxFixture::quietOptions(2500));
    AccountWithSecret a = sandboxAccount(sandbox, Platform::Smartlead);
    AccountSession session(&m_nam, a.account);
    session.setSecret(a.secret);
    QList<qsizetype> slices;
    int listedAfter = -1;
    qsizetype listedKeys = 0;
    connect(&session, &AccountSession::campaignsArrived, this,
            [&slices](const QList<Campaign> &slice) { slices << slice.size(); });
    connect(&session, &AccountSession::listed, this,
            [&](const QString &, const QSet<QString> &keys) {
                listedAfter = int(slices.size());
                listedKeys = keys.size();
            });
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == AccountState::Ok, 30000);
    QCOMPARE(slices, (QList<qsizetype>{1000, 1000, 500}));
    QCOMPARE(listedAfter, 3);
    QCOMPARE(listedKeys, 2500);
    QCOMPARE(session.campaignCount(), 2500);
}

void ListingTest::cancelBetweenSlices_deliversNothingMore()
{
    SandboxFixture sandbox(SandboxFixture::quietOptions(2500));
    AccountWithSecret a = sandboxAccount(sandbox, Platform::Smartlead);
    AccountSession session(&m_nam, a.account);
    session.setSecret(a.secret);
    int delivered = 0;
    bool listed = false;
    connect(&session, &AccountSession::campaignsArrived, this,
            [&delivered, &session](const QList<Campaign> &slice) {
                delivered += int(slice.size());
                session.cancel(); // the user stopped the refresh after the first slice
            });
    connect(&session, &AccountSession::listed, this, [&listed] { listed = true; });
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(delivered > 0, 30000);
    QTest::qWait(200);
    QCOMPARE(delivered, 1000);
    QVERIFY(!listed);
    QCOMPARE(session.state(), AccountState::Idle);
}

QTEST_GUILESS_MAIN(ListingTest)
#include "tst_listing.moc"
