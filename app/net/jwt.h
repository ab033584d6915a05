#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace CampaignDesk::Jwt {

// HS256 JSON Web Tokens, the way Kore.ai's public API wants them: the app signs a fresh,
// short-lived token with the account's Client Secret for every request, and the sandbox
// verifies it with the same code. Tokens live in memory only.

// Signs `claims` with HMAC-SHA256 under `secret` and returns the compact serialisation.
QByteArray signHs256(const QJsonObject &claims, const QByteArray &secret);

// The claims Kore.ai expects: appId = Client ID, a random jti, iat and a short exp.
QJsonObject koreAiClaims(const QString &clientId, const QDateTime &now, int lifetimeSeconds = 60);

enum class VerifyError
{
    None,
    Malformed,
    UnsupportedAlgorithm,
    BadSignature,
    Expired
};

struct Verified
{
    VerifyError error = VerifyError::Malformed;
    QJsonObject claims;
};

// Checks structure, the HS256 header, the signature (constant time) and `exp` if present.
Verified verifyHs256(const QByteArray &token, const QByteArray &secret, const QDateTime &now);

} // namespace CampaignDesk::Jwt
