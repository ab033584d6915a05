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

// The sandbox's documented example campaigns; other tests read them, so these tests leave them be.
bool isExample(const QString &id)
{
    return id == QLatin1String("campaign-uuid-1") ||
           id == QLatin1String("550e8400-e29b-41d4-a716-446655440000");
}

const QStringList StatusWords = {QStringLiteral("draft"), QStringLiteral("active"),
                                 QStringLiteral("paused"), QStringLiteral("completed"),
                                 QStringLiteral("cancelled")};
const QList<StatusAction> AllActions = {StatusAction::Pause, StatusAction::Resume,
                                        StatusAction::Stop, StatusAction::Archive};

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

    // Status actions, delete and export.
    void supportsAction_pauseResumeStop_butNoArchive();
    void actionAllowed_everyActionAndStatus_data();
    void actionAllowed_everyActionAndStatus();
    void actionRequest_patchesTheDocumentedStatusWord_data();
    void actionRequest_patchesTheDocumentedStatusWord();
    void deleteRule_everyStatusWord_data();
    void deleteRule_everyStatusWord();
    void deleteActiveCampaign_isBlocked_withPauseBeforeStop();
    void deleteRequest_isOneUnretriedDelete();
    void parseDeleteAnswer_onlyDocumentedSuccess_data();
    void parseDeleteAnswer_onlyDocumentedSuccess();
    void cascade_countsFromTheGetAnswer_data();
    void cascade_countsFromTheGetAnswer();
    void exportPieces_areCallsAndFilesFromTheGetAnswer();
    void parseExportRows_readsRowsInsideTheGetAnswer_data();
    void parseExportRows_readsRowsInsideTheGetAnswer();

    void actions_againstSandbox_moveTheCampaignAsDocumented_data();
    void actions_againstSandbox_moveTheCampaignAsDocumented();
    void exportPieces_againstSandbox_holdEveryCall();
    void deleteRule_againstSandbox_agreesWithThePlatform_data();
    void deleteRule_againstSandbox_agreesWithThePlatform();
    void delete_againstSandbox_callsInProgress_isNotReadAsSuccess();

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

void TalkoverParsersTest::supportsAction_pauseResumeStop_butNoArchive()
{
    QVERIFY(provider().supportsAction(StatusAction::Pause));
    QVERIFY(provider().supportsAction(StatusAction::Resume));
    QVERIFY(provider().supportsAction(StatusAction::Stop));
    QVERIFY(!provider().supportsAction(StatusAction::Archive));
}

void TalkoverParsersTest::actionAllowed_everyActionAndStatus_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("why");

    // Pause: active only.
    const auto row = [](StatusAction action, const QString &status, bool allowed,
                        const QString &why) {
        QTest::addRow("%s %s", qPrintable(statusActionKey(action)),
                      status.isEmpty() ? "(empty)" : qPrintable(status))
            << action << status << allowed << why;
    };
    const QString notActive = QStringLiteral("Only an active campaign can be paused");
    row(StatusAction::Pause, QStringLiteral("draft"), false, notActive);
    row(StatusAction::Pause, QStringLiteral("active"), true, QString());
    row(StatusAction::Pause, QStringLiteral("paused"), false, QStringLiteral("Already paused"));
    row(StatusAction::Pause, QStringLiteral("completed"), false, notActive);
    row(StatusAction::Pause, QStringLiteral("cancelled"), false, notActive);
    // Resume: paused only (draft → active would start calling for the first time).
    const QString notPaused = QStringLiteral("Only a paused campaign can be resumed");
    row(StatusAction::Resume, QStringLiteral("draft"), false, notPaused);
    row(StatusAction::Resume, QStringLiteral("active"), false, QStringLiteral("Already active"));
    row(StatusAction::Resume, QStringLiteral("paused"), true, QString());
    row(StatusAction::Resume, QStringLiteral("completed"), false, notPaused);
    row(StatusAction::Resume, QStringLiteral("cancelled"), false, notPaused);
    // Stop (cancelled): every status the table lets move to cancelled.
    row(StatusAction::Stop, QStringLiteral("draft"), true, QString());
    row(StatusAction::Stop, QStringLiteral("active"), true, QString());
    row(StatusAction::Stop, QStringLiteral("paused"), true, QString());
    row(StatusAction::Stop, QStringLiteral("completed"), false,
        QStringLiteral("Talkover cannot stop a completed campaign"));
    row(StatusAction::Stop, QStringLiteral("cancelled"), false,
        QStringLiteral("Already cancelled"));
    // Archive: Talkover has none, whatever the status.
    for (const QString &status : StatusWords)
        row(StatusAction::Archive, status, false, QStringLiteral("no “Archive” action"));
    // Words the app does not know: nothing is offered.
    for (StatusAction action : {StatusAction::Pause, StatusAction::Resume, StatusAction::Stop}) {
        row(action, QStringLiteral("running"), false, QStringLiteral("does not know"));
        row(action, QString(), false, QStringLiteral("does not know"));
    }
    // Case and whitespace do not change the rule.
    row(StatusAction::Pause, QStringLiteral(" ACTIVE "), true, QString());
}

void TalkoverParsersTest::actionAllowed_everyActionAndStatus()
{
    QFETCH(StatusAction, action);
    QFETCH(QString, status);
    QFETCH(bool, allowed);
    QFETCH(QString, why);
    QString reason = QStringLiteral("stale");
    QCOMPARE(provider().actionAllowed(action, status, &reason), allowed);
    if (allowed)
        QVERIFY(reason.isEmpty());
    else
        QVERIFY2(reason.contains(why), qPrintable(reason));
    // The reason is optional.
    QCOMPARE(provider().actionAllowed(action, status, nullptr), allowed);
}

void TalkoverParsersTest::actionRequest_patchesTheDocumentedStatusWord_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("word");
    QTest::newRow("pause") << StatusAction::Pause << QStringLiteral("paused");
    QTest::newRow("resume") << StatusAction::Resume << QStringLiteral("active");
    QTest::newRow("stop") << StatusAction::Stop << QStringLiteral("cancelled");
}

void TalkoverParsersTest::actionRequest_patchesTheDocumentedStatusWord()
{
    QFETCH(StatusAction, action);
    QFETCH(QString, word);
    const ApiRequest request =
        provider().actionRequest(testAccount(), QStringLiteral("a/b c"), action);
    QCOMPARE(request.method, QByteArray("PATCH"));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded),
             SandboxBase + QStringLiteral("/campaigns/a%2Fb%20c/status"));
    QCOMPARE(QJsonDocument::fromJson(request.body).object(),
             QJsonObject({{QStringLiteral("status"), word}}));
    QCOMPARE(request.contentType, QByteArray("application/json"));
    // A status change is not repeated by the transport on its own.
    QVERIFY(!request.idempotent);
    QVERIFY(request.checkShape);
    QVERIFY(request.checkShape(loadBody(QStringLiteral("status_updated.json"))).isEmpty());
    QVERIFY(
        !request.checkShape(loadBody(QStringLiteral("status_invalid_transition.json"))).isEmpty());
}

void TalkoverParsersTest::deleteRule_everyStatusWord_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QList<StatusAction>>("unblockBy");

    QTest::newRow("draft") << QStringLiteral("draft") << false << QString()
                           << QList<StatusAction>{};
    QTest::newRow("active") << QStringLiteral("active") << true
                            << QStringLiteral("Cannot delete active campaign")
                            << QList<StatusAction>{StatusAction::Pause, StatusAction::Stop};
    QTest::newRow("paused") << QStringLiteral("paused") << false << QString()
                            << QList<StatusAction>{};
    QTest::newRow("completed") << QStringLiteral("completed") << false << QString()
                               << QList<StatusAction>{};
    QTest::newRow("cancelled") << QStringLiteral("cancelled") << false << QString()
                               << QList<StatusAction>{};
    QTest::newRow("Active, any case")
        << QStringLiteral(" Active") << true << QStringLiteral("Cannot delete active campaign")
        << QList<StatusAction>{StatusAction::Pause, StatusAction::Stop};
    QTest::newRow("unknown word") << QStringLiteral("running") << true
                                  << QStringLiteral("“running” is unknown")
                                  << QList<StatusAction>{};
    QTest::newRow("empty") << QString() << true << QStringLiteral("no status")
                           << QList<StatusAction>{};
}

void TalkoverParsersTest::deleteRule_everyStatusWord()
{
    QFETCH(QString, status);
    QFETCH(bool, blocked);
    QFETCH(QString, reason);
    QFETCH(QList<StatusAction>, unblockBy);
    const DeleteRule rule = provider().deleteRule(status);
    QCOMPARE(rule.blocked, blocked);
    if (reason.isEmpty())
        QVERIFY(rule.reason.isEmpty());
    else
        QVERIFY2(rule.reason.contains(reason), qPrintable(rule.reason));
    QCOMPARE(rule.unblockBy, unblockBy);
    QVERIFY(rule.warning.isEmpty());
}

void TalkoverParsersTest::deleteActiveCampaign_isBlocked_withPauseBeforeStop()
{
    const DeleteRule rule = provider().deleteRule(QStringLiteral("active"));
    QVERIFY(rule.blocked);
    // The 403's own words, verbatim.
    QCOMPARE(rule.reason, QStringLiteral("Cannot delete active campaign"));
    QCOMPARE(rule.unblockBy.first(), StatusAction::Pause);
    // Each unblocking action is allowed from active and lands in a deletable status.
    for (StatusAction action : rule.unblockBy)
        QVERIFY(provider().actionAllowed(action, QStringLiteral("active"), nullptr));
    QVERIFY(!provider().deleteRule(QStringLiteral("paused")).blocked);
    QVERIFY(!provider().deleteRule(QStringLiteral("cancelled")).blocked);
}

void TalkoverParsersTest::deleteRequest_isOneUnretriedDelete()
{
    const ApiRequest request =
        provider().deleteRequest(testAccount(), QStringLiteral("campaign-uuid-1"));
    QCOMPARE(request.method, QByteArray("DELETE"));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded),
             SandboxBase + QStringLiteral("/campaigns/campaign-uuid-1"));
    QVERIFY(request.body.isEmpty());
    QVERIFY(!request.idempotent);
    QVERIFY(request.checkShape);
    QVERIFY(request.checkShape(loadBody(QStringLiteral("delete_documented.json"))).isEmpty());
    QVERIFY(!request.checkShape(QJsonDocument::fromJson(R"({"ok":true})")).isEmpty());
    QCOMPARE(provider().deleteRequest(testAccount(QString()), QStringLiteral("x")).url,
             QUrl(QStringLiteral("https://app.talkover.ai/api/v1/campaigns/x")));
}

void TalkoverParsersTest::parseDeleteAnswer_onlyDocumentedSuccess_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("success");
    QTest::addColumn<QString>("message");

    const QByteArray documented = readData(QStringLiteral("delete_documented.json"));
    QTest::newRow("documented 200")
        << documented << 200 << true << QStringLiteral("Campaign deleted successfully");
    QTest::newRow("empty 204 (older docs)") << QByteArray() << 204 << true << QString();
    QTest::newRow("documented body, 201") << documented << 201 << false << QString();
    QTest::newRow("documented body, 500") << documented << 500 << false << QString();
    QTest::newRow("empty 200") << QByteArray() << 200 << false << QString();
    QTest::newRow("204 with a failure body")
        << readData(QStringLiteral("delete_not_found.json")) << 204 << false << QString();
    QTest::newRow("403 active") << readData(QStringLiteral("delete_forbidden_active.json")) << 403
                                << false << QString();
    QTest::newRow("409 calls in progress")
        << readData(QStringLiteral("delete_conflict_calls.json")) << 409 << false << QString();
    QTest::newRow("404") << readData(QStringLiteral("delete_not_found.json")) << 404 << false
                         << QString();
    QTest::newRow("401") << readData(QStringLiteral("delete_unauthorized.json")) << 401 << false
                         << QString();
    QTest::newRow("500") << readData(QStringLiteral("delete_server_error.json")) << 500 << false
                         << QString();
    QTest::newRow("success false with 200")
        << readData(QStringLiteral("delete_forbidden_active.json")) << 200 << false << QString();
    QTest::newRow("ok false") << QByteArray(R"({"ok":false})") << 200 << false << QString();
    QTest::newRow("ok true") << QByteArray(R"({"ok":true})") << 200 << false << QString();
    QTest::newRow("empty object") << QByteArray("{}") << 200 << false << QString();
    QTest::newRow("array") << QByteArray(R"([{"success":true,"message":"x"}])") << 200 << false
                           << QString();
    QTest::newRow("empty array") << QByteArray("[]") << 200 << false << QString();
    QTest::newRow("HTML") << QByteArray("<html><body>Deleted</body></html>") << 200 << false
                          << QString();
    QTest::newRow("success without message")
        << QByteArray(R"({"success":true})") << 200 << false << QString();
    QTest::newRow("success as a string")
        << QByteArray(R"({"success":"true","message":"Campaign deleted successfully"})") << 200
        << false << QString();
    QTest::newRow("success with errors")
        << QByteArray(R"({"success":true,"message":"x","errors":{"id":["bad"]}})") << 200 << false
        << QString();
    QTest::newRow("Burki's shape") << QByteArray(R"({"message":"Campaign deleted successfully"})")
                                   << 200 << false << QString();
    QTest::newRow("rate limited")
        << QByteArray(
               R"({"error":{"code":"RATE_LIMIT_EXCEEDED","message":"x","details":{"retry_after":60}}})")
        << 200 << false << QString();
}

void TalkoverParsersTest::parseDeleteAnswer_onlyDocumentedSuccess()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, httpStatus);
    QFETCH(bool, success);
    QFETCH(QString, message);
    DeleteAnswer answer;
    answer.message = QStringLiteral("stale");
    const QJsonDocument body = QJsonDocument::fromJson(bytes);
    QCOMPARE(provider().parseDeleteAnswer(body, httpStatus, &answer), success);
    QCOMPARE(provider().parseDeleteAnswer(body, httpStatus, nullptr), success);
    if (!success)
        return;
    QCOMPARE(answer.message, message);
    QVERIFY(answer.deleted.isEmpty());
    QVERIFY(answer.summaryJson.isEmpty());
}

void TalkoverParsersTest::cascade_countsFromTheGetAnswer_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("calls");
    QTest::addColumn<qint64>("files");
    QTest::newRow("documented: stats.total_calls, not the calls shown")
        << QStringLiteral("get_documented.json") << qint64(100) << qint64(1);
    QTest::newRow("no stats: the calls listed")
        << QStringLiteral("get_without_stats.json") << qint64(2) << qint64(0);
    QTest::newRow("not found") << QStringLiteral("get_not_found.json") << qint64(-1) << qint64(-1);
    QTest::newRow("truncated") << QStringLiteral("get_truncated.json") << qint64(-1) << qint64(-1);
}

void TalkoverParsersTest::cascade_countsFromTheGetAnswer()
{
    QFETCH(QString, file);
    QFETCH(qint64, calls);
    QFETCH(qint64, files);
    QVERIFY(provider().documentsCascade());
    const QList<CascadeItem> items = provider().cascade(loadBody(file));
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).what, QStringLiteral("calls"));
    QCOMPARE(items.at(0).count, calls);
    QCOMPARE(items.at(1).what, QStringLiteral("files"));
    QCOMPARE(items.at(1).count, files);
    QCOMPARE(items.at(2).what, QStringLiteral("statistics"));
    QCOMPARE(items.at(2).count, qint64(-1));
    QVERIFY(!provider().cascadeCountRequest(testAccount(), QStringLiteral("campaign-uuid-1")));
}

void TalkoverParsersTest::exportPieces_areCallsAndFilesFromTheGetAnswer()
{
    const QList<ExportPiece> pieces = provider().exportPieces();
    QCOMPARE(pieces.size(), 2);
    const ExportPiece &calls = pieces.at(0);
    QCOMPARE(calls.id, QStringLiteral("calls"));
    QCOMPARE(calls.fileName, QStringLiteral("calls.csv"));
    QCOMPARE(calls.kind, ExportPiece::Kind::CampaignRows);
    QCOMPARE(calls.rowsPath, QStringLiteral("data.calls"));
    QCOMPARE(calls.columns,
             (QStringList{QStringLiteral("id"), QStringLiteral("to"), QStringLiteral("status"),
                          QStringLiteral("retries"), QStringLiteral("created_at")}));
    const ExportPiece &files = pieces.at(1);
    QCOMPARE(files.id, QStringLiteral("files"));
    QCOMPARE(files.fileName, QStringLiteral("files.csv"));
    QCOMPARE(files.kind, ExportPiece::Kind::CampaignRows);
    QCOMPARE(files.rowsPath, QStringLiteral("data.files"));
    QCOMPARE(files.columns,
             (QStringList{QStringLiteral("id"), QStringLiteral("original_filename"),
                          QStringLiteral("processed_filename"), QStringLiteral("status"),
                          QStringLiteral("total_records"), QStringLiteral("processed_records")}));
    for (const ExportPiece &piece : pieces) {
        QVERIFY(piece.fileName != QLatin1String("campaign.json"));
        // The rows come with the campaign: the request is the get, safe to repeat.
        const ApiRequest request =
            provider().exportRequest(testAccount(), QStringLiteral("c 1"), piece, {});
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.url.toString(QUrl::FullyEncoded),
                 SandboxBase + QStringLiteral("/campaigns/c%201"));
        QVERIFY(request.idempotent);
    }
}

void TalkoverParsersTest::parseExportRows_readsRowsInsideTheGetAnswer_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("piece");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("firstId");
    QTest::newRow("documented calls") << QStringLiteral("get_documented.json") << 0 << false << 1
                                      << QStringLiteral("call-uuid-1");
    QTest::newRow("documented files") << QStringLiteral("get_documented.json") << 1 << false << 1
                                      << QStringLiteral("file-uuid-1");
    QTest::newRow("two calls") << QStringLiteral("get_without_stats.json") << 0 << false << 2
                               << QStringLiteral("c1");
    QTest::newRow("no files") << QStringLiteral("get_without_stats.json") << 1 << false << 0
                              << QString();
    QTest::newRow("a call that is not an object")
        << QStringLiteral("get_call_not_object.json") << 0 << true << 0 << QString();
    QTest::newRow("calls missing")
        << QStringLiteral("get_missing_id.json") << 0 << true << 0 << QString();
    QTest::newRow("not found") << QStringLiteral("get_not_found.json") << 0 << true << 0
                               << QString();
    QTest::newRow("data is a list")
        << QStringLiteral("get_data_not_object.json") << 0 << true << 0 << QString();
    QTest::newRow("truncated") << QStringLiteral("get_truncated.json") << 1 << true << 0
                               << QString();
}

void TalkoverParsersTest::parseExportRows_readsRowsInsideTheGetAnswer()
{
    QFETCH(QString, file);
    QFETCH(int, piece);
    QFETCH(bool, isError);
    QFETCH(int, rows);
    QFETCH(QString, firstId);
    const RowsPage page = provider().parseExportRows(provider().exportPieces().at(piece),
                                                     PageCursor::first(), loadBody(file));
    QCOMPARE(!page.error.isEmpty(), isError);
    QCOMPARE(page.rows.size(), rows);
    // Everything is in the one answer: there is never a next page.
    QVERIFY(!page.next);
    if (!isError)
        QCOMPARE(page.total, qint64(rows));
    if (rows > 0)
        QCOMPARE(page.rows.first().value(QStringLiteral("id")).toString(), firstId);
}

void TalkoverParsersTest::actions_againstSandbox_moveTheCampaignAsDocumented_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("accepted"); // the platform's transition table
    QTest::addColumn<QString>("after");
    const QHash<StatusAction, QString> target = {{StatusAction::Pause, QStringLiteral("paused")},
                                                 {StatusAction::Resume, QStringLiteral("active")},
                                                 {StatusAction::Stop, QStringLiteral("cancelled")}};
    const QHash<QString, QStringList> table = {
        {QStringLiteral("draft"), {QStringLiteral("active"), QStringLiteral("cancelled")}},
        {QStringLiteral("active"),
         {QStringLiteral("paused"), QStringLiteral("completed"), QStringLiteral("cancelled")}},
        {QStringLiteral("paused"),
         {QStringLiteral("active"), QStringLiteral("completed"), QStringLiteral("cancelled")}}};
    for (StatusAction action : {StatusAction::Pause, StatusAction::Resume, StatusAction::Stop}) {
        for (const QString &from : StatusWords) {
            const bool accepted = table.value(from).contains(target.value(action));
            QTest::addRow("%s from %s", qPrintable(statusActionKey(action)), qPrintable(from))
                << action << from << accepted << (accepted ? target.value(action) : from);
        }
    }
}

void TalkoverParsersTest::actions_againstSandbox_moveTheCampaignAsDocumented()
{
    QFETCH(StatusAction, action);
    QFETCH(QString, from);
    QFETCH(bool, accepted);
    QFETCH(QString, after);
    const Account account = testAccount(m_sandbox->baseUrl(Talkover));
    const QString secret = m_sandbox->account(Talkover).secret;
    QString id;
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Talkover).rows()) {
        if (c.status == from && !isExample(c.id)) {
            id = c.id;
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "no campaign in that status");

    const bool allowed = provider().actionAllowed(action, from, nullptr);
    // The app never offers a move the platform refuses.
    QVERIFY(!allowed || accepted);
    const ApiRequest request = provider().actionRequest(account, id, action);
    const HttpAnswer answer = send(*m_sandbox, account, secret, request);
    QCOMPARE(answer.status >= 200 && answer.status < 300, accepted);
    if (accepted) {
        QVERIFY(request.checkShape(answer.json()).isEmpty());
    } else {
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("Cannot transition")));
    }
    // The campaign as a fresh get reads it.
    const HttpAnswer get = send(*m_sandbox, account, secret, provider().getRequest(account, id));
    const std::optional<Campaign> campaign = provider().parseCampaign(account, get.json());
    QVERIFY(campaign);
    QCOMPARE(campaign->rawStatus, after);
}

void TalkoverParsersTest::exportPieces_againstSandbox_holdEveryCall()
{
    const Account account = testAccount(m_sandbox->baseUrl(Talkover));
    const QString secret = m_sandbox->account(Talkover).secret;
    int checked = 0;
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Talkover).rows()) {
        if (checked == 8)
            break;
        if (checked > 0 && c.contacts == 0 && checked != 7)
            continue; // mostly campaigns with calls, at least one without
        ++checked;
        QJsonDocument liveGet;
        for (const ExportPiece &piece : provider().exportPieces()) {
            std::optional<PageCursor> cursor = PageCursor::first();
            qint64 rows = 0;
            int requests = 0;
            while (cursor) {
                QVERIFY2(++requests <= 5, "the walk does not end");
                const ApiRequest request = provider().exportRequest(account, c.id, piece, *cursor);
                const HttpAnswer answer = send(*m_sandbox, account, secret, request);
                QCOMPARE(answer.status, 200);
                liveGet = answer.json();
                const RowsPage page = provider().parseExportRows(piece, *cursor, answer.json());
                QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
                for (const QJsonObject &row : page.rows) {
                    for (const QString &column : piece.columns)
                        QVERIFY2(row.contains(column), qPrintable(column));
                }
                rows += page.rows.size();
                cursor = page.next;
            }
            const qint64 expected =
                piece.id == QLatin1String("calls") ? c.contacts : (c.contacts > 0 ? 1 : 0);
            QCOMPARE(rows, expected);
        }
        // The cascade counts what the export holds.
        QCOMPARE(provider().cascade(liveGet).at(0).count, qint64(c.contacts));
    }
    QCOMPARE(checked, 8);
}

void TalkoverParsersTest::deleteRule_againstSandbox_agreesWithThePlatform_data()
{
    QTest::addColumn<QString>("status");
    for (const QString &status : StatusWords)
        QTest::newRow(qPrintable(status)) << status;
}

void TalkoverParsersTest::deleteRule_againstSandbox_agreesWithThePlatform()
{
    QFETCH(QString, status);
    const Account account = testAccount(m_sandbox->baseUrl(Talkover));
    const QString secret = m_sandbox->account(Talkover).secret;
    QString id;
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Talkover).rows()) {
        // Calls still running get the runtime 409, tested on its own.
        if (c.status == status && c.inFlight == 0 && !isExample(c.id)) {
            id = c.id;
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "no campaign in that status");
    const DeleteRule rule = provider().deleteRule(status);
    const ApiRequest request = provider().deleteRequest(account, id);
    const HttpAnswer answer = send(*m_sandbox, account, secret, request);
    DeleteAnswer parsed;
    const bool deleted = provider().parseDeleteAnswer(answer.json(), answer.status, &parsed);
    QCOMPARE(deleted, !rule.blocked);
    if (rule.blocked) {
        QCOMPARE(answer.status, 403);
        // The gate shows exactly what the platform would have said.
        QCOMPARE(answer.object().value(QStringLiteral("message")).toString(), rule.reason);
        QVERIFY(m_sandbox->server().table(Talkover).find(id));
        return;
    }
    QCOMPARE(answer.status, 200);
    QCOMPARE(parsed.message, QStringLiteral("Campaign deleted successfully"));
    QVERIFY(request.checkShape(answer.json()).isEmpty());
    QVERIFY(!m_sandbox->server().table(Talkover).find(id));
    QCOMPARE(send(*m_sandbox, account, secret, provider().getRequest(account, id)).status, 404);
}

void TalkoverParsersTest::delete_againstSandbox_callsInProgress_isNotReadAsSuccess()
{
    const Account account = testAccount(m_sandbox->baseUrl(Talkover));
    const QString secret = m_sandbox->account(Talkover).secret;
    QString id;
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Talkover).rows()) {
        if (c.status == QLatin1String("paused") && c.inFlight > 0 && !isExample(c.id)) {
            id = c.id;
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "no paused campaign with calls in progress");
    // The status rule lets it through; the platform's runtime answer stops it.
    QVERIFY(!provider().deleteRule(QStringLiteral("paused")).blocked);
    const HttpAnswer answer =
        send(*m_sandbox, account, secret, provider().deleteRequest(account, id));
    QCOMPARE(answer.status, 409);
    QVERIFY(!provider().parseDeleteAnswer(answer.json(), answer.status, nullptr));
    QVERIFY(m_sandbox->server().table(Talkover).find(id));
}

QTEST_GUILESS_MAIN(TalkoverParsersTest)
#include "tst_parsers_talkover.moc"
