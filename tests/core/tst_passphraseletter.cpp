// SPDX-License-Identifier: GPL-3.0-or-later
// The passphrase letter (core/print/PassphraseLetter): it names the juror, the file and the
// passphrase exactly, says the jury's scale, is in French on a French system, and fits on
// one A4 page even for a long name, organisation and file name.
#include "core/i18n/Translations.h"
#include "core/model/UtcTime.h"
#include "core/print/PassphraseLetter.h"
#include "core/print/Pdf.h"

#include <QTextDocument>
#include <QtTest>

using namespace palmares;
using namespace palmares::print;

namespace {

LetterInput sample()
{
    LetterInput l;
    l.campaignName = QStringLiteral("AMI Microville 112 — Base aérienne de Courcy");
    l.territory = QStringLiteral("Courcy (Marne), Grand Reims");
    l.juror.id = 3;
    l.juror.name = QStringLiteral("Claire Martin");
    l.juror.organisation = QStringLiteral("Chambre de commerce & d'industrie");
    l.jury.name = QStringLiteral("Jury d'experts");
    l.jury.scaleMin = 0;
    l.jury.scaleMax = 20;
    l.jury.scaleStep = 0.5;
    l.packageFile = QStringLiteral("jury-d-experts-03-claire-martin.palmjury");
    l.passphrase = QStringLiteral("cerise-moulin-abeille-girafe-piano-nuage-47");
    l.candidates = 58;
    l.criteria = 15;
    l.exportedAt = utcDateTime(QDate(2026, 6, 1), QTime(9, 0));
    return l;
}

// The letter's text as a reader sees it.
QString plain(const LetterInput& l)
{
    QTextDocument d;
    d.setHtml(PassphraseLetter::html(l));
    return d.toPlainText();
}

} // namespace

class TstPassphraseLetter : public QObject {
    Q_OBJECT

private slots:
    void itNamesTheJurorTheFileAndThePassphrase()
    {
        const QString text = plain(sample());
        QVERIFY(text.contains(QStringLiteral("Claire Martin")));
        QVERIFY(text.contains(QStringLiteral("Chambre de commerce & d'industrie")));
        QVERIFY(text.contains(QStringLiteral("Jury d'experts")));
        QVERIFY(text.contains(QStringLiteral("cerise-moulin-abeille-girafe-piano-nuage-47")));
        QVERIFY(text.contains(QStringLiteral("jury-d-experts-03-claire-martin.palmjury")));
        QVERIFY(text.contains(QStringLiteral("58")));
        QVERIFY(text.contains(QStringLiteral("from 0 to 20")));
        QCOMPARE(PassphraseLetter::fileName(QStringLiteral("jury-d-experts-03-claire-martin.palmjury")),
                 QStringLiteral("jury-d-experts-03-claire-martin-letter.pdf"));
        // Markup in a name is text, not markup.
        LetterInput odd = sample();
        odd.juror.name = QStringLiteral("<b>Zoé</b>");
        QVERIFY(plain(odd).contains(QStringLiteral("<b>Zoé</b>")));
    }

    void itIsInFrenchOnAFrenchSystem()
    {
        const LanguageScope french(QStringLiteral("fr"));
        QVERIFY(french.isValid());
        const QString text = plain(sample());
        QVERIFY2(text.contains(QStringLiteral("phrase secrète")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Installez Palmarès")));
        QVERIFY(!text.contains(QStringLiteral("passphrase")));
        QVERIFY(!text.contains(QStringLiteral("Submit")));
        QCOMPARE(PassphraseLetter::fileName(QStringLiteral("a.palmjury")), QStringLiteral("a-lettre.pdf"));
    }

    void itFitsOnOneA4Page_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("French") << QStringLiteral("fr");
    }
    void itFitsOnOneA4Page()
    {
        QFETCH(QString, language);
        const LanguageScope scope(language);
        LetterInput l = sample();
        l.campaignName = QStringLiteral("Appel à manifestation d'intérêt pour la reconversion de l'ancienne base "
                                        "aérienne 112 en quartier d'activités");
        l.juror.name = QStringLiteral("Marie-Christine de La Rochefoucauld-Montmorency");
        l.juror.organisation = QStringLiteral("Direction régionale de l'économie, de l'emploi, du travail et des "
                                              "solidarités");
        l.jury.name = QStringLiteral("Jury des représentants des habitants et des associations du quartier");
        l.packageFile = QStringLiteral("jury-des-representants-des-habitants-et-12-marie-christine-de-la-"
                                       "rochefoucauld.palmjury");
        const QByteArray pdf = PassphraseLetter::pdf(l);
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(pageCount(pdf), 1);
    }

    void pagesAreCounted()
    {
        QString longText;
        for (int i = 0; i < 400; ++i)
            longText += QStringLiteral("<p>Paragraphe %1</p>").arg(i);
        const QByteArray pdf = pdfFromHtml(longText, QStringLiteral("Essai"));
        QVERIFY(pageCount(pdf) > 3);
        QCOMPARE(pageCount(QByteArray("not a PDF")), 0);
    }
};

QTEST_MAIN(TstPassphraseLetter)
#include "tst_passphraseletter.moc"
