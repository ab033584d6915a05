// One platform parser under libFuzzer. Built once per platform and parser (tests/fuzz/
// CMakeLists.txt): FUZZ_PLATFORM is the platform key, FUZZ_PARSER one of list, campaign,
// status, delete. The input is a response body as the platform would send it.

#include "fuzzcheck.h"

#include "accounts/account.h"
#include "net/transport.h"
#include "providers/provider.h"

#include <QJsonDocument>
#include <QSet>

#include <cstdint>
#include <string_view>

using namespace CampaignDesk;

namespace {

Platform fuzzedPlatform()
{
    Platform platform = Platform::Talkover;
    const bool known = platformFromKey(QStringLiteral(FUZZ_PLATFORM), &platform);
    FUZZ_CHECK(known);
    return platform;
}

Account fuzzAccount(Platform platform)
{
    Account a;
    a.id = QStringLiteral("fuzz-account");
    a.platform = platform;
    a.label = QStringLiteral("Fuzz");
    a.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/") + platformKey(platform));
    a.streamId = QStringLiteral("st-1");
    a.appId = QStringLiteral("cs-1");
    a.accountId = QStringLiteral("acc-1");
    a.clientId = QStringLiteral("client-1");
    return a;
}

// A parsed campaign always has a stable key: a platform id, the key built from account and
// id, and the same key when the same body is parsed again.
void checkCampaign(const Campaign &c, const Account &account)
{
    FUZZ_CHECK(!c.id.isEmpty());
    FUZZ_CHECK(c.accountId == account.id);
    FUZZ_CHECK(c.key() == Campaign::makeKey(account.id, c.id));
}

[[maybe_unused]] void fuzzList(const Provider &provider, const Account &account,
                               const QJsonDocument &doc, bool parsed)
{
    for (const PageCursor &cursor :
         {PageCursor::first(), PageCursor{3, 200, QStringLiteral("c")}}) {
        const ListPage page = provider.parseListPage(account, cursor, doc);
        // A body that is not JSON never yields a usable page.
        if (!parsed)
            FUZZ_CHECK(!page.error.isEmpty() && page.campaigns.isEmpty());
        QSet<QString> keys;
        for (const Campaign &c : page.campaigns) {
            checkCampaign(c, account);
            keys.insert(c.key());
        }
        const ListPage again = provider.parseListPage(account, cursor, doc);
        FUZZ_CHECK(again.campaigns.size() == page.campaigns.size());
        for (qsizetype i = 0; i < page.campaigns.size(); ++i)
            FUZZ_CHECK(again.campaigns.at(i).key() == page.campaigns.at(i).key());
    }
}

[[maybe_unused]] void fuzzCampaign(const Provider &provider, const Account &account,
                                   const QJsonDocument &doc, bool parsed)
{
    const std::optional<Campaign> c = provider.parseCampaign(account, doc);
    if (!parsed)
        FUZZ_CHECK(!c);
    if (c) {
        checkCampaign(*c, account);
        const std::optional<Campaign> again = provider.parseCampaign(account, doc);
        FUZZ_CHECK(again && again->key() == c->key());
    }
    // The delete dialog reads the same answer for the cascade.
    (void)provider.cascade(doc);
    QList<CascadeItem> items;
    provider.addCascadeCounts(doc, &items);
}

[[maybe_unused]] void fuzzStatus(const Provider &provider, const Account &account,
                                 const QJsonDocument &doc, bool parsed)
{
    for (StatusAction action :
         {StatusAction::Pause, StatusAction::Resume, StatusAction::Stop, StatusAction::Archive}) {
        if (!provider.supportsAction(action))
            continue;
        const ApiRequest request = provider.actionRequest(account, QStringLiteral("c-1"), action);
        if (!request.checkShape)
            continue;
        const QString why = request.checkShape(doc);
        // A body that fails to parse never yields "success".
        if (!parsed)
            FUZZ_CHECK(!why.isEmpty());
    }
}

[[maybe_unused]] void fuzzDelete(const Provider &provider, const QJsonDocument &doc, bool parsed)
{
    for (int status : {200, 202, 204}) {
        DeleteAnswer answer;
        const bool ok = provider.parseDeleteAnswer(doc, status, &answer);
        if (!ok)
            continue;
        // Success only for a documented shape: a JSON object that does not say it failed, or
        // the empty 204 some platforms document. The parser sees no bytes, only "no JSON": a
        // 204 whose body is not empty never reaches it (the transport reports a parse error).
        if (!parsed)
            FUZZ_CHECK(status == 204);
        else
            FUZZ_CHECK(doc.isObject() && !bodySaysFailure(doc));
        for (const auto &item : std::as_const(answer.deleted))
            FUZZ_CHECK(item.second >= 0);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Platform platform = fuzzedPlatform();
    static const Account account = fuzzAccount(platform);
    const Provider &provider = providerFor(platform);

    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const bool parsed = error.error == QJsonParseError::NoError;

    constexpr std::string_view parser = FUZZ_PARSER;
    if constexpr (parser == "list")
        fuzzList(provider, account, doc, parsed);
    else if constexpr (parser == "campaign")
        fuzzCampaign(provider, account, doc, parsed);
    else if constexpr (parser == "status")
        fuzzStatus(provider, account, doc, parsed);
    else
        fuzzDelete(provider, doc, parsed);
    return 0;
}
