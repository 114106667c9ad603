// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QCoreApplication>

namespace palmares {

// What a new campaign starts with: the five value pillars (20 % each) with their usual
// criteria and a three-level rubric, an expert jury (0–10, step 0.5) and a citizen jury
// (1–5), weighted 50/50, and the circular-economy resource taxonomy. Names are in the UI
// language; codes are stable.
class DefaultSetup {
    Q_DECLARE_TR_FUNCTIONS(DefaultSetup)
public:
    static Campaign campaign();
};

} // namespace palmares
