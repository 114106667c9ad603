// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/Import.h"
#include "core/io/ImportIndex.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

// What every kind of imported row (ImportKinds.h) is read with: the cells of the row being
// read, its problems (row, column, value, reason), the campaign's records found from what a
// cell says (ImportIndex), and the one rule for a row whose record is already there (add,
// update or skip). Private to the importer: Import::plan makes one ImportRow per plan.
namespace palmares::importing {

class ImportRow {
public:
    ImportRow(const Campaign& campaign, const SheetTable& table, const ImportOptions& options, ImportPlan& plan);

    const Campaign& campaign() const { return m_campaign; }
    const SheetTable& table() const { return m_table; }
    const ImportOptions& options() const { return m_options; }
    ImportPlan& plan() { return m_plan; }
    const ImportIndex& index() const { return m_index; }

    // Makes each row of the table the current one and reads it with `read`, counting the
    // rows it rejected. False when `progress` cancelled.
    bool readAll(const Progress& progress, const std::function<void()>& read);

    int rowNumber() const { return m_row; } // of the sheet, for the problems
    bool hasError() const { return m_hasError; }

    // --- problems: an error rejects the whole row -------------------------------------
    void report(int col, const QString& value, const QString& reason,
                ImportProblem::Severity severity = ImportProblem::Error);
    void reportEmpty(int col);

    // --- cells, trimmed; an unmapped field's cell is empty ----------------------------
    int column(const char* key) const;
    bool mapped(const char* key) const { return column(key) >= 0; }
    QString cell(int col) const;
    QString cell(const char* key) const { return cell(column(key)); }
    // The cell of a required field; reported when empty.
    QString required(const char* key);
    // A number of the cell of `key`, positive (or zero or more), at most `max`.
    std::optional<double> number(const char* key, bool positive, bool required, double max);
    std::optional<QString> useType(int col, const QString& text);
    // The record the cell of `col` names, by `finder`; -1 after reporting why none.
    int find(const RecordFinder& finder, int col);

    // --- a row whose record may be there already --------------------------------------
    enum class Action { Add, Update, Skip };
    // What OnDuplicate says to do with it, counted in the plan.
    Action decide(bool exists);

private:
    void checkWidth();
    // Reports each mapped cell that holds a control character (rules::isControl).
    void checkControls();

    const Campaign& m_campaign;
    const SheetTable& m_table;
    const ImportOptions& m_options;
    ImportPlan& m_plan;
    const ImportIndex m_index;
    const QStringList* m_cells = nullptr;
    int m_row = 0;
    bool m_hasError = false;
};

// The row of the file that first gave each key, to tell a row repeating an earlier one.
template<typename Key> class FileRows {
public:
    // The earlier row that gave `key`; 0 when none did, and `row` is remembered for it.
    int earlier(const Key& key, int row)
    {
        const auto it = m_rows.constFind(key);
        if (it != m_rows.constEnd())
            return *it;
        m_rows.insert(key, row);
        return 0;
    }

private:
    QHash<Key, int> m_rows;
};

} // namespace palmares::importing
