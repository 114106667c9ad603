// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace palmares {

// French company identifier: 14 digits (SIREN 9 + NIC 5) passing the Luhn check, with a
// SIREN other than nine zeros (which passes the check but names no company: a placeholder
// typed into a form). Spaces typed or pasted between digit groups are accepted and removed.
class Siret {
    Q_DECLARE_TR_FUNCTIONS(Siret)
public:
    enum class Problem { None, Empty, NotFourteenDigits, BadChecksum, NoCompany };

    static QString normalized(const QString& text); // digits only, spaces removed
    static Problem check(const QString& text);
    static bool isValid(const QString& text) { return check(text) == Problem::None; }
    static QString problemText(Problem problem);

    static bool luhn(const QString& digits);
    // The digit that makes `digits` + that digit pass the Luhn check.
    static int luhnCheckDigit(const QString& digits);
};

} // namespace palmares
