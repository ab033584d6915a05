// The normal suite's side of fuzzing: a fuzz target built without libFuzzer replays every
// input in tests/data/regressions/<target>/ (what the fuzzers found, now fixed) through the
// same properties. Exit code 0 when all pass; a violated property aborts with its message.

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QDir dir(QStringLiteral(REGRESSION_DIR));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    if (names.isEmpty()) {
        std::fprintf(stderr, "no regression inputs in %s\n", REGRESSION_DIR);
        return 1;
    }
    for (const QString &name : names) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
            return 1;
        }
        const QByteArray input = f.readAll();
        std::printf("replay %s (%lld bytes)\n", qPrintable(name),
                    static_cast<long long>(input.size()));
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(input.constData()),
                               std::size_t(input.size()));
    }
    std::printf("%lld regression inputs passed\n", static_cast<long long>(names.size()));
    return 0;
}
