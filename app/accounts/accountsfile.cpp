#include "accountsfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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

} // namespace CampaignDesk
