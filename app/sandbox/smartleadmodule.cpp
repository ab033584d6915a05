// Smartlead: cold-email campaigns. The API key rides in the query (?api_key=), the list is one
// bare array (newest id first, no paging), status changes go through POST (or PATCH)
// /campaigns/{id}/status with START / PAUSED / STOPPED / ARCHIVED, and failures are mostly
// {"success":false,"message":…}. Leads, statistics, sequences, sender accounts and webhooks are
// derived from the campaign's seed on demand, so a delete takes all of them with it.

#include "platformmodule.h"
#include "seeding.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <bit>

namespace CampaignDesk::Sandbox {

namespace {

// ---------------------------------------------------------------------------------------------
// Choices where the public documentation is silent. Kept together so they are easy to revisit.
// ---------------------------------------------------------------------------------------------

// ARCHIVED is accepted as a request value from every status but ACTIVE.
const QString ArchiveActiveRefusal =
    QStringLiteral("Cannot archive an active campaign. Pause or stop it first.");
// The delete page's "Campaign Active" error has no public body.
const QString DeleteActiveRefusal =
    QStringLiteral("Cannot delete an active campaign. Pause or stop it first.");
// The 401 body (the page only describes the status).
const QString UnauthorizedMessage =
    QStringLiteral("Invalid or missing API key. Check your authentication.");
const QString CampaignNotFound = QStringLiteral("Campaign not found");
// Bad parameter types and unknown status values answer 422 ("Validation Error" on the page);
// refused transitions and the active delete answer 400.
constexpr int ValidationStatus = 422;
constexpr int RefusalStatus = 400;
// GET /campaigns/{id}/leads and /statistics: default and maximum page size.
constexpr int DefaultPageLimit = 100;
constexpr int MaxPageLimit = 100;
// Every campaign of the sandbox belongs to one user (the documented example's).
constexpr int SandboxUserId = 196026;

const QStringList Statuses = {QStringLiteral("DRAFTED"),   QStringLiteral("ACTIVE"),
                              QStringLiteral("PAUSED"),    QStringLiteral("STOPPED"),
                              QStringLiteral("COMPLETED"), QStringLiteral("ARCHIVED")};
const QStringList RequestValues = {QStringLiteral("START"), QStringLiteral("PAUSED"),
                                   QStringLiteral("STOPPED"), QStringLiteral("ARCHIVED")};

// The documented leads-export columns, in order.
const QList<QByteArray> CsvColumns = {"id",
                                      "campaign_lead_map_id",
                                      "status",
                                      "category",
                                      "first_name",
                                      "last_name",
                                      "email",
                                      "phone_number",
                                      "company_name",
                                      "website",
                                      "location",
                                      "custom_fields",
                                      "linkedin_profile",
                                      "company_url",
                                      "is_unsubscribed",
                                      "unsubscribed_client_id_map",
                                      "last_email_sequence_sent",
                                      "open_count",
                                      "click_count",
                                      "reply_count",
                                      "is_interested",
                                      "created_at"};

QJsonObject failure(const QString &message)
{
    return QJsonObject{{QStringLiteral("success"), false}, {QStringLiteral("message"), message}};
}

Response fail(int status, const QString &message)
{
    return Response::json(status, failure(message));
}

qint64 numericId(const Campaign &c)
{
    return c.id.toLongLong();
}

bool isNumericId(const QString &text)
{
    if (text.isEmpty() || text.size() > 15)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar ch) { return ch.isDigit(); });
}

// ---------------------------------------------------------------------------------------------
// Hand-written JSON for the list: 100,000 campaigns are serialised without building a
// QJsonObject for each.
// ---------------------------------------------------------------------------------------------

void appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto u = uchar(ch);
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (ch == '\n') {
            out += "\\n";
        } else if (ch == '\r') {
            out += "\\r";
        } else if (ch == '\t') {
            out += "\\t";
        } else if (u < 0x20) {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        } else {
            out += ch;
        }
    }
    out += '"';
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out += wrapped.mid(1, wrapped.size() - 2);
}

struct Tag
{
    int id;
    const char *name;
    const char *color;
};

const Tag Tags[] = {{1, "Q1", "#FF5733"},
                    {2, "Enterprise", "#3366FF"},
                    {3, "Follow-up", "#2ECC71"},
                    {4, "Agency", "#9B59B6"},
                    {5, "Warm Leads", "#F1C40F"}};

const char *const TimeZones[] = {"America/New_York", "America/Chicago", "America/Los_Angeles",
                                 "Europe/London", "Europe/Berlin"};
const char *const StopLeadSettings[] = {"REPLY_TO_AN_EMAIL", "CLICK_ON_A_LINK", "OPEN_AN_EMAIL"};

// Campaign fields derived from the seed; the same values every time they are asked for.
struct CampaignExtras
{
    bool trackOpens = false;
    bool trackClicks = false;
    int tz = 0;
    bool saturday = false;
    int startHour = 9;
    int endHour = 18;
    int minTimeBetween = 10;
    int maxLeadsPerDay = 100;
    int stopLead = 0;
    int clientId = 0; // 0: null
    int tagMask = 0;
};

CampaignExtras extrasOf(const Campaign &c)
{
    Rng rng(c.rng ^ 0x5ead1eadULL);
    CampaignExtras e;
    e.trackOpens = rng.bounded(2) == 1;
    e.trackClicks = rng.bounded(3) == 0;
    e.tz = rng.bounded(int(std::size(TimeZones)));
    e.saturday = rng.bounded(5) == 0;
    e.startHour = rng.range(7, 10);
    e.endHour = rng.range(16, 19);
    e.minTimeBetween = 5 * rng.range(1, 6);
    e.maxLeadsPerDay = 50 * rng.range(1, 10);
    e.stopLead = rng.bounded(int(std::size(StopLeadSettings)));
    e.clientId = rng.bounded(3) == 0 ? 8801 + rng.bounded(3) : 0;
    e.tagMask = rng.bounded(1 << int(std::size(Tags)));
    if (std::popcount(unsigned(e.tagMask)) > 2)
        e.tagMask &= 0x3;
    return e;
}

// The client id as the wire shows it ("" for null), for the client_id filter.
QString clientIdText(const Campaign &c)
{
    const auto it = c.fixed.constFind(QLatin1String("client_id"));
    if (it != c.fixed.constEnd())
        return it->isDouble() ? QString::number(it->toInteger()) : it->toString();
    const int id = extrasOf(c).clientId;
    return id ? QString::number(id) : QString();
}

void writeCampaign(QByteArray &out, const Campaign &c, bool withTags)
{
    const CampaignExtras e = extrasOf(c);
    bool first = true;
    // Writes the key unless a documented fixed value takes its place.
    const auto key = [&](const char *name) {
        if (!c.fixed.isEmpty() && c.fixed.contains(QLatin1String(name)))
            return false;
        out += first ? "\"" : ",\"";
        first = false;
        out += name;
        out += "\":";
        return true;
    };
    out += '{';
    if (key("id"))
        out += c.id.toLatin1();
    if (key("user_id"))
        out += QByteArray::number(SandboxUserId);
    if (key("created_at"))
        appendString(out, isoMs(c.createdMs));
    if (key("updated_at"))
        appendString(out, isoMs(c.updatedMs));
    if (key("status"))
        appendString(out, c.status);
    if (key("name"))
        appendString(out, c.name);
    if (key("track_settings")) {
        out += '[';
        if (!e.trackOpens)
            out += "\"DONT_EMAIL_OPEN\"";
        if (!e.trackClicks)
            out += e.trackOpens ? "\"DONT_LINK_CLICK\"" : ",\"DONT_LINK_CLICK\"";
        out += ']';
    }
    if (key("scheduler_cron_value")) {
        out += "{\"tz\":\"";
        out += TimeZones[e.tz];
        out += e.saturday ? "\",\"days\":[1,2,3,4,5,6]" : "\",\"days\":[1,2,3,4,5]";
        out += ",\"endHour\":\"" + QByteArray::number(e.endHour).rightJustified(2, '0') +
               ":00\",\"startHour\":\"" + QByteArray::number(e.startHour).rightJustified(2, '0') +
               ":00\"}";
    }
    if (key("min_time_btwn_emails"))
        out += QByteArray::number(e.minTimeBetween);
    if (key("max_leads_per_day"))
        out += QByteArray::number(e.maxLeadsPerDay);
    if (key("stop_lead_settings")) {
        out += '"';
        out += StopLeadSettings[e.stopLead];
        out += '"';
    }
    if (key("parent_campaign_id"))
        out += "null";
    if (key("client_id"))
        out += e.clientId ? QByteArray::number(e.clientId) : QByteArray("null");
    if (withTags && key("tags")) {
        out += '[';
        bool firstTag = true;
        for (int i = 0; i < int(std::size(Tags)); ++i) {
            if (!(e.tagMask & (1 << i)))
                continue;
            out += firstTag ? "" : ",";
            firstTag = false;
            out += "{\"tag_id\":" + QByteArray::number(Tags[i].id) + ",\"tag_name\":\"" +
                   Tags[i].name + "\",\"tag_color\":\"" + Tags[i].color + "\"}";
        }
        out += ']';
    }
    for (auto it = c.fixed.begin(); it != c.fixed.end(); ++it) {
        if (!withTags && it.key() == QLatin1String("tags"))
            continue;
        out += first ? "" : ",";
        first = false;
        appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
}

Response campaignJson(const Campaign &c)
{
    QByteArray out;
    writeCampaign(out, c, true);
    return Response::raw(200, out, "application/json");
}

// ---------------------------------------------------------------------------------------------
// Per-campaign records, derived on demand.
// ---------------------------------------------------------------------------------------------

const char *const FirstNames[] = {"Olivia", "Liam",  "Emma",  "Noah",  "Ava",   "Lucas",
                                  "Mia",    "Ethan", "Sofia", "Mateo", "Chloe", "Arjun",
                                  "Hana",   "Jonas", "Amara", "Diego", "Freya", "Kenji",
                                  "Leila",  "Oscar", "Priya", "Sven",  "Zoe",   "Tomás"};
const char *const LastNames[] = {"Smith",   "Johnson", "Garcia",   "Müller", "Brown",  "Nguyen",
                                 "Okafor",  "Rossi",   "Kowalski", "Tanaka", "Silva",  "Dubois",
                                 "O'Neill", "Larsen",  "Patel",    "Cohen",  "Haddad", "Novak"};
const char *const Companies[] = {"Acme Corp",       "Globex",           "Initech",
                                 "Northwind, Inc.", "Umbrella Labs",    "Blue \"Sky\" Analytics",
                                 "Hooli",           "Stark Logistics",  "Wayne Health",
                                 "Pied Piper",      "Vandelay Imports", "Soylent Foods"};
const char *const Cities[] = {"New York, NY",    "Austin, TX",       "London, UK",
                              "Berlin, Germany", "Toronto, Canada",  "Sydney, Australia",
                              "Paris, France",   "San Francisco, CA"};
const char *const Titles[] = {
    "CEO", "CTO", "VP Sales", "Head of Growth", "Marketing Manager", "Operations Director"};
const char *const Categories[] = {"Interested", "Meeting Request", "Not Interested",
                                  "Out Of Office", "Wrong Person"};

int sequenceCount(const Campaign &c)
{
    return 1 + int((c.rng >> 11) % 4);
}

struct Lead
{
    qint64 id = 0;
    qint64 mapId = 0;
    QString status;
    QString category; // empty: no category
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString company;
    QString website;
    QString location;
    QJsonObject customFields;
    QString linkedin;
    QString companyUrl;
    bool unsubscribed = false;
    int lastSequence = 0; // 0: nothing sent yet
    int opens = 0;
    int clicks = 0;
    int replies = 0;
    bool interested = false;
    qint64 createdMs = 0;
    qint64 sentMs = 0;
};

QString slug(const QString &text)
{
    QString out;
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber() && ch.unicode() < 128)
            out += ch.toLower();
    }
    return out;
}

// Lead `i` of campaign `c`: the campaign's counts decide how far it got.
Lead leadAt(const Campaign &c, int i)
{
    Rng rng(mixSeed(c.rng, quint64(i) + 0x1eadULL));
    Lead l;
    l.id = numericId(c) * 1000 + i + 1;
    l.mapId = 9'000'000'000LL + numericId(c) * 1000 + i;
    const int steps = sequenceCount(c);
    if (i < c.completed) {
        l.status = QStringLiteral("COMPLETED");
        l.lastSequence = steps;
    } else if (i < c.completed + c.failed) {
        l.status = QStringLiteral("BLOCKED");
        l.lastSequence = 1;
    } else if (c.status == QLatin1String("DRAFTED")) {
        l.status = QStringLiteral("STARTED");
    } else {
        l.status = c.status == QLatin1String("ACTIVE")      ? QStringLiteral("INPROGRESS")
                   : c.status == QLatin1String("COMPLETED") ? QStringLiteral("COMPLETED")
                   : c.status == QLatin1String("STOPPED")   ? QStringLiteral("STOPPED")
                                                            : QStringLiteral("PAUSED");
        l.lastSequence = rng.range(0, steps);
    }
    l.firstName = QString::fromUtf8(FirstNames[rng.bounded(int(std::size(FirstNames)))]);
    l.lastName = QString::fromUtf8(LastNames[rng.bounded(int(std::size(LastNames)))]);
    l.company = QString::fromUtf8(Companies[rng.bounded(int(std::size(Companies)))]);
    const QString domain = slug(l.company) + QStringLiteral(".com");
    l.email = QStringLiteral("%1.%2%3@%4")
                  .arg(slug(l.firstName), slug(l.lastName))
                  .arg(i + 1)
                  .arg(domain);
    l.phone = rng.bounded(4) == 0 ? QString()
                                  : QStringLiteral("+1555%1").arg(rng.range(1000000, 9999999));
    l.website = QStringLiteral("https://www.") + domain;
    l.companyUrl = domain;
    l.location = QString::fromUtf8(Cities[rng.bounded(int(std::size(Cities)))]);
    if (rng.bounded(2) == 0)
        l.customFields =
            QJsonObject{{QStringLiteral("Title"),
                         QString::fromUtf8(Titles[rng.bounded(int(std::size(Titles)))])},
                        {QStringLiteral("Source"), QStringLiteral("LinkedIn")}};
    l.linkedin = rng.bounded(3) == 0 ? QString()
                                     : QStringLiteral("https://www.linkedin.com/in/%1-%2-%3")
                                           .arg(slug(l.firstName), slug(l.lastName))
                                           .arg(rng.range(100, 999));
    if (l.lastSequence > 0 && l.status != QLatin1String("BLOCKED")) {
        l.opens = rng.range(0, 2 * l.lastSequence);
        l.clicks = l.opens > 0 ? rng.range(0, 1) : 0;
        l.replies = rng.bounded(5) == 0 ? 1 : 0;
        l.unsubscribed = l.replies == 0 && rng.bounded(25) == 0;
    }
    if (l.replies > 0) {
        l.category = QString::fromUtf8(Categories[rng.bounded(int(std::size(Categories)))]);
        l.interested = l.category == QLatin1String("Interested") ||
                       l.category == QLatin1String("Meeting Request");
    }
    l.createdMs = c.createdMs + qint64(i) * 60'000;
    l.sentMs = l.createdMs + qint64(rng.range(1, 72)) * 3'600'000;
    return l;
}

QJsonValue timeOrNull(bool happened, qint64 ms)
{
    return happened ? QJsonValue(isoMs(ms)) : QJsonValue();
}

QJsonObject leadJson(const Lead &l)
{
    return QJsonObject{
        {QStringLiteral("campaign_lead_map_id"), l.mapId},
        {QStringLiteral("status"), l.status},
        {QStringLiteral("created_at"), isoMs(l.createdMs)},
        {QStringLiteral("lead_category_id"), QJsonValue()},
        {QStringLiteral("lead"),
         QJsonObject{{QStringLiteral("id"), l.id},
                     {QStringLiteral("first_name"), l.firstName},
                     {QStringLiteral("last_name"), l.lastName},
                     {QStringLiteral("email"), l.email},
                     {QStringLiteral("phone_number"), l.phone},
                     {QStringLiteral("company_name"), l.company},
                     {QStringLiteral("website"), l.website},
                     {QStringLiteral("location"), l.location},
                     {QStringLiteral("custom_fields"), l.customFields},
                     {QStringLiteral("linkedin_profile"), l.linkedin},
                     {QStringLiteral("company_url"), l.companyUrl},
                     {QStringLiteral("is_unsubscribed"), l.unsubscribed},
                     {QStringLiteral("unsubscribed_client_id_map"), QJsonObject{}}}}};
}

QByteArray csvCell(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

QByteArray csvJsonCell(const QJsonObject &object)
{
    // Never an empty cell: an empty object is written as {}.
    return csvCell(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QByteArray leadsCsv(const Campaign &c)
{
    QByteArray out;
    out.reserve(64 + c.contacts * 360);
    for (qsizetype i = 0; i < CsvColumns.size(); ++i) {
        out += i ? "," : "";
        out += CsvColumns.at(i);
    }
    out += '\n';
    const auto boolText = [](bool b) {
        return b ? QByteArray("true") : QByteArray("false");
    };
    for (int i = 0; i < c.contacts; ++i) {
        const Lead l = leadAt(c, i);
        const QList<QByteArray> cells = {QByteArray::number(l.id),
                                         QByteArray::number(l.mapId),
                                         csvCell(l.status),
                                         csvCell(l.category),
                                         csvCell(l.firstName),
                                         csvCell(l.lastName),
                                         csvCell(l.email),
                                         csvCell(l.phone),
                                         csvCell(l.company),
                                         csvCell(l.website),
                                         csvCell(l.location),
                                         csvJsonCell(l.customFields),
                                         csvCell(l.linkedin),
                                         csvCell(l.companyUrl),
                                         boolText(l.unsubscribed),
                                         csvJsonCell(QJsonObject{}),
                                         QByteArray::number(l.lastSequence),
                                         QByteArray::number(l.opens),
                                         QByteArray::number(l.clicks),
                                         QByteArray::number(l.replies),
                                         boolText(l.interested),
                                         csvCell(isoMs(l.createdMs))};
        out += cells.join(',');
        out += '\n';
    }
    return out;
}

qint64 sequenceId(const Campaign &c, int seqNumber)
{
    return numericId(c) * 10 + seqNumber;
}

const char *const Subjects[] = {
    "Quick question about {{company_name}}", "Idea for {{company_name}}'s outreach",
    "Following up, {{first_name}}", "Worth a 15-minute call?", "Last note from me"};

QJsonArray sequencesJson(const Campaign &c)
{
    Rng rng(c.rng ^ 0x5e9ULL);
    QJsonArray steps;
    const int count = sequenceCount(c);
    for (int n = 1; n <= count; ++n) {
        const QString subject =
            n == 1 ? QString::fromUtf8(Subjects[rng.bounded(2)]) : QString::fromUtf8(Subjects[n]);
        const QString body =
            QStringLiteral("<p>Hi {{first_name}},</p><p>%1</p><p>Best,<br>{{sender_name}}</p>")
                .arg(n == 1 ? QStringLiteral("I noticed {{company_name}} is growing its team.")
                            : QStringLiteral("Just bringing this back to the top of your inbox."));
        QJsonArray variants;
        if (n == 1 && rng.bounded(2) == 0) {
            // An A/B test on the first step.
            for (int v = 0; v < 2; ++v)
                variants.append(QJsonObject{
                    {QStringLiteral("id"), sequenceId(c, n) * 10 + v + 1},
                    {QStringLiteral("variant_label"),
                     v == 0 ? QStringLiteral("A") : QStringLiteral("B")},
                    {QStringLiteral("subject"), v == 0 ? subject : QString::fromUtf8(Subjects[3])},
                    {QStringLiteral("email_body"), body}});
        }
        steps.append(QJsonObject{
            {QStringLiteral("id"), sequenceId(c, n)},
            {QStringLiteral("seq_number"), n},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("email_body"), body},
            {QStringLiteral("seq_delay_details"),
             QJsonObject{{QStringLiteral("delay_in_days"), n == 1 ? 0 : rng.range(2, 5)}}},
            {QStringLiteral("seq_variants"), variants}});
    }
    return steps;
}

QJsonArray emailAccountsJson(const Campaign &c)
{
    Rng rng(c.rng ^ 0xacc0ULL);
    static const char *const senders[][2] = {{"Alex Carter", "alex"},
                                             {"Jordan Lee", "jordan"},
                                             {"Sam Rivera", "sam"},
                                             {"Taylor Brooks", "taylor"}};
    QJsonArray accounts;
    const int count = rng.range(1, 3);
    const int firstSender = rng.bounded(int(std::size(senders)));
    for (int k = 0; k < count; ++k) {
        const auto &sender = senders[(firstSender + k) % int(std::size(senders))];
        accounts.append(
            QJsonObject{{QStringLiteral("id"), 400000 + qint64(numericId(c) % 100000) * 4 + k},
                        {QStringLiteral("from_name"), QString::fromUtf8(sender[0])},
                        {QStringLiteral("from_email"), QStringLiteral("%1@outreach-%2.example.com")
                                                           .arg(QString::fromUtf8(sender[1]))
                                                           .arg(k + 1)}});
    }
    return accounts;
}

QJsonArray webhooksJson(const Campaign &c)
{
    Rng rng(c.rng ^ 0x4e6ULL);
    static const char *const events[] = {"EMAIL_SENT",        "EMAIL_OPEN",
                                         "EMAIL_LINK_CLICK",  "EMAIL_REPLY",
                                         "LEAD_UNSUBSCRIBED", "LEAD_CATEGORY_UPDATED"};
    QJsonArray hooks;
    const int count = rng.range(1, 2);
    for (int k = 0; k < count; ++k) {
        const qint64 id = 70000 + qint64(numericId(c) % 100000) * 2 + k;
        QJsonArray types;
        for (int e = 0; e < int(std::size(events)); ++e) {
            if (e == 3 || rng.bounded(2) == 0)
                types.append(QString::fromLatin1(events[e]));
        }
        hooks.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("name"), k == 0 ? QStringLiteral("CRM sync")
                                                                 : QStringLiteral("Slack replies")},
                                 {QStringLiteral("webhook_url"),
                                  QStringLiteral("https://hooks.example.com/smartlead/%1").arg(id)},
                                 {QStringLiteral("event_types"), types}});
    }
    return hooks;
}

QJsonObject analyticsJson(const Campaign &c)
{
    int sent = 0, opened = 0, clicked = 0, replied = 0, bounced = 0, unsubscribed = 0;
    int sentEmails = 0, openEmails = 0, clickEmails = 0, interested = 0;
    QHash<QString, int> byStatus;
    for (int i = 0; i < c.contacts; ++i) {
        const Lead l = leadAt(c, i);
        byStatus[l.status] += 1;
        sent += l.lastSequence > 0;
        sentEmails += l.lastSequence;
        opened += l.opens > 0;
        openEmails += l.opens;
        clicked += l.clicks > 0;
        clickEmails += l.clicks;
        replied += l.replies > 0;
        bounced += l.status == QLatin1String("BLOCKED");
        unsubscribed += l.unsubscribed;
        interested += l.interested;
    }
    const auto text = [](int n) {
        return QString::number(n);
    };
    return QJsonObject{
        {QStringLiteral("id"), numericId(c)},
        {QStringLiteral("user_id"), SandboxUserId},
        {QStringLiteral("created_at"), isoMs(c.createdMs)},
        {QStringLiteral("status"), c.status},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("sent_count"), text(sentEmails)},
        {QStringLiteral("unique_sent_count"), text(sent)},
        {QStringLiteral("open_count"), text(openEmails)},
        {QStringLiteral("unique_open_count"), text(opened)},
        {QStringLiteral("click_count"), text(clickEmails)},
        {QStringLiteral("unique_click_count"), text(clicked)},
        {QStringLiteral("reply_count"), text(replied)},
        {QStringLiteral("block_count"), text(byStatus.value(QStringLiteral("BLOCKED")))},
        {QStringLiteral("bounce_count"), text(bounced)},
        {QStringLiteral("unsubscribed_count"), text(unsubscribed)},
        {QStringLiteral("total_count"), text(c.contacts)},
        {QStringLiteral("sequence_count"), text(sequenceCount(c))},
        {QStringLiteral("campaign_lead_stats"),
         QJsonObject{{QStringLiteral("total"), c.contacts},
                     {QStringLiteral("notStarted"), byStatus.value(QStringLiteral("STARTED"))},
                     {QStringLiteral("inprogress"), byStatus.value(QStringLiteral("INPROGRESS"))},
                     {QStringLiteral("paused"), byStatus.value(QStringLiteral("PAUSED"))},
                     {QStringLiteral("stopped"), byStatus.value(QStringLiteral("STOPPED"))},
                     {QStringLiteral("completed"), byStatus.value(QStringLiteral("COMPLETED"))},
                     {QStringLiteral("blocked"), byStatus.value(QStringLiteral("BLOCKED"))},
                     {QStringLiteral("interested"), interested}}}};
}

QJsonObject statisticJson(const Campaign &c, const Lead &l)
{
    const int seq = l.lastSequence;
    const QJsonArray steps = sequencesJson(c);
    const QJsonObject step = steps.at(seq - 1).toObject();
    return QJsonObject{
        {QStringLiteral("lead_name"), l.firstName + QLatin1Char(' ') + l.lastName},
        {QStringLiteral("lead_email"), l.email},
        {QStringLiteral("lead_category"),
         l.category.isEmpty() ? QJsonValue() : QJsonValue(l.category)},
        {QStringLiteral("sequence_number"), seq},
        {QStringLiteral("email_campaign_seq_id"), sequenceId(c, seq)},
        {QStringLiteral("seq_variant_id"), QJsonValue()},
        {QStringLiteral("email_subject"), step.value(QStringLiteral("subject"))},
        {QStringLiteral("email_message"), step.value(QStringLiteral("email_body"))},
        {QStringLiteral("sent_time"), isoMs(l.sentMs)},
        {QStringLiteral("open_time"), timeOrNull(l.opens > 0, l.sentMs + 1'800'000)},
        {QStringLiteral("click_time"), timeOrNull(l.clicks > 0, l.sentMs + 2'400'000)},
        {QStringLiteral("reply_time"), timeOrNull(l.replies > 0, l.sentMs + 7'200'000)},
        {QStringLiteral("open_count"), l.opens},
        {QStringLiteral("click_count"), l.clicks},
        {QStringLiteral("is_unsubscribed"), l.unsubscribed},
        {QStringLiteral("is_bounced"), l.status == QLatin1String("BLOCKED")}};
}

// ---------------------------------------------------------------------------------------------
// The status machine.
// ---------------------------------------------------------------------------------------------

struct Transition
{
    QString to;      // the resulting campaign status, empty when refused
    QString refusal; // the 400 message
};

// `archivedFrom`: the status the campaign had when it was archived, if known.
Transition transition(const QString &from, const QString &request, const QString &archivedFrom)
{
    const QString active = QStringLiteral("ACTIVE");
    if (request == QLatin1String("ARCHIVED")) {
        if (from == active)
            return {{}, ArchiveActiveRefusal};
        return {QStringLiteral("ARCHIVED"), {}};
    }
    if (from == QLatin1String("ARCHIVED")) {
        // Unarchiving. A campaign that was stopped (or had completed) before it was archived
        // stays that way: STOPPED is permanent.
        const bool ended =
            archivedFrom == QLatin1String("STOPPED") || archivedFrom == QLatin1String("COMPLETED");
        if (request == QLatin1String("STOPPED"))
            return {QStringLiteral("STOPPED"), {}};
        if (request == QLatin1String("START"))
            return {{},
                    QStringLiteral("Campaign is archived. Unarchive it with PAUSED before "
                                   "starting it.")};
        if (ended)
            return {{},
                    QStringLiteral("Campaign was %1 before it was archived and cannot be "
                                   "resumed.")
                        .arg(archivedFrom.toLower())};
        return {QStringLiteral("PAUSED"), {}};
    }
    if (from == QLatin1String("STOPPED")) {
        if (request == QLatin1String("STOPPED"))
            return {QStringLiteral("STOPPED"), {}};
        return {{},
                QStringLiteral("Campaign is stopped. A stopped campaign cannot be resumed or "
                               "paused.")};
    }
    if (from == QLatin1String("COMPLETED"))
        return {{},
                QStringLiteral("Campaign is completed and its status cannot be changed to %1.")
                    .arg(request)};
    if (request == QLatin1String("START"))
        return {active, {}}; // from DRAFTED, PAUSED, or ACTIVE (no change)
    if (request == QLatin1String("STOPPED"))
        return {QStringLiteral("STOPPED"), {}};
    // PAUSED
    if (from == QLatin1String("DRAFTED"))
        return {{}, QStringLiteral("Cannot pause a campaign that has not been started.")};
    return {QStringLiteral("PAUSED"), {}};
}

Campaign example(const SeedSpec &spec, const QString &id, const QString &name,
                 const QString &status, int contacts, int completed, int failed, qint64 createdMs,
                 qint64 updatedMs, const QJsonObject &fixed)
{
    Campaign c;
    c.id = id;
    c.name = name;
    c.status = status;
    c.type = QStringLiteral("email");
    c.createdMs = createdMs;
    c.updatedMs = updatedMs;
    c.rng = mixSeed(spec.seed ^ 0x51ead, id.toULongLong());
    c.contacts = contacts;
    c.completed = completed;
    c.failed = failed;
    c.fixed = fixed;
    return c;
}

qint64 parseIsoMs(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

class SmartleadModule final : public PlatformModule
{
public:
    Platform platform() const override { return Platform::Smartlead; }
    QString prefix() const override { return QStringLiteral("/smartlead/api/v1"); }

    QList<Campaign> seed(const SeedSpec &spec) const override
    {
        m_archivedFrom.clear();
        SeedPlan plan;
        // The documented examples: the list example as documented (ACTIVE), and the delete
        // page's campaign 123, which the page exports, stops, archives and deletes, so it starts
        // PAUSED (deletable and stoppable). It has the 42 leads of the leads example.
        plan.examples = {
            example(spec, QStringLiteral("2710262"), QStringLiteral("Cold Outreach Q1 2024"),
                    QStringLiteral("ACTIVE"), 100, 37, 3,
                    parseIsoMs(QStringLiteral("2025-11-25T10:43:46.826Z")),
                    parseIsoMs(QStringLiteral("2025-11-25T14:02:21.776Z")),
                    QJsonObject{
                        {QStringLiteral("user_id"), SandboxUserId},
                        {QStringLiteral("track_settings"),
                         QJsonArray{QStringLiteral("DONT_EMAIL_OPEN"),
                                    QStringLiteral("DONT_LINK_CLICK")}},
                        {QStringLiteral("scheduler_cron_value"),
                         QJsonObject{{QStringLiteral("tz"), QStringLiteral("America/New_York")},
                                     {QStringLiteral("days"), QJsonArray{1, 2, 3, 4, 5}},
                                     {QStringLiteral("endHour"), QStringLiteral("19:00")},
                                     {QStringLiteral("startHour"), QStringLiteral("09:00")}}},
                        {QStringLiteral("min_time_btwn_emails"), 24},
                        {QStringLiteral("max_leads_per_day"), 100},
                        {QStringLiteral("stop_lead_settings"), QStringLiteral("REPLY_TO_AN_EMAIL")},
                        {QStringLiteral("parent_campaign_id"), QJsonValue()},
                        {QStringLiteral("client_id"), QJsonValue()},
                        {QStringLiteral("tags"),
                         QJsonArray{QJsonObject{
                             {QStringLiteral("tag_id"), 1},
                             {QStringLiteral("tag_name"), QStringLiteral("Q1")},
                             {QStringLiteral("tag_color"), QStringLiteral("#FF5733")}}}}}),
            example(spec, QStringLiteral("123"), QStringLiteral("Product Launch Follow-up"),
                    QStringLiteral("PAUSED"), 42, 20, 2,
                    parseIsoMs(QStringLiteral("2024-03-04T09:00:00.000Z")),
                    parseIsoMs(QStringLiteral("2024-03-18T16:30:00.000Z")), QJsonObject{})};
        plan.statuses = Statuses;
        plan.types = {QStringLiteral("email")};
        // Deterministic integer ids below the list example's, each index in its own block of 9
        // so they are unique and rise with the index.
        const qint64 base = 200'000 + qint64(mixSeed(spec.seed, 0x1d5ULL) % 400'000);
        plan.idFor = [base, seed = spec.seed](int i) {
            qint64 id = base + qint64(i) * 9 + qint64(mixSeed(seed ^ 0x1d, quint64(i)) % 9);
            if (id == 2710262)
                id = base + qint64(i) * 9 + (id - base - qint64(i) * 9 + 1) % 9;
            return QString::number(id);
        };
        plan.maxContacts = 240;
        QList<Campaign> rows = seedCampaigns(spec, platform(), plan);
        // The list is newest id first; keeping the table in that order means no request ever
        // sorts. Ids are digit strings without leading zeros: longer is larger.
        std::sort(rows.begin(), rows.end(), [](const Campaign &a, const Campaign &b) {
            if (a.id.size() != b.id.size())
                return a.id.size() > b.id.size();
            return a.id > b.id;
        });
        return rows;
    }

    std::optional<Response> authenticate(const Request &request,
                                         const Account &account) const override
    {
        if (acceptsSecret(account, credentialOf(request)))
            return std::nullopt;
        return fail(401, UnauthorizedMessage);
    }

    QString credentialOf(const Request &request) const override
    {
        return request.queryValue(QStringLiteral("api_key"));
    }

    // The per-minute rule first: it is the one X-RateLimit-* describes.
    QList<RateRule> defaultRateRules() const override
    {
        return {{60, 60'000}, {10, 1'000}, {1000, 3'600'000}};
    }

    Response rateLimited(const RateState &state) const override
    {
        Response response = Response::json(
            429,
            QJsonObject{
                {QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("RATE_LIMIT_EXCEEDED")},
                             {QStringLiteral("message"),
                              QStringLiteral("Too many requests. Please retry after %1 seconds.")
                                  .arg(state.retryAfterS)},
                             {QStringLiteral("retry_after"), state.retryAfterS}}}});
        response.headers.append({"Retry-After", QByteArray::number(state.retryAfterS)});
        return response;
    }

    void addRateHeaders(Response &response, const RateState &state) const override
    {
        response.headers.append({"X-RateLimit-Limit", QByteArray::number(state.limit)});
        response.headers.append({"X-RateLimit-Remaining", QByteArray::number(state.remaining)});
        response.headers.append({"X-RateLimit-Reset", QByteArray::number(state.resetEpochS)});
    }

    Response successFalse() const override
    {
        return fail(200, QStringLiteral("Something went wrong. Please try again."));
    }

    Response notFound() const override
    {
        return fail(404, QStringLiteral("The requested resource does not exist."));
    }

    Response handle(const Request &request, CampaignTable &table, const Account &) const override
    {
        QStringList args;
        const QByteArray &method = request.method;
        if (matchRoute(request.path, QStringLiteral("/campaigns")))
            return method == "GET" ? list(request, table) : notFound();

        QString sub;
        if (matchRoute(request.path, QStringLiteral("/campaigns/:id"), &args)) {
            if (method != "GET" && method != "DELETE")
                return notFound();
        } else if (matchRoute(request.path, QStringLiteral("/campaigns/:id/:sub"), &args)) {
            sub = args.at(1);
            static const QStringList reads = {
                QStringLiteral("leads-export"), QStringLiteral("leads"),
                QStringLiteral("statistics"),   QStringLiteral("analytics"),
                QStringLiteral("sequences"),    QStringLiteral("email-accounts"),
                QStringLiteral("webhooks")};
            const bool known =
                (sub == QLatin1String("status") && (method == "POST" || method == "PATCH")) ||
                (reads.contains(sub) && method == "GET");
            if (!known)
                return notFound();
        } else {
            return notFound();
        }

        const QString id = args.at(0);
        if (!isNumericId(id))
            return fail(ValidationStatus,
                        QStringLiteral("Invalid campaign_id: it must be a number."));
        Campaign *c = table.find(id);
        if (!c)
            return fail(404, CampaignNotFound);

        if (sub.isEmpty()) {
            if (method == "GET")
                return campaignJson(*c);
            return remove(table, *c);
        }
        if (sub == QLatin1String("status"))
            return changeStatus(request, *c);
        if (sub == QLatin1String("leads-export")) {
            Response response = Response::raw(200, leadsCsv(*c), "text/csv");
            response.headers.append({"Content-Disposition", "attachment; filename=\"campaign_" +
                                                                c->id.toLatin1() + "_leads.csv\""});
            return response;
        }
        if (sub == QLatin1String("leads"))
            return leads(request, *c);
        if (sub == QLatin1String("statistics"))
            return statistics(request, *c);
        if (sub == QLatin1String("analytics"))
            return Response::json(200, analyticsJson(*c));
        if (sub == QLatin1String("sequences"))
            return Response::json(200, sequencesJson(*c));
        if (sub == QLatin1String("email-accounts"))
            return Response::json(200, emailAccountsJson(*c));
        return Response::json(200, webhooksJson(*c));
    }

private:
    Response list(const Request &request, const CampaignTable &table) const
    {
        const QString clientId = request.queryValue(QStringLiteral("client_id"));
        const bool withTags = request.queryValue(QStringLiteral("include_tags"))
                                  .compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        QByteArray out;
        out.reserve(table.size() * (withTags ? 520 : 440) + 2);
        out += '[';
        bool first = true;
        for (const Campaign &c : table.rows()) {
            if (!clientId.isEmpty() && clientIdText(c) != clientId)
                continue;
            if (!first)
                out += ',';
            first = false;
            writeCampaign(out, c, withTags);
        }
        out += ']';
        return Response::raw(200, out, "application/json");
    }

    Response remove(CampaignTable &table, const Campaign &c) const
    {
        if (c.status == QLatin1String("ACTIVE"))
            return fail(RefusalStatus, DeleteActiveRefusal);
        m_archivedFrom.remove(c.id);
        table.remove(c.id);
        return Response::json(200, QJsonObject{{QStringLiteral("success"), true},
                                               {QStringLiteral("message"),
                                                QStringLiteral("Campaign deleted successfully")}});
    }

    Response changeStatus(const Request &request, Campaign &c) const
    {
        bool ok = false;
        const QJsonObject body = request.bodyObject(&ok);
        if (!ok)
            return fail(RefusalStatus, QStringLiteral("Malformed request body."));
        const QString wanted = body.value(QStringLiteral("status")).toString().trimmed();
        if (wanted.isEmpty())
            return fail(ValidationStatus,
                        QStringLiteral("status is required: START, PAUSED, STOPPED or ARCHIVED."));
        if (!RequestValues.contains(wanted))
            return fail(ValidationStatus,
                        QStringLiteral("Invalid status \"%1\": use START, PAUSED, STOPPED or "
                                       "ARCHIVED (START resumes a campaign).")
                            .arg(wanted));
        // Remembered only while nothing else touched the campaign (the admin API, a reseed).
        const auto memory = m_archivedFrom.value(c.id);
        const QString archivedFrom = memory.second == c.updatedMs ? memory.first : QString();
        const Transition t = transition(c.status, wanted, archivedFrom);
        if (t.to.isEmpty())
            return fail(RefusalStatus, t.refusal);
        const QString before = c.status;
        c.status = t.to;
        c.updatedMs = QDateTime::currentMSecsSinceEpoch();
        if (t.to == QLatin1String("ARCHIVED")) {
            if (before != t.to)
                m_archivedFrom.insert(c.id, {before, c.updatedMs});
            else
                m_archivedFrom.insert(c.id, {archivedFrom, c.updatedMs});
        } else {
            m_archivedFrom.remove(c.id);
        }
        return Response::json(
            200,
            QJsonObject{
                {QStringLiteral("success"), true},
                {QStringLiteral("message"), QStringLiteral("Campaign status updated successfully")},
                {QStringLiteral("campaign"), QJsonObject{{QStringLiteral("id"), numericId(c)},
                                                         {QStringLiteral("status"), c.status}}}});
    }

    // offset/limit from the query: false (and a 422) when either is not a non-negative integer.
    static bool paging(const Request &request, int *offset, int *limit, Response *refusal)
    {
        const auto read = [&request](const QString &name, int fallback, int *value) {
            if (!request.query.hasQueryItem(name)) {
                *value = fallback;
                return true;
            }
            bool ok = false;
            *value = request.queryValue(name).toInt(&ok);
            return ok && *value >= 0;
        };
        if (!read(QStringLiteral("offset"), 0, offset) ||
            !read(QStringLiteral("limit"), DefaultPageLimit, limit) || *limit < 1) {
            *refusal = fail(ValidationStatus,
                            QStringLiteral("offset must be a non-negative integer and limit an "
                                           "integer from 1 to %1.")
                                .arg(MaxPageLimit));
            return false;
        }
        *limit = std::min(*limit, MaxPageLimit);
        return true;
    }

    Response leads(const Request &request, const Campaign &c) const
    {
        int offset = 0, limit = 0;
        Response refusal;
        if (!paging(request, &offset, &limit, &refusal))
            return refusal;
        QJsonArray data;
        for (int i = offset; i < std::min(c.contacts, offset + limit); ++i)
            data.append(leadJson(leadAt(c, i)));
        return Response::json(
            200, QJsonObject{{QStringLiteral("total_leads"), QString::number(c.contacts)},
                             {QStringLiteral("offset"), offset},
                             {QStringLiteral("limit"), limit},
                             {QStringLiteral("data"), data}});
    }

    Response statistics(const Request &request, const Campaign &c) const
    {
        int offset = 0, limit = 0;
        Response refusal;
        if (!paging(request, &offset, &limit, &refusal))
            return refusal;
        // One row per lead that has been sent at least one email.
        QJsonArray data;
        int total = 0;
        for (int i = 0; i < c.contacts; ++i) {
            const Lead l = leadAt(c, i);
            if (l.lastSequence == 0)
                continue;
            if (total >= offset && total < offset + limit)
                data.append(statisticJson(c, l));
            ++total;
        }
        return Response::json(200,
                              QJsonObject{{QStringLiteral("total_stats"), QString::number(total)},
                                          {QStringLiteral("offset"), offset},
                                          {QStringLiteral("limit"), limit},
                                          {QStringLiteral("data"), data}});
    }

    // The status a campaign had when it was archived, and its updatedMs at that moment.
    mutable QHash<QString, QPair<QString, qint64>> m_archivedFrom;
};

} // namespace

std::unique_ptr<PlatformModule> makeSmartleadModule()
{
    return std::make_unique<SmartleadModule>();
}

} // namespace CampaignDesk::Sandbox
