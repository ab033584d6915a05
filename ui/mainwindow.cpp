#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "core/platform.h"
#include "sandboxhost.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>

namespace CampaignDesk {

namespace {

enum AccountRoles
{
    PlatformKeyRole = Qt::UserRole + 1,
    IsSandboxRole
};

QStringList campaignColumns()
{
    return {MainWindow::tr("Name"),    MainWindow::tr("Platform"), MainWindow::tr("Account"),
            MainWindow::tr("Status"),  MainWindow::tr("Type"),     MainWindow::tr("Created"),
            MainWindow::tr("Updated"), MainWindow::tr("Count"),    MainWindow::tr("ID")};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_accounts(new QStandardItemModel(this))
    , m_campaigns(new QStandardItemModel(0, int(campaignColumns().size()), this))
{
    m_ui->setupUi(this);
    m_campaigns->setHorizontalHeaderLabels(campaignColumns());
    m_ui->campaignsView->setModel(m_campaigns);
    m_ui->campaignsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->campaignsView->verticalHeader()->hide();
    m_ui->campaignsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->accountsView->setModel(m_accounts);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 4);
    m_ui->splitter->setStretchFactor(2, 2);
    m_ui->splitter->setSizes({240, 760, 320});

    m_ui->statusFilter->addItem(tr("All statuses"));
    for (const QString &status :
         {tr("Draft"), tr("Scheduled"), tr("Running"), tr("Paused"), tr("Stopped"), tr("Completed"),
          tr("Cancelled"), tr("Failed"), tr("Archived"), tr("Unknown")})
        m_ui->statusFilter->addItem(status);

    m_sandboxBadge = new QLabel(this);
    m_sandboxBadge->setObjectName(QStringLiteral("sandboxBadge"));
    m_sandboxBadge->setText(tr("  SANDBOX: sample data, no real accounts  "));
    m_sandboxBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #7a4dd8; color: white; font-weight: bold; border-radius: 3px; }"));
    m_sandboxBadge->setVisible(false);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("campaignCount"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_sandboxBadge);

    setupActions();
    restoreSettings();
    updateEmptyState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionOpenSandbox, &QAction::triggered, this, &MainWindow::openSandbox);
    connect(m_ui->emptyOpenSandbox, &QPushButton::clicked, this, &MainWindow::openSandbox);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    // Campaign actions need a selected campaign; the table has none until accounts are listed.
    const QString noSelection = tr("Select a campaign first.");
    for (QAction *action : {m_ui->actionPause, m_ui->actionStop, m_ui->actionArchive,
                            m_ui->actionExport, m_ui->actionProtect, m_ui->actionDelete}) {
        action->setEnabled(false);
        action->setToolTip(action->text().remove(QLatin1Char('&')) + QStringLiteral(": ") +
                           noSelection);
    }
    // Accounts and the activity log arrive with the accounts and audit-log work; until then
    // these say so instead of pretending.
    for (QAction *action : {m_ui->actionAddAccount, m_ui->actionActivity, m_ui->actionRefresh}) {
        action->setEnabled(false);
        action->setToolTip(tr("Not available in this build yet."));
    }
    m_ui->emptyAddAccount->setEnabled(false);
    m_ui->emptyAddAccount->setToolTip(tr("Not available in this build yet."));
}

void MainWindow::openSandbox()
{
    if (m_sandbox)
        return;
    m_sandbox = new Sandbox::Host(this);
    connect(m_sandbox, &Sandbox::Host::ready, this, &MainWindow::addSandboxAccounts);
    connect(m_sandbox, &Sandbox::Host::failed, this, [this](const QString &reason) {
        statusBar()->showMessage(reason);
        QMessageBox::warning(this, tr("Sandbox"), reason);
    });
    m_ui->actionOpenSandbox->setEnabled(false);
    m_ui->emptyOpenSandbox->setEnabled(false);
    statusBar()->showMessage(tr("Starting the sandbox…"));
    m_sandbox->start(Sandbox::Server::Options{});
}

void MainWindow::addSandboxAccounts(quint16 port)
{
    QStandardItem *root = m_accounts->invisibleRootItem();
    if (root->rowCount() == 0) {
        auto *all = new QStandardItem(tr("All campaigns"));
        all->setFont([f = font()]() mutable {
            f.setBold(true);
            return f;
        }());
        root->appendRow(all);
    }
    const QJsonArray accounts = m_sandbox->accounts();
    for (const QJsonValue &value : accounts) {
        const QJsonObject account = value.toObject();
        Platform platform;
        if (!platformFromKey(account.value(QStringLiteral("platform")).toString(), &platform))
            continue;
        QStandardItem *group = nullptr;
        for (int row = 0; row < root->rowCount(); ++row) {
            if (root->child(row)->data(PlatformKeyRole).toString() == platformKey(platform))
                group = root->child(row);
        }
        if (!group) {
            group = new QStandardItem(platformDisplayName(platform));
            group->setData(platformKey(platform), PlatformKeyRole);
            root->appendRow(group);
        }
        auto *item = new QStandardItem(account.value(QStringLiteral("label")).toString());
        item->setData(true, IsSandboxRole);
        item->setToolTip(
            tr("Sandbox account at %1").arg(account.value(QStringLiteral("baseUrl")).toString()));
        group->appendRow(item);
    }
    m_ui->accountsView->expandAll();
    m_sandboxBadge->setVisible(true);
    setWindowTitle(tr("Campaign Desk — Sandbox"));
    statusBar()->showMessage(tr("Sandbox running on 127.0.0.1:%1").arg(port), 5000);
    updateEmptyState();
}

void MainWindow::updateEmptyState()
{
    const bool hasAccounts = m_accounts->rowCount() > 0;
    m_ui->pages->setCurrentWidget(hasAccounts ? m_ui->mainPage : m_ui->emptyPage);
    m_countLabel->setText(hasAccounts ? tr("%n campaign(s)", nullptr, m_campaigns->rowCount())
                                      : tr("No accounts"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Campaign Desk"),
                       tr("<h3>Campaign Desk %1</h3>"
                          "<p>Lists, pauses, exports and safely deletes outreach campaigns on "
                          "Talkover, Burki, Kakiyo, Kore.ai and Smartlead.</p>"
                          "<p>Licensed under the GNU General Public License v3.</p>")
                           .arg(QStringLiteral(CAMPAIGNDESK_VERSION)));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_ui->splitter->restoreState(
        settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_ui->splitter->saveState());
    event->accept();
}

} // namespace CampaignDesk
