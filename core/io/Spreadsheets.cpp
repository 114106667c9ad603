// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/Spreadsheets.h"

#include "core/files/SafeFile.h"
#include "core/io/ResultFormat.h"
#include "core/io/ZipEntries.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QLocale>

#include <xlsxwriter.h>

#include <algorithm>
#include <map>
#include <memory>

namespace palmares::report {

namespace {

// How cells read in CSV: numbers as a spreadsheet in the UI language reads them (its decimal
// separator, no grouping), times to the second; the times of a table, which repeat, each
// written once.
class CsvCells {
public:
    CsvCells() { m_locale.setNumberOptions(QLocale::OmitGroupSeparator); }
    QString field(const Cell& cell)
    {
        if (cell.number)
            return m_locale.toString(*cell.number, 'f', cell.decimals);
        if (cell.time.isValid()) {
            const qint64 key = cell.time.toMSecsSinceEpoch();
            auto it = m_times.constFind(key);
            if (it == m_times.cend())
                it = m_times.insert(key, cell.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            return *it;
        }
        return cell.text;
    }
    QByteArray row(const std::vector<Cell>& cells)
    {
        QStringList fields;
        fields.reserve(qsizetype(cells.size()));
        for (const Cell& cell : cells)
            fields << field(cell);
        return ResultFormat::csvLine(fields).toUtf8();
    }

private:
    QLocale m_locale;
    QHash<qint64, QString> m_times;
};

const QByteArray bom("\xEF\xBB\xBF");

// Rows written against rows there are, told to a Progress every few thousand rows.
class Rows {
public:
    Rows(const Spreadsheets::Progress& progress, qint64 total)
        : m_progress(progress)
        , m_total(total)
    {}
    // One more row; false when the progress cancels.
    bool next()
    {
        ++m_done;
        if (!m_progress || m_done % 20000 != 0)
            return true;
        m_cancelled = !m_progress(m_done, m_total);
        return !m_cancelled;
    }
    void finish()
    {
        if (m_progress && !m_cancelled)
            m_progress(m_total, m_total);
    }
    bool cancelled() const { return m_cancelled; }

private:
    const Spreadsheets::Progress& m_progress;
    qint64 m_total;
    qint64 m_done = 0;
    bool m_cancelled = false;
};

} // namespace

namespace {

// The table as CSV into `out`, a few thousand rows at a time: a table of a million rows is
// never held twice.
bool writeCsvTo(QIODevice& out, const Table& table, QString* why, Rows& rows)
{
    QByteArray chunk = bom + ResultFormat::csvLine(table.headers).toUtf8();
    CsvCells cells;
    std::vector<Cell> row;
    for (size_t i = 0; i < table.rowCount; ++i) {
        table.fill(i, row);
        chunk += cells.row(row);
        if (!rows.next())
            return false;
        if (chunk.size() > (1 << 20)) {
            if (!SafeFile::writeAll(out, chunk, why))
                return false;
            chunk.clear();
        }
    }
    return SafeFile::writeAll(out, chunk, why);
}

// The table into the staged file of `target` (shown as `path` in messages).
bool writeStaged(const StagedFile& target, const QString& path, const Table& table, QString* error, Rows& rows)
{
    QFile file(target.stagedPath());
    QString why;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !writeCsvTo(file, table, &why, rows) ||
        !file.flush()) {
        if (rows.cancelled())
            return false;
        *error = SafeFile::cannotWrite(path, why.isEmpty() ? file.errorString() : why);
        return false;
    }
    file.close();
    return true;
}

// libxlsxwriter writes each sheet into a temporary file before the workbook, and does not say
// when that file could not be written whole (a full disk where the temporary files go): the
// workbook is read back, and each of its `sheets` must end as a sheet ends.
bool sheetsComplete(const QString& path, int sheets, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    const QByteArray bytes = file.readAll();
    ZipEntries zip(bytes, QFileInfo(path).fileName());
    if (!zip.openError().isEmpty()) {
        *why = zip.openError();
        return false;
    }
    for (int i = 1; i <= sheets; ++i) {
        const std::unique_ptr<ZipEntry> entry = zip.open(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i), why);
        if (!entry)
            return false;
        QByteArray tail;
        char buffer[1 << 16];
        qint64 n = 0;
        while ((n = entry->read(buffer, sizeof buffer)) > 0)
            tail = (tail + QByteArray(buffer, qsizetype(n))).right(64);
        if (!entry->problem().isEmpty()) {
            *why = entry->problem();
            return false;
        }
        if (!tail.trimmed().endsWith("</worksheet>")) {
            *why = Spreadsheets::tr("a sheet could not be written whole (is the disk full?)");
            return false;
        }
    }
    return true;
}

} // namespace

bool Spreadsheets::writeXlsx(const QString& path, const std::vector<Table>& tables, QString* error,
                             const Progress& progress, bool* cancelled)
{
    qint64 total = 0;
    for (const Table& table : tables)
        total += qint64(table.rowCount);
    Rows rows(progress, total);
    // libxlsxwriter writes the file itself, by its name: a staged one. Rows go out as they
    // are written (constant memory), so a million scores take little memory.
    StagedFile staged(path);
    if (!staged.prepare(error))
        return false;
    const QByteArray stagedName = QFile::encodeName(staged.stagedPath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* book = workbook_new_opt(stagedName.constData(), &options);
    if (!book) {
        *error = SafeFile::cannotWrite(path, QString());
        return false;
    }
    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    format_set_bg_color(header, 0xEEF3FA);
    lxw_format* time = workbook_add_format(book);
    format_set_num_format(time, "yyyy-mm-dd hh:mm:ss");
    std::map<int, lxw_format*> numbers;
    const auto numberFormat = [&](int decimals) {
        auto it = numbers.find(decimals);
        if (it != numbers.end())
            return it->second;
        lxw_format* f = workbook_add_format(book);
        const QByteArray code = decimals > 0 ? "#,##0." + QByteArray(decimals, '0') : QByteArray("#,##0");
        format_set_num_format(f, code.constData());
        return numbers.emplace(decimals, f).first->second;
    };
    lxw_error failed = LXW_NO_ERROR;
    int written = 0;
    for (const Table& table : tables) {
        const size_t sheets = std::max<size_t>(1, (table.rowCount + maxSheetRows - 1) / maxSheetRows);
        for (size_t part = 0; part < sheets && failed == LXW_NO_ERROR; ++part) {
            const QString name = sheets == 1 ? table.name : QStringLiteral("%1 (%2)").arg(table.name).arg(part + 1);
            const QByteArray sheetName = name.left(31).toUtf8();
            lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName.constData());
            if (!sheet) {
                failed = LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
                break;
            }
            ++written;
            for (int col = 0; col < table.headers.size(); ++col) {
                const double width = col < int(table.widths.size()) ? table.widths[size_t(col)] : 12;
                worksheet_set_column(sheet, lxw_col_t(col), lxw_col_t(col), width, nullptr);
            }
            worksheet_freeze_panes(sheet, 1, 0);
            for (int col = 0; col < table.headers.size() && failed == LXW_NO_ERROR; ++col) {
                const QByteArray text = table.headers.at(col).toUtf8();
                failed = worksheet_write_string(sheet, 0, lxw_col_t(col), text.constData(), header);
            }
            // A column's text repeats down the rows (a jury, a juror, a criterion), shared
            // between them: turned into UTF-8 once per run of the same text.
            std::vector<std::pair<QString, QByteArray>> repeated(size_t(table.headers.size()));
            const size_t first = part * size_t(maxSheetRows);
            const size_t last = std::min(table.rowCount, first + size_t(maxSheetRows));
            std::vector<Cell> cells;
            for (size_t r = first; r < last && failed == LXW_NO_ERROR && !rows.cancelled(); ++r) {
                const lxw_row_t row = lxw_row_t(r - first + 1);
                table.fill(r, cells);
                rows.next();
                for (size_t col = 0; col < cells.size() && failed == LXW_NO_ERROR; ++col) {
                    const Cell& cell = cells[col];
                    if (cell.number) {
                        failed = worksheet_write_number(sheet, row, lxw_col_t(col), *cell.number,
                                                        numberFormat(cell.decimals));
                    } else if (cell.time.isValid()) {
                        const QDate d = cell.time.date();
                        const QTime t = cell.time.time();
                        lxw_datetime at{d.year(), d.month(), d.day(), t.hour(), t.minute(), double(t.second())};
                        failed = worksheet_write_datetime(sheet, row, lxw_col_t(col), &at, time);
                    } else if (!cell.text.isEmpty()) {
                        if (col >= repeated.size())
                            repeated.resize(col + 1);
                        auto& [text, utf8] = repeated[col];
                        if (!cell.text.isSharedWith(text) && cell.text != text) {
                            text = cell.text;
                            utf8 = text.toUtf8();
                        }
                        failed = worksheet_write_string(sheet, row, lxw_col_t(col), utf8.constData(), nullptr);
                    }
                }
            }
        }
    }
    const lxw_error closed = workbook_close(book);
    if (rows.cancelled()) {
        if (cancelled)
            *cancelled = true;
        return false; // the staged file goes with `staged`
    }
    if (failed == LXW_NO_ERROR)
        failed = closed;
    if (failed != LXW_NO_ERROR) {
        *error = SafeFile::cannotWrite(path, QString::fromUtf8(lxw_strerror(failed)));
        return false;
    }
    QString why;
    if (!sheetsComplete(staged.stagedPath(), written, &why)) {
        *error = SafeFile::cannotWrite(path, why);
        return false;
    }
    rows.finish();
    return staged.commit(error);
}

bool Spreadsheets::isSpreadsheet(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv");
}

std::optional<IssuedDocument> Spreadsheets::issuedDocument(const QString& path)
{
    if (QFileInfo(path).suffix().toLower() == QLatin1String("xlsx"))
        return IssuedDocument::Workbook;
    return std::nullopt;
}

QString Spreadsheets::scoresCsvPath(const QString& rankingCsvPath)
{
    const QFileInfo ranking(rankingCsvPath);
    //: Added to the name of a ranking written as CSV for the file of the scores beside it:
    //: « resultats.csv » → « resultats-notes.csv ».
    const QString name = ranking.completeBaseName() + QLatin1Char('-') + tr("scores") + QStringLiteral(".csv");
    return ranking.path() == QLatin1String(".") && !rankingCsvPath.startsWith(QLatin1String("./"))
               ? name
               : QDir(ranking.path()).filePath(name);
}

Spreadsheets::Written Spreadsheets::writeResults(const QString& path, const Campaign& campaign,
                                                 const Evaluation& evaluation, Audience audience,
                                                 const Progress& progress)
{
    Written out;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const Table ranking = Tables::ranking(campaign, evaluation);
    const Table scores = Tables::scores(campaign, audience);
    if (suffix == QLatin1String("xlsx")) {
        const Table about = Tables::about(campaign, audience, QDateTime::currentDateTime());
        if (writeXlsx(path, {ranking, scores, about}, &out.error, progress, &out.cancelled))
            out.files.push_back(path);
        return out;
    }
    if (suffix != QLatin1String("csv")) {
        out.error = tr("%1: results are written as .xlsx or .csv.").arg(QDir::toNativeSeparators(path));
        return out;
    }
    // Both files staged, then both put in place: the ranking and its scores go together, or
    // neither replaces the files of an earlier export.
    const QString second = scoresCsvPath(path);
    StagedFile first(path), next(second);
    Rows rows(progress, qint64(ranking.rowCount + scores.rowCount));
    if (!first.prepare(&out.error) || !next.prepare(&out.error) ||
        !writeStaged(first, path, ranking, &out.error, rows) || !writeStaged(next, second, scores, &out.error, rows)) {
        out.cancelled = rows.cancelled();
        return out;
    }
    if (!next.commit(&out.error) || !first.commit(&out.error))
        return out;
    rows.finish();
    out.files = {path, second};
    return out;
}

} // namespace palmares::report
