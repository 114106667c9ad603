// SPDX-License-Identifier: GPL-3.0-or-later
// The domain rules of core/model/Rules: a score on its jury's scale (one tolerance for the
// importer, the scoring grid and the engine), the quorum's range, weights, thresholds and
// codes, scales, surfaces and e-mail addresses; the deliberation session's texts and each
// jury's quorum at it.
#include "core/model/Rules.h"

#include <QtTest>

#include <algorithm>
#include <limits>
#include <vector>

using namespace palmares;

Q_DECLARE_METATYPE(palmares::rules::ScaleFit)

namespace {

Jury scale(double min, double max, double step)
{
    Jury j;
    j.scaleMin = min;
    j.scaleMax = max;
    j.scaleStep = step;
    return j;
}

const char* name(rules::ScaleFit fit)
{
    switch (fit) {
    case rules::ScaleFit::OnScale:
        return "on the scale";
    case rules::ScaleFit::Outside:
        return "outside";
    case rules::ScaleFit::OffStep:
        return "off the step";
    }
    return "?";
}

} // namespace

class TstRules : public QObject {
    Q_OBJECT

private slots:
    void scaleFitSaysWhetherAValueIsOnItsJurysScale_data()
    {
        using rules::ScaleFit;
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("scaleMin");
        QTest::addColumn<double>("scaleMax");
        QTest::addColumn<double>("step");
        QTest::addColumn<ScaleFit>("expected");

        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        // Expert 0–10 step 0.5.
        QTest::newRow("expert 7.5 is a half step") << 7.5 << 0.0 << 10.0 << 0.5 << ScaleFit::OnScale;
        QTest::newRow("expert 0 is the bottom") << 0.0 << 0.0 << 10.0 << 0.5 << ScaleFit::OnScale;
        QTest::newRow("expert 10 is the top") << 10.0 << 0.0 << 10.0 << 0.5 << ScaleFit::OnScale;
        QTest::newRow("expert 7.25 is between two steps") << 7.25 << 0.0 << 10.0 << 0.5 << ScaleFit::OffStep;
        QTest::newRow("expert 10.5 is above the scale") << 10.5 << 0.0 << 10.0 << 0.5 << ScaleFit::Outside;
        QTest::newRow("expert -0.5 is below the scale") << -0.5 << 0.0 << 10.0 << 0.5 << ScaleFit::Outside;
        QTest::newRow("a billionth past the top is still the top")
            << 10.0 + 5e-10 << 0.0 << 10.0 << 0.5 << ScaleFit::OnScale;
        // Citizen 1–5 step 1: steps count from the bottom of the scale.
        QTest::newRow("citizen 3 is a whole step") << 3.0 << 1.0 << 5.0 << 1.0 << ScaleFit::OnScale;
        QTest::newRow("citizen 2.5 is between two steps") << 2.5 << 1.0 << 5.0 << 1.0 << ScaleFit::OffStep;
        QTest::newRow("citizen 0 is below the scale") << 0.0 << 1.0 << 5.0 << 1.0 << ScaleFit::Outside;
        QTest::newRow("citizen 6 is above the scale") << 6.0 << 1.0 << 5.0 << 1.0 << ScaleFit::Outside;
        // 0.1 + 0.2 = 0.30000000000000004: three steps of 0.1 up to floating-point noise.
        QTest::newRow("floating-point noise on a step is still on the scale")
            << (0.1 + 0.2) << 0.0 << 1.0 << 0.1 << ScaleFit::OnScale;
        QTest::newRow("a thousandth of a step off is off the step") << 0.3001 << 0.0 << 1.0 << 0.1 << ScaleFit::OffStep;
        QTest::newRow("a scale without step accepts any value inside")
            << 3.14159 << 0.0 << 10.0 << 0.0 << ScaleFit::OnScale;
        QTest::newRow("a scale without step still has bounds") << 10.01 << 0.0 << 10.0 << 0.0 << ScaleFit::Outside;
        QTest::newRow("a missing value is not on the scale") << nan << 0.0 << 10.0 << 0.5 << ScaleFit::Outside;
        QTest::newRow("infinity is not on the scale") << inf << 0.0 << 10.0 << 0.0 << ScaleFit::Outside;
    }

    void scaleFitSaysWhetherAValueIsOnItsJurysScale()
    {
        QFETCH(double, value);
        QFETCH(double, scaleMin);
        QFETCH(double, scaleMax);
        QFETCH(double, step);
        QFETCH(rules::ScaleFit, expected);
        const Jury jury = scale(scaleMin, scaleMax, step);
        const rules::ScaleFit actual = rules::scaleFit(value, jury);
        QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1 on [%2, %3] step %4: %5, expected %6")
                                                    .arg(value)
                                                    .arg(scaleMin)
                                                    .arg(scaleMax)
                                                    .arg(step)
                                                    .arg(QLatin1String(name(actual)), QLatin1String(name(expected)))));
        QCOMPARE(rules::onScale(value, jury), expected == rules::ScaleFit::OnScale);
    }

    void aQuorumIsFromOneToAHundredThousandJurors_data()
    {
        QTest::addColumn<int>("quorum");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("effective");
        QTest::newRow("one juror") << 1 << true << 1;
        QTest::newRow("nine jurors") << 9 << true << 9;
        QTest::newRow("the largest") << 100000 << true << 100000;
        QTest::newRow("zero, from an old file, counts as one") << 0 << false << 1;
        QTest::newRow("negative counts as one") << -3 << false << 1;
        QTest::newRow("above the largest") << 100001 << false << 100001;
    }

    void aQuorumIsFromOneToAHundredThousandJurors()
    {
        QFETCH(int, quorum);
        QFETCH(bool, valid);
        QFETCH(int, effective);
        Jury jury;
        jury.quorum = quorum;
        QCOMPARE(rules::validQuorum(quorum), valid);
        QCOMPARE(rules::effectiveQuorum(jury), effective);
    }

    void weightsAndThresholdsHaveTheirRanges_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("weight");
        QTest::addColumn<bool>("threshold");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("zero counts for nothing, and is no threshold at all") << 0.0 << true << true;
        QTest::newRow("a hundred") << 100.0 << true << true;
        QTest::newRow("over a hundred is no score out of 100") << 100.5 << true << false;
        QTest::newRow("a million is the heaviest weight") << 1e6 << true << false;
        QTest::newRow("over a million") << 1e6 + 1 << false << false;
        QTest::newRow("negative") << -0.1 << false << false;
        QTest::newRow("not a number") << nan << false << false;
    }

    void weightsAndThresholdsHaveTheirRanges()
    {
        QFETCH(double, value);
        QFETCH(bool, weight);
        QFETCH(bool, threshold);
        QCOMPARE(rules::validWeight(value), weight);
        QCOMPARE(rules::validThreshold(value), threshold);
    }

    // The tie-break chain is stored space-separated ("final jury:expert registration"):
    // a jury code with a space would make a file that cannot be read back.
    void aCodeIsOneWord_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("a word") << QStringLiteral("expert") << true;
        QTest::newRow("with a dash and digits") << QStringLiteral("eco-2") << true;
        QTest::newRow("accented") << QStringLiteral("économie") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("two words") << QStringLiteral("jury one") << false;
        QTest::newRow("a tab inside") << QStringLiteral("a\tb") << false;
        QTest::newRow("a no-break space") << QStringLiteral("a\u00a0b") << false;
    }

    void aCodeIsOneWord()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(rules::validCode(code), valid);
    }

    void anEmailHasOneAtAndADottedDomain_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("a plain address") << QStringLiteral("jeanne.martin@example.fr") << true;
        QTest::newRow("a sub-domain") << QStringLiteral("j@mail.example.org") << true;
        QTest::newRow("no dot after the at sign") << QStringLiteral("jeanne@localhost") << false;
        QTest::newRow("no at sign") << QStringLiteral("jeanne.example.fr") << false;
        QTest::newRow("two at signs") << QStringLiteral("a@b@example.fr") << false;
        QTest::newRow("a space inside") << QStringLiteral("jeanne martin@example.fr") << false;
        QTest::newRow("nothing before the at sign") << QStringLiteral("@example.fr") << false;
    }

    void anEmailHasOneAtAndADottedDomain()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QVERIFY2(rules::validEmail(text) == expected, qPrintable(text));
    }

    void aScaleGoesUpByAStepNoWiderThanItself_data()
    {
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("step");
        QTest::addColumn<bool>("valid");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("0 to 10 by 1") << 0.0 << 10.0 << 1.0 << true;
        QTest::newRow("any value") << 1.0 << 5.0 << 0.0 << true;
        QTest::newRow("one step wide") << 0.0 << 4.0 << 4.0 << true;
        QTest::newRow("a step wider than the scale") << 0.0 << 4.0 << 5.0 << false;
        QTest::newRow("a negative step") << 0.0 << 10.0 << -1.0 << false;
        QTest::newRow("max equal to min") << 3.0 << 3.0 << 0.0 << false;
        QTest::newRow("max under min") << 10.0 << 0.0 << 1.0 << false;
        QTest::newRow("an infinite maximum") << 0.0 << inf << 1.0 << false;
        QTest::newRow("beyond a million") << 0.0 << 2e6 << 1.0 << false;
        QTest::newRow("down to minus a million") << -1e6 << 0.0 << 1.0 << true;
    }

    void aScaleGoesUpByAStepNoWiderThanItself()
    {
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(double, step);
        QFETCH(bool, valid);
        QCOMPARE(rules::validScale(scale(min, max, step)), valid);
    }

    void surfacesAndJobsAreBounded()
    {
        QVERIFY(rules::validSurface(0));
        QVERIFY(rules::validSurface(rules::maxSurface));
        QVERIFY(!rules::validSurface(-1));
        QVERIFY(!rules::validSurface(rules::maxSurface * 1.0001));
        QVERIFY(!rules::validSurface(std::numeric_limits<double>::quiet_NaN()));
        QVERIFY(rules::validJobs(12.5));
        QVERIFY(!rules::validJobs(-0.5));
        QVERIFY(!rules::validJobs(1e308));
    }

    void aCodeIsTakenWhateverItsCase()
    {
        Pillar eco;
        eco.id = 1;
        eco.code = QStringLiteral("eco");
        Pillar soc;
        soc.id = 2;
        soc.code = QStringLiteral("soc");
        const std::vector<Pillar> pillars{eco, soc};
        QVERIFY(rules::codeTaken(pillars, QStringLiteral("ECO")));
        QVERIFY2(!rules::codeTaken(pillars, QStringLiteral("Eco"), 1), "a row keeps its own code");
        QVERIFY(rules::codeTaken(pillars, QStringLiteral("Soc"), 1));
        QVERIFY(!rules::codeTaken(pillars, QStringLiteral("env")));
    }

    void aSessionsPlaceAndChairAreOneLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("a place") << QStringLiteral("Salle du conseil, mairie de Chaumont") << true;
        QTest::newRow("a tab is text") << QStringLiteral("Salle\t2") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("only spaces") << QStringLiteral("  \u00a0 ") << false;
        QTest::newRow("a line break") << QStringLiteral("Salle du conseil\nMairie") << false;
        QTest::newRow("a carriage return") << QStringLiteral("Salle\r") << false;
        QTest::newRow("an escape") << QStringLiteral("Salle \x1b[31m") << false;
        QTest::newRow("the longest") << QString(rules::maxSessionLine, QLatin1Char('x')) << true;
        QTest::newRow("one character too long") << QString(rules::maxSessionLine + 1, QLatin1Char('x')) << false;
    }
    void aSessionsPlaceAndChairAreOneLine()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(rules::validSessionLine(text), valid);
    }

    void aSessionsNotesAreTextOfAFewPages()
    {
        QVERIFY2(rules::validSessionNotes(QString()), "notes are optional");
        QVERIFY(rules::validSessionNotes(QStringLiteral("Séance ouverte à 18 h.\n\tM. Roy excusé.")));
        QVERIFY(rules::validSessionNotes(QString(rules::maxSessionNotes, QLatin1Char('x'))));
        QVERIFY(!rules::validSessionNotes(QString(rules::maxSessionNotes + 1, QLatin1Char('x'))));
        QVERIFY(!rules::validSessionNotes(QStringLiteral("bip\a")));
    }

    // The expert jury (quorum 2) of jurors 1–3 and the citizen jury (quorum 3) of jurors 4–7.
    void eachJuryHasItsQuorumAtTheSessionOrNot_data()
    {
        QTest::addColumn<std::vector<Id>>("present");
        QTest::addColumn<QString>("expected"); // per jury: present/quorum/members and + or -
        QTest::addColumn<bool>("reached");
        QTest::newRow("nobody") << std::vector<Id>{} << QStringLiteral("0/2/3- 0/3/4-") << false;
        QTest::newRow("every juror") << std::vector<Id>{1, 2, 3, 4, 5, 6, 7} << QStringLiteral("3/2/3+ 4/3/4+") << true;
        QTest::newRow("both quorums exactly")
            << std::vector<Id>{1, 3, 4, 6, 7} << QStringLiteral("2/2/3+ 3/3/4+") << true;
        QTest::newRow("the citizens one short")
            << std::vector<Id>{1, 2, 5, 6} << QStringLiteral("2/2/3+ 2/3/4-") << false;
        QTest::newRow("a juror no longer in the campaign counts for no jury")
            << std::vector<Id>{1, 2, 4, 5, 99} << QStringLiteral("2/2/3+ 2/3/4-") << false;
    }
    void eachJuryHasItsQuorumAtTheSessionOrNot()
    {
        QFETCH(std::vector<Id>, present);
        QFETCH(QString, expected);
        QFETCH(bool, reached);
        Campaign c;
        Jury expert;
        expert.id = 1;
        expert.quorum = 2;
        expert.position = 0;
        Jury citizen;
        citizen.id = 2;
        citizen.quorum = 3;
        citizen.position = 1;
        c.juries = {expert, citizen};
        for (Id id = 1; id <= 7; ++id)
            c.jurors.push_back({id, id <= 3 ? Id(1) : Id(2), QStringLiteral("Juré %1").arg(id), {}, {}});
        DeliberationSession session;
        session.jurorsPresent = present;
        const std::vector<rules::SessionQuorum> quorum = rules::sessionQuorum(c, session);
        QStringList actual;
        for (const rules::SessionQuorum& q : quorum)
            actual << QStringLiteral("%1/%2/%3%4")
                          .arg(q.present)
                          .arg(q.quorum)
                          .arg(q.members)
                          .arg(q.reached() ? QLatin1Char('+') : QLatin1Char('-'));
        QCOMPARE(actual.join(QLatin1Char(' ')), expected);
        QCOMPARE(quorum.front().juryId, Id(1));
        QCOMPARE(rules::quorumReached(quorum), reached);
        QCOMPARE(rules::presentAreJurors(c, session),
                 std::find(present.begin(), present.end(), Id(99)) == present.end());
    }
};

QTEST_MAIN(TstRules)
#include "tst_rules.moc"
