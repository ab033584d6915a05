// Burki: a FastAPI service with bare JSON objects, integer campaign ids and skip/limit listing.
// The list has no reference page: the official SDKs accept either a bare array or
// {items,total,skip,limit}, so this does too. See providers/burki.md.

#include "provider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace CampaignDesk {

namespace {

Q_LOGGING_CATEGORY(lcBurki, "campaigndesk.providers.burki", QtInfoMsg)

constexpr int PageSize = 100;

// The base URL's path (which may carry a prefix, as the sandbox's does) plus `segments`, each
// percent-encoded so that an id with a '/' or '?' stays one path segment.
QString statusWord(const QJsonValue &value)
{
    return value.isDouble() ? Parse::idText(value) : value.toString();
}

// The campaigns of a list body, in either documented shape; why not, in `error`.
QJsonArray listItems(const QJsonDocument &body, QString *error)
{
    if (body.isArray())
        return body.array();
    if (!body.isObject()) {
        *error = QStringLiteral("the answer is neither a JSON array nor an object");
        return {};
    }
    const QJsonValue items = body.object().value(QStringLiteral("items"));
    if (!items.isArray()) {
        *error = QStringLiteral("items is not a list");
        return {};
    }
    return items.toArray();
}

QString listShapeError(const QJsonDocument &body)
{
    QString error;
    listItems(body, &error);
    return error;
}

QString getShapeError(const QJsonDocument &body)
{
    if (!body.isObject())
        return QStringLiteral("the answer is not a JSON object");
    if (Parse::idText(body.object().value(QStringLiteral("id"))).isEmpty())
        return QStringLiteral("the campaign has no id");
    return {};
}

// Export pages as large as Burki allows (documented per_page maximum).
constexpr int ExportPageSize = 1000;

const QString Draft = QStringLiteral("draft");
const QString Scheduled = QStringLiteral("scheduled");
const QString Running = QStringLiteral("running");
const QString Paused = QStringLiteral("paused");
const QString Completed = QStringLiteral("completed");
const QString Cancelled = QStringLiteral("cancelled");
const QString Failed = QStringLiteral("failed");

bool isKnownStatus(const QString &word)
{
    return word == Draft || word == Scheduled || word == Running || word == Paused ||
           word == Completed || word == Cancelled || word == Failed;
}

// The POST endpoint of each action; resuming is /start (which also starts drafts).
QString actionPath(StatusAction action)
{
    switch (action) {
    case StatusAction::Pause:
        return QStringLiteral("pause");
    case StatusAction::Resume:
        return QStringLiteral("start");
    case StatusAction::Stop:
        return QStringLiteral("stop");
    case StatusAction::Archive:
        break;
    }
    return {};
}

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

// Burki's errors are {"detail": …}; some of its answers also carry success:false.
bool saysFailure(const QJsonObject &o)
{
    if (o.contains(QStringLiteral("detail")) || o.contains(QStringLiteral("error")) ||
        o.contains(QStringLiteral("errors")))
        return true;
    if (o.value(QStringLiteral("success")) == QJsonValue(false) ||
        o.value(QStringLiteral("ok")) == QJsonValue(false))
        return true;
    const QString status = o.value(QStringLiteral("status")).toString();
    return status == QLatin1String("failure") || status == QLatin1String("error");
}

// Every documented action answer is an object with a message ("Campaign paused successfully").
QString actionAnswerShapeError(const QJsonDocument &body)
{
    if (!body.isObject())
        return QStringLiteral("the answer is not a JSON object");
    if (!body.object().value(QStringLiteral("message")).isString())
        return QStringLiteral("the answer has no message");
    return {};
}

// The documented delete success: 200 {"message":"Campaign deleted successfully"}.
bool readDeleteAnswer(const QJsonDocument &body, int httpStatus, DeleteAnswer *out)
{
    if (httpStatus != 200 || !body.isObject())
        return false;
    const QJsonObject root = body.object();
    const QJsonValue message = root.value(QStringLiteral("message"));
    if (!message.isString() || message.toString().trimmed().isEmpty() || saysFailure(root))
        return false;
    if (out) {
        *out = DeleteAnswer{};
        out->message = message.toString();
    }
    return true;
}

QString deleteAnswerShapeError(const QJsonDocument &body)
{
    return readDeleteAnswer(body, 200, nullptr)
               ? QString()
               : QStringLiteral("not the documented delete answer");
}

// {"contacts"|"executions": […], "pagination": {…}}: the list key is the piece's id.
QString pagedRowsShapeError(const QJsonDocument &body, const QString &key)
{
    if (!body.isObject())
        return QStringLiteral("the answer is not a JSON object");
    if (!body.object().value(key).isArray())
        return QStringLiteral("%1 is not a list").arg(key);
    return {};
}

QString objectShapeError(const QJsonDocument &body)
{
    return body.isObject() ? QString() : QStringLiteral("the answer is not a JSON object");
}

class BurkiProvider final : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(BurkiProvider)

public:
    Platform platform() const override { return Platform::Burki; }

    QUrl defaultBaseUrl() const override
    {
        return QUrl(QStringLiteral("https://api.burki.dev/api/v1"));
    }

    // Burki documents no limit. A conservative pace; the transport still honours 429 and its
    // Retry-After when the real limit is lower.
    RateDefaults rateDefaults() const override { return {60, 2}; }

    QString keyCountName() const override { return QStringLiteral("contacts"); }

    CampaignStatus normalizeStatus(const QString &raw) const override
    {
        static constexpr Parse::StatusWord words[] = {
            {QLatin1String("draft"), CampaignStatus::Draft},
            {QLatin1String("scheduled"), CampaignStatus::Scheduled},
            {QLatin1String("running"), CampaignStatus::Running},
            {QLatin1String("paused"), CampaignStatus::Paused},
            {QLatin1String("completed"), CampaignStatus::Completed},
            {QLatin1String("cancelled"), CampaignStatus::Cancelled},
            {QLatin1String("failed"), CampaignStatus::Failed},
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
        query.addQueryItem(QStringLiteral("skip"), QString::number(std::max(0, cursor.skip)));
        query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
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
        const QJsonArray items = listItems(body, &page.error);
        if (!page.error.isEmpty())
            return page;
        int skipped = 0;
        for (const QJsonValue item : items) {
            std::optional<Campaign> campaign = fromWire(account, item.toObject());
            if (campaign)
                page.campaigns.append(std::move(*campaign));
            else
                ++skipped;
        }
        const int skip = std::max(0, cursor.skip);
        if (skipped > 0)
            qCWarning(lcBurki, "skipped %d campaign(s) without an id at offset %d", skipped, skip);

        // An empty page ends the walk, so a wrong `total` cannot keep us asking forever.
        if (items.isEmpty())
            return page;
        const int count = int(items.size());
        const QJsonValue total = body.object().value(QStringLiteral("total"));
        const bool more = total.isDouble() ? skip + count < total.toInteger() : count >= PageSize;
        if (more)
            page.next = PageCursor{1, skip + count, {}};
        return page;
    }

    ApiRequest getRequest(const Account &account, const QString &campaignId) const override
    {
        ApiRequest request;
        request.url =
            Parse::endpoint(baseUrlOf(account), {QStringLiteral("campaigns"), campaignId});
        request.idempotent = true;
        request.checkShape = getShapeError;
        return request;
    }

    std::optional<Campaign> parseCampaign(const Account &account,
                                          const QJsonDocument &body) const override
    {
        if (!body.isObject())
            return std::nullopt;
        return fromWire(account, body.object());
    }

    ApiRequest testConnectionRequest(const Account &account) const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        ApiRequest request;
        request.url = Parse::endpoint(baseUrlOf(account), {QStringLiteral("campaigns")}, query);
        request.idempotent = true;
        return request;
    }

    // --- Status actions, delete and export ---------------------------------------------

    bool supportsAction(StatusAction action) const override
    {
        return action != StatusAction::Archive;
    }

    bool actionAllowed(StatusAction action, const QString &rawStatus, QString *why) const override
    {
        if (!supportsAction(action))
            return Provider::actionAllowed(action, rawStatus, why);
        const QString from = rawStatus.trimmed().toLower();
        QString reason;
        if (!isKnownStatus(from)) {
            reason = tr("Burki reports a status Campaign Desk does not know (“%1”); "
                        "refresh the campaign.")
                         .arg(rawStatus);
        } else if (action == StatusAction::Pause) {
            if (from == Paused)
                reason = tr("Already paused");
            else if (from != Running)
                reason = tr("Only a running campaign can be paused");
        } else if (action == StatusAction::Resume) {
            // /start also starts drafts and scheduled campaigns; that is not resuming, so the
            // app only offers it for a paused campaign.
            if (from == Running)
                reason = tr("Already running");
            else if (from != Paused)
                reason = tr("Only a paused campaign can be resumed");
        } else if (from == Cancelled) {
            reason = tr("Already cancelled");
        } else if (from != Running && from != Paused && from != Scheduled) {
            reason = tr("Burki cannot stop a %1 campaign").arg(from);
        }
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
            baseUrlOf(account), {QStringLiteral("campaigns"), campaignId, actionPath(action)});
        request.checkShape = actionAnswerShapeError;
        return request;
    }

    DeleteRule deleteRule(const QString &rawStatus) const override
    {
        const QString word = rawStatus.trimmed().toLower();
        DeleteRule rule;
        if (word == Running) {
            rule.blocked = true;
            rule.reason = QCoreApplication::translate(
                "BurkiProvider", "Cannot delete running campaign - stop it first");
            // The platform says "stop", but a pause is enough and can be undone.
            rule.unblockBy = {StatusAction::Pause, StatusAction::Stop};
        } else if (word == Scheduled) {
            // choice (burki.md): allowed, but it may start by itself before the delete is sent.
            rule.warning = tr("This campaign is scheduled: Burki starts it on its own at its "
                              "scheduled time, and a running campaign cannot be deleted.");
        } else if (!isKnownStatus(word)) {
            rule.blocked = true;
            rule.reason = word.isEmpty()
                              ? tr("Burki sent no status for this campaign, so Campaign Desk "
                                   "will not delete it.")
                              : tr("The status “%1” is unknown to Campaign Desk, so it will not "
                                   "delete this campaign.")
                                    .arg(rawStatus.trimmed());
        }
        return rule;
    }

    bool documentsCascade() const override { return true; }

    QList<CascadeItem> cascade(const QJsonDocument &liveGetAnswer) const override
    {
        const QJsonObject o = liveGetAnswer.object();
        const auto countOf = [&o](const char *key) -> qint64 {
            const QJsonValue v = o.value(QLatin1String(key));
            return v.isDouble() ? v.toInteger() : -1;
        };
        return {CascadeItem{tr("contacts"), countOf("total_contacts")},
                CascadeItem{tr("execution history and logs"), -1}, CascadeItem{tr("schedules"), -1},
                CascadeItem{tr("imported rows (import history)"), countOf("last_import_row_count")},
                CascadeItem{tr("campaign configuration and settings"), -1}};
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
        ExportPiece contacts;
        contacts.id = QStringLiteral("contacts");
        contacts.fileName = QStringLiteral("contacts.csv");
        contacts.kind = ExportPiece::Kind::PagedRows;
        contacts.columns = {QStringLiteral("id"),          QStringLiteral("phone_number"),
                            QStringLiteral("status"),      QStringLiteral("attempts"),
                            QStringLiteral("created_at"),  QStringLiteral("last_attempt_at"),
                            QStringLiteral("contact_data")};
        ExportPiece executions;
        executions.id = QStringLiteral("executions");
        executions.fileName = QStringLiteral("executions.csv");
        executions.kind = ExportPiece::Kind::PagedRows;
        executions.columns = {QStringLiteral("id"),
                              QStringLiteral("campaign_id"),
                              QStringLiteral("contact_id"),
                              QStringLiteral("phone_number"),
                              QStringLiteral("channel"),
                              QStringLiteral("status"),
                              QStringLiteral("attempt_number"),
                              QStringLiteral("started_at"),
                              QStringLiteral("completed_at"),
                              QStringLiteral("duration_seconds"),
                              QStringLiteral("error_message")};
        // The campaign object lacks the schedule; a re-creation needs it.
        ExportPiece schedule;
        schedule.id = QStringLiteral("schedule");
        schedule.fileName = QStringLiteral("schedule.json");
        schedule.kind = ExportPiece::Kind::Verbatim;
        return {contacts, executions, schedule};
    }

    ApiRequest exportRequest(const Account &account, const QString &campaignId,
                             const ExportPiece &piece, const PageCursor &cursor) const override
    {
        ApiRequest request;
        request.idempotent = true;
        if (piece.id == QLatin1String("schedule")) {
            request.url = Parse::endpoint(baseUrlOf(account),
                                          {QStringLiteral("campaigns"), campaignId, piece.id});
            request.checkShape = objectShapeError;
            return request;
        }
        if (piece.id != QLatin1String("contacts") && piece.id != QLatin1String("executions"))
            return Provider::exportRequest(account, campaignId, piece, cursor);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, cursor.page)));
        query.addQueryItem(QStringLiteral("per_page"), QString::number(ExportPageSize));
        request.url = Parse::endpoint(baseUrlOf(account),
                                      {QStringLiteral("campaigns"), campaignId, piece.id}, query);
        request.checkShape = [key = piece.id](const QJsonDocument &body) {
            return pagedRowsShapeError(body, key);
        };
        return request;
    }

    RowsPage parseExportRows(const ExportPiece &piece, const PageCursor &cursor,
                             const QJsonDocument &body) const override
    {
        if (piece.id != QLatin1String("contacts") && piece.id != QLatin1String("executions"))
            return Provider::parseExportRows(piece, cursor, body);
        RowsPage page;
        page.error = pagedRowsShapeError(body, piece.id);
        if (!page.error.isEmpty())
            return page;
        const QJsonObject root = body.object();
        if (!takeRows(root.value(piece.id), piece.id, &page))
            return page;
        const QJsonObject paging = root.value(QStringLiteral("pagination")).toObject();
        const QJsonValue total = paging.value(QStringLiteral("total_items"));
        if (total.isDouble())
            page.total = total.toInteger();
        // An empty page ends the walk, so a paging object that keeps saying "more" cannot keep
        // us asking forever.
        if (page.rows.isEmpty())
            return page;
        const int asked = std::max(1, cursor.page);
        const QJsonValue hasNext = paging.value(QStringLiteral("has_next"));
        const QJsonValue totalPages = paging.value(QStringLiteral("total_pages"));
        bool more = false;
        if (hasNext.isBool())
            more = hasNext.toBool();
        else if (totalPages.isDouble())
            more = asked < totalPages.toInt();
        else
            more = page.rows.size() >= ExportPageSize;
        if (more)
            page.next = PageCursor{asked + 1, 0, {}};
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
        c.platform = Platform::Burki;
        c.id = id;
        c.name = o.value(QStringLiteral("name")).toString();
        c.rawStatus = statusWord(o.value(QStringLiteral("status")));
        c.status = normalizeStatus(c.rawStatus);
        c.type = o.value(QStringLiteral("campaign_type")).toString();
        c.created = Parse::timestamp(o.value(QStringLiteral("created_at")));
        c.updated = Parse::timestamp(o.value(QStringLiteral("updated_at")));
        const QJsonValue contacts = o.value(QStringLiteral("total_contacts"));
        if (contacts.isDouble())
            c.keyCount = contacts.toInteger();
        c.rawJson = Parse::compact(o);
        return c;
    }
};

} // namespace

const Provider &burkiProvider()
{
    static const BurkiProvider provider;
    return provider;
}

} // namespace CampaignDesk
