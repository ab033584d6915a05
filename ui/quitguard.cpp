#include "quitguard.h"

#include "core/platform.h"
#include "safety/deleteoperation.h"

#include <QCloseEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace CampaignDesk {

QuitGuard::QuitGuard(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

QuitGuard::~QuitGuard() = default;

QStringList QuitGuard::workInFlight() const
{
    QStringList work;
    const QList<DeleteOperation *> operations = m_window->findChildren<DeleteOperation *>();
    for (const DeleteOperation *op : operations) {
        if (!op->isBusy())
            continue;
        const QString name = op->live().name;
        const QString platform = platformDisplayName(op->account().platform);
        switch (op->stage()) {
        case DeleteOperation::Stage::Exporting:
            work << tr("The export of “%1” from %2 would stop unfinished.").arg(name, platform);
            break;
        case DeleteOperation::Stage::Rechecking:
        case DeleteOperation::Stage::Deleting:
        case DeleteOperation::Stage::WaitingToRetry:
        case DeleteOperation::Stage::CheckingOutcome:
            work << tr("The delete of “%1” on %2 is on its way: if you quit now, Campaign Desk "
                       "cannot tell you whether it happened.")
                        .arg(name, platform);
            break;
        case DeleteOperation::Stage::RunningAction:
            work << tr("A status change of “%1” on %2 is on its way: its outcome would stay "
                       "unknown.")
                        .arg(name, platform);
            break;
        case DeleteOperation::Stage::FetchingLive:
            if (op->goal() == DeleteOperation::Goal::Export)
                work << tr("The export of “%1” from %2 would stop unfinished.").arg(name, platform);
            else if (op->goal() == DeleteOperation::Goal::Action)
                work << tr("A status change of “%1” on %2 would be cancelled.").arg(name, platform);
            break;
        case DeleteOperation::Stage::Idle:
        case DeleteOperation::Stage::Review:
        case DeleteOperation::Stage::Confirming:
        case DeleteOperation::Stage::Finished:
            // Waiting for the user: closing sends nothing and loses nothing.
            break;
        }
    }
    return work;
}

bool QuitGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close || m_quitConfirmed)
        return QObject::eventFilter(watched, event);
    const QStringList work = workInFlight();
    if (work.isEmpty())
        return QObject::eventFilter(watched, event);
    event->ignore();
    ask(work);
    return true;
}

void QuitGuard::ask(const QStringList &work)
{
    if (m_question) {
        m_question->raise();
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Quit Campaign Desk"),
                        tr("Work is still running. Quit anyway?"), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("quitQuestion"));
    box->setInformativeText(work.join(QLatin1Char('\n')));
    QPushButton *quit = box->addButton(tr("&Quit anyway"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitAnyway"));
    QPushButton *stay = box->addButton(tr("&Keep working"), QMessageBox::RejectRole);
    stay->setObjectName(QStringLiteral("keepWorking"));
    box->setDefaultButton(stay);
    box->setEscapeButton(stay);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, quit] {
        if (box->clickedButton() != quit)
            return;
        m_quitConfirmed = true;
        m_window->close();
    });
    m_question = box;
    box->open();
}

} // namespace CampaignDesk
