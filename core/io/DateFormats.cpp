// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/DateFormats.h"

#include <QDate>
#include <QDateTime>

#include <cmath>

namespace palmares::DateFormats {

bool isDateCode(QStringView code)
{
    bool inQuote = false;
    bool inBracket = false;
    for (QChar c : code) {
        if (c == u'"')
            inQuote = !inQuote;
        else if (!inQuote && c == u'[')
            inBracket = true;
        else if (!inQuote && c == u']')
            inBracket = false;
        else if (!inQuote && !inBracket) {
            const QChar l = c.toLower();
            if (l == u'd' || l == u'y')
                return true;
        }
    }
    return false;
}

bool isBuiltInDate(int id)
{
    return (id >= 14 && id <= 17) || id == 22;
}

QString serialText(double serial)
{
    const double days = std::floor(serial);
    const QDate date = QDate(1899, 12, 30).addDays(qint64(days));
    const qint64 seconds = std::llround((serial - days) * 86400.0);
    if (seconds == 0)
        return date.toString(Qt::ISODate);
    return QDateTime(date, QTime(0, 0).addSecs(int(seconds))).toString(Qt::ISODate);
}

QString isoText(QStringView text)
{
    // The zone, if any, is dropped: a serial date has none either.
    QStringView local = text;
    if (local.endsWith(u'Z'))
        local.chop(1);
    const qsizetype t = local.indexOf(u'T');
    const QDate date = QDate::fromString(local.left(t < 0 ? local.size() : t).toString(), Qt::ISODate);
    if (!date.isValid())
        return text.toString();
    if (t < 0)
        return date.toString(Qt::ISODate);
    const QTime time = QTime::fromString(local.mid(t + 1).toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return text.toString();
    const int seconds = time.msecsSinceStartOfDay() / 1000 + (time.msec() >= 500 ? 1 : 0);
    if (seconds == 0)
        return date.toString(Qt::ISODate);
    return QDateTime(date, QTime(0, 0).addSecs(seconds)).toString(Qt::ISODate);
}

} // namespace palmares::DateFormats

#include <orcus/spreadsheet/document.hpp>
#include <orcus/spreadsheet/styles.hpp>

#include <optional>
#include <unordered_map>

namespace palmares {

namespace {

std::string_view codeOf(const orcus::spreadsheet::number_format_t& nf)
{
#if PALMARES_ORCUS_API >= 18
    return nf.format_string.value_or(std::string_view());
#else
    return nf.format_string;
#endif
}

bool isDateCode(std::string_view code)
{
    return DateFormats::isDateCode(QString::fromUtf8(code.data(), qsizetype(code.size())));
}

} // namespace

std::vector<bool> odsDateCellFormats(const orcus::spreadsheet::document& doc)
{
    const orcus::spreadsheet::styles& styles = doc.get_styles();
    std::vector<bool> dates;
#if PALMARES_ORCUS_API >= 18
    // By position among the number formats.
    for (size_t i = 0; i < styles.get_cell_formats_count(); ++i) {
        const size_t n = styles.get_cell_format(i)->number_format;
        dates.push_back(n < styles.get_number_format_count() && isDateCode(codeOf(*styles.get_number_format(n))));
    }
#else
    // By identifier.
    std::unordered_map<size_t, bool> custom;
    for (size_t i = 0; i < styles.get_number_format_count(); ++i) {
        const orcus::spreadsheet::number_format_t& nf = *styles.get_number_format(i);
        custom[nf.identifier] = isDateCode(codeOf(nf));
    }
    for (size_t i = 0; i < styles.get_cell_formats_count(); ++i) {
        const auto it = custom.find(styles.get_cell_format(i)->number_format);
        dates.push_back(it != custom.end() ? it->second
                                           : DateFormats::isBuiltInDate(int(styles.get_cell_format(i)->number_format)));
    }
#endif
    return dates;
}

} // namespace palmares
