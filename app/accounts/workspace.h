#pragma once

#include "accountsession.h"
#include "accountsfile.h"

#include <QObject>
#include <QStringList>

#include <vector>

class QNetworkAccessManager;
class QSettings;

namespace CampaignDesk {

class AccountStore;
class SecretStore;
class SessionFallbackSecretStore;

// Every connected account of this run: the saved ones (settings + keyring) and, with
// --sandbox, the sandbox accounts (never saved). Owns one AccountSession per account and
// forwards their campaigns, so the window only listens here.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    // None of the pointers is owned; all must outlive the workspace.
    Workspace(QNetworkAccessManager *nam, QSettings *settings, SessionFallbackSecretStore *secrets,
              QObject *parent = nullptr);
    ~Workspace() override;

    // Loads the saved accounts; each one's secret is read from the keyring in the background
    // and the account lists its campaigns as soon as it has it.
    void loadSaved();
    // Adds the sandbox accounts for this run only (the user's saved accounts are untouched).
    void addSandboxAccounts(const QList<AccountWithSecret> &accounts);

    // Saves a new account and its secret (in the keyring, or for this session only).
    bool addAccount(const Account &account, const QString &secret, bool remember,
                    QStringList *problems);
    // Saves changes; an empty secret keeps the current one.
    bool updateAccount(const Account &account, const QString &secret, bool remember,
                       QStringList *problems);
    // Forgets the account and removes its secret from the keyring.
    void removeAccount(const QString &id);

    QList<AccountSession *> sessions() const;
    AccountSession *session(const QString &accountId) const;
    QStringList labels() const;
    bool hasAccounts() const { return !m_sessions.empty(); }

    void refreshAll();
    void refresh(const QString &accountId);

Q_SIGNALS:
    void accountAdded(CampaignDesk::AccountSession *session);
    void accountRemoved(const QString &accountId);
    void accountChanged(const QString &accountId);
    void campaignsArrived(const QList<CampaignDesk::Campaign> &campaigns);
    void accountListed(const QString &accountId, const QSet<QString> &keys);
    // Something about secrets the user must know (no keyring, keyring locked, …).
    void notice(const QString &message);

private:
    AccountSession *createSession(const Account &account);
    void storeSecret(AccountSession *session, const QString &secret, bool remember);

    QNetworkAccessManager *m_nam;
    QSettings *m_settings;
    SessionFallbackSecretStore *m_secrets;
    std::unique_ptr<AccountStore> m_store;
    std::vector<AccountSession *> m_sessions;
};

} // namespace CampaignDesk
