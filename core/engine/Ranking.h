// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Scoring.h"

#include <vector>

// Orders candidates by the campaign's tie chain (DESIGN section 4, step 8). Scores closer
// than formulas::tieTolerance are equal, so the order never depends on the last bits of a
// floating-point sum. Candidates without a final score come last.
namespace palmares {

struct RankEntry {
    int candidate = -1; // index in Campaign::candidates
    int rank = 0;       // 1-based position
    // Index in the tie chain of the key that placed this candidate after the previous one
    // (0: the final score itself, -1 for the first entry). Above 0 means a tie was broken.
    int decidedBy = -1;
};

struct Ranking {
    std::vector<TieKey> chain;
    std::vector<RankEntry> entries; // best first
    std::vector<int> positionOf;    // candidate index → position in entries

    // The entry of the candidate at `candidate` in Campaign::candidates, and its rank.
    const RankEntry& entryOf(int candidate) const { return entries[size_t(positionOf[size_t(candidate)])]; }
    int rankOf(int candidate) const { return entryOf(candidate).rank; }
};

Ranking rankCandidates(const Campaign& campaign, const ScoringResult& scores);

} // namespace palmares
