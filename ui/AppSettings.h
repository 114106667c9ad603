// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
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
// The name the journal gives this user's changes; empty: the computer's user name.
QString actorName();
void setActorName(const QString& name);
// Whether the pages show the technical codes (economic, expert…) beside the names.
bool showCodes();
void setShowCodes(bool on);
QString language();
void setLanguage(const QString& code);
QString lastFolder();
void setLastFolder(const QString& folder);
// Whether the last campaign opens again at start.
bool reopenLast();
void setReopenLast(bool on);

// How the user left the window, a splitter or a table's columns: saved state under `key`
// ("window/geometry", "splitter/ranking", "columns/ranking"), empty when none.
QByteArray viewState(const QString& key);
void setViewState(const QString& key, const QByteArray& state);

} // namespace palmares::settings
