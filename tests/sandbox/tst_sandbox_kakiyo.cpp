// Kakiyo emulator behaviour over real HTTP: cursor paging at 10,000 campaigns and across
// deletions, the delete rule (active refused, paused deleted) and its cascade, pause/resume,
// per-endpoint rate limits, and the three 401 codes.

#include "sandboxfixture.h"

#include "platformmodule.h"

#include <QSet>
#include <QtTest>
#include <limits>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

namespace {

constexpr Platform Kakiyo = Platform::Kakiyo;

QJsonObject body(std::initializer_list<QPair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &field : fields)
        o.insert(field.first, field.second);
    return o;
}

qint64 numberOf(const QString &id)
{
    return QStringView(id).mid(int(qstrlen("campaign_"))).toLongLong();
}

} // namespace

class KakiyoSandboxTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void seed_100000Campaigns_idsFallDownTheList();
    void seed_cyclesThroughEveryStatus();
    void listPaging_returnsEveryCampaignExactlyOnce_at10000();
    void listPaging_staysCorrectWhenCampaignsAreDeletedBetweenPages();
    void listPaging_refusesBadLimitAndCursor();

    void deleteActiveCampaign_isRefusedWithCampaignActive();
    void deletePausedCampaign_isDeleted();
    void deleteUnknownCampaign_isNotFound();
    void deleteOtherWorkspaceCampaign_isForbidden();
    void deletedCampaign_andAllItsRecords_areGone();
    void deletionSummary_equalsAnalyticsBeforeTheDelete();
    void deletionSummary_ofSeedExample_isTheDocumentedOne();

    void pauseActiveCampaign_thenResume_roundTrips();
    void pausePausedCampaign_isRefused();
    void resumeActiveCampaign_isRefused();
    void pauseThenDelete_succeeds();
    void stats_equalAnalyticsMetrics();

    void prospects_pageThroughEveryProspectOnce_matchingAnalytics();

    void rateLimit_refusesWith429AfterTheLimit_withoutRateHeaders();
    void rateLimit_countsPerEndpointNotPerCampaign();

    void auth_missingKey_isMissingApiKey();
    void auth_keyOfWrongLength_isInvalidApiKeyFormat();
    void auth_unknown40CharacterKey_isInvalidApiKey();
    void auth_sandboxAndDocKeys_areAccepted();

private:
    HttpAnswer get(const QString &path) { return m_sandbox->call(Kakiyo, "GET", path); }
    QJsonObject analytics(const QString &id)
    {
        return get(QStringLiteral("/analytics/campaigns/") + id).object();
    }
    // Every campaign id in list order, through the platform's own cursor paging.
    QStringList listAll(SandboxFixture &sandbox, int limit);
    QString firstWithStatus(const QString &status);
    void setStatus(const QString &id, const QString &status);
    static void verifyError(const HttpAnswer &answer, int status, const QString &code,
                            const QString &message = {});

    std::unique_ptr<SandboxFixture> m_sandbox;
};

void KakiyoSandboxTest::init()
{
    if (!m_sandbox)
        m_sandbox = std::make_unique<SandboxFixture>();
    m_sandbox->reset();
    m_sandbox->setRateLimits(false);
}

QStringList KakiyoSandboxTest::listAll(SandboxFixture &sandbox, int limit)
{
    QStringList ids;
    QString after;
    for (int guard = 0; guard < 100000; ++guard) {
        QString path = QStringLiteral("/campaigns?limit=%1").arg(limit);
        if (!after.isEmpty())
            path += QStringLiteral("&after=") + after;
        const HttpAnswer a = sandbox.call(Kakiyo, "GET", path);
        if (a.status != 200)
            qFatal("list failed: %s", a.body.constData());
        const QJsonObject page = a.object();
        const QJsonArray campaigns = page.value(QStringLiteral("campaigns")).toArray();
        for (const QJsonValue c : campaigns)
            ids.append(c.toObject().value(QStringLiteral("id")).toString());
        if (!page.value(QStringLiteral("hasMore")).toBool())
            break;
        after = page.value(QStringLiteral("nextCursor")).toString();
        if (after.isEmpty())
            qFatal("hasMore without nextCursor");
    }
    return ids;
}

QString KakiyoSandboxTest::firstWithStatus(const QString &status)
{
    const QJsonArray campaigns = get(QStringLiteral("/campaigns?limit=100"))
                                     .object()
                                     .value(QStringLiteral("campaigns"))
                                     .toArray();
    for (const QJsonValue v : campaigns) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("status")).toString() == status &&
            c.value(QStringLiteral("id")).toString() != QLatin1String("campaign_123"))
            return c.value(QStringLiteral("id")).toString();
    }
    return {};
}

void KakiyoSandboxTest::setStatus(const QString &id, const QString &status)
{
    const HttpAnswer a =
        m_sandbox->raw("POST", QStringLiteral("/__sandbox/campaigns/kakiyo/") + id,
                       QJsonDocument(body({{QStringLiteral("status"), status}})).toJson());
    QCOMPARE(a.status, 200);
}

void KakiyoSandboxTest::verifyError(const HttpAnswer &answer, int status, const QString &code,
                                    const QString &message)
{
    QCOMPARE(answer.status, status);
    const QJsonObject o = answer.object();
    QCOMPARE(o.value(QStringLiteral("error")).toString(), code);
    QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
    if (!message.isEmpty())
        QCOMPARE(o.value(QStringLiteral("message")).toString(), message);
}

void KakiyoSandboxTest::seed_100000Campaigns_idsFallDownTheList()
{
    const auto module = Sandbox::makeKakiyoModule();
    const QList<Sandbox::Campaign> rows = module->seed(Sandbox::SeedSpec{1, 100000});
    QCOMPARE(rows.size(), 100000);
    QCOMPARE(rows.first().id, QStringLiteral("campaign_123"));
    QSet<QString> seen;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const qint64 n = numberOf(rows.at(i).id);
        QVERIFY2(n < previous && n > 123, qPrintable(rows.at(i).id));
        previous = n;
        seen.insert(rows.at(i).id);
    }
    QCOMPARE(seen.size(), 99999);
    // Deterministic from the seed.
    const QList<Sandbox::Campaign> again = module->seed(Sandbox::SeedSpec{1, 50});
    QCOMPARE(again.at(49).id, rows.at(49).id);
    QVERIFY(module->seed(Sandbox::SeedSpec{2, 50}).at(49).id != rows.at(49).id);
}

void KakiyoSandboxTest::seed_cyclesThroughEveryStatus()
{
    QSet<QString> statuses;
    const QJsonArray campaigns = get(QStringLiteral("/campaigns?limit=100"))
                                     .object()
                                     .value(QStringLiteral("campaigns"))
                                     .toArray();
    for (const QJsonValue v : campaigns)
        statuses.insert(v.toObject().value(QStringLiteral("status")).toString());
    QCOMPARE(statuses, (QSet<QString>{QStringLiteral("active"), QStringLiteral("paused")}));
    // The seed page's example deletes campaign_123 with a 200, so it starts deletable.
    QCOMPARE(campaigns.first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("paused"));
}

void KakiyoSandboxTest::listPaging_returnsEveryCampaignExactlyOnce_at10000()
{
    SandboxFixture big(SandboxFixture::quietOptions(10000));
    const QStringList ids = listAll(big, 100);
    QCOMPARE(ids.size(), 10000);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 10000);
    QCOMPARE(ids.first(), QStringLiteral("campaign_123"));
    for (qsizetype i = 2; i < ids.size(); ++i)
        QVERIFY2(numberOf(ids.at(i)) < numberOf(ids.at(i - 1)), qPrintable(ids.at(i)));
    QCOMPARE(big.raw("GET", QStringLiteral("/__sandbox/campaigns/kakiyo"))
                 .object()
                 .value(QStringLiteral("count"))
                 .toInt(),
             10000);
}

void KakiyoSandboxTest::listPaging_staysCorrectWhenCampaignsAreDeletedBetweenPages()
{
    const QStringList all = listAll(*m_sandbox, 100);
    QCOMPARE(all.size(), 40);

    const QJsonObject page1 = get(QStringLiteral("/campaigns?limit=10")).object();
    const QString cursor = page1.value(QStringLiteral("nextCursor")).toString();
    QCOMPARE(cursor, all.at(9));

    // Delete the cursor's own campaign and the first two of the next page.
    QStringList gone = {all.at(9), all.at(10), all.at(11)};
    for (const QString &id : std::as_const(gone)) {
        setStatus(id, QStringLiteral("paused"));
        QCOMPARE(m_sandbox->call(Kakiyo, "DELETE", QStringLiteral("/campaigns/") + id).status, 200);
    }

    QStringList seen;
    for (const QJsonValue c : page1.value(QStringLiteral("campaigns")).toArray())
        seen.append(c.toObject().value(QStringLiteral("id")).toString());
    QString after = cursor;
    for (;;) {
        const QJsonObject page = get(QStringLiteral("/campaigns?limit=10&after=") + after).object();
        for (const QJsonValue c : page.value(QStringLiteral("campaigns")).toArray())
            seen.append(c.toObject().value(QStringLiteral("id")).toString());
        if (!page.value(QStringLiteral("hasMore")).toBool())
            break;
        after = page.value(QStringLiteral("nextCursor")).toString();
        // Delete the next cursor too: the following page must still start right after it.
        setStatus(after, QStringLiteral("paused"));
        QCOMPARE(m_sandbox->call(Kakiyo, "DELETE", QStringLiteral("/campaigns/") + after).status,
                 200);
    }
    QStringList expected = all;
    expected.removeOne(all.at(10));
    expected.removeOne(all.at(11));
    QCOMPARE(seen, expected);

    // A cursor of the pinned example, deleted, still leads to the rest of the list.
    setStatus(QStringLiteral("campaign_123"), QStringLiteral("paused"));
    QCOMPARE(m_sandbox->call(Kakiyo, "DELETE", QStringLiteral("/campaigns/campaign_123")).status,
             200);
    const QJsonArray rest = get(QStringLiteral("/campaigns?limit=5&after=campaign_123"))
                                .object()
                                .value(QStringLiteral("campaigns"))
                                .toArray();
    QCOMPARE(rest.first().toObject().value(QStringLiteral("id")).toString(), all.at(1));
}

void KakiyoSandboxTest::listPaging_refusesBadLimitAndCursor()
{
    verifyError(get(QStringLiteral("/campaigns?limit=0")), 400, QStringLiteral("validation_error"));
    verifyError(get(QStringLiteral("/campaigns?limit=101")), 400,
                QStringLiteral("validation_error"));
    verifyError(get(QStringLiteral("/campaigns?limit=ten")), 400,
                QStringLiteral("validation_error"));
    verifyError(get(QStringLiteral("/campaigns?after=prospect_1")), 400,
                QStringLiteral("validation_error"), QStringLiteral("Invalid cursor"));
    const QJsonObject last = get(QStringLiteral("/campaigns?limit=100")).object();
    QCOMPARE(last.value(QStringLiteral("hasMore")).toBool(), false);
    QVERIFY(last.value(QStringLiteral("nextCursor")).isNull());
}

void KakiyoSandboxTest::deleteActiveCampaign_isRefusedWithCampaignActive()
{
    const QString id = firstWithStatus(QStringLiteral("active"));
    QVERIFY(!id.isEmpty());
    verifyError(m_sandbox->call(Kakiyo, "DELETE", QStringLiteral("/campaigns/") + id), 409,
                QStringLiteral("campaign_active"),
                QStringLiteral("Cannot delete active campaign. Please pause the campaign first."));
    QCOMPARE(get(QStringLiteral("/analytics/campaigns/") + id).status, 200);
}

void KakiyoSandboxTest::deletePausedCampaign_isDeleted()
{
    const QString id = firstWithStatus(QStringLiteral("paused"));
    QVERIFY(!id.isEmpty());
    const HttpAnswer a = m_sandbox->call(Kakiyo, "DELETE", QStringLiteral("/campaigns/") + id);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Campaign deleted successfully"));
    const QJsonObject summary = a.object().value(QStringLiteral("deletionSummary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("campaignId")).toString(), id);
    QVERIFY(
        QDateTime::fromString(summary.value(QStringLiteral("deletedAt")).toString(), Qt::ISODate)
            .isValid());
    QCOMPARE(m_sandbox->raw("GET", QStringLiteral("/__sandbox/campaigns/kakiyo"))
                 .object()
                 .value(QStringLiteral("count"))
                 .toInt(),
             39);
}

void KakiyoSandboxTest::deleteUnknownCampaign_isNotFound()
{
    verifyError(m_sandbox->call(Kakiyo, "DELETE", QStringLiteral("/campaigns/campaign_1")), 404,
                QStringLiteral("not_found"), QStringLiteral("Campaign not found"));
}

void KakiyoSandboxTest::deleteOtherWorkspaceCampaign_isForbidden()
{
    verifyError(m_sandbox->call(Kakiyo, "DELETE", QStringLiteral("/campaigns/campaign_999")), 403,
                QStringLiteral("forbidden"),
                QStringLiteral("You do not have access to this campaign"));
}

void KakiyoSandboxTest::deletedCampaign_andAllItsRecords_areGone()
{
    const QString id = firstWithStatus(QStringLiteral("paused"));
    QVERIFY(get(QStringLiteral("/prospects/campaign/") + id).status == 200);
    QCOMPARE(m_sandbox->call(Kakiyo, "DELETE", QStringLiteral("/campaigns/") + id).status, 200);

    const QString notFound = QStringLiteral("Campaign not found");
    verifyError(get(QStringLiteral("/analytics/campaigns/") + id), 404, QStringLiteral("not_found"),
                notFound);
    verifyError(get(QStringLiteral("/campaigns/%1/stats").arg(id)), 404,
                QStringLiteral("not_found"), notFound);
    verifyError(get(QStringLiteral("/prospects/campaign/") + id), 404, QStringLiteral("not_found"),
                notFound);
    verifyError(m_sandbox->call(Kakiyo, "POST", QStringLiteral("/campaigns/%1/resume").arg(id)),
                404, QStringLiteral("not_found"), notFound);
    verifyError(m_sandbox->call(Kakiyo, "DELETE", QStringLiteral("/campaigns/") + id), 404,
                QStringLiteral("not_found"), notFound);
    QVERIFY(!listAll(*m_sandbox, 100).contains(id));
}

void KakiyoSandboxTest::deletionSummary_equalsAnalyticsBeforeTheDelete()
{
    const QStringList ids = listAll(*m_sandbox, 100).mid(0, 12);
    for (const QString &id : ids) {
        setStatus(id, QStringLiteral("paused"));
        const QJsonObject metrics = analytics(id).value(QStringLiteral("metrics")).toObject();
        const HttpAnswer a = m_sandbox->call(Kakiyo, "DELETE", QStringLiteral("/campaigns/") + id);
        QCOMPARE(a.status, 200);
        const QJsonObject items = a.object()
                                      .value(QStringLiteral("deletionSummary"))
                                      .toObject()
                                      .value(QStringLiteral("deletedItems"))
                                      .toObject();
        const int prospects = metrics.value(QStringLiteral("totalProspects")).toInt();
        QCOMPARE(items.value(QStringLiteral("prospects")).toInt(), prospects);
        QCOMPARE(items.value(QStringLiteral("chats")).toInt(), prospects);
        QCOMPARE(items.value(QStringLiteral("messages")).toInt(),
                 metrics.value(QStringLiteral("totalMessages")).toInt());
        QVERIFY(items.value(QStringLiteral("tasks")).toInt() >= 0);
        QVERIFY(items.value(QStringLiteral("webhookEvents")).toInt() >= 0);
    }
}

void KakiyoSandboxTest::deletionSummary_ofSeedExample_isTheDocumentedOne()
{
    const HttpAnswer a = m_sandbox->call(
        Kakiyo, "DELETE", QStringLiteral("/campaigns/campaign_123"), {}, Auth::DocPlaceholder);
    QCOMPARE(a.status, 200);
    const QJsonObject summary = a.object().value(QStringLiteral("deletionSummary")).toObject();
    QCOMPARE(summary.value(QStringLiteral("campaignName")).toString(),
             QStringLiteral("Q4 Enterprise Outreach"));
    const QJsonObject expected{{QStringLiteral("prospects"), 150},
                               {QStringLiteral("chats"), 150},
                               {QStringLiteral("messages"), 420},
                               {QStringLiteral("tasks"), 75},
                               {QStringLiteral("webhookEvents"), 12}};
    QCOMPARE(summary.value(QStringLiteral("deletedItems")).toObject(), expected);
}

void KakiyoSandboxTest::pauseActiveCampaign_thenResume_roundTrips()
{
    const QString id = firstWithStatus(QStringLiteral("active"));
    HttpAnswer a = m_sandbox->call(Kakiyo, "POST", QStringLiteral("/campaigns/%1/pause").arg(id));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Campaign paused successfully"));
    QCOMPARE(
        a.object().value(QStringLiteral("campaign")).toObject(),
        body({{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("paused")}}));
    QCOMPARE(
        analytics(id).value(QStringLiteral("campaign")).toObject().value(QStringLiteral("status")),
        QJsonValue(QStringLiteral("paused")));

    a = m_sandbox->call(Kakiyo, "POST", QStringLiteral("/campaigns/%1/resume").arg(id));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Campaign resumed successfully"));
    QCOMPARE(
        a.object().value(QStringLiteral("campaign")).toObject().value(QStringLiteral("status")),
        QJsonValue(QStringLiteral("active")));
    QCOMPARE(
        analytics(id).value(QStringLiteral("campaign")).toObject().value(QStringLiteral("status")),
        QJsonValue(QStringLiteral("active")));
}

void KakiyoSandboxTest::pausePausedCampaign_isRefused()
{
    const QString id = firstWithStatus(QStringLiteral("paused"));
    verifyError(m_sandbox->call(Kakiyo, "POST", QStringLiteral("/campaigns/%1/pause").arg(id)), 400,
                QStringLiteral("validation_error"), QStringLiteral("Campaign is already paused"));
}

void KakiyoSandboxTest::resumeActiveCampaign_isRefused()
{
    const QString id = firstWithStatus(QStringLiteral("active"));
    verifyError(m_sandbox->call(Kakiyo, "POST", QStringLiteral("/campaigns/%1/resume").arg(id)),
                400, QStringLiteral("validation_error"),
                QStringLiteral("Campaign is already active"));
}

void KakiyoSandboxTest::pauseThenDelete_succeeds()
{
    const QString id = firstWithStatus(QStringLiteral("active"));
    QCOMPARE(m_sandbox->call(Kakiyo, "DELETE", QStringLiteral("/campaigns/") + id).status, 409);
    QCOMPARE(m_sandbox->call(Kakiyo, "POST", QStringLiteral("/campaigns/%1/pause").arg(id)).status,
             200);
    QCOMPARE(m_sandbox->call(Kakiyo, "DELETE", QStringLiteral("/campaigns/") + id).status, 200);
}

void KakiyoSandboxTest::stats_equalAnalyticsMetrics()
{
    for (const QString &id : listAll(*m_sandbox, 100).mid(0, 5)) {
        const HttpAnswer stats = get(QStringLiteral("/campaigns/%1/stats").arg(id));
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.object(), analytics(id).value(QStringLiteral("metrics")).toObject());
    }
}

void KakiyoSandboxTest::prospects_pageThroughEveryProspectOnce_matchingAnalytics()
{
    for (const QString &id : listAll(*m_sandbox, 100).mid(0, 4)) {
        const QJsonObject a = analytics(id);
        const QJsonObject metrics = a.value(QStringLiteral("metrics")).toObject();
        const QJsonObject distribution = a.value(QStringLiteral("statusDistribution")).toObject();
        QSet<QString> ids;
        QHash<QString, int> statuses;
        QString after;
        int pages = 0;
        for (;;) {
            QString path = QStringLiteral("/prospects/campaign/%1?limit=40").arg(id);
            if (!after.isEmpty())
                path += QStringLiteral("&after=") + after;
            const HttpAnswer answer = get(path);
            QCOMPARE(answer.status, 200);
            ++pages;
            for (const QJsonValue v :
                 answer.object().value(QStringLiteral("prospects")).toArray()) {
                const QJsonObject p = v.toObject();
                ids.insert(p.value(QStringLiteral("id")).toString());
                statuses[p.value(QStringLiteral("status")).toString()]++;
                QVERIFY(p.value(QStringLiteral("linkedinUrl"))
                            .toString()
                            .startsWith(QLatin1String("https://www.linkedin.com/in/")));
                QVERIFY(!p.value(QStringLiteral("chatId")).toString().isEmpty());
            }
            if (!answer.object().value(QStringLiteral("hasMore")).toBool())
                break;
            after = answer.object().value(QStringLiteral("nextCursor")).toString();
        }
        QCOMPARE(int(ids.size()), metrics.value(QStringLiteral("totalProspects")).toInt());
        QCOMPARE(statuses.value(QStringLiteral("pending")),
                 distribution.value(QStringLiteral("pending")).toInt());
        QCOMPARE(statuses.value(QStringLiteral("qualified")),
                 distribution.value(QStringLiteral("qualified")).toInt());
        QCOMPARE(statuses.value(QStringLiteral("closed")),
                 distribution.value(QStringLiteral("closed")).toInt());
        QCOMPARE(statuses.value(QStringLiteral("responded")) +
                     statuses.value(QStringLiteral("qualified")) +
                     statuses.value(QStringLiteral("closed")),
                 metrics.value(QStringLiteral("totalAnswers")).toInt());
        QVERIFY(pages >= 1);
    }
}

void KakiyoSandboxTest::rateLimit_refusesWith429AfterTheLimit_withoutRateHeaders()
{
    m_sandbox->setRateLimits(true,
                             body({{QStringLiteral("kakiyo"),
                                    QJsonArray{body({{QStringLiteral("limit"), 3},
                                                     {QStringLiteral("windowMs"), 60000}})}}}));
    for (int i = 0; i < 3; ++i) {
        const HttpAnswer ok = get(QStringLiteral("/campaigns"));
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.header("X-RateLimit-Limit").isEmpty());
    }
    const HttpAnswer refused = get(QStringLiteral("/campaigns"));
    verifyError(refused, 429, QStringLiteral("rate_limit_exceeded"));
    QVERIFY(refused.header("X-RateLimit-Limit").isEmpty());
    QVERIFY(refused.header("X-RateLimit-Remaining").isEmpty());
    QVERIFY(refused.header("X-RateLimit-Reset").isEmpty());
    QVERIFY(refused.header("Retry-After").isEmpty());
    // Another endpoint has its own budget.
    QCOMPARE(get(QStringLiteral("/verify")).status, 200);
}

void KakiyoSandboxTest::rateLimit_countsPerEndpointNotPerCampaign()
{
    const QStringList ids = {QStringLiteral("campaign_123"),
                             firstWithStatus(QStringLiteral("active")),
                             firstWithStatus(QStringLiteral("paused"))};
    m_sandbox->setRateLimits(true,
                             body({{QStringLiteral("kakiyo"),
                                    QJsonArray{body({{QStringLiteral("limit"), 2},
                                                     {QStringLiteral("windowMs"), 60000}})}}}));
    // Three different campaigns, one endpoint: the third is over the limit.
    QCOMPARE(get(QStringLiteral("/analytics/campaigns/") + ids.at(0)).status, 200);
    QCOMPARE(get(QStringLiteral("/analytics/campaigns/") + ids.at(1)).status, 200);
    verifyError(get(QStringLiteral("/analytics/campaigns/") + ids.at(2)), 429,
                QStringLiteral("rate_limit_exceeded"));
    // The same campaign on other endpoints still has room.
    QCOMPARE(get(QStringLiteral("/campaigns/%1/stats").arg(ids.at(2))).status, 200);
    QCOMPARE(get(QStringLiteral("/prospects/campaign/") + ids.at(2)).status, 200);
    QCOMPARE(m_sandbox->call(Kakiyo, "POST", QStringLiteral("/campaigns/%1/pause").arg(ids.at(1)))
                 .status,
             200);
    QCOMPARE(m_sandbox->call(Kakiyo, "POST", QStringLiteral("/campaigns/%1/resume").arg(ids.at(1)))
                 .status,
             200);
    QCOMPARE(get(QStringLiteral("/campaigns")).status, 200);
}

void KakiyoSandboxTest::auth_missingKey_isMissingApiKey()
{
    verifyError(m_sandbox->call(Kakiyo, "GET", QStringLiteral("/campaigns"), {}, Auth::None), 401,
                QStringLiteral("missing_api_key"));
    verifyError(m_sandbox->call(Kakiyo, "GET", QStringLiteral("/verify"), {}, Auth::None, {}), 401,
                QStringLiteral("missing_api_key"));
    // A key sent in another scheme is no Bearer key at all.
    const QString base = m_sandbox->baseUrl(Kakiyo).mid(m_sandbox->origin().size());
    verifyError(
        m_sandbox->raw(
            "GET", base + QStringLiteral("/verify"), {},
            {{"Authorization", "Basic " + m_sandbox->account(Kakiyo).secret.toUtf8().toBase64()}}),
        401, QStringLiteral("missing_api_key"));
}

void KakiyoSandboxTest::auth_keyOfWrongLength_isInvalidApiKeyFormat()
{
    verifyError(m_sandbox->call(Kakiyo, "GET", QStringLiteral("/campaigns"), {}, Auth::Wrong), 401,
                QStringLiteral("invalid_api_key_format"));
    const QString base = m_sandbox->baseUrl(Kakiyo).mid(m_sandbox->origin().size());
    verifyError(m_sandbox->raw("DELETE", base + QStringLiteral("/campaigns/campaign_123"), {},
                               {{"Authorization", "Bearer short"}}),
                401, QStringLiteral("invalid_api_key_format"));
    // Nothing was deleted by the refused call.
    QCOMPARE(get(QStringLiteral("/analytics/campaigns/campaign_123")).status, 200);
}

void KakiyoSandboxTest::auth_unknown40CharacterKey_isInvalidApiKey()
{
    const QByteArray key(40, 'x');
    const QString base = m_sandbox->baseUrl(Kakiyo).mid(m_sandbox->origin().size());
    verifyError(m_sandbox->raw("GET", base + QStringLiteral("/verify"), {},
                               {{"Authorization", "Bearer " + key}}),
                401, QStringLiteral("invalid_api_key"));
    verifyError(m_sandbox->raw("DELETE", base + QStringLiteral("/campaigns/campaign_123"), {},
                               {{"Authorization", "Bearer " + key}}),
                401, QStringLiteral("invalid_api_key"));
}

void KakiyoSandboxTest::auth_sandboxAndDocKeys_areAccepted()
{
    QCOMPARE(m_sandbox->account(Kakiyo).secret.size(), 40);
    for (const Auth auth : {Auth::Sandbox, Auth::DocPlaceholder}) {
        const HttpAnswer a = m_sandbox->call(Kakiyo, "GET", QStringLiteral("/verify"), {}, auth);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object().value(QStringLiteral("valid")).toBool(), true);
    }
}

QTEST_GUILESS_MAIN(KakiyoSandboxTest)
#include "tst_sandbox_kakiyo.moc"
