// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <unordered_map>
#include <utility>
#include <vector>

namespace palmares {

// Cells that repeat down a column (a juror's name on a thousand rows of a score sheet)
// share one string: a million-row sheet then holds thousands of strings, not millions,
// and is read and freed that much faster. A column of mostly different texts (a
// description) stops being shared once it has shown too many.
class SharedCells {
public:
    QString get(qsizetype column, QStringView text)
    {
        return share(column, text, [&] { return text.toString(); });
    }
    QString get(qsizetype column, QString&& text)
    {
        return share(column, text, [&] { return std::move(text); });
    }

private:
    static constexpr size_t maxDistinct = 65536;
    struct ViewHash {
        size_t operator()(QStringView v) const { return qHash(v); }
    };
    struct Column {
        bool off = false;
        std::unordered_map<QStringView, QString, ViewHash> strings; // keys view their value
    };

    template<typename Make> QString share(qsizetype column, QStringView text, Make make)
    {
        if (text.isEmpty())
            return QString();
        if (size_t(column) >= m_columns.size())
            m_columns.resize(size_t(column) + 1);
        Column& c = m_columns[size_t(column)];
        if (c.off)
            return make();
        if (const auto it = c.strings.find(text); it != c.strings.end())
            return it->second;
        QString string = make();
        if (c.strings.size() >= maxDistinct) {
            c.off = true;
            c.strings = {};
            return string;
        }
        c.strings.emplace(QStringView(string), string);
        return string;
    }

    std::vector<Column> m_columns;
};

} // namespace palmares
