// Talkover: {success, data} envelopes, page/per_page paging with a `pagination` object (the
// older OpenAPI file calls it `meta`), Bearer tokens. See providers/talkover.md.

#include "provider.h"

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

class TalkoverProvider final : public Provider
{
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
        const QString word = raw.trimmed().toLower();
        if (word == QLatin1String("draft"))
            return CampaignStatus::Draft;
        if (word == QLatin1String("active"))
            return CampaignStatus::Running;
        if (word == QLatin1String("paused"))
            return CampaignStatus::Paused;
        if (word == QLatin1String("completed"))
            return CampaignStatus::Completed;
        if (word == QLatin1String("cancelled"))
            return CampaignStatus::Cancelled;
        return CampaignStatus::Unknown;
    }

    void authorize(const Account &, const QString &secret, QNetworkRequest &request,
                   QUrl &) const override
    {
        request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
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
        for (const QJsonValue &item : data) {
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
