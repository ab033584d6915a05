#pragma once

#include "core/platform.h"

#include <QString>
#include <QUrl>

namespace CampaignDesk {

// A connected platform account: everything but its secret, which lives in the keyring (or in
// memory for this session) under secretKey().
struct Account
{
    QString id; // local, stable (a UUID); never the platform's
    Platform platform = Platform::Talkover;
    QString label;        // the user's name for it ("Agency account")
    QUrl baseUrl;         // the platform's production URL unless changed (Kore.ai: the host)
    bool sandbox = false; // a sandbox account: marked everywhere, never saved
    bool allowHttp2 = true;
    double ratePerMinute = 0;  // 0: the platform's documented default
    int transferTimeoutMs = 0; // 0: the default (30 s)
    // Kore.ai only.
    QString streamId;
    QString appId;     // "iid"
    QString accountId; // Kore.ai's account id
    QString clientId;

    // The keyring entry name: app, platform and account namespaced.
    QString secretKey() const
    {
        return QStringLiteral("campaign-desk/%1/%2").arg(platformKey(platform), id);
    }
};

} // namespace CampaignDesk
