// campaign-desk-cli's --accounts file reader. Whatever the file holds, a refusal names a
// reason, and no message ever contains a secret from the environment.

#include "fuzzcheck.h"

#include "accounts/accountsfile.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

using namespace CampaignDesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QString secret = QStringLiteral("fz-SECRET-7c1e9a");
    static const QProcessEnvironment env = [] {
        QProcessEnvironment e;
        for (const char *name : {"TALKOVER_KEY", "BURKI_KEY", "KAKIYO_KEY", "KOREAI_SECRET",
                                 "SMARTLEAD_KEY", "A", "KEY"})
            e.insert(QString::fromLatin1(name), secret);
        return e;
    }();
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isArray())
        return 0;
    QList<CliFileAccount> accounts;
    QString error;
    const bool ok = accountsFromCliFile(doc.array(), env, &accounts, &error);
    if (!ok)
        FUZZ_CHECK(!error.isEmpty());
    FUZZ_CHECK(!error.contains(secret));
    for (const CliFileAccount &a : std::as_const(accounts)) {
        FUZZ_CHECK(!a.secretSource.contains(secret));
        FUZZ_CHECK(!a.account.label.isEmpty() || !a.account.id.isEmpty());
    }
    return 0;
}
