#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>

#include <optional>

namespace CampaignDesk {

// Retry-After is delta-seconds or an IMF-fixdate ("Wed, 21 Oct 2026 07:28:00 GMT"). Qt's
// RFC 2822 parser rejects "GMT", so dates are read with a C locale here. Returns milliseconds
// to wait from `now` (0 for a date in the past, at most INT_MAX: the transport keeps waits
// in an int), or nothing when the value is unreadable.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// A retry hint inside a 429 body: retry_after at the top, in "error", or in "error.details".
std::optional<qint64> retryAfterFromBody(const QJsonDocument &body);

// An X-RateLimit-Limit / X-RateLimit-Remaining header value: a non-negative decimal integer
// that fits an int; -1 for anything else (absent, negative, garbage, too large).
int parseRateLimitHeader(const QByteArray &value);

} // namespace CampaignDesk
