// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CsvSplitter.h"

namespace palmares {

QStringList CsvSplitter::next(int* startLine)
{
    QStringList fields;
    fields.reserve(m_width);
    *startLine = m_line;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    const QChar* fieldStart = m_p;
    auto endField = [&](const QChar* end) {
        if (wasQuoted)
            fields << m_shared.get(fields.size(), std::move(field));
        else
            fields << m_shared.get(fields.size(), QStringView(fieldStart, end - fieldStart));
        field.clear();
        wasQuoted = false;
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
            continue;
        }
        if (c == QLatin1Char('"') && (m_p == fieldStart || wasQuoted)) {
            // An opening quote (text after a closing quote is kept as is).
            if (!wasQuoted)
                field.clear();
            quoted = true;
            wasQuoted = true;
            ++m_p;
            continue;
        }
        if (c == m_sep) {
            endField(m_p);
            ++m_p;
            fieldStart = m_p;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            endField(m_p);
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
    endField(m_p);
    return fields;
}

} // namespace palmares
