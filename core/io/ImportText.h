// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QDateTime>
#include <QString>

#include <optional>

// What the cells of an imported sheet say, read the way people write them in French or
// English: yes and no, statuses, dates, use types, flows. Pure functions of the text,
// apart from the campaign, so that each can be tested on its own table of cases.
namespace palmares::importtext {

// A header or a name reduced to what tells it apart: lower case, no accents, letters and
// digits only ("Surface demandée (m²)" → "surfacedemandeem2").
QString fold(const QString& text);

// "oui", "x", "1", "yes" → true; "non", "0", "" → false; anything else → nullopt.
std::optional<bool> parseYesNo(const QString& text);

// A candidate's status in French or English words ("recevable", "withdrawn"), or its code;
// an empty cell is a file just received.
std::optional<CandidateStatus> parseStatus(const QString& text);

// A date as people and spreadsheets write it: ISO, French (31/12/2027, 31-12-2027,
// 31.12.2027), with a time or not, or a spreadsheet's serial day number.
std::optional<QDateTime> parseDateTime(const QString& text);

// The use type code (useTypeCodes()) of a code or a word people write for it ("Bureaux",
// "office" → "bureau"); an empty string when it names none.
QString useTypeCode(const QString& text);

// The direction of a flow by its French or English word ("sortie", "input", "besoin").
std::optional<FlowDirection> parseFlowDirection(const QString& text);

// "drêches 40 t" → {"drêches", 40, "t"}: a name followed by a quantity and a unit. Digits
// too many for a number give an infinite amount, for the caller to refuse.
struct Quantity {
    QString name;
    double amount = 0;
    QString unit;
};
std::optional<Quantity> parseQuantity(const QString& text);

} // namespace palmares::importtext
