// Burki: a FastAPI service with bare JSON objects, integer campaign ids and skip/limit listing.
// The list has no reference page: the official SDKs accept either a bare array or
// {items,total,skip,limit}, so this does too. See providers/burki.md.

#include "provider.h"

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

class BurkiProvider final : public Provider
{
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
        const QString word = raw.trimmed().toLower();
        if (word == QLatin1String("draft"))
            return CampaignStatus::Draft;
        if (word == QLatin1String("scheduled"))
            return CampaignStatus::Scheduled;
        if (word == QLatin1String("running"))
            return CampaignStatus::Running;
        if (word == QLatin1String("paused"))
            return CampaignStatus::Paused;
        if (word == QLatin1String("completed"))
            return CampaignStatus::Completed;
        if (word == QLatin1String("cancelled"))
            return CampaignStatus::Cancelled;
        if (word == QLatin1String("failed"))
            return CampaignStatus::Failed;
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
        for (const QJsonValue &item : items) {
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
