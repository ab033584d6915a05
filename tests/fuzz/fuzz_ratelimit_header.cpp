// X-RateLimit-Limit / X-RateLimit-Remaining: a non-negative int or -1 ("not sent").

#include "fuzzcheck.h"

#include "net/retryafter.h"

#include <cstdint>

using namespace CampaignDesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray value = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    const int v = parseRateLimitHeader(value);
    FUZZ_CHECK(v >= -1);
    if (v >= 0) {
        bool ok = false;
        FUZZ_CHECK(value.trimmed().toLongLong(&ok) == v && ok);
    }
    return 0;
}
