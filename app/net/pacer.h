#pragma once

#include <QtGlobal>

namespace CampaignDesk {

// A token bucket: `ratePerMinute` tokens a minute, at most `burst` saved up. Pure logic on a
// millisecond clock the caller passes in, so it is tested without waiting.
class Pacer
{
public:
    Pacer(double ratePerMinute = 60, int burst = 1);

    void configure(double ratePerMinute, int burst);
    double ratePerMinute() const { return m_ratePerMinute; }
    int burst() const { return m_burst; }

    // Milliseconds until a token is available (0: now).
    qint64 msUntilAvailable(qint64 nowMs);
    // Takes a token; call only when msUntilAvailable() returned 0.
    void take(qint64 nowMs);
    // Nothing goes out before `untilMs` (the platform said to wait), and the bucket is emptied.
    void holdUntil(qint64 untilMs);

private:
    void refill(qint64 nowMs);

    double m_ratePerMinute = 60;
    int m_burst = 1;
    double m_tokens = 1;
    qint64 m_lastMs = -1;
    qint64 m_holdUntilMs = 0;
};

} // namespace CampaignDesk
