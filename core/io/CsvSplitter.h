// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/SharedCells.h"

#include <QString>
#include <QStringList>

namespace palmares {

// Splits CSV text into records. Quoted fields may hold separators, doubled quotes and
// line breaks; `lines` receives the line each record starts on.
class CsvSplitter {
public:
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

private:
    const QChar* m_p;
    const QChar* m_end;
    QChar m_sep;
    SharedCells& m_shared;
    int m_line = 1;
    qsizetype m_width = 0;
};

} // namespace palmares
