// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace palmares {

// A table as the CLI prints it: a header, a rule, and one line per row; text columns
// left-aligned and numbers (where `numeric` says so) right-aligned, padded to the widest
// cell, two spaces apart, no trailing space.
QString textTable(const QStringList& header, const std::vector<QStringList>& rows, const std::vector<bool>& numeric);

} // namespace palmares
