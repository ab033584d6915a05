// Talkover: AI voice-call campaigns. Bearer tokens, {success, data|message} envelopes,
// page/per_page paging, PATCH status with a transition table, DELETE refused for active
// campaigns (403) and for campaigns whose calls are still running (409).

#include "platformmodule.h"
#include "seeding.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUuid>

namespace CampaignDesk::Sandbox {

namespace {

const QStringList Statuses = {QStringLiteral("draft"), QStringLiteral("active"),
                              QStringLiteral("paused"), QStringLiteral("completed"),
                              QStringLiteral("cancelled")};

QJsonObject failure(const QString &message)
{
    return QJsonObject{{QStringLiteral("success"), false}, {QStringLiteral("message"), message}};
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

// Calls that were still running when the campaign was paused finish a moment later.
void settle(Campaign &c, qint64 nowMs)
{
    if (c.inFlight > 0 && c.settleAtMs > 0 && nowMs >= c.settleAtMs) {
        c.completed += c.inFlight;
        c.inFlight = 0;
        c.settleAtMs = 0;
    }
}

QString callStatus(const Campaign &c, int i)
{
    if (i < c.completed)
        return QStringLiteral("completed");
    if (i < c.completed + c.failed)
        return QStringLiteral("failed");
    if (i < c.completed + c.failed + c.inFlight)
        return (i % 2) ? QStringLiteral("queued") : QStringLiteral("in_progress");
    return QStringLiteral("pending");
}

double successRate(const Campaign &c)
{
    return c.contacts > 0 ? std::round(1000.0 * c.completed / c.contacts) / 10.0 : 0.0;
}

QJsonObject stats(const Campaign &c, bool withDuration)
{
    QJsonObject s{{QStringLiteral("total_calls"), c.contacts},
                  {QStringLiteral("completed_calls"), c.completed},
                  {QStringLiteral("failed_calls"), c.failed},
                  {QStringLiteral("success_rate"), successRate(c)}};
    if (withDuration)
        s.insert(QStringLiteral("average_duration"), c.completed > 0 ? 60 + int(c.rng % 180) : 0);
    return s;
}

QJsonObject toWire(const Campaign &c)
{
    Rng rng(c.rng);
    const QString agentId = uuidFor(c.rng ^ 0xa9e17ULL);
    const int hour = 8 + rng.bounded(3);
    QJsonObject o{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("description"),
         QStringLiteral("Outbound %1 calls for %2").arg(c.type, c.name)},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("campaign_type"), c.type},
        {QStringLiteral("start_date"),
         QDateTime::fromMSecsSinceEpoch(c.createdMs, Qt::UTC).date().toString(Qt::ISODate)},
        {QStringLiteral("days_of_week"), QJsonArray{1, 2, 3, 4, 5}},
        {QStringLiteral("earliest_call_time"),
         QStringLiteral("%1:00:00").arg(hour, 2, 10, QLatin1Char('0'))},
        {QStringLiteral("latest_call_time"), QStringLiteral("17:00:00")},
        {QStringLiteral("timezone"), QStringLiteral("America/New_York")},
        {QStringLiteral("agent_id"), agentId},
        {QStringLiteral("initial_call_delay"), 0},
        {QStringLiteral("max_retries"), 3},
        {QStringLiteral("retry_cooldown_hours"), 24},
        {QStringLiteral("agent"),
         QJsonObject{{QStringLiteral("id"), agentId},
                     {QStringLiteral("name"), QStringLiteral("Sales Agent")},
                     {QStringLiteral("label"), QStringLiteral("Sales Agent Label")}}},
        {QStringLiteral("stats"), stats(c, false)},
        {QStringLiteral("created_at"), isoSeconds(c.createdMs)},
        {QStringLiteral("updated_at"), isoSeconds(c.updatedMs)}};
    for (auto it = c.fixed.begin(); it != c.fixed.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject toWireDetailed(const Campaign &c)
{
    QJsonObject o = toWire(c);
    Rng rng(c.rng ^ 0xca11ULL);
    QJsonArray calls;
    for (int i = 0; i < c.contacts; ++i) {
        calls.append(QJsonObject{
            {QStringLiteral("id"), uuidFor(c.rng + quint64(i) + 1)},
            {QStringLiteral("to"), QStringLiteral("+1555%1").arg(rng.range(1000000, 9999999))},
            {QStringLiteral("status"), callStatus(c, i)},
            {QStringLiteral("retries"), rng.range(0, 3)},
            {QStringLiteral("created_at"), isoSeconds(c.createdMs + qint64(i) * 60000)}});
    }
    QJsonArray files;
    if (c.contacts > 0) {
        const QString base = QStringLiteral("contacts_%1").arg(c.rng % 100000);
        files.append(QJsonObject{
            {QStringLiteral("id"), uuidFor(c.rng ^ 0xf11eULL)},
            {QStringLiteral("original_filename"), base + QStringLiteral(".csv")},
            {QStringLiteral("processed_filename"), base + QStringLiteral("_processed.csv")},
            {QStringLiteral("status"), QStringLiteral("processed")},
            {QStringLiteral("total_records"), c.contacts},
            {QStringLiteral("processed_records"), c.contacts}});
    }
    o.insert(QStringLiteral("calls"), calls);
    o.insert(QStringLiteral("files"), files);
    o.insert(QStringLiteral("stats"), stats(c, true));
    return o;
}

bool transitionAllowed(const QString &from, const QString &to)
{
    static const QHash<QString, QStringList> allowed = {
        {QStringLiteral("draft"), {QStringLiteral("active"), QStringLiteral("cancelled")}},
        {QStringLiteral("active"),
         {QStringLiteral("paused"), QStringLiteral("completed"), QStringLiteral("cancelled")}},
        {QStringLiteral("paused"),
         {QStringLiteral("active"), QStringLiteral("completed"), QStringLiteral("cancelled")}}};
    return allowed.value(from).contains(to);
}

Campaign example(const QString &id, const QString &name, const QString &status, int total,
                 int completed, int failed, qint64 createdMs, const QJsonObject &fixed)
{
    Campaign c;
    c.id = id;
    c.name = name;
    c.status = status;
    c.type = QStringLiteral("sales");
    c.createdMs = createdMs;
    c.updatedMs = createdMs;
    c.rng = qHash(id);
    c.contacts = total;
    c.completed = completed;
    c.failed = failed;
    c.fixed = fixed;
    return c;
}

class KakiyoModule final : public PlatformModule
{
public:
    Platform platform() const override { return Platform::Kakiyo; }
    QString prefix() const override { return QStringLiteral("/kakiyo/PLACEHOLDER"); }

    QList<Campaign> seed(const SeedSpec &spec) const override
    {
        SeedPlan plan;
        const qint64 jan2024 = 1704067200000; // 2024-01-01T00:00:00Z
        // The documented examples. The seed page deletes both, so neither is active here.
        plan.examples = {
            example(
                QStringLiteral("campaign-uuid-1"), QStringLiteral("Sales Campaign"),
                QStringLiteral("paused"), 100, 80, 20, jan2024,
                QJsonObject{
                    {QStringLiteral("description"),
                     QStringLiteral("Outbound sales campaign for Q1")},
                    {QStringLiteral("start_date"), QStringLiteral("2024-01-01")},
                    {QStringLiteral("earliest_call_time"), QStringLiteral("09:00:00")},
                    {QStringLiteral("agent_id"), QStringLiteral("agent-uuid-1")},
                    {QStringLiteral("agent"),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("agent-uuid-1")},
                                 {QStringLiteral("name"), QStringLiteral("Sales Agent")},
                                 {QStringLiteral("label"), QStringLiteral("Sales Agent Label")}}}}),
            example(QStringLiteral("550e8400-e29b-41d4-a716-446655440000"),
                    QStringLiteral("Follow-up Campaign"), QStringLiteral("completed"), 40, 31, 9,
                    jan2024 + 86400000LL * 9, QJsonObject{})};
        plan.statuses = Statuses;
        plan.types = {QStringLiteral("sales"), QStringLiteral("follow_up"),
                      QStringLiteral("reminder"), QStringLiteral("custom")};
        plan.inFlightStatuses = {QStringLiteral("active"), QStringLiteral("paused")};
        plan.idFor = [seed = spec.seed](int i) {
            return uuidFor(mixSeed(seed ^ 0x7a1cULL, quint64(i)));
        };
        plan.maxContacts = 120;
        return seedCampaigns(spec, platform(), plan);
    }

    std::optional<Response> authenticate(const Request &request,
                                         const Account &account) const override
    {
        if (acceptsSecret(account, bearerToken(request)))
            return std::nullopt;
        return Response::json(401, failure(QStringLiteral("Unauthorized")));
    }

    QString credentialOf(const Request &request) const override { return bearerToken(request); }

    QList<RateRule> defaultRateRules() const override { return {{100, 60000}}; }

    Response rateLimited(const RateState &state) const override
    {
        return Response::json(
            429,
            QJsonObject{
                {QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("RATE_LIMIT_EXCEEDED")},
                             {QStringLiteral("message"),
                              QStringLiteral("Rate limit exceeded. Try again in %1 seconds.")
                                  .arg(state.retryAfterS)},
                             {QStringLiteral("details"),
                              QJsonObject{{QStringLiteral("retry_after"), state.retryAfterS}}}}}});
    }

    void addRateHeaders(Response &response, const RateState &state) const override
    {
        response.headers.append({"X-RateLimit-Limit", QByteArray::number(state.limit)});
        response.headers.append({"X-RateLimit-Remaining", QByteArray::number(state.remaining)});
        response.headers.append({"X-RateLimit-Reset", QByteArray::number(state.resetEpochS)});
    }

    Response successFalse() const override
    {
        return Response::json(200, failure(QStringLiteral("The request could not be completed.")));
    }

    Response notFound() const override
    {
        return Response::json(404, failure(QStringLiteral("Not found")));
    }

    Response handle(const Request &request, CampaignTable &table, const Account &) const override
    {
        QStringList args;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (matchRoute(request.path, QStringLiteral("/campaigns")) && request.method == "GET")
            return list(request, table);
        if (matchRoute(request.path, QStringLiteral("/campaigns/:id"), &args)) {
            Campaign *c = table.find(args.at(0));
            if (!c)
                return Response::json(404, failure(QStringLiteral("Campaign not found")));
            settle(*c, now);
            if (request.method == "GET")
                return Response::json(200,
                                      QJsonObject{{QStringLiteral("success"), true},
                                                  {QStringLiteral("data"), toWireDetailed(*c)}});
            if (request.method == "DELETE") {
                if (c->status == QLatin1String("active"))
                    return Response::json(403,
                                          failure(QStringLiteral("Cannot delete active campaign")));
                if (c->inFlight > 0)
                    return Response::json(
                        409, failure(QStringLiteral("Campaign has active calls in progress")));
                table.remove(args.at(0));
                return Response::json(
                    200, QJsonObject{{QStringLiteral("success"), true},
                                     {QStringLiteral("message"),
                                      QStringLiteral("Campaign deleted successfully")}});
            }
        }
        if (matchRoute(request.path, QStringLiteral("/campaigns/:id/status"), &args) &&
            (request.method == "PATCH" || request.method == "PUT")) {
            Campaign *c = table.find(args.at(0));
            if (!c)
                return Response::json(404, failure(QStringLiteral("Campaign not found")));
            settle(*c, now);
            const QString to = request.bodyObject().value(QStringLiteral("status")).toString();
            if (!Statuses.contains(to)) {
                QJsonObject body = failure(QStringLiteral("The given data was invalid."));
                body.insert(
                    QStringLiteral("errors"),
                    QJsonObject{
                        {QStringLiteral("status"),
                         QJsonArray{to.isEmpty()
                                        ? QStringLiteral("The status field is required.")
                                        : QStringLiteral("The selected status is invalid.")}}});
                return Response::json(422, body);
            }
            if (!transitionAllowed(c->status, to))
                return Response::json(
                    400, failure(QStringLiteral("Cannot transition from %1 to %2 status")
                                     .arg(c->status, to)));
            c->status = to;
            c->updatedMs = now;
            if (to == QLatin1String("paused") && c->inFlight > 0)
                c->settleAtMs = now + 3000;
            if (to == QLatin1String("cancelled") || to == QLatin1String("completed"))
                c->inFlight = 0;
            return Response::json(
                200, QJsonObject{
                         {QStringLiteral("success"), true},
                         {QStringLiteral("message"),
                          QStringLiteral("Campaign status updated successfully")},
                         {QStringLiteral("data"),
                          QJsonObject{{QStringLiteral("id"), c->id},
                                      {QStringLiteral("status"), c->status},
                                      {QStringLiteral("updated_at"), isoSeconds(c->updatedMs)}}}});
        }
        return notFound();
    }

private:
    Response list(const Request &request, const CampaignTable &table) const
    {
        const QString status = request.queryValue(QStringLiteral("status"));
        const QString type = request.queryValue(QStringLiteral("campaign_type"));
        const QString search = request.queryValue(QStringLiteral("search"));
        const int perPage = std::clamp(request.query.hasQueryItem(QStringLiteral("per_page"))
                                           ? request.queryValue(QStringLiteral("per_page")).toInt()
                                           : 20,
                                       1, 100);
        const int page = std::max(1, request.query.hasQueryItem(QStringLiteral("page"))
                                         ? request.queryValue(QStringLiteral("page")).toInt()
                                         : 1);
        const auto rows = table.filtered([&](const Campaign &c) {
            return (status.isEmpty() || c.status == status) && (type.isEmpty() || c.type == type) &&
                   (search.isEmpty() || c.name.contains(search, Qt::CaseInsensitive));
        });
        const qsizetype total = rows.size();
        const int lastPage = std::max(1, int((total + perPage - 1) / perPage));
        const qsizetype first = qsizetype(page - 1) * perPage;
        QJsonArray data;
        for (qsizetype i = first; i < std::min(total, first + perPage); ++i)
            data.append(toWire(*rows.at(i)));
        const bool empty = data.isEmpty();
        return Response::json(
            200,
            QJsonObject{
                {QStringLiteral("success"), true},
                {QStringLiteral("data"), data},
                {QStringLiteral("pagination"),
                 QJsonObject{{QStringLiteral("current_page"), page},
                             {QStringLiteral("last_page"), lastPage},
                             {QStringLiteral("per_page"), perPage},
                             {QStringLiteral("total"), total},
                             {QStringLiteral("from"), empty ? QJsonValue() : QJsonValue(first + 1)},
                             {QStringLiteral("to"),
                              empty ? QJsonValue() : QJsonValue(first + data.size())}}}});
    }
};

} // namespace

std::unique_ptr<PlatformModule> makeKakiyoModule()
{
    return std::make_unique<KakiyoModule>();
}

} // namespace CampaignDesk::Sandbox
