// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SheetReader.h"

#include "tests/support/TestFiles.h"
#include "tests/support/ZipWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace palmares;

// XLSX workbooks written here entry by entry (libzip), as exporters other than Excel and
// LibreOffice write them, and damaged or hostile ones: each is read as its cells say or
// refused with a message naming the file and what is wrong.
class TestXlsxReader : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray sheetXml(const QByteArray& rows)
    {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
               "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
               "<dimension ref=\"A1:XFD1048576\"/><sheetData>" +
               rows + "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\"/></worksheet>";
    }
    // A header row (A1 "Nom"), then `cells` as row 2.
    static QByteArray withHeader(const QByteArray& cells)
    {
        return sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nom</t></is></c></row><row r=\"2\">" + cells +
                        "</row>");
    }
    static QByteArray sharedStringsXml(const QByteArray& items)
    {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
               "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
               items + "</sst>";
    }

    // The zip entries of a one-sheet workbook ("Feuil1"); the sheet stored (not deflated)
    // with `storeSheet`.
    static std::vector<test::ZipItem> workbook(const QByteArray& sheet, const QByteArray& sharedStrings = {},
                                               const QByteArray& styles = {}, bool storeSheet = false)
    {
        const QByteArray rel = "<Relationship Id=\"%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                               "2006/relationships/%2\" Target=\"%3\"/>";
        QByteArray rels =
            QByteArray(rel).replace("%1", "rId1").replace("%2", "worksheet").replace("%3", "worksheets/sheet1.xml");
        if (!sharedStrings.isEmpty())
            rels +=
                QByteArray(rel).replace("%1", "rId2").replace("%2", "sharedStrings").replace("%3", "sharedStrings.xml");
        if (!styles.isEmpty())
            rels += QByteArray(rel).replace("%1", "rId3").replace("%2", "styles").replace("%3", "/xl/styles.xml");
        std::vector<test::ZipItem> items{
            {QStringLiteral("[Content_Types].xml"),
             "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
             "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"},
            {QStringLiteral("_rels/.rels"),
             "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
             "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
             "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"},
            {QStringLiteral("xl/workbook.xml"),
             "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
             "<sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
            {QStringLiteral("xl/_rels/workbook.xml.rels"),
             "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
             "relationships\">" +
                 rels + "</Relationships>"},
            {QStringLiteral("xl/worksheets/sheet1.xml"), sheet, storeSheet},
        };
        if (!sharedStrings.isEmpty())
            items.push_back({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
        if (!styles.isEmpty())
            items.push_back({QStringLiteral("xl/styles.xml"), styles});
        return items;
    }
    QString write(const QString& name, const std::vector<test::ZipItem>& items)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeZip(path, items))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString writeXlsx(const QString& name, const QByteArray& sheet, const QByteArray& sharedStrings = {},
                      const QByteArray& styles = {})
    {
        return write(name, workbook(sheet, sharedStrings, styles));
    }
    static QByteArray numberedRows(int count)
    {
        QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Ligne</t></is></c></row>";
        for (int i = 2; i <= count; ++i)
            rows += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"A" + QByteArray::number(i) +
                    "\" t=\"inlineStr\"><is><t>Ligne " + QByteArray::number(i) + "</t></is></c></row>";
        return rows;
    }

private slots:
    void cellsAreReadAsTheirText_data()
    {
        QTest::addColumn<QByteArray>("cells");
        QTest::addColumn<QByteArray>("sharedStrings");
        QTest::addColumn<QByteArray>("styles");
        QTest::addColumn<QStringList>("expected");
        const QByteArray styles =
            "<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"[$-40C]d mmmm yyyy;@\"/>"
            "<numFmt numFmtId=\"165\" formatCode=\"0.00&quot; d&quot;\"/></numFmts>"
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
            "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/>"
            "<xf numFmtId=\"164\"/><xf numFmtId=\"165\"/></cellXfs></styleSheet>";
        const QByteArray strings =
            sharedStringsXml("<si><t>Atelier</t></si><si><r><t>Bu</t></r><r><rPr><b/></rPr><t "
                             "xml:space=\"preserve\">reau </t></r><rPh><t>ビューロー</t></rPh></si>"
                             "<si><t xml:space=\"preserve\">  espacé  </t></si>");
        QTest::newRow("an inline string is read as its text")
            << QByteArray("<c r=\"A2\" t=\"inlineStr\"><is><t>Brasserie de l'Œil Vif</t></is></c>") << QByteArray()
            << QByteArray() << QStringList{QStringLiteral("Brasserie de l'Œil Vif")};
        QTest::newRow("inline rich text runs are read end to end")
            << QByteArray("<c r=\"A2\" t=\"inlineStr\"><is><r><t>a</t></r><r><rPr><i/></rPr><t>b</t></r></is></c>")
            << QByteArray() << QByteArray() << QStringList{QStringLiteral("ab")};
        QTest::newRow("shared strings, plain, in runs and with spaces kept")
            << QByteArray("<c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c><c r=\"C2\" "
                          "t=\"s\"><v>2</v></c>")
            << strings << QByteArray()
            << QStringList{QStringLiteral("Atelier"), QStringLiteral("Bureau "), QStringLiteral("  espacé  ")};
        QTest::newRow("cells without a reference follow the one before")
            << QByteArray("<c><v>1</v></c><c r=\"C2\"><v>3</v></c><c><v>4.5</v></c>") << QByteArray() << QByteArray()
            << QStringList{QStringLiteral("1"), QString(), QStringLiteral("3"), QStringLiteral("4.5")};
        QTest::newRow("a formula gives the result the file holds, text or number")
            << QByteArray("<c r=\"A2\" t=\"str\"><f>\"Bu\"&amp;\"reau\"</f><v>Bureau</v></c><c r=\"B2\"><f>2*3</f>"
                          "<v>6</v></c>")
            << QByteArray() << QByteArray() << QStringList{QStringLiteral("Bureau"), QStringLiteral("6")};
        QTest::newRow("booleans are 1 and 0, an error cell is empty")
            << QByteArray("<c r=\"A2\" t=\"b\"><v>1</v></c><c r=\"B2\" t=\"b\"><v>0</v></c><c r=\"C2\" "
                          "t=\"e\"><v>#DIV/0!</v></c><c r=\"D2\" t=\"inlineStr\"><is><t>fin</t></is></c>")
            << QByteArray() << QByteArray()
            << QStringList{QStringLiteral("1"), QStringLiteral("0"), QString(), QStringLiteral("fin")};
        QTest::newRow("numbers are written with a point, no exponent for integers")
            << QByteArray("<c r=\"A2\"><v>420.5</v></c><c r=\"B2\" t=\"n\"><v>81234567800013</v></c><c "
                          "r=\"C2\"><v>1E-3</v></c>")
            << QByteArray() << QByteArray()
            << QStringList{QStringLiteral("420.5"), QStringLiteral("81234567800013"), QStringLiteral("0.001")};
        QTest::newRow("dates in built-in format 14 and in a custom format are ISO dates")
            << QByteArray("<c r=\"A2\" s=\"1\"><v>46447</v></c><c r=\"B2\" s=\"2\"><v>46447.5</v></c><c r=\"C2\" "
                          "s=\"3\"><v>46447</v></c><c r=\"D2\" s=\"0\"><v>46447</v></c>")
            << QByteArray() << styles
            << QStringList{QStringLiteral("2027-03-01"), QStringLiteral("2027-03-01T12:00:00"), QStringLiteral("46447"),
                           QStringLiteral("46447")};
        QTest::newRow("an ISO date cell is read as its date")
            << QByteArray("<c r=\"A2\" t=\"d\"><v>2027-03-01T00:00:00Z</v></c><c r=\"B2\" "
                          "t=\"d\"><v>2027-03-01T08:30:00</v></c>")
            << QByteArray() << QByteArray()
            << QStringList{QStringLiteral("2027-03-01"), QStringLiteral("2027-03-01T08:30:00")};
    }
    void cellsAreReadAsTheirText()
    {
        QFETCH(QByteArray, cells);
        QFETCH(QByteArray, sharedStrings);
        QFETCH(QByteArray, styles);
        QFETCH(QStringList, expected);
        const QString path = writeXlsx(QStringLiteral("cellules.xlsx"), withHeader(cells), sharedStrings, styles);
        QString error;
        const auto t = SheetReader::read(path, QString(), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->headers, QStringList{QStringLiteral("Nom")});
        QCOMPARE(t->size(), 1);
        QCOMPARE(t->rows[0], expected);
        QCOMPARE(t->rowNumbers, std::vector<int>{2});
        QCOMPARE(t->sheet, QStringLiteral("Feuil1"));
    }

    void rowsWithoutANumberFollowTheOneBefore()
    {
        const QString path = writeXlsx(QStringLiteral("sans-numeros.xlsx"),
                                       sheetXml("<row r=\"3\"><c t=\"inlineStr\"><is><t>Nom</t></is></c></row>"
                                                "<row><c><v>1</v></c></row><row r=\"7\"><c><v>2</v></c></row>"
                                                "<row><c><v>3</v></c></row>"));
        QString error;
        const auto t = SheetReader::read(path, QString(), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->headerRow, 3);
        QCOMPARE(t->rowNumbers, (std::vector<int>{4, 7, 8}));
    }

    void aCellInTheLastColumnOfTheLastRowIsRead()
    {
        // Its range is the whole sheet: only the cells present are read, in milliseconds.
        const QString path = writeXlsx(QStringLiteral("xfd.xlsx"),
                                       sheetXml("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Nom</t></is></c>"
                                                "</row><row r=\"1048576\"><c r=\"XFD1048576\"><v>7</v></c></row>"));
        QString error;
        const auto t = SheetReader::read(path, QString(), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->size(), 1);
        QCOMPARE(t->rowNumbers, std::vector<int>{1048576});
        QCOMPARE(t->rows[0].size(), 16384);
        QCOMPARE(t->rows[0].last(), QStringLiteral("7"));
        QVERIFY(t->rows[0].first().isEmpty());
    }

    void damagedOrHostileSheetsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<QByteArray>("sharedStrings");
        QTest::addColumn<QStringList>("reason");
        const QByteArray full = sheetXml(numberedRows(100));
        const QByteArray cut = full.left(full.indexOf("<row r=\"51\""));
        QTest::newRow("a sheet cut after row 50 of 100")
            << cut << QByteArray()
            << QStringList{QStringLiteral("sheet \"Feuil1\", after row 50"), QStringLiteral("damaged or incomplete")};
        QTest::newRow("a sheet cut inside a cell")
            << full.left(full.indexOf("Ligne 70") + 3) << QByteArray()
            << QStringList{QStringLiteral("after row 70"), QStringLiteral("damaged or incomplete")};
        QTest::newRow("shared strings cut short")
            << withHeader("<c r=\"A2\" t=\"s\"><v>0</v></c>")
            << sharedStringsXml("<si><t>Atelier</t></si><si><t>Bureau</t></si>").chopped(12)
            << QStringList{QStringLiteral("xl/sharedStrings.xml"), QStringLiteral("damaged or incomplete")};
        QTest::newRow("a shared string the file does not hold")
            << withHeader("<c r=\"A2\" t=\"s\"><v>5</v></c>") << sharedStringsXml("<si><t>Atelier</t></si>")
            << QStringList{QStringLiteral("cell A2"), QStringLiteral("damaged or incomplete")};
        QTest::newRow("a cell longer than 32767 characters")
            << withHeader("<c r=\"B2\" t=\"inlineStr\"><is><t>" + QByteArray(32768, 'x') + "</t></is></c>")
            << QByteArray()
            << QStringList{QStringLiteral("sheet \"Feuil1\", cell B2"), QStringLiteral("more than 32767 characters")};
        QTest::newRow("a cell past column XFD")
            << withHeader("<c r=\"XFE2\"><v>1</v></c>") << QByteArray()
            << QStringList{QStringLiteral("sheet \"Feuil1\", row 2"), QStringLiteral("more than 16384 columns")};
        QByteArray wide;
        for (int i = 0; i < 16385; ++i)
            wide += "<c><v>1</v></c>";
        QTest::newRow("more than 16384 cells in a row without references")
            << withHeader(wide) << QByteArray()
            << QStringList{QStringLiteral("row 2"), QStringLiteral("more than 16384 columns")};
        QTest::newRow("a row past row 1048576")
            << sheetXml("<row r=\"1\"><c><v>1</v></c></row><row r=\"1048577\"><c><v>2</v></c></row>") << QByteArray()
            << QStringList{QStringLiteral("row 1048577"), QStringLiteral("beyond row 1048576")};
        QTest::newRow("rows out of order")
            << sheetXml("<row r=\"5\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></c></row>") << QByteArray()
            << QStringList{QStringLiteral("row 2 after row 5"), QStringLiteral("damaged or incomplete")};
        QTest::newRow("a cell whose reference names another row")
            << sheetXml("<row r=\"1\"><c r=\"A2\"><v>1</v></c></row>") << QByteArray()
            << QStringList{QStringLiteral("A2 in row 1"), QStringLiteral("damaged or incomplete")};
    }
    void damagedOrHostileSheetsAreRefused()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(QByteArray, sharedStrings);
        QFETCH(QStringList, reason);
        const QString path = writeXlsx(QStringLiteral("hostile.xlsx"), sheet, sharedStrings);
        QString error;
        QVERIFY(!SheetReader::read(path, QString(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("hostile.xlsx")), qPrintable(error));
        QVERIFY2(!error.contains(u'\n'), qPrintable(error));
        for (const QString& r : reason)
            QVERIFY2(error.contains(r), qPrintable(error));
    }

    void anEntryWhoseCrcDoesNotMatchIsRefused()
    {
        const QString path = write(QStringLiteral("crc.xlsx"), workbook(sheetXml(numberedRows(100)), {}, {}, true));
        QByteArray bytes = test::readBytes(path);
        const qsizetype at = bytes.indexOf("Ligne 42");
        QVERIFY(at > 0);
        bytes[at] = 'l'; // still well-formed XML: only the CRC tells
        QVERIFY(test::writeBytes(path, bytes));
        QString error;
        QVERIFY(!SheetReader::read(path, QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("crc.xlsx is damaged or incomplete")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("xl/worksheets/sheet1.xml")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("CRC")), qPrintable(error));
    }

    void anEntryLargerThanItsZipSaysIsRefused()
    {
        // The sizes in both the local and the central header say 100 bytes fewer than the
        // stored sheet holds: inflating stops at the declared size.
        const QByteArray sheet = sheetXml(numberedRows(100));
        const QString path = write(QStringLiteral("taille.xlsx"), workbook(sheet, {}, {}, true));
        QByteArray bytes = test::readBytes(path);
        const QByteArray name = "xl/worksheets/sheet1.xml";
        const auto lie = [&](const char* signature, int sizeOffset, int nameOffset) {
            for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 4)) {
                if (bytes.mid(at + nameOffset, name.size()) != name)
                    continue;
                const quint32 smaller = quint32(sheet.size() - 100);
                for (int i = 0; i < 4; ++i) // the compressed size, then the uncompressed one
                    bytes[at + sizeOffset + i] = bytes[at + sizeOffset + 4 + i] = char((smaller >> (8 * i)) & 0xff);
                return true;
            }
            return false;
        };
        QVERIFY(lie("PK\x03\x04", 18, 30));
        QVERIFY(lie("PK\x01\x02", 20, 46));
        QVERIFY(test::writeBytes(path, bytes));
        QString error;
        QVERIFY(!SheetReader::read(path, QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("taille.xlsx")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("damaged or incomplete")) || error.contains(QStringLiteral("zip")),
                 qPrintable(error));
    }

    void zipBombsAreRefusedBeforeTheyAreInflated_data()
    {
        QTest::addColumn<int>("megabytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("20 MB of spaces: compressed over 100 to 1") << 20 << QStringLiteral("to 1");
    }
    void zipBombsAreRefusedBeforeTheyAreInflated()
    {
        QFETCH(int, megabytes);
        QFETCH(QString, reason);
        QByteArray spaces(qsizetype(megabytes) << 20, ' ');
        const QString path = writeXlsx(QStringLiteral("bombe.xlsx"), sheetXml(spaces));
        spaces = QByteArray();
        QString error;
        QVERIFY(!SheetReader::read(path, QString(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("bombe.xlsx: xl/worksheets/sheet1.xml")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("zip bomb")), qPrintable(error));
    }

    void aZipDeclaringMoreThanAGibibyteIsRefusedBeforeItIsInflated()
    {
        // The sheet's sizes in both headers say 1.1 GiB: refused on the declared size,
        // before a byte is inflated.
        const QByteArray sheet = sheetXml(numberedRows(100));
        // Deflated: newer libzip refuses a stored entry whose two sizes differ, before any limit.
        const QString path = write(QStringLiteral("geant.xlsx"), workbook(sheet));
        QByteArray bytes = test::readBytes(path);
        const QByteArray name = "xl/worksheets/sheet1.xml";
        const quint32 huge = quint32((qint64(11) << 30) / 10);
        const auto declare = [&](const char* signature, int sizeOffset, int nameOffset) {
            for (qsizetype at = bytes.indexOf(signature); at >= 0; at = bytes.indexOf(signature, at + 4)) {
                if (bytes.mid(at + nameOffset, name.size()) != name)
                    continue;
                for (int i = 0; i < 4; ++i) // the uncompressed size
                    bytes[at + sizeOffset + i] = char((huge >> (8 * i)) & 0xff);
                return true;
            }
            return false;
        };
        QVERIFY(declare("PK\x03\x04", 22, 30));
        QVERIFY(declare("PK\x01\x02", 24, 46));
        QVERIFY(test::writeBytes(path, bytes));
        QString error;
        QVERIFY(!SheetReader::read(path, QString(), &error));
        QVERIFY2(error.startsWith(QStringLiteral("geant.xlsx: xl/worksheets/sheet1.xml")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("more than the 1024 MB")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("zip bomb")), qPrintable(error));
    }

    void sheetsComeInTheWorkbooksOrder()
    {
        std::vector<test::ZipItem> items = workbook(withHeader("<c r=\"A2\"><v>1</v></c>"));
        items[2].bytes = "<?xml version=\"1.0\"?><workbook "
                         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                         "xmlns:rel=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                         "<sheet name=\"Notice\" sheetId=\"2\" rel:id=\"rId9\"/>"
                         "<sheet name=\"Feuil1\" sheetId=\"1\" rel:id=\"rId1\"/></sheets></workbook>";
        items[3].bytes.replace("</Relationships>",
                               "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                               "relationships/worksheet\" Target=\"worksheets/notice.xml\"/></Relationships>");
        items.push_back({QStringLiteral("xl/worksheets/notice.xml"),
                         sheetXml("<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>Lire d'abord</t></is></c></row>")});
        const QString path = write(QStringLiteral("deux.xlsx"), items);
        QString error;
        const auto names = SheetReader::sheetNames(path, &error);
        QVERIFY2(names, qPrintable(error));
        QCOMPARE(*names, (QStringList{QStringLiteral("Notice"), QStringLiteral("Feuil1")}));
        const auto first = SheetReader::read(path, QString(), &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->sheet, QStringLiteral("Notice"));
        QCOMPARE(first->headers, (QStringList{QString(), QStringLiteral("Lire d'abord")}));
        const auto chosen = SheetReader::read(path, QStringLiteral("Feuil1"), &error);
        QVERIFY2(chosen, qPrintable(error));
        QCOMPARE(chosen->rows[0], QStringList{QStringLiteral("1")});
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
