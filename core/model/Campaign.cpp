// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Campaign.h"

#include <algorithm>

namespace palmares {

double rentableSurface(const Campaign& campaign)
{
    const CampaignSettings& s = campaign.settings;
    if (s.rentableSurfaceOverride > 0)
        return s.rentableSurfaceOverride;
    double sum = 0;
    for (const Building& b : campaign.buildings) {
        if (s.countLand || b.useType != landUse())
            sum += b.surface;
    }
    return sum;
}

double fillCapacity(const Campaign& campaign)
{
    return rentableSurface(campaign) * campaign.settings.fillTargetPct / 100.0;
}

double surfaceForFill(const Candidate& candidate, const CampaignSettings& settings)
{
    if (!settings.countLand && candidate.wantedUse == landUse())
        return 0;
    return candidate.requestedSurface;
}

std::vector<TieKey> effectiveTieChain(const Campaign& campaign)
{
    std::vector<TieKey> chain = campaign.settings.tieChain;
    if (chain.empty()) {
        chain.push_back({TieKey::Final, {}});
        std::vector<Jury> juries = campaign.juries;
        std::stable_sort(juries.begin(), juries.end(),
                         [](const Jury& a, const Jury& b) { return a.position < b.position; });
        for (const Jury& j : juries)
            chain.push_back({TieKey::JuryTotal, j.code});
    }
    if (chain.back().kind != TieKey::Registration)
        chain.push_back({TieKey::Registration, {}});
    return chain;
}

Decision decisionOf(const Campaign& campaign, Id candidateId)
{
    for (const Decision& d : campaign.decisions) {
        if (d.candidateId == candidateId)
            return d;
    }
    Decision none;
    none.candidateId = candidateId;
    return none;
}

const DeliberationSession* deliberationSession(const Campaign& campaign)
{
    return campaign.sessions.empty() ? nullptr : &campaign.sessions.front();
}

QSet<Id> jurorsOf(const Campaign& campaign, Id juryId)
{
    QSet<Id> ids;
    for (const Juror& j : campaign.jurors) {
        if (j.juryId == juryId)
            ids.insert(j.id);
    }
    return ids;
}

std::vector<const Candidate*> assignedTo(const Campaign& campaign, Id jurorId)
{
    QSet<Id> conflicts;
    for (const Conflict& k : campaign.conflicts) {
        if (k.jurorId == jurorId)
            conflicts.insert(k.candidateId);
    }
    std::vector<const Candidate*> out;
    for (const Candidate& k : campaign.candidates) {
        const bool running = k.status == CandidateStatus::Received || k.status == CandidateStatus::Eligible;
        if (running && !conflicts.contains(k.id))
            out.push_back(&k);
    }
    return out;
}

const JurorPackage* packageOf(const Campaign& campaign, Id jurorId)
{
    for (const JurorPackage& p : campaign.packages) {
        if (p.jurorId == jurorId)
            return &p;
    }
    return nullptr;
}

} // namespace palmares
