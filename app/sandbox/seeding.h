#pragma once

#include "platformmodule.h"

#include <functional>

namespace CampaignDesk::Sandbox {

// How one platform's generated campaigns look; the documented example campaigns come first so
// that the platforms' own curl examples work against the sandbox unchanged.
struct SeedPlan
{
    QList<Campaign> examples;
    QStringList statuses; // cycled, so every status is present in any seed of 2x the count
    QStringList types;
    QStringList inFlightStatuses; // statuses whose campaigns have calls in progress
    std::function<QString(int generatedIndex)> idFor;
    int defaultCount = 40;
    int maxContacts = 240;
};

QList<Campaign> seedCampaigns(const SeedSpec &spec, Platform platform, const SeedPlan &plan);

// A fixed point in time so that seeded dates never depend on the clock.
inline constexpr qint64 SeedEpochMs = 1735718400000; // 2025-01-01T08:00:00Z

} // namespace CampaignDesk::Sandbox
