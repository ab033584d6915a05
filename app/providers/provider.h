#pragma once

#include "accounts/account.h"
#include "model/campaign.h"
#include "net/transport.h"

#include <QJsonDocument>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>
#include <span>

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

// The status changes the app can ask for. Not every platform has every one.
enum class StatusAction
{
    Pause,
    Resume,
    Stop,
    Archive
};
QString statusActionKey(StatusAction action);         // "pause", for logs and the CLI
QString statusActionDisplayName(StatusAction action); // "Pause", translated

// What a platform's rules say about deleting a campaign in its current (live) status.
struct DeleteRule
{
    bool blocked = false;
    // Why, in the platform's own words where it has them ("Cannot delete active campaign").
    QString reason;
    // What makes it deletable, best first: the reversible Pause before the irreversible Stop.
    QList<StatusAction> unblockBy;
    // Allowed, but worth saying (Burki: a scheduled campaign would start on its own).
    QString warning;
};

// One thing a delete destroys, with a count when the platform gives one.
struct CascadeItem
{
    QString what;      // "calls", "prospects", "email statistics", …
    qint64 count = -1; // -1: the platform does not say how many
};

// What a 2xx DELETE answer said.
struct DeleteAnswer
{
    QString message;                       // the platform's words
    QList<QPair<QString, qint64>> deleted; // Kakiyo's deletionSummary.deletedItems, in order
    QByteArray summaryJson;                // the deletionSummary object, compact (audit log)
};

// One file of an export bundle besides campaign.json (always written from the live get).
struct ExportPiece
{
    enum class Kind
    {
        Verbatim,     // one request, body written as is (Smartlead leads-export CSV, JSON lists)
        PagedRows,    // pages of JSON rows written as CSV (Burki contacts, Kakiyo prospects, …)
        CampaignRows, // rows inside the live get answer written as CSV (Talkover calls, files)
    };
    QString id;       // "contacts"
    QString fileName; // "contacts.csv"
    Kind kind = Kind::Verbatim;
    QStringList columns; // CSV header: keys of each row object (nested values as compact JSON)
    QString rowsPath;    // CampaignRows: dotted path in the get answer ("data.calls")
};

// A page of export rows.
struct RowsPage
{
    QList<QJsonObject> rows;
    std::optional<PageCursor> next;
    qint64 total = -1; // when the platform says how many rows there are in all
    QString error;     // not the documented shape
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

    // --- Status actions, delete and export (the safe delete flow) -----------------------
    // Defaults say "not supported"; each platform overrides what it has.

    // Whether the platform has this action at all (Archive: Smartlead only).
    virtual bool supportsAction(StatusAction action) const;
    // Whether the action applies to a campaign in `rawStatus`; when not, `why` says so in
    // words for a tooltip ("Kore.ai has no pause; use Stop", "Already paused").
    virtual bool actionAllowed(StatusAction action, const QString &rawStatus, QString *why) const;
    virtual ApiRequest actionRequest(const Account &account, const QString &campaignId,
                                     StatusAction action) const;

    // The platform's rule for deleting a campaign in `rawStatus`.
    virtual DeleteRule deleteRule(const QString &rawStatus) const;
    // Whether the platform documents what a delete destroys (Kore.ai does not).
    virtual bool documentsCascade() const;
    // What a delete destroys, with the counts the live get answer carries.
    virtual QList<CascadeItem> cascade(const QJsonDocument &liveGetAnswer) const;
    // A further cheap request for counts the get lacks (Smartlead leads, Kore.ai contact
    // results); nothing when the get answer had them all.
    virtual std::optional<ApiRequest> cascadeCountRequest(const Account &account,
                                                          const QString &campaignId) const;
    virtual void addCascadeCounts(const QJsonDocument &answer, QList<CascadeItem> *items) const;

    virtual ApiRequest deleteRequest(const Account &account, const QString &campaignId) const;
    // Reads a 2xx DELETE answer. False unless it is one of the platform's documented success
    // shapes: a delete is never reported done on a body we do not recognise.
    virtual bool parseDeleteAnswer(const QJsonDocument &body, int httpStatus,
                                   DeleteAnswer *out) const;

    virtual QList<ExportPiece> exportPieces() const;
    virtual ApiRequest exportRequest(const Account &account, const QString &campaignId,
                                     const ExportPiece &piece, const PageCursor &cursor) const;
    virtual RowsPage parseExportRows(const ExportPiece &piece, const PageCursor &cursor,
                                     const QJsonDocument &body) const;

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

// One of a platform's status words and what it means in the app's vocabulary.
struct StatusWord
{
    QLatin1String word;
    CampaignStatus status;
};
enum class WordMatch
{
    Exact,          // the platform's own spelling only ("ACTIVE", "Ready")
    CaseInsensitive // trimmed, any case ("active", " Paused ")
};
// The status a word names, Unknown for a word not in the table.
CampaignStatus statusFromWords(const QString &raw, std::span<const StatusWord> words,
                               WordMatch match);

// "Authorization: Bearer <key>" (Talkover, Burki, Kakiyo).
void setBearer(QNetworkRequest &request, const QString &secret);
} // namespace Parse

} // namespace CampaignDesk
