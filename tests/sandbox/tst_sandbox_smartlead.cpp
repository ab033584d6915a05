// Smartlead emulator behaviour over real HTTP: the bare list at 10,000 campaigns, the status
// machine, delete rules and their cascade, the leads export, rate limits, auth and redaction.

#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtTest>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

namespace {

constexpr Platform Smartlead = Platform::Smartlead;

QByteArray jsonBody(const QString &status)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), status}})
        .toJson(QJsonDocument::Compact);
}

// RFC 4180 records: quoted cells may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                cell += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
        } else if (ch == QLatin1Char(',')) {
            record.append(cell);
            cell.clear();
        } else if (ch == QLatin1Char('\n')) {
            record.append(cell);
            records.append(record);
            record.clear();
            cell.clear();
        } else if (ch != QLatin1Char('\r')) {
            cell += ch;
        }
    }
    if (!cell.isEmpty() || !record.isEmpty()) {
        record.append(cell);
        records.append(record);
    }
    return records;
}

} // namespace

class SmartleadSandboxTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void list_atTenThousand_returnsEveryCampaignOnceNewestIdFirst();
    void list_clientIdFilter_returnsOnlyThatClientsCampaigns();
    void list_tagsOnlyWithIncludeTags();
    void seed_cyclesThroughEveryStatus();

    void deleteActiveCampaign_isRefusedWithDocumentedBody();
    void deleteCampaign_inAnyOtherStatus_succeeds_data();
    void deleteCampaign_inAnyOtherStatus_succeeds();
    void deletedCampaign_takesAllItsRecordsWithIt();

    void statusChange_followsTheStatusMachine_data();
    void statusChange_followsTheStatusMachine();
    void archiveActiveCampaign_isRefused();
    void stoppedThenArchived_cannotBeResumedByUnarchiving();
    void statusChange_acceptsPostPatchJsonAndFormBodies();
    void statusChange_rejectsUnknownValues();

    void seedPageSequence_worksWithTheDocKeys();
    void leadsExport_hasOneQuotedRowPerLeadAndNoEmptyJsonCells();
    void leadsPaging_returnsEveryLeadOnce_withTotalAsString();
    void readEndpoints_returnExactlyTheDocumentedFields();

    void rateLimit_refusesAfterConfiguredCount_withDocumentedBodyAndHeaders();
    void burstLimit_triggersBeforePerMinuteLimit();
    void admittedAnswers_carryRateHeaders();

    void auth_missingOrWrongKey_isUnauthorized();
    void auth_headerBearerIsNotAccepted();
    void requestLog_neverContainsTheApiKey();
    void unknownRoute_isNotFoundInPlatformShape();

private:
    SandboxFixture m_sandbox;
};

void SmartleadSandboxTest::init()
{
    m_sandbox.reset();
    m_sandbox.setRateLimits(false);
}

void SmartleadSandboxTest::list_atTenThousand_returnsEveryCampaignOnceNewestIdFirst()
{
    SandboxFixture big(SandboxFixture::quietOptions(10000));
    const HttpAnswer a = big.call(Smartlead, "GET", QStringLiteral("/campaigns"));
    QCOMPARE(a.status, 200);
    const QJsonArray list = a.array();
    QCOMPARE(list.size(), 10000);
    QSet<qint64> seen;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (const QJsonValue v : list) {
        const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY2(!seen.contains(id), qPrintable(QString::number(id)));
        seen.insert(id);
        QVERIFY2(id < previous, "the list is newest (highest) id first");
        previous = id;
    }
    QCOMPARE(list.first().toObject().value(QStringLiteral("id")).toInteger(), 2710262);
    QCOMPARE(list.last().toObject().value(QStringLiteral("id")).toInteger(), 123);
    QCOMPARE(qsizetype(seen.size()), big.server().table(Smartlead).size());
}

void SmartleadSandboxTest::list_clientIdFilter_returnsOnlyThatClientsCampaigns()
{
    const QJsonArray all = m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns")).array();
    qint64 clientId = 0;
    int expected = 0;
    for (const QJsonValue v : all) {
        const QJsonValue client = v.toObject().value(QStringLiteral("client_id"));
        if (!client.isNull() && clientId == 0)
            clientId = client.toInteger();
        if (!client.isNull() && client.toInteger() == clientId)
            ++expected;
    }
    QVERIFY(clientId != 0);
    const QJsonArray filtered =
        m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns?client_id=%1").arg(clientId))
            .array();
    QCOMPARE(filtered.size(), expected);
    for (const QJsonValue v : filtered)
        QCOMPARE(v.toObject().value(QStringLiteral("client_id")).toInteger(), clientId);
}

void SmartleadSandboxTest::list_tagsOnlyWithIncludeTags()
{
    const QJsonArray plain = m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns")).array();
    QVERIFY(!plain.first().toObject().contains(QStringLiteral("tags")));
    const QJsonArray tagged =
        m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns?include_tags=true")).array();
    for (const QJsonValue v : tagged)
        QVERIFY(v.toObject().value(QStringLiteral("tags")).isArray());
}

void SmartleadSandboxTest::seed_cyclesThroughEveryStatus()
{
    const QJsonArray all = m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns")).array();
    QSet<QString> statuses;
    for (const QJsonValue v : all)
        statuses.insert(v.toObject().value(QStringLiteral("status")).toString());
    for (const char *s : {"DRAFTED", "ACTIVE", "PAUSED", "STOPPED", "COMPLETED", "ARCHIVED"})
        QVERIFY2(statuses.contains(QString::fromLatin1(s)), s);
}

void SmartleadSandboxTest::deleteActiveCampaign_isRefusedWithDocumentedBody()
{
    const HttpAnswer a = m_sandbox.call(Smartlead, "DELETE", QStringLiteral("/campaigns/2710262"));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.object().value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Cannot delete an active campaign. Pause or stop it first."));
    QCOMPARE(m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/2710262")).status, 200);
}

void SmartleadSandboxTest::deleteCampaign_inAnyOtherStatus_succeeds_data()
{
    QTest::addColumn<QString>("status");
    for (const char *s : {"DRAFTED", "PAUSED", "STOPPED", "COMPLETED", "ARCHIVED"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void SmartleadSandboxTest::deleteCampaign_inAnyOtherStatus_succeeds()
{
    QFETCH(QString, status);
    const HttpAnswer set = m_sandbox.raw(
        "POST", QStringLiteral("/__sandbox/campaigns/smartlead/123"), jsonBody(status));
    QCOMPARE(set.status, 200);
    const HttpAnswer a = m_sandbox.call(Smartlead, "DELETE", QStringLiteral("/campaigns/123"));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object(), (QJsonObject{{QStringLiteral("success"), true},
                                      {QStringLiteral("message"),
                                       QStringLiteral("Campaign deleted successfully")}}));
    QCOMPARE(m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123")).status, 404);
}

void SmartleadSandboxTest::deletedCampaign_takesAllItsRecordsWithIt()
{
    const QString base = QStringLiteral("/campaigns/123");
    QCOMPARE(m_sandbox.call(Smartlead, "GET", base + QStringLiteral("/leads")).status, 200);
    QCOMPARE(m_sandbox.call(Smartlead, "DELETE", base).status, 200);

    for (const char *sub : {"", "/leads", "/leads-export", "/statistics", "/analytics",
                            "/sequences", "/email-accounts", "/webhooks"}) {
        const HttpAnswer a = m_sandbox.call(Smartlead, "GET", base + QLatin1String(sub));
        QVERIFY2(a.status == 404, sub);
        QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Campaign not found"));
    }
    QCOMPARE(m_sandbox
                 .call(Smartlead, "POST", base + QStringLiteral("/status"),
                       jsonBody(QStringLiteral("PAUSED")))
                 .status,
             404);
    QCOMPARE(m_sandbox.call(Smartlead, "DELETE", base).status, 404);
    const QJsonArray all = m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns")).array();
    for (const QJsonValue v : all)
        QVERIFY(v.toObject().value(QStringLiteral("id")).toInteger() != 123);
}

void SmartleadSandboxTest::statusChange_followsTheStatusMachine_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("request");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("result");

    const auto row = [](const char *from, const char *request, int code, const char *result) {
        QTest::addRow("%s + %s", from, request)
            << QString::fromLatin1(from) << QString::fromLatin1(request) << code
            << QString::fromLatin1(result);
    };
    row("DRAFTED", "START", 200, "ACTIVE");
    row("DRAFTED", "PAUSED", 400, "DRAFTED");
    row("DRAFTED", "STOPPED", 200, "STOPPED");
    row("DRAFTED", "ARCHIVED", 200, "ARCHIVED");
    row("ACTIVE", "PAUSED", 200, "PAUSED");
    row("ACTIVE", "STOPPED", 200, "STOPPED");
    row("ACTIVE", "START", 200, "ACTIVE");
    row("ACTIVE", "ARCHIVED", 400, "ACTIVE");
    row("PAUSED", "START", 200, "ACTIVE");
    row("PAUSED", "PAUSED", 200, "PAUSED");
    row("PAUSED", "STOPPED", 200, "STOPPED");
    row("PAUSED", "ARCHIVED", 200, "ARCHIVED");
    row("STOPPED", "START", 400, "STOPPED");
    row("STOPPED", "PAUSED", 400, "STOPPED");
    row("STOPPED", "STOPPED", 200, "STOPPED");
    row("STOPPED", "ARCHIVED", 200, "ARCHIVED");
    row("COMPLETED", "START", 400, "COMPLETED");
    row("COMPLETED", "PAUSED", 400, "COMPLETED");
    row("COMPLETED", "STOPPED", 400, "COMPLETED");
    row("COMPLETED", "ARCHIVED", 200, "ARCHIVED");
    row("ARCHIVED", "PAUSED", 200, "PAUSED");
    row("ARCHIVED", "START", 400, "ARCHIVED");
    row("ARCHIVED", "STOPPED", 200, "STOPPED");
    row("ARCHIVED", "ARCHIVED", 200, "ARCHIVED");
}

void SmartleadSandboxTest::statusChange_followsTheStatusMachine()
{
    QFETCH(QString, from);
    QFETCH(QString, request);
    QFETCH(int, httpStatus);
    QFETCH(QString, result);
    QCOMPARE(
        m_sandbox.raw("POST", QStringLiteral("/__sandbox/campaigns/smartlead/123"), jsonBody(from))
            .status,
        200);
    const HttpAnswer a = m_sandbox.call(Smartlead, "POST", QStringLiteral("/campaigns/123/status"),
                                        jsonBody(request));
    QCOMPARE(a.status, httpStatus);
    QCOMPARE(a.object().value(QStringLiteral("success")).toBool(), httpStatus == 200);
    QVERIFY(!a.object().value(QStringLiteral("message")).toString().isEmpty());
    if (httpStatus == 200) {
        QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Campaign status updated successfully"));
        QCOMPARE(valueAt(a.object(), QStringLiteral("campaign.id")).toInteger(), 123);
        QCOMPARE(valueAt(a.object(), QStringLiteral("campaign.status")).toString(), result);
    }
    const HttpAnswer now = m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123"));
    QCOMPARE(now.object().value(QStringLiteral("status")).toString(), result);
}

void SmartleadSandboxTest::archiveActiveCampaign_isRefused()
{
    const HttpAnswer a =
        m_sandbox.call(Smartlead, "PATCH", QStringLiteral("/campaigns/2710262/status"),
                       jsonBody(QStringLiteral("ARCHIVED")));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.object().value(QStringLiteral("success")).toBool(true), false);
    QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Cannot archive an active campaign. Pause or stop it first."));
    QCOMPARE(m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/2710262"))
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("ACTIVE"));
}

void SmartleadSandboxTest::stoppedThenArchived_cannotBeResumedByUnarchiving()
{
    const QString path = QStringLiteral("/campaigns/123/status");
    QCOMPARE(m_sandbox.call(Smartlead, "POST", path, jsonBody(QStringLiteral("STOPPED"))).status,
             200);
    QCOMPARE(m_sandbox.call(Smartlead, "POST", path, jsonBody(QStringLiteral("ARCHIVED"))).status,
             200);
    QCOMPARE(m_sandbox.call(Smartlead, "POST", path, jsonBody(QStringLiteral("PAUSED"))).status,
             400);
    QCOMPARE(m_sandbox.call(Smartlead, "POST", path, jsonBody(QStringLiteral("START"))).status,
             400);
    const HttpAnswer stopped =
        m_sandbox.call(Smartlead, "POST", path, jsonBody(QStringLiteral("STOPPED")));
    QCOMPARE(stopped.status, 200);
    QCOMPARE(valueAt(stopped.object(), QStringLiteral("campaign.status")).toString(),
             QStringLiteral("STOPPED"));
}

void SmartleadSandboxTest::statusChange_acceptsPostPatchJsonAndFormBodies()
{
    const QString url = m_sandbox.baseUrl(Smartlead).mid(m_sandbox.origin().size()) +
                        QStringLiteral("/campaigns/123/status?api_key=") +
                        m_sandbox.account(Smartlead).secret;
    const QList<QPair<QByteArray, QByteArray>> form = {
        {"Content-Type", "application/x-www-form-urlencoded"}};
    struct Case
    {
        QByteArray method;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        const char *result;
    };
    const QList<Case> cases = {
        {"POST", "status=START", form, "ACTIVE"},
        {"PATCH", "status=PAUSED", form, "PAUSED"},
        {"POST", "{\"status\":\"START\"}", {{"Content-Type", "application/json"}}, "ACTIVE"},
        {"PATCH", "{\"status\": \"PAUSED\"}", form, "PAUSED"}, // curl -d without a type
    };
    for (const Case &c : cases) {
        const HttpAnswer a = m_sandbox.raw(c.method, url, c.body, c.headers);
        QVERIFY2(a.status == 200, a.body.constData());
        QCOMPARE(valueAt(a.object(), QStringLiteral("campaign.status")).toString(),
                 QString::fromLatin1(c.result));
    }
    QCOMPARE(m_sandbox
                 .call(Smartlead, "PUT", QStringLiteral("/campaigns/123/status"),
                       jsonBody(QStringLiteral("PAUSED")))
                 .status,
             404);
}

void SmartleadSandboxTest::statusChange_rejectsUnknownValues()
{
    for (const QByteArray &body :
         {jsonBody(QStringLiteral("ACTIVE")), jsonBody(QStringLiteral("paused")), QByteArray("{}"),
          QByteArray("{\"state\":\"PAUSED\"}")}) {
        const HttpAnswer a =
            m_sandbox.call(Smartlead, "POST", QStringLiteral("/campaigns/123/status"), body);
        QVERIFY2(a.status == 422, body.constData());
        QCOMPARE(a.object().value(QStringLiteral("success")).toBool(true), false);
    }
    QCOMPARE(m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/abc")).status, 422);
}

void SmartleadSandboxTest::seedPageSequence_worksWithTheDocKeys()
{
    const QString base = m_sandbox.baseUrl(Smartlead).mid(m_sandbox.origin().size());
    // curl "…/campaigns/123/leads-export?api_key=YOUR_KEY"
    const HttpAnswer csv =
        m_sandbox.raw("GET", base + QStringLiteral("/campaigns/123/leads-export?api_key=YOUR_KEY"));
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.header("Content-Type").startsWith("text/csv"));
    QVERIFY(csv.body.startsWith("id,campaign_lead_map_id,status,category,first_name"));
    // curl -X PATCH "…/status?api_key=YOUR_KEY" -d '{"status": "STOPPED"}' (form-encoded type)
    const HttpAnswer stop = m_sandbox.raw(
        "PATCH", base + QStringLiteral("/campaigns/123/status?api_key=YOUR_KEY"),
        "{\"status\": \"STOPPED\"}", {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(stop.status, 200);
    QCOMPARE(valueAt(stop.object(), QStringLiteral("campaign.status")).toString(),
             QStringLiteral("STOPPED"));
    // curl -X DELETE "…/campaigns/123?api_key=YOUR_KEY"
    const HttpAnswer del =
        m_sandbox.raw("DELETE", base + QStringLiteral("/campaigns/123?api_key=YOUR_KEY"));
    QCOMPARE(del.status, 200);
    QCOMPARE(del.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Campaign deleted successfully"));

    // The page's first example, on a fresh sandbox: DELETE with YOUR_API_KEY straight away.
    m_sandbox.reset();
    const HttpAnswer direct =
        m_sandbox.raw("DELETE", base + QStringLiteral("/campaigns/123?api_key=YOUR_API_KEY"));
    QCOMPARE(direct.status, 200);
    QCOMPARE(direct.object().value(QStringLiteral("success")).toBool(), true);

    // And the archive examples, twice in a row, with and without a JSON content type.
    m_sandbox.reset();
    for (const auto &type :
         {QByteArray("application/x-www-form-urlencoded"), QByteArray("application/json")}) {
        const HttpAnswer archive =
            m_sandbox.raw("PATCH", base + QStringLiteral("/campaigns/123/status?api_key=YOUR_KEY"),
                          "{\"status\": \"ARCHIVED\"}", {{"Content-Type", type}});
        QCOMPARE(archive.status, 200);
        QCOMPARE(valueAt(archive.object(), QStringLiteral("campaign.status")).toString(),
                 QStringLiteral("ARCHIVED"));
    }
}

void SmartleadSandboxTest::leadsExport_hasOneQuotedRowPerLeadAndNoEmptyJsonCells()
{
    // Campaigns with leads of every kind: the documented examples and a few generated ones.
    const QJsonArray all = m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns")).array();
    QStringList ids = {QStringLiteral("123"), QStringLiteral("2710262")};
    for (qsizetype i = 1; i < all.size() && ids.size() < 8; i += 5)
        ids.append(QString::number(all.at(i).toObject().value(QStringLiteral("id")).toInteger()));
    bool sawQuotedComma = false;
    for (const QString &id : std::as_const(ids)) {
        const HttpAnswer leads =
            m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/%1/leads?limit=1").arg(id));
        const int total = leads.object().value(QStringLiteral("total_leads")).toString().toInt();
        const HttpAnswer csv =
            m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/%1/leads-export").arg(id));
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.header("Content-Type").startsWith("text/csv"));
        const QList<QStringList> records = parseCsv(csv.body);
        QCOMPARE(records.size(), total + 1);
        const QStringList &header = records.first();
        QCOMPARE(header.size(), 22);
        QCOMPARE(header.first(), QStringLiteral("id"));
        QCOMPARE(header.last(), QStringLiteral("created_at"));
        const qsizetype custom = header.indexOf(QStringLiteral("custom_fields"));
        const qsizetype unsub = header.indexOf(QStringLiteral("unsubscribed_client_id_map"));
        const qsizetype company = header.indexOf(QStringLiteral("company_name"));
        for (qsizetype r = 1; r < records.size(); ++r) {
            const QStringList &row = records.at(r);
            QCOMPARE(row.size(), header.size());
            for (const qsizetype col : {custom, unsub}) {
                QJsonParseError error{};
                const QJsonDocument cell = QJsonDocument::fromJson(row.at(col).toUtf8(), &error);
                QVERIFY2(error.error == QJsonParseError::NoError && cell.isObject(),
                         qPrintable(row.at(col)));
            }
            sawQuotedComma = sawQuotedComma || row.at(company).contains(QLatin1Char(','));
        }
    }
    QVERIFY2(sawQuotedComma, "some company names hold commas, which must survive quoting");
}

void SmartleadSandboxTest::leadsPaging_returnsEveryLeadOnce_withTotalAsString()
{
    QSet<qint64> seen;
    int total = -1;
    for (int offset = 0;; offset += 7) {
        const HttpAnswer a = m_sandbox.call(
            Smartlead, "GET",
            QStringLiteral("/campaigns/2710262/leads?offset=%1&limit=7").arg(offset));
        QCOMPARE(a.status, 200);
        const QJsonObject page = a.object();
        QVERIFY(page.value(QStringLiteral("total_leads")).isString());
        total = page.value(QStringLiteral("total_leads")).toString().toInt();
        const QJsonArray data = page.value(QStringLiteral("data")).toArray();
        if (data.isEmpty())
            break;
        for (const QJsonValue v : data)
            seen.insert(v.toObject().value(QStringLiteral("campaign_lead_map_id")).toInteger());
    }
    QCOMPARE(total, 100);
    QCOMPARE(seen.size(), total);
    QCOMPARE(
        m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123/leads?limit=x")).status,
        422);
    QCOMPARE(m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123/leads?limit=500"))
                 .object()
                 .value(QStringLiteral("limit"))
                 .toInt(),
             100);
}

void SmartleadSandboxTest::readEndpoints_returnExactlyTheDocumentedFields()
{
    const auto keys = [](const QJsonValue &v) {
        QStringList k = v.toObject().keys();
        k.sort();
        return k;
    };
    const QJsonArray steps =
        m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123/sequences")).array();
    QVERIFY(!steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(keys(steps.at(i)),
                 (QStringList{QStringLiteral("email_body"), QStringLiteral("id"),
                              QStringLiteral("seq_delay_details"), QStringLiteral("seq_number"),
                              QStringLiteral("seq_variants"), QStringLiteral("subject")}));
        QCOMPARE(steps.at(i).toObject().value(QStringLiteral("seq_number")).toInt(), i + 1);
    }
    const QJsonArray accounts =
        m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123/email-accounts")).array();
    QVERIFY(!accounts.isEmpty());
    for (const QJsonValue v : accounts)
        QCOMPARE(keys(v), (QStringList{QStringLiteral("from_email"), QStringLiteral("from_name"),
                                       QStringLiteral("id")}));
    const QJsonArray hooks =
        m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123/webhooks")).array();
    QVERIFY(!hooks.isEmpty());
    for (const QJsonValue v : hooks)
        QCOMPARE(keys(v), (QStringList{QStringLiteral("event_types"), QStringLiteral("id"),
                                       QStringLiteral("name"), QStringLiteral("webhook_url")}));
    const QJsonObject analytics =
        m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123/analytics")).object();
    QCOMPARE(analytics.value(QStringLiteral("total_count")).toString(), QStringLiteral("42"));
}

void SmartleadSandboxTest::rateLimit_refusesAfterConfiguredCount_withDocumentedBodyAndHeaders()
{
    m_sandbox.setRateLimits(
        true, QJsonObject{{QStringLiteral("smartlead"),
                           QJsonArray{QJsonObject{{QStringLiteral("limit"), 3},
                                                  {QStringLiteral("windowMs"), 45000}}}}});
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123")).status, 200);
    const HttpAnswer a = m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123"));
    QCOMPARE(a.status, 429);
    const QJsonObject error = a.object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("RATE_LIMIT_EXCEEDED"));
    const int retry = error.value(QStringLiteral("retry_after")).toInt();
    QVERIFY(retry >= 44 && retry <= 45);
    QCOMPARE(error.value(QStringLiteral("message")).toString(),
             QStringLiteral("Too many requests. Please retry after %1 seconds.").arg(retry));
    QCOMPARE(a.header("Retry-After"), QByteArray::number(retry));
    QCOMPARE(a.header("X-RateLimit-Limit"), QByteArray("3"));
    QCOMPARE(a.header("X-RateLimit-Remaining"), QByteArray("0"));
    const qint64 reset = a.header("X-RateLimit-Reset").toLongLong();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(reset > now && reset <= now + 46);
    // Another key has its own budget.
    QCOMPARE(
        m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123"), {}, Auth::DocPlaceholder)
            .status,
        200);
}

void SmartleadSandboxTest::burstLimit_triggersBeforePerMinuteLimit()
{
    // A fresh sandbox with the platform's own rules: 60/min, 10/s, 1000/h.
    SandboxFixture limited(SandboxFixture::quietOptions(0, true));
    int admitted = 0;
    HttpAnswer refused;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 30; ++i) {
        const HttpAnswer a = limited.call(Smartlead, "GET", QStringLiteral("/campaigns/123"));
        if (a.status == 429) {
            refused = a;
            break;
        }
        ++admitted;
    }
    if (admitted > 10 && clock.elapsed() > 900)
        QSKIP("the machine was too slow to send 11 requests within one second");
    QCOMPARE(admitted, 10);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("retry_after"))
                 .toInt(),
             1);
    QCOMPARE(refused.header("Retry-After"), QByteArray("1"));
    // The per-minute budget is far from spent.
    QCOMPARE(refused.header("X-RateLimit-Limit"), QByteArray("60"));
    QCOMPARE(refused.header("X-RateLimit-Remaining"), QByteArray("50"));
}

void SmartleadSandboxTest::admittedAnswers_carryRateHeaders()
{
    SandboxFixture limited(SandboxFixture::quietOptions(0, true));
    for (const char *path :
         {"/campaigns", "/campaigns/123", "/campaigns/123/leads-export", "/campaigns/999"}) {
        const HttpAnswer a = limited.call(Smartlead, "GET", QLatin1String(path));
        QVERIFY2(a.status == 200 || a.status == 404, path);
        QCOMPARE(a.header("X-RateLimit-Limit"), QByteArray("60"));
        QVERIFY(!a.header("X-RateLimit-Remaining").isEmpty());
        QVERIFY(a.header("X-RateLimit-Reset").toLongLong() > QDateTime::currentSecsSinceEpoch());
        QVERIFY(a.header("Retry-After").isEmpty());
    }
}

void SmartleadSandboxTest::auth_missingOrWrongKey_isUnauthorized()
{
    for (const Auth auth : {Auth::None, Auth::Wrong}) {
        for (const QByteArray &method : {QByteArray("GET"), QByteArray("DELETE")}) {
            const HttpAnswer a =
                m_sandbox.call(Smartlead, method, QStringLiteral("/campaigns/123"), {}, auth);
            QCOMPARE(a.status, 401);
            QCOMPARE(a.object(),
                     (QJsonObject{{QStringLiteral("success"), false},
                                  {QStringLiteral("message"),
                                   QStringLiteral("Invalid or missing API key. Check your "
                                                  "authentication.")}}));
        }
    }
    QCOMPARE(m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123")).status, 200);
    QCOMPARE(m_sandbox.server().table(Smartlead).indexOf(QStringLiteral("123")) >= 0, true);
}

void SmartleadSandboxTest::auth_headerBearerIsNotAccepted()
{
    const QString url = m_sandbox.baseUrl(Smartlead).mid(m_sandbox.origin().size()) +
                        QStringLiteral("/campaigns/123");
    const HttpAnswer a = m_sandbox.raw(
        "GET", url, {},
        {{"Authorization", "Bearer " + m_sandbox.account(Smartlead).secret.toUtf8()}});
    QCOMPARE(a.status, 401);
}

void SmartleadSandboxTest::requestLog_neverContainsTheApiKey()
{
    const QString secret = m_sandbox.account(Smartlead).secret;
    m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns?include_tags=true"));
    m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123/leads-export"));
    m_sandbox.call(Smartlead, "DELETE", QStringLiteral("/campaigns/123"));
    m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123"), {}, Auth::Wrong);
    m_sandbox.call(Smartlead, "GET", QStringLiteral("/campaigns/123"), {}, Auth::DocPlaceholder);
    const QJsonArray log = m_sandbox.requestLog();
    QCOMPARE(log.size(), 5);
    for (const QJsonValue v : log) {
        const QString path = v.toObject().value(QStringLiteral("path")).toString();
        QVERIFY2(!path.contains(secret), qPrintable(path));
        QVERIFY2(!path.contains(QStringLiteral("YOUR_API_KEY")), qPrintable(path));
        QVERIFY2(!path.contains(QStringLiteral("wrong_key")), qPrintable(path));
        QVERIFY2(path.contains(QStringLiteral("api_key=***")), qPrintable(path));
    }
}

void SmartleadSandboxTest::unknownRoute_isNotFoundInPlatformShape()
{
    for (const char *path : {"/nothing", "/campaigns/123/unknown", "/campaigns/123/leads/1/x"}) {
        const HttpAnswer a = m_sandbox.call(Smartlead, "GET", QLatin1String(path));
        QCOMPARE(a.status, 404);
        QCOMPARE(a.object().value(QStringLiteral("success")).toBool(true), false);
        QVERIFY(a.object().value(QStringLiteral("message")).isString());
    }
}

QTEST_GUILESS_MAIN(SmartleadSandboxTest)
#include "tst_sandbox_smartlead.moc"
