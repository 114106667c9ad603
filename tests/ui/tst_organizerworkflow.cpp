// SPDX-License-Identifier: GPL-3.0-or-later
// An organizer's day, driven through the real widgets: create a campaign, add a
// building, register a candidate (an invalid SIRET refused, a valid one saved), type
// scores from a paper sheet by keyboard, watch the ranking move, undo, record a forced-in
// decision whose justification is required, and be told when a file is not a campaign
// or is already open elsewhere.
#include "core/demo/DemoGenerator.h"
#include "core/model/DefaultSetup.h"
#include "core/model/Siret.h"
#include "core/model/UtcTime.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/CampaignSamples.h"
#include "tests/support/GuiTest.h"
#include "tests/support/TestFiles.h"
#include "ui/MainWindow.h"
#include "ui/campaign/CampaignPage.h"
#include "ui/candidates/CandidateForm.h"
#include "ui/candidates/CandidatesPage.h"
#include "ui/models/BuildingsModel.h"
#include "ui/models/CandidatesModel.h"
#include "ui/models/RankingModel.h"
#include "ui/models/ScoreGridModel.h"
#include "ui/ranking/RankingPage.h"
#include "ui/scoring/ScoringPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace palmares;

class TstOrganizerWorkflow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString freshPath(const QString& name) { return test::freshPath(m_dir, name); }
    static QDateTime fixedTime() { return utcDateTime(QDate(2026, 11, 22), QTime(14, 30)); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createsACampaignAndAddsABuildingSavedAtOnceAndUndoable()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = freshPath(QStringLiteral("site.ami"));
        QString error;
        QVERIFY2(window.createCampaign(path, DefaultSetup::campaign(), &error), qPrintable(error));
        CampaignPage* page = window.campaignPage();
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addBuilding")), Qt::LeftButton);
        QWidget* editor = QApplication::focusWidget();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Hangar 12"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTableView* view = page->buildingsView();
        view->setCurrentIndex(page->buildingsModel()->index(0, BuildingsModel::SurfaceColumn));
        editor = test::typeInCell(view, QStringLiteral("1500"));
        QVERIFY2(editor, "typing opens the cell's editor");
        QTest::keyClick(editor, Qt::Key_Return);

        // The item view commits an editor's value from the event loop.
        QTRY_COMPARE(window.document()->campaign().buildings.at(0).surface, 1500.0);
        const Building& b = window.document()->campaign().buildings.at(0);
        QCOMPARE(b.name, QStringLiteral("Hangar 12"));
        QCOMPARE(b.surface, 1500.0);
        QVERIFY2(page->siteSummary().contains(QStringLiteral("1,500")), qPrintable(page->siteSummary()));
        // In the file already, without any Save.
        std::optional<Campaign> onDisk = CampaignFile::read(path, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QCOMPARE(onDisk->buildings.size(), size_t(1));
        QCOMPARE(onDisk->buildings.at(0).surface, 1500.0);

        // Ctrl+Z undoes the surface, then the name; Ctrl+Shift+Z redoes.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.document()->campaign().buildings.at(0).surface, 0.0);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.document()->campaign().buildings.at(0).surface, 1500.0);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Palmarès")));

        // A surface with a few zeros too many is refused, said so, and the file keeps 1,500.
        QSignalSpy problems(page, &DocumentPage::problem);
        view->setCurrentIndex(page->buildingsModel()->index(0, BuildingsModel::SurfaceColumn));
        editor = test::typeInCell(view, QStringLiteral("15000000"));
        QVERIFY2(editor, "typing opens the cell's editor");
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(problems.count(), 1);
        QVERIFY2(problems.at(0).at(0).toString().contains(QStringLiteral("from 0 to 1,000,000")),
                 qPrintable(problems.at(0).at(0).toString()));
        QCOMPARE(window.document()->campaign().buildings.at(0).surface, 1500.0);
        onDisk = CampaignFile::read(path, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QCOMPARE(onDisk->buildings.at(0).surface, 1500.0);
    }

    void registersACandidateWithAnInvalidThenAValidSiret()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.createCampaign(freshPath(QStringLiteral("candidats.ami")), DefaultSetup::campaign(), &error),
                 qPrintable(error));
        window.showPage(MainWindow::CandidatesListPage);
        CandidatesPage* page = window.candidatesPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("addCandidate")), Qt::LeftButton);
        QCOMPARE(page->model()->rowCount(), 1);
        CandidateForm* form = page->form();
        QLineEdit* name = form->nameEdit();
        QCOMPARE(QApplication::focusWidget(), name);
        QTest::keyClicks(name, QStringLiteral("Atelier Bois Courcy"));
        QTest::keyClick(name, Qt::Key_Return);
        const Id id = form->candidateId();
        auto candidate = [&] { return *page->model()->candidateAt(page->model()->rowOf(id)); };
        QCOMPARE(candidate().name, QStringLiteral("Atelier Bois Courcy"));

        QLineEdit* siret = form->siretEdit();
        siret->setFocus();
        QTest::keyClicks(siret, QStringLiteral("732 829 320 00075"));
        QVERIFY2(form->siretMessage().contains(QStringLiteral("check")), qPrintable(form->siretMessage()));
        QTest::keyClick(siret, Qt::Key_Return);
        QVERIFY2(form->siretMessage().startsWith(QStringLiteral("Not saved")), qPrintable(form->siretMessage()));
        QCOMPARE(candidate().siret, QString());

        const QString base = QStringLiteral("7328293200007");
        const QString valid = base + QString::number(Siret::luhnCheckDigit(base));
        siret->selectAll();
        QTest::keyClicks(siret, valid);
        QCOMPARE(form->siretMessage(), QStringLiteral("Valid SIRET."));
        QTest::keyClick(siret, Qt::Key_Return);
        QCOMPARE(candidate().siret, valid);
        QCOMPARE(page->model()->data(page->model()->index(0, CandidatesModel::SiretColumn)).toString(), valid);
        // The search finds it by SIRET; a search for something else hides it.
        QTest::keyClicks(page->searchEdit(), valid.left(9));
        QCOMPARE(page->view()->model()->rowCount(), 1);
        QTest::keyClicks(page->searchEdit(), QStringLiteral("zzz"));
        QCOMPARE(page->view()->model()->rowCount(), 0);
    }

    void typesScoresByKeyboardAndTheRankingFollows()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        Campaign scoring = DemoGenerator::generate();
        scoring.settings.status = CampaignStatus::Scoring; // scores come in freely
        QVERIFY2(window.createCampaign(freshPath(QStringLiteral("demo.ami")), scoring, &error), qPrintable(error));
        window.document()->setClock(&fixedTime);
        window.showPage(MainWindow::ScoringSheetPage);
        ScoringPage* page = window.scoringPage();
        ScoreGridModel* grid = page->model();
        QAbstractItemModelTester tester(grid, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(!page->reasonEdit()->isVisible(), "no reason is asked in scoring");
        const Campaign& c = window.document()->campaign();
        const Juror& juror = c.jurors.front(); // an expert: 0–10 in steps of 0.5
        page->selectJuror(juror.id);
        QCOMPARE(grid->jurorId(), juror.id);
        // A row this juror may score.
        int row = 0;
        while (grid->data(grid->index(row, 0), ScoreGridModel::ConflictRole).toBool())
            ++row;
        const Id candidateId = grid->candidateAt(row)->id;
        const int candidate = row; // candidates are in registration order, as in the campaign
        auto finalScore = [&] { return window.document()->evaluation().scores.candidates.at(size_t(candidate)).final; };
        const double before = finalScore();
        const QString oldValue = grid->data(grid->index(row, 0)).toString();

        QTableView* view = page->view();
        view->setFocus();
        view->setCurrentIndex(grid->index(row, 0));
        // Off the scale: refused, the reason shown, the cell stays open.
        QWidget* editor = test::typeInCell(view, QStringLiteral("12"));
        QVERIFY2(editor, "typing opens the cell's editor");
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY2(page->problemText().contains(QStringLiteral("outside the scale")), qPrintable(page->problemText()));
        QCOMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(grid->data(grid->index(row, 0)).toString(), oldValue);
        // Off the step, then a good value with a decimal point: saved, on to the next criterion.
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("7.3"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY2(page->problemText().contains(QStringLiteral("steps of")), qPrintable(page->problemText()));
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        const QString low = oldValue == QStringLiteral("0") ? QStringLiteral("10") : QStringLiteral("0");
        QTest::keyClicks(editor, low);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(grid->data(grid->index(row, 0)).toString(), low);
        QCOMPARE(view->currentIndex().column(), 1);
        QCOMPARE(page->problemText(), QString());
        const double after = finalScore();
        QVERIFY2(after != before, "the final score follows the typed value");
        // The ranking page shows the new number.
        RankingModel* ranking = window.rankingPage()->model();
        const int rankRow = ranking->rowOfCandidate(candidate);
        QCOMPARE(ranking->data(ranking->index(rankRow, RankingModel::FinalColumn), RankingModel::SortRole).toDouble(),
                 after);
        // The score is stamped and marked as typed from paper.
        const auto score = std::find_if(c.scores.begin(), c.scores.end(), [&](const Score& s) {
            return s.jurorId == juror.id && s.candidateId == candidateId && s.criterionId == c.criteria.front().id;
        });
        QCOMPARE(score->origin, QStringLiteral("paper"));
        QCOMPARE(score->at, fixedTime());

        // A comment on the cell.
        view->setCurrentIndex(grid->index(row, 0));
        page->commentEdit()->setFocus();
        QTest::keyClicks(page->commentEdit(), QStringLiteral("Dossier solide"));
        QTest::keyClick(page->commentEdit(), Qt::Key_Return);
        QCOMPARE(grid->data(grid->index(row, 0), ScoreGridModel::CommentRole).toString(),
                 QStringLiteral("Dossier solide"));

        // Undo twice: the comment, then the score; the final score is back.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(grid->data(grid->index(row, 0)).toString(), oldValue);
        QCOMPARE(finalScore(), before);
    }

    // Defect: « « abc » n'est pas un nombre. » stayed on screen after Escape.
    void escapeTakesTheRefusalAwayWithTheTyping()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        Campaign scoring = DemoGenerator::generate();
        scoring.settings.status = CampaignStatus::Scoring;
        QVERIFY2(window.createCampaign(freshPath(QStringLiteral("escape.ami")), scoring, &error), qPrintable(error));
        window.showPage(MainWindow::ScoringSheetPage);
        ScoringPage* page = window.scoringPage();
        ScoreGridModel* grid = page->model();
        page->selectJuror(window.document()->campaign().jurors.front().id);
        int row = 0;
        while (grid->data(grid->index(row, 0), ScoreGridModel::ConflictRole).toBool())
            ++row;
        const QString oldValue = grid->data(grid->index(row, 0)).toString();
        QTableView* view = page->view();
        view->setFocus();
        view->setCurrentIndex(grid->index(row, 0));
        QWidget* editor = test::typeInCell(view, QStringLiteral("abc"));
        QVERIFY2(editor, "typing opens the cell's editor");
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY2(page->problemText().contains(QStringLiteral("abc")), qPrintable(page->problemText()));
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(page->problemText(), QString());
        QCOMPARE(grid->data(grid->index(row, 0)).toString(), oldValue);
    }

    // Defect: « Supprimer le candidat » was enabled with nothing selected.
    void removeACandidateIsOfferedOnlyWhenItApplies()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(
            window.createCampaign(freshPath(QStringLiteral("remove.ami")), test::demoIn(CampaignStatus::Open), &error),
            qPrintable(error));
        window.showPage(MainWindow::CandidatesListPage);
        CandidatesPage* page = window.candidatesPage();
        page->view()->setCurrentIndex({});
        QVERIFY2(!page->removeButton()->isEnabled(), "nothing is selected");
        QVERIFY(page->addButton()->isEnabled());
        page->view()->setCurrentIndex(page->view()->model()->index(2, 0));
        QVERIFY(page->removeButton()->isEnabled());
        // In scoring, candidates are no longer registered or removed: both buttons say why.
        QVERIFY(window.campaignPage()->changeStatus(CampaignStatus::Scoring));
        QVERIFY(!page->removeButton()->isEnabled());
        QVERIFY(!page->addButton()->isEnabled());
        QVERIFY2(page->removeButton()->toolTip().contains(QStringLiteral("no longer registered")),
                 qPrintable(page->removeButton()->toolTip()));
    }

    // The demo is in deliberation: a score is corrected only once a reason is written, and
    // the reason goes into the journal with it.
    void aScoreInDeliberationIsCorrectedWithAReason()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        const QString path = freshPath(QStringLiteral("deliberation.ami"));
        QVERIFY2(window.createCampaign(path, DemoGenerator::generate(), &error), qPrintable(error));
        window.showPage(MainWindow::ScoringSheetPage);
        ScoringPage* page = window.scoringPage();
        ScoreGridModel* grid = page->model();
        QVERIFY2(page->reasonEdit()->isVisible(), "the reason field is shown in deliberation");
        page->selectJuror(window.document()->campaign().jurors.front().id);
        int row = 0;
        while (grid->data(grid->index(row, 0), ScoreGridModel::ConflictRole).toBool())
            ++row;
        const QString oldValue = grid->data(grid->index(row, 0)).toString();
        const QString other = oldValue == QStringLiteral("0") ? QStringLiteral("10") : QStringLiteral("0");
        QTableView* view = page->view();
        view->setFocus();
        view->setCurrentIndex(grid->index(row, 0));
        QWidget* editor = test::typeInCell(view, other);
        QVERIFY2(editor, "typing opens the cell's editor");
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY2(page->problemText().contains(QStringLiteral("only with a written reason")),
                 qPrintable(page->problemText()));
        QTest::keyClick(editor, Qt::Key_Escape);
        QCOMPARE(grid->data(grid->index(row, 0)).toString(), oldValue);

        page->reasonEdit()->setFocus();
        QTest::keyClicks(page->reasonEdit(), QStringLiteral("Fiche papier mal recopiee"));
        view->setFocus();
        view->setCurrentIndex(grid->index(row, 0));
        editor = test::typeInCell(view, other);
        QVERIFY2(editor, "typing opens the cell's editor");
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(grid->data(grid->index(row, 0)).toString(), other);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal"));
        {
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(QStringLiteral("SELECT details FROM audit_log ORDER BY id DESC LIMIT 1"), db);
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toString().contains(QStringLiteral("reason: Fiche papier mal recopiee")),
                     qPrintable(q.value(0).toString()));
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("journal"));

        // Back to scoring, with a reason: no reason is asked any more.
        QVERIFY(window.campaignPage()->changeStatus(CampaignStatus::Scoring, QStringLiteral("Un juré absent")));
        QVERIFY(!page->reasonEdit()->isVisible());
    }

    // A closed campaign is only read: nothing can be typed, the title says so, and going back
    // a step needs a reason.
    void aClosedCampaignIsOnlyRead()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        const QString path = freshPath(QStringLiteral("close.ami"));
        QVERIFY2(window.createCampaign(path, DemoGenerator::generate(), &error), qPrintable(error));
        CampaignPage* campaign = window.campaignPage();
        QVERIFY(campaign->changeStatus(CampaignStatus::Closed));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("(Closed)")), qPrintable(window.windowTitle()));
        const QByteArray before = test::fingerprint(path);

        window.showPage(MainWindow::ScoringSheetPage);
        ScoringPage* page = window.scoringPage();
        ScoreGridModel* grid = page->model();
        QVERIFY(!(grid->flags(grid->index(0, 0)) & Qt::ItemIsEditable));
        page->view()->setFocus();
        page->view()->setCurrentIndex(grid->index(0, 0));
        QTest::keyClicks(page->view(), QStringLiteral("5"));
        QVERIFY2(QApplication::focusWidget() == page->view(), "typing opened an editor in a closed campaign");
        QVERIFY(!(campaign->buildingsModel()->flags(campaign->buildingsModel()->index(0, 0)) & Qt::ItemIsEditable));
        window.showPage(MainWindow::CandidatesListPage);
        window.candidatesPage()->view()->setCurrentIndex(window.candidatesPage()->view()->model()->index(0, 0));
        QVERIFY(!window.candidatesPage()->form()->isEnabled());
        QCOMPARE(test::fingerprint(path), before);

        QSignalSpy problems(campaign, &DocumentPage::problem);
        QVERIFY(!campaign->changeStatus(CampaignStatus::Deliberation));
        QCOMPARE(problems.count(), 1);
        QVERIFY2(problems.at(0).at(0).toString().contains(QStringLiteral("needs a written reason")),
                 qPrintable(problems.at(0).at(0).toString()));
        QVERIFY(campaign->changeStatus(CampaignStatus::Deliberation, QStringLiteral("Recours d'un candidat")));
        QVERIFY(grid->flags(grid->index(0, 0)) & Qt::ItemIsEditable ||
                grid->data(grid->index(0, 0), ScoreGridModel::ConflictRole).toBool());
    }

    void recordsAForcedInDecisionOnlyWithAJustification()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        const QString path = freshPath(QStringLiteral("deliberation.ami"));
        QVERIFY2(window.createCampaign(path, DemoGenerator::generate(), &error), qPrintable(error));
        window.showPage(MainWindow::RankingSelectionPage);
        RankingPage* page = window.rankingPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Evaluation& e = window.document()->evaluation();
        QVERIFY(!e.greedy.waitingList.empty());
        const int candidate = e.greedy.waitingList.front();
        const QString name = window.document()->campaign().candidates[size_t(candidate)].name;
        page->selectCandidate(candidate);
        QVERIFY2(page->model()->outcome(candidate).startsWith(QStringLiteral("Waiting list")),
                 qPrintable(page->model()->outcome(candidate)));

        page->overrideBox()->setCurrentIndex(page->overrideBox()->findData(int(Override::ForcedIn)));
        QTest::mouseClick(page->recordButton(), Qt::LeftButton);
        QVERIFY2(page->decisionProblem().contains(QStringLiteral("justification")),
                 qPrintable(page->decisionProblem()));
        QVERIFY(window.document()->campaign().decisions.empty());

        page->justificationEdit()->setFocus();
        QTest::keyClicks(page->justificationEdit(), QStringLiteral("Filiere bois structurante pour le site"));
        page->decisionBox()->setCurrentIndex(page->decisionBox()->findData(int(DecisionKind::Laureate)));
        QTest::mouseClick(page->recordButton(), Qt::LeftButton);
        QCOMPARE(page->decisionProblem(), QString());
        QCOMPARE(window.document()->campaign().decisions.size(), size_t(1));
        const Decision& d = window.document()->campaign().decisions.front();
        QCOMPARE(d.override_, Override::ForcedIn);
        QCOMPARE(d.justification, QStringLiteral("Filiere bois structurante pour le site"));
        QCOMPARE(page->model()->outcome(candidate), QStringLiteral("Laureate (forced in)"));

        // Stored and audited in the file.
        std::optional<Campaign> onDisk = CampaignFile::read(path, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QCOMPARE(onDisk->decisions.size(), size_t(1));
        {
            CampaignFile file;
            QVERIFY(file.open(path));
            QSqlQuery q(QSqlDatabase::database(file.connectionName()));
            QVERIFY(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE entity = 'decisions'")));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toString().contains(name), qPrintable(q.value(0).toString()));
        }
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(window.document()->campaign().decisions.empty());
        QVERIFY(page->model()->outcome(candidate).startsWith(QStringLiteral("Waiting list")));
    }

    void refusesAFileThatIsNotACampaign()
    {
        MainWindow window;
        const QString junk = freshPath(QStringLiteral("liste.ami"));
        QVERIFY(test::writeBytes(junk, "Nom;SIRET\nAtelier;123\n"));
        const QByteArray before = test::fingerprint(junk);
        QString error;
        QVERIFY(!window.openCampaign(junk, &error));
        QVERIFY2(error.contains(QStringLiteral("liste.ami")), qPrintable(error));
        QCOMPARE(test::fingerprint(junk), before);
        QCOMPARE(window.document(), nullptr);
    }

    void aSecondWindowIsToldTheCampaignIsInUse()
    {
        MainWindow first, second;
        QString error;
        const QString path = freshPath(QStringLiteral("partage.ami"));
        QVERIFY2(first.createCampaign(path, DefaultSetup::campaign(), &error), qPrintable(error));
        CampaignDocument::Refusal refusal = CampaignDocument::Refusal::None;
        QVERIFY(!second.openCampaign(path, &error, &refusal));
        QCOMPARE(refusal, CampaignDocument::Refusal::InUse);
        QVERIFY2(error.contains(QStringLiteral("already open")), qPrintable(error));
        QVERIFY2(second.openReadOnly(path, &error), qPrintable(error));
        QVERIFY(second.document()->isReadOnly());
        QVERIFY(second.windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(!second.campaignPage()->buildingsModel()->flags(QModelIndex()).testFlag(Qt::ItemIsEditable));
    }
};

QTEST_MAIN(TstOrganizerWorkflow)
#include "tst_organizerworkflow.moc"
