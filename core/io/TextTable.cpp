// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/TextTable.h"

#include "core/present/Words.h"

#include <algorithm>

namespace palmares {

QString textTable(const QStringList& header, const std::vector<QStringList>& rows, const std::vector<bool>& numeric)
{
    std::vector<qsizetype> width(size_t(header.size()), 0);
    for (int i = 0; i < header.size(); ++i)
        width[size_t(i)] = header[i].size();
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size() && i < header.size(); ++i)
            width[size_t(i)] = std::max(width[size_t(i)], row[i].size());
    }
    auto line = [&](const QStringList& cells) {
        QStringList padded;
        for (int i = 0; i < cells.size(); ++i) {
            const QString cell = Words::printable(cells[i]);
            padded << (numeric[size_t(i)] ? cell.rightJustified(width[size_t(i)])
                                          : cell.leftJustified(width[size_t(i)]));
        }
        QString s = padded.join(QStringLiteral("  "));
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        return s + QLatin1Char('\n');
    };
    QString out = line(header);
    QStringList rule;
    for (size_t i = 0; i < width.size(); ++i)
        rule << QString(width[i], QLatin1Char('-'));
    out += rule.join(QStringLiteral("  ")) + QLatin1Char('\n');
    for (const QStringList& row : rows)
        out += line(row);
    return out;
}

} // namespace palmares
