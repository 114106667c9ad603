// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How a page shows that an input was refused, or accepted, next to the input.
namespace palmares::feedback {

inline QString errorStyle()
{
    return QStringLiteral("color: #b3261e; font-weight: bold;");
}
inline QString okStyle()
{
    return QStringLiteral("color: #1b7a2e;");
}

} // namespace palmares::feedback
