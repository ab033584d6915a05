#include "exportbundle.h"

#include "net/redaction.h"
#include "net/transport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <cmath>
#include <cstring>
#include <optional>

namespace CampaignDesk {

namespace {

// A manifest number (bytes, rows): a whole JSON number a qint64 holds exactly. The manifest
// may come from anywhere, and converting 1e300 to an integer is undefined behaviour.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    constexpr double Limit = 9007199254740992.0; // 2^53
    if (!std::isfinite(d) || std::fabs(d) > Limit || std::trunc(d) != d)
        return std::nullopt;
    return qint64(d);
}

constexpr qint64 ReadChunk = qint64{1024} * 1024;
constexpr qint64 MaxManifestBytes = qint64{64} * 1024 * 1024;
constexpr qint64 ProgressEveryBytes = qint64{1024} * 1024;
// A paged walk that never ends (a platform repeating its cursor) must not fill the disk.
constexpr int MaxPages = 1000000;
constexpr qsizetype MinSecretScanBytes = 8;

const QString ManifestName = QStringLiteral("manifest.json");
const QString CampaignFileName = QStringLiteral("campaign.json");
const QString PartialSuffix = QStringLiteral(".partial");

// Texts for people, in one translation context that lupdate sees too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportBundle)
};

constexpr QFile::Permissions OwnerFile =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
constexpr QFile::Permissions OwnerDir = OwnerFile | QFile::ExeOwner | QFile::ExeUser;

bool isCsvName(const QString &name)
{
    return name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Reads a file once, computing everything the manifest says about it.
struct FileFacts
{
    bool readable = false;
    qint64 bytes = 0;
    QByteArray sha256;
    qint64 csvRows = -1;
};

FileFacts readFacts(const QString &path, bool csv, const std::atomic<bool> *stop)
{
    FileFacts facts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return facts;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    ExportFormat::CsvRecordCounter counter;
    QByteArray buffer(ReadChunk, Qt::Uninitialized);
    for (;;) {
        if (stop && stop->load())
            return facts;
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return facts;
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (csv)
            counter.feed(buffer.constData(), n);
        facts.bytes += n;
    }
    facts.readable = true;
    facts.sha256 = hash.result().toHex();
    facts.csvRows = csv ? counter.dataRows() : -1;
    return facts;
}

VerifyResult verifyBundleImpl(const QString &dir, const std::atomic<bool> *stop)
{
    VerifyResult result;
    QStringList &problems = result.problems;
    const QDir bundle(dir);
    QFile manifestFile(bundle.filePath(ManifestName));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        problems << Text::tr("manifest.json is missing or unreadable.");
        return result;
    }
    if (manifestFile.size() > MaxManifestBytes) {
        problems << Text::tr("manifest.json is implausibly large.");
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(manifestFile.readAll(), &parseError);
    manifestFile.close();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        problems << Text::tr("manifest.json is not a JSON object.");
        return result;
    }
    const QJsonObject manifest = doc.object();
    if (manifest.value(QStringLiteral("format")).toString() != ExportFormat::formatName()) {
        problems << Text::tr("manifest.json is not a Campaign Desk export manifest.");
        return result;
    }
    const int version = manifest.value(QStringLiteral("formatVersion")).toInt(-1);
    if (version != ExportFormat::Version) {
        problems << Text::tr("manifest.json has format version %1; this app reads version %2.")
                        .arg(version)
                        .arg(ExportFormat::Version);
        return result;
    }
    const QJsonValue filesValue = manifest.value(QStringLiteral("files"));
    if (!filesValue.isArray() || filesValue.toArray().isEmpty()) {
        problems << Text::tr("manifest.json lists no files.");
        return result;
    }

    QSet<QString> listed;
    const QJsonArray files = filesValue.toArray();
    for (const QJsonValue value : files) {
        if (stop && stop->load()) {
            problems << Text::tr("Verification was stopped.");
            return result;
        }
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        // The manifest may come from anywhere (the CLI verifies user folders): a name that
        // is not a plain file name could point outside the bundle.
        if (!ExportFormat::isSafeFileName(name) || name == ManifestName) {
            problems << Text::tr("manifest.json lists an invalid file name.");
            continue;
        }
        if (listed.contains(name)) {
            problems << Text::tr("%1 is listed twice in manifest.json.").arg(name);
            continue;
        }
        listed.insert(name);
        const QJsonValue bytesValue = entry.value(QStringLiteral("bytes"));
        const QJsonValue rowsValue = entry.value(QStringLiteral("rows"));
        const QString sha = entry.value(QStringLiteral("sha256")).toString();
        const std::optional<qint64> bytesNumber = wholeNumber(bytesValue);
        const std::optional<qint64> rowsNumber = wholeNumber(rowsValue);
        if (!bytesNumber || !rowsNumber || sha.size() != 64) {
            problems << Text::tr("%1: its manifest entry is incomplete.").arg(name);
            continue;
        }
        const qint64 bytes = *bytesNumber;
        const qint64 rows = *rowsNumber;
        const QFileInfo info(bundle.filePath(name));
        if (!info.exists() || !info.isFile()) {
            problems << Text::tr("%1 is missing.").arg(name);
            continue;
        }
        if (info.size() != bytes) {
            problems << Text::tr("%1 has %2 bytes; the manifest says %3.")
                            .arg(name, QString::number(info.size()), QString::number(bytes));
            continue;
        }
        const FileFacts facts = readFacts(info.filePath(), rows >= 0, stop);
        if (!facts.readable) {
            problems << Text::tr("%1 could not be read.").arg(name);
            continue;
        }
        if (facts.bytes != bytes) {
            problems << Text::tr("%1 changed while it was being read.").arg(name);
            continue;
        }
        if (facts.sha256 != sha.toLatin1().toLower()) {
            problems << Text::tr("%1 does not match its SHA-256 in the manifest.").arg(name);
            continue;
        }
        if (rows >= 0 && facts.csvRows != rows) {
            problems << Text::tr("%1 has %2 data rows; the manifest says %3.")
                            .arg(name, QString::number(facts.csvRows), QString::number(rows));
        }
    }
    if (!listed.contains(CampaignFileName))
        problems << Text::tr("campaign.json is not listed in the manifest.");

    const QStringList present =
        bundle.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : present) {
        if (name != ManifestName && !listed.contains(name))
            problems << Text::tr("%1 is in the folder but not in the manifest.").arg(name);
    }
    result.ok = problems.isEmpty();
    return result;
}

// The value at a dotted path; array steps are indexes ("data.items.0").
QJsonValue valueAtPath(const QJsonValue &root, const QString &path)
{
    if (path.isEmpty())
        return root;
    QJsonValue current = root;
    const QStringList steps = path.split(QLatin1Char('.'));
    for (const QString &step : steps) {
        if (current.isObject()) {
            current = current.toObject().value(step);
        } else if (current.isArray()) {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            if (!isIndex)
                return QJsonValue(QJsonValue::Undefined);
            current = current.toArray().at(index);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

} // namespace

VerifyResult verifyBundle(const QString &dir)
{
    return verifyBundleImpl(dir, nullptr);
}

// ---------------------------------------------------------------------------------------------

namespace ExportFormat {

QString formatName()
{
    return QStringLiteral("campaign-desk-export");
}

namespace {

bool isForbiddenCodePoint(char32_t cp)
{
    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0))
        return true;
    switch (cp) {
    case U'/':
    case U'\\':
    case U':':
    case U'*':
    case U'?':
    case U'"':
    case U'<':
    case U'>':
    case U'|':
        return true;
    default:
        break;
    }
    // Bidi overrides, zero-width characters and other invisible format characters can make a
    // folder name read differently from what it is.
    return QChar::category(cp) == QChar::Other_Format ||
           QChar::category(cp) == QChar::Other_Surrogate ||
           QChar::category(cp) == QChar::Other_NotAssigned ||
           QChar::category(cp) == QChar::Other_PrivateUse;
}

bool isReservedDeviceName(const QString &part)
{
    // Windows refuses these as names, also with an extension ("nul.txt").
    const QString stem = part.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
    static const QStringList fixed = {QStringLiteral("CON"), QStringLiteral("PRN"),
                                      QStringLiteral("AUX"), QStringLiteral("NUL")};
    if (fixed.contains(stem))
        return true;
    if (stem.size() == 4 &&
        (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))))
        return stem.at(3).isDigit();
    return false;
}

QString fromCodePoint(char32_t cp)
{
    return QString::fromUcs4(&cp, 1);
}

QString trimDotsAndSpaces(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    const auto strip = [](QChar c) {
        return c == QLatin1Char('.') || c == QLatin1Char(' ');
    };
    while (begin < end && strip(text.at(begin)))
        ++begin;
    while (end > begin && strip(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

} // namespace

QString sanitizeNamePart(const QString &part, int maxUtf8Bytes, const QString &fallback)
{
    QString cleaned;
    cleaned.reserve(part.size());
    const QList<uint> codePoints = part.toUcs4();
    for (const uint cp : codePoints) {
        if (QChar::isSpace(cp))
            cleaned += QLatin1Char(' ');
        else if (isForbiddenCodePoint(char32_t(cp)))
            cleaned += QLatin1Char('_');
        else
            cleaned += fromCodePoint(cp);
    }
    cleaned = trimDotsAndSpaces(cleaned.simplified());

    // Cut at a character boundary: walk code points and stop before the budget is exceeded.
    QString bounded;
    int used = 0;
    const QList<uint> kept = cleaned.toUcs4();
    for (const uint cp : kept) {
        const QString one = fromCodePoint(cp);
        const int size = int(one.toUtf8().size());
        if (used + size > maxUtf8Bytes)
            break;
        bounded += one;
        used += size;
    }
    bounded = trimDotsAndSpaces(bounded);
    if (bounded.isEmpty())
        bounded = fallback;
    if (isReservedDeviceName(bounded))
        bounded.prepend(QLatin1Char('_'));
    return bounded;
}

QString bundleName(Platform platform, const QString &accountLabel, const QString &campaignName,
                   const QString &campaignId, const QDateTime &startedUtc)
{
    // Budgets in UTF-8 bytes: 9 + 48 + 80 + 48 + 16 + 4 separators = 205, which leaves room
    // for a "-NN" suffix and ".partial" under the 255-byte limit of common file systems.
    const QStringList parts = {
        platformKey(platform),
        sanitizeNamePart(accountLabel, 48, QStringLiteral("account")),
        sanitizeNamePart(campaignName, 80, QStringLiteral("unnamed")),
        sanitizeNamePart(campaignId, 48, QStringLiteral("no-id")),
        startedUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")),
    };
    return parts.join(QLatin1Char('-'));
}

bool isSafeFileName(const QString &name)
{
    if (name.isEmpty() || name.size() > 120)
        return false;
    return sanitizeNamePart(name, 240, QString()) == name && !name.contains(QLatin1Char(' '));
}

QByteArray csvField(const QJsonValue &value)
{
    QByteArray text;
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        constexpr double exact = 9007199254740992.0; // 2^53: integers up to here are exact
        if (d > -exact && d < exact && d == std::trunc(d))
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        text = value.toString().toUtf8();
        break;
    case QJsonValue::Array:
        return csvField(
            QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
    case QJsonValue::Object:
        return csvField(
            QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    }
    const bool needsQuotes =
        text.contains(',') || text.contains('"') || text.contains('\r') || text.contains('\n');
    if (!needsQuotes)
        return text;
    text.replace("\"", "\"\"");
    return '"' + text + '"';
}

namespace {

QByteArray joinRecord(const QList<QByteArray> &fields)
{
    QByteArray line = fields.join(',');
    // A record that would be an empty line (one empty field) is written as "" so that it
    // still counts as a record for readers that skip blank lines, our verifier included.
    if (line.isEmpty())
        line = "\"\"";
    return line + "\r\n";
}

} // namespace

QByteArray csvHeader(const QStringList &columns)
{
    QList<QByteArray> fields;
    fields.reserve(columns.size());
    for (const QString &column : columns)
        fields << csvField(column);
    return joinRecord(fields);
}

QByteArray csvRecord(const QJsonObject &row, const QStringList &columns)
{
    QList<QByteArray> fields;
    fields.reserve(columns.size());
    for (const QString &column : columns) {
        QJsonValue value = row.value(column);
        if (value.isUndefined() && column.contains(QLatin1Char('.')))
            value = valueAtPath(row, column);
        fields << csvField(value);
    }
    return joinRecord(fields);
}

void CsvRecordCounter::feed(const char *data, qsizetype size)
{
    // memchr does the scanning: exports run to gigabytes and this runs for every byte twice
    // (while writing and while verifying).
    const char *p = data;
    const char *const end = data + size;
    while (p < end) {
        if (m_inQuotes) {
            // A doubled quote leaves and re-enters the quoted state: same result.
            const char *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
            if (!quote)
                return;
            m_inQuotes = false;
            p = quote + 1;
            continue;
        }
        const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = newline ? newline : end;
        const char *quote = static_cast<const char *>(std::memchr(p, '"', size_t(lineEnd - p)));
        const char *stop = quote ? quote : lineEnd;
        for (const char *c = p; c < stop && !m_lineHasContent; ++c)
            m_lineHasContent = *c != '\r';
        if (quote) {
            m_inQuotes = true;
            m_lineHasContent = true;
            p = quote + 1;
            continue;
        }
        if (!newline)
            return;
        if (m_lineHasContent)
            ++m_records;
        m_lineHasContent = false;
        p = newline + 1;
    }
}

} // namespace ExportFormat

// ---------------------------------------------------------------------------------------------

namespace Detail {

// Owns every file operation of one export, on its own thread. The GUI side posts work in
// order; the worker reports back with queued signals. After the first failure it ignores
// everything but abort(), so the GUI never has to drain a queue to stop.
class ExportDiskWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDiskWorker)

public:
    ExportDiskWorker(std::shared_ptr<std::atomic<bool>> stop, const QString &secret)
        : m_stop(std::move(stop))
    {
        // The forms in which a secret could end up in a file: as is, base64 (Basic auth, JWT
        // parts) and percent-encoded (a query string).
        // Very short strings would match ordinary data by chance; real keys are far longer.
        const QByteArray raw = secret.toUtf8();
        const QList<QByteArray> forms = {raw, raw.toBase64(),
                                         raw.toBase64(QByteArray::Base64UrlEncoding),
                                         QUrl::toPercentEncoding(secret)};
        for (const QByteArray &form : forms) {
            if (form.size() >= MinSecretScanBytes && !m_needles.contains(form)) {
                m_needles << form;
                m_maxNeedle = std::max(m_maxNeedle, form.size());
            }
        }
    }

    void prepare(const QString &root, const QString &baseName)
    {
        if (m_failed)
            return;
        QDir rootDir(root);
        if (!rootDir.exists() && !QDir().mkpath(root))
            return fail(Text::tr("Could not create the export folder %1.").arg(root));
        for (int n = 1; n < 100; ++n) {
            const QString name =
                n == 1 ? baseName : baseName + QLatin1Char('-') + QString::number(n);
            if (rootDir.exists(name) || rootDir.exists(name + PartialSuffix))
                continue;
            // Created owner-only from the start: nothing inside is ever visible to others.
            if (!rootDir.mkdir(name + PartialSuffix, OwnerDir))
                continue;
            m_root = rootDir.absolutePath();
            m_finalName = name;
            m_workDir = rootDir.absoluteFilePath(name + PartialSuffix);
            return;
        }
        fail(Text::tr("Could not create a bundle folder in %1.").arg(root));
    }

    // How a file's manifest row count is known.
    enum class Rows
    {
        None,    // not a table (JSON): -1
        Counted, // a CSV that arrives as bytes: its records are counted as they pass
        Written, // CSV records this worker writes from JSON rows
    };

    void beginFile(const QString &name, const QByteArray &header, Rows rows)
    {
        if (m_failed)
            return;
        discardFile();
        m_file = std::make_unique<QSaveFile>(QDir(m_workDir).filePath(name));
        if (!m_file->open(QIODevice::WriteOnly))
            return fail(Text::tr("Could not write %1: %2").arg(name, m_file->errorString()));
        m_fileName = name;
        m_hash.reset();
        m_bytes = 0;
        m_rows = 0;
        m_counter = {};
        m_rowMode = rows;
        m_scanTail.clear();
        if (!header.isEmpty())
            write(header);
    }

    void appendChunk(const QByteArray &chunk)
    {
        if (m_failed || !m_file)
            return;
        if (m_rowMode == Rows::Counted)
            m_counter.feed(chunk.constData(), chunk.size());
        write(chunk);
    }

    // Parses one page of JSON rows with the provider and appends them as CSV records.
    void appendPage(const Provider *provider, const ExportPiece &piece, const PageCursor &cursor,
                    const QByteArray &body, int pageNumber)
    {
        if (m_failed || !m_file)
            return;
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(Text::tr("%1: page %2 of the platform's answer is not JSON.")
                            .arg(piece.fileName, QString::number(pageNumber)));
        if (bodySaysFailure(doc)) {
            QString message, code;
            readPlatformMessage(doc, &message, &code);
            return fail(Text::tr("%1: the platform reported a failure on page %2: %3")
                            .arg(piece.fileName, QString::number(pageNumber), message));
        }
        const RowsPage page = provider->parseExportRows(piece, cursor, doc);
        if (!page.error.isEmpty())
            return fail(Text::tr("%1: unexpected answer on page %2: %3")
                            .arg(piece.fileName, QString::number(pageNumber), page.error));
        QByteArray out;
        for (const QJsonObject &row : page.rows)
            out += ExportFormat::csvRecord(row, piece.columns);
        write(out);
        m_rows += page.rows.size();
        if (!m_failed)
            Q_EMIT pageWritten(m_rows, page.next.has_value(), page.next.value_or(PageCursor{}),
                               page.total);
    }

    // Writes the rows found at piece.rowsPath of the live get answer as one CSV file.
    void writeCampaignRows(const ExportPiece &piece, const QByteArray &getAnswer)
    {
        if (m_failed)
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(getAnswer);
        const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        const QJsonValue rows = valueAtPath(root, piece.rowsPath);
        if (!rows.isArray() && !rows.isNull() && !rows.isUndefined())
            return fail(Text::tr("%1: the campaign has no list at “%2”.")
                            .arg(piece.fileName, piece.rowsPath));
        beginFile(piece.fileName, ExportFormat::csvHeader(piece.columns), Rows::Written);
        QByteArray out;
        const QJsonArray list = rows.toArray();
        for (const QJsonValue row : list) {
            if (!row.isObject())
                return fail(Text::tr("%1: “%2” in the campaign is not a list of objects.")
                                .arg(piece.fileName, piece.rowsPath));
            out += ExportFormat::csvRecord(row.toObject(), piece.columns);
            ++m_rows;
        }
        write(out);
        commitFile();
    }

    void writeWhole(const QString &name, const QByteArray &data)
    {
        beginFile(name, {}, Rows::None);
        write(data);
        commitFile();
    }

    void discardFile()
    {
        if (m_file) {
            m_file->cancelWriting();
            m_file.reset();
        }
    }

    // Commits the open file and records it for the manifest. Row pieces know their rows;
    // verbatim CSV counts what came in; anything else is -1.
    void commitFile()
    {
        if (m_failed || !m_file)
            return;
        const QString path = m_file->fileName();
        if (!m_file->commit()) {
            const QString why = m_file->errorString();
            m_file.reset();
            return fail(Text::tr("Could not save %1: %2").arg(m_fileName, why));
        }
        m_file.reset();
        QFile::setPermissions(path, OwnerFile);
        ExportFile entry;
        entry.name = m_fileName;
        entry.bytes = m_bytes;
        entry.sha256 = m_hash.result().toHex();
        if (m_rowMode == Rows::Counted)
            entry.rows = m_counter.dataRows();
        else if (m_rowMode == Rows::Written)
            entry.rows = m_rows;
        m_files << entry;
        Q_EMIT fileWritten(entry);
    }

    // Writes manifest.json, re-reads the whole bundle against it and gives the folder its
    // final name. Nothing is renamed unless verification passed.
    void finalize(QJsonObject manifest)
    {
        if (m_failed)
            return;
        QJsonArray files;
        for (const ExportFile &f : std::as_const(m_files)) {
            files.append(QJsonObject{{QStringLiteral("name"), f.name},
                                     {QStringLiteral("rows"), f.rows},
                                     {QStringLiteral("bytes"), f.bytes},
                                     {QStringLiteral("sha256"), QString::fromLatin1(f.sha256)}});
        }
        manifest.insert(QStringLiteral("files"), files);
        manifest.insert(QStringLiteral("finishedAt"), isoUtc(QDateTime::currentDateTimeUtc()));
        const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
        beginFile(ManifestName, {}, Rows::None);
        write(bytes);
        if (m_failed)
            return;
        const QString manifestPath = m_file->fileName();
        if (!m_file->commit()) {
            const QString why = m_file->errorString();
            m_file.reset();
            return fail(Text::tr("Could not save manifest.json: %1").arg(why));
        }
        m_file.reset();
        QFile::setPermissions(manifestPath, OwnerFile);
        const QByteArray manifestSha =
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();

        const VerifyResult verified = verifyBundleImpl(m_workDir, m_stop.get());
        if (m_stop->load())
            return;
        if (!verified.ok)
            return fail(Text::tr("The export did not verify: %1")
                            .arg(verified.problems.join(QLatin1Char(' '))));

        QDir root(m_root);
        if (!root.rename(m_finalName + PartialSuffix, m_finalName))
            return fail(
                Text::tr("Could not rename the finished export folder to %1.").arg(m_finalName));
        m_workDir = root.absoluteFilePath(m_finalName);
        QFile::setPermissions(m_workDir, OwnerDir);

        ExportResult result;
        result.ok = true;
        result.bundleDir = m_workDir;
        result.manifestPath = QDir(m_workDir).filePath(ManifestName);
        result.manifestSha256 = manifestSha;
        result.files = m_files;
        m_finished = true;
        Q_EMIT finalized(result);
    }

    // Removes whatever this export created, finished or not: a cancel that races the final
    // rename still leaves nothing behind.
    void abort()
    {
        removeAll();
        Q_EMIT aborted();
    }

    void removeAll()
    {
        discardFile();
        if (!m_workDir.isEmpty()) {
            QDir(m_workDir).removeRecursively();
            m_workDir.clear();
        }
    }

Q_SIGNALS:
    // Unnamed parameters: moc defines these in exportbundle.moc with its own names (_t1, …).
    // pageWritten(rows so far, has next, next cursor, total or -1)
    void pageWritten(qint64, bool, const CampaignDesk::PageCursor &, qint64);
    void fileWritten(const CampaignDesk::ExportFile &);
    void finalized(const CampaignDesk::ExportResult &);
    void failed(const QString &); // a message for people
    void aborted();

private:
    void write(const QByteArray &data)
    {
        if (m_failed || !m_file || data.isEmpty())
            return;
        if (containsSecret(data))
            return fail(
                Text::tr("%1: the platform's answer contains this account's key. The export "
                         "was stopped so that the key is not written to disk.")
                    .arg(m_fileName));
        if (m_file->write(data) != data.size())
            return fail(Text::tr("Could not write %1: %2").arg(m_fileName, m_file->errorString()));
        m_hash.addData(data);
        m_bytes += data.size();
    }

    // Searches each chunk together with the end of the previous one, so a secret split
    // across two network chunks is still found.
    bool containsSecret(const QByteArray &data)
    {
        if (m_needles.isEmpty())
            return false;
        const QByteArray window = m_scanTail + data;
        for (const QByteArray &needle : std::as_const(m_needles)) {
            if (window.contains(needle))
                return true;
        }
        m_scanTail = window.right(m_maxNeedle - 1);
        return false;
    }

    void fail(const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        discardFile();
        Q_EMIT failed(message);
    }

    std::shared_ptr<std::atomic<bool>> m_stop;
    QList<QByteArray> m_needles;
    qsizetype m_maxNeedle = 0;
    QString m_root;
    QString m_finalName;
    QString m_workDir;
    std::unique_ptr<QSaveFile> m_file;
    QString m_fileName;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_bytes = 0;
    qint64 m_rows = 0;
    Rows m_rowMode = Rows::None;
    ExportFormat::CsvRecordCounter m_counter;
    QByteArray m_scanTail;
    QList<ExportFile> m_files;
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace Detail

// ---------------------------------------------------------------------------------------------

ExportBundleWriter::ExportBundleWriter(Transport *transport, ExportInputs inputs, QObject *parent)
    : ExportBundleWriter(transport, providerFor(inputs.account.platform), std::move(inputs), parent)
{
}

ExportBundleWriter::ExportBundleWriter(Transport *transport, const Provider &provider,
                                       ExportInputs inputs, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_provider(provider)
    , m_inputs(std::move(inputs))
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<ExportResult>();
    qRegisterMetaType<ExportFile>();
    qRegisterMetaType<PageCursor>();
}

ExportBundleWriter::~ExportBundleWriter()
{
    const bool unfinished = m_state != State::Idle && m_state != State::Done;
    m_state = State::Done; // handlers reached from here on do nothing
    m_stop->store(true);
    if (m_call)
        m_call->cancel();
    if (!m_thread)
        return;
    // Queued after everything posted before, so the cleanup sees the last file state; the
    // stop flag cuts a long verification short.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, unfinished] {
            if (unfinished)
                worker->removeAll();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

bool ExportBundleWriter::isRunning() const
{
    return m_state != State::Idle && m_state != State::Done;
}

void ExportBundleWriter::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_pieces = m_provider.exportPieces();

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("export-writer"));
    m_worker = new Detail::ExportDiskWorker(m_stop, m_inputs.secret);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Detail::ExportDiskWorker::pageWritten, this,
            &ExportBundleWriter::onPageWritten, Qt::QueuedConnection);
    connect(m_worker, &Detail::ExportDiskWorker::fileWritten, this,
            &ExportBundleWriter::onFileWritten, Qt::QueuedConnection);
    connect(m_worker, &Detail::ExportDiskWorker::finalized, this, &ExportBundleWriter::onFinalized,
            Qt::QueuedConnection);
    connect(m_worker, &Detail::ExportDiskWorker::failed, this, &ExportBundleWriter::onWorkerFailed,
            Qt::QueuedConnection);
    connect(m_worker, &Detail::ExportDiskWorker::aborted, this,
            &ExportBundleWriter::onWorkerAborted, Qt::QueuedConnection);
    m_thread->start();

    const QString invalid = validatePieces();
    if (!invalid.isEmpty())
        return fail(invalid);

    const QString name =
        ExportFormat::bundleName(m_inputs.account.platform, m_inputs.account.label,
                                 m_inputs.campaign.name, m_inputs.campaign.id, m_startedAt);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, root = m_inputs.exportRoot, name, body = m_inputs.liveGetAnswer] {
            worker->prepare(root, name);
            worker->writeWhole(CampaignFileName, body);
        },
        Qt::QueuedConnection);
    addSource(m_provider.getRequest(m_inputs.account, m_inputs.campaign.id).url);
    Q_EMIT progress(CampaignFileName, 0, m_inputs.liveGetAnswer.size());
    m_pieceIndex = 0;
    nextPiece();
}

QString ExportBundleWriter::validatePieces() const
{
    if (m_inputs.exportRoot.isEmpty())
        return Text::tr("No export folder is set.");
    if (m_inputs.campaign.id.isEmpty())
        return Text::tr("The campaign has no id.");
    if (m_inputs.liveGetAnswer.isEmpty())
        return Text::tr("The campaign's live answer is empty; export it again after a refresh.");
    QSet<QString> names = {CampaignFileName, ManifestName};
    for (const ExportPiece &piece : m_pieces) {
        if (!ExportFormat::isSafeFileName(piece.fileName) || names.contains(piece.fileName))
            return Text::tr("The %1 export describes an invalid or repeated file name.")
                .arg(platformDisplayName(m_provider.platform()));
        names.insert(piece.fileName);
        if (piece.kind != ExportPiece::Kind::Verbatim && piece.columns.isEmpty())
            return Text::tr("The %1 export of %2 has no columns.")
                .arg(platformDisplayName(m_provider.platform()), piece.fileName);
    }
    return {};
}

void ExportBundleWriter::cancel()
{
    if (!isRunning() || m_state == State::Aborting)
        return;
    m_cancelled = true;
    fail(Text::tr("The export was cancelled."));
}

void ExportBundleWriter::addSource(const QUrl &url)
{
    // The URL as built, before authorize() adds credentials at send time, and redacted on
    // top in case a provider put a key into it.
    if (!url.isValid() || url.isEmpty())
        return;
    const QString text = redactedUrl(url);
    if (!m_sources.contains(text))
        m_sources << text;
}

bool ExportBundleWriter::retryable(const ApiResult &result) const
{
    if (m_attempt > m_transport->settings().maxRetries)
        return false;
    switch (result.error) {
    case ErrorKind::RateLimited:
    case ErrorKind::Timeout:
    case ErrorKind::Transport:
        return true;
    case ErrorKind::Http:
        return result.httpStatus == 502 || result.httpStatus == 503 || result.httpStatus == 504;
    default:
        return false;
    }
}

void ExportBundleWriter::nextPiece()
{
    if (m_state != State::Running)
        return;
    if (m_pieceIndex >= m_pieces.size())
        return finalize();
    const ExportPiece &piece = currentPiece();
    m_attempt = 0;
    switch (piece.kind) {
    case ExportPiece::Kind::CampaignRows:
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, piece, body = m_inputs.liveGetAnswer] {
                worker->writeCampaignRows(piece, body);
            },
            Qt::QueuedConnection);
        Q_EMIT progress(piece.fileName, 0, -1);
        ++m_pieceIndex;
        return nextPiece();
    case ExportPiece::Kind::PagedRows:
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, name = piece.fileName,
             header = ExportFormat::csvHeader(piece.columns)] {
                worker->beginFile(name, header, Detail::ExportDiskWorker::Rows::Written);
            },
            Qt::QueuedConnection);
        m_cursor = PageCursor::first();
        m_pagesDone = 0;
        Q_EMIT progress(piece.fileName, 0, -1);
        return requestPage();
    case ExportPiece::Kind::Verbatim:
        return startVerbatim();
    }
}

void ExportBundleWriter::startVerbatim()
{
    if (m_state != State::Running)
        return;
    const ExportPiece &piece = currentPiece();
    ++m_attempt;
    m_streamBytes = 0;
    m_lastProgressBytes = 0;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, name = piece.fileName, csv = isCsvName(piece.fileName)] {
            worker->beginFile(name, {},
                              csv ? Detail::ExportDiskWorker::Rows::Counted
                                  : Detail::ExportDiskWorker::Rows::None);
        },
        Qt::QueuedConnection);
    Q_EMIT progress(piece.fileName, 0, -1);

    ApiRequest request =
        m_provider.withAuth(m_provider.exportRequest(m_inputs.account, m_inputs.campaign.id, piece,
                                                     PageCursor::first()),
                            m_inputs.account, m_inputs.secret);
    addSource(request.url);
    // The transport would replay a retried body into the same sink; this piece is restarted
    // from an empty file here instead (see onVerbatimResult).
    request.idempotent = false;
    request.deferJson = false;
    request.sink = [this, worker = m_worker](const QByteArray &chunk) {
        if (m_state != State::Running)
            return false;
        // Straight to the worker: the body is never gathered in memory on this side.
        QMetaObject::invokeMethod(
            worker, [worker, chunk] { worker->appendChunk(chunk); }, Qt::QueuedConnection);
        m_streamBytes += chunk.size();
        if (m_streamBytes - m_lastProgressBytes >= ProgressEveryBytes) {
            m_lastProgressBytes = m_streamBytes;
            Q_EMIT progress(currentPiece().fileName, m_streamBytes, -1);
        }
        return true;
    };
    m_call = m_transport->send(std::move(request));
    connect(m_call, &PendingCall::finished, this, &ExportBundleWriter::onVerbatimResult);
}

void ExportBundleWriter::onVerbatimResult(const ApiResult &result)
{
    m_call = nullptr;
    if (m_state != State::Running)
        return;
    const ExportPiece &piece = currentPiece();
    if (result.ok()) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->commitFile(); }, Qt::QueuedConnection);
        ++m_pieceIndex;
        return nextPiece();
    }
    if (retryable(result)) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->discardFile(); }, Qt::QueuedConnection);
        // After a 429 the transport's pacer already holds the account until Retry-After.
        const qint64 backoff = qint64(m_transport->settings().baseBackoffMs) * m_attempt;
        QTimer::singleShot(int(backoff), this, &ExportBundleWriter::startVerbatim);
        return;
    }
    fail(QStringLiteral("%1: %2").arg(piece.fileName, result.message));
}

void ExportBundleWriter::requestPage()
{
    if (m_state != State::Running)
        return;
    const ExportPiece &piece = currentPiece();
    ApiRequest request = m_provider.withAuth(
        m_provider.exportRequest(m_inputs.account, m_inputs.campaign.id, piece, m_cursor),
        m_inputs.account, m_inputs.secret);
    addSource(request.url);
    // One page of JSON is small enough to hold; it is parsed on the worker, not here.
    request.sink = nullptr;
    request.expectJson = true;
    request.deferJson = true;
    m_call = m_transport->send(std::move(request));
    connect(m_call, &PendingCall::finished, this, &ExportBundleWriter::onPageResult);
}

void ExportBundleWriter::onPageResult(const ApiResult &result)
{
    m_call = nullptr;
    if (m_state != State::Running)
        return;
    const ExportPiece &piece = currentPiece();
    if (!result.ok())
        return fail(Text::tr("%1: page %2: %3")
                        .arg(piece.fileName, QString::number(m_pagesDone + 1), result.message));
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, provider = &m_provider, piece, cursor = m_cursor, body = result.body,
         page = m_pagesDone + 1] { worker->appendPage(provider, piece, cursor, body, page); },
        Qt::QueuedConnection);
}

void ExportBundleWriter::onPageWritten(qint64 rowsSoFar, bool hasNext, const PageCursor &next,
                                       qint64 total)
{
    if (m_state != State::Running)
        return;
    const ExportPiece &piece = currentPiece();
    ++m_pagesDone;
    Q_EMIT progress(piece.fileName, rowsSoFar, total);
    if (!hasNext) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->commitFile(); }, Qt::QueuedConnection);
        ++m_pieceIndex;
        return nextPiece();
    }
    const bool same =
        next.page == m_cursor.page && next.skip == m_cursor.skip && next.after == m_cursor.after;
    if (same || m_pagesDone >= MaxPages)
        return fail(
            Text::tr("%1: the platform kept answering with the same page.").arg(piece.fileName));
    m_cursor = next;
    requestPage();
}

void ExportBundleWriter::onFileWritten(const ExportFile &file)
{
    if (m_state != State::Running && m_state != State::Finalizing)
        return;
    // The last word on a file, in the unit its progress used.
    qint64 done = file.bytes;
    for (const ExportPiece &piece : std::as_const(m_pieces)) {
        if (piece.fileName == file.name && piece.kind != ExportPiece::Kind::Verbatim)
            done = file.rows;
    }
    Q_EMIT progress(file.name, done, done);
}

void ExportBundleWriter::finalize()
{
    m_state = State::Finalizing;
    QJsonArray sources;
    for (const QString &source : std::as_const(m_sources))
        sources.append(source);
    const Campaign &campaign = m_inputs.campaign;
    const QJsonObject manifest{
        {QStringLiteral("format"), ExportFormat::formatName()},
        {QStringLiteral("formatVersion"), ExportFormat::Version},
        {QStringLiteral("appVersion"), m_inputs.appVersion},
        {QStringLiteral("platform"), platformKey(m_inputs.account.platform)},
        {QStringLiteral("accountLabel"), m_inputs.account.label},
        {QStringLiteral("sandbox"), m_inputs.account.sandbox},
        {QStringLiteral("campaign"),
         QJsonObject{{QStringLiteral("id"), campaign.id},
                     {QStringLiteral("name"), campaign.name},
                     {QStringLiteral("statusAtExport"), campaign.rawStatus}}},
        {QStringLiteral("startedAt"), isoUtc(m_startedAt)},
        {QStringLiteral("sources"), sources},
    };
    Q_EMIT progress(ManifestName, 0, -1);
    Q_EMIT progress(verifyStep(), 0, -1);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, manifest] { worker->finalize(manifest); },
        Qt::QueuedConnection);
}

void ExportBundleWriter::onFinalized(const ExportResult &result)
{
    if (m_state != State::Finalizing)
        return;
    m_state = State::Done;
    Q_EMIT finished(result);
}

void ExportBundleWriter::onWorkerFailed(const QString &message)
{
    fail(message);
}

void ExportBundleWriter::fail(const QString &message)
{
    if (m_state == State::Aborting || m_state == State::Done || m_state == State::Idle)
        return;
    m_state = State::Aborting;
    m_error = message;
    m_stop->store(true);
    if (PendingCall *call = m_call) {
        m_call = nullptr;
        call->cancel(); // reports synchronously; the handlers ignore it now
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->abort(); }, Qt::QueuedConnection);
}

void ExportBundleWriter::onWorkerAborted()
{
    if (m_state != State::Aborting)
        return;
    m_state = State::Done;
    ExportResult result;
    result.cancelled = m_cancelled;
    result.error = m_error;
    Q_EMIT finished(result);
}

} // namespace CampaignDesk

#include "exportbundle.moc"
