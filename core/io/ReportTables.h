// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Evaluation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

// The tables of a campaign's result as a reader of the report gets them (docs/reports.md):
// the ranking and the full score matrix, in the UI language, each cell a text, a number
// (with its decimals) or a time. The spreadsheets (core/io/Spreadsheets) write them; the
// numbers are the engine's (Evaluation) and the words are core/present's, as on the
// Ranking page.
namespace palmares::report {

// Who the tables are for: everything, or the public, who do not see the jurors' names
// next to their scores, nor their comments.
enum class Audience { Full, Public };

struct Cell {
    QString text;                 // a text; empty for a number or a time
    std::optional<double> number; // a number: written as one in a spreadsheet
    int decimals = 0;             // of the number
    QDateTime time;               // a time (local), written as one in a spreadsheet
    static Cell ofText(const QString& text);
    static Cell ofNumber(double value, int decimals);
    static Cell ofTime(const QDateTime& at);
    bool isEmpty() const { return text.isEmpty() && !number && !time.isValid(); }
    // How the cell reads in the UI language (a number with its decimals and thousands
    // separator, a time to the second).
    QString shown() const;
};

// A table whose rows are made as they are read: a million scores are never held as cells.
struct Table {
    QString name; // the sheet's name: « Classement », « Notes »
    QStringList headers;
    std::vector<int> widths; // each column's width, in characters
    size_t rowCount = 0;
    // Fills `cells` with the cells of row `i` (0 ≤ i < rowCount), in the order of the headers.
    std::function<void(size_t i, std::vector<Cell>& cells)> fill;
    std::vector<Cell> row(size_t i) const
    {
        std::vector<Cell> cells;
        fill(i, cells);
        return cells;
    }
};

// The tables read the campaign and the evaluation they are made from: both must outlive them.
class Tables {
    Q_DECLARE_TR_FUNCTIONS(Tables)
public:
    // The ranking, in rank order: rank, registration number, candidate, final score, each
    // jury's and each pillar's, surface, cumulative surface and fill of the laureates, the
    // outcome of the selection (greedy: the rule the jury explains), the recorded decision,
    // the flags.
    static Table ranking(const Campaign& campaign, const Evaluation& evaluation);
    // Every score, one row each, by jury, juror, candidate and criterion: jury, juror (in the
    // public version « Juror 3 of the expert jury », numbered within the jury), candidate,
    // pillar, criterion, value, comment (not in the public version), origin, time.
    static Table scores(const Campaign& campaign, Audience audience);
    // What the tables came from, to check them later: the application and its version, the
    // campaign, when and for whom they were written, and the fingerprint of the campaign's
    // result with each table's digest (docs/fingerprint.md), with the command that checks it.
    static Table about(const Campaign& campaign, Audience audience, const QDateTime& writtenAt);
};

} // namespace palmares::report
