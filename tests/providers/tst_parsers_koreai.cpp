// The Kore.ai provider: every documented list and get body (and the variants the platform is
// known to send) parsed into campaigns, the request shapes (read-only POST listing, host with or
// without a path), the per-call JWT, and a paging walk over real HTTP against the sandbox.

#include "net/jwt.h"
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
    return providerFor(Platform::KoreAi);
}

// Not a real secret: the tests sign and verify with it.
const QString TestSecret = QStringLiteral("test-client-secret-for-parsers-0123456789");

Account testAccount(const QUrl &baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/koreai")))
{
    Account a;
    a.id = QStringLiteral("local-account-1");
    a.platform = Platform::KoreAi;
    a.label = QStringLiteral("Kore.ai test");
    a.baseUrl = baseUrl;
    a.streamId = QStringLiteral("st-11111111-2222-5333-8444-555555555555");
    a.appId = QStringLiteral("st-0603182c-7ffb-53c3-b307-47ca14bxxxxx");
    a.accountId = QStringLiteral("67777ce93e25326494exxxxx");
    a.clientId = QStringLiteral("cs-1d2e3f4a-5b6c-5d7e-8f9a-0b1c2d3e4f5a");
    return a;
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(TEST_DATA_DIR "/providers/koreai/") + name);
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
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    return dt.toUTC();
}

QJsonObject bodyOf(const ApiRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

PageCursor cursorAt(int skip, int page)
{
    PageCursor c;
    c.skip = skip;
    c.page = page;
    return c;
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

} // namespace

class KoreAiParsersTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void provider_describesKoreAi();

    void normalizeStatus_mapsEveryDocumentedWord_data();
    void normalizeStatus_mapsEveryDocumentedWord();
    void unknownStatus_isUnknownAndShowsTheWord_data();
    void unknownStatus_isUnknownAndShowsTheWord();

    void parseListPage_readsEveryDocumentedBody_data();
    void parseListPage_readsEveryDocumentedBody();
    void parseListPage_mapsTheDocumentedCampaign();
    void parseListPage_smsItemWithPlainId_isAccepted();
    void parseListPage_missingAndOddFields_areEmptyNotFatal();
    void parseListPage_malformedBodies_neverGiveCampaigns_data();
    void parseListPage_malformedBodies_neverGiveCampaigns();
    void parseListPage_everyTruncation_neverGivesCampaigns();

    void parseCampaign_readsGetBodies_data();
    void parseCampaign_readsGetBodies();
    void parseCampaign_mapsTheDocumentedCampaign();

    void listRequest_isReadOnlyPostWithDocumentedBody();
    void listRequest_nextCursor_movesSkipAndPage();
    void requests_joinHostWithOrWithoutPath_data();
    void requests_joinHostWithOrWithoutPath();
    void getRequest_isGetWithAccountId_andEncodesTheId();
    void testConnectionRequest_asksForOneCampaign();
    void checkShape_acceptsDocumentedAndFailureBodies_rejectsOthers();

    void authorize_signsVerifiableJwtWithDocumentedClaims();
    void authorize_signsAFreshTokenEveryCall();
    void authorize_putsNoSecretInTheUrl();

    void sandboxWalk_followsNext_listsEveryCampaignExactlyOnce();
    void sandboxSuccessFalseOn200_isNeverAList();
    void supportsAction_onlyStopAndResume();
    void actionAllowed_followsTheTriggerRules_data();
    void actionAllowed_followsTheTriggerRules();
    void actionRequest_isTheDocumentedTrigger_data();
    void actionRequest_isTheDocumentedTrigger();
    void actionRequest_unsupportedAction_buildsNothing();
    void actionRequest_checkShape_acceptsTriggerAnswers_data();
    void actionRequest_checkShape_acceptsTriggerAnswers();

    void deleteRule_coversEveryStatus_data();
    void deleteRule_coversEveryStatus();
    void cascade_isUndocumented_namesWhatMayBeLostAndWhatStays();
    void cascadeCountRequest_asksForOneContactResult();
    void addCascadeCounts_readsTotalResults_data();
    void addCascadeCounts_readsTotalResults();

    void deleteRequest_isTheDocumentedDelete();
    void parseDeleteAnswer_onlyDocumentedSuccess_data();
    void parseDeleteAnswer_onlyDocumentedSuccess();

    void exportPieces_areContactResultsRows();
    void exportRequest_pagesContactResults();
    void parseExportRows_walksPages_data();
    void parseExportRows_walksPages();

    void sandboxAction_movesTheCampaignAsDocumented_data();
    void sandboxAction_movesTheCampaignAsDocumented();
    void sandboxDelete_removesTheCampaign_andTheAnswerIsAccepted();
    void sandboxContactResults_walkToTheEnd_rowCountIsTotal();
};

void KoreAiParsersTest::provider_describesKoreAi()
{
    QCOMPARE(provider().platform(), Platform::KoreAi);
    QCOMPARE(provider().defaultBaseUrl(), QUrl(QStringLiteral("https://platform.kore.ai")));
    // Paced below the documented 60 a minute: rate + burst never exceeds it in a sliding minute.
    QVERIFY(provider().rateDefaults().burst >= 1);
    QVERIFY(provider().rateDefaults().perMinute + provider().rateDefaults().burst <= 60.0);
    QVERIFY(provider().rateDefaults().perMinute >= 60.0 * 0.9);
    QVERIFY(!provider().keyCountName().isEmpty());
}

void KoreAiParsersTest::normalizeStatus_mapsEveryDocumentedWord_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<CampaignStatus>("expected");
    QTest::newRow("Ready") << QStringLiteral("Ready") << CampaignStatus::Draft;
    QTest::newRow("Preparing") << QStringLiteral("Preparing") << CampaignStatus::Scheduled;
    QTest::newRow("Scheduled") << QStringLiteral("Scheduled") << CampaignStatus::Scheduled;
    QTest::newRow("Rescheduled") << QStringLiteral("Rescheduled") << CampaignStatus::Scheduled;
    QTest::newRow("Active") << QStringLiteral("Active") << CampaignStatus::Running;
    QTest::newRow("Paused") << QStringLiteral("Paused") << CampaignStatus::Paused;
    QTest::newRow("Stopped") << QStringLiteral("Stopped") << CampaignStatus::Stopped;
    QTest::newRow("Completed") << QStringLiteral("Completed") << CampaignStatus::Completed;
}

void KoreAiParsersTest::normalizeStatus_mapsEveryDocumentedWord()
{
    QFETCH(QString, raw);
    QFETCH(CampaignStatus, expected);
    QCOMPARE(provider().normalizeStatus(raw), expected);

    // Through the parser too: the table shows the platform's own word.
    const QJsonObject body{
        {QStringLiteral("status"), QStringLiteral("success")},
        {QStringLiteral("data"),
         QJsonObject{{QStringLiteral("results"),
                      QJsonArray{QJsonObject{{QStringLiteral("_id"), QStringLiteral("cd-1")},
                                             {QStringLiteral("status"), raw}}}},
                     {QStringLiteral("hasMore"), false}}}};
    const ListPage page =
        provider().parseListPage(testAccount(), PageCursor::first(), QJsonDocument(body));
    QCOMPARE(page.campaigns.size(), 1);
    QCOMPARE(page.campaigns.first().status, expected);
    QCOMPARE(page.campaigns.first().statusText(), raw);
}

void KoreAiParsersTest::unknownStatus_isUnknownAndShowsTheWord_data()
{
    QTest::addColumn<QJsonValue>("status");
    QTest::addColumn<QString>("statusText");
    QTest::newRow("undocumented word")
        << QJsonValue(QStringLiteral("Blocked")) << QStringLiteral("unknown (Blocked)");
    QTest::newRow("other case") << QJsonValue(QStringLiteral("ACTIVE"))
                                << QStringLiteral("unknown (ACTIVE)");
    QTest::newRow("Smartlead's word")
        << QJsonValue(QStringLiteral("ARCHIVED")) << QStringLiteral("unknown (ARCHIVED)");
    QTest::newRow("empty") << QJsonValue(QString()) << QStringLiteral("unknown (no status)");
    QTest::newRow("null") << QJsonValue() << QStringLiteral("unknown (no status)");
    QTest::newRow("number") << QJsonValue(3) << QStringLiteral("unknown (3)");
    QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}})
                            << QStringLiteral("unknown (no status)");
}

void KoreAiParsersTest::unknownStatus_isUnknownAndShowsTheWord()
{
    QFETCH(QJsonValue, status);
    QFETCH(QString, statusText);
    QJsonObject item{{QStringLiteral("_id"), QStringLiteral("cd-unknown")},
                     {QStringLiteral("name"), QStringLiteral("Odd")}};
    item.insert(QStringLiteral("status"), status);
    const QJsonObject body{
        {QStringLiteral("status"), QStringLiteral("success")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("results"), QJsonArray{item}}}}};
    const ListPage page =
        provider().parseListPage(testAccount(), PageCursor::first(), QJsonDocument(body));
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.campaigns.size(), 1);
    QCOMPARE(page.campaigns.first().status, CampaignStatus::Unknown);
    QCOMPARE(page.campaigns.first().statusText(), statusText);
}

void KoreAiParsersTest::parseListPage_readsEveryDocumentedBody_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("skip");
    QTest::addColumn<int>("page");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<bool>("hasNext");
    QTest::addColumn<int>("nextSkip");
    QTest::addColumn<int>("nextPage");
    QTest::addColumn<bool>("isError");

    QTest::newRow("documented list example: hasMore false wins over totalResults")
        << QStringLiteral("list_documented.json") << 0 << 1
        << QStringList{QStringLiteral("cd-c1b940c-7012-4e7d-98d9-4707177xxxxx")} << false << 0 << 0
        << false;
    QTest::newRow("first page, hasMore true")
        << QStringLiteral("list_has_more.json") << 0 << 1
        << QStringList{QStringLiteral("cd-1000001-aaaa-4aaa-aaaa-aaaaaaaaaaaa"),
                       QStringLiteral("cd-1000002-bbbb-4bbb-bbbb-bbbbbbbbbbbb")}
        << true << 2 << 2 << false;
    QTest::newRow("first page, hasMore true, later offset")
        << QStringLiteral("list_has_more.json") << 200 << 3
        << QStringList{QStringLiteral("cd-1000001-aaaa-4aaa-aaaa-aaaaaaaaaaaa"),
                       QStringLiteral("cd-1000002-bbbb-4bbb-bbbb-bbbbbbbbbbbb")}
        << true << 202 << 4 << false;
    QTest::newRow("last page, hasMore false")
        << QStringLiteral("list_last_page.json") << 4 << 3
        << QStringList{QStringLiteral("cd-1000005-eeee-4eee-eeee-eeeeeeeeeeee")} << false << 0 << 0
        << false;
    QTest::newRow("SMS item with id next to a voice item with _id")
        << QStringLiteral("list_sms_items.json") << 0 << 1
        << QStringList{QStringLiteral("cd-2000001-cccc-4ccc-cccc-cccccccccccc"),
                       QStringLiteral("cd-2000002-dddd-4ddd-dddd-dddddddddddd")}
        << false << 0 << 0 << false;
    QTest::newRow("no hasMore: skip + count below totalResults")
        << QStringLiteral("list_total_only.json") << 0 << 1
        << QStringList{QStringLiteral("cd-3000001-ffff-4fff-ffff-ffffffffffff"),
                       QStringLiteral("cd-3000002-ffff-4fff-ffff-ffffffffffff")}
        << true << 2 << 2 << false;
    QTest::newRow("no hasMore: skip + count reaches totalResults")
        << QStringLiteral("list_total_only.json") << 1 << 2
        << QStringList{QStringLiteral("cd-3000001-ffff-4fff-ffff-ffffffffffff"),
                       QStringLiteral("cd-3000002-ffff-4fff-ffff-ffffffffffff")}
        << false << 0 << 0 << false;
    QTest::newRow("empty account")
        << QStringLiteral("list_empty.json") << 0 << 1 << QStringList() << false << 0 << 0 << false;
    QTest::newRow("unknown status, extra fields, missing fields, items without id skipped")
        << QStringLiteral("list_unknown_extra_missing.json") << 0 << 1
        << QStringList{QStringLiteral("cd-4000001-0000-4000-8000-000000000001"),
                       QStringLiteral("cd-4000002-0000-4000-8000-000000000002"),
                       QStringLiteral("cd-4000003-0000-4000-8000-000000000003")}
        << false << 0 << 0 << false;
    QTest::newRow("hasMore true but an empty page: an error, not a loop")
        << QStringLiteral("list_has_more_empty.json") << 100 << 2 << QStringList() << false << 0
        << 0 << true;
    QTest::newRow("failure: 400 body") << QStringLiteral("failure_bad_request.json") << 0 << 1
                                       << QStringList() << false << 0 << 0 << true;
    QTest::newRow("failure: 429 body") << QStringLiteral("failure_rate_limited.json") << 0 << 1
                                       << QStringList() << false << 0 << 0 << true;
    QTest::newRow("failure carrying a results list")
        << QStringLiteral("failure_with_data.json") << 0 << 1 << QStringList() << false << 0 << 0
        << true;
    QTest::newRow("truncated body") << QStringLiteral("list_truncated.json") << 0 << 1
                                    << QStringList() << false << 0 << 0 << true;
    QTest::newRow("a get body is not a list") << QStringLiteral("get_documented.json") << 0 << 1
                                              << QStringList() << false << 0 << 0 << true;
}

void KoreAiParsersTest::parseListPage_readsEveryDocumentedBody()
{
    QFETCH(QString, file);
    QFETCH(int, skip);
    QFETCH(int, page);
    QFETCH(QStringList, ids);
    QFETCH(bool, hasNext);
    QFETCH(int, nextSkip);
    QFETCH(int, nextPage);
    QFETCH(bool, isError);

    const ListPage parsed =
        provider().parseListPage(testAccount(), cursorAt(skip, page), dataJson(file));
    QCOMPARE(!parsed.error.isEmpty(), isError);
    QCOMPARE(idsOf(parsed.campaigns), ids);
    QCOMPARE(parsed.next.has_value(), hasNext);
    if (hasNext) {
        QCOMPARE(parsed.next->skip, nextSkip);
        QCOMPARE(parsed.next->page, nextPage);
    }
    for (const Campaign &c : parsed.campaigns) {
        QCOMPARE(c.accountId, testAccount().id);
        QCOMPARE(c.platform, Platform::KoreAi);
        QCOMPARE(c.keyCount, qint64(-1));
        QVERIFY(QJsonDocument::fromJson(c.rawJson).isObject());
    }
}

void KoreAiParsersTest::parseListPage_mapsTheDocumentedCampaign()
{
    const QJsonDocument doc = dataJson(QStringLiteral("list_documented.json"));
    const ListPage page = provider().parseListPage(testAccount(), PageCursor::first(), doc);
    QCOMPARE(page.campaigns.size(), 1);
    const Campaign &c = page.campaigns.first();
    QCOMPARE(c.accountId, QStringLiteral("local-account-1"));
    QCOMPARE(c.id, QStringLiteral("cd-c1b940c-7012-4e7d-98d9-4707177xxxxx"));
    QCOMPARE(c.name, QStringLiteral("Billing Reminder Voice Campaign123"));
    QCOMPARE(c.rawStatus, QStringLiteral("Ready"));
    QCOMPARE(c.status, CampaignStatus::Draft);
    QCOMPARE(c.type, QStringLiteral("Preview"));
    QCOMPARE(c.created, utc("2025-12-08T09:17:21.090Z"));
    QCOMPARE(c.updated, utc("2025-12-08T09:17:37.927Z"));
    QCOMPARE(c.created.timeSpec(), Qt::UTC);
    QCOMPARE(c.keyCount, qint64(-1));
    QCOMPARE(c.key(), Campaign::makeKey(QStringLiteral("local-account-1"), c.id));
    // The platform's object, whole and compact.
    const QJsonObject original = doc.object()
                                     .value(QStringLiteral("data"))
                                     .toObject()
                                     .value(QStringLiteral("results"))
                                     .toArray()
                                     .first()
                                     .toObject();
    QCOMPARE(QJsonDocument::fromJson(c.rawJson).object(), original);
    QVERIFY(!c.rawJson.contains('\n'));
}

void KoreAiParsersTest::parseListPage_smsItemWithPlainId_isAccepted()
{
    const ListPage page = provider().parseListPage(testAccount(), PageCursor::first(),
                                                   dataJson(QStringLiteral("list_sms_items.json")));
    QCOMPARE(page.campaigns.size(), 2);
    const Campaign &sms = page.campaigns.at(0);
    QCOMPARE(sms.id, QStringLiteral("cd-2000001-cccc-4ccc-cccc-cccccccccccc"));
    QCOMPARE(sms.name, QStringLiteral("Appointment SMS"));
    QCOMPARE(sms.status, CampaignStatus::Scheduled);
    QCOMPARE(sms.type, QString());                                    // no dialing mode for SMS
    QCOMPARE(page.campaigns.at(1).status, CampaignStatus::Scheduled); // Rescheduled
    QCOMPARE(page.campaigns.at(1).type, QStringLiteral("Progressive"));
}

void KoreAiParsersTest::parseListPage_missingAndOddFields_areEmptyNotFatal()
{
    const ListPage page =
        provider().parseListPage(testAccount(), PageCursor::first(),
                                 dataJson(QStringLiteral("list_unknown_extra_missing.json")));
    QCOMPARE(page.campaigns.size(), 3);

    const Campaign &extra = page.campaigns.at(0);
    QCOMPARE(extra.status, CampaignStatus::Unknown);
    QCOMPARE(extra.statusText(), QStringLiteral("unknown (Blocked)"));
    QCOMPARE(extra.type, QStringLiteral("Predictive"));
    QVERIFY(QJsonDocument::fromJson(extra.rawJson).object().contains(QStringLiteral("newField")));

    const Campaign &bare = page.campaigns.at(1);
    QCOMPARE(bare.name, QStringLiteral("Bare Minimum"));
    QCOMPARE(bare.rawStatus, QString());
    QCOMPARE(bare.status, CampaignStatus::Unknown);
    QCOMPARE(bare.type, QString());
    QVERIFY(!bare.created.isValid());
    QVERIFY(!bare.updated.isValid());

    const Campaign &odd = page.campaigns.at(2);
    QCOMPARE(odd.rawStatus, QStringLiteral("7"));
    QCOMPARE(odd.status, CampaignStatus::Unknown);
    QCOMPARE(odd.type, QString());
    QVERIFY(!odd.created.isValid());
    QVERIFY(!odd.updated.isValid());
}

void KoreAiParsersTest::parseListPage_malformedBodies_neverGiveCampaigns_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("<html>Bad Gateway</html>");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("a string") << QByteArray("\"success\"");
    QTest::newRow("bare array of campaigns") << QByteArray(R"([{"_id":"cd-1","status":"Ready"}])");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("data is an array") << QByteArray(R"({"status":"success","data":[]})");
    QTest::newRow("results is an object")
        << QByteArray(R"({"status":"success","data":{"results":{"_id":"cd-1"}}})");
    QTest::newRow("results is null")
        << QByteArray(R"({"status":"success","data":{"results":null}})");
    QTest::newRow("campaigns at the top")
        << QByteArray(R"({"status":"success","results":[{"_id":"cd-1"}]})");
    QTest::newRow("failure without message") << QByteArray(R"({"status":"failure"})");
    QTest::newRow("error status with results")
        << QByteArray(R"({"status":"error","data":{"results":[{"_id":"cd-1"}],"hasMore":false}})");
    QTest::newRow("failure with results") << QByteArray(
        R"({"status":"failure","message":"x","data":{"results":[{"_id":"cd-1"}],"hasMore":true}})");
    QTest::newRow("cut in the middle")
        << QByteArray(R"({"status":"success","data":{"results":[{"_id":"cd-1","name":"A"},{"_i)");
}

void KoreAiParsersTest::parseListPage_malformedBodies_neverGiveCampaigns()
{
    QFETCH(QByteArray, body);
    const ListPage page =
        provider().parseListPage(testAccount(), PageCursor::first(), QJsonDocument::fromJson(body));
    QVERIFY(page.campaigns.isEmpty());
    QVERIFY(!page.error.isEmpty());
    QVERIFY(!page.next.has_value());
}

void KoreAiParsersTest::parseListPage_everyTruncation_neverGivesCampaigns()
{
    const QByteArray full = readData(QStringLiteral("list_has_more.json")).trimmed();
    QVERIFY(provider()
                .parseListPage(testAccount(), PageCursor::first(), QJsonDocument::fromJson(full))
                .campaigns.size() == 2);
    for (qsizetype cut = 0; cut < full.size(); ++cut) {
        const ListPage page = provider().parseListPage(testAccount(), PageCursor::first(),
                                                       QJsonDocument::fromJson(full.left(cut)));
        QVERIFY2(page.campaigns.isEmpty() && !page.error.isEmpty() && !page.next,
                 qPrintable(QStringLiteral("cut at %1").arg(cut)));
    }
}

void KoreAiParsersTest::parseCampaign_readsGetBodies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id"); // empty: no campaign
    QTest::newRow("documented get (the seed's campaign)")
        << QStringLiteral("get_documented.json")
        << QStringLiteral("cd-a1e45a7-e8ba-4e97-a339-476ebc7xxxxx");
    QTest::newRow("SMS campaign with id")
        << QStringLiteral("get_sms_item.json")
        << QStringLiteral("cd-2000001-cccc-4ccc-cccc-cccccccccccc");
    QTest::newRow("documented status-only view")
        << QStringLiteral("get_status_view.json")
        << QStringLiteral("cd-a1e45a7-e8ba-4e97-a339-476ebc7xxxxx");
    QTest::newRow("404 failure") << QStringLiteral("get_not_found.json") << QString();
    QTest::newRow("failure that carries a campaign")
        << QStringLiteral("get_failure_with_campaign.json") << QString();
    QTest::newRow("a list body") << QStringLiteral("list_documented.json") << QString();
    QTest::newRow("truncated") << QStringLiteral("list_truncated.json") << QString();
    QTest::newRow("rate limited") << QStringLiteral("failure_rate_limited.json") << QString();
}

void KoreAiParsersTest::parseCampaign_readsGetBodies()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    const std::optional<Campaign> c = provider().parseCampaign(testAccount(), dataJson(file));
    QCOMPARE(c.has_value(), !id.isEmpty());
    if (c) {
        QCOMPARE(c->id, id);
        QCOMPARE(c->accountId, testAccount().id);
        QCOMPARE(c->platform, Platform::KoreAi);
    }
}

void KoreAiParsersTest::parseCampaign_mapsTheDocumentedCampaign()
{
    const QJsonDocument doc = dataJson(QStringLiteral("get_documented.json"));
    const std::optional<Campaign> c = provider().parseCampaign(testAccount(), doc);
    QVERIFY(c.has_value());
    QCOMPARE(c->name, QStringLiteral("Service Renewal Outreach Campaign61"));
    QCOMPARE(c->rawStatus, QStringLiteral("Ready"));
    QCOMPARE(c->status, CampaignStatus::Draft);
    QCOMPARE(c->type, QStringLiteral("Progressive"));
    QCOMPARE(c->created, utc("2025-12-04T10:50:56.762Z"));
    QCOMPARE(c->updated, utc("2025-12-05T06:31:23.308Z"));
    QCOMPARE(c->keyCount, qint64(-1));
    QCOMPARE(QJsonDocument::fromJson(c->rawJson).object(),
             doc.object().value(QStringLiteral("data")).toObject());
}

void KoreAiParsersTest::listRequest_isReadOnlyPostWithDocumentedBody()
{
    const Account account = testAccount();
    const ApiRequest r = provider().listRequest(account, PageCursor::first());
    QCOMPARE(r.method, QByteArray("POST"));
    QVERIFY(r.idempotent); // read-only: may be retried
    QVERIFY(r.expectJson);
    QCOMPARE(r.url.scheme(), QStringLiteral("http"));
    QCOMPARE(r.url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(r.url.port(), 8080);
    QCOMPARE(r.url.path(), QStringLiteral("/koreai/campaign/api/v2/public/") + account.streamId +
                               QStringLiteral("/campaign/getAllCampaignDetails"));
    const QUrlQuery query(r.url);
    QCOMPARE(query.queryItems(QUrl::FullyDecoded).size(), 1);
    QCOMPARE(query.queryItemValue(QStringLiteral("accountId"), QUrl::FullyDecoded),
             account.accountId);

    const QJsonObject body = bodyOf(r);
    QCOMPARE(body.value(QStringLiteral("limit")).toInt(), 100);
    QCOMPARE(body.value(QStringLiteral("skip")), QJsonValue(0));
    QCOMPARE(body.value(QStringLiteral("page")), QJsonValue(1));
    QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("voice"));
    QCOMPARE(body.value(QStringLiteral("sortBy")).toObject(),
             QJsonObject({{QStringLiteral("updatedAt"), QStringLiteral("desc")}}));
    QVERIFY(!body.contains(QStringLiteral("filters")));
    // Credentials come only at send time.
    QVERIFY(r.headers.isEmpty());
}

void KoreAiParsersTest::listRequest_nextCursor_movesSkipAndPage()
{
    const ListPage first = provider().parseListPage(testAccount(), PageCursor::first(),
                                                    dataJson(QStringLiteral("list_has_more.json")));
    QVERIFY(first.next.has_value());
    const QJsonObject body = bodyOf(provider().listRequest(testAccount(), *first.next));
    QCOMPARE(body.value(QStringLiteral("skip")), QJsonValue(2));
    QCOMPARE(body.value(QStringLiteral("page")), QJsonValue(2));

    const QJsonObject third = bodyOf(provider().listRequest(testAccount(), cursorAt(200, 3)));
    QCOMPARE(third.value(QStringLiteral("skip")), QJsonValue(200));
    QCOMPARE(third.value(QStringLiteral("page")), QJsonValue(3));
}

void KoreAiParsersTest::requests_joinHostWithOrWithoutPath_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("documented host") << QUrl(QStringLiteral("https://platform.kore.ai"))
                                     << QStringLiteral("https://platform.kore.ai") << QString();
    QTest::newRow("host with a slash") << QUrl(QStringLiteral("https://platform.kore.ai/"))
                                       << QStringLiteral("https://platform.kore.ai") << QString();
    QTest::newRow("regional host")
        << QUrl(QStringLiteral("https://de-platform.kore.ai:8443"))
        << QStringLiteral("https://de-platform.kore.ai:8443") << QString();
    QTest::newRow("sandbox prefix")
        << QUrl(QStringLiteral("http://127.0.0.1:5000/koreai"))
        << QStringLiteral("http://127.0.0.1:5000") << QStringLiteral("/koreai");
    QTest::newRow("sandbox prefix with slashes")
        << QUrl(QStringLiteral("http://127.0.0.1:5000/koreai//"))
        << QStringLiteral("http://127.0.0.1:5000") << QStringLiteral("/koreai");
    QTest::newRow("a stray query is dropped")
        << QUrl(QStringLiteral("https://platform.kore.ai/?x=1"))
        << QStringLiteral("https://platform.kore.ai") << QString();
    QTest::newRow("not set: the default host")
        << QUrl() << QStringLiteral("https://platform.kore.ai") << QString();
}

void KoreAiParsersTest::requests_joinHostWithOrWithoutPath()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, origin);
    QFETCH(QString, prefix);
    const Account account = testAccount(baseUrl);
    const QString api = prefix + QStringLiteral("/campaign/api/v2/public/") + account.streamId +
                        QStringLiteral("/campaign/");
    const QString query = QStringLiteral("?accountId=") + account.accountId;

    QCOMPARE(provider().listRequest(account, PageCursor::first()).url.toString(),
             origin + api + QStringLiteral("getAllCampaignDetails") + query);
    QCOMPARE(provider().testConnectionRequest(account).url.toString(),
             origin + api + QStringLiteral("getAllCampaignDetails") + query);
    QCOMPARE(provider().getRequest(account, QStringLiteral("cd-42")).url.toString(),
             origin + api + QStringLiteral("cd-42") + query);
}

void KoreAiParsersTest::getRequest_isGetWithAccountId_andEncodesTheId()
{
    Account account = testAccount();
    account.accountId = QStringLiteral("acc+1&x=y");
    const ApiRequest r = provider().getRequest(account, QStringLiteral("cd-a1e45a7"));
    QCOMPARE(r.method, QByteArray("GET"));
    QVERIFY(r.idempotent);
    QVERIFY(r.body.isEmpty());
    QVERIFY(r.url.path().endsWith(QStringLiteral("/campaign/cd-a1e45a7")));
    QCOMPARE(QUrlQuery(r.url).queryItemValue(QStringLiteral("accountId"), QUrl::FullyDecoded),
             account.accountId);
    QCOMPARE(QUrlQuery(r.url).queryItems().size(), 1);

    // An id can never change the path or add a query.
    const ApiRequest odd = provider().getRequest(account, QStringLiteral("../x?y=1#z"));
    const QString encodedPath = odd.url.path(QUrl::FullyEncoded);
    QVERIFY2(encodedPath.endsWith(QStringLiteral("/campaign/..%2Fx%3Fy%3D1%23z")),
             qPrintable(encodedPath));
    QCOMPARE(QUrlQuery(odd.url).queryItems().size(), 1);
    QVERIFY(!odd.url.hasFragment());
}

void KoreAiParsersTest::testConnectionRequest_asksForOneCampaign()
{
    const ApiRequest r = provider().testConnectionRequest(testAccount());
    QCOMPARE(r.method, QByteArray("POST"));
    QVERIFY(r.idempotent);
    const QJsonObject body = bodyOf(r);
    QCOMPARE(body.value(QStringLiteral("limit")), QJsonValue(1));
    QCOMPARE(body.value(QStringLiteral("skip")), QJsonValue(0));
    QCOMPARE(body.value(QStringLiteral("page")), QJsonValue(1));
    QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("voice"));
}

void KoreAiParsersTest::checkShape_acceptsDocumentedAndFailureBodies_rejectsOthers()
{
    const ApiRequest list = provider().listRequest(testAccount(), PageCursor::first());
    const ApiRequest get = provider().getRequest(testAccount(), QStringLiteral("cd-1"));
    QVERIFY(list.checkShape);
    QVERIFY(get.checkShape);

    QCOMPARE(list.checkShape(dataJson(QStringLiteral("list_documented.json"))), QString());
    QCOMPARE(list.checkShape(dataJson(QStringLiteral("list_empty.json"))), QString());
    // Failure envelopes pass, so the transport reports the platform's own message.
    QCOMPARE(list.checkShape(dataJson(QStringLiteral("failure_bad_request.json"))), QString());
    QVERIFY(!list.checkShape(dataJson(QStringLiteral("get_documented.json"))).isEmpty());
    QVERIFY(!list.checkShape(QJsonDocument::fromJson("[]")).isEmpty());
    QVERIFY(!list.checkShape(QJsonDocument::fromJson(R"({"data":{}})")).isEmpty());

    QCOMPARE(get.checkShape(dataJson(QStringLiteral("get_documented.json"))), QString());
    QCOMPARE(get.checkShape(dataJson(QStringLiteral("get_not_found.json"))), QString());
    QVERIFY(!get.checkShape(QJsonDocument::fromJson(R"({"status":"success"})")).isEmpty());
    QVERIFY(!get.checkShape(QJsonDocument::fromJson("[]")).isEmpty());
}

void KoreAiParsersTest::authorize_signsVerifiableJwtWithDocumentedClaims()
{
    const Account account = testAccount();
    QUrl url = provider().listRequest(account, PageCursor::first()).url;
    QNetworkRequest request(url);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    provider().authorize(account, TestSecret, request, url);

    QCOMPARE(request.rawHeader("iid"), account.appId.toUtf8());
    QCOMPARE(request.rawHeader("accountId"), account.accountId.toUtf8());
    QVERIFY(!request.hasRawHeader("Authorization"));
    const QByteArray token = request.rawHeader("auth");
    QVERIFY(!token.isEmpty());

    const Jwt::Verified verified =
        Jwt::verifyHs256(token, TestSecret.toUtf8(), QDateTime::currentDateTimeUtc());
    QVERIFY(verified.error == Jwt::VerifyError::None);
    const QJsonObject claims = verified.claims;
    QCOMPARE(claims.value(QStringLiteral("appId")).toString(), account.clientId);
    QVERIFY(!claims.value(QStringLiteral("jti")).toString().isEmpty());
    const qint64 iat = claims.value(QStringLiteral("iat")).toInteger();
    const qint64 exp = claims.value(QStringLiteral("exp")).toInteger();
    QVERIFY(iat >= before.toSecsSinceEpoch() - 1);
    QVERIFY(exp > iat);
    QVERIFY(exp - iat <= 300); // short-lived

    // Signed with this secret and no other.
    QVERIFY(Jwt::verifyHs256(token, "another-secret", QDateTime::currentDateTimeUtc()).error ==
            Jwt::VerifyError::BadSignature);
    // Expires: an hour later it is refused.
    QVERIFY(
        Jwt::verifyHs256(token, TestSecret.toUtf8(), QDateTime::currentDateTimeUtc().addSecs(3600))
            .error == Jwt::VerifyError::Expired);
}

void KoreAiParsersTest::authorize_signsAFreshTokenEveryCall()
{
    const Account account = testAccount();
    const ApiRequest r = provider().withAuth(provider().listRequest(account, PageCursor::first()),
                                             account, TestSecret);
    QVERIFY(r.authorize);
    QNetworkRequest first;
    QNetworkRequest second;
    QUrl url = r.url;
    r.authorize(first, url);
    r.authorize(second, url);
    const QByteArray a = first.rawHeader("auth");
    const QByteArray b = second.rawHeader("auth");
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(a != b);
    const auto jti = [](const QByteArray &token) {
        return Jwt::verifyHs256(token, TestSecret.toUtf8(), QDateTime::currentDateTimeUtc())
            .claims.value(QStringLiteral("jti"))
            .toString();
    };
    QVERIFY(!jti(a).isEmpty());
    QVERIFY(jti(a) != jti(b));
}

void KoreAiParsersTest::authorize_putsNoSecretInTheUrl()
{
    const Account account = testAccount();
    const QUrl original = provider().listRequest(account, PageCursor::first()).url;
    QUrl url = original;
    QNetworkRequest request(url);
    provider().authorize(account, TestSecret, request, url);
    QCOMPARE(url, original);
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        QVERIFY(!request.rawHeader(name).contains(TestSecret.toUtf8()));
}

void KoreAiParsersTest::sandboxWalk_followsNext_listsEveryCampaignExactlyOnce()
{
    Test::SandboxFixture sandbox(Test::SandboxFixture::quietOptions(250));
    const Sandbox::Account &remote = sandbox.account(Platform::KoreAi);
    Account account = testAccount(QUrl(sandbox.baseUrl(Platform::KoreAi)));
    account.streamId = remote.streamId;
    account.appId = remote.appId;
    account.accountId = remote.accountId;
    account.clientId = remote.clientId;

    QNetworkAccessManager nam;
    QStringList seen;
    int requests = 0;
    std::optional<PageCursor> cursor = PageCursor::first();
    while (cursor) {
        QVERIFY2(++requests <= 10, "paging does not end");
        const ApiRequest request =
            provider().withAuth(provider().listRequest(account, *cursor), account, remote.secret);
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
    for (const Sandbox::Campaign &c : sandbox.server().table(Platform::KoreAi).rows())
        expected.append(c.id);
    QCOMPARE(expected.size(), 250);
    QCOMPARE(requests, 3);                                                 // 100 + 100 + 50
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size()); // none twice
    seen.sort();
    expected.sort();
    QCOMPARE(seen, expected); // none missing
}

void KoreAiParsersTest::sandboxSuccessFalseOn200_isNeverAList()
{
    Test::SandboxFixture sandbox(Test::SandboxFixture::quietOptions(20));
    const Sandbox::Account &remote = sandbox.account(Platform::KoreAi);
    Account account = testAccount(QUrl(sandbox.baseUrl(Platform::KoreAi)));
    account.streamId = remote.streamId;
    account.appId = remote.appId;
    account.accountId = remote.accountId;
    account.clientId = remote.clientId;
    sandbox.addFault(QJsonObject{{QStringLiteral("platform"), QStringLiteral("koreai")},
                                 {QStringLiteral("kind"), QStringLiteral("success-false")}});

    QNetworkAccessManager nam;
    const HttpReply reply =
        send(nam, provider().withAuth(provider().listRequest(account, PageCursor::first()), account,
                                      remote.secret));
    QCOMPARE(reply.status, 200);
    const ListPage page =
        provider().parseListPage(account, PageCursor::first(), QJsonDocument::fromJson(reply.body));
    QVERIFY(!page.error.isEmpty());
    QVERIFY(page.campaigns.isEmpty());
    QVERIFY(!page.next);

    // The fault is used up: the same request now lists.
    const HttpReply again =
        send(nam, provider().withAuth(provider().listRequest(account, PageCursor::first()), account,
                                      remote.secret));
    QCOMPARE(again.status, 200);
    QCOMPARE(provider()
                 .parseListPage(account, PageCursor::first(), QJsonDocument::fromJson(again.body))
                 .campaigns.size(),
             qsizetype(sandbox.server().table(Platform::KoreAi).size()));
}

namespace {

Account sandboxAccount(Test::SandboxFixture &sandbox)
{
    const Sandbox::Account &remote = sandbox.account(Platform::KoreAi);
    Account account = testAccount(QUrl(sandbox.baseUrl(Platform::KoreAi)));
    account.streamId = remote.streamId;
    account.appId = remote.appId;
    account.accountId = remote.accountId;
    account.clientId = remote.clientId;
    return account;
}

// The first sandbox campaign in `status` (every status is seeded: the seeder cycles them).
const Sandbox::Campaign *campaignIn(Test::SandboxFixture &sandbox, const QString &status,
                                    bool mostContacts = false)
{
    const Sandbox::Campaign *found = nullptr;
    for (const Sandbox::Campaign &c : sandbox.server().table(Platform::KoreAi).rows()) {
        if (c.status != status)
            continue;
        if (!mostContacts)
            return &c;
        if (!found || c.contacts > found->contacts)
            found = &c;
    }
    return found;
}

const QStringList DocumentedStatuses = {QStringLiteral("Ready"),     QStringLiteral("Preparing"),
                                        QStringLiteral("Scheduled"), QStringLiteral("Rescheduled"),
                                        QStringLiteral("Active"),    QStringLiteral("Paused"),
                                        QStringLiteral("Stopped"),   QStringLiteral("Completed")};

} // namespace

void KoreAiParsersTest::supportsAction_onlyStopAndResume()
{
    QVERIFY(provider().supportsAction(StatusAction::Stop));
    QVERIFY(provider().supportsAction(StatusAction::Resume));
    QVERIFY(!provider().supportsAction(StatusAction::Pause));
    QVERIFY(!provider().supportsAction(StatusAction::Archive));
}

void KoreAiParsersTest::actionAllowed_followsTheTriggerRules_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("whyPart"); // for refusals: words the reason must contain

    // trigger=stop: Preparing, Scheduled, Rescheduled, Active, Paused.
    // trigger=play: Ready, Scheduled, Rescheduled, Paused, Stopped.
    struct Row
    {
        const char *status;
        bool stop;
        bool resume;
    };
    const Row rows[] = {{"Ready", false, true},    {"Preparing", true, false},
                        {"Scheduled", true, true}, {"Rescheduled", true, true},
                        {"Active", true, false},   {"Paused", true, true},
                        {"Stopped", false, true},  {"Completed", false, false}};
    for (const Row &r : rows) {
        const QString status = QString::fromLatin1(r.status);
        QTest::addRow("stop %s", r.status) << StatusAction::Stop << status << r.stop << QString();
        QTest::addRow("resume %s", r.status)
            << StatusAction::Resume << status << r.resume << QString();
        QTest::addRow("pause %s", r.status)
            << StatusAction::Pause << status << false
            << QStringLiteral("Kore.ai has no pause; Stop ends the campaign for good");
        QTest::addRow("archive %s", r.status)
            << StatusAction::Archive << status << false << QStringLiteral("no archive");
    }
    QTest::newRow("stop Stopped says so")
        << StatusAction::Stop << QStringLiteral("Stopped") << false << QStringLiteral("already");
    QTest::newRow("resume Active says so")
        << StatusAction::Resume << QStringLiteral("Active") << false << QStringLiteral("already");
    for (const char *word : {"Blocked", "ACTIVE", "paused", ""}) {
        for (StatusAction action : {StatusAction::Stop, StatusAction::Resume}) {
            QTest::addRow("%s unknown '%s'", qPrintable(statusActionKey(action)), word)
                << action << QString::fromLatin1(word) << false << QStringLiteral("unknown");
        }
    }
}

void KoreAiParsersTest::actionAllowed_followsTheTriggerRules()
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
    // Callers that do not want the reason may pass none.
    QCOMPARE(provider().actionAllowed(action, status, nullptr), allowed);
}

void KoreAiParsersTest::actionRequest_isTheDocumentedTrigger_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("trigger");
    QTest::newRow("stop") << StatusAction::Stop << QStringLiteral("stop");
    QTest::newRow("resume is play") << StatusAction::Resume << QStringLiteral("play");
}

void KoreAiParsersTest::actionRequest_isTheDocumentedTrigger()
{
    QFETCH(StatusAction, action);
    QFETCH(QString, trigger);
    const Account account = testAccount();
    const ApiRequest r = provider().actionRequest(account, QStringLiteral("cd-42"), action);
    QCOMPARE(r.method, QByteArray("POST"));
    // No /campaign prefix on this one path.
    QCOMPARE(r.url.toString(),
             QStringLiteral("http://127.0.0.1:8080/koreai/api/v2/public/") + account.streamId +
                 QStringLiteral("/campaign/trigger/cd-42?accountId=") + account.accountId +
                 QStringLiteral("&campaignType=voice&trigger=") + trigger);
    QCOMPARE(QJsonDocument::fromJson(r.body).object(), QJsonObject());
    QVERIFY(QJsonDocument::fromJson(r.body).isObject());
    QVERIFY(!r.idempotent); // changes the campaign: never repeated on its own
    QVERIFY(r.checkShape);

    // An id can never change the path or add a query.
    const ApiRequest odd = provider().actionRequest(account, QStringLiteral("x/../y?trigger=play"),
                                                    StatusAction::Stop);
    QVERIFY(odd.url.path(QUrl::FullyEncoded)
                .endsWith(QStringLiteral("/trigger/x%2F..%2Fy%3Ftrigger%3Dplay")));
    QCOMPARE(QUrlQuery(odd.url).allQueryItemValues(QStringLiteral("trigger")),
             QStringList{QStringLiteral("stop")});
}

void KoreAiParsersTest::actionRequest_unsupportedAction_buildsNothing()
{
    for (StatusAction action : {StatusAction::Pause, StatusAction::Archive}) {
        const ApiRequest r =
            provider().actionRequest(testAccount(), QStringLiteral("cd-1"), action);
        QVERIFY(r.url.isEmpty());
    }
}

void KoreAiParsersTest::actionRequest_checkShape_acceptsTriggerAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("documented stop answer")
        << readData(QStringLiteral("trigger_stopped.json")) << true;
    QTest::newRow("documented play answer")
        << readData(QStringLiteral("trigger_started.json")) << true;
    // Passes the shape check so that the transport reports Kore.ai's own words.
    QTest::newRow("failure envelope") << readData(QStringLiteral("trigger_refused.json")) << true;
    QTest::newRow("no message") << QByteArray(R"({"status":"Stopped"})") << false;
    QTest::newRow("no status") << QByteArray(R"({"message":"Campaign Stopped"})") << false;
    QTest::newRow("array") << QByteArray("[]") << false;
    QTest::newRow("HTML") << QByteArray("<html>502</html>") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void KoreAiParsersTest::actionRequest_checkShape_acceptsTriggerAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, accepted);
    const ApiRequest r =
        provider().actionRequest(testAccount(), QStringLiteral("cd-1"), StatusAction::Stop);
    QCOMPARE(r.checkShape(QJsonDocument::fromJson(body)).isEmpty(), accepted);
}

void KoreAiParsersTest::deleteRule_coversEveryStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QList<StatusAction>>("unblockBy");
    QTest::addColumn<QString>("reasonPart");
    QTest::addColumn<bool>("warns");

    const QList<StatusAction> stop{StatusAction::Stop};
    QTest::newRow("Ready") << QStringLiteral("Ready") << false << QList<StatusAction>() << QString()
                           << false;
    QTest::newRow("Preparing: blocked, stop first")
        << QStringLiteral("Preparing") << true << stop << QStringLiteral("stop it first") << false;
    QTest::newRow("Scheduled: allowed, may start on its own")
        << QStringLiteral("Scheduled") << false << QList<StatusAction>() << QString() << true;
    QTest::newRow("Rescheduled: allowed, may start on its own")
        << QStringLiteral("Rescheduled") << false << QList<StatusAction>() << QString() << true;
    QTest::newRow("Active: blocked, stop first")
        << QStringLiteral("Active") << true << stop
        << QStringLiteral("The campaign is running (Active): stop it first") << false;
    QTest::newRow("Paused") << QStringLiteral("Paused") << false << QList<StatusAction>()
                            << QString() << false;
    QTest::newRow("Stopped") << QStringLiteral("Stopped") << false << QList<StatusAction>()
                             << QString() << false;
    QTest::newRow("Completed") << QStringLiteral("Completed") << false << QList<StatusAction>()
                               << QString() << false;
    QTest::newRow("unknown word") << QStringLiteral("Blocked") << true << QList<StatusAction>()
                                  << QStringLiteral("unknown") << false;
    QTest::newRow("Smartlead's ACTIVE is not Kore.ai's")
        << QStringLiteral("ACTIVE") << true << QList<StatusAction>() << QStringLiteral("unknown")
        << false;
    QTest::newRow("lower case") << QStringLiteral("active") << true << QList<StatusAction>()
                                << QStringLiteral("unknown") << false;
    QTest::newRow("no status") << QString() << true << QList<StatusAction>()
                               << QStringLiteral("unknown") << false;
}

void KoreAiParsersTest::deleteRule_coversEveryStatus()
{
    QFETCH(QString, status);
    QFETCH(bool, blocked);
    QFETCH(QList<StatusAction>, unblockBy);
    QFETCH(QString, reasonPart);
    QFETCH(bool, warns);
    const DeleteRule rule = provider().deleteRule(status);
    QCOMPARE(rule.blocked, blocked);
    QCOMPARE(rule.unblockBy, unblockBy);
    QCOMPARE(rule.reason.isEmpty(), !blocked);
    if (!reasonPart.isEmpty())
        QVERIFY2(rule.reason.contains(reasonPart), qPrintable(rule.reason));
    if (blocked && !unblockBy.isEmpty()) {
        // Kore.ai has no such rule: the reason says whose rule it is.
        QVERIFY2(rule.reason.contains(QStringLiteral("Campaign Desk's rule")),
                 qPrintable(rule.reason));
        // Every unblocking action exists and applies in this status.
        for (StatusAction action : unblockBy)
            QVERIFY(provider().actionAllowed(action, status, nullptr));
    }
    QCOMPARE(!rule.warning.isEmpty(), warns);
}

void KoreAiParsersTest::cascade_isUndocumented_namesWhatMayBeLostAndWhatStays()
{
    QVERIFY(!provider().documentsCascade());
    const QList<CascadeItem> items =
        provider().cascade(dataJson(QStringLiteral("get_documented.json")));
    QStringList whats;
    for (const CascadeItem &item : items) {
        whats.append(item.what);
        QCOMPARE(item.count, qint64(-1)); // nothing counted before addCascadeCounts
    }
    const QString all = whats.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("run history")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("per-contact results")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("contact lists and DNC lists are separate objects")),
             qPrintable(all));
    // The lists that stay are named, from the live get.
    QVERIFY2(all.contains(QStringLiteral("CL Only 2020 Dec 4")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("DNC CL Dec 4")), qPrintable(all));

    // Without a usable get answer the general statement still stands.
    const QList<CascadeItem> bare = provider().cascade(QJsonDocument());
    QCOMPARE(bare.size(), items.size());
}

void KoreAiParsersTest::cascadeCountRequest_asksForOneContactResult()
{
    const Account account = testAccount();
    const std::optional<ApiRequest> r =
        provider().cascadeCountRequest(account, QStringLiteral("cd-42"));
    QVERIFY(r.has_value());
    QCOMPARE(r->method, QByteArray("POST"));
    QVERIFY(r->idempotent); // only reads
    QCOMPARE(r->url.toString(), QStringLiteral("http://127.0.0.1:8080/koreai/campaign/api/v2/"
                                               "public/") +
                                    account.streamId +
                                    QStringLiteral("/campaign/cd-42/status?accountId=") +
                                    account.accountId + QStringLiteral("&view=contacts"));
    QCOMPARE(bodyOf(*r), (QJsonObject{{QStringLiteral("page"), 1}, {QStringLiteral("limit"), 1}}));
    QVERIFY(r->checkShape);
    QCOMPARE(r->checkShape(dataJson(QStringLiteral("contacts_documented.json"))), QString());
    QCOMPARE(r->checkShape(dataJson(QStringLiteral("get_not_found.json"))), QString());
    QVERIFY(!r->checkShape(dataJson(QStringLiteral("get_status_view.json"))).isEmpty());
}

void KoreAiParsersTest::addCascadeCounts_readsTotalResults_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("count");
    QTest::newRow("documented contacts view")
        << readData(QStringLiteral("contacts_documented.json")) << qint64(4);
    QTest::newRow("no contacts") << readData(QStringLiteral("contacts_none.json")) << qint64(0);
    QTest::newRow("failure leaves it unknown")
        << readData(QStringLiteral("get_not_found.json")) << qint64(-1);
    QTest::newRow("failure carrying data leaves it unknown")
        << QByteArray(R"({"status":"failure","message":"x","data":{"totalResults":9}})")
        << qint64(-1);
    QTest::newRow("status view has no count")
        << readData(QStringLiteral("get_status_view.json")) << qint64(-1);
    QTest::newRow("count as a string is not documented")
        << QByteArray(R"({"status":"success","data":{"results":[],"totalResults":"4"}})")
        << qint64(-1);
    QTest::newRow("negative count")
        << QByteArray(R"({"status":"success","data":{"results":[],"totalResults":-1}})")
        << qint64(-1);
    QTest::newRow("truncated") << readData(QStringLiteral("contacts_truncated.json")) << qint64(-1);
}

void KoreAiParsersTest::addCascadeCounts_readsTotalResults()
{
    QFETCH(QByteArray, body);
    QFETCH(qint64, count);
    QList<CascadeItem> items = provider().cascade(dataJson(QStringLiteral("get_documented.json")));
    provider().addCascadeCounts(QJsonDocument::fromJson(body), &items);
    int counted = 0;
    for (const CascadeItem &item : std::as_const(items)) {
        if (item.what.contains(QStringLiteral("per-contact results"))) {
            QCOMPARE(item.count, count);
            ++counted;
        } else {
            QCOMPARE(item.count, qint64(-1));
        }
    }
    QCOMPARE(counted, 1);
    provider().addCascadeCounts(QJsonDocument::fromJson(body), nullptr); // no crash
}

void KoreAiParsersTest::deleteRequest_isTheDocumentedDelete()
{
    const Account account = testAccount();
    const ApiRequest r = provider().deleteRequest(account, QStringLiteral("cd-a1e45a7"));
    QCOMPARE(r.method, QByteArray("DELETE"));
    QVERIFY(!r.idempotent); // never repeated blindly
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.url.toString(), QStringLiteral("http://127.0.0.1:8080/koreai/campaign/api/v2/"
                                              "public/") +
                                   account.streamId +
                                   QStringLiteral("/campaign/cd-a1e45a7?accountId=") +
                                   account.accountId + QStringLiteral("&campaignType=voice"));
    QVERIFY(r.checkShape);
    QCOMPARE(r.checkShape(dataJson(QStringLiteral("delete_documented.json"))), QString());
    QCOMPARE(r.checkShape(dataJson(QStringLiteral("get_not_found.json"))), QString());
    QVERIFY(!r.checkShape(dataJson(QStringLiteral("trigger_stopped.json"))).isEmpty());
    QVERIFY(!r.checkShape(QJsonDocument::fromJson("[]")).isEmpty());

    const ApiRequest odd =
        provider().deleteRequest(account, QStringLiteral("../getAllCampaignDetails"));
    QVERIFY(odd.url.path(QUrl::FullyEncoded)
                .endsWith(QStringLiteral("/campaign/..%2FgetAllCampaignDetails")));
}

void KoreAiParsersTest::parseDeleteAnswer_onlyDocumentedSuccess_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<QString>("message");

    const QByteArray documented = readData(QStringLiteral("delete_documented.json"));
    QTest::newRow("documented answer (seed)")
        << documented << 200 << true
        << QStringLiteral("Campaign Service Renewal Outreach Campaign61 deleted successfully");
    QTest::newRow("documented answer, compact, other name")
        << QByteArray(R"({"status":"success","message":"Campaign X deleted successfully",)"
                      R"("data":{"_id":"cd-1","name":"X"}})")
        << 200 << true << QStringLiteral("Campaign X deleted successfully");
    QTest::newRow("documented body with a non-2xx status")
        << documented << 500 << false << QString();
    QTest::newRow("documented body on a redirect") << documented << 302 << false << QString();
    QTest::newRow("no HTTP answer") << documented << 0 << false << QString();
    QTest::newRow("404 failure") << readData(QStringLiteral("get_not_found.json")) << 404 << false
                                 << QString();
    QTest::newRow("failure on 200")
        << readData(QStringLiteral("failure_bad_request.json")) << 200 << false << QString();
    QTest::newRow("failure carrying the campaign")
        << readData(QStringLiteral("get_failure_with_campaign.json")) << 200 << false << QString();
    QTest::newRow("a get answer is not a delete")
        << readData(QStringLiteral("get_documented.json")) << 200 << false << QString();
    QTest::newRow("status view") << readData(QStringLiteral("get_status_view.json")) << 200 << false
                                 << QString();
    QTest::newRow("trigger answer")
        << readData(QStringLiteral("trigger_stopped.json")) << 200 << false << QString();
    QTest::newRow("success without data")
        << QByteArray(R"({"status":"success","message":"Campaign X deleted successfully"})") << 200
        << false << QString();
    QTest::newRow("success without message")
        << QByteArray(R"({"status":"success","data":{"_id":"cd-1"}})") << 200 << false << QString();
    QTest::newRow("status in other case")
        << QByteArray(R"({"status":"SUCCESS","message":"Campaign X deleted successfully",)"
                      R"("data":{}})")
        << 200 << false << QString();
    QTest::newRow("other platforms' success flag")
        << QByteArray(R"({"success":true,"message":"Campaign deleted successfully"})") << 200
        << false << QString();
    QTest::newRow("empty body (204)") << QByteArray() << 204 << false << QString();
    QTest::newRow("empty body (200)") << QByteArray() << 200 << false << QString();
    QTest::newRow("empty object") << QByteArray("{}") << 200 << false << QString();
    QTest::newRow("array") << QByteArray(R"([{"status":"success"}])") << 200 << false << QString();
    QTest::newRow("HTML") << QByteArray("<html><body>Deleted</body></html>") << 200 << false
                          << QString();
    QTest::newRow("truncated") << documented.left(documented.size() / 2) << 200 << false
                               << QString();
}

void KoreAiParsersTest::parseDeleteAnswer_onlyDocumentedSuccess()
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
        QVERIFY(answer.deleted.isEmpty()); // Kore.ai gives no counts
    }
    QCOMPARE(provider().parseDeleteAnswer(QJsonDocument::fromJson(body), httpStatus, nullptr),
             deleted);
}

void KoreAiParsersTest::exportPieces_areContactResultsRows()
{
    const QList<ExportPiece> pieces = provider().exportPieces();
    QCOMPARE(pieces.size(), 1);
    const ExportPiece &p = pieces.first();
    QCOMPARE(p.id, QStringLiteral("contact-results"));
    QCOMPARE(p.fileName, QStringLiteral("contact-results.csv"));
    QCOMPARE(p.kind, ExportPiece::Kind::PagedRows);
    QCOMPARE(
        p.columns,
        (QStringList{QStringLiteral("phoneNumber"), QStringLiteral("dialerOutcome"),
                     QStringLiteral("numberOfAttemptsSoFar"), QStringLiteral("botSessionId"),
                     QStringLiteral("agentDispositionCodes"), QStringLiteral("botOutboundStatus"),
                     QStringLiteral("botOutboundStatusDetail")}));
    for (const ExportPiece &piece : pieces)
        QVERIFY(piece.fileName != QStringLiteral("campaign.json")); // the writer's own file
}

void KoreAiParsersTest::exportRequest_pagesContactResults()
{
    const Account account = testAccount();
    const ExportPiece piece = provider().exportPieces().first();
    PageCursor third;
    third.page = 3;
    const ApiRequest first =
        provider().exportRequest(account, QStringLiteral("cd-42"), piece, PageCursor::first());
    const ApiRequest later =
        provider().exportRequest(account, QStringLiteral("cd-42"), piece, third);
    for (const ApiRequest *r : {&first, &later}) {
        QCOMPARE(r->method, QByteArray("POST"));
        QVERIFY(r->idempotent); // a read-only POST: safe to repeat
        QVERIFY(r->expectJson);
        QCOMPARE(r->url.toString(), QStringLiteral("http://127.0.0.1:8080/koreai/campaign/api/v2/"
                                                   "public/") +
                                        account.streamId +
                                        QStringLiteral("/campaign/cd-42/status?accountId=") +
                                        account.accountId + QStringLiteral("&view=contacts"));
        QVERIFY(r->checkShape);
        QCOMPARE(r->checkShape(dataJson(QStringLiteral("contacts_documented.json"))), QString());
    }
    QCOMPARE(bodyOf(first),
             (QJsonObject{{QStringLiteral("page"), 1}, {QStringLiteral("limit"), 100}}));
    QCOMPARE(bodyOf(later),
             (QJsonObject{{QStringLiteral("page"), 3}, {QStringLiteral("limit"), 100}}));

    ExportPiece other = piece;
    other.id = QStringLiteral("calls");
    QVERIFY(provider()
                .exportRequest(account, QStringLiteral("cd-42"), other, PageCursor::first())
                .url.isEmpty());
}

void KoreAiParsersTest::parseExportRows_walksPages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("rows");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("nextPage"); // 0: last page
    QTest::addColumn<bool>("isError");

    QTest::newRow("documented page")
        << QStringLiteral("contacts_documented.json") << 1 << 1 << qint64(4) << 0 << false;
    QTest::newRow("first of three")
        << QStringLiteral("contacts_first_of_three.json") << 1 << 2 << qint64(5) << 2 << false;
    QTest::newRow("last of three")
        << QStringLiteral("contacts_last_of_three.json") << 3 << 1 << qint64(5) << 0 << false;
    QTest::newRow("no contacts") << QStringLiteral("contacts_none.json") << 1 << 0 << qint64(0) << 0
                                 << false;
    QTest::newRow("no totalPages: totalResults decides")
        << QStringLiteral("contacts_total_only.json") << 1 << 2 << qint64(150) << 2 << false;
    QTest::newRow("no totalPages: past the total")
        << QStringLiteral("contacts_total_only.json") << 2 << 2 << qint64(150) << 0 << false;
    QTest::newRow("more said, empty page: an error, not a loop")
        << QStringLiteral("contacts_more_but_empty.json") << 2 << 0 << qint64(-1) << 0 << true;
    QTest::newRow("answered another page than asked")
        << QStringLiteral("contacts_first_of_three.json") << 2 << 0 << qint64(-1) << 0 << true;
    QTest::newRow("a row that is not an object")
        << QStringLiteral("contacts_row_not_object.json") << 1 << 0 << qint64(-1) << 0 << true;
    QTest::newRow("failure") << QStringLiteral("get_not_found.json") << 1 << 0 << qint64(-1) << 0
                             << true;
    QTest::newRow("failure carrying results")
        << QStringLiteral("failure_with_data.json") << 1 << 0 << qint64(-1) << 0 << true;
    QTest::newRow("status view") << QStringLiteral("get_status_view.json") << 1 << 0 << qint64(-1)
                                 << 0 << true;
    QTest::newRow("truncated") << QStringLiteral("contacts_truncated.json") << 1 << 0 << qint64(-1)
                               << 0 << true;
}

void KoreAiParsersTest::parseExportRows_walksPages()
{
    QFETCH(QString, file);
    QFETCH(int, page);
    QFETCH(int, rows);
    QFETCH(qint64, total);
    QFETCH(int, nextPage);
    QFETCH(bool, isError);
    PageCursor cursor;
    cursor.page = page;
    const RowsPage parsed =
        provider().parseExportRows(provider().exportPieces().first(), cursor, dataJson(file));
    QCOMPARE(!parsed.error.isEmpty(), isError);
    QCOMPARE(parsed.rows.size(), qsizetype(rows));
    if (!isError)
        QCOMPARE(parsed.total, total);
    QCOMPARE(parsed.next.has_value(), nextPage > 0);
    if (parsed.next)
        QCOMPARE(parsed.next->page, nextPage);
    if (isError)
        QVERIFY(!parsed.next);
}

void KoreAiParsersTest::sandboxAction_movesTheCampaignAsDocumented_data()
{
    QTest::addColumn<StatusAction>("action");
    QTest::addColumn<QString>("status");
    for (const QString &status : DocumentedStatuses) {
        QTest::addRow("stop %s", qPrintable(status)) << StatusAction::Stop << status;
        QTest::addRow("resume %s", qPrintable(status)) << StatusAction::Resume << status;
    }
}

void KoreAiParsersTest::sandboxAction_movesTheCampaignAsDocumented()
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
                            sandbox.account(Platform::KoreAi).secret);
    const HttpReply reply = send(nam, request);
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    const QString now = sandbox.server().table(Platform::KoreAi).find(id)->status;
    if (provider().actionAllowed(action, status, nullptr)) {
        const QString expected =
            action == StatusAction::Stop ? QStringLiteral("Stopped") : QStringLiteral("Active");
        QCOMPARE(reply.status, 200);
        QCOMPARE(request.checkShape(doc), QString());
        QCOMPARE(doc.object().value(QStringLiteral("status")).toString(), expected);
        QCOMPARE(now, expected);
    } else {
        // What the app refuses to send, the platform refuses too: nothing changes.
        QCOMPARE(reply.status, 400);
        QCOMPARE(request.checkShape(doc), QString()); // a failure envelope, with its message
        QCOMPARE(now, status);
    }
}

void KoreAiParsersTest::sandboxDelete_removesTheCampaign_andTheAnswerIsAccepted()
{
    Test::SandboxFixture sandbox(Test::SandboxFixture::quietOptions(40));
    const Account account = sandboxAccount(sandbox);
    const QString secret = sandbox.account(Platform::KoreAi).secret;
    const Sandbox::Campaign *campaign = campaignIn(sandbox, QStringLiteral("Stopped"));
    QVERIFY(campaign);
    QVERIFY(!provider().deleteRule(campaign->status).blocked);
    const QString id = campaign->id;
    const QString name = campaign->name;
    const qsizetype before = sandbox.server().table(Platform::KoreAi).size();

    QNetworkAccessManager nam;
    const ApiRequest request =
        provider().withAuth(provider().deleteRequest(account, id), account, secret);
    const HttpReply reply = send(nam, request);
    QCOMPARE(reply.status, 200);
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    QCOMPARE(request.checkShape(doc), QString());
    DeleteAnswer answer;
    QVERIFY(provider().parseDeleteAnswer(doc, reply.status, &answer));
    QVERIFY2(answer.message.contains(name), qPrintable(answer.message));
    QVERIFY(!sandbox.server().table(Platform::KoreAi).find(id));
    QCOMPARE(sandbox.server().table(Platform::KoreAi).size(), before - 1);

    // Again: already gone, and never read as a deletion.
    const HttpReply again = send(nam, request);
    QCOMPARE(again.status, 404);
    QVERIFY(
        !provider().parseDeleteAnswer(QJsonDocument::fromJson(again.body), again.status, nullptr));
}

void KoreAiParsersTest::sandboxContactResults_walkToTheEnd_rowCountIsTotal()
{
    Test::SandboxFixture sandbox(Test::SandboxFixture::quietOptions(40));
    const Account account = sandboxAccount(sandbox);
    const QString secret = sandbox.account(Platform::KoreAi).secret;
    const Sandbox::Campaign *campaign =
        campaignIn(sandbox, QStringLiteral("Completed"), /*mostContacts=*/true);
    QVERIFY(campaign);
    QVERIFY2(campaign->contacts > 100, "the walk must cross a page boundary");
    const QString id = campaign->id;
    const qint64 contacts = campaign->contacts;

    QNetworkAccessManager nam;
    // The cascade count first, as the delete flow asks for it.
    const ApiRequest countRequest =
        provider().withAuth(*provider().cascadeCountRequest(account, id), account, secret);
    const HttpReply counted = send(nam, countRequest);
    QCOMPARE(counted.status, 200);
    QCOMPARE(countRequest.checkShape(QJsonDocument::fromJson(counted.body)), QString());
    QList<CascadeItem> items = provider().cascade(QJsonDocument());
    provider().addCascadeCounts(QJsonDocument::fromJson(counted.body), &items);
    qint64 cascadeCount = -1;
    for (const CascadeItem &item : std::as_const(items)) {
        if (item.count >= 0)
            cascadeCount = item.count;
    }
    QCOMPARE(cascadeCount, contacts);

    const ExportPiece piece = provider().exportPieces().first();
    qint64 rows = 0;
    qint64 total = -1;
    int requests = 0;
    std::optional<PageCursor> cursor = PageCursor::first();
    while (cursor) {
        QVERIFY2(++requests <= 10, "paging does not end");
        const ApiRequest request = provider().withAuth(
            provider().exportRequest(account, id, piece, *cursor), account, secret);
        const HttpReply reply = send(nam, request);
        QCOMPARE(reply.status, 200);
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        QCOMPARE(request.checkShape(doc), QString());
        const RowsPage page = provider().parseExportRows(piece, *cursor, doc);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        for (const QJsonObject &row : page.rows) {
            for (const QString &column : piece.columns)
                QVERIFY2(row.contains(column), qPrintable(column));
        }
        rows += page.rows.size();
        total = page.total;
        cursor = page.next;
    }
    QCOMPARE(total, contacts);
    QCOMPARE(rows, total);
    QCOMPARE(requests, int((contacts + 99) / 100));
}

QTEST_GUILESS_MAIN(KoreAiParsersTest)
#include "tst_parsers_koreai.moc"
