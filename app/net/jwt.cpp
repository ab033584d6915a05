#include "jwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUuid>

namespace CampaignDesk::Jwt {

namespace {

constexpr auto Base64UrlOptions = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodePart(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(Base64UrlOptions);
}

QByteArray signature(const QByteArray &signingInput, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256)
        .toBase64(Base64UrlOptions);
}

bool decodePart(const QByteArray &part, QJsonObject *out)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *out = doc.object();
    return true;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

QByteArray signHs256(const QJsonObject &claims, const QByteArray &secret)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray signingInput = encodePart(header) + '.' + encodePart(claims);
    return signingInput + '.' + signature(signingInput, secret);
}

QJsonObject koreAiClaims(const QString &clientId, const QDateTime &now, int lifetimeSeconds)
{
    const qint64 iat = now.toSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("appId"), clientId},
                       {QStringLiteral("sub"), clientId},
                       {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("iat"), iat},
                       {QStringLiteral("exp"), iat + lifetimeSeconds}};
}

Verified verifyHs256(const QByteArray &token, const QByteArray &secret, const QDateTime &now)
{
    Verified result;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return result;
    QJsonObject header;
    QJsonObject claims;
    if (!decodePart(parts.at(0), &header) || !decodePart(parts.at(1), &claims))
        return result;
    if (header.value(QStringLiteral("alg")).toString() != QStringLiteral("HS256")) {
        result.error = VerifyError::UnsupportedAlgorithm;
        return result;
    }
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    if (!constantTimeEquals(signature(signingInput, secret), parts.at(2))) {
        result.error = VerifyError::BadSignature;
        return result;
    }
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (!exp.isUndefined() &&
        (!exp.isDouble() || exp.toDouble() < double(now.toSecsSinceEpoch()))) {
        result.error = VerifyError::Expired;
        return result;
    }
    result.error = VerifyError::None;
    result.claims = claims;
    return result;
}

} // namespace CampaignDesk::Jwt
