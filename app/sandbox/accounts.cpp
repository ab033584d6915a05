#include "sandboxserver.h"

namespace CampaignDesk::Sandbox {

// The sandbox's credentials are public by design: they open nothing but this emulator. Each
// account also accepts the placeholder its platform's documentation uses, so the platforms'
// own curl examples run against the sandbox with only the host changed.
QList<Account> sandboxAccounts()
{
    QList<Account> accounts;

    Account talkover;
    talkover.platform = Platform::Talkover;
    talkover.label = QStringLiteral("Talkover Sandbox");
    talkover.secret = QStringLiteral("talq_sandbox_4f1c9a7e2b6d4e0f8a3c5b7d9e1f2a4c");
    talkover.docAliases = {QStringLiteral("talq_your_environment_token_here")};
    accounts.append(talkover);

    Account burki;
    burki.platform = Platform::Burki;
    burki.label = QStringLiteral("Burki Sandbox");
    burki.secret = QStringLiteral("bk_sandbox_8e2a4c6f1b3d5a7c9e0f2b4d6a8c0e1f");
    burki.docAliases = {QStringLiteral("YOUR_API_KEY")};
    accounts.append(burki);

    Account kakiyo;
    kakiyo.platform = Platform::Kakiyo;
    kakiyo.label = QStringLiteral("Kakiyo Sandbox");
    kakiyo.secret = QStringLiteral("kky_sandbox_0a1b2c3d4e5f6a7b8c9d0e1f2a3b"); // 40 characters
    kakiyo.docAliases = {QStringLiteral("YOUR_API_KEY")};
    accounts.append(kakiyo);

    Account koreai;
    koreai.platform = Platform::KoreAi;
    koreai.label = QStringLiteral("Kore.ai Sandbox");
    koreai.secret = QStringLiteral("sandbox-client-secret-7Qm2Xv9Lp4Rt6Wz1Nb3Kd5Hs8Jf0Gc");
    koreai.streamId = QStringLiteral("st-5f0c2b1e-9a4d-5e7b-8c3f-1a2b3c4d5e6f");
    koreai.appId = QStringLiteral("st-0603182c-7ffb-53c3-b307-47ca14bxxxxx");
    koreai.accountId = QStringLiteral("67777ce93e25326494exxxxx");
    koreai.clientId = QStringLiteral("cs-1d2e3f4a-5b6c-5d7e-8f9a-0b1c2d3e4f5a");
    accounts.append(koreai);

    Account smartlead;
    smartlead.platform = Platform::Smartlead;
    smartlead.label = QStringLiteral("Smartlead Sandbox");
    smartlead.secret = QStringLiteral("sl_sandbox_3b5d7f9a1c2e4a6b8d0f1e3c5a7b9d2e");
    smartlead.docAliases = {QStringLiteral("YOUR_API_KEY"), QStringLiteral("YOUR_KEY")};
    accounts.append(smartlead);

    return accounts;
}

} // namespace CampaignDesk::Sandbox
