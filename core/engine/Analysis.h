// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Evaluation.h"

#include <vector>

// What the charts show, computed from a campaign and its evaluation: the weight each
// pillar and criterion carries in the final score, each pillar's contribution to a
// candidate's final score, a candidate's pillar profile per jury, jury totals side by
// side, and how each juror scores compared with the rest of their jury. Pure functions;
// the desktop charts and the reports draw these numbers and compute none of their own.
namespace palmares {

// The share of the final score each pillar, criterion and jury weighs, in percent (same
// order as Campaign::pillars / criteria / juries). Weights that sum to zero count
// equally, as the engine does.
struct WeightShares {
    std::vector<double> pillars;
    std::vector<double> criteria;
    std::vector<double> criteriaInPillar; // share within its own pillar
    std::vector<double> juries;           // share of each jury's total in the final score
};
WeightShares weightShares(const Campaign& campaign);

// Points each pillar brings to the final score (campaign pillar order); they add up
// to the final score of a candidate whose juries all reached quorum. A pillar without a
// combined score brings 0 and the others share its weight, as in the engine.
std::vector<double> pillarContributions(const Campaign& campaign, const CandidateScore& score);

// One jury's pillar scores for one candidate, 0–100 (NaN where not scored).
struct PillarProfile {
    int jury = -1; // index in Campaign::juries
    std::vector<double> pillars;
    bool quorumReached = false;
};
std::vector<PillarProfile> pillarProfiles(const CandidateScore& score);

// A candidate's totals from two juries, for a scatter plot.
struct JuryPairPoint {
    int candidate = -1;
    double x = 0;          // total of the first jury, 0–100
    double y = 0;          // total of the second jury
    bool laureate = false; // in the greedy selection
};
// Candidates for whom both juries have a total.
std::vector<JuryPairPoint> juryPair(const Campaign& campaign, const Evaluation& evaluation, int juryX, int juryY);

// How one juror scores: their normalised scores (0–100, conflicts left out) summed up,
// and how far their mean lies from the mean of the other jurors of their jury.
struct JurorProfile {
    enum Tendency { InLine, Harsh, Lenient };
    int juror = -1; // index in Campaign::jurors
    int jury = -1;  // index in Campaign::juries
    int count = 0;
    double min = 0, lowerQuartile = 0, median = 0, upperQuartile = 0, max = 0, mean = 0;
    double othersMean = 0; // mean of the other jurors of the jury (NaN when they gave none)
    double deviation = 0;  // mean − othersMean, points on 0–100
    Tendency tendency = InLine;
};
// `threshold`: points of deviation beyond which a juror is called harsh or lenient.
std::vector<JurorProfile> jurorProfiles(const Campaign& campaign, double threshold = 10);

} // namespace palmares
