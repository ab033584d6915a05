// campaign-desk: the desktop app. Everything lives in the libraries; this only reads the
// command line and opens the main window.

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("campaign-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Campaign Desk"));
    QApplication::setOrganizationName(QStringLiteral("CampaignDesk"));
    QApplication::setApplicationVersion(QStringLiteral(CAMPAIGNDESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(CAMPAIGNDESK_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Lists, pauses, exports and safely deletes outreach campaigns on Talkover, "
                "Burki, Kakiyo, Kore.ai and Smartlead."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Start the built-in emulator on 127.0.0.1 and add one "
                                        "sandbox account per platform (no credentials needed)."));
    parser.addOption(sandboxOption);
    parser.process(app);

    CampaignDesk::MainWindow window;
    window.show();
    window.loadSavedAccounts();
    if (parser.isSet(sandboxOption))
        window.openSandbox();
    return app.exec();
}
