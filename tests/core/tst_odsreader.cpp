// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SheetReader.h"

#include "tests/support/TestFiles.h"
#include "tests/support/ZipWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace palmares;

// ODS workbooks written here entry by entry (libzip): cells of every value type, the
// repeats LibreOffice writes to a sheet's last row and column, and damaged or hostile
// files, each read as its cells say or refused naming the file and what is wrong.
class TestOdsReader : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray content(const QByteArray& tables)
    {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
               "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
               "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
               "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
               "<office:body><office:spreadsheet>" +
               tables + "</office:spreadsheet></office:body></office:document-content>";
    }
    static QByteArray table(const QByteArray& name, const QByteArray& rows)
    {
        return "<table:table table:name=\"" + name +
               "\"><table:table-column table:number-columns-repeated=\"16384\"/>" + rows + "</table:table>";
    }
    static QByteArray text(const QByteArray& t)
    {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + t + "</text:p></table:table-cell>";
    }
    // A header row ("Nom"), then `cells` as row 2.
    static QByteArray withHeader(const QByteArray& cells)
    {
        return content(table("Feuille1", "<table:table-row>" + text("Nom") + "</table:table-row><table:table-row>" +
                                             cells + "</table:table-row>"));
    }
    static QByteArray numberedRows(int count)
    {
        QByteArray rows = "<table:table-row>" + text("Ligne") + "</table:table-row>";
        for (int i = 2; i <= count; ++i)
            rows += "<table:table-row>" + text("Ligne " + QByteArray::number(i)) + "</table:table-row>";
        return rows;
    }
    QString writeOds(const QString& name, const QByteArray& contentXml, bool storeContent = false)
    {
        const QString path = m_dir.filePath(name);
        const std::vector<test::ZipItem> items{
            {QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", true},
            {QStringLiteral("content.xml"), contentXml, storeContent},
        };
        if (!test::writeZip(path, items))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void cellsAreReadAsTheirValue_data()
    {
        QTest::addColumn<QByteArray>("cells");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a string's paragraphs, spaces, tabs and spans; not its annotation")
            << QByteArray("<table:table-cell office:value-type=\"string\"><office:annotation><text:p>note</text:p>"
                          "</office:annotation><text:p>Atelier<text:s text:c=\"3\"/>du <text:span>port</text:span>"
                          "</text:p><text:p>quai<text:tab/>2</text:p></table:table-cell>")
            << QStringList{QStringLiteral("Atelier   du port\nquai\t2")};
        QTest::newRow("numbers, percentages and currencies as numbers with a point")
            << QByteArray("<table:table-cell office:value-type=\"float\" office:value=\"420.5\"><text:p>420,5</text:p>"
                          "</table:table-cell><table:table-cell office:value-type=\"percentage\" "
                          "office:value=\"0.25\"><text:p>25 %</text:p></table:table-cell><table:table-cell "
                          "office:value-type=\"currency\" office:value=\"81234567800013\"/>")
            << QStringList{QStringLiteral("420.5"), QStringLiteral("0.25"), QStringLiteral("81234567800013")};
        QTest::newRow("dates as ISO dates, booleans as 1 and 0")
            << QByteArray("<table:table-cell office:value-type=\"date\" office:date-value=\"2027-03-01\"><text:p>01/03/"
                          "27</text:p></table:table-cell><table:table-cell office:value-type=\"date\" "
                          "office:date-value=\"2027-03-01T08:30:00\"/><table:table-cell "
                          "office:value-type=\"boolean\" office:boolean-value=\"true\"/><table:table-cell "
                          "office:value-type=\"boolean\" office:boolean-value=\"false\"/>")
            << QStringList{QStringLiteral("2027-03-01"), QStringLiteral("2027-03-01T08:30:00"), QStringLiteral("1"),
                           QStringLiteral("0")};
        QTest::newRow("a repeated cell is as many cells, a covered cell takes its column")
            << QByteArray("<table:table-cell table:number-columns-repeated=\"2\"/><table:table-cell "
                          "table:number-columns-repeated=\"3\" office:value-type=\"string\"><text:p>x</text:p>"
                          "</table:table-cell><table:covered-table-cell/>") +
                   text("fin")
            << QStringList{QString(),           QString(), QStringLiteral("x"),  QStringLiteral("x"),
                           QStringLiteral("x"), QString(), QStringLiteral("fin")};
    }
    void cellsAreReadAsTheirValue()
    {
        QFETCH(QByteArray, cells);
        QFETCH(QStringList, expected);
        const QString path = writeOds(QStringLiteral("cellules.ods"), withHeader(cells));
        QString error;
        const auto t = SheetReader::read(path, QString(), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->headers, QStringList{QStringLiteral("Nom")});
        QCOMPARE(t->size(), 1);
        QCOMPARE(t->rows[0], expected);
        QCOMPARE(t->rowNumbers, std::vector<int>{2});
    }

    void repeatedEmptyCellsAndRowsCostNothing()
    {
        // As LibreOffice writes a sheet to its last column and row, and as a hostile file
        // repeats empty cells a billion times.
        const QByteArray rows = "<table:table-row>" + text("Nom") +
                                "<table:table-cell table:number-columns-repeated=\"1000000000\"/></table:table-row>"
                                "<table:table-row table:number-rows-repeated=\"5\"><table:table-cell "
                                "table:number-columns-repeated=\"16384\"/></table:table-row><table:table-row>" +
                                text("Atelier") +
                                "<table:table-cell table:number-columns-repeated=\"16383\"/></table:table-row>"
                                "<table:table-row table:number-rows-repeated=\"1000000000\"><table:table-cell "
                                "table:number-columns-repeated=\"1000000000\"/></table:table-row>";
        const QString path = writeOds(QStringLiteral("repetitions.ods"), content(table("Feuille1", rows)));
        QString error;
        const auto t = SheetReader::read(path, QString(), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->headers, QStringList{QStringLiteral("Nom")});
        QCOMPARE(t->rows, std::vector<QStringList>{QStringList{QStringLiteral("Atelier")}});
        QCOMPARE(t->rowNumbers, std::vector<int>{7});
    }

    void damagedOrHostileSheetsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("contentXml");
        QTest::addColumn<QStringList>("reason");
        const QByteArray full = content(table("Feuille1", numberedRows(100)));
        QTest::newRow("a sheet cut after row 50 of 100")
            << full.left(full.indexOf("Ligne 51") - 60)
            << QStringList{QStringLiteral("sheet \"Feuille1\", after row 50"), QStringLiteral("damaged or incomplete")};
        QTest::newRow("a repeated cell past column XFD")
            << withHeader("<table:table-cell table:number-columns-repeated=\"20000\" office:value-type=\"float\" "
                          "office:value=\"1\"/>")
            << QStringList{QStringLiteral("row 2"), QStringLiteral("more than 16384 columns")};
        QTest::newRow("a repeated row past row 1048576")
            << content(table("Feuille1", "<table:table-row>" + text("Nom") +
                                             "</table:table-row><table:table-row "
                                             "table:number-rows-repeated=\"1048570\"/><table:table-row "
                                             "table:number-rows-repeated=\"10\">" +
                                             text("x") + "</table:table-row>"))
            << QStringList{QStringLiteral("row 1048577"), QStringLiteral("beyond row 1048576")};
        QTest::newRow("a cell of a billion spaces")
            << withHeader("<table:table-cell office:value-type=\"string\"><text:p>a<text:s "
                          "text:c=\"1000000000\"/></text:p></table:table-cell>")
            << QStringList{QStringLiteral("cell A2"), QStringLiteral("more than 32767 characters")};
    }
    void damagedOrHostileSheetsAreRefused()
    {
        QFETCH(QByteArray, contentXml);
        QFETCH(QStringList, reason);
        const QString path = writeOds(QStringLiteral("hostile.ods"), contentXml);
        QString error;
        QVERIFY(!SheetReader::read(path, QString(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("hostile.ods")), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        for (const QString& r : reason)
            QVERIFY2(error.contains(r), qPrintable(error));
    }

    void contentWhoseCrcDoesNotMatchIsRefused()
    {
        const QString path = writeOds(QStringLiteral("crc.ods"), content(table("Feuille1", numberedRows(100))), true);
        QByteArray bytes = test::readBytes(path);
        const qsizetype at = bytes.indexOf("Ligne 42");
        QVERIFY(at > 0);
        bytes[at] = 'l';
        QVERIFY(test::writeBytes(path, bytes));
        QString error;
        QVERIFY(!SheetReader::read(path, QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("crc.ods is damaged or incomplete")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("content.xml: CRC")), qPrintable(error));
    }

    void aZipWithoutContentIsNoWorkbook()
    {
        const QString path = m_dir.filePath(QStringLiteral("vide.ods"));
        QVERIFY(test::writeZip(path,
                               {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", true}}));
        QString error;
        QVERIFY(!SheetReader::read(path, QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("vide.ods is not a readable ODS workbook")), qPrintable(error));
    }

    void sheetsAreNamedAndChosen()
    {
        const QString path =
            writeOds(QStringLiteral("deux.ods"),
                     content(table("Notice", "<table:table-row>" + text("Lire d'abord") + "</table:table-row>") +
                             table("Candidats", "<table:table-row table:number-rows-repeated=\"2\"/><table:table-row>" +
                                                    text("Nom") + "</table:table-row><table:table-row>" +
                                                    text("Atelier") + "</table:table-row>")));
        QString error;
        const auto names = SheetReader::sheetNames(path, &error);
        QVERIFY2(names, qPrintable(error));
        QCOMPARE(*names, (QStringList{QStringLiteral("Notice"), QStringLiteral("Candidats")}));
        const auto first = SheetReader::read(path, QString(), &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->sheet, QStringLiteral("Notice"));
        const auto chosen = SheetReader::read(path, QStringLiteral("Candidats"), &error);
        QVERIFY2(chosen, qPrintable(error));
        QCOMPARE(chosen->headerRow, 3);
        QCOMPARE(chosen->rows[0], QStringList{QStringLiteral("Atelier")});
        QCOMPARE(chosen->rowNumbers, std::vector<int>{4});
        QVERIFY(!SheetReader::read(path, QStringLiteral("Jurés"), &error));
        QVERIFY2(error.contains(QStringLiteral("\"Jurés\"")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestOdsReader)
#include "tst_odsreader.moc"
