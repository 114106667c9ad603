// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Analysis.h"

#include "core/engine/ConflictMatrix.h"
#include "core/engine/Formulas.h"

#include <algorithm>

namespace palmares {

namespace {

using formulas::isMissing;
using formulas::missing;

// Each weight as a percentage of their sum; equal shares when they sum to zero.
std::vector<double> percentages(const std::vector<double>& weights)
{
    double sum = 0;
    for (double w : weights)
        sum += w;
    std::vector<double> out;
    out.reserve(weights.size());
    for (double w : weights)
        out.push_back(sum > 0 ? 100.0 * w / sum : 100.0 / double(weights.size()));
    return out;
}

// The value at quantile q (0–1) of sorted `v`, interpolated linearly between ranks.
double quantile(const std::vector<double>& v, double q)
{
    if (v.empty())
        return missing;
    const double pos = q * double(v.size() - 1);
    const size_t lo = size_t(pos);
    const size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (pos - double(lo)) * (v[hi] - v[lo]);
}

} // namespace

WeightShares weightShares(const Campaign& c)
{
    WeightShares shares;
    std::vector<double> pillarWeights;
    for (const Pillar& p : c.pillars)
        pillarWeights.push_back(p.weight);
    shares.pillars = percentages(pillarWeights);
    std::vector<double> juryWeights;
    for (const Jury& j : c.juries)
        juryWeights.push_back(j.weight);
    shares.juries = percentages(juryWeights);

    const IdIndex pillarIndex(c.pillars);
    std::vector<std::vector<size_t>> members(c.pillars.size());
    for (size_t k = 0; k < c.criteria.size(); ++k) {
        const int p = pillarIndex(c.criteria[k].pillarId);
        if (p >= 0)
            members[size_t(p)].push_back(k);
    }
    shares.criteria.assign(c.criteria.size(), 0);
    shares.criteriaInPillar.assign(c.criteria.size(), 0);
    for (size_t p = 0; p < members.size(); ++p) {
        std::vector<double> weights;
        for (size_t k : members[p])
            weights.push_back(c.criteria[k].weight);
        const std::vector<double> inPillar = percentages(weights);
        for (size_t i = 0; i < members[p].size(); ++i) {
            shares.criteriaInPillar[members[p][i]] = inPillar[i];
            shares.criteria[members[p][i]] = shares.pillars[p] * inPillar[i] / 100.0;
        }
    }
    return shares;
}

std::vector<double> pillarContributions(const Campaign& c, const CandidateScore& score)
{
    // As the engine does, a pillar without a combined score (no criteria, nothing scored)
    // is left out, and the others share its weight.
    std::vector<double> presentWeights(c.pillars.size(), 0);
    std::vector<size_t> present;
    for (size_t p = 0; p < c.pillars.size() && p < score.pillars.size(); ++p) {
        if (!isMissing(score.pillars[p])) {
            present.push_back(p);
            presentWeights[present.size() - 1] = c.pillars[p].weight;
        }
    }
    presentWeights.resize(present.size());
    const std::vector<double> shares = percentages(presentWeights);
    std::vector<double> out(c.pillars.size(), 0);
    for (size_t i = 0; i < present.size(); ++i)
        out[present[i]] = shares[i] / 100.0 * score.pillars[present[i]];
    return out;
}

std::vector<PillarProfile> pillarProfiles(const CandidateScore& score)
{
    std::vector<PillarProfile> out;
    for (size_t j = 0; j < score.juries.size(); ++j) {
        PillarProfile profile;
        profile.jury = int(j);
        profile.quorumReached = score.juries[j].quorumReached;
        for (double v : score.juries[j].pillars)
            profile.pillars.push_back(isMissing(v) ? v : 100.0 * v);
        out.push_back(profile);
    }
    return out;
}

std::vector<JuryPairPoint> juryPair(const Campaign& c, const Evaluation& evaluation, int juryX, int juryY)
{
    std::vector<JuryPairPoint> out;
    const int juries = int(c.juries.size());
    if (juryX < 0 || juryY < 0 || juryX >= juries || juryY >= juries)
        return out;
    std::vector<char> laureate(c.candidates.size(), 0);
    for (const Placement& p : evaluation.greedy.laureates)
        laureate[size_t(p.candidate)] = 1;
    for (const CandidateScore& s : evaluation.scores.candidates) {
        const JuryScore &x = s.juries[size_t(juryX)], &y = s.juries[size_t(juryY)];
        if (x.hasValues && y.hasValues)
            out.push_back({s.candidate, x.total, y.total, laureate[size_t(s.candidate)] != 0});
    }
    return out;
}

std::vector<JurorProfile> jurorProfiles(const Campaign& c, double threshold)
{
    const IdIndex jurorIndex(c.jurors), juryIndex(c.juries), candIndex(c.candidates), critIndex(c.criteria);
    std::vector<std::vector<double>> values(c.jurors.size());
    std::vector<int> jurorJury(c.jurors.size(), -1);
    for (size_t j = 0; j < c.jurors.size(); ++j)
        jurorJury[j] = juryIndex(c.jurors[j].juryId);

    const ConflictMatrix conflicted(c, jurorIndex, candIndex);
    for (const Score& s : c.scores) {
        const int j = jurorIndex(s.jurorId), k = candIndex(s.candidateId);
        if (j < 0 || k < 0 || critIndex(s.criterionId) < 0 || jurorJury[size_t(j)] < 0 || conflicted(k, j))
            continue;
        const Jury& jury = c.juries[size_t(jurorJury[size_t(j)])];
        values[size_t(j)].push_back(100.0 * formulas::normalize(s.value, jury.scaleMin, jury.scaleMax));
    }

    std::vector<double> jurySum(c.juries.size(), 0);
    std::vector<qint64> juryCount(c.juries.size(), 0);
    std::vector<JurorProfile> out;
    for (size_t j = 0; j < c.jurors.size(); ++j) {
        std::vector<double>& v = values[j];
        std::sort(v.begin(), v.end());
        JurorProfile profile;
        profile.juror = int(j);
        profile.jury = jurorJury[j];
        profile.count = int(v.size());
        double sum = 0;
        for (double x : v)
            sum += x;
        if (!v.empty()) {
            profile.min = v.front();
            profile.max = v.back();
            profile.lowerQuartile = quantile(v, 0.25);
            profile.median = quantile(v, 0.5);
            profile.upperQuartile = quantile(v, 0.75);
            profile.mean = sum / double(v.size());
        }
        if (profile.jury >= 0) {
            jurySum[size_t(profile.jury)] += sum;
            juryCount[size_t(profile.jury)] += qint64(v.size());
        }
        out.push_back(profile);
    }
    for (JurorProfile& profile : out) {
        if (profile.jury < 0 || profile.count == 0) {
            profile.othersMean = missing;
            continue;
        }
        const double othersSum = jurySum[size_t(profile.jury)] - profile.mean * profile.count;
        const qint64 othersCount = juryCount[size_t(profile.jury)] - profile.count;
        profile.othersMean = othersCount > 0 ? othersSum / double(othersCount) : missing;
        if (isMissing(profile.othersMean))
            continue;
        profile.deviation = profile.mean - profile.othersMean;
        if (profile.deviation < -threshold - formulas::tieTolerance)
            profile.tendency = JurorProfile::Harsh;
        else if (profile.deviation > threshold + formulas::tieTolerance)
            profile.tendency = JurorProfile::Lenient;
    }
    return out;
}

} // namespace palmares
