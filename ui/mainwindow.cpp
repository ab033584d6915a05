#include "mainwindow.h"
#include "stopconfirmation.h"
#include "ui_mainwindow.h"

#include "aboutdialog.h"
#include "accountdialog.h"
#include "accounts/accountsfile.h"
#include "accounts/keychainsecretstore.h"
#include "accounts/secretstore.h"
#include "accounts/settingsfile.h"
#include "accounts/workspace.h"
#include "activitywindow.h"
#include "bulkdeletedialog.h"
#include "core/platform.h"
#include "deletedialog.h"
#include "model/campaigntablemodel.h"
#include "providers/provider.h"
#include "safety/auditlog.h"
#include "safety/bulkqueue.h"
#include "safety/deleteoperation.h"
#include "sandboxhost.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QIcon>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>

namespace CampaignDesk {

namespace {

// Non-modal: a warning never spins a nested event loop.
void showWarningBox(QWidget *parent, const QString &title, const QString &text,
                    const QString &details = QString())
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

enum AccountPaneRoles
{
    KindRole = Qt::UserRole + 1,
    PlatformRole,
    AccountIdRole
};
enum NodeKind
{
    AllNode,
    PlatformNode,
    AccountNode
};

QString stateText(const AccountSession *session)
{
    const QLocale locale;
    switch (session->state()) {
    case AccountState::Idle:
        return MainWindow::tr("waiting");
    case AccountState::Loading:
        return MainWindow::tr("refreshing…");
    case AccountState::Ok:
        return MainWindow::tr("%1 campaigns").arg(locale.toString(session->campaignCount()));
    case AccountState::Error:
        return MainWindow::tr("error");
    case AccountState::NoSecret:
        return MainWindow::tr("no key");
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_nam(new QNetworkAccessManager(this))
    , m_settings(new QSettings(this))
    , m_keychain(new KeychainSecretStore(this))
    , m_secrets(new SessionFallbackSecretStore(m_keychain, this))
    , m_workspace(new Workspace(m_nam, m_settings, m_secrets, this))
    , m_audit(new AuditLog(this))
    , m_campaigns(new CampaignTableModel(this))
    , m_accounts(new QStandardItemModel(this))
{
    // First, before anything writes a setting: QSettings would rewrite a file it could not
    // read with only what it understood. A copy is kept and the user told where.
    const SettingsCheck settingsCheck = checkSettingsFile(m_settings);
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 4);
    m_ui->splitter->setStretchFactor(2, 2);
    m_ui->splitter->setSizes({290, 820, 330});
    // Raw JSON reads best unwrapped, in a fixed-width font.
    m_ui->detailsView->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_ui->detailsView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_sandboxBadge = new QLabel(tr("  SANDBOX: sample data, no real accounts  "), this);
    m_sandboxBadge->setObjectName(QStringLiteral("sandboxBadge"));
    m_sandboxBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #6b3fd4; color: white; font-weight: bold; border-radius: 3px; }"));
    m_sandboxBadge->setVisible(false);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("campaignCount"));
    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("notice"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_noticeLabel, 1);
    statusBar()->addPermanentWidget(m_sandboxBadge);

    setupAccountsPane();
    setupTable();
    setupActions();

    connect(m_workspace, &Workspace::accountAdded, this, &MainWindow::accountAdded);
    connect(m_workspace, &Workspace::accountRemoved, this, &MainWindow::accountRemoved);
    connect(m_workspace, &Workspace::accountChanged, this, &MainWindow::updateAccountItem);
    connect(m_workspace, &Workspace::campaignsArrived, m_campaigns,
            &CampaignTableModel::addCampaigns);
    connect(m_workspace, &Workspace::accountListed, m_campaigns,
            &CampaignTableModel::finishAccount);
    connect(m_workspace, &Workspace::notice, this, [this](const QString &message) {
        m_noticeLabel->setText(message);
        m_noticeLabel->setToolTip(message);
    });
    connect(m_campaigns, &CampaignTableModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_audit, &AuditLog::opened, this, [this](bool ok, const QString &message) {
        if (!ok) {
            // Without the audit log nothing destructive may run: the operations refuse.
            m_noticeLabel->setText(tr("The activity log could not be opened: %1").arg(message));
            showWarningBox(this, tr("Activity log"),
                           tr("The activity log could not be opened, so Campaign Desk will not "
                              "pause, stop, archive, export or delete anything.\n\n%1")
                               .arg(message));
        }
    });
    connect(m_audit, &AuditLog::writeFailed, this, [this](const QString &message) {
        m_noticeLabel->setText(tr("The activity log could not be written: %1").arg(message));
    });
    // A bulk delete that a crash or kill interrupted is offered for resume or discard.
    connect(m_audit, &AuditLog::opened, this, [this](bool ok) {
        if (ok)
            offerUnfinishedBulkDelete();
    });
    m_audit->open();

    restoreSettings();
    updateEmptyState();
    if (settingsCheck.state != SettingsCheck::State::Ok) {
        m_noticeLabel->setText(settingsCheck.message());
        m_noticeLabel->setToolTip(settingsCheck.message());
        // The words in the box, the long file names in its details, one per line.
        QTimer::singleShot(0, this, [this, settingsCheck] {
            showWarningBox(this, tr("Settings"), settingsCheck.summary,
                           settingsCheck.fileDetails());
        });
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::setupAccountsPane()
{
    auto *all = new QStandardItem(tr("All campaigns"));
    all->setData(AllNode, KindRole);
    QFont bold = font();
    bold.setBold(true);
    all->setFont(bold);
    m_accounts->appendRow(all);
    m_ui->accountsView->setModel(m_accounts);
    m_ui->accountsView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_ui->accountsView->setCurrentIndex(all->index());
    connect(m_ui->accountsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::accountSelectionChanged);
    connect(m_ui->accountsView, &QWidget::customContextMenuRequested, this,
            &MainWindow::showAccountMenu);
}

void MainWindow::setupTable()
{
    QTableView *view = m_ui->campaignsView;
    view->setModel(m_campaigns);
    view->setSortingEnabled(false); // the model sorts itself; the header only asks
    view->horizontalHeader()->setSortIndicatorShown(true);
    view->horizontalHeader()->setSectionsClickable(true);
    view->horizontalHeader()->setSectionsMovable(true);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setDefaultSectionSize(120);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->verticalHeader()->hide();
    view->setColumnWidth(CampaignTableModel::Name, 280);
    view->setColumnWidth(CampaignTableModel::Id, 220);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Several rows (across accounts and platforms) go through the bulk dialog and runner.
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) { m_campaigns->sort(column, order); });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateDetails);
    connect(m_campaigns, &QAbstractItemModel::dataChanged, this, [this] { updateDetails(); });

    m_ui->statusFilter->addItem(tr("All statuses"), -1);
    for (int s = 0; s < CampaignStatusCount; ++s)
        m_ui->statusFilter->addItem(campaignStatusDisplayName(CampaignStatus(s)), s);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MainWindow::applySearch);
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this,
            &MainWindow::applyStatusFilter);
}

void MainWindow::setupActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionOpenSandbox, &QAction::triggered, this, &MainWindow::openSandbox);
    connect(m_ui->emptyOpenSandbox, &QPushButton::clicked, this, &MainWindow::openSandbox);
    connect(m_ui->actionAddAccount, &QAction::triggered, this, &MainWindow::addAccount);
    connect(m_ui->emptyAddAccount, &QPushButton::clicked, this, &MainWindow::addAccount);
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] {
        const QString id = selectedAccountId();
        if (id.isEmpty())
            m_workspace->refreshAll();
        else
            m_workspace->refresh(id);
    });
    m_ui->actionRefresh->setToolTip(tr("Refresh the selected account, or every account (F5)"));
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    // Icons follow the desktop's theme, with bundled fallbacks.
    const auto themed = [](const char *name) {
        const QString n = QString::fromLatin1(name);
        return QIcon::fromTheme(n, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(n)));
    };
    m_ui->actionRefresh->setIcon(themed("view-refresh"));
    m_ui->actionAddAccount->setIcon(themed("list-add"));
    m_ui->actionDelete->setIcon(themed("edit-delete"));
    m_ui->actionArchive->setIcon(themed("archive-insert"));
    m_ui->actionExport->setIcon(themed("document-save-as"));
    m_ui->actionActivity->setIcon(themed("view-history"));
    m_ui->actionFind->setIcon(themed("edit-find"));
    m_ui->actionQuit->setIcon(themed("application-exit"));
    m_ui->actionAbout->setIcon(themed("help-about"));
    m_ui->actionProtect->setIcon(themed("security-high"));

    // Campaign actions: each fetches the campaign live before acting (the table row may be
    // stale) and is written to the activity log before its request.
    m_resumeAction = new QAction(tr("Res&ume"), this);
    m_resumeAction->setObjectName(QStringLiteral("actionResume"));
    m_resumeAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+R")));
    m_ui->menuCampaign->insertAction(m_ui->actionStop, m_resumeAction);
    m_ui->mainToolBar->insertAction(m_ui->actionStop, m_resumeAction);
    m_ui->actionPause->setIcon(themed("media-playback-pause"));
    m_resumeAction->setIcon(themed("media-playback-start"));
    m_ui->actionStop->setIcon(themed("media-playback-stop"));
    connect(m_ui->actionPause, &QAction::triggered, this,
            [this] { runActionOnSelected(int(StatusAction::Pause)); });
    connect(m_resumeAction, &QAction::triggered, this,
            [this] { runActionOnSelected(int(StatusAction::Resume)); });
    connect(m_ui->actionStop, &QAction::triggered, this,
            [this] { runActionOnSelected(int(StatusAction::Stop)); });
    connect(m_ui->actionArchive, &QAction::triggered, this,
            [this] { runActionOnSelected(int(StatusAction::Archive)); });
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportSelected);
    connect(m_ui->actionDelete, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(m_ui->actionProtect, &QAction::triggered, this, [this](bool on) {
        const std::optional<Campaign> c = selectedCampaign();
        AccountSession *session = c ? m_workspace->session(c->accountId) : nullptr;
        if (!c || !session)
            return;
        AttemptStart target;
        target.platform = c->platform;
        target.accountId = c->accountId;
        target.accountLabel = session->account().label;
        target.sandbox = session->account().sandbox;
        target.campaignId = c->id;
        target.campaignName = c->name;
        target.statusBefore = c->rawStatus;
        target.action = on ? AuditAction::Protect : AuditAction::Unprotect;
        m_audit->setProtected(target, on, this, [this, on, name = c->name](bool ok) {
            statusBar()->showMessage(ok ? (on ? tr("“%1” is protected from deletion.").arg(name)
                                              : tr("“%1” is no longer protected.").arg(name))
                                        : tr("The protection could not be saved."),
                                     5000);
            updateCampaignActions();
        });
    });
    for (QAction *action :
         {m_ui->actionPause, m_resumeAction, m_ui->actionStop, m_ui->actionArchive,
          m_ui->actionExport, m_ui->actionProtect, m_ui->actionDelete})
        m_ui->campaignsView->addAction(action);
    m_ui->actionActivity->setToolTip(
        tr("Every pause, stop, archive, export and delete attempt (Ctrl+L)"));
    connect(m_ui->actionActivity, &QAction::triggered, this, [this] {
        if (!m_activity) {
            m_activity = new ActivityWindow(m_audit, this);
            m_activity->setAttribute(Qt::WA_DeleteOnClose);
        }
        m_activity->show();
        m_activity->raise();
        m_activity->activateWindow();
    });
    connect(m_ui->campaignsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateCampaignActions);
    connect(m_ui->campaignsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::updateCampaignActions);
    connect(m_campaigns, &QAbstractItemModel::dataChanged, this,
            &MainWindow::updateCampaignActions);
    updateCampaignActions();
}

void MainWindow::openSandbox()
{
    if (m_sandbox)
        return;
    m_sandbox = new Sandbox::Host(this);
    connect(m_sandbox, &Sandbox::Host::ready, this, &MainWindow::addSandboxAccounts);
    connect(m_sandbox, &Sandbox::Host::failed, this, [this](const QString &reason) {
        m_noticeLabel->setText(reason);
        showWarningBox(this, tr("Sandbox"), reason);
    });
    m_ui->actionOpenSandbox->setEnabled(false);
    m_ui->emptyOpenSandbox->setEnabled(false);
    statusBar()->showMessage(tr("Starting the sandbox…"), 3000);
    m_sandbox->start(Sandbox::Server::Options{});
}

void MainWindow::addSandboxAccounts(quint16 port)
{
    QList<AccountWithSecret> accounts;
    QString error;
    if (!accountsFromJson(m_sandbox->accounts(), &accounts, &error)) {
        m_noticeLabel->setText(error);
        return;
    }
    m_sandboxBadge->setVisible(true);
    setWindowTitle(tr("Campaign Desk — Sandbox"));
    m_workspace->addSandboxAccounts(accounts);
    statusBar()->showMessage(tr("Sandbox running on 127.0.0.1:%1").arg(port), 5000);
}

void MainWindow::loadSavedAccounts()
{
    m_workspace->loadSaved();
}

QStandardItem *MainWindow::platformGroup(int platform, bool create)
{
    for (int row = 1; row < m_accounts->rowCount(); ++row) {
        QStandardItem *item = m_accounts->item(row);
        if (item->data(PlatformRole).toInt() == platform)
            return item;
    }
    if (!create)
        return nullptr;
    auto *group = new QStandardItem(platformDisplayName(Platform(platform)));
    group->setData(PlatformNode, KindRole);
    group->setData(platform, PlatformRole);
    int row = 1;
    while (row < m_accounts->rowCount() &&
           m_accounts->item(row)->data(PlatformRole).toInt() < platform)
        ++row;
    m_accounts->insertRow(row, group);
    return group;
}

QStandardItem *MainWindow::accountItem(const QString &accountId) const
{
    for (int row = 1; row < m_accounts->rowCount(); ++row) {
        QStandardItem *group = m_accounts->item(row);
        for (int child = 0; child < group->rowCount(); ++child) {
            if (group->child(child)->data(AccountIdRole).toString() == accountId)
                return group->child(child);
        }
    }
    return nullptr;
}

void MainWindow::accountAdded(AccountSession *session)
{
    const Account &account = session->account();
    QStandardItem *group = platformGroup(int(account.platform), true);
    auto *item = new QStandardItem;
    item->setData(AccountNode, KindRole);
    item->setData(int(account.platform), PlatformRole);
    item->setData(account.id, AccountIdRole);
    group->appendRow(item);
    m_ui->accountsView->expand(group->index());
    m_campaigns->setAccountLabel(account.id, account.label);
    updateAccountItem(account.id);
    updateEmptyState();
}

void MainWindow::accountRemoved(const QString &accountId)
{
    m_campaigns->removeAccount(accountId);
    if (QStandardItem *item = accountItem(accountId)) {
        QStandardItem *group = item->parent();
        group->removeRow(item->row());
        if (group->rowCount() == 0)
            m_accounts->removeRow(group->row());
    }
    updateEmptyState();
}

void MainWindow::updateAccountItem(const QString &accountId)
{
    QStandardItem *item = accountItem(accountId);
    AccountSession *session = m_workspace->session(accountId);
    if (!item || !session)
        return;
    const Account &account = session->account();
    m_campaigns->setAccountLabel(account.id, account.label);
    item->setText(QStringLiteral("%1 — %2").arg(account.label, stateText(session)));
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    switch (session->state()) {
    case AccountState::Loading:
        icon = QStyle::SP_BrowserReload;
        break;
    case AccountState::Error:
    case AccountState::NoSecret:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case AccountState::Idle:
        icon = QStyle::SP_MediaPause;
        break;
    case AccountState::Ok:
        break;
    }
    item->setIcon(style()->standardIcon(icon));
    QStringList tip;
    tip << QStringLiteral("<b>%1</b> (%2%3)")
               .arg(account.label.toHtmlEscaped(), platformDisplayName(account.platform),
                    account.sandbox ? tr(", sandbox") : QString());
    tip << account.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toHtmlEscaped();
    if (!session->errorText().isEmpty())
        tip << session->errorText().toHtmlEscaped();
    if (session->quotaLimit() >= 0)
        tip << tr("Rate limit: %1 of %2 requests left")
                   .arg(session->quotaRemaining())
                   .arg(session->quotaLimit());
    item->setToolTip(tip.join(QStringLiteral("<br>")));
    item->setData(session->errorText(), Qt::AccessibleDescriptionRole);
    updateCounts();
}

QString MainWindow::selectedAccountId() const
{
    const QModelIndex current = m_ui->accountsView->currentIndex();
    return current.data(KindRole).toInt() == AccountNode ? current.data(AccountIdRole).toString()
                                                         : QString();
}

void MainWindow::accountSelectionChanged()
{
    const QModelIndex current = m_ui->accountsView->currentIndex();
    const int kind = current.data(KindRole).toInt();
    if (kind == AccountNode) {
        m_campaigns->setPlatformFilter(std::nullopt);
        m_campaigns->setAccountFilter({current.data(AccountIdRole).toString()});
    } else if (kind == PlatformNode) {
        m_campaigns->setAccountFilter({});
        m_campaigns->setPlatformFilter(Platform(current.data(PlatformRole).toInt()));
    } else {
        m_campaigns->setAccountFilter({});
        m_campaigns->setPlatformFilter(std::nullopt);
    }
    updateCounts();
}

void MainWindow::showAccountMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->accountsView->indexAt(pos);
    if (index.data(KindRole).toInt() != AccountNode)
        return;
    const QString id = index.data(AccountIdRole).toString();
    AccountSession *session = m_workspace->session(id);
    if (!session)
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this,
                    [this, id] { m_workspace->refresh(id); });
    QAction *edit = menu->addAction(tr("&Edit account…"), this, [this, id] { editAccount(id); });
    QAction *remove =
        menu->addAction(tr("Re&move account…"), this, [this, id] { removeAccount(id); });
    if (session->account().sandbox) {
        edit->setEnabled(false);
        remove->setEnabled(false);
        edit->setToolTip(tr("Sandbox accounts cannot be changed."));
    }
    menu->popup(m_ui->accountsView->viewport()->mapToGlobal(pos));
}

void MainWindow::addAccount()
{
    auto *dialog = new AccountDialog(m_nam, m_workspace->labels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QStringList problems;
        if (!m_workspace->addAccount(dialog->account(), dialog->secret(), dialog->rememberSecret(),
                                     &problems))
            showWarningBox(this, tr("Account not added"), problems.join(QLatin1Char('\n')));
    });
    dialog->open();
}

void MainWindow::editAccount(const QString &accountId)
{
    AccountSession *session = m_workspace->session(accountId);
    if (!session || session->account().sandbox)
        return;
    auto *dialog = new AccountDialog(m_nam, m_workspace->labels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAccount(session->account(), session->hasSecret());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QStringList problems;
        if (!m_workspace->updateAccount(dialog->account(), dialog->secret(),
                                        dialog->rememberSecret(), &problems))
            showWarningBox(this, tr("Account not saved"), problems.join(QLatin1Char('\n')));
    });
    dialog->open();
}

void MainWindow::removeAccount(const QString &accountId)
{
    AccountSession *session = m_workspace->session(accountId);
    if (!session)
        return;
    const Account account = session->account();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove account"),
                                tr("Remove the %1 account “%2” from Campaign Desk?")
                                    .arg(platformDisplayName(account.platform), account.label),
                                QMessageBox::NoButton, this);
    box->setInformativeText(tr("Its key is removed from the keyring. Nothing changes on %1: "
                               "its campaigns stay there.")
                                .arg(platformDisplayName(account.platform)));
    QPushButton *removeButton = box->addButton(tr("&Remove account"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, removeButton, accountId] {
        if (box->clickedButton() == removeButton)
            m_workspace->removeAccount(accountId);
    });
    box->open();
}

QString MainWindow::exportRoot() const
{
    const QString fallback =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("Campaign Desk exports"));
    return m_settings->value(QStringLiteral("export/root"), fallback).toString();
}

void MainWindow::setExportRoot(const QString &dir)
{
    m_settings->setValue(QStringLiteral("export/root"), dir);
}

std::optional<Campaign> MainWindow::selectedCampaign() const
{
    const QModelIndex current = m_ui->campaignsView->currentIndex();
    if (!current.isValid() ||
        !m_ui->campaignsView->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return std::nullopt;
    return m_campaigns->campaignAt(current);
}

bool MainWindow::nameSharedInAccount(const Campaign &campaign) const
{
    return m_campaigns->countWithName(campaign.accountId, campaign.name.trimmed()) > 1;
}

void MainWindow::updateCampaignActions()
{
    const std::optional<Campaign> c = selectedCampaign();
    const QString none = tr("Select a campaign first.");
    // Several rows: every action runs per campaign, each checked live and audited.
    if (const int selected = int(m_ui->campaignsView->selectionModel()->selectedRows().size());
        selected > 1) {
        for (QAction *action : {m_ui->actionPause, m_resumeAction, m_ui->actionStop,
                                m_ui->actionArchive, m_ui->actionExport, m_ui->actionDelete}) {
            action->setEnabled(true);
            action->setToolTip(
                tr("%1 the %n selected campaign(s), each checked live first", nullptr, selected)
                    .arg(action->text().remove(QLatin1Char('&')).remove(QStringLiteral("…"))));
        }
        m_ui->actionProtect->setEnabled(false);
        m_ui->actionProtect->setToolTip(tr("Protect one campaign at a time."));
        return;
    }
    const auto setAction = [&](QAction *action, StatusAction statusAction) {
        if (!c) {
            action->setEnabled(false);
            action->setToolTip(none);
            return;
        }
        const Provider &provider = providerFor(c->platform);
        QString why;
        const bool allowed = provider.supportsAction(statusAction) &&
                             provider.actionAllowed(statusAction, c->rawStatus, &why);
        action->setEnabled(allowed);
        action->setToolTip(allowed ? tr("%1 “%2” on %3 (checked live first)")
                                         .arg(statusActionDisplayName(statusAction), c->name,
                                              platformDisplayName(c->platform))
                                   : why);
    };
    setAction(m_ui->actionPause, StatusAction::Pause);
    setAction(m_resumeAction, StatusAction::Resume);
    setAction(m_ui->actionStop, StatusAction::Stop);
    setAction(m_ui->actionArchive, StatusAction::Archive);
    for (QAction *action : {m_ui->actionExport, m_ui->actionDelete, m_ui->actionProtect}) {
        action->setEnabled(c.has_value());
        if (!c)
            action->setToolTip(none);
    }
    if (!c) {
        m_ui->actionProtect->setChecked(false);
        return;
    }
    m_ui->actionDelete->setToolTip(
        tr("Delete “%1” safely: live check, export, typed confirmation (Del)").arg(c->name));
    m_ui->actionExport->setToolTip(tr("Export “%1” with everything %2 returns about it")
                                       .arg(c->name, platformDisplayName(c->platform)));
    m_audit->isProtected(c->accountId, c->id, this, [this, key = c->key()](bool on) {
        const std::optional<Campaign> now = selectedCampaign();
        if (now && now->key() == key)
            m_ui->actionProtect->setChecked(on);
    });
}

void MainWindow::deleteSelected()
{
    if (const QList<Campaign> many = selectedCampaigns(); many.size() > 1) {
        openBulkDelete(many);
        return;
    }
    const std::optional<Campaign> c = selectedCampaign();
    AccountSession *session = c ? m_workspace->session(c->accountId) : nullptr;
    if (!c || !session)
        return;
    auto *dialog =
        new DeleteDialog(session, m_audit, *c, nameSharedInAccount(*c), exportRoot(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteDialog::campaignGone, m_campaigns,
            [this](const QString &key) { m_campaigns->removeCampaign(key); });
    connect(dialog, &DeleteDialog::openAccountSettings, this, &MainWindow::editAccount);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (!dialog->exportRoot().isEmpty())
            setExportRoot(dialog->exportRoot());
    });
    dialog->open();
    dialog->start();
}

void MainWindow::runActionOnSelected(int statusAction)
{
    if (const QList<Campaign> many = selectedCampaigns(); many.size() > 1) {
        runActionOnMany(many, statusAction);
        return;
    }
    const std::optional<Campaign> c = selectedCampaign();
    AccountSession *session = c ? m_workspace->session(c->accountId) : nullptr;
    if (!c || !session)
        return;
    const auto action = StatusAction(statusAction);
    const auto run = [this, session, campaign = *c, action] {
        auto *op = new DeleteOperation(session, m_audit, campaign, false, this);
        op->setGoal(DeleteOperation::Goal::Action, action);
        statusBar()->showMessage(tr("%1: checking “%2” on %3…")
                                     .arg(statusActionDisplayName(action), campaign.name,
                                          platformDisplayName(campaign.platform)));
        connect(op, &DeleteOperation::finished, this,
                [this, op, action](DeleteOperation::Outcome outcome) {
                    if (outcome == DeleteOperation::Outcome::Done)
                        m_campaigns->addCampaigns(
                            {op->live()}); // the re-fetched campaign replaces the row
                    if (outcome == DeleteOperation::Outcome::AlreadyGone)
                        m_campaigns->removeCampaign(op->live().key());
                    operationFinished(statusActionDisplayName(action), int(outcome), op->message());
                    op->deleteLater();
                });
        op->start();
    };
    if (action != StatusAction::Stop) {
        run();
        return;
    }
    // Stop is irreversible: its own confirmation, naming the consequence.
    confirmStop(this,
                tr("Stop “%1” on %2 for good?").arg(c->name, platformDisplayName(c->platform)),
                tr("Stopping cannot be undone: the campaign can never run again. "
                   "Pause it instead if you may want it back."),
                run);
}

void MainWindow::exportSelected()
{
    if (const QList<Campaign> many = selectedCampaigns(); many.size() > 1) {
        exportMany(many);
        return;
    }
    const std::optional<Campaign> c = selectedCampaign();
    AccountSession *session = c ? m_workspace->session(c->accountId) : nullptr;
    if (!c || !session)
        return;
    auto *chooser = new QFileDialog(this, tr("Export “%1” to").arg(c->name), exportRoot());
    chooser->setFileMode(QFileDialog::Directory);
    chooser->setOption(QFileDialog::ShowDirsOnly);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this,
            [this, session, campaign = *c](const QString &dir) {
                setExportRoot(dir);
                auto *op = new DeleteOperation(session, m_audit, campaign, false, this);
                op->setGoal(DeleteOperation::Goal::Export, StatusAction::Pause, dir);
                connect(op, &DeleteOperation::exportProgress, this,
                        [this](const QString &step, qint64 done, qint64 total) {
                            statusBar()->showMessage(
                                total > 0
                                    ? tr("Exporting: %1 (%2 of %3)").arg(step).arg(done).arg(total)
                                    : tr("Exporting: %1").arg(step));
                        });
                connect(op, &DeleteOperation::finished, this,
                        [this, op](DeleteOperation::Outcome outcome) {
                            operationFinished(tr("Export"), int(outcome), op->message());
                            op->deleteLater();
                        });
                op->start();
            });
    chooser->open();
}

// --- Multi-selection (issue 6) ---------------------------------------------------------------
// Delete goes through the bulk dialog and its journaled queue. Pause/Resume/Stop/Archive/Export
// run through BulkGoalRunner: the same DeleteOperation goal (live fetch, rules, audit) per
// campaign, accounts in parallel and a few at a time per account; they change nothing that
// cannot be seen again with a fetch, so they need no journal of their own.

QList<Campaign> MainWindow::selectedCampaigns() const
{
    QList<Campaign> campaigns;
    const QModelIndexList rows = m_ui->campaignsView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (const std::optional<Campaign> c = m_campaigns->campaignAt(index))
            campaigns << *c;
    }
    return campaigns;
}

BulkQueue::SessionLookup MainWindow::sessionLookup() const
{
    const QPointer<Workspace> workspace(m_workspace);
    return [workspace](const QString &accountId) -> AccountSession * {
        return workspace ? workspace->session(accountId) : nullptr;
    };
}

void MainWindow::openBulkDelete(const QList<Campaign> &campaigns)
{
    auto *dialog = new BulkDeleteDialog(sessionLookup(), m_audit, campaigns, exportRoot(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BulkDeleteDialog::campaignGone, m_campaigns,
            [this](const QString &key) { m_campaigns->removeCampaign(key); });
    connect(dialog, &BulkDeleteDialog::campaignUpdated, m_campaigns,
            [this](const Campaign &live) { m_campaigns->addCampaigns({live}); });
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (!dialog->exportRoot().isEmpty())
            setExportRoot(dialog->exportRoot());
    });
    dialog->open();
    dialog->start();
}

void MainWindow::offerUnfinishedBulkDelete()
{
    m_audit->unfinishedBatch(this, [this](std::optional<BulkJournalBatch> batch) {
        if (!batch)
            return;
        auto *dialog =
            new BulkDeleteDialog(sessionLookup(), m_audit, bulkBatchFromJournal(*batch), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &BulkDeleteDialog::campaignGone, m_campaigns,
                [this](const QString &key) { m_campaigns->removeCampaign(key); });
        dialog->open();
    });
}

void MainWindow::runBulkGoal(const QList<Campaign> &campaigns, int statusAction,
                             const QString &exportDir)
{
    const bool exporting = statusAction < 0;
    const QString what =
        exporting ? tr("Export") : statusActionDisplayName(StatusAction(statusAction));
    auto *runner = new BulkGoalRunner(sessionLookup(), m_audit, this);
    auto failures = std::make_shared<QStringList>();
    auto done = std::make_shared<int>(0);
    const int total = int(campaigns.size());
    connect(runner, &BulkGoalRunner::itemDone, this,
            [this, what, failures, done, total](int, const BulkGoalResult &result) {
                ++*done;
                if (result.outcome == DeleteOperation::Outcome::Done)
                    m_campaigns->addCampaigns({result.live});
                else if (result.outcome == DeleteOperation::Outcome::AlreadyGone)
                    m_campaigns->removeCampaign(result.live.key());
                else
                    *failures << QStringLiteral("%1: %2").arg(result.live.name, result.message);
                statusBar()->showMessage(
                    tr("%1: %2 of %3 campaigns…").arg(what).arg(*done).arg(total));
            });
    connect(runner, &BulkGoalRunner::finished, this, [this, runner, what, failures, total] {
        runner->deleteLater();
        statusBar()->showMessage(
            tr("%1: %2 of %3 campaigns done.").arg(what).arg(total - failures->size()).arg(total),
            8000);
        if (!failures->isEmpty())
            showWarningBox(this, what, failures->join(QLatin1Char('\n')));
        updateCampaignActions();
    });
    if (exporting)
        runner->exportAll(campaigns, exportDir);
    else
        runner->runAction(campaigns, StatusAction(statusAction));
}

void MainWindow::runActionOnMany(const QList<Campaign> &campaigns, int statusAction)
{
    const auto action = StatusAction(statusAction);
    if (action != StatusAction::Stop) {
        runBulkGoal(campaigns, statusAction, {});
        return;
    }
    confirmStop(this, tr("Stop %n campaign(s) for good?", nullptr, int(campaigns.size())),
                tr("Stopping cannot be undone: they can never run again. Pause them "
                   "instead if you may want them back."),
                [this, campaigns, statusAction] { runBulkGoal(campaigns, statusAction, {}); });
}

void MainWindow::exportMany(const QList<Campaign> &campaigns)
{
    auto *chooser = new QFileDialog(
        this, tr("Export %n campaign(s) to", nullptr, int(campaigns.size())), exportRoot());
    chooser->setFileMode(QFileDialog::Directory);
    chooser->setOption(QFileDialog::ShowDirsOnly);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, [this, campaigns](const QString &dir) {
        setExportRoot(dir);
        runBulkGoal(campaigns, -1, dir);
    });
    chooser->open();
}

void MainWindow::operationFinished(const QString &what, int outcome, const QString &message)
{
    const auto o = DeleteOperation::Outcome(outcome);
    statusBar()->showMessage(QStringLiteral("%1: %2").arg(what, message), 8000);
    if (o == DeleteOperation::Outcome::Failed || o == DeleteOperation::Outcome::Unknown)
        showWarningBox(this, what, message);
    updateCampaignActions();
}

void MainWindow::applySearch(const QString &text)
{
    m_campaigns->setSearchText(text);
    updateCounts();
}

void MainWindow::applyStatusFilter(int index)
{
    const int status = m_ui->statusFilter->itemData(index).toInt();
    m_campaigns->setStatusFilter(
        status < 0 ? std::nullopt : std::optional<CampaignStatus>(CampaignStatus(status)));
    updateCounts();
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_ui->campaignsView->currentIndex();
    const std::optional<Campaign> campaign =
        current.isValid() ? m_campaigns->campaignAt(current) : std::nullopt;
    if (!campaign) {
        m_ui->detailsView->clear();
        return;
    }
    const Campaign &c = *campaign;
    const QLocale locale;
    QString text;
    text += c.name + QLatin1Char('\n');
    text += tr("Platform: %1").arg(platformDisplayName(c.platform)) + QLatin1Char('\n');
    text += tr("Account: %1").arg(m_campaigns->accountLabel(c.accountId)) + QLatin1Char('\n');
    text += tr("Status: %1 (%2)").arg(c.statusText(), campaignStatusDisplayName(c.status)) +
            QLatin1Char('\n');
    text += tr("ID: %1").arg(c.id) + QLatin1Char('\n');
    if (c.created.isValid())
        text +=
            tr("Created: %1").arg(locale.toString(c.created.toLocalTime(), QLocale::LongFormat)) +
            QLatin1Char('\n');
    if (c.updated.isValid())
        text +=
            tr("Updated: %1").arg(locale.toString(c.updated.toLocalTime(), QLocale::LongFormat)) +
            QLatin1Char('\n');
    if (c.keyCount >= 0)
        text +=
            tr("%1: %2").arg(providerFor(c.platform).keyCountName(), locale.toString(c.keyCount)) +
            QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Raw JSON from %1:").arg(platformDisplayName(c.platform)) +
            QLatin1Char('\n');
    text += QString::fromUtf8(QJsonDocument::fromJson(c.rawJson).toJson(QJsonDocument::Indented));
    m_ui->detailsView->setPlainText(text);
}

void MainWindow::updateCounts()
{
    const QLocale locale;
    QString text = tr("%1 campaigns · %2 active")
                       .arg(locale.toString(m_campaigns->totalCount()),
                            locale.toString(m_campaigns->activeCount()));
    if (m_campaigns->visibleCount() != m_campaigns->totalCount())
        text += tr(" · %1 shown").arg(locale.toString(m_campaigns->visibleCount()));
    int loading = 0;
    int failed = 0;
    const QList<AccountSession *> sessions = m_workspace->sessions();
    for (const AccountSession *s : sessions) {
        loading += s->state() == AccountState::Loading ? 1 : 0;
        failed += s->state() == AccountState::Error || s->state() == AccountState::NoSecret ? 1 : 0;
    }
    if (loading > 0)
        text += tr(" · refreshing %n account(s)", nullptr, loading);
    if (failed > 0)
        text += tr(" · %n account(s) with errors", nullptr, failed);
    m_countLabel->setText(text);
}

void MainWindow::updateEmptyState()
{
    const bool hasAccounts = m_workspace->hasAccounts();
    m_ui->pages->setCurrentWidget(hasAccounts ? m_ui->mainPage : m_ui->emptyPage);
    if (hasAccounts)
        updateCounts();
    else
        m_countLabel->setText(tr("No accounts"));
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::restoreSettings()
{
    m_settings->beginGroup(QStringLiteral("mainWindow"));
    restoreGeometry(m_settings->value(QStringLiteral("geometry")).toByteArray());
    restoreState(m_settings->value(QStringLiteral("state")).toByteArray());
    m_ui->splitter->restoreState(m_settings->value(QStringLiteral("splitter")).toByteArray());
    m_ui->campaignsView->horizontalHeader()->restoreState(
        m_settings->value(QStringLiteral("columns")).toByteArray());
    const int sortColumn = m_settings->value(QStringLiteral("sortColumn"), -1).toInt();
    const auto sortOrder = Qt::SortOrder(m_settings->value(QStringLiteral("sortOrder"), 0).toInt());
    m_ui->campaignsView->horizontalHeader()->setSortIndicator(sortColumn, sortOrder);
    if (sortColumn >= 0)
        m_campaigns->sort(sortColumn, sortOrder);
    m_ui->statusFilter->setCurrentIndex(
        std::max(0, m_settings->value(QStringLiteral("statusFilter"), 0).toInt()));
    m_ui->searchEdit->setText(m_settings->value(QStringLiteral("search")).toString());
    m_settings->endGroup();
}

void MainWindow::saveSettings() const
{
    m_settings->beginGroup(QStringLiteral("mainWindow"));
    m_settings->setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("state"), saveState());
    m_settings->setValue(QStringLiteral("splitter"), m_ui->splitter->saveState());
    m_settings->setValue(QStringLiteral("columns"),
                         m_ui->campaignsView->horizontalHeader()->saveState());
    m_settings->setValue(QStringLiteral("sortColumn"), m_campaigns->sortColumn());
    m_settings->setValue(QStringLiteral("sortOrder"), int(m_campaigns->sortOrder()));
    m_settings->setValue(QStringLiteral("statusFilter"), m_ui->statusFilter->currentIndex());
    m_settings->setValue(QStringLiteral("search"), m_ui->searchEdit->text());
    m_settings->endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace CampaignDesk
