// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

// The campaign file's schema and its forward migrations. One constant for the current
// version (stored in PRAGMA user_version); step N brings a file from N−1 to N, each step
// in its own transaction. The constraints follow the domain rules of core/model/Rules
// from version 3 on.
namespace palmares::schema {

constexpr int currentVersion = 8;
constexpr quint32 applicationId = 0x504C4D53; // "PLMS", in PRAGMA application_id

// Runs every step above `fromVersion`, on a connection outside any transaction (a step
// that rebuilds tables turns the foreign keys off around its own). On failure the file
// stays at the last version that completed and `error` says why; a file whose rows break
// a rule the step cannot repair is refused before the step writes anything.
bool migrate(QSqlDatabase& db, int fromVersion, QString* error);

// The SQL of one step, for the migration tests.
QStringList stepStatements(int version);

} // namespace palmares::schema
