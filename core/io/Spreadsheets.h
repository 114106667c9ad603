// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReportTables.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

// The report's tables as spreadsheets (docs/reports.md), each file written whole or not at
// all (core/files): CSV as French spreadsheets read it, and XLSX (libxlsxwriter).
namespace palmares::report {

class Spreadsheets {
    Q_DECLARE_TR_FUNCTIONS(Spreadsheets)
public:
    // A sheet of an XLSX workbook holds at most this many rows besides its header; a longer
    // table goes on into « Scores (2) », « Scores (3) »…
    static constexpr int maxSheetRows = 1048575;

    // Called now and then with the rows written and the rows there are; false cancels, and
    // nothing is written.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // One sheet per table, its header row bold, wrapped and frozen, its columns as wide as
    // the table says, numbers and times as such with their number formats.
    // (CSV is written by writeResults: UTF-8 with a byte order mark, `;` between fields,
    // numbers with the UI language's decimal separator and no thousands separator, times as
    // « 2026-06-03 21:15:00 » (local): what a spreadsheet reads as numbers and dates.)
    static bool writeXlsx(const QString& path, const std::vector<Table>& tables, QString* error,
                          const Progress& progress = {}, bool* cancelled = nullptr);

    // The campaign's results for `audience` at `path`: a .xlsx workbook with the ranking, the
    // scores and what they came from (Tables::about: the fingerprint), or, for a .csv, the
    // ranking there and the scores beside it (scoresCsvPath).
    // Stops at the first file that cannot be written, naming it.
    struct Written {
        std::vector<QString> files;
        QString error;
        bool cancelled = false; // by `progress`: nothing was written
    };
    static Written writeResults(const QString& path, const Campaign& campaign, const Evaluation& evaluation,
                                Audience audience, const Progress& progress = {});
    // Whether `path` names a file writeResults() writes (.xlsx or .csv).
    static bool isSpreadsheet(const QString& path);
    // What a campaign records of the results written at `path`: a workbook, which carries the
    // fingerprint; nothing for a CSV, which does not.
    static std::optional<IssuedDocument> issuedDocument(const QString& path);
    // Where the scores go beside a ranking written as CSV: « resultats.csv » →
    // « resultats-notes.csv ».
    static QString scoresCsvPath(const QString& rankingCsvPath);
};

} // namespace palmares::report
