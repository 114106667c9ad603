// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/Random.h"
#include "core/engine/Knapsack.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

using namespace palmares;

namespace {

constexpr double valueTolerance = 1e-9;

// Weights and capacities are drawn in whole hundredths of a m², the unit the solver counts in.
struct Instance {
    std::vector<long long> hundredths; // weight of each item
    std::vector<KnapsackItem> items;
    long long capacityHundredths = 0;
    double capacity = 0;
};

// Instance families for the brute-force comparison.
enum Family {
    RandomValues,       // values unrelated to surfaces
    ProportionalValues, // value = surface: every item equally efficient, no bound fixes anything
    TiedSmallValues,    // small integer values: many optima with the same total
    WholeSquareMetres,  // surfaces in whole m² (the solver may count in a coarser unit)
};

Instance randomInstance(Random& rng, Family family)
{
    Instance in;
    const int n = 1 + rng.below(12);
    in.capacityHundredths = rng.below(60001); // 0 – 600 m²
    in.capacity = double(in.capacityHundredths) / 100.0;
    for (int i = 0; i < n; ++i) {
        long long w = 0;
        switch (rng.below(10)) {
        case 0:
            w = 0; // free item
            break;
        case 1:
            w = in.capacityHundredths + 1 + rng.below(20000); // heavier than the whole capacity
            break;
        default:
            w = rng.below(30001); // up to 300 m²
            break;
        }
        if (family == WholeSquareMetres)
            w -= w % 100;
        double v = 0;
        switch (family) {
        case RandomValues:
        case WholeSquareMetres:
            v = rng.chance(0.05) ? 0.0 : rng.uniform(0, 100);
            break;
        case ProportionalValues:
            v = double(w) / 100.0;
            break;
        case TiedSmallValues:
            v = double(rng.below(6));
            break;
        }
        in.hundredths.push_back(w);
        in.items.push_back({double(w) / 100.0, v});
    }
    return in;
}

// The best total value over all 2^n subsets that fit, sums built incrementally from the lowest bit.
double bruteForceBest(const Instance& in)
{
    const size_t n = in.items.size();
    const size_t subsets = size_t(1) << n;
    std::vector<long long> weight(subsets, 0);
    std::vector<double> value(subsets, 0);
    double best = 0;
    for (size_t mask = 1; mask < subsets; ++mask) {
        size_t low = 0;
        while (!(mask >> low & 1U))
            ++low;
        const size_t rest = mask & (mask - 1);
        weight[mask] = weight[rest] + in.hundredths[low];
        value[mask] = value[rest] + in.items[low].value;
        if (weight[mask] <= in.capacityHundredths && value[mask] > best)
            best = value[mask];
    }
    return best;
}

QString describe(const Instance& in)
{
    QStringList parts;
    for (const KnapsackItem& it : in.items)
        parts << QStringLiteral("(%1 m², %2)").arg(it.weight, 0, 'f', 2).arg(it.value, 0, 'g', 17);
    return QStringLiteral("capacity %1 m²: %2").arg(in.capacity, 0, 'f', 2).arg(parts.join(QLatin1Char(' ')));
}

// Checks that `chosen` is a valid subset (sorted, unique, in range, fits) and returns its value.
bool checkSubset(const Instance& in, const std::vector<int>& chosen, double* value, QString* error)
{
    long long weight = 0;
    *value = 0;
    for (size_t k = 0; k < chosen.size(); ++k) {
        const int i = chosen[k];
        if (i < 0 || size_t(i) >= in.items.size()) {
            *error = QStringLiteral("index %1 out of range").arg(i);
            return false;
        }
        if (k > 0 && chosen[k - 1] >= i) {
            *error = QStringLiteral("indices not strictly increasing at %1").arg(i);
            return false;
        }
        weight += in.hundredths[size_t(i)];
        *value += in.items[size_t(i)].value;
    }
    if (weight > in.capacityHundredths) {
        *error =
            QStringLiteral("chosen weight %1 exceeds capacity %2 (hundredths)").arg(weight).arg(in.capacityHundredths);
        return false;
    }
    return true;
}

QString listOf(const std::vector<int>& v)
{
    QStringList parts;
    for (int i : v)
        parts << QString::number(i);
    return parts.join(QLatin1Char(' '));
}

} // namespace

Q_DECLARE_METATYPE(Family)

// solveKnapsack: exact 0/1 knapsack on surfaces counted to the hundredth of a m².
class TstKnapsack : public QObject {
    Q_OBJECT

private slots:
    void matchesBruteForceOnRandomInstances_data();
    void matchesBruteForceOnRandomInstances();
    void countsSurfacesToTheHundredth();
    void handlesHalfSquareMetres();
    void zeroWeightItemsAreAlwaysTaken();
    void itemsHeavierThanCapacityAreNeverTaken();
    void takesEverythingWhenEverythingFits();
    void emptyInputGivesEmptySet();
    void maxCellsLimitReturnsNothing();
};

void TstKnapsack::matchesBruteForceOnRandomInstances_data()
{
    QTest::addColumn<Family>("family");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("random values") << RandomValues << quint64(20240611);
    QTest::newRow("values proportional to surfaces") << ProportionalValues << quint64(7);
    QTest::newRow("small integer values with many ties") << TiedSmallValues << quint64(42);
    QTest::newRow("whole square metres") << WholeSquareMetres << quint64(1789);
}

void TstKnapsack::matchesBruteForceOnRandomInstances()
{
    QFETCH(Family, family);
    QFETCH(quint64, seed);
    Random rng(seed);
    for (int round = 0; round < 400; ++round) {
        const Instance in = randomInstance(rng, family);
        const auto chosen = solveKnapsack(in.items, in.capacity);
        QVERIFY2(chosen.has_value(), qPrintable(QStringLiteral("round %1 unsolved: ").arg(round) + describe(in)));
        double value = 0;
        QString error;
        QVERIFY2(checkSubset(in, *chosen, &value, &error),
                 qPrintable(QStringLiteral("round %1: %2; ").arg(round).arg(error) + describe(in)));
        const double best = bruteForceBest(in);
        QVERIFY2(std::fabs(value - best) <= valueTolerance,
                 qPrintable(QStringLiteral("round %1: value %2 (items %3), brute force %4; ")
                                .arg(round)
                                .arg(value, 0, 'g', 17)
                                .arg(listOf(*chosen))
                                .arg(best, 0, 'g', 17) +
                            describe(in)));
        // Free items with a non-negative value are always worth taking.
        for (size_t i = 0; i < in.items.size(); ++i) {
            if (in.hundredths[i] == 0)
                QVERIFY2(std::binary_search(chosen->begin(), chosen->end(), int(i)),
                         qPrintable(QStringLiteral("round %1: free item %2 left out").arg(round).arg(i)));
        }
    }
}

void TstKnapsack::countsSurfacesToTheHundredth()
{
    // Capacity 100 m²: 50.01 + 49.99 = 100.00 fits; 50.01 + 50.00 = 100.01 does not.
    //   {0, 1}: 10 + 9 = 19 (100.00 m²)   {1, 2}: 9 + 9.5 = 18.5 (99.99 m²)   {0, 2}: too big
    const std::vector<KnapsackItem> items{{50.01, 10}, {49.99, 9}, {50.00, 9.5}};
    const auto chosen = solveKnapsack(items, 100);
    QVERIFY2(chosen.has_value(), "three items are solved");
    QCOMPARE(listOf(*chosen), QStringLiteral("0 1"));
    // One hundredth less capacity and 50.01 + 49.99 no longer fits: {1, 2} at 99.99 m².
    const auto tighter = solveKnapsack(items, 99.99);
    QVERIFY2(tighter.has_value(), "three items are solved");
    QCOMPARE(listOf(*tighter), QStringLiteral("1 2"));
}

void TstKnapsack::handlesHalfSquareMetres()
{
    // Capacity 100 m²:
    //   0: 42.5 m², 40   1: 57.5 m², 50   2: 60 m², 56   3: 40 m², 30
    //   {0, 1} = 90 (100 m²)   {2, 3} = 86 (100 m²)   {1, 3} = 80 (97.5 m²)   {0, 3} = 70 (82.5 m²)
    //   {0, 2} = 102.5 m² and {1, 2} = 117.5 m² do not fit → {0, 1}.
    const std::vector<KnapsackItem> items{{42.5, 40}, {57.5, 50}, {60, 56}, {40, 30}};
    const auto chosen = solveKnapsack(items, 100);
    QVERIFY2(chosen.has_value(), "four items are solved");
    QCOMPARE(listOf(*chosen), QStringLiteral("0 1"));
    // 42.5 + 57.5 = 100 needs the whole capacity: at 99.5 m² the best is {1, 3} = 80.
    const auto tighter = solveKnapsack(items, 99.5);
    QVERIFY2(tighter.has_value(), "four items are solved");
    QCOMPARE(listOf(*tighter), QStringLiteral("1 3"));
}

void TstKnapsack::zeroWeightItemsAreAlwaysTaken()
{
    // Land requests count 0 m²: taken whatever the capacity, even none.
    const std::vector<KnapsackItem> items{{0, 5}, {30, 20}, {0, 0.5}, {80, 60}};
    const auto none = solveKnapsack(items, 0);
    QVERIFY2(none.has_value(), "solved");
    QCOMPARE(listOf(*none), QStringLiteral("0 2"));
    // 100 m²: 30 + 80 = 110 too big; 80 alone (60) beats 30 alone (20).
    const auto some = solveKnapsack(items, 100);
    QVERIFY2(some.has_value(), "solved");
    QCOMPARE(listOf(*some), QStringLiteral("0 2 3"));
}

void TstKnapsack::itemsHeavierThanCapacityAreNeverTaken()
{
    // 120 m² is worth 1000 but never fits 100 m²; 60 + 40 = 100 fits exactly for 15.
    const std::vector<KnapsackItem> items{{120, 1000}, {60, 10}, {40, 5}, {100.01, 999}};
    const auto chosen = solveKnapsack(items, 100);
    QVERIFY2(chosen.has_value(), "solved");
    QCOMPARE(listOf(*chosen), QStringLiteral("1 2"));
}

void TstKnapsack::takesEverythingWhenEverythingFits()
{
    // 10 + 20.25 + 30.5 = 60.75 ≤ 60.75.
    const std::vector<KnapsackItem> items{{10, 1}, {20.25, 2}, {30.5, 3}};
    const auto chosen = solveKnapsack(items, 60.75);
    QVERIFY2(chosen.has_value(), "solved");
    QCOMPARE(listOf(*chosen), QStringLiteral("0 1 2"));
}

void TstKnapsack::emptyInputGivesEmptySet()
{
    const auto chosen = solveKnapsack({}, 100);
    QVERIFY2(chosen.has_value(), "nothing to choose is still solved");
    QVERIFY2(chosen->empty(), "no items, no choice");
}

void TstKnapsack::maxCellsLimitReturnsNothing()
{
    // Every item has value = surface: equally efficient, so no bound can fix any of them and
    // the programme needs 3 items × 5001 cells (50.00 m² in hundredths; the surfaces 1001,
    // 2003 and 3007 hundredths have no common divisor).
    //   {0, 2} = 40.08 m² is the best that fits: {1, 2} = 50.10 m² is too big, {0, 1} = 30.04.
    const std::vector<KnapsackItem> items{{10.01, 10.01}, {20.03, 20.03}, {30.07, 30.07}};
    const auto limited = solveKnapsack(items, 50, 100);
    QVERIFY2(!limited.has_value(), "a problem larger than maxCells is not solved");
    const auto solved = solveKnapsack(items, 50);
    QVERIFY2(solved.has_value(), "the default limit is ample");
    QCOMPARE(listOf(*solved), QStringLiteral("0 2"));
}

QTEST_GUILESS_MAIN(TstKnapsack)
#include "tst_knapsack.moc"
