// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Siret.h"

namespace palmares {

QString Siret::normalized(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

bool Siret::luhn(const QString& digits)
{
    int sum = 0;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        int d = digits.at(n - 1 - i).digitValue();
        if (d < 0)
            return false;
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return n > 0 && sum % 10 == 0;
}

int Siret::luhnCheckDigit(const QString& digits)
{
    for (int d = 0; d <= 9; ++d) {
        if (luhn(digits + QChar(u'0' + d)))
            return d;
    }
    return -1;
}

Siret::Problem Siret::check(const QString& text)
{
    const QString digits = normalized(text);
    if (digits.isEmpty())
        return Problem::Empty;
    if (digits.size() != 14)
        return Problem::NotFourteenDigits;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return Problem::NotFourteenDigits;
    }
    if (digits.startsWith(QLatin1String("000000000")))
        return Problem::NoCompany;
    // La Poste's establishments share one SIREN and use their own rule: the sum of the
    // digits is a multiple of 5 (INSEE); everyone else uses Luhn.
    if (digits.startsWith(QLatin1String("356000000")) && digits != QLatin1String("35600000000048")) {
        int sum = 0;
        for (QChar c : digits)
            sum += c.digitValue();
        return sum % 5 == 0 ? Problem::None : Problem::BadChecksum;
    }
    return luhn(digits) ? Problem::None : Problem::BadChecksum;
}

QString Siret::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return tr("The SIRET is empty.");
    case Problem::NotFourteenDigits:
        return tr("A SIRET has exactly 14 digits.");
    case Problem::BadChecksum:
        return tr("This SIRET fails the checksum: a digit is probably mistyped.");
    case Problem::NoCompany:
        return tr("A SIRET of zeros names no company: it is a placeholder, not the applicant's number.");
    }
    return {};
}

} // namespace palmares
