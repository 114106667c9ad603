// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QIcon>
#include <QStyle>

// The icons of the application: freedesktop theme names (the theme is a dependency), with
// the style's own icon when the theme lacks one.
namespace palmares::icons {

inline QIcon themed(const char* name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

// A candidate that cannot be selected (withdrawn, ineligible, incomplete).
inline QIcon unselectable()
{
    return themed("dialog-warning", QStyle::SP_MessageBoxWarning);
}

} // namespace palmares::icons
