// SPDX-License-Identifier: GPL-3.0-or-later
// Juror packages in the organizer's window: the Juries page exports the packages of the
// jurors chosen (every one, a jury's, the selected ones) with their letters and shows each
// juror's progress and package; File › Import juror returns checks every file first, says
// why a file is refused, lists the conflicts, takes a ticked one for the juror's value, and
// asks for a reason in deliberation.
#include "core/edit/Edits.h"
#include "core/i18n/Translations.h"
#include "core/io/JurorSession.h"
#include "tests/support/CampaignSamples.h"
#include "tests/support/GuiTest.h"
#include "tests/support/TestFiles.h"
#include "ui/MainWindow.h"
#include "ui/juries/JuriesPage.h"
#include "ui/juries/ReturnsDialog.h"
#include "ui/models/JurorsModel.h"

#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace palmares;

namespace {

const Score* held(const Campaign& c, Id juror, Id candidate, Id criterion)
{
    for (const Score& s : c.scores) {
        if (s.jurorId == juror && s.candidateId == candidate && s.criterionId == criterion)
            return &s;
    }
    return nullptr;
}

double other(double v)
{
    return v >= 5 ? v - 3 : v + 3;
}

} // namespace

class TstJurorPackagesUi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void theJuriesPageExportsAndShowsProgress()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.createCampaign(test::freshPath(m_dir, QStringLiteral("export.ami")),
                                       test::demoIn(CampaignStatus::Scoring), &error),
                 qPrintable(error));
        auto* page = window.findChild<JuriesPage*>();
        QVERIFY(page);
        auto* button = page->findChild<QPushButton*>(QStringLiteral("exportPackages"));
        QVERIFY(button && button->menu());
        QCOMPARE(button->menu()->actions().size(), 3);
        QCOMPARE(int(page->jurorsFor(JuriesPage::Whom::Everyone).size()), 24);
        QCOMPARE(int(page->jurorsFor(JuriesPage::Whom::ThisJury).size()), 9);
        QVERIFY(page->jurorsFor(JuriesPage::Whom::Selected).empty() ||
                page->jurorsFor(JuriesPage::Whom::Selected).size() == 1);
        QTableView* view = page->jurorsView();
        view->selectionModel()->clearSelection();
        view->selectionModel()->select(view->model()->index(0, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->select(view->model()->index(2, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const std::vector<Id> chosen = page->jurorsFor(JuriesPage::Whom::Selected);
        QCOMPARE(int(chosen.size()), 2);

        JurorsModel* model = page->jurorsModel();
        const QString before = model->index(0, JurorsModel::PackageColumn).data().toString();
        QCOMPARE(before, QStringLiteral("no package exported"));
        QTemporaryDir out;
        const JurorPackages::ExportOutcome outcome = page->exportPackages(chosen, out.path());
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(int(outcome.files.size()), 2);
        for (const JurorPackages::Written& f : outcome.files) {
            QVERIFY(QFile::exists(f.package));
            QVERIFY(test::readBytes(f.letter).startsWith("%PDF-"));
        }
        QVERIFY2(
            model->index(0, JurorsModel::PackageColumn).data().toString().startsWith(QStringLiteral("exported on")),
            qPrintable(model->index(0, JurorsModel::PackageColumn).data().toString()));
        QCOMPARE(model->index(1, JurorsModel::PackageColumn).data().toString(), QStringLiteral("no package exported"));
        QCOMPARE(model->index(0, JurorsModel::ProgressColumn).data().toString(), QStringLiteral("58 / 58"));
        QCOMPARE(int(window.document()->campaign().packages.size()), 2);

        // Paper: the blank sheets of the same jurors.
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("scoreSheets"))->menu());
        QTemporaryDir paper;
        const print::ScoreSheets::Written sheets = page->writeScoreSheets(chosen, paper.path());
        QVERIFY2(sheets.error.isEmpty(), qPrintable(sheets.error));
        QCOMPARE(int(sheets.files.size()), 2);
    }

    void returnsAreCheckedShownAndSettled()
    {
        const LanguageScope english(QStringLiteral("en")); // its plurals
        MainWindow window;
        QString error;
        QVERIFY(window.createCampaign(test::freshPath(m_dir, QStringLiteral("returns.ami")),
                                      test::demoIn(CampaignStatus::Scoring), &error));
        CampaignDocument* doc = window.document();
        QTemporaryDir out;
        const JurorPackages::ExportOutcome outcome = JurorPackages::exportPackages(*doc, {1, 2}, out.path());
        QCOMPARE(int(outcome.files.size()), 2);

        // Juror 1 changes two scores; the first is typed in from paper meanwhile.
        PackageProblem problem = PackageProblem::None;
        auto session =
            JurorSession::open(outcome.files[0].package, packageOf(doc->campaign(), 1)->passphrase, &problem, &error);
        QVERIFY2(session, qPrintable(error));
        const Id a = session->contents().candidates.at(0).id, b = session->contents().candidates.at(1).id;
        const Id k = session->contents().criteria.front().id;
        const double va = held(doc->campaign(), 1, a, k)->value, vb = held(doc->campaign(), 1, b, k)->value;
        const QDateTime later = doc->now().addSecs(120);
        QVERIFY(session->setScore(a, k, other(va), later, &error));
        QVERIFY(session->setScore(b, k, other(vb), later, &error));
        session.reset();
        const double paper = other(va) == 10 ? 9 : 10;
        QVERIFY(doc->apply(Edits::setScore(doc->campaign(), 1, a, k, held(doc->campaign(), 1, a, k), paper,
                                           QStringLiteral("paper"), doc->now()),
                           &error));
        const QString garbage = out.filePath(QStringLiteral("notes.palmjury"));
        QVERIFY(test::writeBytes(garbage, "pas un dossier"));

        ReturnsDialog dialog(doc, {outcome.files[0].package, garbage}, &window);
        QTableWidget* files = dialog.filesTable();
        QCOMPARE(files->rowCount(), 2);
        QVERIFY2(files->item(0, 2)->text().contains(QStringLiteral("1 score taken")),
                 qPrintable(files->item(0, 2)->text()));
        QCOMPARE(files->item(0, 1)->text(), doc->campaign().jurors.front().name);
        QVERIFY2(files->item(1, 2)->text().contains(QStringLiteral("not a Palmarès juror package")),
                 qPrintable(files->item(1, 2)->text()));
        QTableWidget* conflicts = dialog.conflictsTable();
        QCOMPARE(conflicts->rowCount(), 1);
        QVERIFY(!dialog.reasonEdit()->isVisibleTo(&dialog));
        auto* import = dialog.findChild<QPushButton*>(QStringLiteral("importReturns"));
        QVERIFY(import && import->isEnabled());
        conflicts->item(0, 0)->setCheckState(Qt::Checked);
        dialog.accept();
        QVERIFY2(dialog.outcome().contains(QStringLiteral("1 juror return imported")), qPrintable(dialog.outcome()));
        QVERIFY(dialog.outcome().contains(QStringLiteral("1 conflict settled")));
        QCOMPARE(held(doc->campaign(), 1, b, k)->value, other(vb));
        QCOMPARE(held(doc->campaign(), 1, a, k)->value, other(va));
        QVERIFY(packageOf(doc->campaign(), 1)->returnedAt.isValid());

        // In deliberation, scores change only with a reason.
        QVERIFY(doc->apply(Edits::setStatus(doc->campaign(), CampaignStatus::Deliberation), &error));
        session =
            JurorSession::open(outcome.files[1].package, packageOf(doc->campaign(), 2)->passphrase, &problem, &error);
        QVERIFY(session);
        const Id c = session->contents().candidates.at(0).id;
        QVERIFY(session->setScore(c, k, other(held(doc->campaign(), 2, c, k)->value), later, &error));
        session.reset();
        ReturnsDialog deliberating(doc, {outcome.files[1].package}, &window);
        import = deliberating.findChild<QPushButton*>(QStringLiteral("importReturns"));
        QVERIFY(deliberating.reasonEdit()->isVisibleTo(&deliberating));
        QVERIFY(!import->isEnabled());
        QTest::keyClicks(deliberating.reasonEdit(), QStringLiteral("Notes du jury de mardi"));
        QVERIFY(import->isEnabled());
        deliberating.accept();
        QVERIFY2(deliberating.outcome().startsWith(QStringLiteral("1 juror return imported")),
                 qPrintable(deliberating.outcome()));
    }
};

QTEST_MAIN(TstJurorPackagesUi)
#include "tst_jurorpackagesui.moc"
