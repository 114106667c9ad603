// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

// French content of the demo campaign (DOMAIN.md): the applicant archetypes of a
// Microville-like site, the site's buildings and people's names.
namespace palmares::demo {

struct Archetype {
    const char* names[3];
    const char* naf;
    const char* use;
    const char* legalForms[2];
    double essChance;
    double surfaceMin; // m²
    double surfaceMax;
    double pillars[5]; // typical strength: economic, social, environmental, democratic, cultural
    const char* title;
    const char* outputs[3]; // resource codes
    const char* inputs[3];
};

struct BuildingText {
    const char* name;
    const char* use;
    double share; // relative size
};

extern const std::array<Archetype, 20> archetypes;
extern const std::array<BuildingText, 40> buildings;
extern const std::array<const char*, 40> firstNames;
extern const std::array<const char*, 40> lastNames;
extern const std::array<const char*, 9> expertOrganisations;

} // namespace palmares::demo
