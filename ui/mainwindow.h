#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QStandardItemModel;

namespace Ui {
class MainWindow;
}

namespace CampaignDesk {

namespace Sandbox {
class Host;
}

// The one main window: accounts on the left, every campaign in the centre, the selected
// campaign's details on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the in-process emulator and lists its accounts (marked as sandbox).
    void openSandbox();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupActions();
    void addSandboxAccounts(quint16 port);
    void updateEmptyState();
    void showAbout();
    void restoreSettings();

    std::unique_ptr<Ui::MainWindow> m_ui;
    QStandardItemModel *m_accounts = nullptr;
    QStandardItemModel *m_campaigns = nullptr;
    Sandbox::Host *m_sandbox = nullptr;
    QLabel *m_sandboxBadge = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace CampaignDesk
