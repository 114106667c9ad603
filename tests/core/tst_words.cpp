// SPDX-License-Identifier: GPL-3.0-or-later
// The presentation layer's words for text from outside: a name or a cell read from a file
// is printed as text, its control characters shown, never obeyed by a terminal; numbers
// that never break across lines; the deliberation session and its quorum.
#include "core/present/Words.h"

#include "core/model/Rules.h"

#include <QFontMetricsF>
#include <QScopeGuard>
#include <QTextLayout>
#include <QtTest>

using namespace palmares;

class TstWords : public QObject {
    Q_OBJECT

private slots:
    void printableShowsControlCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain French text is left as it is")
            << QStringLiteral("Brasserie « L’Œil » – 40 m²") << QStringLiteral("Brasserie « L’Œil » – 40 m²");
        QTest::newRow("tabs and line breaks are text") << QStringLiteral("a\tb\nc") << QStringLiteral("a\tb\nc");
        QTest::newRow("a terminal colour sequence from a CSV header")
            << QStringLiteral("\x1b[31mSIRET\x1b[0m") << QStringLiteral("\u241b[31mSIRET\u241b[0m");
        QTest::newRow("a NUL inside a name")
            << QString(QStringLiteral("Ate") + QChar(0) + QStringLiteral("lier")) << QStringLiteral("Ate\u2400lier");
        QTest::newRow("a bell and a delete") << QStringLiteral("\a\x7f") << QStringLiteral("\u2407\u2421");
        QTest::newRow("a C1 control (CSI)") << QString(QChar(0x9b)) << QString(QChar(0xfffd));
    }
    void printableShowsControlCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString shown = Words::printable(text);
        QCOMPARE(shown, expected);
        QVERIFY2(!rules::hasControl(shown), qPrintable(shown));
    }

    // Defect: « 43⏎850 m² » in a wrapped label. French groups digits with a narrow
    // no-break space, which Qt's line breaking takes for a space; a no-break space holds.
    void aNumberIsNeverBrokenAcrossLines()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French));
        const auto back = qScopeGuard([&] { QLocale::setDefault(before); });
        const QString n = Words::number(43850, 0);
        QCOMPARE(n, QStringLiteral("43\u00a0850"));
        QCOMPARE(Words::number(-1234567.25, 2), QStringLiteral("-1\u00a0234\u00a0567,25"));
        QTextLayout layout(QStringLiteral("x ") + n);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(QFontMetricsF(layout.font()).horizontalAdvance(QStringLiteral("x 43")) + 1);
        layout.endLayout();
        QCOMPARE(line.textLength(), 2); // the break comes before the number, not inside it
    }

    // The deliberation session as the Ranking page and the minutes say it: each jury's
    // jurors present against its quorum, every jury together, the session in one line.
    void theSessionIsSaidWithEachJurysQuorum()
    {
        Campaign c;
        Jury expert;
        expert.id = 1;
        expert.name = QStringLiteral("Jury d'experts");
        expert.quorum = 2;
        Jury citizen;
        citizen.id = 2;
        citizen.name = QStringLiteral("Jury citoyen");
        citizen.quorum = 3;
        c.juries = {expert, citizen};
        for (Id id = 1; id <= 7; ++id)
            c.jurors.push_back({id, id <= 3 ? Id(1) : Id(2), QStringLiteral("Juré %1").arg(id), {}, {}});
        QCOMPARE(Words::sessionSummary(c), QStringLiteral("No deliberation session recorded yet."));

        DeliberationSession s{1,
                              QDateTime(QDate(2026, 6, 12), QTime(18, 30)),
                              QStringLiteral("Salle du conseil"),
                              QStringLiteral("Hélène Marchal"),
                              {1, 3, 4, 6, 7},
                              {}};
        std::vector<rules::SessionQuorum> quorum = rules::sessionQuorum(c, s);
        QCOMPARE(Words::juryQuorum(c, quorum[0]), QStringLiteral("Jury d'experts: 2 present of 3, quorum 2 — reached"));
        QCOMPARE(Words::sessionQuorum(c, quorum),
                 QStringLiteral("quorum reached (Jury d'experts 2/2, Jury citoyen 3/3)"));
        c.sessions = {s};
        QCOMPARE(Words::sessionSummary(c),
                 QStringLiteral("Session of %1, Salle du conseil, chaired by Hélène Marchal; quorum reached (Jury "
                                "d'experts 2/2, Jury citoyen 3/3).")
                     .arg(Words::sessionTime(s.heldAt)));

        s.jurorsPresent = {1, 3, 4};
        quorum = rules::sessionQuorum(c, s);
        QCOMPARE(Words::juryQuorum(c, quorum[1]),
                 QStringLiteral("Jury citoyen: 1 present of 4, quorum 3 — not reached"));
        QCOMPARE(Words::sessionQuorum(c, quorum),
                 QStringLiteral("quorum not reached for the Jury citoyen (Jury d'experts 2/2, Jury citoyen 1/3)"));

        // The date and time in the UI language, in local time.
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French));
        const auto back = qScopeGuard([&] { QLocale::setDefault(before); });
        QCOMPARE(Words::sessionTime(s.heldAt), QStringLiteral("vendredi 12 juin 2026 at 18:30"));
    }

    // A document issued with the fingerprint, and where it stands, as verify and Export ›
    // Reports issued say it.
    void aReportIssuedIsSaidWithWhereItStands()
    {
        QCOMPARE(Words::issuedDocument(IssuedDocument::Report, true), QStringLiteral("public laureate report"));
        QCOMPARE(Words::issuedDocument(IssuedDocument::Minutes, false), QStringLiteral("minutes of the deliberation"));
        QCOMPARE(Words::issuedDocument(IssuedDocument::Workbook, false), QStringLiteral("results workbook"));
        IssuedReport r;
        r.issuedAt = QDateTime(QDate(2026, 6, 19), QTime(10, 15));
        r.fileName = QStringLiteral("Courcy-rapport.pdf");
        QCOMPARE(
            Words::issuedReport(r),
            QStringLiteral("laureate report “Courcy-rapport.pdf”, issued on %1").arg(Words::sessionTime(r.issuedAt)));
        QCOMPARE(Words::issuedStanding({}), QStringLiteral("the campaign still gives its result"));
        QCOMPARE(
            Words::issuedStanding({QStringLiteral("rules"), QStringLiteral("conflicts"), QStringLiteral("scores")}),
            QStringLiteral("changed since: rules, conflicts of interest, scores"));
    }
};

QTEST_MAIN(TstWords)
#include "tst_words.moc"
