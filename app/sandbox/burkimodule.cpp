// Burki: AI voice-call and SMS campaigns behind a FastAPI service. Bearer API keys, bare JSON
// objects, {"detail": ...} errors, FastAPI's 422 validation arrays, skip/limit listing,
// POST /pause, /start (also resumes) and /stop, DELETE refused only for running campaigns, and
// the export endpoints (contacts, executions, schedule) that hang off a campaign.

#include "platformmodule.h"
#include "seeding.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <optional>

namespace CampaignDesk::Sandbox {

namespace {

// ---- Choices where Burki's documentation is silent (see providers/burki.md). ----------------
// Listing: the {items,total,skip,limit} shape; skip >= 0, 1 <= limit <= 1000, default 100.
constexpr int ListDefaultLimit = 100;
constexpr int ListMaxLimit = 1000;
// Contacts and executions: page >= 1, 1 <= per_page <= 1000 (documented max), default 50.
constexpr int PageDefaultSize = 50;
constexpr int PageMaxSize = 1000;
// Per key, 120 requests a minute; a refusal carries Retry-After in seconds.
constexpr int RatePerMinute = 120;
// Refusals of /start and /stop (documented only as "400 for other statuses").
QString cannotStart(const QString &status)
{
    return QStringLiteral("Cannot start campaign with status %1").arg(status);
}
QString cannotStop(const QString &status)
{
    return QStringLiteral("Cannot stop campaign with status %1").arg(status);
}
// 401 bodies (the reference only says "Unauthorized - invalid or missing API key").
const char *const MissingKeyDetail = "Not authenticated";
const char *const WrongKeyDetail = "Invalid API key";
// Contacts that never got their turn in a stopped, completed or failed campaign are "skipped"
// (the documented contact statuses have no "cancelled").
// --------------------------------------------------------------------------------------------

const QStringList Statuses = {QStringLiteral("draft"),     QStringLiteral("scheduled"),
                              QStringLiteral("running"),   QStringLiteral("paused"),
                              QStringLiteral("completed"), QStringLiteral("cancelled"),
                              QStringLiteral("failed")};

QJsonObject detail(const QString &message)
{
    return QJsonObject{{QStringLiteral("detail"), message}};
}

Response campaignNotFound()
{
    return Response::json(404, detail(QStringLiteral("Campaign not found")));
}

// One entry of FastAPI's (pydantic v1) validation error list.
QJsonObject validationError(const QString &where, const QString &name, const QString &msg,
                            const QString &type, const QJsonValue &limitValue = QJsonValue())
{
    QJsonObject o{{QStringLiteral("loc"), QJsonArray{where, name}},
                  {QStringLiteral("msg"), msg},
                  {QStringLiteral("type"), type}};
    if (!limitValue.isUndefined() && !limitValue.isNull())
        o.insert(QStringLiteral("ctx"), QJsonObject{{QStringLiteral("limit_value"), limitValue}});
    return o;
}

QJsonObject notAnInteger(const QString &where, const QString &name)
{
    return validationError(where, name, QStringLiteral("value is not a valid integer"),
                           QStringLiteral("type_error.integer"));
}

// Parses an integer the way pydantic v1 does for the common cases; nullopt when it is not one.
std::optional<qint64> parseInteger(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*[+-]?\\d+\\s*$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    // Beyond 64 bits it is still an integer to Python; no campaign has such an id.
    return ok ? value : std::numeric_limits<qint64>::max();
}

// A bounded integer query parameter; appends FastAPI's error entry when it does not validate.
int queryInteger(const Request &request, const QString &name, int fallback, int minimum,
                 int maximum, QJsonArray *errors)
{
    if (!request.query.hasQueryItem(name))
        return fallback;
    const std::optional<qint64> value = parseInteger(request.queryValue(name));
    if (!value) {
        errors->append(notAnInteger(QStringLiteral("query"), name));
        return fallback;
    }
    if (*value < minimum) {
        errors->append(validationError(
            QStringLiteral("query"), name,
            QStringLiteral("ensure this value is greater than or equal to %1").arg(minimum),
            QStringLiteral("value_error.number.not_ge"), minimum));
        return fallback;
    }
    if (*value > maximum) {
        errors->append(validationError(
            QStringLiteral("query"), name,
            QStringLiteral("ensure this value is less than or equal to %1").arg(maximum),
            QStringLiteral("value_error.number.not_le"), maximum));
        return fallback;
    }
    return int(*value);
}

Response unprocessable(const QJsonArray &errors)
{
    return Response::json(422, QJsonObject{{QStringLiteral("detail"), errors}});
}

QString uuidFor(quint64 value)
{
    Rng rng(value);
    const quint64 a = rng.next();
    const quint64 b = rng.next();
    const QUuid uuid(uint(a >> 32), ushort(a >> 16), ushort((a & 0x0fff) | 0x4000),
                     uchar(0x80 | ((b >> 56) & 0x3f)), uchar(b >> 48), uchar(b >> 40),
                     uchar(b >> 32), uchar(b >> 24), uchar(b >> 16), uchar(b >> 8), uchar(b));
    return uuid.toString(QUuid::WithoutBraces);
}

qint64 numericId(const Campaign &c)
{
    return c.id.toLongLong();
}

// ---- Derived fields: the same campaign always yields the same values. ----------------------

int maxAttempts(const Campaign &c)
{
    const QJsonValue fixed = c.fixed.value(QStringLiteral("max_attempts"));
    if (fixed.isDouble())
        return fixed.toInt();
    return 1 + int((c.rng >> 8) % 4);
}

qint64 importMs(const Campaign &c)
{
    return c.createdMs + qint64{30} * 60 * 1000;
}

QJsonObject toWire(const Campaign &c)
{
    Rng rng(c.rng ^ 0xb0a7ULL);
    static const char *const assistants[] = {"Appointment Bot", "Sales Assistant",
                                             "Renewal Agent",   "Survey Bot",
                                             "Support Agent",   "Collections Assistant"};
    static const int retryDelays[] = {15, 30, 60, 120, 240};
    const int assistantIndex = rng.bounded(int(std::size(assistants)));
    const bool imported = c.contacts > 0;
    QJsonObject o{
        {QStringLiteral("id"), numericId(c)},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("description"),
         QStringLiteral("%1 campaign: %2")
             .arg(c.type == QLatin1String("sms")     ? QStringLiteral("SMS")
                  : c.type == QLatin1String("mixed") ? QStringLiteral("Call and SMS")
                                                     : QStringLiteral("Outbound call"),
                  c.name)},
        {QStringLiteral("campaign_type"), c.type},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("assistant_id"), 100 + assistantIndex * 7 + rng.bounded(7)},
        {QStringLiteral("assistant_name"), QString::fromLatin1(assistants[assistantIndex])},
        {QStringLiteral("max_attempts"), maxAttempts(c)},
        {QStringLiteral("retry_delay_minutes"),
         retryDelays[rng.bounded(int(std::size(retryDelays)))]},
        {QStringLiteral("total_contacts"), c.contacts},
        {QStringLiteral("completed_contacts"), c.completed},
        {QStringLiteral("failed_contacts"), c.failed},
        {QStringLiteral("created_at"), isoSeconds(c.createdMs)},
        {QStringLiteral("updated_at"), isoSeconds(c.updatedMs)},
        {QStringLiteral("last_import_file_name"),
         imported ? QJsonValue(QStringLiteral("contacts_%1.csv").arg(c.rng % 100000))
                  : QJsonValue()},
        {QStringLiteral("last_import_date"),
         imported ? QJsonValue(isoSeconds(importMs(c))) : QJsonValue()},
        {QStringLiteral("last_import_row_count"),
         imported ? QJsonValue(c.contacts) : QJsonValue()}};
    for (auto it = c.fixed.begin(); it != c.fixed.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// Contact i of a campaign: [0, completed) completed, then `failed` failures of several kinds,
// then `inFlight` in progress, then the rest pending (or skipped once the campaign is over).
QString contactStatus(const Campaign &c, int i)
{
    if (i < c.completed)
        return QStringLiteral("completed");
    if (i < c.completed + c.failed) {
        static const char *const failures[] = {"failed", "no_answer", "busy", "voicemail"};
        return QString::fromLatin1(failures[mixSeed(c.rng, quint64(i)) % 4]);
    }
    if (i < c.completed + c.failed + c.inFlight)
        return QStringLiteral("in_progress");
    const bool over = c.status == QLatin1String("completed") ||
                      c.status == QLatin1String("cancelled") || c.status == QLatin1String("failed");
    return over ? QStringLiteral("skipped") : QStringLiteral("pending");
}

int attemptedContacts(const Campaign &c)
{
    return std::min(c.contacts, c.completed + c.failed + c.inFlight);
}

qint64 lastAttemptMs(const Campaign &c, int i)
{
    return importMs(c) + qint64{30} * 60 * 1000 + qint64(i) * 90'000;
}

int attemptsOf(const Campaign &c, int i, const QString &status)
{
    if (status == QLatin1String("pending") || status == QLatin1String("skipped"))
        return 0;
    if (status == QLatin1String("completed") || status == QLatin1String("in_progress"))
        return 1 + int(mixSeed(c.rng ^ 0xa77ULL, quint64(i)) % quint64(maxAttempts(c)));
    return maxAttempts(c);
}

QJsonObject contactAt(const Campaign &c, int i)
{
    static const char *const firstNames[] = {"Maria", "James", "Aisha", "Chen",  "Lucas",
                                             "Priya", "Omar",  "Sofia", "Ethan", "Hana"};
    static const char *const lastNames[] = {"Garcia", "Smith",  "Khan",  "Wang",  "Silva",
                                            "Patel",  "Haddad", "Rossi", "Brown", "Sato"};
    Rng rng(mixSeed(c.rng ^ 0xc0117ac7ULL, quint64(i)));
    const QString first = QString::fromLatin1(firstNames[rng.bounded(10)]);
    const QString last = QString::fromLatin1(lastNames[rng.bounded(10)]);
    const QString status = contactStatus(c, i);
    const int attempts = attemptsOf(c, i, status);
    return QJsonObject{
        {QStringLiteral("id"), numericId(c) * 10000 + i + 1},
        {QStringLiteral("phone_number"),
         QStringLiteral("+1555%1").arg(rng.range(1000000, 9999999))},
        {QStringLiteral("contact_data"),
         QJsonObject{{QStringLiteral("name"), first + QLatin1Char(' ') + last},
                     {QStringLiteral("email"),
                      QStringLiteral("%1.%2@example.com").arg(first.toLower(), last.toLower())},
                     {QStringLiteral("appointment_date"),
                      QDateTime::fromMSecsSinceEpoch(
                          c.createdMs + qint64(rng.range(1, 28)) * 86'400'000LL, Qt::UTC)
                          .date()
                          .toString(Qt::ISODate)}}},
        {QStringLiteral("status"), status},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("created_at"), isoSeconds(importMs(c))},
        {QStringLiteral("last_attempt_at"),
         attempts > 0 ? QJsonValue(isoSeconds(lastAttemptMs(c, i))) : QJsonValue()}};
}

// Execution j is the latest attempt on contact j (only attempted contacts have one).
QJsonObject executionAt(const Campaign &c, int j)
{
    const QString status = contactStatus(c, j);
    const QJsonObject contact = contactAt(c, j);
    const bool sms = c.type == QLatin1String("sms") ||
                     (c.type == QLatin1String("mixed") && (mixSeed(c.rng, quint64(j)) & 1));
    const bool running = status == QLatin1String("in_progress");
    const qint64 started = lastAttemptMs(c, j);
    const int duration = sms || status != QLatin1String("completed")
                             ? 0
                             : 20 + int(mixSeed(c.rng ^ 0xd0ULL, quint64(j)) % 280);
    return QJsonObject{
        {QStringLiteral("id"), numericId(c) * 10000 + j + 1},
        {QStringLiteral("campaign_id"), numericId(c)},
        {QStringLiteral("contact_id"), contact.value(QStringLiteral("id"))},
        {QStringLiteral("phone_number"), contact.value(QStringLiteral("phone_number"))},
        {QStringLiteral("channel"), sms ? QStringLiteral("sms") : QStringLiteral("call")},
        {QStringLiteral("status"), status},
        {QStringLiteral("attempt_number"), contact.value(QStringLiteral("attempts"))},
        {QStringLiteral("started_at"), isoSeconds(started)},
        {QStringLiteral("completed_at"),
         running ? QJsonValue() : QJsonValue(isoSeconds(started + 1000LL * (duration + 5)))},
        {QStringLiteral("duration_seconds"), duration},
        {QStringLiteral("error_message"),
         status == QLatin1String("completed") || running
             ? QJsonValue()
             : QJsonValue(QStringLiteral("Call ended with status %1").arg(status))}};
}

QJsonObject scheduleOf(const Campaign &c)
{
    int kind = int((c.rng >> 16) % 3); // 0 immediate, 1 scheduled, 2 recurring
    if (c.status == QLatin1String("scheduled") && kind == 0)
        kind = 1;
    const qint64 at = c.createdMs + 2 * 86'400'000LL + 9 * 3'600'000LL;
    if (kind == 0)
        return QJsonObject{{QStringLiteral("schedule_type"), QStringLiteral("immediate")},
                           {QStringLiteral("scheduled_at"), QJsonValue()},
                           {QStringLiteral("recurring_config"), QJsonObject{}}};
    if (kind == 1)
        return QJsonObject{{QStringLiteral("schedule_type"), QStringLiteral("scheduled")},
                           {QStringLiteral("scheduled_at"), isoSeconds(at)},
                           {QStringLiteral("recurring_config"), QJsonObject{}}};
    return QJsonObject{
        {QStringLiteral("schedule_type"), QStringLiteral("recurring")},
        {QStringLiteral("scheduled_at"), isoSeconds(at)},
        {QStringLiteral("recurring_config"),
         QJsonObject{{QStringLiteral("frequency"), QStringLiteral("weekly")},
                     {QStringLiteral("interval"), 1},
                     {QStringLiteral("days_of_week"), QJsonArray{1, 3, 5}},
                     {QStringLiteral("time"), QStringLiteral("09:00")},
                     {QStringLiteral("timezone"), QStringLiteral("America/New_York")},
                     {QStringLiteral("end_date"), QJsonValue()}}}};
}

QJsonObject pagination(int page, int perPage, qsizetype total)
{
    const qsizetype pages = (total + perPage - 1) / perPage;
    return QJsonObject{{QStringLiteral("page"), page},
                       {QStringLiteral("per_page"), perPage},
                       {QStringLiteral("total_items"), total},
                       {QStringLiteral("total_pages"), pages},
                       {QStringLiteral("has_next"), page < pages},
                       {QStringLiteral("has_prev"), page > 1}};
}

Campaign example(qint64 id, const QString &name, const QString &status, const QString &type,
                 int total, int completed, int failed, qint64 createdMs, qint64 updatedMs,
                 const QJsonObject &fixed)
{
    Campaign c;
    c.id = QString::number(id);
    c.name = name;
    c.status = status;
    c.type = type;
    c.createdMs = createdMs;
    c.updatedMs = updatedMs;
    c.rng = mixSeed(0xb0a7ULL, quint64(id));
    c.contacts = total;
    c.completed = completed;
    c.failed = failed;
    c.fixed = fixed;
    return c;
}

class BurkiModule final : public PlatformModule
{
public:
    Platform platform() const override { return Platform::Burki; }
    QString prefix() const override { return QStringLiteral("/burki/api/v1"); }

    QList<Campaign> seed(const SeedSpec &spec) const override
    {
        SeedPlan plan;
        // The documented campaign 42. The reference shows it running, but the seed page deletes
        // it successfully and running campaigns cannot be deleted, so it is seeded paused
        // (half-way through its contacts, which is what the example numbers say).
        plan.examples = {example(
            42, QStringLiteral("February Appointment Reminders"), QStringLiteral("paused"),
            QStringLiteral("call"), 250, 125, 10,
            QDateTime(QDate(2024, 2, 1), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch(),
            QDateTime(QDate(2024, 2, 5), QTime(14, 30), Qt::UTC).toMSecsSinceEpoch(),
            QJsonObject{
                {QStringLiteral("description"),
                 QStringLiteral("Reminder calls for February appointments")},
                {QStringLiteral("assistant_id"), 123},
                {QStringLiteral("assistant_name"), QStringLiteral("Appointment Bot")},
                {QStringLiteral("max_attempts"), 3},
                {QStringLiteral("retry_delay_minutes"), 60},
                {QStringLiteral("last_import_file_name"), QStringLiteral("contacts_february.csv")},
                {QStringLiteral("last_import_date"), QStringLiteral("2024-02-01T10:30:00Z")},
                {QStringLiteral("last_import_row_count"), 250}})};
        plan.statuses = Statuses;
        plan.types = {QStringLiteral("call"), QStringLiteral("sms"), QStringLiteral("mixed")};
        plan.inFlightStatuses = {QStringLiteral("running")};
        // Auto-increment-looking integer ids, ascending, with seed-dependent gaps; all far
        // above the documented 42.
        const quint64 idSeed = mixSeed(spec.seed, 0xb0a7ULL);
        const qint64 firstId = 1000 + qint64(idSeed % 9000);
        plan.idFor = [firstId, idSeed](int i) {
            return QString::number(firstId + 3 * qint64(i) +
                                   qint64(mixSeed(idSeed, quint64(i)) % 3));
        };
        plan.maxContacts = 300;
        QList<Campaign> rows = seedCampaigns(spec, platform(), plan);
        // A scheduled campaign has not called anyone yet.
        for (Campaign &c : rows) {
            if (c.status == QLatin1String("scheduled")) {
                c.completed = 0;
                c.failed = 0;
                c.inFlight = 0;
            }
        }
        return rows;
    }

    std::optional<Response> authenticate(const Request &request,
                                         const Account &account) const override
    {
        const QString key = bearerToken(request);
        if (acceptsSecret(account, key))
            return std::nullopt;
        Response refused = Response::json(
            401, detail(QString::fromLatin1(key.isEmpty() ? MissingKeyDetail : WrongKeyDetail)));
        refused.headers.append(
            {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return refused;
    }

    QString credentialOf(const Request &request) const override { return bearerToken(request); }

    QList<RateRule> defaultRateRules() const override { return {{RatePerMinute, 60000}}; }

    Response rateLimited(const RateState &state) const override
    {
        Response response = Response::json(429, detail(QStringLiteral("Rate limit exceeded")));
        response.headers.append(
            {"Retry-After", QByteArray::number(std::max(1, state.retryAfterS))});
        return response;
    }

    Response successFalse() const override
    {
        return Response::json(200,
                              QJsonObject{{QStringLiteral("success"), false},
                                          {QStringLiteral("message"),
                                           QStringLiteral("The request could not be completed.")}});
    }

    Response notFound() const override
    {
        return Response::json(404, detail(QStringLiteral("Not Found")));
    }

    Response handle(const Request &request, CampaignTable &table, const Account &) const override
    {
        QStringList args;
        if (matchRoute(request.path, QStringLiteral("/campaigns"))) {
            if (request.method != "GET")
                return methodNotAllowed("GET");
            return list(request, table);
        }
        if (matchRoute(request.path, QStringLiteral("/campaigns/:id"), &args)) {
            if (request.method != "GET" && request.method != "DELETE")
                return methodNotAllowed("GET, DELETE");
            return withCampaign(table, args.at(0), [&](Campaign &c) {
                if (request.method == "GET")
                    return Response::json(200, toWire(c));
                return remove(table, c);
            });
        }
        if (matchRoute(request.path, QStringLiteral("/campaigns/:id/:action"), &args)) {
            const QString &action = args.at(1);
            if (action == QLatin1String("pause") || action == QLatin1String("start") ||
                action == QLatin1String("stop")) {
                if (request.method != "POST")
                    return methodNotAllowed("POST");
                return withCampaign(table, args.at(0),
                                    [&](Campaign &c) { return changeStatus(action, c); });
            }
            if (action == QLatin1String("contacts") || action == QLatin1String("executions") ||
                action == QLatin1String("schedule")) {
                if (request.method != "GET")
                    return methodNotAllowed("GET");
                return exportEndpoint(request, table, args.at(0), action);
            }
        }
        return notFound();
    }

private:
    static Response methodNotAllowed(const QByteArray &allow)
    {
        Response response = Response::json(405, detail(QStringLiteral("Method Not Allowed")));
        response.headers.append({"Allow", allow});
        return response;
    }

    // Validates the path id (422 before anything else, as FastAPI does) and finds the campaign.
    template<typename Handler>
    static Response withCampaign(CampaignTable &table, const QString &idText, Handler handler,
                                 const QJsonArray &queryErrors = {})
    {
        QJsonArray errors;
        const std::optional<qint64> id = parseInteger(idText);
        if (!id)
            errors.append(notAnInteger(QStringLiteral("path"), QStringLiteral("campaign_id")));
        for (const QJsonValue e : queryErrors)
            errors.append(e);
        if (!errors.isEmpty())
            return unprocessable(errors);
        Campaign *c = table.find(QString::number(*id));
        if (!c)
            return campaignNotFound();
        return handler(*c);
    }

    static Response remove(CampaignTable &table, const Campaign &c)
    {
        if (c.status == QLatin1String("running"))
            return Response::json(
                400, detail(QStringLiteral("Cannot delete running campaign - stop it first")));
        // Contacts, executions, schedules and import history are derived from the campaign, so
        // they go with it.
        table.remove(c.id);
        return Response::json(200, QJsonObject{{QStringLiteral("message"),
                                                QStringLiteral("Campaign deleted successfully")}});
    }

    static Response changeStatus(const QString &action, Campaign &c)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (action == QLatin1String("pause")) {
            if (c.status != QLatin1String("running"))
                return Response::json(400, detail(QStringLiteral("Campaign is not running")));
            // Calls already dialling are let finish.
            c.completed += c.inFlight;
            c.inFlight = 0;
            c.status = QStringLiteral("paused");
            c.updatedMs = now;
            return Response::json(200,
                                  QJsonObject{{QStringLiteral("message"),
                                               QStringLiteral("Campaign paused successfully")}});
        }
        if (action == QLatin1String("start")) {
            static const QStringList startable = {
                QStringLiteral("draft"), QStringLiteral("scheduled"), QStringLiteral("paused")};
            if (!startable.contains(c.status))
                return Response::json(400, detail(cannotStart(c.status)));
            c.status = QStringLiteral("running");
            c.updatedMs = now;
            // "status" is the documented value: it is the execution task's, not the campaign's.
            return Response::json(
                200, QJsonObject{{QStringLiteral("success"), true},
                                 {QStringLiteral("message"),
                                  QStringLiteral("Campaign execution started immediately")},
                                 {QStringLiteral("task_id"), uuidFor(c.rng ^ quint64(now))},
                                 {QStringLiteral("campaign_id"), numericId(c)},
                                 {QStringLiteral("status"), QStringLiteral("scheduled")}});
        }
        static const QStringList stoppable = {QStringLiteral("running"), QStringLiteral("paused"),
                                              QStringLiteral("scheduled")};
        if (!stoppable.contains(c.status))
            return Response::json(400, detail(cannotStop(c.status)));
        // Calls already dialling finish; pending contacts are cancelled (reported "skipped").
        c.completed += c.inFlight;
        c.inFlight = 0;
        c.status = QStringLiteral("cancelled");
        c.updatedMs = now;
        return Response::json(200, QJsonObject{{QStringLiteral("message"),
                                                QStringLiteral("Campaign stopped successfully")}});
    }

    static Response exportEndpoint(const Request &request, CampaignTable &table,
                                   const QString &idText, const QString &action)
    {
        if (action == QLatin1String("schedule"))
            return withCampaign(table, idText,
                                [](Campaign &c) { return Response::json(200, scheduleOf(c)); });
        QJsonArray errors;
        const int page = queryInteger(request, QStringLiteral("page"), 1, 1,
                                      std::numeric_limits<int>::max(), &errors);
        const int perPage = queryInteger(request, QStringLiteral("per_page"), PageDefaultSize, 1,
                                         PageMaxSize, &errors);
        const QString status = request.queryValue(QStringLiteral("status"));
        return withCampaign(
            table, idText,
            [&](Campaign &c) {
                const qsizetype first = qsizetype(page - 1) * perPage;
                QJsonArray records;
                if (action == QLatin1String("executions")) {
                    const int total = attemptedContacts(c);
                    for (qsizetype j = first; j < std::min<qsizetype>(total, first + perPage); ++j)
                        records.append(executionAt(c, int(j)));
                    return Response::json(200, QJsonObject{{QStringLiteral("executions"), records},
                                                           {QStringLiteral("pagination"),
                                                            pagination(page, perPage, total)}});
                }
                QList<int> matching;
                if (status.isEmpty()) {
                    for (int i = 0; i < c.contacts; ++i)
                        matching.append(i);
                } else {
                    for (int i = 0; i < c.contacts; ++i) {
                        if (contactStatus(c, i) == status)
                            matching.append(i);
                    }
                }
                const qsizetype total = matching.size();
                for (qsizetype k = first; k < std::min(total, first + perPage); ++k)
                    records.append(contactAt(c, matching.at(k)));
                return Response::json(200, QJsonObject{{QStringLiteral("contacts"), records},
                                                       {QStringLiteral("pagination"),
                                                        pagination(page, perPage, total)}});
            },
            errors);
    }

    static Response list(const Request &request, const CampaignTable &table)
    {
        QJsonArray errors;
        const int skip = queryInteger(request, QStringLiteral("skip"), 0, 0,
                                      std::numeric_limits<int>::max(), &errors);
        const int limit = queryInteger(request, QStringLiteral("limit"), ListDefaultLimit, 1,
                                       ListMaxLimit, &errors);
        if (!errors.isEmpty())
            return unprocessable(errors);
        const QString status = request.queryValue(QStringLiteral("status"));
        const auto rows = table.filtered(
            [&](const Campaign &c) { return status.isEmpty() || c.status == status; });
        const qsizetype total = rows.size();
        QJsonArray items;
        for (qsizetype i = skip; i < std::min(total, qsizetype(skip) + limit); ++i)
            items.append(toWire(*rows.at(i)));
        return Response::json(200, QJsonObject{{QStringLiteral("items"), items},
                                               {QStringLiteral("total"), total},
                                               {QStringLiteral("skip"), skip},
                                               {QStringLiteral("limit"), limit}});
    }
};

} // namespace

std::unique_ptr<PlatformModule> makeBurkiModule()
{
    return std::make_unique<BurkiModule>();
}

} // namespace CampaignDesk::Sandbox
