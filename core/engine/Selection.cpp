// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Selection.h"

#include "core/engine/IdIndex.h"
#include "core/engine/Knapsack.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace palmares {

namespace {

constexpr double surfaceEps = 1e-6; // m²

// Forced-in candidates first (in rank order), as long as they fit.
void placeForced(const std::vector<SelectionItem>& items, Selection& s, std::vector<char>& placed)
{
    for (size_t i = 0; i < items.size(); ++i) {
        const SelectionItem& it = items[i];
        if (!it.forcedIn || it.forcedOut)
            continue;
        if (it.surface <= s.capacity - s.totalSurface + surfaceEps) {
            s.totalSurface += it.surface;
            s.laureates.push_back({it.candidate, it.surface, s.totalSurface, 0, true});
            placed[i] = 1;
        }
    }
}

void finish(const std::vector<SelectionItem>& items, const SelectionParams& params, Selection& s,
            const std::vector<char>& placed)
{
    double cumulative = 0;
    s.totalScore = 0;
    for (Placement& p : s.laureates) {
        cumulative += p.surface;
        p.cumulativeSurface = cumulative;
        p.fillPct = params.rentableSurface > 0 ? 100.0 * cumulative / params.rentableSurface : 0;
    }
    for (size_t i = 0; i < items.size(); ++i) {
        if (placed[i])
            s.totalScore += items[i].score;
    }
    s.totalSurface = cumulative;
    s.fillPct = params.rentableSurface > 0 ? 100.0 * cumulative / params.rentableSurface : 0;
    for (size_t i = 0; i < items.size(); ++i) {
        const SelectionItem& it = items[i];
        if (placed[i] || it.forcedOut || it.blocked != SkipReason::None)
            continue;
        if (params.waitingListSize > 0 && int(s.waitingList.size()) >= params.waitingListSize)
            break;
        s.waitingList.push_back(it.candidate);
    }
}

Selection start(SelectionRule rule, const SelectionParams& params)
{
    Selection s;
    s.rule = rule;
    s.rentableSurface = params.rentableSurface;
    s.capacity = params.capacity;
    return s;
}

SkipReason unplacedReason(const SelectionItem& it)
{
    if (it.forcedOut)
        return SkipReason::ForcedOut;
    if (it.forcedIn)
        return SkipReason::ForcedInDoesNotFit;
    return it.blocked;
}

} // namespace

SelectionParams Selector::params(const Campaign& campaign)
{
    // Surfaces count to the hundredth of a m², in both rules (the knapsack counts in those units).
    return {rentableSurface(campaign), std::floor(fillCapacity(campaign) * 100.0 + 1e-6) / 100.0,
            campaign.settings.waitingListSize};
}

std::vector<SelectionItem> Selector::items(const Campaign& campaign, const ScoringResult& scores,
                                           const Ranking& ranking)
{
    std::vector<Override> overrides(campaign.candidates.size(), Override::None);
    const IdIndex candidateIndex(campaign.candidates);
    for (const Decision& d : campaign.decisions) {
        if (const int k = candidateIndex(d.candidateId); k >= 0)
            overrides[size_t(k)] = d.override_;
    }
    std::vector<SelectionItem> out;
    out.reserve(ranking.entries.size());
    for (const RankEntry& e : ranking.entries) {
        const CandidateScore& cs = scores.candidates[size_t(e.candidate)];
        SelectionItem it;
        it.candidate = e.candidate;
        it.surface =
            std::round(surfaceForFill(campaign.candidates[size_t(e.candidate)], campaign.settings) * 100.0) / 100.0;
        it.score = cs.hasFinal ? cs.final : 0;
        it.forcedIn = overrides[size_t(e.candidate)] == Override::ForcedIn;
        it.forcedOut = overrides[size_t(e.candidate)] == Override::ForcedOut;
        if (!cs.eligible())
            it.blocked = SkipReason::Ineligible;
        else if (cs.incomplete || !cs.hasFinal)
            it.blocked = SkipReason::Incomplete;
        out.push_back(it);
    }
    return out;
}

Selection Selector::greedy(const std::vector<SelectionItem>& items, const SelectionParams& params)
{
    Selection s = start(SelectionRule::Greedy, params);
    std::vector<char> placed(items.size(), 0);
    placeForced(items, s, placed);
    for (size_t i = 0; i < items.size(); ++i) {
        const SelectionItem& it = items[i];
        if (placed[i])
            continue;
        const double remaining = s.capacity - s.totalSurface;
        SkipReason reason = unplacedReason(it);
        if (reason == SkipReason::None && it.surface > remaining + surfaceEps)
            reason = SkipReason::DoesNotFit;
        if (reason != SkipReason::None) {
            s.skipped.push_back({it.candidate, reason, it.surface, std::max(0.0, remaining)});
            continue;
        }
        s.totalSurface += it.surface;
        s.laureates.push_back({it.candidate, it.surface, 0, 0, false});
        placed[i] = 1;
    }
    finish(items, params, s, placed);
    return s;
}

Selection Selector::bestValue(const std::vector<SelectionItem>& items, const SelectionParams& params)
{
    Selection s = start(SelectionRule::BestValue, params);
    std::vector<char> placed(items.size(), 0);
    placeForced(items, s, placed);

    std::vector<KnapsackItem> pool;
    std::vector<size_t> poolIndex;
    for (size_t i = 0; i < items.size(); ++i) {
        const SelectionItem& it = items[i];
        if (placed[i] || unplacedReason(it) != SkipReason::None)
            continue;
        pool.push_back({it.surface, it.score});
        poolIndex.push_back(i);
    }
    const auto chosen = solveKnapsack(pool, s.capacity - s.totalSurface);
    s.solved = chosen.has_value();
    if (chosen) {
        for (int k : *chosen)
            placed[poolIndex[size_t(k)]] = 1;
    }
    // Laureates in rank order after the forced ones; every other candidate says why not.
    for (size_t i = 0; i < items.size(); ++i) {
        const SelectionItem& it = items[i];
        if (placed[i] && !it.forcedIn) {
            s.totalSurface += it.surface;
            s.laureates.push_back({it.candidate, it.surface, 0, 0, false});
        } else if (!placed[i]) {
            SkipReason reason = unplacedReason(it);
            if (reason == SkipReason::None)
                reason = SkipReason::NotChosen;
            s.skipped.push_back({it.candidate, reason, it.surface, 0});
        }
    }
    finish(items, params, s, placed);
    return s;
}

SelectionDiff Selector::compare(const Selection& greedy, const Selection& bestValue,
                                const std::vector<SelectionItem>& items)
{
    std::unordered_set<int> inGreedy, inBest;
    for (const Placement& p : greedy.laureates)
        inGreedy.insert(p.candidate);
    for (const Placement& p : bestValue.laureates)
        inBest.insert(p.candidate);
    SelectionDiff d;
    for (const SelectionItem& it : items) {
        if (inBest.count(it.candidate) && !inGreedy.count(it.candidate))
            d.onlyInBestValue.push_back(it.candidate);
        if (inGreedy.count(it.candidate) && !inBest.count(it.candidate))
            d.onlyInGreedy.push_back(it.candidate);
    }
    d.scoreDelta = bestValue.totalScore - greedy.totalScore;
    d.surfaceDelta = bestValue.totalSurface - greedy.totalSurface;
    return d;
}

QString Selector::reasonCode(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None:
        return {};
    case SkipReason::ForcedOut:
        return QStringLiteral("forced_out");
    case SkipReason::Ineligible:
        return QStringLiteral("ineligible");
    case SkipReason::Incomplete:
        return QStringLiteral("incomplete");
    case SkipReason::DoesNotFit:
        return QStringLiteral("does_not_fit");
    case SkipReason::ForcedInDoesNotFit:
        return QStringLiteral("forced_in_does_not_fit");
    case SkipReason::NotChosen:
        return QStringLiteral("not_in_best_value_set");
    }
    return {};
}

std::vector<Standing> Selector::standings(const Selection& selection, size_t candidates)
{
    std::vector<Standing> out(candidates);
    for (size_t i = 0; i < selection.laureates.size(); ++i)
        out[size_t(selection.laureates[i].candidate)].laureate = int(i);
    for (size_t i = 0; i < selection.waitingList.size(); ++i)
        out[size_t(selection.waitingList[i])].waiting = int(i);
    for (size_t i = 0; i < selection.skipped.size(); ++i)
        out[size_t(selection.skipped[i].candidate)].skipped = int(i);
    return out;
}

} // namespace palmares
