#pragma once

#include "safety/deleteoperation.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class DeleteDialog;
}

namespace CampaignDesk {

class AccountSession;
class AuditLog;

// The safe delete flow for one campaign, as one dialog: live status, gate with Pause/Stop,
// what is lost, safer choices, export first, typed confirmation, and the honest outcome. It
// only shows what DeleteOperation decides and forwards the user's choices.
class DeleteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteDialog)

public:
    DeleteDialog(AccountSession *session, AuditLog *audit, const Campaign &campaign,
                 bool nameShared, const QString &exportRoot, QWidget *parent = nullptr);
    ~DeleteDialog() override;

    // Starts the flow (the live fetch); show the dialog with open().
    void start();
    DeleteOperation *operation() const { return m_operation; }
    QString exportRoot() const;

    void reject() override;

Q_SIGNALS:
    // The campaign is gone on the platform: remove its row.
    void campaignGone(const QString &campaignKey);
    // The user wants to fix the account's key.
    void openAccountSettings(const QString &accountId);

private:
    void stageChanged(DeleteOperation::Stage stage);
    void showReview();
    void showConfirm();
    void showWorking(const QString &text);
    void showResult();
    void confirmTextChanged(const QString &text);
    void stopClicked();
    void continueClicked();
    void keepDestructiveButtonAwayFromCursor();
    void tickCountdown();
    QString titleText() const;

    std::unique_ptr<Ui::DeleteDialog> m_ui;
    DeleteOperation *m_operation;
    Campaign m_campaign;
    int m_countdownMs = 0;
    QTimer *m_countdown;
};

} // namespace CampaignDesk
