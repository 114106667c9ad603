// SPDX-License-Identifier: GPL-3.0-or-later
// Import::writeTemplate: an empty spreadsheet with the French headers of a kind of import,
// as CSV (QSaveFile) or XLSX (libxlsxwriter).
#include "core/io/Import.h"

#include "core/io/ResultFormat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>

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
    if (suffix == QLatin1String("csv")) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        file.write(QByteArray("\xEF\xBB\xBF") + ResultFormat::csvLine(headers).toUtf8());
        if (!file.commit()) {
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        return true;
    }
    if (suffix != QLatin1String("xlsx")) {
        *error = tr("A template is written as .csv or .xlsx, not \"%1\".").arg(QFileInfo(path).fileName());
        return false;
    }
    // libxlsxwriter writes the file itself: into a temporary name in the same folder,
    // renamed over `path` once complete.
    const QFileInfo info(path);
    const QString temporary = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".part");
    QFile::remove(temporary);
    const QByteArray nativeTemp = QFile::encodeName(temporary);
    lxw_workbook* book = workbook_new(nativeTemp.constData());
    if (!book) {
        *error = tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path));
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
        QFile::remove(temporary);
        *error =
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    if (std::rename(nativeTemp.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        *error = tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace palmares
