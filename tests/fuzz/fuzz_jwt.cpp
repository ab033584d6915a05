// The Kore.ai JWT maker and verifier pair. Arbitrary tokens never verify under a secret they
// were not signed with and never crash the verifier; claims the maker signs always verify,
// unchanged, under the same secret, and never under another one.

#include "fuzzcheck.h"

#include "net/jwt.h"

#include <QJsonDocument>

#include <cstdint>

using namespace CampaignDesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QDateTime now = QDateTime(QDate(2026, 10, 21), QTime(7, 0), Qt::UTC);
    const QByteArray input = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));

    // 1. The input as a token, under a fixed secret: at most Malformed … Expired, and a
    //    "None" result only if the token really carries that secret's signature.
    const QByteArray secret = QByteArrayLiteral("fuzz-client-secret");
    const Jwt::Verified v = Jwt::verifyHs256(input, secret, now);
    if (v.error == Jwt::VerifyError::None) {
        const QList<QByteArray> parts = input.split('.');
        FUZZ_CHECK(parts.size() == 3);
    }

    // 2. The input split into a secret and JSON claims: sign, then verify.
    const qsizetype cut = input.indexOf('\n');
    if (cut < 0)
        return 0;
    const QByteArray key = input.left(cut);
    const QJsonDocument claimsDoc = QJsonDocument::fromJson(input.mid(cut + 1));
    if (!claimsDoc.isObject() || key.isEmpty())
        return 0;
    QJsonObject claims = claimsDoc.object();
    claims.remove(QStringLiteral("exp")); // expiry is tested by the unit tests
    const QByteArray token = Jwt::signHs256(claims, key);
    const Jwt::Verified back = Jwt::verifyHs256(token, key, now);
    FUZZ_CHECK(back.error == Jwt::VerifyError::None);
    FUZZ_CHECK(back.claims == claims);
    const Jwt::Verified other = Jwt::verifyHs256(token, key + "x", now);
    FUZZ_CHECK(other.error == Jwt::VerifyError::BadSignature);
    return 0;
}
