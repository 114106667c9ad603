// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Change.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <type_traits>
#include <utility>
#include <vector>

// Checks of a Change's effect on a campaign, for tst_change: every field of a row as text,
// the differences between two campaigns table by table, what a change did to each table,
// the order a file loads the tables in, and references to rows that are gone.
namespace palmares::test {

using Deltas = QMap<QString, int>; // table → rows gained (or lost, negative)

// Every field of a row, as text: two rows are equal when these are.
inline QString num(double v)
{
    return QString::number(v, 'g', 17);
}
inline QString num(qint64 v)
{
    return QString::number(v);
}
inline QString num(int v)
{
    return QString::number(v);
}
inline QString num(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
}
inline QString text(const QDateTime& t)
{
    return t.toString(Qt::ISODateWithMs);
}
inline QString text(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

inline QStringList fields(const CampaignSettings& s)
{
    QStringList chain;
    for (const TieKey& key : s.tieChain)
        chain << num(int(key.kind)) + QLatin1Char(':') + key.juryCode;
    return {s.name,
            s.territory,
            text(s.startDate),
            text(s.endDate),
            num(int(s.status)),
            num(s.rentableSurfaceOverride),
            num(s.fillTargetPct),
            num(s.countLand),
            num(int(s.aggregation)),
            num(s.debias),
            chain.join(QLatin1Char(' ')),
            num(int(s.selectionRule)),
            num(s.juryStdDevThreshold),
            num(s.juryGapThreshold),
            num(s.waitingListSize),
            s.importMappings};
}
inline QStringList fields(const Building& r)
{
    return {num(r.id), r.name, num(r.surface), r.useType, r.acceptedUses.join(QLatin1Char('|')), r.notes};
}
inline QStringList fields(const Pillar& r)
{
    return {num(r.id),
            r.code,
            r.name,
            num(r.weight),
            r.eliminatoryThreshold ? num(*r.eliminatoryThreshold) : QStringLiteral("none"),
            num(r.position)};
}
inline QStringList fields(const Criterion& r)
{
    QStringList rubric;
    for (const RubricLevel& level : r.rubric)
        rubric << level.label + QLatin1Char('=') + level.description;
    return {num(r.id), num(r.pillarId), r.code, r.name, num(r.weight), rubric.join(QLatin1Char('|')), num(r.position)};
}
inline QStringList fields(const Jury& r)
{
    return {num(r.id),       r.code,           r.name,        num(r.weight),  num(r.scaleMin),
            num(r.scaleMax), num(r.scaleStep), num(r.quorum), num(r.position)};
}
inline QStringList fields(const Juror& r)
{
    return {num(r.id), num(r.juryId), r.name, r.email, r.organisation};
}
inline QStringList fields(const Conflict& r)
{
    return {num(r.jurorId), num(r.candidateId), r.reason};
}
inline QStringList fields(const Candidate& r)
{
    return {num(r.id),
            num(r.registrationNo),
            r.name,
            r.siret,
            r.legalForm,
            num(r.ess),
            r.nafCode,
            r.contactName,
            r.contactEmail,
            r.contactPhone,
            r.projectTitle,
            r.description,
            num(r.requestedSurface),
            r.wantedUse,
            num(r.preferredBuildingId),
            num(r.jobsFte),
            text(r.wantedStart),
            num(int(r.status)),
            r.statusReason,
            text(r.receivedAt)};
}
inline QStringList fields(const Attachment& r)
{
    return {num(r.id),      num(r.candidateId), r.fileName, r.mimeType, QString::fromLatin1(r.data.toBase64()),
            text(r.addedAt)};
}
inline QStringList fields(const Score& r)
{
    return {num(r.jurorId), num(r.candidateId), num(r.criterionId), num(r.value), r.comment, text(r.at), r.origin};
}
inline QStringList fields(const Resource& r)
{
    return {num(r.id), r.code, r.name, r.category};
}
inline QStringList fields(const Occupant& r)
{
    return {num(r.id), r.name, r.siret, r.description, num(r.buildingId)};
}
inline QStringList fields(const Flow& r)
{
    return {num(r.id), num(r.candidateId), num(r.occupantId), num(r.resourceId), num(int(r.direction)), num(r.quantity),
            r.unit};
}
inline QStringList fields(const Decision& r)
{
    return {num(r.candidateId),    num(int(r.kind)), num(r.buildingId),
            num(int(r.override_)), r.justification,  text(r.decidedAt)};
}
inline QStringList fields(const DeliberationSession& r)
{
    QStringList present;
    for (const Id id : r.jurorsPresent)
        present << num(id);
    return {num(r.id), text(r.heldAt), r.place, r.chair, present.join(QLatin1Char('|')), r.notes};
}

// Two rows are the same when all their fields are; scores, by the ten thousand, are
// compared without going through text.
template<typename T> bool same(const T& a, const T& b)
{
    return fields(a) == fields(b);
}
inline bool same(const Score& a, const Score& b)
{
    return a.jurorId == b.jurorId && a.candidateId == b.candidateId && a.criterionId == b.criterionId &&
           (a.value == b.value || (std::isnan(a.value) && std::isnan(b.value))) && a.comment == b.comment &&
           a.at == b.at && a.origin == b.origin;
}

template<typename T> QString show(const T& row)
{
    return QStringLiteral("{%1}").arg(fields(row).join(QStringLiteral(", ")));
}

// Every table a Change carries, with the name the file gives it. Listed here rather than
// taken from forEachTable (Change.h), so that a table the code under test forgot is
// still compared.
template<typename F, typename... Holders> void eachTable(F&& f, Holders&... h)
{
    f("buildings", h.buildings...);
    f("pillars", h.pillars...);
    f("criteria", h.criteria...);
    f("juries", h.juries...);
    f("jurors", h.jurors...);
    f("occupants", h.occupants...);
    f("candidates", h.candidates...);
    f("conflicts", h.conflicts...);
    f("decisions", h.decisions...);
    f("flows", h.flows...);
    f("attachments", h.attachments...);
    f("scores", h.scores...);
    f("deliberation_session", h.sessions...);
}

template<typename T> using KeyOf = std::decay_t<decltype(rowKey(std::declval<const T&>()))>;
template<typename T> using RowOf = typename T::value_type;

// What a row put becomes in memory: applyChange keeps attachments without their bytes.
template<typename T> T inMemory(T row)
{
    return row;
}
inline Attachment inMemory(Attachment row)
{
    row.data.clear();
    return row;
}

// Where `actual` first differs from `expected`, or empty. Settings and every table are
// compared field by field, including resources (no Change touches them), in their
// order, since applyChange keeps each table in the order a campaign file loads it in,
// except scores, compared by key: applyChange does not keep them in any order.
template<typename T>
inline QString tableDifference(const char* table, const std::vector<T>& actual, const std::vector<T>& expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1: %2 rows, expected %3")
            .arg(QLatin1String(table))
            .arg(actual.size())
            .arg(expected.size());
    for (size_t i = 0; i < actual.size(); ++i) {
        if (!same(actual[i], expected[i]))
            return QStringLiteral("%1, row %2: %3, expected %4")
                .arg(QLatin1String(table))
                .arg(i)
                .arg(show(actual[i]), show(expected[i]));
    }
    return {};
}

template<typename T> std::vector<T> sortedByKey(std::vector<T> table)
{
    std::sort(table.begin(), table.end(), [](const T& a, const T& b) { return rowKey(a) < rowKey(b); });
    return table;
}

inline QString difference(const Campaign& actual, const Campaign& expected)
{
    if (fields(actual.settings) != fields(expected.settings))
        return QStringLiteral("settings: {%1}, expected {%2}")
            .arg(fields(actual.settings).join(QStringLiteral(", ")),
                 fields(expected.settings).join(QStringLiteral(", ")));
    QString found;
    eachTable(
        [&](const char* name, const auto& a, const auto& e) {
            if (!found.isEmpty())
                return;
            if constexpr (std::is_same_v<RowOf<std::decay_t<decltype(a)>>, Score>)
                found = tableDifference(name, sortedByKey(a), sortedByKey(e));
            else
                found = tableDifference(name, a, e);
        },
        actual, expected);
    if (found.isEmpty())
        found = tableDifference("resources", actual.resources, expected.resources);
    return found;
}

// Whether `after` is `before` with `rows` applied: the last row put with each key is
// there as put, each key only removed is gone, and every row the change does not name is
// there unchanged. Empty when it is, else what is wrong.
template<typename T>
inline QString tableEffect(const char* table, const std::vector<T>& before, const Rows<T>& rows,
                           const std::vector<T>& after)
{
    const QString name = QLatin1String(table);
    std::map<KeyOf<T>, T> put;
    for (const T& r : rows.put)
        put.insert_or_assign(rowKey(r), inMemory(r));
    std::set<KeyOf<T>> removed;
    for (const T& r : rows.remove) {
        if (!put.count(rowKey(r)))
            removed.insert(rowKey(r));
    }
    std::map<KeyOf<T>, const T*> now;
    for (const T& r : after) {
        if (!now.emplace(rowKey(r), &r).second)
            return QStringLiteral("%1: two rows with the key of %2").arg(name, show(r));
    }
    for (const auto& [key, row] : put) {
        const auto it = now.find(key);
        if (it == now.end())
            return QStringLiteral("%1: the row put %2 is not there").arg(name, show(row));
        if (!same(*it->second, row))
            return QStringLiteral("%1: %2 instead of the row put %3").arg(name, show(*it->second), show(row));
    }
    for (const T& r : rows.remove) {
        if (removed.count(rowKey(r)) && now.count(rowKey(r)))
            return QStringLiteral("%1: the row removed %2 is still there").arg(name, show(*now[rowKey(r)]));
    }
    for (const T& r : before) {
        if (put.count(rowKey(r)) || removed.count(rowKey(r)))
            continue;
        const auto it = now.find(rowKey(r));
        if (it == now.end())
            return QStringLiteral("%1: %2, which the change does not name, is gone").arg(name, show(r));
        if (!same(*it->second, r))
            return QStringLiteral("%1: %2, which the change does not name, became %3")
                .arg(name, show(r), show(*it->second));
    }
    return {};
}

inline QString effect(const Campaign& before, const Change& change, const Campaign& after)
{
    const CampaignSettings& settings = change.settings ? *change.settings : before.settings;
    if (fields(after.settings) != fields(settings))
        return QStringLiteral("settings: {%1}, expected {%2}")
            .arg(fields(after.settings).join(QStringLiteral(", ")), fields(settings).join(QStringLiteral(", ")));
    QString found;
    eachTable(
        [&](const char* name, const auto& b, const auto& rows, const auto& a) {
            if (found.isEmpty())
                found = tableEffect(name, b, rows, a);
        },
        before, change, after);
    if (found.isEmpty())
        found = tableDifference("resources", after.resources, before.resources);
    return found;
}

inline Deltas sizes(const Campaign& c)
{
    Deltas n;
    eachTable([&](const char* name, const auto& table) { n[QLatin1String(name)] = int(table.size()); }, c);
    n[QStringLiteral("resources")] = int(c.resources.size());
    return n;
}

// The first table out of the order a campaign file loads it in (CampaignIo: candidates by
// registration number; pillars, criteria and juries by position, then id; the others by
// key), or empty. Scores have no order in memory.
template<typename T, typename Less> QString orderProblem(const char* table, const std::vector<T>& rows, Less less)
{
    const auto late = std::is_sorted_until(rows.begin(), rows.end(), less);
    if (late == rows.end())
        return {};
    return QStringLiteral("%1: %2 comes after %3").arg(QLatin1String(table), show(*late), show(*(late - 1)));
}

inline QString outOfFileOrder(const Campaign& c)
{
    auto byPosition = [](const auto& a, const auto& b) {
        return std::tie(a.position, a.id) < std::tie(b.position, b.id);
    };
    auto byKey = [](const auto& a, const auto& b) { return rowKey(a) < rowKey(b); };
    const QString problems[] = {
        orderProblem("buildings", c.buildings, byKey),
        orderProblem("pillars", c.pillars, byPosition),
        orderProblem("criteria", c.criteria, byPosition),
        orderProblem("juries", c.juries, byPosition),
        orderProblem("jurors", c.jurors, byKey),
        orderProblem("occupants", c.occupants, byKey),
        orderProblem("candidates", c.candidates,
                     [](const Candidate& a, const Candidate& b) { return a.registrationNo < b.registrationNo; }),
        orderProblem("conflicts", c.conflicts, byKey),
        orderProblem("decisions", c.decisions, byKey),
        orderProblem("flows", c.flows, byKey),
        orderProblem("attachments", c.attachments, byKey),
        orderProblem("deliberation_session", c.sessions, byKey),
    };
    for (const QString& problem : problems) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

// The first row that names a row no longer there (a score of a removed candidate, an
// occupant in a removed building…), or empty.
inline QString danglingReference(const Campaign& c)
{
    auto ids = [](const auto& table) {
        std::set<Id> s;
        for (const auto& r : table)
            s.insert(r.id);
        return s;
    };
    const std::set<Id> buildings = ids(c.buildings), pillars = ids(c.pillars), criteria = ids(c.criteria),
                       juries = ids(c.juries), jurors = ids(c.jurors), candidates = ids(c.candidates),
                       occupants = ids(c.occupants), resources = ids(c.resources);
    auto zeroOrIn = [](const std::set<Id>& s, Id id) { return id == 0 || s.count(id) > 0; };
    for (const Criterion& r : c.criteria) {
        if (!pillars.count(r.pillarId))
            return QStringLiteral("criterion %1").arg(show(r));
    }
    for (const Juror& r : c.jurors) {
        if (!juries.count(r.juryId))
            return QStringLiteral("juror %1").arg(show(r));
    }
    for (const Occupant& r : c.occupants) {
        if (!zeroOrIn(buildings, r.buildingId))
            return QStringLiteral("occupant %1").arg(show(r));
    }
    for (const Candidate& r : c.candidates) {
        if (!zeroOrIn(buildings, r.preferredBuildingId))
            return QStringLiteral("candidate %1").arg(show(r));
    }
    for (const Conflict& r : c.conflicts) {
        if (!jurors.count(r.jurorId) || !candidates.count(r.candidateId))
            return QStringLiteral("conflict %1").arg(show(r));
    }
    for (const Decision& r : c.decisions) {
        if (!candidates.count(r.candidateId) || !zeroOrIn(buildings, r.buildingId))
            return QStringLiteral("decision %1").arg(show(r));
    }
    for (const Flow& r : c.flows) {
        if (!zeroOrIn(candidates, r.candidateId) || !zeroOrIn(occupants, r.occupantId) ||
            !resources.count(r.resourceId))
            return QStringLiteral("flow %1").arg(show(r));
    }
    for (const Attachment& r : c.attachments) {
        if (!candidates.count(r.candidateId))
            return QStringLiteral("attachment %1").arg(show(r));
    }
    for (const Score& r : c.scores) {
        if (!jurors.count(r.jurorId) || !candidates.count(r.candidateId) || !criteria.count(r.criterionId))
            return QStringLiteral("score %1").arg(show(r));
    }
    for (const DeliberationSession& r : c.sessions) {
        for (const Id juror : r.jurorsPresent) {
            if (!jurors.count(juror))
                return QStringLiteral("deliberation session %1").arg(show(r));
        }
    }
    return {};
}

// The fixture: the demo campaign (40 buildings, 5 pillars of 3 criteria, an expert jury
// of jurors 1–9 and a citizen jury of jurors 10–24, 60 candidates scored by every juror
// not in conflict, 3 occupants with flows), plus what the demo lacks so that each
// removal has something to take along: preferred buildings, decisions, attachments, a
// deliberation session with jurors present of both juries.
constexpr Id tower = 21;       // the control tower, where occupant 1 (the museum) is
constexpr Id citizenJury = 2;  // jurors 10–24
constexpr Id citizen = 10;     // in conflict with candidate 1 below
constexpr Id lastCitizen = 24; // has not scored candidate 60 yet
constexpr Id farm = 3;         // the occupant with flows 1 and 2

} // namespace palmares::test
