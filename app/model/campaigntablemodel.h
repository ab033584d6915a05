#pragma once

#include "model/campaign.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QVariant>

#include <deque>
#include <optional>
#include <vector>

namespace CampaignDesk {

// The campaign table: every campaign of every account, up to 100,000 rows and more, with the
// search box and the status/account/platform filters applied inside the model.
//
// Filtering lives here rather than in a QSortFilterProxyModel because the proxy's incremental
// filter takes seconds on 100k rows (one removal per non-contiguous run); here a filter change
// is one layoutChanged with the persistent indexes moved by hand, so the selection and the
// current index survive it. Rows are identified by Campaign::key() (account + platform id),
// never by their row, which moves with every page, filter and sort.
//
// Pages are merged in place: addCampaigns() updates known keys (dataChanged) and appends the
// new ones in one insertion per page; finishAccount() removes what a full refresh no longer
// listed, run by run, without a reset.
//
// Sorting: sort() reorders at once (layoutChanged). While a sort is active, rows that arrive
// are appended unsorted and a re-sort is coalesced on a single-shot timer (100 ms by default,
// see setResortDelay()), so a burst of pages costs one re-sort rather than one per page and
// rows never jump while a page is being inserted. applyPendingSort() does it at once.
class CampaignTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignTableModel)

public:
    // Inside this class `Platform` is the column; the platform type is CampaignDesk::Platform.
    enum Column
    {
        Name,
        Platform,
        Account,
        Status,
        Type,
        Created,
        Updated,
        Count,
        Id,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        CampaignKeyRole = Qt::UserRole + 1, // QString, Campaign::key()
        CampaignIdRole,                     // QString, the platform's id
        AccountIdRole,                      // QString
        PlatformRole,                       // int(CampaignDesk::Platform)
        StatusRole,                         // int(CampaignStatus), the normalised status
        RawJsonRole,                        // QByteArray, the platform's object (compact JSON)
        SortRole,                           // what the column sorts by (number or folded text)
        CampaignRole                        // QVariant::fromValue(Campaign)
    };
    Q_ENUM(Role)

    explicit CampaignTableModel(QObject *parent = nullptr);
    ~CampaignTableModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The Account column shows the user's label; without one it shows the account id.
    void setAccountLabel(const QString &accountId, const QString &label);
    QString accountLabel(const QString &accountId) const;

    // One page arrived: known keys are updated in place, new ones appended in one insertion.
    void addCampaigns(const QList<Campaign> &campaigns);
    // A full listing of the account ended: its campaigns whose keys are not in `seenKeys`
    // are gone from the platform and are removed here.
    void finishAccount(const QString &accountId, const QSet<QString> &seenKeys);
    // addCampaigns() + finishAccount() for a listing that arrived in one piece.
    void mergeAccount(const QString &accountId, const QList<Campaign> &campaigns);
    bool removeCampaign(const QString &key);
    // Returns how many campaigns were removed.
    int removeAccount(const QString &accountId);
    void clear();

    // Copies: a row's campaign stays valid whatever happens to the model afterwards.
    std::optional<Campaign> campaignAt(int row) const;
    std::optional<Campaign> campaignAt(const QModelIndex &index) const;
    std::optional<Campaign> campaign(const QString &key) const;
    QString keyAt(int row) const;
    // The row of a key among the visible rows, -1 when unknown or filtered out.
    int rowOf(const QString &key) const;
    QModelIndex indexOf(const QString &key, int column = Name) const;
    bool contains(const QString &key) const;
    // How many campaigns of the account carry exactly this (trimmed) name, filtered or not:
    // the delete flow asks for the id instead of a name that is not unique.
    int countWithName(const QString &accountId, const QString &trimmedName) const;

    int totalCount() const { return m_liveCount; }
    int visibleCount() const { return int(m_rows.size()); }
    int activeCount() const { return m_activeCount; } // running or scheduled, filtered or not

    // Case-insensitive substring of the name, the platform id or the account label.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setStatusFilter(std::optional<CampaignStatus> status);
    std::optional<CampaignStatus> statusFilter() const { return m_statusFilter; }
    // Empty: every account.
    void setAccountFilter(const QSet<QString> &accountIds);
    QSet<QString> accountFilter() const { return m_accountFilter; }
    void setPlatformFilter(std::optional<CampaignDesk::Platform> platform);
    std::optional<CampaignDesk::Platform> platformFilter() const { return m_platformFilter; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // How long to wait after rows arrived before re-sorting them into place.
    void setResortDelay(int milliseconds);
    int resortDelay() const;
    bool isResortPending() const;
    void applyPendingSort();

Q_SIGNALS:
    // totalCount(), visibleCount() or activeCount() may have changed.
    void countsChanged();

private:
    // Everything about a campaign except what the filters read.
    struct Entry
    {
        Campaign campaign;
        qint64 idNumber = -1; // the id as a number when it is all digits, for a natural sort
        quint64 sequence = 0; // arrival order
        int accountSlot = -1;
        bool alive = false;
    };
    // What the filters read, kept apart and small so that a scan of 100k rows walks a few
    // megabytes of contiguous memory instead of 100k scattered campaigns.
    struct SearchRow
    {
        // Case-folded UTF-8 of "name \x1f id" in m_arena: the search compares bytes.
        quint32 offset = 0;
        quint32 size = 0;
        quint32 nameBytes = 0;
        qint32 accountSlot = -1;
        quint8 status = 0;
        quint8 platform = 0;
        bool visible = false;
    };
    struct AccountInfo
    {
        QString id;
        QString label;
        QByteArray foldedLabel;
        int campaigns = 0;
        bool labelMatches = false; // the label contains the current needle
        bool allowed = true;       // passes the account filter
    };
    enum class FilterChange
    {
        Narrower,
        Any
    };

    int slotForAccount(const QString &accountId);
    void fillEntry(int slot, const Campaign &campaign);
    bool matches(int slot) const;
    void compactArena();
    void intern(QString &text);
    void prepareFilter();
    void refilter(FilterChange change);
    void rebuildRowIndex(int fromRow);
    void removeEntries(const std::vector<int> &entries);
    void hideRows(const std::vector<int> &rows);
    void releaseEntry(int slot);
    void sortOrderInPlace();
    void scheduleResort();
    template<typename Mutate>
    void relayout(QAbstractItemModel::LayoutChangeHint hint, Mutate mutate);
    void emitDataChanged(std::vector<int> rows);
    void emitCountsChanged();
    QVariant displayData(const Entry &entry, int column) const;
    QVariant sortData(int slot, int column) const;
    QVariant statusColor(CampaignStatus status) const;

    // Slots; indices stay put, freed slots are reused. A deque: growing past 65,536 campaigns
    // must not move them all at once while the GUI thread waits.
    std::deque<Entry> m_entries;
    std::vector<int> m_freeSlots;
    QHash<QString, int> m_byKey;     // key -> slot
    std::vector<int> m_order;        // every live slot, in sort (or arrival) order
    std::vector<int> m_rows;         // the visible slots, in display order
    std::vector<int> m_rowOfEntry;   // slot -> visible row, -1 when hidden or free
    std::vector<SearchRow> m_search; // by slot
    std::vector<char> m_arena;       // the search texts of all slots
    qsizetype m_arenaDead = 0;       // bytes of replaced or removed texts
    std::vector<AccountInfo> m_accounts;
    QHash<QString, int> m_accountByKey;
    QSet<QString> m_interned;
    quint64 m_nextSequence = 0;
    int m_liveCount = 0;
    int m_activeCount = 0;

    QString m_searchText;
    QByteArray m_needle; // case-folded UTF-8 of m_searchText
    std::optional<CampaignStatus> m_statusFilter;
    QSet<QString> m_accountFilter;
    std::optional<CampaignDesk::Platform> m_platformFilter;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    // m_order is not in sort order, or m_rows not in m_order's order, until the next re-sort.
    bool m_resortPending = false;
    QTimer m_resortTimer;
    mutable std::vector<QVariant> m_statusColors;
};

} // namespace CampaignDesk
