// Kakiyo: LinkedIn outreach campaigns. Bearer API keys, cursor paging (limit/after) with
// {campaigns, hasMore, nextCursor}, and no single-campaign GET: the documented analytics
// endpoint carries the campaign and its prospect count. Every call costs the account a credit,
// so pages are as large as allowed. See providers/kakiyo.md.

#include "provider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace CampaignDesk {

namespace {

Q_LOGGING_CATEGORY(lcKakiyo, "campaigndesk.providers.kakiyo", QtInfoMsg)

constexpr int PageSize = 100;

// The base URL's path (which may carry a prefix, as the sandbox's does) plus `segments`, each
// percent-encoded so that an id with a '/' or '?' stays one path segment.
QString statusWord(const QJsonValue &value)
{
    return value.isDouble() ? Parse::idText(value) : value.toString();
}

QString listShapeError(const QJsonDocument &body)
{
    if (!body.isObject())
        return QStringLiteral("the answer is not a JSON object");
    if (!body.object().value(QStringLiteral("campaigns")).isArray())
        return QStringLiteral("campaigns is not a list");
    return {};
}

QString analyticsShapeError(const QJsonDocument &body)
{
    if (!body.isObject())
        return QStringLiteral("the answer is not a JSON object");
    if (!body.object().value(QStringLiteral("campaign")).isObject())
        return QStringLiteral("campaign is not an object");
    return {};
}

const QString Active = QStringLiteral("active");
const QString Paused = QStringLiteral("paused");

// The items of deletionSummary.deletedItems in the documented order; others follow.
const QStringList DeletedItemOrder = {QStringLiteral("prospects"), QStringLiteral("chats"),
                                      QStringLiteral("messages"), QStringLiteral("tasks"),
                                      QStringLiteral("webhookEvents")};

// Copies the objects of a JSON list into `page`; an item that is not an object makes the whole
// page unusable, since a CSV written without it would look complete.
bool takeRows(const QJsonValue &list, const QString &name, RowsPage *page)
{
    if (!list.isArray()) {
        page->error = QStringLiteral("%1 is not a list").arg(name);
        return false;
    }
    const QJsonArray items = list.toArray();
    for (const QJsonValue item : items) {
        if (!item.isObject()) {
            page->rows.clear();
            page->error = QStringLiteral("an item of %1 is not an object").arg(name);
            return false;
        }
        page->rows.append(item.toObject());
    }
    return true;
}

// Kakiyo does not publish its pause/resume answers; any object that is not an {error,message}
// body is taken as the platform's acknowledgement.
QString actionAnswerShapeError(const QJsonDocument &body)
{
    if (!body.isObject())
        return QStringLiteral("the answer is not a JSON object");
    if (body.object().contains(QStringLiteral("error")))
        return QStringLiteral("the answer is an error body");
    return {};
}

bool isCount(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 &&
           value.toDouble() == double(value.toInteger());
}

// The documented delete success: 200 {message, deletionSummary{campaignId, campaignName,
// deletedItems{prospects, chats, messages, tasks, webhookEvents}, deletedAt}}, or the shorter
// summary at the top of the seed page (campaignId and deletedItems{prospects, chats}).
bool readDeleteAnswer(const QJsonDocument &body, int httpStatus, DeleteAnswer *out)
{
    if (httpStatus != 200 || !body.isObject())
        return false;
    const QJsonObject root = body.object();
    if (root.contains(QStringLiteral("error")))
        return false;
    const QJsonValue message = root.value(QStringLiteral("message"));
    if (!message.isString() || message.toString().trimmed().isEmpty())
        return false;
    const QJsonValue summaryValue = root.value(QStringLiteral("deletionSummary"));
    if (!summaryValue.isObject())
        return false;
    const QJsonObject summary = summaryValue.toObject();
    if (Parse::idText(summary.value(QStringLiteral("campaignId"))).isEmpty())
        return false;
    const QJsonValue itemsValue = summary.value(QStringLiteral("deletedItems"));
    if (!itemsValue.isObject())
        return false;
    const QJsonObject items = itemsValue.toObject();
    if (!isCount(items.value(QStringLiteral("prospects"))))
        return false;
    QList<QPair<QString, qint64>> deleted;
    for (const QString &key : DeletedItemOrder) {
        if (!items.contains(key))
            continue;
        if (!isCount(items.value(key)))
            return false;
        deleted.append({key, items.value(key).toInteger()});
    }
    for (auto it = items.begin(); it != items.end(); ++it) {
        if (DeletedItemOrder.contains(it.key()))
            continue;
        if (!isCount(it.value()))
            return false;
        deleted.append({it.key(), it.value().toInteger()});
    }
    if (out) {
        *out = DeleteAnswer{};
        out->message = message.toString();
        out->deleted = deleted;
        out->summaryJson = Parse::compact(summary);
    }
    return true;
}

QString deleteAnswerShapeError(const QJsonDocument &body)
{
    return readDeleteAnswer(body, 200, nullptr)
               ? QString()
               : QStringLiteral("not the documented delete answer");
}

QString prospectsShapeError(const QJsonDocument &body)
{
    if (!body.isObject())
        return QStringLiteral("the answer is not a JSON object");
    if (!body.object().value(QStringLiteral("prospects")).isArray())
        return QStringLiteral("prospects is not a list");
    return {};
}

class KakiyoProvider final : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(KakiyoProvider)

public:
    Platform platform() const override { return Platform::Kakiyo; }

    QUrl defaultBaseUrl() const override
    {
        return QUrl(QStringLiteral("https://api.kakiyo.com/v1"));
    }

    // The documented 60 requests a minute per endpoint. Rate + burst stays under 60 in any
    // sliding minute, so the platform's window is never reached.
    RateDefaults rateDefaults() const override { return {58, 2}; }

    QString keyCountName() const override { return QStringLiteral("prospects"); }

    CampaignStatus normalizeStatus(const QString &raw) const override
    {
        static constexpr Parse::StatusWord words[] = {
            {QLatin1String("active"), CampaignStatus::Running},
            {QLatin1String("paused"), CampaignStatus::Paused},
        };
        return Parse::statusFromWords(raw, words, Parse::WordMatch::CaseInsensitive);
    }

    void authorize(const Account &, const QString &secret, QNetworkRequest &request,
                   QUrl &) const override
    {
        Parse::setBearer(request, secret);
    }

    ApiRequest listRequest(const Account &account, const PageCursor &cursor) const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
        if (!cursor.after.isEmpty())
            query.addQueryItem(QStringLiteral("after"),
                               QString::fromLatin1(QUrl::toPercentEncoding(cursor.after)));
        ApiRequest request;
        request.url = Parse::endpoint(baseUrlOf(account), {QStringLiteral("campaigns")}, query);
        request.idempotent = true;
        request.checkShape = listShapeError;
        return request;
    }

    ListPage parseListPage(const Account &account, const PageCursor &cursor,
                           const QJsonDocument &body) const override
    {
        ListPage page;
        page.error = listShapeError(body);
        if (!page.error.isEmpty())
            return page;
        const QJsonObject root = body.object();
        const QJsonArray items = root.value(QStringLiteral("campaigns")).toArray();
        int skipped = 0;
        for (const QJsonValue item : items) {
            std::optional<Campaign> campaign = fromWire(account, item.toObject());
            if (campaign)
                page.campaigns.append(std::move(*campaign));
            else
                ++skipped;
        }
        if (skipped > 0)
            qCWarning(lcKakiyo, "skipped %d campaign(s) without an id in a list page", skipped);

        const QString next = root.value(QStringLiteral("nextCursor")).toString();
        if (root.value(QStringLiteral("hasMore")).toBool() && !next.isEmpty()) {
            // A cursor that does not move would repeat this page forever; a listing that stops
            // here silently would look complete when it is not.
            if (next == cursor.after) {
                page.campaigns.clear();
                page.error = QStringLiteral("the list cursor did not advance");
                return page;
            }
            page.next = PageCursor{1, 0, next};
        }
        return page;
    }

    // Kakiyo documents no GET /campaigns/{id}; the analytics answer holds the campaign.
    ApiRequest getRequest(const Account &account, const QString &campaignId) const override
    {
        ApiRequest request;
        request.url =
            Parse::endpoint(baseUrlOf(account),
                            {QStringLiteral("analytics"), QStringLiteral("campaigns"), campaignId});
        request.idempotent = true;
        request.checkShape = analyticsShapeError;
        return request;
    }

    std::optional<Campaign> parseCampaign(const Account &account,
                                          const QJsonDocument &body) const override
    {
        if (!analyticsShapeError(body).isEmpty())
            return std::nullopt;
        const QJsonObject root = body.object();
        std::optional<Campaign> campaign =
            fromWire(account, root.value(QStringLiteral("campaign")).toObject());
        if (!campaign)
            return std::nullopt;
        const QJsonValue prospects = root.value(QStringLiteral("metrics"))
                                         .toObject()
                                         .value(QStringLiteral("totalProspects"));
        if (prospects.isDouble())
            campaign->keyCount = prospects.toInteger();
        return campaign;
    }

    ApiRequest testConnectionRequest(const Account &account) const override
    {
        ApiRequest request;
        request.url = Parse::endpoint(baseUrlOf(account), {QStringLiteral("verify")});
        request.idempotent = true;
        return request;
    }

    // --- Status actions, delete and export ---------------------------------------------

    bool supportsAction(StatusAction action) const override
    {
        return action == StatusAction::Pause || action == StatusAction::Resume;
    }

    bool actionAllowed(StatusAction action, const QString &rawStatus, QString *why) const override
    {
        if (action == StatusAction::Stop) {
            if (why)
                *why = tr("Kakiyo has no stop; pause the campaign instead.");
            return false;
        }
        if (!supportsAction(action))
            return Provider::actionAllowed(action, rawStatus, why);
        const QString from = rawStatus.trimmed().toLower();
        QString reason;
        if (from != Active && from != Paused)
            reason = tr("Kakiyo reports a status Campaign Desk does not know (“%1”); "
                        "refresh the campaign.")
                         .arg(rawStatus);
        else if (action == StatusAction::Pause && from == Paused)
            reason = tr("Already paused");
        else if (action == StatusAction::Resume && from == Active)
            reason = tr("Already active");
        if (why)
            *why = reason;
        return reason.isEmpty();
    }

    ApiRequest actionRequest(const Account &account, const QString &campaignId,
                             StatusAction action) const override
    {
        if (!supportsAction(action))
            return Provider::actionRequest(account, campaignId, action);
        ApiRequest request;
        request.method = "POST"; // documented with no body
        request.url = Parse::endpoint(
            baseUrlOf(account),
            {QStringLiteral("campaigns"), campaignId,
             action == StatusAction::Pause ? QStringLiteral("pause") : QStringLiteral("resume")});
        request.checkShape = actionAnswerShapeError;
        return request;
    }

    DeleteRule deleteRule(const QString &rawStatus) const override
    {
        const QString word = rawStatus.trimmed().toLower();
        DeleteRule rule;
        if (word == Active) {
            rule.blocked = true;
            // The campaign_active answer's words.
            rule.reason =
                QStringLiteral("Cannot delete active campaign. Please pause the campaign first.");
            rule.unblockBy = {StatusAction::Pause}; // Kakiyo has no stop
        } else if (word != Paused) {
            rule.blocked = true;
            rule.reason = word.isEmpty()
                              ? tr("Kakiyo sent no status for this campaign, so Campaign Desk "
                                   "will not delete it.")
                              : tr("The status “%1” is unknown to Campaign Desk, so it will not "
                                   "delete this campaign.")
                                    .arg(rawStatus.trimmed());
        }
        return rule;
    }

    bool documentsCascade() const override { return true; }

    // The live "get" is the analytics answer; its metrics carry the counts.
    QList<CascadeItem> cascade(const QJsonDocument &liveGetAnswer) const override
    {
        const QJsonObject metrics =
            liveGetAnswer.object().value(QStringLiteral("metrics")).toObject();
        const auto countOf = [&metrics](const char *key) -> qint64 {
            const QJsonValue v = metrics.value(QLatin1String(key));
            return v.isDouble() ? v.toInteger() : -1;
        };
        return {CascadeItem{tr("prospects"), countOf("totalProspects")},
                CascadeItem{tr("messages and their conversations"), countOf("totalMessages")},
                CascadeItem{tr("tasks and scheduled activities"), -1},
                CascadeItem{tr("analytics"), -1}, CascadeItem{tr("webhook events"), -1}};
    }

    ApiRequest deleteRequest(const Account &account, const QString &campaignId) const override
    {
        ApiRequest request;
        request.method = "DELETE";
        request.url =
            Parse::endpoint(baseUrlOf(account), {QStringLiteral("campaigns"), campaignId});
        request.checkShape = deleteAnswerShapeError;
        return request;
    }

    bool parseDeleteAnswer(const QJsonDocument &body, int httpStatus,
                           DeleteAnswer *out) const override
    {
        return readDeleteAnswer(body, httpStatus, out);
    }

    QList<ExportPiece> exportPieces() const override
    {
        ExportPiece prospects;
        prospects.id = QStringLiteral("prospects");
        prospects.fileName = QStringLiteral("prospects.csv");
        prospects.kind = ExportPiece::Kind::PagedRows;
        prospects.columns = {QStringLiteral("id"),          QStringLiteral("name"),
                             QStringLiteral("linkedinUrl"), QStringLiteral("status"),
                             QStringLiteral("chatId"),      QStringLiteral("lastMessageAt")};
        ExportPiece analytics;
        analytics.id = QStringLiteral("analytics");
        analytics.fileName = QStringLiteral("analytics.json");
        analytics.kind = ExportPiece::Kind::Verbatim;
        return {prospects, analytics};
    }

    ApiRequest exportRequest(const Account &account, const QString &campaignId,
                             const ExportPiece &piece, const PageCursor &cursor) const override
    {
        if (piece.id == QLatin1String("analytics"))
            return getRequest(account, campaignId);
        if (piece.id != QLatin1String("prospects"))
            return Provider::exportRequest(account, campaignId, piece, cursor);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
        if (!cursor.after.isEmpty())
            query.addQueryItem(QStringLiteral("after"),
                               QString::fromLatin1(QUrl::toPercentEncoding(cursor.after)));
        ApiRequest request;
        request.url = Parse::endpoint(
            baseUrlOf(account),
            {QStringLiteral("prospects"), QStringLiteral("campaign"), campaignId}, query);
        request.idempotent = true;
        request.checkShape = prospectsShapeError;
        return request;
    }

    RowsPage parseExportRows(const ExportPiece &piece, const PageCursor &cursor,
                             const QJsonDocument &body) const override
    {
        if (piece.id != QLatin1String("prospects"))
            return Provider::parseExportRows(piece, cursor, body);
        RowsPage page;
        page.error = prospectsShapeError(body);
        if (!page.error.isEmpty())
            return page;
        const QJsonObject root = body.object();
        if (!takeRows(root.value(QStringLiteral("prospects")), QStringLiteral("prospects"), &page))
            return page;
        const QString next = root.value(QStringLiteral("nextCursor")).toString();
        // An empty page ends the walk whatever hasMore says, so it cannot go on forever.
        if (page.rows.isEmpty() || !root.value(QStringLiteral("hasMore")).toBool())
            return page;
        // A missing cursor or one that does not move would end the export early or repeat this
        // page forever; either way the file would look complete when it is not.
        if (next.isEmpty() || next == cursor.after) {
            page.rows.clear();
            page.error = next.isEmpty() ? QStringLiteral("more prospects but no cursor")
                                        : QStringLiteral("the prospects cursor did not advance");
            return page;
        }
        page.next = PageCursor{1, 0, next};
        return page;
    }

private:
    std::optional<Campaign> fromWire(const Account &account, const QJsonObject &o) const
    {
        const QString id = Parse::idText(o.value(QStringLiteral("id")));
        if (id.isEmpty())
            return std::nullopt;
        Campaign c;
        c.accountId = account.id;
        c.platform = Platform::Kakiyo;
        c.id = id;
        c.name = o.value(QStringLiteral("name")).toString();
        c.rawStatus = statusWord(o.value(QStringLiteral("status")));
        c.status = normalizeStatus(c.rawStatus);
        // The product the campaign sells is the nearest thing Kakiyo has to a campaign type.
        c.type = o.value(QStringLiteral("product")).toString();
        c.created = Parse::timestamp(o.value(QStringLiteral("createdAt")));
        c.rawJson = Parse::compact(o);
        return c;
    }
};

} // namespace

const Provider &kakiyoProvider()
{
    static const KakiyoProvider provider;
    return provider;
}

} // namespace CampaignDesk
