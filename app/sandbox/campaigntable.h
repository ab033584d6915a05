#pragma once

#include "sandboxtypes.h"

#include <functional>

namespace CampaignDesk::Sandbox {

// One platform's campaigns in list order. Lookups by id go through a hash that is rebuilt
// lazily after removals, so deleting from 100,000 campaigns stays cheap.
class CampaignTable
{
public:
    void reset(QList<Campaign> rows);

    qsizetype size() const { return m_rows.size(); }
    const Campaign &at(qsizetype row) const { return m_rows.at(row); }
    const QList<Campaign> &rows() const { return m_rows; }

    // Row of `id`, or -1.
    qsizetype indexOf(const QString &id) const;
    Campaign *find(const QString &id);
    const Campaign *find(const QString &id) const;
    bool remove(const QString &id);

    // Rows that pass `accept`, in list order.
    QList<const Campaign *> filtered(const std::function<bool(const Campaign &)> &accept) const;

private:
    void ensureIndex() const;

    QList<Campaign> m_rows;
    mutable QHash<QString, qsizetype> m_index;
    mutable bool m_indexValid = false;
};

} // namespace CampaignDesk::Sandbox
