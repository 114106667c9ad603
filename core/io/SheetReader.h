// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

// Reads a table of text cells from a CSV file (separator and encoding detected) or from
// one sheet of an XLSX or ODS workbook (XlsxReader, OdsReader). The first non-empty row
// gives the headers. Numbers come out as plain text with a decimal point, dates formatted as
// such in the workbook as ISO dates.
namespace palmares {

// Called now and then with the work done and the work there is; returning false cancels.
using Progress = std::function<bool(qint64 done, qint64 total)>;

struct SheetTable {
    QString fileName; // as shown in reports: the file's name without its folder
    QString sheet;    // the sheet read; empty for a CSV file
    QStringList headers;
    std::vector<QStringList> rows; // data rows as read (a row may hold more cells than headers)
    std::vector<int> rowNumbers;   // the row (workbook) or line (CSV) each data row starts on, from 1
    int headerRow = 1;
    QString sha256; // of the file's bytes, in hexadecimal: the audit log names the file read
    // CSV only: what was detected.
    QChar separator;
    QString encoding;

    qsizetype size() const { return qsizetype(rows.size()); }
};

class SheetReader {
    Q_DECLARE_TR_FUNCTIONS(SheetReader)
public:
    enum class Format { Csv, Xlsx, Ods, Unknown };

    // What is read at most: beyond, a file is refused with its reason (a cell's length and
    // a row's columns: CsvSplitter).
    static constexpr qint64 maxRows = 10'000'000;
    static constexpr qint64 maxFileBytes = qint64(1) << 30; // read into memory whole

    // From the file's first bytes (a zip holding a workbook) and, for text, its name.
    static Format formatOf(const QString& path, const QByteArray& head);
    // The sheets of a workbook; one empty name for a CSV file.
    static std::optional<QStringList> sheetNames(const QString& path, QString* error);
    // Reads `sheet` (empty: the first one) of the file at `path`. Nullopt with the reason
    // in `error` when the file cannot be read, is not a spreadsheet, has no such sheet,
    // or when `progress` cancels.
    static std::optional<SheetTable> read(const QString& path, const QString& sheet, QString* error,
                                          const Progress& progress = {});

    // CSV from bytes already read; `fileName` names it in messages.
    static std::optional<SheetTable> readCsv(const QByteArray& bytes, const QString& fileName, QString* error,
                                             const Progress& progress = {});
    // UTF-8 (with or without byte-order mark) when the bytes are valid UTF-8, else
    // Windows-1252; the encoding used is named in `encoding`.
    static QString decode(const QByteArray& bytes, QString* encoding);
    // The separator among ';' ',' and tab that cuts the first lines into the most, equal,
    // fields (quoted text ignored); ';' when none does.
    static QChar detectSeparator(const QString& text);
};

} // namespace palmares
