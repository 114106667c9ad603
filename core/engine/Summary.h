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
};

CampaignSummary summarize(const Campaign& campaign, const Evaluation& evaluation);

} // namespace palmares
