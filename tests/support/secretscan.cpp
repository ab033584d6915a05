#include "secretscan.h"

#include <QMutex>
#include <QMutexLocker>
#include <QUrl>
#include <QtGlobal>

namespace CampaignDesk::Test {

namespace {

// Never destroyed: Qt still logs from exit handlers after static objects are gone, and the
// handler stays installed until the process ends.
struct Log
{
    QMutex mutex;
    QStringList lines;
};

Log &log()
{
    static auto *log = new Log;
    return *log;
}

void keepMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    Log &l = log();
    const QMutexLocker lock(&l.mutex);
    l.lines << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                   message;
}

// The base64 characters that depend on `raw` alone, when `raw` starts `shift` bytes into a
// longer encoded buffer (a secret inside a JSON payload inside a token, say).
QByteArray base64Core(const QByteArray &raw, int shift, QByteArray::Base64Options options)
{
    const QByteArray encoded = (QByteArray(shift, '\0') + raw).toBase64(options);
    const qsizetype start = qsizetype{(shift + 2) / 3} * 4;
    const qsizetype end = ((shift + raw.size()) / 3) * 4;
    return encoded.mid(start, end - start);
}

} // namespace

QList<QByteArray> secretForms(const QString &secret)
{
    const QByteArray raw = secret.toUtf8();
    QList<QByteArray> forms{
        raw, raw.toBase64(), raw.toBase64(QByteArray::Base64UrlEncoding),
        raw.toBase64(QByteArray::OmitTrailingEquals),
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
        QUrl::toPercentEncoding(secret), raw.toHex(), raw.toHex().toUpper(),
        // A label or a "key hint" that shows the start or the end.
        raw.left(16), raw.right(16)};
    for (int shift = 0; shift < 3; ++shift) {
        forms << base64Core(raw, shift, QByteArray::Base64Encoding)
              << base64Core(raw, shift, QByteArray::Base64UrlEncoding);
    }
    // QString as QDataStream (QSettings' @Variant) or a wide-char file stores it.
    QByteArray utf16le;
    QByteArray utf16be;
    for (const QChar c : secret) {
        utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    forms << utf16le << utf16be;
    QList<QByteArray> unique;
    for (const QByteArray &f : std::as_const(forms)) {
        if (f.size() >= 12 && !unique.contains(f))
            unique << f;
    }
    return unique;
}

void captureLogMessages()
{
    qInstallMessageHandler(keepMessage);
}

QStringList capturedLogMessages()
{
    Log &l = log();
    const QMutexLocker lock(&l.mutex);
    return l.lines;
}

const QRegularExpression &signedJwtPattern()
{
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}"));
    return jwt;
}

} // namespace CampaignDesk::Test
