// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Scoring.h"

#include "core/engine/ConflictMatrix.h"
#include "core/engine/Formulas.h"
#include "core/engine/IdIndex.h"
#include "core/model/Rules.h"

#include <algorithm>

namespace palmares {

namespace {

using formulas::isMissing;
using formulas::missing;

struct CompactScore {
    int candidate;
    int juror;
    int criterion;
    double value; // normalised (and de-biased when asked)
};

// Stable counting sort of `in` by key(item) in [0, buckets).
template<typename Key>
void countingSort(const std::vector<CompactScore>& in, std::vector<CompactScore>& out, int buckets, Key key,
                  std::vector<int>* starts = nullptr)
{
    std::vector<int> offset(size_t(buckets) + 1, 0);
    for (const CompactScore& s : in)
        ++offset[size_t(key(s)) + 1];
    for (int b = 0; b < buckets; ++b)
        offset[size_t(b) + 1] += offset[size_t(b)];
    if (starts)
        *starts = offset;
    out.resize(in.size());
    for (const CompactScore& s : in)
        out[size_t(offset[size_t(key(s))]++)] = s;
}

// Pillar scores (0–1) from one value per criterion, with reusable buffers.
class PillarFolder {
public:
    PillarFolder(const Campaign& campaign, const IdIndex& pillarIndex)
        : m_pillarCount(campaign.pillars.size())
        , m_criteria(m_pillarCount)
        , m_weights(m_pillarCount)
    {
        for (size_t k = 0; k < campaign.criteria.size(); ++k) {
            const int p = pillarIndex(campaign.criteria[k].pillarId);
            if (p < 0)
                continue;
            m_criteria[size_t(p)].push_back(int(k));
            m_weights[size_t(p)].push_back(campaign.criteria[k].weight);
        }
        for (const Pillar& p : campaign.pillars)
            m_pillarWeights.push_back(p.weight);
    }

    void fold(const std::vector<double>& criterionValues, std::vector<double>& pillars)
    {
        pillars.resize(m_pillarCount);
        for (size_t p = 0; p < m_pillarCount; ++p) {
            m_scratch.clear();
            for (int k : m_criteria[p])
                m_scratch.push_back(criterionValues[size_t(k)]);
            pillars[p] = formulas::weightedMean(m_scratch, m_weights[p]);
        }
    }

    // 0–100 from pillar scores.
    double total(const std::vector<double>& pillars) const
    {
        const double mean = formulas::weightedMean(pillars, m_pillarWeights);
        return isMissing(mean) ? mean : 100.0 * mean;
    }

private:
    size_t m_pillarCount;
    std::vector<std::vector<int>> m_criteria;
    std::vector<std::vector<double>> m_weights;
    std::vector<double> m_pillarWeights;
    std::vector<double> m_scratch;
};

} // namespace

ScoringResult Scoring::compute(const Campaign& c)
{
    const CampaignSettings& settings = c.settings;
    const int nCand = int(c.candidates.size());
    const int nJury = int(c.juries.size());
    const int nCrit = int(c.criteria.size());
    const int nJuror = int(c.jurors.size());
    const IdIndex candIndex(c.candidates), jurorIndex(c.jurors), critIndex(c.criteria), juryIndex(c.juries),
        pillarIndex(c.pillars);

    std::vector<int> jurorJury(size_t(nJuror), -1);
    std::vector<double> jurorScaleMin(size_t(nJuror), 0), jurorScaleMax(size_t(nJuror), 1);
    for (int j = 0; j < nJuror; ++j) {
        const int jury = juryIndex(c.jurors[size_t(j)].juryId);
        jurorJury[size_t(j)] = jury;
        if (jury >= 0) {
            jurorScaleMin[size_t(j)] = c.juries[size_t(jury)].scaleMin;
            jurorScaleMax[size_t(j)] = c.juries[size_t(jury)].scaleMax;
        }
    }

    const ConflictMatrix conflicted(c, jurorIndex, candIndex);

    ScoringResult result;
    std::vector<CompactScore> compact;
    compact.reserve(c.scores.size());
    for (const Score& s : c.scores) {
        const int k = candIndex(s.candidateId), j = jurorIndex(s.jurorId), crit = critIndex(s.criterionId);
        const int jury = j >= 0 ? jurorJury[size_t(j)] : -1;
        if (k < 0 || j < 0 || crit < 0 || jury < 0 || conflicted(k, j)) {
            ++result.ignoredScores;
            continue;
        }
        compact.push_back(
            {k, j, crit, formulas::normalize(s.value, jurorScaleMin[size_t(j)], jurorScaleMax[size_t(j)])});
    }

    if (settings.debias) {
        std::vector<double> sum(size_t(nJuror), 0), sq(size_t(nJuror), 0), jurySum(size_t(nJury), 0),
            jurySq(size_t(nJury), 0);
        std::vector<int> count(size_t(nJuror), 0), juryCount(size_t(nJury), 0);
        for (const CompactScore& s : compact) {
            const size_t jury = size_t(jurorJury[size_t(s.juror)]);
            sum[size_t(s.juror)] += s.value;
            sq[size_t(s.juror)] += s.value * s.value;
            ++count[size_t(s.juror)];
            jurySum[jury] += s.value;
            jurySq[jury] += s.value * s.value;
            ++juryCount[jury];
        }
        auto stats = [](double total, double squares, int n) {
            formulas::MeanSd r;
            r.count = n;
            if (n > 0) {
                r.mean = total / n;
                r.sd = std::sqrt(std::max(0.0, squares / n - r.mean * r.mean));
            }
            return r;
        };
        std::vector<formulas::MeanSd> jurorStats(static_cast<size_t>(nJuror)), juryStats(static_cast<size_t>(nJury));
        for (int j = 0; j < nJuror; ++j)
            jurorStats[size_t(j)] = stats(sum[size_t(j)], sq[size_t(j)], count[size_t(j)]);
        for (int j = 0; j < nJury; ++j)
            juryStats[size_t(j)] = stats(jurySum[size_t(j)], jurySq[size_t(j)], juryCount[size_t(j)]);
        for (CompactScore& s : compact)
            s.value =
                formulas::debias(s.value, jurorStats[size_t(s.juror)], juryStats[size_t(jurorJury[size_t(s.juror)])]);
    }

    // Group by candidate, and within a candidate by juror. Scores read from a campaign file
    // already come in that order (the table's primary key): then one pass finds the groups;
    // otherwise two stable counting sorts make them.
    std::vector<CompactScore> grouped;
    std::vector<int> candStart;
    const bool inOrder =
        std::is_sorted(compact.begin(), compact.end(), [](const CompactScore& a, const CompactScore& b) {
            return a.candidate != b.candidate ? a.candidate < b.candidate : a.juror < b.juror;
        });
    if (inOrder) {
        grouped = std::move(compact);
        candStart.assign(size_t(nCand) + 1, 0);
        for (const CompactScore& s : grouped)
            ++candStart[size_t(s.candidate) + 1];
        for (int k = 0; k < nCand; ++k)
            candStart[size_t(k) + 1] += candStart[size_t(k)];
    } else {
        std::vector<CompactScore> byJuror;
        countingSort(compact, byJuror, nJuror, [](const CompactScore& s) { return s.juror; });
        compact = std::vector<CompactScore>();
        countingSort(
            byJuror, grouped, nCand, [](const CompactScore& s) { return s.candidate; }, &candStart);
    }

    PillarFolder folder(c, pillarIndex);
    const size_t nPillar = c.pillars.size();
    std::vector<std::vector<double>> buckets(static_cast<size_t>(nJury * nCrit));
    std::vector<std::vector<double>> jurorTotals(static_cast<size_t>(nJury));
    std::vector<double> critValues(static_cast<size_t>(nCrit)), pillarBuf, juryWeights;
    for (const Jury& jury : c.juries)
        juryWeights.push_back(jury.weight);

    result.candidates.resize(size_t(nCand));
    for (int k = 0; k < nCand; ++k) {
        CandidateScore& out = result.candidates[size_t(k)];
        out.candidate = k;
        out.juries.assign(size_t(nJury), JuryScore{});
        for (auto& b : buckets)
            b.clear();
        for (auto& t : jurorTotals)
            t.clear();

        const int begin = candStart[size_t(k)], end = candStart[size_t(k) + 1];
        for (int g = begin; g < end;) {
            const int juror = grouped[size_t(g)].juror;
            const size_t jury = size_t(jurorJury[size_t(juror)]);
            std::fill(critValues.begin(), critValues.end(), missing);
            int scored = 0;
            for (; g < end && grouped[size_t(g)].juror == juror; ++g) {
                const CompactScore& s = grouped[size_t(g)];
                if (isMissing(critValues[size_t(s.criterion)]))
                    ++scored;
                critValues[size_t(s.criterion)] = s.value;
                buckets[jury * size_t(nCrit) + size_t(s.criterion)].push_back(s.value);
            }
            if (scored == nCrit && nCrit > 0) {
                ++out.juries[jury].completeJurors;
                folder.fold(critValues, pillarBuf);
                jurorTotals[jury].push_back(folder.total(pillarBuf));
            }
        }

        std::vector<double> quorateTotals(static_cast<size_t>(nJury), missing);
        for (int j = 0; j < nJury; ++j) {
            JuryScore& js = out.juries[size_t(j)];
            for (int crit = 0; crit < nCrit; ++crit)
                critValues[size_t(crit)] =
                    formulas::aggregate(buckets[size_t(j) * size_t(nCrit) + size_t(crit)], settings.aggregation);
            folder.fold(critValues, js.pillars);
            const double total = folder.total(js.pillars);
            js.hasValues = !isMissing(total);
            js.total = js.hasValues ? total : 0;
            js.quorumReached = js.hasValues && js.completeJurors >= rules::effectiveQuorum(c.juries[size_t(j)]);
            js.jurorTotalSd = formulas::meanSd(jurorTotals[size_t(j)]).sd;
            if (js.quorumReached)
                quorateTotals[size_t(j)] = js.total;
            else
                out.incomplete = true;
        }

        const double final = formulas::weightedMean(quorateTotals, juryWeights);
        out.hasFinal = !isMissing(final);
        out.final = out.hasFinal ? final : 0;
        if (nJury == 0)
            out.incomplete = true;

        // Combined pillar scores over quorate juries, for thresholds and reports.
        out.pillars.assign(nPillar, missing);
        std::vector<double> perJury(static_cast<size_t>(nJury));
        for (size_t p = 0; p < nPillar; ++p) {
            for (int j = 0; j < nJury; ++j) {
                const JuryScore& js = out.juries[size_t(j)];
                perJury[size_t(j)] = js.quorumReached ? js.pillars[p] : missing;
            }
            const double combined = formulas::weightedMean(perJury, juryWeights);
            out.pillars[p] = isMissing(combined) ? combined : 100.0 * combined;
        }

        const Candidate& cand = c.candidates[size_t(k)];
        if (cand.status == CandidateStatus::Ineligible) {
            out.ineligible = IneligibleReason::StatusIneligible;
        } else if (cand.status == CandidateStatus::Withdrawn) {
            out.ineligible = IneligibleReason::Withdrawn;
        } else {
            for (size_t p = 0; p < nPillar; ++p) {
                const auto& threshold = c.pillars[p].eliminatoryThreshold;
                if (threshold && !isMissing(out.pillars[p]) && out.pillars[p] < *threshold - formulas::tieTolerance) {
                    out.ineligible = IneligibleReason::BelowThreshold;
                    out.failedPillar = int(p);
                    break;
                }
            }
        }

        double worstSpread = settings.juryStdDevThreshold;
        double lo = 0, hi = 0;
        int quorate = 0;
        for (int j = 0; j < nJury; ++j) {
            const JuryScore& js = out.juries[size_t(j)];
            if (js.jurorTotalSd > worstSpread + formulas::tieTolerance) {
                worstSpread = js.jurorTotalSd;
                out.disagreeingJury = j;
            }
            if (js.quorumReached) {
                lo = quorate == 0 ? js.total : std::min(lo, js.total);
                hi = quorate == 0 ? js.total : std::max(hi, js.total);
                ++quorate;
            }
        }
        out.juryGap = quorate >= 2 ? hi - lo : 0;
        out.disagreement = out.disagreeingJury >= 0 || out.juryGap > settings.juryGapThreshold + formulas::tieTolerance;
    }
    return result;
}

QString Scoring::ineligibleCode(const Campaign& campaign, const CandidateScore& score)
{
    switch (score.ineligible) {
    case IneligibleReason::None:
        return {};
    case IneligibleReason::StatusIneligible:
        return QStringLiteral("declared_ineligible");
    case IneligibleReason::Withdrawn:
        return QStringLiteral("withdrawn");
    case IneligibleReason::BelowThreshold:
        return QStringLiteral("below_threshold:") + campaign.pillars[size_t(score.failedPillar)].code;
    }
    return {};
}

} // namespace palmares
