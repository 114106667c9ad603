// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Change.h"

#include "core/model/KeyHash.h"

#include <algorithm>
#include <memory_resource>
#include <set>
#include <unordered_map>

namespace palmares {

namespace {

template<typename T> using KeyOf = decltype(rowKey(std::declval<const T&>()));

// The distinct keys of a batch of rows, each given a slot (0, 1, 2… in order of first
// appearance). A batch of a few rows is searched in place; a large one (an import of a
// million scores) through a hash table, so that going once through a table of a million
// rows and asking of each whether the batch names it stays linear.
template<typename T> class KeyIndex {
public:
    explicit KeyIndex(size_t expected)
        : m_hashed(expected > 8)
        , m_slots(&m_pool)
    {
        if (m_hashed)
            m_slots.reserve(expected);
    }
    // The slot of `key`, given the next one if it is new.
    size_t insert(const KeyOf<T>& key)
    {
        if (m_hashed)
            return m_slots.try_emplace(key, m_slots.size()).first->second;
        const long at = find(key);
        if (at >= 0)
            return size_t(at);
        m_keys.push_back(key);
        return m_keys.size() - 1;
    }
    // The slot of `key`, or -1.
    long find(const KeyOf<T>& key) const
    {
        if (m_hashed) {
            const auto it = m_slots.find(key);
            return it == m_slots.end() ? -1 : long(it->second);
        }
        const auto it = std::find(m_keys.begin(), m_keys.end(), key);
        return it == m_keys.end() ? -1 : long(it - m_keys.begin());
    }
    size_t size() const { return m_hashed ? m_slots.size() : m_keys.size(); }

private:
    bool m_hashed;
    std::vector<KeyOf<T>> m_keys;
    // Nodes taken from one pool and given back all at once: a million of them otherwise
    // cost a million calls to malloc and to free.
    std::pmr::monotonic_buffer_resource m_pool;
    std::pmr::unordered_map<KeyOf<T>, size_t, KeyHash> m_slots;
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
        KeyIndex<T> gone(rows.remove.size());
        for (const T& r : rows.remove)
            gone.insert(rowKey(r));
        table.erase(std::remove_if(table.begin(), table.end(), [&](const T& r) { return gone.find(rowKey(r)) >= 0; }),
                    table.end());
    }
    if (!rows.put.empty()) {
        // The last row put with each key replaces the row of the table with that key, or
        // is added after the others.
        KeyIndex<T> index(rows.put.size());
        std::vector<size_t> last;
        last.reserve(rows.put.size());
        for (size_t i = 0; i < rows.put.size(); ++i) {
            const size_t slot = index.insert(rowKey(rows.put[i]));
            if (slot == last.size())
                last.push_back(i);
            else
                last[slot] = i;
        }
        std::vector<bool> placed(last.size(), false);
        size_t replaced = 0;
        for (auto r = table.begin(); r != table.end() && replaced < last.size(); ++r) {
            const long slot = index.find(rowKey(*r));
            if (slot >= 0 && !placed[size_t(slot)]) {
                *r = rows.put[last[size_t(slot)]];
                placed[size_t(slot)] = true;
                ++replaced;
            }
        }
        // Room for a large batch at once; one row at a time, the vector grows as usual
        // (an exact reserve would copy a million scores for every score added).
        const size_t needed = table.size() + last.size() - replaced;
        if (needed > table.capacity())
            table.reserve(std::max(needed, 2 * table.capacity()));
        for (size_t slot = 0; slot < last.size(); ++slot) {
            if (!placed[slot])
                table.push_back(rows.put[last[slot]]);
        }
    }
    restoreOrder(table);
}

template<typename T> void invertRows(const std::vector<T>& table, const Rows<T>& rows, Rows<T>& inverse)
{
    if (rows.isEmpty())
        return;
    // Where the table holds each key the change names, found in one pass over the table.
    KeyIndex<T> index(rows.put.size() + rows.remove.size());
    std::vector<size_t> putSlot, removeSlot;
    putSlot.reserve(rows.put.size());
    removeSlot.reserve(rows.remove.size());
    for (const T& r : rows.put)
        putSlot.push_back(index.insert(rowKey(r)));
    for (const T& r : rows.remove)
        removeSlot.push_back(index.insert(rowKey(r)));
    std::vector<long> at(index.size(), -1);
    size_t found = 0;
    for (size_t i = 0; i < table.size() && found < at.size(); ++i) {
        const long slot = index.find(rowKey(table[i]));
        if (slot >= 0 && at[size_t(slot)] < 0) {
            at[size_t(slot)] = long(i);
            ++found;
        }
    }
    const size_t putBack = size_t(std::count_if(putSlot.begin(), putSlot.end(), [&](size_t s) { return at[s] >= 0; }));
    inverse.put.reserve(inverse.put.size() + putBack + rows.remove.size());
    inverse.remove.reserve(inverse.remove.size() + rows.put.size() - putBack);
    for (size_t i = 0; i < rows.put.size(); ++i) {
        const long was = at[putSlot[i]];
        if (was >= 0)
            inverse.put.push_back(table[size_t(was)]);
        else
            inverse.remove.push_back(rows.put[i]);
    }
    for (size_t i = 0; i < rows.remove.size(); ++i) {
        const long was = at[removeSlot[i]];
        if (was >= 0)
            inverse.put.push_back(table[size_t(was)]);
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

// The session put again without the removed `jurors` among those present, unless the
// change removes it.
void detachJurors(const std::vector<DeliberationSession>& table, Rows<DeliberationSession>& rows,
                  const std::set<Id>& jurors)
{
    if (jurors.empty())
        return;
    const auto absent = [&](DeliberationSession& s) {
        auto& ids = s.jurorsPresent;
        const auto kept = std::remove_if(ids.begin(), ids.end(), [&](Id id) { return jurors.count(id) > 0; });
        const bool changed = kept != ids.end();
        ids.erase(kept, ids.end());
        return changed;
    };
    for (DeliberationSession& s : rows.put)
        absent(s);
    for (const DeliberationSession& s : table) {
        const auto same = [&](const DeliberationSession& r) { return r.id == s.id; };
        if (std::any_of(rows.remove.begin(), rows.remove.end(), same) ||
            std::any_of(rows.put.begin(), rows.put.end(), same))
            continue;
        DeliberationSession copy = s;
        if (absent(copy))
            rows.put.push_back(copy);
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

std::vector<Change::TableCount> Change::counts() const
{
    std::vector<TableCount> counts;
    forEachTable(
        [&](const auto& rows) {
            using Row = typename std::decay_t<decltype(rows.put)>::value_type;
            if (!rows.isEmpty())
                counts.push_back({tableName(static_cast<const Row*>(nullptr)), rows.put.size(), rows.remove.size()});
        },
        *this);
    return counts;
}

QString Change::summary() const
{
    QStringList parts;
    if (settings)
        parts << QStringLiteral("campaign settings");
    for (const TableCount& c : counts())
        parts << QStringLiteral("%1 +%2 -%3").arg(QLatin1String(c.table)).arg(c.put).arg(c.removed);
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
    if (!jurors.empty())
        removeWhere(c.packages, change.packages, [&](const JurorPackage& p) { return jurors.count(p.jurorId) > 0; });
    detachJurors(c.sessions, change.sessions, jurors);
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
    inverse.justification = change.justification;
    if (change.settings)
        inverse.settings = c.settings;
    forEachTable([](const auto& table, const auto& rows, auto& undo) { invertRows(table, rows, undo); }, c, change,
                 inverse);
    return inverse;
}

} // namespace palmares
