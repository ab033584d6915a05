#pragma once

#include "campaigntable.h"
#include "sandboxtypes.h"

#include <memory>
#include <optional>

namespace CampaignDesk::Sandbox {

// What the seeding of one platform needs to know.
struct SeedSpec
{
    quint64 seed = 1;
    int scale = 0; // campaigns per platform; 0 = the default realistic mix
};

// A rate-limit state at the moment a request was refused or let through.
struct RateState
{
    int limit = 0;          // the first (per-minute) rule's limit
    int remaining = 0;      // what is left in that rule's window
    qint64 resetEpochS = 0; // when that window has room again (unix seconds)
    int retryAfterS = 0;    // for a refusal: seconds until the refusing rule has room
};

// One platform of the emulator: its routes, wire shapes, auth style, rules and error bodies.
// The server core does prefix routing, rate limiting, fault injection and logging; a module
// only answers requests that reached it.
class PlatformModule
{
public:
    virtual ~PlatformModule() = default;

    virtual Platform platform() const = 0;
    // The path prefix the platform lives under, e.g. "/talkover/api/v1".
    virtual QString prefix() const = 0;
    // The account's base URL below http://host:port (Kore.ai: the host root, its paths follow).
    virtual QString basePath() const { return prefix(); }

    virtual QList<Campaign> seed(const SeedSpec &spec) const = 0;

    // Returns the platform's refusal when the request's credentials do not match `account`.
    virtual std::optional<Response> authenticate(const Request &request,
                                                 const Account &account) const = 0;

    // The credential used for rate limiting (a key, never logged).
    virtual QString credentialOf(const Request &request) const = 0;
    // Kakiyo limits per endpoint; the others per credential (empty bucket).
    virtual QString rateBucket(const Request &) const { return {}; }
    virtual QList<RateRule> defaultRateRules() const = 0;
    virtual Response rateLimited(const RateState &state) const = 0;
    // Adds X-RateLimit-* headers where the platform documents them.
    virtual void addRateHeaders(Response &, const RateState &) const {}

    virtual Response handle(const Request &request, CampaignTable &table,
                            const Account &account) const = 0;

    // A 200 whose body says failure, in the platform's own shape (fault injection).
    virtual Response successFalse() const = 0;
    // An unknown route below the prefix.
    virtual Response notFound() const = 0;
};

std::unique_ptr<PlatformModule> makeTalkoverModule();
std::unique_ptr<PlatformModule> makeBurkiModule();
std::unique_ptr<PlatformModule> makeKakiyoModule();
std::unique_ptr<PlatformModule> makeKoreAiModule();
std::unique_ptr<PlatformModule> makeSmartleadModule();

// Matches `path` against a pattern like "/campaigns/:id/status"; ":name" segments capture.
bool matchRoute(const QString &path, const QString &pattern, QStringList *captures = nullptr);

// Names for generated campaigns: deterministic, varied, and realistic enough to read.
QString generatedCampaignName(Rng &rng, int index);

// Bearer token from the Authorization header, or an empty string.
QString bearerToken(const Request &request);

// Whether `given` is the account's secret or one of the doc placeholders it accepts.
bool acceptsSecret(const Account &account, const QString &given);

} // namespace CampaignDesk::Sandbox
