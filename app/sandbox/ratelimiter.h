#pragma once

#include "platformmodule.h"

#include <deque>
#include <map>

namespace CampaignDesk::Sandbox {

// Sliding-window rate limits: a request is let through only when every rule still has room in
// its window. One log of timestamps per (platform, credential, bucket, rule).
class RateLimiter
{
public:
    void setRules(Platform platform, const QList<RateRule> &rules);
    QList<RateRule> rules(Platform platform) const;
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool enabled() const { return m_enabled; }
    void clearCounters() { m_logs.clear(); }

    // Records the request when allowed. Returns false (and fills retryAfterS) when refused.
    bool admit(Platform platform, const QString &key, qint64 nowMs, RateState *state);

private:
    bool m_enabled = true;
    QHash<int, QList<RateRule>> m_rules;
    std::map<QString, std::deque<qint64>> m_logs;
};

} // namespace CampaignDesk::Sandbox
