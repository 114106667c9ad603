// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QString>

#include <vector>

// From scores to per-candidate results (DESIGN section 4, steps 1–6 and 9): criterion,
// pillar, jury and final scores, quorum, eligibility and disagreement. Pure: reads a
// Campaign, returns plain data, touches nothing else.
namespace palmares {

struct JuryScore {
    int completeJurors = 0; // jurors (not in conflict) who scored every criterion
    bool quorumReached = false;
    double total = 0; // 0–100; meaningful when hasValues
    bool hasValues = false;
    std::vector<double> pillars; // 0–1 per pillar (campaign order); NaN when not scored
    double jurorTotalSd = 0;     // SD of complete jurors' own totals, 0–100
};

enum class IneligibleReason { None, StatusIneligible, Withdrawn, BelowThreshold };

struct CandidateScore {
    int candidate = -1;            // index in Campaign::candidates
    std::vector<JuryScore> juries; // per jury (campaign order)
    std::vector<double> pillars;   // combined over quorate juries, 0–100; NaN when none
    double final = 0;              // 0–100, over juries that reached quorum
    bool hasFinal = false;
    bool incomplete = false; // a jury did not reach quorum
    IneligibleReason ineligible = IneligibleReason::None;
    int failedPillar = -1; // with BelowThreshold: the first pillar under its threshold
    bool disagreement = false;
    int disagreeingJury = -1; // the jury whose juror totals spread most beyond the threshold
    double juryGap = 0;       // max − min of quorate jury totals, 0–100

    bool eligible() const { return ineligible == IneligibleReason::None; }
    bool selectable() const { return eligible() && !incomplete && hasFinal; }
};

struct ScoringResult {
    std::vector<CandidateScore> candidates; // same order as Campaign::candidates
    int ignoredScores = 0;                  // scores given despite a conflict of interest, or dangling
};

// Codes and numbers only: core/present/Words says them in sentences.
class Scoring {
public:
    static ScoringResult compute(const Campaign& campaign);

    // Stable machine codes for CSV/JSON: "below_threshold:environmental", "withdrawn"…
    static QString ineligibleCode(const Campaign& campaign, const CandidateScore& score);
};

} // namespace palmares
