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
#include "tests/support/ChangeChecks.h"

#include <QtTest>

#include <algorithm>
#include <utility>

using namespace palmares;
using namespace palmares::test;

Q_DECLARE_METATYPE(palmares::Change)

namespace {

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
    c.sessions = {{1,
                   at(20),
                   QStringLiteral("Salle du conseil"),
                   QStringLiteral("Hélène Marchal"),
                   {1, 2, 3, 4, 5, citizen, 11, 12, 13, 14, 15, 16, 17, 18},
                   QString()}};
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
        addRow("removing a juror takes their scores and conflicts, and takes them off the session",
               removing(&Change::jurors, {rowOf(f.jurors, citizen)}),
               {{QStringLiteral("jurors"), -1},
                {QStringLiteral("conflicts"),
                 -countOf(f.conflicts, [](const Conflict& k) { return k.jurorId == citizen; })},
                {QStringLiteral("scores"), -countOf(f.scores, [](const Score& s) { return s.jurorId == citizen; })}});

        // The deliberation session.
        DeliberationSession session = f.sessions.front();
        session.place = QStringLiteral("Hangar 3");
        session.jurorsPresent = {2, 4, 6, 8, 10, 12};
        session.notes = QStringLiteral("Séance ouverte à 18 h");
        addRow("the deliberation session is replaced", putting(&Change::sessions, {session}), {});
        addRow("removing the deliberation session", removing(&Change::sessions, {f.sessions.front()}),
               {{QStringLiteral("deliberation_session"), -1}});
        addRow("removing a jury takes its jurors off the session, as the rest",
               merged({putting(&Change::sessions, {session}), removing(&Change::juries, {rowOf(f.juries, Id(1))})}),
               {{QStringLiteral("juries"), -1},
                {QStringLiteral("jurors"), -countOf(f.jurors, [](const Juror& j) { return j.juryId == 1; })},
                {QStringLiteral("conflicts"),
                 -countOf(f.conflicts, [](const Conflict& k) { return k.jurorId < citizen; })},
                {QStringLiteral("scores"), -countOf(f.scores, [](const Score& s) { return s.jurorId < citizen; })}});

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

        for (int table = 0; table < 13; ++table) {
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
