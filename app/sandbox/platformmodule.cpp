#include "platformmodule.h"

namespace CampaignDesk::Sandbox {

bool matchRoute(const QString &path, const QString &pattern, QStringList *captures)
{
    const QStringList got = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QStringList want = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (got.size() != want.size())
        return false;
    QStringList captured;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want.at(i).startsWith(QLatin1Char(':')))
            captured.append(got.at(i));
        else if (want.at(i) != got.at(i))
            return false;
    }
    if (captures)
        *captures = captured;
    return true;
}

QString generatedCampaignName(Rng &rng, int index)
{
    static const char *const audiences[] = {
        "Enterprise",     "SMB",         "Mid-Market", "Healthcare",
        "Fintech",        "Retail",      "Logistics",  "SaaS Founders",
        "Dental Clinics", "Real Estate", "Insurance",  "Agency Clients",
        "Churned Users",  "Trial Users", "Partners",   "Event Leads"};
    static const char *const purposes[] = {
        "Outreach",     "Follow-up",        "Renewal Reminder",
        "Win-back",     "Webinar Invite",   "Appointment Reminder",
        "Demo Booking", "Upsell",           "Survey",
        "Onboarding",   "Payment Reminder", "Re-engagement"};
    static const char *const periods[] = {"Q1",      "Q2",     "Q3",   "Q4",
                                          "January", "March",  "June", "September",
                                          "Spring",  "Autumn", "2025", "Wave 2"};
    const auto pick = [&rng](const auto &list) {
        return QString::fromLatin1(list[rng.bounded(int(std::size(list)))]);
    };
    const QString audience = pick(audiences);
    const QString purpose = pick(purposes);
    const QString period = pick(periods);
    return QStringLiteral("%1 %2 %3 #%4").arg(period, audience, purpose).arg(index + 1);
}

QString bearerToken(const Request &request)
{
    const QByteArray value = request.header("authorization").trimmed();
    if (!value.startsWith("Bearer "))
        return {};
    return QString::fromUtf8(value.mid(7).trimmed());
}

bool acceptsSecret(const Account &account, const QString &given)
{
    return !given.isEmpty() && (given == account.secret || account.docAliases.contains(given));
}

} // namespace CampaignDesk::Sandbox
