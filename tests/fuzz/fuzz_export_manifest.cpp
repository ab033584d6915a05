// The export manifest verifier: the input is manifest.json inside a bundle folder that also
// holds a small campaign.json and contacts.csv. The verifier never accepts a manifest it did
// not check completely, and always says why it refuses one.

#include "fuzzcheck.h"

#include "safety/exportbundle.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace CampaignDesk;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    const bool opened = f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    FUZZ_CHECK(opened);
    FUZZ_CHECK(f.write(content) == content.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir root;
    static const QString dir = [] {
        FUZZ_CHECK(root.isValid());
        QString d = root.filePath(QStringLiteral("bundle"));
        QDir().mkpath(d);
        writeFile(d + QStringLiteral("/campaign.json"), QByteArrayLiteral("{\"id\":\"c-1\"}\n"));
        writeFile(d + QStringLiteral("/contacts.csv"),
                  QByteArrayLiteral("id,email\r\n1,a@example.com\r\n"));
        return d;
    }();
    writeFile(dir + QStringLiteral("/manifest.json"),
              QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const VerifyResult result = verifyBundle(dir);
    FUZZ_CHECK(result.ok == result.problems.isEmpty());
    return 0;
}
