#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QMetaType>
#include <QString>

namespace CampaignDesk {

// What went wrong with a request, in the order the reply was examined: transport first, then
// the HTTP status, then the body's JSON, its shape, and last the platform's own failure flag.
enum class ErrorKind
{
    None,
    InsecureUrl,     // refused before sending: http:// to a host that is not loopback
    Transport,       // connection refused, reset, DNS, closed before an answer
    Timeout,         // no complete answer within the transfer timeout
    Tls,             // certificate or handshake failure (never ignored)
    Cancelled,       // the caller gave up
    Redirect,        // any 3xx on a mutating request, or a cross-origin redirect
    Auth,            // 401, or 403 that the platform uses for credentials
    RateLimited,     // 429
    Http,            // any other non-2xx
    Parse,           // 2xx whose body is not JSON
    Shape,           // JSON, but not the documented shape
    PlatformFailure, // 2xx with success:false / status:"failure" / ok:false
};

QString errorKindName(ErrorKind kind);

// The one value every request produces.
struct ApiResult
{
    ErrorKind error = ErrorKind::None;
    int httpStatus = 0;
    QString message; // the platform's message, or ours when the platform said nothing
    QString code;    // the platform's error code, when it has one
    QByteArray body; // raw body (may be large; JSON parsed into `json` when it is JSON)
    QJsonDocument json;
    bool sent = false; // the request left the machine (matters for DELETE outcomes)
    int retryAfterMs = -1;
    int rateLimit = -1;
    int rateRemaining = -1;
    QString redactedUrl; // for messages and logs: never contains a secret

    bool ok() const { return error == ErrorKind::None; }
};

} // namespace CampaignDesk

Q_DECLARE_METATYPE(CampaignDesk::ApiResult)
