#include "platform.h"

namespace CampaignDesk {

QList<Platform> allPlatforms()
{
    return {Platform::Talkover, Platform::Burki, Platform::Kakiyo, Platform::KoreAi,
            Platform::Smartlead};
}

QString platformKey(Platform platform)
{
    switch (platform) {
    case Platform::Talkover:
        return QStringLiteral("talkover");
    case Platform::Burki:
        return QStringLiteral("burki");
    case Platform::Kakiyo:
        return QStringLiteral("kakiyo");
    case Platform::KoreAi:
        return QStringLiteral("koreai");
    case Platform::Smartlead:
        return QStringLiteral("smartlead");
    }
    return {};
}

QString platformDisplayName(Platform platform)
{
    switch (platform) {
    case Platform::Talkover:
        return QStringLiteral("Talkover");
    case Platform::Burki:
        return QStringLiteral("Burki");
    case Platform::Kakiyo:
        return QStringLiteral("Kakiyo");
    case Platform::KoreAi:
        return QStringLiteral("Kore.ai");
    case Platform::Smartlead:
        return QStringLiteral("Smartlead");
    }
    return {};
}

bool platformFromKey(const QString &key, Platform *platform)
{
    const QList<Platform> platforms = allPlatforms();
    for (Platform p : platforms) {
        if (platformKey(p) == key) {
            *platform = p;
            return true;
        }
    }
    return false;
}

} // namespace CampaignDesk
