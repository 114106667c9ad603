// SPDX-License-Identifier: GPL-3.0-or-later
// The text parsers of the importer (core/io/ImportText): what a cell of an imported sheet
// says, written as people write it in French or English.
#include "core/io/ImportText.h"

#include "core/model/Codes.h"

#include <QtTest>

using namespace palmares;
using namespace palmares::importtext;

namespace {

// An optional value as the tables write it: its text, or "none".
template<typename T, typename Say> QString said(const std::optional<T>& value, Say say)
{
    return value ? say(*value) : QStringLiteral("none");
}

} // namespace

class TstImportText : public QObject {
    Q_OBJECT

private slots:
    void foldKeepsLowerCaseLettersAndDigitsWithoutAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a header loses its accents, spaces, brackets and exponent")
            << QStringLiteral("Surface demandée (m²)") << QStringLiteral("surfacedemandeem2");
        QTest::newRow("capitals become lower case") << QStringLiteral("SIRET") << QStringLiteral("siret");
        QTest::newRow("an apostrophe and spaces go")
            << QStringLiteral(" Date d'installation ") << QStringLiteral("datedinstallation");
        QTest::newRow("a plain ASCII name keeps its digits") << QStringLiteral("Lot 12-B") << QStringLiteral("lot12b");
        QTest::newRow("an accented capital becomes a plain letter") << QStringLiteral("ÉTAT") << QStringLiteral("etat");
        QTest::newRow("punctuation alone folds to nothing") << QStringLiteral(" - / ") << QString();
    }

    void foldKeepsLowerCaseLettersAndDigitsWithoutAccents()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(fold(text), expected);
    }

    void parseYesNoReadsFrenchAndEnglishWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("oui is yes") << QStringLiteral("oui") << QStringLiteral("yes");
        QTest::newRow("Oui with a capital is yes") << QStringLiteral("Oui") << QStringLiteral("yes");
        QTest::newRow("a cross is yes") << QStringLiteral("x") << QStringLiteral("yes");
        QTest::newRow("1 is yes") << QStringLiteral("1") << QStringLiteral("yes");
        QTest::newRow("VRAI from a spreadsheet is yes") << QStringLiteral("VRAI") << QStringLiteral("yes");
        QTest::newRow("non is no") << QStringLiteral("non") << QStringLiteral("no");
        QTest::newRow("false is no") << QStringLiteral("false") << QStringLiteral("no");
        QTest::newRow("0 is no") << QStringLiteral("0") << QStringLiteral("no");
        QTest::newRow("an empty cell is no") << QString() << QStringLiteral("no");
        QTest::newRow("maybe is neither") << QStringLiteral("peut-être") << QStringLiteral("none");
        QTest::newRow("2 is neither") << QStringLiteral("2") << QStringLiteral("none");
    }

    void parseYesNoReadsFrenchAndEnglishWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(said(parseYesNo(text), [](bool yes) { return yes ? QStringLiteral("yes") : QStringLiteral("no"); }),
                 expected);
    }

    void parseStatusReadsWordsAndCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an empty cell is a file just received") << QString() << QStringLiteral("received");
        QTest::newRow("reçu is received") << QStringLiteral("Reçu") << QStringLiteral("received");
        QTest::newRow("déposé is received") << QStringLiteral("déposé") << QStringLiteral("received");
        QTest::newRow("recevable is eligible") << QStringLiteral("Recevable") << QStringLiteral("eligible");
        QTest::newRow("non recevable is ineligible") << QStringLiteral("Non recevable") << QStringLiteral("ineligible");
        QTest::newRow("irrecevable is ineligible") << QStringLiteral("irrecevable") << QStringLiteral("ineligible");
        QTest::newRow("retiré is withdrawn") << QStringLiteral("retiré") << QStringLiteral("withdrawn");
        QTest::newRow("désisté is withdrawn") << QStringLiteral("Désisté") << QStringLiteral("withdrawn");
        QTest::newRow("the code withdrawn is withdrawn") << QStringLiteral("withdrawn") << QStringLiteral("withdrawn");
        QTest::newRow("an unknown word is no status") << QStringLiteral("en cours") << QStringLiteral("none");
    }

    void parseStatusReadsWordsAndCodes()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(said(parseStatus(text), codes::candidateStatus), expected);
    }

    void parseDateTimeReadsIsoFrenchAndSerialDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime newYearsEve(QDate(2027, 12, 31), QTime(0, 0));
        QTest::newRow("an ISO date is at midnight") << QStringLiteral("2027-12-31") << newYearsEve;
        QTest::newRow("an ISO date and time keeps its time")
            << QStringLiteral("2027-12-31T14:30:00") << QDateTime(QDate(2027, 12, 31), QTime(14, 30));
        QTest::newRow("a French date with slashes") << QStringLiteral("31/12/2027") << newYearsEve;
        QTest::newRow("a French date with dashes") << QStringLiteral("31-12-2027") << newYearsEve;
        QTest::newRow("a French date with dots") << QStringLiteral("31.12.2027") << newYearsEve;
        QTest::newRow("a French date without leading zeros")
            << QStringLiteral("1/2/2027") << QDateTime(QDate(2027, 2, 1), QTime(0, 0));
        QTest::newRow("a French date and time to the minute")
            << QStringLiteral("31/12/2027 9:05") << QDateTime(QDate(2027, 12, 31), QTime(9, 5));
        QTest::newRow("a French date and time to the second")
            << QStringLiteral("31/12/2027 9:05:30") << QDateTime(QDate(2027, 12, 31), QTime(9, 5, 30));
        QTest::newRow("spaces around a date are ignored") << QStringLiteral("  31/12/2027 ") << newYearsEve;
        QTest::newRow("a spreadsheet's serial day number")
            << QStringLiteral("46387") << QDateTime(QDate(2026, 12, 31), QTime(0, 0));
        QTest::newRow("a serial number's fraction is the time of day")
            << QStringLiteral("46387.5") << QDateTime(QDate(2026, 12, 31), QTime(12, 0));
        QTest::newRow("an empty cell is no date") << QString() << QDateTime();
        QTest::newRow("a word is no date") << QStringLiteral("demain") << QDateTime();
        QTest::newRow("the 31st of February is no date") << QStringLiteral("31/02/2027") << QDateTime();
        QTest::newRow("zero is no serial day") << QStringLiteral("0") << QDateTime();
    }

    void parseDateTimeReadsIsoFrenchAndSerialDates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> actual = parseDateTime(text);
        QVERIFY2(actual.has_value() == expected.isValid(),
                 qPrintable(QStringLiteral("\"%1\" read as %2")
                                .arg(text, actual ? actual->toString(Qt::ISODate) : QStringLiteral("nothing"))));
        if (actual)
            QCOMPARE(*actual, expected);
    }

    void useTypeCodeKnowsCodesAndCommonWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a code is itself") << QStringLiteral("atelier") << QStringLiteral("atelier");
        QTest::newRow("a code in capitals") << QStringLiteral("BUREAU") << QStringLiteral("bureau");
        QTest::newRow("a French plural") << QStringLiteral("Bureaux") << QStringLiteral("bureau");
        QTest::newRow("an English word") << QStringLiteral("office") << QStringLiteral("bureau");
        QTest::newRow("an accented word") << QStringLiteral("Entrepôt") << QStringLiteral("stockage");
        QTest::newRow("two words") << QStringLiteral("terrain nu") << QStringLiteral("terrain");
        QTest::newRow("catering is restauration") << QStringLiteral("catering") << QStringLiteral("restauration");
        QTest::newRow("an unknown word names no use type") << QStringLiteral("château") << QString();
        QTest::newRow("an empty cell names no use type") << QString() << QString();
    }

    void useTypeCodeKnowsCodesAndCommonWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(useTypeCode(text), expected);
    }

    void parseFlowDirectionReadsFrenchAndEnglishWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sortie is an output") << QStringLiteral("Sortie ") << QStringLiteral("output");
        QTest::newRow("surplus is an output") << QStringLiteral("surplus") << QStringLiteral("output");
        QTest::newRow("output is an output") << QStringLiteral("output") << QStringLiteral("output");
        QTest::newRow("entrée is an input") << QStringLiteral("entrée") << QStringLiteral("input");
        QTest::newRow("besoin is an input") << QStringLiteral("Besoin") << QStringLiteral("input");
        QTest::newRow("need is an input") << QStringLiteral("need") << QStringLiteral("input");
        QTest::newRow("an unknown word is no direction") << QStringLiteral("ailleurs") << QStringLiteral("none");
    }

    void parseFlowDirectionReadsFrenchAndEnglishWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(said(parseFlowDirection(text), codes::direction), expected);
    }

    void parseQuantitySplitsANameFromItsAmountAndUnit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("unit");
        QTest::newRow("a name, a whole amount and a unit")
            << QStringLiteral("drêches 40 t") << true << QStringLiteral("drêches") << 40.0 << QStringLiteral("t");
        QTest::newRow("a decimal comma") << QStringLiteral("eau chaude 2,5 m³") << true << QStringLiteral("eau chaude")
                                         << 2.5 << QStringLiteral("m³");
        QTest::newRow("spaces as thousands separators")
            << QStringLiteral("bois 1 500 kg") << true << QStringLiteral("bois") << 1500.0 << QStringLiteral("kg");
        QTest::newRow("an amount without unit")
            << QStringLiteral("palettes 12") << true << QStringLiteral("palettes") << 12.0 << QString();
        QTest::newRow("a name alone has no quantity")
            << QStringLiteral("chaleur") << false << QString() << 0.0 << QString();
        QTest::newRow("an amount without name has no quantity")
            << QStringLiteral("40 t") << false << QString() << 0.0 << QString();
    }

    void parseQuantitySplitsANameFromItsAmountAndUnit()
    {
        QFETCH(QString, text);
        QFETCH(bool, found);
        QFETCH(QString, name);
        QFETCH(double, amount);
        QFETCH(QString, unit);
        const std::optional<Quantity> q = parseQuantity(text);
        QVERIFY2(q.has_value() == found, qPrintable(text));
        if (!q)
            return;
        QCOMPARE(q->name, name);
        QCOMPARE(q->amount, amount);
        QCOMPARE(q->unit, unit);
    }
};

QTEST_MAIN(TstImportText)
#include "tst_importtext.moc"
