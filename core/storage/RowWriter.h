// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QSqlDatabase>

#include <vector>

// Writes and removes rows of the campaign tables, by key: one place that knows each
// table's columns, used to write a whole campaign and to apply an edit. Runs inside the
// caller's transaction.
namespace palmares::rows {

// Inserts each row, or replaces the row with the same key (criteria with their rubric, a
// deliberation session with its jurors present).
template<typename T> bool put(QSqlDatabase& db, const std::vector<T>& rows, QString* error);
// Removes the rows with the keys of `rows`.
template<typename T> bool remove(QSqlDatabase& db, const std::vector<T>& rows, QString* error);

// How values are bound: '' for an empty text (NOT NULL columns), NULL for a zero id or an
// invalid date.
QVariant text(const QString& s);
QVariant idOrNull(Id id);
QVariant dateOrNull(const QDate& d);
QVariant timeOrNull(const QDateTime& t);

} // namespace palmares::rows
