// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/CsvSplitter.h"
#include "core/io/SharedCells.h"
#include "core/io/SheetReader.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace palmares {

// A workbook sheet's table, built from the cells its file holds, in order: a reader
// (XlsxReader, OdsReader) starts each row that holds something and gives its non-empty
// cells; nothing is done for the empty ones, so a sheet costs what its cells cost, not
// what its range says. The limits of a spreadsheet are checked here, each refusal a
// message naming the file, the sheet and the row or cell.
class SheetBuilder {
    Q_DECLARE_TR_FUNCTIONS(SheetBuilder)
public:
    static constexpr int maxRows = 1'048'576; // a sheet's last row
    static constexpr int maxColumns = int(CsvSplitter::maxColumns);
    // Cells held in all, the empty ones between two cells of a row included: a few
    // bytes of XML may place a cell in column XFD of every row.
    static constexpr qint64 maxCells = qint64(1) << 25;

    SheetBuilder(const QString& fileName, const QString& sheet);

    // Starts the sheet's row `row` (from 1), after the rows started before. False, with
    // error(), when it is beyond the last row or comes before the previous one.
    bool startRow(qint64 row);
    // The cell of the current row in `column` (from 1); empty text is no cell.
    bool cell(qint64 column, QString text);
    // The table, with its headers from the first non-blank row; nullopt with error()
    // when the sheet has no header row or a limit was passed.
    std::optional<SheetTable> finish();

    qint64 row() const { return m_row; }
    const QString& error() const { return m_error; }
    // The message for a sheet whose XML is damaged, naming the last row read.
    QString damaged(const QString& detail) const;

    // How the readers write a cell's number, and a cell's name ("B12") in messages.
    static QString numberText(double v);
    static QString cellName(qint64 row, qint64 column);

private:
    bool endRow();

    SheetTable m_table;
    SharedCells m_shared;
    QStringList m_cells; // of the current row
    qint64 m_row = 0;    // the current row, 0 before the first one
    qint64 m_held = 0;   // cells held by the rows kept
    bool m_haveHeaders = false;
    QString m_error;
};

} // namespace palmares
