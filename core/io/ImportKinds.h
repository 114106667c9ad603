// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ImportRow.h"

// The readers of Import::plan, one per kind of row and one file each (ImportCandidates.cpp,
// ImportJurors.cpp…): each checks every row of `row`'s table as that kind and adds the
// valid ones to its plan, false when `progress` cancelled. And what the field list, the
// mapping and the score reader agree on about score columns.
namespace palmares::importing {

bool planCandidates(ImportRow& row, const Progress& progress);
bool planJurors(ImportRow& row, const Progress& progress);
bool planConflicts(ImportRow& row, const Progress& progress);
bool planBuildings(ImportRow& row, const Progress& progress);
bool planScores(ImportRow& row, const Progress& progress);

// A wide-form score column, one per criterion: "criterion:<code>".
QString criterionColumnKey(const QString& code);
bool isCriterionColumn(const QString& key);
QString criterionColumnCode(const QString& key);
// A long-form score file gives one score per row, in its criterion and value columns.
bool isLongForm(const ImportMapping& mapping);

} // namespace palmares::importing
