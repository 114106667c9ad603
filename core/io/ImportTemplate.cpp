// SPDX-License-Identifier: GPL-3.0-or-later
// Import::writeTemplate: an empty spreadsheet with the French headers of a kind of import,
// as CSV or XLSX (libxlsxwriter), each written whole or not at all (core/files/SafeFile).
#include "core/io/Import.h"

#include "core/files/SafeFile.h"
#include "core/io/ResultFormat.h"

#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

#include <algorithm>

namespace palmares {

bool Import::writeTemplate(const QString& path, ImportKind kind, const Campaign& campaign, bool wide, QString* error)
{
    QStringList headers;
    for (const ImportField& f : fields(kind, campaign)) {
        if (kind == ImportKind::Scores) {
            const bool criterionColumn = f.criterionId != 0;
            const bool longOnly = f.key == QLatin1String("criterion") || f.key == QLatin1String("value");
            if ((wide && longOnly) || (!wide && criterionColumn))
                continue;
        }
        headers << f.header;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return SafeFile::write(path, QByteArray("\xEF\xBB\xBF") + ResultFormat::csvLine(headers).toUtf8(), error);
    if (suffix != QLatin1String("xlsx")) {
        *error = tr("A template is written as .csv or .xlsx, not \"%1\".").arg(QFileInfo(path).fileName());
        return false;
    }
    // libxlsxwriter writes the file itself, by its name: a staged one.
    StagedFile staged(path);
    if (!staged.prepare(error))
        return false;
    lxw_workbook* book = workbook_new(QFile::encodeName(staged.stagedPath()).constData());
    if (!book) {
        *error = SafeFile::cannotWrite(path, QString());
        return false;
    }
    const QByteArray sheetName = kindName(kind).left(31).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName.constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_text_wrap(bold);
    for (int col = 0; col < headers.size(); ++col) {
        const QByteArray text = headers.at(col).toUtf8();
        worksheet_write_string(sheet, 0, lxw_col_t(col), text.constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(col), lxw_col_t(col), std::max(12.0, double(headers.at(col).size()) + 2),
                             nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        *error = SafeFile::cannotWrite(path, QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return staged.commit(error);
}

} // namespace palmares
