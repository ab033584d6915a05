#pragma once

#include "accounts/account.h"
#include "model/campaign.h"
#include "net/transport.h"

#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace CampaignDesk {

// Where a listing is: the next page number, skip offset, or cursor. `first()` is page one.
struct PageCursor
{
    int page = 1;  // page/per_page platforms (Talkover)
    int skip = 0;  // skip/limit platforms (Burki, Kore.ai)
    QString after; // cursor platforms (Kakiyo)

    static PageCursor first() { return {}; }
};

// One page of a listing, parsed.
struct ListPage
{
    QList<Campaign> campaigns;
    std::optional<PageCursor> next; // nothing: that was the last page
    QString error;                  // not the documented shape: why (the page is unusable)
};

// What the platform documents about its rate limits, used to set the account's pacer.
struct RateDefaults
{
    double perMinute = 60;
    int burst = 1;
};

// One platform: how to build its requests and read its answers. Stateless and free of I/O,
// so every function is tested with the documented bodies. Everything the five platforms have
// in common (sending, pacing, retries, paging loop) lives elsewhere and is written once.
class Provider
{
public:
    virtual ~Provider() = default;

    virtual Platform platform() const = 0;
    virtual QUrl defaultBaseUrl() const = 0;
    virtual RateDefaults rateDefaults() const = 0;
    // What the key count of a campaign counts ("calls", "contacts", "prospects", "leads").
    virtual QString keyCountName() const = 0;

    // The platform's status word mapped onto the app's vocabulary; Unknown for anything else.
    virtual CampaignStatus normalizeStatus(const QString &raw) const = 0;

    // Credentials on the wire: Bearer, api_key query, or Kore.ai's JWT + iid + accountId.
    // Called for every attempt, so Kore.ai signs a fresh token each time.
    virtual void authorize(const Account &account, const QString &secret, QNetworkRequest &request,
                           QUrl &url) const = 0;

    // The request for one page of the campaign list.
    virtual ApiRequest listRequest(const Account &account, const PageCursor &cursor) const = 0;
    // Parses a list page body. `cursor` is the page that was asked for.
    virtual ListPage parseListPage(const Account &account, const PageCursor &cursor,
                                   const QJsonDocument &body) const = 0;

    virtual ApiRequest getRequest(const Account &account, const QString &campaignId) const = 0;
    // The campaign in a get answer; nothing when the body is not the documented shape.
    virtual std::optional<Campaign> parseCampaign(const Account &account,
                                                  const QJsonDocument &body) const = 0;

    // One cheap authenticated call for "Test connection".
    virtual ApiRequest testConnectionRequest(const Account &account) const = 0;

    // Fills the request's credentials through authorize() at send time.
    ApiRequest withAuth(ApiRequest request, const Account &account, const QString &secret) const;
    // The account's base URL, or the platform's production URL when none is set.
    QUrl baseUrlOf(const Account &account) const;
};

// The provider for a platform (owned by the registry, lives for the program).
const Provider &providerFor(Platform platform);

// Helpers shared by the parsers.
namespace Parse {
// ISO 8601 with or without milliseconds or zone; invalid when absent or unreadable.
QDateTime timestamp(const QJsonValue &value);
// The id as text, whether the platform sends a number or a string.
QString idText(const QJsonValue &value);
QByteArray compact(const QJsonObject &object);
// base + "/seg/seg" with every segment percent-encoded on its own (an id cannot change the
// path), no double slashes; query and fragment cleared, or set to `query` encoded strictly.
QUrl endpoint(const QUrl &base, const QStringList &segments, const QUrlQuery &query = {});
} // namespace Parse

} // namespace CampaignDesk
