#pragma once

#include "accounts/account.h"
#include "model/campaign.h"
#include "providers/provider.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace CampaignDesk {

// One file of a bundle as manifest.json lists it.
struct ExportFile
{
    QString name;      // plain file name inside the bundle folder ("contacts.csv")
    qint64 rows = -1;  // CSV data rows (header not counted); -1 for JSON and other files
    qint64 bytes = 0;  // size on disk
    QByteArray sha256; // lower-case hex
};

// What an export ended with. `ok` only after every file and the manifest were written,
// re-read and found to match (verifyBundle) and the folder got its final name.
struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;             // for people; never contains a secret
    QString bundleDir;         // the final folder (empty unless ok)
    QString manifestPath;      // <bundleDir>/manifest.json
    QByteArray manifestSha256; // lower-case hex of manifest.json, for the audit log
    QList<ExportFile> files;   // as listed in the manifest, campaign.json first
};

struct VerifyResult
{
    bool ok = false;
    QStringList problems; // one sentence per problem, naming the file
};

// Re-reads a bundle folder: manifest.json must be a campaign-desk-export this app can read,
// and every file it lists must exist with the listed size, SHA-256 and (for CSV) data row
// count; a file in the folder that the manifest does not list is a problem too. Pure and
// blocking (it reads every byte): call it off the GUI thread, or from the CLI.
VerifyResult verifyBundle(const QString &dir);

// The on-disk format, exposed for the writer, the verifier and their tests.
namespace ExportFormat {

inline constexpr int Version = 1;
QString formatName(); // "campaign-desk-export"

// "<platform>-<account label>-<campaign name>-<id>-<yyyyMMdd'T'HHmmss'Z'>", each part made safe
// for every common file system and bounded so that the whole name (plus a "-N" and ".partial")
// stays well below 255 bytes.
QString bundleName(Platform platform, const QString &accountLabel, const QString &campaignName,
                   const QString &campaignId, const QDateTime &startedUtc);

// One name part: no path separators, no characters Windows forbids, no control or invisible
// format characters (bidi overrides), runs of white space as one space, no leading or
// trailing dots or spaces, not a reserved device name (CON, NUL, COM1, …), at most
// `maxUtf8Bytes` bytes of UTF-8 cut at a character boundary; `fallback` when nothing is left.
QString sanitizeNamePart(const QString &part, int maxUtf8Bytes, const QString &fallback);

// Whether a provider's file name can be used as is inside a bundle (a plain, safe name).
bool isSafeFileName(const QString &name);

// RFC 4180 CSV as the bundle writes it: UTF-8, \r\n after every record, a field quoted when
// it contains a comma, a quote, CR or LF (quotes doubled). JSON values become: strings as
// they are, numbers as JSON writes them, true/false, null or a missing key as an empty
// field, objects and arrays as compact JSON ("{}" / "[]" when empty).
QByteArray csvField(const QJsonValue &value);
QByteArray csvHeader(const QStringList &columns);
// A key that is missing in `row` but contains dots is looked up as a path ("owner.email").
QByteArray csvRecord(const QJsonObject &row, const QStringList &columns);

// Counts CSV records in a stream fed in pieces, honouring quoted line breaks. Empty lines are
// not records. A trailing record without a line break counts.
class CsvRecordCounter
{
public:
    void feed(const char *data, qsizetype size);
    qint64 records() const { return m_records + (m_lineHasContent ? 1 : 0); }
    // Data rows: records minus the header line.
    qint64 dataRows() const { return records() > 0 ? records() - 1 : 0; }

private:
    qint64 m_records = 0;
    bool m_inQuotes = false;
    bool m_lineHasContent = false;
};

} // namespace ExportFormat

// The inputs of one export.
struct ExportInputs
{
    Account account;
    QString secret;           // only for authorising requests; never written anywhere
    Campaign campaign;        // the live campaign (name, id, status at export)
    QByteArray liveGetAnswer; // the live get answer, written verbatim as campaign.json
    QString exportRoot;       // the folder the bundle folder is created in
    QString appVersion = QStringLiteral(CAMPAIGNDESK_VERSION);
};

namespace Detail {
class ExportDiskWorker;
}

// Writes one campaign's export bundle (see the README's "Export bundle format"): campaign.json
// from the live get answer, one file per ExportPiece of the provider, then manifest.json.
// Requests go through the account's Transport on the calling (GUI) thread; every file
// operation, CSV formatting, hashing and the final verification run on a worker thread of its
// own, so the GUI never waits on the disk. Files are written with QSaveFile inside
// "<name>.partial/" (0700, files 0600); only after manifest.json is written and verifyBundle()
// passes is the folder renamed to its final name. On failure or cancel the .partial folder is
// removed: a folder with the final name and a manifest is always a complete, verified bundle.
//
// progress(step, done, total): step is the file being written ("contacts.csv"), or "verify";
// done counts rows for pieces written from JSON rows and bytes otherwise; total is -1 when
// unknown. A writer runs once: start() after the first call does nothing. finished() is
// emitted exactly once, always from the event loop, never from inside start() or cancel().
class ExportBundleWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportBundleWriter)

public:
    // Uses providerFor(inputs.account.platform).
    ExportBundleWriter(Transport *transport, ExportInputs inputs, QObject *parent = nullptr);
    // `provider` must outlive the writer and be safe to call from another thread (providers
    // are stateless); rows are parsed with it on the worker thread.
    ExportBundleWriter(Transport *transport, const Provider &provider, ExportInputs inputs,
                       QObject *parent = nullptr);
    // Stops a running export and removes its .partial folder (waits for the worker thread).
    ~ExportBundleWriter() override;

    void start();
    void cancel();
    bool isRunning() const;

    static QString verifyStep() { return QStringLiteral("verify"); }

Q_SIGNALS:
    void progress(const QString &step, qint64 done, qint64 total);
    void finished(const CampaignDesk::ExportResult &result);

private:
    enum class State
    {
        Idle,
        Running,
        Finalizing,
        Aborting,
        Done
    };

    void nextPiece();
    void startVerbatim();
    void requestPage();
    void onVerbatimResult(const ApiResult &result);
    void onPageResult(const ApiResult &result);
    void onPageWritten(qint64 rowsSoFar, bool hasNext, const PageCursor &next, qint64 total);
    void onFileWritten(const ExportFile &file);
    void onFinalized(const ExportResult &result);
    void onWorkerFailed(const QString &message);
    void onWorkerAborted();
    void finalize();
    void fail(const QString &message);
    void addSource(const QUrl &url);
    bool retryable(const ApiResult &result) const;
    QString validatePieces() const;
    const ExportPiece &currentPiece() const { return m_pieces.at(m_pieceIndex); }

    Transport *m_transport;
    const Provider &m_provider;
    ExportInputs m_inputs;
    QList<ExportPiece> m_pieces;
    State m_state = State::Idle;
    bool m_cancelled = false;
    QString m_error;
    QDateTime m_startedAt;
    QStringList m_sources;
    qsizetype m_pieceIndex = 0;
    PageCursor m_cursor;
    int m_pagesDone = 0;
    int m_attempt = 0;
    qint64 m_streamBytes = 0;
    qint64 m_lastProgressBytes = 0;
    QPointer<PendingCall> m_call;
    std::shared_ptr<std::atomic<bool>> m_stop;
    QThread *m_thread = nullptr;
    Detail::ExportDiskWorker *m_worker = nullptr;
};

} // namespace CampaignDesk

Q_DECLARE_METATYPE(CampaignDesk::ExportResult)
Q_DECLARE_METATYPE(CampaignDesk::ExportFile)
