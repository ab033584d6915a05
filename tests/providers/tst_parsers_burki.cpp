// Burki's request building and parsers against the documented bodies
// (tests/data/providers/burki), both list shapes (bare array and {items,total,skip,limit}), and a
// skip/limit paging walk over real HTTP against the sandbox.

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

constexpr Platform Burki = Platform::Burki;
const QString SandboxBase = QStringLiteral("http://127.0.0.1:8080/burki/api/v1");

const Provider &provider()
{
    return providerFor(Burki);
}

Account testAccount(const QString &baseUrl = SandboxBase)
{
    Account account;
    account.id = QStringLiteral("acc-burki");
    account.platform = Burki;
    account.label = QStringLiteral("Clinic account");
    account.baseUrl = QUrl(baseUrl);
    return account;
}

QByteArray readData(const QString &file)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/providers/burki/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data: %s", qPrintable(file));
    return f.readAll();
}

// The body as the transport would hand it over: a null document when it is not JSON.
QJsonDocument loadBody(const QString &file)
{
    return QJsonDocument::fromJson(readData(file));
}

PageCursor atSkip(int skip)
{
    PageCursor cursor;
    cursor.skip = skip;
    return cursor;
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

class BurkiParsersTest final : public QObject
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

    void parseListPage_documentedBodiesAndVariants_data();
    void parseListPage_documentedBodiesAndVariants();
    void parseListPage_invalidDocument_isAnError_data();
    void parseListPage_invalidDocument_isAnError();
    void parseListPage_fullBareArray_asksForTheNext();
    void documentedCampaign_mapsEveryField();
    void bothListShapes_giveTheSameCampaigns();
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

void BurkiParsersTest::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>(SandboxFixture::quietOptions(250));
}

void BurkiParsersTest::platformFacts_matchTheDocumentation()
{
    QCOMPARE(provider().platform(), Burki);
    QCOMPARE(provider().defaultBaseUrl(), QUrl(QStringLiteral("https://api.burki.dev/api/v1")));
    QVERIFY(provider().rateDefaults().perMinute > 0);
    QVERIFY(provider().rateDefaults().burst >= 1);
    QVERIFY(provider().rateDefaults().burst <= 10);
    QCOMPARE(provider().keyCountName(), QStringLiteral("contacts"));
}

void BurkiParsersTest::normalizeStatus_mapsEveryDocumentedWord_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<CampaignStatus>("expected");
    QTest::newRow("draft") << QStringLiteral("draft") << CampaignStatus::Draft;
    QTest::newRow("scheduled") << QStringLiteral("scheduled") << CampaignStatus::Scheduled;
    QTest::newRow("running") << QStringLiteral("running") << CampaignStatus::Running;
    QTest::newRow("paused") << QStringLiteral("paused") << CampaignStatus::Paused;
    QTest::newRow("completed") << QStringLiteral("completed") << CampaignStatus::Completed;
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << CampaignStatus::Cancelled;
    QTest::newRow("failed") << QStringLiteral("failed") << CampaignStatus::Failed;
    QTest::newRow("upper case") << QStringLiteral("RUNNING") << CampaignStatus::Running;
    QTest::newRow("unknown word") << QStringLiteral("BLOCKED") << CampaignStatus::Unknown;
    QTest::newRow("another platform's word") << QStringLiteral("active") << CampaignStatus::Unknown;
    QTest::newRow("empty") << QString() << CampaignStatus::Unknown;
}

void BurkiParsersTest::normalizeStatus_mapsEveryDocumentedWord()
{
    QFETCH(QString, raw);
    QFETCH(CampaignStatus, expected);
    QCOMPARE(provider().normalizeStatus(raw), expected);
}

void BurkiParsersTest::listRequest_asksForFullPagesBelowTheBasePath_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<int>("skip");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first page, base with a path")
        << SandboxBase << 0 << SandboxBase + QStringLiteral("/campaigns?skip=0&limit=100");
    QTest::newRow("next page") << SandboxBase << 200
                               << SandboxBase + QStringLiteral("/campaigns?skip=200&limit=100");
    QTest::newRow("trailing slash, no double slash")
        << SandboxBase + QStringLiteral("/") << 100
        << SandboxBase + QStringLiteral("/campaigns?skip=100&limit=100");
    QTest::newRow("production") << QStringLiteral("https://api.burki.dev/api/v1") << 0
                                << QStringLiteral(
                                       "https://api.burki.dev/api/v1/campaigns?skip=0&limit=100");
}

void BurkiParsersTest::listRequest_asksForFullPagesBelowTheBasePath()
{
    QFETCH(QString, base);
    QFETCH(int, skip);
    QFETCH(QString, expected);
    const ApiRequest request = provider().listRequest(testAccount(base), atSkip(skip));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded), expected);
    const QUrlQuery query(request.url);
    QCOMPARE(query.queryItemValue(QStringLiteral("skip")), QString::number(skip));
    QCOMPARE(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
    QCOMPARE(request.method, QByteArray("GET"));
    QVERIFY(request.idempotent);
    QVERIFY(request.body.isEmpty());
    QVERIFY(request.checkShape);
    QVERIFY(request.checkShape(loadBody(QStringLiteral("list_items_documented.json"))).isEmpty());
    QVERIFY(request.checkShape(loadBody(QStringLiteral("list_bare_array.json"))).isEmpty());
    QVERIFY(!request.checkShape(loadBody(QStringLiteral("list_items_not_list.json"))).isEmpty());
}

void BurkiParsersTest::getRequest_encodesTheIdAsOnePathSegment_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer id") << QStringLiteral("42")
                                << SandboxBase + QStringLiteral("/campaigns/42");
    QTest::newRow("slash and space")
        << QStringLiteral("4/2 x") << SandboxBase + QStringLiteral("/campaigns/4%2F2%20x");
}

void BurkiParsersTest::getRequest_encodesTheIdAsOnePathSegment()
{
    QFETCH(QString, id);
    QFETCH(QString, expected);
    const ApiRequest request = provider().getRequest(testAccount(), id);
    QCOMPARE(request.url.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(request.method, QByteArray("GET"));
    QVERIFY(request.idempotent);
}

void BurkiParsersTest::testConnectionRequest_asksForOneCampaign()
{
    const ApiRequest request = provider().testConnectionRequest(testAccount());
    QCOMPARE(request.url.toString(QUrl::FullyEncoded),
             SandboxBase + QStringLiteral("/campaigns?limit=1"));
    QCOMPARE(request.method, QByteArray("GET"));
}

void BurkiParsersTest::authorize_sendsBearerHeader_andLeavesUrlAlone()
{
    const QString secret = QStringLiteral("burki_test_key_0123456789");
    const ApiRequest request = provider().listRequest(testAccount(), PageCursor::first());
    QUrl url = request.url;
    QNetworkRequest wire(url);
    provider().authorize(testAccount(), secret, wire, url);
    QCOMPARE(wire.rawHeader("Authorization"), QByteArray("Bearer burki_test_key_0123456789"));
    QCOMPARE(url, request.url);
    QVERIFY(!url.toString().contains(secret));
}

void BurkiParsersTest::parseListPage_documentedBodiesAndVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("skip");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("nextSkip"); // -1: no next page
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("firstStatusText");

    QTest::newRow("items object, documented campaign")
        << QStringLiteral("list_items_documented.json") << 0 << false << 1 << 0 << -1
        << QStringLiteral("42") << QStringLiteral("running");
    QTest::newRow("items object, more by total")
        << QStringLiteral("list_items_more.json") << 100 << false << 2 << 0 << 102
        << QStringLiteral("42") << QStringLiteral("running");
    QTest::newRow("items object, last page")
        << QStringLiteral("list_items_last.json") << 200 << false << 1 << 0 << -1
        << QStringLiteral("250") << QStringLiteral("failed");
    QTest::newRow("items object, empty though total claims more")
        << QStringLiteral("list_items_empty.json") << 600 << false << 0 << 0 << -1 << QString()
        << QString();
    QTest::newRow("bare array, short page")
        << QStringLiteral("list_bare_array.json") << 0 << false << 2 << 0 << -1
        << QStringLiteral("42") << QStringLiteral("running");
    QTest::newRow("bare array, empty") << QStringLiteral("list_bare_array_empty.json") << 300
                                       << false << 0 << 0 << -1 << QString() << QString();
    QTest::newRow("unknown extra fields")
        << QStringLiteral("list_extra_fields.json") << 0 << false << 1 << 0 << -1
        << QStringLiteral("44") << QStringLiteral("completed");
    QTest::newRow("missing optional fields")
        << QStringLiteral("list_missing_optional.json") << 0 << false << 1 << 0 << -1
        << QStringLiteral("5") << QStringLiteral("draft");
    QTest::newRow("unknown status word")
        << QStringLiteral("list_unknown_status.json") << 0 << false << 1 << 0 << -1
        << QStringLiteral("6") << QStringLiteral("unknown (BLOCKED)");
    QTest::newRow("campaigns without an id are skipped")
        << QStringLiteral("list_missing_id.json") << 0 << false << 1 << 2 << -1
        << QStringLiteral("7") << QStringLiteral("paused");
    QTest::newRow("string id") << QStringLiteral("list_string_id.json") << 0 << false << 1 << 0
                               << -1 << QStringLiteral("42") << QStringLiteral("cancelled");
    QTest::newRow("items is an object") << QStringLiteral("list_items_not_list.json") << 0 << true
                                        << 0 << 0 << -1 << QString() << QString();
    QTest::newRow("error detail instead of a list")
        << QStringLiteral("list_detail_error.json") << 0 << true << 0 << 0 << -1 << QString()
        << QString();
    QTest::newRow("truncated JSON") << QStringLiteral("list_truncated.json") << 0 << true << 0 << 0
                                    << -1 << QString() << QString();
}

void BurkiParsersTest::parseListPage_documentedBodiesAndVariants()
{
    QFETCH(QString, file);
    QFETCH(int, skip);
    QFETCH(bool, isError);
    QFETCH(int, count);
    QFETCH(int, skipped);
    QFETCH(int, nextSkip);
    QFETCH(QString, firstId);
    QFETCH(QString, firstStatusText);

    if (skipped > 0)
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(
                QStringLiteral("skipped %1 campaign\\(s\\) without an id").arg(skipped)));
    const ListPage result = provider().parseListPage(testAccount(), atSkip(skip), loadBody(file));

    QCOMPARE(!result.error.isEmpty(), isError);
    QCOMPARE(result.campaigns.size(), count);
    QCOMPARE(result.next.has_value(), nextSkip >= 0);
    if (result.next)
        QCOMPARE(result.next->skip, nextSkip);
    if (count > 0) {
        const Campaign &first = result.campaigns.first();
        QCOMPARE(first.id, firstId);
        QCOMPARE(first.statusText(), firstStatusText);
        QCOMPARE(first.platform, Burki);
        QCOMPARE(first.accountId, QStringLiteral("acc-burki"));
        QVERIFY(!first.rawJson.isEmpty());
    }
}

void BurkiParsersTest::parseListPage_invalidDocument_isAnError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("cut short") << QByteArray(R"([{"id":42,"name":"Feb)");
    QTest::newRow("not JSON") << QByteArray("Internal Server Error");
}

void BurkiParsersTest::parseListPage_invalidDocument_isAnError()
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

void BurkiParsersTest::parseListPage_fullBareArray_asksForTheNext()
{
    QJsonArray items;
    for (int i = 0; i < 100; ++i)
        items.append(QJsonObject{{QStringLiteral("id"), 1000 + i},
                                 {QStringLiteral("status"), QStringLiteral("draft")}});
    const ListPage page =
        provider().parseListPage(testAccount(), atSkip(300), QJsonDocument(items));
    QVERIFY(page.error.isEmpty());
    QCOMPARE(page.campaigns.size(), 100);
    QVERIFY(page.next);
    QCOMPARE(page.next->skip, 400);
}

void BurkiParsersTest::documentedCampaign_mapsEveryField()
{
    const QJsonDocument body = loadBody(QStringLiteral("get_documented.json"));
    const std::optional<Campaign> parsed = provider().parseCampaign(testAccount(), body);
    QVERIFY(parsed);
    const Campaign &c = *parsed;
    QCOMPARE(c.accountId, QStringLiteral("acc-burki"));
    QCOMPARE(c.platform, Burki);
    QCOMPARE(c.id, QStringLiteral("42"));
    QCOMPARE(c.name, QStringLiteral("February Appointment Reminders"));
    QCOMPARE(c.rawStatus, QStringLiteral("running"));
    QCOMPARE(c.status, CampaignStatus::Running);
    QCOMPARE(c.type, QStringLiteral("call"));
    QCOMPARE(c.created, QDateTime(QDate(2024, 2, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(c.updated, QDateTime(QDate(2024, 2, 5), QTime(14, 30), Qt::UTC));
    QCOMPARE(c.keyCount, 250);
    QCOMPARE(c.rawJson, QJsonDocument(body.object()).toJson(QJsonDocument::Compact));
}

void BurkiParsersTest::bothListShapes_giveTheSameCampaigns()
{
    const ListPage wrapped = provider().parseListPage(
        testAccount(), PageCursor::first(), loadBody(QStringLiteral("list_items_more.json")));
    const ListPage bare = provider().parseListPage(
        testAccount(), PageCursor::first(), loadBody(QStringLiteral("list_bare_array.json")));
    QCOMPARE(wrapped.campaigns.size(), 2);
    QCOMPARE(bare.campaigns.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(bare.campaigns.at(i).id, wrapped.campaigns.at(i).id);
        QCOMPARE(bare.campaigns.at(i).rawJson, wrapped.campaigns.at(i).rawJson);
    }
    QCOMPARE(bare.campaigns.at(1).status, CampaignStatus::Scheduled);
    QCOMPARE(bare.campaigns.at(1).type, QStringLiteral("sms"));
}

void BurkiParsersTest::missingOptionalFields_leaveDefaults()
{
    const ListPage page = provider().parseListPage(
        testAccount(), PageCursor::first(), loadBody(QStringLiteral("list_missing_optional.json")));
    QCOMPARE(page.campaigns.size(), 1);
    const Campaign &c = page.campaigns.first();
    QCOMPARE(c.name, QStringLiteral("Bare Campaign"));
    QCOMPARE(c.status, CampaignStatus::Draft);
    QVERIFY(c.type.isEmpty());
    QVERIFY(!c.created.isValid());
    QVERIFY(!c.updated.isValid());
    QCOMPARE(c.keyCount, -1);
}

void BurkiParsersTest::unknownExtraFields_areKeptInRawJson()
{
    const ListPage page = provider().parseListPage(
        testAccount(), PageCursor::first(), loadBody(QStringLiteral("list_extra_fields.json")));
    QCOMPARE(page.campaigns.size(), 1);
    const Campaign &c = page.campaigns.first();
    QVERIFY(c.rawJson.contains("voice_settings"));
    QCOMPARE(c.keyCount, 9);
    QCOMPARE(c.created, QDateTime(QDate(2024, 4, 1), QTime(8, 0, 0, 250), Qt::UTC));
}

void BurkiParsersTest::parseCampaign_documentedBodiesAndVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("id");
    QTest::addColumn<CampaignStatus>("status");
    QTest::addColumn<qint64>("keyCount");

    QTest::newRow("documented") << QStringLiteral("get_documented.json") << true
                                << QStringLiteral("42") << CampaignStatus::Running << qint64(250);
    QTest::newRow("not found") << QStringLiteral("get_not_found.json") << false << QString()
                               << CampaignStatus::Unknown << qint64(-1);
    QTest::newRow("validation error") << QStringLiteral("get_validation_error.json") << false
                                      << QString() << CampaignStatus::Unknown << qint64(-1);
    QTest::newRow("truncated JSON") << QStringLiteral("get_truncated.json") << false << QString()
                                    << CampaignStatus::Unknown << qint64(-1);
    QTest::newRow("a list instead of an object")
        << QStringLiteral("list_bare_array.json") << false << QString() << CampaignStatus::Unknown
        << qint64(-1);
}

void BurkiParsersTest::parseCampaign_documentedBodiesAndVariants()
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
    QCOMPARE(c->accountId, QStringLiteral("acc-burki"));
    QCOMPARE(c->platform, Burki);
}

void BurkiParsersTest::pagingWalk_againstSandbox_returnsEveryCampaignExactlyOnce()
{
    const Account account = testAccount(m_sandbox->baseUrl(Burki));
    const QString secret = m_sandbox->account(Burki).secret;
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
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Burki).rows())
        expected.insert(c.id);
    QCOMPARE(expected.size(), 250);
    QCOMPARE(seen, expected);
}

void BurkiParsersTest::getRequest_againstSandbox_parsesTheCampaign()
{
    const Account account = testAccount(m_sandbox->baseUrl(Burki));
    const QString secret = m_sandbox->account(Burki).secret;
    const HttpAnswer answer =
        send(*m_sandbox, account, secret, provider().getRequest(account, QStringLiteral("42")));
    QCOMPARE(answer.status, 200);
    const std::optional<Campaign> c = provider().parseCampaign(account, answer.json());
    QVERIFY(c);
    QCOMPARE(c->id, QStringLiteral("42"));
    QCOMPARE(c->name, QStringLiteral("February Appointment Reminders"));
    QCOMPARE(c->keyCount, 250);
}

void BurkiParsersTest::testConnection_againstSandbox_isAccepted()
{
    const Account account = testAccount(m_sandbox->baseUrl(Burki));
    const ApiRequest request = provider().testConnectionRequest(account);
    QCOMPARE(send(*m_sandbox, account, m_sandbox->account(Burki).secret, request).status, 200);
    QCOMPARE(send(*m_sandbox, account, QStringLiteral("wrong"), request).status, 401);
}

QTEST_GUILESS_MAIN(BurkiParsersTest)
#include "tst_parsers_burki.moc"
