// SPDX-License-Identifier: GPL-3.0-or-later
// SIRET checks as an organizer meets them when typing or pasting an application's
// identifier: real SIRETs pass, spaces are tolerated, every kind of typo is caught.
#include "core/model/Siret.h"

#include <QtTest>

using palmares::Siret;

Q_DECLARE_METATYPE(Siret::Problem)

class TstSiret : public QObject {
    Q_OBJECT

private slots:
    void acceptsValidSirets_data();
    void acceptsValidSirets();
    void reportsTheProblemOfABadSiret_data();
    void reportsTheProblemOfABadSiret();
    void laPosteEstablishmentsUseTheDigitSumRule_data();
    void laPosteEstablishmentsUseTheDigitSumRule();
    void normalizedRemovesSpacesOnly();
    void problemTextIsEmptyOnlyForAValidSiret();
    void luhnCheckDigitCompletesANumber_data();
    void luhnCheckDigitCompletesANumber();
    void luhnRejectsEmptyAndNonDigits();
};

void TstSiret::acceptsValidSirets_data()
{
    QTest::addColumn<QString>("text");
    // Each computed by hand with the Luhn rule (sum of the doubled-every-second digits ≡ 0 mod 10).
    QTest::newRow("a real SIRET typed as 14 digits") << QStringLiteral("73282932000074");
    QTest::newRow("another real SIRET") << QStringLiteral("44306184100047");
    QTest::newRow("a third real SIRET") << QStringLiteral("55208131766522");
    QTest::newRow("spaces between the SIREN and NIC groups") << QStringLiteral("732 829 320 00074");
    QTest::newRow("leading and trailing spaces of a paste") << QStringLiteral("  73282932000074 ");
    QTest::newRow("non-breaking spaces from a web page") << QStringLiteral("732\u00a0829\u00a0320\u00a000074");
    QTest::newRow("a tab between groups") << QStringLiteral("732829320\t00074");
    QTest::newRow("La Poste head office, which follows Luhn") << QStringLiteral("35600000000048");
}

void TstSiret::acceptsValidSirets()
{
    QFETCH(QString, text);
    const Siret::Problem problem = Siret::check(text);
    QVERIFY2(problem == Siret::Problem::None,
             qPrintable(QStringLiteral("\"%1\" refused: %2").arg(text, Siret::problemText(problem))));
    QVERIFY(Siret::isValid(text));
}

void TstSiret::reportsTheProblemOfABadSiret_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Siret::Problem>("expected");
    QTest::newRow("empty text") << QString() << Siret::Problem::Empty;
    QTest::newRow("only spaces") << QStringLiteral("   ") << Siret::Problem::Empty;
    QTest::newRow("13 digits (one digit forgotten)")
        << QStringLiteral("7328293200007") << Siret::Problem::NotFourteenDigits;
    QTest::newRow("15 digits (one digit doubled)")
        << QStringLiteral("732829320000744") << Siret::Problem::NotFourteenDigits;
    QTest::newRow("the 9-digit SIREN alone") << QStringLiteral("732829320") << Siret::Problem::NotFourteenDigits;
    QTest::newRow("a letter instead of a digit")
        << QStringLiteral("7328293200007A") << Siret::Problem::NotFourteenDigits;
    QTest::newRow("letter O typed for zero") << QStringLiteral("7328293200OO74") << Siret::Problem::NotFourteenDigits;
    QTest::newRow("dots as group separators")
        << QStringLiteral("732.829.320.00074") << Siret::Problem::NotFourteenDigits;
    QTest::newRow("a dash inside") << QStringLiteral("732829320-0074") << Siret::Problem::NotFourteenDigits;
    QTest::newRow("last digit mistyped") << QStringLiteral("73282932000075") << Siret::Problem::BadChecksum;
    QTest::newRow("two adjacent digits swapped") << QStringLiteral("73282932000047") << Siret::Problem::BadChecksum;
    QTest::newRow("first digit mistyped") << QStringLiteral("83282932000074") << Siret::Problem::BadChecksum;
    QTest::newRow("spaces but a bad checksum") << QStringLiteral("732 829 320 00075") << Siret::Problem::BadChecksum;
    QTest::newRow("fourteen zeros, which pass the checksum")
        << QStringLiteral("00000000000000") << Siret::Problem::NoCompany;
    QTest::newRow("a SIREN of zeros with an establishment number")
        << QStringLiteral("000 000 000 00018") << Siret::Problem::NoCompany;
}

void TstSiret::reportsTheProblemOfABadSiret()
{
    QFETCH(QString, text);
    QFETCH(Siret::Problem, expected);
    const Siret::Problem problem = Siret::check(text);
    QVERIFY2(problem == expected,
             qPrintable(
                 QStringLiteral("\"%1\": got problem %2, expected %3").arg(text).arg(int(problem)).arg(int(expected))));
    QVERIFY2(!Siret::isValid(text), qPrintable(text));
}

void TstSiret::laPosteEstablishmentsUseTheDigitSumRule_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    // SIREN 356000000: the digits sum to a multiple of 5 (Luhn does not apply).
    QTest::newRow("digit sum 45, not Luhn-valid: accepted") << QStringLiteral("35600000049837") << true;
    QTest::newRow("digit sum 15, not Luhn-valid: accepted") << QStringLiteral("35600000010000") << true;
    QTest::newRow("Luhn-valid but digit sum 19: refused") << QStringLiteral("35600000010013") << false;
    QTest::newRow("digit sum 14: refused") << QStringLiteral("35600000000000") << false;
    QTest::newRow("with spaces, digit sum 45: accepted") << QStringLiteral("356 000 000 49837") << true;
}

void TstSiret::laPosteEstablishmentsUseTheDigitSumRule()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const Siret::Problem problem = Siret::check(text);
    QVERIFY2(Siret::isValid(text) == valid,
             qPrintable(QStringLiteral("\"%1\": problem %2").arg(text).arg(int(problem))));
    if (!valid)
        QVERIFY2(problem == Siret::Problem::BadChecksum, qPrintable(text));
}

void TstSiret::normalizedRemovesSpacesOnly()
{
    QCOMPARE(Siret::normalized(QStringLiteral(" 732 829\t320\u00a000074 ")), QStringLiteral("73282932000074"));
    QCOMPARE(Siret::normalized(QStringLiteral("732-829")), QStringLiteral("732-829"));
    QCOMPARE(Siret::normalized(QString()), QString());
}

void TstSiret::problemTextIsEmptyOnlyForAValidSiret()
{
    QVERIFY(Siret::problemText(Siret::Problem::None).isEmpty());
    for (Siret::Problem p : {Siret::Problem::Empty, Siret::Problem::NotFourteenDigits, Siret::Problem::BadChecksum}) {
        QVERIFY2(!Siret::problemText(p).isEmpty(), qPrintable(QStringLiteral("problem %1").arg(int(p))));
    }
    QVERIFY(Siret::problemText(Siret::Problem::NotFourteenDigits) != Siret::problemText(Siret::Problem::BadChecksum));
}

void TstSiret::luhnCheckDigitCompletesANumber_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("checkDigit");
    QTest::newRow("a SIREN's check digit") << QStringLiteral("73282932") << 0;
    QTest::newRow("the check digit of a 13-digit SIRET head") << QStringLiteral("7328293200007") << 4;
    QTest::newRow("a SIREN ending in 9") << QStringLiteral("55208131") << 7;
    QTest::newRow("another SIRET head") << QStringLiteral("4430618410004") << 7;
    QTest::newRow("a short number") << QStringLiteral("1234567") << 4;
}

void TstSiret::luhnCheckDigitCompletesANumber()
{
    QFETCH(QString, digits);
    QFETCH(int, checkDigit);
    const int d = Siret::luhnCheckDigit(digits);
    QCOMPARE(d, checkDigit);
    const QString completed = digits + QChar(u'0' + d);
    QVERIFY2(Siret::luhn(completed), qPrintable(completed));
    // Any other last digit fails.
    for (int other = 0; other <= 9; ++other) {
        if (other != d)
            QVERIFY2(!Siret::luhn(digits + QChar(u'0' + other)), qPrintable(digits + QChar(u'0' + other)));
    }
}

void TstSiret::luhnRejectsEmptyAndNonDigits()
{
    QVERIFY(!Siret::luhn(QString()));
    QVERIFY(!Siret::luhn(QStringLiteral("7328293200007A")));
    QCOMPARE(Siret::luhnCheckDigit(QStringLiteral("73A")), -1);
}

QTEST_GUILESS_MAIN(TstSiret)
#include "tst_siret.moc"
