#include "pacer.h"

#include <algorithm>
#include <cmath>

namespace CampaignDesk {

Pacer::Pacer(double ratePerMinute, int burst)
{
    configure(ratePerMinute, burst);
}

void Pacer::configure(double ratePerMinute, int burst)
{
    m_ratePerMinute = std::max(0.001, ratePerMinute);
    m_burst = std::max(1, burst);
    m_tokens = std::min(m_tokens, double(m_burst));
}

void Pacer::refill(qint64 nowMs)
{
    if (m_lastMs < 0) {
        m_lastMs = nowMs;
        m_tokens = m_burst;
        return;
    }
    if (nowMs > m_lastMs) {
        m_tokens = std::min(double(m_burst),
                            m_tokens + double(nowMs - m_lastMs) * m_ratePerMinute / 60000.0);
        m_lastMs = nowMs;
    }
}

qint64 Pacer::msUntilAvailable(qint64 nowMs)
{
    if (nowMs < m_holdUntilMs)
        return m_holdUntilMs - nowMs;
    refill(nowMs);
    if (m_tokens >= 1.0)
        return 0;
    return qint64(std::ceil((1.0 - m_tokens) * 60000.0 / m_ratePerMinute));
}

void Pacer::take(qint64 nowMs)
{
    refill(nowMs);
    m_tokens = std::max(0.0, m_tokens - 1.0);
}

void Pacer::holdUntil(qint64 untilMs)
{
    m_holdUntilMs = std::max(m_holdUntilMs, untilMs);
    m_tokens = 0;
    m_lastMs = untilMs;
}

} // namespace CampaignDesk
