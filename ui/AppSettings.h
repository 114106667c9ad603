// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The one registry of the desktop application's settings (QSettings keys and defaults).
namespace palmares::settings {

constexpr int maxRecentFiles = 8;
QStringList recentFiles();
// Puts `path` first in the recent files.
void addRecentFile(const QString& path);
void removeRecentFile(const QString& path);
// "fr", "en", or empty for the system's language.
QString language();
void setLanguage(const QString& code);
QString lastFolder();
void setLastFolder(const QString& folder);

} // namespace palmares::settings
