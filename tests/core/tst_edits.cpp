// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of core/edit/Edits: each checks its rule and builds the Change the document
// applies, named for the undo history, or says why it is refused.
#include "core/edit/Edits.h"

#include "core/demo/DemoGenerator.h"
#include "core/model/Rules.h"
#include "core/model/UtcTime.h"

#include <QtTest>

using namespace palmares;

namespace {

Campaign twoCandidates()
{
    Campaign c;
    Candidate a;
    a.id = 1;
    a.name = QStringLiteral("Paille & Terre");
    Candidate b;
    b.id = 2;
    b.name = QStringLiteral("Le Mess Partagé");
    c.candidates = {a, b};
    Decision allocated;
    allocated.candidateId = 2;
    allocated.kind = DecisionKind::Laureate;
    allocated.buildingId = 7;
    c.decisions = {allocated};
    Attachment file;
    file.id = 4;
    file.candidateId = 1;
    file.fileName = QStringLiteral("dossier.pdf");
    c.attachments = {file};
    return c;
}

const QDateTime at = utcDateTime(QDate(2026, 12, 2), QTime(10, 0));

// A small campaign set up in full: two pillars of two criteria, a jury on 0–10 by 1 with
// two jurors, two candidates, a building, a conflict and a score.
Campaign setUp()
{
    Campaign c = twoCandidates();
    c.pillars = {{1, QStringLiteral("eco"), QStringLiteral("Économie"), 1, std::nullopt, 0},
                 {2, QStringLiteral("soc"), QStringLiteral("Social"), 1, std::nullopt, 1}};
    c.criteria = {{1, 1, QStringLiteral("emploi"), QStringLiteral("Emplois"), 1, {{QStringLiteral("Faible"), {}}}, 0},
                  {2, 1, QStringLiteral("invest"), QStringLiteral("Investissement"), 1, {}, 1},
                  {3, 2, QStringLiteral("insert"), QStringLiteral("Insertion"), 1, {}, 2},
                  {4, 2, QStringLiteral("gouv"), QStringLiteral("Gouvernance"), 1, {}, 3}};
    Jury expert;
    expert.id = 1;
    expert.code = QStringLiteral("expert");
    expert.name = QStringLiteral("jury d'experts");
    c.juries = {expert};
    c.jurors = {{1, 1, QStringLiteral("Claire Dubois"), QStringLiteral("claire@example.fr"), {}},
                {2, 1, QStringLiteral("Marc Petit"), {}, {}}};
    Building b;
    b.id = 7;
    b.name = QStringLiteral("Hangar 3");
    b.surface = 2400;
    b.useType = QStringLiteral("atelier");
    c.buildings = {b};
    c.conflicts = {{2, 1, QStringLiteral("Associé")}};
    c.scores = {{1, 1, 1, 7, {}, at, QStringLiteral("entered")}};
    return c;
}

QString refusal(const Edit& edit)
{
    return edit.isRefused() ? edit.problem : QStringLiteral("(accepted)");
}

} // namespace

class TstEdits : public QObject {
    Q_OBJECT

private slots:
    void anOverrideWithoutJustificationIsRefused_data()
    {
        QTest::addColumn<int>("override_");
        QTest::addColumn<QString>("justification");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("forced in, no justification") << int(Override::ForcedIn) << QString() << false;
        QTest::newRow("forced out, only spaces") << int(Override::ForcedOut) << QStringLiteral("  \n ") << false;
        QTest::newRow("forced in, with a reason") << int(Override::ForcedIn) << QStringLiteral("Filière bois") << true;
        QTest::newRow("no override needs no reason") << int(Override::None) << QString() << true;
    }

    void anOverrideWithoutJustificationIsRefused()
    {
        QFETCH(int, override_);
        QFETCH(QString, justification);
        QFETCH(bool, accepted);
        const Edit edit =
            Edits::recordDecision(twoCandidates(), 1, DecisionKind::Laureate, Override(override_), justification, at);
        QCOMPARE(edit.change.has_value(), accepted);
        if (accepted) {
            QVERIFY(edit.problem.isEmpty());
            QCOMPARE(edit.change->decisions.put.size(), size_t(1));
            const Decision& d = edit.change->decisions.put.front();
            QCOMPARE(d.justification, justification.trimmed());
            QCOMPARE(d.decidedAt, at);
            QVERIFY2(edit.change->text.contains(QStringLiteral("Paille & Terre")), qPrintable(edit.change->text));
        } else {
            QCOMPARE(edit.problem, QStringLiteral("A candidate forced in or out needs a written justification."));
        }
    }

    void aDecisionKeepsTheBuildingAndNoDecisionRemovesIt()
    {
        const Campaign c = twoCandidates();
        const Edit waiting = Edits::recordDecision(c, 2, DecisionKind::Waiting, Override::None, {}, at);
        QVERIFY2(waiting.change, qPrintable(waiting.problem));
        QCOMPARE(waiting.change->decisions.put.front().buildingId, Id(7));
        const Edit none = Edits::recordDecision(c, 2, DecisionKind::None, Override::None, {}, at);
        QVERIFY2(none.change, qPrintable(none.problem));
        QVERIFY(none.change->decisions.put.empty());
        QCOMPARE(none.change->decisions.remove.size(), size_t(1));
        QCOMPARE(none.change->decisions.remove.front().candidateId, Id(2));
    }

    void anEditOnWhatIsGoneIsRefused()
    {
        const Campaign c = twoCandidates();
        QVERIFY(!Edits::recordDecision(c, 99, DecisionKind::Laureate, Override::None, {}, at).change);
        QVERIFY(!Edits::attach(c, 99, QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), "x", at).change);
        const Edit gone = Edits::removeAttachment(c, 99);
        QVERIFY(!gone.change);
        QVERIFY(!gone.problem.isEmpty());
    }

    void attachmentsGetTheNextIdAndComeOffWhole()
    {
        const Campaign c = twoCandidates();
        const Edit added = Edits::attach(c, 2, QStringLiteral("plan.png"), QStringLiteral("image/png"), "PNG", at);
        QVERIFY2(added.change, qPrintable(added.problem));
        const Attachment& a = added.change->attachments.put.front();
        QCOMPARE(a.id, Id(5));
        QCOMPARE(a.candidateId, Id(2));
        QCOMPARE(a.data, QByteArray("PNG"));
        QCOMPARE(a.addedAt, at);
        QCOMPARE(added.change->text, QStringLiteral("Attach plan.png to “Le Mess Partagé”"));
        const Edit removed = Edits::removeAttachment(c, 4);
        QVERIFY2(removed.change, qPrintable(removed.problem));
        QCOMPARE(removed.change->attachments.remove.front().fileName, QStringLiteral("dossier.pdf"));
    }

    void everyRowOfTheDemoHoldsTheRules()
    {
        // Every edit checks the whole row: a row the demo (or an import) wrote must pass,
        // or editing one of its fields would be refused for another.
        const Campaign c = DemoGenerator::generate();
        for (const Candidate& k : c.candidates)
            QVERIFY2(Edits::editCandidate(c, k, QStringLiteral("name")).isUnchanged(), qPrintable(k.name));
        for (const Building& b : c.buildings)
            QVERIFY2(Edits::editBuilding(c, b).isUnchanged(), qPrintable(b.name));
        for (const Pillar& p : c.pillars)
            QVERIFY2(Edits::editPillar(c, p).isUnchanged(), qPrintable(p.name));
        for (const Criterion& k : c.criteria)
            QVERIFY2(Edits::editCriterion(c, k).isUnchanged(), qPrintable(k.name));
        for (const Jury& j : c.juries)
            QVERIFY2(Edits::editJury(c, j).isUnchanged(), qPrintable(j.name));
        for (const Juror& j : c.jurors)
            QVERIFY2(Edits::editJuror(c, j).isUnchanged(), qPrintable(j.name));
    }

    void aBuildingHasANameAUseAndAPlausibleSurface_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("use");
        QTest::addColumn<double>("surface");
        QTest::addColumn<QString>("problem"); // a part of it; empty when accepted
        QTest::newRow("a new surface") << QStringLiteral("Hangar 3") << QStringLiteral("atelier") << 2600.0
                                       << QString();
        QTest::newRow("no name") << QStringLiteral("  ") << QStringLiteral("atelier") << 2400.0
                                 << QStringLiteral("needs a name");
        QTest::newRow("an escape in the name") << QStringLiteral("Hangar\x1b[2J") << QStringLiteral("atelier") << 2400.0
                                               << QStringLiteral("control character");
        QTest::newRow("an unknown use") << QStringLiteral("Hangar 3") << QStringLiteral("usine") << 2400.0
                                        << QStringLiteral("not a use");
        QTest::newRow("a negative surface")
            << QStringLiteral("Hangar 3") << QStringLiteral("atelier") << -300.0 << QStringLiteral("from 0 to");
        QTest::newRow("a few zeros too many")
            << QStringLiteral("Hangar 3") << QStringLiteral("atelier") << 24000000.0 << QStringLiteral("from 0 to");
        QTest::newRow("not a number") << QStringLiteral("Hangar 3") << QStringLiteral("atelier")
                                      << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("from 0 to");
    }

    void aBuildingHasANameAUseAndAPlausibleSurface()
    {
        QFETCH(QString, name);
        QFETCH(QString, use);
        QFETCH(double, surface);
        QFETCH(QString, problem);
        const Campaign c = setUp();
        Building b = c.buildings.front();
        b.name = name;
        b.useType = use;
        b.surface = surface;
        const Edit edit = Edits::editBuilding(c, b);
        if (problem.isEmpty()) {
            QVERIFY2(edit.change, qPrintable(refusal(edit)));
            QCOMPARE(edit.change->buildings.put.front().surface, surface);
            QCOMPARE(edit.change->text, QStringLiteral("Edit building “Hangar 3”"));
        } else {
            QVERIFY2(edit.isRefused() && edit.problem.contains(problem), qPrintable(refusal(edit)));
        }
    }

    void aControlCharacterIsShownNotStored()
    {
        const Campaign c = setUp();
        Candidate k = c.candidates.front();
        k.description = QStringLiteral("Atelier\ttoile\nterre") + QChar(0) + QStringLiteral("paille");
        const Edit edit = Edits::editCandidate(c, k, QStringLiteral("description"));
        QVERIFY(edit.isRefused());
        QVERIFY2(edit.problem.contains(QStringLiteral("terre␀paille")), qPrintable(edit.problem));
        QVERIFY2(!edit.problem.contains(QChar(0)), "the message itself holds the character");
        k.description = QStringLiteral("Atelier\ttoile\nterre paille");
        QVERIFY2(Edits::editCandidate(c, k, QStringLiteral("description")).change, "tabs and line breaks are text");
    }

    void aCandidateKeepsTheRulesOfTheImport_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("no name") << QStringLiteral("name") << QString() << QStringLiteral("needs a name");
        QTest::newRow("a bad SIRET") << QStringLiteral("siret") << QStringLiteral("73282932000075")
                                     << QStringLiteral("SIRET");
        QTest::newRow("a SIRET another has") << QStringLiteral("siret") << QStringLiteral("73282932000074")
                                             << QStringLiteral("no. 2 (Le Mess Partagé) already has");
        QTest::newRow("a bad e-mail") << QStringLiteral("email") << QStringLiteral("contact@mairie")
                                      << QStringLiteral("not an e-mail");
        QTest::newRow("a huge surface") << QStringLiteral("surface") << QStringLiteral("1e9")
                                        << QStringLiteral("requested surface");
        QTest::newRow("negative jobs") << QStringLiteral("jobs") << QStringLiteral("-2") << QStringLiteral("Jobs");
        QTest::newRow("an unknown use") << QStringLiteral("use") << QStringLiteral("usine") << QStringLiteral("use");
        QTest::newRow("a building gone") << QStringLiteral("building") << QStringLiteral("8")
                                         << QStringLiteral("no longer");
        QTest::newRow("a good e-mail") << QStringLiteral("email") << QStringLiteral("contact@paille.fr") << QString();
        QTest::newRow("the building") << QStringLiteral("building") << QStringLiteral("7") << QString();
        QTest::newRow("no SIRET yet") << QStringLiteral("siret") << QString() << QString();
    }

    void aCandidateKeepsTheRulesOfTheImport()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        Campaign c = setUp();
        c.candidates[0].siret = QStringLiteral("55210055400013");
        c.candidates[1].siret = QStringLiteral("73282932000074");
        c.candidates[1].registrationNo = 2;
        Candidate k = c.candidates.front();
        if (field == QLatin1String("name"))
            k.name = value;
        else if (field == QLatin1String("siret"))
            k.siret = value;
        else if (field == QLatin1String("email"))
            k.contactEmail = value;
        else if (field == QLatin1String("surface"))
            k.requestedSurface = value.toDouble();
        else if (field == QLatin1String("jobs"))
            k.jobsFte = value.toDouble();
        else if (field == QLatin1String("use"))
            k.wantedUse = value;
        else if (field == QLatin1String("building"))
            k.preferredBuildingId = value.toLongLong();
        const Edit edit = Edits::editCandidate(c, k, field);
        if (problem.isEmpty()) {
            QVERIFY2(edit.change, qPrintable(refusal(edit)));
            QCOMPARE(edit.change->text, QStringLiteral("Edit %1 of “Paille & Terre”").arg(field));
        } else {
            QVERIFY2(edit.isRefused() && edit.problem.contains(problem), qPrintable(refusal(edit)));
        }
    }

    void aNewCandidateTakesTheNextNumber()
    {
        Campaign c = setUp();
        c.candidates[0].registrationNo = 4;
        c.candidates[1].registrationNo = 9;
        const Edit edit = Edits::addCandidate(c, at);
        QVERIFY(edit.change);
        const Candidate& k = edit.change->candidates.put.front();
        QCOMPARE(k.id, Id(3));
        QCOMPARE(k.registrationNo, 10);
        QCOMPARE(k.receivedAt, at);
        QVERIFY(Edits::removeCandidate(c, 2).change);
        QVERIFY(Edits::removeCandidate(c, 5).isRefused());
    }

    void aCodeIsOneWordUniqueWhateverItsCase()
    {
        const Campaign c = setUp();
        Pillar p = c.pillars.front();
        p.code = QStringLiteral("SOC");
        QVERIFY2(refusal(Edits::editPillar(c, p)).contains(QStringLiteral("differ from")), "SOC is soc");
        p.code = QStringLiteral("éco nomie");
        QVERIFY2(refusal(Edits::editPillar(c, p)).contains(QStringLiteral("one word")), "a space");
        p.code = QStringLiteral("ECO");
        QVERIFY2(Edits::editPillar(c, p).change, "its own code in another case");
        Criterion k = c.criteria.front();
        k.code = QStringLiteral("Gouv");
        QVERIFY(refusal(Edits::editCriterion(c, k)).contains(QStringLiteral("differ from")));
        Jury j = c.juries.front();
        j.code = QString();
        QVERIFY(refusal(Edits::editJury(c, j)).contains(QStringLiteral("must be given")));
    }

    void weightsAndThresholdsStayInRange()
    {
        const Campaign c = setUp();
        Pillar p = c.pillars.front();
        p.weight = -1;
        QVERIFY(refusal(Edits::editPillar(c, p)).contains(QStringLiteral("weight")));
        p.weight = rules::maxWeight;
        QVERIFY(Edits::editPillar(c, p).change);
        p.eliminatoryThreshold = 101;
        QVERIFY(refusal(Edits::editPillar(c, p)).contains(QStringLiteral("threshold")));
        p.eliminatoryThreshold = 40;
        QVERIFY(Edits::editPillar(c, p).change);
        Criterion k = c.criteria.front();
        k.weight = std::numeric_limits<double>::infinity();
        QVERIFY(Edits::editCriterion(c, k).isRefused());
    }

    void aNewRowTakesACodeNoneHas()
    {
        Campaign c = setUp();
        c.pillars[1].code = QStringLiteral("pillar3");
        const Edit pillar = Edits::addPillar(c);
        QVERIFY(pillar.change);
        const Pillar& p = pillar.change->pillars.put.front();
        QCOMPARE(p.id, Id(3));
        QCOMPARE(p.code, QStringLiteral("pillar4"));
        QCOMPARE(p.position, 2);
        const Edit criterion = Edits::addCriterion(c, 2);
        QVERIFY(criterion.change);
        const Criterion& k = criterion.change->criteria.put.front();
        QCOMPARE(k.pillarId, Id(2));
        QCOMPARE(k.name, QStringLiteral("Criterion 3"));
        QCOMPARE(k.position, 4);
        QCOMPARE(k.rubric.size(), size_t(3));
        QVERIFY(Edits::addCriterion(c, 9).isRefused());
        QCOMPARE(Edits::addJury(c).change->juries.put.front().code, QStringLiteral("jury2"));
        QCOMPARE(Edits::addJuror(c, 1).change->jurors.put.front().name, QStringLiteral("Juror 3"));
        QCOMPARE(Edits::addBuilding(c).change->buildings.put.front().id, Id(8));
    }

    void movesRenumberOnlyWhatMoves()
    {
        const Campaign c = setUp();
        const Edit down = Edits::movePillar(c, 1, +1);
        QVERIFY(down.change);
        QCOMPARE(down.change->pillars.put.size(), size_t(2));
        QCOMPARE(down.change->pillars.put[0].id, Id(2));
        QCOMPARE(down.change->pillars.put[0].position, 0);
        QCOMPARE(down.change->pillars.put[1].position, 1);
        QVERIFY(Edits::movePillar(c, 1, -1).isUnchanged());
        const Edit criterion = Edits::moveCriterion(c, 4, -1);
        QVERIFY(criterion.change);
        QCOMPARE(criterion.change->criteria.put.size(), size_t(2));
        for (const Criterion& k : criterion.change->criteria.put)
            QCOMPARE(k.position, k.id == 4 ? 2 : 3);
        QVERIFY2(Edits::moveCriterion(c, 2, +1).isUnchanged(), "the last of its pillar");
    }

    void aRubricLevelHasALabel()
    {
        const Campaign c = setUp();
        const Edit added = Edits::addRubricLevel(c, 1);
        QVERIFY(added.change);
        QCOMPARE(added.change->criteria.put.front().rubric.size(), size_t(2));
        QCOMPARE(added.change->text, QStringLiteral("Add a rubric level to “Emplois”"));
        QVERIFY(Edits::editRubricLevel(c, 1, 0, {QStringLiteral(" "), QStringLiteral("peu")}).isRefused());
        const Edit edited = Edits::editRubricLevel(c, 1, 0, {QStringLiteral("Faible"), QStringLiteral("moins de 2")});
        QVERIFY(edited.change);
        QCOMPARE(edited.change->criteria.put.front().rubric.front().description, QStringLiteral("moins de 2"));
        QVERIFY(Edits::editRubricLevel(c, 1, 0, {QStringLiteral("Faible"), {}}).isUnchanged());
        QVERIFY(Edits::removeRubricLevel(c, 1, 0).change);
        QVERIFY(Edits::removeRubricLevel(c, 1, 1).isRefused());
    }

    void aScaleKeepsTheScoresGiven_data()
    {
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("step");
        QTest::addColumn<QString>("problem");
        QTest::newRow("0 to 20 keeps 7") << 0.0 << 20.0 << 1.0 << QString();
        QTest::newRow("1 to 5 loses 7") << 1.0 << 5.0 << 1.0 << QStringLiteral("1 score(s) already given");
        QTest::newRow("by 2 loses 7") << 0.0 << 10.0 << 2.0 << QStringLiteral("would fall off");
        QTest::newRow("a step wider than the scale") << 0.0 << 10.0 << 11.0 << QStringLiteral("A scale goes");
        QTest::newRow("upside down") << 10.0 << 0.0 << 1.0 << QStringLiteral("A scale goes");
    }

    void aScaleKeepsTheScoresGiven()
    {
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(double, step);
        QFETCH(QString, problem);
        const Campaign c = setUp();
        Jury j = c.juries.front();
        j.scaleMin = min;
        j.scaleMax = max;
        j.scaleStep = step;
        const Edit edit = Edits::editJury(c, j);
        if (problem.isEmpty())
            QVERIFY2(edit.change, qPrintable(refusal(edit)));
        else
            QVERIFY2(edit.isRefused() && edit.problem.contains(problem), qPrintable(refusal(edit)));
    }

    void aQuorumIsAWholeNumberOfJurors()
    {
        const Campaign c = setUp();
        Jury j = c.juries.front();
        for (const int quorum : {0, -3, rules::maxQuorum + 1}) {
            j.quorum = quorum;
            QVERIFY2(Edits::editJury(c, j).isRefused(), qPrintable(QString::number(quorum)));
        }
        j.quorum = 3;
        QVERIFY(Edits::editJury(c, j).change);
    }

    void aJurorsAddressLooksLikeOne()
    {
        const Campaign c = setUp();
        Juror j = c.jurors.front();
        j.email = QStringLiteral("claire dubois@example.fr");
        QVERIFY(refusal(Edits::editJuror(c, j)).contains(QStringLiteral("not an e-mail")));
        j.email = QString();
        QVERIFY(Edits::editJuror(c, j).change);
        j.juryId = 5;
        QVERIFY(Edits::editJuror(c, j).isRefused());
        QVERIFY(Edits::removeJuror(c, 2).change);
    }

    void aConflictIsDeclaredOrWithdrawnOnce()
    {
        const Campaign c = setUp();
        const Edit declared = Edits::setConflict(c, 1, 2, true, QStringLiteral("Ancien salarié"));
        QVERIFY(declared.change);
        QCOMPARE(declared.change->conflicts.put.front().reason, QStringLiteral("Ancien salarié"));
        QVERIFY(Edits::setConflict(c, 2, 1, true, QStringLiteral("Associé")).isUnchanged());
        QVERIFY(Edits::setConflict(c, 1, 1, false, {}).isUnchanged());
        const Edit withdrawn = Edits::setConflict(c, 2, 1, false, {});
        QVERIFY(withdrawn.change);
        QCOMPARE(withdrawn.change->conflicts.remove.size(), size_t(1));
        QVERIFY(Edits::setConflict(c, 9, 1, true, {}).isRefused());
    }

    void aScoreIsOnTheScaleAndNeverInConflict_data()
    {
        QTest::addColumn<Id>("juror");
        QTest::addColumn<Id>("criterion");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a new score") << Id(1) << Id(2) << 8.0 << QString();
        QTest::newRow("outside") << Id(1) << Id(2) << 11.0
                                 << QStringLiteral("11 is outside the scale of the jury d'experts: from 0 to 10.");
        QTest::newRow("off the step")
            << Id(1) << Id(2) << 7.5
            << QStringLiteral("7.5 is not on the scale of the jury d'experts: from 0 to 10 in steps of 1.");
        QTest::newRow("in conflict") << Id(2) << Id(2) << 5.0
                                     << QStringLiteral(
                                            "This juror has a conflict of interest with Paille & Terre: no score.");
        QTest::newRow("an unknown criterion") << Id(1) << Id(9) << 5.0 << QStringLiteral("no longer");
    }

    void aScoreIsOnTheScaleAndNeverInConflict()
    {
        QFETCH(Id, juror);
        QFETCH(Id, criterion);
        QFETCH(double, value);
        QFETCH(QString, problem);
        const Campaign c = setUp();
        const Edit edit = Edits::setScore(c, juror, 1, criterion, nullptr, value, QStringLiteral("paper"), at);
        if (problem.isEmpty()) {
            QVERIFY2(edit.change, qPrintable(refusal(edit)));
            const Score& s = edit.change->scores.put.front();
            QCOMPARE(s.value, value);
            QCOMPARE(s.origin, QStringLiteral("paper"));
            QCOMPARE(s.at, at);
            QCOMPARE(edit.change->text, QStringLiteral("Score 8 for Paille & Terre, Investissement"));
        } else {
            QVERIFY2(edit.isRefused() && edit.problem.contains(problem), qPrintable(refusal(edit)));
        }
    }

    void aScoreIsClearedCommentedOrLeftAsItIs()
    {
        const Campaign c = setUp();
        const Score* given = &c.scores.front();
        QVERIFY(Edits::setScore(c, 1, 1, 1, given, 7.0, QStringLiteral("entered"), at).isUnchanged());
        QVERIFY(Edits::setScore(c, 1, 1, 2, nullptr, std::nullopt, QStringLiteral("entered"), at).isUnchanged());
        const Edit cleared = Edits::setScore(c, 1, 1, 1, given, std::nullopt, QStringLiteral("entered"), at);
        QVERIFY(cleared.change);
        QCOMPARE(cleared.change->scores.remove.size(), size_t(1));
        QCOMPARE(refusal(Edits::commentScore(c, nullptr, QStringLiteral("bien"), at)),
                 QStringLiteral("Enter a score before its comment."));
        const Edit comment = Edits::commentScore(c, given, QStringLiteral("Projet solide"), at);
        QVERIFY(comment.change);
        QCOMPARE(comment.change->scores.put.front().comment, QStringLiteral("Projet solide"));
        QCOMPARE(comment.change->scores.put.front().value, 7.0);
        QVERIFY(Edits::commentScore(c, given, QString(), at).isUnchanged());
    }

    void aStatusGoesForwardOrOneStepBackWithAReason()
    {
        Campaign c = setUp();
        c.settings.status = CampaignStatus::Scoring;
        const Edit forward = Edits::setStatus(c, CampaignStatus::Closed);
        QVERIFY(forward.change && forward.change->settings);
        QCOMPARE(forward.change->settings->status, CampaignStatus::Closed);
        QCOMPARE(forward.change->text, QStringLiteral("Campaign status: Scoring → Closed"));
        QVERIFY(Edits::setStatus(c, CampaignStatus::Scoring).isUnchanged());
        QVERIFY(refusal(Edits::setStatus(c, CampaignStatus::Open)).contains(QStringLiteral("needs a written reason")));
        QVERIFY(refusal(Edits::setStatus(c, CampaignStatus::Draft, QStringLiteral("oubli")))
                    .contains(QStringLiteral("one step at a time")));
        const Edit back = Edits::setStatus(c, CampaignStatus::Open, QStringLiteral("  Critère mal libellé "));
        QVERIFY(back.change);
        QCOMPARE(back.change->justification, QStringLiteral("Critère mal libellé"));
        const Score* given = &c.scores.front();
        const Edit corrected =
            Edits::setScore(c, 1, 1, 1, given, 6.0, QStringLiteral("entered"), at, QStringLiteral("Fiche relue"));
        QVERIFY(corrected.change);
        QCOMPARE(corrected.change->justification, QStringLiteral("Fiche relue"));
    }

    // The record of the deliberation session, as the Ranking page's dialog hands it over.
    void aDeliberationSessionHasATimeAPlaceAChairAndJurorsOfTheCampaign_data()
    {
        QTest::addColumn<QString>("field"); // what the row below changes in a valid session
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem"); // a part of the refusal; empty: accepted
        QTest::newRow("a valid session") << QString() << QString() << QString();
        QTest::newRow("no time") << QStringLiteral("heldAt") << QString()
                                 << QStringLiteral("needs the date and time it was held");
        QTest::newRow("no place") << QStringLiteral("place") << QString()
                                  << QStringLiteral("needs the place where it was held");
        QTest::newRow("a place of spaces")
            << QStringLiteral("place") << QStringLiteral("   ") << QStringLiteral("needs the place where it was held");
        QTest::newRow("a place on two lines")
            << QStringLiteral("place") << QStringLiteral("Salle du conseil\nMairie") << QStringLiteral("is one line");
        QTest::newRow("a place too long") << QStringLiteral("place") << QString(rules::maxSessionLine + 1, u'x')
                                          << QStringLiteral("at most 200 characters");
        QTest::newRow("no chair") << QStringLiteral("chair") << QString()
                                  << QStringLiteral("needs the name of who chaired it");
        QTest::newRow("a chair with an escape")
            << QStringLiteral("chair") << QStringLiteral("Claire\x1b[31m") << QStringLiteral("control character");
        QTest::newRow("notes on lines, with tabs")
            << QStringLiteral("notes") << QStringLiteral("Ouverte\n\tà 18 h") << QString();
        QTest::newRow("notes with a bell")
            << QStringLiteral("notes") << QStringLiteral("bip\a") << QStringLiteral("control character");
        QTest::newRow("notes too long")
            << QStringLiteral("notes") << QString(rules::maxSessionNotes + 1, u'x')
            << QStringLiteral("at most %1 characters").arg(QLocale().toString(rules::maxSessionNotes));
        QTest::newRow("a juror who is not in the campaign")
            << QStringLiteral("juror") << QStringLiteral("9") << QStringLiteral("no longer in the campaign");
    }

    void aDeliberationSessionHasATimeAPlaceAChairAndJurorsOfTheCampaign()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const Campaign c = setUp();
        DeliberationSession s;
        s.id = 0; // whatever the caller gives, the campaign's one session
        s.heldAt = at.toLocalTime();
        s.place = QStringLiteral("  Salle du conseil ");
        s.chair = QStringLiteral("Claire Dubois");
        s.jurorsPresent = {2, 1, 2};
        if (field == QLatin1String("heldAt"))
            s.heldAt = QDateTime();
        else if (field == QLatin1String("place"))
            s.place = value;
        else if (field == QLatin1String("chair"))
            s.chair = value;
        else if (field == QLatin1String("notes"))
            s.notes = value;
        else if (field == QLatin1String("juror"))
            s.jurorsPresent.push_back(value.toLongLong());
        const Edit edit = Edits::setDeliberationSession(c, s);
        if (!problem.isEmpty()) {
            QVERIFY2(edit.isRefused() && edit.problem.contains(problem), qPrintable(refusal(edit)));
            return;
        }
        QVERIFY2(edit.change, qPrintable(refusal(edit)));
        QCOMPARE(edit.change->rowCount(), size_t(1));
        const DeliberationSession& put = edit.change->sessions.put.front();
        QCOMPARE(put.id, Id(1));
        QCOMPARE(put.place, QStringLiteral("Salle du conseil"));
        QCOMPARE(put.jurorsPresent, (std::vector<Id>{1, 2}));
        QCOMPARE(put.heldAt, at);
        QCOMPARE(put.heldAt.timeSpec(), Qt::UTC);
        QCOMPARE(put.notes, s.notes);
        QVERIFY2(edit.change->text.startsWith(QStringLiteral("Record the deliberation session of ")),
                 qPrintable(edit.change->text));
    }

    void aDeliberationSessionIsEditedRemovedOrLeftAsItIs()
    {
        Campaign c = setUp();
        QVERIFY2(Edits::setDeliberationSession(c, std::nullopt).isUnchanged(), "no session to remove");
        DeliberationSession s{1, at, QStringLiteral("Mairie"), QStringLiteral("Claire Dubois"), {1}, {}};
        c.sessions = {s};
        QVERIFY(Edits::setDeliberationSession(c, s).isUnchanged());
        DeliberationSession typed = s;
        typed.place = QStringLiteral(" Mairie  ");
        typed.jurorsPresent = {1, 1};
        QVERIFY2(Edits::setDeliberationSession(c, typed).isUnchanged(),
                 "spaces and a juror ticked twice change nothing");
        typed.jurorsPresent = {1, 2};
        const Edit edited = Edits::setDeliberationSession(c, typed);
        QVERIFY2(edited.change, qPrintable(refusal(edited)));
        QVERIFY2(edited.change->text.startsWith(QStringLiteral("Edit the deliberation session of ")),
                 qPrintable(edited.change->text));
        const Edit removed = Edits::setDeliberationSession(c, std::nullopt);
        QVERIFY(removed.change);
        QCOMPARE(removed.change->sessions.remove.size(), size_t(1));
        QCOMPARE(removed.change->text, QStringLiteral("Remove the record of the deliberation session"));
    }

    void settingsAreReplacedWhole()
    {
        CampaignSettings s;
        s.fillTargetPct = 75;
        const Edit edit = Edits::settings(s, QStringLiteral("Change the fill target"));
        QVERIFY(edit.change && edit.change->settings);
        QCOMPARE(edit.change->settings->fillTargetPct, 75.0);
        QCOMPARE(edit.change->text, QStringLiteral("Change the fill target"));
        s.fillTargetPct = 180;
        QVERIFY(Edits::settings(s, {}).isRefused());
        s.fillTargetPct = 80;
        s.rentableSurfaceOverride = 55e6;
        QVERIFY(Edits::settings(s, {}).isRefused());
        s.rentableSurfaceOverride = 55000;
        s.juryGapThreshold = -1;
        QVERIFY(Edits::settings(s, {}).isRefused());
        s.juryGapThreshold = 20;
        s.territory = QStringLiteral("Ch\x1b[31mâteaudun");
        QVERIFY(refusal(Edits::settings(s, {})).contains(QStringLiteral("control character")));
    }
};

QTEST_MAIN(TstEdits)
#include "tst_edits.moc"
