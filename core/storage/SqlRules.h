// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSqlDatabase;

// The domain rules of core/model/Rules written in SQL, for the CHECK constraints of schema
// versions 3 and 7: each expression is built from the rule's own constants (or, for a code
// or a text, from rules::validCode or rules::isControl itself), so a rule keeps one
// definition. Before a file is upgraded to
// version 3, its rows are checked against the same expressions, so that a refusal names
// the tables and codes instead of quoting SQLite.
namespace palmares::schema::sql {

// CHECK expressions on the column of that name.
QString codeRule();      // `code`: one word, as rules::validCode
QString weightRule();    // `weight`: rules::validWeight
QString thresholdRule(); // `eliminatory_threshold`: rules::validThreshold (NULL: no threshold)
QString quorumRule();    // `quorum`: rules::validQuorum, a whole number
// A deliberation session's text in `column` (version 7): one line (rules::validSessionLine),
// or notes (rules::validSessionNotes). SQLite's length() counts characters where the rules
// count UTF-16 units, and its trim() takes off spaces where the rules take off any white
// space: a text the rules accept always passes.
QString sessionLineRule(const QString& column);
QString sessionNotesRule(const QString& column);
// The valid quorum nearest to the column `quorum`: below the minimum it counts as the
// minimum, as rules::effectiveQuorum already counts it.
QString repairedQuorum();

// Whether the rows of `db` can take the version-3 constraints (a quorum out of range is
// repaired, see above): false, with a message naming each table and code that cannot, in
// `error`, when they cannot or cannot be read.
bool rowsFollowTheRules(QSqlDatabase& db, QString* error);

} // namespace palmares::schema::sql
