// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/SheetReader.h"
#include "core/io/ZipEntries.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace palmares {

class SheetBuilder;

// Reads an ODS workbook strictly, as a stream, like XlsxReader: content.xml through
// ZipEntries and QXmlStreamReader, read to its end (a cut file is refused). Repeated
// empty cells and rows (table:number-columns-repeated, number-rows-repeated, which
// LibreOffice writes to the sheet's last column and row) cost nothing; a repeated
// non-empty cell is as many cells, within a sheet's limits. A cell's value comes from
// its office:value-type (a number, an ISO date, a boolean), else from its paragraphs.
class OdsReader {
    Q_DECLARE_TR_FUNCTIONS(OdsReader)
public:
    // `bytes` (the whole file) must outlive the reader; `fileName` names it in messages.
    OdsReader(const QByteArray& bytes, const QString& fileName);

    std::optional<QStringList> sheetNames(QString* error);
    // `sheet` empty: the first one.
    std::optional<SheetTable> read(const QString& sheet, QString* error, const Progress& progress = {});

private:
    // Reads content.xml to its end: the names of its sheets into `names` and, with a
    // `builder`, the cells of the sheet `sheet` (empty: the first) into it.
    bool readContent(const QString& sheet, QStringList* names, std::optional<SheetBuilder>* builder, QString* error,
                     const Progress& progress);

    ZipEntries m_zip;
    QString m_fileName;
};

} // namespace palmares
