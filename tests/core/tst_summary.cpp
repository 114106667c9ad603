// SPDX-License-Identifier: GPL-3.0-or-later
// core/engine/Summary: the counts an organizer checks before deliberating, on a small
// campaign whose every count is worked out by hand below — what it holds, its surfaces
// under each fill setting, each jury's jurors, quorum and candidates at quorum, the
// candidates by status, and how complete the scoring is — and on an empty campaign.
#include "core/engine/Summary.h"

#include "core/engine/Evaluation.h"

#include "tests/support/ScoringFixture.h"

#include <QtTest>

using namespace palmares;
using namespace palmares::test::scoring;

namespace {

constexpr Id candB = 2, candC = 3, candD = 4, candE = 5, candF = 6, candG = 7;
constexpr Id e3 = 103, z2 = 202;
constexpr Id dangling = 999; // a juror the campaign does not have

Building building(Id id, const char* use, double surface)
{
    Building b;
    b.id = id;
    b.name = QStringLiteral("building %1").arg(id);
    b.useType = QString::fromLatin1(use);
    b.surface = surface;
    return b;
}

Candidate candidate(Id id, CandidateStatus status, double surface)
{
    Candidate k = makeCandidate(id, int(id));
    k.status = status;
    k.requestedSurface = surface;
    k.wantedUse = QStringLiteral("atelier");
    return k;
}

Decision decision(Id candidateId, DecisionKind kind)
{
    Decision d;
    d.candidateId = candidateId;
    d.kind = kind;
    return d;
}

// The shared fixture (two pillars, criteria c1 c2 c3, an expert jury of quorum 2 and a
// citizen jury of quorum 1) with one more juror in each jury, three buildings and seven
// candidates; fill target 75 %, land not counted.
//
//   buildings: 1 bureau 400 m², 2 atelier 600 m², 3 terrain 1,000 m² → 3
//     rentable 400 + 600 = 1,000 m² (land left out), capacity 75 % of it = 750 m²
//   jurors: expert e1 e2 e3 (3, quorum 2), citizen z1 z2 (2, quorum 1; z2 scores nothing)
//   conflicts: e1–F, e3–A → 2        decisions: A laureate, D rejected → 2
//
//   cand  status      m²          scores given                     expert   citizen  complete selectable
//   A     eligible    100         e1 e2 z1 all, + 1 by juror 999   e1 e2 ✓  z1 ✓     yes      yes
//   B     eligible    200         e1 all, e2 c1 c2 only, z1 all    e1 ✗     z1 ✓     no       no
//   C     received    150 land    e1 e2 z1 all                     ✓        ✓        yes      yes
//   D     ineligible  300         e1 e2 z1 all                     ✓        ✓        yes      no (ineligible)
//   E     withdrawn   500         e1 e2 all, no citizen            ✓        ✗        no       no
//   F     eligible     50         e1 (in conflict) e2 e3 z1 all    e2 e3 ✓  z1 ✓     yes      yes
//   G     eligible     80         e1 e2 all, z1 c1 c3 only         ✓        ✗        no       no
//
//   candidates 7: received 1 (C), eligible 4 (A B F G), ineligible 1 (D), withdrawn 1 (E)
//   requested surface, withdrawn E left out: 100 + 200 + 0 (C wants land) + 300 + 50 + 80 = 730 m²
//   scores: A 9 + 1, B 8, C 9, D 9, E 6, F 12, G 8 → 62; ignored: F's 3 by e1 + the dangling one → 4
//   at quorum: expert 6 (all but B), citizen 5 (all but E and G)
//   complete 4 (A C D F) of 7 → 57.14 %; selectable 3 (A C F)
Campaign summaryCampaign()
{
    Campaign c = fixture();
    c.settings.fillTargetPct = 75;
    c.settings.countLand = false;
    c.buildings = {building(1, "bureau", 400), building(2, "atelier", 600), building(3, "terrain", 1000)};
    c.jurors.push_back(makeJuror(e3, expert));
    c.jurors.push_back(makeJuror(z2, citizen));

    Candidate land = candidate(candC, CandidateStatus::Received, 150);
    land.wantedUse = landUse();
    c.candidates = {candidate(candA, CandidateStatus::Eligible, 100),
                    candidate(candB, CandidateStatus::Eligible, 200),
                    land,
                    candidate(candD, CandidateStatus::Ineligible, 300),
                    candidate(candE, CandidateStatus::Withdrawn, 500),
                    candidate(candF, CandidateStatus::Eligible, 50),
                    candidate(candG, CandidateStatus::Eligible, 80)};

    addScores(c, e1, candA, {8, 6, 10});
    addScores(c, e2, candA, {6, 7, 9});
    addScores(c, z1, candA, {4, 3, 5});
    addScores(c, dangling, candA, {c1}, {5});
    addScores(c, e1, candB, {7, 7, 7});
    addScores(c, e2, candB, {6, 6, skip});
    addScores(c, z1, candB, {3, 3, 3});
    for (Id k : {candC, candD}) {
        addScores(c, e1, k, {5, 5, 5});
        addScores(c, e2, k, {6, 6, 6});
        addScores(c, z1, k, {2, 2, 2});
    }
    addScores(c, e1, candE, {9, 9, 9});
    addScores(c, e2, candE, {8, 8, 8});
    addScores(c, e1, candF, {10, 10, 10});
    addScores(c, e2, candF, {7, 7, 7});
    addScores(c, e3, candF, {7.5, 7.5, 7.5});
    addScores(c, z1, candF, {4, 4, 4});
    addScores(c, e1, candG, {6, 6, 6});
    addScores(c, e2, candG, {6, 6, 6});
    addScores(c, z1, candG, {4, skip, 4});

    c.conflicts = {{e1, candF, QStringLiteral("associate")}, {e3, candA, QStringLiteral("relative")}};
    c.decisions = {decision(candA, DecisionKind::Laureate), decision(candD, DecisionKind::Rejected)};
    return c;
}

CampaignSummary summarized(const Campaign& c)
{
    return summarize(c, evaluate(c));
}

} // namespace

class TstSummary : public QObject {
    Q_OBJECT

private slots:
    void countsWhatTheCampaignHolds()
    {
        const CampaignSummary s = summarized(summaryCampaign());
        QCOMPARE(s.buildings, 3);
        QCOMPARE(s.pillars, 2);
        QCOMPARE(s.criteria, 3);
        QCOMPARE(s.candidates, 7);
        QCOMPARE(s.conflicts, 2);
        QCOMPARE(s.scores, qint64(62));
        QCOMPARE(s.decisions, 2);
    }

    void countsCandidatesByStatus()
    {
        const CampaignSummary s = summarized(summaryCampaign());
        QCOMPARE(s.received, 1);
        QCOMPARE(s.eligible, 4);
        QCOMPARE(s.ineligible, 1);
        QCOMPARE(s.withdrawn, 1);
        QCOMPARE(s.received + s.eligible + s.ineligible + s.withdrawn, s.candidates);
    }

    void surfacesFollowTheFillSettings_data()
    {
        QTest::addColumn<bool>("countLand");
        QTest::addColumn<double>("rentableOverride");
        QTest::addColumn<double>("fillTargetPct");
        QTest::addColumn<double>("rentable");
        QTest::addColumn<double>("capacity");
        QTest::addColumn<double>("requested");

        // Requested: 100 + 200 + 300 + 50 + 80 = 730 m², and C's 150 m² of land when land counts.
        QTest::newRow("land left out: 1,000 m² rentable, 750 m² at 75 %")
            << false << 0.0 << 75.0 << 1000.0 << 750.0 << 730.0;
        QTest::newRow("land counted: 2,000 m² rentable, 1,500 m² at 75 %")
            << true << 0.0 << 75.0 << 2000.0 << 1500.0 << 880.0;
        QTest::newRow("another fill target: 1,000 m² rentable, 500 m² at 50 %")
            << false << 0.0 << 50.0 << 1000.0 << 500.0 << 730.0;
        // 1,234.567 × 33 % = 407.40711 m²: the selection counts to the hundredth below.
        QTest::newRow("an explicit rentable surface wins over the buildings")
            << false << 1234.567 << 33.0 << 1234.567 << 407.40 << 730.0;
    }

    void surfacesFollowTheFillSettings()
    {
        QFETCH(bool, countLand);
        QFETCH(double, rentableOverride);
        QFETCH(double, fillTargetPct);
        QFETCH(double, rentable);
        QFETCH(double, capacity);
        QFETCH(double, requested);
        Campaign c = summaryCampaign();
        c.settings.countLand = countLand;
        c.settings.rentableSurfaceOverride = rentableOverride;
        c.settings.fillTargetPct = fillTargetPct;
        const CampaignSummary s = summarized(c);
        QCOMPARE(s.rentableSurface, rentable);
        QCOMPARE(s.fillTargetPct, fillTargetPct);
        QCOMPARE(s.capacity, capacity);
        QCOMPARE(s.requestedSurface, requested);
    }

    void countsJurorsQuorumAndCandidatesAtQuorumPerJury()
    {
        const CampaignSummary s = summarized(summaryCampaign());
        QCOMPARE(s.juries.size(), size_t(2));
        const JurySummary& experts = s.juries[0];
        QCOMPARE(experts.code, QStringLiteral("expert"));
        QCOMPARE(experts.name, QStringLiteral("expert"));
        QCOMPARE(experts.jurors, 3);
        QCOMPARE(experts.quorum, 2);
        QCOMPARE(experts.candidatesAtQuorum, 6);
        const JurySummary& citizens = s.juries[1];
        QCOMPARE(citizens.code, QStringLiteral("citizen"));
        QCOMPARE(citizens.jurors, 2);
        QCOMPARE(citizens.quorum, 1);
        QCOMPARE(citizens.candidatesAtQuorum, 5);
    }

    void countsHowCompleteTheScoringIs()
    {
        const CampaignSummary s = summarized(summaryCampaign());
        QCOMPARE(s.ignoredScores, 4);
        QCOMPARE(s.completeCandidates, 4);
        QCOMPARE(s.completenessPct, 400.0 / 7);
        QCOMPARE(s.selectable, 3);
    }

    void anEmptyCampaignCountsNothing()
    {
        const Campaign empty;
        const CampaignSummary s = summarized(empty);
        QCOMPARE(s.buildings, 0);
        QCOMPARE(s.rentableSurface, 0.0);
        QCOMPARE(s.fillTargetPct, empty.settings.fillTargetPct);
        QCOMPARE(s.capacity, 0.0);
        QCOMPARE(s.pillars, 0);
        QCOMPARE(s.criteria, 0);
        QVERIFY2(s.juries.empty(), qPrintable(QStringLiteral("%1 juries").arg(s.juries.size())));
        QCOMPARE(s.candidates, 0);
        QCOMPARE(s.received + s.eligible + s.ineligible + s.withdrawn, 0);
        QCOMPARE(s.requestedSurface, 0.0);
        QCOMPARE(s.conflicts, 0);
        QCOMPARE(s.scores, qint64(0));
        QCOMPARE(s.ignoredScores, 0);
        QCOMPARE(s.completeCandidates, 0);
        QCOMPARE(s.completenessPct, 0.0); // not a division by zero
        QCOMPARE(s.selectable, 0);
        QCOMPARE(s.decisions, 0);
    }
};

QTEST_GUILESS_MAIN(TstSummary)
#include "tst_summary.moc"
