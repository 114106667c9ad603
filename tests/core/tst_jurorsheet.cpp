// SPDX-License-Identifier: GPL-3.0-or-later
// One juror's scores as a sheet (core/engine/JurorSheet, what the scoring grid shows):
// cells found by candidate and criterion, whatever the order of Campaign::scores.
#include "core/engine/JurorSheet.h"

#include "tests/support/ScoringFixture.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace palmares;
using namespace palmares::test::scoring;

class TstJurorSheet : public QObject {
    Q_OBJECT

private slots:
    void cellsHoldTheJurorsScoresByCandidateAndCriterion()
    {
        const Campaign c = scoredFixture();
        QVERIFY(!c.scores.empty());
        const Id juror = c.scores.front().jurorId;
        const JurorSheet sheet(c, juror);
        QCOMPARE(sheet.rows(), c.candidates.size());
        QCOMPARE(sheet.columns(), c.criteria.size());
        int cells = 0;
        for (size_t row = 0; row < sheet.rows(); ++row) {
            int inRow = 0;
            for (size_t column = 0; column < sheet.columns(); ++column) {
                const Score* s = sheet.at(row, column);
                if (!s)
                    continue;
                ++inRow;
                QCOMPARE(s->jurorId, juror);
                QCOMPARE(s->candidateId, c.candidates[row].id);
                QCOMPARE(s->criterionId, c.criteria[column].id);
            }
            QCOMPARE(sheet.scoredInRow(row), inRow);
            cells += inRow;
        }
        const auto mine =
            std::count_if(c.scores.begin(), c.scores.end(), [&](const Score& s) { return s.jurorId == juror; });
        QCOMPARE(qsizetype(cells), qsizetype(mine));
        QVERIFY2(!sheet.at(sheet.rows(), 0) && !sheet.at(0, sheet.columns()), "outside the sheet is empty");
    }

    void theOrderOfTheScoresDoesNotMatter()
    {
        Campaign c = scoredFixture();
        const Id juror = c.scores.front().jurorId;
        const JurorSheet before(c, juror);
        std::mt19937 shuffle(112);
        std::shuffle(c.scores.begin(), c.scores.end(), shuffle);
        const JurorSheet after(c, juror);
        for (size_t row = 0; row < before.rows(); ++row) {
            for (size_t column = 0; column < before.columns(); ++column) {
                const Score *a = before.at(row, column), *b = after.at(row, column);
                QVERIFY2(bool(a) == bool(b) && (!a || a->value == b->value),
                         qPrintable(QStringLiteral("cell %1, %2 moved").arg(row).arg(column)));
            }
        }
    }

    void scoresOfUnknownRowsAndOtherJurorsStayOut()
    {
        Campaign c = scoredFixture();
        const Id juror = c.scores.front().jurorId;
        Score stray = c.scores.front();
        stray.candidateId = 999999; // no such candidate
        c.scores.push_back(stray);
        const JurorSheet sheet(c, juror);
        const JurorSheet nobody(c, 999999);
        int cells = 0;
        for (size_t row = 0; row < nobody.rows(); ++row)
            cells += nobody.scoredInRow(row);
        QCOMPARE(cells, 0);
        int mine = 0;
        for (size_t row = 0; row < sheet.rows(); ++row)
            mine += sheet.scoredInRow(row);
        QCOMPARE(qsizetype(mine), qsizetype(std::count_if(c.scores.begin(), c.scores.end() - 1,
                                                          [&](const Score& s) { return s.jurorId == juror; })));
    }
};

QTEST_MAIN(TstJurorSheet)
#include "tst_jurorsheet.moc"
