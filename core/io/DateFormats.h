// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Dates in workbooks: which XLSX number formats show a date (a date cell holds only a
// serial number), and the ISO text a date cell is read as.
namespace palmares::DateFormats {

// Whether a number format code ("dd/mm/yyyy", "[$-40C]d mmmm yyyy;@") shows a date: a d
// or a y outside quotes and brackets.
bool isDateCode(QStringView code);
// XLSX's built-in date formats (numFmtId 14 to 17 and 22) come with no code in the file.
bool isBuiltInDate(int id);
// A serial date (days since 1899-12-30, the time as a fraction) as ISO text; the time
// only when not midnight.
QString serialText(double serial);
// A date or date-time written in ISO form in a file (XLSX t="d", ODS date-value) as the
// same ISO text as serialText; the text as it is when it is not one.
QString isoText(QStringView text);

} // namespace palmares::DateFormats
