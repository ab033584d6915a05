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
        static const QHash<QString, CampaignStatus> map{
            {QStringLiteral("DRAFTED"), CampaignStatus::Draft},
            {QStringLiteral("ACTIVE"), CampaignStatus::Running},
            {QStringLiteral("PAUSED"), CampaignStatus::Paused},
            {QStringLiteral("STOPPED"), CampaignStatus::Stopped},
            {QStringLiteral("COMPLETED"), CampaignStatus::Completed},
            {QStringLiteral("ARCHIVED"), CampaignStatus::Archived}};
        return map.value(raw, CampaignStatus::Unknown);
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
        for (const QJsonValue &item : items) {
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
