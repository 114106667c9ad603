// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoGenerator.h"
#include "core/storage/CampaignFile.h"
#include "ui/MainWindow.h"
#include "ui/models/RankingModel.h"
#include "ui/ranking/RankingPage.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QFile>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace palmares;

class TstMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
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
