#include "bulkdeletedialog.h"
#include "stopconfirmation.h"
#include "ui_bulkdeletedialog.h"

#include "accounts/accountsession.h"
#include "safety/auditlog.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableWidgetItem>

namespace CampaignDesk {

namespace {

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QString etaText(qint64 ms)
{
    if (ms < 0)
        return QCoreApplication::translate("BulkDeleteDialog", "Estimating the time left…");
    const qint64 s = (ms + 999) / 1000;
    if (s < 90)
        return QCoreApplication::translate("BulkDeleteDialog", "About %n second(s) left", nullptr,
                                           int(s));
    const int minutes = int((s + 59) / 60);
    return QCoreApplication::translate("BulkDeleteDialog", "About %n minute(s) left", nullptr,
                                       minutes);
}

} // namespace

BulkDeleteDialog::BulkDeleteDialog(BulkQueue::SessionLookup sessions, AuditLog *audit,
                                   const QList<Campaign> &campaigns, const QString &exportRoot,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkDeleteDialog>())
    , m_sessions(std::move(sessions))
    , m_audit(audit)
    , m_runner(new BulkGoalRunner(m_sessions, audit, this))
    , m_queue(new BulkQueue(m_sessions, audit, this))
{
    for (const Campaign &c : campaigns)
        m_rows.append(Row{c, {}, false});
    setupCommon();
    m_ui->exportFolderEdit->setText(exportRoot);
    m_ui->campaignTable->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i)
        showRow(i);
    m_ui->pages->setCurrentWidget(m_ui->reviewPage);
    m_ui->cancelButton->setFocus();
    updateReview();
}

BulkDeleteDialog::BulkDeleteDialog(BulkQueue::SessionLookup sessions, AuditLog *audit,
                                   const BulkBatch &batch, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkDeleteDialog>())
    , m_sessions(std::move(sessions))
    , m_audit(audit)
    , m_runner(new BulkGoalRunner(m_sessions, audit, this))
    , m_queue(new BulkQueue(m_sessions, audit, this))
    , m_unfinished(batch)
    , m_resumeMode(true)
{
    setupCommon();
    setWindowTitle(tr("Unfinished bulk delete"));
    m_ui->titleLabel->setText(
        tr("<h3>A bulk delete of %n campaign(s) did not finish</h3>", nullptr,
           int(batch.items.size())) +
        tr("<p>Campaign Desk stopped while it was running. This is what the journal says about "
           "each campaign. Campaigns marked “Deleting” or “Outcome unknown” may be gone: "
           "resuming checks each of them with a fresh fetch first and never deletes anything "
           "twice.</p>"));
    showProgressPage();
    m_ui->resumeButton->setVisible(true);
    m_ui->discardButton->setVisible(true);
    m_ui->pauseButton->setVisible(false);
    m_ui->cancelRunButton->setVisible(false);
    m_ui->closeButton->setEnabled(true);
    m_ui->closeButton->setText(tr("Decide &later"));
    m_ui->resumeButton->setDefault(true);
    const int done =
        int(std::count_if(batch.items.begin(), batch.items.end(), [](const BulkItem &item) {
            return isFinalBulkItemState(item.state) && item.state != BulkItemState::Unknown;
        }));
    updateProgress(done, int(batch.items.size()), -1);
    m_ui->etaLabel->clear();
}

BulkDeleteDialog::~BulkDeleteDialog() = default;

void BulkDeleteDialog::setupCommon()
{
    m_ui->setupUi(this);
    m_ui->deleteButton->setStyleSheet(
        QStringLiteral("QPushButton:enabled { background: #c62828; color: white; font-weight: "
                       "bold; padding: 5px 14px; min-width: 11em; }"));
    m_ui->deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_ui->pauseBlockedButton->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_ui->stopBlockedButton->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_ui->irreversibleLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_ui->irreversibleLabel->setText(
        tr("Deleting cannot be undone: the platforms keep no copy. Only the export bundles "
           "remain."));
    for (QTableWidget *table : {m_ui->campaignTable, m_ui->resultTable}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setColumnWidth(0, 220);
    }
    m_ui->resumeButton->setVisible(false);
    m_ui->discardButton->setVisible(false);

    connect(m_runner, &BulkGoalRunner::itemDone, this, &BulkDeleteDialog::reviewDone);
    connect(m_runner, &BulkGoalRunner::finished, this, [this] {
        if (m_rereviewAfter) {
            // After the pause/stop: fetch those campaigns again, the gate decides anew.
            m_rereviewAfter = false;
            QList<Campaign> again;
            for (int row : std::as_const(m_runnerRows))
                again << m_rows.at(row).campaign;
            m_runner->review(again);
        }
        updateReview();
    });
    connect(m_ui->exportCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->exportFolderEdit->setEnabled(on);
        m_ui->chooseFolderButton->setEnabled(on);
        updateReview();
    });
    connect(m_ui->exportFolderEdit, &QLineEdit::textChanged, this, &BulkDeleteDialog::updateReview);
    connect(m_ui->chooseFolderButton, &QPushButton::clicked, this, [this] {
        auto *chooser = new QFileDialog(this, tr("Export folder"), m_ui->exportFolderEdit->text());
        chooser->setFileMode(QFileDialog::Directory);
        chooser->setOption(QFileDialog::ShowDirsOnly);
        chooser->setAttribute(Qt::WA_DeleteOnClose);
        connect(chooser, &QFileDialog::fileSelected, this,
                [this](const QString &dir) { m_ui->exportFolderEdit->setText(dir); });
        chooser->open();
    });
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &BulkDeleteDialog::updateReview);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &BulkDeleteDialog::reject);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &BulkDeleteDialog::startDelete);
    connect(m_ui->pauseBlockedButton, &QPushButton::clicked, this,
            [this] { unblock(StatusAction::Pause); });
    connect(m_ui->stopBlockedButton, &QPushButton::clicked, this,
            [this] { unblock(StatusAction::Stop); });

    connect(m_queue, &BulkQueue::itemChanged, this, &BulkDeleteDialog::showResultRow);
    connect(m_queue, &BulkQueue::progress, this, &BulkDeleteDialog::updateProgress);
    connect(m_queue, &BulkQueue::campaignGone, this, &BulkDeleteDialog::campaignGone);
    connect(m_queue, &BulkQueue::finished, this, &BulkDeleteDialog::queueFinished);
    connect(m_queue, &BulkQueue::started, this, [this] {
        m_ui->resultTable->setRowCount(int(m_queue->batch().items.size()));
        for (int i = 0; i < m_queue->batch().items.size(); ++i)
            showResultRow(i);
    });
    connect(m_queue, &BulkQueue::journalFailed, this, [this](const QString &message) {
        m_ui->resultSummary->setText(message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Bulk delete"), message,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_ui->pauseButton, &QPushButton::clicked, this, [this] {
        const bool pause = !m_queue->isPaused();
        m_queue->setPaused(pause);
        m_ui->pauseButton->setText(pause ? tr("&Resume") : tr("&Pause"));
        m_ui->progressLabel->setText(
            pause ? tr("Paused: campaigns already on their way finish; nothing new starts.")
                  : tr("Deleting…"));
    });
    connect(m_ui->cancelRunButton, &QPushButton::clicked, this, &BulkDeleteDialog::reject);
    connect(m_ui->closeButton, &QPushButton::clicked, this, [this] {
        if (m_queue->isRunning())
            return;
        if (m_resumeMode && m_ui->resumeButton->isVisible())
            QDialog::reject(); // decide later: the batch stays in the journal
        else
            accept();
    });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        m_ui->resumeButton->setVisible(false);
        m_ui->discardButton->setVisible(false);
        m_ui->pauseButton->setVisible(true);
        m_ui->cancelRunButton->setVisible(true);
        m_ui->closeButton->setText(tr("Close"));
        m_ui->closeButton->setEnabled(false);
        m_ui->cancelRunButton->setDefault(true);
        m_ui->progressLabel->setText(tr("Resuming: checking what may already be gone first…"));
        m_queue->resume(m_unfinished);
    });
    connect(m_ui->discardButton, &QPushButton::clicked, this, [this] {
        m_ui->discardButton->setEnabled(false);
        m_ui->resumeButton->setEnabled(false);
        BulkQueue::discard(m_audit, m_unfinished.id, this, [this](bool) { accept(); });
    });
}

void BulkDeleteDialog::start()
{
    if (m_resumeMode)
        return;
    QList<Campaign> campaigns;
    m_runnerRows.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        campaigns << m_rows.at(i).campaign;
        m_runnerRows << i;
    }
    m_runner->review(campaigns);
    updateReview();
}

QString BulkDeleteDialog::accountLabel(const QString &accountId) const
{
    AccountSession *session = m_sessions ? m_sessions(accountId) : nullptr;
    return session ? session->account().label : accountId;
}

BulkDeleteDialog::Gate BulkDeleteDialog::gateOf(const Row &row) const
{
    if (!row.reviewed)
        return Gate::Checking;
    if (row.result.gone)
        return Gate::Gone;
    if (!row.result.checked)
        return Gate::Unchecked;
    if (row.result.decision.refusal == Refusal::Protected)
        return Gate::Protected;
    return row.result.decision.mayDelete() ? Gate::Deletable : Gate::Blocked;
}

int BulkDeleteDialog::deletableCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [this](const Row &row) { return gateOf(row) == Gate::Deletable; }));
}

QString BulkDeleteDialog::confirmationText() const
{
    return QStringLiteral("delete %1 campaigns").arg(deletableCount());
}

QString BulkDeleteDialog::exportRoot() const
{
    return m_ui->exportFolderEdit->text();
}

void BulkDeleteDialog::reviewDone(int index, const BulkGoalResult &result)
{
    const int row = m_runnerRows.value(index, -1);
    if (m_runner->mode() != BulkGoalRunner::Mode::Review) {
        // The unblocking action's answer: shown until the re-review replaces it.
        if (row >= 0 && row < m_rows.size()) {
            m_rows[row].result.message = result.message;
            if (result.gone)
                m_rows[row].result.gone = true;
            showRow(row);
        }
        return;
    }
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    r.reviewed = true;
    r.result = result;
    if (result.checked) {
        // Names and statuses from the platform replace the table's cached ones.
        const QString accountId = r.campaign.accountId;
        r.campaign = result.live;
        r.campaign.accountId = accountId;
        Q_EMIT campaignUpdated(r.campaign);
    }
    if (result.gone)
        Q_EMIT campaignGone(r.campaign.key());
    showRow(row);
    updateReview();
}

void BulkDeleteDialog::showRow(int index)
{
    const Row &row = m_rows.at(index);
    QString gate;
    QString reason;
    switch (gateOf(row)) {
    case Gate::Checking:
        gate = tr("Checking…");
        break;
    case Gate::Deletable:
        gate = tr("Can be deleted");
        reason = row.result.decision.warning;
        break;
    case Gate::Blocked:
        gate = tr("Blocked");
        reason = row.result.decision.reason;
        break;
    case Gate::Protected:
        gate = tr("Protected — excluded");
        reason = tr("Protected from deletion in Campaign Desk.");
        break;
    case Gate::Gone:
        gate = tr("Already gone");
        reason = row.result.message;
        break;
    case Gate::Unchecked:
        gate = tr("Could not check");
        reason = row.result.message;
        break;
    }
    if (!row.result.message.isEmpty() && reason.isEmpty() && gateOf(row) != Gate::Deletable)
        reason = row.result.message;
    QTableWidget *t = m_ui->campaignTable;
    t->setItem(index, 0, cell(row.campaign.name));
    t->setItem(index, 1, cell(accountLabel(row.campaign.accountId)));
    t->setItem(index, 2, cell(platformDisplayName(row.campaign.platform)));
    t->setItem(index, 3,
               cell(row.reviewed && row.result.checked ? row.campaign.statusText() : QString()));
    t->setItem(index, 4, cell(gate));
    t->setItem(index, 5, cell(reason));
}

void BulkDeleteDialog::updateReview()
{
    if (m_ui->pages->currentWidget() != m_ui->reviewPage)
        return;
    int reviewed = 0;
    int blocked = 0;
    int pausable = 0;
    int stoppable = 0;
    QStringList protectedNames;
    for (const Row &row : std::as_const(m_rows)) {
        const Gate gate = gateOf(row);
        if (gate != Gate::Checking)
            ++reviewed;
        if (gate == Gate::Protected)
            protectedNames << row.campaign.name.toHtmlEscaped();
        if (gate == Gate::Blocked) {
            ++blocked;
            if (row.result.decision.unblockBy.contains(StatusAction::Pause))
                ++pausable;
            if (row.result.decision.unblockBy.contains(StatusAction::Stop))
                ++stoppable;
        }
    }
    const int total = int(m_rows.size());
    const int n = deletableCount();
    const bool busy = m_runner->isRunning();
    m_ui->reviewProgress->setMaximum(std::max(1, total));
    m_ui->reviewProgress->setValue(reviewed);
    m_ui->reviewProgress->setVisible(busy);
    m_ui->titleLabel->setText(tr("<h3>Delete %n campaign(s)?</h3>", nullptr, n));
    m_ui->reviewSummary->setText(
        busy ? tr("Checking the live status of %1 of %2 selected campaigns…")
                   .arg(total - reviewed)
                   .arg(total)
             : tr("%1 selected: %2 can be deleted, %3 blocked, %4 protected, %5 could not be "
                  "checked or are already gone.")
                   .arg(total)
                   .arg(n)
                   .arg(blocked)
                   .arg(protectedNames.size())
                   .arg(total - n - blocked - int(protectedNames.size())));
    m_ui->protectedLabel->setVisible(!protectedNames.isEmpty());
    m_ui->protectedLabel->setText(tr("<b>Excluded, protected from deletion:</b> %1")
                                      .arg(protectedNames.join(QLatin1String(", "))));
    m_ui->pauseBlockedButton->setEnabled(!busy && pausable > 0);
    m_ui->pauseBlockedButton->setText(
        tr("&Pause %n blocked campaign(s) (reversible)", nullptr, pausable));
    m_ui->stopBlockedButton->setEnabled(!busy && stoppable > 0);
    m_ui->stopBlockedButton->setText(
        tr("&Stop %n blocked campaign(s) for good…", nullptr, stoppable));
    m_ui->confirmPrompt->setText(
        n > 0 ? tr("To delete the %1 deletable campaigns, type <b>%2</b>:")
                    .arg(n)
                    .arg(confirmationText().toHtmlEscaped())
              : tr("None of the selected campaigns can be deleted right now."));
    m_ui->confirmEdit->setEnabled(n > 0);
    m_ui->deleteButton->setText(tr("Delete %n campaign(s) permanently", nullptr, n));
    const bool exportReady =
        !m_ui->exportCheck->isChecked() || !m_ui->exportFolderEdit->text().trimmed().isEmpty();
    m_ui->deleteButton->setEnabled(!busy && n > 0 && exportReady &&
                                   m_ui->confirmEdit->text().trimmed() == confirmationText());
}

void BulkDeleteDialog::unblock(StatusAction action)
{
    if (action != StatusAction::Stop) {
        runUnblock(action);
        return;
    }
    // Stop is irreversible: its own confirmation, naming the consequence.
    confirmStop(this, tr("Stop the blocked campaigns for good?"),
                tr("Stopping cannot be undone: they can never run again. Pause them "
                   "instead if you may want them back."),
                [this] { runUnblock(StatusAction::Stop); });
}

void BulkDeleteDialog::runUnblock(StatusAction action)
{
    if (m_runner->isRunning())
        return;
    QList<Campaign> targets;
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (gateOf(row) == Gate::Blocked && row.result.decision.unblockBy.contains(action)) {
            targets << row.campaign;
            rows << i;
        }
    }
    if (targets.isEmpty())
        return;
    m_runnerRows = rows;
    // After the action the same rows are reviewed again (see the runner's finished()).
    m_rereviewAfter = true;
    m_runner->runAction(targets, action);
    updateReview();
}

void BulkDeleteDialog::startDelete()
{
    if (!m_ui->deleteButton->isEnabled() ||
        m_ui->confirmEdit->text().trimmed() != confirmationText())
        return;
    QList<BulkItem> items;
    for (const Row &row : std::as_const(m_rows)) {
        BulkItem item;
        item.campaign = row.campaign;
        item.accountLabel = accountLabel(row.campaign.accountId);
        switch (gateOf(row)) {
        case Gate::Deletable:
            item.state = BulkItemState::Pending;
            break;
        case Gate::Blocked:
            item.state = BulkItemState::Blocked;
            item.reason = row.result.decision.reason;
            break;
        case Gate::Protected:
            item.state = BulkItemState::Skipped;
            item.reason = tr("Protected from deletion: excluded.");
            break;
        case Gate::Gone:
            item.state = BulkItemState::Skipped;
            item.reason = tr("Already gone when checked.");
            break;
        case Gate::Checking:
        case Gate::Unchecked:
            item.state = BulkItemState::Skipped;
            item.reason = tr("Could not be checked: %1").arg(row.result.message);
            break;
        }
        items << item;
    }
    const bool exportFirst = m_ui->exportCheck->isChecked();
    showProgressPage();
    m_ui->progressLabel->setText(tr("Deleting…"));
    m_ui->cancelRunButton->setDefault(true);
    m_ui->cancelRunButton->setFocus();
    m_queue->start(items, exportFirst, exportFirst ? exportRoot().trimmed() : QString());
}

void BulkDeleteDialog::showProgressPage()
{
    m_ui->pages->setCurrentWidget(m_ui->progressPage);
    m_ui->closeButton->setEnabled(false);
    if (m_resumeMode) {
        const QList<BulkItem> &items = m_unfinished.items;
        m_ui->resultTable->setRowCount(int(items.size()));
        for (int i = 0; i < items.size(); ++i) {
            const BulkItem &item = items.at(i);
            m_ui->resultTable->setItem(i, 0, cell(item.campaign.name));
            m_ui->resultTable->setItem(i, 1, cell(item.accountLabel));
            m_ui->resultTable->setItem(i, 2, cell(bulkItemStateDisplayName(item.state)));
            m_ui->resultTable->setItem(i, 3, cell(item.reason));
        }
    }
}

void BulkDeleteDialog::showResultRow(int index)
{
    const QList<BulkItem> &items = m_queue->batch().items;
    if (index < 0 || index >= items.size())
        return;
    if (m_ui->resultTable->rowCount() < items.size())
        m_ui->resultTable->setRowCount(int(items.size()));
    const BulkItem &item = items.at(index);
    m_ui->resultTable->setItem(index, 0, cell(item.campaign.name));
    m_ui->resultTable->setItem(index, 1, cell(item.accountLabel));
    m_ui->resultTable->setItem(index, 2, cell(bulkItemStateDisplayName(item.state)));
    m_ui->resultTable->setItem(index, 3, cell(item.reason));
}

void BulkDeleteDialog::updateProgress(int done, int total, qint64 etaMs)
{
    m_ui->progressBar->setMaximum(std::max(1, total));
    m_ui->progressBar->setValue(done);
    m_ui->progressBar->setFormat(tr("%1 of %2").arg(done).arg(total));
    m_ui->etaLabel->setText(done >= total ? QString() : etaText(etaMs));
}

void BulkDeleteDialog::queueFinished()
{
    const BulkBatch &b = m_queue->batch();
    m_ui->progressLabel->setText(m_queue->isCancelled() ? tr("Cancelled. What was deleted stays "
                                                             "deleted; the rest is untouched.")
                                                        : tr("Done."));
    m_ui->resultSummary->setText(
        tr("Deleted: %1. Blocked: %2. Failed: %3. Outcome unknown: %4. Skipped: %5. "
           "Cancelled: %6.")
            .arg(b.count(BulkItemState::Deleted))
            .arg(b.count(BulkItemState::Blocked))
            .arg(b.count(BulkItemState::Failed))
            .arg(b.count(BulkItemState::Unknown))
            .arg(b.count(BulkItemState::Skipped))
            .arg(b.count(BulkItemState::Cancelled)));
    m_ui->etaLabel->clear();
    m_ui->pauseButton->setEnabled(false);
    m_ui->cancelRunButton->setEnabled(false);
    m_ui->closeButton->setEnabled(true);
    m_ui->closeButton->setDefault(true);
    m_ui->closeButton->setFocus();
}

void BulkDeleteDialog::reject()
{
    if (m_ui->pages->currentWidget() == m_ui->progressPage && m_queue->isRunning()) {
        // Never closes over a running batch: what has not started is cancelled, a DELETE in
        // flight finishes and its real outcome is shown.
        m_ui->progressLabel->setText(
            tr("Cancelling: campaigns already being deleted finish first…"));
        m_queue->cancel();
        return;
    }
    m_runner->cancel();
    QDialog::reject();
}

} // namespace CampaignDesk
