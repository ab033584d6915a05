// Kore.ai (contact-center voice campaigns, "Campaign Management" API scope). The host is per
// customer or region, so the account's base URL is only the host (possibly below a path prefix,
// as in the sandbox); the v2 public paths and the Bot/Stream ID follow it. Every call carries a
// freshly signed HS256 JWT in `auth` plus the `iid` and `accountId` headers, and the listing is
// a read-only POST paged with skip/limit in the body.

#include "provider.h"

#include "net/jwt.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace CampaignDesk {

namespace {

// The page size asked for: the largest the API accepts (the docs' example uses 50).
constexpr int ListLimit = 100;
// The only campaign type the voice endpoints serve.
const QString CampaignType = QStringLiteral("voice");

// The host URL with `segments` appended as path segments, each percent-encoded on its own so an
// id can never add a segment or a query, and with ?accountId= (most Kore.ai URLs take it)
// followed by `extra` (fixed ASCII words such as campaignType=voice).
QUrl endpoint(const QUrl &host, const QStringList &segments, const Account &account,
              const QList<QPair<QString, QString>> &extra = {})
{
    QUrl url = Parse::endpoint(host, segments);
    // Encoded here, because QUrlQuery leaves '+' alone and a server reads it as a space.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("accountId"),
                       QString::fromLatin1(QUrl::toPercentEncoding(account.accountId)));
    for (const auto &item : extra)
        query.addQueryItem(item.first, item.second);
    url.setQuery(query);
    return url;
}

QStringList campaignPath(const Account &account)
{
    return {QStringLiteral("campaign"), QStringLiteral("api"), QStringLiteral("v2"),
            QStringLiteral("public"),   account.streamId,      QStringLiteral("campaign")};
}

bool isFailureEnvelope(const QJsonObject &root)
{
    const QJsonValue status = root.value(QStringLiteral("status"));
    return status.isString() && status.toString() != QLatin1String("success");
}

// A failure envelope is a valid shape: the transport then reports it as the platform's own
// failure with its message, which says more than "unexpected shape" would.
QString checkDataShape(const QJsonDocument &doc, bool listing)
{
    if (!doc.isObject())
        return QCoreApplication::translate("KoreAiProvider", "the answer is not a JSON object");
    const QJsonObject root = doc.object();
    if (isFailureEnvelope(root))
        return {};
    const QJsonValue data = root.value(QStringLiteral("data"));
    if (!data.isObject())
        return QCoreApplication::translate("KoreAiProvider", "no \"data\" object in the answer");
    if (listing && !data.toObject().value(QStringLiteral("results")).isArray())
        return QCoreApplication::translate("KoreAiProvider", "no \"data.results\" list");
    return {};
}

QString failureText(const QJsonObject &root)
{
    const QString message = root.value(QStringLiteral("message")).toString();
    if (message.isEmpty())
        return QCoreApplication::translate("KoreAiProvider",
                                           "Kore.ai reported a failure without a message.");
    return QCoreApplication::translate("KoreAiProvider", "Kore.ai reported a failure: %1")
        .arg(message);
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

const QString StatusActive = QStringLiteral("Active");
const QString StatusPreparing = QStringLiteral("Preparing");

// What the trigger endpoint accepts (the docs show play and stop; which statuses each applies
// to is not documented: these are the rules the sandbox implements, kept in one place).
const QStringList Playable = {QStringLiteral("Ready"), QStringLiteral("Scheduled"),
                              QStringLiteral("Rescheduled"), QStringLiteral("Paused"),
                              QStringLiteral("Stopped")};
const QStringList Stoppable = {StatusPreparing, QStringLiteral("Scheduled"),
                               QStringLiteral("Rescheduled"), StatusActive,
                               QStringLiteral("Paused")};

// Per-contact results: the documented maximum page size, and the CSV columns (the documented
// row fields, in the documented order).
constexpr int ContactResultsLimit = 100;
const QString ContactResultsPiece = QStringLiteral("contact-results");
const QStringList ContactResultsColumns = {QStringLiteral("phoneNumber"),
                                           QStringLiteral("dialerOutcome"),
                                           QStringLiteral("numberOfAttemptsSoFar"),
                                           QStringLiteral("botSessionId"),
                                           QStringLiteral("agentDispositionCodes"),
                                           QStringLiteral("botOutboundStatus"),
                                           QStringLiteral("botOutboundStatusDetail")};

bool saysFailure(const QJsonObject &root)
{
    const QString status = root.value(QStringLiteral("status")).toString();
    return status == QLatin1String("failure") || status == QLatin1String("error");
}

QString statusShown(const QString &rawStatus)
{
    return rawStatus.isEmpty() ? QCoreApplication::translate("KoreAiProvider", "no status")
                               : rawStatus;
}

QString unknownStatusReason(const QString &rawStatus)
{
    return QCoreApplication::translate(
               "KoreAiProvider",
               "The status “%1” is unknown to Campaign Desk, so it cannot tell what is safe. "
               "Refresh the campaign, or check it in Kore.ai.")
        .arg(statusShown(rawStatus));
}

// Why `action` does not apply to a campaign in `rawStatus`; empty when it does.
QString actionRefusal(StatusAction action, const QString &rawStatus, bool knownStatus)
{
    switch (action) {
    case StatusAction::Pause:
        return QCoreApplication::translate(
            "KoreAiProvider", "Kore.ai has no pause; Stop ends the campaign for good.");
    case StatusAction::Archive:
        return QCoreApplication::translate(
            "KoreAiProvider", "Kore.ai has no archive; a campaign can only be stopped or deleted.");
    case StatusAction::Stop:
    case StatusAction::Resume:
        break;
    }
    if (!knownStatus)
        return unknownStatusReason(rawStatus);
    if (action == StatusAction::Stop) {
        if (Stoppable.contains(rawStatus))
            return {};
        if (rawStatus == QLatin1String("Stopped"))
            return QCoreApplication::translate("KoreAiProvider",
                                               "The campaign is already stopped.");
        if (rawStatus == QLatin1String("Completed"))
            return QCoreApplication::translate("KoreAiProvider",
                                               "The campaign has completed; nothing is running.");
        return QCoreApplication::translate(
                   "KoreAiProvider", "The campaign has not been started (%1); nothing is running.")
            .arg(rawStatus);
    }
    if (Playable.contains(rawStatus))
        return {};
    if (rawStatus == StatusActive)
        return QCoreApplication::translate("KoreAiProvider", "The campaign is already running.");
    if (rawStatus == StatusPreparing)
        return QCoreApplication::translate("KoreAiProvider",
                                           "The campaign is being prepared and starts on its own.");
    return QCoreApplication::translate("KoreAiProvider",
                                       "The campaign is %1 and cannot be started again.")
        .arg(rawStatus);
}

// The trigger answer carries the campaign's new status where other answers say "success":
// {"status":"Stopped","message":"Campaign Stopped",…}.
QString checkTriggerShape(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return QCoreApplication::translate("KoreAiProvider", "the answer is not a JSON object");
    const QJsonObject root = doc.object();
    if (saysFailure(root))
        return {};
    if (root.value(QStringLiteral("status")).toString().isEmpty() ||
        !root.value(QStringLiteral("message")).isString())
        return QCoreApplication::translate("KoreAiProvider",
                                           "not the documented trigger answer (status, message)");
    return {};
}

QString checkCountShape(const QJsonDocument &doc)
{
    QString why = checkDataShape(doc, false);
    if (!why.isEmpty() || isFailureEnvelope(doc.object()))
        return why;
    if (!doc.object()
             .value(QStringLiteral("data"))
             .toObject()
             .value(QStringLiteral("totalResults"))
             .isDouble())
        return QCoreApplication::translate("KoreAiProvider", "no \"data.totalResults\" number");
    return {};
}

// Only the documented delete answer passes; a failure envelope passes too so that the transport
// reports the platform's own message.
QString checkDeleteShape(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return QCoreApplication::translate("KoreAiProvider", "the answer is not a JSON object");
    const QJsonObject root = doc.object();
    if (saysFailure(root))
        return {};
    if (root.value(QStringLiteral("status")).toString() != QLatin1String("success") ||
        !root.value(QStringLiteral("data")).isObject())
        return QCoreApplication::translate("KoreAiProvider",
                                           "not the documented delete answer (status, data)");
    return {};
}

QString runHistoryItem()
{
    return QCoreApplication::translate(
        "KoreAiProvider",
        "run history (may be lost: Kore.ai does not document whether it is kept)");
}

QString contactResultsItem()
{
    return QCoreApplication::translate(
        "KoreAiProvider", "per-contact results (may be lost: Kore.ai does not document it)");
}

// Contact lists and DNC lists live on their own in Kore.ai; naming them tells the user what
// stays behind.
QString separateObjectsItem(const QJsonObject &campaign)
{
    QStringList names;
    const QJsonValue lists = campaign.value(QStringLiteral("contactLists"));
    for (const QJsonValue list : lists.toArray()) {
        const QString name = list.isObject()
                                 ? list.toObject().value(QStringLiteral("name")).toString()
                                 : list.toString();
        if (!name.isEmpty())
            names.append(name);
    }
    const QString dnc = campaign.value(QStringLiteral("dncLists"))
                            .toObject()
                            .value(QStringLiteral("name"))
                            .toString();
    if (!dnc.isEmpty())
        names.append(dnc);
    const QString base = QCoreApplication::translate(
        "KoreAiProvider", "not deleted: contact lists and DNC lists are separate objects");
    return names.isEmpty()
               ? base
               : base + QStringLiteral(" (") + names.join(QStringLiteral(", ")) + QLatin1Char(')');
}

class KoreAiProvider final : public Provider
{
public:
    Platform platform() const override { return Platform::KoreAi; }

    QUrl defaultBaseUrl() const override
    {
        return QUrl(QStringLiteral("https://platform.kore.ai"));
    }

    // 60 requests a minute per account for the contact-center APIs; no burst is documented.
    // Rate + burst stays under 60 in any sliding minute.
    RateDefaults rateDefaults() const override { return {59, 1}; }

    QString keyCountName() const override
    {
        return QCoreApplication::translate("KoreAiProvider", "contacts");
    }

    CampaignStatus normalizeStatus(const QString &raw) const override
    {
        static constexpr Parse::StatusWord words[] = {
            {QLatin1String("Ready"), CampaignStatus::Draft},
            {QLatin1String("Preparing"), CampaignStatus::Scheduled},
            {QLatin1String("Scheduled"), CampaignStatus::Scheduled},
            {QLatin1String("Rescheduled"), CampaignStatus::Scheduled},
            {QLatin1String("Active"), CampaignStatus::Running},
            {QLatin1String("Paused"), CampaignStatus::Paused},
            {QLatin1String("Stopped"), CampaignStatus::Stopped},
            {QLatin1String("Completed"), CampaignStatus::Completed},
        };
        return Parse::statusFromWords(raw, words, Parse::WordMatch::Exact);
    }

    // A new token for every attempt: some workspaces enforce a unique jti, and a retried request
    // must not present an expired one.
    void authorize(const Account &account, const QString &secret, QNetworkRequest &request,
                   QUrl &) const override
    {
        const QByteArray token = Jwt::signHs256(
            Jwt::koreAiClaims(account.clientId, QDateTime::currentDateTimeUtc()), secret.toUtf8());
        request.setRawHeader("auth", token);
        request.setRawHeader("iid", account.appId.toUtf8());
        request.setRawHeader("accountId", account.accountId.toUtf8());
    }

    ApiRequest listRequest(const Account &account, const PageCursor &cursor) const override
    {
        return listRequestOf(account, qMax(0, cursor.skip), qMax(1, cursor.page), ListLimit);
    }

    ListPage parseListPage(const Account &account, const PageCursor &cursor,
                           const QJsonDocument &body) const override
    {
        ListPage page;
        const QString why = checkDataShape(body, true);
        if (!why.isEmpty()) {
            page.error = why;
            return page;
        }
        const QJsonObject root = body.object();
        if (isFailureEnvelope(root)) {
            page.error = failureText(root);
            return page;
        }
        const QJsonObject data = root.value(QStringLiteral("data")).toObject();
        const QJsonArray results = data.value(QStringLiteral("results")).toArray();
        page.campaigns.reserve(results.size());
        for (const QJsonValue item : results) {
            if (auto campaign = campaignFrom(account, item.toObject()))
                page.campaigns.append(std::move(*campaign));
        }

        // The offset moves by what the page held, not by what was asked for: a server that
        // caps the limit below ours would otherwise make us skip campaigns.
        const qint64 count = results.size();
        const QJsonValue hasMore = data.value(QStringLiteral("hasMore"));
        const QJsonValue total = data.value(QStringLiteral("totalResults"));
        bool more = false;
        if (hasMore.isBool())
            more = hasMore.toBool();
        else if (total.isDouble())
            // toInteger(): a total that is no whole qint64 (1e99) counts as "no total" (-1);
            // converting it with a cast was undefined behaviour (found by fuzzing).
            more = qint64(cursor.skip) + count < total.toInteger(-1);
        if (more) {
            if (count == 0) {
                // Asking again would loop forever; an incomplete listing must not pass as whole.
                page.error = QCoreApplication::translate(
                    "KoreAiProvider", "Kore.ai said more campaigns follow but sent an empty page");
                return page;
            }
            PageCursor next;
            next.skip = cursor.skip + int(count);
            next.page = qMax(1, cursor.page) + 1;
            page.next = next;
        }
        return page;
    }

    ApiRequest getRequest(const Account &account, const QString &campaignId) const override
    {
        ApiRequest request;
        request.method = "GET";
        request.url =
            endpoint(baseUrlOf(account), campaignPath(account) + QStringList{campaignId}, account);
        request.idempotent = true;
        request.checkShape = [](const QJsonDocument &doc) {
            return checkDataShape(doc, false);
        };
        return request;
    }

    std::optional<Campaign> parseCampaign(const Account &account,
                                          const QJsonDocument &body) const override
    {
        if (!checkDataShape(body, false).isEmpty() || isFailureEnvelope(body.object()))
            return std::nullopt;
        return campaignFrom(account, body.object().value(QStringLiteral("data")).toObject());
    }

    // The cheapest authenticated read: one campaign of the list.
    ApiRequest testConnectionRequest(const Account &account) const override
    {
        return listRequestOf(account, 0, 1, 1);
    }

    // --- Status actions, delete and export ------------------------------------------------

    // Kore.ai has one trigger endpoint: play and stop. No pause, no archive.
    bool supportsAction(StatusAction action) const override
    {
        return action == StatusAction::Stop || action == StatusAction::Resume;
    }

    bool actionAllowed(StatusAction action, const QString &rawStatus, QString *why) const override
    {
        const QString refusal =
            actionRefusal(action, rawStatus, normalizeStatus(rawStatus) != CampaignStatus::Unknown);
        if (why)
            *why = refusal;
        return refusal.isEmpty();
    }

    // POST {host}/api/v2/public/{streamId}/campaign/trigger/{id}: the documented path has no
    // /campaign prefix, unlike every other campaign URL.
    ApiRequest actionRequest(const Account &account, const QString &campaignId,
                             StatusAction action) const override
    {
        if (!supportsAction(action))
            return {};
        ApiRequest request;
        request.method = "POST";
        request.url = endpoint(
            baseUrlOf(account),
            {QStringLiteral("api"), QStringLiteral("v2"), QStringLiteral("public"),
             account.streamId, QStringLiteral("campaign"), QStringLiteral("trigger"), campaignId},
            account,
            {{QStringLiteral("campaignType"), CampaignType},
             {QStringLiteral("trigger"),
              action == StatusAction::Stop ? QStringLiteral("stop") : QStringLiteral("play")}});
        request.body = "{}";
        // Changes the campaign: never repeated on its own.
        request.idempotent = false;
        request.checkShape = checkTriggerShape;
        return request;
    }

    // Kore.ai documents no rule (its docs even describe deleting "an active voice campaign"):
    // blocking running and preparing campaigns is Campaign Desk's rule.
    DeleteRule deleteRule(const QString &rawStatus) const override
    {
        DeleteRule rule;
        if (normalizeStatus(rawStatus) == CampaignStatus::Unknown) {
            rule.blocked = true;
            rule.reason = unknownStatusReason(rawStatus);
            return rule;
        }
        if (rawStatus == StatusActive || rawStatus == StatusPreparing) {
            rule.blocked = true;
            rule.reason =
                (rawStatus == StatusActive
                     ? QCoreApplication::translate("KoreAiProvider",
                                                   "The campaign is running (Active): stop it "
                                                   "first.")
                     : QCoreApplication::translate("KoreAiProvider",
                                                   "The campaign is getting ready to dial "
                                                   "(Preparing): stop it first.")) +
                QLatin1Char(' ') +
                QCoreApplication::translate("KoreAiProvider",
                                            "Kore.ai documents no rule for this; it is Campaign "
                                            "Desk's rule.");
            rule.unblockBy = {StatusAction::Stop};
            return rule;
        }
        if (rawStatus == QLatin1String("Scheduled") || rawStatus == QLatin1String("Rescheduled"))
            rule.warning = QCoreApplication::translate(
                "KoreAiProvider", "The campaign is scheduled and may start on its own before the "
                                  "delete; its status is checked again right before deleting.");
        return rule;
    }

    bool documentsCascade() const override { return false; }

    // Not documented: what is likely lost and what is known to stay.
    QList<CascadeItem> cascade(const QJsonDocument &liveGetAnswer) const override
    {
        const QJsonObject campaign =
            liveGetAnswer.object().value(QStringLiteral("data")).toObject();
        return {{runHistoryItem(), -1},
                {contactResultsItem(), -1},
                {separateObjectsItem(campaign), -1}};
    }

    // One contact result per page is enough: the answer carries totalResults.
    std::optional<ApiRequest> cascadeCountRequest(const Account &account,
                                                  const QString &campaignId) const override
    {
        ApiRequest request = contactResultsRequest(account, campaignId, 1, 1);
        request.checkShape = checkCountShape;
        return request;
    }

    void addCascadeCounts(const QJsonDocument &answer, QList<CascadeItem> *items) const override
    {
        if (!items || !checkCountShape(answer).isEmpty() || isFailureEnvelope(answer.object()))
            return;
        const double total = answer.object()
                                 .value(QStringLiteral("data"))
                                 .toObject()
                                 .value(QStringLiteral("totalResults"))
                                 .toDouble(-1);
        if (total < 0 || total != double(qint64(total)))
            return;
        const QString label = contactResultsItem();
        for (CascadeItem &item : *items) {
            if (item.what == label)
                item.count = qint64(total);
        }
    }

    ApiRequest deleteRequest(const Account &account, const QString &campaignId) const override
    {
        ApiRequest request;
        request.method = "DELETE";
        request.url = endpoint(baseUrlOf(account), campaignPath(account) + QStringList{campaignId},
                               account, {{QStringLiteral("campaignType"), CampaignType}});
        request.idempotent = false;
        request.checkShape = checkDeleteShape;
        return request;
    }

    // Only the documented answer: {"status":"success","message":"Campaign <name> deleted
    // successfully","data":{…}}. A get answer has the same envelope, so the message must say
    // "deleted" too: a misrouted request is never taken for a delete.
    bool parseDeleteAnswer(const QJsonDocument &body, int httpStatus,
                           DeleteAnswer *out) const override
    {
        if (httpStatus < 200 || httpStatus > 299 || !body.isObject())
            return false;
        const QJsonObject root = body.object();
        const QJsonValue message = root.value(QStringLiteral("message"));
        if (root.value(QStringLiteral("status")) != QJsonValue(QStringLiteral("success")) ||
            !message.isString() ||
            !message.toString().contains(QLatin1String("deleted successfully"),
                                         Qt::CaseInsensitive) ||
            !root.value(QStringLiteral("data")).isObject())
            return false;
        if (out) {
            *out = DeleteAnswer{};
            out->message = message.toString();
        }
        return true;
    }

    QList<ExportPiece> exportPieces() const override
    {
        ExportPiece results;
        results.id = ContactResultsPiece;
        results.fileName = QStringLiteral("contact-results.csv");
        results.kind = ExportPiece::Kind::PagedRows;
        results.columns = ContactResultsColumns;
        return {results};
    }

    ApiRequest exportRequest(const Account &account, const QString &campaignId,
                             const ExportPiece &piece, const PageCursor &cursor) const override
    {
        if (piece.id != ContactResultsPiece)
            return {};
        ApiRequest request =
            contactResultsRequest(account, campaignId, qMax(1, cursor.page), ContactResultsLimit);
        request.checkShape = [](const QJsonDocument &doc) {
            return checkDataShape(doc, true);
        };
        return request;
    }

    RowsPage parseExportRows(const ExportPiece &piece, const PageCursor &cursor,
                             const QJsonDocument &body) const override
    {
        RowsPage page;
        if (piece.id != ContactResultsPiece) {
            page.error =
                QCoreApplication::translate("KoreAiProvider", "Kore.ai has no export piece “%1”")
                    .arg(piece.id);
            return page;
        }
        const QString why = checkDataShape(body, true);
        if (!why.isEmpty()) {
            page.error = why;
            return page;
        }
        const QJsonObject root = body.object();
        if (isFailureEnvelope(root)) {
            page.error = failureText(root);
            return page;
        }
        const QJsonObject data = root.value(QStringLiteral("data")).toObject();
        const int asked = qMax(1, cursor.page);
        // A server that ignores the page number would otherwise be walked forever.
        const QJsonValue answered = data.value(QStringLiteral("page"));
        if (answered.isDouble() && answered.toDouble() != double(asked)) {
            page.error = QCoreApplication::translate("KoreAiProvider",
                                                     "Kore.ai answered page %1 when page %2 was "
                                                     "asked for")
                             .arg(Parse::idText(answered))
                             .arg(asked);
            return page;
        }
        const QJsonArray results = data.value(QStringLiteral("results")).toArray();
        page.rows.reserve(results.size());
        for (const QJsonValue row : results) {
            if (!row.isObject()) {
                page.rows.clear();
                page.error = QCoreApplication::translate("KoreAiProvider",
                                                         "a contact result is not a JSON object");
                return page;
            }
            page.rows.append(row.toObject());
        }
        const QJsonValue total = data.value(QStringLiteral("totalResults"));
        if (total.isDouble() && total.toInteger(-1) >= 0)
            page.total = total.toInteger(-1);

        const QJsonValue totalPages = data.value(QStringLiteral("totalPages"));
        bool more = false;
        if (totalPages.isDouble())
            more = double(asked) < totalPages.toDouble();
        else if (page.total >= 0)
            more = qint64(asked) * ContactResultsLimit < page.total;
        if (more) {
            if (page.rows.isEmpty()) {
                // Asking again would loop forever; an incomplete export must not pass as whole.
                page.error = QCoreApplication::translate(
                    "KoreAiProvider", "Kore.ai said more contact results follow but sent an "
                                      "empty page");
                return page;
            }
            PageCursor next;
            next.page = asked + 1;
            page.next = next;
        }
        return page;
    }

private:
    // POST …/campaign/{id}/status?view=contacts: per-contact results, page by page. Only reads,
    // so safe to repeat.
    ApiRequest contactResultsRequest(const Account &account, const QString &campaignId, int page,
                                     int limit) const
    {
        ApiRequest request;
        request.method = "POST";
        request.url =
            endpoint(baseUrlOf(account),
                     campaignPath(account) + QStringList{campaignId, QStringLiteral("status")},
                     account, {{QStringLiteral("view"), QStringLiteral("contacts")}});
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("page"), page},
                                                 {QStringLiteral("limit"), limit}})
                           .toJson(QJsonDocument::Compact);
        request.idempotent = true;
        return request;
    }

    ApiRequest listRequestOf(const Account &account, int skip, int page, int limit) const
    {
        ApiRequest request;
        request.method = "POST";
        request.url = endpoint(
            baseUrlOf(account),
            campaignPath(account) + QStringList{QStringLiteral("getAllCampaignDetails")}, account);
        const QJsonObject body{{QStringLiteral("limit"), limit},
                               {QStringLiteral("skip"), skip},
                               {QStringLiteral("page"), page},
                               {QStringLiteral("type"), CampaignType},
                               {QStringLiteral("sortBy"), QJsonObject{{QStringLiteral("updatedAt"),
                                                                       QStringLiteral("desc")}}}};
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        // A POST that only reads: safe to repeat after a timeout or a 5xx.
        request.idempotent = true;
        request.checkShape = [](const QJsonDocument &doc) {
            return checkDataShape(doc, true);
        };
        return request;
    }

    std::optional<Campaign> campaignFrom(const Account &account, const QJsonObject &o) const
    {
        // Voice campaigns carry `_id`; SMS campaigns in the same list carry `id`.
        QString id = Parse::idText(o.value(QStringLiteral("_id")));
        if (id.isEmpty())
            id = Parse::idText(o.value(QStringLiteral("id")));
        if (id.isEmpty())
            return std::nullopt;
        Campaign c;
        c.accountId = account.id;
        c.platform = Platform::KoreAi;
        c.id = id;
        c.name = o.value(QStringLiteral("name")).toString();
        c.rawStatus = statusWord(o.value(QStringLiteral("status")));
        c.status = normalizeStatus(c.rawStatus);
        c.type = o.value(QStringLiteral("dialingMode")).toString();
        c.created = Parse::timestamp(o.value(QStringLiteral("createdAt")));
        c.updated = Parse::timestamp(o.value(QStringLiteral("updatedAt")));
        c.keyCount = -1; // the list carries no contact count
        c.rawJson = Parse::compact(o);
        return c;
    }
};

} // namespace

const Provider &koreAiProvider()
{
    static const KoreAiProvider provider;
    return provider;
}

} // namespace CampaignDesk
