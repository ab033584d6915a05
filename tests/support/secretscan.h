#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace CampaignDesk::Test {

// What the secret-leak tests share: every log message of the process, and the forms a
// secret could take once written somewhere.

// Installs a message handler that keeps every message, prefixed with its category.
void captureLogMessages();
// What was captured so far (thread-safe copy).
QStringList capturedLogMessages();

// A secret as it may be written: plain, base64 and base64url (also mid-buffer, as inside an
// encoded JSON payload), percent-encoded, hex, UTF-16 (QDataStream, QSettings' @Variant),
// and its first and last 16 characters (a "key hint"). Forms shorter than 12 bytes are left
// out: they would match by chance.
QList<QByteArray> secretForms(const QString &secret);

// A signed JWT (header.payload.signature), e.g. a Kore.ai token.
const QRegularExpression &signedJwtPattern();

} // namespace CampaignDesk::Test
