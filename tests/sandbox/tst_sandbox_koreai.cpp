// Kore.ai emulator behaviour over real HTTP: skip/limit paging at 10,000 campaigns, delete in
// every status (the platform refuses none), cascaded per-contact results, the trigger status
// machine, the 60/min rate limit, and JWT + iid + accountId authentication.

#include "sandboxfixture.h"

#include "net/jwt.h"

#include <QSet>
#include <QtTest>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString RateLimitMessage = QStringLiteral(
    "You've exceeded the per-minute rate limit. Please wait for sometime before retrying.");
const QString SeedExampleId = QStringLiteral("cd-a1e45a7-e8ba-4e97-a339-476ebc7xxxxx");
const QString ListExampleId = QStringLiteral("cd-c1b940c-7012-4e7d-98d9-4707177xxxxx");

const QStringList AllStatuses = {QStringLiteral("Ready"),     QStringLiteral("Preparing"),
                                 QStringLiteral("Scheduled"), QStringLiteral("Rescheduled"),
                                 QStringLiteral("Active"),    QStringLiteral("Paused"),
                                 QStringLiteral("Stopped"),   QStringLiteral("Completed")};

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject listBody(int skip, int limit, const QJsonObject &extra = {})
{
    QJsonObject body{{QStringLiteral("limit"), limit},
                     {QStringLiteral("skip"), skip},
                     {QStringLiteral("page"), limit > 0 ? skip / limit + 1 : 1},
                     {QStringLiteral("type"), QStringLiteral("voice")}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

QJsonObject statusFilter(const QString &status)
{
    return QJsonObject{
        {QStringLiteral("filters"), QJsonObject{{QStringLiteral("status"), QJsonArray{status}}}}};
}

QString failureMessage(const HttpAnswer &a)
{
    return a.object().value(QStringLiteral("message")).toString();
}

bool isFailure(const HttpAnswer &a)
{
    return a.object().value(QStringLiteral("status")).toString() == QLatin1String("failure");
}

} // namespace

class KoreAiSandboxTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void seed_hasEveryStatusAndDialingMode();
    void seedAt100000_isDeterministic();
    void seedExample_matchesTheDeleteSampleField_forField();

    void listPagingWithSkip_returnsEveryCampaignExactlyOnce_at10000();
    void listStatusFilter_partitionsTheCampaigns();
    void listWithoutRequiredField_isRefused_data();
    void listWithoutRequiredField_isRefused();
    void listWithInvalidPagingOrFilter_isRefused_data();
    void listWithInvalidPagingOrFilter_isRefused();

    void deleteInAnyStatus_succeeds_data();
    void deleteInAnyStatus_succeeds();
    void deleteWithoutVoiceCampaignType_isRefused_data();
    void deleteWithoutVoiceCampaignType_isRefused();
    void deleteUnknownCampaign_isNotFound();
    void deletedCampaign_andItsContactResults_areGone();

    void contactResults_pageThroughEveryContactOnce();
    void contactResultsLimitOutside1To100_isRefused_data();
    void contactResultsLimitOutside1To100_isRefused();
    void statusWithoutView_isRefused();

    void trigger_followsTheStatusMachine_data();
    void trigger_followsTheStatusMachine();
    void stopThenPlay_roundTripsTheCampaign();
    void stopActiveCampaign_finishesCallsInFlight();
    void triggerWithUnknownAction_isRefused_data();
    void triggerWithUnknownAction_isRefused();
    void triggerPathWithCampaignPrefix_isNotFound();

    void otherStreamId_isNotFound();

    void rateLimit_refusesAfterConfiguredCount_withDocumentedBody();
    void rateLimit_defaultIs60PerMinute();

    void auth_isVerifiedForReal_data();
    void auth_isVerifiedForReal();
    void refusedAuth_deletesNothing();

private:
    QString base() const;
    QString campaignPath(const QString &id, const QString &query = {}) const;
    HttpAnswer list(SandboxFixture &sandbox, const QJsonObject &body);
    HttpAnswer remove(const QString &id);
    HttpAnswer trigger(const QString &id, const QString &action);
    HttpAnswer contacts(SandboxFixture &sandbox, const QString &id, int page, int limit);
    QString firstWithStatus(const QString &status);
    void setStatus(const QString &id, const QString &status);

    std::unique_ptr<SandboxFixture> m_sandbox;
};

QString KoreAiSandboxTest::base() const
{
    return QStringLiteral("/campaign/api/v2/public/%1/campaign")
        .arg(m_sandbox->account(Platform::KoreAi).streamId);
}

QString KoreAiSandboxTest::campaignPath(const QString &id, const QString &query) const
{
    return base() + QLatin1Char('/') + id + QStringLiteral("?accountId=") +
           m_sandbox->account(Platform::KoreAi).accountId + query;
}

HttpAnswer KoreAiSandboxTest::list(SandboxFixture &sandbox, const QJsonObject &body)
{
    const Sandbox::Account &a = sandbox.account(Platform::KoreAi);
    return sandbox.call(Platform::KoreAi, "POST",
                        QStringLiteral("/campaign/api/v2/public/%1/campaign/"
                                       "getAllCampaignDetails?accountId=%2")
                            .arg(a.streamId, a.accountId),
                        compact(body));
}

HttpAnswer KoreAiSandboxTest::remove(const QString &id)
{
    return m_sandbox->call(Platform::KoreAi, "DELETE",
                           campaignPath(id, QStringLiteral("&campaignType=voice")));
}

HttpAnswer KoreAiSandboxTest::trigger(const QString &id, const QString &action)
{
    const Sandbox::Account &a = m_sandbox->account(Platform::KoreAi);
    return m_sandbox->call(
        Platform::KoreAi, "POST",
        QStringLiteral("/api/v2/public/%1/campaign/trigger/%2?accountId=%3&campaignType=voice"
                       "&trigger=%4")
            .arg(a.streamId, id, a.accountId, action),
        "{}");
}

HttpAnswer KoreAiSandboxTest::contacts(SandboxFixture &sandbox, const QString &id, int page,
                                       int limit)
{
    const Sandbox::Account &a = sandbox.account(Platform::KoreAi);
    return sandbox.call(
        Platform::KoreAi, "POST",
        QStringLiteral("/campaign/api/v2/public/%1/campaign/%2/status?accountId=%3&view=contacts")
            .arg(a.streamId, id, a.accountId),
        compact(QJsonObject{{QStringLiteral("page"), page}, {QStringLiteral("limit"), limit}}));
}

QString KoreAiSandboxTest::firstWithStatus(const QString &status)
{
    const HttpAnswer a = list(*m_sandbox, listBody(0, 1, statusFilter(status)));
    return valueAt(a.object(), QStringLiteral("data.results.0._id")).toString();
}

void KoreAiSandboxTest::setStatus(const QString &id, const QString &status)
{
    const HttpAnswer a = m_sandbox->raw("POST", QStringLiteral("/__sandbox/campaigns/koreai/") + id,
                                        compact(QJsonObject{{QStringLiteral("status"), status}}));
    QCOMPARE(a.status, 200);
}

void KoreAiSandboxTest::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>();
}

void KoreAiSandboxTest::init()
{
    m_sandbox->reset();
    m_sandbox->setRateLimits(false);
}

void KoreAiSandboxTest::seed_hasEveryStatusAndDialingMode()
{
    QSet<QString> statuses;
    QSet<QString> modes;
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Platform::KoreAi).rows()) {
        statuses.insert(c.status);
        modes.insert(c.type);
        QVERIFY2(c.id.startsWith(QLatin1String("cd-")), qPrintable(c.id));
    }
    QCOMPARE(statuses, QSet<QString>(AllStatuses.begin(), AllStatuses.end()));
    QCOMPARE(modes, (QSet<QString>{QStringLiteral("Progressive"), QStringLiteral("Preview"),
                                   QStringLiteral("Agentless")}));
    // The documented examples come first.
    QCOMPARE(m_sandbox->server().table(Platform::KoreAi).at(0).id, ListExampleId);
    QCOMPARE(m_sandbox->server().table(Platform::KoreAi).at(1).id, SeedExampleId);
}

void KoreAiSandboxTest::seedAt100000_isDeterministic()
{
    const auto module = Sandbox::makeKoreAiModule();
    const QList<Sandbox::Campaign> rows = module->seed(Sandbox::SeedSpec{7, 100000});
    QCOMPARE(rows.size(), 100000);
    QSet<QString> ids;
    for (const Sandbox::Campaign &c : rows)
        ids.insert(c.id);
    QCOMPARE(ids.size(), 100000);
    const QList<Sandbox::Campaign> again = module->seed(Sandbox::SeedSpec{7, 100000});
    QCOMPARE(again.last().id, rows.last().id);
    QCOMPARE(again.at(5000).name, rows.at(5000).name);
    QCOMPARE(again.at(5000).contacts, rows.at(5000).contacts);
}

void KoreAiSandboxTest::seedExample_matchesTheDeleteSampleField_forField()
{
    const HttpAnswer a = m_sandbox->call(Platform::KoreAi, "GET", campaignPath(SeedExampleId));
    QCOMPARE(a.status, 200);
    const QJsonObject data = a.object().value(QStringLiteral("data")).toObject();
    QStringList keys = data.keys();
    keys.sort();
    QStringList documented = {QStringLiteral("_id"),         QStringLiteral("name"),
                              QStringLiteral("lname"),       QStringLiteral("description"),
                              QStringLiteral("dncLists"),    QStringLiteral("priority"),
                              QStringLiteral("dialingMode"), QStringLiteral("dialingStrategy"),
                              QStringLiteral("status"),      QStringLiteral("isFiltersEnabled"),
                              QStringLiteral("createdAt"),   QStringLiteral("updatedAt"),
                              QStringLiteral("schedule"),    QStringLiteral("contactLists")};
    documented.sort();
    QCOMPARE(keys, documented);
    QCOMPARE(data.value(QStringLiteral("lname")).toString(),
             QStringLiteral("service renewal outreach campaign61"));
    QCOMPARE(data.value(QStringLiteral("createdAt")).toString(),
             QStringLiteral("2025-12-04T10:50:56.762Z"));
    QCOMPARE(data.value(QStringLiteral("updatedAt")).toString(),
             QStringLiteral("2025-12-05T06:31:23.308Z"));
    QCOMPARE(valueAt(data, QStringLiteral("dialingStrategy.callingHours.days.4.day")).toString(),
             QStringLiteral("FR"));
}

void KoreAiSandboxTest::listPagingWithSkip_returnsEveryCampaignExactlyOnce_at10000()
{
    SandboxFixture big(SandboxFixture::quietOptions(10000));
    const QJsonObject newestFirst{
        {QStringLiteral("sortBy"),
         QJsonObject{{QStringLiteral("updatedAt"), QStringLiteral("desc")}}}};
    QSet<QString> seen;
    int pages = 0;
    bool hasMore = true;
    QString previousUpdatedAt;
    for (int skip = 0; hasMore; skip += 100) {
        const HttpAnswer a = list(big, listBody(skip, 100, newestFirst));
        QCOMPARE(a.status, 200);
        const QJsonObject data = a.object().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("totalResults")).toInt(), 10000);
        QCOMPARE(data.value(QStringLiteral("totalPages")).toInt(), 100);
        QCOMPARE(data.value(QStringLiteral("skip")).toInt(), skip);
        const QJsonArray results = data.value(QStringLiteral("results")).toArray();
        for (const QJsonValue v : results) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(QStringLiteral("_id")).toString();
            QVERIFY2(!seen.contains(id), qPrintable(QStringLiteral("seen twice: ") + id));
            seen.insert(id);
            const QString updatedAt = c.value(QStringLiteral("updatedAt")).toString();
            QVERIFY(previousUpdatedAt.isEmpty() || updatedAt <= previousUpdatedAt);
            previousUpdatedAt = updatedAt;
        }
        hasMore = data.value(QStringLiteral("hasMore")).toBool();
        ++pages;
        QVERIFY(pages <= 100);
    }
    QCOMPARE(pages, 100);
    QCOMPARE(seen.size(), 10000);
    for (const Sandbox::Campaign &c : big.server().table(Platform::KoreAi).rows())
        QVERIFY(seen.contains(c.id));
}

void KoreAiSandboxTest::listStatusFilter_partitionsTheCampaigns()
{
    const HttpAnswer all = list(*m_sandbox, listBody(0, 100));
    const int total = valueAt(all.object(), QStringLiteral("data.totalResults")).toInt();
    QVERIFY(total > 0);
    int sum = 0;
    for (const QString &status : AllStatuses) {
        const HttpAnswer a = list(*m_sandbox, listBody(0, 100, statusFilter(status)));
        QCOMPARE(a.status, 200);
        const QJsonArray results = valueAt(a.object(), QStringLiteral("data.results")).toArray();
        QVERIFY2(!results.isEmpty(), qPrintable(status));
        for (const QJsonValue v : results)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), status);
        sum += valueAt(a.object(), QStringLiteral("data.totalResults")).toInt();
    }
    QCOMPARE(sum, total);
}

void KoreAiSandboxTest::listWithoutRequiredField_isRefused_data()
{
    QTest::addColumn<QString>("field");
    for (const char *field : {"limit", "skip", "page", "type"})
        QTest::newRow(field) << QString::fromLatin1(field);
}

void KoreAiSandboxTest::listWithoutRequiredField_isRefused()
{
    QFETCH(QString, field);
    QJsonObject body = listBody(0, 50);
    body.remove(field);
    const HttpAnswer a = list(*m_sandbox, body);
    QCOMPARE(a.status, 400);
    QVERIFY(isFailure(a));
    QCOMPARE(failureMessage(a), field + QStringLiteral(" is required"));
}

void KoreAiSandboxTest::listWithInvalidPagingOrFilter_isRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("limit 0") << listBody(0, 0);
    QTest::newRow("limit 101") << listBody(0, 101);
    QJsonObject negativeSkip = listBody(0, 10);
    negativeSkip.insert(QStringLiteral("skip"), -1);
    QTest::newRow("skip -1") << negativeSkip;
    QJsonObject pageZero = listBody(0, 10);
    pageZero.insert(QStringLiteral("page"), 0);
    QTest::newRow("page 0") << pageZero;
    QJsonObject digital = listBody(0, 10);
    digital.insert(QStringLiteral("type"), QStringLiteral("digital"));
    QTest::newRow("type digital") << digital;
    QTest::newRow("unknown status") << listBody(0, 10, statusFilter(QStringLiteral("Archived")));
    QTest::newRow("lower-case status") << listBody(0, 10, statusFilter(QStringLiteral("active")));
    QTest::newRow("sort by unknown field") << listBody(
        0, 10, QJsonObject{{QStringLiteral("sortBy"), QJsonObject{{QStringLiteral("colour"), 1}}}});
}

void KoreAiSandboxTest::listWithInvalidPagingOrFilter_isRefused()
{
    QFETCH(QJsonObject, body);
    const HttpAnswer a = list(*m_sandbox, body);
    QCOMPARE(a.status, 400);
    QVERIFY(isFailure(a));
    QVERIFY(!failureMessage(a).isEmpty());
}

void KoreAiSandboxTest::deleteInAnyStatus_succeeds_data()
{
    QTest::addColumn<QString>("status");
    for (const QString &status : AllStatuses)
        QTest::newRow(qPrintable(status)) << status;
}

void KoreAiSandboxTest::deleteInAnyStatus_succeeds()
{
    // Kore.ai documents deleting "an active voice campaign"; blocking is the app's choice.
    QFETCH(QString, status);
    const QString id = firstWithStatus(status);
    QVERIFY(!id.isEmpty());
    const QString name = m_sandbox->server().table(Platform::KoreAi).find(id)->name;
    const HttpAnswer a = remove(id);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QCOMPARE(failureMessage(a), QStringLiteral("Campaign %1 deleted successfully").arg(name));
    QCOMPARE(valueAt(a.object(), QStringLiteral("data._id")).toString(), id);
    QCOMPARE(valueAt(a.object(), QStringLiteral("data.status")).toString(), status);
    QVERIFY(!m_sandbox->server().table(Platform::KoreAi).find(id));
}

void KoreAiSandboxTest::deleteWithoutVoiceCampaignType_isRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QString() << QStringLiteral("campaignType is required");
    QTest::newRow("chat") << QStringLiteral("&campaignType=chat")
                          << QStringLiteral("Invalid campaignType chat; use voice");
}

void KoreAiSandboxTest::deleteWithoutVoiceCampaignType_isRefused()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    const HttpAnswer a =
        m_sandbox->call(Platform::KoreAi, "DELETE", campaignPath(SeedExampleId, query));
    QCOMPARE(a.status, 400);
    QVERIFY(isFailure(a));
    QCOMPARE(failureMessage(a), message);
    QVERIFY(m_sandbox->server().table(Platform::KoreAi).find(SeedExampleId));
}

void KoreAiSandboxTest::deleteUnknownCampaign_isNotFound()
{
    const QString id = QStringLiteral("cd-0000000-0000-4000-8000-000000000000");
    const HttpAnswer a = remove(id);
    QCOMPARE(a.status, 404);
    QVERIFY(isFailure(a));
    QCOMPARE(failureMessage(a), QStringLiteral("Campaign %1 not found").arg(id));
}

void KoreAiSandboxTest::deletedCampaign_andItsContactResults_areGone()
{
    const QString id = firstWithStatus(QStringLiteral("Completed"));
    const Sandbox::Campaign *c = m_sandbox->server().table(Platform::KoreAi).find(id);
    QVERIFY(c && c->contacts > 0);
    QCOMPARE(contacts(*m_sandbox, id, 1, 100).status, 200);
    const int before =
        valueAt(list(*m_sandbox, listBody(0, 1)).object(), QStringLiteral("data.totalResults"))
            .toInt();

    QCOMPARE(remove(id).status, 200);

    const HttpAnswer exported = contacts(*m_sandbox, id, 1, 100);
    QCOMPARE(exported.status, 404);
    QVERIFY(isFailure(exported));
    QCOMPARE(m_sandbox->call(Platform::KoreAi, "GET", campaignPath(id)).status, 404);
    const QString statusPath =
        base() + QStringLiteral("/%1/status?accountId=%2&view=status")
                     .arg(id, m_sandbox->account(Platform::KoreAi).accountId);
    QCOMPARE(m_sandbox->call(Platform::KoreAi, "POST", statusPath, "{}").status, 404);
    QCOMPARE(trigger(id, QStringLiteral("play")).status, 404);
    QCOMPARE(remove(id).status, 404);

    const HttpAnswer after = list(*m_sandbox, listBody(0, 100));
    QCOMPARE(valueAt(after.object(), QStringLiteral("data.totalResults")).toInt(), before - 1);
    const QJsonArray results = valueAt(after.object(), QStringLiteral("data.results")).toArray();
    for (const QJsonValue v : results)
        QVERIFY(v.toObject().value(QStringLiteral("_id")).toString() != id);
}

void KoreAiSandboxTest::contactResults_pageThroughEveryContactOnce()
{
    const QString id = firstWithStatus(QStringLiteral("Completed"));
    const Sandbox::Campaign c = *m_sandbox->server().table(Platform::KoreAi).find(id);
    QVERIFY(c.contacts > 7);
    int completed = 0;
    int failed = 0;
    QSet<QString> phones;
    int seen = 0;
    const int pages = (c.contacts + 6) / 7;
    for (int page = 1; page <= pages + 1; ++page) {
        const HttpAnswer a = contacts(*m_sandbox, id, page, 7);
        QCOMPARE(a.status, 200);
        const QJsonObject data = a.object().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("page")).toInt(), page);
        QCOMPARE(data.value(QStringLiteral("limit")).toInt(), 7);
        QCOMPARE(data.value(QStringLiteral("totalResults")).toInt(), c.contacts);
        QCOMPARE(data.value(QStringLiteral("totalPages")).toInt(), pages);
        const QJsonArray results = data.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), page <= pages ? std::min(7, c.contacts - (page - 1) * 7) : 0);
        for (const QJsonValue v : results) {
            const QJsonObject r = v.toObject();
            const QString outcome = r.value(QStringLiteral("dialerOutcome")).toString();
            completed += outcome == QLatin1String("completed");
            failed += outcome == QLatin1String("failed");
            phones.insert(r.value(QStringLiteral("phoneNumber")).toString());
            ++seen;
        }
    }
    QCOMPARE(seen, c.contacts);
    QCOMPARE(completed, c.completed);
    QCOMPARE(failed, c.failed);
    QCOMPARE(completed + failed, c.contacts); // a completed campaign has an outcome for everyone
    QVERIFY(phones.size() > c.contacts / 2);
    // Derived, not stored: the same page twice gives the same records.
    QCOMPARE(contacts(*m_sandbox, id, 2, 7).body, contacts(*m_sandbox, id, 2, 7).body);
}

void KoreAiSandboxTest::contactResultsLimitOutside1To100_isRefused_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("message");
    QTest::newRow("limit 0") << 1 << 0 << QStringLiteral("limit must be between 1 and 100");
    QTest::newRow("limit 101") << 1 << 101 << QStringLiteral("limit must be between 1 and 100");
    QTest::newRow("page 0") << 0 << 10 << QStringLiteral("page must be 1 or more");
}

void KoreAiSandboxTest::contactResultsLimitOutside1To100_isRefused()
{
    QFETCH(int, page);
    QFETCH(int, limit);
    QFETCH(QString, message);
    const HttpAnswer a = contacts(*m_sandbox, SeedExampleId, page, limit);
    QCOMPARE(a.status, 400);
    QVERIFY(isFailure(a));
    QCOMPARE(failureMessage(a), message);
}

void KoreAiSandboxTest::statusWithoutView_isRefused()
{
    const HttpAnswer a = m_sandbox->call(
        Platform::KoreAi, "POST",
        base() + QStringLiteral("/%1/status?accountId=%2")
                     .arg(SeedExampleId, m_sandbox->account(Platform::KoreAi).accountId),
        "{}");
    QCOMPARE(a.status, 400);
    QCOMPARE(failureMessage(a), QStringLiteral("view must be status or contacts"));
}

void KoreAiSandboxTest::trigger_followsTheStatusMachine_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("to");
    const QStringList playable = {QStringLiteral("Ready"), QStringLiteral("Scheduled"),
                                  QStringLiteral("Rescheduled"), QStringLiteral("Paused"),
                                  QStringLiteral("Stopped")};
    const QStringList stoppable = {QStringLiteral("Preparing"), QStringLiteral("Scheduled"),
                                   QStringLiteral("Rescheduled"), QStringLiteral("Active"),
                                   QStringLiteral("Paused")};
    for (const QString &from : AllStatuses) {
        const bool canPlay = playable.contains(from);
        QTest::addRow("play %s", qPrintable(from))
            << from << QStringLiteral("play") << (canPlay ? 200 : 400)
            << (canPlay ? QStringLiteral("Active") : from);
        const bool canStop = stoppable.contains(from);
        QTest::addRow("stop %s", qPrintable(from))
            << from << QStringLiteral("stop") << (canStop ? 200 : 400)
            << (canStop ? QStringLiteral("Stopped") : from);
    }
}

void KoreAiSandboxTest::trigger_followsTheStatusMachine()
{
    QFETCH(QString, from);
    QFETCH(QString, action);
    QFETCH(int, httpStatus);
    QFETCH(QString, to);
    const QString id = firstWithStatus(from);
    QVERIFY(!id.isEmpty());
    const HttpAnswer a = trigger(id, action);
    QCOMPARE(a.status, httpStatus);
    const QJsonObject o = a.object();
    if (httpStatus == 200) {
        QCOMPARE(o.value(QStringLiteral("status")).toString(), to);
        QCOMPARE(o.value(QStringLiteral("message")).toString(),
                 action == QLatin1String("play") ? QStringLiteral("Campaign Started")
                                                 : QStringLiteral("Campaign Stopped"));
        QVERIFY(o.value(QStringLiteral("campaignInstanceId"))
                    .toString()
                    .startsWith(QLatin1String("cid-")));
        QVERIFY(!o.value(QStringLiteral("updatedAt")).toString().isEmpty());
    } else {
        QVERIFY(isFailure(a));
        const QString name = m_sandbox->server().table(Platform::KoreAi).find(id)->name;
        QCOMPARE(failureMessage(a),
                 QStringLiteral("Campaign %1 cannot be %2 while it is %3")
                     .arg(name,
                          action == QLatin1String("play") ? QStringLiteral("started")
                                                          : QStringLiteral("stopped"),
                          from));
    }
    QCOMPARE(m_sandbox->server().table(Platform::KoreAi).find(id)->status, to);
}

void KoreAiSandboxTest::stopThenPlay_roundTripsTheCampaign()
{
    setStatus(SeedExampleId, QStringLiteral("Active"));
    const HttpAnswer stopped = trigger(SeedExampleId, QStringLiteral("stop"));
    QCOMPARE(stopped.status, 200);
    QCOMPARE(stopped.object().value(QStringLiteral("status")).toString(),
             QStringLiteral("Stopped"));

    const QString statusPath =
        base() + QStringLiteral("/%1/status?accountId=%2&view=status")
                     .arg(SeedExampleId, m_sandbox->account(Platform::KoreAi).accountId);
    HttpAnswer view = m_sandbox->call(Platform::KoreAi, "POST", statusPath, "{}");
    QCOMPARE(view.status, 200);
    QCOMPARE(valueAt(view.object(), QStringLiteral("data.status")).toString(),
             QStringLiteral("Stopped"));

    // Stopped twice is refused; stopped can be deleted, or played again.
    QCOMPARE(trigger(SeedExampleId, QStringLiteral("stop")).status, 400);
    const HttpAnswer played = trigger(SeedExampleId, QStringLiteral("play"));
    QCOMPARE(played.status, 200);
    QCOMPARE(played.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Campaign Started"));
    view = m_sandbox->call(Platform::KoreAi, "POST", statusPath, "{}");
    QCOMPARE(valueAt(view.object(), QStringLiteral("data.status")).toString(),
             QStringLiteral("Active"));
    const HttpAnswer got = m_sandbox->call(Platform::KoreAi, "GET", campaignPath(SeedExampleId));
    QCOMPARE(valueAt(got.object(), QStringLiteral("data.status")).toString(),
             QStringLiteral("Active"));
    QCOMPARE(valueAt(got.object(), QStringLiteral("data.updatedAt")).toString(),
             played.object().value(QStringLiteral("updatedAt")).toString());
}

void KoreAiSandboxTest::stopActiveCampaign_finishesCallsInFlight()
{
    QString id;
    for (const Sandbox::Campaign &c : m_sandbox->server().table(Platform::KoreAi).rows()) {
        if (c.status == QLatin1String("Active") && c.inFlight > 0) {
            id = c.id;
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "the seed has an active campaign with calls in flight");
    const auto countInProgress = [&] {
        int n = 0;
        for (int page = 1; page <= 2; ++page) { // at most 180 contacts
            const QJsonArray results = valueAt(contacts(*m_sandbox, id, page, 100).object(),
                                               QStringLiteral("data.results"))
                                           .toArray();
            for (const QJsonValue v : results)
                n += v.toObject().value(QStringLiteral("dialerOutcome")).toString() ==
                     QLatin1String("inProgress");
        }
        return n;
    };
    QCOMPARE(countInProgress(), m_sandbox->server().table(Platform::KoreAi).find(id)->inFlight);
    QCOMPARE(trigger(id, QStringLiteral("stop")).status, 200);
    QCOMPARE(m_sandbox->server().table(Platform::KoreAi).find(id)->inFlight, 0);
    QCOMPARE(countInProgress(), 0);
}

void KoreAiSandboxTest::triggerWithUnknownAction_isRefused_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("pause (no pause API)") << QStringLiteral("pause");
    QTest::newRow("archive (no archive API)") << QStringLiteral("archive");
    QTest::newRow("empty") << QString();
}

void KoreAiSandboxTest::triggerWithUnknownAction_isRefused()
{
    QFETCH(QString, action);
    setStatus(SeedExampleId, QStringLiteral("Active"));
    const HttpAnswer a = trigger(SeedExampleId, action);
    QCOMPARE(a.status, 400);
    QCOMPARE(failureMessage(a), QStringLiteral("trigger must be play or stop"));
    QCOMPARE(m_sandbox->server().table(Platform::KoreAi).find(SeedExampleId)->status,
             QStringLiteral("Active"));
}

void KoreAiSandboxTest::triggerPathWithCampaignPrefix_isNotFound()
{
    setStatus(SeedExampleId, QStringLiteral("Active"));
    const Sandbox::Account &a = m_sandbox->account(Platform::KoreAi);
    const HttpAnswer answer =
        m_sandbox->call(Platform::KoreAi, "POST",
                        QStringLiteral("/campaign/api/v2/public/%1/campaign/trigger/%2?accountId=%3"
                                       "&campaignType=voice&trigger=stop")
                            .arg(a.streamId, SeedExampleId, a.accountId),
                        "{}");
    QCOMPARE(answer.status, 404);
    QVERIFY(isFailure(answer));
    QCOMPARE(m_sandbox->server().table(Platform::KoreAi).find(SeedExampleId)->status,
             QStringLiteral("Active"));
}

void KoreAiSandboxTest::otherStreamId_isNotFound()
{
    const QString other = QStringLiteral("st-00000000-0000-5000-8000-000000000000");
    const QString accountId = m_sandbox->account(Platform::KoreAi).accountId;
    const QString message = QStringLiteral("Bot with streamId %1 not found").arg(other);
    const QList<QPair<QByteArray, QString>> requests = {
        {"POST", QStringLiteral("/campaign/api/v2/public/%1/campaign/getAllCampaignDetails"
                                "?accountId=%2")
                     .arg(other, accountId)},
        {"GET", QStringLiteral("/campaign/api/v2/public/%1/campaign/%2?accountId=%3")
                    .arg(other, SeedExampleId, accountId)},
        {"DELETE",
         QStringLiteral("/campaign/api/v2/public/%1/campaign/%2?accountId=%3&campaignType=voice")
             .arg(other, SeedExampleId, accountId)},
        {"POST", QStringLiteral("/campaign/api/v2/public/%1/campaign/%2/status?accountId=%3"
                                "&view=status")
                     .arg(other, SeedExampleId, accountId)},
        {"POST", QStringLiteral("/api/v2/public/%1/campaign/trigger/%2?accountId=%3"
                                "&campaignType=voice&trigger=play")
                     .arg(other, SeedExampleId, accountId)}};
    for (const auto &r : requests) {
        const HttpAnswer a =
            m_sandbox->call(Platform::KoreAi, r.first, r.second,
                            r.first == "POST" ? compact(listBody(0, 10)) : QByteArray());
        QCOMPARE(a.status, 404);
        QCOMPARE(failureMessage(a), message);
    }
    QCOMPARE(m_sandbox->server().table(Platform::KoreAi).find(SeedExampleId)->status,
             QStringLiteral("Ready"));
}

void KoreAiSandboxTest::rateLimit_refusesAfterConfiguredCount_withDocumentedBody()
{
    m_sandbox->setRateLimits(
        true, QJsonObject{{QStringLiteral("koreai"),
                           QJsonArray{QJsonObject{{QStringLiteral("limit"), 3},
                                                  {QStringLiteral("windowMs"), 60000}}}}});
    for (int i = 0; i < 3; ++i) {
        const HttpAnswer a = list(*m_sandbox, listBody(0, 5));
        QCOMPARE(a.status, 200);
        QVERIFY(a.header("X-RateLimit-Limit").isEmpty());
    }
    const HttpAnswer refused = remove(SeedExampleId);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.object(), (QJsonObject{{QStringLiteral("status"), QStringLiteral("failure")},
                                            {QStringLiteral("message"), RateLimitMessage}}));
    // Kore.ai documents no rate headers, so the emulator sends none.
    QVERIFY(refused.header("X-RateLimit-Limit").isEmpty());
    QVERIFY(refused.header("X-RateLimit-Remaining").isEmpty());
    QVERIFY(refused.header("X-RateLimit-Reset").isEmpty());
    QVERIFY(refused.header("Retry-After").isEmpty());
    // The refused DELETE did nothing.
    QVERIFY(m_sandbox->server().table(Platform::KoreAi).find(SeedExampleId));
}

void KoreAiSandboxTest::rateLimit_defaultIs60PerMinute()
{
    SandboxFixture limited(SandboxFixture::quietOptions(0, true));
    for (int i = 0; i < 60; ++i)
        QCOMPARE(list(limited, listBody(0, 1)).status, 200);
    const HttpAnswer refused = list(limited, listBody(0, 1));
    QCOMPARE(refused.status, 429);
    QCOMPARE(failureMessage(refused), RateLimitMessage);
}

void KoreAiSandboxTest::auth_isVerifiedForReal_data()
{
    const Sandbox::Account &a = m_sandbox->account(Platform::KoreAi);
    const QByteArray iid = a.appId.toUtf8();
    const QByteArray accountId = a.accountId.toUtf8();
    const QByteArray good = m_sandbox->koreAiJwt();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray expired = Jwt::signHs256(QJsonObject{{QStringLiteral("appId"), a.clientId},
                                                          {QStringLiteral("iat"), now - 600},
                                                          {QStringLiteral("exp"), now - 60}},
                                              a.secret.toUtf8());
    // The documented example payload has no exp at all; that is accepted.
    const QByteArray noExp =
        Jwt::signHs256(QJsonObject{{QStringLiteral("sub"), QStringLiteral("1234567890")},
                                   {QStringLiteral("appId"), a.clientId}},
                       a.secret.toUtf8());
    const auto part = [](const QJsonObject &o) {
        return compact(o).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray algNone = part(QJsonObject{{QStringLiteral("alg"), QStringLiteral("none")}}) +
                               '.' + part(QJsonObject{{QStringLiteral("appId"), a.clientId}}) + '.';

    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const auto with = [&](const QByteArray &token, const QByteArray &i, const QByteArray &acc) {
        Headers h;
        if (!token.isNull())
            h.append({"auth", token});
        if (!i.isNull())
            h.append({"iid", i});
        if (!acc.isNull())
            h.append({"accountId", acc});
        return h;
    };
    QTest::newRow("valid") << with(good, iid, accountId) << QString() << 200 << QString();
    QTest::newRow("valid, documented payload without exp")
        << with(noExp, iid, accountId) << QString() << 200 << QString();
    QTest::newRow("no auth header") << with({}, iid, accountId) << QString() << 401
                                    << QStringLiteral("auth header with a JWT is required");
    QTest::newRow("Authorization: Bearer instead of auth")
        << (Headers{{"Authorization", "Bearer " + good}, {"iid", iid}, {"accountId", accountId}})
        << QString() << 401 << QStringLiteral("auth header with a JWT is required");
    QTest::newRow("forged: signed with another secret")
        << with(m_sandbox->koreAiJwt("not-the-client-secret"), iid, accountId) << QString() << 401
        << QStringLiteral("Invalid JWT token");
    QTest::newRow("wrong appId claim")
        << with(m_sandbox->koreAiJwt({}, QStringLiteral("cs-someone-else")), iid, accountId)
        << QString() << 401 << QStringLiteral("JWT appId does not match a client of this app");
    QTest::newRow("expired") << with(expired, iid, accountId) << QString() << 401
                             << QStringLiteral("JWT token has expired");
    QTest::newRow("alg none") << with(algNone, iid, accountId) << QString() << 401
                              << QStringLiteral("Invalid JWT token");
    QTest::newRow("not a JWT") << with("talq_not_a_jwt", iid, accountId) << QString() << 401
                               << QStringLiteral("Invalid JWT token");
    QTest::newRow("missing iid") << with(good, {}, accountId) << QString() << 401
                                 << QStringLiteral("iid header is required");
    QTest::newRow("wrong iid") << with(good, "st-00000000-0000-0000-0000-000000000000", accountId)
                               << QString() << 401 << QStringLiteral("Invalid iid");
    QTest::newRow("missing accountId") << with(good, iid, {}) << QString() << 401
                                       << QStringLiteral("accountId header is required");
    QTest::newRow("wrong accountId header")
        << with(good, iid, "000000000000000000000000") << QString() << 401
        << QStringLiteral("Invalid accountId");
    QTest::newRow("wrong accountId query")
        << with(good, iid, accountId) << QStringLiteral("000000000000000000000000") << 401
        << QStringLiteral("Invalid accountId");
}

void KoreAiSandboxTest::auth_isVerifiedForReal()
{
    QFETCH(Headers, headers);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Sandbox::Account &a = m_sandbox->account(Platform::KoreAi);
    const HttpAnswer answer = m_sandbox->call(
        Platform::KoreAi, "POST",
        QStringLiteral("/campaign/api/v2/public/%1/campaign/getAllCampaignDetails?accountId=%2")
            .arg(a.streamId, query.isEmpty() ? a.accountId : query),
        compact(listBody(0, 5)), Auth::None, headers);
    QCOMPARE(answer.status, status);
    if (status == 401) {
        QCOMPARE(answer.object(),
                 (QJsonObject{{QStringLiteral("status"), QStringLiteral("failure")},
                              {QStringLiteral("message"), message}}));
    } else {
        QCOMPARE(answer.object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("success"));
    }
}

void KoreAiSandboxTest::refusedAuth_deletesNothing()
{
    for (const Auth auth : {Auth::Wrong, Auth::None}) {
        const HttpAnswer a = m_sandbox->call(
            Platform::KoreAi, "DELETE",
            campaignPath(SeedExampleId, QStringLiteral("&campaignType=voice")), {}, auth);
        QCOMPARE(a.status, 401);
        QVERIFY(isFailure(a));
    }
    QVERIFY(m_sandbox->server().table(Platform::KoreAi).find(SeedExampleId));
}

QTEST_GUILESS_MAIN(KoreAiSandboxTest)
#include "tst_sandbox_koreai.moc"
