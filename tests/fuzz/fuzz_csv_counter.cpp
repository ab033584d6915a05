// The CSV reader that counts exported rows. The count never depends on how the stream is cut
// into pieces (quoted line breaks across a cut included) and never exceeds the line count.

#include "fuzzcheck.h"

#include "safety/exportbundle.h"

#include <cstdint>

using namespace CampaignDesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const char *text = reinterpret_cast<const char *>(data);
    const auto n = qsizetype(size);

    ExportFormat::CsvRecordCounter whole;
    whole.feed(text, n);

    ExportFormat::CsvRecordCounter bytes;
    for (qsizetype i = 0; i < n; ++i)
        bytes.feed(text + i, 1);

    ExportFormat::CsvRecordCounter pieces;
    const qsizetype step = n > 0 ? 1 + qsizetype(data[0]) % 7 : 1;
    for (qsizetype i = 0; i < n; i += step)
        pieces.feed(text + i, std::min(step, n - i));

    FUZZ_CHECK(whole.records() == bytes.records());
    FUZZ_CHECK(whole.records() == pieces.records());
    FUZZ_CHECK(whole.records() >= 0 && whole.dataRows() >= 0);
    FUZZ_CHECK(whole.records() <= QByteArray::fromRawData(text, n).count('\n') +
                                      QByteArray::fromRawData(text, n).count('\r') + 1);
    return 0;
}
