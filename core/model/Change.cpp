// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Change.h"

#include <algorithm>
#include <map>
#include <set>

namespace palmares {

namespace {

template<typename T> using KeyOf = decltype(rowKey(std::declval<const T&>()));

// Where each key of `table` sits; built only for batches large enough to need it.
template<typename T> class Locator {
public:
    Locator(const std::vector<T>& table, size_t lookups)
        : m_table(table)
        , m_indexed(lookups > 8)
    {
        if (m_indexed) {
            for (size_t i = 0; i < table.size(); ++i)
                m_at.emplace(rowKey(table[i]), i);
        }
    }
    // Position of the row with `key`, or -1.
    long find(const KeyOf<T>& key) const
    {
        if (m_indexed) {
            const auto it = m_at.find(key);
            return it == m_at.end() ? -1 : long(it->second);
        }
        for (size_t i = 0; i < m_table.size(); ++i) {
            if (rowKey(m_table[i]) == key)
                return long(i);
        }
        return -1;
    }
    void added(const KeyOf<T>& key, size_t at)
    {
        if (m_indexed)
            m_at[key] = at;
    }

private:
    const std::vector<T>& m_table;
    bool m_indexed;
    std::map<KeyOf<T>, size_t> m_at;
};

// The usual order of each table, as CampaignFile::load gives it.
template<typename T> void restoreOrder(std::vector<T>& table)
{
    auto byKey = [](const T& a, const T& b) { return rowKey(a) < rowKey(b); };
    if (!std::is_sorted(table.begin(), table.end(), byKey))
        std::stable_sort(table.begin(), table.end(), byKey);
}
template<typename T> void restoreOrderByPosition(std::vector<T>& table)
{
    auto byPosition = [](const T& a, const T& b) { return std::tie(a.position, a.id) < std::tie(b.position, b.id); };
    if (!std::is_sorted(table.begin(), table.end(), byPosition))
        std::stable_sort(table.begin(), table.end(), byPosition);
}
void restoreOrder(std::vector<Pillar>& table)
{
    restoreOrderByPosition(table);
}
void restoreOrder(std::vector<Criterion>& table)
{
    restoreOrderByPosition(table);
}
void restoreOrder(std::vector<Jury>& table)
{
    restoreOrderByPosition(table);
}
void restoreOrder(std::vector<Candidate>& table)
{
    auto byNo = [](const Candidate& a, const Candidate& b) { return a.registrationNo < b.registrationNo; };
    if (!std::is_sorted(table.begin(), table.end(), byNo))
        std::stable_sort(table.begin(), table.end(), byNo);
}
void restoreOrder(std::vector<Score>&)
{
    // The engine indexes scores itself; keeping 1.5 million of them sorted is not worth it.
}

template<typename T> void applyRows(std::vector<T>& table, const Rows<T>& rows)
{
    if (rows.isEmpty())
        return;
    if (!rows.remove.empty()) {
        std::set<KeyOf<T>> gone;
        for (const T& r : rows.remove)
            gone.insert(rowKey(r));
        table.erase(std::remove_if(table.begin(), table.end(), [&](const T& r) { return gone.count(rowKey(r)) > 0; }),
                    table.end());
    }
    Locator<T> locate(table, rows.put.size());
    for (const T& r : rows.put) {
        const long at = locate.find(rowKey(r));
        if (at >= 0) {
            table[size_t(at)] = r;
        } else {
            locate.added(rowKey(r), table.size());
            table.push_back(r);
        }
    }
    restoreOrder(table);
}

template<typename T> void invertRows(const std::vector<T>& table, const Rows<T>& rows, Rows<T>& inverse)
{
    if (rows.isEmpty())
        return;
    Locator<T> locate(table, rows.put.size() + rows.remove.size());
    for (const T& r : rows.put) {
        const long at = locate.find(rowKey(r));
        if (at >= 0)
            inverse.put.push_back(table[size_t(at)]);
        else
            inverse.remove.push_back(r);
    }
    for (const T& r : rows.remove) {
        const long at = locate.find(rowKey(r));
        if (at >= 0)
            inverse.put.push_back(table[size_t(at)]);
    }
}

// Adds to `rows.remove` the rows of `table` that `dies` selects, once each.
template<typename T, typename Pred> void removeWhere(const std::vector<T>& table, Rows<T>& rows, Pred dies)
{
    std::set<KeyOf<T>> already;
    for (const T& r : rows.remove)
        already.insert(rowKey(r));
    for (const T& r : table) {
        if (dies(r) && already.insert(rowKey(r)).second)
            rows.remove.push_back(r);
    }
}

template<typename T> std::set<Id> removedIds(const Rows<T>& rows)
{
    std::set<Id> ids;
    for (const T& r : rows.remove)
        ids.insert(r.id);
    return ids;
}

// Rows that keep living but lose their reference to a removed building.
template<typename T, typename Member>
void detachBuilding(const std::vector<T>& table, Rows<T>& rows, const std::set<Id>& buildings, Member member)
{
    if (buildings.empty())
        return;
    std::set<KeyOf<T>> removed;
    for (const T& r : rows.remove)
        removed.insert(rowKey(r));
    for (T& r : rows.put) {
        if (buildings.count(r.*member))
            r.*member = 0;
    }
    for (const T& r : table) {
        if (!buildings.count(r.*member) || removed.count(rowKey(r)))
            continue;
        const bool listed =
            std::any_of(rows.put.begin(), rows.put.end(), [&](const T& p) { return rowKey(p) == rowKey(r); });
        if (!listed) {
            T copy = r;
            copy.*member = 0;
            rows.put.push_back(copy);
        }
    }
}

} // namespace

QString Change::entity() const
{
    QString name;
    forEachTable(
        [&](const auto& rows) {
            using Row = typename std::decay_t<decltype(rows.put)>::value_type;
            if (name.isEmpty() && !rows.isEmpty())
                name = QLatin1String(tableName(static_cast<const Row*>(nullptr)));
        },
        *this);
    return name.isEmpty() ? QStringLiteral("campaign") : name;
}

QString Change::summary() const
{
    QStringList parts;
    if (settings)
        parts << QStringLiteral("campaign settings");
    forEachTable(
        [&](const auto& rows) {
            using Row = typename std::decay_t<decltype(rows.put)>::value_type;
            if (!rows.isEmpty())
                parts << QStringLiteral("%1 +%2 -%3")
                             .arg(QLatin1String(tableName(static_cast<const Row*>(nullptr))))
                             .arg(rows.put.size())
                             .arg(rows.remove.size());
        },
        *this);
    return parts.join(QStringLiteral("; "));
}

void applyChange(Campaign& c, const Change& change)
{
    if (change.settings)
        c.settings = *change.settings;
    forEachTable([](auto& table, const auto& rows) { applyRows(table, rows); }, c, change);
    for (Attachment& a : c.attachments)
        a.data.clear();
}

void addDependents(const Campaign& c, Change& change)
{
    const std::set<Id> juries = removedIds(change.juries);
    if (!juries.empty())
        removeWhere(c.jurors, change.jurors, [&](const Juror& j) { return juries.count(j.juryId) > 0; });
    const std::set<Id> pillars = removedIds(change.pillars);
    if (!pillars.empty())
        removeWhere(c.criteria, change.criteria, [&](const Criterion& k) { return pillars.count(k.pillarId) > 0; });

    const std::set<Id> candidates = removedIds(change.candidates);
    const std::set<Id> jurors = removedIds(change.jurors);
    const std::set<Id> criteria = removedIds(change.criteria);
    const std::set<Id> occupants = removedIds(change.occupants);
    if (!candidates.empty() || !jurors.empty()) {
        removeWhere(c.conflicts, change.conflicts, [&](const Conflict& k) {
            return candidates.count(k.candidateId) > 0 || jurors.count(k.jurorId) > 0;
        });
    }
    if (!candidates.empty()) {
        removeWhere(c.decisions, change.decisions,
                    [&](const Decision& d) { return candidates.count(d.candidateId) > 0; });
        removeWhere(c.attachments, change.attachments,
                    [&](const Attachment& a) { return candidates.count(a.candidateId) > 0; });
    }
    if (!candidates.empty() || !occupants.empty()) {
        removeWhere(c.flows, change.flows, [&](const Flow& f) {
            return (f.candidateId && candidates.count(f.candidateId)) ||
                   (f.occupantId && occupants.count(f.occupantId));
        });
    }
    if (!candidates.empty() || !jurors.empty() || !criteria.empty()) {
        removeWhere(c.scores, change.scores, [&](const Score& s) {
            return candidates.count(s.candidateId) > 0 || jurors.count(s.jurorId) > 0 ||
                   criteria.count(s.criterionId) > 0;
        });
    }
    const std::set<Id> buildings = removedIds(change.buildings);
    detachBuilding(c.candidates, change.candidates, buildings, &Candidate::preferredBuildingId);
    detachBuilding(c.occupants, change.occupants, buildings, &Occupant::buildingId);
    detachBuilding(c.decisions, change.decisions, buildings, &Decision::buildingId);
}

Change inverseOf(const Campaign& c, const Change& change)
{
    Change inverse;
    inverse.text = change.text;
    if (change.settings)
        inverse.settings = c.settings;
    forEachTable([](const auto& table, const auto& rows, auto& undo) { invertRows(table, rows, undo); }, c, change,
                 inverse);
    return inverse;
}

} // namespace palmares
