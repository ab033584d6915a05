#include "campaigntable.h"

namespace CampaignDesk::Sandbox {

void CampaignTable::reset(QList<Campaign> rows)
{
    m_rows = std::move(rows);
    m_indexValid = false;
}

void CampaignTable::ensureIndex() const
{
    if (m_indexValid)
        return;
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).id, i);
    m_indexValid = true;
}

qsizetype CampaignTable::indexOf(const QString &id) const
{
    ensureIndex();
    return m_index.value(id, -1);
}

Campaign *CampaignTable::find(const QString &id)
{
    const qsizetype row = indexOf(id);
    return row < 0 ? nullptr : &m_rows[row];
}

const Campaign *CampaignTable::find(const QString &id) const
{
    const qsizetype row = indexOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

bool CampaignTable::remove(const QString &id)
{
    const qsizetype row = indexOf(id);
    if (row < 0)
        return false;
    m_rows.removeAt(row);
    m_indexValid = false;
    return true;
}

QList<const Campaign *>
CampaignTable::filtered(const std::function<bool(const Campaign &)> &accept) const
{
    QList<const Campaign *> out;
    for (const Campaign &campaign : m_rows) {
        if (accept(campaign))
            out.append(&campaign);
    }
    return out;
}

} // namespace CampaignDesk::Sandbox
