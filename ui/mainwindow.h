#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QModelIndex;
class QNetworkAccessManager;
class QSettings;
class QStandardItem;
class QStandardItemModel;

namespace Ui {
class MainWindow;
}

namespace CampaignDesk {

class AccountSession;
class AuditLog;
class CampaignTableModel;
struct Campaign;
class KeychainSecretStore;
class SessionFallbackSecretStore;
class Workspace;

namespace Sandbox {
class Host;
}

// The one main window: accounts on the left, every campaign of every account in the centre,
// the selected campaign's details (with the platform's raw JSON) on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the in-process emulator and adds its accounts (marked as sandbox, never saved).
    void openSandbox();
    // Loads the saved accounts and lists their campaigns.
    void loadSavedAccounts();

    CampaignTableModel *campaignModel() const { return m_campaigns; }
    Workspace *workspace() const { return m_workspace; }
    AuditLog *auditLog() const { return m_audit; }
    // Where exports go unless the user picks another folder (remembered).
    QString exportRoot() const;
    void setExportRoot(const QString &dir);

    // The campaign actions on the selected row (also bound to the toolbar and menus).
    void deleteSelected();
    void runActionOnSelected(int statusAction);
    void exportSelected();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void setupAccountsPane();
    void setupTable();
    void addSandboxAccounts(quint16 port);

    void accountAdded(AccountSession *session);
    void accountRemoved(const QString &accountId);
    void updateAccountItem(const QString &accountId);
    QStandardItem *accountItem(const QString &accountId) const;
    QStandardItem *platformGroup(int platform, bool create);
    void accountSelectionChanged();
    void showAccountMenu(const QPoint &pos);

    void addAccount();
    void editAccount(const QString &accountId);
    void removeAccount(const QString &accountId);
    QString selectedAccountId() const;

    std::optional<Campaign> selectedCampaign() const;
    bool nameSharedInAccount(const Campaign &campaign) const;
    void updateCampaignActions();
    void operationFinished(const QString &what, int outcome, const QString &message);
    // Multi-selection: the bulk delete dialog, and status actions / exports over many rows.
    QList<Campaign> selectedCampaigns() const;
    std::function<AccountSession *(const QString &)> sessionLookup() const;
    void openBulkDelete(const QList<Campaign> &campaigns);
    void offerUnfinishedBulkDelete();
    void runBulkGoal(const QList<Campaign> &campaigns, int statusAction, const QString &exportDir);
    void runActionOnMany(const QList<Campaign> &campaigns, int statusAction);
    void exportMany(const QList<Campaign> &campaigns);

    void applySearch(const QString &text);
    void applyStatusFilter(int index);
    void updateDetails();
    void updateCounts();
    void updateEmptyState();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager *m_nam;
    QSettings *m_settings;
    KeychainSecretStore *m_keychain;
    SessionFallbackSecretStore *m_secrets;
    Workspace *m_workspace;
    AuditLog *m_audit;
    QAction *m_resumeAction = nullptr;
    QPointer<QWidget> m_activity;
    CampaignTableModel *m_campaigns;
    QStandardItemModel *m_accounts;
    Sandbox::Host *m_sandbox = nullptr;
    QLabel *m_sandboxBadge = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_noticeLabel = nullptr;
};

} // namespace CampaignDesk
