// Talkover: {success, data} envelopes, page/per_page paging with a `pagination` object (the
// older OpenAPI file calls it `meta`), Bearer tokens. See providers/talkover.md.

#include "provider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace CampaignDesk {

namespace {

Q_LOGGING_CATEGORY(lcTalkover, "campaigndesk.providers.talkover", QtInfoMsg)

// The documented maximum; fewer pages means fewer requests against the 100/min limit.
constexpr int PageSize = 100;

// The base URL's path (which may carry a prefix, as the sandbox's does) plus `segments`, each
// percent-encoded so that an id with a '/' or '?' stays one path segment.
QString statusWord(const QJsonValue &value)
{
    // A number where a word belongs is still shown verbatim; it normalizes to Unknown.
    return value.isDouble() ? Parse::idText(value) : value.toString();
}

// Why a list body is not the documented shape; empty when it is.
QString listShapeError(const QJsonDocument &body)
{
    if (!body.isObject())
        return QStringLiteral("the answer is not a JSON object");
    const QJsonObject root = body.object();
    if (root.value(QStringLiteral("success")) == QJsonValue(false)) {
        const QString message = root.value(QStringLiteral("message")).toString();
        return message.isEmpty()
                   ? QStringLiteral("the platform reported a failure")
                   : QStringLiteral("the platform reported a failure: %1").arg(message);
    }
    if (!root.value(QStringLiteral("data")).isArray())
        return QStringLiteral("data is not a list");
    return {};
}

QString getShapeError(const QJsonDocument &body)
{
    if (!body.isObject())
        return QStringLiteral("the answer is not a JSON object");
    if (!body.object().value(QStringLiteral("data")).isObject())
        return QStringLiteral("data is not an object");
    return {};
}

const QString Draft = QStringLiteral("draft");
const QString Active = QStringLiteral("active");
const QString Paused = QStringLiteral("paused");
const QString Completed = QStringLiteral("completed");
const QString Cancelled = QStringLiteral("cancelled");

// The documented transition table of PATCH /campaigns/{id}/status; completed and cancelled are
// final. The app offers a subset of it (see actionAllowed), never more.
bool transitionAllowed(const QString &from, const QString &to)
{
    if (from == Draft)
        return to == Active || to == Cancelled;
    if (from == Active)
        return to == Paused || to == Completed || to == Cancelled;
    if (from == Paused)
        return to == Active || to == Completed || to == Cancelled;
    return false;
}

bool isKnownStatus(const QString &word)
{
    return word == Draft || word == Active || word == Paused || word == Completed ||
           word == Cancelled;
}

// The status word each action asks for: Stop is "cancelled" (final), there is no archive.
QString targetStatus(StatusAction action)
{
    switch (action) {
    case StatusAction::Pause:
        return Paused;
    case StatusAction::Resume:
        return Active;
    case StatusAction::Stop:
        return Cancelled;
    case StatusAction::Archive:
        break;
    }
    return {};
}

// The value at a dotted path ("data.calls") of a JSON document; undefined when absent.
QJsonValue valueAtPath(const QJsonDocument &body, const QString &dottedPath)
{
    QJsonValue value = body.isObject() ? QJsonValue(body.object()) : QJsonValue(body.array());
    const QStringList parts = dottedPath.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(part);
    }
    return value;
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

// A 2xx status answer: {"success":true,"message","data":{id,status,updated_at}}.
QString statusAnswerShapeError(const QJsonDocument &body)
{
    if (!body.isObject())
        return QStringLiteral("the answer is not a JSON object");
    if (body.object().value(QStringLiteral("success")) != QJsonValue(true))
        return QStringLiteral("the answer does not say success");
    return {};
}

// The documented delete successes: 200 {"success":true,"message":…}, or an empty 204 (the older
// OpenAPI file). Anything else is not read as a deletion.
bool readDeleteAnswer(const QJsonDocument &body, int httpStatus, DeleteAnswer *out)
{
    if (httpStatus == 204 && body.isNull()) {
        if (out)
            *out = DeleteAnswer{};
        return true;
    }
    if (httpStatus != 200 || !body.isObject())
        return false;
    const QJsonObject root = body.object();
    if (root.value(QStringLiteral("success")) != QJsonValue(true))
        return false;
    const QJsonValue message = root.value(QStringLiteral("message"));
    if (!message.isString())
        return false;
    if (root.contains(QStringLiteral("error")) || root.contains(QStringLiteral("errors")))
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

class TalkoverProvider final : public Provider
{
    Q_DECLARE_TR_FUNCTIONS(TalkoverProvider)

public:
    Platform platform() const override { return Platform::Talkover; }

    QUrl defaultBaseUrl() const override
    {
        return QUrl(QStringLiteral("https://app.talkover.ai/api/v1"));
    }

    // The Standard plan's 100 requests a minute; rate + burst stays under 100 in any sliding
    // minute, so a paging walk is smooth without ever reaching the platform's window.
    RateDefaults rateDefaults() const override { return {95, 5}; }

    QString keyCountName() const override { return QStringLiteral("calls"); }

    CampaignStatus normalizeStatus(const QString &raw) const override
    {
        static constexpr Parse::StatusWord words[] = {
            {QLatin1String("draft"), CampaignStatus::Draft},
            {QLatin1String("active"), CampaignStatus::Running},
            {QLatin1String("paused"), CampaignStatus::Paused},
            {QLatin1String("completed"), CampaignStatus::Completed},
            {QLatin1String("cancelled"), CampaignStatus::Cancelled},
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
        query.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, cursor.page)));
        query.addQueryItem(QStringLiteral("per_page"), QString::number(PageSize));
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
        const QJsonArray data = root.value(QStringLiteral("data")).toArray();
        int skipped = 0;
        for (const QJsonValue item : data) {
            std::optional<Campaign> campaign = fromWire(account, item.toObject());
            if (campaign)
                page.campaigns.append(std::move(*campaign));
            else
                ++skipped;
        }
        if (skipped > 0)
            qCWarning(lcTalkover, "skipped %d campaign(s) without an id on page %d", skipped,
                      cursor.page);

        // An empty page ends the walk whatever the paging object says, so a platform that keeps
        // reporting more pages cannot keep us asking forever.
        if (data.isEmpty())
            return page;
        QJsonValue paging = root.value(QStringLiteral("pagination"));
        if (!paging.isObject())
            paging = root.value(QStringLiteral("meta"));
        const QJsonObject p = paging.toObject();
        const QJsonValue current = p.value(QStringLiteral("current_page"));
        const QJsonValue last = p.value(QStringLiteral("last_page"));
        const int asked = std::max(1, cursor.page);
        if (current.isDouble() && last.isDouble()) {
            // Never step backwards, even if the platform echoes a different page than asked.
            const int here = std::max(asked, current.toInt());
            if (here < last.toInt())
                page.next = PageCursor{here + 1, 0, {}};
        } else if (data.size() >= PageSize) {
            // No paging object: a full page may have a successor, a short one is the last.
            page.next = PageCursor{asked + 1, 0, {}};
        }
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
        if (!getShapeError(body).isEmpty())
            return std::nullopt;
        const QJsonObject root = body.object();
        if (root.value(QStringLiteral("success")) == QJsonValue(false))
            return std::nullopt;
        return fromWire(account, root.value(QStringLiteral("data")).toObject());
    }

    ApiRequest testConnectionRequest(const Account &account) const override
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
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
        const QString to = targetStatus(action);
        QString reason;
        if (!isKnownStatus(from))
            reason = tr("Talkover reports a status Campaign Desk does not know (“%1”); "
                        "refresh the campaign.")
                         .arg(rawStatus);
        else if (from == to)
            reason = action == StatusAction::Pause    ? tr("Already paused")
                     : action == StatusAction::Resume ? tr("Already active")
                                                      : tr("Already cancelled");
        else if (action == StatusAction::Pause && from != Active)
            reason = tr("Only an active campaign can be paused");
        // The table also allows draft → active, but that starts calling for the first time:
        // not what "Resume" means, so the app only resumes a paused campaign.
        else if (action == StatusAction::Resume && from != Paused)
            reason = tr("Only a paused campaign can be resumed");
        else if (!transitionAllowed(from, to))
            reason = tr("Talkover cannot stop a %1 campaign").arg(from);
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
        request.method = "PATCH";
        request.url = Parse::endpoint(baseUrlOf(account), {QStringLiteral("campaigns"), campaignId,
                                                           QStringLiteral("status")});
        request.body = QJsonDocument(QJsonObject{{QStringLiteral("status"), targetStatus(action)}})
                           .toJson(QJsonDocument::Compact);
        request.checkShape = statusAnswerShapeError;
        return request;
    }

    DeleteRule deleteRule(const QString &rawStatus) const override
    {
        const QString word = rawStatus.trimmed().toLower();
        DeleteRule rule;
        if (word == Active) {
            rule.blocked = true;
            rule.reason = QStringLiteral("Cannot delete active campaign"); // the 403's words
            rule.unblockBy = {StatusAction::Pause, StatusAction::Stop};
        } else if (!isKnownStatus(word)) {
            // Never delete what we cannot classify: the word may mean "running".
            rule.blocked = true;
            rule.reason = word.isEmpty()
                              ? tr("Talkover sent no status for this campaign, so Campaign Desk "
                                   "will not delete it.")
                              : tr("The status “%1” is unknown to Campaign Desk, so it will not "
                                   "delete this campaign.")
                                    .arg(rawStatus.trimmed());
        }
        // A 409 "calls in progress" on a paused campaign is a runtime answer, not a status rule.
        return rule;
    }

    bool documentsCascade() const override { return true; }

    QList<CascadeItem> cascade(const QJsonDocument &liveGetAnswer) const override
    {
        const QJsonObject data = liveGetAnswer.object().value(QStringLiteral("data")).toObject();
        CascadeItem calls{tr("calls"), -1};
        const QJsonValue totalCalls =
            data.value(QStringLiteral("stats")).toObject().value(QStringLiteral("total_calls"));
        if (totalCalls.isDouble())
            calls.count = totalCalls.toInteger();
        else if (data.value(QStringLiteral("calls")).isArray())
            calls.count = data.value(QStringLiteral("calls")).toArray().size();
        CascadeItem files{tr("files"), -1};
        if (data.value(QStringLiteral("files")).isArray())
            files.count = data.value(QStringLiteral("files")).toArray().size();
        return {calls, files, CascadeItem{tr("statistics"), -1}};
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

    // No export endpoint exists: calls[] and files[] of the live get are written as CSV.
    QList<ExportPiece> exportPieces() const override
    {
        ExportPiece calls;
        calls.id = QStringLiteral("calls");
        calls.fileName = QStringLiteral("calls.csv");
        calls.kind = ExportPiece::Kind::CampaignRows;
        calls.columns = {QStringLiteral("id"), QStringLiteral("to"), QStringLiteral("status"),
                         QStringLiteral("retries"), QStringLiteral("created_at")};
        calls.rowsPath = QStringLiteral("data.calls");
        ExportPiece files;
        files.id = QStringLiteral("files");
        files.fileName = QStringLiteral("files.csv");
        files.kind = ExportPiece::Kind::CampaignRows;
        files.columns = {QStringLiteral("id"),
                         QStringLiteral("original_filename"),
                         QStringLiteral("processed_filename"),
                         QStringLiteral("status"),
                         QStringLiteral("total_records"),
                         QStringLiteral("processed_records")};
        files.rowsPath = QStringLiteral("data.files");
        return {calls, files};
    }

    // Rows inside the get answer: the request is the get itself, for a writer that has not
    // kept the live answer.
    ApiRequest exportRequest(const Account &account, const QString &campaignId,
                             const ExportPiece &piece, const PageCursor &cursor) const override
    {
        if (piece.kind != ExportPiece::Kind::CampaignRows || piece.rowsPath.isEmpty())
            return Provider::exportRequest(account, campaignId, piece, cursor);
        return getRequest(account, campaignId);
    }

    RowsPage parseExportRows(const ExportPiece &piece, const PageCursor &cursor,
                             const QJsonDocument &body) const override
    {
        if (piece.kind != ExportPiece::Kind::CampaignRows || piece.rowsPath.isEmpty())
            return Provider::parseExportRows(piece, cursor, body);
        RowsPage page;
        page.error = getShapeError(body);
        if (!page.error.isEmpty())
            return page;
        if (body.object().value(QStringLiteral("success")) == QJsonValue(false)) {
            page.error = QStringLiteral("the platform reported a failure");
            return page;
        }
        if (takeRows(valueAtPath(body, piece.rowsPath), piece.rowsPath, &page))
            page.total = page.rows.size();
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
        c.platform = Platform::Talkover;
        c.id = id;
        c.name = o.value(QStringLiteral("name")).toString();
        c.rawStatus = statusWord(o.value(QStringLiteral("status")));
        c.status = normalizeStatus(c.rawStatus);
        c.type = o.value(QStringLiteral("campaign_type")).toString();
        c.created = Parse::timestamp(o.value(QStringLiteral("created_at")));
        c.updated = Parse::timestamp(o.value(QStringLiteral("updated_at")));
        const QJsonValue calls =
            o.value(QStringLiteral("stats")).toObject().value(QStringLiteral("total_calls"));
        if (calls.isDouble())
            c.keyCount = calls.toInteger();
        c.rawJson = Parse::compact(o);
        return c;
    }
};

} // namespace

const Provider &talkoverProvider()
{
    static const TalkoverProvider provider;
    return provider;
}

} // namespace CampaignDesk
