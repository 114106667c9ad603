// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvSplitter.h"

namespace palmares {

void CsvSplitter::stop(Problem::Kind kind, int line, qsizetype column)
{
    m_problem = Problem{kind, line, column};
    m_p = m_end;
}

QStringList CsvSplitter::next(int* startLine)
{
    QStringList fields;
    fields.reserve(m_width);
    *startLine = m_line;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    int quoteLine = 0;
    const QChar* fieldStart = m_p;
    // False when the field breaks a limit: the splitting stops there.
    auto endField = [&](const QChar* end) {
        const qsizetype length = wasQuoted ? field.size() : end - fieldStart;
        if (length > maxCellChars) {
            stop(Problem::CellTooLong, wasQuoted ? quoteLine : m_line, fields.size() + 1);
            return false;
        }
        if (fields.size() >= maxColumns) {
            stop(Problem::TooManyColumns, *startLine, fields.size() + 1);
            return false;
        }
        if (wasQuoted)
            fields << m_shared.get(fields.size(), std::move(field));
        else
            fields << m_shared.get(fields.size(), QStringView(fieldStart, length));
        field.clear();
        wasQuoted = false;
        return true;
    };
    while (m_p < m_end) {
        const QChar c = *m_p;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_p + 1 < m_end && m_p[1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    m_p += 2;
                    continue;
                }
                quoted = false;
                ++m_p;
                continue;
            }
            if (c == QLatin1Char('\n') || (c == QLatin1Char('\r') && !(m_p + 1 < m_end && m_p[1] == QLatin1Char('\n'))))
                ++m_line;
            if (c != QLatin1Char('\r'))
                field += c;
            else if (!(m_p + 1 < m_end && m_p[1] == QLatin1Char('\n')))
                field += QLatin1Char('\n');
            ++m_p;
            // A quoted cell grows in memory: it is stopped as soon as it is too long.
            if (field.size() > maxCellChars) {
                stop(Problem::CellTooLong, quoteLine, fields.size() + 1);
                return fields;
            }
            continue;
        }
        if (c == QLatin1Char('"') && (m_p == fieldStart || wasQuoted)) {
            // An opening quote (text after a closing quote is kept as is).
            if (!wasQuoted)
                field.clear();
            quoted = true;
            wasQuoted = true;
            quoteLine = m_line;
            ++m_p;
            continue;
        }
        if (c == m_sep) {
            if (!endField(m_p))
                return fields;
            ++m_p;
            fieldStart = m_p;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (!endField(m_p))
                return fields;
            if (c == QLatin1Char('\r') && m_p + 1 < m_end && m_p[1] == QLatin1Char('\n'))
                ++m_p;
            ++m_p;
            ++m_line;
            return fields;
        }
        if (wasQuoted)
            field += c; // "ab"c: keep the stray text
        ++m_p;
    }
    if (quoted) {
        stop(Problem::UnclosedQuote, quoteLine, fields.size() + 1);
        return fields;
    }
    endField(m_p);
    return fields;
}

} // namespace palmares
