// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SheetReader.h"

#include "core/io/CsvSplitter.h"
#include "tests/support/TestFiles.h"

#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace palmares;

// CSV in every separator and encoding a French spreadsheet produces, and workbooks
// written by LibreOffice (tests/data/import) and by libxlsxwriter, read into tables.
class TestSheetReader : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeBytes(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    static QString data(const char* name)
    {
        return QStringLiteral(PALMARES_TEST_DATA "/import/") + QString::fromLatin1(name);
    }

private slots:
    void separatorsAreDetected_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("semicolon") << QByteArray("Nom;Surface;Usage\nA;12,5;atelier\nB;30;bureau\n") << QChar(u';');
        QTest::newRow("comma") << QByteArray("Nom,Surface,Usage\nA,\"12,5\",atelier\nB,30,bureau\n") << QChar(u',');
        QTest::newRow("tab") << QByteArray("Nom\tSurface\tUsage\nA\t12,5\tatelier\nB\t30\tbureau\n") << QChar(u'\t');
        // Commas inside the cells of a ';' file do not fool the detection.
        QTest::newRow("semicolon with commas")
            << QByteArray("Nom;Surface;Usage\nA, B;12,5;atelier, bureau\nC;30,0;bureau\n") << QChar(u';');
    }
    void separatorsAreDetected()
    {
        QFETCH(QByteArray, text);
        QFETCH(QChar, separator);
        QString error;
        const auto t = SheetReader::readCsv(text, QStringLiteral("f.csv"), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->separator, separator);
        QCOMPARE(t->headers, (QStringList{QStringLiteral("Nom"), QStringLiteral("Surface"), QStringLiteral("Usage")}));
        QCOMPARE(t->size(), 2);
        QCOMPARE(t->rows[0].size(), 3);
        QCOMPARE(t->rows[1].at(2), QStringLiteral("bureau"));
    }

    void encodingsAreDetected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("Raison sociale;Ville\nCafé « Cœur » – 10 €;Besançon\n");
        QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 with BOM") << (QByteArray("\xEF\xBB\xBF") + text.toUtf8()) << QStringLiteral("UTF-8");
        // Windows-1252: Œ is 0x8C, – 0x96 and € 0x80, which ISO-8859-1 does not have.
        QTest::newRow("windows-1252") << QByteArray("Raison sociale;Ville\nCaf\xE9 \xAB C\x9C"
                                                    "ur \xBB \x96 10 \x80;Besan\xE7on\n")
                                      << QStringLiteral("Windows-1252");
    }
    void encodingsAreDetected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        QString error;
        const auto t = SheetReader::readCsv(bytes, QStringLiteral("f.csv"), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->encoding, encoding);
        QCOMPARE(t->headers.first(), QStringLiteral("Raison sociale")); // no BOM left in the first header
        QCOMPARE(t->rows[0].at(0), QStringLiteral("Café « Cœur » – 10 €"));
        QCOMPARE(t->rows[0].at(1), QStringLiteral("Besançon"));
    }

    void quotedFieldsKeepNewlinesAndQuotes()
    {
        const QByteArray text =
            "Nom;Description;Surface\r\n"
            "\"Brasserie \"\"L'Œil\"\"\";\"Première ligne\r\nseconde ligne; avec un point-virgule\";420,5\r\n"
            "Atelier;\"\";80\r\n"
            "\r\n"
            "Recyclerie;Simple;1200\r\n";
        QString error;
        const auto t = SheetReader::readCsv(text, QStringLiteral("f.csv"), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->size(), 3);
        QCOMPARE(t->rows[0].at(0), QStringLiteral("Brasserie \"L'Œil\""));
        QCOMPARE(t->rows[0].at(1), QStringLiteral("Première ligne\nseconde ligne; avec un point-virgule"));
        QCOMPARE(t->rows[0].at(2), QStringLiteral("420,5"));
        QCOMPARE(t->rows[1].at(1), QString());
        // Rows are numbered by the line they start on: the quoted line break counts, the blank line is skipped.
        QCOMPARE(t->rowNumbers, (std::vector<int>{2, 4, 6}));
    }

    // A quote never closed would swallow the rest of the file into one cell: refused,
    // naming the line where it opened.
    void anUnclosedQuoteIsRefusedNamingItsLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("in a description, rows after it")
            << QByteArray("Nom;Description;Surface\nA;Simple;10\nB;\"Un atelier ouvert;20\nC;x;30\nD;y;40\n") << 3;
        QTest::newRow("after a quoted line break")
            << QByteArray("Nom;Description\nA;\"deux\nlignes\"\nB;\"jamais fermée\n") << 4;
        QTest::newRow("in the header row") << QByteArray("Nom;\"Description\nA;b\n") << 1;
    }
    void anUnclosedQuoteIsRefusedNamingItsLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QString error;
        const auto t = SheetReader::readCsv(text, QStringLiteral("candidatures.csv"), &error);
        QVERIFY2(!t, "a file with an unclosed quote was read");
        QVERIFY2(error.startsWith(QStringLiteral("candidatures.csv, line %1: a quote").arg(line)), qPrintable(error));
    }

    // Text no spreadsheet writes is refused before it costs time and memory, naming the
    // line and the column: a cell longer than a spreadsheet cell may be, a row wider than
    // a sheet (a 10 MB file on one line).
    void aCellOrARowBeyondASpreadsheetsLimitsIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        const QByteArray longCell(CsvSplitter::maxCellChars + 1, 'a');
        QTest::newRow("a cell one character too long")
            << QByteArray("Nom;Description\nA;b\nB;" + longCell + "\n")
            << QStringLiteral("f.csv, line 3, column 2: a cell of more than 32767 characters");
        QTest::newRow("a quoted cell too long, over lines")
            << QByteArray("Nom;Description\nA;\"" + longCell.left(20000) + "\n" + longCell.left(20000) + "\"\n")
            << QStringLiteral("f.csv, line 2, column 2: a cell of more than 32767 characters");
        QByteArray wide("Nom");
        for (int i = 0; i < CsvSplitter::maxColumns; ++i)
            wide += ";x";
        QTest::newRow("a header row of 16385 columns")
            << QByteArray(wide + "\nA;b\n") << QStringLiteral("f.csv, line 1: more than 16384 columns");
        QByteArray oneLine;
        for (int i = 0; i < 1000000; ++i)
            oneLine += "0123456789;";
        QTest::newRow("a 10 MB file on one line")
            << oneLine << QStringLiteral("f.csv, line 1: more than 16384 columns");
    }
    void aCellOrARowBeyondASpreadsheetsLimitsIsRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QString error;
        const auto t = SheetReader::readCsv(text, QStringLiteral("f.csv"), &error);
        QVERIFY2(!t, "read beyond the limits");
        QVERIFY2(error.startsWith(expected), qPrintable(error));
        QVERIFY2(error.size() < 300, "the message is one short line");
    }
    void aCellAtTheLimitIsRead()
    {
        const QByteArray cell(CsvSplitter::maxCellChars, 'a');
        QByteArray wide("Nom");
        for (int i = 1; i < CsvSplitter::maxColumns; ++i)
            wide += ";x";
        QString error;
        const auto t = SheetReader::readCsv(wide + "\n" + cell + "\n", QStringLiteral("f.csv"), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->headers.size(), CsvSplitter::maxColumns);
        QCOMPARE(t->rows[0].at(0).size(), CsvSplitter::maxCellChars);
    }

    void extraCellsAndTrailingSeparatorsAreKept()
    {
        const QByteArray text = "A;B;\n1;2;\n3;4;5;6\n";
        QString error;
        const auto t = SheetReader::readCsv(text, QStringLiteral("f.csv"), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->headers, (QStringList{QStringLiteral("A"), QStringLiteral("B")})); // the empty last header goes
        QCOMPARE(t->rows[1],
                 (QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}));
    }

    void libreOfficeFilesGiveTheSameTable()
    {
        QString error;
        const auto csv = SheetReader::read(data("candidats-fr.csv"), QString(), &error);
        QVERIFY2(csv, qPrintable(error));
        QCOMPARE(csv->encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(csv->separator, QChar(u';'));
        const auto xlsx = SheetReader::read(data("candidats.xlsx"), QString(), &error);
        QVERIFY2(xlsx, qPrintable(error));
        const auto ods = SheetReader::read(data("candidats.ods"), QString(), &error);
        QVERIFY2(ods, qPrintable(error));
        QCOMPARE(xlsx->headers, csv->headers);
        QCOMPARE(ods->headers, csv->headers);
        QCOMPARE(csv->headers.at(10), QStringLiteral("Surface demandée (m²)"));
        QCOMPARE(xlsx->size(), 7);
        QCOMPARE(ods->size(), 7);
        QCOMPARE(csv->size(), 7);
        QCOMPARE(xlsx->sheet, QStringLiteral("source"));
        for (const SheetTable* t : {&*csv, &*xlsx, &*ods}) {
            QCOMPARE(t->rows[0].at(0), QStringLiteral("Brasserie de l'Œil Vif"));
            QCOMPARE(t->rows[0].at(1), QStringLiteral("81234567800013")); // text, not 8.12E+13
            QCOMPARE(t->rowNumbers.front(), 2);
        }
        // A number is written with a point by the workbooks, as shown by the French CSV.
        QCOMPARE(xlsx->rows[0].at(10), QStringLiteral("420.5"));
        QCOMPARE(ods->rows[0].at(10), QStringLiteral("420.5"));
        QCOMPARE(csv->rows[0].at(10), QStringLiteral("420,5"));
        // A date cell of the workbook comes out as an ISO date.
        QCOMPARE(xlsx->rows[0].at(13), QStringLiteral("2027-03-01"));
        QCOMPARE(csv->rows[0].at(13), QStringLiteral("01/03/27"));
        // The audit log names the file read by its SHA-256, of the bytes as they are.
        QCOMPARE(csv->sha256, QString::fromLatin1(test::fingerprint(data("candidats-fr.csv"))));
        QCOMPARE(xlsx->sha256, QString::fromLatin1(test::fingerprint(data("candidats.xlsx"))));
        QCOMPARE(ods->sha256, QString::fromLatin1(test::fingerprint(data("candidats.ods"))));
    }

    // Cells repeated down a column are shared while read; a column of ever new texts
    // (more than the reader shares) must still come out cell by cell.
    void longColumnsKeepEveryCell()
    {
        QByteArray text = "Ligne;Jury;Commentaire\n";
        const int rows = 70000;
        for (int i = 0; i < rows; ++i)
            text += "r" + QByteArray::number(i) + ";Jury " + QByteArray::number(i % 7) + ";\"dit \"\"" +
                    QByteArray::number(i % 3) + "\"\"\"\n";
        QString error;
        const auto t = SheetReader::readCsv(text, QStringLiteral("long.csv"), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->size(), rows);
        for (int i : {0, 1, 65535, 65536, 65537, rows - 1}) {
            const QStringList& row = t->rows[size_t(i)];
            QCOMPARE(row.at(0), QStringLiteral("r%1").arg(i));
            QCOMPARE(row.at(1), QStringLiteral("Jury %1").arg(i % 7));
            QCOMPARE(row.at(2), QStringLiteral("dit \"%1\"").arg(i % 3));
            QCOMPARE(t->rowNumbers[size_t(i)], i + 2);
        }
    }

    void aChosenSheetIsRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("two-sheets.xlsx"));
        lxw_workbook* book = workbook_new(QFile::encodeName(path).constData());
        lxw_worksheet* notice = workbook_add_worksheet(book, "Notice");
        worksheet_write_string(notice, 0, 0, "Remplir l'onglet Candidats", nullptr);
        lxw_worksheet* sheet = workbook_add_worksheet(book, "Candidats");
        lxw_format* date = workbook_add_format(book);
        format_set_num_format(date, "dd/mm/yyyy");
        worksheet_write_string(sheet, 2, 0, "Raison sociale", nullptr); // headers on row 3
        worksheet_write_string(sheet, 2, 1, "Surface", nullptr);
        worksheet_write_string(sheet, 2, 2, "Dépôt", nullptr);
        worksheet_write_string(sheet, 3, 0, "Atelier", nullptr);
        worksheet_write_number(sheet, 3, 1, 80.25, nullptr);
        lxw_datetime when{2027, 1, 15, 0, 0, 0};
        worksheet_write_datetime(sheet, 3, 2, &when, date);
        lxw_format* builtInDate = workbook_add_format(book); // 14: a date format with no format string
        format_set_num_format_index(builtInDate, 14);
        worksheet_write_string(sheet, 2, 3, "Clôture", nullptr);
        lxw_datetime closing{2027, 2, 28, 0, 0, 0};
        worksheet_write_datetime(sheet, 3, 3, &closing, builtInDate);
        worksheet_write_formula_num(sheet, 4, 0, "=\"Bu\"&\"reau\"", nullptr, 0);
        worksheet_write_formula_num(sheet, 4, 1, "=B4*2", nullptr, 160.5);
        QCOMPARE(workbook_close(book), LXW_NO_ERROR);

        QString error;
        const auto names = SheetReader::sheetNames(path, &error);
        QVERIFY2(names, qPrintable(error));
        QCOMPARE(*names, (QStringList{QStringLiteral("Notice"), QStringLiteral("Candidats")}));
        const auto t = SheetReader::read(path, QStringLiteral("Candidats"), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->sheet, QStringLiteral("Candidats"));
        QCOMPARE(t->headerRow, 3);
        QCOMPARE(t->headers.at(2), QStringLiteral("Dépôt"));
        QCOMPARE(t->rows[0], (QStringList{QStringLiteral("Atelier"), QStringLiteral("80.25"),
                                          QStringLiteral("2027-01-15"), QStringLiteral("2027-02-28")}));
        QCOMPARE(t->rowNumbers, (std::vector<int>{4, 5}));
        QCOMPARE(t->rows[1].at(1), QStringLiteral("160.5")); // a formula gives its value
        QCOMPARE(SheetReader::read(path, QString(), &error)->sheet, QStringLiteral("Notice"));

        QVERIFY(!SheetReader::read(path, QStringLiteral("Jurés"), &error));
        QVERIFY2(error.contains(QStringLiteral("\"Jurés\"")), qPrintable(error));
        QCOMPARE(*SheetReader::sheetNames(data("candidats-fr.csv"), &error), QStringList{QString()});
    }

    void badFilesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QStringLiteral("vide.csv") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank lines") << QStringLiteral("blanc.csv") << QByteArray("\n;;\n\n")
                                     << QStringLiteral("empty");
        QTest::newRow("binary") << QStringLiteral("image.png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                << QStringLiteral("not a CSV, XLSX or ODS");
        QTest::newRow("truncated xlsx") << QStringLiteral("coupé.xlsx")
                                        << QByteArray("PK\x03\x04\x14\0\0\0\x08\0garbage that is no zip", 32)
                                        << QStringLiteral("not a readable XLSX");
    }
    void badFilesAreRefusedWithTheReason()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = write(name, bytes);
        QString error;
        QVERIFY(!SheetReader::read(path, QString(), &error));
        QVERIFY2(error.contains(name), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void aMissingFileIsNamed()
    {
        QString error;
        QVERIFY(!SheetReader::read(m_dir.filePath(QStringLiteral("absent.csv")), QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("absent.csv")), qPrintable(error));
    }

    void readingCanBeCancelled()
    {
        QByteArray text = "Nom;Surface\n";
        for (int i = 0; i < 20000; ++i)
            text += "Entreprise " + QByteArray::number(i) + ";" + QByteArray::number(i % 500 + 1) + "\n";
        int calls = 0;
        QString error;
        const auto t = SheetReader::readCsv(text, QStringLiteral("grand.csv"), &error, [&](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!t);
        QVERIFY(calls >= 2);
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        const auto whole =
            SheetReader::readCsv(text, QStringLiteral("grand.csv"), &error, [](qint64, qint64) { return true; });
        QVERIFY(whole);
        QCOMPARE(whole->size(), 20000);
    }
};

QTEST_GUILESS_MAIN(TestSheetReader)
#include "tst_sheetreader.moc"
