// Kakiyo: LinkedIn outreach campaigns. Bearer API keys, cursor paging (limit/after) with
// {campaigns, hasMore, nextCursor}, and no single-campaign GET: the documented analytics
// endpoint carries the campaign and its prospect count. Every call costs the account a credit,
// so pages are as large as allowed. See providers/kakiyo.md.

#include "provider.h"

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

class KakiyoProvider final : public Provider
{
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
        const QString word = raw.trimmed().toLower();
        if (word == QLatin1String("active"))
            return CampaignStatus::Running;
        if (word == QLatin1String("paused"))
            return CampaignStatus::Paused;
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
        for (const QJsonValue &item : items) {
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
