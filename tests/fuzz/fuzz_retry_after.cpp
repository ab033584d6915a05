// The Retry-After header: delta-seconds or an HTTP date. Never negative, never overflows.

#include "fuzzcheck.h"

#include "net/retryafter.h"

#include <cstdint>

using namespace CampaignDesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const QDateTime now = QDateTime(QDate(2026, 10, 21), QTime(7, 0), Qt::UTC);
    const QByteArray value = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const std::optional<qint64> wait = parseRetryAfter(value, now))
        FUZZ_CHECK(*wait >= 0);
    return 0;
}
