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

const QStringList StatusWords = {QStringLiteral("draft"),     QStringLiteral("scheduled"),
                                 QStringLiteral("running"),   QStringLiteral("paused"),
                                 QStringLiteral("completed"), QStringLiteral("cancelled"),
                                 QStringLiteral("failed")};

PageCursor atPage(int page)
{
    PageCursor cursor;
    cursor.page = page;
    return cursor;
}

ExportPiece pieceNamed(const QString &id)
{
    const QList<ExportPiece> pieces = providerFor(Platform::Burki).exportPieces();
    for (const ExportPiece &piece : pieces) {
        if (piece.id == id)
            return piece;
    }
    qFatal("no export piece %s", qPrintable(id));
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

    // Status actions, delete and export.
    void supportsAction_pauseStartStop_butNoArchive();
    void actionAllowed_everyActionAndStatus_data();
    void actionAllowed_everyActionAndStatus();
    void actionRequest_postsToTheDocumentedEndpoint_data();
    void actionRequest_postsToTheDocumentedEndpoint();
    void deleteRule_everyStatusWord_data();
    void deleteRule_everyStatusWord();
    void deleteRunningCampaign_isBlocked_withPauseBeforeStop();
    void deleteRequest_isOneUnretriedDelete();
    void parseDeleteAnswer_onlyDocumentedSuccess_data();
    void parseDeleteAnswer_onlyDocumentedSuccess();
    void cascade_countsFromTheGetAnswer_data();
    void cascade_countsFromTheGetAnswer();
    void exportPieces_areContactsExecutionsAndSchedule();
    void exportRequest_asksForLargePages_data();
    void exportRequest_asksForLargePages();
    void parseExportRows_documentedPagesAndVariants_data();
    void parseExportRows_documentedPagesAndVariants();

    void actions_againstSandbox_moveTheCampaignAsDocumented_data();
    void actions_againstSandbox_moveTheCampaignAsDocumented();
    void exportPieces_againstSandbox_walkToTheEnd();
    void deleteRule_againstSandbox_agreesWithThePlatform_data();
    void deleteRule_againstSandbox_agreesWithThePlatform();

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

void BurkiParsersTest::supportsAction_pauseStartStop_butNoArchive()
{
    QVERIFY(provider().supportsAction(StatusAction::Pause));
    QVERIFY(provider().supportsAction(StatusAction::Resume));
    QVERIFY(provider().supportsAction(StatusAction::Stop));
    QVERIFY(!provider().supportsAction(StatusAction::Archive));
}

void BurkiParsersTest::actionAllowed_everyActionAndStatus_data()
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
    // Pause: running only.
    const QString notRunning = QStringLiteral("Only a running campaign can be paused");
    for (const QString &status : StatusWords) {
        if (status == QLatin1String("running"))
            row(StatusAction::Pause, status, true, QString());
        else if (status == QLatin1String("paused"))
            row(StatusAction::Pause, status, false, QStringLiteral("Already paused"));
        else
            row(StatusAction::Pause, status, false, notRunning);
    }
    // Resume (/start): paused only; starting a draft or scheduled campaign is not resuming.
    const QString notPaused = QStringLiteral("Only a paused campaign can be resumed");
    for (const QString &status : StatusWords) {
        if (status == QLatin1String("paused"))
            row(StatusAction::Resume, status, true, QString());
        else if (status == QLatin1String("running"))
            row(StatusAction::Resume, status, false, QStringLiteral("Already running"));
        else
            row(StatusAction::Resume, status, false, notPaused);
    }
    // Stop: running, paused or scheduled → cancelled.
    row(StatusAction::Stop, QStringLiteral("draft"), false,
        QStringLiteral("Burki cannot stop a draft campaign"));
    row(StatusAction::Stop, QStringLiteral("scheduled"), true, QString());
    row(StatusAction::Stop, QStringLiteral("running"), true, QString());
    row(StatusAction::Stop, QStringLiteral("paused"), true, QString());
    row(StatusAction::Stop, QStringLiteral("completed"), false,
        QStringLiteral("Burki cannot stop a completed campaign"));
    row(StatusAction::Stop, QStringLiteral("cancelled"), false,
        QStringLiteral("Already cancelled"));
    row(StatusAction::Stop, QStringLiteral("failed"), false,
        QStringLiteral("Burki cannot stop a failed campaign"));
    for (const QString &status : StatusWords)
        row(StatusAction::Archive, status, false, QStringLiteral("no “Archive” action"));
    for (StatusAction action : {StatusAction::Pause, StatusAction::Resume, StatusAction::Stop}) {
        row(action, QStringLiteral("active"), false, QStringLiteral("does not know"));
        row(action, QString(), false, QStringLiteral("does not know"));
    }
    row(StatusAction::Pause, QStringLiteral("Running "), true, QString());
}

void BurkiParsersTest::actionAllowed_everyActionAndStatus()
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

void BurkiParsersTest::actionRequest_postsToTheDocumentedEndpoint_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("answer");
    QTest::newRow("pause") << StatusAction::Pause << QStringLiteral("pause")
                           << QStringLiteral("pause_documented.json");
    QTest::newRow("resume is start") << StatusAction::Resume << QStringLiteral("start")
                                     << QStringLiteral("start_documented.json");
    QTest::newRow("stop") << StatusAction::Stop << QStringLiteral("stop")
                          << QStringLiteral("stop_documented.json");
}

void BurkiParsersTest::actionRequest_postsToTheDocumentedEndpoint()
{
    QFETCH(StatusAction, action);
    QFETCH(QString, path);
    QFETCH(QString, answer);
    const ApiRequest request =
        provider().actionRequest(testAccount(), QStringLiteral("42"), action);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded),
             SandboxBase + QStringLiteral("/campaigns/42/") + path);
    QVERIFY(request.body.isEmpty());
    QVERIFY(!request.idempotent);
    QVERIFY(request.checkShape);
    QVERIFY(request.checkShape(loadBody(answer)).isEmpty());
    QVERIFY(!request.checkShape(QJsonDocument::fromJson("[]")).isEmpty());
}

void BurkiParsersTest::deleteRule_everyStatusWord_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QList<StatusAction>>("unblockBy");
    QTest::addColumn<bool>("warns");
    for (const QString &status : StatusWords) {
        if (status == QLatin1String("running"))
            QTest::newRow("running")
                << status << true
                << QStringLiteral("Cannot delete running campaign - stop it first")
                << QList<StatusAction>{StatusAction::Pause, StatusAction::Stop} << false;
        else
            QTest::newRow(qPrintable(status))
                << status << false << QString() << QList<StatusAction>{}
                << (status == QLatin1String("scheduled"));
    }
    QTest::newRow("RUNNING") << QStringLiteral("RUNNING") << true
                             << QStringLiteral("Cannot delete running campaign - stop it first")
                             << QList<StatusAction>{StatusAction::Pause, StatusAction::Stop}
                             << false;
    QTest::newRow("unknown word") << QStringLiteral("active") << true
                                  << QStringLiteral("“active” is unknown") << QList<StatusAction>{}
                                  << false;
    QTest::newRow("empty") << QString() << true << QStringLiteral("no status")
                           << QList<StatusAction>{} << false;
}

void BurkiParsersTest::deleteRule_everyStatusWord()
{
    QFETCH(QString, status);
    QFETCH(bool, blocked);
    QFETCH(QString, reason);
    QFETCH(QList<StatusAction>, unblockBy);
    QFETCH(bool, warns);
    const DeleteRule rule = provider().deleteRule(status);
    QCOMPARE(rule.blocked, blocked);
    if (reason.isEmpty())
        QVERIFY(rule.reason.isEmpty());
    else
        QVERIFY2(rule.reason.contains(reason), qPrintable(rule.reason));
    QCOMPARE(rule.unblockBy, unblockBy);
    QCOMPARE(!rule.warning.isEmpty(), warns);
    if (warns)
        QVERIFY(rule.warning.contains(QStringLiteral("on its own")));
}

void BurkiParsersTest::deleteRunningCampaign_isBlocked_withPauseBeforeStop()
{
    const DeleteRule rule = provider().deleteRule(QStringLiteral("running"));
    QVERIFY(rule.blocked);
    QCOMPARE(rule.reason, QStringLiteral("Cannot delete running campaign - stop it first"));
    QCOMPARE(rule.unblockBy.first(), StatusAction::Pause);
    for (StatusAction action : rule.unblockBy)
        QVERIFY(provider().actionAllowed(action, QStringLiteral("running"), nullptr));
    QVERIFY(!provider().deleteRule(QStringLiteral("paused")).blocked);
    QVERIFY(!provider().deleteRule(QStringLiteral("cancelled")).blocked);
}

void BurkiParsersTest::deleteRequest_isOneUnretriedDelete()
{
    const ApiRequest request = provider().deleteRequest(testAccount(), QStringLiteral("42"));
    QCOMPARE(request.method, QByteArray("DELETE"));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded),
             SandboxBase + QStringLiteral("/campaigns/42"));
    QVERIFY(request.body.isEmpty());
    QVERIFY(!request.idempotent);
    QVERIFY(request.checkShape);
    QVERIFY(request.checkShape(loadBody(QStringLiteral("delete_documented.json"))).isEmpty());
    QVERIFY(!request.checkShape(QJsonDocument::fromJson("{}")).isEmpty());
}

void BurkiParsersTest::parseDeleteAnswer_onlyDocumentedSuccess_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("success");
    QTest::addColumn<QString>("message");
    const QByteArray documented = readData(QStringLiteral("delete_documented.json"));
    QTest::newRow("documented 200")
        << documented << 200 << true << QStringLiteral("Campaign deleted successfully");
    QTest::newRow("documented body, 202") << documented << 202 << false << QString();
    QTest::newRow("documented body, 400") << documented << 400 << false << QString();
    QTest::newRow("empty 204") << QByteArray() << 204 << false << QString();
    QTest::newRow("empty 200") << QByteArray() << 200 << false << QString();
    QTest::newRow("400 running") << readData(QStringLiteral("delete_running.json")) << 400 << false
                                 << QString();
    QTest::newRow("detail with 200")
        << readData(QStringLiteral("delete_running.json")) << 200 << false << QString();
    QTest::newRow("404") << readData(QStringLiteral("delete_not_found.json")) << 404 << false
                         << QString();
    QTest::newRow("422") << readData(QStringLiteral("delete_validation_error.json")) << 422 << false
                         << QString();
    QTest::newRow("message with detail")
        << QByteArray(R"({"message":"Campaign deleted successfully","detail":"but not really"})")
        << 200 << false << QString();
    QTest::newRow("success false")
        << QByteArray(R"({"success":false,"message":"The request could not be completed."})") << 200
        << false << QString();
    QTest::newRow("ok false") << QByteArray(R"({"ok":false})") << 200 << false << QString();
    QTest::newRow("ok false with message")
        << QByteArray(R"({"ok":false,"message":"Campaign deleted successfully"})") << 200 << false
        << QString();
    QTest::newRow("status error with message")
        << QByteArray(R"({"status":"error","message":"Campaign deleted successfully"})") << 200
        << false << QString();
    QTest::newRow("empty object") << QByteArray("{}") << 200 << false << QString();
    QTest::newRow("empty message") << QByteArray(R"({"message":""})") << 200 << false << QString();
    QTest::newRow("message not text")
        << QByteArray(R"({"message":true})") << 200 << false << QString();
    QTest::newRow("array") << QByteArray(R"([{"message":"Campaign deleted successfully"}])") << 200
                           << false << QString();
    QTest::newRow("HTML") << QByteArray("<html><body>Campaign deleted successfully</body></html>")
                          << 200 << false << QString();
    QTest::newRow("rate limited") << QByteArray(R"({"detail":"Rate limit exceeded"})") << 200
                                  << false << QString();
}

void BurkiParsersTest::parseDeleteAnswer_onlyDocumentedSuccess()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, httpStatus);
    QFETCH(bool, success);
    QFETCH(QString, message);
    DeleteAnswer answer;
    const QJsonDocument body = QJsonDocument::fromJson(bytes);
    QCOMPARE(provider().parseDeleteAnswer(body, httpStatus, &answer), success);
    QCOMPARE(provider().parseDeleteAnswer(body, httpStatus, nullptr), success);
    if (!success)
        return;
    QCOMPARE(answer.message, message);
    QVERIFY(answer.deleted.isEmpty());
    QVERIFY(answer.summaryJson.isEmpty());
}

void BurkiParsersTest::cascade_countsFromTheGetAnswer_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("contacts");
    QTest::addColumn<qint64>("imported");
    QTest::newRow("documented") << QStringLiteral("get_documented.json") << qint64(250)
                                << qint64(250);
    QTest::newRow("never imported")
        << QStringLiteral("get_never_imported.json") << qint64(0) << qint64(-1);
    QTest::newRow("not found") << QStringLiteral("get_not_found.json") << qint64(-1) << qint64(-1);
    QTest::newRow("truncated") << QStringLiteral("get_truncated.json") << qint64(-1) << qint64(-1);
}

void BurkiParsersTest::cascade_countsFromTheGetAnswer()
{
    QFETCH(QString, file);
    QFETCH(qint64, contacts);
    QFETCH(qint64, imported);
    QVERIFY(provider().documentsCascade());
    const QList<CascadeItem> items = provider().cascade(loadBody(file));
    // The seed page's list, in its order.
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(0).what, QStringLiteral("contacts"));
    QCOMPARE(items.at(0).count, contacts);
    QCOMPARE(items.at(1).what, QStringLiteral("execution history and logs"));
    QCOMPARE(items.at(1).count, qint64(-1));
    QCOMPARE(items.at(2).what, QStringLiteral("schedules"));
    QCOMPARE(items.at(2).count, qint64(-1));
    QVERIFY(items.at(3).what.contains(QStringLiteral("import history")));
    QCOMPARE(items.at(3).count, imported);
    QVERIFY(items.at(4).what.contains(QStringLiteral("configuration")));
    QCOMPARE(items.at(4).count, qint64(-1));
    QVERIFY(!provider().cascadeCountRequest(testAccount(), QStringLiteral("42")));
}

void BurkiParsersTest::exportPieces_areContactsExecutionsAndSchedule()
{
    const QList<ExportPiece> pieces = provider().exportPieces();
    QCOMPARE(pieces.size(), 3);
    QCOMPARE(pieces.at(0).id, QStringLiteral("contacts"));
    QCOMPARE(pieces.at(0).fileName, QStringLiteral("contacts.csv"));
    QCOMPARE(pieces.at(0).kind, ExportPiece::Kind::PagedRows);
    QCOMPARE(
        pieces.at(0).columns,
        (QStringList{QStringLiteral("id"), QStringLiteral("phone_number"), QStringLiteral("status"),
                     QStringLiteral("attempts"), QStringLiteral("created_at"),
                     QStringLiteral("last_attempt_at"), QStringLiteral("contact_data")}));
    QCOMPARE(pieces.at(1).id, QStringLiteral("executions"));
    QCOMPARE(pieces.at(1).fileName, QStringLiteral("executions.csv"));
    QCOMPARE(pieces.at(1).kind, ExportPiece::Kind::PagedRows);
    QVERIFY(pieces.at(1).columns.contains(QStringLiteral("contact_id")));
    QVERIFY(pieces.at(1).columns.contains(QStringLiteral("started_at")));
    QCOMPARE(pieces.at(2).id, QStringLiteral("schedule"));
    QCOMPARE(pieces.at(2).fileName, QStringLiteral("schedule.json"));
    QCOMPARE(pieces.at(2).kind, ExportPiece::Kind::Verbatim);
    for (const ExportPiece &piece : pieces)
        QVERIFY(piece.fileName != QLatin1String("campaign.json"));
}

void BurkiParsersTest::exportRequest_asksForLargePages_data()
{
    QTest::addColumn<QString>("piece");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("expected");
    QTest::newRow("contacts, first page")
        << QStringLiteral("contacts") << 1
        << SandboxBase + QStringLiteral("/campaigns/42/contacts?page=1&per_page=1000");
    QTest::newRow("contacts, third page")
        << QStringLiteral("contacts") << 3
        << SandboxBase + QStringLiteral("/campaigns/42/contacts?page=3&per_page=1000");
    QTest::newRow("executions") << QStringLiteral("executions") << 2
                                << SandboxBase +
                                       QStringLiteral(
                                           "/campaigns/42/executions?page=2&per_page=1000");
    QTest::newRow("schedule") << QStringLiteral("schedule") << 1
                              << SandboxBase + QStringLiteral("/campaigns/42/schedule");
}

void BurkiParsersTest::exportRequest_asksForLargePages()
{
    QFETCH(QString, piece);
    QFETCH(int, page);
    QFETCH(QString, expected);
    const ApiRequest request = provider().exportRequest(testAccount(), QStringLiteral("42"),
                                                        pieceNamed(piece), atPage(page));
    QCOMPARE(request.url.toString(QUrl::FullyEncoded), expected);
    QCOMPARE(request.method, QByteArray("GET"));
    QVERIFY(request.idempotent);
    QVERIFY(request.checkShape);
    if (piece == QLatin1String("schedule"))
        QVERIFY(request.checkShape(loadBody(QStringLiteral("schedule_documented.json"))).isEmpty());
    else if (piece == QLatin1String("contacts"))
        QVERIFY(request.checkShape(loadBody(QStringLiteral("contacts_documented.json"))).isEmpty());
    QVERIFY(!request.checkShape(QJsonDocument::fromJson("[]")).isEmpty());
}

void BurkiParsersTest::parseExportRows_documentedPagesAndVariants_data()
{
    QTest::addColumn<QString>("piece");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("page");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("nextPage"); // 0: none
    QTest::addColumn<qint64>("total");
    QTest::newRow("documented contacts page")
        << QStringLiteral("contacts") << QStringLiteral("contacts_documented.json") << 1 << false
        << 1 << 2 << qint64(250);
    QTest::newRow("last contacts page")
        << QStringLiteral("contacts") << QStringLiteral("contacts_last_page.json") << 5 << false
        << 1 << 0 << qint64(250);
    QTest::newRow("empty page though more are claimed")
        << QStringLiteral("contacts") << QStringLiteral("contacts_empty_claims_more.json") << 6
        << false << 0 << 0 << qint64(250);
    QTest::newRow("no has_next: total_pages")
        << QStringLiteral("contacts") << QStringLiteral("contacts_pages_without_has_next.json") << 2
        << false << 2 << 3 << qint64(6);
    QTest::newRow("executions, one page")
        << QStringLiteral("executions") << QStringLiteral("executions_one_page.json") << 1 << false
        << 1 << 0 << qint64(1);
    QTest::newRow("contacts not a list")
        << QStringLiteral("contacts") << QStringLiteral("contacts_not_list.json") << 1 << true << 0
        << 0 << qint64(-1);
    QTest::newRow("executions asked, contacts given")
        << QStringLiteral("executions") << QStringLiteral("contacts_documented.json") << 1 << true
        << 0 << 0 << qint64(-1);
    QTest::newRow("not found") << QStringLiteral("contacts") << QStringLiteral("get_not_found.json")
                               << 1 << true << 0 << 0 << qint64(-1);
    QTest::newRow("truncated") << QStringLiteral("contacts") << QStringLiteral("get_truncated.json")
                               << 1 << true << 0 << 0 << qint64(-1);
}

void BurkiParsersTest::parseExportRows_documentedPagesAndVariants()
{
    QFETCH(QString, piece);
    QFETCH(QString, file);
    QFETCH(int, page);
    QFETCH(bool, isError);
    QFETCH(int, rows);
    QFETCH(int, nextPage);
    QFETCH(qint64, total);
    const RowsPage result =
        provider().parseExportRows(pieceNamed(piece), atPage(page), loadBody(file));
    QCOMPARE(!result.error.isEmpty(), isError);
    QCOMPARE(result.rows.size(), rows);
    QCOMPARE(result.next.has_value(), nextPage > 0);
    if (result.next)
        QCOMPARE(result.next->page, nextPage);
    QCOMPARE(result.total, total);
}

void BurkiParsersTest::actions_againstSandbox_moveTheCampaignAsDocumented_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("from");
    QTest::addColumn<bool>("accepted"); // what the platform documents
    QTest::addColumn<QString>("after");
    const QStringList pausable = {QStringLiteral("running")};
    const QStringList startable = {QStringLiteral("draft"), QStringLiteral("scheduled"),
                                   QStringLiteral("paused")};
    const QStringList stoppable = {QStringLiteral("running"), QStringLiteral("paused"),
                                   QStringLiteral("scheduled")};
    for (const QString &from : StatusWords) {
        const bool pause = pausable.contains(from);
        QTest::addRow("pause from %s", qPrintable(from))
            << StatusAction::Pause << from << pause << (pause ? QStringLiteral("paused") : from);
        const bool start = startable.contains(from);
        QTest::addRow("resume (start) from %s", qPrintable(from))
            << StatusAction::Resume << from << start << (start ? QStringLiteral("running") : from);
        const bool stop = stoppable.contains(from);
        QTest::addRow("stop from %s", qPrintable(from))
            << StatusAction::Stop << from << stop << (stop ? QStringLiteral("cancelled") : from);
    }
}

void BurkiParsersTest::actions_againstSandbox_moveTheCampaignAsDocumented()
{
    QFETCH(StatusAction, action);
    QFETCH(QString, from);
    QFETCH(bool, accepted);
    QFETCH(QString, after);
    const Account account = testAccount(m_sandbox->baseUrl(Burki));
    const QString secret = m_sandbox->account(Burki).secret;
    QString id;
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Burki).rows()) {
        if (c.status == from && c.id != QLatin1String("42")) {
            id = c.id;
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "no campaign in that status");
    // The app never offers a move the platform refuses.
    QVERIFY(!provider().actionAllowed(action, from, nullptr) || accepted);
    const ApiRequest request = provider().actionRequest(account, id, action);
    const HttpAnswer answer = send(*m_sandbox, account, secret, request);
    QCOMPARE(answer.status >= 200 && answer.status < 300, accepted);
    if (accepted)
        QVERIFY(request.checkShape(answer.json()).isEmpty());
    else
        QCOMPARE(answer.status, 400);
    const HttpAnswer get = send(*m_sandbox, account, secret, provider().getRequest(account, id));
    const std::optional<Campaign> campaign = provider().parseCampaign(account, get.json());
    QVERIFY(campaign);
    QCOMPARE(campaign->rawStatus, after);
}

void BurkiParsersTest::exportPieces_againstSandbox_walkToTheEnd()
{
    const Account account = testAccount(m_sandbox->baseUrl(Burki));
    const QString secret = m_sandbox->account(Burki).secret;
    QStringList ids{QStringLiteral("42")};
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Burki).rows()) {
        if (ids.size() == 6)
            break;
        if (c.id != QLatin1String("42") && (c.contacts > 0 || ids.size() == 5))
            ids.append(c.id);
    }
    for (const QString &id : std::as_const(ids)) {
        const HttpAnswer get =
            send(*m_sandbox, account, secret, provider().getRequest(account, id));
        QCOMPARE(get.status, 200);
        const qint64 totalContacts =
            get.object().value(QStringLiteral("total_contacts")).toInteger();
        const Sandbox::Campaign *stored = m_sandbox->server().table(Burki).find(id);
        QVERIFY(stored);
        const qint64 attempted =
            std::min(stored->contacts, stored->completed + stored->failed + stored->inFlight);
        QCOMPARE(provider().cascade(get.json()).at(0).count, totalContacts);
        for (const ExportPiece &piece : provider().exportPieces()) {
            const ApiRequest first = provider().exportRequest(account, id, piece, atPage(1));
            if (piece.kind == ExportPiece::Kind::Verbatim) {
                const HttpAnswer answer = send(*m_sandbox, account, secret, first);
                QCOMPARE(answer.status, 200);
                QVERIFY(first.checkShape(answer.json()).isEmpty());
                QVERIFY(answer.object().contains(QStringLiteral("schedule_type")));
                continue;
            }
            std::optional<PageCursor> cursor = PageCursor::first();
            qint64 rows = 0;
            qint64 total = -1;
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
                }
                rows += page.rows.size();
                total = page.total;
                cursor = page.next;
            }
            QCOMPARE(rows, total);
            QCOMPARE(rows, piece.id == QLatin1String("contacts") ? totalContacts : attempted);
        }
    }
}

void BurkiParsersTest::deleteRule_againstSandbox_agreesWithThePlatform_data()
{
    QTest::addColumn<QString>("status");
    for (const QString &status : StatusWords)
        QTest::newRow(qPrintable(status)) << status;
}

void BurkiParsersTest::deleteRule_againstSandbox_agreesWithThePlatform()
{
    QFETCH(QString, status);
    const Account account = testAccount(m_sandbox->baseUrl(Burki));
    const QString secret = m_sandbox->account(Burki).secret;
    QString id;
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Burki).rows()) {
        if (c.status == status && c.id != QLatin1String("42")) {
            id = c.id;
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "no campaign in that status");
    const DeleteRule rule = provider().deleteRule(status);
    const ApiRequest request = provider().deleteRequest(account, id);
    const HttpAnswer answer = send(*m_sandbox, account, secret, request);
    DeleteAnswer parsed;
    QCOMPARE(provider().parseDeleteAnswer(answer.json(), answer.status, &parsed), !rule.blocked);
    if (rule.blocked) {
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.object().value(QStringLiteral("detail")).toString(), rule.reason);
        QVERIFY(m_sandbox->server().table(Burki).find(id));
        return;
    }
    QCOMPARE(answer.status, 200);
    QCOMPARE(parsed.message, QStringLiteral("Campaign deleted successfully"));
    QVERIFY(request.checkShape(answer.json()).isEmpty());
    QVERIFY(!m_sandbox->server().table(Burki).find(id));
    QCOMPARE(send(*m_sandbox, account, secret, provider().getRequest(account, id)).status, 404);
}

QTEST_GUILESS_MAIN(BurkiParsersTest)
#include "tst_parsers_burki.moc"
