// SPDX-License-Identifier: GPL-3.0-or-later
// core/model/Change on the demo campaign: for every table a Change carries (and the
// settings), a new row put, an existing row replaced and a row removed together with the
// dependents addDependents gives it. Each change is applied to a copy and its effect
// checked (the rows put are there, the rows removed are gone, every other row is as it
// was, each table grew or shrank by the count worked out below, no row points at a row
// that is gone, each table is in the order a file loads it in); then
// inverseOf(original, change) must give the original back (settings and every table,
// resources included, field by field: see difference()), and applying the change again
// must give what applying it once gave (undo, then redo). Also: what makes a change
// empty, the text its inverse keeps, the audit summary.
#include "core/model/Change.h"

#include "core/demo/DemoGenerator.h"
#include "core/model/UtcTime.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <type_traits>
#include <utility>

using namespace palmares;

using Deltas = QMap<QString, int>; // table → rows gained (or lost, negative)

Q_DECLARE_METATYPE(palmares::Change)

namespace {

// Every field of a row, as text: two rows are equal when these are.
QString num(double v)
{
    return QString::number(v, 'g', 17);
}
QString num(qint64 v)
{
    return QString::number(v);
}
QString num(int v)
{
    return QString::number(v);
}
QString num(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
}
QString text(const QDateTime& t)
{
    return t.toString(Qt::ISODateWithMs);
}
QString text(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QStringList fields(const CampaignSettings& s)
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
QStringList fields(const Building& r)
{
    return {num(r.id), r.name, num(r.surface), r.useType, r.acceptedUses.join(QLatin1Char('|')), r.notes};
}
QStringList fields(const Pillar& r)
{
    return {num(r.id),
            r.code,
            r.name,
            num(r.weight),
            r.eliminatoryThreshold ? num(*r.eliminatoryThreshold) : QStringLiteral("none"),
            num(r.position)};
}
QStringList fields(const Criterion& r)
{
    QStringList rubric;
    for (const RubricLevel& level : r.rubric)
        rubric << level.label + QLatin1Char('=') + level.description;
    return {num(r.id), num(r.pillarId), r.code, r.name, num(r.weight), rubric.join(QLatin1Char('|')), num(r.position)};
}
QStringList fields(const Jury& r)
{
    return {num(r.id),       r.code,           r.name,        num(r.weight),  num(r.scaleMin),
            num(r.scaleMax), num(r.scaleStep), num(r.quorum), num(r.position)};
}
QStringList fields(const Juror& r)
{
    return {num(r.id), num(r.juryId), r.name, r.email, r.organisation};
}
QStringList fields(const Conflict& r)
{
    return {num(r.jurorId), num(r.candidateId), r.reason};
}
QStringList fields(const Candidate& r)
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
QStringList fields(const Attachment& r)
{
    return {num(r.id),      num(r.candidateId), r.fileName, r.mimeType, QString::fromLatin1(r.data.toBase64()),
            text(r.addedAt)};
}
QStringList fields(const Score& r)
{
    return {num(r.jurorId), num(r.candidateId), num(r.criterionId), num(r.value), r.comment, text(r.at), r.origin};
}
QStringList fields(const Resource& r)
{
    return {num(r.id), r.code, r.name, r.category};
}
QStringList fields(const Occupant& r)
{
    return {num(r.id), r.name, r.siret, r.description, num(r.buildingId)};
}
QStringList fields(const Flow& r)
{
    return {num(r.id), num(r.candidateId), num(r.occupantId), num(r.resourceId), num(int(r.direction)), num(r.quantity),
            r.unit};
}
QStringList fields(const Decision& r)
{
    return {num(r.candidateId),    num(int(r.kind)), num(r.buildingId),
            num(int(r.override_)), r.justification,  text(r.decidedAt)};
}

// Two rows are the same when all their fields are; scores, by the ten thousand, are
// compared without going through text.
template<typename T> bool same(const T& a, const T& b)
{
    return fields(a) == fields(b);
}
bool same(const Score& a, const Score& b)
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
}

template<typename T> using KeyOf = std::decay_t<decltype(rowKey(std::declval<const T&>()))>;
template<typename T> using RowOf = typename T::value_type;

// What a row put becomes in memory: applyChange keeps attachments without their bytes.
template<typename T> T inMemory(T row)
{
    return row;
}
Attachment inMemory(Attachment row)
{
    row.data.clear();
    return row;
}

// Where `actual` first differs from `expected`, or empty. Settings and every table are
// compared field by field, including resources (no Change touches them), in their
// order, since applyChange keeps each table in the order a campaign file loads it in,
// except scores, compared by key: applyChange does not keep them in any order.
template<typename T>
QString tableDifference(const char* table, const std::vector<T>& actual, const std::vector<T>& expected)
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

QString difference(const Campaign& actual, const Campaign& expected)
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
QString tableEffect(const char* table, const std::vector<T>& before, const Rows<T>& rows, const std::vector<T>& after)
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

QString effect(const Campaign& before, const Change& change, const Campaign& after)
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

Deltas sizes(const Campaign& c)
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

QString outOfFileOrder(const Campaign& c)
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
    };
    for (const QString& problem : problems) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

// The first row that names a row no longer there (a score of a removed candidate, an
// occupant in a removed building…), or empty.
QString danglingReference(const Campaign& c)
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
    return {};
}

// The fixture: the demo campaign (40 buildings, 5 pillars of 3 criteria, an expert jury
// of jurors 1–9 and a citizen jury of jurors 10–24, 60 candidates scored by every juror
// not in conflict, 3 occupants with flows), plus what the demo lacks so that each
// removal has something to take along: preferred buildings, decisions, attachments.
constexpr Id tower = 21;       // the control tower, where occupant 1 (the museum) is
constexpr Id citizenJury = 2;  // jurors 10–24
constexpr Id citizen = 10;     // in conflict with candidate 1 below
constexpr Id lastCitizen = 24; // has not scored candidate 60 yet
constexpr Id farm = 3;         // the occupant with flows 1 and 2

QDateTime at(int day)
{
    return utcDateTime(QDate(2026, 5, day), QTime(10, 30));
}

Decision decision(Id candidate, DecisionKind kind, Id building)
{
    Decision d;
    d.candidateId = candidate;
    d.kind = kind;
    d.buildingId = building;
    d.decidedAt = at(2);
    return d;
}

Attachment attachment(Id id, Id candidate, const char* fileName)
{
    return {id, candidate, QString::fromLatin1(fileName), QStringLiteral("application/pdf"), QByteArray(), at(1)};
}

Campaign makeFixture()
{
    Campaign c = DemoGenerator::generate();
    c.candidates[0].preferredBuildingId = tower;
    c.candidates[1].preferredBuildingId = tower;
    c.decisions = {decision(1, DecisionKind::Laureate, tower), decision(2, DecisionKind::Waiting, 0),
                   decision(3, DecisionKind::Rejected, 0)};
    c.attachments = {attachment(1, 1, "kbis.pdf"), attachment(2, 1, "budget.pdf"), attachment(3, 2, "statuts.pdf")};
    const bool inConflict = std::any_of(c.conflicts.begin(), c.conflicts.end(),
                                        [](const Conflict& k) { return k.jurorId == citizen && k.candidateId == 1; });
    if (!inConflict)
        c.conflicts.push_back({citizen, 1, QStringLiteral("Voisin du porteur de projet")});
    c.scores.erase(std::remove_if(c.scores.begin(), c.scores.end(),
                                  [](const Score& s) {
                                      return (s.jurorId == citizen && s.candidateId == 1) ||
                                             (s.jurorId == lastCitizen && s.candidateId == 60);
                                  }),
                   c.scores.end());
    // As a campaign file loads them: the generator draws conflicts in no order.
    std::sort(c.conflicts.begin(), c.conflicts.end(), [](const Conflict& a, const Conflict& b) {
        return std::tie(a.jurorId, a.candidateId) < std::tie(b.jurorId, b.candidateId);
    });
    return c;
}

const Campaign& fixture()
{
    static const Campaign c = makeFixture();
    return c;
}

template<typename T, typename K> T rowOf(const std::vector<T>& table, const K& key)
{
    for (const T& r : table) {
        if (rowKey(r) == key)
            return r;
    }
    qFatal("The fixture has no such row: the test's assumptions about the demo no longer hold");
}

template<typename T, typename P> int countOf(const std::vector<T>& table, P pred)
{
    return int(std::count_if(table.begin(), table.end(), pred));
}

template<typename T> Change putting(Rows<T> Change::*table, std::vector<T> rows)
{
    Change c;
    (c.*table).put = std::move(rows);
    return c;
}
template<typename T> Change removing(Rows<T> Change::*table, std::vector<T> rows)
{
    Change c;
    (c.*table).remove = std::move(rows);
    return c;
}

Change merged(std::initializer_list<Change> parts)
{
    Change all;
    for (const Change& part : parts) {
        if (part.settings)
            all.settings = part.settings;
        eachTable(
            [](const char*, auto& into, const auto& from) {
                into.put.insert(into.put.end(), from.put.begin(), from.put.end());
                into.remove.insert(into.remove.end(), from.remove.begin(), from.remove.end());
            },
            all, part);
    }
    return all;
}

void addRow(const char* tag, Change change, const Deltas& sizeDelta)
{
    change.text = QString::fromUtf8(tag);
    QTest::newRow(tag) << change << sizeDelta;
}

} // namespace

class TstChange : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString dangling = danglingReference(fixture());
        QVERIFY2(dangling.isEmpty(), qPrintable(QStringLiteral("the fixture itself has a dangling %1").arg(dangling)));
        const QString disorder = outOfFileOrder(fixture());
        QVERIFY2(disorder.isEmpty(), qPrintable(QStringLiteral("the fixture itself is out of order: ") + disorder));
    }

    void applyingThenInvertingRestoresEveryTable_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<Deltas>("sizeDelta");
        const Campaign& f = fixture();
        const QString t = QStringLiteral("t");

        // Buildings.
        const Change newBuilding =
            putting(&Change::buildings,
                    {{41, QStringLiteral("Hangar H6"), 900, QStringLiteral("atelier"), {}, QStringLiteral("Neuf")}});
        addRow("a new building is added", newBuilding, {{QStringLiteral("buildings"), 1}});
        Building b5 = rowOf(f.buildings, Id(5));
        b5.name += QStringLiteral(" (rénové)");
        b5.surface += 120;
        b5.acceptedUses = {QStringLiteral("bureau")};
        addRow("a building is replaced", putting(&Change::buildings, {b5}), {});
        // Candidates 1 and 2 prefer it, occupant 1 is in it, decision 1 places candidate 1 there:
        // they stay, without the building.
        addRow("removing a building detaches the candidates, occupant and decision on it",
               removing(&Change::buildings, {rowOf(f.buildings, tower)}), {{QStringLiteral("buildings"), -1}});

        // Pillars.
        const Change newPillar = putting(
            &Change::pillars, {{6, QStringLiteral("territorial"), QStringLiteral("Territorial"), 10, std::nullopt, 6}});
        addRow("a new pillar is added after the others", newPillar, {{QStringLiteral("pillars"), 1}});
        Pillar environmental = rowOf(f.pillars, Id(3));
        QVERIFY2(environmental.eliminatoryThreshold, "the demo's environmental pillar is eliminatory");
        environmental.weight = 35;
        environmental.eliminatoryThreshold.reset();
        environmental.position = 0;
        addRow("a pillar is replaced and moves first", putting(&Change::pillars, {environmental}), {});
        const int culturalScores = countOf(f.scores, [](const Score& s) { return s.criterionId >= 13; });
        addRow("removing a pillar takes its criteria and their scores",
               removing(&Change::pillars, {rowOf(f.pillars, Id(5))}),
               {{QStringLiteral("pillars"), -1},
                {QStringLiteral("criteria"), -3},
                {QStringLiteral("scores"), -culturalScores}});

        // Criteria.
        const Criterion fresco{16, 5, QStringLiteral("cultural_4"), QStringLiteral("Fresques"), 2, {}, 16};
        const Change newCriterion = putting(&Change::criteria, {fresco});
        addRow("a new criterion is added to a pillar", newCriterion, {{QStringLiteral("criteria"), 1}});
        Criterion c4 = rowOf(f.criteria, Id(4));
        c4.name = QStringLiteral("Insertion");
        c4.weight = 2;
        c4.rubric = {{QStringLiteral("Non"), QStringLiteral("Aucun poste")}, {QStringLiteral("Oui"), QString()}};
        addRow("a criterion is replaced with a new rubric", putting(&Change::criteria, {c4}), {});
        addRow("removing a criterion takes its scores", removing(&Change::criteria, {rowOf(f.criteria, Id(1))}),
               {{QStringLiteral("criteria"), -1},
                {QStringLiteral("scores"), -countOf(f.scores, [](const Score& s) { return s.criterionId == 1; })}});

        // Juries.
        const Change newJury =
            putting(&Change::juries, {{3, QStringLiteral("youth"), QStringLiteral("Jury jeunes"), 10, 0, 20, 1, 2, 3}});
        addRow("a new jury is added", newJury, {{QStringLiteral("juries"), 1}});
        Jury experts = rowOf(f.juries, Id(1));
        experts.scaleMax = 20;
        experts.scaleStep = 1;
        experts.quorum = 4;
        addRow("a jury's scale and quorum are replaced", putting(&Change::juries, {experts}), {});
        auto citizenJuror = [](Id juror) { return juror >= citizen && juror <= lastCitizen; };
        const int citizenConflicts = countOf(f.conflicts, [&](const Conflict& k) { return citizenJuror(k.jurorId); });
        QVERIFY2(citizenConflicts > 0, "the fixture gives the citizen jury a conflict");
        addRow(
            "removing a jury takes its jurors, their scores and their conflicts",
            removing(&Change::juries, {rowOf(f.juries, citizenJury)}),
            {{QStringLiteral("juries"), -1},
             {QStringLiteral("jurors"), -countOf(f.jurors, [](const Juror& j) { return j.juryId == citizenJury; })},
             {QStringLiteral("conflicts"), -citizenConflicts},
             {QStringLiteral("scores"), -countOf(f.scores, [&](const Score& s) { return citizenJuror(s.jurorId); })}});

        // Jurors.
        const Change newJuror =
            putting(&Change::jurors, {{25, 1, QStringLiteral("Nadia Roussel"),
                                       QStringLiteral("nadia@expert.example.fr"), QStringLiteral("ADEME")}});
        addRow("a new juror joins a jury", newJuror, {{QStringLiteral("jurors"), 1}});
        Juror j3 = rowOf(f.jurors, Id(3));
        j3.email = QStringLiteral("nouvelle.adresse@example.fr");
        j3.organisation = QStringLiteral("Région Grand Est");
        j3.juryId = citizenJury;
        addRow("a juror's details and jury are replaced", putting(&Change::jurors, {j3}), {});
        addRow("removing a juror takes their scores and conflicts",
               removing(&Change::jurors, {rowOf(f.jurors, citizen)}),
               {{QStringLiteral("jurors"), -1},
                {QStringLiteral("conflicts"),
                 -countOf(f.conflicts, [](const Conflict& k) { return k.jurorId == citizen; })},
                {QStringLiteral("scores"), -countOf(f.scores, [](const Score& s) { return s.jurorId == citizen; })}});

        // Occupants.
        const Change newOccupant = putting(
            &Change::occupants, {{4, QStringLiteral("Atelier partagé"), QString(), QStringLiteral("Association"), 5}});
        addRow("a new occupant moves in", newOccupant, {{QStringLiteral("occupants"), 1}});
        Occupant o2 = rowOf(f.occupants, Id(2));
        o2.description = QStringLiteral("Propriétaire et gestionnaire du site");
        o2.buildingId = 3;
        addRow("an occupant is replaced and moves", putting(&Change::occupants, {o2}), {});
        addRow("removing an occupant takes its flows", removing(&Change::occupants, {rowOf(f.occupants, farm)}),
               {{QStringLiteral("occupants"), -1},
                {QStringLiteral("flows"), -countOf(f.flows, [](const Flow& x) { return x.occupantId == farm; })}});

        // Candidates.
        Candidate newcomer = rowOf(f.candidates, Id(4));
        newcomer.id = 61;
        newcomer.registrationNo = 61;
        newcomer.name = QStringLiteral("Nouvelle Coopérative");
        newcomer.siret.clear();
        newcomer.status = CandidateStatus::Received;
        const Change newCandidate = putting(&Change::candidates, {newcomer});
        addRow("a new candidate registers", newCandidate, {{QStringLiteral("candidates"), 1}});
        Candidate k5 = rowOf(f.candidates, Id(5));
        k5.registrationNo = 100;
        k5.status = CandidateStatus::Withdrawn;
        k5.statusReason = QStringLiteral("Projet abandonné");
        k5.requestedSurface = 999;
        k5.preferredBuildingId = 7;
        addRow("a candidate is replaced and its registration number moves it last", putting(&Change::candidates, {k5}),
               {});
        auto ofCandidate1 = [](const auto& row) { return row.candidateId == 1; };
        const Deltas candidate1{{QStringLiteral("candidates"), -1},
                                {QStringLiteral("scores"), -countOf(f.scores, ofCandidate1)},
                                {QStringLiteral("conflicts"), -countOf(f.conflicts, ofCandidate1)},
                                {QStringLiteral("decisions"), -1},
                                {QStringLiteral("flows"), -countOf(f.flows, ofCandidate1)},
                                {QStringLiteral("attachments"), -2}};
        QVERIFY2(candidate1.value(QStringLiteral("flows")) < 0, "candidate 1 of the demo has flows");
        addRow("removing a candidate takes its scores, conflicts, decision, flows and attachments",
               removing(&Change::candidates, {rowOf(f.candidates, Id(1))}), candidate1);

        // Conflicts.
        QVERIFY2(std::none_of(f.conflicts.begin(), f.conflicts.end(),
                              [](const Conflict& k) { return k.jurorId == 2 && k.candidateId == 2; }),
                 "juror 2 is not in conflict with candidate 2 yet");
        const Change newConflict = putting(&Change::conflicts, {{2, 2, QStringLiteral("Ancien associé")}});
        addRow("a new conflict of interest is declared", newConflict, {{QStringLiteral("conflicts"), 1}});
        Conflict first = f.conflicts.front();
        first.reason = QStringLiteral("Ancien salarié du candidat");
        addRow("a conflict's reason is replaced", putting(&Change::conflicts, {first}), {});
        addRow("removing a conflict",
               removing(&Change::conflicts, {rowOf(f.conflicts, std::tuple<Id, Id>{citizen, 1})}),
               {{QStringLiteral("conflicts"), -1}});

        // Decisions.
        Decision forced = decision(10, DecisionKind::Laureate, 5);
        forced.override_ = Override::ForcedIn;
        forced.justification = QStringLiteral("Projet structurant pour le site");
        const Change newDecision = putting(&Change::decisions, {forced});
        addRow("a new decision is recorded", newDecision, {{QStringLiteral("decisions"), 1}});
        Decision d2 = rowOf(f.decisions, Id(2));
        d2.kind = DecisionKind::Rejected;
        d2.override_ = Override::ForcedOut;
        d2.justification = QStringLiteral("Surface indisponible");
        addRow("a decision is replaced", putting(&Change::decisions, {d2}), {});
        addRow("removing a decision", removing(&Change::decisions, {rowOf(f.decisions, Id(3))}),
               {{QStringLiteral("decisions"), -1}});

        // Flows.
        const Id nextFlow = f.flows.back().id + 1;
        const Change newFlow = putting(&Change::flows, {{nextFlow, 3, 0, 1, FlowDirection::Input, 12.5, t}});
        addRow("a new flow is declared", newFlow, {{QStringLiteral("flows"), 1}});
        Flow f1 = rowOf(f.flows, Id(1));
        f1.quantity = 55;
        f1.direction = FlowDirection::Input;
        f1.unit = QStringLiteral("m3");
        addRow("a flow is replaced", putting(&Change::flows, {f1}), {});
        addRow("removing a flow", removing(&Change::flows, {rowOf(f.flows, Id(2))}), {{QStringLiteral("flows"), -1}});

        // Attachments.
        const Change newAttachment =
            putting(&Change::attachments, {{4, 5, QStringLiteral("plan.pdf"), QStringLiteral("application/pdf"),
                                            QByteArray("%PDF-1.7 plan"), at(3)}});
        addRow("a new attachment is added, in memory without its bytes", newAttachment,
               {{QStringLiteral("attachments"), 1}});
        Attachment a1 = rowOf(f.attachments, Id(1));
        a1.fileName = QStringLiteral("kbis-2026.pdf");
        addRow("an attachment is renamed", putting(&Change::attachments, {a1}), {});
        addRow("removing an attachment", removing(&Change::attachments, {rowOf(f.attachments, Id(3))}),
               {{QStringLiteral("attachments"), -1}});

        // Scores.
        const Change newScore =
            putting(&Change::scores,
                    {{lastCitizen, 60, 1, 4, QStringLiteral("Bon ancrage"), at(4), QStringLiteral("entered")}});
        addRow("a new score is given", newScore, {{QStringLiteral("scores"), 1}});
        Score corrected = rowOf(f.scores, std::tuple<Id, Id, Id>{2, 1, 1});
        corrected.value = corrected.value == 10 ? 9.5 : corrected.value + 0.5;
        corrected.comment = QStringLiteral("Corrigé d'après la fiche papier");
        corrected.origin = QStringLiteral("paper");
        addRow("a score is corrected", putting(&Change::scores, {corrected}), {});
        addRow("removing a score", removing(&Change::scores, {rowOf(f.scores, std::tuple<Id, Id, Id>{2, 1, 2})}),
               {{QStringLiteral("scores"), -1}});

        // More than eight rows of a table: Change.cpp then finds keys through a hash table.
        std::vector<Score> candidate5, candidate6;
        for (const Score& s : f.scores) {
            if (s.candidateId == 5) {
                Score r = s;
                r.comment = QStringLiteral("Relu");
                r.origin = QStringLiteral("paper");
                candidate5.push_back(r);
            } else if (s.candidateId == 6) {
                candidate6.push_back(s);
            }
        }
        addRow("re-scoring a whole candidate at once", putting(&Change::scores, candidate5), {});
        addRow("removing a whole candidate's scores at once", removing(&Change::scores, candidate6),
               {{QStringLiteral("scores"), -int(candidate6.size())}});
        std::vector<Score> frescoScores;
        for (const Juror& j : f.jurors)
            frescoScores.push_back(
                {j.id, 3, fresco.id, j.juryId == 1 ? 7.5 : 4, QString(), at(5), QStringLiteral("entered")});
        addRow("adding a criterion with its scores in one change",
               merged({newCriterion, putting(&Change::scores, frescoScores)}),
               {{QStringLiteral("criteria"), 1}, {QStringLiteral("scores"), int(f.jurors.size())}});

        // Settings.
        CampaignSettings s = f.settings;
        s.name = QStringLiteral("AMI Microville 112 — deuxième appel");
        s.status = CampaignStatus::Closed;
        s.aggregation = Aggregation::TrimmedMean;
        s.fillTargetPct = 90;
        s.countLand = true;
        s.tieChain = {{TieKey::Final, {}}, {TieKey::JuryTotal, QStringLiteral("citizen")}, {TieKey::Registration, {}}};
        Change newSettings;
        newSettings.settings = s;
        addRow("the settings are replaced", newSettings, {});

        // Several tables at once.
        Building b5Twice = b5;
        b5Twice.notes = QStringLiteral("Deuxième version");
        addRow("of two rows put with one key the last wins", putting(&Change::buildings, {b5, b5Twice}), {});
        addRow("one change putting a row in every table and the settings",
               merged({newBuilding, newPillar, newCriterion, newJury, newJuror, newOccupant, newCandidate, newConflict,
                       newDecision, newFlow, newAttachment, newScore, newSettings}),
               {{QStringLiteral("buildings"), 1},
                {QStringLiteral("pillars"), 1},
                {QStringLiteral("criteria"), 1},
                {QStringLiteral("juries"), 1},
                {QStringLiteral("jurors"), 1},
                {QStringLiteral("occupants"), 1},
                {QStringLiteral("candidates"), 1},
                {QStringLiteral("conflicts"), 1},
                {QStringLiteral("decisions"), 1},
                {QStringLiteral("flows"), 1},
                {QStringLiteral("attachments"), 1},
                {QStringLiteral("scores"), 1}});
    }

    void applyingThenInvertingRestoresEveryTable()
    {
        QFETCH(Change, change);
        QFETCH(Deltas, sizeDelta);
        const Campaign& original = fixture();
        addDependents(original, change);

        Campaign edited = original;
        applyChange(edited, change);
        const QString wrong = effect(original, change, edited);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("after the change: ") + wrong));
        const Deltas before = sizes(original), after = sizes(edited);
        for (const QString& table : sizeDelta.keys())
            QVERIFY2(before.contains(table), qPrintable(QStringLiteral("no table named %1").arg(table)));
        for (const QString& table : before.keys()) {
            const int expected = before.value(table) + sizeDelta.value(table);
            QVERIFY2(after.value(table) == expected,
                     qPrintable(QStringLiteral("%1: %2 rows after the change, expected %3")
                                    .arg(table)
                                    .arg(after.value(table))
                                    .arg(expected)));
        }
        const QString dangling = danglingReference(edited);
        QVERIFY2(dangling.isEmpty(), qPrintable(QStringLiteral("after the change, a dangling ") + dangling));
        const QString disorder = outOfFileOrder(edited);
        QVERIFY2(disorder.isEmpty(), qPrintable(QStringLiteral("after the change, ") + disorder));
        QVERIFY2(!difference(edited, original).isEmpty(), "the change changed nothing: this row tests nothing");

        const Change undo = inverseOf(original, change);
        QCOMPARE(undo.text, change.text);
        applyChange(edited, undo);
        const QString left = difference(edited, original);
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("after the inverse: ") + left));
    }

    void applyingAgainAfterUndoingGivesTheSameCampaign_data() { applyingThenInvertingRestoresEveryTable_data(); }

    void applyingAgainAfterUndoingGivesTheSameCampaign()
    {
        QFETCH(Change, change);
        const Campaign& original = fixture();
        addDependents(original, change);
        Campaign once = original;
        applyChange(once, change);

        Campaign redone = original;
        applyChange(redone, change);
        applyChange(redone, inverseOf(original, change));
        applyChange(redone, change);
        const QString wrong = difference(redone, once);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("applied, undone and applied again: ") + wrong));
    }

    void anEmptyChangeIsEmpty()
    {
        const Change empty;
        QVERIFY2(empty.isEmpty(), "a Change as constructed");
        QCOMPARE(empty.rowCount(), size_t(0));
        QCOMPARE(empty.entity(), QStringLiteral("campaign"));
        QCOMPARE(empty.summary(), QString());

        Change described;
        described.text = QStringLiteral("Nothing at all");
        described.note = QStringLiteral("a text and a note touch no row");
        QVERIFY2(described.isEmpty(), "a Change with only a text and a note");

        Campaign c = fixture();
        applyChange(c, described);
        const QString wrong = difference(c, fixture());
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("an empty change changed ") + wrong));
        const Change undo = inverseOf(fixture(), described);
        QVERIFY2(undo.isEmpty(), qPrintable(QStringLiteral("the inverse of an empty change: ") + undo.summary()));
        QCOMPARE(undo.text, described.text);
    }

    // One row in one table, or the settings alone, is a change; each row counts once.
    void aRowInAnyTableOrTheSettingsMakesAChange_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("entity");

        for (int table = 0; table < 12; ++table) {
            for (const bool put : {true, false}) {
                Change change;
                QString name;
                int index = 0;
                eachTable(
                    [&](const char* tableName, auto& rows) {
                        if (index++ != table)
                            return;
                        name = QLatin1String(tableName);
                        using Row = RowOf<std::decay_t<decltype(rows.put)>>;
                        (put ? rows.put : rows.remove).push_back(Row{});
                    },
                    change);
                const QString tag = put ? QStringLiteral("a row put in %1").arg(name)
                                        : QStringLiteral("a row removed from %1").arg(name);
                QTest::newRow(qPrintable(tag)) << change << 1 << name;
            }
        }
        Change settings;
        settings.settings = CampaignSettings{};
        QTest::newRow("new settings and no row") << settings << 0 << QStringLiteral("campaign");
    }

    void aRowInAnyTableOrTheSettingsMakesAChange()
    {
        QFETCH(Change, change);
        QFETCH(int, rows);
        QFETCH(QString, entity);
        QVERIFY2(!change.isEmpty(), qPrintable(QStringLiteral("empty, with %1 row(s)").arg(change.rowCount())));
        QCOMPARE(change.rowCount(), size_t(rows));
        QCOMPARE(change.entity(), entity);
    }

    void theInverseTouchesTheSettingsOnlyWhenTheChangeDoes()
    {
        const Campaign& original = fixture();
        const Change building = putting(
            &Change::buildings, {{41, QStringLiteral("Hangar H6"), 900, QStringLiteral("atelier"), {}, QString()}});
        QVERIFY2(!inverseOf(original, building).settings, "undoing a new building would also reset the settings");

        Change settings;
        settings.settings = original.settings;
        settings.settings->name = QStringLiteral("Renamed");
        const Change undo = inverseOf(original, settings);
        QVERIFY2(undo.settings, "undoing new settings leaves them");
        QCOMPARE(undo.settings->name, original.settings.name);
        QCOMPARE(fields(*undo.settings), fields(original.settings));
    }

    void removingARowThatIsNotThereChangesNothing()
    {
        const Campaign& original = fixture();
        Candidate ghost;
        ghost.id = 999;
        Change change = removing(&Change::candidates, {ghost});
        addDependents(original, change);
        QCOMPARE(change.rowCount(), size_t(1));
        Campaign c = original;
        applyChange(c, change);
        const QString wrong = difference(c, original);
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("removing no row changed ") + wrong));
        const Change undo = inverseOf(original, change);
        QVERIFY2(undo.isEmpty(), qPrintable(QStringLiteral("its inverse: ") + undo.summary()));
    }

    // The audit log's line: each table touched, parents first, with rows put and removed.
    void theSummaryCountsRowsPerTableParentsFirst()
    {
        const Campaign& original = fixture();
        Change change = removing(&Change::candidates, {rowOf(original.candidates, Id(1))});
        addDependents(original, change);
        auto ofCandidate1 = [](const auto& row) { return row.candidateId == 1; };
        const QString expected = QStringLiteral("candidates +0 -1; conflicts +0 -%1; decisions +0 -1; flows +0 -%2; "
                                                "attachments +0 -2; scores +0 -%3")
                                     .arg(countOf(original.conflicts, ofCandidate1))
                                     .arg(countOf(original.flows, ofCandidate1))
                                     .arg(countOf(original.scores, ofCandidate1));
        QCOMPARE(change.summary(), expected);
        QCOMPARE(change.entity(), QStringLiteral("candidates"));

        Change settings = putting(&Change::scores, {Score{}});
        settings.settings = original.settings;
        QCOMPARE(settings.summary(), QStringLiteral("campaign settings; scores +1 -0"));
        QCOMPARE(settings.entity(), QStringLiteral("scores"));
    }
};

QTEST_GUILESS_MAIN(TstChange)
#include "tst_change.moc"
