// SPDX-License-Identifier: GPL-3.0-or-later
// The demo campaign is what a newcomer, a benchmark and the end-to-end tests see first:
// it must be reproducible from its seed, realistic (DESIGN section 9) and consistent.
#include "core/demo/DemoGenerator.h"

#include "core/engine/Evaluation.h"
#include "core/engine/Formulas.h"
#include "core/model/Rules.h"
#include "core/model/Siret.h"

#include <QHash>
#include <QSet>
#include <QtTest>

#include <algorithm>

using namespace palmares;

namespace {

qint64 pairKey(Id juror, Id candidate)
{
    return juror * 1000000 + candidate;
}

// Where two campaigns first differ in what a user would see, or empty.
QString firstDifference(const Campaign& a, const Campaign& b)
{
    if (a.candidates.size() != b.candidates.size())
        return QStringLiteral("candidate count %1 vs %2").arg(a.candidates.size()).arg(b.candidates.size());
    for (size_t i = 0; i < a.candidates.size(); ++i) {
        const Candidate& x = a.candidates[i];
        const Candidate& y = b.candidates[i];
        if (x.name != y.name || x.siret != y.siret || x.requestedSurface != y.requestedSurface ||
            x.status != y.status || x.receivedAt != y.receivedAt)
            return QStringLiteral("candidate %1: %2 (%3) vs %4 (%5)").arg(i).arg(x.name, x.siret, y.name, y.siret);
    }
    if (a.jurors.size() != b.jurors.size())
        return QStringLiteral("juror count");
    for (size_t i = 0; i < a.jurors.size(); ++i) {
        if (a.jurors[i].name != b.jurors[i].name)
            return QStringLiteral("juror %1: %2 vs %3").arg(i).arg(a.jurors[i].name, b.jurors[i].name);
    }
    if (a.buildings.size() != b.buildings.size())
        return QStringLiteral("building count");
    for (size_t i = 0; i < a.buildings.size(); ++i) {
        if (a.buildings[i].surface != b.buildings[i].surface)
            return QStringLiteral("building %1 surface").arg(i);
    }
    if (a.conflicts.size() != b.conflicts.size())
        return QStringLiteral("conflict count");
    for (size_t i = 0; i < a.conflicts.size(); ++i) {
        if (a.conflicts[i].jurorId != b.conflicts[i].jurorId ||
            a.conflicts[i].candidateId != b.conflicts[i].candidateId)
            return QStringLiteral("conflict %1").arg(i);
    }
    if (a.scores.size() != b.scores.size())
        return QStringLiteral("score count %1 vs %2").arg(a.scores.size()).arg(b.scores.size());
    for (size_t i = 0; i < a.scores.size(); ++i) {
        const Score& x = a.scores[i];
        const Score& y = b.scores[i];
        if (x.jurorId != y.jurorId || x.candidateId != y.candidateId || x.criterionId != y.criterionId ||
            x.value != y.value)
            return QStringLiteral("score %1: %2 vs %3").arg(i).arg(x.value).arg(y.value);
    }
    if (a.flows.size() != b.flows.size())
        return QStringLiteral("flow count");
    return {};
}

double builtSurface(const Campaign& c)
{
    double sum = 0;
    for (const Building& b : c.buildings) {
        if (b.useType != landUse())
            sum += b.surface;
    }
    return sum;
}

} // namespace

class TstDemoGenerator : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void sameSeedGivesTheSameCampaign();
    void sameSeedGivesTheSameRanking();
    void differentSeedsGiveDifferentCampaigns();
    void siteIsAboutFortyBuildingsOf55000SquareMetres();
    void hasSixtyCandidatesNineExpertsAndFifteenCitizens();
    void siretsAreValidAndUniqueExceptTheIneligibleOne();
    void candidateNamesAreUnique();
    void hasAFewConflictsOfInterest();
    void itsDeliberationSessionHasBothQuorums();
    void scoresAreOnTheirJuryScale();
    void noScoreIsGivenDespiteAConflict();
    void scoresAreCompleteExceptForConflicts();
    void everyReferenceResolves();
    void greedySelectionLooksLikeTheRealCase();
    void greedySelectionNeverExceedsTheFillTarget_data();
    void greedySelectionNeverExceedsTheFillTarget();

private:
    Campaign m_demo; // the default seed, generated once
};

void TstDemoGenerator::initTestCase()
{
    m_demo = DemoGenerator::generate();
    QVERIFY(!m_demo.candidates.empty());
}

void TstDemoGenerator::sameSeedGivesTheSameCampaign()
{
    const Campaign again = DemoGenerator::generate();
    const QString diff = firstDifference(m_demo, again);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const Campaign seven1 = DemoGenerator::generate(DemoOptions::realistic(7));
    const Campaign seven2 = DemoGenerator::generate(DemoOptions::realistic(7));
    const QString diff7 = firstDifference(seven1, seven2);
    QVERIFY2(diff7.isEmpty(), qPrintable(diff7));
}

void TstDemoGenerator::sameSeedGivesTheSameRanking()
{
    const Evaluation a = evaluate(m_demo);
    const Evaluation b = evaluate(DemoGenerator::generate());
    QCOMPARE(a.ranking.entries.size(), b.ranking.entries.size());
    for (size_t i = 0; i < a.ranking.entries.size(); ++i) {
        const int ka = a.ranking.entries[i].candidate;
        const int kb = b.ranking.entries[i].candidate;
        QVERIFY2(ka == kb, qPrintable(QStringLiteral("position %1: %2 vs %3").arg(i).arg(ka).arg(kb)));
        QCOMPARE(a.ranking.entries[i].rank, b.ranking.entries[i].rank);
        QCOMPARE(a.scores.candidates[size_t(ka)].final, b.scores.candidates[size_t(kb)].final);
    }
    QCOMPARE(a.greedy.laureates.size(), b.greedy.laureates.size());
    for (size_t i = 0; i < a.greedy.laureates.size(); ++i)
        QCOMPARE(a.greedy.laureates[i].candidate, b.greedy.laureates[i].candidate);
    QCOMPARE(a.greedy.fillPct, b.greedy.fillPct);
}

void TstDemoGenerator::differentSeedsGiveDifferentCampaigns()
{
    const Campaign other = DemoGenerator::generate(DemoOptions::realistic(113));
    QVERIFY2(!firstDifference(m_demo, other).isEmpty(), "seeds 112 and 113 gave the same campaign");
    QSet<QString> sirets112, sirets113;
    for (const Candidate& k : m_demo.candidates)
        sirets112.insert(k.siret);
    for (const Candidate& k : other.candidates)
        sirets113.insert(k.siret);
    QVERIFY2(sirets112 != sirets113, "different seeds, same SIRETs");
    size_t sameValues = 0;
    const size_t n = std::min(m_demo.scores.size(), other.scores.size());
    for (size_t i = 0; i < n; ++i)
        sameValues += m_demo.scores[i].value == other.scores[i].value ? 1 : 0;
    QVERIFY2(sameValues < n, "different seeds, same score values");
}

void TstDemoGenerator::siteIsAboutFortyBuildingsOf55000SquareMetres()
{
    const int n = int(m_demo.buildings.size());
    QVERIFY2(n >= 35 && n <= 45, qPrintable(QStringLiteral("%1 buildings").arg(n)));
    const double built = builtSurface(m_demo);
    QVERIFY2(built >= 50000 && built <= 60000, qPrintable(QStringLiteral("%1 m² built").arg(built)));
    QCOMPARE(m_demo.settings.fillTargetPct, 80.0);
    QVERIFY2(std::all_of(m_demo.buildings.cbegin(), m_demo.buildings.cend(),
                         [](const Building& b) { return b.surface > 0 && useTypeCodes().contains(b.useType); }),
             "every building has a surface and a known use type");
    QSet<QString> names;
    for (const Building& b : m_demo.buildings)
        names.insert(b.name);
    QCOMPARE(names.size(), qsizetype(m_demo.buildings.size()));
}

void TstDemoGenerator::hasSixtyCandidatesNineExpertsAndFifteenCitizens()
{
    QCOMPARE(m_demo.candidates.size(), size_t(60));
    QCOMPARE(m_demo.juries.size(), size_t(2));
    int experts = 0, citizens = 0;
    for (const Juror& j : m_demo.jurors) {
        if (j.juryId == m_demo.juries[0].id)
            ++experts;
        else if (j.juryId == m_demo.juries[1].id)
            ++citizens;
    }
    QCOMPARE(m_demo.juries[0].code, QStringLiteral("expert"));
    QCOMPARE(m_demo.juries[1].code, QStringLiteral("citizen"));
    QCOMPARE(experts, 9);
    QCOMPARE(citizens, 15);
    QCOMPARE(m_demo.pillars.size(), size_t(5));
}

void TstDemoGenerator::siretsAreValidAndUniqueExceptTheIneligibleOne()
{
    QSet<QString> seen;
    int empty = 0;
    for (const Candidate& k : m_demo.candidates) {
        if (k.siret.isEmpty()) {
            ++empty;
            QVERIFY2(k.status == CandidateStatus::Ineligible,
                     qPrintable(k.name + QStringLiteral(" has no SIRET but is not ineligible")));
            continue;
        }
        QVERIFY2(Siret::isValid(k.siret), qPrintable(QStringLiteral("%1: invalid SIRET %2").arg(k.name, k.siret)));
        QVERIFY2(!seen.contains(k.siret), qPrintable(QStringLiteral("%1: SIRET %2 used twice").arg(k.name, k.siret)));
        seen.insert(k.siret);
    }
    QCOMPARE(empty, 1);
}

void TstDemoGenerator::candidateNamesAreUnique()
{
    QSet<QString> names;
    for (const Candidate& k : m_demo.candidates) {
        QVERIFY2(!k.name.trimmed().isEmpty(), "a candidate without a name");
        QVERIFY2(!names.contains(k.name), qPrintable(QStringLiteral("two candidates named %1").arg(k.name)));
        names.insert(k.name);
    }
}

void TstDemoGenerator::itsDeliberationSessionHasBothQuorums()
{
    const DeliberationSession* s = deliberationSession(m_demo);
    QVERIFY(s);
    QVERIFY(rules::presentAreJurors(m_demo, *s));
    QVERIFY(rules::validSessionLine(s->place) && rules::validSessionLine(s->chair) &&
            rules::validSessionNotes(s->notes));
    QCOMPARE(s->jurorsPresent.size(), size_t(8 + 12));
    QVERIFY(std::is_sorted(s->jurorsPresent.begin(), s->jurorsPresent.end()));
    QVERIFY(rules::quorumReached(rules::sessionQuorum(m_demo, *s)));
    DemoOptions without;
    without.session = false;
    QVERIFY(DemoGenerator::generate(without).sessions.empty());
}

void TstDemoGenerator::hasAFewConflictsOfInterest()
{
    const int n = int(m_demo.conflicts.size());
    QVERIFY2(n >= 1 && n <= 10, qPrintable(QStringLiteral("%1 conflicts").arg(n)));
    for (const Conflict& k : m_demo.conflicts)
        QVERIFY2(!k.reason.isEmpty(), "a conflict of interest without a reason");
}

void TstDemoGenerator::scoresAreOnTheirJuryScale()
{
    QHash<Id, const Jury*> juryOfJuror;
    for (const Juror& j : m_demo.jurors) {
        for (const Jury& jury : m_demo.juries) {
            if (jury.id == j.juryId)
                juryOfJuror.insert(j.id, &jury);
        }
    }
    for (const Score& s : m_demo.scores) {
        const Jury* jury = juryOfJuror.value(s.jurorId);
        QVERIFY2(jury, qPrintable(QStringLiteral("score by juror %1 of no jury").arg(s.jurorId)));
        QVERIFY2(rules::onScale(s.value, *jury), qPrintable(QStringLiteral("%1 is not on the %2 scale %3–%4 step %5")
                                                                .arg(s.value)
                                                                .arg(jury->code)
                                                                .arg(jury->scaleMin)
                                                                .arg(jury->scaleMax)
                                                                .arg(jury->scaleStep)));
    }
}

void TstDemoGenerator::noScoreIsGivenDespiteAConflict()
{
    QSet<qint64> conflicted;
    for (const Conflict& k : m_demo.conflicts)
        conflicted.insert(pairKey(k.jurorId, k.candidateId));
    for (const Score& s : m_demo.scores)
        QVERIFY2(!conflicted.contains(pairKey(s.jurorId, s.candidateId)),
                 qPrintable(QStringLiteral("juror %1 scored candidate %2 despite a conflict of interest")
                                .arg(s.jurorId)
                                .arg(s.candidateId)));
    QCOMPARE(evaluate(m_demo, false).scores.ignoredScores, 0);
}

void TstDemoGenerator::scoresAreCompleteExceptForConflicts()
{
    QSet<qint64> conflicted;
    for (const Conflict& k : m_demo.conflicts)
        conflicted.insert(pairKey(k.jurorId, k.candidateId));
    const size_t expected =
        (m_demo.candidates.size() * m_demo.jurors.size() - size_t(conflicted.size())) * m_demo.criteria.size();
    QCOMPARE(m_demo.scores.size(), expected);
    QSet<QString> triples;
    for (const Score& s : m_demo.scores)
        triples.insert(QStringLiteral("%1/%2/%3").arg(s.jurorId).arg(s.candidateId).arg(s.criterionId));
    QCOMPARE(size_t(triples.size()), m_demo.scores.size());
}

void TstDemoGenerator::everyReferenceResolves()
{
    QSet<Id> buildings, pillars, criteria, juries, jurors, candidates, resources, occupants;
    for (const Building& x : m_demo.buildings)
        buildings.insert(x.id);
    for (const Pillar& x : m_demo.pillars)
        pillars.insert(x.id);
    for (const Criterion& x : m_demo.criteria) {
        criteria.insert(x.id);
        QVERIFY2(pillars.contains(x.pillarId), qPrintable(x.code));
    }
    for (const Jury& x : m_demo.juries)
        juries.insert(x.id);
    for (const Juror& x : m_demo.jurors) {
        jurors.insert(x.id);
        QVERIFY2(juries.contains(x.juryId), qPrintable(x.name));
    }
    for (const Candidate& x : m_demo.candidates) {
        candidates.insert(x.id);
        QVERIFY2(x.preferredBuildingId == 0 || buildings.contains(x.preferredBuildingId), qPrintable(x.name));
    }
    for (const Resource& x : m_demo.resources)
        resources.insert(x.id);
    for (const Occupant& x : m_demo.occupants) {
        occupants.insert(x.id);
        QVERIFY2(x.buildingId == 0 || buildings.contains(x.buildingId), qPrintable(x.name));
    }
    for (const Score& s : m_demo.scores) {
        QVERIFY(jurors.contains(s.jurorId));
        QVERIFY(candidates.contains(s.candidateId));
        QVERIFY(criteria.contains(s.criterionId));
    }
    for (const Conflict& k : m_demo.conflicts)
        QVERIFY(jurors.contains(k.jurorId) && candidates.contains(k.candidateId));
    for (const Flow& f : m_demo.flows) {
        QVERIFY2(resources.contains(f.resourceId), qPrintable(QStringLiteral("flow %1: unknown resource").arg(f.id)));
        QVERIFY2((f.candidateId != 0) != (f.occupantId != 0),
                 qPrintable(QStringLiteral("flow %1 needs exactly one owner").arg(f.id)));
        QVERIFY(f.candidateId == 0 || candidates.contains(f.candidateId));
        QVERIFY(f.occupantId == 0 || occupants.contains(f.occupantId));
    }
}

void TstDemoGenerator::greedySelectionLooksLikeTheRealCase()
{
    const Evaluation e = evaluate(m_demo, false);
    const Selection& s = e.greedy;
    const int laureates = int(s.laureates.size());
    QVERIFY2(laureates >= 20 && laureates <= 30, qPrintable(QStringLiteral("%1 laureates").arg(laureates)));
    QVERIFY2(s.fillPct >= 75.0 && s.fillPct <= 80.0, qPrintable(QStringLiteral("fill %1 %").arg(s.fillPct)));
    QVERIFY2(s.totalSurface <= s.capacity + 1e-6,
             qPrintable(QStringLiteral("%1 m² placed, capacity %2 m²").arg(s.totalSurface).arg(s.capacity)));
    // Some candidates are held back for a reason the jury can read.
    int notSelectable = 0;
    for (const CandidateScore& cs : e.scores.candidates)
        notSelectable += cs.selectable() ? 0 : 1;
    QVERIFY2(notSelectable >= 2, qPrintable(QStringLiteral("%1 not selectable").arg(notSelectable)));
}

void TstDemoGenerator::greedySelectionNeverExceedsTheFillTarget_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : {quint64(112), quint64(1), quint64(7), quint64(42), quint64(2024), quint64(999999)})
        QTest::addRow("seed %llu", static_cast<unsigned long long>(seed)) << seed;
}

void TstDemoGenerator::greedySelectionNeverExceedsTheFillTarget()
{
    QFETCH(quint64, seed);
    const Campaign c = DemoGenerator::generate(DemoOptions::realistic(seed));
    const Evaluation e = evaluate(c, false);
    const double target = c.settings.fillTargetPct;
    for (const Placement& p : e.greedy.laureates)
        QVERIFY2(p.fillPct <= target + 1e-9,
                 qPrintable(QStringLiteral("fill reaches %1 % after candidate %2").arg(p.fillPct).arg(p.candidate)));
    QVERIFY2(e.greedy.fillPct <= target + 1e-9, qPrintable(QStringLiteral("fill %1 %").arg(e.greedy.fillPct)));
    QVERIFY2(!e.greedy.laureates.empty(), "no laureate at all");
}

QTEST_GUILESS_MAIN(TstDemoGenerator)
#include "tst_demogenerator.moc"
