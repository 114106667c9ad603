// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Selection.h"

#include <optional>

// Everything the engine says about a campaign, computed in one call: the UI, the CLI and
// the reports show these numbers and no others.
namespace palmares {

struct Evaluation {
    ScoringResult scores;
    Ranking ranking;
    std::vector<SelectionItem> items;
    SelectionParams params;
    Selection greedy;
    std::optional<Selection> bestValue; // when asked for
    SelectionDiff diff;                 // best value − greedy, when asked for
};

Evaluation evaluate(const Campaign& campaign, bool withBestValue = true);

} // namespace palmares
