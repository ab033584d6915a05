// Smartlead (cold-email campaigns). The API key rides in the query string (?api_key=) and
// nowhere else, so every URL shown or logged must go through redactedUrl(). The campaign list
// is one bare array with no paging, and failures often come as HTTP 200 with
// {"success":false,"message":…} (or {"ok":false} from some clients' servers), which must never
// be mistaken for an empty list.

#include "provider.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace CampaignDesk {

namespace {

const QString ApiKeyParameter = QStringLiteral("api_key");

// The base URL with `segments` appended, each percent-encoded on its own so an id can never add
// a segment or a query. The base may carry a path ("…/api/v1", or a sandbox prefix).
// {"success":false} and {"ok":false} both mean failure, whatever the HTTP status.
bool isFailureEnvelope(const QJsonObject &root)
{
    return root.value(QStringLiteral("success")) == QJsonValue(false) ||
           root.value(QStringLiteral("ok")) == QJsonValue(false);
}

QString failureText(const QJsonObject &root)
{
    const QString message = root.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        return QCoreApplication::translate("SmartleadProvider",
                                           "Smartlead reported a failure without a message.");
    return QCoreApplication::translate("SmartleadProvider", "Smartlead reported a failure: %1")
        .arg(message);
}

// A failure envelope passes the shape check so that the transport reports it as the platform's
// own failure, with its message.
QString checkListShape(const QJsonDocument &doc)
{
    if (doc.isArray() || (doc.isObject() && isFailureEnvelope(doc.object())))
        return {};
    return QCoreApplication::translate("SmartleadProvider",
                                       "the campaign list is not a JSON array");
}

QString checkCampaignShape(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return QCoreApplication::translate("SmartleadProvider", "the answer is not a JSON object");
    const QJsonObject root = doc.object();
    if (isFailureEnvelope(root) || !Parse::idText(root.value(QStringLiteral("id"))).isEmpty())
        return {};
    return QCoreApplication::translate("SmartleadProvider", "the campaign has no id");
}

QString statusWord(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return Parse::idText(value);
    return {};
}

// --- The safe delete flow ---------------------------------------------------------------------

const QString Active = QStringLiteral("ACTIVE");
const QString Drafted = QStringLiteral("DRAFTED");
const QString Paused = QStringLiteral("PAUSED");
const QString Stopped = QStringLiteral("STOPPED");
const QString Completed = QStringLiteral("COMPLETED");
const QString Archived = QStringLiteral("ARCHIVED");

// The export pieces besides campaign.json: the leads CSV and the documented read endpoints a
// later re-creation needs (the piece id is also the endpoint's last segment, except leads).
const QString LeadsPiece = QStringLiteral("leads");
const QStringList JsonPieces = {QStringLiteral("sequences"), QStringLiteral("email-accounts"),
                                QStringLiteral("webhooks")};

QString unknownStatusReason(const QString &rawStatus)
{
    return QCoreApplication::translate(
               "SmartleadProvider",
               "The status “%1” is unknown to Campaign Desk, so it cannot tell what is safe. "
               "Refresh the campaign, or check it in Smartlead.")
        .arg(rawStatus.isEmpty() ? QCoreApplication::translate("SmartleadProvider", "no status")
                                 : rawStatus);
}

// Why `action` does not apply to a campaign in `rawStatus`; empty when it does. The transitions
// are the ones the sandbox implements: STOPPED and COMPLETED are final, ARCHIVED comes back
// PAUSED, and START (not ACTIVE) resumes.
QString actionRefusal(StatusAction action, const QString &rawStatus, bool knownStatus)
{
    if (!knownStatus)
        return unknownStatusReason(rawStatus);
    switch (action) {
    case StatusAction::Pause:
        // From ARCHIVED, PAUSED is how Smartlead unarchives.
        if (rawStatus == Active || rawStatus == Archived)
            return {};
        if (rawStatus == Drafted)
            return QCoreApplication::translate(
                "SmartleadProvider",
                "The campaign has not been started; there is nothing to pause.");
        if (rawStatus == Paused)
            return QCoreApplication::translate("SmartleadProvider",
                                               "The campaign is already paused.");
        if (rawStatus == Stopped)
            return QCoreApplication::translate(
                "SmartleadProvider", "The campaign is stopped for good; it cannot be paused.");
        return QCoreApplication::translate(
            "SmartleadProvider", "The campaign has completed; there is nothing to pause.");
    case StatusAction::Resume:
        if (rawStatus == Drafted || rawStatus == Paused)
            return {};
        if (rawStatus == Active)
            return QCoreApplication::translate("SmartleadProvider",
                                               "The campaign is already running.");
        if (rawStatus == Stopped)
            return QCoreApplication::translate(
                "SmartleadProvider",
                "A stopped campaign cannot be resumed: STOPPED is permanent on Smartlead.");
        if (rawStatus == Archived)
            return QCoreApplication::translate(
                "SmartleadProvider",
                "The campaign is archived: unarchive it with Pause before resuming it.");
        return QCoreApplication::translate("SmartleadProvider",
                                           "The campaign has completed and cannot be resumed.");
    case StatusAction::Stop:
        if (rawStatus == Stopped)
            return QCoreApplication::translate("SmartleadProvider",
                                               "The campaign is already stopped.");
        if (rawStatus == Completed)
            return QCoreApplication::translate(
                "SmartleadProvider", "The campaign has completed; there is nothing to stop.");
        return {};
    case StatusAction::Archive:
        if (rawStatus == Active)
            return QCoreApplication::translate(
                "SmartleadProvider", "Cannot archive an active campaign. Pause or stop it first.");
        if (rawStatus == Archived)
            return QCoreApplication::translate("SmartleadProvider",
                                               "The campaign is already archived.");
        return {};
    }
    return {};
}

QString requestValue(StatusAction action)
{
    switch (action) {
    case StatusAction::Pause:
        return Paused;
    case StatusAction::Resume:
        return QStringLiteral("START"); // not ACTIVE: the API refuses that as a request value
    case StatusAction::Stop:
        return Stopped;
    case StatusAction::Archive:
        break;
    }
    return Archived;
}

// Status and delete answers: {"success":true,…} (documented) or {"ok":true} (clients); failure
// envelopes pass so that the transport reports the platform's own message.
QString checkOutcomeShape(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return QCoreApplication::translate("SmartleadProvider", "the answer is not a JSON object");
    const QJsonObject root = doc.object();
    if (isFailureEnvelope(root) || root.value(QStringLiteral("success")) == QJsonValue(true) ||
        root.value(QStringLiteral("ok")) == QJsonValue(true))
        return {};
    return QCoreApplication::translate("SmartleadProvider",
                                       "the answer has neither \"success\" nor \"ok\"");
}

QString checkArrayShape(const QJsonDocument &doc)
{
    if (doc.isArray() || (doc.isObject() && isFailureEnvelope(doc.object())))
        return {};
    return QCoreApplication::translate("SmartleadProvider", "the answer is not a JSON array");
}

// total_leads is documented as a string ("42"); a number is read too.
qint64 totalLeads(const QJsonDocument &doc)
{
    const QJsonValue value = doc.object().value(QStringLiteral("total_leads"));
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().trimmed().toLongLong(&ok);
        return ok && n >= 0 ? n : -1;
    }
    if (value.isDouble()) {
        // toInteger() checks the range: a cast of 1e99 was undefined behaviour (fuzzing).
        const qint64 n = value.toInteger(-1);
        return n >= 0 ? n : -1;
    }
    return -1;
}

QString checkLeadsCountShape(const QJsonDocument &doc)
{
    if (doc.isObject() && (isFailureEnvelope(doc.object()) || totalLeads(doc) >= 0))
        return {};
    return QCoreApplication::translate("SmartleadProvider", "no \"total_leads\" count");
}

QString leadsItem()
{
    return QCoreApplication::translate("SmartleadProvider", "lead-campaign mappings (leads)");
}

class SmartleadProvider final : public Provider
{
public:
    Platform platform() const override { return Platform::Smartlead; }

    QUrl defaultBaseUrl() const override
    {
        return QUrl(QStringLiteral("https://server.smartlead.ai/api/v1"));
    }

    // Per key: 60 a minute with bursts of up to 10 a second (the current rate-limit guide).
    // Rate + burst stays under 60 in any sliding minute. The 1,000-an-hour limit is not
    // expressed here: long bulk runs must pace for it on their own.
    RateDefaults rateDefaults() const override { return {54, 6}; }

    QString keyCountName() const override
    {
        return QCoreApplication::translate("SmartleadProvider", "leads");
    }

    CampaignStatus normalizeStatus(const QString &raw) const override
    {
        static constexpr Parse::StatusWord words[] = {
            {QLatin1String("DRAFTED"), CampaignStatus::Draft},
            {QLatin1String("ACTIVE"), CampaignStatus::Running},
            {QLatin1String("PAUSED"), CampaignStatus::Paused},
            {QLatin1String("STOPPED"), CampaignStatus::Stopped},
            {QLatin1String("COMPLETED"), CampaignStatus::Completed},
            {QLatin1String("ARCHIVED"), CampaignStatus::Archived},
        };
        return Parse::statusFromWords(raw, words, Parse::WordMatch::Exact);
    }

    // Smartlead has no header auth: the key goes into the URL's query and nowhere else.
    void authorize(const Account &, const QString &secret, QNetworkRequest &,
                   QUrl &url) const override
    {
        QUrlQuery query(url);
        query.removeAllQueryItems(ApiKeyParameter);
        // Encoded here, because QUrlQuery leaves '+' alone and a server reads it as a space.
        query.addQueryItem(ApiKeyParameter, QString::fromLatin1(QUrl::toPercentEncoding(secret)));
        url.setQuery(query);
    }

    // No paging: the whole list, newest id first, in one array.
    ApiRequest listRequest(const Account &account, const PageCursor &) const override
    {
        ApiRequest request;
        request.method = "GET";
        request.url = Parse::endpoint(baseUrlOf(account), {QStringLiteral("campaigns")});
        request.idempotent = true;
        request.checkShape = checkListShape;
        return request;
    }

    ListPage parseListPage(const Account &account, const PageCursor &,
                           const QJsonDocument &body) const override
    {
        ListPage page;
        if (body.isObject()) {
            const QJsonObject root = body.object();
            page.error = isFailureEnvelope(root)
                             ? failureText(root)
                             : QCoreApplication::translate(
                                   "SmartleadProvider",
                                   "Smartlead answered with an object where the campaign list "
                                   "was expected");
            return page;
        }
        if (!body.isArray()) {
            page.error = checkListShape(body);
            return page;
        }
        const QJsonArray items = body.array();
        page.campaigns.reserve(items.size());
        for (const QJsonValue item : items) {
            if (auto campaign = campaignFrom(account, item.toObject()))
                page.campaigns.append(std::move(*campaign));
        }
        return page;
    }

    ApiRequest getRequest(const Account &account, const QString &campaignId) const override
    {
        ApiRequest request;
        request.method = "GET";
        request.url =
            Parse::endpoint(baseUrlOf(account), {QStringLiteral("campaigns"), campaignId});
        request.idempotent = true;
        request.checkShape = checkCampaignShape;
        return request;
    }

    std::optional<Campaign> parseCampaign(const Account &account,
                                          const QJsonDocument &body) const override
    {
        if (!body.isObject() || isFailureEnvelope(body.object()))
            return std::nullopt;
        return campaignFrom(account, body.object());
    }

    // Smartlead documents no cheaper authenticated read than the campaign list itself.
    ApiRequest testConnectionRequest(const Account &account) const override
    {
        return listRequest(account, PageCursor::first());
    }

    // --- Status actions, delete and export ------------------------------------------------

    bool supportsAction(StatusAction) const override { return true; }

    bool actionAllowed(StatusAction action, const QString &rawStatus, QString *why) const override
    {
        const QString refusal =
            actionRefusal(action, rawStatus, normalizeStatus(rawStatus) != CampaignStatus::Unknown);
        if (why)
            *why = refusal;
        return refusal.isEmpty();
    }

    // POST (the delete page's snippet says PATCH; the reference says POST) with a JSON body.
    ApiRequest actionRequest(const Account &account, const QString &campaignId,
                             StatusAction action) const override
    {
        ApiRequest request;
        request.method = "POST";
        request.url = Parse::endpoint(baseUrlOf(account), {QStringLiteral("campaigns"), campaignId,
                                                           QStringLiteral("status")});
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("status"), requestValue(action)}})
                           .toJson(QJsonDocument::Compact);
        request.idempotent = false;
        request.checkShape = checkOutcomeShape;
        return request;
    }

    // Smartlead's page names a "Campaign Active" error without a body: blocking ACTIVE, with
    // these words, is our choice (the sandbox answers the same).
    DeleteRule deleteRule(const QString &rawStatus) const override
    {
        DeleteRule rule;
        if (normalizeStatus(rawStatus) == CampaignStatus::Unknown) {
            rule.blocked = true;
            rule.reason = unknownStatusReason(rawStatus);
        } else if (rawStatus == Active) {
            rule.blocked = true;
            rule.reason = QCoreApplication::translate(
                "SmartleadProvider", "Cannot delete an active campaign. Pause or stop it first.");
            rule.unblockBy = {StatusAction::Pause, StatusAction::Stop};
        }
        return rule;
    }

    bool documentsCascade() const override { return true; }

    // The delete page's list; only the leads have a count (from cascadeCountRequest).
    QList<CascadeItem> cascade(const QJsonDocument &) const override
    {
        return {{QCoreApplication::translate("SmartleadProvider", "sequences"), -1},
                {leadsItem(), -1},
                {QCoreApplication::translate("SmartleadProvider", "email statistics"), -1},
                {QCoreApplication::translate("SmartleadProvider", "webhook configurations"), -1},
                {QCoreApplication::translate("SmartleadProvider", "scheduled emails"), -1},
                {QCoreApplication::translate("SmartleadProvider", "conversation history"), -1}};
    }

    // The get answer has no lead count; one lead of the paged list carries total_leads.
    std::optional<ApiRequest> cascadeCountRequest(const Account &account,
                                                  const QString &campaignId) const override
    {
        ApiRequest request;
        request.method = "GET";
        request.url = Parse::endpoint(
            baseUrlOf(account), {QStringLiteral("campaigns"), campaignId, QStringLiteral("leads")},
            QUrlQuery{{QStringLiteral("offset"), QStringLiteral("0")},
                      {QStringLiteral("limit"), QStringLiteral("1")}});
        request.idempotent = true;
        request.checkShape = checkLeadsCountShape;
        return request;
    }

    void addCascadeCounts(const QJsonDocument &answer, QList<CascadeItem> *items) const override
    {
        if (!items || !answer.isObject() || isFailureEnvelope(answer.object()))
            return;
        const qint64 total = totalLeads(answer);
        if (total < 0)
            return;
        const QString label = leadsItem();
        for (CascadeItem &item : *items) {
            if (item.what == label)
                item.count = total;
        }
    }

    ApiRequest deleteRequest(const Account &account, const QString &campaignId) const override
    {
        ApiRequest request;
        request.method = "DELETE";
        request.url =
            Parse::endpoint(baseUrlOf(account), {QStringLiteral("campaigns"), campaignId});
        request.idempotent = false;
        request.checkShape = checkOutcomeShape;
        return request;
    }

    // {"success":true,"message":…} (documented) or {"ok":true} (Smartlead's own CLI expects it).
    // Either flag false, a flag that is not a boolean, success without its message, or a
    // status-change answer (it carries the campaign, which still exists) is not a delete.
    bool parseDeleteAnswer(const QJsonDocument &body, int httpStatus,
                           DeleteAnswer *out) const override
    {
        if (httpStatus < 200 || httpStatus > 299 || !body.isObject())
            return false;
        const QJsonObject root = body.object();
        const QJsonValue success = root.value(QStringLiteral("success"));
        const QJsonValue ok = root.value(QStringLiteral("ok"));
        const QJsonValue message = root.value(QStringLiteral("message"));
        if (isFailureEnvelope(root) || !(success.isUndefined() || success.isBool()) ||
            !(ok.isUndefined() || ok.isBool()) || root.contains(QStringLiteral("campaign")))
            return false;
        const bool documented = success.toBool() && message.isString();
        const bool clients = ok.toBool() && (message.isUndefined() || message.isString());
        if (!documented && !clients)
            return false;
        if (out) {
            *out = DeleteAnswer{};
            out->message = message.toString();
        }
        return true;
    }

    QList<ExportPiece> exportPieces() const override
    {
        QList<ExportPiece> pieces;
        ExportPiece leads;
        leads.id = LeadsPiece;
        leads.fileName = QStringLiteral("leads.csv");
        leads.kind = ExportPiece::Kind::Verbatim;
        pieces.append(leads);
        for (const QString &id : JsonPieces) {
            ExportPiece piece;
            piece.id = id;
            piece.fileName = id + QStringLiteral(".json");
            piece.kind = ExportPiece::Kind::Verbatim;
            pieces.append(piece);
        }
        return pieces;
    }

    ApiRequest exportRequest(const Account &account, const QString &campaignId,
                             const ExportPiece &piece, const PageCursor &) const override
    {
        ApiRequest request;
        request.method = "GET";
        request.idempotent = true;
        if (piece.id == LeadsPiece) {
            request.url =
                Parse::endpoint(baseUrlOf(account), {QStringLiteral("campaigns"), campaignId,
                                                     QStringLiteral("leads-export")});
            // CSV, possibly large: the export writer streams it to disk through a sink.
            request.expectJson = false;
            return request;
        }
        if (!JsonPieces.contains(piece.id))
            return {};
        request.url = Parse::endpoint(baseUrlOf(account),
                                      {QStringLiteral("campaigns"), campaignId, piece.id});
        request.checkShape = checkArrayShape;
        return request;
    }

    // Every Smartlead piece is written verbatim: there are no rows to page through.
    RowsPage parseExportRows(const ExportPiece &piece, const PageCursor &,
                             const QJsonDocument &) const override
    {
        RowsPage page;
        page.error = QCoreApplication::translate("SmartleadProvider",
                                                 "the Smartlead export piece “%1” is written as "
                                                 "it arrives, not as rows")
                         .arg(piece.id);
        return page;
    }

private:
    std::optional<Campaign> campaignFrom(const Account &account, const QJsonObject &o) const
    {
        const QString id = Parse::idText(o.value(QStringLiteral("id")));
        if (id.isEmpty())
            return std::nullopt;
        Campaign c;
        c.accountId = account.id;
        c.platform = Platform::Smartlead;
        c.id = id;
        c.name = o.value(QStringLiteral("name")).toString();
        c.rawStatus = statusWord(o.value(QStringLiteral("status")));
        c.status = normalizeStatus(c.rawStatus);
        c.created = Parse::timestamp(o.value(QStringLiteral("created_at")));
        c.updated = Parse::timestamp(o.value(QStringLiteral("updated_at")));
        c.keyCount = -1; // the list carries no lead count
        c.rawJson = Parse::compact(o);
        return c;
    }
};

} // namespace

const Provider &smartleadProvider()
{
    static const SmartleadProvider provider;
    return provider;
}

} // namespace CampaignDesk
