// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <cstdint>

// Builds a Microville-like campaign (DESIGN section 9): buildings, criteria, two juries,
// plausible French applicants with valid SIRETs and flows, conflicts of interest and
// complete scores. The same options always give the same campaign.
namespace palmares {

struct DemoOptions {
    std::uint64_t seed = 112;
    int candidates = 60;
    int experts = 9;
    int citizens = 15;
    // Jurors of each jury who score a given candidate; 0: all of them.
    int expertsPerCandidate = 0;
    int citizensPerCandidate = 0;
    double siteScale = 1; // the site's surface, in multiples of the real 55,000 m²
    bool session = true;  // the deliberation session recorded, from which the minutes are written

    static DemoOptions realistic(std::uint64_t seed = 112) { return DemoOptions{seed}; }
    // DESIGN section 10: 5,000 candidates, 500 jurors, 1.5 million scores.
    static DemoOptions large(std::uint64_t seed = 112) { return DemoOptions{seed, 5000, 150, 350, 8, 12, 10, true}; }
};

class DemoGenerator {
public:
    static Campaign generate(const DemoOptions& options = {});
};

} // namespace palmares
