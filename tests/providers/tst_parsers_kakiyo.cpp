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

const QString ExampleId = QStringLiteral("campaign_123");

ExportPiece pieceNamed(const QString &id)
{
    const QList<ExportPiece> pieces = providerFor(Platform::Kakiyo).exportPieces();
    for (const ExportPiece &piece : pieces) {
        if (piece.id == id)
            return piece;
    }
    qFatal("no export piece %s", qPrintable(id));
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

    // Status actions, delete and export.
    void supportsAction_pauseAndResumeOnly();
    void actionAllowed_everyActionAndStatus_data();
    void actionAllowed_everyActionAndStatus();
    void actionRequest_postsToTheDocumentedEndpoint_data();
    void actionRequest_postsToTheDocumentedEndpoint();
    void deleteRule_everyStatusWord_data();
    void deleteRule_everyStatusWord();
    void deleteActiveCampaign_isBlocked_untilPaused();
    void deleteRequest_isOneUnretriedDelete();
    void parseDeleteAnswer_onlyDocumentedSuccess_data();
    void parseDeleteAnswer_onlyDocumentedSuccess();
    void parseDeleteAnswer_documentedSummary_inTheDocumentedOrder();
    void cascade_countsFromTheAnalytics_data();
    void cascade_countsFromTheAnalytics();
    void exportPieces_areProspectsAndAnalytics();
    void exportRequest_pagesProspectsByCursor_data();
    void exportRequest_pagesProspectsByCursor();
    void parseExportRows_documentedPagesAndVariants_data();
    void parseExportRows_documentedPagesAndVariants();

    void actions_againstSandbox_moveTheCampaignAsDocumented_data();
    void actions_againstSandbox_moveTheCampaignAsDocumented();
    void exportPieces_againstSandbox_walkToTheEnd();
    void deleteRule_againstSandbox_agreesWithThePlatform_data();
    void deleteRule_againstSandbox_agreesWithThePlatform();
    void delete_againstSandbox_summaryEqualsTheAnalytics();
    void delete_againstSandbox_foreignCampaign_isNotReadAsSuccess();

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

void KakiyoParsersTest::supportsAction_pauseAndResumeOnly()
{
    QVERIFY(provider().supportsAction(StatusAction::Pause));
    QVERIFY(provider().supportsAction(StatusAction::Resume));
    QVERIFY(!provider().supportsAction(StatusAction::Stop));
    QVERIFY(!provider().supportsAction(StatusAction::Archive));
}

void KakiyoParsersTest::actionAllowed_everyActionAndStatus_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("why");
    const auto row = [](StatusAction action, const QString &status, bool allowed,
                        const QString &why) {
        QTest::addRow("%s %s", qPrintable(statusActionKey(action)),
                      status.isEmpty() ? "(empty)" : qPrintable(status))
            << action << status << allowed << why;
    };
    row(StatusAction::Pause, QStringLiteral("active"), true, QString());
    row(StatusAction::Pause, QStringLiteral("paused"), false, QStringLiteral("Already paused"));
    row(StatusAction::Resume, QStringLiteral("active"), false, QStringLiteral("Already active"));
    row(StatusAction::Resume, QStringLiteral("paused"), true, QString());
    for (const QString &status : {QStringLiteral("active"), QStringLiteral("paused")}) {
        row(StatusAction::Stop, status, false, QStringLiteral("Kakiyo has no stop"));
        row(StatusAction::Archive, status, false, QStringLiteral("no “Archive” action"));
    }
    for (StatusAction action : {StatusAction::Pause, StatusAction::Resume}) {
        row(action, QStringLiteral("running"), false, QStringLiteral("does not know"));
        row(action, QStringLiteral("completed"), false, QStringLiteral("does not know"));
        row(action, QString(), false, QStringLiteral("does not know"));
    }
    row(StatusAction::Pause, QStringLiteral("ACTIVE"), true, QString());
}

void KakiyoParsersTest::actionAllowed_everyActionAndStatus()
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
    QCOMPARE(provider().actionAllowed(action, status, nullptr), allowed);
}

void KakiyoParsersTest::actionRequest_postsToTheDocumentedEndpoint_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("path");
    QTest::newRow("pause") << StatusAction::Pause << QStringLiteral("pause");
    QTest::newRow("resume") << StatusAction::Resume << QStringLiteral("resume");
}

void KakiyoParsersTest::actionRequest_postsToTheDocumentedEndpoint()
{
    QFETCH(StatusAction, action);
    QFETCH(QString, path);
    const ApiRequest request = provider().actionRequest(testAccount(), ExampleId, action);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded),
             SandboxBase + QStringLiteral("/campaigns/campaign_123/") + path);
    QVERIFY(request.body.isEmpty());
    QVERIFY(!request.idempotent);
    QVERIFY(request.checkShape);
    QVERIFY(request.checkShape(loadBody(QStringLiteral("pause_answer.json"))).isEmpty());
    // A 200 carrying {error, message} is not an acknowledgement.
    QVERIFY(!request.checkShape(loadBody(QStringLiteral("delete_not_found.json"))).isEmpty());
}

void KakiyoParsersTest::deleteRule_everyStatusWord_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QList<StatusAction>>("unblockBy");
    const QString activeReason =
        QStringLiteral("Cannot delete active campaign. Please pause the campaign first.");
    QTest::newRow("active") << QStringLiteral("active") << true << activeReason
                            << QList<StatusAction>{StatusAction::Pause};
    QTest::newRow("paused") << QStringLiteral("paused") << false << QString()
                            << QList<StatusAction>{};
    QTest::newRow("Active, any case") << QStringLiteral("Active ") << true << activeReason
                                      << QList<StatusAction>{StatusAction::Pause};
    QTest::newRow("unknown word") << QStringLiteral("archived") << true
                                  << QStringLiteral("“archived” is unknown")
                                  << QList<StatusAction>{};
    QTest::newRow("another platform's word")
        << QStringLiteral("completed") << true << QStringLiteral("“completed” is unknown")
        << QList<StatusAction>{};
    QTest::newRow("empty") << QString() << true << QStringLiteral("no status")
                           << QList<StatusAction>{};
}

void KakiyoParsersTest::deleteRule_everyStatusWord()
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

void KakiyoParsersTest::deleteActiveCampaign_isBlocked_untilPaused()
{
    const DeleteRule rule = provider().deleteRule(QStringLiteral("active"));
    QVERIFY(rule.blocked);
    QCOMPARE(rule.reason,
             QStringLiteral("Cannot delete active campaign. Please pause the campaign first."));
    QCOMPARE(rule.unblockBy, QList<StatusAction>{StatusAction::Pause});
    QVERIFY(provider().actionAllowed(StatusAction::Pause, QStringLiteral("active"), nullptr));
    QVERIFY(!provider().deleteRule(QStringLiteral("paused")).blocked);
}

void KakiyoParsersTest::deleteRequest_isOneUnretriedDelete()
{
    const ApiRequest request = provider().deleteRequest(testAccount(), ExampleId);
    QCOMPARE(request.method, QByteArray("DELETE"));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded),
             SandboxBase + QStringLiteral("/campaigns/campaign_123"));
    QVERIFY(request.body.isEmpty());
    QVERIFY(!request.idempotent);
    QVERIFY(request.checkShape);
    QVERIFY(request.checkShape(loadBody(QStringLiteral("delete_documented.json"))).isEmpty());
    QVERIFY(!request.checkShape(loadBody(QStringLiteral("delete_without_summary.json"))).isEmpty());
}

void KakiyoParsersTest::parseDeleteAnswer_onlyDocumentedSuccess_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("success");
    QTest::addColumn<int>("items");
    const QByteArray documented = readData(QStringLiteral("delete_documented.json"));
    QTest::newRow("documented 200") << documented << 200 << true << 5;
    QTest::newRow("short summary (top of the seed page)")
        << readData(QStringLiteral("delete_short_summary.json")) << 200 << true << 2;
    QTest::newRow("documented body, 204") << documented << 204 << false << 0;
    QTest::newRow("documented body, 409") << documented << 409 << false << 0;
    QTest::newRow("empty 204") << QByteArray() << 204 << false << 0;
    QTest::newRow("empty 200") << QByteArray() << 200 << false << 0;
    QTest::newRow("campaign_active")
        << readData(QStringLiteral("delete_campaign_active.json")) << 409 << false << 0;
    QTest::newRow("campaign_active with 200")
        << readData(QStringLiteral("delete_campaign_active.json")) << 200 << false << 0;
    QTest::newRow("not found") << readData(QStringLiteral("delete_not_found.json")) << 404 << false
                               << 0;
    QTest::newRow("forbidden") << readData(QStringLiteral("delete_forbidden.json")) << 403 << false
                               << 0;
    QTest::newRow("message without summary")
        << readData(QStringLiteral("delete_without_summary.json")) << 200 << false << 0;
    QTest::newRow("a count that is text")
        << readData(QStringLiteral("delete_count_not_number.json")) << 200 << false << 0;
    QTest::newRow("summary without deletedItems")
        << QByteArray(R"({"message":"Campaign deleted successfully",)"
                      R"("deletionSummary":{"campaignId":"campaign_123"}})")
        << 200 << false << 0;
    QTest::newRow("summary without campaignId")
        << QByteArray(R"({"message":"Campaign deleted successfully",)"
                      R"("deletionSummary":{"deletedItems":{"prospects":1,"chats":1}}})")
        << 200 << false << 0;
    QTest::newRow("summary with an error code")
        << QByteArray(R"({"error":"internal_error","message":"Campaign deleted successfully",)"
                      R"("deletionSummary":{"campaignId":"c","deletedItems":{"prospects":1}}})")
        << 200 << false << 0;
    QTest::newRow("summary without message")
        << QByteArray(R"({"deletionSummary":{"campaignId":"c","deletedItems":{"prospects":1}}})")
        << 200 << false << 0;
    QTest::newRow("internal_error with 200")
        << QByteArray(
               R"({"error":"internal_error","message":"The request could not be completed."})")
        << 200 << false << 0;
    QTest::newRow("success false")
        << QByteArray(R"({"success":false,"message":"x"})") << 200 << false << 0;
    QTest::newRow("ok false") << QByteArray(R"({"ok":false})") << 200 << false << 0;
    QTest::newRow("empty object") << QByteArray("{}") << 200 << false << 0;
    QTest::newRow("array") << QByteArray("[" + documented + "]") << 200 << false << 0;
    QTest::newRow("HTML") << QByteArray("<html><body>Campaign deleted</body></html>") << 200
                          << false << 0;
}

void KakiyoParsersTest::parseDeleteAnswer_onlyDocumentedSuccess()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, httpStatus);
    QFETCH(bool, success);
    QFETCH(int, items);
    DeleteAnswer answer;
    const QJsonDocument body = QJsonDocument::fromJson(bytes);
    QCOMPARE(provider().parseDeleteAnswer(body, httpStatus, &answer), success);
    QCOMPARE(provider().parseDeleteAnswer(body, httpStatus, nullptr), success);
    if (!success)
        return;
    QCOMPARE(answer.message, QStringLiteral("Campaign deleted successfully"));
    QCOMPARE(answer.deleted.size(), items);
    QCOMPARE(answer.deleted.first(), (QPair<QString, qint64>{QStringLiteral("prospects"), 150}));
    QCOMPARE(answer.deleted.at(1), (QPair<QString, qint64>{QStringLiteral("chats"), 150}));
    // The summary is kept whole for the audit log.
    QCOMPARE(QJsonDocument::fromJson(answer.summaryJson).object(),
             body.object().value(QStringLiteral("deletionSummary")).toObject());
}

void KakiyoParsersTest::parseDeleteAnswer_documentedSummary_inTheDocumentedOrder()
{
    DeleteAnswer answer;
    QVERIFY(provider().parseDeleteAnswer(loadBody(QStringLiteral("delete_documented.json")), 200,
                                         &answer));
    const QList<QPair<QString, qint64>> expected = {{QStringLiteral("prospects"), 150},
                                                    {QStringLiteral("chats"), 150},
                                                    {QStringLiteral("messages"), 420},
                                                    {QStringLiteral("tasks"), 75},
                                                    {QStringLiteral("webhookEvents"), 12}};
    QCOMPARE(answer.deleted, expected);
    QVERIFY(answer.summaryJson.contains("\"campaignName\":\"Q4 Enterprise Outreach\""));
    QVERIFY(answer.summaryJson.contains("\"deletedAt\":\"2024-01-20T15:30:00Z\""));
    QVERIFY(!answer.summaryJson.contains('\n'));
}

void KakiyoParsersTest::cascade_countsFromTheAnalytics_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("prospects");
    QTest::addColumn<qint64>("messages");
    QTest::newRow("documented") << QStringLiteral("get_documented.json") << qint64(150)
                                << qint64(420);
    QTest::newRow("no metrics") << QStringLiteral("get_missing_metrics.json") << qint64(-1)
                                << qint64(-1);
    QTest::newRow("not found") << QStringLiteral("get_not_found.json") << qint64(-1) << qint64(-1);
    QTest::newRow("truncated") << QStringLiteral("get_truncated.json") << qint64(-1) << qint64(-1);
}

void KakiyoParsersTest::cascade_countsFromTheAnalytics()
{
    QFETCH(QString, file);
    QFETCH(qint64, prospects);
    QFETCH(qint64, messages);
    QVERIFY(provider().documentsCascade());
    const QList<CascadeItem> items = provider().cascade(loadBody(file));
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(0).what, QStringLiteral("prospects"));
    QCOMPARE(items.at(0).count, prospects);
    QVERIFY(items.at(1).what.contains(QStringLiteral("messages")));
    QVERIFY(items.at(1).what.contains(QStringLiteral("conversations")));
    QCOMPARE(items.at(1).count, messages);
    QVERIFY(items.at(2).what.contains(QStringLiteral("tasks")));
    QCOMPARE(items.at(3).what, QStringLiteral("analytics"));
    QCOMPARE(items.at(4).what, QStringLiteral("webhook events"));
    for (int i = 2; i < 5; ++i)
        QCOMPARE(items.at(i).count, qint64(-1));
    // Each call costs a credit: nothing further is asked.
    QVERIFY(!provider().cascadeCountRequest(testAccount(), ExampleId));
}

void KakiyoParsersTest::exportPieces_areProspectsAndAnalytics()
{
    const QList<ExportPiece> pieces = provider().exportPieces();
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(0).id, QStringLiteral("prospects"));
    QCOMPARE(pieces.at(0).fileName, QStringLiteral("prospects.csv"));
    QCOMPARE(pieces.at(0).kind, ExportPiece::Kind::PagedRows);
    QCOMPARE(pieces.at(0).columns,
             (QStringList{QStringLiteral("id"), QStringLiteral("name"),
                          QStringLiteral("linkedinUrl"), QStringLiteral("status"),
                          QStringLiteral("chatId"), QStringLiteral("lastMessageAt")}));
    QCOMPARE(pieces.at(1).id, QStringLiteral("analytics"));
    QCOMPARE(pieces.at(1).fileName, QStringLiteral("analytics.json"));
    QCOMPARE(pieces.at(1).kind, ExportPiece::Kind::Verbatim);
}

void KakiyoParsersTest::exportRequest_pagesProspectsByCursor_data()
{
    QTest::addColumn<QString>("piece");
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<QString>("expected");
    QTest::newRow("prospects, first page")
        << QStringLiteral("prospects") << QString()
        << SandboxBase + QStringLiteral("/prospects/campaign/campaign_123?limit=100");
    QTest::newRow("prospects, next page")
        << QStringLiteral("prospects") << QStringLiteral("prospect_123_100")
        << SandboxBase +
               QStringLiteral("/prospects/campaign/campaign_123?limit=100&after=prospect_123_100");
    QTest::newRow("analytics") << QStringLiteral("analytics") << QString()
                               << SandboxBase + QStringLiteral("/analytics/campaigns/campaign_123");
}

void KakiyoParsersTest::exportRequest_pagesProspectsByCursor()
{
    QFETCH(QString, piece);
    QFETCH(QString, cursor);
    QFETCH(QString, expected);
    const ApiRequest request =
        provider().exportRequest(testAccount(), ExampleId, pieceNamed(piece), after(cursor));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(request.method, QByteArray("GET"));
    QVERIFY(request.idempotent);
    QVERIFY(request.checkShape);
    QVERIFY(!request.checkShape(loadBody(QStringLiteral("delete_not_found.json"))).isEmpty());
}

void KakiyoParsersTest::parseExportRows_documentedPagesAndVariants_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("cursor");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("rows");
    QTest::addColumn<QString>("next");
    QTest::newRow("first page") << QStringLiteral("prospects_first_page.json") << QString() << false
                                << 1 << QStringLiteral("prospect_123_1");
    QTest::newRow("last page") << QStringLiteral("prospects_last_page.json")
                               << QStringLiteral("prospect_123_149") << false << 1 << QString();
    QTest::newRow("cursor that does not advance")
        << QStringLiteral("prospects_first_page.json") << QStringLiteral("prospect_123_1") << true
        << 0 << QString();
    QTest::newRow("more claimed without a cursor")
        << QStringLiteral("prospects_more_without_cursor.json") << QString() << true << 0
        << QString();
    QTest::newRow("not found") << QStringLiteral("prospects_not_found.json") << QString() << true
                               << 0 << QString();
    QTest::newRow("campaign list instead")
        << QStringLiteral("list_documented.json") << QString() << true << 0 << QString();
    QTest::newRow("truncated") << QStringLiteral("list_truncated.json") << QString() << true << 0
                               << QString();
}

void KakiyoParsersTest::parseExportRows_documentedPagesAndVariants()
{
    QFETCH(QString, file);
    QFETCH(QString, cursor);
    QFETCH(bool, isError);
    QFETCH(int, rows);
    QFETCH(QString, next);
    const RowsPage page = provider().parseExportRows(pieceNamed(QStringLiteral("prospects")),
                                                     after(cursor), loadBody(file));
    QCOMPARE(!page.error.isEmpty(), isError);
    QCOMPARE(page.rows.size(), rows);
    QCOMPARE(page.next.has_value(), !next.isEmpty());
    if (page.next)
        QCOMPARE(page.next->after, next);
    // Kakiyo does not say how many prospects there are in all.
    QCOMPARE(page.total, qint64(-1));
}

void KakiyoParsersTest::actions_againstSandbox_moveTheCampaignAsDocumented_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("after");
    QTest::newRow("pause active") << StatusAction::Pause << QStringLiteral("active") << true
                                  << QStringLiteral("paused");
    QTest::newRow("pause paused") << StatusAction::Pause << QStringLiteral("paused") << false
                                  << QStringLiteral("paused");
    QTest::newRow("resume paused")
        << StatusAction::Resume << QStringLiteral("paused") << true << QStringLiteral("active");
    QTest::newRow("resume active")
        << StatusAction::Resume << QStringLiteral("active") << false << QStringLiteral("active");
}

void KakiyoParsersTest::actions_againstSandbox_moveTheCampaignAsDocumented()
{
    QFETCH(StatusAction, action);
    QFETCH(QString, from);
    QFETCH(bool, accepted);
    QFETCH(QString, after);
    const Account account = testAccount(m_sandbox->baseUrl(Kakiyo));
    const QString secret = m_sandbox->account(Kakiyo).secret;
    QString id;
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Kakiyo).rows()) {
        if (c.status == from && c.id != ExampleId) {
            id = c.id;
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "no campaign in that status");
    QCOMPARE(provider().actionAllowed(action, from, nullptr), accepted);
    const ApiRequest request = provider().actionRequest(account, id, action);
    const HttpAnswer answer = send(*m_sandbox, account, secret, request);
    QCOMPARE(answer.status >= 200 && answer.status < 300, accepted);
    if (accepted)
        QVERIFY(request.checkShape(answer.json()).isEmpty());
    else
        QCOMPARE(answer.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("validation_error"));
    const HttpAnswer get = send(*m_sandbox, account, secret, provider().getRequest(account, id));
    const std::optional<Campaign> campaign = provider().parseCampaign(account, get.json());
    QVERIFY(campaign);
    QCOMPARE(campaign->rawStatus, after);
}

void KakiyoParsersTest::exportPieces_againstSandbox_walkToTheEnd()
{
    const Account account = testAccount(m_sandbox->baseUrl(Kakiyo));
    const QString secret = m_sandbox->account(Kakiyo).secret;
    QStringList ids{ExampleId};
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Kakiyo).rows()) {
        if (ids.size() == 6)
            break;
        // Several pages (over 100 prospects), one page, and none.
        if (c.id != ExampleId && (c.contacts > 100 || ids.size() >= 4))
            ids.append(c.id);
    }
    int multiPage = 0;
    for (const QString &id : std::as_const(ids)) {
        const HttpAnswer analytics =
            send(*m_sandbox, account, secret, provider().getRequest(account, id));
        QCOMPARE(analytics.status, 200);
        const qint64 prospects = provider().cascade(analytics.json()).at(0).count;
        QCOMPARE(prospects, qint64(m_sandbox->server().table(Kakiyo).find(id)->contacts));
        for (const ExportPiece &piece : provider().exportPieces()) {
            const ApiRequest first = provider().exportRequest(account, id, piece, {});
            if (piece.kind == ExportPiece::Kind::Verbatim) {
                const HttpAnswer answer = send(*m_sandbox, account, secret, first);
                QCOMPARE(answer.status, 200);
                QVERIFY(first.checkShape(answer.json()).isEmpty());
                QCOMPARE(answer.object(), analytics.object());
                continue;
            }
            std::optional<PageCursor> cursor = PageCursor::first();
            QSet<QString> seen;
            int requests = 0;
            while (cursor) {
                QVERIFY2(++requests <= 5, "the walk does not end");
                const ApiRequest request = provider().exportRequest(account, id, piece, *cursor);
                const HttpAnswer answer = send(*m_sandbox, account, secret, request);
                QCOMPARE(answer.status, 200);
                QVERIFY(request.checkShape(answer.json()).isEmpty());
                const RowsPage page = provider().parseExportRows(piece, *cursor, answer.json());
                QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
                for (const QJsonObject &row : page.rows) {
                    for (const QString &column : piece.columns)
                        QVERIFY2(row.contains(column), qPrintable(column));
                    seen.insert(row.value(QStringLiteral("id")).toString());
                }
                cursor = page.next;
            }
            if (requests > 1)
                ++multiPage;
            QCOMPARE(qint64(seen.size()), prospects);
        }
    }
    QVERIFY(multiPage >= 2);
}

void KakiyoParsersTest::deleteRule_againstSandbox_agreesWithThePlatform_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("active") << QStringLiteral("active");
    QTest::newRow("paused") << QStringLiteral("paused");
}

void KakiyoParsersTest::deleteRule_againstSandbox_agreesWithThePlatform()
{
    QFETCH(QString, status);
    const Account account = testAccount(m_sandbox->baseUrl(Kakiyo));
    const QString secret = m_sandbox->account(Kakiyo).secret;
    QString id;
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Kakiyo).rows()) {
        if (c.status == status && c.id != ExampleId) {
            id = c.id;
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "no campaign in that status");
    const DeleteRule rule = provider().deleteRule(status);
    const HttpAnswer answer =
        send(*m_sandbox, account, secret, provider().deleteRequest(account, id));
    DeleteAnswer parsed;
    QCOMPARE(provider().parseDeleteAnswer(answer.json(), answer.status, &parsed), !rule.blocked);
    if (rule.blocked) {
        QCOMPARE(answer.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("campaign_active"));
        QCOMPARE(answer.object().value(QStringLiteral("message")).toString(), rule.reason);
        QVERIFY(m_sandbox->server().table(Kakiyo).find(id));
        return;
    }
    QCOMPARE(answer.status, 200);
    QVERIFY(!m_sandbox->server().table(Kakiyo).find(id));
    QCOMPARE(send(*m_sandbox, account, secret, provider().getRequest(account, id)).status, 404);
}

void KakiyoParsersTest::delete_againstSandbox_summaryEqualsTheAnalytics()
{
    const Account account = testAccount(m_sandbox->baseUrl(Kakiyo));
    const QString secret = m_sandbox->account(Kakiyo).secret;
    QStringList ids{ExampleId};
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Kakiyo).rows()) {
        if (c.status == QLatin1String("paused") && c.id != ExampleId && c.contacts > 0) {
            ids.append(c.id);
            break;
        }
    }
    QCOMPARE(ids.size(), 2);
    for (const QString &id : std::as_const(ids)) {
        const HttpAnswer analytics =
            send(*m_sandbox, account, secret, provider().getRequest(account, id));
        QCOMPARE(analytics.status, 200);
        const std::optional<Campaign> campaign =
            provider().parseCampaign(account, analytics.json());
        QVERIFY(campaign);
        QVERIFY(!provider().deleteRule(campaign->rawStatus).blocked);
        const QList<CascadeItem> cascade = provider().cascade(analytics.json());

        const ApiRequest request = provider().deleteRequest(account, id);
        const HttpAnswer answer = send(*m_sandbox, account, secret, request);
        QCOMPARE(answer.status, 200);
        QVERIFY(request.checkShape(answer.json()).isEmpty());
        DeleteAnswer parsed;
        QVERIFY(provider().parseDeleteAnswer(answer.json(), answer.status, &parsed));
        QCOMPARE(parsed.message, QStringLiteral("Campaign deleted successfully"));
        QCOMPARE(parsed.deleted.size(), 5);
        QCOMPARE(parsed.deleted.at(0).first, QStringLiteral("prospects"));
        QCOMPARE(parsed.deleted.at(0).second, cascade.at(0).count);
        QCOMPARE(parsed.deleted.at(1).first, QStringLiteral("chats"));
        QCOMPARE(parsed.deleted.at(1).second, cascade.at(0).count);
        QCOMPARE(parsed.deleted.at(2).first, QStringLiteral("messages"));
        QCOMPARE(parsed.deleted.at(2).second, cascade.at(1).count);
        const QJsonObject summary = QJsonDocument::fromJson(parsed.summaryJson).object();
        QCOMPARE(summary.value(QStringLiteral("campaignId")).toString(), id);
        QCOMPARE(summary.value(QStringLiteral("campaignName")).toString(), campaign->name);
        if (id == ExampleId) {
            // The seed page's own example, number for number.
            const QList<QPair<QString, qint64>> documented = {
                {QStringLiteral("prospects"), 150},
                {QStringLiteral("chats"), 150},
                {QStringLiteral("messages"), 420},
                {QStringLiteral("tasks"), 75},
                {QStringLiteral("webhookEvents"), 12}};
            QCOMPARE(parsed.deleted, documented);
        }
        QCOMPARE(send(*m_sandbox, account, secret, provider().getRequest(account, id)).status, 404);
    }
}

void KakiyoParsersTest::delete_againstSandbox_foreignCampaign_isNotReadAsSuccess()
{
    const Account account = testAccount(m_sandbox->baseUrl(Kakiyo));
    const HttpAnswer answer =
        send(*m_sandbox, account, m_sandbox->account(Kakiyo).secret,
             provider().deleteRequest(account, QStringLiteral("campaign_999")));
    QCOMPARE(answer.status, 403);
    QVERIFY(!provider().parseDeleteAnswer(answer.json(), answer.status, nullptr));
    QVERIFY(!provider().parseDeleteAnswer(answer.json(), 200, nullptr));
}

QTEST_GUILESS_MAIN(KakiyoParsersTest)
#include "tst_parsers_kakiyo.moc"
