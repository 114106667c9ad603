// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Ranking.h"

#include "core/engine/Formulas.h"

#include <algorithm>
#include <numeric>

namespace palmares {

namespace {

// Replaces each value (higher is better) by the index of its tie class: values are sorted
// best first and a new class starts when a value is more than the tolerance below the
// first value of the current class. Integer classes give std::sort a strict weak order.
std::vector<int> tieClasses(const std::vector<double>& values)
{
    std::vector<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return values[size_t(a)] > values[size_t(b)]; });
    std::vector<int> classOf(values.size(), 0);
    int cls = -1;
    double classTop = 0;
    for (int i : order) {
        const double v = values[size_t(i)];
        if (cls < 0 || !(v >= classTop - formulas::tieTolerance)) {
            ++cls;
            classTop = v;
        }
        classOf[size_t(i)] = cls;
    }
    return classOf;
}

} // namespace

Ranking rankCandidates(const Campaign& campaign, const ScoringResult& scores)
{
    Ranking ranking;
    ranking.chain = effectiveTieChain(campaign);
    const size_t n = scores.candidates.size();

    // One integer class per chain key; lower is better.
    std::vector<std::vector<int>> classes;
    for (const TieKey& key : ranking.chain) {
        std::vector<double> values(n);
        for (size_t i = 0; i < n; ++i) {
            const CandidateScore& cs = scores.candidates[i];
            switch (key.kind) {
            case TieKey::Final:
                values[i] = cs.hasFinal ? cs.final : -1.0;
                break;
            case TieKey::JuryTotal: {
                values[i] = -1.0;
                for (size_t j = 0; j < campaign.juries.size(); ++j) {
                    if (campaign.juries[j].code == key.juryCode && cs.juries[j].hasValues)
                        values[i] = cs.juries[j].total;
                }
                break;
            }
            case TieKey::Registration:
                values[i] = -double(campaign.candidates[size_t(cs.candidate)].registrationNo);
                break;
            }
        }
        classes.push_back(tieClasses(values));
    }
    // Candidates without a final score go last whatever the chain's first key.
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    auto compare = [&](int a, int b) {
        const bool fa = scores.candidates[size_t(a)].hasFinal, fb = scores.candidates[size_t(b)].hasFinal;
        if (fa != fb)
            return fa;
        for (const auto& cls : classes) {
            if (cls[size_t(a)] != cls[size_t(b)])
                return cls[size_t(a)] < cls[size_t(b)];
        }
        return campaign.candidates[size_t(a)].id < campaign.candidates[size_t(b)].id;
    };
    std::sort(order.begin(), order.end(), compare);

    ranking.entries.resize(n);
    ranking.positionOf.assign(n, -1);
    for (size_t pos = 0; pos < n; ++pos) {
        RankEntry& e = ranking.entries[pos];
        e.candidate = order[pos];
        e.rank = int(pos) + 1;
        if (pos > 0) {
            const int prev = order[pos - 1];
            e.decidedBy = int(classes.size()); // only the id separated them
            for (size_t k = 0; k < classes.size(); ++k) {
                if (classes[k][size_t(prev)] != classes[k][size_t(e.candidate)]) {
                    e.decidedBy = int(k);
                    break;
                }
            }
        }
        ranking.positionOf[size_t(e.candidate)] = int(pos);
    }
    return ranking;
}

} // namespace palmares
