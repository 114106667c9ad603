// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cmath>
#include <optional>

namespace palmares {

// A decimal number written by a person or a spreadsheet, whatever its locale: decimal
// comma or point ("7,5", "7.5"), spaces as thousands separators ("1 500", with plain,
// no-break or narrow no-break spaces). Nothing else: "12 m²" or "abc" give nullopt.
inline std::optional<double> parseDecimal(const QString& text)
{
    QString plain = text.trimmed();
    plain.remove(QLatin1Char(' '))
        .remove(QChar(0x00a0))
        .remove(QChar(0x202f))
        .replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = plain.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace palmares
