// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Formulas.h"
#include "core/engine/Scoring.h"
#include "core/present/Words.h"

#include "tests/support/ScoringFixture.h"

#include <QtTest>

#include <cmath>
#include <initializer_list>
#include <optional>

using namespace palmares;
using namespace palmares::test::scoring;

Q_DECLARE_METATYPE(palmares::Aggregation)
Q_DECLARE_METATYPE(palmares::CandidateStatus)
Q_DECLARE_METATYPE(palmares::IneligibleReason)

namespace {

// Scores on 0–100 are compared to hand-worked values with this tolerance: the engine's
// sums may differ from exact arithmetic in the last bits.
constexpr double tolerance = 1e-9;

bool near(double actual, double expected)
{
    return std::fabs(actual - expected) <= tolerance;
}

QString mismatch(const char* what, double actual, double expected)
{
    return QStringLiteral("%1: got %2, expected %3")
        .arg(QString::fromUtf8(what))
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17);
}

#define VERIFY_NEAR(what, actual, expected)                                                                            \
    QVERIFY2(near((actual), (expected)), qPrintable(mismatch((what), (actual), (expected))))

constexpr Id candB = 2;

// One pillar, one criterion and one expert jury on 0–10 whose jurors give `values`.
Campaign singleCriterionCampaign(const QList<double>& values, int quorum)
{
    Campaign c;
    c.pillars = {makePillar(economic, QStringLiteral("economic"), 1)};
    c.criteria = {makeCriterion(c1, economic, 1)};
    c.juries = {makeJury(expert, QStringLiteral("expert"), 1, 0, 10, 0.5, quorum)};
    c.candidates = {makeCandidate(candA, 1)};
    Id jurorId = 100;
    for (double v : values) {
        c.jurors.push_back(makeJuror(++jurorId, expert));
        addScores(c, jurorId, candA, {c1}, {v});
    }
    return c;
}

} // namespace

// Scoring::compute on hand-built campaigns (DESIGN section 4, steps 1–6 and 9).
class TstScoring : public QObject {
    Q_OBJECT

private slots:
    void normalisesEachJuryOnItsOwnScale();
    void noScoresAtAllLeaveEveryCandidateIncomplete();
    void singleJurorIsAQuorumOfOne();
    void zeroWeightsDropOutOrCountEqually_data();
    void zeroWeightsDropOutOrCountEqually();
    void conflictPushesCandidateUnderQuorum();
    void quorumCountsOnlyJurorsWhoScoredEveryCriterion();
    void aggregationMethodSetsCriterionScore_data();
    void aggregationMethodSetsCriterionScore();
    void debiasingMapsJurorsOntoTheJuryScale();
    void eliminatoryThresholdAppliesToCombinedPillar_data();
    void eliminatoryThresholdAppliesToCombinedPillar();
    void statusMakesCandidateNotSelectable_data();
    void statusMakesCandidateNotSelectable();
    void disagreementFlagsFollowThresholds_data();
    void disagreementFlagsFollowThresholds();
    void widelySpreadJurorsFlagTheirJury();
    void danglingScoresAreIgnoredAndCounted();
};

void TstScoring::normalisesEachJuryOnItsOwnScale()
{
    const Campaign c = scoredFixture();
    const ScoringResult r = Scoring::compute(c);
    QCOMPARE(r.candidates.size(), size_t(1));
    QCOMPARE(r.ignoredScores, 0);
    const CandidateScore& a = r.candidates[0];
    QCOMPARE(a.candidate, 0);
    QCOMPARE(a.juries.size(), size_t(2));

    const JuryScore& ex = a.juries[0];
    QCOMPARE(ex.completeJurors, 2);
    QVERIFY2(ex.quorumReached, "two complete expert jurors meet a quorum of two");
    QVERIFY2(ex.hasValues, "the expert jury scored");
    QCOMPARE(ex.pillars.size(), size_t(2));
    VERIFY_NEAR("expert economic", ex.pillars[0], 0.6625);
    VERIFY_NEAR("expert environmental", ex.pillars[1], 0.95);
    VERIFY_NEAR("expert total", ex.total, fixtureExpertTotal);
    VERIFY_NEAR("expert juror SD", ex.jurorTotalSd, 5.0 / 6);

    const JuryScore& ci = a.juries[1];
    QCOMPARE(ci.completeJurors, 1);
    QVERIFY2(ci.quorumReached, "one complete citizen juror meets a quorum of one");
    VERIFY_NEAR("citizen economic", ci.pillars[0], 0.5625);
    VERIFY_NEAR("citizen environmental", ci.pillars[1], 1.0);
    VERIFY_NEAR("citizen total", ci.total, fixtureCitizenTotal);
    VERIFY_NEAR("citizen juror SD", ci.jurorTotalSd, 0.0);

    QVERIFY2(a.hasFinal, "both juries reached quorum");
    VERIFY_NEAR("final", a.final, fixtureFinal);
    QCOMPARE(a.pillars.size(), size_t(2));
    VERIFY_NEAR("combined economic", a.pillars[0], 188.75 / 3);
    VERIFY_NEAR("combined environmental", a.pillars[1], 290.0 / 3);
    VERIFY_NEAR("jury gap", a.juryGap, 5.0);
    QVERIFY2(!a.incomplete, "every jury reached quorum");
    QVERIFY2(a.eligible(), "no threshold and an eligible status");
    QVERIFY2(a.selectable(), "complete, eligible and with a final score");
    QVERIFY2(!a.disagreement, "SD 5/6 and gap 5 are under the default thresholds of 20");
}

void TstScoring::noScoresAtAllLeaveEveryCandidateIncomplete()
{
    Campaign c = fixture();
    c.candidates.push_back(makeCandidate(candB, 2));
    const ScoringResult r = Scoring::compute(c);
    QCOMPARE(r.candidates.size(), size_t(2));
    QCOMPARE(r.ignoredScores, 0);
    for (const CandidateScore& cs : r.candidates) {
        const QString who = QStringLiteral("candidate %1").arg(cs.candidate);
        QVERIFY2(!cs.hasFinal, qPrintable(who + QStringLiteral(" has no final score")));
        VERIFY_NEAR("final without scores", cs.final, 0.0);
        QVERIFY2(cs.incomplete, qPrintable(who + QStringLiteral(" is incomplete")));
        QVERIFY2(!cs.selectable(), qPrintable(who + QStringLiteral(" is not selectable")));
        QVERIFY2(cs.eligible(), qPrintable(who + QStringLiteral(": no score is no reason to be ineligible")));
        QVERIFY2(!cs.disagreement, qPrintable(who + QStringLiteral(": nothing to disagree on")));
        for (const JuryScore& js : cs.juries) {
            QCOMPARE(js.completeJurors, 0);
            QVERIFY2(!js.hasValues, qPrintable(who + QStringLiteral(": a jury without scores has no values")));
            QVERIFY2(!js.quorumReached, qPrintable(who + QStringLiteral(": no quorum without scores")));
            VERIFY_NEAR("jury total without scores", js.total, 0.0);
        }
        for (double p : cs.pillars)
            QVERIFY2(formulas::isMissing(p), qPrintable(who + QStringLiteral(": pillar without scores is missing")));
    }
}

void TstScoring::singleJurorIsAQuorumOfOne()
{
    // Only e1 on the expert jury, quorum 1, and no citizen jury.
    Campaign c = fixture();
    c.juries = {makeJury(expert, QStringLiteral("expert"), 1, 0, 10, 0.5, 1)};
    c.jurors = {makeJuror(e1, expert)};
    addScores(c, e1, candA, {8, 6, 10});
    // 0.8 0.6 1.0 → economic (0.8 + 1.8) / 4 = 0.65, environmental 1.0
    // total = 100 × (2 × 0.65 + 1.0) / 3 = 230 / 3 = 76.6666…
    const CandidateScore a = Scoring::compute(c).candidates.at(0);
    QCOMPARE(a.juries.at(0).completeJurors, 1);
    QVERIFY2(a.juries.at(0).quorumReached, "one juror meets a quorum of one");
    VERIFY_NEAR("total", a.juries.at(0).total, 230.0 / 3);
    VERIFY_NEAR("final", a.final, 230.0 / 3);
    VERIFY_NEAR("juror SD of a single juror", a.juries.at(0).jurorTotalSd, 0.0);
    VERIFY_NEAR("gap with a single jury", a.juryGap, 0.0);
    QVERIFY2(a.selectable(), "a single complete juror makes a selectable candidate");
}

void TstScoring::zeroWeightsDropOutOrCountEqually_data()
{
    QTest::addColumn<QList<double>>("pillarWeights");    // economic, environmental
    QTest::addColumn<QList<double>>("criterionWeights"); // c1, c2, c3
    QTest::addColumn<QList<double>>("juryWeights");      // expert, citizen
    QTest::addColumn<double>("expertTotal");
    QTest::addColumn<double>("citizenTotal");
    QTest::addColumn<double>("final");

    // Criterion means from scoredFixture(): expert 0.7 0.65 0.95; citizen 0.75 0.5 1.0.
    // Economic pillar with c1:c2 = 1:3: expert 0.6625, citizen 0.5625.
    QTest::newRow("all pillar weights zero count the pillars equally")
        << QList<double>{0, 0} << QList<double>{1, 3, 1} << QList<double>{2, 1} << 80.625 // 100 × (0.6625 + 0.95) / 2
        << 78.125                                                                         // 100 × (0.5625 + 1.0) / 2
        << (2 * 80.625 + 78.125) / 3.0;                                                   // 239.375 / 3
    QTest::newRow("a zero pillar weight drops that pillar")
        << QList<double>{2, 0} << QList<double>{1, 3, 1} << QList<double>{2, 1} << 66.25 // 100 × 0.6625
        << 56.25                                                                         // 100 × 0.5625
        << (2 * 66.25 + 56.25) / 3.0;                                                    // 188.75 / 3
    QTest::newRow("all criterion weights of a pillar zero count its criteria equally")
        << QList<double>{2, 1} << QList<double>{0, 0, 1} << QList<double>{2, 1}
        << 230.0 / 3  // economic (0.7 + 0.65) / 2 = 0.675; 100 × (1.35 + 0.95) / 3
        << 75.0       // economic (0.75 + 0.5) / 2 = 0.625; 100 × (1.25 + 1.0) / 3
        << 685.0 / 9; // (2 × 230/3 + 75) / 3 = (460 + 225) / 9
    QTest::newRow("a zero criterion weight drops that criterion")
        << QList<double>{2, 1} << QList<double>{0, 3, 1} << QList<double>{2, 1}
        << 75.0       // economic = c2 = 0.65; 100 × (1.3 + 0.95) / 3
        << 200.0 / 3  // economic = c2 = 0.5; 100 × (1.0 + 1.0) / 3
        << 650.0 / 9; // (2 × 75 + 200/3) / 3 = (450 + 200) / 9
    QTest::newRow("a zero jury weight drops that jury from the final")
        << QList<double>{2, 1} << QList<double>{1, 3, 1} << QList<double>{0, 1} << fixtureExpertTotal
        << fixtureCitizenTotal << fixtureCitizenTotal;
    QTest::newRow("all jury weights zero count the juries equally")
        << QList<double>{2, 1} << QList<double>{1, 3, 1} << QList<double>{0, 0} << fixtureExpertTotal
        << fixtureCitizenTotal << 440.0 / 6; // (227.5/3 + 212.5/3) / 2
}

void TstScoring::zeroWeightsDropOutOrCountEqually()
{
    QFETCH(QList<double>, pillarWeights);
    QFETCH(QList<double>, criterionWeights);
    QFETCH(QList<double>, juryWeights);
    QFETCH(double, expertTotal);
    QFETCH(double, citizenTotal);
    QFETCH(double, final);
    Campaign c = scoredFixture();
    for (size_t i = 0; i < c.pillars.size(); ++i)
        c.pillars[i].weight = pillarWeights.at(qsizetype(i));
    for (size_t i = 0; i < c.criteria.size(); ++i)
        c.criteria[i].weight = criterionWeights.at(qsizetype(i));
    for (size_t i = 0; i < c.juries.size(); ++i)
        c.juries[i].weight = juryWeights.at(qsizetype(i));
    const CandidateScore a = Scoring::compute(c).candidates.at(0);
    VERIFY_NEAR("expert total", a.juries.at(0).total, expertTotal);
    VERIFY_NEAR("citizen total", a.juries.at(1).total, citizenTotal);
    QVERIFY2(a.hasFinal, "zero weights still give a final score");
    VERIFY_NEAR("final", a.final, final);
    QVERIFY2(a.selectable(), "zero weights do not make a candidate unselectable");
}

void TstScoring::conflictPushesCandidateUnderQuorum()
{
    // e2 declares a conflict with A only: e2's three scores for A are ignored, those for B count.
    Campaign c = scoredFixture();
    c.candidates.push_back(makeCandidate(candB, 2));
    addScores(c, e1, candB, {8, 6, 10});
    addScores(c, e2, candB, {6, 7, 9});
    addScores(c, z1, candB, {4, 3, 5});
    Conflict conflict;
    conflict.jurorId = e2;
    conflict.candidateId = candA;
    conflict.reason = QStringLiteral("Former employer");
    c.conflicts.push_back(conflict);

    const ScoringResult r = Scoring::compute(c);
    QCOMPARE(r.ignoredScores, 3);

    const CandidateScore& a = r.candidates.at(0);
    QCOMPARE(a.juries.at(0).completeJurors, 1);
    QVERIFY2(!a.juries.at(0).quorumReached, "one expert juror left, quorum is two");
    QVERIFY2(a.juries.at(0).hasValues, "e1's scores still give the expert jury values");
    // Expert total from e1 alone: 100 × (2 × 0.65 + 1.0) / 3 = 230 / 3.
    VERIFY_NEAR("expert total from e1 alone", a.juries.at(0).total, 230.0 / 3);
    QVERIFY2(a.incomplete, "a jury under quorum makes the candidate incomplete");
    QVERIFY2(!a.selectable(), "an incomplete candidate is not selectable");
    QVERIFY2(a.hasFinal, "the citizen jury reached quorum");
    // The final and the combined pillars only count quorate juries: the citizen jury.
    VERIFY_NEAR("final from the citizen jury alone", a.final, fixtureCitizenTotal);
    VERIFY_NEAR("combined economic", a.pillars.at(0), 56.25);
    VERIFY_NEAR("combined environmental", a.pillars.at(1), 100.0);
    VERIFY_NEAR("no gap with a single quorate jury", a.juryGap, 0.0);

    const CandidateScore& b = r.candidates.at(1);
    QCOMPARE(b.juries.at(0).completeJurors, 2);
    QVERIFY2(!b.incomplete, "the conflict concerns A only");
    VERIFY_NEAR("B's final", b.final, fixtureFinal);
    QVERIFY2(b.selectable(), "B keeps e2's scores");
}

void TstScoring::quorumCountsOnlyJurorsWhoScoredEveryCriterion()
{
    // e2 forgets c3: two expert jurors scored, but only e1 scored every criterion.
    Campaign c = fixture();
    addScores(c, e1, candA, {8, 6, 10});
    addScores(c, e2, candA, {6, 7, skip});
    addScores(c, z1, candA, {4, 3, 5});
    const CandidateScore a = Scoring::compute(c).candidates.at(0);
    QCOMPARE(a.juries.at(0).completeJurors, 1);
    QVERIFY2(!a.juries.at(0).quorumReached, "a partial juror does not count towards the quorum");
    QVERIFY2(a.incomplete, "the expert jury is under quorum");
    QVERIFY2(!a.selectable(), "incomplete");
    // The partial scores still count in the criterion means: c1 0.7, c2 0.65, c3 1.0 (e1 alone).
    // economic 0.6625; total = 100 × (2 × 0.6625 + 1.0) / 3 = 232.5 / 3 = 77.5
    VERIFY_NEAR("expert total", a.juries.at(0).total, 77.5);
    // SD over complete jurors only: e1 alone.
    VERIFY_NEAR("juror SD over complete jurors", a.juries.at(0).jurorTotalSd, 0.0);
}

void TstScoring::aggregationMethodSetsCriterionScore_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<palmares::Aggregation>("method");
    QTest::addColumn<double>("total");

    // 1 2 4 9 10 on 0–10 → 0.1 0.2 0.4 0.9 1.0 (sum 2.6)
    const QList<double> five{9, 1, 10, 4, 2};
    QTest::newRow("mean of five jurors") << five << Aggregation::Mean << 52.0;     // 100 × 2.6 / 5
    QTest::newRow("median of five jurors") << five << Aggregation::Median << 40.0; // middle 0.4
    QTest::newRow("trimmed mean of five jurors drops the extremes")
        << five << Aggregation::TrimmedMean << 50.0; // (0.2 + 0.4 + 0.9) / 3 = 1.5 / 3
    // 1 2 4 9 → 0.1 0.2 0.4 0.9 (sum 1.6)
    const QList<double> four{9, 1, 4, 2};
    QTest::newRow("mean of four jurors") << four << Aggregation::Mean << 40.0; // 100 × 1.6 / 4
    QTest::newRow("median of four jurors averages the middle two")
        << four << Aggregation::Median << 30.0; // (0.2 + 0.4) / 2
    QTest::newRow("trimmed mean of four jurors is the plain mean") << four << Aggregation::TrimmedMean << 40.0;
}

void TstScoring::aggregationMethodSetsCriterionScore()
{
    QFETCH(QList<double>, values);
    QFETCH(palmares::Aggregation, method);
    QFETCH(double, total);
    Campaign c = singleCriterionCampaign(values, 1);
    c.settings.aggregation = method;
    const CandidateScore a = Scoring::compute(c).candidates.at(0);
    QCOMPARE(a.juries.at(0).completeJurors, int(values.size()));
    VERIFY_NEAR("jury total", a.juries.at(0).total, total);
    VERIFY_NEAR("final", a.final, total);
}

void TstScoring::debiasingMapsJurorsOntoTheJuryScale()
{
    // One criterion on 0–10, two jurors, two candidates.
    //   j1 (harsh, varies): A 2, B 4 → 0.2 0.4 (mean 0.3, SD 0.1): z = −1 for A, +1 for B
    //   j2 (flat): A 8, B 8 → 0.8 0.8 (SD 0): mapped to the jury mean
    //   jury: 0.2 0.4 0.8 0.8, mean 2.2 / 4 = 0.55
    //         squared deviations 0.1225 0.0225 0.0625 0.0625 = 0.27; variance 0.0675
    Campaign c = singleCriterionCampaign({2, 8}, 2);
    c.candidates.push_back(makeCandidate(candB, 2));
    addScores(c, 101, candB, {c1}, {4});
    addScores(c, 102, candB, {c1}, {8});
    const double sd = std::sqrt(0.0675);

    // Off (the default): A = (0.2 + 0.8) / 2 = 0.5, B = (0.4 + 0.8) / 2 = 0.6.
    {
        const ScoringResult r = Scoring::compute(c);
        VERIFY_NEAR("A without de-biasing", r.candidates.at(0).final, 50.0);
        VERIFY_NEAR("B without de-biasing", r.candidates.at(1).final, 60.0);
    }
    // On: j1 → 0.55 − SD for A and 0.55 + SD for B; j2 → 0.55 for both.
    //   A = 100 × (0.55 − SD + 0.55) / 2 = 100 × (0.55 − SD/2) ≈ 48.50
    //   B = 100 × (0.55 + SD/2) ≈ 61.50
    c.settings.debias = true;
    const ScoringResult r = Scoring::compute(c);
    VERIFY_NEAR("A with de-biasing", r.candidates.at(0).final, 100.0 * (0.55 - sd / 2));
    VERIFY_NEAR("B with de-biasing", r.candidates.at(1).final, 100.0 * (0.55 + sd / 2));
}

void TstScoring::eliminatoryThresholdAppliesToCombinedPillar_data()
{
    QTest::addColumn<double>("economicThreshold"); // negative: none
    QTest::addColumn<double>("environmentalThreshold");
    QTest::addColumn<palmares::IneligibleReason>("reason");
    QTest::addColumn<int>("failedPillar");

    // Combined pillars of the fixture: economic 188.75 / 3 = 62.92, environmental 290 / 3 = 96.67.
    QTest::newRow("no threshold keeps the candidate eligible") << -1.0 << -1.0 << IneligibleReason::None << -1;
    QTest::newRow("economic pillar under its threshold") << 70.0 << -1.0 << IneligibleReason::BelowThreshold << 0;
    QTest::newRow("environmental pillar under its threshold") << -1.0 << 97.0 << IneligibleReason::BelowThreshold << 1;
    QTest::newRow("both under their thresholds report the first pillar")
        << 70.0 << 97.0 << IneligibleReason::BelowThreshold << 0;
    QTest::newRow("a pillar just above its threshold passes") << 62.9 << 96.6 << IneligibleReason::None << -1;
    QTest::newRow("a pillar exactly at its threshold passes")
        << 188.75 / 3 << 290.0 / 3 << IneligibleReason::None << -1;
}

void TstScoring::eliminatoryThresholdAppliesToCombinedPillar()
{
    QFETCH(double, economicThreshold);
    QFETCH(double, environmentalThreshold);
    QFETCH(palmares::IneligibleReason, reason);
    QFETCH(int, failedPillar);
    Campaign c = scoredFixture();
    if (economicThreshold >= 0)
        c.pillars[0].eliminatoryThreshold = economicThreshold;
    if (environmentalThreshold >= 0)
        c.pillars[1].eliminatoryThreshold = environmentalThreshold;
    const CandidateScore a = Scoring::compute(c).candidates.at(0);
    QCOMPARE(a.ineligible, reason);
    QCOMPARE(a.failedPillar, failedPillar);
    const bool eliminated = reason != IneligibleReason::None;
    QVERIFY2(a.selectable() != eliminated, eliminated ? "an eliminated candidate is not selectable"
                                                      : "a candidate at or above every threshold is selectable");
    QVERIFY2(!a.incomplete, "eligibility does not touch completeness");
    VERIFY_NEAR("the final score is still shown", a.final, fixtureFinal);
    if (eliminated) {
        const QString expectedCode = QStringLiteral("below_threshold:") + c.pillars[size_t(failedPillar)].code;
        QCOMPARE(Scoring::ineligibleCode(c, a), expectedCode);
    } else {
        QVERIFY2(Scoring::ineligibleCode(c, a).isEmpty(), "no code for an eligible candidate");
    }
}

void TstScoring::statusMakesCandidateNotSelectable_data()
{
    QTest::addColumn<palmares::CandidateStatus>("status");
    QTest::addColumn<bool>("belowThreshold");
    QTest::addColumn<palmares::IneligibleReason>("reason");
    QTest::addColumn<QString>("code");

    QTest::newRow("received is eligible") << CandidateStatus::Received << false << IneligibleReason::None << QString();
    QTest::newRow("eligible is eligible") << CandidateStatus::Eligible << false << IneligibleReason::None << QString();
    QTest::newRow("declared ineligible") << CandidateStatus::Ineligible << false << IneligibleReason::StatusIneligible
                                         << QStringLiteral("declared_ineligible");
    QTest::newRow("withdrawn") << CandidateStatus::Withdrawn << false << IneligibleReason::Withdrawn
                               << QStringLiteral("withdrawn");
    QTest::newRow("declared ineligible comes before a failed threshold")
        << CandidateStatus::Ineligible << true << IneligibleReason::StatusIneligible
        << QStringLiteral("declared_ineligible");
    QTest::newRow("withdrawn comes before a failed threshold")
        << CandidateStatus::Withdrawn << true << IneligibleReason::Withdrawn << QStringLiteral("withdrawn");
}

void TstScoring::statusMakesCandidateNotSelectable()
{
    QFETCH(palmares::CandidateStatus, status);
    QFETCH(bool, belowThreshold);
    QFETCH(palmares::IneligibleReason, reason);
    QFETCH(QString, code);
    Campaign c = scoredFixture();
    c.candidates[0].status = status;
    if (belowThreshold)
        c.pillars[0].eliminatoryThreshold = 70; // economic is 62.92
    const CandidateScore a = Scoring::compute(c).candidates.at(0);
    QCOMPARE(a.ineligible, reason);
    QCOMPARE(a.failedPillar, -1);
    QCOMPARE(Scoring::ineligibleCode(c, a), code);
    const bool eligible = reason == IneligibleReason::None;
    QVERIFY2(a.selectable() == eligible, eligible ? "fully scored and eligible is selectable"
                                                  : "an ineligible or withdrawn candidate is not selectable");
    QVERIFY2(a.hasFinal, "the status does not hide the score");
    VERIFY_NEAR("final", a.final, fixtureFinal);
}

void TstScoring::disagreementFlagsFollowThresholds_data()
{
    QTest::addColumn<double>("sdThreshold");
    QTest::addColumn<double>("gapThreshold");
    QTest::addColumn<bool>("disagreement");
    QTest::addColumn<int>("disagreeingJury");

    // Fixture: expert juror totals 230/3 and 75 → SD 5/6; jury gap 5.
    QTest::newRow("default thresholds raise no flag") << 20.0 << 20.0 << false << -1;
    QTest::newRow("juror totals spread above the SD threshold") << 0.5 << 20.0 << true << 0;
    QTest::newRow("an SD exactly at the threshold raises no flag") << 5.0 / 6 << 20.0 << false << -1;
    QTest::newRow("juries further apart than the gap threshold") << 20.0 << 4.9 << true << -1;
    QTest::newRow("a gap exactly at the threshold raises no flag") << 20.0 << 5.0 << false << -1;
    QTest::newRow("both flags at once") << 0.5 << 4.9 << true << 0;
}

void TstScoring::disagreementFlagsFollowThresholds()
{
    QFETCH(double, sdThreshold);
    QFETCH(double, gapThreshold);
    QFETCH(bool, disagreement);
    QFETCH(int, disagreeingJury);
    Campaign c = scoredFixture();
    c.settings.juryStdDevThreshold = sdThreshold;
    c.settings.juryGapThreshold = gapThreshold;
    const CandidateScore a = Scoring::compute(c).candidates.at(0);
    VERIFY_NEAR("expert juror SD", a.juries.at(0).jurorTotalSd, 5.0 / 6);
    VERIFY_NEAR("jury gap", a.juryGap, 5.0);
    QVERIFY2(a.disagreement == disagreement,
             qPrintable(QStringLiteral("disagreement is %1")
                            .arg(a.disagreement ? QStringLiteral("raised") : QStringLiteral("not raised"))));
    QCOMPARE(a.disagreeingJury, disagreeingJury);
    QVERIFY2(a.selectable(), "disagreement is a flag, not an exclusion");
    QVERIFY2(Words::disagreement(c, a).isEmpty() != disagreement, "the text is there exactly when flagged");
}

void TstScoring::widelySpreadJurorsFlagTheirJury()
{
    // e1 gives 10 everywhere (total 100), e2 gives 0 everywhere (total 0): expert total 50,
    // SD of {100, 0} = 50. z1 gives 3 everywhere: 0.5 → citizen total 50. Gap 0.
    Campaign c = fixture();
    addScores(c, e1, candA, {10, 10, 10});
    addScores(c, e2, candA, {0, 0, 0});
    addScores(c, z1, candA, {3, 3, 3});
    CandidateScore a = Scoring::compute(c).candidates.at(0);
    VERIFY_NEAR("expert total", a.juries.at(0).total, 50.0);
    VERIFY_NEAR("expert juror SD", a.juries.at(0).jurorTotalSd, 50.0);
    VERIFY_NEAR("citizen total", a.juries.at(1).total, 50.0);
    VERIFY_NEAR("gap", a.juryGap, 0.0);
    QVERIFY2(a.disagreement, "SD 50 is above the default threshold of 20");
    QCOMPARE(a.disagreeingJury, 0);

    // Now the two expert jurors agree on 10 (total 100) and z1 gives 1 everywhere (total 0): gap 100.
    c.scores.clear();
    addScores(c, e1, candA, {10, 10, 10});
    addScores(c, e2, candA, {10, 10, 10});
    addScores(c, z1, candA, {1, 1, 1});
    a = Scoring::compute(c).candidates.at(0);
    VERIFY_NEAR("expert juror SD", a.juries.at(0).jurorTotalSd, 0.0);
    VERIFY_NEAR("gap", a.juryGap, 100.0);
    VERIFY_NEAR("final", a.final, 200.0 / 3); // (2 × 100 + 0) / 3
    QVERIFY2(a.disagreement, "a gap of 100 is above the default threshold of 20");
    QCOMPARE(a.disagreeingJury, -1);

    // Both juries spread beyond 20: the one that spreads most is named. A second citizen juror z2.
    //   e1 10s (100), e2 4s (40): SD 30, expert total 70
    //   z1 5s (100), z2 1s (0): SD 50, citizen total 50; gap 20, not above 20
    const Id z2 = 202;
    c.jurors.push_back(makeJuror(z2, citizen));
    c.scores.clear();
    addScores(c, e1, candA, {10, 10, 10});
    addScores(c, e2, candA, {4, 4, 4});
    addScores(c, z1, candA, {5, 5, 5});
    addScores(c, z2, candA, {1, 1, 1});
    a = Scoring::compute(c).candidates.at(0);
    VERIFY_NEAR("expert juror SD", a.juries.at(0).jurorTotalSd, 30.0);
    VERIFY_NEAR("citizen juror SD", a.juries.at(1).jurorTotalSd, 50.0);
    VERIFY_NEAR("gap", a.juryGap, 20.0);
    QVERIFY2(a.disagreement, "both juries spread beyond 20");
    QCOMPARE(a.disagreeingJury, 1);
}

void TstScoring::danglingScoresAreIgnoredAndCounted()
{
    Campaign c = scoredFixture();
    addScores(c, 999, candA, {1, 1, 1}); // unknown juror: 3 scores
    addScores(c, e1, 999, {1, 1, 1});    // unknown candidate: 3 scores
    addScores(c, e1, candA, {77}, {1});  // unknown criterion: 1 score
    const ScoringResult r = Scoring::compute(c);
    QCOMPARE(r.ignoredScores, 7);
    VERIFY_NEAR("final unchanged", r.candidates.at(0).final, fixtureFinal);
}

QTEST_GUILESS_MAIN(TstScoring)
#include "tst_scoring.moc"
