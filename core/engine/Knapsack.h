// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

namespace palmares {

// Exact 0/1 knapsack: the subset of items with the largest total value whose weights fit
// the capacity. Weights are surfaces in m², counted exactly to the hundredth of a m².
// Bounds first fix the items that every optimum must take or leave (Dembo–Hammer), then a
// dynamic programme over the rest proves the optimum. Returns nothing when the remaining
// problem would need more than `maxCells` DP cells.
struct KnapsackItem {
    double weight = 0;
    double value = 0;
};

std::optional<std::vector<int>> solveKnapsack(const std::vector<KnapsackItem>& items, double capacity,
                                              double maxCells = 4e9);

} // namespace palmares
