// screenshot-tour: opens the app on the sandbox and saves a picture of the main window and of
// every step of the delete flow, for the README and the AppStream metainfo. A tool, not a
// test: `screenshot-tour OUTPUT_DIR` (under xvfb-run for real window decorations, or with
// QT_QPA_PLATFORM=offscreen).

#include "accountdialog.h"
#include "accounts/accountsession.h"
#include "accounts/workspace.h"
#include "deletedialog.h"
#include "mainwindow.h"
#include "model/campaigntablemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace CampaignDesk;

namespace {

bool waitFor(const std::function<bool()> &done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(20);
    return done();
}

void save(QWidget *widget, const QString &dir, const QString &name)
{
    QTest::qWait(150);
    const QString path = QDir(dir).filePath(name);
    if (!widget->window()->grab().save(path))
        qFatal("could not write %s", qPrintable(path));
    qInfo("wrote %s", qPrintable(path));
}

QString page(QDialog *dialog)
{
    return dialog->findChild<QStackedWidget *>(QStringLiteral("pages"))
        ->currentWidget()
        ->objectName();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Campaign Desk"));
    QStandardPaths::setTestModeEnabled(true); // never the user's settings, keyring or data
    QApplication::setOrganizationName(QStringLiteral("CampaignDeskScreenshots"));
    const QString out = app.arguments().value(1, QStringLiteral("."));
    QDir().mkpath(out);

    MainWindow window;
    window.resize(1360, 800);
    window.show();
    window.openSandbox();
    auto *table = window.findChild<QTableView *>(QStringLiteral("campaignsView"));
    if (!waitFor([&] { return table->model()->rowCount() == 200; }))
        qFatal("the sandbox campaigns did not arrive");
    QTest::qWait(300);

    // The campaign of the tour: Smartlead's documented example, made ACTIVE so the gate shows.
    const QList<AccountSession *> sessions = window.workspace()->sessions();
    AccountSession *smartlead = nullptr;
    for (AccountSession *s : sessions) {
        if (s->account().platform == Platform::Smartlead)
            smartlead = s;
    }
    const QString origin = smartlead->account().baseUrl.adjusted(QUrl::RemovePath).toString();
    QNetworkAccessManager nam;
    QNetworkRequest admin(QUrl(origin + QStringLiteral("/__sandbox/campaigns/smartlead/2710262")));
    admin.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(admin, QByteArrayLiteral(R"({"status":"ACTIVE"})"));
    waitFor([&] { return reply->isFinished(); });

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    search->setText(QStringLiteral("Cold Outreach"));
    waitFor([&] { return table->model()->rowCount() == 1; });
    table->selectRow(0);
    save(&window, out, QStringLiteral("main-window.png"));

    const std::optional<Campaign> campaign = window.campaignModel()->campaignAt(0);
    auto *dialog = new DeleteDialog(smartlead, window.auditLog(), *campaign, false,
                                    QDir(out).filePath(QStringLiteral("exports")), &window);
    dialog->resize(660, 600);
    dialog->open();
    dialog->start();
    save(dialog, out, QStringLiteral("delete-1-checking.png"));
    waitFor([&] { return page(dialog) == QStringLiteral("reviewPage"); });
    save(dialog, out, QStringLiteral("delete-2-gate.png"));

    dialog->findChild<QPushButton *>(QStringLiteral("pauseButton"))->click();
    waitFor([&] {
        return page(dialog) == QStringLiteral("reviewPage") &&
               !dialog->findChild<QPushButton *>(QStringLiteral("pauseButton"))->isVisible();
    });
    save(dialog, out, QStringLiteral("delete-3-impact.png"));

    // Slow the leads export down a little so its progress can be seen.
    QNetworkRequest fault(QUrl(origin + QStringLiteral("/__sandbox/faults")));
    fault.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *faultReply = nam.post(
        fault,
        QByteArrayLiteral(
            R"({"platform":"smartlead","path":"/campaigns/2710262/leads-export","kind":"latency","latencyMs":1500})"));
    waitFor([&] { return faultReply->isFinished(); });
    dialog->findChild<QPushButton *>(QStringLiteral("continueButton"))->click();
    waitFor([&] { return page(dialog) == QStringLiteral("exportPage"); });
    QTest::qWait(500);
    save(dialog, out, QStringLiteral("delete-4-export.png"));

    waitFor([&] { return page(dialog) == QStringLiteral("confirmPage"); });
    auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmEdit"));
    QTest::keyClicks(confirm, campaign->name);
    save(dialog, out, QStringLiteral("delete-5-confirm.png"));

    dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    waitFor([&] { return page(dialog) == QStringLiteral("resultPage"); });
    save(dialog, out, QStringLiteral("delete-6-result.png"));
    dialog->close();

    // Adding an account: Kore.ai shows its extra fields and the host to set.
    auto *account = new AccountDialog(&nam, {}, &window);
    account->findChild<QComboBox *>(QStringLiteral("platformCombo"))
        ->setCurrentIndex(int(Platform::KoreAi));
    account->findChild<QLineEdit *>(QStringLiteral("labelEdit"))
        ->setText(QStringLiteral("Contact center EU"));
    account->open();
    save(account, out, QStringLiteral("account-dialog.png"));
    return 0;
}
