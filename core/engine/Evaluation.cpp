// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Evaluation.h"

namespace palmares {

Evaluation evaluate(const Campaign& campaign, bool withBestValue)
{
    Evaluation e;
    e.scores = Scoring::compute(campaign);
    e.ranking = rankCandidates(campaign, e.scores);
    e.items = Selector::items(campaign, e.scores, e.ranking);
    e.params = Selector::params(campaign);
    e.greedy = Selector::greedy(e.items, e.params);
    if (withBestValue) {
        e.bestValue = Selector::bestValue(e.items, e.params);
        e.diff = Selector::compare(e.greedy, *e.bestValue, e.items);
    }
    return e;
}

} // namespace palmares
