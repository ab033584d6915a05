#pragma once

#include <QList>
#include <QString>

namespace CampaignDesk {

// The five outreach platforms Campaign Desk talks to. The order is the order in which they
// appear in the accounts pane.
enum class Platform
{
    Talkover,
    Burki,
    Kakiyo,
    KoreAi,
    Smartlead
};

inline constexpr int PlatformCount = 5;

// All platforms, in display order.
QList<Platform> allPlatforms();

// The stable lower-case key used in files, URLs and JSON ("talkover", "koreai", ...).
QString platformKey(Platform platform);

// The platform's product name as the user knows it ("Kore.ai").
QString platformDisplayName(Platform platform);

// Parses a key written by platformKey(); returns false for anything else.
bool platformFromKey(const QString &key, Platform *platform);

} // namespace CampaignDesk
