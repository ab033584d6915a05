#include "accountsession.h"

#include "providers/campaignlister.h"
#include "providers/provider.h"

#include <QCoreApplication>

namespace CampaignDesk {

AccountSession::AccountSession(QNetworkAccessManager *nam, const Account &account, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_account(account)
    , m_transport(new Transport(nam, settingsFor(account), this))
{
    connect(m_transport, &Transport::quotaChanged, this, [this](int limit, int remaining) {
        m_quotaLimit = limit;
        m_quotaRemaining = remaining;
        Q_EMIT stateChanged();
    });
}

AccountSession::~AccountSession() = default;

TransportSettings AccountSession::settingsFor(const Account &account) const
{
    const RateDefaults defaults = providerFor(account.platform).rateDefaults();
    TransportSettings settings;
    // A rate the user set is a ceiling: no burst on top of it.
    settings.ratePerMinute = account.ratePerMinute > 0 ? account.ratePerMinute : defaults.perMinute;
    settings.burst = account.ratePerMinute > 0 ? 1 : defaults.burst;
    settings.allowHttp2 = account.allowHttp2;
    if (account.transferTimeoutMs > 0)
        settings.transferTimeoutMs = account.transferTimeoutMs;
    return settings;
}

void AccountSession::setAccount(const Account &account)
{
    m_account = account;
    m_transport->setSettings(settingsFor(account));
    Q_EMIT stateChanged();
}

void AccountSession::setSecret(const QString &secret)
{
    m_secret = secret;
    if (m_state == AccountState::NoSecret && !secret.isEmpty())
        setState(AccountState::Idle);
}

void AccountSession::setState(AccountState state, const QString &error, ErrorKind kind)
{
    m_state = state;
    m_error = error;
    m_errorKind = kind;
    Q_EMIT stateChanged();
}

void AccountSession::refresh()
{
    if (m_lister && m_lister->isRunning())
        return;
    if (m_secret.isEmpty()) {
        setState(AccountState::NoSecret,
                 tr("No key for this account: open its settings to enter it."));
        return;
    }
    delete m_lister;
    m_lister = new CampaignLister(m_transport, m_account, m_secret, this);
    m_seen.clear();
    connect(m_lister, &CampaignLister::pageReady, this, [this](const QList<Campaign> &campaigns) {
        for (const Campaign &c : campaigns)
            m_seen.insert(c.key());
        Q_EMIT campaignsArrived(campaigns);
    });
    connect(m_lister, &CampaignLister::finished, this, [this](const ApiResult &result, int) {
        if (result.ok()) {
            m_count = int(m_seen.size());
            m_lastListed = QDateTime::currentDateTimeUtc();
            setState(AccountState::Ok);
            Q_EMIT listed(m_account.id, m_seen);
        } else if (result.error == ErrorKind::Cancelled) {
            setState(AccountState::Idle);
        } else {
            setState(AccountState::Error, describeFailure(m_account, result), result.error);
        }
    });
    setState(AccountState::Loading);
    m_lister->start();
}

void AccountSession::cancel()
{
    if (m_lister)
        m_lister->cancel();
}

void AccountSession::testConnection()
{
    const Provider &provider = providerFor(m_account.platform);
    PendingCall *call = m_transport->send(
        provider.withAuth(provider.testConnectionRequest(m_account), m_account, m_secret));
    connect(call, &PendingCall::finished, this, &AccountSession::connectionTested);
}

QString describeFailure(const Account &account, const ApiResult &result)
{
    const QString platform = platformDisplayName(account.platform);
    const QString platformSaid =
        result.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(result.message);
    switch (result.error) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Auth:
        return QCoreApplication::translate("AccountSession", "The %1 key for %2 was refused%3.")
            .arg(platform, account.label, platformSaid);
    case ErrorKind::RateLimited:
        return QCoreApplication::translate("AccountSession", "%1 asked us to slow down%2.")
            .arg(platform, platformSaid);
    case ErrorKind::Timeout:
        return QCoreApplication::translate("AccountSession", "%1 did not answer in time.")
            .arg(platform);
    case ErrorKind::Transport:
        return QCoreApplication::translate("AccountSession", "Could not reach %1: %2")
            .arg(platform, result.message);
    case ErrorKind::Http:
        return QCoreApplication::translate("AccountSession", "%1 answered HTTP %2%3.")
            .arg(platform)
            .arg(result.httpStatus)
            .arg(platformSaid);
    case ErrorKind::Parse:
    case ErrorKind::Shape:
        return QCoreApplication::translate("AccountSession", "Unexpected answer from %1: %2")
            .arg(platform, result.message);
    case ErrorKind::PlatformFailure:
        return QCoreApplication::translate("AccountSession", "%1 reported a failure%2.")
            .arg(platform, platformSaid);
    case ErrorKind::InsecureUrl:
    case ErrorKind::Tls:
    case ErrorKind::Redirect:
    case ErrorKind::Cancelled:
        break;
    }
    return result.message;
}

} // namespace CampaignDesk
