#include "seeding.h"

namespace CampaignDesk::Sandbox {

QList<Campaign> seedCampaigns(const SeedSpec &spec, Platform platform, const SeedPlan &plan)
{
    const int total = spec.scale > 0 ? spec.scale : plan.defaultCount;
    QList<Campaign> rows;
    rows.reserve(total);
    for (const Campaign &example : plan.examples) {
        if (rows.size() >= total)
            break;
        rows.append(example);
    }
    const quint64 platformSeed = mixSeed(spec.seed, quint64(platform) + 1);
    for (int i = 0; rows.size() < total; ++i) {
        Rng rng(mixSeed(platformSeed, quint64(i)));
        Campaign c;
        c.id = plan.idFor(i);
        c.rng = rng.next();
        c.name = generatedCampaignName(rng, i);
        c.status = plan.statuses.at(i % plan.statuses.size());
        c.type = plan.types.at(rng.bounded(int(plan.types.size())));
        // About 42 minutes apart, so even 100,000 campaigns stay within a realistic span.
        c.createdMs = SeedEpochMs + qint64(i % 20000) * 2'500'000LL + rng.range(0, 3'600'000);
        c.updatedMs = c.createdMs + qint64(rng.range(60, 30 * 24 * 3600)) * 1000;
        c.contacts = rng.range(0, plan.maxContacts);
        const bool started =
            c.status.compare(QStringLiteral("draft"), Qt::CaseInsensitive) != 0 &&
            c.status.compare(QStringLiteral("drafted"), Qt::CaseInsensitive) != 0 &&
            c.status.compare(QStringLiteral("ready"), Qt::CaseInsensitive) != 0;
        if (started && c.contacts > 0) {
            c.completed = rng.range(0, c.contacts);
            c.failed = rng.range(0, c.contacts - c.completed);
        }
        if (plan.inFlightStatuses.contains(c.status) && c.contacts > c.completed + c.failed)
            c.inFlight = std::min(rng.range(1, 4), c.contacts - c.completed - c.failed);
        rows.append(c);
    }
    return rows;
}

} // namespace CampaignDesk::Sandbox
