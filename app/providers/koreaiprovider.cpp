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
// id can never add a segment or a query, and with ?accountId= (most Kore.ai URLs take it).
QUrl endpoint(const QUrl &host, const QStringList &segments, const Account &account)
{
    QUrl url = Parse::endpoint(host, segments);
    // Encoded here, because QUrlQuery leaves '+' alone and a server reads it as a space.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("accountId"),
                       QString::fromLatin1(QUrl::toPercentEncoding(account.accountId)));
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
        static const QHash<QString, CampaignStatus> map{
            {QStringLiteral("Ready"), CampaignStatus::Draft},
            {QStringLiteral("Preparing"), CampaignStatus::Scheduled},
            {QStringLiteral("Scheduled"), CampaignStatus::Scheduled},
            {QStringLiteral("Rescheduled"), CampaignStatus::Scheduled},
            {QStringLiteral("Active"), CampaignStatus::Running},
            {QStringLiteral("Paused"), CampaignStatus::Paused},
            {QStringLiteral("Stopped"), CampaignStatus::Stopped},
            {QStringLiteral("Completed"), CampaignStatus::Completed}};
        return map.value(raw, CampaignStatus::Unknown);
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
        for (const QJsonValue &item : results) {
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
            more = qint64(cursor.skip) + count < qint64(total.toDouble());
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

private:
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
