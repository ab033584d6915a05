// bench-memory: peak RSS of the app with 100,000 campaigns in its table (20,000 per platform),
// against the size of the JSON list pages they came from. The pages are each platform's
// documented list answer (tests/data/providers) with the campaign array grown to 1,000 varied
// campaigns; they are parsed by the real providers and added to the real main window's model
// page by page, as a listing does, so the JSON is never all in memory at once. Not a test: run
// it in a Release build. Last line: rss_mb=<peak> json_mb=<size> rss_per_campaign_bytes=<n>
// (the growth of resident memory over the empty, painted window, per campaign).

#include "benchsupport.h"

#include "mainwindow.h"
#include "model/campaigntablemodel.h"
#include "providers/provider.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <malloc.h>

using namespace CampaignDesk;

namespace {

constexpr int CampaignsPerPlatform = 20'000;
constexpr int PageSize = 1'000;

struct Template
{
    QJsonDocument document;
    QStringList path; // where the campaign array is ({} = the document is the array)
    QJsonObject campaign;
};

QJsonValue arrayAt(const QJsonValue &v, const QStringList &path, qsizetype i)
{
    return i == path.size() ? v : arrayAt(v.toObject().value(path.at(i)), path, i + 1);
}

QJsonValue replaced(const QJsonValue &v, const QStringList &path, qsizetype i,
                    const QJsonArray &array)
{
    if (i == path.size())
        return array;
    QJsonObject o = v.toObject();
    o.insert(path.at(i), replaced(o.value(path.at(i)), path, i + 1, array));
    return o;
}

Template loadTemplate(Platform platform)
{
    const QString name = platform == Platform::Burki ? QStringLiteral("list_items_documented.json")
                                                     : QStringLiteral("list_documented.json");
    QFile f(QStringLiteral(TEST_DATA_DIR "/providers/%1/%2").arg(platformKey(platform), name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("bench-memory: cannot read %s", qPrintable(f.fileName()));
    Template t;
    t.document = QJsonDocument::fromJson(f.readAll());
    switch (platform) {
    case Platform::Talkover:
        t.path = {QStringLiteral("data")};
        break;
    case Platform::Burki:
        t.path = {QStringLiteral("items")};
        break;
    case Platform::Kakiyo:
        t.path = {QStringLiteral("campaigns")};
        break;
    case Platform::KoreAi:
        t.path = {QStringLiteral("data"), QStringLiteral("results")};
        break;
    case Platform::Smartlead:
        break; // a bare array
    }
    const QJsonValue root =
        t.document.isArray() ? QJsonValue(t.document.array()) : QJsonValue(t.document.object());
    t.campaign = arrayAt(root, t.path, 0).toArray().at(0).toObject();
    return t;
}

QByteArray page(const Template &t, int first)
{
    static const QStringList statuses{QStringLiteral("active"), QStringLiteral("paused"),
                                      QStringLiteral("draft"), QStringLiteral("completed")};
    QJsonArray campaigns;
    for (int n = first; n < first + PageSize; ++n) {
        QJsonObject c = t.campaign;
        for (const QString &key : {QStringLiteral("id"), QStringLiteral("_id")}) {
            const QJsonValue id = c.value(key);
            if (id.isDouble())
                c.insert(key, n + 1);
            else if (id.isString())
                c.insert(key, QStringLiteral("%1-%2").arg(id.toString()).arg(n));
        }
        c.insert(QStringLiteral("name"),
                 QStringLiteral("Q%1 Outreach wave %2").arg(n % 4 + 1).arg(n));
        if (c.value(QStringLiteral("status")).isString() && n % 3)
            c.insert(QStringLiteral("status"), statuses.at(n % statuses.size()));
        campaigns.append(c);
    }
    if (t.path.isEmpty())
        return QJsonDocument(campaigns).toJson(QJsonDocument::Compact);
    return QJsonDocument(replaced(t.document.object(), t.path, 0, campaigns).toObject())
        .toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home; // no saved accounts, settings or audit log of the user's
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("campaign-desk-bench"));

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.grab();
    QCoreApplication::processEvents();
    malloc_trim(0);
    const qint64 emptyKb = Bench::procStatusKb("VmRSS");

    qint64 jsonBytes = 0;
    int total = 0;
    for (Platform platform : allPlatforms()) {
        const Template t = loadTemplate(platform);
        const Provider &provider = providerFor(platform);
        Account account;
        account.id = QStringLiteral("bench-") + platformKey(platform);
        account.platform = platform;
        account.label = platformDisplayName(platform);
        window.campaignModel()->setAccountLabel(account.id, account.label);
        for (int first = 0; first < CampaignsPerPlatform; first += PageSize) {
            const QByteArray body = page(t, first);
            jsonBytes += body.size();
            const ListPage parsed =
                provider.parseListPage(account, PageCursor::first(), QJsonDocument::fromJson(body));
            if (!parsed.error.isEmpty() || parsed.campaigns.size() != PageSize)
                qFatal("bench-memory: %s page not parsed: %s", qPrintable(platformKey(platform)),
                       qPrintable(parsed.error));
            window.campaignModel()->addCampaigns(parsed.campaigns);
            total += int(parsed.campaigns.size());
        }
    }
    window.grab(); // the full table painted once
    QCoreApplication::processEvents();
    malloc_trim(0);
    const qint64 loadedKb = Bench::procStatusKb("VmRSS");
    const qint64 peakKb = Bench::procStatusKb("VmHWM");
    if (window.campaignModel()->totalCount() != total)
        qFatal("bench-memory: the table holds %d of %d campaigns",
               window.campaignModel()->totalCount(), total);

    const qint64 perCampaign = (loadedKb - emptyKb) * 1024 / total;
    std::printf("campaigns=%d empty_rss_mb=%.1f loaded_rss_mb=%.1f\n", total, emptyKb / 1024.0,
                loadedKb / 1024.0);
    std::printf("rss_mb=%.1f json_mb=%.1f rss_per_campaign_bytes=%lld\n", peakKb / 1024.0,
                double(jsonBytes) / (1024.0 * 1024.0), static_cast<long long>(perCampaign));
    return 0;
}
