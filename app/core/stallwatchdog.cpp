#include "stallwatchdog.h"

#include <QtGlobal>

#include <algorithm>

namespace CampaignDesk {

StallWatchdog::StallWatchdog(QObject *parent, int intervalMs)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    // A precise timer: a coarse one may legitimately fire 5 % late, which is not a stall.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallWatchdog::tick);
}

void StallWatchdog::start()
{
    m_maxStallMs = 0;
    m_clock.start();
    m_lastTickMs = 0;
    m_timer.start();
}

void StallWatchdog::stop()
{
    m_timer.stop();
}

void StallWatchdog::tick()
{
    const qint64 now = m_clock.elapsed();
    // The time between two ticks beyond the interval is time the event loop did not run.
    const qint64 late = now - m_lastTickMs - m_intervalMs;
    m_maxStallMs = std::max(m_maxStallMs, late);
    m_lastTickMs = now;
}

bool StallWatchdog::requestedByEnvironment()
{
    const QByteArray value = qgetenv("CAMPAIGNDESK_STALL_WATCHDOG");
    return !value.isEmpty() && value != "0";
}

} // namespace CampaignDesk
