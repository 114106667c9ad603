// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Evaluation.h"

// The counts a organizer checks before deliberating: what the campaign holds, its
// capacity, and how complete the scoring is.
namespace palmares {

struct JurySummary {
    QString code;
    QString name;
    int jurors = 0;
    int quorum = 0;
    int candidatesAtQuorum = 0;
};

// One juror's progress (the Juries page, `info`): the candidates assigned to them (those
// running and not in conflict), how many of them have a value on every criterion, and
// their package.
struct JurorProgress {
    Id jurorId = 0;
    QString name;
    QString jury; // its code
    int assigned = 0;
    int scored = 0;
    QDateTime exportedAt;  // invalid: no package exported
    QDateTime returnedAt;  // invalid: nothing came back
    QDateTime submittedAt; // invalid: not submitted
};

struct CampaignSummary {
    int buildings = 0;
    double rentableSurface = 0;
    double fillTargetPct = 0;
    double capacity = 0;
    int pillars = 0;
    int criteria = 0;
    std::vector<JurySummary> juries;
    int candidates = 0;
    int received = 0, eligible = 0, ineligible = 0, withdrawn = 0;
    double requestedSurface = 0; // m², over candidates not withdrawn
    int conflicts = 0;
    qint64 scores = 0;
    int ignoredScores = 0;
    int completeCandidates = 0; // every jury reached quorum
    double completenessPct = 0;
    int selectable = 0;
    int decisions = 0;
    std::vector<JurorProgress> jurors; // in campaign order
};

CampaignSummary summarize(const Campaign& campaign, const Evaluation& evaluation);
std::vector<JurorProgress> jurorProgress(const Campaign& campaign);

} // namespace palmares
