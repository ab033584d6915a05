#include "campaigntablemodel.h"

#include <QLocale>
#include <QMetaType>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstring>
#include <limits>

namespace CampaignDesk {

namespace {

// Past this many separate runs, one layout change is cheaper for a view than a removal (or a
// dataChanged) per run: QSortFilterProxyModel's run-by-run removals are what make it take
// seconds on 100k rows.
constexpr int MaxSeparateRuns = 32;

constexpr int DefaultResortDelayMs = 100;

// Case-folded UTF-8. Campaign names and ids are nearly always ASCII, and folding them by hand
// keeps ingesting 100k rows well clear of QString::toCaseFolded() + toUtf8() per field.
void appendFolded(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *dst = out.data() + start;
    const QChar *src = text.constData();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t ch = src[i].unicode();
        if (ch >= 0x80) {
            out.truncate(start);
            out.append(text.toCaseFolded().toUtf8());
            return;
        }
        dst[i] = char(ch >= u'A' && ch <= u'Z' ? ch + 32 : ch);
    }
}

QByteArray folded(const QString &text)
{
    QByteArray out;
    appendFolded(out, text);
    return out;
}

// The search texts sit in one arena followed by this many spare bytes, so that the vector
// search below may read a whole block past the end of the last text.
constexpr qsizetype ArenaPadding = 32;

// Whether `needle` occurs in the `haystackSize` bytes at `haystack`, which may be read up to
// ArenaPadding bytes past their end. The texts are short (a name and an id), so this tests 16
// start positions at once for the needle's first and last byte and compares the middle only
// where both match (the "generic SIMD" substring search); a plain loop elsewhere.
inline bool containsPadded(const char *haystack, qsizetype haystackSize, const char *needle,
                           qsizetype needleSize)
{
    if (needleSize > haystackSize)
        return false;
    const qsizetype starts = haystackSize - needleSize + 1;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[needleSize - 1]);
    for (qsizetype i = 0; i < starts; i += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(haystack + i));
        const __m128i b =
            _mm_loadu_si128(reinterpret_cast<const __m128i *>(haystack + i + needleSize - 1));
        unsigned mask = unsigned(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(b, last))));
        if (starts - i < 16)
            mask &= (1u << (starts - i)) - 1;
        while (mask != 0) {
            const int bit = __builtin_ctz(mask);
            if (needleSize <= 2 ||
                std::memcmp(haystack + i + bit + 1, needle + 1, size_t(needleSize - 2)) == 0)
                return true;
            mask &= mask - 1;
        }
    }
    return false;
#else
    for (qsizetype i = 0; i < starts; ++i) {
        if (haystack[i] == needle[0] &&
            std::memcmp(haystack + i + 1, needle + 1, size_t(needleSize - 1)) == 0)
            return true;
    }
    return false;
#endif
}

// For the few texts outside the arena (account labels).
bool containsBytes(const QByteArray &haystack, const QByteArray &needle)
{
    return haystack.contains(needle);
}

// Ids like "1042" sort as numbers, before ids that are not numbers.
qint64 idAsNumber(const QString &id)
{
    if (id.isEmpty() || id.size() > 18)
        return -1;
    qint64 value = 0;
    for (QChar ch : id) {
        if (ch < u'0' || ch > u'9')
            return -1;
        value = value * 10 + (ch.unicode() - u'0');
    }
    return value;
}

bool sameCampaign(const Campaign &a, const Campaign &b)
{
    return a.platform == b.platform && a.status == b.status && a.keyCount == b.keyCount &&
           a.id == b.id && a.name == b.name && a.rawStatus == b.rawStatus && a.type == b.type &&
           a.created == b.created && a.updated == b.updated && a.accountId == b.accountId &&
           a.rawJson == b.rawJson;
}

bool sortFieldDiffers(const Campaign &a, const Campaign &b, int column)
{
    switch (column) {
    case CampaignTableModel::Name:
        return a.name != b.name;
    case CampaignTableModel::Platform:
        return a.platform != b.platform;
    case CampaignTableModel::Account:
        return false; // same key, same account
    case CampaignTableModel::Status:
        return a.status != b.status || a.rawStatus != b.rawStatus;
    case CampaignTableModel::Type:
        return a.type != b.type;
    case CampaignTableModel::Created:
        return a.created != b.created;
    case CampaignTableModel::Updated:
        return a.updated != b.updated;
    case CampaignTableModel::Count:
        return a.keyCount != b.keyCount;
    case CampaignTableModel::Id: // an entry's id never changes
    default:
        return false;
    }
}

qint64 timeKey(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

// A colour per normalised status, beside the platform's word (never instead of it).
const char *statusColorName(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft:
        return "#757575";
    case CampaignStatus::Scheduled:
        return "#1565c0";
    case CampaignStatus::Running:
        return "#2e7d32";
    case CampaignStatus::Paused:
        return "#f9a825";
    case CampaignStatus::Stopped:
        return "#ef6c00";
    case CampaignStatus::Completed:
        return "#00838f";
    case CampaignStatus::Cancelled:
        return "#6d4c41";
    case CampaignStatus::Failed:
        return "#c62828";
    case CampaignStatus::Archived:
        return "#9e9e9e";
    case CampaignStatus::Unknown:
        return "#8e24aa";
    }
    return "#000000";
}

struct SortItem
{
    qint64 number;
    const char *text;
    qsizetype textSize;
    int slot;
};

bool sortItemLess(const SortItem &a, const SortItem &b)
{
    if (a.number != b.number)
        return a.number < b.number;
    const qsizetype common = std::min(a.textSize, b.textSize);
    if (common > 0) {
        const int c = std::memcmp(a.text, b.text, size_t(common));
        if (c != 0)
            return c < 0;
    }
    return a.textSize < b.textSize;
}

// Ranks of a handful of distinct strings (statuses, types, labels) in case-folded order, so
// sorting 100k rows by them compares integers.
class TextRanks
{
public:
    int rankOf(const QString &text) const { return m_ranks.value(text); }
    void add(const QString &text)
    {
        if (!m_ranks.contains(text))
            m_ranks.insert(text, 0);
    }
    void finish()
    {
        QList<QString> texts = m_ranks.keys();
        std::sort(texts.begin(), texts.end(), [](const QString &a, const QString &b) {
            const QByteArray fa = folded(a);
            const QByteArray fb = folded(b);
            return fa != fb ? fa < fb : a < b;
        });
        for (int i = 0; i < texts.size(); ++i)
            m_ranks[texts.at(i)] = i;
    }

private:
    QHash<QString, int> m_ranks;
};

int platformRank(CampaignDesk::Platform platform)
{
    // Alphabetical by the name the table shows.
    static const std::vector<int> ranks = [] {
        QList<CampaignDesk::Platform> platforms = allPlatforms();
        std::sort(platforms.begin(), platforms.end(),
                  [](CampaignDesk::Platform a, CampaignDesk::Platform b) {
                      return folded(platformDisplayName(a)) < folded(platformDisplayName(b));
                  });
        std::vector<int> result(PlatformCount, 0);
        for (int i = 0; i < platforms.size(); ++i)
            result[size_t(platforms.at(i))] = i;
        return result;
    }();
    return ranks[size_t(platform)];
}

} // namespace

CampaignTableModel::CampaignTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_arena(size_t(ArenaPadding), '\0')
{
    m_resortTimer.setSingleShot(true);
    m_resortTimer.setInterval(DefaultResortDelayMs);
    connect(&m_resortTimer, &QTimer::timeout, this, &CampaignTableModel::applyPendingSort);
}

CampaignTableModel::~CampaignTableModel() = default;

int CampaignTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant CampaignTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= int(m_rows.size()) ||
        index.column() >= ColumnCount)
        return {};
    const Entry &entry = m_entries[size_t(m_rows[size_t(index.row())])];
    const Campaign &c = entry.campaign;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, column);
    case Qt::ToolTipRole:
        if (column == Status)
            return tr("%1 (%2)").arg(c.statusText(), campaignStatusDisplayName(c.status));
        return displayData(entry, column);
    case Qt::DecorationRole:
        if (column == Status)
            return statusColor(c.status);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Count)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case CampaignKeyRole:
        return c.key();
    case CampaignIdRole:
        return c.id;
    case AccountIdRole:
        return c.accountId;
    case PlatformRole:
        return int(c.platform);
    case StatusRole:
        return int(c.status);
    case RawJsonRole:
        return c.rawJson;
    case SortRole:
        return sortData(m_rows[size_t(index.row())], column);
    case CampaignRole:
        return QVariant::fromValue(c);
    default:
        return {};
    }
}

QVariant CampaignTableModel::displayData(const Entry &entry, int column) const
{
    const Campaign &c = entry.campaign;
    switch (column) {
    case Name:
        return c.name;
    case Platform:
        return platformDisplayName(c.platform);
    case Account: {
        const AccountInfo &account = m_accounts[size_t(entry.accountSlot)];
        return account.label.isEmpty() ? account.id : account.label;
    }
    case Status:
        return c.statusText();
    case Type:
        return c.type;
    case Created:
    case Updated: {
        const QDateTime &time = column == Created ? c.created : c.updated;
        if (!time.isValid())
            return QString();
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    }
    case Count:
        if (c.keyCount < 0)
            return {};
        return qlonglong(c.keyCount);
    case Id:
        return c.id;
    default:
        return {};
    }
}

QVariant CampaignTableModel::sortData(int slot, int column) const
{
    const Entry &entry = m_entries[size_t(slot)];
    const Campaign &c = entry.campaign;
    switch (column) {
    case Name: {
        const SearchRow &row = m_search[size_t(slot)];
        return QString::fromUtf8(m_arena.data() + row.offset, row.nameBytes);
    }
    case Platform:
        return platformRank(c.platform);
    case Account:
        return QString::fromUtf8(m_accounts[size_t(entry.accountSlot)].foldedLabel);
    case Status:
        return int(c.status);
    case Type:
        return c.type.toCaseFolded();
    case Created:
        return timeKey(c.created);
    case Updated:
        return timeKey(c.updated);
    case Count:
        return c.keyCount;
    case Id:
        return c.id;
    default:
        return {};
    }
}

QVariant CampaignTableModel::statusColor(CampaignStatus status) const
{
    // The core library does not link QtGui, so the QColor is made through the meta-type
    // system: it exists whenever a GUI (and so QtGui) is loaded, which is when anyone asks.
    if (m_statusColors.empty()) {
        m_statusColors.resize(CampaignStatusCount);
        const QMetaType colorType(QMetaType::QColor);
        for (int i = 0; i < CampaignStatusCount; ++i) {
            QVariant color(QString::fromLatin1(statusColorName(CampaignStatus(i))));
            if (colorType.isValid() && color.convert(colorType))
                m_statusColors[size_t(i)] = color;
        }
    }
    return m_statusColors[size_t(status)];
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // No row numbers: in a filtered, re-sorted list they name nothing, and a vertical header
    // whose width follows the row count would shift the whole table on every keystroke.
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == Count)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Platform:
        return tr("Platform");
    case Account:
        return tr("Account");
    case Status:
        return tr("Status");
    case Type:
        return tr("Type");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Count:
        return tr("Count");
    case Id:
        return tr("ID");
    default:
        return {};
    }
}

Qt::ItemFlags CampaignTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> CampaignTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CampaignKeyRole, "campaignKey");
    names.insert(CampaignIdRole, "campaignId");
    names.insert(AccountIdRole, "accountId");
    names.insert(PlatformRole, "platform");
    names.insert(StatusRole, "status");
    names.insert(RawJsonRole, "rawJson");
    names.insert(SortRole, "sortKey");
    names.insert(CampaignRole, "campaign");
    return names;
}

// --- accounts ------------------------------------------------------------------------------

int CampaignTableModel::slotForAccount(const QString &accountId)
{
    const auto it = m_accountByKey.constFind(accountId);
    if (it != m_accountByKey.constEnd())
        return *it;
    AccountInfo info;
    info.id = accountId;
    info.foldedLabel = folded(accountId);
    info.allowed = m_accountFilter.isEmpty() || m_accountFilter.contains(accountId);
    info.labelMatches = !m_needle.isEmpty() && containsBytes(info.foldedLabel, m_needle);
    m_accounts.push_back(std::move(info));
    const int slot = int(m_accounts.size()) - 1;
    m_accountByKey.insert(accountId, slot);
    return slot;
}

void CampaignTableModel::setAccountLabel(const QString &accountId, const QString &label)
{
    const int slot = slotForAccount(accountId);
    AccountInfo &account = m_accounts[size_t(slot)];
    if (account.label == label)
        return;
    account.label = label;
    account.foldedLabel = folded(label.isEmpty() ? accountId : label);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, Account), index(int(m_rows.size()) - 1, Account));
    if (!m_needle.isEmpty())
        refilter(FilterChange::Any);
    if (m_sortColumn == Account && account.campaigns > 0)
        scheduleResort();
}

QString CampaignTableModel::accountLabel(const QString &accountId) const
{
    const auto it = m_accountByKey.constFind(accountId);
    return it == m_accountByKey.constEnd() ? QString() : m_accounts[size_t(*it)].label;
}

// --- rows ------------------------------------------------------------------------------------

void CampaignTableModel::fillEntry(int slot, const Campaign &campaign)
{
    Entry &entry = m_entries[size_t(slot)];
    SearchRow &row = m_search[size_t(slot)];
    entry.campaign = campaign;
    entry.idNumber = idAsNumber(campaign.id);
    entry.accountSlot = slotForAccount(campaign.accountId);
    // 100k campaigns use a handful of account ids, status words and types: share one copy.
    entry.campaign.accountId = m_accounts[size_t(entry.accountSlot)].id;
    intern(entry.campaign.rawStatus);
    intern(entry.campaign.type);

    m_arenaDead += row.size;
    QByteArray text;
    text.reserve(campaign.name.size() + campaign.id.size() + 1);
    appendFolded(text, campaign.name);
    row.nameBytes = quint32(text.size());
    // The separator keeps a needle from matching across the end of the name into the id.
    text.append('\x1f');
    appendFolded(text, campaign.id);
    // The text takes the place of the padding, which moves behind it.
    const size_t end = m_arena.size() - size_t(ArenaPadding);
    m_arena.resize(m_arena.size() + size_t(text.size()));
    std::memcpy(m_arena.data() + end, text.constData(), size_t(text.size()));
    std::memset(m_arena.data() + m_arena.size() - ArenaPadding, 0, size_t(ArenaPadding));
    row.offset = quint32(end);
    row.size = quint32(text.size());
    row.accountSlot = entry.accountSlot;
    row.status = quint8(campaign.status);
    row.platform = quint8(campaign.platform);
}

void CampaignTableModel::intern(QString &text)
{
    if (text.isEmpty() || text.size() > 32)
        return;
    const auto it = m_interned.constFind(text);
    if (it != m_interned.constEnd())
        text = *it;
    else if (m_interned.size() < 4096)
        m_interned.insert(text);
}

bool CampaignTableModel::matches(int slot) const
{
    const SearchRow &row = m_search[size_t(slot)];
    if (m_statusFilter && row.status != quint8(*m_statusFilter))
        return false;
    if (m_platformFilter && row.platform != quint8(*m_platformFilter))
        return false;
    const AccountInfo &account = m_accounts[size_t(row.accountSlot)];
    if (!account.allowed)
        return false;
    if (m_needle.isEmpty() || account.labelMatches)
        return true;
    return containsPadded(m_arena.data() + row.offset, row.size, m_needle.constData(),
                          m_needle.size());
}

void CampaignTableModel::compactArena()
{
    // Replaced and removed texts stay in the arena until they are half of it; then it is
    // rebuilt in display order, which also keeps a scan walking memory front to back.
    if (m_arenaDead < qsizetype{64} * 1024 || m_arenaDead * 2 < qsizetype(m_arena.size()))
        return;
    std::vector<char> arena;
    arena.reserve(m_arena.size() - size_t(m_arenaDead) + 1024);
    for (int slot : m_order) {
        SearchRow &row = m_search[size_t(slot)];
        const auto begin = m_arena.cbegin() + row.offset;
        row.offset = quint32(arena.size());
        arena.insert(arena.end(), begin, begin + row.size);
    }
    arena.resize(arena.size() + ArenaPadding, '\0');
    m_arena.swap(arena);
    m_arenaDead = 0;
}

void CampaignTableModel::prepareFilter()
{
    m_needle = folded(m_searchText);
    for (AccountInfo &account : m_accounts) {
        account.allowed = m_accountFilter.isEmpty() || m_accountFilter.contains(account.id);
        account.labelMatches = !m_needle.isEmpty() && containsBytes(account.foldedLabel, m_needle);
    }
}

void CampaignTableModel::addCampaigns(const QList<Campaign> &campaigns)
{
    if (campaigns.isEmpty())
        return;
    const quint64 firstNewSequence = m_nextSequence;
    std::vector<int> added;       // new slots, in arrival order
    std::vector<int> changedRows; // visible rows updated in place
    std::vector<int> hiddenRows;  // visible rows that no longer pass the filter
    std::vector<int> shown;       // hidden slots that now pass it
    bool orderChanged = false;
    added.reserve(size_t(campaigns.size()));

    for (const Campaign &campaign : campaigns) {
        QString key = campaign.key();
        const auto it = m_byKey.constFind(key);
        if (it == m_byKey.constEnd()) {
            int slot;
            if (!m_freeSlots.empty()) {
                slot = m_freeSlots.back();
                m_freeSlots.pop_back();
            } else {
                slot = int(m_entries.size());
                m_entries.emplace_back();
                m_search.emplace_back();
                m_rowOfEntry.push_back(-1);
            }
            fillEntry(slot, campaign);
            Entry &entry = m_entries[size_t(slot)];
            entry.alive = true;
            entry.sequence = m_nextSequence++;
            m_byKey.insert(key, slot);
            ++m_accounts[size_t(entry.accountSlot)].campaigns;
            ++m_liveCount;
            m_activeCount += isActiveStatus(campaign.status) ? 1 : 0;
            added.push_back(slot);
            continue;
        }
        const int slot = *it;
        Entry &entry = m_entries[size_t(slot)];
        if (sameCampaign(entry.campaign, campaign))
            continue;
        m_activeCount -= isActiveStatus(entry.campaign.status) ? 1 : 0;
        m_activeCount += isActiveStatus(campaign.status) ? 1 : 0;
        const bool sortKeyChanged = sortFieldDiffers(entry.campaign, campaign, m_sortColumn);
        fillEntry(slot, campaign);
        if (entry.sequence >= firstNewSequence)
            continue; // arrived earlier in this same batch: not shown yet
        orderChanged = orderChanged || sortKeyChanged;
        const bool pass = matches(slot);
        const int row = m_rowOfEntry[size_t(slot)];
        if (row >= 0)
            (pass ? changedRows : hiddenRows).push_back(row);
        else if (pass)
            shown.push_back(slot);
    }

    emitDataChanged(std::move(changedRows));
    if (!hiddenRows.empty())
        hideRows(hiddenRows);

    std::vector<int> appended;
    appended.reserve(added.size() + shown.size());
    for (int slot : added) {
        m_order.push_back(slot);
        if (matches(slot))
            appended.push_back(slot);
    }
    appended.insert(appended.end(), shown.begin(), shown.end());
    if (!appended.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(appended.size()) - 1);
        for (int slot : appended) {
            m_search[size_t(slot)].visible = true;
            m_rowOfEntry[size_t(slot)] = int(m_rows.size());
            m_rows.push_back(slot);
        }
        endInsertRows();
    }

    // Sorted: new rows sit at the end until the coalesced re-sort. Unsorted (arrival order):
    // new rows are already in place; only rows that re-appeared after an update are not.
    if ((m_sortColumn >= 0 && (!added.empty() || orderChanged)) || !shown.empty())
        scheduleResort();
    compactArena();
    emitCountsChanged();
}

void CampaignTableModel::finishAccount(const QString &accountId, const QSet<QString> &seenKeys)
{
    const auto it = m_accountByKey.constFind(accountId);
    if (it == m_accountByKey.constEnd())
        return;
    const int accountSlot = *it;
    std::vector<int> gone;
    for (int slot : m_order) {
        const Entry &entry = m_entries[size_t(slot)];
        if (entry.accountSlot == accountSlot && !seenKeys.contains(entry.campaign.key()))
            gone.push_back(slot);
    }
    removeEntries(gone);
}

void CampaignTableModel::mergeAccount(const QString &accountId, const QList<Campaign> &campaigns)
{
    QSet<QString> seen;
    seen.reserve(campaigns.size());
    for (const Campaign &campaign : campaigns) {
        if (campaign.accountId == accountId)
            seen.insert(campaign.key());
    }
    addCampaigns(campaigns);
    finishAccount(accountId, seen);
}

bool CampaignTableModel::removeCampaign(const QString &key)
{
    const auto it = m_byKey.constFind(key);
    if (it == m_byKey.constEnd())
        return false;
    removeEntries({*it});
    return true;
}

int CampaignTableModel::removeAccount(const QString &accountId)
{
    const auto it = m_accountByKey.constFind(accountId);
    if (it == m_accountByKey.constEnd())
        return 0;
    const int accountSlot = *it;
    std::vector<int> gone;
    for (int slot : m_order) {
        if (m_entries[size_t(slot)].accountSlot == accountSlot)
            gone.push_back(slot);
    }
    const int removed = int(gone.size());
    removeEntries(gone);
    return removed;
}

void CampaignTableModel::clear()
{
    if (m_liveCount == 0)
        return;
    beginResetModel();
    m_entries.clear();
    m_freeSlots.clear();
    m_byKey.clear();
    m_order.clear();
    m_rows.clear();
    m_rowOfEntry.clear();
    m_search.clear();
    m_arena.assign(size_t(ArenaPadding), '\0');
    m_arenaDead = 0;
    for (AccountInfo &account : m_accounts)
        account.campaigns = 0;
    m_liveCount = 0;
    m_activeCount = 0;
    m_resortPending = false;
    m_resortTimer.stop();
    endResetModel();
    emitCountsChanged();
}

void CampaignTableModel::removeEntries(const std::vector<int> &entries)
{
    if (entries.empty())
        return;
    std::vector<int> rows;
    for (int slot : entries) {
        const int row = m_rowOfEntry[size_t(slot)];
        if (row >= 0)
            rows.push_back(row);
    }
    if (!rows.empty())
        hideRows(rows);
    for (int slot : entries)
        releaseEntry(slot);
    std::erase_if(m_order, [this](int slot) { return !m_entries[size_t(slot)].alive; });
    compactArena();
    emitCountsChanged();
}

void CampaignTableModel::releaseEntry(int slot)
{
    Entry &entry = m_entries[size_t(slot)];
    m_byKey.remove(entry.campaign.key());
    --m_accounts[size_t(entry.accountSlot)].campaigns;
    --m_liveCount;
    m_activeCount -= isActiveStatus(entry.campaign.status) ? 1 : 0;
    entry = Entry{};
    m_arenaDead += m_search[size_t(slot)].size;
    m_search[size_t(slot)] = SearchRow{};
    m_rowOfEntry[size_t(slot)] = -1;
    m_freeSlots.push_back(slot);
}

void CampaignTableModel::hideRows(const std::vector<int> &rowsToHide)
{
    std::vector<int> rows = rowsToHide;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

    // Contiguous runs, last first so that the rows of the earlier runs stay where they are.
    std::vector<std::pair<int, int>> runs;
    for (int row : rows) {
        if (!runs.empty() && runs.back().second + 1 == row)
            runs.back().second = row;
        else
            runs.emplace_back(row, row);
    }

    if (runs.size() > size_t(MaxSeparateRuns)) {
        relayout(QAbstractItemModel::NoLayoutChangeHint, [&] {
            for (int row : rows) {
                const int slot = m_rows[size_t(row)];
                m_search[size_t(slot)].visible = false;
                m_rowOfEntry[size_t(slot)] = -1;
            }
            std::erase_if(m_rows, [this](int slot) { return !m_search[size_t(slot)].visible; });
            rebuildRowIndex(0);
        });
        return;
    }
    // Back to front, so that the rows of the runs still to go keep their numbers. (Not
    // std::ranges::reverse_view: clang 14 cannot compile libstdc++ 12's ranges.)
    for (std::size_t i = runs.size(); i-- > 0;) {
        const auto &run = runs[i];
        beginRemoveRows({}, run.first, run.second);
        for (int row = run.first; row <= run.second; ++row) {
            const int slot = m_rows[size_t(row)];
            m_search[size_t(slot)].visible = false;
            m_rowOfEntry[size_t(slot)] = -1;
        }
        m_rows.erase(m_rows.begin() + run.first, m_rows.begin() + run.second + 1);
        rebuildRowIndex(run.first);
        endRemoveRows();
    }
}

void CampaignTableModel::rebuildRowIndex(int fromRow)
{
    for (size_t row = size_t(fromRow); row < m_rows.size(); ++row)
        m_rowOfEntry[size_t(m_rows[row])] = int(row);
}

void CampaignTableModel::emitDataChanged(std::vector<int> rows)
{
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    std::vector<std::pair<int, int>> runs;
    for (int row : rows) {
        if (!runs.empty() && runs.back().second + 1 >= row)
            runs.back().second = row;
        else
            runs.emplace_back(row, row);
    }
    if (runs.size() > size_t(MaxSeparateRuns)) {
        Q_EMIT dataChanged(index(rows.front(), 0), index(rows.back(), ColumnCount - 1));
        return;
    }
    for (const auto &run : runs)
        Q_EMIT dataChanged(index(run.first, 0), index(run.second, ColumnCount - 1));
}

void CampaignTableModel::emitCountsChanged()
{
    Q_EMIT countsChanged();
}

// --- lookups ---------------------------------------------------------------------------------

std::optional<Campaign> CampaignTableModel::campaignAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return std::nullopt;
    return m_entries[size_t(m_rows[size_t(row)])].campaign;
}

std::optional<Campaign> CampaignTableModel::campaignAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    return campaignAt(index.row());
}

std::optional<Campaign> CampaignTableModel::campaign(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    if (it == m_byKey.constEnd())
        return std::nullopt;
    return m_entries[size_t(*it)].campaign;
}

QString CampaignTableModel::keyAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return m_entries[size_t(m_rows[size_t(row)])].campaign.key();
}

int CampaignTableModel::rowOf(const QString &key) const
{
    const auto it = m_byKey.constFind(key);
    return it == m_byKey.constEnd() ? -1 : m_rowOfEntry[size_t(*it)];
}

QModelIndex CampaignTableModel::indexOf(const QString &key, int column) const
{
    const int row = rowOf(key);
    return row < 0 ? QModelIndex() : index(row, column);
}

bool CampaignTableModel::contains(const QString &key) const
{
    return m_byKey.contains(key);
}

// --- filtering -------------------------------------------------------------------------------

void CampaignTableModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    const QByteArray oldNeedle = m_needle;
    m_searchText = trimmed;
    // A needle that contains the old one can only keep rows that are visible now.
    const bool narrower = folded(trimmed).contains(oldNeedle);
    refilter(narrower ? FilterChange::Narrower : FilterChange::Any);
}

void CampaignTableModel::setStatusFilter(std::optional<CampaignStatus> status)
{
    if (status == m_statusFilter)
        return;
    const bool narrower = !m_statusFilter.has_value();
    m_statusFilter = status;
    refilter(narrower ? FilterChange::Narrower : FilterChange::Any);
}

void CampaignTableModel::setAccountFilter(const QSet<QString> &accountIds)
{
    if (accountIds == m_accountFilter)
        return;
    const bool narrower = !accountIds.isEmpty() &&
                          (m_accountFilter.isEmpty() || m_accountFilter.contains(accountIds));
    m_accountFilter = accountIds;
    refilter(narrower ? FilterChange::Narrower : FilterChange::Any);
}

void CampaignTableModel::setPlatformFilter(std::optional<CampaignDesk::Platform> platform)
{
    if (platform == m_platformFilter)
        return;
    const bool narrower = !m_platformFilter.has_value();
    m_platformFilter = platform;
    refilter(narrower ? FilterChange::Narrower : FilterChange::Any);
}

void CampaignTableModel::refilter(FilterChange change)
{
    prepareFilter();
    std::vector<int> rows;
    if (change == FilterChange::Narrower) {
        rows.reserve(m_rows.size());
        for (int slot : m_rows) {
            if (matches(slot))
                rows.push_back(slot);
        }
    } else {
        rows.reserve(m_order.size());
        for (int slot : m_order) {
            if (matches(slot))
                rows.push_back(slot);
        }
    }
    if (rows == m_rows)
        return;
    relayout(QAbstractItemModel::NoLayoutChangeHint, [&] {
        for (int slot : m_rows) {
            m_search[size_t(slot)].visible = false;
            m_rowOfEntry[size_t(slot)] = -1;
        }
        m_rows.swap(rows);
        for (size_t row = 0; row < m_rows.size(); ++row) {
            const int slot = m_rows[row];
            m_search[size_t(slot)].visible = true;
            m_rowOfEntry[size_t(slot)] = int(row);
        }
    });
    emitCountsChanged();
}

template<typename Mutate>
void CampaignTableModel::relayout(QAbstractItemModel::LayoutChangeHint hint, Mutate mutate)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    // Remember which campaign every persistent index (selection, current index) points at,
    // and point it at the same campaign afterwards, or invalidate it when it is filtered out.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> slotOf;
    slotOf.reserve(size_t(before.size()));
    for (const QModelIndex &index : before) {
        const bool known = index.isValid() && index.row() < int(m_rows.size());
        slotOf.push_back(known ? m_rows[size_t(index.row())] : -1);
    }
    mutate();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int slot = slotOf[size_t(i)];
        const int row = slot >= 0 ? m_rowOfEntry[size_t(slot)] : -1;
        after.append(row >= 0 ? createIndex(row, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, hint);
}

// --- sorting ---------------------------------------------------------------------------------

void CampaignTableModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    m_resortPending = false;
    m_resortTimer.stop();
    relayout(QAbstractItemModel::VerticalSortHint, [this] {
        sortOrderInPlace();
        m_rows.clear();
        for (int slot : m_order) {
            if (m_search[size_t(slot)].visible) {
                m_rowOfEntry[size_t(slot)] = int(m_rows.size());
                m_rows.push_back(slot);
            }
        }
    });
}

void CampaignTableModel::sortOrderInPlace()
{
    std::vector<SortItem> items;
    items.reserve(m_order.size());
    TextRanks ranks;
    std::vector<int> accountRanks;
    if (m_sortColumn == Status || m_sortColumn == Type) {
        for (int slot : m_order) {
            const Campaign &c = m_entries[size_t(slot)].campaign;
            ranks.add(m_sortColumn == Status ? c.rawStatus : c.type);
        }
        ranks.finish();
    } else if (m_sortColumn == Account) {
        std::vector<int> byLabel(m_accounts.size());
        for (size_t i = 0; i < byLabel.size(); ++i)
            byLabel[i] = int(i);
        std::sort(byLabel.begin(), byLabel.end(), [this](int a, int b) {
            const AccountInfo &x = m_accounts[size_t(a)];
            const AccountInfo &y = m_accounts[size_t(b)];
            return x.foldedLabel != y.foldedLabel ? x.foldedLabel < y.foldedLabel : x.id < y.id;
        });
        accountRanks.resize(m_accounts.size());
        for (size_t i = 0; i < byLabel.size(); ++i)
            accountRanks[size_t(byLabel[i])] = int(i);
    }

    for (int slot : m_order) {
        const Entry &e = m_entries[size_t(slot)];
        const SearchRow &search = m_search[size_t(slot)];
        const Campaign &c = e.campaign;
        SortItem item{0, nullptr, 0, slot};
        switch (m_sortColumn) {
        case Name:
            item.text = m_arena.data() + search.offset;
            item.textSize = search.nameBytes;
            break;
        case Platform:
            item.number = platformRank(c.platform);
            break;
        case Account:
            item.number = accountRanks[size_t(e.accountSlot)];
            break;
        case Status:
            // Grouped by the normalised status (draft … archived, unknown last), then by the
            // platform's word, so "ACTIVE" and "running" sit together.
            item.number = qint64(c.status) * (qint64(1) << 32) + ranks.rankOf(c.rawStatus);
            break;
        case Type:
            item.number = ranks.rankOf(c.type);
            break;
        case Created:
            item.number = timeKey(c.created);
            break;
        case Updated:
            item.number = timeKey(c.updated);
            break;
        case Count:
            item.number = c.keyCount;
            break;
        case Id:
            item.number = e.idNumber >= 0 ? e.idNumber : std::numeric_limits<qint64>::max();
            item.text = m_arena.data() + search.offset + search.nameBytes + 1;
            item.textSize = search.size - search.nameBytes - 1;
            break;
        default:
            item.number = qint64(e.sequence);
            break;
        }
        items.push_back(item);
    }

    // Stable both ways: equal keys keep their previous order, so sorting by one column and
    // then another gives a two-level sort.
    if (m_sortColumn >= 0 && m_sortOrder == Qt::DescendingOrder)
        std::stable_sort(items.begin(), items.end(),
                         [](const SortItem &a, const SortItem &b) { return sortItemLess(b, a); });
    else
        std::stable_sort(items.begin(), items.end(), sortItemLess);
    for (size_t i = 0; i < items.size(); ++i)
        m_order[i] = items[i].slot;
}

void CampaignTableModel::scheduleResort()
{
    m_resortPending = true;
    // Not restarted by later pages: a steady stream of pages still gets re-sorted regularly.
    if (!m_resortTimer.isActive())
        m_resortTimer.start();
}

void CampaignTableModel::setResortDelay(int milliseconds)
{
    m_resortTimer.setInterval(std::max(0, milliseconds));
}

int CampaignTableModel::resortDelay() const
{
    return m_resortTimer.interval();
}

bool CampaignTableModel::isResortPending() const
{
    return m_resortPending;
}

void CampaignTableModel::applyPendingSort()
{
    if (m_resortPending)
        sort(m_sortColumn, m_sortOrder);
}

int CampaignTableModel::countWithName(const QString &accountId, const QString &trimmedName) const
{
    int count = 0;
    for (const Entry &entry : m_entries) {
        if (entry.alive && entry.campaign.accountId == accountId &&
            entry.campaign.name.trimmed() == trimmedName)
            ++count;
    }
    return count;
}

} // namespace CampaignDesk
