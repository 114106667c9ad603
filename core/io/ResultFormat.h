// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Summary.h"
#include "core/model/Journal.h"

#include <QCoreApplication>
#include <QString>

// The CLI's output formats for a ranking, a selection and a summary (docs/cli.md):
// a readable table in the UI language, CSV with `;` and decimal commas for French
// spreadsheets, and JSON with stable English field names carrying every number a reader
// needs to check the result.
namespace palmares {

enum class OutputFormat { Table, Csv, Json };

class ResultFormat {
    Q_DECLARE_TR_FUNCTIONS(ResultFormat)
public:
    static bool parseFormat(const QString& text, OutputFormat* format);

    static QString ranking(const Campaign& campaign, const Evaluation& evaluation, OutputFormat format);
    // `selection` is evaluation.greedy or *evaluation.bestValue; the best value also shows
    // its difference from greedy.
    static QString selection(const Campaign& campaign, const Evaluation& evaluation, const Selection& selection,
                             OutputFormat format);
    static QString summary(const Campaign& campaign, const CampaignSummary& summary, OutputFormat format);
    // The journal, oldest entry first: in the table and CSV, the local time, who, what, the
    // part of the campaign, the candidate, the juror and the details, in the UI language
    // (the CSV is the one the Journal page exports); in JSON, UTC times and the codes.
    static QString journal(const std::vector<JournalEntry>& entries, OutputFormat format);

    // Decimal comma, no thousands separator: what a French spreadsheet reads as a number.
    static QString csvNumber(double value, int decimals = 2);
    // One line of ';'-separated CSV, fields quoted where needed, ending with a line feed.
    static QString csvLine(const QStringList& fields);
};

} // namespace palmares
