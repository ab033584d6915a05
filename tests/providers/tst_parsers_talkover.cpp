// Talkover's request building and parsers against the documented bodies
// (tests/data/providers/talkover), and a paging walk over real HTTP against the sandbox.

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

constexpr Platform Talkover = Platform::Talkover;
const QString SandboxBase = QStringLiteral("http://127.0.0.1:8080/talkover/api/v1");

const Provider &provider()
{
    return providerFor(Talkover);
}

Account testAccount(const QString &baseUrl = SandboxBase)
{
    Account account;
    account.id = QStringLiteral("acc-talkover");
    account.platform = Talkover;
    account.label = QStringLiteral("Agency account");
    account.baseUrl = QUrl(baseUrl);
    return account;
}

QByteArray readData(const QString &file)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/providers/talkover/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data: %s", qPrintable(file));
    return f.readAll();
}

// The body as the transport would hand it over: a null document when it is not JSON.
QJsonDocument loadBody(const QString &file)
{
    return QJsonDocument::fromJson(readData(file));
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

class TalkoverParsersTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void platformFacts_matchTheDocumentation();
    void normalizeStatus_mapsEveryDocumentedWord_data();
    void normalizeStatus_mapsEveryDocumentedWord();

    void listRequest_asksForFullPagesBelowTheBasePath_data();
    void listRequest_asksForFullPagesBelowTheBasePath();
    void getRequest_encodesTheIdAsOnePathSegment_data();
    void getRequest_encodesTheIdAsOnePathSegment();
    void testConnectionRequest_asksForOneCampaign();
    void authorize_sendsBearerHeader_andLeavesUrlAlone();
    void withAuth_authorizesAtSendTime();

    void parseListPage_documentedBodiesAndVariants_data();
    void parseListPage_documentedBodiesAndVariants();
    void parseListPage_invalidDocument_isAnError_data();
    void parseListPage_invalidDocument_isAnError();
    void parseListPage_fullPageWithoutPagingObject_asksForTheNext();
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

void TalkoverParsersTest::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::quietOptions(250));
}

void TalkoverParsersTest::platformFacts_matchTheDocumentation()
{
    QCOMPARE(provider().platform(), Talkover);
    QCOMPARE(provider().defaultBaseUrl(), QUrl(QStringLiteral("https://app.talkover.ai/api/v1")));
    // Paced below the documented 100 a minute: rate + burst never exceeds it in a sliding minute.
    QVERIFY(provider().rateDefaults().burst >= 1);
    QVERIFY(provider().rateDefaults().perMinute + provider().rateDefaults().burst <= 100.0);
    QVERIFY(provider().rateDefaults().perMinute >= 100.0 * 0.9);
    QCOMPARE(provider().keyCountName(), QStringLiteral("calls"));
}

void TalkoverParsersTest::normalizeStatus_mapsEveryDocumentedWord_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<CampaignStatus>("expected");
    QTest::newRow("draft") << QStringLiteral("draft") << CampaignStatus::Draft;
    QTest::newRow("active") << QStringLiteral("active") << CampaignStatus::Running;
    QTest::newRow("paused") << QStringLiteral("paused") << CampaignStatus::Paused;
    QTest::newRow("completed") << QStringLiteral("completed") << CampaignStatus::Completed;
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << CampaignStatus::Cancelled;
    QTest::newRow("upper case") << QStringLiteral("ACTIVE") << CampaignStatus::Running;
    QTest::newRow("unknown word") << QStringLiteral("BLOCKED") << CampaignStatus::Unknown;
    QTest::newRow("another platform's word")
        << QStringLiteral("running") << CampaignStatus::Unknown;
    QTest::newRow("empty") << QString() << CampaignStatus::Unknown;
}

void TalkoverParsersTest::normalizeStatus_mapsEveryDocumentedWord()
{
    QFETCH(QString, raw);
    QFETCH(CampaignStatus, expected);
    QCOMPARE(provider().normalizeStatus(raw), expected);
}

void TalkoverParsersTest::listRequest_asksForFullPagesBelowTheBasePath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first page, base with a path")
        << SandboxBase << 1 << SandboxBase + QStringLiteral("/campaigns?page=1&per_page=100");
    QTest::newRow("next page") << SandboxBase << 3
                               << SandboxBase + QStringLiteral("/campaigns?page=3&per_page=100");
    QTest::newRow("trailing slash, no double slash")
        << SandboxBase + QStringLiteral("/") << 2
        << SandboxBase + QStringLiteral("/campaigns?page=2&per_page=100");
    QTest::newRow("production")
        << QStringLiteral("https://app.talkover.ai/api/v1") << 1
        << QStringLiteral("https://app.talkover.ai/api/v1/campaigns?page=1&per_page=100");
    QTest::newRow("no base URL: production")
        << QString() << 1
        << QStringLiteral("https://app.talkover.ai/api/v1/campaigns?page=1&per_page=100");
}

void TalkoverParsersTest::listRequest_asksForFullPagesBelowTheBasePath()
{
    QFETCH(QString, base);
    QFETCH(int, page);
    QFETCH(QString, expected);
    PageCursor cursor;
    cursor.page = page;
    const ApiRequest request = provider().listRequest(testAccount(base), cursor);
    QCOMPARE(request.url.toString(QUrl::FullyEncoded), expected);
    const QUrlQuery query(request.url);
    QCOMPARE(query.queryItemValue(QStringLiteral("page")), QString::number(page));
    QCOMPARE(query.queryItemValue(QStringLiteral("per_page")), QStringLiteral("100"));
    QCOMPARE(request.method, QByteArray("GET"));
    QVERIFY(request.idempotent);
    QVERIFY(request.body.isEmpty());
    QVERIFY(request.checkShape);
    QVERIFY(request.checkShape(loadBody(QStringLiteral("list_documented.json"))).isEmpty());
    QVERIFY(!request.checkShape(loadBody(QStringLiteral("list_data_not_list.json"))).isEmpty());
}

void TalkoverParsersTest::getRequest_encodesTheIdAsOnePathSegment_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("uuid") << QStringLiteral("campaign-uuid-1")
                          << SandboxBase + QStringLiteral("/campaigns/campaign-uuid-1");
    QTest::newRow("slash, space and query characters")
        << QStringLiteral("a/b c?d") << SandboxBase + QStringLiteral("/campaigns/a%2Fb%20c%3Fd");
}

void TalkoverParsersTest::getRequest_encodesTheIdAsOnePathSegment()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    const ApiRequest request = provider().getRequest(testAccount(), id);
    QCOMPARE(request.url.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(request.method, QByteArray("GET"));
    QVERIFY(request.idempotent);
}

void TalkoverParsersTest::testConnectionRequest_asksForOneCampaign()
{
    const ApiRequest request = provider().testConnectionRequest(testAccount());
    QCOMPARE(request.url.toString(QUrl::FullyEncoded),
             SandboxBase + QStringLiteral("/campaigns?per_page=1"));
    QCOMPARE(request.method, QByteArray("GET"));
}

void TalkoverParsersTest::authorize_sendsBearerHeader_andLeavesUrlAlone()
{
    const QString secret = QStringLiteral("talq_test_0123456789");
    const ApiRequest request = provider().listRequest(testAccount(), PageCursor::first());
    QUrl url = request.url;
    QNetworkRequest wire(url);
    provider().authorize(testAccount(), secret, wire, url);
    QCOMPARE(wire.rawHeader("Authorization"), QByteArray("Bearer talq_test_0123456789"));
    QCOMPARE(url, request.url);
    QVERIFY(!url.toString().contains(secret));
}

void TalkoverParsersTest::withAuth_authorizesAtSendTime()
{
    const Account account = testAccount();
    const ApiRequest request = provider().withAuth(
        provider().listRequest(account, PageCursor::first()), account, QStringLiteral("talq_x"));
    QVERIFY(request.authorize);
    QUrl url = request.url;
    QNetworkRequest wire(url);
    request.authorize(wire, url);
    QCOMPARE(wire.rawHeader("Authorization"), QByteArray("Bearer talq_x"));
}

void TalkoverParsersTest::parseListPage_documentedBodiesAndVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("nextPage"); // 0: no next page
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("firstStatusText");

    QTest::newRow("documented, pagination object")
        << QStringLiteral("list_documented.json") << 1 << false << 1 << 0 << 2
        << QStringLiteral("campaign-uuid-1") << QStringLiteral("active");
    QTest::newRow("older meta object")
        << QStringLiteral("list_meta.json") << 1 << false << 2 << 0 << 2
        << QStringLiteral("campaign-uuid-1") << QStringLiteral("paused");
    QTest::newRow("older meta object, last page")
        << QStringLiteral("list_meta_last_page.json") << 3 << false << 1 << 0 << 0
        << QStringLiteral("campaign-uuid-9") << QStringLiteral("cancelled");
    QTest::newRow("last page") << QStringLiteral("list_last_page.json") << 5 << false << 1 << 0 << 0
                               << QStringLiteral("campaign-uuid-5") << QStringLiteral("draft");
    QTest::newRow("empty page though more are claimed")
        << QStringLiteral("list_empty.json") << 6 << false << 0 << 0 << 0 << QString() << QString();
    QTest::newRow("unknown extra fields")
        << QStringLiteral("list_extra_fields.json") << 2 << false << 1 << 0 << 3
        << QStringLiteral("campaign-uuid-7") << QStringLiteral("active");
    QTest::newRow("missing optional fields")
        << QStringLiteral("list_missing_optional.json") << 1 << false << 1 << 0 << 0
        << QStringLiteral("campaign-uuid-8") << QStringLiteral("paused");
    QTest::newRow("no paging object, short page")
        << QStringLiteral("list_no_pagination.json") << 1 << false << 1 << 0 << 0
        << QStringLiteral("campaign-uuid-8") << QStringLiteral("paused");
    QTest::newRow("unknown status word")
        << QStringLiteral("list_unknown_status.json") << 1 << false << 1 << 0 << 0
        << QStringLiteral("campaign-uuid-3") << QStringLiteral("unknown (BLOCKED)");
    QTest::newRow("campaigns without an id are skipped")
        << QStringLiteral("list_missing_id.json") << 1 << false << 1 << 2 << 2
        << QStringLiteral("campaign-uuid-4") << QStringLiteral("active");
    QTest::newRow("numeric id") << QStringLiteral("list_numeric_id.json") << 1 << false << 1 << 0
                                << 0 << QStringLiteral("42") << QStringLiteral("completed");
    QTest::newRow("data is an object") << QStringLiteral("list_data_not_list.json") << 1 << true
                                       << 0 << 0 << 0 << QString() << QString();
    QTest::newRow("success false") << QStringLiteral("list_success_false.json") << 1 << true << 0
                                   << 0 << 0 << QString() << QString();
    QTest::newRow("top-level array") << QStringLiteral("list_top_level_array.json") << 1 << true
                                     << 0 << 0 << 0 << QString() << QString();
    QTest::newRow("truncated JSON") << QStringLiteral("list_truncated.json") << 1 << true << 0 << 0
                                    << 0 << QString() << QString();
}

void TalkoverParsersTest::parseListPage_documentedBodiesAndVariants()
{
    QFETCH(QString, file);
    QFETCH(int, page);
    QFETCH(bool, isError);
    QFETCH(int, count);
    QFETCH(int, skipped);
    QFETCH(int, nextPage);
    QFETCH(QString, firstId);
    QFETCH(QString, firstStatusText);

    if (skipped > 0)
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                QStringLiteral("skipped %1 campaign\\(s\\) without an id").arg(skipped)));
    PageCursor cursor;
    cursor.page = page;
    const ListPage result = provider().parseListPage(testAccount(), cursor, loadBody(file));

    QCOMPARE(!result.error.isEmpty(), isError);
    QCOMPARE(result.campaigns.size(), count);
    QCOMPARE(result.next.has_value(), nextPage > 0);
    if (result.next)
        QCOMPARE(result.next->page, nextPage);
    if (count > 0) {
        const Campaign &first = result.campaigns.first();
        QCOMPARE(first.id, firstId);
        QCOMPARE(first.statusText(), firstStatusText);
        QCOMPARE(first.platform, Talkover);
        QCOMPARE(first.accountId, QStringLiteral("acc-talkover"));
        QVERIFY(!first.rawJson.isEmpty());
    }
}

void TalkoverParsersTest::parseListPage_invalidDocument_isAnError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("cut short") << QByteArray(R"({"success":true,"data":[{"id":"x")");
    QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
}

void TalkoverParsersTest::parseListPage_invalidDocument_isAnError()
{
    QFETCH(QByteArray, bytes);
    QJsonParseError parseError{};
    const QJsonDocument body = QJsonDocument::fromJson(bytes, &parseError);
    QVERIFY(body.isNull());
    const ListPage page = provider().parseListPage(testAccount(), PageCursor::first(), body);
    QVERIFY(!page.error.isEmpty());
    QVERIFY(page.campaigns.isEmpty());
    QVERIFY(!page.next);
    QVERIFY(!provider().parseCampaign(testAccount(), body));
}

void TalkoverParsersTest::parseListPage_fullPageWithoutPagingObject_asksForTheNext()
{
    QJsonArray data;
    for (int i = 0; i < 100; ++i)
        data.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("c-%1").arg(i)},
                                {QStringLiteral("status"), QStringLiteral("draft")}});
    const QJsonDocument body(
        QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("data"), data}});
    PageCursor cursor;
    cursor.page = 4;
    const ListPage page = provider().parseListPage(testAccount(), cursor, body);
    QVERIFY(page.error.isEmpty());
    QCOMPARE(page.campaigns.size(), 100);
    QVERIFY(page.next);
    QCOMPARE(page.next->page, 5);
}

void TalkoverParsersTest::documentedCampaign_mapsEveryField()
{
    const QJsonDocument body = loadBody(QStringLiteral("list_documented.json"));
    const ListPage page = provider().parseListPage(testAccount(), PageCursor::first(), body);
    QCOMPARE(page.campaigns.size(), 1);
    const Campaign &c = page.campaigns.first();
    QCOMPARE(c.accountId, QStringLiteral("acc-talkover"));
    QCOMPARE(c.platform, Talkover);
    QCOMPARE(c.id, QStringLiteral("campaign-uuid-1"));
    QCOMPARE(c.name, QStringLiteral("Sales Campaign"));
    QCOMPARE(c.rawStatus, QStringLiteral("active"));
    QCOMPARE(c.status, CampaignStatus::Running);
    QCOMPARE(c.type, QStringLiteral("sales"));
    QCOMPARE(c.created, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(c.updated, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(c.keyCount, 100);
    const QJsonObject wire = body.object().value(QStringLiteral("data")).toArray().at(0).toObject();
    QCOMPARE(c.rawJson, QJsonDocument(wire).toJson(QJsonDocument::Compact));
    QCOMPARE(c.key(), Campaign::makeKey(QStringLiteral("acc-talkover"), c.id));
}

void TalkoverParsersTest::missingOptionalFields_leaveDefaults()
{
    const ListPage page = provider().parseListPage(
        testAccount(), PageCursor::first(), loadBody(QStringLiteral("list_missing_optional.json")));
    QCOMPARE(page.campaigns.size(), 1);
    const Campaign &c = page.campaigns.first();
    QCOMPARE(c.name, QStringLiteral("Bare Campaign"));
    QCOMPARE(c.status, CampaignStatus::Paused);
    QVERIFY(c.type.isEmpty());
    QVERIFY(!c.created.isValid());
    QVERIFY(!c.updated.isValid());
    QCOMPARE(c.keyCount, -1);
}

void TalkoverParsersTest::unknownExtraFields_areKeptInRawJson()
{
    PageCursor cursor;
    cursor.page = 2;
    const ListPage page = provider().parseListPage(
        testAccount(), cursor, loadBody(QStringLiteral("list_extra_fields.json")));
    QCOMPARE(page.campaigns.size(), 1);
    const Campaign &c = page.campaigns.first();
    QVERIFY(c.rawJson.contains("elevenlabs"));
    QCOMPARE(c.keyCount, 12);
    // Milliseconds in the timestamps are read, not rejected.
    QCOMPARE(c.created, QDateTime(QDate(2024, 1, 1), QTime(0, 0, 0, 123), Qt::UTC));
}

void TalkoverParsersTest::parseCampaign_documentedBodiesAndVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("id");
    QTest::addColumn<CampaignStatus>("status");
    QTest::addColumn<qint64>("keyCount");

    QTest::newRow("documented") << QStringLiteral("get_documented.json") << true
                                << QStringLiteral("campaign-uuid-1") << CampaignStatus::Running
                                << qint64(100);
    QTest::newRow("numeric id") << QStringLiteral("get_numeric_id.json") << true
                                << QStringLiteral("7") << CampaignStatus::Paused << qint64(0);
    QTest::newRow("not found") << QStringLiteral("get_not_found.json") << false << QString()
                               << CampaignStatus::Unknown << qint64(-1);
    QTest::newRow("data is a list") << QStringLiteral("get_data_not_object.json") << false
                                    << QString() << CampaignStatus::Unknown << qint64(-1);
    QTest::newRow("campaign without an id") << QStringLiteral("get_missing_id.json") << false
                                            << QString() << CampaignStatus::Unknown << qint64(-1);
    QTest::newRow("truncated JSON") << QStringLiteral("get_truncated.json") << false << QString()
                                    << CampaignStatus::Unknown << qint64(-1);
    QTest::newRow("top-level array") << QStringLiteral("list_top_level_array.json") << false
                                     << QString() << CampaignStatus::Unknown << qint64(-1);
}

void TalkoverParsersTest::parseCampaign_documentedBodiesAndVariants()
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
    QCOMPARE(c->accountId, QStringLiteral("acc-talkover"));
    QCOMPARE(c->platform, Talkover);
}

void TalkoverParsersTest::pagingWalk_againstSandbox_returnsEveryCampaignExactlyOnce()
{
    const Account account = testAccount(m_sandbox->baseUrl(Talkover));
    const QString secret = m_sandbox->account(Talkover).secret;
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
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Talkover).rows())
        expected.insert(c.id);
    QCOMPARE(expected.size(), 250);
    QCOMPARE(seen, expected);
}

void TalkoverParsersTest::getRequest_againstSandbox_parsesTheCampaign()
{
    const Account account = testAccount(m_sandbox->baseUrl(Talkover));
    const QString secret = m_sandbox->account(Talkover).secret;
    const QString id = QStringLiteral("campaign-uuid-1");
    const HttpAnswer answer = send(*m_sandbox, account, secret, provider().getRequest(account, id));
    QCOMPARE(answer.status, 200);
    const std::optional<Campaign> c = provider().parseCampaign(account, answer.json());
    QVERIFY(c);
    QCOMPARE(c->id, id);
    QCOMPARE(c->name, QStringLiteral("Sales Campaign"));
    QCOMPARE(c->keyCount, 100);
}

void TalkoverParsersTest::testConnection_againstSandbox_isAccepted()
{
    const Account account = testAccount(m_sandbox->baseUrl(Talkover));
    const ApiRequest request = provider().testConnectionRequest(account);
    QCOMPARE(send(*m_sandbox, account, m_sandbox->account(Talkover).secret, request).status, 200);
    QCOMPARE(send(*m_sandbox, account, QStringLiteral("talq_wrong"), request).status, 401);
}

QTEST_GUILESS_MAIN(TalkoverParsersTest)
#include "tst_parsers_talkover.moc"
