// Kore.ai: contact-center voice campaigns (the "Campaign Management" API scope). Every call
// carries an HS256 JWT signed with the account's Client Secret in an `auth` header, plus `iid`
// (App ID) and `accountId` headers; the Bot/Stream ID is part of the path. Envelopes are
// {status: "success" | "failure", message, data}; the list is a POST with skip/limit paging in
// the body; play/stop go through one trigger endpoint whose path has no /campaign prefix; DELETE
// answers with the deleted campaign and never refuses a running one (the docs describe deleting
// "an active voice campaign"; blocking that is the app's decision, not the platform's).

#include "platformmodule.h"
#include "seeding.h"

#include "net/jwt.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <optional>

namespace CampaignDesk::Sandbox {

namespace {

// Statuses and dialing modes (documented).
const QString Ready = QStringLiteral("Ready");
const QString Preparing = QStringLiteral("Preparing");
const QString Scheduled = QStringLiteral("Scheduled");
const QString Rescheduled = QStringLiteral("Rescheduled");
const QString Active = QStringLiteral("Active");
const QString Paused = QStringLiteral("Paused");
const QString Stopped = QStringLiteral("Stopped");
const QString Completed = QStringLiteral("Completed");
const QStringList Statuses = {Ready,  Preparing, Scheduled, Rescheduled,
                              Active, Paused,    Stopped,   Completed};
const QStringList DialingModes = {QStringLiteral("Progressive"), QStringLiteral("Preview"),
                                  QStringLiteral("Agentless")};

// The documented list message, double space included.
const QString ListMessage = QStringLiteral("Campaign  retrieved successfully");

// Everything in this namespace is a choice: Kore.ai's public reference says nothing about it.
// Kept together so that it is easy to revisit.
namespace Choice {
// The only campaign type the voice endpoints accept (`campaignType=` and the list's `type`).
const QString CampaignType = QStringLiteral("voice");
// List page size bounds (the docs show 50); per-contact results are documented as 1..100.
constexpr int MaxListLimit = 100;
constexpr int MaxContactLimit = 100;
constexpr int DefaultContactLimit = 100;
// trigger=play starts these; trigger=stop stops these. Everything else is a 400.
const QStringList Playable = {Ready, Scheduled, Rescheduled, Paused, Stopped};
const QStringList Stoppable = {Preparing, Scheduled, Rescheduled, Active, Paused};
// Campaigns that have had a run, and so carry a campaignInstanceId.
const QStringList HasRun = {Rescheduled, Active, Paused, Stopped, Completed};
// Sortable list fields (one per request: a JSON object does not keep key order).
const QStringList SortFields = {QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
                                QStringLiteral("name"), QStringLiteral("status"),
                                QStringLiteral("priority")};

QString rateLimitMessage()
{
    return QStringLiteral(
        "You've exceeded the per-minute rate limit. Please wait for sometime before retrying.");
}
QString campaignNotFound(const QString &id)
{
    return QStringLiteral("Campaign %1 not found").arg(id);
}
QString streamNotFound(const QString &streamId)
{
    return QStringLiteral("Bot with streamId %1 not found").arg(streamId);
}
QString refusedTrigger(const QString &name, bool play, const QString &status)
{
    return QStringLiteral("Campaign %1 cannot be %2 while it is %3")
        .arg(name, play ? QStringLiteral("started") : QStringLiteral("stopped"), status);
}
} // namespace Choice

QJsonObject failure(const QString &message)
{
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("failure")},
                       {QStringLiteral("message"), message}};
}

Response fail(int status, const QString &message)
{
    return Response::json(status, failure(message));
}

// Kore.ai ids look like UUIDs with a type prefix and a 7-digit first group:
// "cd-c1b940c-7012-4e7d-98d9-4707177xxxxx" (campaign), "cl-…" (contact list), "cid-…" (run).
QString koreId(const QString &prefix, quint64 value)
{
    Rng rng(value);
    const QString hex = QStringLiteral("%1%2")
                            .arg(rng.next(), 16, 16, QLatin1Char('0'))
                            .arg(rng.next(), 16, 16, QLatin1Char('0'));
    return prefix + hex.mid(1, 7) + QLatin1Char('-') + hex.mid(8, 4) + QStringLiteral("-4") +
           hex.mid(13, 3) + QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

QString instanceId(const Campaign &c)
{
    return koreId(QStringLiteral("cid-"), c.rng ^ 0x1257a9ceULL);
}

// Cheap per-campaign values that filters and sorting need without building JSON.
QString priorityOf(const Campaign &c)
{
    const QJsonValue fixed = c.fixed.value(QStringLiteral("priority"));
    if (fixed.isString())
        return fixed.toString();
    return QString::number(1 + int((c.rng >> 8) % 5));
}

QJsonObject callingHours(Rng &rng)
{
    static const char *const zones[] = {"Asia/Kolkata", "America/New_York", "America/Chicago",
                                        "Europe/London", "Australia/Sydney"};
    const QString start = rng.bounded(2) ? QStringLiteral("9:00 AM") : QStringLiteral("8:00 AM");
    const QString end = rng.bounded(2) ? QStringLiteral("6:00 PM") : QStringLiteral("5:00 PM");
    QJsonArray days;
    for (const char *day : {"MO", "TU", "WE", "TH", "FR"})
        days.append(QJsonObject{{QStringLiteral("start"), start},
                                {QStringLiteral("end"), end},
                                {QStringLiteral("day"), QLatin1String(day)}});
    return QJsonObject{
        {QStringLiteral("frequency"), QStringLiteral("WEEKLY")},
        {QStringLiteral("days"), days},
        {QStringLiteral("timezone"), QLatin1String(zones[rng.bounded(int(std::size(zones)))])}};
}

// Every field the sandbox knows for a campaign; documented example fields merged last.
QJsonObject allFields(const Campaign &c)
{
    Rng rng(c.rng ^ 0x6b03eaULL);
    static const char *const queues[] = {"Default Queue", "Sales Queue", "Support Queue",
                                         "Collections Queue"};
    const int listNumber = rng.range(1, 400);
    const bool scheduled = c.status == Scheduled || c.status == Rescheduled;
    QJsonObject o{
        {QStringLiteral("_id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("description"),
         QStringLiteral("%1 voice campaign: %2").arg(c.type, c.name)},
        {QStringLiteral("dncLists"),
         QJsonObject{{QStringLiteral("id"), koreId(QStringLiteral("cl-"), c.rng ^ 0xd9cULL)},
                     {QStringLiteral("name"), QStringLiteral("DNC List %1").arg(listNumber)}}},
        {QStringLiteral("priority"), priorityOf(c)},
        {QStringLiteral("dialingMode"), c.type},
        {QStringLiteral("dialingStrategy"),
         QJsonObject{{QStringLiteral("callerId"),
                      QJsonObject{{QStringLiteral("phoneNumber"),
                                   QStringLiteral("+1%1%2")
                                       .arg(rng.range(201, 989))
                                       .arg(rng.range(0, 9999999), 7, 10, QLatin1Char('0'))}}},
                     {QStringLiteral("callingHours"), callingHours(rng)},
                     {QStringLiteral("dialingOrder"),
                      rng.bounded(4) ? QStringLiteral("FIFO") : QStringLiteral("LIFO")},
                     {QStringLiteral("maxAttemptsPerRecord"), rng.range(1, 5)},
                     {QStringLiteral("defaultRetryPeriod"), 10 * rng.range(1, 6)},
                     {QStringLiteral("maxRingTime"), 30},
                     {QStringLiteral("useSystemMappings"), false}}},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("isFiltersEnabled"), rng.bounded(3) == 0},
        {QStringLiteral("createdAt"), isoMs(c.createdMs)},
        {QStringLiteral("updatedAt"), isoMs(c.updatedMs)},
        {QStringLiteral("schedule"),
         QJsonObject{{QStringLiteral("isSchedulingEnabled"), scheduled},
                     {QStringLiteral("isRecurrenceEnabled"), c.status == Rescheduled}}},
        {QStringLiteral("connection"), QLatin1String(queues[rng.bounded(int(std::size(queues)))])},
        {QStringLiteral("contactLists"),
         QJsonArray{QStringLiteral("Contact List %1").arg(listNumber + 1)}}};
    if (Choice::HasRun.contains(c.status))
        o.insert(QStringLiteral("campaignInstanceId"), instanceId(c));
    for (auto it = c.fixed.begin(); it != c.fixed.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// The campaign as get and delete show it (the seed's delete sample): the full document.
QJsonObject fullWire(const Campaign &c)
{
    QJsonObject o = allFields(c);
    o.remove(QStringLiteral("connection"));
    o.insert(QStringLiteral("lname"), c.name.toLower());
    return o;
}

// The campaign as the list shows it (the documented list example): a projection.
QJsonObject listWire(const Campaign &c)
{
    QJsonObject o = allFields(c);
    o.remove(QStringLiteral("dialingStrategy"));
    o.remove(QStringLiteral("campaignInstanceId"));
    const QJsonObject schedule = o.value(QStringLiteral("schedule")).toObject();
    o.insert(QStringLiteral("schedule"),
             QJsonObject{{QStringLiteral("isSchedulingEnabled"),
                          schedule.value(QStringLiteral("isSchedulingEnabled"))}});
    return o;
}

// One per-contact result, derived from the campaign's counts: the first `completed` contacts
// were reached, the next `failed` were not, the next `inFlight` are being dialled, the rest wait.
QJsonObject contactResult(const Campaign &c, int i)
{
    Rng rng(mixSeed(c.rng ^ 0xc0a7ac7ULL, quint64(i)));
    const QString phone = QStringLiteral("91%1%2")
                              .arg(rng.range(6, 9))
                              .arg(rng.range(0, 999999999), 9, 10, QLatin1Char('0'));
    const QString session = QStringLiteral("%1").arg(rng.next(), 16, 16, QLatin1Char('0')) +
                            QStringLiteral("%1").arg(rng.next() >> 32, 8, 16, QLatin1Char('0'));
    QString outcome;
    QString status;
    QString detail;
    int attempts = 0;
    QJsonArray dispositions;
    if (i < c.completed) {
        static const char *const reached[][2] = {{"userHangUp", "user_hangup"},
                                                 {"agentTransfer", "agent_transfer"},
                                                 {"botHangUp", "bot_hangup"}};
        const auto &r = reached[rng.bounded(3)];
        outcome = QStringLiteral("completed");
        status = QLatin1String(r[0]);
        detail = QLatin1String(r[1]);
        attempts = rng.range(1, 3);
        dispositions.append(QStringLiteral("System Generated"));
    } else if (i < c.completed + c.failed) {
        static const char *const missed[][2] = {
            {"noAnswer", "no_answer"}, {"busy", "user_busy"}, {"callFailed", "invalid_number"}};
        const auto &r = missed[rng.bounded(3)];
        outcome = QStringLiteral("failed");
        status = QLatin1String(r[0]);
        detail = QLatin1String(r[1]);
        attempts = 3;
        dispositions.append(QStringLiteral("System Generated"));
    } else if (i < c.completed + c.failed + c.inFlight) {
        outcome = QStringLiteral("inProgress");
        status = QStringLiteral("dialing");
        detail = QStringLiteral("in_progress");
        attempts = rng.range(1, 3);
    } else {
        outcome = QStringLiteral("pending");
        status = QStringLiteral("notDialed");
        detail = QStringLiteral("not_dialed");
    }
    return QJsonObject{{QStringLiteral("phoneNumber"), phone},
                       {QStringLiteral("dialerOutcome"), outcome},
                       {QStringLiteral("numberOfAttemptsSoFar"), attempts},
                       {QStringLiteral("botSessionId"), attempts > 0 ? session : QString()},
                       {QStringLiteral("agentDispositionCodes"), dispositions},
                       {QStringLiteral("botOutboundStatus"), status},
                       {QStringLiteral("botOutboundStatusDetail"), detail}};
}

// An integer field given as a JSON number or a numeric string (curl -d sends forms).
std::optional<int> intField(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && d >= -1e9 && d <= 1e9)
            return int(d);
        return std::nullopt;
    }
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

// A filter given as an array or a single value, as strings.
QStringList filterValues(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.isArray() ? v.toArray() : QJsonArray{v};
    for (const QJsonValue item : array)
        out.append(item.isDouble() ? QString::number(item.toInt()) : item.toString());
    return out;
}

Campaign example(const QString &id, const QString &name, const QString &dialingMode,
                 const QString &createdAt, const QString &updatedAt, int contacts,
                 const QJsonObject &fixed)
{
    Campaign c;
    c.id = id;
    c.name = name;
    c.status = Ready;
    c.type = dialingMode;
    c.createdMs = QDateTime::fromString(createdAt, Qt::ISODateWithMs).toMSecsSinceEpoch();
    c.updatedMs = QDateTime::fromString(updatedAt, Qt::ISODateWithMs).toMSecsSinceEpoch();
    c.rng = qHash(id);
    c.contacts = contacts;
    c.fixed = fixed;
    return c;
}

QJsonObject weekdayHours()
{
    QJsonArray days;
    for (const char *day : {"MO", "TU", "WE", "TH", "FR"})
        days.append(QJsonObject{{QStringLiteral("start"), QStringLiteral("9:00 AM")},
                                {QStringLiteral("end"), QStringLiteral("6:00 PM")},
                                {QStringLiteral("day"), QLatin1String(day)}});
    return QJsonObject{{QStringLiteral("frequency"), QStringLiteral("WEEKLY")},
                       {QStringLiteral("days"), days},
                       {QStringLiteral("timezone"), QStringLiteral("Asia/Kolkata")}};
}

const QJsonObject DecemberDnc{
    {QStringLiteral("id"), QStringLiteral("cl-68b802a-2b99-4245-8eea-6d322a8xxxxx")},
    {QStringLiteral("name"), QStringLiteral("DNC CL Dec 4")}};

QList<Campaign> documentedExamples()
{
    const QJsonObject noSchedule{{QStringLiteral("isSchedulingEnabled"), false},
                                 {QStringLiteral("isRecurrenceEnabled"), false}};
    const QJsonArray contactLists{QStringLiteral("CL Only 2020 Dec 4")};
    return {
        // The list example (getAllCampaignDetails). Its description is elided in the docs.
        example(QStringLiteral("cd-c1b940c-7012-4e7d-98d9-4707177xxxxx"),
                QStringLiteral("Billing Reminder Voice Campaign123"), QStringLiteral("Preview"),
                QStringLiteral("2025-12-08T09:17:21.090Z"),
                QStringLiteral("2025-12-08T09:17:37.927Z"), 6,
                QJsonObject{{QStringLiteral("description"),
                             QStringLiteral("Reminds customers of upcoming bill payments and "
                                            "connects them with an agent on request.")},
                            {QStringLiteral("dncLists"), DecemberDnc},
                            {QStringLiteral("priority"), QStringLiteral("5")},
                            {QStringLiteral("isFiltersEnabled"), false},
                            {QStringLiteral("schedule"), noSchedule},
                            {QStringLiteral("connection"), QStringLiteral("Default Queue")},
                            {QStringLiteral("contactLists"), contactLists}}),
        // The seed page's delete example, with every field of its sample response.
        example(QStringLiteral("cd-a1e45a7-e8ba-4e97-a339-476ebc7xxxxx"),
                QStringLiteral("Service Renewal Outreach Campaign61"),
                QStringLiteral("Progressive"), QStringLiteral("2025-12-04T10:50:56.762Z"),
                QStringLiteral("2025-12-05T06:31:23.308Z"), 4,
                QJsonObject{{QStringLiteral("description"),
                             QStringLiteral(
                                 "Connects customers with live agents to assist with upcoming "
                                 "service renewals using progressive dialing. Ensures personalized "
                                 "support and improved engagement.")},
                            {QStringLiteral("dncLists"), DecemberDnc},
                            {QStringLiteral("priority"), QStringLiteral("5")},
                            {QStringLiteral("dialingStrategy"),
                             QJsonObject{{QStringLiteral("callerId"),
                                          QJsonObject{{QStringLiteral("phoneNumber"),
                                                       QStringLiteral("+181633xxxxx")}}},
                                         {QStringLiteral("callingHours"), weekdayHours()},
                                         {QStringLiteral("dialingOrder"), QStringLiteral("FIFO")},
                                         {QStringLiteral("maxAttemptsPerRecord"), 3},
                                         {QStringLiteral("defaultRetryPeriod"), 10},
                                         {QStringLiteral("maxRingTime"), 30},
                                         {QStringLiteral("useSystemMappings"), false}}},
                            {QStringLiteral("isFiltersEnabled"), false},
                            {QStringLiteral("schedule"), noSchedule},
                            {QStringLiteral("contactLists"), contactLists}})};
}

class KoreAiModule final : public PlatformModule
{
public:
    Platform platform() const override { return Platform::KoreAi; }
    QString prefix() const override { return QStringLiteral("/koreai"); }

    QList<Campaign> seed(const SeedSpec &spec) const override
    {
        SeedPlan plan;
        // Both documented campaigns are Ready: the seed page deletes one of them, and the
        // list example shows the other as Ready.
        plan.examples = documentedExamples();
        plan.statuses = Statuses;
        plan.types = DialingModes;
        plan.inFlightStatuses = {Active};
        plan.idFor = [seed = spec.seed](int i) {
            return koreId(QStringLiteral("cd-"), mixSeed(seed ^ 0x6b07eULL, quint64(i)));
        };
        plan.maxContacts = 180;
        QList<Campaign> rows = seedCampaigns(spec, platform(), plan);
        // Counts that fit the status: nothing has been dialled before a campaign first runs,
        // and a completed campaign has an outcome for every contact.
        for (Campaign &c : rows) {
            if (c.status == Preparing || c.status == Scheduled) {
                c.completed = 0;
                c.failed = 0;
                c.inFlight = 0;
            } else if (c.status == Completed) {
                c.failed = c.contacts - c.completed;
                c.inFlight = 0;
            }
        }
        return rows;
    }

    // Checked for real: the HS256 signature under the Client Secret, `exp`, the `appId` claim
    // (Client ID), then the iid and accountId headers. The 401 messages are a choice.
    std::optional<Response> authenticate(const Request &request,
                                         const Account &account) const override
    {
        const QByteArray token = request.header("auth").trimmed();
        if (token.isEmpty())
            return fail(401, QStringLiteral("auth header with a JWT is required"));
        const Jwt::Verified verified =
            Jwt::verifyHs256(token, account.secret.toUtf8(), QDateTime::currentDateTimeUtc());
        switch (verified.error) {
        case Jwt::VerifyError::None:
            break;
        case Jwt::VerifyError::Expired:
            return fail(401, QStringLiteral("JWT token has expired"));
        case Jwt::VerifyError::Malformed:
        case Jwt::VerifyError::UnsupportedAlgorithm:
        case Jwt::VerifyError::BadSignature:
            return fail(401, QStringLiteral("Invalid JWT token"));
        }
        if (verified.claims.value(QStringLiteral("appId")).toString() != account.clientId)
            return fail(401, QStringLiteral("JWT appId does not match a client of this app"));
        const QByteArray iid = request.header("iid").trimmed();
        if (iid.isEmpty())
            return fail(401, QStringLiteral("iid header is required"));
        if (QString::fromUtf8(iid) != account.appId)
            return fail(401, QStringLiteral("Invalid iid"));
        const QByteArray accountId = request.header("accountid").trimmed();
        if (accountId.isEmpty())
            return fail(401, QStringLiteral("accountId header is required"));
        if (QString::fromUtf8(accountId) != account.accountId ||
            (request.query.hasQueryItem(QStringLiteral("accountId")) &&
             request.queryValue(QStringLiteral("accountId")) != account.accountId))
            return fail(401, QStringLiteral("Invalid accountId"));
        return std::nullopt;
    }

    // 60 requests a minute per account: the accountId header (checked before rate limiting).
    QString credentialOf(const Request &request) const override
    {
        return QString::fromUtf8(request.header("accountid").trimmed());
    }

    QList<RateRule> defaultRateRules() const override { return {{60, 60000}}; }

    // No rate headers: Kore.ai documents none.
    Response rateLimited(const RateState &) const override
    {
        return fail(429, Choice::rateLimitMessage());
    }

    Response successFalse() const override
    {
        return fail(200, QStringLiteral("The request could not be completed."));
    }

    Response notFound() const override
    {
        return fail(404, QStringLiteral("The requested resource was not found"));
    }

    Response handle(const Request &request, CampaignTable &table,
                    const Account &account) const override
    {
        QStringList args;
        const QString &path = request.path;
        const QByteArray &method = request.method;
        if (matchRoute(
                path,
                QStringLiteral("/campaign/api/v2/public/:stream/campaign/getAllCampaignDetails"),
                &args) &&
            method == "POST") {
            if (args.at(0) != account.streamId)
                return fail(404, Choice::streamNotFound(args.at(0)));
            return list(request, table);
        }
        if (matchRoute(path, QStringLiteral("/campaign/api/v2/public/:stream/campaign/:id"),
                       &args) &&
            (method == "GET" || method == "DELETE")) {
            if (args.at(0) != account.streamId)
                return fail(404, Choice::streamNotFound(args.at(0)));
            return method == "GET" ? get(table, args.at(1)) : remove(request, table, args.at(1));
        }
        if (matchRoute(path, QStringLiteral("/campaign/api/v2/public/:stream/campaign/:id/status"),
                       &args) &&
            method == "POST") {
            if (args.at(0) != account.streamId)
                return fail(404, Choice::streamNotFound(args.at(0)));
            return status(request, table, args.at(1));
        }
        if (matchRoute(path, QStringLiteral("/api/v2/public/:stream/campaign/trigger/:id"),
                       &args) &&
            method == "POST") {
            if (args.at(0) != account.streamId)
                return fail(404, Choice::streamNotFound(args.at(0)));
            return trigger(request, table, args.at(1));
        }
        return notFound();
    }

private:
    static std::optional<Response> checkCampaignType(const Request &request)
    {
        if (!request.query.hasQueryItem(QStringLiteral("campaignType")))
            return fail(400, QStringLiteral("campaignType is required"));
        const QString type = request.queryValue(QStringLiteral("campaignType"));
        if (type != Choice::CampaignType)
            return fail(400, QStringLiteral("Invalid campaignType %1; use voice").arg(type));
        return std::nullopt;
    }

    Response list(const Request &request, const CampaignTable &table) const
    {
        bool parsed = false;
        const QJsonObject body = request.bodyObject(&parsed);
        if (!parsed)
            return fail(400, QStringLiteral("Request body must be a JSON object"));
        for (const QString &field : {QStringLiteral("limit"), QStringLiteral("skip"),
                                     QStringLiteral("page"), QStringLiteral("type")}) {
            if (!body.contains(field))
                return fail(400, QStringLiteral("%1 is required").arg(field));
        }
        const std::optional<int> limit = intField(body, QStringLiteral("limit"));
        if (!limit || *limit < 1 || *limit > Choice::MaxListLimit)
            return fail(400,
                        QStringLiteral("limit must be between 1 and %1").arg(Choice::MaxListLimit));
        const std::optional<int> skip = intField(body, QStringLiteral("skip"));
        if (!skip || *skip < 0)
            return fail(400, QStringLiteral("skip must be 0 or more"));
        const std::optional<int> page = intField(body, QStringLiteral("page"));
        if (!page || *page < 1)
            return fail(400, QStringLiteral("page must be 1 or more"));
        if (body.value(QStringLiteral("type")).toString() != Choice::CampaignType)
            return fail(400, QStringLiteral("type must be voice"));

        const QJsonObject filters = body.value(QStringLiteral("filters")).toObject();
        const QStringList statuses = filters.contains(QStringLiteral("status"))
                                         ? filterValues(filters.value(QStringLiteral("status")))
                                         : QStringList();
        for (const QString &s : statuses) {
            if (!Statuses.contains(s))
                return fail(400, QStringLiteral("Invalid status filter %1").arg(s));
        }
        const QStringList modes = filters.contains(QStringLiteral("dialingMode"))
                                      ? filterValues(filters.value(QStringLiteral("dialingMode")))
                                      : QStringList();
        for (const QString &m : modes) {
            if (!DialingModes.contains(m))
                return fail(400, QStringLiteral("Invalid dialingMode filter %1").arg(m));
        }
        const QStringList priorities = filters.contains(QStringLiteral("priority"))
                                           ? filterValues(filters.value(QStringLiteral("priority")))
                                           : QStringList();
        for (const QString &p : priorities) {
            const int n = p.toInt();
            if (n < 1 || n > 5 || QString::number(n) != p)
                return fail(400, QStringLiteral("Invalid priority filter %1; use 1 to 5").arg(p));
        }

        QString sortField;
        bool descending = false;
        const QJsonObject sortBy = body.value(QStringLiteral("sortBy")).toObject();
        if (sortBy.size() > 1)
            return fail(400, QStringLiteral("sortBy takes one field"));
        if (sortBy.size() == 1) {
            sortField = sortBy.begin().key();
            const QJsonValue direction = sortBy.begin().value();
            if (!Choice::SortFields.contains(sortField))
                return fail(400, QStringLiteral("Invalid sortBy field %1").arg(sortField));
            if (direction == QJsonValue(QStringLiteral("desc")) || direction == QJsonValue(-1))
                descending = true;
            else if (direction != QJsonValue(QStringLiteral("asc")) && direction != QJsonValue(1))
                return fail(400, QStringLiteral("sortBy direction must be asc or desc"));
        }

        QList<const Campaign *> rows = table.filtered([&](const Campaign &c) {
            return (statuses.isEmpty() || statuses.contains(c.status)) &&
                   (modes.isEmpty() || modes.contains(c.type)) &&
                   (priorities.isEmpty() || priorities.contains(priorityOf(c)));
        });
        if (!sortField.isEmpty())
            sortRows(rows, sortField, descending);

        const qsizetype total = rows.size();
        QJsonArray results;
        for (qsizetype i = *skip; i < std::min(total, qsizetype(*skip) + *limit); ++i)
            results.append(listWire(*rows.at(i)));
        return Response::json(
            200,
            QJsonObject{
                {QStringLiteral("status"), QStringLiteral("success")},
                {QStringLiteral("message"), ListMessage},
                {QStringLiteral("data"),
                 QJsonObject{{QStringLiteral("results"), results},
                             {QStringLiteral("skip"), *skip},
                             {QStringLiteral("limit"), *limit},
                             {QStringLiteral("hasMore"), *skip + results.size() < total},
                             {QStringLiteral("totalPages"), qint64((total + *limit - 1) / *limit)},
                             {QStringLiteral("totalResults"), qint64(total)}}}});
    }

    // Stable, so rows that compare equal keep the list order and paging stays consistent.
    static void sortRows(QList<const Campaign *> &rows, const QString &field, bool descending)
    {
        const auto key = [&field](const Campaign *c) -> std::pair<qint64, QString> {
            if (field == QLatin1String("createdAt"))
                return {c->createdMs, {}};
            if (field == QLatin1String("updatedAt"))
                return {c->updatedMs, {}};
            if (field == QLatin1String("priority"))
                return {priorityOf(*c).toInt(), {}};
            if (field == QLatin1String("status"))
                return {0, c->status};
            return {0, c->name};
        };
        std::stable_sort(rows.begin(), rows.end(), [&](const Campaign *a, const Campaign *b) {
            return descending ? key(b) < key(a) : key(a) < key(b);
        });
    }

    Response get(const CampaignTable &table, const QString &id) const
    {
        const Campaign *c = table.find(id);
        if (!c)
            return fail(404, Choice::campaignNotFound(id));
        return Response::json(
            200, QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                             {QStringLiteral("message"),
                              QStringLiteral("Campaign %1 retrieved successfully").arg(c->name)},
                             {QStringLiteral("data"), fullWire(*c)}});
    }

    Response remove(const Request &request, CampaignTable &table, const QString &id) const
    {
        if (auto refusal = checkCampaignType(request))
            return *refusal;
        const Campaign *c = table.find(id);
        if (!c)
            return fail(404, Choice::campaignNotFound(id));
        // Not refused whatever the status: the docs describe deleting an active campaign.
        const QJsonObject deleted = fullWire(*c);
        const QString name = c->name;
        table.remove(id);
        return Response::json(
            200, QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                             {QStringLiteral("message"),
                              QStringLiteral("Campaign %1 deleted successfully").arg(name)},
                             {QStringLiteral("data"), deleted}});
    }

    Response status(const Request &request, const CampaignTable &table, const QString &id) const
    {
        const QString view = request.queryValue(QStringLiteral("view"));
        if (view != QLatin1String("status") && view != QLatin1String("contacts"))
            return fail(400, QStringLiteral("view must be status or contacts"));
        const Campaign *c = table.find(id);
        if (!c)
            return fail(404, Choice::campaignNotFound(id));
        if (view == QLatin1String("status"))
            return Response::json(200,
                                  QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                                              {QStringLiteral("data"),
                                               QJsonObject{{QStringLiteral("id"), c->id},
                                                           {QStringLiteral("status"), c->status},
                                                           {QStringLiteral("name"), c->name}}}});

        const QJsonObject body = request.bodyObject();
        const auto paging = [&](const QString &key, int fallback) -> std::optional<int> {
            if (body.contains(key))
                return intField(body, key);
            if (request.query.hasQueryItem(key)) {
                bool ok = false;
                const int n = request.queryValue(key).toInt(&ok);
                return ok ? std::optional<int>(n) : std::nullopt;
            }
            return fallback;
        };
        const std::optional<int> page = paging(QStringLiteral("page"), 1);
        if (!page || *page < 1)
            return fail(400, QStringLiteral("page must be 1 or more"));
        const std::optional<int> limit =
            paging(QStringLiteral("limit"), Choice::DefaultContactLimit);
        if (!limit || *limit < 1 || *limit > Choice::MaxContactLimit)
            return fail(
                400, QStringLiteral("limit must be between 1 and %1").arg(Choice::MaxContactLimit));
        const qint64 first = qint64(*page - 1) * *limit;
        QJsonArray results;
        for (qint64 i = first; i < std::min<qint64>(c->contacts, first + *limit); ++i)
            results.append(contactResult(*c, int(i)));
        return Response::json(
            200, QJsonObject{{QStringLiteral("status"), QStringLiteral("success")},
                             {QStringLiteral("data"),
                              QJsonObject{{QStringLiteral("results"), results},
                                          {QStringLiteral("page"), *page},
                                          {QStringLiteral("limit"), *limit},
                                          {QStringLiteral("totalPages"),
                                           (c->contacts + *limit - 1) / *limit},
                                          {QStringLiteral("totalResults"), c->contacts}}}});
    }

    Response trigger(const Request &request, CampaignTable &table, const QString &id) const
    {
        if (auto refusal = checkCampaignType(request))
            return *refusal;
        const QString action = request.queryValue(QStringLiteral("trigger"));
        const bool play = action == QLatin1String("play");
        if (!play && action != QLatin1String("stop"))
            return fail(400, QStringLiteral("trigger must be play or stop"));
        Campaign *c = table.find(id);
        if (!c)
            return fail(404, Choice::campaignNotFound(id));
        if (!(play ? Choice::Playable : Choice::Stoppable).contains(c->status))
            return fail(400, Choice::refusedTrigger(c->name, play, c->status));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (play) {
            c->status = Active;
        } else {
            // Calls already connected finish; nothing new is dialled.
            c->completed += c->inFlight;
            c->inFlight = 0;
            c->status = Stopped;
        }
        c->updatedMs = now;
        return Response::json(
            200, QJsonObject{{QStringLiteral("status"), c->status},
                             {QStringLiteral("message"), play ? QStringLiteral("Campaign Started")
                                                              : QStringLiteral("Campaign Stopped")},
                             {QStringLiteral("updatedAt"), isoMs(now)},
                             {QStringLiteral("campaignInstanceId"), instanceId(*c)}});
    }
};

} // namespace

std::unique_ptr<PlatformModule> makeKoreAiModule()
{
    return std::make_unique<KoreAiModule>();
}

} // namespace CampaignDesk::Sandbox
