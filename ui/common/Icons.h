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

// The icon theme: the desktop's own when it has one, Breeze otherwise (a dependency), so
// that a plain X session or a fresh machine shows the same icons.
inline void useTheme()
{
    const QString theme = QIcon::themeName();
    if (theme.isEmpty() || theme == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("breeze"));
    QIcon::setFallbackThemeName(QStringLiteral("breeze"));
}

// A candidate that cannot be selected (withdrawn, ineligible, incomplete).
inline QIcon unselectable()
{
    return themed("dialog-warning", QStyle::SP_MessageBoxWarning);
}

} // namespace palmares::icons
