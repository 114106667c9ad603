// SPDX-License-Identifier: GPL-3.0-or-later
// Every item model of ui/models under QAbstractItemModelTester, together on one document
// of the demo campaign: opened, edited through the models (a building, a rubric level, a
// candidate, a juror, a pillar, a score, a conflict), undone and redone, filtered, closed.
// The tester fails the test on any signal or index a view could not trust.
#include "core/demo/DemoGenerator.h"
#include "core/edit/CampaignDocument.h"
#include "tests/support/CampaignSamples.h"
#include "ui/models/BuildingsModel.h"
#include "ui/models/CandidateFilter.h"
#include "ui/models/CandidatesModel.h"
#include "ui/models/ConflictsModel.h"
#include "ui/models/CriteriaModel.h"
#include "ui/models/JuriesModel.h"
#include "ui/models/JurorsModel.h"
#include "ui/models/RankingModel.h"
#include "ui/models/RubricModel.h"
#include "ui/models/ScoreGridModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace palmares;

class TstModelTester : public QObject {
    Q_OBJECT

private slots:
    void everyModelStaysConsistentThroughEditsUndoAndClose()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        std::unique_ptr<CampaignDocument> doc = CampaignDocument::create(dir.filePath(QStringLiteral("demo.ami")),
                                                                         test::demoIn(CampaignStatus::Draft), &error);
        QVERIFY2(doc, qPrintable(error));
        const Campaign& c = doc->campaign();

        BuildingsModel buildings;
        CandidatesModel candidates;
        CandidateFilter filter;
        filter.setSourceModel(&candidates);
        ConflictsModel conflicts;
        CriteriaModel criteria;
        JuriesModel juries;
        JurorsModel jurors;
        RankingModel ranking;
        RubricModel rubric;
        ScoreGridModel grid;
        std::vector<QAbstractItemModel*> all{&buildings, &candidates, &filter,  &conflicts, &criteria,
                                             &juries,    &jurors,     &ranking, &rubric,    &grid};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel* model : all)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        for (DocumentModel* model : std::initializer_list<DocumentModel*>{
                 &buildings, &candidates, &conflicts, &criteria, &juries, &jurors, &ranking, &rubric, &grid})
            model->setDocument(doc.get());
        jurors.setJury(c.juries.front().id);
        rubric.setCriterion(c.criteria.front().id);
        grid.setJuror(c.jurors.front().id);
        QCOMPARE(candidates.rowCount(), int(c.candidates.size()));
        QVERIFY(grid.rowCount() > 0);

        // Edits through the models, each saved in the file and heard by all of them.
        const int buildingRows = buildings.rowCount();
        QVERIFY(buildings.addBuilding() >= 0);
        QCOMPARE(buildings.rowCount(), buildingRows + 1);
        QVERIFY(rubric.addLevel() >= 0);
        QVERIFY(jurors.addJuror() >= 0);
        QVERIFY(criteria.addPillar().isValid());
        QVERIFY(juries.setData(juries.index(0, JuriesModel::NameColumn), QStringLiteral("Jury d'experts")));
        const QModelIndex cell = grid.index(0, 0);
        QVERIFY2(grid.setData(cell, QStringLiteral("5")), "a score on the expert scale");
        QVERIFY(conflicts.setConflict(conflicts.index(0, 0), true, QStringLiteral("Associé")));
        const int edits = doc->undoStack()->count();
        QVERIFY2(edits >= 7, qPrintable(QString::number(edits)));

        // Undone and redone, every model follows.
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(buildings.rowCount(), buildingRows);
        while (doc->undoStack()->canRedo())
            doc->undoStack()->redo();
        QCOMPARE(buildings.rowCount(), buildingRows + 1);

        // Filtered, then the document goes away.
        filter.setSearch(QStringLiteral("Paille"));
        QVERIFY(filter.rowCount() >= 1 && filter.rowCount() < candidates.rowCount());
        filter.setSearch(QString());
        doc.reset();
        for (QAbstractItemModel* model : all)
            QCOMPARE(model->rowCount(), 0);
    }
};

QTEST_MAIN(TstModelTester)
#include "tst_modeltester.moc"
