// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Change.h"

#include <vector>

// What a campaign's status allows (DESIGN section 3, docs/lifecycle.md): the status is a
// promise to the candidates, and the rules are fixed before anyone sees a score. Written
// once here; the document refuses every edit, from the app or the command line, that its
// status does not allow.
namespace palmares::lifecycle {

// What an edit touches, as the lifecycle sees it.
enum class Area {
    Details,         // the campaign's name, territory and dates
    Rules,           // pillars, criteria, rubrics, weights, thresholds, juries, scales, quorums,
                     // aggregation, de-biasing, tie-break chain, selection rule, waiting list, alerts
    Site,            // buildings, occupants, resources, rentable surface, land, fill target
    Applications,    // candidates registered or removed
    ApplicationData, // a candidate's data, attachments and flows
    Jurors,          // jurors and their conflicts of interest
    Scores,
    Decisions,
    Packages, // the record of juror packages exported and returned (their scores are Scores)
    Session,  // the record of the deliberation session: when, where, chair, jurors present
    Issued,   // the record of the reports issued with their fingerprint (every status, closed too)
};
constexpr Area allAreas[] = {Area::Details,         Area::Rules,   Area::Site,   Area::Applications,
                             Area::ApplicationData, Area::Jurors,  Area::Scores, Area::Decisions,
                             Area::Packages,        Area::Session, Area::Issued};

enum class Allowed {
    Yes,
    WithReason, // a correction, with a written reason (scores in deliberation)
    No,
};
Allowed allows(CampaignStatus status, Area area);
// A closed campaign is only read: nothing in it is edited until it goes back a step.
inline bool isClosed(CampaignStatus status)
{
    return status == CampaignStatus::Closed;
}

// The areas `change` would touch in `campaign`: settings compared with the campaign's, a
// candidate put that is not there yet is registered (the status itself is not an area:
// see step()).
std::vector<Area> areasOf(const Campaign& campaign, const Change& change);

// How a change of status moves: forward (any number of steps), one step back (which needs
// a written reason), or more than one step back (refused: one step at a time).
enum class Step { None, Forward, BackOne, BackMore };
Step step(CampaignStatus from, CampaignStatus to);

} // namespace palmares::lifecycle
