#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace CampaignDesk {

// Watches the main window's close: quitting asks nothing while no work is in flight. When an
// export, a delete or a status change is running (a DeleteOperation anywhere below the
// window), the close is held and a window-modal question names what would be interrupted;
// "Quit anyway" closes the window, "Keep working" leaves everything running.
class QuitGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuitGuard)

public:
    // Installs itself as an event filter on `window` and is owned by it.
    explicit QuitGuard(QWidget *window);
    ~QuitGuard() override;

    // What quitting now would interrupt, one sentence each; empty when nothing runs.
    QStringList workInFlight() const;
    // The question while it is shown (tests answer it).
    QMessageBox *question() const { return m_question; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ask(const QStringList &work);

    QWidget *m_window;
    QPointer<QMessageBox> m_question;
    bool m_quitConfirmed = false;
};

} // namespace CampaignDesk
