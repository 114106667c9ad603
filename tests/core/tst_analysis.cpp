// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Analysis.h"
#include "core/engine/Evaluation.h"
#include "core/engine/Formulas.h"
#include "core/engine/Scoring.h"

#include "tests/support/ScoringFixture.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <iterator>
#include <vector>

using namespace palmares;
using namespace palmares::test::scoring;

Q_DECLARE_METATYPE(palmares::JurorProfile::Tendency)

namespace {

// Values on 0–100 are compared to hand-worked ones with this tolerance: the engine's
// sums may differ from exact arithmetic in the last bits.
constexpr double tolerance = 1e-9;
constexpr double none = formulas::missing; // an expected missing value

// A missing value is expected to stay missing: NaN matches NaN only.
bool near(double actual, double expected)
{
    if (std::isnan(actual) || std::isnan(expected))
        return std::isnan(actual) && std::isnan(expected);
    return std::fabs(actual - expected) <= tolerance;
}

QString mismatch(const QString& what, double actual, double expected)
{
    return QStringLiteral("%1: got %2, expected %3").arg(what).arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17);
}

QString mismatch(const char* what, double actual, double expected)
{
    return mismatch(QString::fromUtf8(what), actual, expected);
}

#define VERIFY_NEAR(what, actual, expected)                                                                            \
    QVERIFY2(near((actual), (expected)), qPrintable(mismatch((what), (actual), (expected))))

// Empty when `actual` matches `expected` entry by entry; else the first difference.
QString vectorMismatch(const QString& name, const std::vector<double>& actual, const QList<double>& expected)
{
    if (actual.size() != size_t(expected.size()))
        return QStringLiteral("%1: %2 values, expected %3")
            .arg(name, QString::number(actual.size()), QString::number(expected.size()));
    for (size_t i = 0; i < actual.size(); ++i) {
        if (!near(actual[i], expected.at(qsizetype(i))))
            return mismatch(QStringLiteral("%1[%2]").arg(name).arg(i), actual[i], expected.at(qsizetype(i)));
    }
    return {};
}

QString vectorMismatch(const char* what, const std::vector<double>& actual, const QList<double>& expected)
{
    return vectorMismatch(QString::fromUtf8(what), actual, expected);
}

#define VERIFY_VECTOR(what, actual, expected)                                                                          \
    do {                                                                                                               \
        const QString difference = vectorMismatch((what), (actual), (expected));                                       \
        QVERIFY2(difference.isEmpty(), qPrintable(difference));                                                        \
    } while (false)

constexpr Id social = 3;
constexpr Id candB = 2, candC = 3, candD = 4, candE = 5;

Conflict makeConflict(Id jurorId, Id candidateId)
{
    Conflict k;
    k.jurorId = jurorId;
    k.candidateId = candidateId;
    k.reason = QStringLiteral("Former employer");
    return k;
}

// For juror profiles: one criterion, five candidates A–E, a panel jury on 0–20 with
// jurors p1 p2 p3 p4 and a solo jury on 1–5 with juror s1 alone. On 0–20 a score v
// normalises to 5 v points.
//   p1 on A–D: 20 18 12 14 → 100 90 60 70 (and 0 on E, in conflict: left out)
//   p2 on A–D: 10 8 6 4 → 50 40 30 20
//   p3 on A–D: 12 12 10 14 → 60 60 50 70
//   p4: no scores
//   s1 on A, B: 3 5 → (3−1)/4 = 50, (5−1)/4 = 100
constexpr Id panel = 1, solo = 2;
constexpr Id p1 = 101, p2 = 102, p3 = 103, p4 = 104, s1 = 201;

void scoreAtoD(Campaign& c, Id juror, std::initializer_list<double> values)
{
    Id candidate = candA;
    for (double v : values)
        addScores(c, juror, candidate++, {c1}, {v});
}

Campaign jurorCampaign()
{
    Campaign c;
    c.pillars = {makePillar(economic, QStringLiteral("economic"), 1)};
    c.criteria = {makeCriterion(c1, economic, 1)};
    c.juries = {makeJury(panel, QStringLiteral("panel"), 1, 0, 20, 1, 1),
                makeJury(solo, QStringLiteral("solo"), 1, 1, 5, 1, 1)};
    c.jurors = {makeJuror(p1, panel), makeJuror(p2, panel), makeJuror(p3, panel), makeJuror(p4, panel),
                makeJuror(s1, solo)};
    for (Id k = candA; k <= candE; ++k)
        c.candidates.push_back(makeCandidate(k, int(k)));
    scoreAtoD(c, p1, {20, 18, 12, 14});
    addScores(c, p1, candE, {c1}, {0});
    c.conflicts.push_back(makeConflict(p1, candE));
    scoreAtoD(c, p2, {10, 8, 6, 4});
    scoreAtoD(c, p3, {12, 12, 10, 14});
    scoreAtoD(c, s1, {3, 5});
    return c;
}

struct ExpectedProfile {
    int jury;
    int count;
    double min, lowerQuartile, median, upperQuartile, max, mean, othersMean, deviation;
    JurorProfile::Tendency tendency;
};

// Empty when `p` matches `e`; else the first difference.
QString profileMismatch(const JurorProfile& p, const ExpectedProfile& e)
{
    const QString who = QStringLiteral("juror %1").arg(p.juror);
    if (p.jury != e.jury)
        return who + QStringLiteral(": jury %1, expected %2").arg(p.jury).arg(e.jury);
    if (p.count != e.count)
        return who + QStringLiteral(": %1 scores, expected %2").arg(p.count).arg(e.count);
    struct Field {
        const char* name;
        double actual;
        double expected;
    };
    const Field fields[] = {{"min", p.min, e.min},
                            {"lower quartile", p.lowerQuartile, e.lowerQuartile},
                            {"median", p.median, e.median},
                            {"upper quartile", p.upperQuartile, e.upperQuartile},
                            {"max", p.max, e.max},
                            {"mean", p.mean, e.mean},
                            {"others' mean", p.othersMean, e.othersMean},
                            {"deviation", p.deviation, e.deviation}};
    for (const Field& f : fields) {
        if (!near(f.actual, f.expected))
            return who + QStringLiteral(" ") + mismatch(f.name, f.actual, f.expected);
    }
    if (p.tendency != e.tendency)
        return who + QStringLiteral(": tendency %1, expected %2").arg(int(p.tendency)).arg(int(e.tendency));
    return {};
}

#define VERIFY_PROFILE(actual, expected)                                                                               \
    do {                                                                                                               \
        const QString difference = profileMismatch((actual), (expected));                                              \
        QVERIFY2(difference.isEmpty(), qPrintable(difference));                                                        \
    } while (false)

} // namespace

// The chart data of core/engine/Analysis on hand-built campaigns.
class TstAnalysis : public QObject {
    Q_OBJECT

private slots:
    void weightSharesFollowTheWeights_data();
    void weightSharesFollowTheWeights();
    void pillarWithoutCriteriaKeepsItsShare();
    void criterionOfUnknownPillarHasNoShare();
    void contributionsAddUpToTheFinalScore_data();
    void contributionsAddUpToTheFinalScore();
    void pillarWithoutCombinedScoreContributesNothing();
    void pillarProfilesArePercentagesPerJury();
    void juryPairKeepsCandidatesWithBothTotals();
    void juryPairLaureatesFollowTheGreedySelection();
    void juryPairRejectsUnknownJuries_data();
    void juryPairRejectsUnknownJuries();
    void jurorProfilesSummariseNormalisedScores();
    void jurorTendencyFollowsTheThreshold_data();
    void jurorTendencyFollowsTheThreshold();
    void conflictedScoresAreLeftOut();
};

void TstAnalysis::weightSharesFollowTheWeights_data()
{
    QTest::addColumn<QList<double>>("pillarWeights");    // economic, environmental
    QTest::addColumn<QList<double>>("criterionWeights"); // c1, c2 (economic), c3 (environmental)
    QTest::addColumn<QList<double>>("pillars");
    QTest::addColumn<QList<double>>("criteria");
    QTest::addColumn<QList<double>>("criteriaInPillar");

    QTest::newRow("pillars 2:1 and criteria 1:3 within economic")
        << QList<double>{2, 1} << QList<double>{1, 3, 1} // weights
        << QList<double>{200.0 / 3, 100.0 / 3}           // 100 × 2/3, 100 × 1/3
        << QList<double>{50.0 / 3, 50.0, 100.0 / 3}      // 200/3 × 1/4, 200/3 × 3/4, 100/3 × 1
        << QList<double>{25.0, 75.0, 100.0};             // 1/4, 3/4, alone in its pillar
    QTest::newRow("weights need not sum to one or to a hundred")
        << QList<double>{30, 10} << QList<double>{2, 2, 5} // weights
        << QList<double>{75.0, 25.0}                       // 30/40, 10/40
        << QList<double>{37.5, 37.5, 25.0}                 // 75 × 1/2, 75 × 1/2, 25 × 1
        << QList<double>{50.0, 50.0, 100.0};               // 2/4, 2/4, alone
    QTest::newRow("all pillar weights zero count the pillars equally")
        << QList<double>{0, 0} << QList<double>{1, 3, 1} // weights
        << QList<double>{50.0, 50.0}                     // 100 / 2 each
        << QList<double>{12.5, 37.5, 50.0}               // 50 × 1/4, 50 × 3/4, 50 × 1
        << QList<double>{25.0, 75.0, 100.0};             // 1/4, 3/4, alone
    QTest::newRow("all criterion weights of a pillar zero count its criteria equally")
        << QList<double>{2, 1} << QList<double>{0, 0, 1}  // weights
        << QList<double>{200.0 / 3, 100.0 / 3}            // 100 × 2/3, 100 × 1/3
        << QList<double>{100.0 / 3, 100.0 / 3, 100.0 / 3} // 200/3 × 1/2, 200/3 × 1/2, 100/3 × 1
        << QList<double>{50.0, 50.0, 100.0};              // 100 / 2 each, alone
    QTest::newRow("a zero weight next to a positive one gets no share")
        << QList<double>{1, 0} << QList<double>{0, 3, 1} // weights
        << QList<double>{100.0, 0.0}                     // 1/1, 0/1
        << QList<double>{0.0, 100.0, 0.0}                // 100 × 0, 100 × 1, 0 × 1
        << QList<double>{0.0, 100.0, 100.0};             // 0/3, 3/3, alone
}

void TstAnalysis::weightSharesFollowTheWeights()
{
    QFETCH(QList<double>, pillarWeights);
    QFETCH(QList<double>, criterionWeights);
    QFETCH(QList<double>, pillars);
    QFETCH(QList<double>, criteria);
    QFETCH(QList<double>, criteriaInPillar);
    Campaign c = fixture();
    for (size_t i = 0; i < c.pillars.size(); ++i)
        c.pillars[i].weight = pillarWeights.at(qsizetype(i));
    for (size_t i = 0; i < c.criteria.size(); ++i)
        c.criteria[i].weight = criterionWeights.at(qsizetype(i));
    const WeightShares shares = weightShares(c);
    VERIFY_VECTOR("pillar shares", shares.pillars, pillars);
    VERIFY_VECTOR("criterion shares", shares.criteria, criteria);
    VERIFY_VECTOR("criterion shares within their pillar", shares.criteriaInPillar, criteriaInPillar);
}

void TstAnalysis::pillarWithoutCriteriaKeepsItsShare()
{
    // A social pillar (weight 1) with no criterion: pillar weights 2:1:1.
    Campaign c = fixture();
    c.pillars.push_back(makePillar(social, QStringLiteral("social"), 1));
    const WeightShares shares = weightShares(c);
    VERIFY_VECTOR("pillar shares", shares.pillars, (QList<double>{50.0, 25.0, 25.0})); // 2/4, 1/4, 1/4
    VERIFY_VECTOR("criterion shares", shares.criteria,
                  (QList<double>{12.5, 37.5, 25.0})); // 50 × 1/4, 50 × 3/4, 25 × 1; social's 25 goes to none
    VERIFY_VECTOR("criterion shares within their pillar", shares.criteriaInPillar, (QList<double>{25.0, 75.0, 100.0}));
}

void TstAnalysis::criterionOfUnknownPillarHasNoShare()
{
    // c4 names a pillar that does not exist: it weighs nothing and leaves the others alone.
    Campaign c = fixture();
    c.criteria.push_back(makeCriterion(14, 99, 5));
    const WeightShares shares = weightShares(c);
    VERIFY_VECTOR("pillar shares", shares.pillars, (QList<double>{200.0 / 3, 100.0 / 3}));
    VERIFY_VECTOR("criterion shares", shares.criteria, (QList<double>{50.0 / 3, 50.0, 100.0 / 3, 0.0}));
    VERIFY_VECTOR("criterion shares within their pillar", shares.criteriaInPillar,
                  (QList<double>{25.0, 75.0, 100.0, 0.0}));

    const WeightShares empty = weightShares(Campaign());
    QVERIFY2(empty.pillars.empty() && empty.criteria.empty() && empty.criteriaInPillar.empty(),
             "an empty campaign has no shares");
}

void TstAnalysis::contributionsAddUpToTheFinalScore_data()
{
    QTest::addColumn<QList<double>>("pillarWeights"); // economic, environmental
    QTest::addColumn<double>("economicPoints");
    QTest::addColumn<double>("environmentalPoints");
    QTest::addColumn<double>("final");

    // Both juries reach quorum, expert:citizen = 2:1. The combined pillars do not depend on
    // the pillar weights: economic 188.75 / 3, environmental 290 / 3.
    QTest::newRow("pillars 2:1") << QList<double>{2, 1} //
                                 << 377.5 / 9           // 2/3 × 188.75/3
                                 << 290.0 / 9           // 1/3 × 290/3
                                 << fixtureFinal;       // 667.5 / 9 = (377.5 + 290) / 9
    // expert = 100 × (0.6625 + 3 × 0.95) / 4 = 87.8125; citizen = 100 × (0.5625 + 3 × 1.0) / 4 = 89.0625
    QTest::newRow("pillars 1:3") << QList<double>{1, 3} //
                                 << 47.1875 / 3         // 1/4 × 188.75/3
                                 << 72.5                // 3/4 × 290/3
                                 << 264.6875 / 3;       // (2 × 87.8125 + 89.0625) / 3
    // expert = 95, citizen = 100
    QTest::newRow("a zero pillar weight contributes nothing") << QList<double>{0, 1} //
                                                              << 0.0                 // 0 × 188.75/3
                                                              << 290.0 / 3           // 1 × 290/3
                                                              << 290.0 / 3;          // (2 × 95 + 100) / 3
    // expert = 100 × (0.6625 + 0.95) / 2 = 80.625; citizen = 100 × (0.5625 + 1.0) / 2 = 78.125
    QTest::newRow("all pillar weights zero count the pillars equally") << QList<double>{0, 0} //
                                                                       << 94.375 / 3          // 1/2 × 188.75/3
                                                                       << 145.0 / 3           // 1/2 × 290/3
                                                                       << 239.375 / 3; // (2 × 80.625 + 78.125) / 3
}

void TstAnalysis::contributionsAddUpToTheFinalScore()
{
    QFETCH(QList<double>, pillarWeights);
    QFETCH(double, economicPoints);
    QFETCH(double, environmentalPoints);
    QFETCH(double, final);
    Campaign c = scoredFixture();
    for (size_t i = 0; i < c.pillars.size(); ++i)
        c.pillars[i].weight = pillarWeights.at(qsizetype(i));
    const CandidateScore a = Scoring::compute(c).candidates.at(0);
    QVERIFY2(a.juries.at(0).quorumReached && a.juries.at(1).quorumReached, "both juries reach quorum");
    QVERIFY2(a.hasFinal, "a candidate with quorate juries has a final score");
    VERIFY_NEAR("final", a.final, final);

    const std::vector<double> points = pillarContributions(c, a);
    QCOMPARE(points.size(), size_t(2));
    VERIFY_NEAR("economic contribution", points[0], economicPoints);
    VERIFY_NEAR("environmental contribution", points[1], environmentalPoints);
    VERIFY_NEAR("sum of the contributions", points[0] + points[1], a.final);
}

void TstAnalysis::pillarWithoutCombinedScoreContributesNothing()
{
    // B has no score at all: no combined pillar, nothing to contribute.
    {
        Campaign c = scoredFixture();
        c.candidates.push_back(makeCandidate(candB, 2));
        const CandidateScore b = Scoring::compute(c).candidates.at(1);
        QVERIFY2(formulas::isMissing(b.pillars.at(0)) && formulas::isMissing(b.pillars.at(1)),
                 "an unscored candidate has no combined pillar");
        VERIFY_VECTOR("contributions without scores", pillarContributions(c, b), (QList<double>{0.0, 0.0}));
    }
    // A social pillar without criteria is never scored: it contributes 0 and the vector
    // still has one entry per campaign pillar.
    {
        Campaign c = scoredFixture();
        c.pillars.push_back(makePillar(social, QStringLiteral("social"), 1));
        const CandidateScore a = Scoring::compute(c).candidates.at(0);
        QVERIFY2(formulas::isMissing(a.pillars.at(2)), "a pillar without criteria has no combined score");
        const std::vector<double> points = pillarContributions(c, a);
        QCOMPARE(points.size(), size_t(3));
        VERIFY_NEAR("social contribution", points[2], 0.0);
        // The other pillars share its weight, so the points still add up to the final.
        VERIFY_NEAR("sum of contributions", points[0] + points[1] + points[2], a.final);
    }
}

void TstAnalysis::pillarProfilesArePercentagesPerJury()
{
    // A: the scored fixture. B: e1 scores only c3 (7 → 0.7), z1 scores everything (4 3 5).
    // C: no score.
    Campaign c = scoredFixture();
    c.candidates.push_back(makeCandidate(candB, 2));
    c.candidates.push_back(makeCandidate(candC, 3));
    addScores(c, e1, candB, {skip, skip, 7});
    addScores(c, z1, candB, {4, 3, 5});
    const ScoringResult r = Scoring::compute(c);

    struct Expected {
        QList<double> pillars;
        bool quorumReached;
    };
    const Expected expected[3][2] = {
        // A: expert 100 × 0.6625, 100 × 0.95; citizen 100 × 0.5625, 100 × 1.0; both quorate
        {{{66.25, 95.0}, true}, {{56.25, 100.0}, true}},
        // B: expert economic unscored, environmental 100 × 0.7, one incomplete juror under a
        //    quorum of 2; citizen as for A
        {{{none, 70.0}, false}, {{56.25, 100.0}, true}},
        // C: nothing scored
        {{{none, none}, false}, {{none, none}, false}},
    };
    for (int k = 0; k < 3; ++k) {
        const std::vector<PillarProfile> profiles = pillarProfiles(r.candidates.at(size_t(k)));
        QCOMPARE(profiles.size(), size_t(2));
        for (int j = 0; j < 2; ++j) {
            const PillarProfile& profile = profiles[size_t(j)];
            const Expected& e = expected[k][j];
            const QString where = QStringLiteral("candidate %1, jury %2").arg(k).arg(j);
            QCOMPARE(profile.jury, j);
            VERIFY_VECTOR(where, profile.pillars, e.pillars);
            QVERIFY2(profile.quorumReached == e.quorumReached,
                     qPrintable(where + QStringLiteral(": quorum copied from the jury score")));
        }
    }
}

void TstAnalysis::juryPairKeepsCandidatesWithBothTotals()
{
    // Rentable 250 m² × 80 % = 200 m² of capacity; every candidate asks for 100 m².
    //   A: the scored fixture — expert 227.5/3, citizen 212.5/3, final 667.5/9 ≈ 74.17
    //   B: all 10s and all 5s — expert 100, citizen 100, final 100
    //   C: all 2s — expert 100 × 0.2 = 20, citizen 100 × (2−1)/4 = 25, final (40 + 25)/3 ≈ 21.67
    //   D: e1 alone gives 10s (expert 100 under a quorum of 2), z1 5s (citizen 100): incomplete
    //   E: both experts give 6s, no citizen score: no citizen total
    // Greedy: B (100 m²), D blocked, A (200 m²), E blocked, C does not fit → laureates A, B.
    Campaign c = scoredFixture();
    c.settings.rentableSurfaceOverride = 250;
    c.settings.fillTargetPct = 80;
    for (Id k = candB; k <= candE; ++k)
        c.candidates.push_back(makeCandidate(k, int(k)));
    addScores(c, e1, candB, {10, 10, 10});
    addScores(c, e2, candB, {10, 10, 10});
    addScores(c, z1, candB, {5, 5, 5});
    addScores(c, e1, candC, {2, 2, 2});
    addScores(c, e2, candC, {2, 2, 2});
    addScores(c, z1, candC, {2, 2, 2});
    addScores(c, e1, candD, {10, 10, 10});
    addScores(c, z1, candD, {5, 5, 5});
    addScores(c, e1, candE, {6, 6, 6});
    addScores(c, e2, candE, {6, 6, 6});
    const Evaluation e = evaluate(c, false);
    QList<int> laureates;
    for (const Placement& p : e.greedy.laureates)
        laureates << p.candidate;
    std::sort(laureates.begin(), laureates.end());
    QCOMPARE(laureates, (QList<int>{0, 1}));

    struct Expected {
        int candidate;
        double expertTotal, citizenTotal;
        bool laureate;
    };
    const Expected expected[] = {{0, fixtureExpertTotal, fixtureCitizenTotal, true},
                                 {1, 100.0, 100.0, true},
                                 {2, 20.0, 25.0, false},
                                 {3, 100.0, 100.0, false}}; // E (index 4) has no citizen total
    for (bool swapped : {false, true}) {
        const std::vector<JuryPairPoint> points = swapped ? juryPair(c, e, 1, 0) : juryPair(c, e, 0, 1);
        QCOMPARE(points.size(), std::size(expected));
        for (size_t i = 0; i < points.size(); ++i) {
            const JuryPairPoint& p = points[i];
            const Expected& x = expected[i];
            const QString where = QStringLiteral("candidate %1%2")
                                      .arg(x.candidate)
                                      .arg(swapped ? QStringLiteral(" (juries swapped)") : QString());
            QCOMPARE(p.candidate, x.candidate);
            VERIFY_NEAR(where + QStringLiteral(" x"), p.x, swapped ? x.citizenTotal : x.expertTotal);
            VERIFY_NEAR(where + QStringLiteral(" y"), p.y, swapped ? x.expertTotal : x.citizenTotal);
            QVERIFY2(p.laureate == x.laureate, qPrintable(where + QStringLiteral(": laureate flag")));
        }
    }
}

void TstAnalysis::juryPairLaureatesFollowTheGreedySelection()
{
    // The flag comes from evaluation.greedy.laureates, not from the scores: make B, not A,
    // the only laureate and the points follow.
    Campaign c = scoredFixture();
    c.candidates.push_back(makeCandidate(candB, 2));
    addScores(c, e1, candB, {2, 2, 2});
    addScores(c, e2, candB, {2, 2, 2});
    addScores(c, z1, candB, {2, 2, 2});
    Evaluation e = evaluate(c, false);
    Placement onlyB;
    onlyB.candidate = 1;
    e.greedy.laureates = {onlyB};
    const std::vector<JuryPairPoint> points = juryPair(c, e, 0, 1);
    QCOMPARE(points.size(), size_t(2));
    QCOMPARE(points[0].candidate, 0);
    QVERIFY2(!points[0].laureate, "A is not in the greedy laureates");
    QCOMPARE(points[1].candidate, 1);
    QVERIFY2(points[1].laureate, "B is in the greedy laureates");
    VERIFY_NEAR("B expert total", points[1].x, 20.0);  // 100 × 2/10
    VERIFY_NEAR("B citizen total", points[1].y, 25.0); // 100 × (2−1)/4

    e.greedy.laureates.clear();
    for (const JuryPairPoint& p : juryPair(c, e, 0, 1))
        QVERIFY2(!p.laureate, "no laureate without a greedy selection");
}

void TstAnalysis::juryPairRejectsUnknownJuries_data()
{
    QTest::addColumn<int>("juryX");
    QTest::addColumn<int>("juryY");

    // The fixture has juries 0 and 1.
    QTest::newRow("negative first jury") << -1 << 1;
    QTest::newRow("negative second jury") << 0 << -1;
    QTest::newRow("first jury past the end") << 2 << 1;
    QTest::newRow("second jury past the end") << 0 << 2;
}

void TstAnalysis::juryPairRejectsUnknownJuries()
{
    QFETCH(int, juryX);
    QFETCH(int, juryY);
    const Campaign c = scoredFixture();
    const Evaluation e = evaluate(c, false);
    QCOMPARE(juryPair(c, e, 0, 1).size(), size_t(1)); // the valid pair has A
    QVERIFY2(juryPair(c, e, juryX, juryY).empty(), "an unknown jury gives no point");
}

void TstAnalysis::jurorProfilesSummariseNormalisedScores()
{
    // Panel points (see jurorCampaign): p1 60 70 90 100 (sum 320), p2 20 30 40 50 (sum 140),
    // p3 50 60 60 70 (sum 240): 12 scores summing to 700. Quartiles of 4 sorted values sit
    // at positions 0.75, 1.5 and 2.25.
    const Campaign c = jurorCampaign();
    const std::vector<JurorProfile> profiles = jurorProfiles(c); // default threshold 10
    QCOMPARE(profiles.size(), size_t(5));
    for (size_t i = 0; i < profiles.size(); ++i)
        QCOMPARE(profiles[i].juror, int(i));

    // p1: LQ 60 + 0.75 × 10, median (70 + 90)/2, UQ 90 + 0.25 × 10; mean 320/4;
    //     others (700 − 320)/8 = 47.5; deviation 80 − 47.5 = 32.5 > 10
    VERIFY_PROFILE(profiles[0],
                   (ExpectedProfile{0, 4, 60, 67.5, 80, 92.5, 100, 80, 47.5, 32.5, JurorProfile::Lenient}));
    // p2: LQ 20 + 0.75 × 10, median (30 + 40)/2, UQ 40 + 0.25 × 10; mean 140/4;
    //     others (700 − 140)/8 = 70; deviation 35 − 70 = −35 < −10
    VERIFY_PROFILE(profiles[1], (ExpectedProfile{0, 4, 20, 27.5, 35, 42.5, 50, 35, 70, -35, JurorProfile::Harsh}));
    // p3: LQ 50 + 0.75 × 10, median (60 + 60)/2, UQ 60 + 0.25 × 10; mean 240/4;
    //     others (700 − 240)/8 = 57.5; deviation 60 − 57.5 = 2.5
    VERIFY_PROFILE(profiles[2], (ExpectedProfile{0, 4, 50, 57.5, 60, 62.5, 70, 60, 57.5, 2.5, JurorProfile::InLine}));
    // p4: no scores, nothing to compare
    VERIFY_PROFILE(profiles[3], (ExpectedProfile{0, 0, 0, 0, 0, 0, 0, 0, none, 0, JurorProfile::InLine}));
    // s1 alone in the solo jury on 1–5: 50 100; LQ 50 + 0.25 × 50, median 75, UQ 50 + 0.75 × 50;
    //     no other juror to compare with
    VERIFY_PROFILE(profiles[4], (ExpectedProfile{1, 2, 50, 62.5, 75, 87.5, 100, 75, none, 0, JurorProfile::InLine}));
}

void TstAnalysis::jurorTendencyFollowsTheThreshold_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<palmares::JurorProfile::Tendency>("p1Tendency"); // deviation +32.5
    QTest::addColumn<palmares::JurorProfile::Tendency>("p2Tendency"); // deviation −35
    QTest::addColumn<palmares::JurorProfile::Tendency>("p3Tendency"); // deviation +2.5

    QTest::newRow("a threshold of 10 calls p1 lenient and p2 harsh")
        << 10.0 << JurorProfile::Lenient << JurorProfile::Harsh << JurorProfile::InLine;
    QTest::newRow("a lenient deviation exactly at the threshold is in line")
        << 32.5 << JurorProfile::InLine << JurorProfile::Harsh << JurorProfile::InLine;
    QTest::newRow("a harsh deviation exactly at the threshold is in line")
        << 35.0 << JurorProfile::InLine << JurorProfile::InLine << JurorProfile::InLine;
    QTest::newRow("a threshold of 2 catches a small deviation")
        << 2.0 << JurorProfile::Lenient << JurorProfile::Harsh << JurorProfile::Lenient;
}

void TstAnalysis::jurorTendencyFollowsTheThreshold()
{
    QFETCH(double, threshold);
    QFETCH(palmares::JurorProfile::Tendency, p1Tendency);
    QFETCH(palmares::JurorProfile::Tendency, p2Tendency);
    QFETCH(palmares::JurorProfile::Tendency, p3Tendency);
    const std::vector<JurorProfile> profiles = jurorProfiles(jurorCampaign(), threshold);
    QCOMPARE(profiles.size(), size_t(5));
    QCOMPARE(profiles[0].tendency, p1Tendency);
    QCOMPARE(profiles[1].tendency, p2Tendency);
    QCOMPARE(profiles[2].tendency, p3Tendency);
    QCOMPARE(profiles[3].tendency, JurorProfile::InLine); // p4: no scores
    QCOMPARE(profiles[4].tendency, JurorProfile::InLine); // s1: no one to compare with
    VERIFY_NEAR("p1 deviation does not depend on the threshold", profiles[0].deviation, 32.5);
}

void TstAnalysis::conflictedScoresAreLeftOut()
{
    // With the conflict, p1's 0 on E is left out (see jurorProfilesSummariseNormalisedScores).
    Campaign c = jurorCampaign();
    {
        const std::vector<JurorProfile> profiles = jurorProfiles(c);
        QCOMPARE(profiles.at(0).count, 4);
        VERIFY_NEAR("p1 min without E", profiles.at(0).min, 60.0);
        VERIFY_NEAR("p2 others' mean without E", profiles.at(1).othersMean, 70.0); // (700 − 140)/8
    }
    // Without it, the 0 counts: p1 0 60 70 90 100, 13 panel scores summing to 700.
    c.conflicts.clear();
    const std::vector<JurorProfile> profiles = jurorProfiles(c);
    //   p1: LQ at position 1, median at 2, UQ at 3; mean 320/5 = 64; others (700 − 320)/8 = 47.5;
    //       deviation 64 − 47.5 = 16.5 > 10
    VERIFY_PROFILE(profiles.at(0), (ExpectedProfile{0, 5, 0, 60, 70, 90, 100, 64, 47.5, 16.5, JurorProfile::Lenient}));
    VERIFY_NEAR("p2 others' mean with E", profiles.at(1).othersMean, 560.0 / 9); // (700 − 140)/9
}

QTEST_GUILESS_MAIN(TstAnalysis)
#include "tst_analysis.moc"
