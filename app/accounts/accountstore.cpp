#include "accountstore.h"

#include "net/transport.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace CampaignDesk {

namespace {

// lupdate files tr() in these free functions under "CampaignDesk"; the lookup must use the
// same context or the translations are never found. AccountStore's own texts say theirs.
QString tr(const char *text)
{
    return QCoreApplication::translate("CampaignDesk", text);
}

// Setting names inside an account's group. The secret has none, by design.
const QLatin1String PlatformKey("platform");
const QLatin1String LabelKey("label");
const QLatin1String BaseUrlKey("baseUrl");
const QLatin1String AllowHttp2Key("allowHttp2");
const QLatin1String RateKey("ratePerMinute");
const QLatin1String StreamIdKey("streamId");
const QLatin1String AppIdKey("appId");
const QLatin1String AccountIdKey("accountId");
const QLatin1String ClientIdKey("clientId");

void validateBaseUrl(const QUrl &url, QStringList *problems)
{
    if (url.isEmpty()) {
        problems->append(tr("Enter the API base URL."));
        return;
    }
    if (!url.isValid() || url.host().isEmpty()) {
        problems->append(tr("The API base URL is not a valid address."));
        return;
    }
    // A key pasted into the URL would be saved as plain text with the account.
    if (!url.userInfo().isEmpty())
        problems->append(tr("The API base URL must not contain a user name or password."));
    if (url.hasQuery() || url.hasFragment())
        problems->append(tr("The API base URL must not contain a query (\"?…\") or fragment "
                            "(\"#…\"); enter the key in its own field."));
    if (!Transport::isAllowedUrl(url)) {
        if (url.scheme() == QLatin1String("http"))
            problems->append(tr("Plain http:// is only allowed for this computer (localhost or "
                                "127.0.0.1); use https:// for %1.")
                                 .arg(url.host()));
        else
            problems->append(tr("The API base URL must start with https://."));
    }
}

} // namespace

QStringList validateAccount(const Account &account, const QList<Account> &others)
{
    QStringList problems;
    if (account.id.isEmpty() || account.id.contains(QLatin1Char('/')) ||
        account.id.contains(QLatin1Char('\\')))
        problems.append(tr("The account has no valid id."));

    const QString label = account.label.trimmed();
    if (label.isEmpty()) {
        problems.append(tr("Enter a name for the account."));
    } else {
        const bool taken = std::any_of(others.cbegin(), others.cend(), [&](const Account &o) {
            return o.id != account.id && o.label.trimmed().compare(label, Qt::CaseInsensitive) == 0;
        });
        if (taken)
            problems.append(tr("Another account is already called \"%1\".").arg(label));
    }

    validateBaseUrl(account.baseUrl, &problems);

    if (account.ratePerMinute < 0)
        problems.append(tr("The request rate cannot be negative."));

    if (account.platform == Platform::KoreAi) {
        const QList<QPair<QString, QString>> required = {
            {account.streamId, tr("Enter the Kore.ai stream id.")},
            {account.appId, tr("Enter the Kore.ai app id (iid).")},
            {account.accountId, tr("Enter the Kore.ai account id.")},
            {account.clientId, tr("Enter the Kore.ai client id.")},
        };
        for (const auto &[value, message] : required) {
            if (value.trimmed().isEmpty())
                problems.append(message);
        }
    }
    return problems;
}

AccountStore::AccountStore(QSettings *settings, SecretStore *secrets)
    : m_settings(settings)
    , m_secrets(secrets)
{
    Q_ASSERT(m_settings);
    Q_ASSERT(m_secrets);
}

QString AccountStore::settingsGroup()
{
    return QStringLiteral("accounts");
}

QList<Account> AccountStore::load() const
{
    QList<Account> accounts;
    m_settings->beginGroup(settingsGroup());
    const QStringList ids = m_settings->childGroups();
    for (const QString &id : ids) {
        m_settings->beginGroup(id);
        Account account;
        account.id = id;
        const bool known =
            platformFromKey(m_settings->value(PlatformKey).toString(), &account.platform);
        account.label = m_settings->value(LabelKey).toString();
        account.baseUrl = QUrl(m_settings->value(BaseUrlKey).toString(), QUrl::StrictMode);
        account.allowHttp2 = m_settings->value(AllowHttp2Key, true).toBool();
        account.ratePerMinute = m_settings->value(RateKey, 0.0).toDouble();
        if (account.platform == Platform::KoreAi) {
            account.streamId = m_settings->value(StreamIdKey).toString();
            account.appId = m_settings->value(AppIdKey).toString();
            account.accountId = m_settings->value(AccountIdKey).toString();
            account.clientId = m_settings->value(ClientIdKey).toString();
        }
        m_settings->endGroup();
        if (known)
            accounts.append(account);
    }
    m_settings->endGroup();

    std::stable_sort(accounts.begin(), accounts.end(), [](const Account &a, const Account &b) {
        if (a.platform != b.platform)
            return int(a.platform) < int(b.platform);
        return a.label.compare(b.label, Qt::CaseInsensitive) < 0;
    });
    return accounts;
}

bool AccountStore::find(const QString &id, Account *account) const
{
    const QList<Account> accounts = load();
    for (const Account &a : accounts) {
        if (a.id == id) {
            *account = a;
            return true;
        }
    }
    return false;
}

bool AccountStore::save(const Account &account, QStringList *problems)
{
    QStringList found;
    if (account.sandbox)
        found.append(QCoreApplication::translate("CampaignDesk::AccountStore",
                                                 "Sandbox accounts are never saved."));
    else
        found = validateAccount(account, load());
    if (!found.isEmpty()) {
        if (problems)
            *problems = found;
        return false;
    }

    // Replace the whole entry, so nothing from an earlier version of it lingers.
    m_settings->beginGroup(settingsGroup());
    m_settings->remove(account.id);
    m_settings->beginGroup(account.id);
    m_settings->setValue(PlatformKey, platformKey(account.platform));
    m_settings->setValue(LabelKey, account.label.trimmed());
    m_settings->setValue(BaseUrlKey, account.baseUrl.toString(QUrl::FullyEncoded));
    m_settings->setValue(AllowHttp2Key, account.allowHttp2);
    m_settings->setValue(RateKey, account.ratePerMinute);
    if (account.platform == Platform::KoreAi) {
        m_settings->setValue(StreamIdKey, account.streamId.trimmed());
        m_settings->setValue(AppIdKey, account.appId.trimmed());
        m_settings->setValue(AccountIdKey, account.accountId.trimmed());
        m_settings->setValue(ClientIdKey, account.clientId.trimmed());
    }
    m_settings->endGroup();
    m_settings->endGroup();
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (problems)
            *problems = {QCoreApplication::translate(
                "CampaignDesk::AccountStore",
                "The account could not be saved: the settings file is not writable.")};
        return false;
    }
    if (problems)
        problems->clear();
    return true;
}

SecretReply *AccountStore::remove(const QString &id)
{
    Account account;
    if (id.isEmpty() || !find(id, &account))
        return nullptr;
    // The entry goes first: an account the user removed must not come back because the
    // keyring was locked. The reply tells whether the key went too.
    m_settings->beginGroup(settingsGroup());
    m_settings->remove(id);
    m_settings->endGroup();
    m_settings->sync();
    return m_secrets->remove(account.secretKey());
}

} // namespace CampaignDesk
