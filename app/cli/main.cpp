// campaign-desk-cli: the command-line tool. Everything lives in the core library and CliApp;
// this only sets the names that locate the app's saved accounts and audit log.

#include "cliapp.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The app's names, so that the CLI reads the same saved accounts (QSettings), keyring
    // entries and audit log (the data folder) as the desktop app.
    QCoreApplication::setApplicationName(QStringLiteral("campaign-desk"));
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAMPAIGNDESK_VERSION));

    CampaignDesk::Cli::CliApp cli;
    // From the event loop: a command may end at once, and exit() only works once it runs.
    QTimer::singleShot(0, &cli, [&cli] { cli.run(QCoreApplication::arguments()); });
    return QCoreApplication::exec();
}
