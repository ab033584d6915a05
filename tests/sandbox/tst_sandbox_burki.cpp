// Burki in the sandbox: skip/limit paging, the running-only delete rule and its cascade,
// pause/start/stop, FastAPI's 422, per-key rate limits and auth.

#include "sandboxfixture.h"

#include <QSet>
#include <QtTest>

using namespace CampaignDesk;
using namespace CampaignDesk::Test;

namespace {

const QStringList AllStatuses = {QStringLiteral("draft"),     QStringLiteral("scheduled"),
                                 QStringLiteral("running"),   QStringLiteral("paused"),
                                 QStringLiteral("completed"), QStringLiteral("cancelled"),
                                 QStringLiteral("failed")};

QJsonObject nonIntegerIdError()
{
    return QJsonObject{{QStringLiteral("detail"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("loc"),
                             QJsonArray{QStringLiteral("path"), QStringLiteral("campaign_id")}},
                            {QStringLiteral("msg"), QStringLiteral("value is not a valid integer")},
                            {QStringLiteral("type"), QStringLiteral("type_error.integer")}}}}};
}

QString detailOf(const HttpAnswer &a)
{
    return a.object().value(QStringLiteral("detail")).toString();
}

} // namespace

class SandboxBurkiTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void paging_returnsEveryCampaignOnce_at10000();
    void paging_statusFilterPartitionsTheList();
    void paging_limitAbove1000_isRefusedWith422();
    void defaultSeed_hasEveryStatus();
    void seeding_isDeterministicAt100000();
    void documentedCampaign42_existsAsDocumented();

    void deleteRunningCampaign_isRefused();
    void deleteAllowedStatuses_succeedsAndRemovesEverything_data();
    void deleteAllowedStatuses_succeedsAndRemovesEverything();
    void deleteAfterStop_succeeds();
    void deleteUnknownCampaign_is404();

    void statusActions_followTheDocumentedMachine_data();
    void statusActions_followTheDocumentedMachine();
    void stop_cancelsPendingContactsAndCannotBeResumed();
    void start_resumesPausedCampaign();
    void pause_letsCallsInProgressFinish();

    void contacts_pageThroughEveryContactOnce();
    void contacts_perPageAbove1000_isRefusedWith422();
    void executions_coverEveryAttemptedContact();

    void nonIntegerId_isRefusedWithFastApi422_data();
    void nonIntegerId_isRefusedWithFastApi422();

    void rateLimit_refusesWith429AndRetryAfter();
    void rateLimit_countsPerKey();
    void rateLimit_defaultsTo120PerMinute();

    void wrongKey_isRefusedWith401();
    void missingKey_isRefusedWith401();
    void docPlaceholderKey_isAccepted();

private:
    HttpAnswer get(const QString &path) { return m_sandbox.call(Platform::Burki, "GET", path); }
    HttpAnswer post(const QString &path) { return m_sandbox.call(Platform::Burki, "POST", path); }
    HttpAnswer del(const QString &path) { return m_sandbox.call(Platform::Burki, "DELETE", path); }
    void setStatus(qint64 id, const QString &status);
    qint64 firstWithStatus(const QString &status);
    QString statusOf(qint64 id);

    SandboxFixture m_sandbox;
};

void SandboxBurkiTest::init()
{
    m_sandbox.reset();
    m_sandbox.setRateLimits(false);
}

void SandboxBurkiTest::setStatus(qint64 id, const QString &status)
{
    const HttpAnswer a =
        m_sandbox.raw("POST", QStringLiteral("/__sandbox/campaigns/burki/%1").arg(id),
                      QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}).toJson());
    QCOMPARE(a.status, 200);
}

qint64 SandboxBurkiTest::firstWithStatus(const QString &status)
{
    const HttpAnswer a = get(QStringLiteral("/campaigns?limit=1&status=") + status);
    const QJsonArray items = a.object().value(QStringLiteral("items")).toArray();
    return items.isEmpty() ? -1
                           : items.first().toObject().value(QStringLiteral("id")).toInteger(-1);
}

QString SandboxBurkiTest::statusOf(qint64 id)
{
    return get(QStringLiteral("/campaigns/%1").arg(id))
        .object()
        .value(QStringLiteral("status"))
        .toString();
}

void SandboxBurkiTest::paging_returnsEveryCampaignOnce_at10000()
{
    SandboxFixture big(SandboxFixture::quietOptions(10000));
    QSet<qint64> seen;
    const int limit = 1000;
    int skip = 0;
    qint64 total = -1;
    do {
        const HttpAnswer a =
            big.call(Platform::Burki, "GET",
                     QStringLiteral("/campaigns?skip=%1&limit=%2").arg(skip).arg(limit));
        QCOMPARE(a.status, 200);
        const QJsonObject body = a.object();
        total = body.value(QStringLiteral("total")).toInteger();
        QCOMPARE(body.value(QStringLiteral("skip")).toInt(), skip);
        QCOMPARE(body.value(QStringLiteral("limit")).toInt(), limit);
        const QJsonArray items = body.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), qsizetype(std::min<qint64>(limit, total - skip)));
        for (const QJsonValue item : items) {
            const QJsonValue id = item.toObject().value(QStringLiteral("id"));
            QVERIFY(id.isDouble());
            QVERIFY2(!seen.contains(id.toInteger()), qPrintable(QString::number(id.toInteger())));
            seen.insert(id.toInteger());
        }
        skip += limit;
    } while (skip < total);
    QCOMPARE(total, 10000);
    QCOMPARE(seen.size(), 10000);
    // Past the end: an empty page, not an error.
    const HttpAnswer past =
        big.call(Platform::Burki, "GET", QStringLiteral("/campaigns?skip=10000"));
    QCOMPARE(past.status, 200);
    QVERIFY(past.object().value(QStringLiteral("items")).toArray().isEmpty());
}

void SandboxBurkiTest::paging_statusFilterPartitionsTheList()
{
    const qint64 total = get(QStringLiteral("/campaigns?limit=1000"))
                             .object()
                             .value(QStringLiteral("total"))
                             .toInteger();
    qint64 sum = 0;
    for (const QString &status : AllStatuses) {
        const QJsonObject body =
            get(QStringLiteral("/campaigns?limit=1000&status=") + status).object();
        const QJsonArray items = body.value(QStringLiteral("items")).toArray();
        QCOMPARE(body.value(QStringLiteral("total")).toInteger(), qint64(items.size()));
        for (const QJsonValue item : items)
            QCOMPARE(item.toObject().value(QStringLiteral("status")).toString(), status);
        sum += items.size();
    }
    QCOMPARE(sum, total);
}

void SandboxBurkiTest::paging_limitAbove1000_isRefusedWith422()
{
    const HttpAnswer a = get(QStringLiteral("/campaigns?limit=1001"));
    QCOMPARE(a.status, 422);
    const QJsonObject error =
        a.object().value(QStringLiteral("detail")).toArray().first().toObject();
    QCOMPARE(error.value(QStringLiteral("loc")).toArray(),
             (QJsonArray{QStringLiteral("query"), QStringLiteral("limit")}));
    QCOMPARE(error.value(QStringLiteral("type")).toString(),
             QStringLiteral("value_error.number.not_le"));
}

void SandboxBurkiTest::defaultSeed_hasEveryStatus()
{
    for (const QString &status : AllStatuses)
        QVERIFY2(firstWithStatus(status) > 0, qPrintable(status));
}

void SandboxBurkiTest::seeding_isDeterministicAt100000()
{
    // How fast is for the benchmarks and sandbox.admin's start-up check, not a timed test.
    Sandbox::Server a(SandboxFixture::quietOptions(100000));
    Sandbox::Server b(SandboxFixture::quietOptions(100000));
    const Sandbox::CampaignTable &ta = a.table(Platform::Burki);
    const Sandbox::CampaignTable &tb = b.table(Platform::Burki);
    QCOMPARE(ta.size(), 100000);
    QCOMPARE(tb.size(), 100000);
    QSet<QString> ids;
    for (qsizetype i = 0; i < ta.size(); i += 97) {
        QCOMPARE(ta.at(i).id, tb.at(i).id);
        QCOMPARE(ta.at(i).name, tb.at(i).name);
        QCOMPARE(ta.at(i).status, tb.at(i).status);
    }
    for (const Sandbox::Campaign &c : ta.rows())
        ids.insert(c.id);
    QCOMPARE(ids.size(), 100000);
}

void SandboxBurkiTest::documentedCampaign42_existsAsDocumented()
{
    const HttpAnswer a = get(QStringLiteral("/campaigns/42"));
    QCOMPARE(a.status, 200);
    const QJsonObject c = a.object();
    QCOMPARE(c.value(QStringLiteral("id")).toInteger(), 42);
    QCOMPARE(c.value(QStringLiteral("name")).toString(),
             QStringLiteral("February Appointment Reminders"));
    QCOMPARE(c.value(QStringLiteral("total_contacts")).toInt(), 250);
    QCOMPARE(c.value(QStringLiteral("completed_contacts")).toInt(), 125);
    QCOMPARE(c.value(QStringLiteral("failed_contacts")).toInt(), 10);
    // Shown as running in the reference, but the seed page deletes it: it must be deletable.
    QVERIFY(c.value(QStringLiteral("status")).toString() != QLatin1String("running"));
}

void SandboxBurkiTest::deleteRunningCampaign_isRefused()
{
    const qint64 id = firstWithStatus(QStringLiteral("running"));
    QVERIFY(id > 0);
    const HttpAnswer a = del(QStringLiteral("/campaigns/%1").arg(id));
    QCOMPARE(a.status, 400);
    QCOMPARE(a.object(),
             (QJsonObject{{QStringLiteral("detail"),
                           QStringLiteral("Cannot delete running campaign - stop it first")}}));
    QCOMPARE(get(QStringLiteral("/campaigns/%1").arg(id)).status, 200);
    QCOMPARE(get(QStringLiteral("/campaigns/%1/contacts").arg(id)).status, 200);
}

void SandboxBurkiTest::deleteAllowedStatuses_succeedsAndRemovesEverything_data()
{
    QTest::addColumn<QString>("status");
    for (const QString &status : AllStatuses) {
        if (status != QLatin1String("running"))
            QTest::newRow(qPrintable(status)) << status;
    }
}

void SandboxBurkiTest::deleteAllowedStatuses_succeedsAndRemovesEverything()
{
    QFETCH(QString, status);
    const qint64 id = firstWithStatus(status);
    QVERIFY(id > 0);
    const QString base = QStringLiteral("/campaigns/%1").arg(id);
    QCOMPARE(get(base + QStringLiteral("/contacts")).status, 200);
    QCOMPARE(get(base + QStringLiteral("/executions")).status, 200);
    QCOMPARE(get(base + QStringLiteral("/schedule")).status, 200);

    const HttpAnswer a = del(base);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object(), (QJsonObject{{QStringLiteral("message"),
                                       QStringLiteral("Campaign deleted successfully")}}));

    // The campaign, its contacts, execution history and schedule are all gone.
    for (const QString &sub : {QString(), QStringLiteral("/contacts"),
                               QStringLiteral("/executions"), QStringLiteral("/schedule")}) {
        const HttpAnswer after = get(base + sub);
        QCOMPARE(after.status, 404);
        QCOMPARE(detailOf(after), QStringLiteral("Campaign not found"));
    }
    for (const char *action : {"pause", "start", "stop"})
        QCOMPARE(post(base + QLatin1Char('/') + QLatin1String(action)).status, 404);
    const QJsonArray items = get(QStringLiteral("/campaigns?limit=1000"))
                                 .object()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    for (const QJsonValue item : items)
        QVERIFY(item.toObject().value(QStringLiteral("id")).toInteger() != id);
    QCOMPARE(del(base).status, 404);
}

void SandboxBurkiTest::deleteAfterStop_succeeds()
{
    const qint64 id = firstWithStatus(QStringLiteral("running"));
    const QString base = QStringLiteral("/campaigns/%1").arg(id);
    QCOMPARE(del(base).status, 400);
    QCOMPARE(post(base + QStringLiteral("/stop")).status, 200);
    QCOMPARE(del(base).status, 200);
    QCOMPARE(get(base).status, 404);
}

void SandboxBurkiTest::deleteUnknownCampaign_is404()
{
    const HttpAnswer a = del(QStringLiteral("/campaigns/7"));
    QCOMPARE(a.status, 404);
    QCOMPARE(a.object(),
             (QJsonObject{{QStringLiteral("detail"), QStringLiteral("Campaign not found")}}));
}

void SandboxBurkiTest::statusActions_followTheDocumentedMachine_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("to");
    const QHash<QString, QString> allowed = {
        {QStringLiteral("running>pause"), QStringLiteral("paused")},
        {QStringLiteral("draft>start"), QStringLiteral("running")},
        {QStringLiteral("scheduled>start"), QStringLiteral("running")},
        {QStringLiteral("paused>start"), QStringLiteral("running")},
        {QStringLiteral("running>stop"), QStringLiteral("cancelled")},
        {QStringLiteral("paused>stop"), QStringLiteral("cancelled")},
        {QStringLiteral("scheduled>stop"), QStringLiteral("cancelled")}};
    for (const QString &from : AllStatuses) {
        for (const QString &action :
             {QStringLiteral("pause"), QStringLiteral("start"), QStringLiteral("stop")}) {
            const QString key = from + QLatin1Char('>') + action;
            const bool ok = allowed.contains(key);
            QTest::newRow(qPrintable(key))
                << from << action << (ok ? 200 : 400) << (ok ? allowed.value(key) : from);
        }
    }
}

void SandboxBurkiTest::statusActions_followTheDocumentedMachine()
{
    QFETCH(QString, from);
    QFETCH(QString, action);
    QFETCH(int, httpStatus);
    QFETCH(QString, to);
    setStatus(42, from);
    const HttpAnswer a = post(QStringLiteral("/campaigns/42/") + action);
    QCOMPARE(a.status, httpStatus);
    QCOMPARE(statusOf(42), to);
    if (httpStatus == 400) {
        const QString expected = action == QLatin1String("pause")
                                     ? QStringLiteral("Campaign is not running")
                                 : action == QLatin1String("start")
                                     ? QStringLiteral("Cannot start campaign with status ") + from
                                     : QStringLiteral("Cannot stop campaign with status ") + from;
        QCOMPARE(a.object(), (QJsonObject{{QStringLiteral("detail"), expected}}));
    } else if (action == QLatin1String("start")) {
        const QJsonObject body = a.object();
        QCOMPARE(body.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(body.value(QStringLiteral("campaign_id")).toInteger(), 42);
        QVERIFY(!body.value(QStringLiteral("task_id")).toString().isEmpty());
    } else {
        QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
                 action == QLatin1String("pause")
                     ? QStringLiteral("Campaign paused successfully")
                     : QStringLiteral("Campaign stopped successfully"));
    }
}

void SandboxBurkiTest::stop_cancelsPendingContactsAndCannotBeResumed()
{
    const QString base = QStringLiteral("/campaigns/42");
    const QString pending = base + QStringLiteral("/contacts?per_page=1000&status=pending");
    const qint64 pendingBefore = get(pending)
                                     .object()
                                     .value(QStringLiteral("pagination"))
                                     .toObject()
                                     .value(QStringLiteral("total_items"))
                                     .toInteger();
    QCOMPARE(pendingBefore, 115);
    QCOMPARE(post(base + QStringLiteral("/stop")).status, 200);
    QCOMPARE(statusOf(42), QStringLiteral("cancelled"));

    const QJsonObject after = get(pending).object();
    QVERIFY(after.value(QStringLiteral("contacts")).toArray().isEmpty());
    QCOMPARE(after.value(QStringLiteral("pagination"))
                 .toObject()
                 .value(QStringLiteral("total_items"))
                 .toInteger(),
             0);
    const QJsonArray all = get(base + QStringLiteral("/contacts?per_page=1000"))
                               .object()
                               .value(QStringLiteral("contacts"))
                               .toArray();
    QCOMPARE(all.size(), 250);
    int skipped = 0;
    for (const QJsonValue contact : all)
        skipped += contact.toObject().value(QStringLiteral("status")).toString() ==
                           QLatin1String("skipped")
                       ? 1
                       : 0;
    QCOMPARE(skipped, 115);

    // A cancelled campaign cannot be resumed, paused or stopped again.
    for (const char *action : {"start", "pause", "stop"}) {
        const HttpAnswer a = post(base + QLatin1Char('/') + QLatin1String(action));
        QCOMPARE(a.status, 400);
        QVERIFY(!detailOf(a).isEmpty());
    }
    QCOMPARE(statusOf(42), QStringLiteral("cancelled"));
}

void SandboxBurkiTest::start_resumesPausedCampaign()
{
    QCOMPARE(statusOf(42), QStringLiteral("paused"));
    const HttpAnswer a = post(QStringLiteral("/campaigns/42/start"));
    QCOMPARE(a.status, 200);
    QCOMPARE(a.object().value(QStringLiteral("message")).toString(),
             QStringLiteral("Campaign execution started immediately"));
    QCOMPARE(statusOf(42), QStringLiteral("running"));
    // Running again: it can be paused, and not deleted until stopped.
    QCOMPARE(del(QStringLiteral("/campaigns/42")).status, 400);
    QCOMPARE(post(QStringLiteral("/campaigns/42/pause")).status, 200);
    QCOMPARE(statusOf(42), QStringLiteral("paused"));
    QCOMPARE(del(QStringLiteral("/campaigns/42")).status, 200);
}

void SandboxBurkiTest::pause_letsCallsInProgressFinish()
{
    // Find a running campaign with contacts being called right now.
    const QJsonArray running = get(QStringLiteral("/campaigns?limit=1000&status=running"))
                                   .object()
                                   .value(QStringLiteral("items"))
                                   .toArray();
    qint64 id = -1;
    for (const QJsonValue item : running) {
        const qint64 candidate = item.toObject().value(QStringLiteral("id")).toInteger();
        const HttpAnswer a =
            get(QStringLiteral("/campaigns/%1/contacts?per_page=1000&status=in_progress")
                    .arg(candidate));
        if (!a.object().value(QStringLiteral("contacts")).toArray().isEmpty()) {
            id = candidate;
            break;
        }
    }
    QVERIFY2(id > 0, "no running campaign with calls in progress in the default seed");
    const QString base = QStringLiteral("/campaigns/%1").arg(id);
    const int completedBefore =
        get(base).object().value(QStringLiteral("completed_contacts")).toInt();
    QCOMPARE(post(base + QStringLiteral("/pause")).status, 200);
    const QJsonObject inProgress =
        get(base + QStringLiteral("/contacts?per_page=1000&status=in_progress")).object();
    QVERIFY(inProgress.value(QStringLiteral("contacts")).toArray().isEmpty());
    QVERIFY(get(base).object().value(QStringLiteral("completed_contacts")).toInt() >
            completedBefore);
}

void SandboxBurkiTest::contacts_pageThroughEveryContactOnce()
{
    QSet<qint64> seen;
    int page = 1;
    bool hasNext = true;
    while (hasNext) {
        const HttpAnswer a =
            get(QStringLiteral("/campaigns/42/contacts?page=%1&per_page=100").arg(page));
        QCOMPARE(a.status, 200);
        const QJsonObject pagination = a.object().value(QStringLiteral("pagination")).toObject();
        QCOMPARE(pagination.value(QStringLiteral("page")).toInt(), page);
        QCOMPARE(pagination.value(QStringLiteral("total_items")).toInt(), 250);
        QCOMPARE(pagination.value(QStringLiteral("total_pages")).toInt(), 3);
        QCOMPARE(pagination.value(QStringLiteral("has_prev")).toBool(), page > 1);
        const QJsonArray contacts = a.object().value(QStringLiteral("contacts")).toArray();
        for (const QJsonValue contact : contacts) {
            const qint64 id = contact.toObject().value(QStringLiteral("id")).toInteger();
            QVERIFY(!seen.contains(id));
            seen.insert(id);
        }
        hasNext = pagination.value(QStringLiteral("has_next")).toBool();
        ++page;
    }
    QCOMPARE(page, 4);
    QCOMPARE(seen.size(), 250);
    // The same page twice reads the same records (derived, not random per request).
    QCOMPARE(get(QStringLiteral("/campaigns/42/contacts?page=2&per_page=7")).body,
             get(QStringLiteral("/campaigns/42/contacts?page=2&per_page=7")).body);
}

void SandboxBurkiTest::contacts_perPageAbove1000_isRefusedWith422()
{
    const HttpAnswer a = get(QStringLiteral("/campaigns/42/contacts?per_page=1001"));
    QCOMPARE(a.status, 422);
    const QJsonObject error =
        a.object().value(QStringLiteral("detail")).toArray().first().toObject();
    QCOMPARE(error.value(QStringLiteral("loc")).toArray(),
             (QJsonArray{QStringLiteral("query"), QStringLiteral("per_page")}));
    QCOMPARE(get(QStringLiteral("/campaigns/42/contacts?per_page=1000")).status, 200);
    QCOMPARE(get(QStringLiteral("/campaigns/42/contacts?page=0")).status, 422);
}

void SandboxBurkiTest::executions_coverEveryAttemptedContact()
{
    const QJsonObject body = get(QStringLiteral("/campaigns/42/executions?per_page=1000")).object();
    const QJsonArray executions = body.value(QStringLiteral("executions")).toArray();
    // 125 completed + 10 failed contacts of the documented campaign were attempted.
    QCOMPARE(executions.size(), 135);
    QCOMPARE(body.value(QStringLiteral("pagination"))
                 .toObject()
                 .value(QStringLiteral("total_items"))
                 .toInt(),
             135);
    int completed = 0;
    for (const QJsonValue e : executions) {
        QCOMPARE(e.toObject().value(QStringLiteral("campaign_id")).toInteger(), 42);
        completed +=
            e.toObject().value(QStringLiteral("status")).toString() == QLatin1String("completed");
    }
    QCOMPARE(completed, 125);
}

void SandboxBurkiTest::nonIntegerId_isRefusedWithFastApi422_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("delete") << QByteArray("DELETE") << QStringLiteral("/campaigns/abc");
    QTest::newRow("get") << QByteArray("GET") << QStringLiteral("/campaigns/4.2");
    QTest::newRow("pause") << QByteArray("POST") << QStringLiteral("/campaigns/x/pause");
    QTest::newRow("start") << QByteArray("POST") << QStringLiteral("/campaigns/x/start");
    QTest::newRow("stop") << QByteArray("POST") << QStringLiteral("/campaigns/x/stop");
    QTest::newRow("contacts") << QByteArray("GET") << QStringLiteral("/campaigns/x/contacts");
    QTest::newRow("executions") << QByteArray("GET") << QStringLiteral("/campaigns/x/executions");
    QTest::newRow("schedule") << QByteArray("GET") << QStringLiteral("/campaigns/x/schedule");
}

void SandboxBurkiTest::nonIntegerId_isRefusedWithFastApi422()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const HttpAnswer a = m_sandbox.call(Platform::Burki, method, path);
    QCOMPARE(a.status, 422);
    QCOMPARE(a.object(), nonIntegerIdError());
}

void SandboxBurkiTest::rateLimit_refusesWith429AndRetryAfter()
{
    m_sandbox.setRateLimits(
        true, QJsonObject{{QStringLiteral("burki"),
                           QJsonArray{QJsonObject{{QStringLiteral("limit"), 3},
                                                  {QStringLiteral("windowMs"), 60000}}}}});
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(QStringLiteral("/campaigns/42")).status, 200);
    const HttpAnswer a = get(QStringLiteral("/campaigns/42"));
    QCOMPARE(a.status, 429);
    QCOMPARE(a.object(),
             (QJsonObject{{QStringLiteral("detail"), QStringLiteral("Rate limit exceeded")}}));
    bool ok = false;
    const int retryAfter = a.header("Retry-After").toInt(&ok);
    QVERIFY2(ok, a.header("Retry-After").constData());
    QVERIFY(retryAfter >= 1 && retryAfter <= 60);
    // Burki does not document X-RateLimit-* headers, so the sandbox sends none.
    QVERIFY(a.header("X-RateLimit-Limit").isEmpty());
    // A refused DELETE deletes nothing.
    QCOMPARE(del(QStringLiteral("/campaigns/42")).status, 429);
    m_sandbox.setRateLimits(false);
    QCOMPARE(get(QStringLiteral("/campaigns/42")).status, 200);
}

void SandboxBurkiTest::rateLimit_countsPerKey()
{
    m_sandbox.setRateLimits(
        true, QJsonObject{{QStringLiteral("burki"),
                           QJsonArray{QJsonObject{{QStringLiteral("limit"), 2},
                                                  {QStringLiteral("windowMs"), 60000}}}}});
    QCOMPARE(get(QStringLiteral("/campaigns")).status, 200);
    QCOMPARE(get(QStringLiteral("/campaigns")).status, 200);
    QCOMPARE(get(QStringLiteral("/campaigns")).status, 429);
    const HttpAnswer other = m_sandbox.call(Platform::Burki, "GET", QStringLiteral("/campaigns"),
                                            {}, Auth::DocPlaceholder);
    QCOMPARE(other.status, 200);
}

void SandboxBurkiTest::rateLimit_defaultsTo120PerMinute()
{
    SandboxFixture limited(SandboxFixture::quietOptions(0, true));
    const QJsonObject rules = limited.raw("GET", QStringLiteral("/__sandbox/ratelimits"))
                                  .object()
                                  .value(QStringLiteral("rules"))
                                  .toObject();
    QCOMPARE(rules.value(QStringLiteral("burki")).toArray(),
             (QJsonArray{QJsonObject{{QStringLiteral("limit"), 120},
                                     {QStringLiteral("windowMs"), 60000}}}));
    for (int i = 0; i < 120; ++i) {
        const HttpAnswer a =
            limited.call(Platform::Burki, "GET", QStringLiteral("/campaigns?limit=1"));
        QVERIFY2(a.status == 200, qPrintable(QString::number(i)));
    }
    const HttpAnswer refused =
        limited.call(Platform::Burki, "GET", QStringLiteral("/campaigns?limit=1"));
    QCOMPARE(refused.status, 429);
    QVERIFY(!refused.header("Retry-After").isEmpty());
}

void SandboxBurkiTest::wrongKey_isRefusedWith401()
{
    const HttpAnswer a =
        m_sandbox.call(Platform::Burki, "DELETE", QStringLiteral("/campaigns/42"), {}, Auth::Wrong);
    QCOMPARE(a.status, 401);
    QCOMPARE(a.object(),
             (QJsonObject{{QStringLiteral("detail"), QStringLiteral("Invalid API key")}}));
    QCOMPARE(a.header("WWW-Authenticate"), QByteArray("Bearer"));
    QCOMPARE(get(QStringLiteral("/campaigns/42")).status, 200);
}

void SandboxBurkiTest::missingKey_isRefusedWith401()
{
    const HttpAnswer a =
        m_sandbox.call(Platform::Burki, "GET", QStringLiteral("/campaigns"), {}, Auth::None);
    QCOMPARE(a.status, 401);
    QCOMPARE(a.object(),
             (QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not authenticated")}}));
    // Not a Bearer token at all.
    const HttpAnswer basic =
        m_sandbox.raw("GET", QStringLiteral("/burki/api/v1/campaigns"), {},
                      {{QByteArray("Authorization"), QByteArray("Basic Ym9iOnNlY3JldA==")}});
    QCOMPARE(basic.status, 401);
}

void SandboxBurkiTest::docPlaceholderKey_isAccepted()
{
    const HttpAnswer a = m_sandbox.call(Platform::Burki, "DELETE", QStringLiteral("/campaigns/42"),
                                        {}, Auth::DocPlaceholder);
    QCOMPARE(a.status, 200);
    QCOMPARE(get(QStringLiteral("/campaigns/42")).status, 404);
}

QTEST_GUILESS_MAIN(SandboxBurkiTest)
#include "tst_sandbox_burki.moc"
