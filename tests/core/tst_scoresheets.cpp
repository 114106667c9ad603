// SPDX-License-Identifier: GPL-3.0-or-later
// Blank score sheets (core/print/ScoreSheets): a page per candidate assigned to the juror,
// never one they are in conflict with; every criterion with its rubric; the jury's scale;
// one PDF per juror written whole, a folder that cannot be written named, and Cancel heard.
#include "core/print/Pdf.h"
#include "core/print/ScoreSheets.h"
#include "tests/support/CampaignSamples.h"
#include "tests/support/TestFiles.h"

#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace palmares;
using namespace palmares::print;

class TstScoreSheets : public QObject {
    Q_OBJECT

private slots:
    void aPagePerCandidateAssigned()
    {
        const Campaign c = test::demoIn(CampaignStatus::Scoring);
        const Conflict& conflict = c.conflicts.front();
        const Juror* juror = nullptr;
        for (const Juror& j : c.jurors) {
            if (j.id == conflict.jurorId)
                juror = &j;
        }
        QVERIFY(juror);
        QTextDocument d;
        d.setHtml(ScoreSheets::pages(c, *juror).join(QString()));
        const QString text = d.toPlainText();
        const std::vector<const Candidate*> assigned = assignedTo(c, juror->id);
        for (const Candidate* k : assigned)
            QVERIFY2(text.contains(k->name), qPrintable(k->name));
        for (const Candidate& k : c.candidates) {
            if (k.id == conflict.candidateId)
                QVERIFY2(!text.contains(QStringLiteral("%1. %2").arg(k.registrationNo).arg(k.name)),
                         qPrintable(k.name));
        }
        for (const Criterion& k : c.criteria) {
            QVERIFY(text.contains(k.name));
            for (const RubricLevel& level : k.rubric)
                QVERIFY(text.contains(level.description));
        }
        QVERIFY(text.contains(QStringLiteral("from 0 to 10")));
        const QByteArray pdf = ScoreSheets::pdf(c, *juror);
        QCOMPARE(pageCount(pdf), int(assigned.size()));
    }

    void oneFilePerJuror()
    {
        const Campaign c = test::demoIn(CampaignStatus::Scoring);
        QTemporaryDir dir;
        const ScoreSheets::Written w = ScoreSheets::write(c, {c.jurors.at(0).id, c.jurors.at(1).id}, dir.path());
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        QCOMPARE(int(w.files.size()), 2);
        QCOMPARE(QFileInfo(w.files.front()).fileName(), ScoreSheets::fileName(c, c.jurors.front()));
        QVERIFY(QFileInfo(w.files.front()).fileName().endsWith(QStringLiteral("-sheets.pdf")));
        QVERIFY(test::readBytes(w.files.front()).startsWith("%PDF-"));
        QCOMPARE(test::listing(dir.path()).size(), 2);

        const QString missing = dir.filePath(QStringLiteral("absent"));
        const ScoreSheets::Written refused = ScoreSheets::write(c, {c.jurors.front().id}, missing);
        QVERIFY(refused.files.empty());
        QVERIFY2(refused.error.contains(QDir::toNativeSeparators(missing)), qPrintable(refused.error));

        QTemporaryDir other;
        const ScoreSheets::Written cancelled = ScoreSheets::write(c, {c.jurors.at(0).id, c.jurors.at(1).id},
                                                                  other.path(), [](int done, int) { return done < 1; });
        QVERIFY(cancelled.cancelled);
        QCOMPARE(int(cancelled.files.size()), 1);
    }
};

QTEST_MAIN(TstScoreSheets)
#include "tst_scoresheets.moc"
