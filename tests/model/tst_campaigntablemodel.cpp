// The campaign table model: paged ingest, in-place updates and merge refreshes that keep the
// selection, search and filters applied in the model, sorting on every column, and the cells
// the table shows. Every test runs under QAbstractItemModelTester in Fatal mode.

#include "model/campaigntablemodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

#include <functional>
#include <memory>

using namespace CampaignDesk;

namespace {

using Model = CampaignTableModel;

const QString AccountA = QStringLiteral("acct-a");
const QString AccountB = QStringLiteral("acct-b");
const QString AccountC = QStringLiteral("acct-c");

Campaign makeCampaign(const QString &accountId, Platform platform, const QString &id,
                      const QString &name, CampaignStatus status = CampaignStatus::Running,
                      const QString &rawStatus = QString())
{
    Campaign c;
    c.accountId = accountId;
    c.platform = platform;
    c.id = id;
    c.name = name;
    c.status = status;
    c.rawStatus = rawStatus.isEmpty() ? campaignStatusKey(status) : rawStatus;
    c.type = QStringLiteral("sales");
    c.created = QDateTime(QDate(2024, 1, 15), QTime(10, 30), Qt::UTC);
    c.updated = c.created.addSecs(3600);
    c.keyCount = 100;
    c.rawJson = QByteArrayLiteral("{\"id\":\"") + id.toUtf8() + QByteArrayLiteral("\"}");
    return c;
}

// A page of `count` campaigns of one account, ids "<prefix><n>", with varied fields.
QList<Campaign> makePage(const QString &accountId, Platform platform, const QString &prefix,
                         int first, int count)
{
    static const CampaignStatus statuses[] = {CampaignStatus::Running,   CampaignStatus::Paused,
                                              CampaignStatus::Draft,     CampaignStatus::Completed,
                                              CampaignStatus::Scheduled, CampaignStatus::Failed};
    static const char *const words[] = {"Outreach", "Spring", "Quick", "Renewal", "Webinar"};
    QList<Campaign> page;
    for (int n = first; n < first + count; ++n) {
        const CampaignStatus status = statuses[n % 6];
        Campaign c = makeCampaign(accountId, platform, prefix + QString::number(n),
                                  QStringLiteral("Q%1 %2 %3")
                                      .arg(n % 4 + 1)
                                      .arg(QLatin1String(words[(n * 7) % 5]))
                                      .arg(n),
                                  status);
        c.type = (n % 3 == 0) ? QStringLiteral("Progressive") : QStringLiteral("sales");
        c.created =
            QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n % 17) * 86400);
        c.updated = c.created.addSecs(qint64(n % 5) * 3600);
        c.keyCount = (n % 10 == 0) ? -1 : (n * 37) % 1000;
        page.append(c);
    }
    return page;
}

QStringList visibleKeys(const Model &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(model.keyAt(row));
    return keys;
}

QSet<QString> keysOf(const QList<Campaign> &campaigns,
                     const std::function<bool(const Campaign &)> &keep = {})
{
    QSet<QString> keys;
    for (const Campaign &c : campaigns) {
        if (!keep || keep(c))
            keys.insert(c.key());
    }
    return keys;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

class CampaignTableModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void pagesArrive_oneInsertionPerPage_noReset();
    void knownKey_isUpdatedInPlace_withDataChanged();
    void unchangedPage_emitsNothing();
    void duplicateKeyInOnePage_keepsTheLastVersion();
    void mergeRefresh_removesVanished_insertsNew_updatesChanged_keepsSelection();
    void mergeRefresh_manyScatteredRemovals_keepSelection();
    void finishAccount_leavesOtherAccountsAlone();

    void search_matchesNameIdOrAccountLabel_data();
    void search_matchesNameIdOrAccountLabel();
    void search_narrowingAndWidening_matchesBruteForce();
    void search_isALayoutChange_andKeepsTheSelectedCampaign();
    void search_filteredOutSelection_isDropped();
    void filters_statusAccountPlatformAndSearch_combine();
    void update_thatNoLongerMatches_hidesTheRow_andOneThatMatches_showsIt();
    void accountLabelChange_reappliesSearch();

    void sort_everyColumnBothOrders_data();
    void sort_everyColumnBothOrders();
    void sort_isStable();
    void sort_keptWhenPagesArrive_afterCoalescedResort();
    void sort_keepsSelectionAndCurrentIndex();

    void status_showsPlatformWord_withColour_data();
    void status_showsPlatformWord_withColour();
    void unknownStatus_showsUnknownWithPlatformWord();
    void cells_showLabelCountAndLocalDates();
    void roles_carryKeyIdsAndRawJson();

    void removeAccount_removesOnlyThatAccount();
    void removeCampaign_removesOneRow();
    void indexOfAndCampaignAt_roundTrip();
    void counts_totalVisibleActive();
    void clear_emptiesTheModel();
    void tableView_followsSearchAndSort();

private:
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void CampaignTableModelTest::init()
{
    m_model = std::make_unique<Model>();
    m_model->setResortDelay(0);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void CampaignTableModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

// --- ingest and merge ------------------------------------------------------------------------

void CampaignTableModelTest::pagesArrive_oneInsertionPerPage_noReset()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy counts(m_model.get(), &Model::countsChanged);

    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 40));
    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 40, 40));
    m_model->addCampaigns(makePage(AccountB, Platform::Burki, QString(), 1000, 25));

    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 39);
    QCOMPARE(inserted.at(1).at(1).toInt(), 40);
    QCOMPARE(inserted.at(1).at(2).toInt(), 79);
    QCOMPARE(inserted.at(2).at(1).toInt(), 80);
    QCOMPARE(inserted.at(2).at(2).toInt(), 104);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 105);
    QCOMPARE(m_model->totalCount(), 105);
    QVERIFY(counts.count() >= 3);
    // Arrival order while unsorted.
    QCOMPARE(m_model->keyAt(0), Campaign::makeKey(AccountA, QStringLiteral("t0")));
    QCOMPARE(m_model->keyAt(104), Campaign::makeKey(AccountB, QStringLiteral("1024")));
}

void CampaignTableModelTest::knownKey_isUpdatedInPlace_withDataChanged()
{
    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 10));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    Campaign c = makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 4, 1).first();
    c.name = QStringLiteral("Renamed campaign");
    c.status = CampaignStatus::Paused;
    c.rawStatus = QStringLiteral("paused");
    m_model->addCampaigns({c});

    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 4);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 4);
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->data(m_model->index(4, Model::Name)).toString(),
             QStringLiteral("Renamed campaign"));
    QCOMPARE(m_model->data(m_model->index(4, Model::Status)).toString(), QStringLiteral("paused"));
    QCOMPARE(m_model->campaign(c.key())->name, QStringLiteral("Renamed campaign"));
}

void CampaignTableModelTest::unchangedPage_emitsNothing()
{
    const QList<Campaign> page = makePage(AccountA, Platform::Kakiyo, QStringLiteral("k"), 0, 30);
    m_model->addCampaigns(page);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->addCampaigns(page);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->rowCount(), 30);
}

void CampaignTableModelTest::duplicateKeyInOnePage_keepsTheLastVersion()
{
    Campaign first =
        makeCampaign(AccountA, Platform::Smartlead, QStringLiteral("7"), QStringLiteral("First"));
    Campaign second = first;
    second.name = QStringLiteral("Second");
    m_model->addCampaigns({first, second});
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->campaignAt(0)->name, QStringLiteral("Second"));
}

void CampaignTableModelTest::mergeRefresh_removesVanished_insertsNew_updatesChanged_keepsSelection()
{
    const QList<Campaign> initial = makePage(AccountA, Platform::Burki, QString(), 100, 20);
    m_model->addCampaigns(initial);
    m_model->addCampaigns(makePage(AccountB, Platform::Talkover, QStringLiteral("b"), 0, 5));

    QItemSelectionModel selection(m_model.get());
    const QString selectedKey = initial.at(10).key();
    const QModelIndex selected = m_model->indexOf(selectedKey);
    QCOMPARE(selected.row(), 10);
    selection.setCurrentIndex(selected,
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // The refresh: 3 vanished (before and after the selected row), one renamed, 2 new.
    QList<Campaign> refreshed = initial;
    refreshed.removeAt(15);
    refreshed.removeAt(3);
    refreshed.removeAt(2);
    refreshed[5].name = QStringLiteral("Changed on the platform");
    const QString changedKey = refreshed.at(5).key();
    refreshed.append(makePage(AccountA, Platform::Burki, QString(), 500, 2));

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->mergeAccount(AccountA, refreshed);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 2); // rows 2-3 and row 15: two contiguous runs
    QCOMPARE(m_model->rowCount(), 20 - 3 + 2 + 5);
    QVERIFY(!m_model->contains(initial.at(2).key()));
    QVERIFY(!m_model->contains(initial.at(3).key()));
    QVERIFY(!m_model->contains(initial.at(15).key()));
    QVERIFY(m_model->contains(Campaign::makeKey(AccountA, QStringLiteral("500"))));
    QVERIFY(m_model->contains(Campaign::makeKey(AccountA, QStringLiteral("501"))));
    QCOMPARE(m_model->campaign(changedKey)->name, QStringLiteral("Changed on the platform"));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    // The other account is untouched.
    QCOMPARE(m_model->campaign(Campaign::makeKey(AccountB, QStringLiteral("b3")))->name,
             makePage(AccountB, Platform::Talkover, QStringLiteral("b"), 3, 1).first().name);

    // The same campaign is still selected and current, at its new row.
    const QModelIndex now = m_model->indexOf(selectedKey);
    QCOMPARE(now.row(), 8);
    QCOMPARE(selection.currentIndex().row(), now.row());
    QCOMPARE(selection.currentIndex().data(Model::CampaignKeyRole).toString(), selectedKey);
    QVERIFY(selection.isRowSelected(now.row(), {}));
    QCOMPARE(selection.selectedRows().size(), 1);
}

void CampaignTableModelTest::mergeRefresh_manyScatteredRemovals_keepSelection()
{
    const QList<Campaign> initial =
        makePage(AccountA, Platform::KoreAi, QStringLiteral("cd-"), 0, 400);
    m_model->addCampaigns(initial);
    QItemSelectionModel selection(m_model.get());
    const QString selectedKey = initial.at(201).key();
    selection.setCurrentIndex(m_model->indexOf(selectedKey),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Every other campaign vanished: 200 separate runs.
    QList<Campaign> refreshed;
    for (int i = 1; i < initial.size(); i += 2)
        refreshed.append(initial.at(i));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->mergeAccount(AccountA, refreshed);

    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 200);
    QCOMPARE(toSet(visibleKeys(*m_model)), keysOf(refreshed));
    QCOMPARE(selection.currentIndex().data(Model::CampaignKeyRole).toString(), selectedKey);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(Model::CampaignKeyRole).toString(), selectedKey);
}

void CampaignTableModelTest::finishAccount_leavesOtherAccountsAlone()
{
    const QList<Campaign> a = makePage(AccountA, Platform::Talkover, QStringLiteral("x"), 0, 10);
    const QList<Campaign> b = makePage(AccountB, Platform::Talkover, QStringLiteral("x"), 0, 10);
    m_model->addCampaigns(a);
    m_model->addCampaigns(b);
    m_model->finishAccount(AccountA, keysOf(a.mid(0, 4)));
    QCOMPARE(m_model->rowCount(), 14);
    QCOMPARE(toSet(visibleKeys(*m_model)), keysOf(a.mid(0, 4)) + keysOf(b));
}

// --- search and filters ----------------------------------------------------------------------

void CampaignTableModelTest::search_matchesNameIdOrAccountLabel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expectedIds");

    QTest::newRow("name, other case")
        << QStringLiteral("OUTREACH")
        << QStringList{QStringLiteral("1"), QStringLiteral("campaign_7")};
    QTest::newRow("name, middle") << QStringLiteral("ng sal") << QStringList{QStringLiteral("2")};
    QTest::newRow("platform id") << QStringLiteral("CAMPAIGN_7")
                                 << QStringList{QStringLiteral("campaign_7")};
    QTest::newRow("numeric id") << QStringLiteral("42") << QStringList{QStringLiteral("42")};
    QTest::newRow("account label")
        << QStringLiteral("agency") << QStringList{QStringLiteral("42"), QStringLiteral("cd-9")};
    QTest::newRow("non-ASCII name") << QStringLiteral("ÉTÉ") << QStringList{QStringLiteral("cd-9")};
    QTest::newRow("surrounding spaces ignored")
        << QStringLiteral("  spring ") << QStringList{QStringLiteral("2")};
    QTest::newRow("not across name and id") << QStringLiteral("outreach1") << QStringList{};
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
    QTest::newRow("empty shows all")
        << QString()
        << QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("campaign_7"),
                       QStringLiteral("42"), QStringLiteral("cd-9")};
}

void CampaignTableModelTest::search_matchesNameIdOrAccountLabel()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expectedIds);

    m_model->setAccountLabel(AccountA, QStringLiteral("Main"));
    m_model->setAccountLabel(AccountB, QStringLiteral("Agency account"));
    m_model->addCampaigns({
        makeCampaign(AccountA, Platform::Talkover, QStringLiteral("1"), QStringLiteral("Outreach")),
        makeCampaign(AccountA, Platform::Talkover, QStringLiteral("2"),
                     QStringLiteral("Spring sales")),
        makeCampaign(AccountA, Platform::Kakiyo, QStringLiteral("campaign_7"),
                     QStringLiteral("LinkedIn outreach")),
        makeCampaign(AccountB, Platform::Burki, QStringLiteral("42"), QStringLiteral("Renewals")),
        makeCampaign(AccountB, Platform::KoreAi, QStringLiteral("cd-9"),
                     QStringLiteral("Campagne d'été")),
    });

    m_model->setSearchText(text);
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->data(m_model->index(row, 0), Model::CampaignIdRole).toString());
    ids.sort();
    expectedIds.sort();
    QCOMPARE(ids, expectedIds);
    QCOMPARE(m_model->visibleCount(), expectedIds.size());
    QCOMPARE(m_model->totalCount(), 5);
}

void CampaignTableModelTest::search_narrowingAndWidening_matchesBruteForce()
{
    QList<Campaign> all;
    all += makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 300);
    all += makePage(AccountB, Platform::Smartlead, QString(), 4000, 300);
    for (int i = 0; i < all.size(); i += 100)
        m_model->addCampaigns(all.mid(i, 100));

    const QStringList steps = {QStringLiteral("q"),    QStringLiteral("q4"), QStringLiteral("q4 "),
                               QStringLiteral("q4 s"), QStringLiteral("q4"), QStringLiteral("4"),
                               QStringLiteral("41"),   QStringLiteral("4"),  QString()};
    for (const QString &text : steps) {
        m_model->setSearchText(text);
        const QString needle = text.trimmed();
        const QSet<QString> expected = keysOf(all, [&needle](const Campaign &c) {
            return c.name.contains(needle, Qt::CaseInsensitive) ||
                   c.id.contains(needle, Qt::CaseInsensitive) ||
                   c.accountId.contains(needle, Qt::CaseInsensitive);
        });
        QCOMPARE(toSet(visibleKeys(*m_model)), expected);
        QCOMPARE(m_model->rowCount(), expected.size());
        // Filtering keeps arrival order.
        QStringList keys = visibleKeys(*m_model);
        QStringList inOrder;
        for (const Campaign &c : std::as_const(all)) {
            if (expected.contains(c.key()))
                inOrder.append(c.key());
        }
        QCOMPARE(keys, inOrder);
    }
    QCOMPARE(m_model->rowCount(), 600);
}

void CampaignTableModelTest::search_isALayoutChange_andKeepsTheSelectedCampaign()
{
    const QList<Campaign> page = makePage(AccountA, Platform::Burki, QString(), 0, 60);
    m_model->addCampaigns(page);
    QItemSelectionModel selection(m_model.get());
    // "Q4 … 43": n % 4 + 1 == 4 for n = 43.
    const QString key = Campaign::makeKey(AccountA, QStringLiteral("43"));
    selection.setCurrentIndex(m_model->indexOf(key),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setSearchText(QStringLiteral("q4"));

    QCOMPARE(layout.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->rowCount(), 15);
    QCOMPARE(selection.currentIndex(), m_model->indexOf(key));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(Model::CampaignKeyRole).toString(), key);

    m_model->setSearchText(QString());
    QCOMPARE(m_model->rowCount(), 60);
    QCOMPARE(selection.currentIndex().data(Model::CampaignKeyRole).toString(), key);
    QCOMPARE(selection.currentIndex().row(), 43);
}

void CampaignTableModelTest::search_filteredOutSelection_isDropped()
{
    m_model->addCampaigns(makePage(AccountA, Platform::Burki, QString(), 0, 20));
    QItemSelectionModel selection(m_model.get());
    const QString key = Campaign::makeKey(AccountA, QStringLiteral("2")); // "Q3 …"
    QPersistentModelIndex persistent(m_model->indexOf(key));
    selection.select(m_model->indexOf(key),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    m_model->setSearchText(QStringLiteral("q4"));
    QVERIFY(!persistent.isValid());
    QVERIFY(!selection.hasSelection());
    QCOMPARE(m_model->rowOf(key), -1);
    QVERIFY(!m_model->indexOf(key).isValid());
    QVERIFY(m_model->contains(key));
}

void CampaignTableModelTest::filters_statusAccountPlatformAndSearch_combine()
{
    QList<Campaign> all;
    all += makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 120);
    all += makePage(AccountB, Platform::Burki, QString(), 1000, 120);
    all += makePage(AccountC, Platform::Burki, QStringLiteral("c"), 0, 120);
    m_model->addCampaigns(all);

    struct Step
    {
        std::optional<CampaignStatus> status;
        QSet<QString> accounts;
        std::optional<Platform> platform;
        QString search;
    };
    const QList<Step> steps = {
        {CampaignStatus::Running, {}, std::nullopt, {}},
        {CampaignStatus::Running, {AccountB, AccountC}, std::nullopt, {}},
        {CampaignStatus::Running, {AccountB, AccountC}, Platform::Burki, {}},
        {CampaignStatus::Running, {AccountB, AccountC}, Platform::Burki, QStringLiteral("q2")},
        {CampaignStatus::Running, {AccountC}, Platform::Burki, QStringLiteral("q2")},
        {CampaignStatus::Paused, {AccountC}, Platform::Burki, QStringLiteral("q2")},
        {CampaignStatus::Paused, {}, std::nullopt, QStringLiteral("q2")},
        {std::nullopt, {AccountA}, Platform::Talkover, {}},
        {std::nullopt, {AccountA}, Platform::Burki, {}},
        {std::nullopt, {}, std::nullopt, {}},
    };
    for (const Step &step : steps) {
        m_model->setStatusFilter(step.status);
        m_model->setAccountFilter(step.accounts);
        m_model->setPlatformFilter(step.platform);
        m_model->setSearchText(step.search);
        const QSet<QString> expected = keysOf(all, [&step](const Campaign &c) {
            return (!step.status || c.status == *step.status) &&
                   (step.accounts.isEmpty() || step.accounts.contains(c.accountId)) &&
                   (!step.platform || c.platform == *step.platform) &&
                   (c.name.contains(step.search, Qt::CaseInsensitive) ||
                    c.id.contains(step.search, Qt::CaseInsensitive) ||
                    c.accountId.contains(step.search, Qt::CaseInsensitive));
        });
        QCOMPARE(toSet(visibleKeys(*m_model)), expected);
        QCOMPARE(m_model->visibleCount(), expected.size());
        QCOMPARE(m_model->statusFilter(), step.status);
        QCOMPARE(m_model->accountFilter(), step.accounts);
        QCOMPARE(m_model->platformFilter(), step.platform);
    }
    QCOMPARE(m_model->rowCount(), 360);
}

void CampaignTableModelTest::update_thatNoLongerMatches_hidesTheRow_andOneThatMatches_showsIt()
{
    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 12));
    m_model->setStatusFilter(CampaignStatus::Running); // t0, t6
    QCOMPARE(m_model->rowCount(), 2);

    Campaign paused = *m_model->campaign(Campaign::makeKey(AccountA, QStringLiteral("t0")));
    paused.status = CampaignStatus::Paused;
    paused.rawStatus = QStringLiteral("paused");
    Campaign running = *m_model->campaign(Campaign::makeKey(AccountA, QStringLiteral("t1")));
    running.status = CampaignStatus::Running;
    running.rawStatus = QStringLiteral("active");

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->addCampaigns({paused, running});
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(toSet(visibleKeys(*m_model)),
             (QSet<QString>{Campaign::makeKey(AccountA, QStringLiteral("t1")),
                            Campaign::makeKey(AccountA, QStringLiteral("t6"))}));
    // The re-shown row goes back to its place (arrival order) with the coalesced re-layout.
    QTRY_VERIFY(!m_model->isResortPending());
    QCOMPARE(visibleKeys(*m_model),
             (QStringList{Campaign::makeKey(AccountA, QStringLiteral("t1")),
                          Campaign::makeKey(AccountA, QStringLiteral("t6"))}));
    // Running t1 and t6, scheduled t4 and t10; filtered or not.
    QCOMPARE(m_model->activeCount(), 4);
}

void CampaignTableModelTest::accountLabelChange_reappliesSearch()
{
    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 5));
    m_model->addCampaigns(makePage(AccountB, Platform::Burki, QString(), 0, 5));
    m_model->setSearchText(QStringLiteral("agency"));
    QCOMPARE(m_model->rowCount(), 0);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setAccountLabel(AccountB, QStringLiteral("The Agency"));
    QCOMPARE(m_model->rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(m_model->data(m_model->index(row, 0), Model::AccountIdRole).toString(), AccountB);
    QCOMPARE(m_model->data(m_model->index(0, Model::Account)).toString(),
             QStringLiteral("The Agency"));
    QCOMPARE(m_model->accountLabel(AccountB), QStringLiteral("The Agency"));
}

// --- sorting ---------------------------------------------------------------------------------

namespace {

// What each column is expected to sort by, computed here independently of the model.
QVariant expectedKey(const Campaign &c, int column, const Model &model)
{
    switch (column) {
    case Model::Name:
        return c.name.toCaseFolded();
    case Model::Platform:
        return platformDisplayName(c.platform).toCaseFolded();
    case Model::Account:
        return model.accountLabel(c.accountId).toCaseFolded();
    case Model::Status:
        return int(c.status) * 1000 + 0; // by normalised status first
    case Model::Type:
        return c.type.toCaseFolded();
    case Model::Created:
        return c.created.toMSecsSinceEpoch();
    case Model::Updated:
        return c.updated.toMSecsSinceEpoch();
    case Model::Count:
        return c.keyCount;
    case Model::Id:
        return c.id;
    }
    return {};
}

// -1, 0, 1; ids compare as numbers when both are, numbers first.
int compareKeys(const QVariant &a, const QVariant &b, int column)
{
    if (column == Model::Id) {
        bool aNumber = false;
        bool bNumber = false;
        const qlonglong an = a.toString().toLongLong(&aNumber);
        const qlonglong bn = b.toString().toLongLong(&bNumber);
        if (aNumber != bNumber)
            return aNumber ? -1 : 1;
        if (aNumber)
            return an < bn ? -1 : (an > bn ? 1 : 0);
        return a.toString().compare(b.toString(), Qt::CaseInsensitive) < 0
                   ? -1
                   : (a.toString().compare(b.toString(), Qt::CaseInsensitive) > 0 ? 1 : 0);
    }
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    return 0;
}

} // namespace

void CampaignTableModelTest::sort_everyColumnBothOrders_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const QMetaEnum columns = QMetaEnum::fromType<Model::Column>();
    for (int column = 0; column < Model::ColumnCount; ++column) {
        QTest::addRow("%s ascending", columns.valueToKey(column)) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", columns.valueToKey(column)) << column << Qt::DescendingOrder;
    }
}

void CampaignTableModelTest::sort_everyColumnBothOrders()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    m_model->setAccountLabel(AccountA, QStringLiteral("zeta"));
    m_model->setAccountLabel(AccountB, QStringLiteral("Alpha"));
    m_model->setAccountLabel(AccountC, QStringLiteral("mid"));
    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 40));
    m_model->addCampaigns(makePage(AccountB, Platform::Smartlead, QString(), 95, 40));
    m_model->addCampaigns(makePage(AccountC, Platform::KoreAi, QStringLiteral("cd-"), 0, 40));
    m_model->addCampaigns(makePage(AccountC, Platform::Burki, QString(), 7, 20));
    m_model->setSearchText(QStringLiteral("q")); // sorting works on a filtered view too
    QCOMPARE(m_model->rowCount(), 140);

    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, order);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->sortColumn(), column);
    QCOMPARE(m_model->sortOrder(), order);
    QCOMPARE(m_model->rowCount(), 140);

    for (int row = 1; row < m_model->rowCount(); ++row) {
        const QVariant before = expectedKey(*m_model->campaignAt(row - 1), column, *m_model);
        const QVariant after = expectedKey(*m_model->campaignAt(row), column, *m_model);
        const int c = compareKeys(before, after, column);
        if (order == Qt::AscendingOrder)
            QVERIFY2(c <= 0, qPrintable(QStringLiteral("row %1: %2 after %3")
                                            .arg(row)
                                            .arg(after.toString(), before.toString())));
        else
            QVERIFY2(c >= 0, qPrintable(QStringLiteral("row %1: %2 after %3")
                                            .arg(row)
                                            .arg(after.toString(), before.toString())));
    }

    // Widening the search keeps the sort.
    m_model->setSearchText(QString());
    QCOMPARE(m_model->rowCount(), 140);
    const QVariant first = expectedKey(*m_model->campaignAt(0), column, *m_model);
    const QVariant last = expectedKey(*m_model->campaignAt(139), column, *m_model);
    QVERIFY(order == Qt::AscendingOrder ? compareKeys(first, last, column) <= 0
                                        : compareKeys(first, last, column) >= 0);
}

void CampaignTableModelTest::sort_isStable()
{
    m_model->addCampaigns(makePage(AccountA, Platform::Burki, QString(), 0, 60));
    m_model->addCampaigns(makePage(AccountB, Platform::Talkover, QStringLiteral("t"), 0, 60));
    m_model->sort(Model::Name, Qt::DescendingOrder);
    const QStringList byName = visibleKeys(*m_model);
    m_model->sort(Model::Platform, Qt::AscendingOrder);
    // Within one platform, the previous order (by name, descending) is kept.
    QStringList burki;
    QStringList talkover;
    for (const QString &key : byName)
        (key.startsWith(AccountA) ? burki : talkover).append(key);
    QCOMPARE(visibleKeys(*m_model), burki + talkover);
    m_model->sort(Model::Platform, Qt::DescendingOrder);
    QCOMPARE(visibleKeys(*m_model), talkover + burki);
}

void CampaignTableModelTest::sort_keptWhenPagesArrive_afterCoalescedResort()
{
    m_model->addCampaigns(makePage(AccountA, Platform::Burki, QString(), 0, 50));
    m_model->sort(Model::Id, Qt::AscendingOrder);
    QVERIFY(!m_model->isResortPending());

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    // Ids 25..74 interleave with the 0..49 already there; 25..49 update in place.
    m_model->addCampaigns(makePage(AccountA, Platform::Burki, QString(), 25, 50));
    m_model->addCampaigns(makePage(AccountA, Platform::Burki, QString(), 200, 10));
    QCOMPARE(inserted.count(), 2);
    // Appended at the end, in one insertion per page, until the re-sort.
    QCOMPARE(inserted.at(0).at(1).toInt(), 50);
    QCOMPARE(inserted.at(0).at(2).toInt(), 74);
    QVERIFY(m_model->isResortPending());
    QCOMPARE(layout.count(), 0);

    // One coalesced re-sort for both pages.
    QTRY_VERIFY(!m_model->isResortPending());
    QCOMPARE(layout.count(), 1);
    QCOMPARE(m_model->rowCount(), 85);
    for (int row = 0; row < 75; ++row)
        QCOMPARE(m_model->campaignAt(row)->id, QString::number(row));
    QCOMPARE(m_model->campaignAt(84)->id, QStringLiteral("209"));

    // An explicit call does it at once.
    m_model->setResortDelay(60'000);
    m_model->addCampaigns(
        {makeCampaign(AccountA, Platform::Burki, QStringLiteral("100"), QStringLiteral("Late"))});
    QVERIFY(m_model->isResortPending());
    QCOMPARE(m_model->campaignAt(85)->id, QStringLiteral("100"));
    m_model->applyPendingSort();
    QVERIFY(!m_model->isResortPending());
    QCOMPARE(m_model->campaignAt(75)->id, QStringLiteral("100"));
}

void CampaignTableModelTest::sort_keepsSelectionAndCurrentIndex()
{
    const QList<Campaign> page = makePage(AccountA, Platform::Kakiyo, QStringLiteral("k"), 0, 80);
    m_model->addCampaigns(page);
    QItemSelectionModel selection(m_model.get());
    const QString key = page.at(17).key();
    selection.setCurrentIndex(m_model->indexOf(key, Model::Status),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    for (int column = 0; column < Model::ColumnCount; ++column) {
        m_model->sort(column, column % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        QCOMPARE(selection.currentIndex(), m_model->indexOf(key, Model::Status));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().first().data(Model::CampaignKeyRole).toString(), key);
    }
}

// --- cells -----------------------------------------------------------------------------------

void CampaignTableModelTest::status_showsPlatformWord_withColour_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("raw");
    QTest::newRow("Smartlead ACTIVE") << int(CampaignStatus::Running) << QStringLiteral("ACTIVE");
    QTest::newRow("Burki running") << int(CampaignStatus::Running) << QStringLiteral("running");
    QTest::newRow("Kore.ai Ready") << int(CampaignStatus::Draft) << QStringLiteral("Ready");
    QTest::newRow("failed") << int(CampaignStatus::Failed) << QStringLiteral("failed");
    QTest::newRow("ARCHIVED") << int(CampaignStatus::Archived) << QStringLiteral("ARCHIVED");
}

void CampaignTableModelTest::status_showsPlatformWord_withColour()
{
    QFETCH(int, status);
    QFETCH(QString, raw);
    m_model->addCampaigns({makeCampaign(AccountA, Platform::Smartlead, QStringLiteral("1"),
                                        QStringLiteral("A"), CampaignStatus(status), raw),
                           makeCampaign(AccountA, Platform::Smartlead, QStringLiteral("2"),
                                        QStringLiteral("B"), CampaignStatus::Paused)});
    const QModelIndex cell = m_model->index(0, Model::Status);
    QCOMPARE(cell.data().toString(), raw);
    QCOMPARE(cell.data(Model::StatusRole).toInt(), status);
    // A colour by normalised status, beside the text; another status has another colour.
    const QVariant colour = cell.data(Qt::DecorationRole);
    QCOMPARE(colour.metaType(), QMetaType::fromType<QColor>());
    QVERIFY(colour.value<QColor>().isValid());
    QVERIFY(colour.value<QColor>() !=
            m_model->index(1, Model::Status).data(Qt::DecorationRole).value<QColor>());
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(raw));
    // Other columns have no decoration.
    QVERIFY(!m_model->index(0, Model::Name).data(Qt::DecorationRole).isValid());
}

void CampaignTableModelTest::unknownStatus_showsUnknownWithPlatformWord()
{
    m_model->addCampaigns({makeCampaign(AccountA, Platform::Smartlead, QStringLiteral("1"),
                                        QStringLiteral("Blocked one"), CampaignStatus::Unknown,
                                        QStringLiteral("BLOCKED"))});
    const QModelIndex cell = m_model->index(0, Model::Status);
    QCOMPARE(cell.data().toString(), QStringLiteral("unknown (BLOCKED)"));
    QCOMPARE(cell.data(Model::StatusRole).toInt(), int(CampaignStatus::Unknown));
    QVERIFY(cell.data(Qt::DecorationRole).value<QColor>().isValid());
    QCOMPARE(m_model->activeCount(), 0);
}

void CampaignTableModelTest::cells_showLabelCountAndLocalDates()
{
    Campaign c =
        makeCampaign(AccountA, Platform::KoreAi, QStringLiteral("cd-1"), QStringLiteral("Dialler"));
    c.type = QStringLiteral("Progressive");
    c.keyCount = 1234;
    Campaign noCount = makeCampaign(AccountA, Platform::Kakiyo, QStringLiteral("campaign_2"),
                                    QStringLiteral("No count"));
    noCount.keyCount = -1;
    noCount.updated = QDateTime();
    m_model->addCampaigns({c, noCount});

    QCOMPARE(m_model->index(0, Model::Name).data().toString(), QStringLiteral("Dialler"));
    QCOMPARE(m_model->index(0, Model::Platform).data().toString(), QStringLiteral("Kore.ai"));
    QCOMPARE(m_model->index(0, Model::Type).data().toString(), QStringLiteral("Progressive"));
    QCOMPARE(m_model->index(0, Model::Id).data().toString(), QStringLiteral("cd-1"));
    QCOMPARE(m_model->index(0, Model::Count).data().toLongLong(), 1234);
    QVERIFY(m_model->index(1, Model::Count).data().toString().isEmpty());
    QCOMPARE(m_model->index(0, Model::Created).data().toString(),
             QLocale().toString(c.created.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(m_model->index(0, Model::Updated).data().toString(),
             QLocale().toString(c.updated.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(m_model->index(1, Model::Updated).data().toString().isEmpty());

    // Without a label the account id shows; setting one updates the column.
    QCOMPARE(m_model->index(0, Model::Account).data().toString(), AccountA);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setAccountLabel(AccountA, QStringLiteral("Call centre"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(Model::Account));
    QCOMPARE(m_model->index(1, Model::Account).data().toString(), QStringLiteral("Call centre"));

    QCOMPARE(m_model->headerData(Model::Name, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(m_model->headerData(Model::Id, Qt::Horizontal).toString(), QStringLiteral("ID"));
    QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
    QVERIFY(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsSelectable);
    QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable));
}

void CampaignTableModelTest::roles_carryKeyIdsAndRawJson()
{
    const Campaign c = makeCampaign(AccountB, Platform::Burki, QStringLiteral("42"),
                                    QStringLiteral("Renewals"), CampaignStatus::Scheduled);
    m_model->addCampaigns({c});
    const QModelIndex cell = m_model->index(0, Model::Type);
    QCOMPARE(cell.data(Model::CampaignKeyRole).toString(), c.key());
    QCOMPARE(cell.data(Model::CampaignIdRole).toString(), QStringLiteral("42"));
    QCOMPARE(cell.data(Model::AccountIdRole).toString(), AccountB);
    QCOMPARE(cell.data(Model::PlatformRole).toInt(), int(Platform::Burki));
    QCOMPARE(cell.data(Model::StatusRole).toInt(), int(CampaignStatus::Scheduled));
    QCOMPARE(cell.data(Model::RawJsonRole).toByteArray(), QByteArrayLiteral("{\"id\":\"42\"}"));
    QCOMPARE(cell.data(Model::CampaignRole).value<Campaign>().key(), c.key());
    QVERIFY(m_model->roleNames().contains(Model::CampaignKeyRole));
}

// --- removal, lookups, counts ----------------------------------------------------------------

void CampaignTableModelTest::removeAccount_removesOnlyThatAccount()
{
    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 30));
    m_model->addCampaigns(makePage(AccountB, Platform::Burki, QString(), 0, 20));
    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 30, 10));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    QCOMPARE(m_model->removeAccount(AccountA), 40);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 2); // rows 0-29 and 50-59
    QCOMPARE(m_model->rowCount(), 20);
    QCOMPARE(m_model->totalCount(), 20);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->campaignAt(row)->accountId, AccountB);
    QCOMPARE(m_model->removeAccount(QStringLiteral("nobody")), 0);

    // The account can come back.
    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 5));
    QCOMPARE(m_model->rowCount(), 25);
}

void CampaignTableModelTest::removeCampaign_removesOneRow()
{
    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 5));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const QString key = Campaign::makeKey(AccountA, QStringLiteral("t2"));
    QVERIFY(m_model->removeCampaign(key));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 2);
    QVERIFY(!m_model->contains(key));
    QVERIFY(!m_model->campaign(key).has_value());
    QVERIFY(!m_model->removeCampaign(key));
    QCOMPARE(m_model->keyAt(2), Campaign::makeKey(AccountA, QStringLiteral("t3")));

    // Removing a filtered-out campaign emits no row signal.
    m_model->setSearchText(QStringLiteral("t4"));
    removed.clear();
    QVERIFY(m_model->removeCampaign(Campaign::makeKey(AccountA, QStringLiteral("t0"))));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->totalCount(), 3);
}

void CampaignTableModelTest::indexOfAndCampaignAt_roundTrip()
{
    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 50));
    m_model->addCampaigns(makePage(AccountB, Platform::Smartlead, QString(), 0, 50));
    m_model->sort(Model::Name, Qt::DescendingOrder);
    m_model->setSearchText(QStringLiteral("q1"));
    QVERIFY(m_model->rowCount() > 0);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const std::optional<Campaign> c = m_model->campaignAt(row);
        QVERIFY(c.has_value());
        QCOMPARE(m_model->indexOf(c->key()).row(), row);
        QCOMPARE(m_model->rowOf(c->key()), row);
        QCOMPARE(m_model->campaignAt(m_model->index(row, Model::Id))->key(), c->key());
        QCOMPARE(m_model->index(row, 0).data(Model::CampaignKeyRole).toString(), c->key());
    }
    QVERIFY(!m_model->campaignAt(-1).has_value());
    QVERIFY(!m_model->campaignAt(m_model->rowCount()).has_value());
    QVERIFY(!m_model->campaignAt(QModelIndex()).has_value());
    QVERIFY(m_model->keyAt(m_model->rowCount()).isEmpty());
    QVERIFY(!m_model->indexOf(QStringLiteral("no such key")).isValid());
}

void CampaignTableModelTest::counts_totalVisibleActive()
{
    QSignalSpy counts(m_model.get(), &Model::countsChanged);
    // Statuses cycle running, paused, draft, completed, scheduled, failed: 2 of 6 active.
    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 60));
    QCOMPARE(m_model->totalCount(), 60);
    QCOMPARE(m_model->visibleCount(), 60);
    QCOMPARE(m_model->activeCount(), 20);
    QVERIFY(counts.count() >= 1);

    counts.clear();
    m_model->setStatusFilter(CampaignStatus::Paused);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(m_model->totalCount(), 60);
    QCOMPARE(m_model->visibleCount(), 10);
    QCOMPARE(m_model->activeCount(), 20);

    Campaign c = *m_model->campaign(Campaign::makeKey(AccountA, QStringLiteral("t0")));
    c.status = CampaignStatus::Completed;
    m_model->addCampaigns({c});
    QCOMPARE(m_model->activeCount(), 19);
    m_model->removeCampaign(Campaign::makeKey(AccountA, QStringLiteral("t4"))); // scheduled
    QCOMPARE(m_model->activeCount(), 18);
    QCOMPARE(m_model->totalCount(), 59);
}

void CampaignTableModelTest::clear_emptiesTheModel()
{
    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 20));
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
    QCOMPARE(m_model->activeCount(), 0);
    m_model->addCampaigns(makePage(AccountA, Platform::Talkover, QStringLiteral("t"), 0, 3));
    m_model->setSearchText(QStringLiteral("t1"));
    QCOMPARE(m_model->rowCount(), 1);
}

void CampaignTableModelTest::tableView_followsSearchAndSort()
{
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setModel(m_model.get());
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    for (int page = 0; page < 5; ++page)
        m_model->addCampaigns(makePage(AccountA, Platform::Burki, QString(), page * 200, 200));
    const QString key = Campaign::makeKey(AccountA, QStringLiteral("703")); // "Q4 …"
    view.selectRow(m_model->rowOf(key));
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);

    m_model->setSearchText(QStringLiteral("q4"));
    m_model->sort(Model::Name, Qt::DescendingOrder);
    QCOMPARE(view.model()->rowCount(), 250);
    QCOMPARE(view.currentIndex().data(Model::CampaignKeyRole).toString(), key);
    QCOMPARE(view.selectionModel()->selectedRows().first().data(Model::CampaignKeyRole).toString(),
             key);
    view.scrollTo(view.currentIndex());
    QTRY_VERIFY(view.visualRect(view.currentIndex()).isValid());
    QVERIFY(view.viewport()->rect().intersects(view.visualRect(view.currentIndex())));

    m_model->removeAccount(AccountA);
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY(!view.currentIndex().isValid());
}

QTEST_MAIN(CampaignTableModelTest)
#include "tst_campaigntablemodel.moc"
