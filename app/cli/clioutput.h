#pragma once

#include "model/campaign.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace CampaignDesk::Cli {

// The exit codes scripts rely on. Never renumber one.
enum ExitCode
{
    ExitOk = 0,
    ExitUsage = 2,
    ExitRefused = 3,  // a safety gate refused: blocked status, protected, name mismatch
    ExitPlatform = 4, // the platform returned an error (or could not be reached)
    ExitUnknown = 5,  // the outcome is unknown
};

// The worse of two exit codes for a run of several operations: 5 > 4 > 3 > 0 (2 never mixes).
int worseExitCode(int a, int b);

// Text that came from a platform (campaign names, messages) made safe for a terminal: control
// and invisible format characters (escape sequences, bidi overrides) become U+FFFD.
QString terminalSafe(const QString &text);

// A table with aligned columns, header first, each line ending in "\n". Widths count
// characters, which is right for the names campaigns mostly have.
QString formatTable(const QStringList &header, const QList<QStringList> &rows);

// One campaign as `list --json` and `show --json` print it: account, platform, id, name,
// status (the normalised key), rawStatus, type, created, updated (ISO 8601 UTC or null) and
// count (null when the listing does not say).
QJsonObject campaignJson(const Campaign &campaign, const QString &accountLabel);

// Whether a campaign matches one --status word: a normalised key (campaignStatusKey) compares
// with the normalised status, anything else with the platform's own word, ignoring case.
bool statusMatches(const Campaign &campaign, const QString &word);

// One line of a delete-many file.
struct BulkEntry
{
    QString account; // the account's label
    QString id;      // the platform's campaign id
    QString name;    // optional: when given, it must equal the name the delete flow asks for
};

// Reads a delete-many file: either one JSON array of {"account": label, "id": id} objects, or
// JSON lines (one such object per line; blank lines skipped). "name" is optional; numeric ids
// are accepted. Returns false with a message naming the entry when one is unusable, and for
// duplicates (the same campaign twice would be confirmed twice by one count).
bool parseBulkFile(const QByteArray &content, QList<BulkEntry> *entries, QString *error);

} // namespace CampaignDesk::Cli
