// The error-body reader shared by the five platforms ({message}, {error:{code,message}},
// {detail:[{msg,loc}]}, Laravel field errors, …), the 2xx failure flag and the retry hint in a
// 429 body. Seeded with every platform's documented error bodies.

#include "fuzzcheck.h"

#include "net/retryafter.h"
#include "net/transport.h"

#include <QJsonDocument>

#include <cstdint>

using namespace CampaignDesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QString message;
    QString code;
    readPlatformMessage(doc, &message, &code);
    const bool failure = bodySaysFailure(doc);
    // A body that is not JSON carries no message and never says anything, failure included.
    if (error.error != QJsonParseError::NoError) {
        FUZZ_CHECK(message.isEmpty() && code.isEmpty() && !failure);
        FUZZ_CHECK(!retryAfterFromBody(doc));
    }
    if (const std::optional<qint64> wait = retryAfterFromBody(doc))
        FUZZ_CHECK(*wait >= 0);
    return 0;
}
