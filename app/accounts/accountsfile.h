#pragma once

#include "account.h"

#include <QJsonArray>
#include <QList>
#include <QProcessEnvironment>

namespace CampaignDesk {

struct AccountWithSecret
{
    Account account;
    QString secret;
};

// Reads the accounts array that `campaign-desk-sandbox --print-accounts` prints (label,
// platform, baseUrl, secret; Kore.ai's streamId, appId, accountId, clientId). Ids are derived
// from platform and label so that they stay the same from one run to the next. Returns false
// with a message naming the entry when one is unusable.
bool accountsFromJson(const QJsonArray &array, QList<AccountWithSecret> *out, QString *error);

// An account read from campaign-desk-cli's --accounts file, with where its secret came from.
struct CliFileAccount
{
    Account account;
    QString secret;
    // For people: "env:NAME" or "inline (sandbox)". Never the secret itself.
    QString secretSource;
};

// Reads campaign-desk-cli's --accounts file: the array accountsFromJson() reads, where each
// entry's one secret comes from the environment variable named by "secretEnv" (it wins when
// both are given). An inline "secret" is accepted only for a baseUrl on this computer (the
// sandbox prints its public keys that way) and refused for any other host, because a real key
// must not sit in a plain file that is easily copied or committed. Optional "ratePerMinute"
// and "transferTimeoutMs" set the account's pacing and timeout. Every entry is checked like a
// saved account (validateAccount). Returns false with a message that names the entry and
// never contains a secret.
bool accountsFromCliFile(const QJsonArray &array, const QProcessEnvironment &environment,
                         QList<CliFileAccount> *out, QString *error);

// Whether a URL's host is this computer (localhost or a loopback address).
bool isLoopbackUrl(const QUrl &url);

} // namespace CampaignDesk
