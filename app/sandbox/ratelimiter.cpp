#include "ratelimiter.h"

namespace CampaignDesk::Sandbox {

void RateLimiter::setRules(Platform platform, const QList<RateRule> &rules)
{
    m_rules.insert(int(platform), rules);
    m_logs.clear();
}

QList<RateRule> RateLimiter::rules(Platform platform) const
{
    return m_rules.value(int(platform));
}

bool RateLimiter::admit(Platform platform, const QString &key, qint64 nowMs, RateState *state)
{
    const QList<RateRule> rules = m_rules.value(int(platform));
    *state = RateState{};
    if (!m_enabled || rules.isEmpty())
        return true;

    struct Window
    {
        std::deque<qint64> *log;
        RateRule rule;
    };
    QList<Window> windows;
    int refusedRetryMs = 0;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const RateRule &rule = rules.at(i);
        auto &log = m_logs[QStringLiteral("%1|%2|%3").arg(int(platform)).arg(key).arg(i)];
        while (!log.empty() && log.front() <= nowMs - rule.windowMs)
            log.pop_front();
        if (int(log.size()) >= rule.limit) {
            const qint64 wait = log.front() + rule.windowMs - nowMs;
            refusedRetryMs = std::max(refusedRetryMs, int(wait));
        }
        windows.append({&log, rule});
    }
    const Window &first = windows.first();
    state->limit = first.rule.limit;
    const qint64 resetMs =
        first.log->empty() ? nowMs + first.rule.windowMs : first.log->front() + first.rule.windowMs;
    state->resetEpochS = (resetMs + 999) / 1000;
    if (refusedRetryMs > 0) {
        state->remaining = std::max(0, first.rule.limit - int(first.log->size()));
        state->retryAfterS = std::max(1, (refusedRetryMs + 999) / 1000);
        return false;
    }
    for (const Window &w : windows)
        w.log->push_back(nowMs);
    state->remaining = std::max(0, first.rule.limit - int(first.log->size()));
    return true;
}

} // namespace CampaignDesk::Sandbox
