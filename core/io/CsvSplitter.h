// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/SharedCells.h"

#include <QString>
#include <QStringList>

namespace palmares {

// Splits CSV text into records. Quoted fields may hold separators, doubled quotes and
// line breaks; `lines` receives the line each record starts on. Text that no spreadsheet
// writes stops the splitting with a problem (problem()) instead of being read on: a quote
// never closed, a cell longer than maxCellChars, a record of more than maxColumns fields.
class CsvSplitter {
public:
    static constexpr qsizetype maxCellChars = 32767; // a spreadsheet cell's own limit
    static constexpr qsizetype maxColumns = 16384;   // a spreadsheet's last column, XFD

    struct Problem {
        enum Kind { None, UnclosedQuote, CellTooLong, TooManyColumns };
        Kind kind = None;
        int line = 0;         // where the quote, the cell or the record starts
        qsizetype column = 0; // from 1, for a cell too long
    };

    // Equal cells of a column share their string, through `shared`.
    CsvSplitter(const QString& text, QChar separator, SharedCells& shared)
        : m_p(text.constData())
        , m_end(text.constData() + text.size())
        , m_sep(separator)
        , m_shared(shared)
    {}
    bool atEnd() const { return m_p >= m_end; }
    qsizetype offset(const QString& text) const { return m_p - text.constData(); }
    // Records are expected to have `width` fields (the header row's): room is made for them.
    void expectWidth(qsizetype width) { m_width = width; }

    // The next record; `startLine` is the line it starts on.
    QStringList next(int* startLine);
    // Why the splitting stopped before the end of the text; kind None when it did not.
    const Problem& problem() const { return m_problem; }

private:
    void stop(Problem::Kind kind, int line, qsizetype column);

    const QChar* m_p;
    const QChar* m_end;
    QChar m_sep;
    SharedCells& m_shared;
    int m_line = 1;
    qsizetype m_width = 0;
    Problem m_problem;
};

} // namespace palmares
