#include "auditlog.h"

#include "model/campaign.h"
#include "net/redaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <array>
#include <utility>
#include <vector>

namespace CampaignDesk {

namespace {

// Texts for people, in one translation context that lupdate sees too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

constexpr std::array<const char *, AuditActionCount> actionKeys = {
    "pause", "resume", "stop", "archive", "export", "delete", "protect", "unprotect"};

constexpr std::array<const char *, AuditOutcomeCount> outcomeKeys = {
    "ok",
    "failed",
    "refused",
    "cancelled",
    "unknown",
    "deleted-confirmed-by-check",
    "not-deleted-confirmed-by-check",
    "already-gone"};

// One step of the schema. Append new steps at the end and never edit a released one: the
// steps are what turns any older database into the current one.
struct Migration
{
    int version;
    std::vector<const char *> statements;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {1,
         {"CREATE TABLE attempts ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT,"
          " started_at TEXT NOT NULL,"
          " finished_at TEXT,"
          " platform TEXT NOT NULL DEFAULT '',"
          " account_id TEXT NOT NULL DEFAULT '',"
          " account_label TEXT NOT NULL DEFAULT '',"
          " sandbox INTEGER NOT NULL DEFAULT 0,"
          " campaign_id TEXT NOT NULL DEFAULT '',"
          " campaign_name TEXT NOT NULL DEFAULT '',"
          " status_before TEXT NOT NULL DEFAULT '',"
          " action TEXT NOT NULL,"
          " export_path TEXT NOT NULL DEFAULT '',"
          " manifest_sha256 TEXT NOT NULL DEFAULT '',"
          " export_skipped INTEGER NOT NULL DEFAULT 0,"
          " http_status INTEGER,"
          " platform_message TEXT NOT NULL DEFAULT '',"
          " deletion_summary TEXT NOT NULL DEFAULT '',"
          " outcome TEXT," // NULL until finished: a crash leaves it NULL, read as "unknown"
          " detail TEXT NOT NULL DEFAULT '')",
          "CREATE INDEX attempts_by_account ON attempts(account_id, id)"}},
        {2,
         {"CREATE TABLE protected_campaigns ("
          " account_id TEXT NOT NULL,"
          " campaign_id TEXT NOT NULL,"
          " campaign_name TEXT NOT NULL DEFAULT '',"
          " protected_at TEXT NOT NULL,"
          " PRIMARY KEY (account_id, campaign_id)) WITHOUT ROWID",
          "CREATE INDEX attempts_by_action ON attempts(action, id)"}},
        // The bulk-delete journal: a batch and the state of each of its campaigns.
        {3,
         {"CREATE TABLE bulk_batches ("
          " id INTEGER PRIMARY KEY AUTOINCREMENT,"
          " created_at TEXT NOT NULL,"
          " finished_at TEXT,"
          " state TEXT NOT NULL,"
          " export_first INTEGER NOT NULL DEFAULT 1,"
          " export_root TEXT NOT NULL DEFAULT '')",
          "CREATE TABLE bulk_items ("
          " batch_id INTEGER NOT NULL REFERENCES bulk_batches(id),"
          " seq INTEGER NOT NULL,"
          " platform TEXT NOT NULL DEFAULT '',"
          " account_id TEXT NOT NULL DEFAULT '',"
          " account_label TEXT NOT NULL DEFAULT '',"
          " campaign_id TEXT NOT NULL DEFAULT '',"
          " campaign_name TEXT NOT NULL DEFAULT '',"
          " state TEXT NOT NULL,"
          " reason TEXT NOT NULL DEFAULT '',"
          " updated_at TEXT NOT NULL,"
          " PRIMARY KEY (batch_id, seq)) WITHOUT ROWID",
          "CREATE INDEX bulk_batches_by_state ON bulk_batches(state, id)"}},
    };
    return steps;
}

constexpr QFileDevice::Permissions ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseUtc(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

const char *selectColumns =
    "SELECT id, started_at, finished_at, platform, account_id, account_label, sandbox, "
    "campaign_id, campaign_name, status_before, action, export_path, manifest_sha256, "
    "export_skipped, http_status, platform_message, deletion_summary, outcome, detail "
    "FROM attempts";

AttemptRecord recordFrom(const QSqlQuery &q)
{
    AttemptRecord r;
    r.id = q.value(0).toLongLong();
    r.startedAt = parseUtc(q.value(1));
    r.finishedAt = parseUtc(q.value(2));
    r.completed = !q.value(2).isNull();
    r.platform = q.value(3).toString();
    r.accountId = q.value(4).toString();
    r.accountLabel = q.value(5).toString();
    r.sandbox = q.value(6).toBool();
    r.campaignId = q.value(7).toString();
    r.campaignName = q.value(8).toString();
    r.statusBefore = q.value(9).toString();
    auditActionFromKey(q.value(10).toString(), &r.action);
    r.exportPath = q.value(11).toString();
    r.manifestSha256 = q.value(12).toString();
    r.exportSkipped = q.value(13).toBool();
    r.httpStatus = q.value(14).toInt();
    r.platformMessage = q.value(15).toString();
    r.deletionSummary = q.value(16).toString();
    r.outcome = AuditOutcome::Unknown;
    if (r.completed && !auditOutcomeFromKey(q.value(17).toString(), &r.outcome))
        r.outcome = AuditOutcome::Unknown; // a key from a newer build reads as unknown
    r.detail = q.value(18).toString();
    return r;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

// RFC 4180 quoting, plus a leading apostrophe for cells a spreadsheet would run as a formula:
// platform messages and campaign names come from outside.
QString csvField(QString value)
{
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && formulaStart.contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
        value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

QString damagedMessage(const QString &path)
{
    return Text::tr(
               "The activity log %1 is damaged or is not a Campaign Desk database. It was left "
               "as it is; move it away (or restore a backup) to start a new log.")
        .arg(QDir::toNativeSeparators(path));
}

bool isSecretName(const QString &name)
{
    const QString lower = name.toLower();
    return isSecretQueryParameter(name) || lower == QLatin1String("password") ||
           lower == QLatin1String("authorization") || lower == QLatin1String("refresh_token") ||
           lower == QLatin1String("id_token");
}

} // namespace

QString auditActionKey(AuditAction action)
{
    return QString::fromLatin1(actionKeys.at(std::size_t(action)));
}

bool auditActionFromKey(const QString &key, AuditAction *action)
{
    for (std::size_t i = 0; i < actionKeys.size(); ++i) {
        if (key == QLatin1String(actionKeys.at(i))) {
            *action = AuditAction(i);
            return true;
        }
    }
    return false;
}

QString auditActionDisplayName(AuditAction action)
{
    switch (action) {
    case AuditAction::Pause:
        return Text::tr("Pause");
    case AuditAction::Resume:
        return Text::tr("Resume");
    case AuditAction::Stop:
        return Text::tr("Stop");
    case AuditAction::Archive:
        return Text::tr("Archive");
    case AuditAction::Export:
        return Text::tr("Export");
    case AuditAction::Delete:
        return Text::tr("Delete");
    case AuditAction::Protect:
        return Text::tr("Protect");
    case AuditAction::Unprotect:
        return Text::tr("Remove protection");
    }
    return {};
}

QString auditOutcomeKey(AuditOutcome outcome)
{
    return QString::fromLatin1(outcomeKeys.at(std::size_t(outcome)));
}

bool auditOutcomeFromKey(const QString &key, AuditOutcome *outcome)
{
    for (std::size_t i = 0; i < outcomeKeys.size(); ++i) {
        if (key == QLatin1String(outcomeKeys.at(i))) {
            *outcome = AuditOutcome(i);
            return true;
        }
    }
    return false;
}

QString auditOutcomeDisplayName(AuditOutcome outcome)
{
    switch (outcome) {
    case AuditOutcome::Ok:
        return Text::tr("Succeeded");
    case AuditOutcome::Failed:
        return Text::tr("Failed");
    case AuditOutcome::Refused:
        return Text::tr("Refused");
    case AuditOutcome::Cancelled:
        return Text::tr("Cancelled");
    case AuditOutcome::Unknown:
        return Text::tr("Outcome unknown");
    case AuditOutcome::DeletedConfirmedByCheck:
        return Text::tr("Deleted (confirmed by a follow-up check)");
    case AuditOutcome::NotDeletedConfirmedByCheck:
        return Text::tr("Not deleted (confirmed by a follow-up check)");
    case AuditOutcome::AlreadyGone:
        return Text::tr("Already gone");
    }
    return {};
}

QString redactSecrets(const QString &text)
{
    if (text.isEmpty())
        return text;
    static const QRegularExpression url(QStringLiteral(R"([A-Za-z][A-Za-z0-9+.-]*://[^\s"'<>]+)"));
    static const QRegularExpression assignment(
        QStringLiteral(R"(([A-Za-z_][A-Za-z0-9_.-]*)(\s*=\s*)([^&\s"',;}]+))"));
    static const QRegularExpression jsonMember(
        QStringLiteral(R"re("([A-Za-z_][A-Za-z0-9_.-]*)"(\s*:\s*)"([^"\\]*(?:\\.[^"\\]*)*)")re"));
    static const QRegularExpression bearer(
        QStringLiteral(R"(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
        QStringLiteral(R"(\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)"));

    QString out;
    // URLs first, through the same function every shown or logged URL goes through.
    qsizetype last = 0;
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QUrl parsed(m.captured(), QUrl::TolerantMode);
        out += parsed.isValid() ? redactedUrl(parsed) : QStringLiteral("***");
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);

    // Then "name=value" and "name": "value" anywhere else (an echoed query, a JSON body).
    const auto redactValues = [](const QString &in, const QRegularExpression &re) {
        QString result;
        qsizetype pos = 0;
        for (auto it = re.globalMatch(in); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (!isSecretName(m.captured(1)))
                continue;
            result += QStringView(in).mid(pos, m.capturedStart(3) - pos);
            result += QStringLiteral("***");
            pos = m.capturedEnd(3);
        }
        return result + in.mid(pos);
    };
    out = redactValues(out, assignment);
    out = redactValues(out, jsonMember);
    out.replace(bearer, QStringLiteral("\\1 ***"));
    out.replace(jwt, QStringLiteral("***"));
    return out;
}

// ---------------------------------------------------------------------------------------------

AuditStore::AuditStore()
    : m_connectionName(QStringLiteral("campaigndesk-audit-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

AuditStore::~AuditStore()
{
    close();
}

int AuditStore::schemaVersion()
{
    return migrations().back().version;
}

bool AuditStore::isOpen() const
{
    return m_db.isOpen();
}

void AuditStore::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool AuditStore::fail(const QString &message, QString *error)
{
    close();
    m_lastError = message;
    if (error)
        *error = message;
    return false;
}

bool AuditStore::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    m_lastError.clear();
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    if (!QDir().mkpath(dir))
        return fail(Text::tr("Cannot create the folder %1 for the activity log.").arg(dir), error);
    // The log names accounts and campaigns: nobody else on the machine needs to read it.
    QFile::setPermissions(dir, ownerDir);

    const bool existed = info.exists() && info.size() > 0;
    const QString damaged = damagedMessage(path);
    if (existed) {
        // Checked before SQLite sees the file, so nothing can be written into a stranger.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                Text::tr("Cannot read the activity log %1: %2").arg(path, file.errorString()),
                error);
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return fail(damaged, error);
    } else if (!info.exists()) {
        // Created with owner-only permissions before SQLite opens it: no window where
        // another user could open it.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile))
            return fail(
                Text::tr("Cannot create the activity log %1: %2").arg(path, file.errorString()),
                error);
    }
    QFile::setPermissions(path, ownerFile);

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return fail(Text::tr("Cannot open the activity log %1: %2")
                        .arg(path, m_db.lastError().databaseText()),
                    error);

    int version = 0;
    const QString refusal = inspect(existed, &version);
    if (!refusal.isEmpty())
        return fail(refusal, error);
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return fail(damaged, error);
        // Every begin() must survive a crash and a power cut before the request goes out.
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    }
    if (version < schemaVersion()) {
        if (version > 0 && !backup(version, error))
            return false;
        if (!migrate(version, error))
            return false;
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            QFile::setPermissions(path + QLatin1String(suffix), ownerFile);
    }
    return true;
}

QString AuditStore::inspect(bool existed, int *version)
{
    // Only reads: nothing may change before the file has passed every check.
    QString damaged = damagedMessage(m_path); // not const: returned by move
    QSqlQuery q(m_db);
    if (existed) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
            q.value(0).toString() != QLatin1String("ok"))
            return damaged;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return damaged;
    *version = q.value(0).toInt();
    if (*version > schemaVersion())
        return Text::tr("The activity log %1 was written by a newer version of Campaign Desk "
                        "(schema %2; this version knows up to %3). It was left as it is: "
                        "update Campaign Desk to open it.")
            .arg(QDir::toNativeSeparators(m_path))
            .arg(*version)
            .arg(schemaVersion());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'attempts'")) ||
        !q.next())
        return damaged;
    const bool hasAttempts = q.value(0).toInt() > 0;
    if (*version == 0 && existed) {
        // Version 0 with tables is someone else's database.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next() ||
            q.value(0).toInt() > 0)
            return damaged;
    } else if (*version > 0 && !hasAttempts) {
        return damaged;
    }
    return {};
}

bool AuditStore::backup(int version, QString *error)
{
    QString target = m_path + QStringLiteral(".bak-v%1").arg(version);
    // An earlier backup of the same version is the older one: keep it.
    for (int n = 1; QFile::exists(target); ++n)
        target = m_path + QStringLiteral(".bak-v%1.%2").arg(version).arg(n);
    {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile))
            return fail(Text::tr("Cannot back up the activity log before updating it (%1): %2. "
                                 "It was left as it is.")
                            .arg(target, file.errorString()),
                        error);
    }
    QString why;
    {
        // VACUUM INTO copies a consistent snapshot, including what is still in the WAL.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(target);
        if (!q.exec())
            why = q.lastError().databaseText();
    }
    if (!why.isEmpty()) {
        QFile::remove(target);
        return fail(Text::tr("Cannot back up the activity log before updating it (%1): %2. "
                             "It was left as it is.")
                        .arg(target, why),
                    error);
    }
    QFile::setPermissions(target, ownerFile);
    return true;
}

bool AuditStore::migrate(int from, QString *error)
{
    for (const Migration &step : migrations()) {
        if (step.version <= from)
            continue;
        // One transaction per step: a failure leaves the database at the previous version.
        if (!m_db.transaction())
            return fail(
                Text::tr("Cannot update the activity log: %1").arg(m_db.lastError().databaseText()),
                error);
        QString why;
        {
            QSqlQuery q(m_db);
            for (const char *sql : step.statements) {
                if (!q.exec(QString::fromLatin1(sql))) {
                    why = q.lastError().databaseText();
                    break;
                }
            }
            if (why.isEmpty() &&
                !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
                why = q.lastError().databaseText();
        }
        if (why.isEmpty() && !m_db.commit())
            why = m_db.lastError().databaseText();
        if (!why.isEmpty()) {
            m_db.rollback();
            return fail(Text::tr("Cannot update the activity log to schema %1: %2")
                            .arg(step.version)
                            .arg(why),
                        error);
        }
    }
    return true;
}

qint64 AuditStore::begin(const AttemptStart &s)
{
    if (!isOpen()) {
        m_lastError = Text::tr("The activity log is not open.");
        return -1;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO attempts (started_at, platform, account_id, account_label, sandbox, "
        "campaign_id, campaign_name, status_before, action, export_path, manifest_sha256, "
        "export_skipped) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(nowUtc());
    q.addBindValue(s.platform ? platformKey(*s.platform) : sqlText({}));
    q.addBindValue(sqlText(redactSecrets(s.accountId)));
    q.addBindValue(sqlText(redactSecrets(s.accountLabel)));
    q.addBindValue(s.sandbox ? 1 : 0);
    q.addBindValue(sqlText(redactSecrets(s.campaignId)));
    q.addBindValue(sqlText(redactSecrets(s.campaignName)));
    q.addBindValue(sqlText(redactSecrets(s.statusBefore)));
    q.addBindValue(auditActionKey(s.action));
    q.addBindValue(sqlText(redactSecrets(s.exportPath)));
    q.addBindValue(sqlText(redactSecrets(s.manifestSha256)));
    q.addBindValue(s.exportSkipped ? 1 : 0);
    // Autocommit: the row is on disk (synchronous=FULL) when exec() returns.
    if (!q.exec()) {
        m_lastError =
            Text::tr("Cannot write to the activity log: %1").arg(q.lastError().databaseText());
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

bool AuditStore::finish(qint64 id, const AttemptEnd &e)
{
    if (!isOpen()) {
        m_lastError = Text::tr("The activity log is not open.");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE attempts SET finished_at = ?, outcome = ?, http_status = ?, "
                             "platform_message = ?, deletion_summary = ?, detail = ?, "
                             "export_path = CASE WHEN ? = '' THEN export_path ELSE ? END, "
                             "manifest_sha256 = CASE WHEN ? = '' THEN manifest_sha256 ELSE ? END "
                             "WHERE id = ? AND finished_at IS NULL"));
    const QString path = sqlText(redactSecrets(e.exportPath));
    const QString sha = sqlText(redactSecrets(e.manifestSha256));
    q.addBindValue(nowUtc());
    q.addBindValue(auditOutcomeKey(e.outcome));
    q.addBindValue(e.httpStatus > 0 ? QVariant(e.httpStatus) : QVariant());
    q.addBindValue(sqlText(redactSecrets(e.platformMessage)));
    q.addBindValue(sqlText(redactSecrets(e.deletionSummary)));
    q.addBindValue(sqlText(redactSecrets(e.detail)));
    q.addBindValue(path);
    q.addBindValue(path);
    q.addBindValue(sha);
    q.addBindValue(sha);
    q.addBindValue(id);
    if (!q.exec()) {
        m_lastError =
            Text::tr("Cannot write to the activity log: %1").arg(q.lastError().databaseText());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_lastError =
            Text::tr("Activity log entry %1 does not exist or is already complete.").arg(id);
        return false;
    }
    return true;
}

QList<AttemptRecord> AuditStore::query(const AttemptFilter &filter) const
{
    QList<AttemptRecord> result;
    if (!isOpen())
        return result;
    QStringList where;
    QVariantList values;
    if (!filter.accountId.isEmpty()) {
        where << QStringLiteral("account_id = ?");
        values << filter.accountId;
    }
    if (filter.action) {
        where << QStringLiteral("action = ?");
        values << auditActionKey(*filter.action);
    }
    if (filter.outcome) {
        if (*filter.outcome == AuditOutcome::Unknown) {
            where << QStringLiteral("(outcome IS NULL OR outcome = ?)");
        } else {
            where << QStringLiteral("outcome = ?");
        }
        values << auditOutcomeKey(*filter.outcome);
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        QStringList any;
        for (const char *column : {"campaign_name", "campaign_id", "account_label", "platform",
                                   "platform_message", "detail", "export_path", "status_before"}) {
            any << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            values << escapeLike(text);
        }
        where << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    QString sql = QString::fromLatin1(selectColumns);
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    // Ids grow with time, so this is newest first even if the clock jumped back.
    sql += QLatin1String(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError =
            Text::tr("Cannot read the activity log: %1").arg(q.lastError().databaseText());
        return result;
    }
    while (q.next())
        result.append(recordFrom(q));
    return result;
}

std::optional<AttemptRecord> AuditStore::attempt(qint64 id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(selectColumns) + QLatin1String(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

QList<AuditAccount> AuditStore::accounts() const
{
    QList<AuditAccount> result;
    if (!isOpen())
        return result;
    QSqlQuery q(m_db);
    // The label of each account's newest row: labels can be renamed.
    if (!q.exec(QStringLiteral(
            "SELECT a.account_id, a.account_label, a.platform FROM attempts a "
            "JOIN (SELECT account_id, max(id) AS newest FROM attempts GROUP BY account_id) n "
            "ON a.id = n.newest ORDER BY lower(a.account_label), a.account_id")))
        return result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

bool AuditStore::exportCsv(const AttemptFilter &filter, QIODevice *device) const
{
    if (!isOpen() || !device || !device->isWritable())
        return false;
    const QList<AttemptRecord> records = query(filter);
    static const char *header =
        "id,started_at,finished_at,completed,platform,account_id,account_label,sandbox,"
        "campaign_id,campaign_name,status_before,action,outcome,http_status,platform_message,"
        "export_path,manifest_sha256,export_skipped,deletion_summary,detail\r\n";
    if (device->write(header) < 0)
        return false;
    for (const AttemptRecord &r : records) {
        const QStringList fields = {
            QString::number(r.id),
            r.startedAt.toString(Qt::ISODateWithMs),
            r.completed ? r.finishedAt.toString(Qt::ISODateWithMs) : QString(),
            r.completed ? QStringLiteral("true") : QStringLiteral("false"),
            r.platform,
            r.accountId,
            r.accountLabel,
            r.sandbox ? QStringLiteral("true") : QStringLiteral("false"),
            r.campaignId,
            r.campaignName,
            r.statusBefore,
            auditActionKey(r.action),
            auditOutcomeKey(r.outcome),
            r.httpStatus > 0 ? QString::number(r.httpStatus) : QString(),
            r.platformMessage,
            r.exportPath,
            r.manifestSha256,
            r.exportSkipped ? QStringLiteral("true") : QStringLiteral("false"),
            r.deletionSummary,
            r.detail,
        };
        QString line;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += csvField(fields.at(i));
        }
        line += QLatin1String("\r\n");
        if (device->write(line.toUtf8()) < 0)
            return false;
    }
    return true;
}

bool AuditStore::setProtected(const QString &accountId, const QString &campaignId,
                              const QString &campaignName, bool on)
{
    AttemptStart target;
    target.accountId = accountId;
    target.campaignId = campaignId;
    target.campaignName = campaignName;
    return setProtected(target, on);
}

bool AuditStore::setProtected(const AttemptStart &target, bool on)
{
    if (!isOpen()) {
        m_lastError = Text::tr("The activity log is not open.");
        return false;
    }
    if (!m_db.transaction()) {
        m_lastError =
            Text::tr("Cannot write to the activity log: %1").arg(m_db.lastError().databaseText());
        return false;
    }
    QSqlQuery q(m_db);
    if (on) {
        q.prepare(QStringLiteral("INSERT INTO protected_campaigns (account_id, campaign_id, "
                                 "campaign_name, protected_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (account_id, campaign_id) DO UPDATE SET "
                                 "campaign_name = excluded.campaign_name"));
        q.addBindValue(sqlText(target.accountId));
        q.addBindValue(sqlText(target.campaignId));
        q.addBindValue(sqlText(redactSecrets(target.campaignName)));
        q.addBindValue(nowUtc());
    } else {
        q.prepare(QStringLiteral(
            "DELETE FROM protected_campaigns WHERE account_id = ? AND campaign_id = ?"));
        q.addBindValue(sqlText(target.accountId));
        q.addBindValue(sqlText(target.campaignId));
    }
    bool ok = q.exec();
    QString why = ok ? QString() : q.lastError().databaseText();
    q.finish();
    qint64 id = -1;
    if (ok) {
        AttemptStart start = target;
        start.action = on ? AuditAction::Protect : AuditAction::Unprotect;
        id = begin(start);
        ok = id > 0;
    }
    if (ok) {
        AttemptEnd end;
        end.outcome = AuditOutcome::Ok;
        end.detail = Text::tr("Local flag; nothing was sent to the platform.");
        ok = finish(id, end);
    }
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        m_lastError =
            Text::tr("Cannot write to the activity log: %1").arg(why.isEmpty() ? m_lastError : why);
        return false;
    }
    return true;
}

bool AuditStore::isProtected(const QString &accountId, const QString &campaignId) const
{
    if (!isOpen())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT 1 FROM protected_campaigns WHERE account_id = ? AND campaign_id = ?"));
    q.addBindValue(accountId);
    q.addBindValue(campaignId);
    return q.exec() && q.next();
}

QSet<QString> AuditStore::protectedKeys() const
{
    QSet<QString> keys;
    if (!isOpen())
        return keys;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT account_id, campaign_id FROM protected_campaigns")))
        return keys;
    while (q.next())
        keys.insert(Campaign::makeKey(q.value(0).toString(), q.value(1).toString()));
    return keys;
}

qint64 AuditStore::createBatch(const BulkJournalBatch &batch)
{
    if (!isOpen()) {
        m_lastError = Text::tr("The activity log is not open.");
        return -1;
    }
    if (!m_db.transaction()) {
        m_lastError =
            Text::tr("Cannot write to the activity log: %1").arg(m_db.lastError().databaseText());
        return -1;
    }
    QString why;
    qint64 id = -1;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO bulk_batches (created_at, state, export_first, "
                                 "export_root) VALUES (?, ?, ?, ?)"));
        q.addBindValue(nowUtc());
        q.addBindValue(batch.state.isEmpty() ? QStringLiteral("running") : batch.state);
        q.addBindValue(batch.exportFirst ? 1 : 0);
        q.addBindValue(sqlText(redactSecrets(batch.exportRoot)));
        if (!q.exec())
            why = q.lastError().databaseText();
        else
            id = q.lastInsertId().toLongLong();
        if (why.isEmpty()) {
            q.prepare(QStringLiteral(
                "INSERT INTO bulk_items (batch_id, seq, platform, account_id, account_label, "
                "campaign_id, campaign_name, state, reason, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const QString now = nowUtc();
            for (const BulkJournalItem &item : batch.items) {
                q.addBindValue(id);
                q.addBindValue(item.seq);
                q.addBindValue(sqlText(item.platform));
                q.addBindValue(sqlText(redactSecrets(item.accountId)));
                q.addBindValue(sqlText(redactSecrets(item.accountLabel)));
                q.addBindValue(sqlText(redactSecrets(item.campaignId)));
                q.addBindValue(sqlText(redactSecrets(item.campaignName)));
                q.addBindValue(item.state.isEmpty() ? QStringLiteral("pending") : item.state);
                q.addBindValue(sqlText(redactSecrets(item.reason)));
                q.addBindValue(now);
                if (!q.exec()) {
                    why = q.lastError().databaseText();
                    break;
                }
            }
        }
    }
    if (!why.isEmpty() || !m_db.commit()) {
        m_db.rollback();
        m_lastError = Text::tr("Cannot write to the activity log: %1")
                          .arg(why.isEmpty() ? m_db.lastError().databaseText() : why);
        return -1;
    }
    return id;
}

bool AuditStore::setBatchItemState(qint64 batchId, int seq, const QString &state,
                                   const QString &reason)
{
    if (!isOpen()) {
        m_lastError = Text::tr("The activity log is not open.");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE bulk_items SET state = ?, reason = ?, updated_at = ? "
                             "WHERE batch_id = ? AND seq = ?"));
    q.addBindValue(state);
    q.addBindValue(sqlText(redactSecrets(reason)));
    q.addBindValue(nowUtc());
    q.addBindValue(batchId);
    q.addBindValue(seq);
    // Autocommit with synchronous=FULL: on disk when exec() returns.
    if (!q.exec()) {
        m_lastError =
            Text::tr("Cannot write to the activity log: %1").arg(q.lastError().databaseText());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_lastError = Text::tr("Bulk delete %1 has no campaign number %2.").arg(batchId).arg(seq);
        return false;
    }
    return true;
}

bool AuditStore::setBatchState(qint64 batchId, const QString &state)
{
    if (!isOpen()) {
        m_lastError = Text::tr("The activity log is not open.");
        return false;
    }
    const bool ends = state == QLatin1String("finished") || state == QLatin1String("cancelled") ||
                      state == QLatin1String("discarded");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE bulk_batches SET state = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(ends ? QVariant(nowUtc()) : QVariant());
    q.addBindValue(batchId);
    if (!q.exec()) {
        m_lastError =
            Text::tr("Cannot write to the activity log: %1").arg(q.lastError().databaseText());
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_lastError = Text::tr("There is no bulk delete %1.").arg(batchId);
        return false;
    }
    return true;
}

std::optional<BulkJournalBatch> AuditStore::batch(qint64 batchId) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, created_at, finished_at, state, export_first, "
                             "export_root FROM bulk_batches WHERE id = ?"));
    q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    BulkJournalBatch b;
    b.id = q.value(0).toLongLong();
    b.createdAt = parseUtc(q.value(1));
    b.finishedAt = parseUtc(q.value(2));
    b.state = q.value(3).toString();
    b.exportFirst = q.value(4).toBool();
    b.exportRoot = q.value(5).toString();
    QSqlQuery items(m_db);
    items.setForwardOnly(true);
    items.prepare(QStringLiteral("SELECT seq, platform, account_id, account_label, campaign_id, "
                                 "campaign_name, state, reason, updated_at FROM bulk_items "
                                 "WHERE batch_id = ? ORDER BY seq"));
    items.addBindValue(batchId);
    if (!items.exec())
        return std::nullopt;
    while (items.next()) {
        BulkJournalItem item;
        item.seq = items.value(0).toInt();
        item.platform = items.value(1).toString();
        item.accountId = items.value(2).toString();
        item.accountLabel = items.value(3).toString();
        item.campaignId = items.value(4).toString();
        item.campaignName = items.value(5).toString();
        item.state = items.value(6).toString();
        item.reason = items.value(7).toString();
        item.updatedAt = parseUtc(items.value(8));
        b.items.append(item);
    }
    return b;
}

std::optional<BulkJournalBatch> AuditStore::unfinishedBatch() const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id FROM bulk_batches WHERE state IN ('running', 'paused') "
                               "ORDER BY id DESC LIMIT 1")) ||
        !q.next())
        return std::nullopt;
    return batch(q.value(0).toLongLong());
}

// ---------------------------------------------------------------------------------------------

AuditLog::AuditLog(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<AuditStore>())
    , m_thread(new QThread(this))
    , m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("campaigndesk-audit"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

AuditLog::~AuditLog()
{
    // The connection belongs to the worker thread: close it there, after every queued job.
    AuditStore *store = m_store.get();
    QMetaObject::invokeMethod(
        m_worker,
        [store] {
            store->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker;
}

QString AuditLog::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1String("/campaign-desk.sqlite");
}

template<typename Result>
void AuditLog::run(std::function<Result(AuditStore &)> job, std::function<void(Result)> deliver)
{
    AuditStore *store = m_store.get();
    // `this` outlives every job: the destructor waits for the worker thread, and events still
    // queued for this object when it dies are discarded with it.
    QMetaObject::invokeMethod(
        m_worker,
        [this, store, job = std::move(job), deliver = std::move(deliver)] {
            Result result = job(*store);
            QMetaObject::invokeMethod(
                this, [deliver, result = std::move(result)] { deliver(result); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

namespace {

// A caller's callback, dropped if its context is gone by the time the answer arrives.
template<typename... Args>
void answer(const QPointer<QObject> &context, const std::function<void(Args...)> &done,
            Args... args)
{
    if (context && done)
        done(args...);
}

} // namespace

void AuditLog::open(const QString &path)
{
    using Result = std::pair<bool, QString>;
    run<Result>(
        [path](AuditStore &store) {
            QString error;
            const bool ok = store.open(path, &error);
            return Result{ok, error};
        },
        [this](const Result &r) {
            m_open = r.first;
            Q_EMIT opened(r.first, r.second);
        });
}

void AuditLog::begin(const AttemptStart &start, QObject *context,
                     const std::function<void(qint64)> &done)
{
    using Result = std::pair<qint64, QString>;
    const QPointer<QObject> ctx(context ? context : this);
    run<Result>(
        [start](AuditStore &store) {
            const qint64 id = store.begin(start);
            return Result{id, id > 0 ? QString() : store.lastError()};
        },
        [this, ctx, done](const Result &r) {
            if (r.first > 0)
                Q_EMIT changed();
            else
                Q_EMIT writeFailed(r.second);
            answer<qint64>(ctx, done, r.first);
        });
}

void AuditLog::finish(qint64 id, const AttemptEnd &end, QObject *context,
                      const std::function<void(bool)> &done)
{
    using Result = std::pair<bool, QString>;
    const QPointer<QObject> ctx(context ? context : this);
    run<Result>(
        [id, end](AuditStore &store) {
            const bool ok = store.finish(id, end);
            return Result{ok, ok ? QString() : store.lastError()};
        },
        [this, ctx, done](const Result &r) {
            if (r.first)
                Q_EMIT changed();
            else
                Q_EMIT writeFailed(r.second);
            answer<bool>(ctx, done, r.first);
        });
}

void AuditLog::setProtected(const AttemptStart &target, bool on, QObject *context,
                            const std::function<void(bool)> &done)
{
    using Result = std::pair<bool, QString>;
    const QPointer<QObject> ctx(context ? context : this);
    run<Result>(
        [target, on](AuditStore &store) {
            const bool ok = store.setProtected(target, on);
            return Result{ok, ok ? QString() : store.lastError()};
        },
        [this, ctx, done, target, on](const Result &r) {
            if (r.first) {
                Q_EMIT protectionChanged(target.accountId, target.campaignId, on);
                Q_EMIT changed();
            } else {
                Q_EMIT writeFailed(r.second);
            }
            answer<bool>(ctx, done, r.first);
        });
}

void AuditLog::isProtected(const QString &accountId, const QString &campaignId, QObject *context,
                           const std::function<void(bool)> &done)
{
    const QPointer<QObject> ctx(context ? context : this);
    run<bool>([accountId,
               campaignId](AuditStore &store) { return store.isProtected(accountId, campaignId); },
              [ctx, done](bool on) { answer<bool>(ctx, done, on); });
}

void AuditLog::protectedKeys(QObject *context, const std::function<void(QSet<QString>)> &done)
{
    const QPointer<QObject> ctx(context ? context : this);
    run<QSet<QString>>(
        [](AuditStore &store) { return store.protectedKeys(); },
        [ctx, done](QSet<QString> keys) { answer<QSet<QString>>(ctx, done, std::move(keys)); });
}

void AuditLog::createBatch(const BulkJournalBatch &batch, QObject *context,
                           const std::function<void(qint64)> &done)
{
    using Result = std::pair<qint64, QString>;
    const QPointer<QObject> ctx(context ? context : this);
    run<Result>(
        [batch](AuditStore &store) {
            const qint64 id = store.createBatch(batch);
            return Result{id, id > 0 ? QString() : store.lastError()};
        },
        [this, ctx, done](const Result &r) {
            if (r.first <= 0)
                Q_EMIT writeFailed(r.second);
            answer<qint64>(ctx, done, r.first);
        });
}

void AuditLog::setBatchItemState(qint64 batchId, int seq, const QString &state,
                                 const QString &reason, QObject *context,
                                 const std::function<void(bool)> &done)
{
    using Result = std::pair<bool, QString>;
    const QPointer<QObject> ctx(context ? context : this);
    run<Result>(
        [batchId, seq, state, reason](AuditStore &store) {
            const bool ok = store.setBatchItemState(batchId, seq, state, reason);
            return Result{ok, ok ? QString() : store.lastError()};
        },
        [this, ctx, done](const Result &r) {
            if (!r.first)
                Q_EMIT writeFailed(r.second);
            answer<bool>(ctx, done, r.first);
        });
}

void AuditLog::setBatchState(qint64 batchId, const QString &state, QObject *context,
                             const std::function<void(bool)> &done)
{
    using Result = std::pair<bool, QString>;
    const QPointer<QObject> ctx(context ? context : this);
    run<Result>(
        [batchId, state](AuditStore &store) {
            const bool ok = store.setBatchState(batchId, state);
            return Result{ok, ok ? QString() : store.lastError()};
        },
        [this, ctx, done](const Result &r) {
            if (!r.first)
                Q_EMIT writeFailed(r.second);
            answer<bool>(ctx, done, r.first);
        });
}

void AuditLog::batch(qint64 batchId, QObject *context,
                     const std::function<void(std::optional<BulkJournalBatch>)> &done)
{
    using Result = std::optional<BulkJournalBatch>;
    const QPointer<QObject> ctx(context ? context : this);
    run<Result>([batchId](AuditStore &store) { return store.batch(batchId); },
                [ctx, done](Result r) { answer<Result>(ctx, done, std::move(r)); });
}

void AuditLog::unfinishedBatch(QObject *context,
                               const std::function<void(std::optional<BulkJournalBatch>)> &done)
{
    using Result = std::optional<BulkJournalBatch>;
    const QPointer<QObject> ctx(context ? context : this);
    run<Result>([](AuditStore &store) { return store.unfinishedBatch(); },
                [ctx, done](Result r) { answer<Result>(ctx, done, std::move(r)); });
}

void AuditLog::query(const AttemptFilter &filter, QObject *context,
                     const std::function<void(QList<AttemptRecord>)> &done)
{
    const QPointer<QObject> ctx(context ? context : this);
    run<QList<AttemptRecord>>([filter](AuditStore &store) { return store.query(filter); },
                              [ctx, done](QList<AttemptRecord> records) {
                                  answer<QList<AttemptRecord>>(ctx, done, std::move(records));
                              });
}

void AuditLog::accounts(QObject *context, const std::function<void(QList<AuditAccount>)> &done)
{
    const QPointer<QObject> ctx(context ? context : this);
    run<QList<AuditAccount>>([](AuditStore &store) { return store.accounts(); },
                             [ctx, done](QList<AuditAccount> accounts) {
                                 answer<QList<AuditAccount>>(ctx, done, std::move(accounts));
                             });
}

void AuditLog::exportCsv(const AttemptFilter &filter, const QString &filePath, QObject *context,
                         const std::function<void(bool, QString)> &done)
{
    using Result = std::pair<bool, QString>;
    const QPointer<QObject> ctx(context ? context : this);
    run<Result>(
        [filter, filePath](AuditStore &store) {
            if (!store.isOpen())
                return Result{false, Text::tr("The activity log is not open.")};
            QSaveFile file(filePath);
            if (!file.open(QIODevice::WriteOnly))
                return Result{false,
                              Text::tr("Cannot write %1: %2").arg(filePath, file.errorString())};
            if (!store.exportCsv(filter, &file)) {
                file.cancelWriting();
                return Result{false,
                              Text::tr("Cannot write %1: %2").arg(filePath, file.errorString())};
            }
            if (!file.commit())
                return Result{false,
                              Text::tr("Cannot write %1: %2").arg(filePath, file.errorString())};
            return Result{true, QString()};
        },
        [ctx, done](const Result &r) { answer<bool, QString>(ctx, done, r.first, r.second); });
}

} // namespace CampaignDesk
