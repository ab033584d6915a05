#pragma once

#include "account.h"

#include <QList>
#include <QStringList>

class QSettings;

namespace CampaignDesk {

class SecretReply;
class SecretStore;

// What is wrong with an account as the user entered it, in words for the user; empty when it
// may be saved. `others` are the accounts it must not clash with (an entry with the same id is
// the account itself and is ignored). The base URL must be https (http only for this
// computer) and must not carry credentials or a query, since a key pasted there would be
// saved in plain text.
QStringList validateAccount(const Account &account, const QList<Account> &others);

// The non-secret index of saved accounts, in QSettings under the group "accounts", one
// sub-group per account id. Secrets never go here: they live in the SecretStore under
// Account::secretKey(). Sandbox accounts are never saved.
class AccountStore final
{
    Q_DISABLE_COPY_MOVE(AccountStore)

public:
    // Neither is owned; both must outlive the store.
    AccountStore(QSettings *settings, SecretStore *secrets);
    ~AccountStore() = default;

    // The saved accounts in display order (platform, then label). Entries that cannot be read
    // (an unknown platform from a newer version) are skipped.
    QList<Account> load() const;
    // The saved account with that id, if there is one.
    bool find(const QString &id, Account *account) const;

    // Validates against the other saved accounts and writes the entry (replacing any entry
    // with the same id). Returns false with the reasons in `problems` when nothing was
    // written: invalid, a sandbox account, or the settings could not be written.
    bool save(const Account &account, QStringList *problems = nullptr);

    // Removes the entry and then the account's secret. Returns the secret removal's reply
    // (the entry is already gone when it finishes; a failure means the keyring still holds
    // the key), or nullptr when no account with that id is saved.
    SecretReply *remove(const QString &id);

    static QString settingsGroup();

private:
    QSettings *m_settings;
    SecretStore *m_secrets;
};

} // namespace CampaignDesk
