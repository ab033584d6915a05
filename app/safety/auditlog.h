#pragma once

#include "core/platform.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QThread;

namespace CampaignDesk {

// What was attempted. The keys ("pause", "delete", …) are stored in the database and the CSV
// export: never rename one.
enum class AuditAction
{
    Pause,
    Resume,
    Stop,
    Archive,
    Export,
    Delete,
    Protect,
    Unprotect
};
inline constexpr int AuditActionCount = 8;

QString auditActionKey(AuditAction action);
bool auditActionFromKey(const QString &key, AuditAction *action);
QString auditActionDisplayName(AuditAction action);

// How an attempt ended. Stable keys, as above. `Unknown` is also what an attempt that was
// begun and never finished (the app crashed or was killed mid-request) reads as.
enum class AuditOutcome
{
    Ok,
    Failed,
    Refused,   // the platform (or the app's own gate) refused; nothing changed
    Cancelled, // the user cancelled before the request was sent
    Unknown,
    DeletedConfirmedByCheck,    // the DELETE's answer was lost; a follow-up fetch found it gone
    NotDeletedConfirmedByCheck, // …and a follow-up fetch found it still there
    AlreadyGone                 // 404: it was not there to delete
};
inline constexpr int AuditOutcomeCount = 8;

QString auditOutcomeKey(AuditOutcome outcome);
bool auditOutcomeFromKey(const QString &key, AuditOutcome *outcome);
QString auditOutcomeDisplayName(AuditOutcome outcome);

// Written before the request is sent. Carries no secret by construction: there is no field
// for one, and every text is passed through redactSecrets() on its way to disk anyway.
struct AttemptStart
{
    std::optional<Platform> platform;
    QString accountId; // the local account id
    QString accountLabel;
    bool sandbox = false;
    QString campaignId; // the platform's id
    QString campaignName;
    QString statusBefore; // the platform's own word as fetched just before ("ACTIVE")
    AuditAction action = AuditAction::Pause;
    QString exportPath;         // the bundle folder, when known at the start
    QString manifestSha256;     // of the bundle's manifest.json
    bool exportSkipped = false; // the user turned "export first" off: recorded, on purpose
};

// Written after the answer (or after the follow-up check that established it).
struct AttemptEnd
{
    AuditOutcome outcome = AuditOutcome::Ok;
    int httpStatus = 0; // 0: no HTTP answer (refused locally, dropped connection, …)
    QString platformMessage;
    QString deletionSummary; // JSON text, as the platform reported it (Kakiyo's counts)
    QString detail;          // how the outcome was established
    // Known only once an export has finished; empty keeps what begin() stored.
    QString exportPath;
    QString manifestSha256;
};

// One row of the log as read back.
struct AttemptRecord
{
    qint64 id = 0;
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC; invalid while not completed
    bool completed = false;
    QString platform; // platformKey(), empty when not recorded
    QString accountId;
    QString accountLabel;
    bool sandbox = false;
    QString campaignId;
    QString campaignName;
    QString statusBefore;
    AuditAction action = AuditAction::Pause;
    QString exportPath;
    QString manifestSha256;
    bool exportSkipped = false;
    int httpStatus = 0;
    QString platformMessage;
    QString deletionSummary;
    AuditOutcome outcome = AuditOutcome::Unknown; // Unknown whenever !completed
    QString detail;
};

// Which attempts to read. Empty / unset members do not filter.
struct AttemptFilter
{
    QString accountId;
    std::optional<AuditAction> action;
    std::optional<AuditOutcome> outcome; // Unknown also matches attempts never completed
    QString text;     // case-insensitive substring of campaign, account, message, detail or path
    int limit = 5000; // <= 0: no limit
};

// An account that appears in the log (for the Activity window's account filter).
struct AuditAccount
{
    QString accountId;
    QString accountLabel; // the most recent label it was recorded with
    QString platform;
};

// The bulk-delete journal (issue 6) as stored: one batch and its items, each item with its
// state key ("pending", "checking", "exporting", "deleting", "deleted", "blocked", "failed",
// "unknown", "skipped", "cancelled"; see bulkqueue.h). Written before every request stage, so
// that after a crash the next start knows what may have been deleted.
struct BulkJournalItem
{
    int seq = 0;      // position in the batch, stable
    QString platform; // platformKey()
    QString accountId;
    QString accountLabel;
    QString campaignId;
    QString campaignName;
    QString state;
    QString reason;
    QDateTime updatedAt; // UTC
};

struct BulkJournalBatch
{
    qint64 id = -1;
    QDateTime createdAt;  // UTC
    QDateTime finishedAt; // UTC; invalid while unfinished
    QString state;        // "running", "paused", "finished", "cancelled", "discarded"
    bool exportFirst = true;
    QString exportRoot;
    QList<BulkJournalItem> items;
};

// Redacts anything that looks like a credential in free text: secret query parameters
// ("api_key=…", "token=…") inside or outside URLs (via redactedUrl()), user info in URLs,
// "Bearer …" and JWT-shaped strings. The log must never hold a secret, whatever a platform
// echoes back in its error message.
QString redactSecrets(const QString &text);

// The local database behind the Activity window: the audit log of every state-changing
// attempt and the per-campaign "protected from deletion" flags. Synchronous and bound to the
// thread that calls open(); the GUI uses it only through AuditLog, which runs it on a worker
// thread. The schema is versioned with PRAGMA user_version and ordered migrations; a database
// from a newer app or a damaged file is refused and left untouched, and an existing database
// is copied to "<db>.bak-v<N>" before it is migrated.
class AuditStore final
{
    Q_DISABLE_COPY_MOVE(AuditStore)

public:
    AuditStore();
    ~AuditStore();

    // The schema version this build creates and understands.
    static int schemaVersion();

    // Opens (creating or migrating) the database at `path`. On failure `error` says why in
    // words for the user and the file is as it was.
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    // Writes and commits the start of an attempt; returns its id, or -1 on failure.
    qint64 begin(const AttemptStart &start);
    // Completes an attempt begun earlier. False when the id is unknown or already finished.
    bool finish(qint64 id, const AttemptEnd &end);

    QList<AttemptRecord> query(const AttemptFilter &filter) const;
    std::optional<AttemptRecord> attempt(qint64 id) const;
    QList<AuditAccount> accounts() const;
    // RFC 4180 CSV (CRLF, quotes doubled), one header line, newest first.
    bool exportCsv(const AttemptFilter &filter, QIODevice *device) const;

    // Sets or clears the flag and records a completed protect/unprotect attempt, in one
    // transaction. `target` names the campaign (its action is ignored).
    bool setProtected(const AttemptStart &target, bool on);
    bool setProtected(const QString &accountId, const QString &campaignId,
                      const QString &campaignName, bool on);
    bool isProtected(const QString &accountId, const QString &campaignId) const;
    // Campaign::makeKey(accountId, campaignId) of every protected campaign.
    QSet<QString> protectedKeys() const;

    // The bulk-delete journal. createBatch() writes the batch and every item in one
    // transaction and returns the batch id (-1 on failure); each write commits before it
    // returns, so a state is on disk before the request it announces is sent.
    qint64 createBatch(const BulkJournalBatch &batch);
    bool setBatchItemState(qint64 batchId, int seq, const QString &state, const QString &reason);
    // "finished", "cancelled" and "discarded" also set finished_at.
    bool setBatchState(qint64 batchId, const QString &state);
    std::optional<BulkJournalBatch> batch(qint64 batchId) const;
    // The newest batch still "running" or "paused" (the app stopped before it ended).
    std::optional<BulkJournalBatch> unfinishedBatch() const;

private:
    bool fail(const QString &message, QString *error);
    QString inspect(bool existed, int *version);
    bool migrate(int from, QString *error);
    bool backup(int version, QString *error);

    QString m_connectionName;
    QString m_path;
    mutable QString m_lastError;
    QSqlDatabase m_db;
};

// The audit log as the GUI uses it: every call is queued to an AuditStore on a worker thread
// (the GUI thread never touches the disk) and answered on the thread of `context`, which must
// be this object's thread; a callback whose context was destroyed is dropped. Calls are
// processed in the order they were made, so a finish() queued after a begin() always sees it.
class AuditLog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLog)

public:
    explicit AuditLog(QObject *parent = nullptr);
    // Waits for queued writes to reach the disk: an attempt's record matters more than a few
    // milliseconds at shutdown.
    ~AuditLog() override;

    // QStandardPaths::AppDataLocation + "/campaign-desk.sqlite".
    static QString defaultPath();

    // Answers with opened().
    void open(const QString &path = defaultPath());
    bool isOpen() const { return m_open; }

    // `done` receives the id (-1 on failure). Send the request only after it arrived.
    void begin(const AttemptStart &start, QObject *context,
               const std::function<void(qint64)> &done);
    void finish(qint64 id, const AttemptEnd &end, QObject *context = nullptr,
                const std::function<void(bool)> &done = {});
    void setProtected(const AttemptStart &target, bool on, QObject *context = nullptr,
                      const std::function<void(bool)> &done = {});
    void isProtected(const QString &accountId, const QString &campaignId, QObject *context,
                     const std::function<void(bool)> &done);
    void protectedKeys(QObject *context, const std::function<void(QSet<QString>)> &done);
    // The bulk-delete journal (see AuditStore). `done` runs after the write has committed.
    void createBatch(const BulkJournalBatch &batch, QObject *context,
                     const std::function<void(qint64)> &done);
    void setBatchItemState(qint64 batchId, int seq, const QString &state, const QString &reason,
                           QObject *context = nullptr, const std::function<void(bool)> &done = {});
    void setBatchState(qint64 batchId, const QString &state, QObject *context = nullptr,
                       const std::function<void(bool)> &done = {});
    void batch(qint64 batchId, QObject *context,
               const std::function<void(std::optional<BulkJournalBatch>)> &done);
    void unfinishedBatch(QObject *context,
                         const std::function<void(std::optional<BulkJournalBatch>)> &done);
    void query(const AttemptFilter &filter, QObject *context,
               const std::function<void(QList<AttemptRecord>)> &done);
    void accounts(QObject *context, const std::function<void(QList<AuditAccount>)> &done);
    // Writes the CSV atomically (QSaveFile) on the worker thread. `done(ok, error message)`.
    void exportCsv(const AttemptFilter &filter, const QString &filePath, QObject *context,
                   const std::function<void(bool, QString)> &done);

Q_SIGNALS:
    void opened(bool ok, const QString &message);
    // An attempt was begun or finished, or a protection flag changed.
    void changed();
    void protectionChanged(const QString &accountId, const QString &campaignId, bool on);
    // A write failed: the user must learn that the log is not being kept.
    void writeFailed(const QString &message);

private:
    // Runs `job` on the worker thread and `deliver` with its result on this object's thread.
    template<typename Result>
    void run(std::function<Result(AuditStore &)> job, std::function<void(Result)> deliver);

    std::unique_ptr<AuditStore> m_store; // used on m_thread only
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread: the receiver of queued jobs
    bool m_open = false;
};

} // namespace CampaignDesk

Q_DECLARE_METATYPE(CampaignDesk::AttemptRecord)
