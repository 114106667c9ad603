// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Numbers.h"

#include <QLocale>
#include <QString>

#include <cmath>
#include <optional>

namespace palmares {

// A number typed by a user: in the UI locale ("7,5", "1 500") or with a decimal point.
inline std::optional<double> parseNumber(const QString& text)
{
    const QString t = text.trimmed();
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok) {
        if (const auto plain = parseDecimal(t))
            return plain;
    }
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace palmares
