#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace CampaignDesk {

// Test mode (CAMPAIGNDESK_STALL_WATCHDOG=1, and bench-stall): a timer on the GUI thread that
// measures its own lateness. A timeout that arrives N ms after it was due means the event
// loop was blocked for about N ms; the longest such stall is kept. Off in normal use.
class StallWatchdog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallWatchdog)

public:
    explicit StallWatchdog(QObject *parent = nullptr, int intervalMs = 5);

    void start();
    void stop();
    // The longest lateness seen since start(), in milliseconds.
    qint64 maxStallMs() const { return m_maxStallMs; }

    // Whether the environment asks for the watchdog (CAMPAIGNDESK_STALL_WATCHDOG set, not 0).
    static bool requestedByEnvironment();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    qint64 m_maxStallMs = 0;
    int m_intervalMs;
};

} // namespace CampaignDesk
