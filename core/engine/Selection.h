// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Ranking.h"

#include <QString>

#include <vector>

// Laureates against the site-fill target (DESIGN section 4, "Selection"): greedy walk of
// the ranking (the rule a jury can explain) and best value (exact 0/1 knapsack, advisory).
// The algorithms work on SelectionItem lists in rank order; selectionItems() builds them
// from a campaign.
namespace palmares {

enum class SkipReason { None, ForcedOut, Ineligible, Incomplete, DoesNotFit, ForcedInDoesNotFit, NotChosen };

struct SelectionItem {
    int candidate = -1; // index in Campaign::candidates
    double surface = 0; // m² counted towards the fill
    double score = 0;   // final score
    bool forcedIn = false;
    bool forcedOut = false;
    SkipReason blocked = SkipReason::None; // Ineligible / Incomplete when not selectable
};

struct Placement {
    int candidate = -1;
    double surface = 0;
    double cumulativeSurface = 0;
    double fillPct = 0; // of the rentable surface, after this laureate
    bool forced = false;
};

struct Skipped {
    int candidate = -1;
    SkipReason reason = SkipReason::None;
    double surface = 0;
    double remaining = 0; // capacity left when the walk reached this candidate
};

struct Selection {
    SelectionRule rule = SelectionRule::Greedy;
    double rentableSurface = 0;
    double capacity = 0;
    std::vector<Placement> laureates; // in placement order (forced first, then rank)
    std::vector<Skipped> skipped;     // every other candidate, in rank order, with why
    std::vector<int> waitingList;     // next selectable candidates, in rank order
    double totalSurface = 0;
    double fillPct = 0;
    double totalScore = 0;
    bool solved = true; // best value: false when the problem is too large to prove
};

// Where one candidate stands in a selection: its index in laureates, waitingList and
// skipped (a waiting candidate is also skipped), each -1 when not there.
struct Standing {
    int laureate = -1;
    int waiting = -1;
    int skipped = -1;
};

struct SelectionDiff {
    std::vector<int> onlyInBestValue; // candidate indices, rank order
    std::vector<int> onlyInGreedy;
    double scoreDelta = 0;   // best value − greedy
    double surfaceDelta = 0; // m²
};

struct SelectionParams {
    double rentableSurface = 0;
    double capacity = 0;
    int waitingListSize = 10; // 0: all
};

// Codes and numbers only: core/present/Words says them in sentences.
class Selector {
public:
    static std::vector<SelectionItem> items(const Campaign& campaign, const ScoringResult& scores,
                                            const Ranking& ranking);
    static SelectionParams params(const Campaign& campaign);

    static Selection greedy(const std::vector<SelectionItem>& items, const SelectionParams& params);
    static Selection bestValue(const std::vector<SelectionItem>& items, const SelectionParams& params);
    static SelectionDiff compare(const Selection& greedy, const Selection& bestValue,
                                 const std::vector<SelectionItem>& items);

    // Every candidate's standing in `selection`, by index in Campaign::candidates.
    static std::vector<Standing> standings(const Selection& selection, size_t candidates);

    static QString reasonCode(SkipReason reason);
};

} // namespace palmares
