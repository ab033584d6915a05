#pragma once

#include <QString>

class QSettings;

namespace CampaignDesk {

// The version of the settings file's layout this build writes ("settingsVersion").
inline constexpr int CurrentSettingsVersion = 1;

// What opening the settings file found, and what was done to keep the user's data safe.
struct SettingsCheck
{
    enum class State
    {
        Ok,         // readable, this version or older (now stamped with this version)
        Unreadable, // not a settings file Qt can read in full: copied aside first
        Newer       // written by a newer Campaign Desk: copied aside first
    };
    State state = State::Ok;
    int version = 0;    // the file's "settingsVersion"; 0 when it has none
    QString path;       // the settings file
    QString backupPath; // where the copy went; empty when none was needed (or it failed)
    QString summary;    // for the user, without file names; empty when State::Ok

    // The summary followed by the file names, on one line (status bar, CLI error).
    QString message() const;
    // The file names, one per line (a message box's details).
    QString fileDetails() const;
};

// Checks a file-backed QSettings before anything writes to it. QSettings silently rewrites a
// file it could not parse with only the keys it understood (measured with Qt 6.4: a broken
// section header loses everything after it; binary garbage is read as an empty file and
// replaced). So an unreadable file (Qt's FormatError, or a non-empty file that yields no
// setting at all) and a file from a newer version are first copied beside themselves
// ("<file>.unreadable-<UTC>.bak" / ".newer-…", owner-only), and the message says where.
// The copy is never removed by the app. A readable file of this or an older version is
// stamped with CurrentSettingsVersion and made owner-only (0600).
SettingsCheck checkSettingsFile(QSettings *settings);

// The same findings without touching anything, for readers that never write (the CLI): the
// state and, when not Ok, why, in words for the user; never a backup.
SettingsCheck inspectSettingsFile(const QSettings &settings);

} // namespace CampaignDesk
