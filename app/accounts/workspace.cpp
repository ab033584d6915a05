#include "workspace.h"

#include "accountstore.h"
#include "secretstore.h"

namespace CampaignDesk {

Workspace::Workspace(QNetworkAccessManager *nam, QSettings *settings,
                     SessionFallbackSecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_store(std::make_unique<AccountStore>(settings, secrets))
{
    connect(m_secrets, &SessionFallbackSecretStore::sessionOnlyChanged, this,
            [this](bool sessionOnly) {
                if (sessionOnly)
                    Q_EMIT notice(SessionFallbackSecretStore::sessionOnlyMessage());
            });
}

Workspace::~Workspace() = default;

AccountSession *Workspace::createSession(const Account &account)
{
    auto *session = new AccountSession(m_nam, account, this);
    m_sessions.push_back(session);
    connect(session, &AccountSession::campaignsArrived, this, &Workspace::campaignsArrived);
    connect(session, &AccountSession::listed, this, &Workspace::accountListed);
    connect(session, &AccountSession::stateChanged, this,
            [this, session] { Q_EMIT accountChanged(session->account().id); });
    Q_EMIT accountAdded(session);
    return session;
}

void Workspace::loadSaved()
{
    const QList<Account> saved = m_store->load();
    for (const Account &account : saved) {
        if (session(account.id))
            continue;
        AccountSession *s = createSession(account);
        SecretReply *reply = m_secrets->read(account.secretKey());
        connect(reply, &SecretReply::finished, s, [this, s](const SecretResult &result) {
            if (result.ok()) {
                s->setSecret(result.secret);
                s->refresh();
                return;
            }
            s->refresh(); // reports "no key" in the accounts pane
            if (result.error != SecretError::NotFound)
                Q_EMIT notice(tr("The key of %1 could not be read: %2")
                                  .arg(s->account().label, result.message));
        });
    }
}

void Workspace::addSandboxAccounts(const QList<AccountWithSecret> &accounts)
{
    for (const AccountWithSecret &entry : accounts) {
        Account account = entry.account;
        account.sandbox = true;
        if (session(account.id))
            continue;
        AccountSession *s = createSession(account);
        s->setSecret(entry.secret); // public sandbox credentials: memory only, never saved
        s->refresh();
    }
}

void Workspace::storeSecret(AccountSession *session, const QString &secret, bool remember)
{
    session->setSecret(secret);
    const QString key = session->account().secretKey();
    SecretReply *reply =
        remember ? m_secrets->write(key, secret) : m_secrets->writeForSession(key, secret);
    connect(reply, &SecretReply::finished, session, [this, session](const SecretResult &result) {
        if (!result.ok())
            Q_EMIT notice(tr("The key of %1 could not be stored in the keyring: %2. It is kept for "
                             "this session only.")
                              .arg(session->account().label, result.message));
    });
}

bool Workspace::addAccount(const Account &account, const QString &secret, bool remember,
                           QStringList *problems)
{
    if (!m_store->save(account, problems))
        return false;
    AccountSession *s = createSession(account);
    storeSecret(s, secret, remember);
    s->refresh();
    return true;
}

bool Workspace::updateAccount(const Account &account, const QString &secret, bool remember,
                              QStringList *problems)
{
    AccountSession *s = session(account.id);
    if (!s) {
        if (problems)
            *problems << tr("That account no longer exists.");
        return false;
    }
    if (!m_store->save(account, problems))
        return false;
    s->setAccount(account);
    if (!secret.isEmpty())
        storeSecret(s, secret, remember);
    Q_EMIT accountChanged(account.id);
    s->refresh();
    return true;
}

void Workspace::removeAccount(const QString &id)
{
    AccountSession *s = session(id);
    if (!s)
        return;
    if (!s->account().sandbox) {
        if (SecretReply *reply = m_store->remove(id)) {
            const QString label = s->account().label;
            connect(reply, &SecretReply::finished, this, [this, label](const SecretResult &result) {
                if (!result.ok())
                    Q_EMIT notice(
                        tr("%1 was removed, but its key could not be removed from the keyring: %2")
                            .arg(label, result.message));
            });
        }
    }
    std::erase(m_sessions, s);
    s->cancel();
    s->deleteLater();
    Q_EMIT accountRemoved(id);
}

QList<AccountSession *> Workspace::sessions() const
{
    return QList<AccountSession *>(m_sessions.begin(), m_sessions.end());
}

AccountSession *Workspace::session(const QString &accountId) const
{
    for (AccountSession *s : m_sessions) {
        if (s->account().id == accountId)
            return s;
    }
    return nullptr;
}

QStringList Workspace::labels() const
{
    QStringList out;
    for (AccountSession *s : m_sessions)
        out << s->account().label;
    return out;
}

void Workspace::refreshAll()
{
    for (AccountSession *s : m_sessions)
        s->refresh();
}

void Workspace::refresh(const QString &accountId)
{
    if (AccountSession *s = session(accountId))
        s->refresh();
}

} // namespace CampaignDesk
