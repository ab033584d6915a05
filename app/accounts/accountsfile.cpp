#include "accountsfile.h"

#include "accountstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonObject>

namespace CampaignDesk {

bool accountsFromJson(const QJsonArray &array, QList<AccountWithSecret> *out, QString *error)
{
    QList<AccountWithSecret> result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        AccountWithSecret entry;
        Account &a = entry.account;
        const QString where = QCoreApplication::translate("AccountsFile", "account %1").arg(i + 1);
        if (!platformFromKey(o.value(QStringLiteral("platform")).toString(), &a.platform)) {
            *error = QCoreApplication::translate("AccountsFile", "%1: unknown platform \"%2\"")
                         .arg(where, o.value(QStringLiteral("platform")).toString());
            return false;
        }
        a.label = o.value(QStringLiteral("label")).toString().trimmed();
        a.baseUrl = QUrl(o.value(QStringLiteral("baseUrl")).toString());
        if (a.label.isEmpty() || !a.baseUrl.isValid() || a.baseUrl.isRelative()) {
            *error = QCoreApplication::translate("AccountsFile",
                                                 "%1: needs a label and an absolute baseUrl")
                         .arg(where);
            return false;
        }
        a.streamId = o.value(QStringLiteral("streamId")).toString();
        a.appId = o.value(QStringLiteral("appId")).toString();
        a.accountId = o.value(QStringLiteral("accountId")).toString();
        a.clientId = o.value(QStringLiteral("clientId")).toString();
        const QByteArray idSource = platformKey(a.platform).toUtf8() + '/' + a.label.toUtf8();
        a.id = QString::fromLatin1(
            QCryptographicHash::hash(idSource, QCryptographicHash::Sha1).toHex().left(16));
        entry.secret = o.value(QStringLiteral("secret")).toString();
        result.append(entry);
    }
    *out = result;
    return true;
}

bool isLoopbackUrl(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool accountsFromCliFile(const QJsonArray &array, const QProcessEnvironment &environment,
                         QList<CliFileAccount> *out, QString *error)
{
    QList<AccountWithSecret> parsed;
    if (!accountsFromJson(array, &parsed, error))
        return false;
    QList<CliFileAccount> result;
    QList<Account> seen;
    for (qsizetype i = 0; i < parsed.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        CliFileAccount entry;
        entry.account = parsed.at(i).account;
        Account &a = entry.account;
        const QString where = QCoreApplication::translate("AccountsFile", "account %1 (\"%2\")")
                                  .arg(i + 1)
                                  .arg(a.label);
        a.ratePerMinute = o.value(QStringLiteral("ratePerMinute")).toDouble(0);
        a.transferTimeoutMs = o.value(QStringLiteral("transferTimeoutMs")).toInt(0);

        const QString inlineSecret = o.value(QStringLiteral("secret")).toString();
        const QString envName = o.value(QStringLiteral("secretEnv")).toString().trimmed();
        // Checked first and whatever else the entry says: a real key in a plain file is the
        // mistake this rule exists for.
        if (!inlineSecret.isEmpty() && !isLoopbackUrl(a.baseUrl)) {
            *error = QCoreApplication::translate(
                         "AccountsFile",
                         "%1: an inline \"secret\" is accepted only for the sandbox on this "
                         "computer, not for %2. Remove it from the file, put the key in an "
                         "environment variable and name that variable with \"secretEnv\".")
                         .arg(where, a.baseUrl.host());
            return false;
        }
        if (!envName.isEmpty()) {
            entry.secret = environment.value(envName);
            if (entry.secret.isEmpty()) {
                *error = QCoreApplication::translate(
                             "AccountsFile",
                             "%1: the environment variable %2 named by \"secretEnv\" is not set "
                             "or empty.")
                             .arg(where, envName);
                return false;
            }
            entry.secretSource = QStringLiteral("env:") + envName;
        } else if (!inlineSecret.isEmpty()) {
            entry.secret = inlineSecret;
            entry.secretSource = QStringLiteral("inline (sandbox)");
            a.sandbox = true;
        } else {
            *error = QCoreApplication::translate(
                         "AccountsFile",
                         "%1: no secret; name the environment variable that holds it with "
                         "\"secretEnv\".")
                         .arg(where);
            return false;
        }
        const QStringList problems = validateAccount(a, seen);
        if (!problems.isEmpty()) {
            *error = where + QStringLiteral(": ") + problems.join(QLatin1Char(' '));
            return false;
        }
        seen.append(a);
        result.append(entry);
    }
    *out = result;
    return true;
}

} // namespace CampaignDesk
