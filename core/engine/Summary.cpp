// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Summary.h"

namespace palmares {

CampaignSummary summarize(const Campaign& c, const Evaluation& e)
{
    CampaignSummary s;
    s.buildings = int(c.buildings.size());
    s.rentableSurface = e.params.rentableSurface;
    s.fillTargetPct = c.settings.fillTargetPct;
    s.capacity = e.params.capacity;
    s.pillars = int(c.pillars.size());
    s.criteria = int(c.criteria.size());
    for (size_t j = 0; j < c.juries.size(); ++j) {
        JurySummary js{c.juries[j].code, c.juries[j].name, 0, c.juries[j].quorum, 0};
        for (const Juror& juror : c.jurors)
            js.jurors += juror.juryId == c.juries[j].id;
        for (const CandidateScore& cs : e.scores.candidates)
            js.candidatesAtQuorum += cs.juries[j].quorumReached;
        s.juries.push_back(js);
    }
    s.candidates = int(c.candidates.size());
    for (const Candidate& k : c.candidates) {
        switch (k.status) {
        case CandidateStatus::Received:
            ++s.received;
            break;
        case CandidateStatus::Eligible:
            ++s.eligible;
            break;
        case CandidateStatus::Ineligible:
            ++s.ineligible;
            break;
        case CandidateStatus::Withdrawn:
            ++s.withdrawn;
            break;
        }
        if (k.status != CandidateStatus::Withdrawn)
            s.requestedSurface += surfaceForFill(k, c.settings);
    }
    s.conflicts = int(c.conflicts.size());
    s.scores = qint64(c.scores.size());
    s.ignoredScores = e.scores.ignoredScores;
    for (const CandidateScore& cs : e.scores.candidates) {
        s.completeCandidates += !cs.incomplete;
        s.selectable += cs.selectable();
    }
    s.completenessPct = s.candidates ? 100.0 * s.completeCandidates / s.candidates : 0;
    s.decisions = int(c.decisions.size());
    return s;
}

} // namespace palmares
