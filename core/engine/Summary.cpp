// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/Summary.h"

#include "core/model/KeyHash.h"

#include <unordered_map>
#include <unordered_set>

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
    s.jurors = jurorProgress(c);
    return s;
}

std::vector<JurorProgress> jurorProgress(const Campaign& c)
{
    std::unordered_map<Id, const Jury*> juries;
    for (const Jury& j : c.juries)
        juries[j.id] = &j;
    // Values per juror and candidate, on criteria the campaign has.
    std::unordered_set<Id> criteria;
    for (const Criterion& k : c.criteria)
        criteria.insert(k.id);
    std::unordered_map<std::tuple<Id, Id>, int, KeyHash> values;
    for (const Score& s : c.scores) {
        if (criteria.count(s.criterionId))
            ++values[{s.jurorId, s.candidateId}];
    }
    std::vector<JurorProgress> out;
    out.reserve(c.jurors.size());
    for (const Juror& juror : c.jurors) {
        JurorProgress p;
        p.jurorId = juror.id;
        p.name = juror.name;
        if (const auto j = juries.find(juror.juryId); j != juries.end())
            p.jury = j->second->code;
        for (const Candidate* k : assignedTo(c, juror.id)) {
            ++p.assigned;
            const auto n = values.find({juror.id, k->id});
            p.scored += n != values.end() && n->second >= int(c.criteria.size()) && !c.criteria.empty();
        }
        if (const JurorPackage* record = packageOf(c, juror.id)) {
            p.exportedAt = record->exportedAt;
            p.returnedAt = record->returnedAt;
            p.submittedAt = record->submittedAt;
        }
        out.push_back(p);
    }
    return out;
}

} // namespace palmares
