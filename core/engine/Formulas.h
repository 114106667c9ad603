// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <cmath>
#include <limits>
#include <vector>

// The small formulas of DESIGN section 4, one function each, so that each is tested
// on hand-computed values. Scores are normalised to [0, 1]; totals are on 0–100.
namespace palmares::formulas {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();
inline bool isMissing(double v)
{
    return std::isnan(v);
}

// Two scores equal in exact arithmetic may differ in the last bits of a double when
// summed in another order; scores closer than this (on the 0–100 scale) are equal.
constexpr double tieTolerance = 1e-9;
inline bool sameScore(double a, double b)
{
    return std::fabs(a - b) <= tieTolerance;
}

// (v − min) / (max − min), clamped to [0, 1]; 0 for a degenerate scale. Inline: the
// engine calls it once per score.
inline double normalize(double value, double scaleMin, double scaleMax)
{
    const double span = scaleMax - scaleMin;
    if (!(span > 0))
        return 0;
    const double n = (value - scaleMin) / span;
    return n < 0 ? 0 : (n > 1 ? 1 : n);
}

// Mean, median, or trimmed mean (drop one highest and one lowest when there are at
// least 5 values). Missing (NaN) for no values. Reorders `values`.
double aggregate(std::vector<double>& values, Aggregation method);

// Weighted mean over the entries whose value is present. When the weights of the present
// entries sum to zero, they count equally (a campaign with every weight at zero still ranks).
double weightedMean(const std::vector<double>& values, const std::vector<double>& weights);

// Mean and population standard deviation.
struct MeanSd {
    double mean = 0;
    double sd = 0;
    int count = 0;
};
MeanSd meanSd(const std::vector<double>& values);

// Juror de-biasing: the juror's z-score mapped back onto the jury's mean and SD, clamped
// to [0, 1]. A juror whose scores do not vary (SD 0) is mapped to the jury mean.
double debias(double normalized, const MeanSd& juror, const MeanSd& jury);

} // namespace palmares::formulas
