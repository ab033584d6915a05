#include "settingsfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

namespace CampaignDesk {

namespace {

const QLatin1String VersionKey("settingsVersion");

// The context lupdate gives tr() in free functions of the namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("CampaignDesk", text);
}

SettingsCheck::State inspect(const QSettings &settings, int version)
{
    const QFileInfo file(settings.fileName());
    if (!file.exists())
        return SettingsCheck::State::Ok;
    if (settings.status() == QSettings::FormatError ||
        (file.size() > 0 && settings.allKeys().isEmpty()))
        return SettingsCheck::State::Unreadable;
    if (version > CurrentSettingsVersion)
        return SettingsCheck::State::Newer;
    return SettingsCheck::State::Ok;
}

// A byte-for-byte copy beside the original, never over an earlier copy; owner-only, since the
// settings name the user's accounts. Empty on failure.
QString copyAside(const QString &path, const QString &why)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = QStringLiteral("%1.%2-%3.bak").arg(path, why, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.%2-%3-%4.bak").arg(path, why, stamp).arg(n);
    if (!QFile::copy(path, target))
        return {};
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

QString describe(SettingsCheck::State state, int version)
{
    switch (state) {
    case SettingsCheck::State::Ok:
        break;
    case SettingsCheck::State::Unreadable:
        return tr("The settings file could not be read, so saved accounts and window settings "
                  "may be missing.");
    case SettingsCheck::State::Newer:
        return tr("The settings file was written by a newer version of Campaign Desk "
                  "(settings version %1; this version knows %2). Settings this version does "
                  "not know may not be kept.")
            .arg(version)
            .arg(CurrentSettingsVersion);
    }
    return {};
}

// The file names for the user: on one line, each as a sentence, or one per line.
QString fileNames(const SettingsCheck &check, bool oneLine)
{
    QStringList lines{tr("Settings file: %1").arg(check.path)};
    if (!check.backupPath.isEmpty())
        lines << tr("Untouched copy: %1").arg(check.backupPath);
    return oneLine ? lines.join(QStringLiteral(". ")) + QLatin1Char('.')
                   : lines.join(QLatin1Char('\n'));
}

} // namespace

QString SettingsCheck::message() const
{
    return state == State::Ok ? QString() : summary + QLatin1Char(' ') + fileNames(*this, true);
}

QString SettingsCheck::fileDetails() const
{
    return state == State::Ok ? QString() : fileNames(*this, false);
}

SettingsCheck inspectSettingsFile(const QSettings &settings)
{
    SettingsCheck check;
    check.path = settings.fileName();
    check.version = settings.value(VersionKey, 0).toInt();
    check.state = inspect(settings, check.version);
    check.summary = describe(check.state, check.version);
    return check;
}

SettingsCheck checkSettingsFile(QSettings *settings)
{
    SettingsCheck check = inspectSettingsFile(*settings);
    if (check.state == SettingsCheck::State::Ok) {
        if (check.version != CurrentSettingsVersion) {
            settings->setValue(VersionKey, CurrentSettingsVersion);
            settings->sync();
        }
        // It names the user's accounts and where they live: owner-only, like the activity
        // log. Qt rewrites the file atomically and keeps the permissions of the one it
        // replaces.
        QFile::setPermissions(check.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return check;
    }
    check.backupPath = copyAside(check.path, check.state == SettingsCheck::State::Unreadable
                                                 ? QStringLiteral("unreadable")
                                                 : QStringLiteral("newer"));
    check.summary +=
        QLatin1Char(' ') + (check.backupPath.isEmpty()
                                ? tr("A copy of it could not be made: back it up yourself before "
                                     "changing any setting.")
                                : tr("An untouched copy was kept beside it."));
    return check;
}

} // namespace CampaignDesk
