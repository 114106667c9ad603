// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Evaluation.h"
#include "core/engine/Selection.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace palmares;

namespace {

constexpr double tolerance = 1e-9;

bool near(double actual, double expected)
{
    return std::fabs(actual - expected) <= tolerance;
}

QString mismatch(const QString& what, double actual, double expected)
{
    return QStringLiteral("%1: got %2, expected %3").arg(what).arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17);
}

#define VERIFY_NEAR(what, actual, expected)                                                                            \
    QVERIFY2(near((actual), (expected)), qPrintable(mismatch((what), (actual), (expected))))

// Items in rank order, candidate i at position i with score 100 − 10 i. A flag per item:
// "in" / "out" (forced), "ineligible" / "incomplete" (blocked), or empty.
std::vector<SelectionItem> makeItems(const QList<double>& surfaces, const QStringList& flags = {})
{
    std::vector<SelectionItem> items;
    for (qsizetype i = 0; i < surfaces.size(); ++i) {
        SelectionItem it;
        it.candidate = int(i);
        it.surface = surfaces[i];
        it.score = 100.0 - 10.0 * double(i);
        const QString flag = i < flags.size() ? flags[i] : QString();
        it.forcedIn = flag == QLatin1String("in");
        it.forcedOut = flag == QLatin1String("out");
        if (flag == QLatin1String("ineligible"))
            it.blocked = SkipReason::Ineligible;
        else if (flag == QLatin1String("incomplete"))
            it.blocked = SkipReason::Incomplete;
        items.push_back(it);
    }
    return items;
}

SelectionParams makeParams(double rentable, double capacity, int waitingListSize = 10)
{
    SelectionParams p;
    p.rentableSurface = rentable;
    p.capacity = capacity;
    p.waitingListSize = waitingListSize;
    return p;
}

QString listOf(const std::vector<int>& candidates)
{
    QStringList parts;
    for (int c : candidates)
        parts << QString::number(c);
    return parts.join(QLatin1Char(' '));
}

QString laureatesOf(const Selection& s)
{
    std::vector<int> c;
    for (const Placement& p : s.laureates)
        c.push_back(p.candidate);
    return listOf(c);
}

QString skippedOf(const Selection& s)
{
    QStringList parts;
    for (const Skipped& k : s.skipped)
        parts << QStringLiteral("%1:%2").arg(k.candidate).arg(Selector::reasonCode(k.reason));
    return parts.join(QLatin1Char(' '));
}

// For the end-to-end cases: one pillar, one criterion, an expert jury on 0–10 (quorum 2,
// jurors 1 and 2) and a citizen jury on 1–5 (quorum 1, juror 3), equal weights, and one
// 500 m² office building filled to 80 % → capacity 400 m².
//   A: experts 10 10, citizen 5 → 100 and 100 → final 100, asks 200 m²
//   B: experts 8 8, citizen 4 → 80 and 75 → final 77.5, asks 300 m²
//   C: experts 6 6, citizen 3 → 60 and 50 → final 55, asks 100 m²
//   D: experts 4 4, citizen 2 → 40 and 25 → final 32.5, asks 1000 m² of land
Campaign endToEndCampaign()
{
    Campaign c;
    Pillar p;
    p.id = 1;
    p.code = QStringLiteral("economic");
    c.pillars = {p};
    Criterion k;
    k.id = 1;
    k.pillarId = 1;
    k.code = QStringLiteral("c1");
    c.criteria = {k};
    Jury ex;
    ex.id = 1;
    ex.code = QStringLiteral("expert");
    ex.scaleMin = 0;
    ex.scaleMax = 10;
    ex.scaleStep = 0.5;
    ex.quorum = 2;
    ex.position = 0;
    Jury ci;
    ci.id = 2;
    ci.code = QStringLiteral("citizen");
    ci.scaleMin = 1;
    ci.scaleMax = 5;
    ci.scaleStep = 1;
    ci.quorum = 1;
    ci.position = 1;
    c.juries = {ex, ci};
    for (Id j : {1, 2, 3}) {
        Juror juror;
        juror.id = j;
        juror.juryId = j <= 2 ? 1 : 2;
        c.jurors.push_back(juror);
    }
    Building b;
    b.id = 1;
    b.name = QStringLiteral("Main hall");
    b.surface = 500;
    b.useType = QStringLiteral("bureau");
    c.buildings = {b};
    c.settings.fillTargetPct = 80;

    struct Row {
        double expert, citizen, surface;
        const char* use;
    };
    const Row rows[] = {{10, 5, 200, "bureau"}, {8, 4, 300, "atelier"}, {6, 3, 100, "bureau"}, {4, 2, 1000, "terrain"}};
    Id id = 0;
    for (const Row& row : rows) {
        Candidate cand;
        cand.id = ++id;
        cand.registrationNo = int(id);
        cand.name = QStringLiteral("candidate %1").arg(id);
        cand.requestedSurface = row.surface;
        cand.wantedUse = QString::fromLatin1(row.use);
        cand.status = CandidateStatus::Eligible;
        c.candidates.push_back(cand);
        for (Id j : {1, 2, 3}) {
            Score s;
            s.jurorId = j;
            s.candidateId = id;
            s.criterionId = 1;
            s.value = j <= 2 ? row.expert : row.citizen;
            c.scores.push_back(s);
        }
    }
    return c;
}

} // namespace

// Selector (greedy, best value, comparison) and evaluate() against the site-fill target.
class TstSelection : public QObject {
    Q_OBJECT

private slots:
    void paramsUseRentableSurfaceTimesFillTarget_data();
    void paramsUseRentableSurfaceTimesFillTarget();
    void itemsFollowRankAndCarryOverridesAndBlocks_data();
    void itemsFollowRankAndCarryOverridesAndBlocks();
    void greedyWalksTheRanking_data();
    void greedyWalksTheRanking();
    void greedyReportsCapacityLeftAtEachSkip();
    void cumulativeSurfaceAndFillAfterEachLaureate();
    void waitingListStopsAtItsSize_data();
    void waitingListStopsAtItsSize();
    void bestValueBeatsGreedyOnCraftedInstance();
    void bestValueKeepsForcedInAndLeavesBlockedOut();
    void evaluateLeavesIncompleteOutAndCountsLandAsAsked_data();
    void evaluateLeavesIncompleteOutAndCountsLandAsAsked();
    void evaluateWithoutBestValue();
};

void TstSelection::paramsUseRentableSurfaceTimesFillTarget_data()
{
    QTest::addColumn<bool>("countLand");
    QTest::addColumn<double>("override");
    QTest::addColumn<double>("fillTarget");
    QTest::addColumn<double>("rentable");
    QTest::addColumn<double>("capacity");

    // Buildings: 600 m² office, 400 m² workshop, 1000 m² of land.
    QTest::newRow("land does not count by default") << false << 0.0 << 80.0 << 1000.0 << 800.0; // 1000 × 0.8
    QTest::newRow("land counts when asked") << true << 0.0 << 80.0 << 2000.0 << 1600.0;         // 2000 × 0.8
    QTest::newRow("an explicit rentable surface overrides the buildings")
        << false << 1500.0 << 80.0 << 1500.0 << 1200.0;
    QTest::newRow("a full fill target") << false << 0.0 << 100.0 << 1000.0 << 1000.0;
    QTest::newRow("a fractional fill target") << false << 0.0 << 72.5 << 1000.0 << 725.0;
}

void TstSelection::paramsUseRentableSurfaceTimesFillTarget()
{
    QFETCH(bool, countLand);
    QFETCH(double, override);
    QFETCH(double, fillTarget);
    QFETCH(double, rentable);
    QFETCH(double, capacity);
    Campaign c;
    const struct {
        double surface;
        const char* use;
    } buildings[] = {{600, "bureau"}, {400, "atelier"}, {1000, "terrain"}};
    Id id = 0;
    for (const auto& b : buildings) {
        Building building;
        building.id = ++id;
        building.surface = b.surface;
        building.useType = QString::fromLatin1(b.use);
        c.buildings.push_back(building);
    }
    c.settings.countLand = countLand;
    c.settings.rentableSurfaceOverride = override;
    c.settings.fillTargetPct = fillTarget;
    c.settings.waitingListSize = 3;
    const SelectionParams p = Selector::params(c);
    VERIFY_NEAR(QStringLiteral("rentable surface"), p.rentableSurface, rentable);
    VERIFY_NEAR(QStringLiteral("capacity"), p.capacity, capacity);
    QCOMPARE(p.waitingListSize, 3);
}

void TstSelection::itemsFollowRankAndCarryOverridesAndBlocks_data()
{
    QTest::addColumn<bool>("countLand");
    QTest::addColumn<double>("landSurface");
    QTest::newRow("a land request counts zero by default") << false << 0.0;
    QTest::newRow("a land request counts its surface when land counts") << true << 250.0;
}

void TstSelection::itemsFollowRankAndCarryOverridesAndBlocks()
{
    QFETCH(bool, countLand);
    QFETCH(double, landSurface);
    // Six candidates, listed in registration order; finals chosen so that rank = list order.
    //   0: final 90, 300 m², forced out   1: final 80, 250 m² of land
    //   2: final 70, declared ineligible   3: final 60, incomplete
    //   4: final 50, 120.5 m², forced in   5: no final at all
    Campaign c;
    Jury jury;
    jury.id = 1;
    jury.code = QStringLiteral("expert");
    c.juries = {jury};
    c.settings.countLand = countLand;
    const double surfaces[] = {300, 250, 80, 90, 120.5, 60};
    for (int i = 0; i < 6; ++i) {
        Candidate cand;
        cand.id = i + 1;
        cand.registrationNo = i + 1;
        cand.requestedSurface = surfaces[i];
        cand.wantedUse = i == 1 ? landUse() : QStringLiteral("bureau");
        c.candidates.push_back(cand);
    }
    Decision out;
    out.candidateId = 1;
    out.override_ = Override::ForcedOut;
    Decision in;
    in.candidateId = 5;
    in.override_ = Override::ForcedIn;
    c.decisions = {out, in};

    ScoringResult scores;
    for (int i = 0; i < 6; ++i) {
        CandidateScore cs;
        cs.candidate = i;
        cs.hasFinal = i != 5;
        cs.final = cs.hasFinal ? 90.0 - 10.0 * i : 0;
        JuryScore js;
        js.hasValues = cs.hasFinal;
        js.quorumReached = cs.hasFinal && i != 3;
        js.total = cs.final;
        cs.juries = {js};
        cs.incomplete = !js.quorumReached;
        if (i == 2)
            cs.ineligible = IneligibleReason::StatusIneligible;
        scores.candidates.push_back(cs);
    }
    const Ranking ranking = rankCandidates(c, scores);
    const std::vector<SelectionItem> items = Selector::items(c, scores, ranking);
    QCOMPARE(items.size(), size_t(6));
    const double expectedSurface[] = {300, landSurface, 80, 90, 120.5, 60};
    const SkipReason expectedBlock[] = {SkipReason::None,       SkipReason::None, SkipReason::Ineligible,
                                        SkipReason::Incomplete, SkipReason::None, SkipReason::Incomplete};
    for (int i = 0; i < 6; ++i) {
        const SelectionItem& it = items[size_t(i)];
        const QString at = QStringLiteral("item %1").arg(i);
        QCOMPARE(it.candidate, i);
        VERIFY_NEAR(at + QStringLiteral(" surface"), it.surface, expectedSurface[i]);
        VERIFY_NEAR(at + QStringLiteral(" score"), it.score, i == 5 ? 0.0 : 90.0 - 10.0 * i);
        QVERIFY2(it.forcedOut == (i == 0), qPrintable(at + QStringLiteral(": only candidate 0 is forced out")));
        QVERIFY2(it.forcedIn == (i == 4), qPrintable(at + QStringLiteral(": only candidate 4 is forced in")));
        QCOMPARE(it.blocked, expectedBlock[i]);
    }
}

void TstSelection::greedyWalksTheRanking_data()
{
    QTest::addColumn<QList<double>>("surfaces"); // rank order; candidate i scores 100 − 10 i
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<double>("capacity");
    QTest::addColumn<QString>("laureates");
    QTest::addColumn<QString>("skipped");
    QTest::addColumn<QString>("waiting");

    // 300 → 300; 400 → 700; 200 > 100 left; 150 > 100 left; 100 → 800; 50 > 0 left.
    QTest::newRow("skips what does not fit and goes on")
        << QList<double>{300, 400, 200, 150, 100, 50} << QStringList{} << 800.0 << QStringLiteral("0 1 4")
        << QStringLiteral("2:does_not_fit 3:does_not_fit 5:does_not_fit") << QStringLiteral("2 3 5");
    // 900 > 800; 500 → 500; 300 → 800.
    QTest::newRow("a candidate larger than the whole capacity is skipped")
        << QList<double>{900, 500, 300} << QStringList{} << 800.0 << QStringLiteral("1 2")
        << QStringLiteral("0:does_not_fit") << QStringLiteral("0");
    // Forced in 3 (250) first; 0 forced out; 300 → 550; 400 > 250 left.
    QTest::newRow("forced in goes first and forced out never")
        << QList<double>{200, 300, 400, 250} << QStringList{QStringLiteral("out"), {}, {}, QStringLiteral("in")}
        << 800.0 << QStringLiteral("3 1") << QStringLiteral("0:forced_out 2:does_not_fit") << QStringLiteral("2");
    // Forced 900 does not fit; 300 → 300; 400 → 700; the forced one with 100 left.
    QTest::newRow("forced in larger than the capacity")
        << QList<double>{300, 400, 900} << QStringList{{}, {}, QStringLiteral("in")} << 800.0 << QStringLiteral("0 1")
        << QStringLiteral("2:forced_in_does_not_fit") << QStringLiteral("2");
    // Forced 500 → 500; forced 400 > 300 left; 100 → 600.
    QTest::newRow("a second forced in that no longer fits")
        << QList<double>{100, 500, 400} << QStringList{{}, QStringLiteral("in"), QStringLiteral("in")} << 800.0
        << QStringLiteral("1 0") << QStringLiteral("2:forced_in_does_not_fit") << QStringLiteral("2");
    QTest::newRow("ineligible and incomplete candidates are skipped with their reason")
        << QList<double>{100, 100, 100} << QStringList{QStringLiteral("ineligible"), QStringLiteral("incomplete"), {}}
        << 800.0 << QStringLiteral("2") << QStringLiteral("0:ineligible 1:incomplete") << QString();
    QTest::newRow("forced out beats blocked as the reason given")
        << QList<double>{100, 100} << QStringList{QStringLiteral("out"), QStringLiteral("incomplete")} << 800.0
        << QString() << QStringLiteral("0:forced_out 1:incomplete") << QString();
    // 500 + 300 = 800 exactly.
    QTest::newRow("an exact fit is placed")
        << QList<double>{500, 300} << QStringList{} << 800.0 << QStringLiteral("0 1") << QString() << QString();
    // Nothing but a zero surface fits a zero capacity.
    QTest::newRow("zero capacity places only zero surfaces")
        << QList<double>{100, 0} << QStringList{} << 0.0 << QStringLiteral("1") << QStringLiteral("0:does_not_fit")
        << QStringLiteral("0");
    QTest::newRow("no candidates") << QList<double>{} << QStringList{} << 800.0 << QString() << QString() << QString();
}

void TstSelection::greedyWalksTheRanking()
{
    QFETCH(QList<double>, surfaces);
    QFETCH(QStringList, flags);
    QFETCH(double, capacity);
    QFETCH(QString, laureates);
    QFETCH(QString, skipped);
    QFETCH(QString, waiting);
    const std::vector<SelectionItem> items = makeItems(surfaces, flags);
    const Selection s = Selector::greedy(items, makeParams(1000, capacity));
    QCOMPARE(s.rule, SelectionRule::Greedy);
    QCOMPARE(laureatesOf(s), laureates);
    QCOMPARE(skippedOf(s), skipped);
    QCOMPARE(listOf(s.waitingList), waiting);
    QCOMPARE(s.laureates.size() + s.skipped.size(), items.size());
    QVERIFY2(s.totalSurface <= capacity + 1e-9,
             qPrintable(mismatch(QStringLiteral("over capacity"), s.totalSurface, capacity)));
    for (const Placement& p : s.laureates)
        QVERIFY2(p.forced == items[size_t(p.candidate)].forcedIn,
                 qPrintable(QStringLiteral("candidate %1: forced flag").arg(p.candidate)));

    // Best value on the same items: within the capacity, never worse than greedy, and never a
    // candidate larger than the whole capacity, a forced-out or a blocked one.
    const Selection best = Selector::bestValue(items, makeParams(1000, capacity));
    QVERIFY2(best.solved, "small instances are solved exactly");
    QVERIFY2(best.totalSurface <= capacity + 1e-9,
             qPrintable(mismatch(QStringLiteral("best value over capacity"), best.totalSurface, capacity)));
    QVERIFY2(best.totalScore >= s.totalScore - 1e-9,
             qPrintable(mismatch(QStringLiteral("best value below greedy"), best.totalScore, s.totalScore)));
    for (const Placement& p : best.laureates) {
        const SelectionItem& it = items[size_t(p.candidate)];
        QVERIFY2(it.surface <= capacity, qPrintable(QStringLiteral("candidate %1 is too large").arg(p.candidate)));
        QVERIFY2(!it.forcedOut && it.blocked == SkipReason::None,
                 qPrintable(QStringLiteral("candidate %1 may not be placed").arg(p.candidate)));
    }
}

void TstSelection::greedyReportsCapacityLeftAtEachSkip()
{
    // Rentable 1000, capacity 800, scores 100 90 80 70 60 50.
    const std::vector<SelectionItem> items = makeItems({300, 400, 200, 150, 100, 50});
    const Selection s = Selector::greedy(items, makeParams(1000, 800));
    QCOMPARE(s.laureates.size(), size_t(3));
    // Laureates 0, 1, 4: cumulative 300, 700, 800 → 30 %, 70 %, 80 % of 1000 m².
    const double cumulative[] = {300, 700, 800}, fill[] = {30, 70, 80};
    for (size_t i = 0; i < 3; ++i) {
        VERIFY_NEAR(QStringLiteral("cumulative surface %1").arg(i), s.laureates[i].cumulativeSurface, cumulative[i]);
        VERIFY_NEAR(QStringLiteral("fill %1").arg(i), s.laureates[i].fillPct, fill[i]);
    }
    // Skipped 2 and 3 with 100 m² left, 5 with nothing left.
    QCOMPARE(s.skipped.size(), size_t(3));
    VERIFY_NEAR(QStringLiteral("left at candidate 2"), s.skipped[0].remaining, 100.0);
    VERIFY_NEAR(QStringLiteral("surface of candidate 2"), s.skipped[0].surface, 200.0);
    VERIFY_NEAR(QStringLiteral("left at candidate 3"), s.skipped[1].remaining, 100.0);
    VERIFY_NEAR(QStringLiteral("left at candidate 5"), s.skipped[2].remaining, 0.0);
    VERIFY_NEAR(QStringLiteral("total surface"), s.totalSurface, 800.0);
    VERIFY_NEAR(QStringLiteral("fill"), s.fillPct, 80.0);
    VERIFY_NEAR(QStringLiteral("total score"), s.totalScore, 250.0); // 100 + 90 + 60
}

void TstSelection::cumulativeSurfaceAndFillAfterEachLaureate()
{
    // Rentable 400 m², capacity 320 m² (80 %), non-integer surfaces (all exact in binary).
    //   42.5 → 42.5 (10.625 %); 107.25 → 149.75 (37.4375 %); 120.5 → 270.25 (67.5625 %);
    //   60 > 49.75 left: skipped; 49.75 → 320 exactly (80 %).
    const std::vector<SelectionItem> items = makeItems({42.5, 107.25, 120.5, 60, 49.75});
    const Selection s = Selector::greedy(items, makeParams(400, 320));
    QCOMPARE(laureatesOf(s), QStringLiteral("0 1 2 4"));
    const double cumulative[] = {42.5, 149.75, 270.25, 320}, fill[] = {10.625, 37.4375, 67.5625, 80};
    for (size_t i = 0; i < 4; ++i) {
        VERIFY_NEAR(QStringLiteral("surface of laureate %1").arg(i), s.laureates[i].surface,
                    items[size_t(s.laureates[i].candidate)].surface);
        VERIFY_NEAR(QStringLiteral("cumulative surface after laureate %1").arg(i), s.laureates[i].cumulativeSurface,
                    cumulative[i]);
        VERIFY_NEAR(QStringLiteral("fill after laureate %1").arg(i), s.laureates[i].fillPct, fill[i]);
    }
    QCOMPARE(skippedOf(s), QStringLiteral("3:does_not_fit"));
    VERIFY_NEAR(QStringLiteral("left at candidate 3"), s.skipped[0].remaining, 49.75);
    VERIFY_NEAR(QStringLiteral("fill"), s.fillPct, 80.0);
    VERIFY_NEAR(QStringLiteral("total score"), s.totalScore, 100.0 + 90 + 80 + 60);
}

void TstSelection::waitingListStopsAtItsSize_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("waiting");
    // Six candidates of 300 m², capacity 600: 0 and 1 are laureates, 2–5 wait.
    QTest::newRow("zero means every remaining candidate") << 0 << QStringList{} << QStringLiteral("2 3 4 5");
    QTest::newRow("two") << 2 << QStringList{} << QStringLiteral("2 3");
    QTest::newRow("larger than the remaining candidates") << 10 << QStringList{} << QStringLiteral("2 3 4 5");
    QTest::newRow("unselectable and forced-out candidates do not wait")
        << 2 << QStringList{{}, {}, QStringLiteral("out"), QStringLiteral("ineligible"), QStringLiteral("incomplete")}
        << QStringLiteral("5");
}

void TstSelection::waitingListStopsAtItsSize()
{
    QFETCH(int, size);
    QFETCH(QStringList, flags);
    QFETCH(QString, waiting);
    const Selection s = Selector::greedy(makeItems({300, 300, 300, 300, 300, 300}, flags), makeParams(750, 600, size));
    QCOMPARE(laureatesOf(s), QStringLiteral("0 1"));
    QCOMPARE(listOf(s.waitingList), waiting);
}

void TstSelection::bestValueBeatsGreedyOnCraftedInstance()
{
    // Capacity 800 of 1000 m². A 500 m² (score 90), B 400 m² (80), C 400 m² (75).
    //   Greedy takes A (500), then neither B nor C fits in 300: 90 points, 500 m².
    //   Best value takes B + C: 155 points, 800 m².
    std::vector<SelectionItem> items = makeItems({500, 400, 400});
    items[0].score = 90;
    items[1].score = 80;
    items[2].score = 75;
    const SelectionParams params = makeParams(1000, 800);
    const Selection greedy = Selector::greedy(items, params);
    QCOMPARE(laureatesOf(greedy), QStringLiteral("0"));
    VERIFY_NEAR(QStringLiteral("greedy score"), greedy.totalScore, 90.0);
    VERIFY_NEAR(QStringLiteral("greedy surface"), greedy.totalSurface, 500.0);

    const Selection best = Selector::bestValue(items, params);
    QCOMPARE(best.rule, SelectionRule::BestValue);
    QVERIFY2(best.solved, "three items are solved exactly");
    QCOMPARE(laureatesOf(best), QStringLiteral("1 2"));
    QCOMPARE(skippedOf(best), QStringLiteral("0:not_in_best_value_set"));
    QCOMPARE(listOf(best.waitingList), QStringLiteral("0"));
    VERIFY_NEAR(QStringLiteral("best score"), best.totalScore, 155.0);     // 80 + 75
    VERIFY_NEAR(QStringLiteral("best surface"), best.totalSurface, 800.0); // 400 + 400
    VERIFY_NEAR(QStringLiteral("best fill"), best.fillPct, 80.0);          // 800 / 1000
    VERIFY_NEAR(QStringLiteral("first cumulative"), best.laureates[0].cumulativeSurface, 400.0);
    VERIFY_NEAR(QStringLiteral("first fill"), best.laureates[0].fillPct, 40.0);
    VERIFY_NEAR(QStringLiteral("second cumulative"), best.laureates[1].cumulativeSurface, 800.0);

    const SelectionDiff diff = Selector::compare(greedy, best, items);
    QCOMPARE(listOf(diff.onlyInBestValue), QStringLiteral("1 2"));
    QCOMPARE(listOf(diff.onlyInGreedy), QStringLiteral("0"));
    VERIFY_NEAR(QStringLiteral("score delta"), diff.scoreDelta, 65.0);      // 155 − 90
    VERIFY_NEAR(QStringLiteral("surface delta"), diff.surfaceDelta, 300.0); // 800 − 500
}

void TstSelection::bestValueKeepsForcedInAndLeavesBlockedOut()
{
    // Capacity 800 of 1000 m², rank order:
    //   0: 100 m², 99, forced out     1: 100 m², 98, ineligible
    //   2: 500 m², 70, forced in      3: 300 m², 60
    //   4: 250 m², 55                 5: 50 m², 50
    // Forced 2 takes 500, 300 left. Greedy: 3 (300) → 800; 4 and 5 no longer fit: 70 + 60 = 130.
    // Best value over {3, 4, 5} in 300 m²: 4 + 5 = 105 beats 3 = 60 → 70 + 55 + 50 = 175.
    std::vector<SelectionItem> items =
        makeItems({100, 100, 500, 300, 250, 50},
                  {QStringLiteral("out"), QStringLiteral("ineligible"), QStringLiteral("in"), {}, {}, {}});
    const double scores[] = {99, 98, 70, 60, 55, 50};
    for (size_t i = 0; i < items.size(); ++i)
        items[i].score = scores[i];
    const SelectionParams params = makeParams(1000, 800);

    const Selection greedy = Selector::greedy(items, params);
    QCOMPARE(laureatesOf(greedy), QStringLiteral("2 3"));
    QCOMPARE(skippedOf(greedy), QStringLiteral("0:forced_out 1:ineligible 4:does_not_fit 5:does_not_fit"));
    VERIFY_NEAR(QStringLiteral("greedy score"), greedy.totalScore, 130.0);

    const Selection best = Selector::bestValue(items, params);
    QCOMPARE(laureatesOf(best), QStringLiteral("2 4 5"));
    QVERIFY2(best.laureates[0].forced, "the forced-in candidate is placed first");
    QCOMPARE(skippedOf(best), QStringLiteral("0:forced_out 1:ineligible 3:not_in_best_value_set"));
    VERIFY_NEAR(QStringLiteral("best score"), best.totalScore, 175.0);
    VERIFY_NEAR(QStringLiteral("best surface"), best.totalSurface, 800.0); // 500 + 250 + 50
    VERIFY_NEAR(QStringLiteral("cumulative after the forced one"), best.laureates[0].cumulativeSurface, 500.0);
    VERIFY_NEAR(QStringLiteral("cumulative after 4"), best.laureates[1].cumulativeSurface, 750.0);
    VERIFY_NEAR(QStringLiteral("fill after 5"), best.laureates[2].fillPct, 80.0);

    const SelectionDiff diff = Selector::compare(greedy, best, items);
    QCOMPARE(listOf(diff.onlyInBestValue), QStringLiteral("4 5"));
    QCOMPARE(listOf(diff.onlyInGreedy), QStringLiteral("3"));
    VERIFY_NEAR(QStringLiteral("score delta"), diff.scoreDelta, 45.0);    // 175 − 130
    VERIFY_NEAR(QStringLiteral("surface delta"), diff.surfaceDelta, 0.0); // 800 − 800

    // A forced-in candidate that does not fit says so in best value too.
    // 0 forced out, 1 ineligible, 2 forced in at 900 > 800; 3 + 4 + 5 = 600 m² all fit: 60 + 55 + 50.
    items[2].surface = 900;
    const Selection tooBig = Selector::bestValue(items, params);
    QCOMPARE(laureatesOf(tooBig), QStringLiteral("3 4 5"));
    QCOMPARE(skippedOf(tooBig), QStringLiteral("0:forced_out 1:ineligible 2:forced_in_does_not_fit"));
    VERIFY_NEAR(QStringLiteral("score without the forced one"), tooBig.totalScore, 165.0);
}

void TstSelection::evaluateLeavesIncompleteOutAndCountsLandAsAsked_data()
{
    QTest::addColumn<bool>("conflict"); // juror 2 declares a conflict with A
    QTest::addColumn<bool>("countLand");
    QTest::addColumn<QString>("laureates");
    QTest::addColumn<QString>("skipped");
    QTest::addColumn<QString>("waiting");
    QTest::addColumn<double>("fill");

    // Rank A B C D (finals 100, 77.5, 55, 32.5) with or without the conflict: A's final then
    // comes from the citizen jury alone, still 100. Capacity 400 of 500 m².
    // A 200 → 200; B 300 > 200 left; C 100 → 300; D land, 0 m² → 300: 60 %.
    QTest::newRow("land requests are free by default")
        << false << false << QStringLiteral("0 2 3") << QStringLiteral("1:does_not_fit") << QStringLiteral("1") << 60.0;
    // A incomplete; B 300 → 300; C 100 → 400; D 0 → 400: 80 %.
    QTest::newRow("a conflict pushes the best candidate under quorum and out of the selection")
        << true << false << QStringLiteral("1 2 3") << QStringLiteral("0:incomplete") << QString() << 80.0;
    // A 200; B skipped; C 100 → 300; D 1000 > 100 left.
    QTest::newRow("land requests count when land counts")
        << false << true << QStringLiteral("0 2") << QStringLiteral("1:does_not_fit 3:does_not_fit")
        << QStringLiteral("1 3") << 60.0;
}

void TstSelection::evaluateLeavesIncompleteOutAndCountsLandAsAsked()
{
    QFETCH(bool, conflict);
    QFETCH(bool, countLand);
    QFETCH(QString, laureates);
    QFETCH(QString, skipped);
    QFETCH(QString, waiting);
    QFETCH(double, fill);
    Campaign c = endToEndCampaign();
    c.settings.countLand = countLand;
    if (conflict) {
        Conflict k;
        k.jurorId = 2;
        k.candidateId = 1;
        c.conflicts.push_back(k);
    }
    const Evaluation e = evaluate(c);
    const double finals[] = {100, 77.5, 55, 32.5};
    for (size_t i = 0; i < 4; ++i)
        VERIFY_NEAR(QStringLiteral("final of candidate %1").arg(i), e.scores.candidates[i].final, finals[i]);
    QVERIFY2(e.scores.candidates[0].incomplete == conflict, "A is incomplete exactly when in conflict");
    QCOMPARE(e.ranking.entries.at(0).candidate, 0); // incomplete, but still ranked first
    VERIFY_NEAR(QStringLiteral("rentable"), e.params.rentableSurface, 500.0);
    VERIFY_NEAR(QStringLiteral("capacity"), e.params.capacity, 400.0);
    QCOMPARE(laureatesOf(e.greedy), laureates);
    QCOMPARE(skippedOf(e.greedy), skipped);
    QCOMPARE(listOf(e.greedy.waitingList), waiting);
    VERIFY_NEAR(QStringLiteral("fill"), e.greedy.fillPct, fill);

    // Here the greedy walk is already optimal: best value agrees and the diff is empty.
    QVERIFY2(e.bestValue.has_value(), "best value is computed by default");
    QCOMPARE(laureatesOf(*e.bestValue), laureates);
    QVERIFY2(e.diff.onlyInBestValue.empty() && e.diff.onlyInGreedy.empty(), "no difference to explain");
    VERIFY_NEAR(QStringLiteral("score delta"), e.diff.scoreDelta, 0.0);
    VERIFY_NEAR(QStringLiteral("surface delta"), e.diff.surfaceDelta, 0.0);
}

void TstSelection::evaluateWithoutBestValue()
{
    const Evaluation e = evaluate(endToEndCampaign(), false);
    QVERIFY2(!e.bestValue.has_value(), "best value is only computed when asked for");
    QCOMPARE(laureatesOf(e.greedy), QStringLiteral("0 2 3"));
    QVERIFY2(e.diff.onlyInBestValue.empty() && e.diff.onlyInGreedy.empty(), "no diff without best value");
}

QTEST_GUILESS_MAIN(TstSelection)
#include "tst_selection.moc"
