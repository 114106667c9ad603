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
