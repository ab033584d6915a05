#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "accountdialog.h"
#include "accounts/accountsfile.h"
#include "accounts/keychainsecretstore.h"
#include "accounts/secretstore.h"
#include "accounts/workspace.h"
#include "core/platform.h"
#include "model/campaigntablemodel.h"
#include "providers/provider.h"
#include "sandboxhost.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyle>

namespace CampaignDesk {

namespace {

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
    , m_campaigns(new CampaignTableModel(this))
    , m_accounts(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 4);
    m_ui->splitter->setStretchFactor(2, 2);
    m_ui->splitter->setSizes({250, 780, 330});

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

    restoreSettings();
    updateEmptyState();
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
    m_ui->actionRefresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_ui->actionAddAccount->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_ui->actionDelete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));

    // The campaign actions (pause, stop, archive, export, protect, delete) come with the safe
    // delete flow; until then they are visibly unavailable rather than half-working.
    for (QAction *action :
         {m_ui->actionPause, m_ui->actionStop, m_ui->actionArchive, m_ui->actionExport,
          m_ui->actionProtect, m_ui->actionDelete, m_ui->actionActivity}) {
        action->setEnabled(false);
        action->setToolTip(tr("%1: not available in this version yet.")
                               .arg(action->text().remove(QLatin1Char('&'))));
        m_ui->campaignsView->addAction(action);
    }
}

void MainWindow::openSandbox()
{
    if (m_sandbox)
        return;
    m_sandbox = new Sandbox::Host(this);
    connect(m_sandbox, &Sandbox::Host::ready, this, &MainWindow::addSandboxAccounts);
    connect(m_sandbox, &Sandbox::Host::failed, this, [this](const QString &reason) {
        m_noticeLabel->setText(reason);
        QMessageBox::warning(this, tr("Sandbox"), reason);
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
    QMenu menu(this);
    menu.addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this,
                   [this, id] { m_workspace->refresh(id); });
    QAction *edit = menu.addAction(tr("&Edit account…"), this, [this, id] { editAccount(id); });
    QAction *remove =
        menu.addAction(tr("Re&move account…"), this, [this, id] { removeAccount(id); });
    if (session->account().sandbox) {
        edit->setEnabled(false);
        remove->setEnabled(false);
        edit->setToolTip(tr("Sandbox accounts cannot be changed."));
    }
    menu.exec(m_ui->accountsView->viewport()->mapToGlobal(pos));
}

void MainWindow::addAccount()
{
    auto *dialog = new AccountDialog(m_nam, m_workspace->labels(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QStringList problems;
        if (!m_workspace->addAccount(dialog->account(), dialog->secret(), dialog->rememberSecret(),
                                     &problems))
            QMessageBox::warning(this, tr("Account not added"), problems.join(QLatin1Char('\n')));
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
            QMessageBox::warning(this, tr("Account not saved"), problems.join(QLatin1Char('\n')));
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
    QMessageBox::about(this, tr("About Campaign Desk"),
                       tr("<h3>Campaign Desk %1</h3>"
                          "<p>Lists, pauses, exports and safely deletes outreach campaigns on "
                          "Talkover, Burki, Kakiyo, Kore.ai and Smartlead.</p>"
                          "<p>Licensed under the GNU General Public License v3.</p>")
                           .arg(QStringLiteral(CAMPAIGNDESK_VERSION)));
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
