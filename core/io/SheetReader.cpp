// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SheetReader.h"

#include "core/io/CsvSplitter.h"
#include "core/io/OdsReader.h"
#include "core/io/SharedCells.h"
#include "core/io/XlsxReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>
#include <future>

namespace palmares {

namespace {

constexpr qint64 progressEvery = 4096; // rows between two progress calls

QString shownName(const QString& path)
{
    return QFileInfo(path).fileName();
}

bool isBlank(const QStringList& row)
{
    for (const QString& cell : row)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

// Drops empty headers at the end of the header row (a trailing separator, formatted but
// empty columns), and blank rows at the end of the table.
void tidy(SheetTable& table)
{
    while (!table.headers.isEmpty() && table.headers.last().trimmed().isEmpty())
        table.headers.removeLast();
    for (QString& h : table.headers)
        h = h.simplified();
}

// The SHA-256 of `bytes`, worked out on the other core while the file is parsed (a
// large file takes a few hundred milliseconds); the future waits for it when dropped.
std::future<QString> hashInBackground(const QByteArray& bytes)
{
    return std::async(std::launch::async, [bytes] {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    });
}

// Why a CSV text was not read to its end, naming the line (and the column) in the file.
QString csvProblemText(const QString& fileName, const CsvSplitter::Problem& p)
{
    switch (p.kind) {
    case CsvSplitter::Problem::UnclosedQuote:
        return SheetReader::tr("%1, line %2: a quote (\") opens a cell and is never closed, so the rest of the file "
                               "would be read into that cell. Close the quote, or double it (\"\") if it is part "
                               "of the text.")
            .arg(fileName)
            .arg(p.line);
    case CsvSplitter::Problem::CellTooLong:
        return SheetReader::tr("%1, line %2, column %3: a cell of more than %4 characters, which no spreadsheet "
                               "holds. Is it a spreadsheet saved as CSV?")
            .arg(fileName)
            .arg(p.line)
            .arg(p.column)
            .arg(CsvSplitter::maxCellChars);
    case CsvSplitter::Problem::TooManyColumns:
        return SheetReader::tr("%1, line %2: more than %3 columns, which no spreadsheet holds. Is it a spreadsheet "
                               "saved as CSV?")
            .arg(fileName)
            .arg(p.line)
            .arg(CsvSplitter::maxColumns);
    case CsvSplitter::Problem::None:
        break;
    }
    return QString();
}

// The file's bytes, all of them, or why not (it cannot be read, or is too large to be
// read into memory).
std::optional<QByteArray> readWhole(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SheetReader::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    if (file.size() > SheetReader::maxFileBytes) {
        *error = SheetReader::tr("%1 is larger than %2 MB: too large for an import sheet.")
                     .arg(shownName(path))
                     .arg(SheetReader::maxFileBytes >> 20);
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = SheetReader::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    return bytes;
}

// The format of the file at `path`, from its first bytes; nullopt with the reason when
// it cannot be read or is no spreadsheet.
std::optional<SheetReader::Format> detectFormat(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SheetReader::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const SheetReader::Format format = SheetReader::formatOf(path, file.read(4096));
    if (format == SheetReader::Format::Unknown) {
        *error = SheetReader::tr("%1 is not a CSV, XLSX or ODS spreadsheet.").arg(shownName(path));
        return std::nullopt;
    }
    return format;
}

} // namespace

SheetReader::Format SheetReader::formatOf(const QString& path, const QByteArray& head)
{
    if (head.startsWith("PK\x03\x04")) {
        // A zip: the mimetype entry of an ODS file comes first, uncompressed.
        if (head.contains("application/vnd.oasis.opendocument.spreadsheet"))
            return Format::Ods;
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("ods"))
            return Format::Ods;
        if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
            return Format::Xlsx;
        // An XLSX names its parts in the zip's first local headers.
        if (head.contains("xl/"))
            return Format::Xlsx;
        return Format::Unknown;
    }
    // Text: a binary file (a NUL byte in its first kilobytes) is not CSV.
    if (head.contains('\0'))
        return Format::Unknown;
    return Format::Csv;
}

QString SheetReader::decode(const QByteArray& bytes, QString* encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        *encoding = QStringLiteral("UTF-8");
        return text;
    }
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid()) {
        *encoding = QStringLiteral("Windows-1252");
        return cp1252.decode(bytes);
    }
    *encoding = QStringLiteral("ISO-8859-1");
    return QString::fromLatin1(bytes);
}

QChar SheetReader::detectSeparator(const QString& text)
{
    const std::array<QChar, 3> candidates{QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t')};
    QChar best = QLatin1Char(';');
    int bestFields = 1;
    int bestAgreeing = -1;
    for (QChar sep : candidates) {
        SharedCells shared;
        CsvSplitter split(text, sep, shared);
        int line = 0;
        int headerFields = 0;
        int agreeing = 0;
        for (int record = 0; record < 20 && !split.atEnd(); ++record) {
            const QStringList fields = split.next(&line);
            if (record == 0)
                headerFields = int(fields.size());
            else if (fields.size() == headerFields)
                ++agreeing;
        }
        if (headerFields < 2)
            continue;
        if (agreeing > bestAgreeing || (agreeing == bestAgreeing && headerFields > bestFields)) {
            best = sep;
            bestFields = headerFields;
            bestAgreeing = agreeing;
        }
    }
    return best;
}

std::optional<SheetTable> SheetReader::readCsv(const QByteArray& bytes, const QString& fileName, QString* error,
                                               const Progress& progress)
{
    SheetTable table;
    table.fileName = fileName;
    std::future<QString> hash = hashInBackground(bytes);
    const QString text = decode(bytes, &table.encoding);
    table.separator = detectSeparator(text);
    SharedCells shared;
    CsvSplitter split(text, table.separator, shared);
    bool haveHeaders = false;
    qint64 count = 0;
    while (!split.atEnd()) {
        int line = 0;
        QStringList fields = split.next(&line);
        if (!haveHeaders) {
            if (isBlank(fields))
                continue;
            table.headers = fields;
            table.headerRow = line;
            haveHeaders = true;
            split.expectWidth(fields.size());
            // About one record per line: a million-row file is not moved around as it grows.
            const auto lines = size_t(bytes.count('\n'));
            table.rows.reserve(lines);
            table.rowNumbers.reserve(lines);
            continue;
        }
        if (isBlank(fields))
            continue;
        if (qint64(table.rows.size()) >= maxRows) {
            *error = tr("%1 has more than %2 rows: too many for an import.").arg(fileName).arg(maxRows);
            return std::nullopt;
        }
        table.rows.push_back(std::move(fields));
        table.rowNumbers.push_back(line);
        if (progress && ++count % progressEvery == 0 && !progress(split.offset(text), text.size())) {
            *error = tr("Reading %1 was cancelled.").arg(fileName);
            return std::nullopt;
        }
    }
    if (const CsvSplitter::Problem& p = split.problem(); p.kind != CsvSplitter::Problem::None) {
        *error = csvProblemText(fileName, p);
        return std::nullopt;
    }
    if (!haveHeaders) {
        *error = tr("%1 is empty: no header row.").arg(fileName);
        return std::nullopt;
    }
    tidy(table);
    table.sha256 = hash.get();
    return table;
}

std::optional<QStringList> SheetReader::sheetNames(const QString& path, QString* error)
{
    const auto format = detectFormat(path, error);
    if (!format)
        return std::nullopt;
    if (*format == Format::Csv)
        return QStringList{QString()};
    const std::optional<QByteArray> bytes = readWhole(path, error);
    if (!bytes)
        return std::nullopt;
    if (*format == Format::Xlsx)
        return XlsxReader(*bytes, shownName(path)).sheetNames(error);
    return OdsReader(*bytes, shownName(path)).sheetNames(error);
}

std::optional<SheetTable> SheetReader::read(const QString& path, const QString& sheet, QString* error,
                                            const Progress& progress)
{
    const auto format = detectFormat(path, error);
    if (!format)
        return std::nullopt;
    const std::optional<QByteArray> bytes = readWhole(path, error);
    if (!bytes)
        return std::nullopt;
    if (*format == Format::Csv)
        return readCsv(*bytes, shownName(path), error, progress);
    std::future<QString> hash = hashInBackground(*bytes);
    std::optional<SheetTable> table = *format == Format::Xlsx
                                          ? XlsxReader(*bytes, shownName(path)).read(sheet, error, progress)
                                          : OdsReader(*bytes, shownName(path)).read(sheet, error, progress);
    if (!table)
        return std::nullopt;
    table->sha256 = hash.get();
    tidy(*table);
    return table;
}

} // namespace palmares
