// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target over the spreadsheet readers (docs/reliability.md, scripts/fuzz.sh): the
// first byte of an input picks CSV (read from memory), XLSX or ODS (written to a file, as the
// readers take a path); the rest is the file. Any input must be read or refused with a
// reason: never a crash, a hang, or a table that breaks the stated limits.
#include "core/io/CsvSplitter.h"
#include "core/io/SheetReader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace palmares;

namespace {

void check(const std::optional<SheetTable>& table, const QString& error)
{
    if (!table) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return;
    }
    if (table->rows.size() != table->rowNumbers.size() || qint64(table->rows.size()) > SheetReader::maxRows)
        std::abort();
    for (const QStringList& row : table->rows) {
        if (row.size() > CsvSplitter::maxColumns)
            std::abort();
        for (const QString& cell : row) {
            if (cell.size() > CsvSplitter::maxCellChars)
                std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    static int argc = 1;
    static char name[] = "fuzz_sheetreader";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    QString error;
    switch (data[0] % 3) {
    case 0:
        check(SheetReader::readCsv(bytes, QStringLiteral("fuzz.csv"), &error), error);
        break;
    default: {
        const QString path =
            QDir::temp().filePath(QStringLiteral("palmares-fuzz-%1.%2")
                                      .arg(QCoreApplication::applicationPid())
                                      .arg(data[0] % 3 == 1 ? QStringLiteral("xlsx") : QStringLiteral("ods")));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return 0;
        file.close();
        check(SheetReader::read(path, QString(), &error), error);
        QFile::remove(path);
        break;
    }
    }
    return 0;
}
