// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Formulas.h"

#include <algorithm>
#include <numeric>

namespace palmares::formulas {

double aggregate(std::vector<double>& values, Aggregation method)
{
    const size_t n = values.size();
    if (n == 0)
        return missing;
    switch (method) {
    case Aggregation::Mean:
        break;
    case Aggregation::Median: {
        std::sort(values.begin(), values.end());
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }
    case Aggregation::TrimmedMean:
        if (n >= 5) {
            std::sort(values.begin(), values.end());
            return std::accumulate(values.begin() + 1, values.end() - 1, 0.0) / double(n - 2);
        }
        break;
    }
    return std::accumulate(values.begin(), values.end(), 0.0) / double(n);
}

double weightedMean(const std::vector<double>& values, const std::vector<double>& weights)
{
    double sum = 0, weightSum = 0, plainSum = 0;
    int present = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        if (isMissing(values[i]))
            continue;
        const double w = i < weights.size() ? std::max(0.0, weights[i]) : 0.0;
        sum += w * values[i];
        weightSum += w;
        plainSum += values[i];
        ++present;
    }
    if (present == 0)
        return missing;
    return weightSum > 0 ? sum / weightSum : plainSum / present;
}

MeanSd meanSd(const std::vector<double>& values)
{
    MeanSd r;
    r.count = int(values.size());
    if (values.empty())
        return r;
    r.mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    double sq = 0;
    for (double v : values)
        sq += (v - r.mean) * (v - r.mean);
    r.sd = std::sqrt(sq / double(values.size()));
    return r;
}

double debias(double normalized, const MeanSd& juror, const MeanSd& jury)
{
    if (!(juror.sd > 1e-12))
        return std::clamp(jury.mean, 0.0, 1.0);
    const double z = (normalized - juror.mean) / juror.sd;
    return std::clamp(jury.mean + z * jury.sd, 0.0, 1.0);
}

} // namespace palmares::formulas
