// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Knapsack.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

namespace palmares {

namespace {

constexpr double valueEps = 1e-9;

long long hundredths(double m2)
{
    return std::llround(m2 * 100.0);
}

} // namespace

std::optional<std::vector<int>> solveKnapsack(const std::vector<KnapsackItem>& items, double capacity, double maxCells)
{
    std::vector<int> taken;
    const long long cap = capacity > 0 ? (long long)std::floor(capacity * 100.0 + 1e-6) : 0;

    // Free items (no weight) are always worth taking; items heavier than the capacity never fit.
    std::vector<int> candidates;
    std::vector<long long> w(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        w[i] = std::max(0LL, hundredths(items[i].weight));
        if (w[i] == 0 && items[i].value >= 0)
            taken.push_back(int(i));
        else if (w[i] <= cap && items[i].value > 0)
            candidates.push_back(int(i));
    }
    if (candidates.empty()) {
        std::sort(taken.begin(), taken.end());
        return taken;
    }

    // LP relaxation over items sorted by value per m² (stable: ties keep the caller's order).
    std::vector<int> byEfficiency = candidates;
    std::stable_sort(byEfficiency.begin(), byEfficiency.end(), [&](int a, int b) {
        return items[size_t(a)].value * double(w[size_t(b)]) > items[size_t(b)].value * double(w[size_t(a)]);
    });
    long long room = cap;
    double prefixValue = 0;
    size_t breakPos = byEfficiency.size();
    for (size_t p = 0; p < byEfficiency.size(); ++p) {
        const int i = byEfficiency[p];
        if (w[size_t(i)] > room) {
            breakPos = p;
            break;
        }
        room -= w[size_t(i)];
        prefixValue += items[size_t(i)].value;
    }
    if (breakPos == byEfficiency.size()) { // everything fits
        taken.insert(taken.end(), candidates.begin(), candidates.end());
        std::sort(taken.begin(), taken.end());
        return taken;
    }
    const int breakItem = byEfficiency[breakPos];
    const double breakEff = items[size_t(breakItem)].value / double(w[size_t(breakItem)]);
    const double upper = prefixValue + double(room) * breakEff;

    // Incumbent: greedy by efficiency, skipping what does not fit.
    double incumbent = 0;
    {
        long long left = cap;
        for (int i : byEfficiency) {
            if (w[size_t(i)] <= left) {
                left -= w[size_t(i)];
                incumbent += items[size_t(i)].value;
            }
        }
    }

    // Dembo–Hammer reduction: flipping item j's LP decision costs at least |v_j − w_j·e_s|.
    std::vector<int> freeItems;
    long long residual = cap;
    for (size_t p = 0; p < byEfficiency.size(); ++p) {
        const int i = byEfficiency[p];
        const double v = items[size_t(i)].value;
        const double flipBound = upper - std::fabs(v - double(w[size_t(i)]) * breakEff);
        if (p != breakPos && flipBound < incumbent - valueEps) {
            if (p < breakPos) {
                taken.push_back(i);
                residual -= w[size_t(i)];
            }
            continue; // p > breakPos: fixed out
        }
        freeItems.push_back(i);
    }
    std::sort(freeItems.begin(), freeItems.end()); // DP in the caller's order: deterministic ties

    // Count in the coarsest unit every remaining weight is a multiple of.
    long long unit = 0;
    for (int i : freeItems)
        unit = std::gcd(unit, w[size_t(i)]);
    unit = std::max(1LL, unit);
    const long long R = residual / unit;
    if (double(freeItems.size()) * double(R + 1) > maxCells)
        return std::nullopt;

    const size_t cols = size_t(R) + 1;
    const size_t words = (cols + 63) / 64;
    std::vector<double> best(cols, 0.0);
    std::vector<std::uint64_t> took(freeItems.size() * words, 0);
    for (size_t t = 0; t < freeItems.size(); ++t) {
        const int i = freeItems[t];
        const long long wi = w[size_t(i)] / unit;
        const double vi = items[size_t(i)].value;
        std::uint64_t* row = took.data() + t * words;
        for (long long c = R; c >= wi; --c) {
            const double with = best[size_t(c - wi)] + vi;
            if (with > best[size_t(c)] + valueEps) {
                best[size_t(c)] = with;
                row[size_t(c) / 64] |= std::uint64_t(1) << (size_t(c) % 64);
            }
        }
    }
    long long c = R;
    for (size_t t = freeItems.size(); t-- > 0;) {
        const std::uint64_t* row = took.data() + t * words;
        if (row[size_t(c) / 64] >> (size_t(c) % 64) & 1U) {
            taken.push_back(freeItems[t]);
            c -= w[size_t(freeItems[t])] / unit;
        }
    }
    std::sort(taken.begin(), taken.end());
    return taken;
}

} // namespace palmares
