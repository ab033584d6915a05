// Kakiyo: LinkedIn AI outreach. Bearer API keys of 40 characters, {error, message} error bodies,
// cursor paging (limit/after), two statuses (active, paused) switched by POST pause/resume, and
// a DELETE that is refused for active campaigns and answers with a deletion summary. Rate
// limits apply per endpoint, without rate headers.
//
// Every "choice" below (where Kakiyo's public documentation is silent) is marked as such, so
// the emulator and the client can be revisited together.

#include "platformmodule.h"
#include "seeding.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <optional>

namespace CampaignDesk::Sandbox {

namespace {

const QString Active = QStringLiteral("active");
const QString Paused = QStringLiteral("paused");
const QString IdPrefix = QStringLiteral("campaign_");

// The documented example campaign ("Q4 Enterprise Outreach"). It is pinned at the top of the
// list: generated campaigns number downwards from far above it, and an id's place in the list
// is known from the id alone (see listKey), so a cursor stays valid after its campaign is gone.
constexpr qint64 ExampleNumber = 123;
const QString ExampleId = QStringLiteral("campaign_123");

// choice: a campaign of another Kakiyo workspace. It is never listed, and touching it answers
// the documented 403 forbidden, so that error can be reproduced against the sandbox.
const QString ForeignId = QStringLiteral("campaign_999");

// choice: list and prospect pages hold 50 items unless `limit` says otherwise (1..100).
constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 100;

Response error(int status, const QString &code, const QString &message)
{
    return Response::json(
        status, QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}});
}

Response campaignNotFound()
{
    return error(404, QStringLiteral("not_found"), QStringLiteral("Campaign not found"));
}

Response forbidden()
{
    return error(403, QStringLiteral("forbidden"),
                 QStringLiteral("You do not have access to this campaign"));
}

Response validationError(const QString &message)
{
    return error(400, QStringLiteral("validation_error"), message);
}

// "campaign_<n>" -> n.
std::optional<qint64> campaignNumber(const QString &id)
{
    if (!id.startsWith(IdPrefix))
        return std::nullopt;
    bool ok = false;
    const qint64 n = QStringView(id).mid(IdPrefix.size()).toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

// The place of a campaign id in list order, derived from the id alone: the pinned example
// first, then generated campaigns by decreasing number.
struct ListKey
{
    int group = 0;
    qint64 order = 0;
    // NOLINTNEXTLINE(modernize-use-nullptr): clang-tidy 14 flags the 0 in the synthesized <=>
    auto operator<=>(const ListKey &) const = default;
};

ListKey listKey(qint64 number)
{
    if (number == ExampleNumber)
        return {0, 0};
    return {1, -number};
}

// What a campaign's counts mean on Kakiyo, derived from the stored fields so that nothing per
// prospect is ever stored:
//   contacts  = prospects in the campaign (one chat each)
//   completed = prospects who answered; failed = contacted, never answered; the rest pending.
// The formulas for qualified, closed, messages, tasks and webhook events are choices, picked so
// that the documented example (150 prospects, 35 answers, 30 silent) gives exactly the
// documented analytics and deletion summary.
struct Counts
{
    int prospects = 0;
    int pending = 0;
    int reached = 0;  // contacted, answered or not
    int answered = 0; // "responded"
    int qualified = 0;
    int closed = 0;
    int messages = 0;
    int tasks = 0;
    int webhookEvents = 0;
};

Counts countsOf(const Campaign &c)
{
    Counts n;
    n.prospects = c.contacts;
    n.answered = c.completed;
    n.reached = std::min(c.contacts, c.completed + c.failed);
    n.pending = n.prospects - n.reached;
    n.qualified = (n.answered + 1) / 3;
    n.closed = n.answered / 4;
    // A connection note and three follow-ups per reached prospect, four more messages in each
    // conversation with an answer, and one hand-over message per qualified or closed prospect.
    n.messages = 4 * n.reached + 4 * n.answered + n.qualified + n.closed;
    n.tasks = n.prospects / 2;     // a scheduled follow-up task per two prospects
    n.webhookEvents = n.qualified; // a "prospect.qualified" event each
    return n;
}

double percent(int part, int whole)
{
    return whole > 0 ? std::round(10000.0 * part / whole) / 100.0 : 0.0;
}

QJsonObject metrics(const Counts &n)
{
    return QJsonObject{{QStringLiteral("totalProspects"), n.prospects},
                       {QStringLiteral("totalMessages"), n.messages},
                       {QStringLiteral("totalQualified"), n.qualified},
                       {QStringLiteral("totalAnswers"), n.answered},
                       {QStringLiteral("totalClosed"), n.closed},
                       {QStringLiteral("conversionRate"), percent(n.qualified, n.prospects)},
                       {QStringLiteral("responseRate"), percent(n.answered, n.prospects)}};
}

// The documented distribution overlaps (85 + 45 + 35 + 12 + 8 > 150): "responded" counts every
// prospect who answered, "contacted" those reached and not yet qualified or closed.
QJsonObject statusDistribution(const Counts &n)
{
    return QJsonObject{{QStringLiteral("pending"), n.pending},
                       {QStringLiteral("contacted"), n.reached - n.qualified - n.closed},
                       {QStringLiteral("responded"), n.answered},
                       {QStringLiteral("qualified"), n.qualified},
                       {QStringLiteral("closed"), n.closed}};
}

QJsonObject toWire(const Campaign &c)
{
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("name"), c.name},
                  {QStringLiteral("status"), c.status},
                  {QStringLiteral("createdAt"), isoSeconds(c.createdMs)},
                  {QStringLiteral("agent"), QStringLiteral("agent_%1").arg(100 + c.rng % 900)},
                  {QStringLiteral("product"), c.type}};
    for (auto it = c.fixed.begin(); it != c.fixed.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// One prospect, derived from the campaign's rng and its index; never stored. Prospects are
// ordered closed, qualified, responded, contacted, pending.
QString prospectStatus(const Counts &n, int i)
{
    if (i < n.closed)
        return QStringLiteral("closed");
    if (i < n.closed + n.qualified)
        return QStringLiteral("qualified");
    if (i < n.answered)
        return QStringLiteral("responded");
    if (i < n.reached)
        return QStringLiteral("contacted");
    return QStringLiteral("pending");
}

QString prospectId(qint64 campaignNumber, int index)
{
    return QStringLiteral("prospect_%1_%2").arg(campaignNumber).arg(index + 1);
}

QJsonObject prospect(const Campaign &c, qint64 campaignNumber, const Counts &n, int i)
{
    static const char *const first[] = {"Alex",  "Maria", "James", "Priya",  "Chen",  "Laura",
                                        "Omar",  "Sofia", "Lukas", "Amara",  "Diego", "Hannah",
                                        "Kenji", "Elena", "Noah",  "Fatima", "Ravi",  "Claire"};
    static const char *const last[] = {"Johnson", "Garcia",  "Smith", "Patel",  "Wang",  "Martin",
                                       "Hassan",  "Rossi",   "Weber", "Okafor", "Lopez", "Schmidt",
                                       "Tanaka",  "Petrova", "Brown", "Khan",   "Mehta", "Dubois"};
    Rng rng(mixSeed(c.rng, quint64(i)));
    const QString firstName = QString::fromLatin1(first[rng.bounded(int(std::size(first)))]);
    const QString lastName = QString::fromLatin1(last[rng.bounded(int(std::size(last)))]);
    const QString status = prospectStatus(n, i);
    const QJsonValue lastMessageAt =
        status == QLatin1String("pending")
            ? QJsonValue()
            : QJsonValue(isoSeconds(c.createdMs + qint64(rng.range(1, 30 * 24 * 60)) * 60000));
    return QJsonObject{
        {QStringLiteral("id"), prospectId(campaignNumber, i)},
        {QStringLiteral("name"), firstName + QLatin1Char(' ') + lastName},
        {QStringLiteral("linkedinUrl"), QStringLiteral("https://www.linkedin.com/in/%1-%2-%3")
                                            .arg(firstName.toLower(), lastName.toLower())
                                            .arg(rng.range(1000, 9999))},
        {QStringLiteral("status"), status},
        {QStringLiteral("chatId"), QStringLiteral("chat_%1_%2").arg(campaignNumber).arg(i + 1)},
        {QStringLiteral("lastMessageAt"), lastMessageAt}};
}

// `limit` as Kakiyo validates it: absent = the default, else an integer in 1..MaxLimit.
std::optional<int> pageLimit(const Request &request)
{
    if (!request.query.hasQueryItem(QStringLiteral("limit")))
        return DefaultLimit;
    bool ok = false;
    const int limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > MaxLimit)
        return std::nullopt;
    return limit;
}

Response limitError()
{
    return validationError(
        QStringLiteral("limit must be an integer between 1 and %1").arg(MaxLimit));
}

// The routes, also the rate-limit buckets (60/min per endpoint): ids never split a bucket.
const QStringList Routes = {QStringLiteral("/verify"),
                            QStringLiteral("/campaigns"),
                            QStringLiteral("/campaigns/:id"),
                            QStringLiteral("/campaigns/:id/stats"),
                            QStringLiteral("/campaigns/:id/pause"),
                            QStringLiteral("/campaigns/:id/resume"),
                            QStringLiteral("/analytics/campaigns/:id"),
                            QStringLiteral("/prospects/campaign/:id")};

Campaign example()
{
    const qint64 createdMs = 1705314600000; // 2024-01-15T10:30:00Z
    Campaign c;
    c.id = ExampleId;
    c.name = QStringLiteral("Q4 Enterprise Outreach");
    // The docs show it active, yet the seed page deletes it with a 200: it starts paused so the
    // seed page's curl example works as written.
    c.status = Paused;
    c.type = QStringLiteral("Enterprise Solution");
    c.createdMs = createdMs;
    c.updatedMs = createdMs;
    c.rng = 0x6b616b69796f0123ULL;
    c.contacts = 150; // 150 prospects and chats, 420 messages, 75 tasks, 12 webhook events
    c.completed = 35; // answered
    c.failed = 30;    // reached, never answered; 85 pending
    c.fixed = QJsonObject{{QStringLiteral("createdAt"), QStringLiteral("2024-01-15T10:30:00Z")},
                          {QStringLiteral("agent"), QStringLiteral("agent_456")},
                          {QStringLiteral("product"), QStringLiteral("Enterprise Solution")}};
    return c;
}

class KakiyoModule final : public PlatformModule
{
public:
    Platform platform() const override { return Platform::Kakiyo; }
    QString prefix() const override { return QStringLiteral("/kakiyo/v1"); }

    QList<Campaign> seed(const SeedSpec &spec) const override
    {
        SeedPlan plan;
        plan.examples = {example()};
        plan.statuses = {Active, Paused};
        // Kakiyo's campaigns carry a product; it plays the part of the campaign type.
        plan.types = {QStringLiteral("Enterprise Solution"), QStringLiteral("Growth Plan"),
                      QStringLiteral("Starter Plan"), QStringLiteral("Sales Intelligence Suite")};
        // Numbers fall strictly down the list, with small gaps, from far above the example's.
        const quint64 mixed = mixSeed(spec.seed, 0x6b616b69ULL);
        const qint64 top = 10'000'000 + qint64(mixed % 1'000'000);
        plan.idFor = [top, mixed](int i) {
            const qint64 n = top - 7 * qint64(i) - qint64(mixSeed(mixed, quint64(i)) % 7);
            return IdPrefix + QString::number(n);
        };
        return seedCampaigns(spec, platform(), plan);
    }

    std::optional<Response> authenticate(const Request &request,
                                         const Account &account) const override
    {
        const QString key = bearerToken(request);
        if (key.isEmpty())
            return error(401, QStringLiteral("missing_api_key"),
                         QStringLiteral("API key is required. Send it as "
                                        "'Authorization: Bearer <API key>'."));
        if (acceptsSecret(account, key))
            return std::nullopt;
        if (key.size() != 40)
            return error(401, QStringLiteral("invalid_api_key_format"),
                         QStringLiteral("API key must be 40 characters long"));
        return error(401, QStringLiteral("invalid_api_key"), QStringLiteral("Invalid API key"));
    }

    QString credentialOf(const Request &request) const override { return bearerToken(request); }

    QString rateBucket(const Request &request) const override
    {
        for (const QString &route : Routes) {
            if (matchRoute(request.path, route))
                return QString::fromLatin1(request.method) + QLatin1Char(' ') + route;
        }
        return QString::fromLatin1(request.method) + QStringLiteral(" (unknown)");
    }

    QList<RateRule> defaultRateRules() const override { return {{60, 60000}}; }

    // Kakiyo documents no rate headers and no Retry-After, only the code.
    Response rateLimited(const RateState &state) const override
    {
        return error(429, QStringLiteral("rate_limit_exceeded"),
                     QStringLiteral("Rate limit exceeded: %1 requests per minute per endpoint. "
                                    "Please retry later.")
                         .arg(state.limit));
    }

    Response successFalse() const override
    {
        return Response::json(
            200, QJsonObject{{QStringLiteral("error"), QStringLiteral("internal_error")},
                             {QStringLiteral("message"),
                              QStringLiteral("The request could not be completed.")}});
    }

    Response notFound() const override
    {
        return error(404, QStringLiteral("not_found"), QStringLiteral("Endpoint not found"));
    }

    Response handle(const Request &request, CampaignTable &table, const Account &) const override
    {
        QStringList args;
        const QByteArray &method = request.method;
        if (matchRoute(request.path, QStringLiteral("/verify")) && method == "GET")
            return Response::json(
                200, QJsonObject{{QStringLiteral("valid"), true},
                                 {QStringLiteral("message"), QStringLiteral("API key is valid")}});
        if (matchRoute(request.path, QStringLiteral("/campaigns")) && method == "GET")
            return list(request, table);
        if (matchRoute(request.path, QStringLiteral("/campaigns/:id"), &args) && method == "DELETE")
            return remove(args.at(0), table);
        if (matchRoute(request.path, QStringLiteral("/campaigns/:id/pause"), &args) &&
            method == "POST")
            return setStatus(args.at(0), table, Paused);
        if (matchRoute(request.path, QStringLiteral("/campaigns/:id/resume"), &args) &&
            method == "POST")
            return setStatus(args.at(0), table, Active);
        if (matchRoute(request.path, QStringLiteral("/campaigns/:id/stats"), &args) &&
            method == "GET") {
            if (args.at(0) == ForeignId)
                return forbidden();
            const Campaign *c = table.find(args.at(0));
            if (!c)
                return campaignNotFound();
            // choice: the stats body is the analytics' metrics object.
            return Response::json(200, metrics(countsOf(*c)));
        }
        if (matchRoute(request.path, QStringLiteral("/analytics/campaigns/:id"), &args) &&
            method == "GET") {
            if (args.at(0) == ForeignId)
                return forbidden();
            const Campaign *c = table.find(args.at(0));
            if (!c)
                return campaignNotFound();
            const Counts n = countsOf(*c);
            return Response::json(
                200, QJsonObject{{QStringLiteral("campaign"), toWire(*c)},
                                 {QStringLiteral("metrics"), metrics(n)},
                                 {QStringLiteral("statusDistribution"), statusDistribution(n)}});
        }
        if (matchRoute(request.path, QStringLiteral("/prospects/campaign/:id"), &args) &&
            method == "GET")
            return prospects(request, args.at(0), table);
        return notFound();
    }

private:
    Response list(const Request &request, const CampaignTable &table) const
    {
        const std::optional<int> limit = pageLimit(request);
        if (!limit)
            return limitError();
        qsizetype first = 0;
        const QString after = request.queryValue(QStringLiteral("after"));
        if (!after.isEmpty()) {
            const std::optional<qint64> number = campaignNumber(after);
            if (!number)
                return validationError(QStringLiteral("Invalid cursor"));
            const qsizetype row = table.indexOf(after);
            if (row >= 0) {
                first = row + 1;
            } else {
                // The cursor's campaign is gone (deleted between pages): continue from where it
                // stood, which its id alone tells.
                const ListKey key = listKey(*number);
                const auto &rows = table.rows();
                const auto it =
                    std::partition_point(rows.begin(), rows.end(), [&key](const Campaign &c) {
                        const auto n = campaignNumber(c.id);
                        return n && listKey(*n) <= key;
                    });
                first = it - rows.begin();
            }
        }
        QJsonArray campaigns;
        const qsizetype end = std::min(table.size(), first + *limit);
        for (qsizetype i = first; i < end; ++i)
            campaigns.append(toWire(table.at(i)));
        const bool hasMore = end < table.size();
        // choice: the cursor is the id of the page's last campaign; `after` is exclusive.
        return Response::json(200,
                              QJsonObject{{QStringLiteral("campaigns"), campaigns},
                                          {QStringLiteral("hasMore"), hasMore},
                                          {QStringLiteral("nextCursor"),
                                           hasMore && end > first ? QJsonValue(table.at(end - 1).id)
                                                                  : QJsonValue()}});
    }

    Response remove(const QString &id, CampaignTable &table) const
    {
        if (id == ForeignId)
            return forbidden();
        const Campaign *c = table.find(id);
        if (!c)
            return campaignNotFound();
        if (c->status == Active)
            // choice: HTTP 409 for the documented campaign_active code.
            return error(409, QStringLiteral("campaign_active"),
                         QStringLiteral("Cannot delete active campaign. "
                                        "Please pause the campaign first."));
        const Counts n = countsOf(*c);
        const QJsonObject summary{
            {QStringLiteral("campaignId"), c->id},
            {QStringLiteral("campaignName"), c->name},
            {QStringLiteral("deletedItems"),
             QJsonObject{{QStringLiteral("prospects"), n.prospects},
                         {QStringLiteral("chats"), n.prospects},
                         {QStringLiteral("messages"), n.messages},
                         {QStringLiteral("tasks"), n.tasks},
                         {QStringLiteral("webhookEvents"), n.webhookEvents}}},
            {QStringLiteral("deletedAt"), isoSeconds(QDateTime::currentMSecsSinceEpoch())}};
        table.remove(id);
        return Response::json(200, QJsonObject{{QStringLiteral("message"),
                                                QStringLiteral("Campaign deleted successfully")},
                                               {QStringLiteral("deletionSummary"), summary}});
    }

    // choice: pausing a paused campaign or resuming an active one is a validation_error.
    Response setStatus(const QString &id, CampaignTable &table, const QString &to) const
    {
        if (id == ForeignId)
            return forbidden();
        Campaign *c = table.find(id);
        if (!c)
            return campaignNotFound();
        if (c->status == to)
            return validationError(QStringLiteral("Campaign is already %1").arg(to));
        c->status = to;
        c->updatedMs = QDateTime::currentMSecsSinceEpoch();
        // choice: the success bodies (Kakiyo does not publish them).
        return Response::json(
            200, QJsonObject{{QStringLiteral("message"),
                              to == Paused ? QStringLiteral("Campaign paused successfully")
                                           : QStringLiteral("Campaign resumed successfully")},
                             {QStringLiteral("campaign"),
                              QJsonObject{{QStringLiteral("id"), c->id},
                                          {QStringLiteral("status"), c->status}}}});
    }

    // choice: {prospects, hasMore, nextCursor}, cursor = the page's last prospect id.
    Response prospects(const Request &request, const QString &id, const CampaignTable &table) const
    {
        if (id == ForeignId)
            return forbidden();
        const Campaign *c = table.find(id);
        if (!c)
            return campaignNotFound();
        const std::optional<int> limit = pageLimit(request);
        if (!limit)
            return limitError();
        const qint64 number = campaignNumber(c->id).value_or(0);
        const Counts n = countsOf(*c);
        int first = 0;
        const QString after = request.queryValue(QStringLiteral("after"));
        if (!after.isEmpty()) {
            const QString stem = QStringLiteral("prospect_%1_").arg(number);
            bool ok = false;
            const int index = after.startsWith(stem) ? after.mid(stem.size()).toInt(&ok) : 0;
            if (!ok || index < 1)
                return validationError(QStringLiteral("Invalid cursor"));
            first = std::min(index, n.prospects);
        }
        const int end = std::min(n.prospects, first + *limit);
        QJsonArray items;
        for (int i = first; i < end; ++i)
            items.append(prospect(*c, number, n, i));
        const bool hasMore = end < n.prospects;
        return Response::json(
            200, QJsonObject{{QStringLiteral("prospects"), items},
                             {QStringLiteral("hasMore"), hasMore},
                             {QStringLiteral("nextCursor"),
                              hasMore ? QJsonValue(prospectId(number, end - 1)) : QJsonValue()}});
    }
};

} // namespace

std::unique_ptr<PlatformModule> makeKakiyoModule()
{
    return std::make_unique<KakiyoModule>();
}

} // namespace CampaignDesk::Sandbox
