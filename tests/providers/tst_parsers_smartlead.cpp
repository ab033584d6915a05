// The Smartlead provider: the documented bare-array list and get bodies (and the envelopes that
// must never pass for a list), a 5,000-campaign agency list, the request shapes, the api_key that
// lives only in the URL query and never survives redaction, and a listing over real HTTP
// against the sandbox.

#include "net/redaction.h"
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

QTEST_GUILESS_MAIN(SmartleadParsersTest)
#include "tst_parsers_smartlead.moc"
