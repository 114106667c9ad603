// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Formulas.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace palmares;

Q_DECLARE_METATYPE(palmares::Aggregation)

namespace {

// Expectations are worked out by hand as exact decimals; the engine's sums may differ
// from them in the last bits, so doubles are compared with an explicit tolerance.
constexpr double tolerance = 1e-12;

bool near(double actual, double expected)
{
    return std::fabs(actual - expected) <= tolerance;
}

QString mismatch(double actual, double expected)
{
    return QStringLiteral("got %1, expected %2").arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17);
}

std::vector<double> toVector(const QList<double>& list)
{
    return std::vector<double>(list.begin(), list.end());
}

} // namespace

// The formulas of DESIGN section 4, each on values worked out by hand.
class TstFormulas : public QObject {
    Q_OBJECT

private slots:
    void normalizeMapsTheJuryScaleOntoZeroToOne_data();
    void normalizeMapsTheJuryScaleOntoZeroToOne();
    void aggregateComputesMeanMedianAndTrimmedMean_data();
    void aggregateComputesMeanMedianAndTrimmedMean();
    void aggregateOfNoValuesIsMissing_data();
    void aggregateOfNoValuesIsMissing();
    void weightedMeanSkipsMissingValuesAndFallsBackToEqualWeights_data();
    void weightedMeanSkipsMissingValuesAndFallsBackToEqualWeights();
    void weightedMeanOfOnlyMissingValuesIsMissing();
    void meanSdIsPopulationStandardDeviation_data();
    void meanSdIsPopulationStandardDeviation();
    void debiasMapsJurorZScoreOntoJuryScale_data();
    void debiasMapsJurorZScoreOntoJuryScale();
    void sameScoreTreatsLastBitDifferencesAsEqual();
};

void TstFormulas::normalizeMapsTheJuryScaleOntoZeroToOne_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("scaleMin");
    QTest::addColumn<double>("scaleMax");
    QTest::addColumn<double>("expected");

    // Expert scale 0–10: (v − 0) / 10.
    QTest::newRow("expert 0 is the bottom of the scale") << 0.0 << 0.0 << 10.0 << 0.0;
    QTest::newRow("expert 7.5 is three quarters") << 7.5 << 0.0 << 10.0 << 0.75; // 7.5 / 10
    QTest::newRow("expert 10 is the top of the scale") << 10.0 << 0.0 << 10.0 << 1.0;
    // Citizen scale 1–5: (v − 1) / 4.
    QTest::newRow("citizen 1 is the bottom of the scale") << 1.0 << 1.0 << 5.0 << 0.0;
    QTest::newRow("citizen 3 is the middle") << 3.0 << 1.0 << 5.0 << 0.5;      // 2 / 4
    QTest::newRow("citizen 4 is three quarters") << 4.0 << 1.0 << 5.0 << 0.75; // 3 / 4
    QTest::newRow("citizen 5 is the top of the scale") << 5.0 << 1.0 << 5.0 << 1.0;
    // Out of the scale: clamped.
    QTest::newRow("a value above the scale is clamped to one") << 12.0 << 0.0 << 10.0 << 1.0; // 1.2 → 1
    QTest::newRow("a value below the scale is clamped to zero") << 0.0 << 1.0 << 5.0 << 0.0;  // −0.25 → 0
    // Degenerate scales have no span.
    QTest::newRow("a scale with no span gives zero") << 5.0 << 5.0 << 5.0 << 0.0;
    QTest::newRow("a reversed scale gives zero") << 3.0 << 5.0 << 1.0 << 0.0;
}

void TstFormulas::normalizeMapsTheJuryScaleOntoZeroToOne()
{
    QFETCH(double, value);
    QFETCH(double, scaleMin);
    QFETCH(double, scaleMax);
    QFETCH(double, expected);
    const double actual = formulas::normalize(value, scaleMin, scaleMax);
    QVERIFY2(near(actual, expected), qPrintable(mismatch(actual, expected)));
}

void TstFormulas::aggregateComputesMeanMedianAndTrimmedMean_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<palmares::Aggregation>("method");
    QTest::addColumn<double>("expected");

    QTest::newRow("mean of three values") << QList<double>{2, 4, 9} << Aggregation::Mean << 5.0; // 15 / 3
    QTest::newRow("mean of one value") << QList<double>{0.7} << Aggregation::Mean << 0.7;
    QTest::newRow("median of an odd count is the middle value")
        << QList<double>{9, 2, 4} << Aggregation::Median << 4.0; // sorted 2 4 9
    QTest::newRow("median of an even count averages the middle two")
        << QList<double>{1, 10, 3, 4} << Aggregation::Median << 3.5; // sorted 1 3 4 10 → (3 + 4) / 2
    QTest::newRow("median of one value") << QList<double>{0.7} << Aggregation::Median << 0.7;
    QTest::newRow("trimmed mean of five values drops the highest and the lowest")
        << QList<double>{100, 2, 1, 4, 3} << Aggregation::TrimmedMean << 3.0; // (2 + 3 + 4) / 3
    QTest::newRow("trimmed mean of six values drops one at each end")
        << QList<double>{0.8, 0.0, 0.4, 1.0, 0.2, 0.6} << Aggregation::TrimmedMean
        << 0.5; // drop 0 and 1: (0.2 + 0.4 + 0.6 + 0.8) / 4 = 2 / 4
    QTest::newRow("trimmed mean drops only one of equal extremes")
        << QList<double>{1, 0, 1, 0, 1} << Aggregation::TrimmedMean << 2.0 / 3; // drop one 0, one 1: (0 + 1 + 1) / 3
    QTest::newRow("trimmed mean of four values is the plain mean")
        << QList<double>{1, 2, 3, 100} << Aggregation::TrimmedMean << 26.5; // 106 / 4, nothing dropped
    QTest::newRow("trimmed mean of two values is the plain mean")
        << QList<double>{0.25, 0.75} << Aggregation::TrimmedMean << 0.5;
}

void TstFormulas::aggregateComputesMeanMedianAndTrimmedMean()
{
    QFETCH(QList<double>, values);
    QFETCH(palmares::Aggregation, method);
    QFETCH(double, expected);
    std::vector<double> v = toVector(values);
    const double actual = formulas::aggregate(v, method);
    QVERIFY2(near(actual, expected), qPrintable(mismatch(actual, expected)));
}

void TstFormulas::aggregateOfNoValuesIsMissing_data()
{
    QTest::addColumn<palmares::Aggregation>("method");
    QTest::newRow("mean") << Aggregation::Mean;
    QTest::newRow("median") << Aggregation::Median;
    QTest::newRow("trimmed mean") << Aggregation::TrimmedMean;
}

void TstFormulas::aggregateOfNoValuesIsMissing()
{
    QFETCH(palmares::Aggregation, method);
    std::vector<double> none;
    const double actual = formulas::aggregate(none, method);
    QVERIFY2(formulas::isMissing(actual), qPrintable(QStringLiteral("got %1 for no values").arg(actual)));
}

void TstFormulas::weightedMeanSkipsMissingValuesAndFallsBackToEqualWeights_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<double>("expected");

    const double nan = formulas::missing;
    QTest::newRow("weights one and three")
        << QList<double>{0.5, 1.0} << QList<double>{1, 3} << 0.875; // (0.5 + 3 × 1) / 4 = 3.5 / 4
    QTest::newRow("equal weights give the plain mean")
        << QList<double>{0.2, 0.4, 0.9} << QList<double>{2, 2, 2} << 0.5; // 1.5 / 3
    QTest::newRow("a missing value drops out with its weight")
        << QList<double>{0.2, nan, 0.8} << QList<double>{1, 5, 3} << 0.65; // (0.2 + 3 × 0.8) / (1 + 3) = 2.6 / 4
    QTest::newRow("a zero weight drops its value")
        << QList<double>{0.2, 0.9} << QList<double>{0, 2} << 0.9; // (0 × 0.2 + 2 × 0.9) / 2
    QTest::newRow("all weights zero count the values equally")
        << QList<double>{0.2, 0.6} << QList<double>{0, 0} << 0.4; // (0.2 + 0.6) / 2
    QTest::newRow("present weights all zero count the present values equally")
        << QList<double>{0.3, nan, 0.6} << QList<double>{0, 4, 0} << 0.45; // the weight 4 is on a missing value
    QTest::newRow("a single present value is the mean")
        << QList<double>{nan, 0.35, nan} << QList<double>{1, 1, 1} << 0.35;
}

void TstFormulas::weightedMeanSkipsMissingValuesAndFallsBackToEqualWeights()
{
    QFETCH(QList<double>, values);
    QFETCH(QList<double>, weights);
    QFETCH(double, expected);
    const double actual = formulas::weightedMean(toVector(values), toVector(weights));
    QVERIFY2(near(actual, expected), qPrintable(mismatch(actual, expected)));
}

void TstFormulas::weightedMeanOfOnlyMissingValuesIsMissing()
{
    const double nan = formulas::missing;
    const double none = formulas::weightedMean({}, {});
    QVERIFY2(formulas::isMissing(none), qPrintable(QStringLiteral("no values gave %1").arg(none)));
    const double allMissing = formulas::weightedMean({nan, nan}, {1, 2});
    QVERIFY2(formulas::isMissing(allMissing),
             qPrintable(QStringLiteral("only missing values gave %1").arg(allMissing)));
}

void TstFormulas::meanSdIsPopulationStandardDeviation_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("sd");
    QTest::addColumn<int>("count");

    // Mean 40 / 8 = 5; squared deviations 9 1 1 1 0 0 4 16 = 32; 32 / 8 = 4; SD 2.
    QTest::newRow("eight values with SD two") << QList<double>{2, 4, 4, 4, 5, 5, 7, 9} << 5.0 << 2.0 << 8;
    // Mean 0.5; deviations ±0.5; variance 0.25; SD 0.5 (population, not sample).
    QTest::newRow("two values divide by two, not one") << QList<double>{0, 1} << 0.5 << 0.5 << 2;
    QTest::newRow("one value has no spread") << QList<double>{0.7} << 0.7 << 0.0 << 1;
    QTest::newRow("no values give zeros") << QList<double>{} << 0.0 << 0.0 << 0;
}

void TstFormulas::meanSdIsPopulationStandardDeviation()
{
    QFETCH(QList<double>, values);
    QFETCH(double, mean);
    QFETCH(double, sd);
    QFETCH(int, count);
    const formulas::MeanSd r = formulas::meanSd(toVector(values));
    QVERIFY2(near(r.mean, mean), qPrintable(QStringLiteral("mean: ") + mismatch(r.mean, mean)));
    QVERIFY2(near(r.sd, sd), qPrintable(QStringLiteral("SD: ") + mismatch(r.sd, sd)));
    QCOMPARE(r.count, count);
}

void TstFormulas::debiasMapsJurorZScoreOntoJuryScale_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("jurorMean");
    QTest::addColumn<double>("jurorSd");
    QTest::addColumn<double>("juryMean");
    QTest::addColumn<double>("jurySd");
    QTest::addColumn<double>("expected");

    // z = (0.8 − 0.6) / 0.2 = 1 → 0.5 + 1 × 0.1
    QTest::newRow("one SD above the juror's mean") << 0.8 << 0.6 << 0.2 << 0.5 << 0.1 << 0.6;
    // z = (0.4 − 0.6) / 0.2 = −1 → 0.5 − 0.1
    QTest::newRow("one SD below the juror's mean") << 0.4 << 0.6 << 0.2 << 0.5 << 0.1 << 0.4;
    // z = (0.5 − 0.6) / 0.2 = −0.5 → 0.5 − 0.5 × 0.1
    QTest::newRow("half an SD below the juror's mean") << 0.5 << 0.6 << 0.2 << 0.5 << 0.1 << 0.45;
    // z = 0 → the jury mean
    QTest::newRow("the juror's mean maps to the jury's mean") << 0.6 << 0.6 << 0.2 << 0.3 << 0.1 << 0.3;
    // z = (0.73 − 0.5) / 0.1 = 2.3 → 0.5 + 2.3 × 0.1 = 0.73
    QTest::newRow("a juror matching the jury is unchanged") << 0.73 << 0.5 << 0.1 << 0.5 << 0.1 << 0.73;
    // z = (0.9 − 0.5) / 0.1 = 4 → 0.5 + 4 × 0.4 = 2.1 → clamped to 1
    QTest::newRow("clamped to one above") << 0.9 << 0.5 << 0.1 << 0.5 << 0.4 << 1.0;
    // z = (0.1 − 0.5) / 0.1 = −4 → 0.5 − 4 × 0.4 = −1.1 → clamped to 0
    QTest::newRow("clamped to zero below") << 0.1 << 0.5 << 0.1 << 0.5 << 0.4 << 0.0;
    // A juror who gives the same value everywhere has no z-score: the jury mean.
    QTest::newRow("a juror with SD zero maps to the jury mean") << 0.7 << 0.7 << 0.0 << 0.55 << 0.2 << 0.55;
}

void TstFormulas::debiasMapsJurorZScoreOntoJuryScale()
{
    QFETCH(double, value);
    QFETCH(double, jurorMean);
    QFETCH(double, jurorSd);
    QFETCH(double, juryMean);
    QFETCH(double, jurySd);
    QFETCH(double, expected);
    formulas::MeanSd juror, jury;
    juror.mean = jurorMean;
    juror.sd = jurorSd;
    juror.count = 4;
    jury.mean = juryMean;
    jury.sd = jurySd;
    jury.count = 12;
    const double actual = formulas::debias(value, juror, jury);
    QVERIFY2(near(actual, expected), qPrintable(mismatch(actual, expected)));
}

void TstFormulas::sameScoreTreatsLastBitDifferencesAsEqual()
{
    // 0.1 + 0.2 + 0.3 summed in two orders: 0.6000000000000001 and 0.6, equal in exact arithmetic.
    const double leftFirst = 100.0 * ((0.1 + 0.2) + 0.3);
    const double rightFirst = 100.0 * (0.1 + (0.2 + 0.3));
    QVERIFY2(leftFirst != rightFirst, "precondition: the two sums must differ in the last bits");
    QVERIFY2(
        formulas::sameScore(leftFirst, rightFirst),
        qPrintable(QStringLiteral("%1 and %2 should be a tie").arg(leftFirst, 0, 'g', 17).arg(rightFirst, 0, 'g', 17)));
    QVERIFY2(formulas::sameScore(60.0, 60.0 + 0.5 * formulas::tieTolerance), "half the tolerance apart is a tie");
    QVERIFY2(!formulas::sameScore(60.0, 60.0 + 1e-6), "a millionth of a point apart is a real difference");
    QVERIFY2(!formulas::sameScore(60.0, 59.99), "a hundredth of a point apart is a real difference");
}

QTEST_GUILESS_MAIN(TstFormulas)
#include "tst_formulas.moc"
