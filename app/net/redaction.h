#pragma once

#include <QString>
#include <QUrl>

namespace CampaignDesk {

// Smartlead's key rides in the URL, so every URL that is shown, logged or stored goes through
// here first: the values of secret-bearing query parameters become "***" and any user info is
// dropped.
QString redactedUrl(const QUrl &url);

// The same for a "path?query" string as an HTTP server sees it.
QString redactedPathAndQuery(const QString &pathAndQuery);

// Whether a query parameter name carries a secret (api_key, apikey, token, access_token, key…).
bool isSecretQueryParameter(const QString &name);

} // namespace CampaignDesk
