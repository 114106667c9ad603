// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Lifecycle.h"

#include <algorithm>

namespace palmares::lifecycle {

Allowed allows(CampaignStatus status, Area area)
{
    using S = CampaignStatus;
    // What left the application is recorded whatever the status: a closed campaign issues
    // its signed report.
    if (area == Area::Issued)
        return Allowed::Yes;
    if (isClosed(status))
        return Allowed::No;
    switch (area) {
    case Area::Details:
    case Area::ApplicationData:
    case Area::Packages:
        return Allowed::Yes;
    case Area::Rules:
    case Area::Applications:
        return status == S::Draft || status == S::Open ? Allowed::Yes : Allowed::No;
    case Area::Site:
    case Area::Jurors:
        return status == S::Draft || status == S::Open || status == S::Scoring ? Allowed::Yes : Allowed::No;
    case Area::Scores:
        return status == S::Draft || status == S::Scoring ? Allowed::Yes
               : status == S::Deliberation                ? Allowed::WithReason
                                                          : Allowed::No;
    case Area::Decisions:
    case Area::Session:
        // The session is recorded when it is held, as the decisions it takes; in draft, to try.
        return status == S::Draft || status == S::Deliberation ? Allowed::Yes : Allowed::No;
    case Area::Issued:
        return Allowed::Yes;
    }
    return Allowed::No;
}

namespace {

bool sameDetails(const CampaignSettings& a, const CampaignSettings& b)
{
    return a.name == b.name && a.territory == b.territory && a.startDate == b.startDate && a.endDate == b.endDate;
}

bool sameSite(const CampaignSettings& a, const CampaignSettings& b)
{
    return a.rentableSurfaceOverride == b.rentableSurfaceOverride && a.fillTargetPct == b.fillTargetPct &&
           a.countLand == b.countLand;
}

bool sameRules(const CampaignSettings& a, const CampaignSettings& b)
{
    return a.aggregation == b.aggregation && a.debias == b.debias && a.tieChain == b.tieChain &&
           a.selectionRule == b.selectionRule && a.juryStdDevThreshold == b.juryStdDevThreshold &&
           a.juryGapThreshold == b.juryGapThreshold && a.waitingListSize == b.waitingListSize;
}

// Whether a candidate put is not in the campaign yet.
bool registers(const std::vector<Candidate>& campaign, const std::vector<Candidate>& put)
{
    if (put.empty())
        return false;
    std::vector<Id> known;
    known.reserve(campaign.size());
    for (const Candidate& k : campaign)
        known.push_back(k.id);
    std::sort(known.begin(), known.end());
    return std::any_of(put.begin(), put.end(),
                       [&](const Candidate& k) { return !std::binary_search(known.begin(), known.end(), k.id); });
}

} // namespace

std::vector<Area> areasOf(const Campaign& campaign, const Change& change)
{
    const CampaignSettings& before = campaign.settings;
    std::vector<Area> areas;
    const auto add = [&](Area a) {
        if (std::find(areas.begin(), areas.end(), a) == areas.end())
            areas.push_back(a);
    };
    if (change.settings) {
        // Import mappings are remembered choices of the import wizard, not the campaign's.
        if (!sameDetails(before, *change.settings))
            add(Area::Details);
        if (!sameSite(before, *change.settings))
            add(Area::Site);
        if (!sameRules(before, *change.settings))
            add(Area::Rules);
    }
    if (!change.pillars.isEmpty() || !change.criteria.isEmpty() || !change.juries.isEmpty())
        add(Area::Rules);
    if (!change.buildings.isEmpty() || !change.occupants.isEmpty())
        add(Area::Site);
    if (!change.jurors.isEmpty() || !change.conflicts.isEmpty())
        add(Area::Jurors);
    if (!change.candidates.remove.empty() || registers(campaign.candidates, change.candidates.put))
        add(Area::Applications);
    if (!change.candidates.put.empty())
        add(Area::ApplicationData);
    if (!change.flows.isEmpty() || !change.attachments.isEmpty())
        add(Area::ApplicationData);
    if (!change.scores.isEmpty())
        add(Area::Scores);
    if (!change.packages.isEmpty())
        add(Area::Packages);
    if (!change.decisions.isEmpty())
        add(Area::Decisions);
    if (!change.sessions.isEmpty())
        add(Area::Session);
    if (!change.issued.isEmpty())
        add(Area::Issued);
    return areas;
}

Step step(CampaignStatus from, CampaignStatus to)
{
    const int d = int(to) - int(from);
    return d == 0 ? Step::None : d > 0 ? Step::Forward : d == -1 ? Step::BackOne : Step::BackMore;
}

} // namespace palmares::lifecycle
