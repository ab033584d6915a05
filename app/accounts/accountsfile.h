#pragma once

#include "account.h"

#include <QJsonArray>
#include <QList>

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

} // namespace CampaignDesk
