// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoGenerator.h"
#include "core/i18n/Translations.h"
#include "core/io/SheetReader.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/TestFiles.h"
#include "ui/MainWindow.h"
#include "ui/criteria/CriteriaPage.h"
#include "ui/journal/IssuedDialog.h"
#include "ui/juries/JuriesPage.h"
#include "ui/models/CriteriaModel.h"
#include "ui/models/JuriesModel.h"
#include "ui/models/RankingModel.h"
#include "ui/ranking/RankingPage.h"
#include "ui/start/StartPage.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace palmares;

class TstMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The settings of a test folder, as a new user has them.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English));
        m_demo = m_dir.filePath(QStringLiteral("demo.ami"));
        QString error;
        QVERIFY2(CampaignFile::writeNew(m_demo, DemoGenerator::generate(), &error), qPrintable(error));
    }

    void opensDemoCampaignAndShowsRankingAndSelection()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        RankingModel* model = window.rankingPage()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(window.openCampaign(m_demo, &error), qPrintable(error));
        QCOMPARE(model->rowCount(), 60);
        QVERIFY2(window.windowTitle().contains(QStringLiteral("Microville")), qPrintable(window.windowTitle()));
        // The demo's greedy selection: 24 laureates, close to but not above 80 % of the site.
        QVERIFY2(window.rankingPage()->summaryText().startsWith(QStringLiteral("24 laureate")),
                 qPrintable(window.rankingPage()->summaryText()));
        const int fillPerMille = window.rankingPage()->fillGaugeValue();
        QVERIFY2(fillPerMille >= 750 && fillPerMille <= 800, qPrintable(QString::number(fillPerMille)));
        // Rank 1 is withdrawn in the demo: its outcome says why it is not a laureate.
        const int outcomeColumn = model->outcomeColumn();
        QCOMPARE(model->data(model->index(0, RankingModel::RankColumn)).toInt(), 1);
        QCOMPARE(model->data(model->index(0, outcomeColumn)).toString(), QStringLiteral("Application withdrawn"));
        QCOMPARE(model->data(model->index(1, outcomeColumn)).toString(), QStringLiteral("Laureate"));
        QCOMPARE(model->headerData(RankingModel::FirstJuryColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Expert jury"));
    }

    // Defect: the window opened at a fixed 1280×800 with a minimum of 1155×512, cut on a
    // 1024×768 screen; its size was not remembered.
    void theWindowFitsA1024By768ScreenOnEveryPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QString();
        // French words are longer: at first the window could not be narrower than 1191 pixels.
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void theWindowFitsA1024By768ScreenOnEveryPage()
    {
        QFETCH(QString, language);
        QTranslator french;
        if (!language.isEmpty()) {
            QVERIFY(french.load(QStringLiteral("palmares_fr"), QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&french);
        }
        const auto english = qScopeGuard([&] { QCoreApplication::removeTranslator(&french); });
        QSettings().remove(QStringLiteral("views")); // a first start: no size kept
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.openCampaign(m_demo, &error), qPrintable(error));
        const QRect room = window.screen()->availableGeometry();
        // No larger than the screen (the test screen may be smaller than the window's
        // least size, which is checked below to fit 1024×768).
        const QSize least = window.minimumSizeHint();
        QVERIFY2(window.width() <= std::max(room.width(), least.width()) &&
                     window.height() <= std::max(room.height(), least.height()) && window.width() <= 1280,
                 qPrintable(QStringLiteral("%1×%2 on a %3×%4 screen")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(room.width())
                                .arg(room.height())));
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.showPage(MainWindow::Page(page));
            const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(
                needed.width() <= 1024 && needed.height() <= 700,
                qPrintable(QStringLiteral("page %1 needs %2×%3").arg(page).arg(needed.width()).arg(needed.height())));
        }
        // Its size comes back at the next start. The height only: the test screen (800
        // pixels wide) is narrower than the window's least width, which Qt 6.4 keeps and
        // Qt 6.8 brings back within the screen.
        const int height = std::min(700, room.height() - 40);
        window.resize(window.width(), height);
        window.close();
        MainWindow again;
        QCOMPARE(again.height(), height);
    }

    // Defect: without a file a greyed form read « Objectif de remplissage : 1,0 % »; after
    // Close an empty greyed chart stayed; recent campaigns were only in a submenu.
    // Defect: English codes (economic, expert…) as visible columns in the French UI.
    void codesAreShownOnlyWhenAskedFor()
    {
        QSettings().remove(QStringLiteral("view/codes"));
        {
            MainWindow window;
            QString error;
            QVERIFY2(window.openCampaign(m_demo, &error), qPrintable(error));
            QVERIFY(window.criteriaPage()->tree()->isColumnHidden(CriteriaModel::CodeColumn));
            QVERIFY(window.juriesPage()->juriesView()->isColumnHidden(JuriesModel::CodeColumn));
            auto* codes = window.findChild<QAction*>(QStringLiteral("showCodes"));
            QVERIFY(codes && !codes->isChecked());
            codes->trigger();
            QVERIFY(!window.criteriaPage()->tree()->isColumnHidden(CriteriaModel::CodeColumn));
            QVERIFY(!window.juriesPage()->juriesView()->isColumnHidden(JuriesModel::CodeColumn));
        }
        MainWindow again; // kept for the next start
        QVERIFY(!again.criteriaPage()->tree()->isColumnHidden(CriteriaModel::CodeColumn));
        QVERIFY(again.findChild<QAction*>(QStringLiteral("showCodes"))->isChecked());
        QSettings().remove(QStringLiteral("view/codes"));
    }

    void withoutACampaignTheStartPageOffersEveryWayIn()
    {
        QSettings().remove(QStringLiteral("files/recent"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showsStartPage());
        QVERIFY(window.startPage()->isVisible());
        QVERIFY2(!window.findChild<QListWidget*>()->isVisible(), "no sidebar of pages with nothing in them");
        for (const char* name : {"newCampaign", "newFromTemplate", "newDemo", "open"}) {
            QPushButton* button = window.startPage()->button(name);
            QVERIFY2(button && button->isVisible() && button->isEnabled(), name);
            QVERIFY2(!button->icon().isNull(), name);
        }
        QVERIFY2(!window.startPage()->recentList()->isVisible(), "no recent campaign yet");

        QString error;
        QVERIFY2(window.openCampaign(m_demo, &error), qPrintable(error));
        QVERIFY(!window.showsStartPage());
        QVERIFY(window.findChild<QListWidget*>()->isVisible());
        // The sidebar says where each page stands, with the counts of "info".
        QVERIFY2(window.sidebarText(MainWindow::ScoringSheetPage).contains(QStringLiteral("% complete")),
                 qPrintable(window.sidebarText(MainWindow::ScoringSheetPage)));
        QVERIFY2(window.sidebarText(MainWindow::RankingSelectionPage).endsWith(QStringLiteral("24 laureates")),
                 qPrintable(window.sidebarText(MainWindow::RankingSelectionPage)));
        QVERIFY2(window.sidebarText(MainWindow::CandidatesListPage).endsWith(QStringLiteral("60 candidates")),
                 qPrintable(window.sidebarText(MainWindow::CandidatesListPage)));

        // Closed: the start page again, with the campaign in the recent ones.
        window.findChild<QAction*>(QStringLiteral("closeCampaign"))->trigger();
        QVERIFY(!window.document());
        QVERIFY(window.showsStartPage());
        QTreeWidget* recent = window.startPage()->recentList();
        QVERIFY(recent->isVisible());
        QCOMPARE(recent->topLevelItemCount(), 1);
        QTreeWidgetItem* item = recent->topLevelItem(0);
        QVERIFY2(item->text(0).contains(QStringLiteral("Microville")), qPrintable(item->text(0)));
        QCOMPARE(item->text(1), QStringLiteral("Deliberation"));
        QCOMPARE(item->text(2), QStringLiteral("60"));
        QVERIFY(!item->text(3).isEmpty());
        // Enter on it opens it.
        recent->setFocus();
        recent->setCurrentItem(item);
        QTest::keyClick(recent, Qt::Key_Return);
        QVERIFY(window.document());
        QCOMPARE(window.currentPath(), QFileInfo(m_demo).absoluteFilePath());

        // The toolbar holds the main actions, each with an icon.
        QToolBar* bar = window.toolBar();
        QVERIFY(bar && bar->isVisible());
        QVERIFY(bar->actions().size() >= 6);
        for (QAction* a : bar->actions())
            QVERIFY2(a->isSeparator() || !a->icon().isNull(), qPrintable(a->text()));

        // A file gone from its place is said so, not opened.
        window.findChild<QAction*>(QStringLiteral("closeCampaign"))->trigger();
        const QString moved = m_dir.filePath(QStringLiteral("moved.ami"));
        QVERIFY(QFile::rename(m_demo, moved));
        window.startPage()->refresh();
        QCOMPARE(window.startPage()->recentList()->topLevelItem(0)->text(1), QStringLiteral("File not found"));
        QVERIFY(!(window.startPage()->recentList()->topLevelItem(0)->flags() & Qt::ItemIsEnabled));
        QVERIFY(QFile::rename(moved, m_demo));

        // Asked on the start page: the last campaign opens at the next start.
        window.startPage()->reopenBox()->click();
        MainWindow next;
        next.openAtStart(QString());
        QVERIFY(next.document());
        QCOMPARE(next.currentPath(), QFileInfo(m_demo).absoluteFilePath());
        next.findChild<QAction*>(QStringLiteral("closeCampaign"))->trigger();
        window.startPage()->reopenBox()->click();
        MainWindow plain;
        plain.openAtStart(QString());
        QVERIFY2(!plain.document(), "opened without being asked");
    }

    void refusesAFileThatIsNotACampaignAndKeepsTheOpenOne()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openCampaign(m_demo, &error), qPrintable(error));
        const QString garbage = m_dir.filePath(QStringLiteral("notes.ami"));
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Liste des candidats, à compléter\n");
        f.close();
        QVERIFY(!window.openCampaign(garbage, &error));
        QVERIFY2(error.contains(QStringLiteral("notes.ami")) && error.contains(QStringLiteral("not a Palmarès")),
                 qPrintable(error));
        QCOMPARE(window.currentPath(), m_demo);
        QCOMPARE(window.rankingPage()->model()->rowCount(), 60);
    }

    void embedsTheApplicationIcon()
    {
        QFile icon(QStringLiteral(":/icons/palmares"));
        QVERIFY2(icon.open(QIODevice::ReadOnly), "the ui library's resources are not linked in");
        QVERIFY(icon.readAll().contains("<svg"));
    }

    void embedsTheFrenchTranslation()
    {
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/palmares_fr.qm")), "the core library's translations are missing");
    }

    // Every widget a keyboard can reach, on every page, has a name a screen reader can say:
    // its own accessible name, its text (buttons, check boxes) or its label's (buddies).
    void everyInteractiveWidgetHasAnAccessibleName()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.openCampaign(m_demo, &error), qPrintable(error));
        QStringList unnamed;
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.showPage(MainWindow::Page(page));
            for (QWidget* w : window.findChildren<QWidget*>()) {
                // Parts of a composite widget are named through it.
                QWidget* parent = w->parentWidget();
                const bool part = qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent) ||
                                  qobject_cast<QTabWidget*>(parent) ||
                                  (parent && qobject_cast<QAbstractScrollArea*>(parent->parentWidget()) &&
                                   !qobject_cast<QAbstractItemView*>(w)) ||
                                  w->inherits("QExpandingLineEdit") ||
                                  (qobject_cast<QAbstractScrollArea*>(parent) &&
                                   static_cast<QAbstractScrollArea*>(parent)->viewport() == w);
                if (part || !w->isVisible() || w->focusPolicy() == Qt::NoFocus || qobject_cast<QMenuBar*>(w))
                    continue;
                QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << QStringLiteral("%1 on page %2 (%3)")
                                   .arg(QString::fromLatin1(w->metaObject()->className()))
                                   .arg(page + 1)
                                   .arg(w->objectName());
            }
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    void fileMenuOffersOpenWithItsShortcut()
    {
        MainWindow window;
        QAction* open = nullptr;
        for (QAction* menu : window.menuBar()->actions()) {
            for (QAction* a : menu->menu()->actions()) {
                if (a->shortcut() == QKeySequence(QKeySequence::Open))
                    open = a;
            }
        }
        QVERIFY2(open, "no action with the standard Open shortcut");
        QVERIFY(open->isEnabled());
    }

    // Export › Results spreadsheet: only with a campaign open; what it writes is the
    // ranking of the Ranking page, and the public version names no juror.
    void theExportMenuWritesTheResults()
    {
        MainWindow window;
        auto* full = window.findChild<QAction*>(QStringLiteral("exportResults"));
        auto* published = window.findChild<QAction*>(QStringLiteral("exportPublicResults"));
        QVERIFY(full && published);
        QVERIFY(!full->isEnabled() && !published->isEnabled());
        QString error;
        QVERIFY2(window.openCampaign(m_demo, &error), qPrintable(error));
        QVERIFY(full->isEnabled() && published->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("résultats.xlsx"));
        const report::Spreadsheets::Written w = window.writeResults(path, report::Audience::Public);
        QVERIFY2(w.error.isEmpty() && !w.cancelled, qPrintable(w.error));
        QCOMPARE(w.files, std::vector<QString>{path});
        const auto ranking = SheetReader::read(path, QStringLiteral("Ranking"), &error);
        QVERIFY2(ranking, qPrintable(error));
        RankingModel* model = window.rankingPage()->model();
        QCOMPARE(int(ranking->rows.size()), model->rowCount());
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(ranking->rows[size_t(row)].at(2),
                     model->data(model->index(row, RankingModel::CandidateColumn)).toString());
        const auto scores = SheetReader::read(path, QStringLiteral("Scores"), &error);
        QVERIFY2(scores, qPrintable(error));
        const int juror = int(scores->headers.indexOf(QStringLiteral("Juror")));
        QVERIFY(juror >= 0);
        QVERIFY2(scores->rows.front().at(juror).startsWith(QStringLiteral("Juror 1 (")),
                 qPrintable(scores->rows.front().at(juror)));
    }

    // Export › Laureate report and Minutes: only with a campaign open; the PDF and the ODT
    // are written where asked, and the public report names no juror.
    void theExportMenuWritesTheReportAndTheMinutes()
    {
        MainWindow window;
        const QStringList names{QStringLiteral("exportReport"), QStringLiteral("exportPublicReport"),
                                QStringLiteral("exportMinutes")};
        for (const QString& name : names) {
            auto* action = window.findChild<QAction*>(name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY(!action->isEnabled());
        }
        QString error;
        QVERIFY2(window.openCampaign(m_demo, &error), qPrintable(error));
        for (const QString& name : names)
            QVERIFY(window.findChild<QAction*>(name)->isEnabled());
        const QString pdf = m_dir.filePath(QStringLiteral("rapport public.pdf"));
        report::Spreadsheets::Written w =
            window.writeDocument(pdf, report::Kind::LaureateReport, report::Audience::Public);
        QVERIFY2(w.error.isEmpty() && !w.cancelled, qPrintable(w.error));
        QCOMPARE(w.files, std::vector<QString>{pdf});
        QVERIFY(test::readBytes(pdf).startsWith("%PDF-"));
        const QString odt = m_dir.filePath(QStringLiteral("procès-verbal.odt"));
        w = window.writeDocument(odt, report::Kind::Minutes, report::Audience::Full);
        QVERIFY2(w.error.isEmpty() && !w.cancelled, qPrintable(w.error));
        QVERIFY(test::readBytes(odt).startsWith("PK"));
    }

    // What the Export menu writes is recorded with its fingerprint, never undone, and listed
    // by Export › Reports issued with where each stands; a CSV carries none and is not.
    void theReportsIssuedAreRecordedAndListed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("campagne.ami"));
        QVERIFY(QFile::copy(m_demo, path));
        MainWindow window;
        QString error;
        QVERIFY2(window.openCampaign(path, &error), qPrintable(error));
        CampaignDocument* doc = window.document();
        const size_t before = doc->campaign().issued.size();
        QVERIFY(window.findChild<QAction*>(QStringLiteral("showIssued"))->isEnabled());
        const int undoable = doc->undoStack()->count();
        report::Spreadsheets::Written w =
            window.writeDocument(dir.filePath(QStringLiteral("pv.pdf")), report::Kind::Minutes, report::Audience::Full);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        w = window.writeResults(dir.filePath(QStringLiteral("résultats.csv")), report::Audience::Full);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        w = window.writeResults(dir.filePath(QStringLiteral("résultats publics.xlsx")), report::Audience::Public);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        const std::vector<IssuedReport>& issued = doc->campaign().issued;
        QCOMPARE(issued.size(), before + 2);
        QCOMPARE(issued[before].document, IssuedDocument::Minutes);
        QCOMPARE(issued[before].fileName, QStringLiteral("pv.pdf"));
        QCOMPARE(issued[before + 1].document, IssuedDocument::Workbook);
        QCOMPARE(issued[before + 1].fileName, QStringLiteral("résultats publics.xlsx"));
        QVERIFY(issued[before + 1].publicVersion);
        QCOMPARE(doc->undoStack()->count(), undoable);
        const QString print = issued[before].fingerprint;
        {
            IssuedDialog dialog(doc->campaign(), &window);
            QCOMPARE(dialog.table()->rowCount(), int(before + 2));
            const int row = int(before);
            QCOMPARE(dialog.table()->item(row, IssuedDialog::Document)->text(),
                     QStringLiteral("minutes of the deliberation"));
            QCOMPARE(dialog.table()->item(row, IssuedDialog::Today)->text(),
                     QStringLiteral("the campaign still gives its result"));
            QVERIFY(dialog.currentLine()->text().endsWith(print));
            dialog.table()->selectRow(row);
            QTest::mouseClick(dialog.copyButton(), Qt::LeftButton);
            QCOMPARE(QApplication::clipboard()->text(), print);
        }
        // A score corrected since: both say the scores changed.
        Score s = doc->campaign().scores.front();
        s.value = s.value >= 1 ? s.value - 0.5 : s.value + 0.5;
        Change edit;
        edit.scores.put.push_back(s);
        edit.justification = QStringLiteral("Fiche papier relue");
        QVERIFY2(doc->apply(edit, &error), qPrintable(error));
        IssuedDialog dialog(doc->campaign(), &window);
        for (int row : {int(before), int(before) + 1})
            QCOMPARE(dialog.table()->item(row, IssuedDialog::Today)->text(), QStringLiteral("changed since: scores"));
        QVERIFY(!dialog.currentLine()->text().endsWith(print));
    }

    // Ctrl+Z undoes one step, under a wait cursor (a large import takes a second or two
    // to undo), and Ctrl+Shift+Z redoes it.
    void undoIsOneStepUnderAWaitCursor()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.openCampaign(m_demo, &error), qPrintable(error));
        CampaignDocument* doc = window.document();
        for (double value : {1.0, 2.0}) {
            Score s = doc->campaign().scores.front();
            s.value = value;
            Change edit;
            edit.text = QStringLiteral("Score %1").arg(value);
            edit.scores.put.push_back(s);
            edit.justification = QStringLiteral("Fiche papier relue");
            QVERIFY2(doc->apply(edit, &error), qPrintable(error));
        }
        std::vector<int> cursors;
        connect(doc, &CampaignDocument::changed, this, [&] {
            cursors.push_back(QApplication::overrideCursor() ? int(QApplication::overrideCursor()->shape()) : -1);
        });
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(doc->undoStack()->index(), 1);
        QCOMPARE(doc->campaign().scores.front().value, 1.0);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc->undoStack()->index(), 2);
        QCOMPARE(doc->campaign().scores.front().value, 2.0);
        QCOMPARE(cursors, (std::vector<int>{int(Qt::WaitCursor), int(Qt::WaitCursor)}));
        QVERIFY(!QApplication::overrideCursor());
    }

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
