// Kakiyo's request building and parsers against the documented bodies
// (tests/data/providers/kakiyo): cursor paging, the analytics answer standing in for a campaign
// GET, and a cursor walk over real HTTP against the sandbox.

#include "providers/provider.h"

#include "campaigntable.h"
#include "sandboxfixture.h"

#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

namespace {

constexpr Platform Kakiyo = Platform::Kakiyo;
const QString SandboxBase = QStringLiteral("http://127.0.0.1:8080/kakiyo/v1");

const Provider &provider()
{
    return providerFor(Kakiyo);
}

Account testAccount(const QString &baseUrl = SandboxBase)
{
    Account account;
    account.id = QStringLiteral("acc-kakiyo");
    account.platform = Kakiyo;
    account.label = QStringLiteral("Sales team");
    account.baseUrl = QUrl(baseUrl);
    return account;
}

QByteArray readData(const QString &file)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/providers/kakiyo/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data: %s", qPrintable(file));
    return f.readAll();
}

// The body as the transport would hand it over: a null document when it is not JSON.
QJsonDocument loadBody(const QString &file)
{
    return QJsonDocument::fromJson(readData(file));
}

PageCursor after(const QString &cursor)
{
    PageCursor c;
    c.after = cursor;
    return c;
}

// Sends a provider-built request to the sandbox exactly as built: URL from listRequest() and
// friends, credentials from authorize().
HttpAnswer send(SandboxFixture &fixture, const Account &account, const QString &secret,
                const ApiRequest &request)
{
    QUrl url = request.url;
    QNetworkRequest wire(url);
    provider().authorize(account, secret, wire, url);
    QList<QPair<QByteArray, QByteArray>> headers;
    const QList<QByteArray> names = wire.rawHeaderList();
    for (const QByteArray &name : names)
        headers.append({name, wire.rawHeader(name)});
    QString pathAndQuery = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        pathAndQuery += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return fixture.raw(request.method, pathAndQuery, request.body, headers);
}

} // namespace

class KakiyoParsersTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void platformFacts_matchTheDocumentation();
    void normalizeStatus_mapsEveryDocumentedWord_data();
    void normalizeStatus_mapsEveryDocumentedWord();

    void listRequest_sendsLimitAndCursorBelowTheBasePath_data();
    void listRequest_sendsLimitAndCursorBelowTheBasePath();
    void listRequest_cursorWithReservedCharacters_survivesTheRoundTrip();
    void getRequest_readsTheAnalyticsEndpoint_data();
    void getRequest_readsTheAnalyticsEndpoint();
    void testConnectionRequest_callsVerify();
    void authorize_sendsBearerHeader_andLeavesUrlAlone();

    void parseListPage_documentedBodiesAndVariants_data();
    void parseListPage_documentedBodiesAndVariants();
    void parseListPage_invalidDocument_isAnError_data();
    void parseListPage_invalidDocument_isAnError();
    void parseListPage_cursorThatDoesNotAdvance_isAnError();
    void documentedCampaign_mapsEveryField();
    void missingOptionalFields_leaveDefaults();
    void unknownExtraFields_areKeptInRawJson();

    void parseCampaign_documentedBodiesAndVariants_data();
    void parseCampaign_documentedBodiesAndVariants();

    void pagingWalk_againstSandbox_returnsEveryCampaignExactlyOnce();
    void getRequest_againstSandbox_parsesTheCampaign();
    void testConnection_againstSandbox_isAccepted();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void KakiyoParsersTest::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::quietOptions(250));
}

void KakiyoParsersTest::platformFacts_matchTheDocumentation()
{
    QCOMPARE(provider().platform(), Kakiyo);
    QCOMPARE(provider().defaultBaseUrl(), QUrl(QStringLiteral("https://api.kakiyo.com/v1")));
    // Paced below the documented 60 a minute: rate + burst never exceeds it in a sliding minute.
    QVERIFY(provider().rateDefaults().burst >= 1);
    QVERIFY(provider().rateDefaults().perMinute + provider().rateDefaults().burst <= 60.0);
    QVERIFY(provider().rateDefaults().perMinute >= 60.0 * 0.9);
    QCOMPARE(provider().keyCountName(), QStringLiteral("prospects"));
}

void KakiyoParsersTest::normalizeStatus_mapsEveryDocumentedWord_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<CampaignStatus>("expected");
    QTest::newRow("active") << QStringLiteral("active") << CampaignStatus::Running;
    QTest::newRow("paused") << QStringLiteral("paused") << CampaignStatus::Paused;
    QTest::newRow("upper case") << QStringLiteral("PAUSED") << CampaignStatus::Paused;
    QTest::newRow("unknown word") << QStringLiteral("BLOCKED") << CampaignStatus::Unknown;
    QTest::newRow("another platform's word")
        << QStringLiteral("running") << CampaignStatus::Unknown;
    QTest::newRow("empty") << QString() << CampaignStatus::Unknown;
}

void KakiyoParsersTest::normalizeStatus_mapsEveryDocumentedWord()
{
    QFETCH(QString, raw);
    QFETCH(CampaignStatus, expected);
    QCOMPARE(provider().normalizeStatus(raw), expected);
}

void KakiyoParsersTest::listRequest_sendsLimitAndCursorBelowTheBasePath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first page, base with a path")
        << SandboxBase << QString() << SandboxBase + QStringLiteral("/campaigns?limit=100");
    QTest::newRow("next page") << SandboxBase << QStringLiteral("campaign_122")
                               << SandboxBase +
                                      QStringLiteral("/campaigns?limit=100&after=campaign_122");
    QTest::newRow("trailing slash, no double slash")
        << SandboxBase + QStringLiteral("/") << QString()
        << SandboxBase + QStringLiteral("/campaigns?limit=100");
    QTest::newRow("production") << QStringLiteral("https://api.kakiyo.com/v1") << QString()
                                << QStringLiteral("https://api.kakiyo.com/v1/campaigns?limit=100");
}

void KakiyoParsersTest::listRequest_sendsLimitAndCursorBelowTheBasePath()
{
    QFETCH(QString, base);
    QFETCH(QString, cursor);
    QFETCH(QString, expected);
    const ApiRequest request = provider().listRequest(testAccount(base), after(cursor));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded), expected);
    const QUrlQuery query(request.url);
    QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
    QCOMPARE(query.hasQueryItem(QStringLiteral("after")), !cursor.isEmpty());
    QCOMPARE(request.method, QByteArray("GET"));
    QVERIFY(request.idempotent);
    QVERIFY(request.checkShape);
    QVERIFY(request.checkShape(loadBody(QStringLiteral("list_documented.json"))).isEmpty());
    QVERIFY(
        !request.checkShape(loadBody(QStringLiteral("list_campaigns_not_list.json"))).isEmpty());
}

void KakiyoParsersTest::listRequest_cursorWithReservedCharacters_survivesTheRoundTrip()
{
    const QString cursor = QStringLiteral("a&b=c d+e%f#g");
    const ApiRequest request = provider().listRequest(testAccount(), after(cursor));
    const QUrlQuery query(request.url);
    QCOMPARE(query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded), cursor);
    QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
    QVERIFY(request.url.fragment().isEmpty());
}

void KakiyoParsersTest::getRequest_readsTheAnalyticsEndpoint_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("documented id")
        << QStringLiteral("campaign_123")
        << SandboxBase + QStringLiteral("/analytics/campaigns/campaign_123");
    QTest::newRow("slash and space")
        << QStringLiteral("a/b c")
        << SandboxBase + QStringLiteral("/analytics/campaigns/a%2Fb%20c");
}

void KakiyoParsersTest::getRequest_readsTheAnalyticsEndpoint()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    const ApiRequest request = provider().getRequest(testAccount(), id);
    QCOMPARE(request.url.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(request.method, QByteArray("GET"));
    QVERIFY(request.idempotent);
}

void KakiyoParsersTest::testConnectionRequest_callsVerify()
{
    const ApiRequest request = provider().testConnectionRequest(testAccount());
    QCOMPARE(request.url.toString(QUrl::FullyEncoded), SandboxBase + QStringLiteral("/verify"));
    QCOMPARE(request.method, QByteArray("GET"));
}

void KakiyoParsersTest::authorize_sendsBearerHeader_andLeavesUrlAlone()
{
    const QString secret = QStringLiteral("kk_0123456789012345678901234567890123456");
    const ApiRequest request = provider().listRequest(testAccount(), PageCursor::first());
    QUrl url = request.url;
    QNetworkRequest wire(url);
    provider().authorize(testAccount(), secret, wire, url);
    QCOMPARE(wire.rawHeader("Authorization"), "Bearer " + secret.toUtf8());
    QCOMPARE(url, request.url);
    QVERIFY(!url.toString().contains(secret));
}

void KakiyoParsersTest::parseListPage_documentedBodiesAndVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QString>("nextCursor"); // empty: no next page
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("firstStatusText");

    QTest::newRow("documented, more to come")
        << QStringLiteral("list_documented.json") << QString() << false << 2 << 0
        << QStringLiteral("campaign_122") << QStringLiteral("campaign_123")
        << QStringLiteral("active");
    QTest::newRow("last page, hasMore false")
        << QStringLiteral("list_last_page.json") << QStringLiteral("campaign_123") << false << 1
        << 0 << QString() << QStringLiteral("campaign_122") << QStringLiteral("paused");
    QTest::newRow("hasMore without a cursor")
        << QStringLiteral("list_has_more_without_cursor.json") << QStringLiteral("campaign_123")
        << false << 1 << 0 << QString() << QStringLiteral("campaign_122")
        << QStringLiteral("paused");
    QTest::newRow("empty") << QStringLiteral("list_empty.json") << QString() << false << 0 << 0
                           << QString() << QString() << QString();
    QTest::newRow("unknown extra fields")
        << QStringLiteral("list_extra_fields.json") << QString() << false << 1 << 0 << QString()
        << QStringLiteral("campaign_130") << QStringLiteral("active");
    QTest::newRow("missing optional fields")
        << QStringLiteral("list_missing_optional.json") << QString() << false << 1 << 0 << QString()
        << QStringLiteral("campaign_7") << QStringLiteral("paused");
    QTest::newRow("unknown status word")
        << QStringLiteral("list_unknown_status.json") << QString() << false << 1 << 0 << QString()
        << QStringLiteral("campaign_8") << QStringLiteral("unknown (BLOCKED)");
    QTest::newRow("campaigns without an id are skipped")
        << QStringLiteral("list_missing_id.json") << QString() << false << 1 << 2
        << QStringLiteral("campaign_9") << QStringLiteral("campaign_9") << QStringLiteral("active");
    QTest::newRow("numeric id") << QStringLiteral("list_numeric_id.json") << QString() << false << 1
                                << 0 << QString() << QStringLiteral("123")
                                << QStringLiteral("paused");
    QTest::newRow("campaigns is an object")
        << QStringLiteral("list_campaigns_not_list.json") << QString() << true << 0 << 0
        << QString() << QString() << QString();
    QTest::newRow("error body") << QStringLiteral("list_error_body.json") << QString() << true << 0
                                << 0 << QString() << QString() << QString();
    QTest::newRow("top-level array") << QStringLiteral("list_top_level_array.json") << QString()
                                     << true << 0 << 0 << QString() << QString() << QString();
    QTest::newRow("truncated JSON") << QStringLiteral("list_truncated.json") << QString() << true
                                    << 0 << 0 << QString() << QString() << QString();
}

void KakiyoParsersTest::parseListPage_documentedBodiesAndVariants()
{
    QFETCH(QString, file);
    QFETCH(QString, cursor);
    QFETCH(bool, isError);
    QFETCH(int, count);
    QFETCH(int, skipped);
    QFETCH(QString, nextCursor);
    QFETCH(QString, firstId);
    QFETCH(QString, firstStatusText);

    if (skipped > 0)
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                QStringLiteral("skipped %1 campaign\\(s\\) without an id").arg(skipped)));
    const ListPage result = provider().parseListPage(testAccount(), after(cursor), loadBody(file));

    QCOMPARE(!result.error.isEmpty(), isError);
    QCOMPARE(result.campaigns.size(), count);
    QCOMPARE(result.next.has_value(), !nextCursor.isEmpty());
    if (result.next)
        QCOMPARE(result.next->after, nextCursor);
    if (count > 0) {
        const Campaign &first = result.campaigns.first();
        QCOMPARE(first.id, firstId);
        QCOMPARE(first.statusText(), firstStatusText);
        QCOMPARE(first.platform, Kakiyo);
        QCOMPARE(first.accountId, QStringLiteral("acc-kakiyo"));
        QCOMPARE(first.keyCount, -1); // the list carries no prospect count
        QVERIFY(!first.rawJson.isEmpty());
    }
}

void KakiyoParsersTest::parseListPage_invalidDocument_isAnError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("cut short") << QByteArray(R"({"campaigns":[{"id":"campaign_1")");
    QTest::newRow("not JSON") << QByteArray("Service Unavailable");
}

void KakiyoParsersTest::parseListPage_invalidDocument_isAnError()
{
    QFETCH(QByteArray, bytes);
    const QJsonDocument body = QJsonDocument::fromJson(bytes);
    QVERIFY(body.isNull());
    const ListPage page = provider().parseListPage(testAccount(), PageCursor::first(), body);
    QVERIFY(!page.error.isEmpty());
    QVERIFY(page.campaigns.isEmpty());
    QVERIFY(!page.next);
    QVERIFY(!provider().parseCampaign(testAccount(), body));
}

void KakiyoParsersTest::parseListPage_cursorThatDoesNotAdvance_isAnError()
{
    // Asking after campaign_122 and being told to ask after campaign_122 again would loop.
    const ListPage page =
        provider().parseListPage(testAccount(), after(QStringLiteral("campaign_122")),
                                 loadBody(QStringLiteral("list_documented.json")));
    QVERIFY(!page.error.isEmpty());
    QVERIFY(page.campaigns.isEmpty());
    QVERIFY(!page.next);
}

void KakiyoParsersTest::documentedCampaign_mapsEveryField()
{
    const QJsonDocument body = loadBody(QStringLiteral("get_documented.json"));
    const std::optional<Campaign> parsed = provider().parseCampaign(testAccount(), body);
    QVERIFY(parsed);
    const Campaign &c = *parsed;
    QCOMPARE(c.accountId, QStringLiteral("acc-kakiyo"));
    QCOMPARE(c.platform, Kakiyo);
    QCOMPARE(c.id, QStringLiteral("campaign_123"));
    QCOMPARE(c.name, QStringLiteral("Q4 Enterprise Outreach"));
    QCOMPARE(c.rawStatus, QStringLiteral("active"));
    QCOMPARE(c.status, CampaignStatus::Running);
    QCOMPARE(c.type, QStringLiteral("Enterprise Solution"));
    QCOMPARE(c.created, QDateTime(QDate(2024, 1, 15), QTime(10, 30), Qt::UTC));
    QVERIFY(!c.updated.isValid()); // Kakiyo sends createdAt only
    QCOMPARE(c.keyCount, 150);
    const QJsonObject wire = body.object().value(QStringLiteral("campaign")).toObject();
    QCOMPARE(c.rawJson, QJsonDocument(wire).toJson(QJsonDocument::Compact));

    // The same campaign in the list carries the same fields but no count.
    const ListPage page = provider().parseListPage(
        testAccount(), PageCursor::first(), loadBody(QStringLiteral("list_documented.json")));
    QCOMPARE(page.campaigns.size(), 2);
    QCOMPARE(page.campaigns.first().rawJson, c.rawJson);
    QCOMPARE(page.campaigns.first().created, c.created);
    QCOMPARE(page.campaigns.first().keyCount, -1);
}

void KakiyoParsersTest::missingOptionalFields_leaveDefaults()
{
    const ListPage page = provider().parseListPage(
        testAccount(), PageCursor::first(), loadBody(QStringLiteral("list_missing_optional.json")));
    QCOMPARE(page.campaigns.size(), 1);
    const Campaign &c = page.campaigns.first();
    QCOMPARE(c.name, QStringLiteral("Bare Campaign"));
    QCOMPARE(c.status, CampaignStatus::Paused);
    QVERIFY(c.type.isEmpty());
    QVERIFY(!c.created.isValid());
    QCOMPARE(c.keyCount, -1);
    QVERIFY(!page.next);
}

void KakiyoParsersTest::unknownExtraFields_areKeptInRawJson()
{
    const ListPage page = provider().parseListPage(
        testAccount(), PageCursor::first(), loadBody(QStringLiteral("list_extra_fields.json")));
    QCOMPARE(page.campaigns.size(), 1);
    const Campaign &c = page.campaigns.first();
    QVERIFY(c.rawJson.contains("dailyLimit"));
    QCOMPARE(c.type, QStringLiteral("Sales Intelligence Suite"));
    QCOMPARE(c.created, QDateTime(QDate(2024, 2, 1), QTime(8, 0, 0, 500), Qt::UTC));
}

void KakiyoParsersTest::parseCampaign_documentedBodiesAndVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("id");
    QTest::addColumn<CampaignStatus>("status");
    QTest::addColumn<qint64>("keyCount");

    QTest::newRow("documented analytics")
        << QStringLiteral("get_documented.json") << true << QStringLiteral("campaign_123")
        << CampaignStatus::Running << qint64(150);
    QTest::newRow("no metrics") << QStringLiteral("get_missing_metrics.json") << true
                                << QStringLiteral("campaign_122") << CampaignStatus::Paused
                                << qint64(-1);
    QTest::newRow("not found") << QStringLiteral("get_not_found.json") << false << QString()
                               << CampaignStatus::Unknown << qint64(-1);
    QTest::newRow("campaign is a list") << QStringLiteral("get_campaign_not_object.json") << false
                                        << QString() << CampaignStatus::Unknown << qint64(-1);
    QTest::newRow("campaign without an id") << QStringLiteral("get_missing_id.json") << false
                                            << QString() << CampaignStatus::Unknown << qint64(-1);
    QTest::newRow("truncated JSON") << QStringLiteral("get_truncated.json") << false << QString()
                                    << CampaignStatus::Unknown << qint64(-1);
    QTest::newRow("a list page instead") << QStringLiteral("list_documented.json") << false
                                         << QString() << CampaignStatus::Unknown << qint64(-1);
}

void KakiyoParsersTest::parseCampaign_documentedBodiesAndVariants()
{
    QFETCH(QString, file);
    QFETCH(bool, valid);
    QFETCH(QString, id);
    QFETCH(CampaignStatus, status);
    QFETCH(qint64, keyCount);

    const std::optional<Campaign> c = provider().parseCampaign(testAccount(), loadBody(file));
    QCOMPARE(c.has_value(), valid);
    if (!c)
        return;
    QCOMPARE(c->id, id);
    QCOMPARE(c->status, status);
    QCOMPARE(c->keyCount, keyCount);
    QCOMPARE(c->accountId, QStringLiteral("acc-kakiyo"));
    QCOMPARE(c->platform, Kakiyo);
}

void KakiyoParsersTest::pagingWalk_againstSandbox_returnsEveryCampaignExactlyOnce()
{
    const Account account = testAccount(m_sandbox->baseUrl(Kakiyo));
    const QString secret = m_sandbox->account(Kakiyo).secret;
    QSet<QString> seen;
    int requests = 0;
    std::optional<PageCursor> cursor = PageCursor::first();
    while (cursor) {
        QVERIFY2(++requests <= 10, "the walk does not end");
        const ApiRequest request = provider().listRequest(account, *cursor);
        const HttpAnswer answer = send(*m_sandbox, account, secret, request);
        QCOMPARE(answer.status, 200);
        const ListPage page = provider().parseListPage(account, *cursor, answer.json());
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        for (const Campaign &c : page.campaigns) {
            QVERIFY2(!seen.contains(c.id), qPrintable(c.id));
            seen.insert(c.id);
            QVERIFY(c.status != CampaignStatus::Unknown);
        }
        cursor = page.next;
    }
    QCOMPARE(requests, 3); // 100 + 100 + 50

    QSet<QString> expected;
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Kakiyo).rows())
        expected.insert(c.id);
    QCOMPARE(expected.size(), 250);
    QCOMPARE(seen, expected);
}

void KakiyoParsersTest::getRequest_againstSandbox_parsesTheCampaign()
{
    const Account account = testAccount(m_sandbox->baseUrl(Kakiyo));
    const QString secret = m_sandbox->account(Kakiyo).secret;
    const QString id = QStringLiteral("campaign_123");
    const HttpAnswer answer = send(*m_sandbox, account, secret, provider().getRequest(account, id));
    QCOMPARE(answer.status, 200);
    const std::optional<Campaign> c = provider().parseCampaign(account, answer.json());
    QVERIFY(c);
    QCOMPARE(c->id, id);
    QCOMPARE(c->name, QStringLiteral("Q4 Enterprise Outreach"));
    QCOMPARE(c->keyCount, 150);
}

void KakiyoParsersTest::testConnection_againstSandbox_isAccepted()
{
    const Account account = testAccount(m_sandbox->baseUrl(Kakiyo));
    const ApiRequest request = provider().testConnectionRequest(account);
    QCOMPARE(send(*m_sandbox, account, m_sandbox->account(Kakiyo).secret, request).status, 200);
    QCOMPARE(send(*m_sandbox, account, QStringLiteral("wrong"), request).status, 401);
}

QTEST_GUILESS_MAIN(KakiyoParsersTest)
#include "tst_parsers_kakiyo.moc"
