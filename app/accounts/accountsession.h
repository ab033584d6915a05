#pragma once

#include "account.h"
#include "model/campaign.h"
#include "net/transport.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

class QNetworkAccessManager;

namespace CampaignDesk {

class CampaignLister;

// What the accounts pane shows for an account.
enum class AccountState
{
    Idle,
    Loading,
    Ok,
    Error,
    NoSecret
};

// One connected account at run time: its transport (pacer, in-flight limit), its secret in
// memory, and its listing. A failure here never touches another account.
class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    AccountSession(QNetworkAccessManager *nam, const Account &account, QObject *parent = nullptr);
    ~AccountSession() override;

    const Account &account() const { return m_account; }
    void setAccount(const Account &account);
    void setSecret(const QString &secret);
    bool hasSecret() const { return !m_secret.isEmpty(); }
    Transport *transport() const { return m_transport; }

    AccountState state() const { return m_state; }
    QString errorText() const { return m_error; }
    ErrorKind errorKind() const { return m_errorKind; }
    int campaignCount() const { return m_count; }
    int quotaLimit() const { return m_quotaLimit; }
    int quotaRemaining() const { return m_quotaRemaining; }
    QDateTime lastListed() const { return m_lastListed; }

    // Lists every campaign again. Pages arrive through campaignsArrived(); listed() follows
    // with every key seen when the whole listing succeeded (the table then drops what vanished).
    void refresh();
    void cancel();

    // A cheap authenticated call; answers through connectionTested().
    void testConnection();

    // The secret, for the platform requests built elsewhere (export, status, delete).
    QString secret() const { return m_secret; }

Q_SIGNALS:
    void stateChanged();
    void campaignsArrived(const QList<CampaignDesk::Campaign> &campaigns);
    void listed(const QString &accountId, const QSet<QString> &keys);
    void connectionTested(const CampaignDesk::ApiResult &result);

private:
    void setState(AccountState state, const QString &error = {}, ErrorKind kind = ErrorKind::None);
    TransportSettings settingsFor(const Account &account) const;

    QNetworkAccessManager *m_nam;
    Account m_account;
    QString m_secret;
    Transport *m_transport;
    CampaignLister *m_lister = nullptr;
    QSet<QString> m_seen;
    AccountState m_state = AccountState::Idle;
    QString m_error;
    ErrorKind m_errorKind = ErrorKind::None;
    int m_count = 0;
    int m_quotaLimit = -1;
    int m_quotaRemaining = -1;
    QDateTime m_lastListed;
};

// A human sentence for a failed listing or call, naming the platform and account, with the
// platform's own message. Never contains a secret.
QString describeFailure(const Account &account, const ApiResult &result);

} // namespace CampaignDesk
