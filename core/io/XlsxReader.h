// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/SheetReader.h"
#include "core/io/ZipEntries.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace palmares {

// Reads an XLSX workbook strictly, as a stream: its zip through ZipEntries, its XML
// with QXmlStreamReader, where any error (a document that ends before its last element)
// refuses the file. The sheet's table is built from the cells present (SheetBuilder),
// whatever range the sheet declares. Dates are the numbers whose cell style shows one
// (xl/styles.xml); formulas give the result the file holds.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    // `bytes` (the whole file) must outlive the reader; `fileName` names it in messages.
    XlsxReader(const QByteArray& bytes, const QString& fileName);

    std::optional<QStringList> sheetNames(QString* error);
    // `sheet` empty: the first one.
    std::optional<SheetTable> read(const QString& sheet, QString* error, const Progress& progress = {});

private:
    struct Sheet {
        QString name;
        QString part; // its XML entry in the zip
    };
    bool readWorkbook(QString* error);
    bool readSharedStrings(QString* error);
    bool readStyles(QString* error);
    std::optional<SheetTable> readSheet(const Sheet& sheet, QString* error, const Progress& progress);

    ZipEntries m_zip;
    QString m_fileName;
    std::vector<Sheet> m_sheets;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    bool m_date1904 = false; // serial dates from 1904-01-01 (old Mac workbooks)
    std::vector<QString> m_sharedStrings;
    std::vector<bool> m_dateStyles; // by cell style (the s attribute): whether it shows a date
};

} // namespace palmares
