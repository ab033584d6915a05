#include "deletedialog.h"
#include "stopconfirmation.h"
#include "ui_deletedialog.h"

#include "accounts/accountsession.h"
#include "safety/exportbundle.h"

#include <QCursor>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace CampaignDesk {

DeleteDialog::DeleteDialog(AccountSession *session, AuditLog *audit, const Campaign &campaign,
                           bool nameShared, const QString &exportRoot, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteDialog>())
    , m_operation(new DeleteOperation(session, audit, campaign, nameShared, this))
    , m_campaign(campaign)
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Delete campaign — %1").arg(platformDisplayName(campaign.platform)));
    m_ui->titleLabel->setText(titleText());
    m_ui->exportDirEdit->setText(exportRoot);
    m_ui->checkingLabel->setText(
        tr("Checking the live status on %1…").arg(platformDisplayName(campaign.platform)));
    m_ui->deleteButton->setStyleSheet(
        QStringLiteral("QPushButton:enabled { background: #c62828; color: white; font-weight: "
                       "bold; padding: 5px 14px; min-width: 11em; }"));
    // The name to type: shown large and plain, clearly not a field (and not selectable).
    QFont nameFont = m_ui->confirmName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.25);
    m_ui->confirmName->setFont(nameFont);
    m_ui->confirmName->setFrameShape(QFrame::NoFrame);
    m_ui->confirmName->setContentsMargins(0, 4, 0, 4);
    m_ui->irreversibleLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_ui->pauseButton->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_ui->stopButton->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_ui->deleteButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));

    connect(m_operation, &DeleteOperation::stageChanged, this, &DeleteDialog::stageChanged);
    connect(m_operation, &DeleteOperation::campaignGone, this, &DeleteDialog::campaignGone);
    connect(m_operation, &DeleteOperation::exportProgress, this,
            [this](const QString &step, qint64 done, qint64 total) {
                m_ui->exportStepLabel->setText(step == ExportBundleWriter::verifyStep()
                                                   ? tr("Verifying the export…")
                                                   : tr("Writing %1…").arg(step));
                if (total > 0) {
                    m_ui->exportProgress->setMaximum(1000);
                    m_ui->exportProgress->setValue(int(1000 * done / total));
                } else {
                    m_ui->exportProgress->setMaximum(0);
                }
            });

    connect(m_ui->pauseButton, &QPushButton::clicked, this,
            [this] { m_operation->runAction(StatusAction::Pause); });
    connect(m_ui->stopButton, &QPushButton::clicked, this, &DeleteDialog::stopClicked);
    connect(m_ui->archiveButton, &QPushButton::clicked, m_operation,
            &DeleteOperation::archiveInstead);
    connect(m_ui->keepButton, &QPushButton::clicked, m_operation, &DeleteOperation::keepPaused);
    connect(m_ui->continueButton, &QPushButton::clicked, this, &DeleteDialog::continueClicked);
    connect(m_ui->exportCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->exportDirEdit->setEnabled(on);
        m_ui->exportBrowse->setEnabled(on);
        m_ui->continueButton->setText(on ? tr("Export and c&ontinue…")
                                         : tr("C&ontinue without export…"));
    });
    connect(m_ui->exportBrowse, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export folder"),
                                                              m_ui->exportDirEdit->text());
        if (!dir.isEmpty())
            m_ui->exportDirEdit->setText(dir);
    });
    connect(m_ui->exportCancel, &QPushButton::clicked, m_operation, &DeleteOperation::cancel);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &DeleteDialog::confirmTextChanged);
    connect(m_ui->deleteButton, &QPushButton::clicked, this,
            [this] { m_operation->confirm(m_ui->confirmEdit->text()); });
    connect(m_ui->retryButton, &QPushButton::clicked, m_operation, &DeleteOperation::retry);
    connect(m_ui->resultRetry, &QPushButton::clicked, m_operation, &DeleteOperation::retry);
    for (QPushButton *cancel : {m_ui->reviewCancel, m_ui->confirmCancel})
        connect(cancel, &QPushButton::clicked, this, &DeleteDialog::reject);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->settingsButton, &QPushButton::clicked, this, [this] {
        Q_EMIT openAccountSettings(m_campaign.accountId);
        accept();
    });
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &DeleteDialog::tickCountdown);
    m_ui->exportCheck->toggled(true);
    m_ui->continueButton->setAutoDefault(true); // Return on a focused Continue continues
}

DeleteDialog::~DeleteDialog() = default;

QString DeleteDialog::exportRoot() const
{
    return m_ui->exportDirEdit->text();
}

QString DeleteDialog::titleText() const
{
    const Account &a = m_operation->account();
    const QString where = a.sandbox ? tr("%1 — sandbox").arg(a.label) : a.label;
    return tr("<h3>Delete campaign “%1” on %2 (%3)?</h3>")
        .arg(m_campaign.name.toHtmlEscaped(), platformDisplayName(m_campaign.platform),
             where.toHtmlEscaped());
}

void DeleteDialog::start()
{
    m_operation->start();
}

void DeleteDialog::stageChanged(DeleteOperation::Stage stage)
{
    m_countdown->stop();
    const QString platform = platformDisplayName(m_campaign.platform);
    switch (stage) {
    case DeleteOperation::Stage::Idle:
    case DeleteOperation::Stage::FetchingLive:
        m_ui->pages->setCurrentWidget(m_ui->checkingPage);
        break;
    case DeleteOperation::Stage::Review:
        showReview();
        break;
    case DeleteOperation::Stage::RunningAction:
        showWorking(tr("Asking %1 to change the campaign…").arg(platform));
        break;
    case DeleteOperation::Stage::Exporting:
        m_ui->exportStepLabel->setText(tr("Exporting from %1…").arg(platform));
        m_ui->exportProgress->setMaximum(0);
        m_ui->pages->setCurrentWidget(m_ui->exportPage);
        m_ui->exportCancel->setFocus();
        break;
    case DeleteOperation::Stage::Confirming:
        showConfirm();
        break;
    case DeleteOperation::Stage::Rechecking:
        showWorking(tr("Checking the live status on %1 once more…").arg(platform));
        break;
    case DeleteOperation::Stage::Deleting:
        showWorking(tr("Deleting on %1…").arg(platform));
        break;
    case DeleteOperation::Stage::WaitingToRetry:
        m_countdownMs = m_operation->retryAfterMs();
        tickCountdown();
        m_countdown->start();
        break;
    case DeleteOperation::Stage::CheckingOutcome:
        showWorking(m_operation->message().isEmpty() ? tr("Outcome unknown — checking…")
                                                     : m_operation->message());
        break;
    case DeleteOperation::Stage::Finished:
        showResult();
        break;
    }
}

void DeleteDialog::tickCountdown()
{
    const int seconds = std::max(0, (m_countdownMs + 999) / 1000);
    showWorking(tr("%1 asked to wait. Trying again once in %n second(s)…", nullptr, seconds)
                    .arg(platformDisplayName(m_campaign.platform)));
    m_countdownMs -= 1000;
}

void DeleteDialog::showWorking(const QString &text)
{
    m_ui->workingLabel->setText(text);
    m_ui->pages->setCurrentWidget(m_ui->workingPage);
}

void DeleteDialog::showReview()
{
    const DeleteDecision &d = m_operation->decision();
    const Campaign &live = m_operation->live();
    const QString platform = platformDisplayName(live.platform);
    m_ui->titleLabel->setText(titleText());
    m_ui->liveStatusLabel->setText(tr("Live status on %1: <b>%2</b> (fetched just now)")
                                       .arg(platform, live.statusText().toHtmlEscaped()));

    const bool blocked = !d.mayDelete();
    m_ui->gateBox->setVisible(blocked);
    m_ui->gateBox->setTitle(d.refusal == Refusal::Protected ? tr("Protected from deletion")
                                                            : tr("It cannot be deleted right now"));
    m_ui->gateReason->setText(d.reason);
    const bool canPause = d.unblockBy.contains(StatusAction::Pause);
    const bool canStop = d.unblockBy.contains(StatusAction::Stop);
    m_ui->pauseButton->setVisible(blocked && d.refusal == Refusal::BlockedStatus && canPause);
    m_ui->stopButton->setVisible(blocked && d.refusal == Refusal::BlockedStatus && canStop);
    m_ui->warningLabel->setText(d.warning.isEmpty() ? QString() : tr("⚠ %1").arg(d.warning));
    m_ui->warningLabel->setVisible(!d.warning.isEmpty());

    const QLocale locale;
    QStringList items;
    for (const CascadeItem &item : d.cascade)
        items << (item.count >= 0
                      ? tr("%1 %2").arg(locale.toString(item.count), item.what.toHtmlEscaped())
                      : item.what.toHtmlEscaped());
    m_ui->cascadeLabel->setText(
        items.isEmpty()
            ? QString()
            : QStringLiteral("<ul><li>%1</li></ul>").arg(items.join(QStringLiteral("</li><li>"))));
    m_ui->irreversibleLabel->setText(irreversibilityText(live.platform, d.cascadeDocumented));

    m_ui->archiveButton->setVisible(d.hasArchive);
    const bool running = isActiveStatus(live.status);
    m_ui->keepButton->setText(
        running && providerFor(live.platform)
                       .actionAllowed(StatusAction::Pause, live.rawStatus, nullptr)
            ? tr("&Keep it paused")
            : tr("&Keep it"));
    m_ui->continueButton->setEnabled(d.mayDelete());
    m_ui->continueButton->setToolTip(d.mayDelete() ? QString() : d.reason);
    m_ui->reviewProblem->setText(m_operation->message());
    m_ui->reviewProblem->setVisible(!m_operation->message().isEmpty());

    // The safe choice is the default: Archive where the platform has it, else Cancel.
    QPushButton *safe = d.hasArchive ? m_ui->archiveButton : m_ui->reviewCancel;
    for (QPushButton *b :
         {m_ui->archiveButton, m_ui->reviewCancel, m_ui->continueButton, m_ui->pauseButton})
        b->setDefault(b == safe);
    if (blocked && m_ui->pauseButton->isVisible())
        m_ui->pauseButton->setDefault(true);
    m_ui->pages->setCurrentWidget(m_ui->reviewPage);
    (m_ui->pauseButton->isVisible() ? m_ui->pauseButton : safe)->setFocus();
}

void DeleteDialog::stopClicked()
{
    const QString platform = platformDisplayName(m_campaign.platform);
    confirmStop(
        this, tr("Stop “%1” on %2 for good?").arg(m_operation->live().name, platform),
        tr("Stopping cannot be undone: the campaign can never run again. Pausing is reversible."),
        [this] { m_operation->runAction(StatusAction::Stop); });
}

void DeleteDialog::continueClicked()
{
    if (m_ui->exportCheck->isChecked()) {
        const QString dir = m_ui->exportDirEdit->text().trimmed();
        if (dir.isEmpty() || !QDir().mkpath(dir)) {
            m_ui->reviewProblem->setText(tr("Choose a folder the export can be written to."));
            m_ui->reviewProblem->setVisible(true);
            return;
        }
        m_operation->continueWithExport(dir);
    } else {
        m_operation->continueWithoutExport();
    }
}

void DeleteDialog::showConfirm()
{
    const DeleteDecision &d = m_operation->decision();
    m_ui->exportSummary->setText(
        m_operation->exportSkipped()
            ? tr("Export skipped (your choice; it is recorded in the activity log).")
            : tr("✔ Export written and verified: %1").arg(m_operation->exportPath()));
    m_ui->confirmPrompt->setText(
        d.confirmWithId ? tr("The name is empty or shared with another campaign, so type the "
                             "campaign’s <b>id</b> to delete it permanently:")
                        : tr("Type the campaign’s <b>name</b> to delete it permanently:"));
    m_ui->confirmName->setText(d.confirmationText);
    const bool retryable = m_operation->problem() == DeleteOperation::Problem::CallsInProgress ||
                           m_operation->problem() == DeleteOperation::Problem::ServerError ||
                           m_operation->problem() == DeleteOperation::Problem::Network;
    m_ui->retryButton->setVisible(retryable);
    m_ui->confirmProblem->setText(m_operation->message());
    m_ui->confirmProblem->setVisible(!m_operation->message().isEmpty());
    confirmTextChanged(m_ui->confirmEdit->text());
    m_ui->confirmCancel->setDefault(true);
    m_ui->pages->setCurrentWidget(m_ui->confirmPage);
    m_ui->confirmEdit->setFocus();
    keepDestructiveButtonAwayFromCursor();
}

void DeleteDialog::confirmTextChanged(const QString &text)
{
    const bool matches = confirmationMatches(m_operation->decision(), text);
    m_ui->deleteButton->setEnabled(matches &&
                                   m_operation->stage() == DeleteOperation::Stage::Confirming);
}

void DeleteDialog::keepDestructiveButtonAwayFromCursor()
{
    // Rule 8: the destructive button is never under the spot the user just clicked.
    const QRect button(m_ui->deleteButton->mapToGlobal(QPoint(0, 0)), m_ui->deleteButton->size());
    if (isVisible() && button.adjusted(-8, -8, 8, 8).contains(QCursor::pos()))
        move(pos() + QPoint(0, button.height() + 48));
}

void DeleteDialog::showResult()
{
    using Outcome = DeleteOperation::Outcome;
    const Outcome outcome = m_operation->outcome();
    const QString platform = platformDisplayName(m_campaign.platform);
    QString title;
    switch (outcome) {
    case Outcome::Deleted:
        title = tr("✔ Deleted on %1").arg(platform);
        break;
    case Outcome::DeletedConfirmedByCheck:
        title = tr("✔ Deleted (confirmed by a follow-up check)");
        break;
    case Outcome::AlreadyGone:
        title = tr("Already gone on %1").arg(platform);
        break;
    case Outcome::Archived:
        title = tr("✔ Archived instead");
        break;
    case Outcome::KeptPaused:
        title = tr("Kept");
        break;
    case Outcome::Cancelled:
        title = tr("Cancelled: nothing was deleted");
        break;
    case Outcome::Unknown:
        title = tr("⚠ Outcome unknown");
        break;
    case Outcome::Done:
        title = tr("✔ Done");
        break;
    case Outcome::NotDeleted:
    case Outcome::Failed:
    case Outcome::None:
        title = tr("✘ Not deleted");
        break;
    }
    m_ui->resultTitle->setText(QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped()));
    m_ui->resultMessage->setText(m_operation->message());
    const DeleteAnswer &answer = m_operation->deleteAnswer();
    if ((outcome == Outcome::Deleted) && !answer.deleted.isEmpty()) {
        const QLocale locale;
        QStringList rows;
        for (const auto &item : answer.deleted)
            rows << tr("%1 %2").arg(locale.toString(item.second), item.first.toHtmlEscaped());
        m_ui->resultSummary->setText(tr("%1 reports it deleted:<ul><li>%2</li></ul>")
                                         .arg(platform, rows.join(QStringLiteral("</li><li>"))));
    } else {
        m_ui->resultSummary->clear();
    }
    if (!m_operation->exportPath().isEmpty() && outcome != Outcome::Cancelled)
        m_ui->resultSummary->setText(m_ui->resultSummary->text() +
                                     tr("<p>The verified export is kept in:<br>%1</p>")
                                         .arg(m_operation->exportPath().toHtmlEscaped()));
    const DeleteOperation::Problem problem = m_operation->problem();
    m_ui->settingsButton->setVisible(problem == DeleteOperation::Problem::Auth &&
                                     !m_operation->account().sandbox);
    m_ui->resultRetry->setVisible(outcome == Outcome::None &&
                                  problem != DeleteOperation::Problem::None);
    m_ui->pages->setCurrentWidget(m_ui->resultPage);
    m_ui->closeButton->setFocus();
}

void DeleteDialog::reject()
{
    // A DELETE on its way is never abandoned: its outcome must be known first.
    const DeleteOperation::Stage stage = m_operation->stage();
    if (stage == DeleteOperation::Stage::Deleting ||
        stage == DeleteOperation::Stage::CheckingOutcome)
        return;
    if (stage != DeleteOperation::Stage::Finished)
        m_operation->cancel();
    QDialog::reject();
}

} // namespace CampaignDesk
