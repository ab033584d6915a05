// The Smartlead provider: the documented bare-array list and get bodies (and the envelopes that
// must never pass for a list), a 5,000-campaign agency list, the request shapes, the api_key that
// lives only in the URL query and never survives redaction, and a listing over real HTTP
// against the sandbox.

#include "net/redaction.h"
#include "net/transport.h"
#include "providers/provider.h"
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

using namespace CampaignDesk;

namespace {

const Provider &provider()
{
    return providerFor(Platform::Smartlead);
}

// Not a real key; its characters need encoding in a query.
const QString TestKey = QStringLiteral("sl_test+key/with&odd=chars%41 0123456789");

Account
testAccount(const QUrl &baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/smartlead/api/v1")))
{
    Account a;
    a.id = QStringLiteral("local-account-7");
    a.platform = Platform::Smartlead;
    a.label = QStringLiteral("Smartlead test");
    a.baseUrl = baseUrl;
    return a;
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/providers/smartlead/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(name));
    return file.readAll();
}

QJsonDocument dataJson(const QString &name)
{
    return QJsonDocument::fromJson(readData(name));
}

QStringList idsOf(const QList<Campaign> &campaigns)
{
    QStringList ids;
    for (const Campaign &c : campaigns)
        ids.append(c.id);
    return ids;
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

struct HttpReply
{
    int status = 0;
    QByteArray body;
};

// Sends a provider-built request the way the transport does: credentials at send time.
HttpReply send(QNetworkAccessManager &nam, const ApiRequest &r)
{
    QUrl url = r.url;
    QNetworkRequest request(url);
    if (r.authorize)
        r.authorize(request, url);
    request.setUrl(url);
    if (!r.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    for (const auto &h : r.headers)
        request.setRawHeader(h.first, h.second);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(20000);
    QNetworkReply *reply = nam.sendCustomRequest(request, r.method, r.body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(25000);
    HttpReply answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

Account sandboxAccount(Test::SandboxFixture &sandbox)
{
    return testAccount(QUrl(sandbox.baseUrl(Platform::Smartlead)));
}

} // namespace

class SmartleadParsersTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void provider_describesSmartlead();

    void normalizeStatus_mapsEveryDocumentedWord_data();
    void normalizeStatus_mapsEveryDocumentedWord();
    void unknownStatus_isUnknownAndShowsTheWord_data();
    void unknownStatus_isUnknownAndShowsTheWord();

    void parseListPage_readsEveryDocumentedBody_data();
    void parseListPage_readsEveryDocumentedBody();
    void parseListPage_mapsTheDocumentedCampaign();
    void parseListPage_missingAndOddFields_areEmptyNotFatal();
    void parseListPage_malformedBodies_neverGiveCampaigns_data();
    void parseListPage_malformedBodies_neverGiveCampaigns();
    void parseListPage_everyTruncation_neverGivesCampaigns();
    void parseListPage_fiveThousandCampaigns_allParsedInOrder();

    void parseCampaign_readsGetBodies_data();
    void parseCampaign_readsGetBodies();
    void parseCampaign_mapsTheDocumentedCampaign();

    void requests_useDocumentedPaths_data();
    void requests_useDocumentedPaths();
    void getRequest_encodesTheId();
    void checkShape_acceptsArraysAndFailures_rejectsOthers();

    void authorize_putsKeyOnlyInTheUrlQuery();
    void authorize_keepsOtherQueryItems_andNeverDuplicatesTheKey();
    void redactedUrl_hidesTheKey();

    void sandboxList_listsEveryCampaignExactlyOnce();
    void sandboxSuccessFalseOn200_isNeverAnEmptyList();
    void sandboxWrongKey_isNeverAnEmptyList();
    void supportsAction_everyAction();
    void actionAllowed_followsTheStatusMachine_data();
    void actionAllowed_followsTheStatusMachine();
    void actionRequest_postsTheDocumentedStatusValue_data();
    void actionRequest_postsTheDocumentedStatusValue();
    void outcomeCheckShape_acceptsSuccessOkAndFailures_data();
    void outcomeCheckShape_acceptsSuccessOkAndFailures();

    void deleteRule_coversEveryStatus_data();
    void deleteRule_coversEveryStatus();
    void cascade_isDocumented_listsEverythingTheDeleteDestroys();
    void cascadeCountRequest_asksForOneLead();
    void addCascadeCounts_readsTotalLeadsString_data();
    void addCascadeCounts_readsTotalLeadsString();

    void deleteRequest_isTheDocumentedDelete();
    void parseDeleteAnswer_onlyDocumentedSuccess_data();
    void parseDeleteAnswer_onlyDocumentedSuccess();

    void exportPieces_areTheLeadsCsvAndTheJsonLists();
    void exportRequest_usesTheDocumentedReadEndpoints();
    void parseExportRows_isNeverUsedForVerbatimPieces();

    void sandboxAction_movesTheCampaignAsDocumented_data();
    void sandboxAction_movesTheCampaignAsDocumented();
    void sandboxDelete_removesADeletableCampaign_andTheAnswerIsAccepted();
    void sandboxDeleteActive_isBlockedHereAndRefusedThere();
    void sandboxLeadsExport_streamsTheWholeCsv_andNeverShowsTheKey();
    void sandboxJsonPieces_areTheDocumentedArrays();
};

void SmartleadParsersTest::provider_describesSmartlead()
{
    QCOMPARE(provider().platform(), Platform::Smartlead);
    QCOMPARE(provider().defaultBaseUrl(),
             QUrl(QStringLiteral("https://server.smartlead.ai/api/v1")));
    // Paced below the documented 60 a minute: rate + burst never exceeds it in a sliding minute.
    QVERIFY(provider().rateDefaults().burst >= 1);
    QVERIFY(provider().rateDefaults().perMinute + provider().rateDefaults().burst <= 60.0);
    QVERIFY(provider().rateDefaults().perMinute >= 60.0 * 0.9);
    QVERIFY(!provider().keyCountName().isEmpty());
}

void SmartleadParsersTest::normalizeStatus_mapsEveryDocumentedWord_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<CampaignStatus>("expected");
    QTest::newRow("DRAFTED") << QStringLiteral("DRAFTED") << CampaignStatus::Draft;
    QTest::newRow("ACTIVE") << QStringLiteral("ACTIVE") << CampaignStatus::Running;
    QTest::newRow("PAUSED") << QStringLiteral("PAUSED") << CampaignStatus::Paused;
    QTest::newRow("STOPPED") << QStringLiteral("STOPPED") << CampaignStatus::Stopped;
    QTest::newRow("COMPLETED") << QStringLiteral("COMPLETED") << CampaignStatus::Completed;
    QTest::newRow("ARCHIVED") << QStringLiteral("ARCHIVED") << CampaignStatus::Archived;
}

void SmartleadParsersTest::normalizeStatus_mapsEveryDocumentedWord()
{
    QFETCH(QString, raw);
    QFETCH(CampaignStatus, expected);
    QCOMPARE(provider().normalizeStatus(raw), expected);

    const QJsonArray body{QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("status"), raw}}};
    const ListPage page =
        provider().parseListPage(testAccount(), PageCursor::first(), QJsonDocument(body));
    QCOMPARE(page.campaigns.size(), 1);
    QCOMPARE(page.campaigns.first().status, expected);
    QCOMPARE(page.campaigns.first().statusText(), raw);
}

void SmartleadParsersTest::unknownStatus_isUnknownAndShowsTheWord_data()
{
    QTest::addColumn<QJsonValue>("status");
    QTest::addColumn<QString>("statusText");
    QTest::newRow("undocumented word")
        << QJsonValue(QStringLiteral("BLOCKED")) << QStringLiteral("unknown (BLOCKED)");
    QTest::newRow("START is a request value, not a status")
        << QJsonValue(QStringLiteral("START")) << QStringLiteral("unknown (START)");
    QTest::newRow("lower case") << QJsonValue(QStringLiteral("active"))
                                << QStringLiteral("unknown (active)");
    QTest::newRow("Kore.ai's word")
        << QJsonValue(QStringLiteral("Ready")) << QStringLiteral("unknown (Ready)");
    QTest::newRow("empty") << QJsonValue(QString()) << QStringLiteral("unknown (no status)");
    QTest::newRow("null") << QJsonValue() << QStringLiteral("unknown (no status)");
    QTest::newRow("number") << QJsonValue(2) << QStringLiteral("unknown (2)");
    QTest::newRow("array") << QJsonValue(QJsonArray{1}) << QStringLiteral("unknown (no status)");
}

void SmartleadParsersTest::unknownStatus_isUnknownAndShowsTheWord()
{
    QFETCH(QJsonValue, status);
    QFETCH(QString, statusText);
    QJsonObject item{{QStringLiteral("id"), 77}, {QStringLiteral("name"), QStringLiteral("Odd")}};
    item.insert(QStringLiteral("status"), status);
    const ListPage page = provider().parseListPage(testAccount(), PageCursor::first(),
                                                   QJsonDocument(QJsonArray{item}));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.campaigns.size(), 1);
    QCOMPARE(page.campaigns.first().status, CampaignStatus::Unknown);
    QCOMPARE(page.campaigns.first().statusText(), statusText);
}

void SmartleadParsersTest::parseListPage_readsEveryDocumentedBody_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("messagePart"); // the platform's message, when it sent one

    QTest::newRow("documented list example")
        << QStringLiteral("list_documented.json") << QStringList{QStringLiteral("2710262")} << false
        << QString();
    QTest::newRow("every documented status")
        << QStringLiteral("list_every_status.json")
        << QStringList{QStringLiteral("2710266"), QStringLiteral("2710265"),
                       QStringLiteral("2710264"), QStringLiteral("2710263"),
                       QStringLiteral("2710261"), QStringLiteral("123")}
        << false << QString();
    QTest::newRow("unknown status, extra and missing fields, items without id skipped")
        << QStringLiteral("list_unknown_extra_missing.json")
        << QStringList{QStringLiteral("900001"), QStringLiteral("900002"), QStringLiteral("900003"),
                       QStringLiteral("900004")}
        << false << QString();
    QTest::newRow("no campaigns") << QStringLiteral("list_empty.json") << QStringList() << false
                                  << QString();
    QTest::newRow("success:false on 200") << QStringLiteral("success_false.json") << QStringList()
                                          << true << QStringLiteral("Something went wrong");
    QTest::newRow("ok:false") << QStringLiteral("ok_false.json") << QStringList() << true
                              << QStringLiteral("Invalid or missing API key");
    QTest::newRow("ok:true is an object, not a list")
        << QStringLiteral("ok_true.json") << QStringList() << true << QString();
    QTest::newRow("success:true with a wrapped list is not the documented shape")
        << QStringLiteral("success_true_wrapped.json") << QStringList() << true << QString();
    QTest::newRow("rate-limit body")
        << QStringLiteral("rate_limited.json") << QStringList() << true << QString();
    QTest::newRow("404 body") << QStringLiteral("get_not_found.json") << QStringList() << true
                              << QStringLiteral("Campaign not found");
    QTest::newRow("a get body is an object, not a list")
        << QStringLiteral("get_documented.json") << QStringList() << true << QString();
    QTest::newRow("status-change answer")
        << QStringLiteral("status_changed.json") << QStringList() << true << QString();
    QTest::newRow("truncated list")
        << QStringLiteral("list_truncated.json") << QStringList() << true << QString();
}

void SmartleadParsersTest::parseListPage_readsEveryDocumentedBody()
{
    QFETCH(QString, file);
    QFETCH(QStringList, ids);
    QFETCH(bool, isError);
    QFETCH(QString, messagePart);

    const ListPage page =
        provider().parseListPage(testAccount(), PageCursor::first(), dataJson(file));
    QCOMPARE(!page.error.isEmpty(), isError);
    if (!messagePart.isEmpty())
        QVERIFY2(page.error.contains(messagePart), qPrintable(page.error));
    QCOMPARE(idsOf(page.campaigns), ids);
    QVERIFY(!page.next.has_value()); // one array, never a next page
    for (const Campaign &c : page.campaigns) {
        QCOMPARE(c.accountId, testAccount().id);
        QCOMPARE(c.platform, Platform::Smartlead);
        QCOMPARE(c.type, QString());
        QCOMPARE(c.keyCount, qint64(-1));
        QVERIFY(QJsonDocument::fromJson(c.rawJson).isObject());
    }
}

void SmartleadParsersTest::parseListPage_mapsTheDocumentedCampaign()
{
    const QJsonDocument doc = dataJson(QStringLiteral("list_documented.json"));
    const ListPage page = provider().parseListPage(testAccount(), PageCursor::first(), doc);
    QCOMPARE(page.campaigns.size(), 1);
    const Campaign &c = page.campaigns.first();
    QCOMPARE(c.accountId, QStringLiteral("local-account-7"));
    QCOMPARE(c.id, QStringLiteral("2710262"));
    QCOMPARE(c.name, QStringLiteral("Cold Outreach Q1 2024"));
    QCOMPARE(c.rawStatus, QStringLiteral("ACTIVE"));
    QCOMPARE(c.status, CampaignStatus::Running);
    QCOMPARE(c.type, QString());
    QCOMPARE(c.created, utc("2025-11-25T10:43:46.826Z"));
    QCOMPARE(c.updated, utc("2025-11-25T14:02:21.776Z"));
    QCOMPARE(c.keyCount, qint64(-1));
    QCOMPARE(QJsonDocument::fromJson(c.rawJson).object(), doc.array().first().toObject());
    QVERIFY(!c.rawJson.contains('\n'));

    const ListPage every = provider().parseListPage(
        testAccount(), PageCursor::first(), dataJson(QStringLiteral("list_every_status.json")));
    QList<CampaignStatus> statuses;
    for (const Campaign &campaign : every.campaigns)
        statuses.append(campaign.status);
    QCOMPARE(statuses,
             (QList<CampaignStatus>{CampaignStatus::Draft, CampaignStatus::Running,
                                    CampaignStatus::Paused, CampaignStatus::Stopped,
                                    CampaignStatus::Completed, CampaignStatus::Archived}));
}

void SmartleadParsersTest::parseListPage_missingAndOddFields_areEmptyNotFatal()
{
    const ListPage page =
        provider().parseListPage(testAccount(), PageCursor::first(),
                                 dataJson(QStringLiteral("list_unknown_extra_missing.json")));
    QCOMPARE(page.campaigns.size(), 4);

    const Campaign &extra = page.campaigns.at(0);
    QCOMPARE(extra.statusText(), QStringLiteral("unknown (BLOCKED)"));
    QCOMPARE(extra.created, utc("2025-06-01T00:00:00.000Z"));
    QVERIFY(QJsonDocument::fromJson(extra.rawJson)
                .object()
                .contains(QStringLiteral("brand_new_field")));

    QCOMPARE(page.campaigns.at(1).id, QStringLiteral("900002")); // a string id
    QCOMPARE(page.campaigns.at(1).name, QStringLiteral("String id"));

    const Campaign &bare = page.campaigns.at(2);
    QCOMPARE(bare.name, QString());
    QCOMPARE(bare.rawStatus, QString());
    QCOMPARE(bare.status, CampaignStatus::Unknown);
    QVERIFY(!bare.created.isValid());
    QVERIFY(!bare.updated.isValid());

    const Campaign &odd = page.campaigns.at(3);
    QCOMPARE(odd.status, CampaignStatus::Unknown);
    QVERIFY(!odd.created.isValid());
    QVERIFY(!odd.updated.isValid());
}

void SmartleadParsersTest::parseListPage_malformedBodies_neverGiveCampaigns_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("HTML error page") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("a number") << QByteArray("42");
    QTest::newRow("a string") << QByteArray("\"[]\"");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("success:false without message") << QByteArray(R"({"success":false})");
    QTest::newRow("success:false with campaigns")
        << QByteArray(R"({"success":false,"message":"x","data":[{"id":1,"status":"ACTIVE"}]})");
    QTest::newRow("campaigns under a key") << QByteArray(R"({"campaigns":[{"id":1}]})");
    QTest::newRow("cut inside the array") << QByteArray(R"([{"id":1,"name":"A"},{"id":2,"na)");
    QTest::newRow("cut after an element") << QByteArray(R"([{"id":1,"name":"A"},)");
    QTest::newRow("array not closed") << QByteArray(R"([{"id":1,"name":"A"})");
}

void SmartleadParsersTest::parseListPage_malformedBodies_neverGiveCampaigns()
{
    QFETCH(QByteArray, body);
    const ListPage page =
        provider().parseListPage(testAccount(), PageCursor::first(), QJsonDocument::fromJson(body));
    QVERIFY(page.campaigns.isEmpty());
    QVERIFY(!page.error.isEmpty());
    QVERIFY(!page.next.has_value());
}

void SmartleadParsersTest::parseListPage_everyTruncation_neverGivesCampaigns()
{
    const QByteArray full = readData(QStringLiteral("list_every_status.json")).trimmed();
    QCOMPARE(provider()
                 .parseListPage(testAccount(), PageCursor::first(), QJsonDocument::fromJson(full))
                 .campaigns.size(),
             6);
    for (qsizetype cut = 0; cut < full.size(); ++cut) {
        const ListPage page = provider().parseListPage(testAccount(), PageCursor::first(),
                                                       QJsonDocument::fromJson(full.left(cut)));
        QVERIFY2(page.campaigns.isEmpty() && !page.error.isEmpty(),
                 qPrintable(QStringLiteral("cut at %1").arg(cut)));
    }
}

void SmartleadParsersTest::parseListPage_fiveThousandCampaigns_allParsedInOrder()
{
    static const char *const words[] = {"DRAFTED",   "ACTIVE",   "PAUSED", "STOPPED",
                                        "COMPLETED", "ARCHIVED", "BLOCKED"};
    static const CampaignStatus mapped[] = {CampaignStatus::Draft,     CampaignStatus::Running,
                                            CampaignStatus::Paused,    CampaignStatus::Stopped,
                                            CampaignStatus::Completed, CampaignStatus::Archived,
                                            CampaignStatus::Unknown};
    constexpr int Count = 5000;
    constexpr qint64 FirstId = 3'000'000;
    QJsonArray items;
    for (int i = 0; i < Count; ++i) {
        items.append(QJsonObject{
            {QStringLiteral("id"), FirstId - i}, // newest id first, as the platform sends it
            {QStringLiteral("user_id"), 196026},
            {QStringLiteral("created_at"), QStringLiteral("2025-01-01T00:00:00.000Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2025-02-01T12:00:00.000Z")},
            {QStringLiteral("status"), QLatin1String(words[i % 7])},
            {QStringLiteral("name"), QStringLiteral("Campaign %1").arg(i)},
            {QStringLiteral("parent_campaign_id"), QJsonValue()},
            {QStringLiteral("client_id"), i % 3 == 0 ? QJsonValue(8801) : QJsonValue()},
            {QStringLiteral("tags"), QJsonArray{}}});
    }
    const QByteArray wire = QJsonDocument(items).toJson(QJsonDocument::Compact);
    const ListPage page =
        provider().parseListPage(testAccount(), PageCursor::first(), QJsonDocument::fromJson(wire));
    QVERIFY(page.error.isEmpty());
    QVERIFY(!page.next);
    QCOMPARE(page.campaigns.size(), Count);
    QSet<QString> ids;
    for (int i = 0; i < Count; ++i) {
        const Campaign &c = page.campaigns.at(i);
        QCOMPARE(c.id, QString::number(FirstId - i));
        QCOMPARE(c.name, QStringLiteral("Campaign %1").arg(i));
        QCOMPARE(c.status, mapped[i % 7]);
        ids.insert(c.id);
    }
    QCOMPARE(ids.size(), Count);
    QCOMPARE(page.campaigns.last().updated, utc("2025-02-01T12:00:00.000Z"));
}

void SmartleadParsersTest::parseCampaign_readsGetBodies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id"); // empty: no campaign
    QTest::newRow("documented get (bare object)")
        << QStringLiteral("get_documented.json") << QStringLiteral("2710262");
    QTest::newRow("404 success:false") << QStringLiteral("get_not_found.json") << QString();
    QTest::newRow("success:false on 200") << QStringLiteral("success_false.json") << QString();
    QTest::newRow("ok:false") << QStringLiteral("ok_false.json") << QString();
    QTest::newRow("ok:true without a campaign") << QStringLiteral("ok_true.json") << QString();
    QTest::newRow("status-change answer") << QStringLiteral("status_changed.json") << QString();
    QTest::newRow("rate-limit body") << QStringLiteral("rate_limited.json") << QString();
    QTest::newRow("a list body") << QStringLiteral("list_documented.json") << QString();
    QTest::newRow("truncated") << QStringLiteral("list_truncated.json") << QString();
}

void SmartleadParsersTest::parseCampaign_readsGetBodies()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    const std::optional<Campaign> c = provider().parseCampaign(testAccount(), dataJson(file));
    QCOMPARE(c.has_value(), !id.isEmpty());
    if (c) {
        QCOMPARE(c->id, id);
        QCOMPARE(c->accountId, testAccount().id);
    }
}

void SmartleadParsersTest::parseCampaign_mapsTheDocumentedCampaign()
{
    const QJsonDocument doc = dataJson(QStringLiteral("get_documented.json"));
    const std::optional<Campaign> c = provider().parseCampaign(testAccount(), doc);
    QVERIFY(c.has_value());
    QCOMPARE(c->platform, Platform::Smartlead);
    QCOMPARE(c->name, QStringLiteral("Cold Outreach Q1 2024"));
    QCOMPARE(c->rawStatus, QStringLiteral("ACTIVE"));
    QCOMPARE(c->status, CampaignStatus::Running);
    QCOMPARE(c->created, utc("2025-11-25T10:43:46.826Z"));
    QCOMPARE(c->updated, utc("2025-11-25T14:02:21.776Z"));
    QCOMPARE(c->keyCount, qint64(-1));
    QCOMPARE(QJsonDocument::fromJson(c->rawJson).object(), doc.object());
}

void SmartleadParsersTest::requests_useDocumentedPaths_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("base");
    QTest::newRow("documented base") << QUrl(QStringLiteral("https://server.smartlead.ai/api/v1"))
                                     << QStringLiteral("https://server.smartlead.ai/api/v1");
    QTest::newRow("base with a slash")
        << QUrl(QStringLiteral("https://server.smartlead.ai/api/v1/"))
        << QStringLiteral("https://server.smartlead.ai/api/v1");
    QTest::newRow("sandbox prefix")
        << QUrl(QStringLiteral("http://127.0.0.1:5000/smartlead/api/v1"))
        << QStringLiteral("http://127.0.0.1:5000/smartlead/api/v1");
    QTest::newRow("a stray key in the base is dropped")
        << QUrl(QStringLiteral("https://server.smartlead.ai/api/v1?api_key=oops"))
        << QStringLiteral("https://server.smartlead.ai/api/v1");
    QTest::newRow("not set: the documented base")
        << QUrl() << QStringLiteral("https://server.smartlead.ai/api/v1");
}

void SmartleadParsersTest::requests_useDocumentedPaths()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, base);
    const Account account = testAccount(baseUrl);

    const ApiRequest list = provider().listRequest(account, PageCursor::first());
    QCOMPARE(list.method, QByteArray("GET"));
    QVERIFY(list.idempotent);
    QCOMPARE(list.url.toString(), base + QStringLiteral("/campaigns"));

    const ApiRequest test = provider().testConnectionRequest(account);
    QCOMPARE(test.method, QByteArray("GET"));
    QVERIFY(test.idempotent);
    QCOMPARE(test.url.toString(), base + QStringLiteral("/campaigns"));

    const ApiRequest get = provider().getRequest(account, QStringLiteral("2710262"));
    QCOMPARE(get.method, QByteArray("GET"));
    QVERIFY(get.idempotent);
    QCOMPARE(get.url.toString(), base + QStringLiteral("/campaigns/2710262"));

    for (const ApiRequest *r : {&list, &test, &get}) {
        QVERIFY(r->body.isEmpty());
        QVERIFY(r->headers.isEmpty());
        QVERIFY(r->checkShape);
    }
}

void SmartleadParsersTest::getRequest_encodesTheId()
{
    const ApiRequest r = provider().getRequest(testAccount(), QStringLiteral("1/status?x=1#y"));
    QCOMPARE(r.url.path(QUrl::FullyEncoded),
             QStringLiteral("/smartlead/api/v1/campaigns/1%2Fstatus%3Fx%3D1%23y"));
    QVERIFY(!r.url.hasQuery());
    QVERIFY(!r.url.hasFragment());
}

void SmartleadParsersTest::checkShape_acceptsArraysAndFailures_rejectsOthers()
{
    const ApiRequest list = provider().listRequest(testAccount(), PageCursor::first());
    const ApiRequest get = provider().getRequest(testAccount(), QStringLiteral("1"));

    QCOMPARE(list.checkShape(dataJson(QStringLiteral("list_documented.json"))), QString());
    QCOMPARE(list.checkShape(dataJson(QStringLiteral("list_empty.json"))), QString());
    // Failure envelopes pass, so the transport reports the platform's own message.
    QCOMPARE(list.checkShape(dataJson(QStringLiteral("success_false.json"))), QString());
    QCOMPARE(list.checkShape(dataJson(QStringLiteral("ok_false.json"))), QString());
    QVERIFY(!list.checkShape(dataJson(QStringLiteral("ok_true.json"))).isEmpty());
    QVERIFY(!list.checkShape(dataJson(QStringLiteral("get_documented.json"))).isEmpty());
    QVERIFY(!list.checkShape(QJsonDocument()).isEmpty());

    QCOMPARE(get.checkShape(dataJson(QStringLiteral("get_documented.json"))), QString());
    QCOMPARE(get.checkShape(dataJson(QStringLiteral("get_not_found.json"))), QString());
    QVERIFY(!get.checkShape(dataJson(QStringLiteral("ok_true.json"))).isEmpty());
    QVERIFY(!get.checkShape(dataJson(QStringLiteral("list_documented.json"))).isEmpty());
}

void SmartleadParsersTest::authorize_putsKeyOnlyInTheUrlQuery()
{
    const Account account = testAccount();
    const ApiRequest r = provider().listRequest(account, PageCursor::first());
    // Nothing of the key before send time.
    QVERIFY(!r.url.toString().contains(QStringLiteral("api_key")));

    QUrl url = r.url;
    QNetworkRequest request(url);
    provider().authorize(account, TestKey, request, url);
    QVERIFY(request.rawHeaderList().isEmpty()); // no header carries it
    QCOMPARE(request.url(), r.url);             // the request object is untouched too
    const QUrlQuery query(url);
    QCOMPARE(query.queryItems().size(), 1);
    QCOMPARE(query.queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded), TestKey);
    // On the wire, encoded: '+' must not reach the server as a space, '&' must not split.
    const QByteArray wire = url.toEncoded();
    QVERIFY(wire.contains("api_key=" + QUrl::toPercentEncoding(TestKey)));
    QCOMPARE(url.path(), r.url.path());

    // Through withAuth, as the transport sees it.
    const ApiRequest authorized = provider().withAuth(r, account, TestKey);
    QUrl sent = authorized.url;
    QNetworkRequest sentRequest(sent);
    authorized.authorize(sentRequest, sent);
    QVERIFY(sentRequest.rawHeaderList().isEmpty());
    QCOMPARE(QUrlQuery(sent).queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded),
             TestKey);
    QVERIFY(!authorized.url.toString().contains(QStringLiteral("api_key")));
    QVERIFY(authorized.body.isEmpty());
}

void SmartleadParsersTest::authorize_keepsOtherQueryItems_andNeverDuplicatesTheKey()
{
    QUrl url(QStringLiteral("https://server.smartlead.ai/api/v1/campaigns?client_id=8801"
                            "&include_tags=true&api_key=stale"));
    QNetworkRequest request(url);
    provider().authorize(testAccount(), TestKey, request, url);
    provider().authorize(testAccount(), TestKey, request, url); // a retry
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("8801"));
    QCOMPARE(query.queryItemValue(QStringLiteral("include_tags")), QStringLiteral("true"));
    QCOMPARE(query.allQueryItemValues(QStringLiteral("api_key"), QUrl::FullyDecoded),
             QStringList{TestKey});
}

void SmartleadParsersTest::redactedUrl_hidesTheKey()
{
    QUrl url = provider().getRequest(testAccount(), QStringLiteral("123")).url;
    QNetworkRequest request(url);
    provider().authorize(testAccount(), TestKey, request, url);
    const QString shown = redactedUrl(url);
    QVERIFY(shown.contains(QStringLiteral("api_key=***")));
    QVERIFY(shown.contains(QStringLiteral("/campaigns/123")));
    QVERIFY(!shown.contains(TestKey));
    QVERIFY(!shown.contains(QString::fromLatin1(QUrl::toPercentEncoding(TestKey))));
    QVERIFY(!shown.contains(QStringLiteral("0123456789")));
    QVERIFY(!redactedPathAndQuery(url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority))
                 .contains(QStringLiteral("0123456789")));
}

void SmartleadParsersTest::sandboxList_listsEveryCampaignExactlyOnce()
{
    Test::SandboxFixture sandbox(Test::SandboxFixture::quietOptions(250));
    const Account account = sandboxAccount(sandbox);
    const QString key = sandbox.account(Platform::Smartlead).secret;

    QNetworkAccessManager nam;
    QStringList seen;
    int requests = 0;
    std::optional<PageCursor> cursor = PageCursor::first();
    while (cursor) {
        QVERIFY2(++requests <= 3, "paging does not end");
        const ApiRequest request =
            provider().withAuth(provider().listRequest(account, *cursor), account, key);
        const HttpReply reply = send(nam, request);
        QCOMPARE(reply.status, 200);
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        QCOMPARE(request.checkShape(doc), QString());
        const ListPage page = provider().parseListPage(account, *cursor, doc);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        seen += idsOf(page.campaigns);
        cursor = page.next;
    }

    QStringList expected;
    for (const Sandbox::Campaign &c : sandbox.server().table(Platform::Smartlead).rows())
        expected.append(c.id);
    QCOMPARE(expected.size(), 250);
    QCOMPARE(requests, 1); // no paging
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
    seen.sort();
    expected.sort();
    QCOMPARE(seen, expected);
}

void SmartleadParsersTest::sandboxSuccessFalseOn200_isNeverAnEmptyList()
{
    Test::SandboxFixture sandbox(Test::SandboxFixture::quietOptions(20));
    const Account account = sandboxAccount(sandbox);
    const QString key = sandbox.account(Platform::Smartlead).secret;
    sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("smartlead")},
                                 {QStringLiteral("kind"), QStringLiteral("success-false")}});

    QNetworkAccessManager nam;
    const ApiRequest request =
        provider().withAuth(provider().listRequest(account, PageCursor::first()), account, key);
    const HttpReply reply = send(nam, request);
    QCOMPARE(reply.status, 200);
    const ListPage page =
        provider().parseListPage(account, PageCursor::first(), QJsonDocument::fromJson(reply.body));
    QVERIFY(!page.error.isEmpty());
    QVERIFY(page.campaigns.isEmpty());

    const HttpReply again = send(nam, request);
    QCOMPARE(again.status, 200);
    const ListPage listed =
        provider().parseListPage(account, PageCursor::first(), QJsonDocument::fromJson(again.body));
    QVERIFY(listed.error.isEmpty());
    QCOMPARE(listed.campaigns.size(),
             qsizetype(sandbox.server().table(Platform::Smartlead).size()));
}

void SmartleadParsersTest::sandboxWrongKey_isNeverAnEmptyList()
{
    Test::SandboxFixture sandbox(Test::SandboxFixture::quietOptions(20));
    const Account account = sandboxAccount(sandbox);
    QNetworkAccessManager nam;
    const HttpReply reply =
        send(nam, provider().withAuth(provider().listRequest(account, PageCursor::first()), account,
                                      QStringLiteral("sl_wrong_key_00000000000000000000000000")));
    QCOMPARE(reply.status, 401);
    const ListPage page =
        provider().parseListPage(account, PageCursor::first(), QJsonDocument::fromJson(reply.body));
    QVERIFY(!page.error.isEmpty());
    QVERIFY(page.campaigns.isEmpty());
}

namespace {

const QStringList DocumentedStatuses = {QStringLiteral("DRAFTED"),   QStringLiteral("ACTIVE"),
                                        QStringLiteral("PAUSED"),    QStringLiteral("STOPPED"),
                                        QStringLiteral("COMPLETED"), QStringLiteral("ARCHIVED")};

// The first sandbox campaign in `status` (every status is seeded: the seeder cycles them).
const Sandbox::Campaign *campaignIn(Test::SandboxFixture &sandbox, const QString &status,
                                    bool mostLeads = false)
{
    const Sandbox::Campaign *found = nullptr;
    for (const Sandbox::Campaign &c : sandbox.server().table(Platform::Smartlead).rows()) {
        if (c.status != status)
            continue;
        if (!mostLeads)
            return &c;
        if (!found || c.contacts > found->contacts)
            found = &c;
    }
    return found;
}

// CSV records (quoted cells may hold commas, quotes and line breaks), header included.
qint64 csvRecords(const QByteArray &csv)
{
    qint64 records = 0;
    bool quoted = false;
    for (const char ch : csv) {
        if (ch == '"')
            quoted = !quoted;
        else if (ch == '\n' && !quoted)
            ++records;
    }
    if (!csv.isEmpty() && !csv.endsWith('\n'))
        ++records;
    return records;
}

QString leadsItemOf(const QList<CascadeItem> &items, qint64 *count)
{
    for (const CascadeItem &item : items) {
        if (item.what.contains(QStringLiteral("leads"))) {
            *count = item.count;
            return item.what;
        }
    }
    return {};
}

} // namespace

void SmartleadParsersTest::supportsAction_everyAction()
{
    for (StatusAction action :
         {StatusAction::Pause, StatusAction::Resume, StatusAction::Stop, StatusAction::Archive})
        QVERIFY(provider().supportsAction(action));
}

void SmartleadParsersTest::actionAllowed_followsTheStatusMachine_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("whyPart"); // for refusals: words the reason must contain

    struct Row
    {
        const char *status;
        bool pause;
        bool resume;
        bool stop;
        bool archive;
    };
    // STOPPED and COMPLETED are final; ARCHIVED comes back PAUSED and is refused START;
    // ARCHIVED is refused from ACTIVE.
    const Row rows[] = {
        {"DRAFTED", false, true, true, true},     {"ACTIVE", true, false, true, false},
        {"PAUSED", false, true, true, true},      {"STOPPED", false, false, false, true},
        {"COMPLETED", false, false, false, true}, {"ARCHIVED", true, false, true, false}};
    for (const Row &r : rows) {
        const QString status = QString::fromLatin1(r.status);
        QTest::addRow("pause %s", r.status)
            << StatusAction::Pause << status << r.pause << QString();
        QTest::addRow("resume %s", r.status)
            << StatusAction::Resume << status << r.resume << QString();
        QTest::addRow("stop %s", r.status) << StatusAction::Stop << status << r.stop << QString();
        QTest::addRow("archive %s", r.status)
            << StatusAction::Archive << status << r.archive << QString();
    }
    QTest::newRow("archive ACTIVE says why")
        << StatusAction::Archive << QStringLiteral("ACTIVE") << false
        << QStringLiteral("Cannot archive an active campaign");
    QTest::newRow("resume STOPPED says it is permanent")
        << StatusAction::Resume << QStringLiteral("STOPPED") << false
        << QStringLiteral("permanent");
    QTest::newRow("pause PAUSED says so")
        << StatusAction::Pause << QStringLiteral("PAUSED") << false << QStringLiteral("already");
    QTest::newRow("resume ARCHIVED says how") << StatusAction::Resume << QStringLiteral("ARCHIVED")
                                              << false << QStringLiteral("unarchive");
    for (const char *word : {"BLOCKED", "START", "active", "Ready", ""}) {
        for (StatusAction action : {StatusAction::Pause, StatusAction::Resume, StatusAction::Stop,
                                    StatusAction::Archive}) {
            QTest::addRow("%s unknown '%s'", qPrintable(statusActionKey(action)), word)
                << action << QString::fromLatin1(word) << false << QStringLiteral("unknown");
        }
    }
}

void SmartleadParsersTest::actionAllowed_followsTheStatusMachine()
{
    QFETCH(StatusAction, action);
    QFETCH(QString, status);
    QFETCH(bool, allowed);
    QFETCH(QString, whyPart);
    QString why = QStringLiteral("stale");
    QCOMPARE(provider().actionAllowed(action, status, &why), allowed);
    if (allowed) {
        QCOMPARE(why, QString());
    } else {
        QVERIFY(!why.isEmpty());
        if (!whyPart.isEmpty())
            QVERIFY2(why.contains(whyPart, Qt::CaseInsensitive), qPrintable(why));
    }
    QCOMPARE(provider().actionAllowed(action, status, nullptr), allowed);
}

void SmartleadParsersTest::actionRequest_postsTheDocumentedStatusValue_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("value");
    QTest::newRow("pause") << StatusAction::Pause << QStringLiteral("PAUSED");
    QTest::newRow("resume is START, not ACTIVE") << StatusAction::Resume << QStringLiteral("START");
    QTest::newRow("stop") << StatusAction::Stop << QStringLiteral("STOPPED");
    QTest::newRow("archive") << StatusAction::Archive << QStringLiteral("ARCHIVED");
}

void SmartleadParsersTest::actionRequest_postsTheDocumentedStatusValue()
{
    QFETCH(StatusAction, action);
    QFETCH(QString, value);
    const ApiRequest r = provider().actionRequest(testAccount(), QStringLiteral("123"), action);
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url.toString(),
             QStringLiteral("http://127.0.0.1:8080/smartlead/api/v1/campaigns/123/status"));
    QCOMPARE(r.contentType, QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(r.body).object(),
             (QJsonObject{{QStringLiteral("status"), value}}));
    QVERIFY(!r.idempotent); // changes the campaign: never repeated on its own
    QVERIFY(r.checkShape);
    QVERIFY(!r.url.toString().contains(QStringLiteral("api_key"))); // added at send time only

    const ApiRequest odd = provider().actionRequest(testAccount(), QStringLiteral("1/x?y"), action);
    QCOMPARE(odd.url.path(QUrl::FullyEncoded),
             QStringLiteral("/smartlead/api/v1/campaigns/1%2Fx%3Fy/status"));
}

void SmartleadParsersTest::outcomeCheckShape_acceptsSuccessOkAndFailures_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("documented status answer")
        << readData(QStringLiteral("status_changed.json")) << true;
    QTest::newRow("documented delete answer")
        << readData(QStringLiteral("delete_documented.json")) << true;
    QTest::newRow("clients' ok:true") << readData(QStringLiteral("ok_true.json")) << true;
    // Failures pass the shape check so that the transport reports Smartlead's own words.
    QTest::newRow("success:false") << readData(QStringLiteral("success_false.json")) << true;
    QTest::newRow("ok:false") << readData(QStringLiteral("ok_false.json")) << true;
    QTest::newRow("rate-limit body") << readData(QStringLiteral("rate_limited.json")) << false;
    QTest::newRow("empty object") << QByteArray("{}") << false;
    QTest::newRow("success as a string") << QByteArray(R"({"success":"true"})") << false;
    QTest::newRow("array") << QByteArray("[]") << false;
    QTest::newRow("HTML") << QByteArray("<html>502</html>") << false;
}

void SmartleadParsersTest::outcomeCheckShape_acceptsSuccessOkAndFailures()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const ApiRequest action =
        provider().actionRequest(testAccount(), QStringLiteral("1"), StatusAction::Pause);
    const ApiRequest remove = provider().deleteRequest(testAccount(), QStringLiteral("1"));
    QCOMPARE(action.checkShape(doc).isEmpty(), accepted);
    QCOMPARE(remove.checkShape(doc).isEmpty(), accepted);
}

void SmartleadParsersTest::deleteRule_coversEveryStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QList<StatusAction>>("unblockBy");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("DRAFTED") << QStringLiteral("DRAFTED") << false << QList<StatusAction>()
                             << QString();
    QTest::newRow("ACTIVE: blocked, pause (reversible) before stop")
        << QStringLiteral("ACTIVE") << true
        << QList<StatusAction>{StatusAction::Pause, StatusAction::Stop}
        << QStringLiteral("Cannot delete an active campaign. Pause or stop it first.");
    QTest::newRow("PAUSED") << QStringLiteral("PAUSED") << false << QList<StatusAction>()
                            << QString();
    QTest::newRow("STOPPED") << QStringLiteral("STOPPED") << false << QList<StatusAction>()
                             << QString();
    QTest::newRow("COMPLETED") << QStringLiteral("COMPLETED") << false << QList<StatusAction>()
                               << QString();
    QTest::newRow("ARCHIVED") << QStringLiteral("ARCHIVED") << false << QList<StatusAction>()
                              << QString();
    QTest::newRow("unknown word") << QStringLiteral("BLOCKED") << true << QList<StatusAction>()
                                  << QStringLiteral("unknown");
    QTest::newRow("a request value is not a status")
        << QStringLiteral("START") << true << QList<StatusAction>() << QStringLiteral("unknown");
    QTest::newRow("lower case") << QStringLiteral("active") << true << QList<StatusAction>()
                                << QStringLiteral("unknown");
    QTest::newRow("Kore.ai's word")
        << QStringLiteral("Active") << true << QList<StatusAction>() << QStringLiteral("unknown");
    QTest::newRow("no status") << QString() << true << QList<StatusAction>()
                               << QStringLiteral("unknown");
}

void SmartleadParsersTest::deleteRule_coversEveryStatus()
{
    QFETCH(QString, status);
    QFETCH(bool, blocked);
    QFETCH(QList<StatusAction>, unblockBy);
    QFETCH(QString, reasonPart);
    const DeleteRule rule = provider().deleteRule(status);
    QCOMPARE(rule.blocked, blocked);
    QCOMPARE(rule.unblockBy, unblockBy);
    QCOMPARE(rule.reason.isEmpty(), !blocked);
    if (!reasonPart.isEmpty())
        QVERIFY2(rule.reason.contains(reasonPart), qPrintable(rule.reason));
    for (StatusAction action : unblockBy)
        QVERIFY(provider().actionAllowed(action, status, nullptr));
    QVERIFY(rule.warning.isEmpty());
}

void SmartleadParsersTest::cascade_isDocumented_listsEverythingTheDeleteDestroys()
{
    QVERIFY(provider().documentsCascade());
    const QList<CascadeItem> items =
        provider().cascade(dataJson(QStringLiteral("get_documented.json")));
    QStringList whats;
    for (const CascadeItem &item : items) {
        whats.append(item.what);
        QCOMPARE(item.count, qint64(-1)); // the get answer counts nothing
    }
    QCOMPARE(
        whats,
        (QStringList{QStringLiteral("sequences"), QStringLiteral("lead-campaign mappings (leads)"),
                     QStringLiteral("email statistics"), QStringLiteral("webhook configurations"),
                     QStringLiteral("scheduled emails"), QStringLiteral("conversation history")}));
}

void SmartleadParsersTest::cascadeCountRequest_asksForOneLead()
{
    const std::optional<ApiRequest> r =
        provider().cascadeCountRequest(testAccount(), QStringLiteral("123"));
    QVERIFY(r.has_value());
    QCOMPARE(r->method, QByteArray("GET"));
    QVERIFY(r->idempotent);
    QCOMPARE(r->url.toString(), QStringLiteral("http://127.0.0.1:8080/smartlead/api/v1/campaigns/"
                                               "123/leads?offset=0&limit=1"));
    QVERIFY(r->checkShape);
    QCOMPARE(r->checkShape(dataJson(QStringLiteral("leads_count.json"))), QString());
    QCOMPARE(r->checkShape(dataJson(QStringLiteral("success_false.json"))), QString());
    QVERIFY(!r->checkShape(dataJson(QStringLiteral("get_documented.json"))).isEmpty());
    QVERIFY(!r->checkShape(dataJson(QStringLiteral("list_documented.json"))).isEmpty());

    // The key is added at send time and survives redaction nowhere.
    const ApiRequest authorized = provider().withAuth(*r, testAccount(), TestKey);
    QUrl url = authorized.url;
    QNetworkRequest request(url);
    authorized.authorize(request, url);
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("offset")), QStringLiteral("0"));
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("limit")), QStringLiteral("1"));
    QVERIFY(!redactedUrl(url).contains(QStringLiteral("0123456789")));
}

void SmartleadParsersTest::addCascadeCounts_readsTotalLeadsString_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("count");
    QTest::newRow("documented: a string")
        << readData(QStringLiteral("leads_count.json")) << qint64(42);
    QTest::newRow("no leads") << readData(QStringLiteral("leads_count_none.json")) << qint64(0);
    QTest::newRow("a number is read too")
        << QByteArray(R"({"total_leads":17,"offset":0,"limit":1,"data":[]})") << qint64(17);
    QTest::newRow("not a number") << QByteArray(R"({"total_leads":"many","data":[]})")
                                  << qint64(-1);
    QTest::newRow("negative") << QByteArray(R"({"total_leads":"-3","data":[]})") << qint64(-1);
    QTest::newRow("fraction") << QByteArray(R"({"total_leads":4.5,"data":[]})") << qint64(-1);
    QTest::newRow("missing") << QByteArray(R"({"offset":0,"limit":1,"data":[]})") << qint64(-1);
    QTest::newRow("success:false") << readData(QStringLiteral("success_false.json")) << qint64(-1);
    QTest::newRow("success:false with a count")
        << QByteArray(R"({"success":false,"message":"x","total_leads":"9"})") << qint64(-1);
    QTest::newRow("array") << QByteArray(R"([{"total_leads":"9"}])") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void SmartleadParsersTest::addCascadeCounts_readsTotalLeadsString()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, count);
    QList<CascadeItem> items = provider().cascade(QJsonDocument());
    provider().addCascadeCounts(QJsonDocument::fromJson(body), &items);
    qint64 leads = -2;
    QVERIFY(!leadsItemOf(items, &leads).isEmpty());
    QCOMPARE(leads, count);
    for (const CascadeItem &item : std::as_const(items)) {
        if (!item.what.contains(QStringLiteral("leads")))
            QCOMPARE(item.count, qint64(-1));
    }
    provider().addCascadeCounts(QJsonDocument::fromJson(body), nullptr); // no crash
}

void SmartleadParsersTest::deleteRequest_isTheDocumentedDelete()
{
    const ApiRequest r = provider().deleteRequest(testAccount(), QStringLiteral("123"));
    QCOMPARE(r.method, QByteArray("DELETE"));
    QVERIFY(!r.idempotent); // never repeated blindly
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.url.toString(),
             QStringLiteral("http://127.0.0.1:8080/smartlead/api/v1/campaigns/123"));
    const ApiRequest odd = provider().deleteRequest(testAccount(), QStringLiteral("1/status"));
    QCOMPARE(odd.url.path(QUrl::FullyEncoded),
             QStringLiteral("/smartlead/api/v1/campaigns/1%2Fstatus"));
}

void SmartleadParsersTest::parseDeleteAnswer_onlyDocumentedSuccess_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<QString>("message");

    const QByteArray documented = readData(QStringLiteral("delete_documented.json"));
    QTest::newRow("documented answer (seed)")
        << documented << 200 << true << QStringLiteral("Campaign deleted successfully");
    QTest::newRow("clients' ok:true")
        << readData(QStringLiteral("ok_true.json")) << 200 << true << QString();
    QTest::newRow("ok:true with a message") << QByteArray(R"({"ok":true,"message":"Deleted"})")
                                            << 200 << true << QStringLiteral("Deleted");
    QTest::newRow("documented body with a non-2xx status")
        << documented << 500 << false << QString();
    QTest::newRow("documented body on a redirect") << documented << 301 << false << QString();
    QTest::newRow("no HTTP answer") << documented << 0 << false << QString();
    QTest::newRow("success:false on 200")
        << readData(QStringLiteral("success_false.json")) << 200 << false << QString();
    QTest::newRow("active refusal")
        << readData(QStringLiteral("delete_active_refused.json")) << 400 << false << QString();
    QTest::newRow("active refusal on 200")
        << readData(QStringLiteral("delete_active_refused.json")) << 200 << false << QString();
    QTest::newRow("ok:false") << readData(QStringLiteral("ok_false.json")) << 200 << false
                              << QString();
    QTest::newRow("success:true but ok:false")
        << QByteArray(R"({"success":true,"ok":false,"message":"Campaign deleted successfully"})")
        << 200 << false << QString();
    QTest::newRow("ok:true but success:false")
        << QByteArray(R"({"ok":true,"success":false})") << 200 << false << QString();
    QTest::newRow("success:true without its message")
        << readData(QStringLiteral("success_true_wrapped.json")) << 200 << false << QString();
    QTest::newRow("a status-change answer is not a delete")
        << readData(QStringLiteral("status_changed.json")) << 200 << false << QString();
    QTest::newRow("success as a string")
        << QByteArray(R"({"success":"true","message":"Campaign deleted successfully"})") << 200
        << false << QString();
    QTest::newRow("ok as a number") << QByteArray(R"({"ok":1})") << 200 << false << QString();
    QTest::newRow("404 body") << readData(QStringLiteral("get_not_found.json")) << 404 << false
                              << QString();
    QTest::newRow("rate-limit body")
        << readData(QStringLiteral("rate_limited.json")) << 429 << false << QString();
    QTest::newRow("a get answer") << readData(QStringLiteral("get_documented.json")) << 200 << false
                                  << QString();
    QTest::newRow("Kore.ai's success shape")
        << QByteArray(R"({"status":"success","message":"Campaign X deleted successfully",)"
                      R"("data":{}})")
        << 200 << false << QString();
    QTest::newRow("empty body (204)") << QByteArray() << 204 << false << QString();
    QTest::newRow("empty body (200)") << QByteArray() << 200 << false << QString();
    QTest::newRow("empty object") << QByteArray("{}") << 200 << false << QString();
    QTest::newRow("array") << QByteArray(R"([{"success":true,"message":"x"}])") << 200 << false
                           << QString();
    QTest::newRow("HTML") << QByteArray("<html><body>Campaign deleted</body></html>") << 200
                          << false << QString();
    QTest::newRow("truncated") << documented.left(documented.size() - 4) << 200 << false
                               << QString();
}

void SmartleadParsersTest::parseDeleteAnswer_onlyDocumentedSuccess()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(bool, deleted);
    QFETCH(QString, message);
    DeleteAnswer answer;
    answer.message = QStringLiteral("stale");
    QCOMPARE(provider().parseDeleteAnswer(QJsonDocument::fromJson(body), httpStatus, &answer),
             deleted);
    if (deleted) {
        QCOMPARE(answer.message, message);
        QVERIFY(answer.deleted.isEmpty());
    }
    QCOMPARE(provider().parseDeleteAnswer(QJsonDocument::fromJson(body), httpStatus, nullptr),
             deleted);
}

void SmartleadParsersTest::exportPieces_areTheLeadsCsvAndTheJsonLists()
{
    const QList<ExportPiece> pieces = provider().exportPieces();
    QStringList ids;
    QStringList files;
    for (const ExportPiece &p : pieces) {
        ids.append(p.id);
        files.append(p.fileName);
        QCOMPARE(p.kind, ExportPiece::Kind::Verbatim);
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("leads"), QStringLiteral("sequences"),
                               QStringLiteral("email-accounts"), QStringLiteral("webhooks")}));
    QCOMPARE(files,
             (QStringList{QStringLiteral("leads.csv"), QStringLiteral("sequences.json"),
                          QStringLiteral("email-accounts.json"), QStringLiteral("webhooks.json")}));
    QVERIFY(!files.contains(QStringLiteral("campaign.json"))); // the writer's own file
}

void SmartleadParsersTest::exportRequest_usesTheDocumentedReadEndpoints()
{
    const QString base = QStringLiteral("http://127.0.0.1:8080/smartlead/api/v1/campaigns/123/");
    for (const ExportPiece &piece : provider().exportPieces()) {
        const ApiRequest r =
            provider().exportRequest(testAccount(), QStringLiteral("123"), piece, PageCursor{});
        QCOMPARE(r.method, QByteArray("GET"));
        QVERIFY(r.idempotent);
        QVERIFY(r.body.isEmpty());
        QVERIFY(!r.sink); // the export writer sets it
        if (piece.id == QStringLiteral("leads")) {
            QCOMPARE(r.url.toString(), base + QStringLiteral("leads-export"));
            QVERIFY(!r.expectJson); // CSV, streamed
        } else {
            QCOMPARE(r.url.toString(), base + piece.id);
            QVERIFY(r.expectJson);
            QVERIFY(r.checkShape);
            QCOMPARE(r.checkShape(QJsonDocument::fromJson("[]")), QString());
            QCOMPARE(r.checkShape(dataJson(QStringLiteral("success_false.json"))), QString());
            QVERIFY(!r.checkShape(dataJson(QStringLiteral("ok_true.json"))).isEmpty());
        }
    }
    ExportPiece other;
    other.id = QStringLiteral("calls");
    QVERIFY(provider()
                .exportRequest(testAccount(), QStringLiteral("123"), other, PageCursor{})
                .url.isEmpty());
}

void SmartleadParsersTest::parseExportRows_isNeverUsedForVerbatimPieces()
{
    for (const ExportPiece &piece : provider().exportPieces()) {
        const RowsPage page =
            provider().parseExportRows(piece, PageCursor::first(), QJsonDocument::fromJson("[]"));
        QVERIFY(!page.error.isEmpty());
        QVERIFY(page.rows.isEmpty());
        QVERIFY(!page.next);
    }
}

void SmartleadParsersTest::sandboxAction_movesTheCampaignAsDocumented_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("status");
    for (const QString &status : DocumentedStatuses) {
        for (StatusAction action :
             {StatusAction::Pause, StatusAction::Resume, StatusAction::Stop, StatusAction::Archive})
            QTest::addRow("%s %s", qPrintable(statusActionKey(action)), qPrintable(status))
                << action << status;
    }
}

void SmartleadParsersTest::sandboxAction_movesTheCampaignAsDocumented()
{
    QFETCH(StatusAction, action);
    QFETCH(QString, status);
    Test::SandboxFixture sandbox(Test::SandboxFixture::quietOptions(40));
    const Account account = sandboxAccount(sandbox);
    const Sandbox::Campaign *campaign = campaignIn(sandbox, status);
    QVERIFY(campaign);
    const QString id = campaign->id;

    QNetworkAccessManager nam;
    const ApiRequest request =
        provider().withAuth(provider().actionRequest(account, id, action), account,
                            sandbox.account(Platform::Smartlead).secret);
    const HttpReply reply = send(nam, request);
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    QCOMPARE(request.checkShape(doc), QString());
    const QString now = sandbox.server().table(Platform::Smartlead).find(id)->status;
    if (provider().actionAllowed(action, status, nullptr)) {
        const QString expected = action == StatusAction::Pause    ? QStringLiteral("PAUSED")
                                 : action == StatusAction::Resume ? QStringLiteral("ACTIVE")
                                 : action == StatusAction::Stop   ? QStringLiteral("STOPPED")
                                                                  : QStringLiteral("ARCHIVED");
        QCOMPARE(reply.status, 200);
        QCOMPARE(doc.object().value(QStringLiteral("success")), QJsonValue(true));
        QCOMPARE(now, expected);
    } else {
        // What the app refuses to send, the platform refuses or ignores: nothing changes.
        QVERIFY2(reply.status == 400 || reply.status == 200, reply.body.constData());
        QCOMPARE(now, status);
    }
}

void SmartleadParsersTest::sandboxDelete_removesADeletableCampaign_andTheAnswerIsAccepted()
{
    Test::SandboxFixture sandbox(Test::SandboxFixture::quietOptions(40));
    const Account account = sandboxAccount(sandbox);
    const QString key = sandbox.account(Platform::Smartlead).secret;
    // The delete page's own campaign 123, seeded PAUSED.
    const Sandbox::Campaign *campaign =
        sandbox.server().table(Platform::Smartlead).find(QStringLiteral("123"));
    QVERIFY(campaign);
    QVERIFY(!provider().deleteRule(campaign->status).blocked);
    const qsizetype before = sandbox.server().table(Platform::Smartlead).size();

    QNetworkAccessManager nam;
    const ApiRequest request =
        provider().withAuth(provider().deleteRequest(account, QStringLiteral("123")), account, key);
    const HttpReply reply = send(nam, request);
    QCOMPARE(reply.status, 200);
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    QCOMPARE(request.checkShape(doc), QString());
    DeleteAnswer answer;
    QVERIFY(provider().parseDeleteAnswer(doc, reply.status, &answer));
    QCOMPARE(answer.message, QStringLiteral("Campaign deleted successfully"));
    QVERIFY(!sandbox.server().table(Platform::Smartlead).find(QStringLiteral("123")));
    QCOMPARE(sandbox.server().table(Platform::Smartlead).size(), before - 1);

    const HttpReply again = send(nam, request);
    QCOMPARE(again.status, 404);
    QVERIFY(
        !provider().parseDeleteAnswer(QJsonDocument::fromJson(again.body), again.status, nullptr));
}

void SmartleadParsersTest::sandboxDeleteActive_isBlockedHereAndRefusedThere()
{
    Test::SandboxFixture sandbox(Test::SandboxFixture::quietOptions(40));
    const Account account = sandboxAccount(sandbox);
    const Sandbox::Campaign *campaign = campaignIn(sandbox, QStringLiteral("ACTIVE"));
    QVERIFY(campaign);
    const QString id = campaign->id;
    const DeleteRule rule = provider().deleteRule(campaign->status);
    QVERIFY(rule.blocked);

    QNetworkAccessManager nam;
    const HttpReply reply =
        send(nam, provider().withAuth(provider().deleteRequest(account, id), account,
                                      sandbox.account(Platform::Smartlead).secret));
    QCOMPARE(reply.status, 400);
    QVERIFY(
        !provider().parseDeleteAnswer(QJsonDocument::fromJson(reply.body), reply.status, nullptr));
    QCOMPARE(QJsonDocument::fromJson(reply.body).object().value(QStringLiteral("message")),
             QJsonValue(rule.reason)); // the app's words are the emulator's
    QVERIFY(sandbox.server().table(Platform::Smartlead).find(id));
}

void SmartleadParsersTest::sandboxLeadsExport_streamsTheWholeCsv_andNeverShowsTheKey()
{
    Test::SandboxFixture sandbox(Test::SandboxFixture::quietOptions(40));
    const Account account = sandboxAccount(sandbox);
    const QString key = sandbox.account(Platform::Smartlead).secret;
    const Sandbox::Campaign *campaign =
        campaignIn(sandbox, QStringLiteral("COMPLETED"), /*mostLeads=*/true);
    QVERIFY(campaign);
    QVERIFY(campaign->contacts > 0);
    const QString id = campaign->id;

    QNetworkAccessManager nam;
    // total_leads, as the delete flow's cascade count reads it.
    const HttpReply counted =
        send(nam, provider().withAuth(*provider().cascadeCountRequest(account, id), account, key));
    QCOMPARE(counted.status, 200);
    QList<CascadeItem> items = provider().cascade(QJsonDocument());
    provider().addCascadeCounts(QJsonDocument::fromJson(counted.body), &items);
    qint64 totalLeads = -1;
    leadsItemOf(items, &totalLeads);
    QCOMPARE(totalLeads, qint64(campaign->contacts));

    // Through the real transport with a sink, as the export writer streams it.
    ExportPiece leads = provider().exportPieces().first();
    QCOMPARE(leads.id, QStringLiteral("leads"));
    ApiRequest request = provider().withAuth(
        provider().exportRequest(account, id, leads, PageCursor::first()), account, key);
    QByteArray csv;
    int chunks = 0;
    request.sink = [&csv, &chunks](const QByteArray &chunk) {
        csv += chunk;
        ++chunks;
        return true;
    };
    Transport transport(&nam, TransportSettings{});
    PendingCall *call = transport.send(request);
    std::optional<ApiResult> result;
    QObject::connect(call, &PendingCall::finished, &transport,
                     [&result](const ApiResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY2(result->ok(), qPrintable(result->message));
    QCOMPARE(result->httpStatus, 200);
    QVERIFY(result->body.isEmpty()); // it went to the sink, not into memory
    QVERIFY(chunks >= 1);

    QVERIFY(csv.startsWith("id,campaign_lead_map_id,status,"));
    QCOMPARE(csvRecords(csv) - 1, totalLeads); // every lead, header aside

    // The key is on the wire and nowhere that is shown.
    const QByteArray encodedKey = QUrl::toPercentEncoding(key);
    QVERIFY(!result->redactedUrl.isEmpty());
    QVERIFY(!result->redactedUrl.contains(key));
    QVERIFY(!result->redactedUrl.contains(QString::fromLatin1(encodedKey)));
    QVERIFY(result->redactedUrl.contains(QStringLiteral("/leads-export")));
    QUrl url = request.url;
    QNetworkRequest wire(url);
    request.authorize(wire, url);
    QVERIFY(url.toEncoded().contains("api_key="));
    QVERIFY(!redactedUrl(url).contains(key));
    QVERIFY(!redactedUrl(url).contains(QString::fromLatin1(encodedKey)));
}

void SmartleadParsersTest::sandboxJsonPieces_areTheDocumentedArrays()
{
    Test::SandboxFixture sandbox(Test::SandboxFixture::quietOptions(40));
    const Account account = sandboxAccount(sandbox);
    const QString key = sandbox.account(Platform::Smartlead).secret;
    QNetworkAccessManager nam;
    for (const ExportPiece &piece : provider().exportPieces()) {
        if (piece.id == QStringLiteral("leads"))
            continue;
        const ApiRequest request = provider().withAuth(
            provider().exportRequest(account, QStringLiteral("123"), piece, PageCursor::first()),
            account, key);
        const HttpReply reply = send(nam, request);
        QCOMPARE(reply.status, 200);
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        QCOMPARE(request.checkShape(doc), QString());
        QVERIFY2(!doc.array().isEmpty(), qPrintable(piece.id));
    }
}

QTEST_GUILESS_MAIN(SmartleadParsersTest)
#include "tst_parsers_smartlead.moc"
