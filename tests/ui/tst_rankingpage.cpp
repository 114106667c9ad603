// SPDX-License-Identifier: GPL-3.0-or-later
// The Ranking & selection page as the organizer meets it in the selection session: the
// decision panel shows only the candidate chosen, of the campaign open, and never drops a
// choice silently; Ctrl+C copies whole rows for a spreadsheet; the rank and the name stay in
// place; a candidate that cannot be selected says so by its name; best value and greedy are
// two short lists side by side; on a 1024×768 projector every column the room needs is seen;
// the deliberation session is recorded through its dialog, by keyboard, and undone.
#include "core/demo/DemoGenerator.h"
#include "core/i18n/Translations.h"
#include "core/model/DefaultSetup.h"
#include "tests/support/GuiTest.h"
#include "ui/MainWindow.h"
#include "ui/common/TableView.h"
#include "ui/models/RankingModel.h"
#include "ui/ranking/RankingPage.h"
#include "ui/ranking/SessionDialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace palmares;

class TstRankingPage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString freshPath(const QString& name) const { return test::freshPath(m_dir, name); }

    // The view's row of the candidate `k` (the view sorts a proxy of the model).
    static int viewRow(RankingPage* page, int k)
    {
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(page->view()->model());
        return proxy->mapFromSource(page->model()->index(page->model()->rowOfCandidate(k), 0)).row();
    }
    static void clickRow(RankingPage* page, int k)
    {
        TableView* view = page->view();
        const QModelIndex index = view->model()->index(viewRow(page, k), RankingModel::FinalColumn);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }
    // Answers the next question box with `button`, and keeps its text.
    void answerNextQuestion(QMessageBox::StandardButton button, QString* text)
    {
        QTimer::singleShot(0, this, [button, text] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            *text = box->text();
            box->button(button)->click();
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The settings of a test folder, as a new user has them.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    // Defect: after a decision in one campaign, a new campaign's panel still showed
    // « Lauréat », « Retenu d'office » and the old justification, and « 0 lauréats sur 1
    // candidats ».
    void theDecisionPanelShowsNothingOfAnotherCampaign()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.createCampaign(freshPath(QStringLiteral("a.ami")), DemoGenerator::generate(), &error),
                 qPrintable(error));
        window.showPage(MainWindow::RankingSelectionPage);
        RankingPage* page = window.rankingPage();
        QVERIFY2(!page->decisionPanel()->isVisible(), "the panel folds away until a candidate is chosen");
        const int k = window.document()->evaluation().greedy.waitingList.front();
        clickRow(page, k);
        QVERIFY(page->decisionPanel()->isVisible());
        page->overrideBox()->setCurrentIndex(page->overrideBox()->findData(int(Override::ForcedIn)));
        page->decisionBox()->setCurrentIndex(page->decisionBox()->findData(int(DecisionKind::Laureate)));
        page->justificationEdit()->setPlainText(QStringLiteral("Filiere bois"));
        QTest::mouseClick(page->recordButton(), Qt::LeftButton);
        QCOMPARE(window.document()->campaign().decisions.size(), size_t(1));

        Campaign one = DefaultSetup::campaign();
        Candidate c;
        c.id = 1;
        c.name = QStringLiteral("Brasserie du Hangar");
        c.requestedSurface = 300;
        one.candidates.push_back(c);
        QVERIFY2(window.createCampaign(freshPath(QStringLiteral("b.ami")), one, &error), qPrintable(error));
        QVERIFY2(!page->decisionPanel()->isVisible(), "nothing is chosen in the new campaign");
        QCOMPARE(page->decisionBox()->currentData().toInt(), int(DecisionKind::None));
        QCOMPARE(page->overrideBox()->currentData().toInt(), int(Override::None));
        QCOMPARE(page->justificationEdit()->toPlainText(), QString());
        QVERIFY2(page->summaryText().startsWith(QStringLiteral("0 laureates out of 1 candidate,")),
                 qPrintable(page->summaryText()));

        // Chosen again: the panel shows the new campaign's candidate, with no decision.
        clickRow(page, 0);
        QVERIFY(page->decisionPanel()->isVisible());
        QCOMPARE(page->decisionBox()->currentData().toInt(), int(DecisionKind::None));
        QCOMPARE(page->justificationEdit()->toPlainText(), QString());
    }

    // Defect: changing the decision and clicking another row silently dropped the change.
    void aChoiceNotRecordedIsAskedAboutBeforeLeavingIt()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.createCampaign(freshPath(QStringLiteral("c.ami")), DemoGenerator::generate(), &error),
                 qPrintable(error));
        window.showPage(MainWindow::RankingSelectionPage);
        RankingPage* page = window.rankingPage();
        const std::vector<int>& waiting = window.document()->evaluation().greedy.waitingList;
        const int first = waiting[0];
        const int second = waiting[1];
        const Id firstId = window.document()->campaign().candidates[size_t(first)].id;
        clickRow(page, first);
        page->decisionBox()->setCurrentIndex(page->decisionBox()->findData(int(DecisionKind::Waiting)));
        QVERIFY(page->decisionPending());

        // Cancel: back on the first candidate, the choice still there, nothing recorded.
        QString question;
        answerNextQuestion(QMessageBox::Cancel, &question);
        clickRow(page, second);
        QVERIFY2(question.contains(window.document()->campaign().candidates[size_t(first)].name), qPrintable(question));
        QCOMPARE(page->model()->candidateAt(qobject_cast<QSortFilterProxyModel*>(page->view()->model())
                                                ->mapToSource(page->view()->currentIndex())
                                                .row()),
                 first);
        QCOMPARE(page->decisionBox()->currentData().toInt(), int(DecisionKind::Waiting));
        QVERIFY(window.document()->campaign().decisions.empty());

        // Record: the decision is in the file and the second candidate is shown.
        question.clear();
        answerNextQuestion(QMessageBox::Save, &question);
        clickRow(page, second);
        QVERIFY(!question.isEmpty());
        QCOMPARE(decisionOf(window.document()->campaign(), firstId).kind, DecisionKind::Waiting);
        QVERIFY2(page->decisionProblem().isEmpty(), qPrintable(page->decisionProblem()));
        QCOMPARE(page->decisionBox()->currentData().toInt(), int(DecisionKind::None));

        // Drop: the change is gone, and said to be so by the question first.
        page->decisionBox()->setCurrentIndex(page->decisionBox()->findData(int(DecisionKind::Rejected)));
        question.clear();
        answerNextQuestion(QMessageBox::Discard, &question);
        clickRow(page, first);
        QVERIFY(!question.isEmpty());
        QCOMPARE(window.document()->campaign().decisions.size(), size_t(1));
        QCOMPARE(page->decisionBox()->currentData().toInt(), int(DecisionKind::Waiting));

        // No change made: no question.
        question.clear();
        clickRow(page, second);
        QTest::qWait(20);
        QVERIFY2(question.isEmpty(), qPrintable(question));
    }

    // Defect: Ctrl+C copied one cell.
    void ctrlCCopiesTheSelectedRowsWithTheirHeaders()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.createCampaign(freshPath(QStringLiteral("d.ami")), DemoGenerator::generate(), &error),
                 qPrintable(error));
        window.showPage(MainWindow::RankingSelectionPage);
        RankingPage* page = window.rankingPage();
        TableView* view = page->view();
        view->setFocus();
        view->selectRow(1);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          view->visualRect(view->model()->index(3, RankingModel::FinalColumn)).center());
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4); // the headers and three rows
        const QStringList header = lines[0].split(QLatin1Char('\t'));
        QCOMPARE(header.size(), page->model()->columnCount());
        QCOMPARE(header[0], QStringLiteral("Rank"));
        QCOMPARE(header[1], QStringLiteral("Candidate"));
        for (int row = 1; row <= 3; ++row) {
            const QStringList fields = lines[row].split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), header.size());
            QCOMPARE(fields[1], view->model()->index(row, RankingModel::CandidateColumn).data().toString());
        }
    }

    // The rank and the name stay in place while the scores scroll sideways.
    void theRankAndTheNameStayInPlace()
    {
        MainWindow window;
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.createCampaign(freshPath(QStringLiteral("e.ami")), DemoGenerator::generate(), &error),
                 qPrintable(error));
        window.showPage(MainWindow::RankingSelectionPage);
        TableView* view = window.rankingPage()->view();
        QTableView* frozen = view->frozenView();
        QVERIFY(frozen && frozen->isVisible());
        QVERIFY(!frozen->isColumnHidden(RankingModel::RankColumn));
        QVERIFY(!frozen->isColumnHidden(RankingModel::CandidateColumn));
        QVERIFY(frozen->isColumnHidden(RankingModel::FinalColumn));
        QVERIFY2(view->horizontalScrollBar()->maximum() > 0, "the demo's ranking is wider than 1024 pixels");
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum());
        const QRect nameCell = frozen->visualRect(frozen->model()->index(0, RankingModel::CandidateColumn));
        QVERIFY2(nameCell.left() >= 0 && nameCell.right() <= frozen->width(), "the name is still shown");
        QCOMPARE(frozen->width(), view->columnWidth(0) + view->columnWidth(1));
        QCOMPARE(frozen->verticalScrollBar()->value(), view->verticalScrollBar()->value());
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QCOMPARE(frozen->verticalScrollBar()->value(), view->verticalScrollBar()->value());
    }

    // Defect: the withdrawn « Les Jardins de la Base » was at rank 1 in a white row, its
    // reason three screens to the right, and no legend said what green rows mean.
    void aCandidateThatCannotBeSelectedSaysSoByItsName()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.createCampaign(freshPath(QStringLiteral("f.ami")), DemoGenerator::generate(), &error),
                 qPrintable(error));
        RankingModel* model = window.rankingPage()->model();
        const QModelIndex withdrawn = model->index(0, RankingModel::CandidateColumn);
        QVERIFY(model->unselectable(model->candidateAt(0)));
        QVERIFY2(!withdrawn.data(Qt::DecorationRole).value<QIcon>().isNull(), "a mark by the name");
        QVERIFY2(withdrawn.data(Qt::ToolTipRole).toString().contains(QStringLiteral("withdrawn")),
                 qPrintable(withdrawn.data(Qt::ToolTipRole).toString()));
        const QModelIndex laureate = model->index(1, RankingModel::CandidateColumn);
        QVERIFY(laureate.data(Qt::DecorationRole).isNull());
        QCOMPARE(laureate.data(Qt::BackgroundRole).value<QBrush>().color(), RankingModel::laureateColor());
        QVERIFY2(window.rankingPage()->legendText().contains(QStringLiteral("Green row")),
                 qPrintable(window.rankingPage()->legendText()));
    }

    // Defect: the best-value paragraph listed twenty names in one block.
    void greedyAndBestValueAreTwoListsSideBySide()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.createCampaign(freshPath(QStringLiteral("g.ami")), DemoGenerator::generate(), &error),
                 qPrintable(error));
        const Evaluation& e = window.document()->evaluation();
        QVERIFY(e.bestValue);
        QVERIFY(!e.diff.onlyInBestValue.empty() && !e.diff.onlyInGreedy.empty());
        RankingPage* page = window.rankingPage();
        const QString greedyOnly = page->onlyInGreedyText();
        const QString bestOnly = page->onlyInBestValueText();
        const Campaign& c = window.document()->campaign();
        QVERIFY2(greedyOnly.contains(c.candidates[size_t(e.diff.onlyInGreedy.front())].name.toHtmlEscaped()),
                 qPrintable(greedyOnly));
        QVERIFY2(bestOnly.contains(c.candidates[size_t(e.diff.onlyInBestValue.front())].name.toHtmlEscaped()),
                 qPrintable(bestOnly));
        // One name per line.
        const size_t n = e.diff.onlyInBestValue.size();
        QCOMPARE(int(bestOnly.count(QStringLiteral("<br>"))), int(std::min<size_t>(n, 12) + (n > 12 ? 1 : 0)));
    }

    // The deliberation session, as the organizer records it at the meeting: the dialog fits
    // the screen, Space ticks a juror, "All present" a jury, each jury's line says its quorum
    // as it goes; a session without a place is refused in words and the dialog stays; once
    // recorded, the page sums it up, Undo takes it back, and the file reopened holds it.
    void theDeliberationSessionIsRecordedThroughItsDialog()
    {
        MainWindow window;
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = freshPath(QStringLiteral("session.ami"));
        QString error;
        // The demo is in deliberation: an expert jury of 9 (quorum 5), a citizen jury of 15 (quorum 8).
        DemoOptions noSession;
        noSession.session = false;
        QVERIFY2(window.createCampaign(path, DemoGenerator::generate(noSession), &error), qPrintable(error));
        window.showPage(MainWindow::RankingSelectionPage);
        RankingPage* page = window.rankingPage();
        QCOMPARE(page->sessionText(), QStringLiteral("No deliberation session recorded yet."));
        QVERIFY(page->sessionButton()->isVisible() && page->sessionButton()->isEnabled());

        QStringList seen; // what the dialog said, in order
        bool driven = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<SessionDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            const auto done = qScopeGuard([&] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY2(dialog->width() <= 1024 && dialog->height() <= 768,
                     qPrintable(QStringLiteral("%1×%2").arg(dialog->width()).arg(dialog->height())));
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            QPushButton* record = buttons->button(QDialogButtonBox::Ok);
            QVERIFY(record->isVisible());
            QVERIFY(dialog->rect().contains(record->geometry().translated(buttons->pos())));
            QCOMPARE(dialog->juryCount(), 2);
            dialog->heldAtEdit()->setDateTime(QDateTime(QDate(2026, 6, 12), QTime(18, 30)));
            QTest::keyClicks(dialog->chairEdit(), QStringLiteral("Claire Dubois"));
            seen << dialog->quorumText(0) << dialog->quorumText(1);

            // The experts all present at once; eight citizens ticked with Space, one by one.
            QTest::mouseClick(dialog->allPresentButton(0), Qt::LeftButton);
            seen << dialog->quorumText(0);
            QListWidget* citizens = dialog->jurorList(1);
            citizens->setFocus();
            citizens->setCurrentRow(0);
            for (int i = 0; i < 8; ++i) {
                QTest::keyClick(citizens, Qt::Key_Space);
                if (i == 6)
                    seen << dialog->quorumText(1);
                QTest::keyClick(citizens, Qt::Key_Down);
            }
            seen << dialog->quorumText(1) << dialog->quorumSummary();

            QTest::mouseClick(record, Qt::LeftButton);
            seen << dialog->problem();
            QVERIFY2(dialog->isVisible(), "a refused session keeps the dialog open");
            QTest::keyClicks(dialog->placeEdit(), QStringLiteral("Salle du conseil"));
            QTest::mouseClick(record, Qt::LeftButton);
            QVERIFY2(!dialog->isVisible(), qPrintable(dialog->problem()));
            driven = true;
        });
        QTest::mouseClick(page->sessionButton(), Qt::LeftButton);
        QVERIFY2(driven, qPrintable(seen.join(QLatin1Char('\n'))));
        const QString experts = window.document()->campaign().juries[0].name;
        const QString citizens = window.document()->campaign().juries[1].name;
        QCOMPARE(seen, (QStringList{
                           QStringLiteral("%1: 0 present of 9, quorum 5 — not reached").arg(experts),
                           QStringLiteral("%1: 0 present of 15, quorum 8 — not reached").arg(citizens),
                           QStringLiteral("%1: 9 present of 9, quorum 5 — reached").arg(experts),
                           QStringLiteral("%1: 7 present of 15, quorum 8 — not reached").arg(citizens),
                           QStringLiteral("%1: 8 present of 15, quorum 8 — reached").arg(citizens),
                           QStringLiteral("quorum reached (%1 9/5, %2 8/8)").arg(experts, citizens),
                           QStringLiteral("The deliberation session needs the place where it was held."),
                       }));

        const DeliberationSession* session = deliberationSession(window.document()->campaign());
        QVERIFY(session);
        QCOMPARE(session->jurorsPresent.size(), size_t(17));
        QCOMPARE(session->heldAt, QDateTime(QDate(2026, 6, 12), QTime(18, 30)));
        const QString summary = page->sessionText();
        QVERIFY2(summary.startsWith(QStringLiteral("Session of ")) &&
                     summary.endsWith(QStringLiteral(", Salle du conseil, chaired by Claire Dubois; quorum reached "
                                                     "(%1 9/5, %2 8/8).")
                                          .arg(experts, citizens)),
                 qPrintable(summary));

        // One change: Undo takes it back, Redo brings it again.
        QUndoStack* undo = window.document()->undoStack();
        QVERIFY2(undo->undoText().startsWith(QStringLiteral("Record the deliberation session of ")),
                 qPrintable(undo->undoText()));
        undo->undo();
        QVERIFY(!deliberationSession(window.document()->campaign()));
        QCOMPARE(page->sessionText(), QStringLiteral("No deliberation session recorded yet."));
        undo->redo();
        QCOMPARE(page->sessionText(), summary);

        // The file holds it: reopened (after another campaign), the page says it again.
        QVERIFY2(
            window.createCampaign(freshPath(QStringLiteral("other.ami")), DemoGenerator::generate(noSession), &error),
            qPrintable(error));
        QCOMPARE(page->sessionText(), QStringLiteral("No deliberation session recorded yet."));
        QVERIFY2(window.openCampaign(path, &error), qPrintable(error));
        QCOMPARE(page->sessionText(), summary);
        QCOMPARE(deliberationSession(window.document()->campaign())->chair, QStringLiteral("Claire Dubois"));
    }

    // Defect: at 1024×768 deliberation mode showed only « Rang » and « Candidat ».
    void theProjectorShowsWhatTheRoomNeedsAt1024By768_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("in English") << QStringLiteral("en");
        QTest::newRow("in French, whose words are longer") << QStringLiteral("fr");
    }
    void theProjectorShowsWhatTheRoomNeedsAt1024By768()
    {
        QFETCH(QString, language);
        const LanguageScope words(language);
        QVERIFY(words.isValid());
        MainWindow window;
        window.resize(1024, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.createCampaign(freshPath(QStringLiteral("h.ami")), DemoGenerator::generate(), &error),
                 qPrintable(error));
        window.setDeliberationMode(true);
        // A projector's screen, whatever the test's screen is.
        window.showNormal();
        window.resize(1024, 768);
        QTRY_COMPARE(window.width(), 1024);
        QTest::qWait(50);
        RankingPage* page = window.rankingPage();
        TableView* view = page->view();
        RankingModel* model = page->model();
        QVERIFY(!page->decisionPanel()->isVisible());
        QList<int> needed{RankingModel::RankColumn, RankingModel::CandidateColumn, RankingModel::FinalColumn,
                          model->outcomeColumn(), model->decisionColumn()};
        for (int j = RankingModel::FirstJuryColumn; j < model->firstPillarColumn(); ++j)
            needed << j;
        for (int column : needed) {
            QVERIFY2(!view->isColumnHidden(column), qPrintable(model->headerData(column, Qt::Horizontal).toString()));
            const int right = view->columnViewportPosition(column) + view->columnWidth(column);
            QVERIFY2(right <= view->viewport()->width() + 1,
                     qPrintable(QStringLiteral("%1 ends at %2 of %3")
                                    .arg(model->headerData(column, Qt::Horizontal).toString())
                                    .arg(right)
                                    .arg(view->viewport()->width())));
        }
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        // Defect: « Rang » and « Candidat » stayed small while the other headers grew.
        QTableView* frozen = view->frozenView();
        QVERIFY(frozen);
        QVERIFY(view->horizontalHeader()->font().pointSizeF() > QApplication::font().pointSizeF() * 1.5);
        QCOMPARE(frozen->horizontalHeader()->font().pointSizeF(), view->horizontalHeader()->font().pointSizeF());
        QCOMPARE(frozen->horizontalHeader()->height(), view->horizontalHeader()->height());
        // And drawn so: the frozen header's sections look as the same sections of the
        // table's own header (hidden under them) would.
        view->clearSelection();
        QCoreApplication::processEvents();
        for (int column : {int(RankingModel::RankColumn), int(RankingModel::CandidateColumn)}) {
            // Inside the section's edges, which the style draws after its place in the row.
            const auto inside = [column](QHeaderView* header) {
                const QRect section(header->sectionViewportPosition(column), 0, header->sectionSize(column),
                                    header->height());
                return header->grab(section.adjusted(3, 3, -3, -3)).toImage();
            };
            QVERIFY2(inside(view->horizontalHeader()) == inside(frozen->horizontalHeader()),
                     qPrintable(model->headerData(column, Qt::Horizontal).toString()));
        }
        // The room reads the ranks in order: no sort mark to take room from « Rang ».
        QVERIFY(!view->horizontalHeader()->isSortIndicatorShown());
        QVERIFY(!frozen->horizontalHeader()->isSortIndicatorShown());
        window.setDeliberationMode(false);
        QCOMPARE(frozen->horizontalHeader()->font().pointSizeF(), QApplication::font().pointSizeF());
        // Back at the desk, the sort mark leaves « Rang » whole: the style takes half the
        // header's height and two margins from the sorted column's label.
        QVERIFY(frozen->horizontalHeader()->isSortIndicatorShown());
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(RankingModel::RankColumn));
        QFont bold = view->horizontalHeader()->font();
        bold.setBold(true);
        const int margin = view->style()->pixelMetric(QStyle::PM_HeaderMargin);
        QVERIFY(view->columnWidth(RankingModel::RankColumn) >=
                QFontMetrics(bold).horizontalAdvance(model->headerData(0, Qt::Horizontal).toString()) + 4 * margin +
                    view->horizontalHeader()->height() / 2);
    }
};

QTEST_MAIN(TstRankingPage)
#include "tst_rankingpage.moc"
