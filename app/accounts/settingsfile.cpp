#include "settingsfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace CampaignDesk {

namespace {

const QLatin1String VersionKey("settingsVersion");

// The context lupdate gives tr() in free functions of the namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("CampaignDesk", text);
}

SettingsCheck::State inspect(const QSettings &settings, int *version)
{
    *version = settings.value(VersionKey, 0).toInt();
    const QFileInfo file(settings.fileName());
    if (!file.exists())
        return SettingsCheck::State::Ok;
    if (settings.status() == QSettings::FormatError ||
        (file.size() > 0 && settings.allKeys().isEmpty()))
        return SettingsCheck::State::Unreadable;
    if (*version > CurrentSettingsVersion)
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

QString describe(SettingsCheck::State state, const QString &path, int version)
{
    switch (state) {
    case SettingsCheck::State::Ok:
        break;
    case SettingsCheck::State::Unreadable:
        return tr("The settings file %1 could not be read, so saved accounts and window settings "
                  "may be missing.")
            .arg(path);
    case SettingsCheck::State::Newer:
        return tr("The settings file %1 was written by a newer version of Campaign Desk "
                  "(settings version %2; this version knows %3). Settings this version does "
                  "not know may not be kept.")
            .arg(path)
            .arg(version)
            .arg(CurrentSettingsVersion);
    }
    return {};
}

} // namespace

SettingsCheck inspectSettingsFile(const QSettings &settings)
{
    SettingsCheck check;
    int version = 0;
    check.state = inspect(settings, &version);
    check.message = describe(check.state, settings.fileName(), version);
    return check;
}

SettingsCheck checkSettingsFile(QSettings *settings)
{
    SettingsCheck check;
    int version = 0;
    check.state = inspect(*settings, &version);
    if (check.state == SettingsCheck::State::Ok) {
        if (version != CurrentSettingsVersion) {
            settings->setValue(VersionKey, CurrentSettingsVersion);
            settings->sync();
        }
        // It names the user's accounts and where they live: owner-only, like the activity
        // log. Qt rewrites the file atomically and keeps the permissions of the one it
        // replaces.
        QFile::setPermissions(settings->fileName(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return check;
    }
    const QString path = settings->fileName();
    check.backupPath = copyAside(path, check.state == SettingsCheck::State::Unreadable
                                           ? QStringLiteral("unreadable")
                                           : QStringLiteral("newer"));
    check.message = describe(check.state, path, version) + QLatin1Char(' ') +
                    (check.backupPath.isEmpty()
                         ? tr("A copy of it could not be made: back it up yourself before "
                              "changing any setting.")
                         : tr("An untouched copy was kept as %1.").arg(check.backupPath));
    return check;
}

} // namespace CampaignDesk
