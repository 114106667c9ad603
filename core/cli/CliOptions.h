// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

// What palmares-cli's commands share, for core/cli's own sources.
namespace palmares::cli {

// The program's name, as messages and usage lines say it.
extern const QString program;

// --format: table (default), json, and csv when `withCsv`.
QCommandLineOption formatOption(bool withCsv);
// --force: replace the output file if it exists.
QCommandLineOption forceOption();
// Headers for a one-line message: the first twelve, each cut to 40 characters.
QString shortList(const QStringList& headers);

} // namespace palmares::cli
