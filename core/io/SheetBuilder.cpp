// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SheetBuilder.h"

#include <cmath>

namespace palmares {

namespace {

bool isBlank(const QStringList& row)
{
    for (const QString& cell : row)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

SheetBuilder::SheetBuilder(const QString& fileName, const QString& sheet)
{
    m_table.fileName = fileName;
    m_table.sheet = sheet;
}

QString SheetBuilder::numberText(double v)
{
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

QString SheetBuilder::cellName(qint64 row, qint64 column)
{
    QString letters;
    for (qint64 c = column; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + int((c - 1) % 26)));
    return letters + QString::number(row);
}

bool SheetBuilder::startRow(qint64 row)
{
    if (!m_error.isEmpty() || !endRow())
        return false;
    if (row <= m_row) {
        m_error = damaged(tr("row %1 after row %2").arg(row).arg(m_row));
        return false;
    }
    if (row > maxRows) {
        m_error = tr("%1, sheet \"%2\", row %3: beyond row %4, the last a spreadsheet holds.")
                      .arg(m_table.fileName, m_table.sheet)
                      .arg(row)
                      .arg(maxRows);
        return false;
    }
    m_row = row;
    return true;
}

bool SheetBuilder::cell(qint64 column, QString text)
{
    if (!m_error.isEmpty())
        return false;
    if (column > maxColumns || column < 1) {
        m_error = tr("%1, sheet \"%2\", row %3: more than %4 columns, which no spreadsheet holds.")
                      .arg(m_table.fileName, m_table.sheet)
                      .arg(m_row)
                      .arg(maxColumns);
        return false;
    }
    if (text.size() > CsvSplitter::maxCellChars) {
        m_error = tr("%1, sheet \"%2\", cell %3: a cell of more than %4 characters, which no spreadsheet holds.")
                      .arg(m_table.fileName, m_table.sheet, cellName(m_row, column))
                      .arg(CsvSplitter::maxCellChars);
        return false;
    }
    if (text.isEmpty())
        return true;
    const auto at = qsizetype(column - 1);
    if (m_cells.size() <= at)
        m_cells.resize(at + 1);
    m_cells[at] = m_shared.get(at, std::move(text));
    return true;
}

bool SheetBuilder::endRow()
{
    QStringList cells = std::move(m_cells);
    m_cells = QStringList();
    if (cells.isEmpty() || isBlank(cells))
        return true;
    if (!m_haveHeaders) {
        m_table.headers = std::move(cells);
        m_table.headerRow = int(m_row);
        m_haveHeaders = true;
        return true;
    }
    m_held += cells.size();
    if (m_held > maxCells) {
        m_error = tr("%1, sheet \"%2\", row %3: more than %4 cells in all (the empty ones between them included), "
                     "too many for an import.")
                      .arg(m_table.fileName, m_table.sheet)
                      .arg(m_row)
                      .arg(maxCells);
        return false;
    }
    m_table.rows.push_back(std::move(cells));
    m_table.rowNumbers.push_back(int(m_row));
    return true;
}

std::optional<SheetTable> SheetBuilder::finish()
{
    if (!m_error.isEmpty() || !endRow())
        return std::nullopt;
    if (!m_haveHeaders) {
        m_error =
            SheetReader::tr("The sheet \"%1\" of %2 is empty: no header row.").arg(m_table.sheet, m_table.fileName);
        return std::nullopt;
    }
    return std::move(m_table);
}

QString SheetBuilder::damaged(const QString& detail) const
{
    if (m_row == 0)
        return tr("%1, sheet \"%2\": the file is damaged or incomplete (%3): it cannot be read. Save it again from "
                  "its spreadsheet program.")
            .arg(m_table.fileName, m_table.sheet, detail);
    return tr("%1, sheet \"%2\", after row %3: the file is damaged or incomplete (%4): it cannot be read. Save it "
              "again from its spreadsheet program.")
        .arg(m_table.fileName, m_table.sheet)
        .arg(m_row)
        .arg(detail);
}

} // namespace palmares
