// SPDX-License-Identifier: GPL-3.0-or-later
// Setting a campaign up through the real widgets: pillars and criteria (weights and the
// share of the final score they give, thresholds, rubric levels), juries (quorum, scale),
// jurors, and conflicts of interest ticked in the candidate × juror matrix.
#include "core/demo/DemoGenerator.h"
#include "core/engine/Analysis.h"
#include "core/i18n/Translations.h"
#include "core/model/DefaultSetup.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/CampaignSamples.h"
#include "tests/support/GuiTest.h"
#include "ui/MainWindow.h"
#include "ui/campaign/CampaignPage.h"
#include "ui/candidates/CandidateForm.h"
#include "ui/candidates/CandidatesPage.h"
#include "ui/criteria/CriteriaPage.h"
#include "ui/juries/JuriesPage.h"
#include "ui/models/BuildingsModel.h"
#include "ui/models/ConflictsModel.h"
#include "ui/models/CriteriaModel.h"
#include "ui/models/JuriesModel.h"
#include "ui/models/JurorsModel.h"
#include "ui/models/RubricModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace palmares;

class TstSetupPages : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString freshPath(const QString& name) { return test::freshPath(m_dir, name); }

    static QString percent(double v) { return QLocale().toString(v, 'f', 1) + QStringLiteral("\u202f%"); }

    // Types `text` into the view's current cell as a user does, then Enter.
    static void typeInCell(QAbstractItemView* view, const QString& text)
    {
        QWidget* editor = test::typeInCell(view, text);
        QVERIFY2(editor, "typing opens the cell's editor");
        QTest::keyClick(editor, Qt::Key_Return);
    }

    static void clickButton(QWidget* page, const char* name)
    {
        auto* button = page->findChild<QPushButton*>(QLatin1String(name));
        QVERIFY2(button, name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    // Defects seen at 1024×768 in French: the use editor read « Ateli… », the invalid-SIRET
    // message stayed on one line and pushed a horizontal scrollbar, juror names were cut.
    void nothingIsCutOnTheSetupPages()
    {
        const LanguageScope french(QStringLiteral("fr"));
        QVERIFY(french.isValid());
        MainWindow window;
        window.resize(1024, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(
            window.createCampaign(freshPath(QStringLiteral("cut.ami")), test::demoIn(CampaignStatus::Draft), &error),
            qPrintable(error));

        window.showPage(MainWindow::CampaignSitePage);
        QTableView* buildings = window.campaignPage()->buildingsView();
        // Defect: « Usage » half seen, the surface behind a scrollbar. Too narrow for the
        // settings and the buildings side by side, the page puts one above the other.
        QCoreApplication::processEvents();
        QVERIFY2(!buildings->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("%1 of %2 shown")
                                .arg(buildings->viewport()->width())
                                .arg(buildings->horizontalHeader()->length())));
        QCOMPARE(window.campaignPage()->findChild<QSplitter*>(QStringLiteral("campaignSplitter"))->orientation(),
                 Qt::Vertical);
        const QModelIndex use = buildings->model()->index(0, BuildingsModel::UseColumn);
        buildings->setCurrentIndex(use);
        buildings->edit(use);
        auto* editor = qobject_cast<QComboBox*>(QApplication::focusWidget());
        QVERIFY(editor);
        int longest = 0;
        for (int i = 0; i < editor->count(); ++i)
            longest = std::max(longest, editor->fontMetrics().horizontalAdvance(editor->itemText(i)));
        QVERIFY2(editor->width() > longest, qPrintable(QStringLiteral("%1 ≤ %2").arg(editor->width()).arg(longest)));
        QVERIFY(editor->view()->minimumWidth() > longest);
        QTest::keyClick(editor, Qt::Key_Escape);

        // Defect: « Viabilité du modèl… »: every criterion's name whole.
        window.showPage(MainWindow::CriteriaTreePage);
        QCoreApplication::processEvents();
        QTreeView* tree = window.criteriaPage()->tree();
        tree->expandAll();
        QCoreApplication::processEvents();
        const auto everyNameWhole = [tree] {
            const QAbstractItemModel* m = tree->model();
            for (int p = 0; p < m->rowCount(); ++p) {
                const QModelIndex pillar = m->index(p, CriteriaModel::NameColumn);
                for (int k = -1; k < m->rowCount(pillar); ++k) {
                    const QModelIndex i = k < 0 ? pillar : m->index(k, CriteriaModel::NameColumn, pillar);
                    if (tree->visualRect(i).width() < tree->sizeHintForIndex(i).width()) {
                        qWarning("%s: %d < %d", qPrintable(i.data().toString()), tree->visualRect(i).width(),
                                 tree->sizeHintForIndex(i).width());
                        return false;
                    }
                }
            }
            return true;
        };
        QVERIFY(everyNameWhole());
        QVERIFY(!tree->horizontalScrollBar()->isVisible());
        auto* criteriaSplitter = window.criteriaPage()->findChild<QSplitter*>(QStringLiteral("criteriaSplitter"));
        QCOMPARE(criteriaSplitter->orientation(), Qt::Vertical);
        // On a small laptop's screen, side by side again, every name still whole (defect: at
        // 1366 pixels the rubric took half the width and the names were cut).
        window.resize(1366, 720);
        QTRY_COMPARE(criteriaSplitter->orientation(), Qt::Horizontal);
        QVERIFY(everyNameWhole());
        window.resize(1024, 720);
        QTRY_COMPARE(criteriaSplitter->orientation(), Qt::Vertical);

        window.showPage(MainWindow::CandidatesListPage);
        CandidateForm* form = window.candidatesPage()->form();
        auto* scroll = qobject_cast<QScrollArea*>(form->parentWidget()->parentWidget());
        QVERIFY(scroll);
        // Defect: the project's title read « itat inclusif et logements accompagnés »: a
        // long text shows its beginning.
        for (QLineEdit* edit : form->findChildren<QLineEdit*>())
            if (!edit->hasFocus() && !edit->text().isEmpty())
                QVERIFY2(edit->cursorPosition() == 0, qPrintable(edit->text()));
        form->siretEdit()->clear();
        QTest::keyClicks(form->siretEdit(), QStringLiteral("12345678901234"));
        QCoreApplication::processEvents();
        auto* status = form->findChild<QLabel*>(QStringLiteral("siretStatus"));
        QVERIFY(status && !status->text().isEmpty());
        QVERIFY(status->wordWrap());
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(), qPrintable(status->text()));

        // Every header of the juries' and jurors' tables has room for its longest word.
        window.showPage(MainWindow::JuriesPanelPage);
        for (QTableView* view : {window.juriesPage()->juriesView(), window.juriesPage()->jurorsView()}) {
            // In bold, as a header is drawn when its row is selected (« ondération »).
            QFont bold = view->horizontalHeader()->font();
            bold.setBold(true);
            const QFontMetrics fm(bold);
            const int margin = view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, view->horizontalHeader());
            for (int c = 0; c < view->model()->columnCount(); ++c) {
                if (view->isColumnHidden(c))
                    continue;
                for (const QString& word :
                     view->model()->headerData(c, Qt::Horizontal).toString().split(QLatin1Char(' ')))
                    QVERIFY2(view->columnWidth(c) >= fm.horizontalAdvance(word) + 2 * margin, qPrintable(word));
            }
        }
        // And a juror's whole name.
        QTableView* jurors = window.juriesPage()->jurorsView();
        const QFontMetrics cells(jurors->font());
        for (int r = 0; r < jurors->model()->rowCount(); ++r) {
            const QString name = jurors->model()->index(r, JurorsModel::NameColumn).data().toString();
            QVERIFY2(jurors->columnWidth(JurorsModel::NameColumn) > cells.horizontalAdvance(name), qPrintable(name));
        }
    }

    void pillarWeightsShowTheirShareAndAreUndoable()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        const QString path = freshPath(QStringLiteral("criteres.ami"));
        QVERIFY2(window.createCampaign(path, DefaultSetup::campaign(), &error), qPrintable(error));
        window.showPage(MainWindow::CriteriaTreePage);
        CriteriaPage* page = window.criteriaPage();
        CriteriaModel* model = page->criteriaModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Campaign& c = window.document()->campaign();
        QCOMPARE(model->rowCount(), int(c.pillars.size()));
        const QModelIndex first = model->index(0, CriteriaModel::NameColumn);
        QCOMPARE(model->rowCount(first), 3);
        const WeightShares before = weightShares(c);
        QCOMPARE(model->index(0, CriteriaModel::ShareColumn).data().toString(), percent(before.pillars[0]));

        // The first pillar weighs twice the others: typed in its weight cell.
        const double doubled = c.pillars[0].weight * 2;
        page->tree()->setCurrentIndex(model->index(0, CriteriaModel::WeightColumn));
        typeInCell(page->tree(), QString::number(doubled));
        QTRY_COMPARE(window.document()->campaign().pillars[0].weight, doubled);
        const WeightShares after = weightShares(window.document()->campaign());
        QVERIFY(after.pillars[0] > before.pillars[0]);
        QCOMPARE(model->index(0, CriteriaModel::ShareColumn).data().toString(), percent(after.pillars[0]));
        QCOMPARE(model->index(0, CriteriaModel::ShareColumn, first).data().toString(), percent(after.criteria[0]));
        std::optional<Campaign> onDisk = CampaignFile::read(path, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QCOMPARE(onDisk->pillars[0].weight, doubled);

        // A negative weight is refused, and said so.
        QSignalSpy problems(page, &DocumentPage::problem);
        page->tree()->setCurrentIndex(model->index(1, CriteriaModel::WeightColumn));
        typeInCell(page->tree(), QStringLiteral("-3"));
        QTRY_COMPARE(problems.count(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(QStringLiteral("weight")));
        QCOMPARE(window.document()->campaign().pillars[1].weight, c.pillars[1].weight);

        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.document()->campaign().pillars[0].weight, doubled / 2);
        QCOMPARE(model->index(0, CriteriaModel::ShareColumn).data().toString(), percent(before.pillars[0]));
    }

    void eliminatoryThresholdsAreScoresOutOf100()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.createCampaign(freshPath(QStringLiteral("seuils.ami")), DefaultSetup::campaign(), &error),
                 qPrintable(error));
        window.showPage(MainWindow::CriteriaTreePage);
        CriteriaPage* page = window.criteriaPage();
        CriteriaModel* model = page->criteriaModel();
        QSignalSpy problems(page, &DocumentPage::problem);
        page->tree()->setCurrentIndex(model->index(1, CriteriaModel::ThresholdColumn));
        typeInCell(page->tree(), QStringLiteral("150"));
        QTRY_COMPARE(problems.count(), 1);
        QVERIFY(!window.document()->campaign().pillars[1].eliminatoryThreshold);
        typeInCell(page->tree(), QStringLiteral("35"));
        QTRY_VERIFY(window.document()->campaign().pillars[1].eliminatoryThreshold.has_value());
        QCOMPARE(*window.document()->campaign().pillars[1].eliminatoryThreshold, 35.0);
        // A criterion has no threshold of its own.
        QVERIFY(
            !(model->flags(model->index(0, CriteriaModel::ThresholdColumn, model->index(1, 0))) & Qt::ItemIsEditable));
    }

    void addsACriterionWithItsRubricThenRemovesIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        const QString path = freshPath(QStringLiteral("rubrique.ami"));
        QVERIFY2(window.createCampaign(path, DefaultSetup::campaign(), &error), qPrintable(error));
        window.showPage(MainWindow::CriteriaTreePage);
        CriteriaPage* page = window.criteriaPage();
        CriteriaModel* model = page->criteriaModel();
        const Id pillar = window.document()->campaign().pillars[2].id;
        const size_t criteriaBefore = window.document()->campaign().criteria.size();
        page->tree()->setCurrentIndex(model->index(2, CriteriaModel::NameColumn));

        // Add criterion: the new row's name is open for typing.
        clickButton(page, "addCriterion");
        QCOMPARE(window.document()->campaign().criteria.size(), criteriaBefore + 1);
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor && editor != page->tree());
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Soft mobility"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(window.document()->campaign().criteria.back().name, QStringLiteral("Soft mobility"));
        const Criterion added = window.document()->campaign().criteria.back();
        QCOMPARE(added.pillarId, pillar);
        QCOMPARE(model->rowCount(model->index(2, 0)), 4);

        // Its rubric shows beside the tree; a level is added and named by keyboard.
        QCOMPARE(page->rubricModel()->criterion(), added.id);
        QCOMPARE(page->rubricModel()->rowCount(), 3);
        clickButton(page, "addLevel");
        editor = QApplication::focusWidget();
        QVERIFY(editor && editor != page->rubricView());
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Exemplary"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(window.document()->campaign().criteria.back().rubric.size(), size_t(4));
        QTRY_COMPARE(window.document()->campaign().criteria.back().rubric.back().label, QStringLiteral("Exemplary"));
        page->rubricView()->setCurrentIndex(page->rubricModel()->index(3, RubricModel::DescriptionColumn));
        typeInCell(page->rubricView(), QStringLiteral("Car-free site access for all staff"));
        QTRY_COMPARE(window.document()->campaign().criteria.back().rubric.back().description,
                     QStringLiteral("Car-free site access for all staff"));
        std::optional<Campaign> onDisk = CampaignFile::read(path, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QCOMPARE(onDisk->criteria.back().rubric.size(), size_t(4));
        QCOMPARE(onDisk->criteria.back().rubric.back().label, QStringLiteral("Exemplary"));

        // Moved up among its pillar's criteria, then removed (no scores: no question).
        page->tree()->setCurrentIndex(model->indexOfCriterion(added.id));
        clickButton(page, "moveUp");
        QCOMPARE(model->indexOfCriterion(added.id).row(), 2);
        QCOMPARE(page->tree()->currentIndex().siblingAtColumn(0), model->indexOfCriterion(added.id));
        clickButton(page, "removeCriterion");
        QCOMPARE(window.document()->campaign().criteria.size(), criteriaBefore);
        QCOMPARE(model->rowCount(model->index(2, 0)), 3);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.document()->campaign().criteria.size(), criteriaBefore + 1);
        QCOMPARE(model->indexOfCriterion(added.id).row(), 2);
    }

    void removingAScoredCriterionAsksFirst()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(
            window.createCampaign(freshPath(QStringLiteral("demo.ami")), test::demoIn(CampaignStatus::Draft), &error),
            qPrintable(error));
        window.showPage(MainWindow::CriteriaTreePage);
        CriteriaPage* page = window.criteriaPage();
        CriteriaModel* model = page->criteriaModel();
        const size_t criteria = window.document()->campaign().criteria.size();
        const size_t scores = window.document()->campaign().scores.size();
        page->tree()->setCurrentIndex(model->index(0, 0, model->index(0, 0)));
        QVERIFY(model->scoresRemovedWith(page->tree()->currentIndex()) > 0);
        QString question;
        QTimer::singleShot(0, this, [&question] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        clickButton(page, "removeCriterion");
        QVERIFY2(question.contains(QStringLiteral("score")), qPrintable(question));
        QCOMPARE(window.document()->campaign().criteria.size(), criteria);
        QCOMPARE(window.document()->campaign().scores.size(), scores);
    }

    void juriesQuorumScaleAndJurors()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        const QString path = freshPath(QStringLiteral("jurys.ami"));
        QVERIFY2(window.createCampaign(path, test::demoIn(CampaignStatus::Draft), &error), qPrintable(error));
        window.showPage(MainWindow::JuriesPanelPage);
        JuriesPage* page = window.juriesPage();
        JuriesModel* juries = page->juriesModel();
        QAbstractItemModelTester t1(juries, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(page->jurorsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(juries->rowCount(), 2);
        const Jury expert = window.document()->campaign().juries[0];

        // The quorum, typed in.
        page->juriesView()->setCurrentIndex(juries->index(0, JuriesModel::QuorumColumn));
        typeInCell(page->juriesView(), QStringLiteral("3"));
        QTRY_COMPARE(window.document()->campaign().juries[0].quorum, 3);

        // A scale that would leave scores off it is refused, with how many.
        QSignalSpy problems(page, &DocumentPage::problem);
        page->juriesView()->setCurrentIndex(juries->index(0, JuriesModel::MaxColumn));
        typeInCell(page->juriesView(), QStringLiteral("5"));
        QTRY_COMPARE(problems.count(), 1);
        QVERIFY2(problems.at(0).at(0).toString().contains(QStringLiteral("would fall off")),
                 qPrintable(problems.at(0).at(0).toString()));
        QCOMPARE(window.document()->campaign().juries[0].scaleMax, expert.scaleMax);

        // The jurors shown are the selected jury's; a juror is added to it by keyboard.
        page->juriesView()->setCurrentIndex(juries->index(1, JuriesModel::NameColumn));
        const Id citizen = window.document()->campaign().juries[1].id;
        QCOMPARE(page->jurorsModel()->jury(), citizen);
        const int jurors = page->jurorsModel()->rowCount();
        clickButton(page, "addJuror");
        QCOMPARE(page->jurorsModel()->rowCount(), jurors + 1);
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor && editor != page->jurorsView());
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Lea Martin"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(window.document()->campaign().jurors.back().name, QStringLiteral("Lea Martin"));
        QCOMPARE(window.document()->campaign().jurors.back().juryId, citizen);
        // A mistyped e-mail is refused.
        page->jurorsView()->setCurrentIndex(page->jurorsModel()->index(jurors, JurorsModel::EmailColumn));
        typeInCell(page->jurorsView(), QStringLiteral("lea.martin"));
        QTRY_COMPARE(problems.count(), 2);
        QCOMPARE(window.document()->campaign().jurors.back().email, QString());
        std::optional<Campaign> onDisk = CampaignFile::read(path, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QCOMPARE(onDisk->juries[0].quorum, 3);
        QCOMPARE(onDisk->jurors.back().name, QStringLiteral("Lea Martin"));
    }

    void aConflictTickedInTheMatrixSetsTheJurorsScoresAside()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.createCampaign(freshPath(QStringLiteral("conflits.ami")), test::demoIn(CampaignStatus::Draft),
                                       &error),
                 qPrintable(error));
        window.showPage(MainWindow::JuriesPanelPage);
        JuriesPage* page = window.juriesPage();
        ConflictsModel* model = page->conflictsModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Campaign& c = window.document()->campaign();
        QCOMPARE(model->rowCount(), int(c.candidates.size()));
        QCOMPARE(model->columnCount(), int(c.jurors.size()));
        // Find a cell without a conflict where the juror has scored the candidate.
        QModelIndex cell;
        for (int row = 0; row < model->rowCount() && !cell.isValid(); ++row) {
            const QModelIndex at = model->index(row, 0);
            if (!model->conflictAt(at))
                cell = at;
        }
        QVERIFY(cell.isValid());
        const Id juror = model->jurorAt(cell.column())->id, candidate = model->candidateAt(cell.row())->id;
        const int ignoredBefore = window.document()->evaluation().scores.ignoredScores;
        const size_t conflicts = c.conflicts.size();

        // Space ticks the current cell.
        page->conflictsView()->setFocus();
        page->conflictsView()->setCurrentIndex(cell);
        QTest::keyClick(page->conflictsView(), Qt::Key_Space);
        QTRY_COMPARE(window.document()->campaign().conflicts.size(), conflicts + 1);
        QVERIFY(model->conflictAt(cell));
        QCOMPARE(model->conflictAt(cell)->jurorId, juror);
        QCOMPARE(model->conflictAt(cell)->candidateId, candidate);
        QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY2(window.document()->evaluation().scores.ignoredScores > ignoredBefore,
                 "the juror's scores for that candidate no longer count");

        // Typing in the cell gives the reason.
        typeInCell(page->conflictsView(), QStringLiteral("Former employer"));
        QTRY_COMPARE(model->conflictAt(cell)->reason, QStringLiteral("Former employer"));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Former employer")));

        // Undone twice: no conflict, the scores count again.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.document()->campaign().conflicts.size(), conflicts);
        QCOMPARE(window.document()->evaluation().scores.ignoredScores, ignoredBefore);
        QCOMPARE(cell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }
};

QTEST_MAIN(TstSetupPages)
#include "tst_setuppages.moc"
