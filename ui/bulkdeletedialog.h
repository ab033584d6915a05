#pragma once

#include "safety/bulkqueue.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class BulkDeleteDialog;
}

namespace CampaignDesk {

class AuditLog;

// The bulk delete, as one dialog: every selected campaign with its live status (fetched
// fresh), gate result and reason; the protected ones excluded and listed; blocked ones paused
// or stopped in one step; export first (one bundle per campaign); the typed confirmation
// "delete N campaigns"; then the queue's progress, ETA, pause and cancel, and a result per
// campaign. It also shows a batch a crash left unfinished and offers to resume or discard it.
// The decisions are BulkQueue's and DeleteOperation's: the dialog only shows them.
class BulkDeleteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkDeleteDialog)

public:
    BulkDeleteDialog(BulkQueue::SessionLookup sessions, AuditLog *audit,
                     const QList<Campaign> &campaigns, const QString &exportRoot,
                     QWidget *parent = nullptr);
    // An unfinished batch from the journal: its states, with Resume and Discard.
    BulkDeleteDialog(BulkQueue::SessionLookup sessions, AuditLog *audit, const BulkBatch &batch,
                     QWidget *parent = nullptr);
    ~BulkDeleteDialog() override;

    // Starts the live review of every campaign; show the dialog with open().
    void start();

    BulkQueue *queue() const { return m_queue; }
    int deletableCount() const;
    // What the user must type: "delete N campaigns", N the deletable count.
    QString confirmationText() const;
    QString exportRoot() const;

    // Escape and Cancel: before the run, closes; during it, cancels what has not started (a
    // DELETE in flight is never abandoned) and stays open to show the results.
    void reject() override;

Q_SIGNALS:
    void campaignGone(const QString &campaignKey);
    // A campaign was fetched again (after a review or a pause/stop): its row may be updated.
    void campaignUpdated(const CampaignDesk::Campaign &live);

private:
    struct Row
    {
        Campaign campaign;
        BulkGoalResult result;
        bool reviewed = false;
    };
    enum class Gate
    {
        Checking,
        Deletable,
        Blocked,
        Protected,
        Gone,
        Unchecked
    };

    void setupCommon();
    Gate gateOf(const Row &row) const;
    QString accountLabel(const QString &accountId) const;
    void reviewDone(int index, const BulkGoalResult &result);
    void showRow(int index);
    void updateReview();
    void unblock(StatusAction action);
    void runUnblock(StatusAction action);
    void startDelete();
    void showProgressPage();
    void showResultRow(int index);
    void updateProgress(int done, int total, qint64 etaMs);
    void queueFinished();

    std::unique_ptr<Ui::BulkDeleteDialog> m_ui;
    BulkQueue::SessionLookup m_sessions;
    QPointer<AuditLog> m_audit;
    BulkGoalRunner *m_runner;
    BulkQueue *m_queue;
    QList<Row> m_rows;
    QList<int> m_runnerRows;      // the runner's index -> row
    bool m_rereviewAfter = false; // review the runner's rows again when its action is done
    BulkBatch m_unfinished;
    bool m_resumeMode = false;
};

} // namespace CampaignDesk
