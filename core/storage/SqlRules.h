// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

// The domain rules of core/model/Rules written in SQL, for the CHECK constraints of schema
// version 3: each expression is built from the rule's own constants (or, for a code, from
// rules::validCode itself), so a rule keeps one definition. Before a file is upgraded to
// version 3, its rows are checked against the same expressions, so that a refusal names
// the tables and codes instead of quoting SQLite.
namespace palmares::schema::sql {

// CHECK expressions on the column of that name.
QString codeRule();      // `code`: one word, as rules::validCode
QString weightRule();    // `weight`: rules::validWeight
QString thresholdRule(); // `eliminatory_threshold`: rules::validThreshold (NULL: no threshold)
QString quorumRule();    // `quorum`: rules::validQuorum, a whole number
// The valid quorum nearest to the column `quorum`: below the minimum it counts as the
// minimum, as rules::effectiveQuorum already counts it.
QString repairedQuorum();

// Whether the rows of `db` can take the version-3 constraints (a quorum out of range is
// repaired, see above): false, with a message naming each table and code that cannot, in
// `error`, when they cannot or cannot be read.
bool rowsFollowTheRules(QSqlDatabase& db, QString* error);

} // namespace palmares::schema::sql
