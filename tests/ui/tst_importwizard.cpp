// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard driven as a user does: file → columns → report → import, the choice
// between the valid rows and nothing, a mapping chosen by hand and remembered, the
// report and a template saved, cancelling a long read, and a spreadsheet dropped on the
// main window.
#include "core/model/DefaultSetup.h"
#include "core/model/Siret.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/GuiTest.h"
#include "tests/support/TestFiles.h"
#include "ui/MainWindow.h"
#include "ui/import/ImportWizard.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace palmares;

class TstImportWizard : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString data(const char* name)
    {
        return QStringLiteral(PALMARES_TEST_DATA "/import/") + QString::fromLatin1(name);
    }
    QString write(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        if (!test::writeBytes(path, text.toUtf8()))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    std::unique_ptr<CampaignDocument> newDocument(const QString& name)
    {
        const QString path = test::freshPath(m_dir, name);
        QString error;
        if (!CampaignFile::writeNew(path, DefaultSetup::campaign(), &error))
            qFatal("%s", qPrintable(error));
        return CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &error);
    }
    static ImportSourcePage* sourcePage(ImportWizard& w)
    {
        return static_cast<ImportSourcePage*>(w.page(ImportWizard::SourcePageId));
    }
    static ImportMappingPage* mappingPage(ImportWizard& w)
    {
        return static_cast<ImportMappingPage*>(w.page(ImportWizard::MappingPageId));
    }
    static ImportReportPage* reportPage(ImportWizard& w)
    {
        return static_cast<ImportReportPage*>(w.page(ImportWizard::ReportPageId));
    }
    static void next(ImportWizard& w)
    {
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    }
    // Shows `w`, its source set, and goes on with the guessed columns to the report.
    static void showReport(ImportWizard& w)
    {
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        next(w);
        QTRY_COMPARE(w.currentId(), int(ImportWizard::MappingPageId));
        next(w);
        QTRY_COMPARE(w.currentId(), int(ImportWizard::ReportPageId));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void candidatesFromAWorkbookAreImportedAndUndone()
    {
        auto doc = newDocument(QStringLiteral("classeur.ami"));
        QVERIFY(doc);
        ImportWizard w(doc.get());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled()); // no file yet
        sourcePage(w)->pathEdit()->setFocus();
        QTest::keyClicks(sourcePage(w)->pathEdit(), data("candidats.xlsx"));
        QTest::keyClick(sourcePage(w)->pathEdit(), Qt::Key_Tab); // leaving the field lists the sheets
        QCOMPARE(sourcePage(w)->sheetBox()->currentText(), QStringLiteral("source"));
        next(w);
        QTRY_COMPARE(w.currentId(), int(ImportWizard::MappingPageId));

        ImportMappingPage* mapping = mappingPage(w);
        QCOMPARE(mapping->columnOf(QStringLiteral("name")), 0);
        QCOMPARE(mapping->columnOf(QStringLiteral("siret")), 1);
        QCOMPARE(mapping->columnOf(QStringLiteral("requested_surface")), 10);
        QCOMPARE(mapping->columnOf(QStringLiteral("registration_no")), -1);
        QCOMPARE(mapping->preview()->rowCount(), 7);
        QCOMPARE(mapping->preview()->verticalHeaderItem(0)->text(), QStringLiteral("2")); // the sheet's row
        QCOMPARE(mapping->preview()->item(0, 0)->text(), QStringLiteral("Brasserie de l'Œil Vif"));
        // Every header of the file whole (« Surface demandée (m² » was cut).
        QTableWidget* preview = mapping->preview();
        for (int col = 0; col < preview->columnCount(); ++col) {
            const QString header = preview->horizontalHeaderItem(col)->text();
            QVERIFY2(preview->columnWidth(col) >= preview->horizontalHeader()->fontMetrics().horizontalAdvance(header),
                     qPrintable(header));
        }
        QVERIFY(mapping->missingLabel()->text().isEmpty());
        next(w);
        QTRY_COMPARE(w.currentId(), int(ImportWizard::ReportPageId));

        ImportReportPage* report = reportPage(w);
        QVERIFY2(report->summaryLabel()->text().contains(QStringLiteral("New: 7")),
                 qPrintable(report->summaryLabel()->text()));
        QCOMPARE(report->problemsView()->model()->rowCount(), 1); // the company without SIRET: a warning
        QCOMPARE(report->problemsView()->model()->index(0, 0).data().toInt(), 8);
        QCOMPARE(report->problemsView()->model()->index(0, 3).data().toString(), QStringLiteral("Warning"));
        QVERIFY(report->importValidButton()->isChecked());
        QCOMPARE(doc->campaign().candidates.size(), size_t(0)); // nothing written yet

        QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(w.result(), int(QDialog::Accepted));
        QCOMPARE(doc->campaign().candidates.size(), size_t(7));
        QCOMPARE(doc->campaign().flows.size(), size_t(9));
        QVERIFY(w.outcome().contains(QStringLiteral("7 new")));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QCOMPARE(doc->campaign().candidates.size(), size_t(0));
        QVERIFY(doc->campaign().flows.empty());
    }

    void rejectedRowsAreImportedOnlyWhenAsked_data()
    {
        QTest::addColumn<bool>("importValid");
        QTest::newRow("valid rows only") << true;
        QTest::newRow("nothing") << false;
    }
    void rejectedRowsAreImportedOnlyWhenAsked()
    {
        QFETCH(bool, importValid);
        auto doc = newDocument(QStringLiteral("rejets.ami"));
        const QString path =
            write(QStringLiteral("rejets.csv"), QStringLiteral("Raison sociale;SIRET;Surface demandée (m²)\n"
                                                               "Bonne;81234567800013;120\n"
                                                               "Courte;123;50\n"
                                                               "Sans surface;;abc\n"));
        ImportWizard w(doc.get());
        w.setSource(path);
        showReport(w);
        ImportReportPage* report = reportPage(w);
        QVERIFY(report->summaryLabel()->text().contains(QStringLiteral("rejected: 2")));
        QVERIFY(report->importValidButton()->text().contains(QStringLiteral("1 valid row")));
        QAbstractItemModel* problems = report->problemsView()->model();
        QCOMPARE(problems->index(0, 0).data().toInt(), 3);
        QCOMPARE(problems->index(0, 1).data().toString(), QStringLiteral("SIRET"));
        QCOMPARE(problems->index(0, 2).data().toString(), QStringLiteral("123"));
        QVERIFY(problems->index(0, 4).data().toString().contains(QStringLiteral("14 digits")));

        const QString saved = m_dir.filePath(QStringLiteral("rapport.csv"));
        QString error;
        QVERIFY2(report->saveReport(saved, &error), qPrintable(error));
        const auto back = SheetReader::read(saved, QString(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), problems->rowCount());

        if (!importValid) {
            report->importNothingButton()->setFocus();
            QTest::keyClick(report->importNothingButton(), Qt::Key_Space);
            QVERIFY(report->importNothingButton()->isChecked());
        }
        QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(doc->campaign().candidates.size(), size_t(importValid ? 1 : 0));
        QCOMPARE(doc->undoStack()->count(), importValid ? 1 : 0);
    }

    void aFailedImportCanBeTriedAgain()
    {
        const QString campaignPath = test::freshPath(m_dir, QStringLiteral("lecture.ami"));
        QString error;
        QVERIFY2(CampaignFile::writeNew(campaignPath, DefaultSetup::campaign(), &error), qPrintable(error));
        auto doc = CampaignDocument::open(campaignPath, CampaignDocument::Access::ReadOnly, &error);
        QVERIFY2(doc, qPrintable(error));
        const QString path = write(QStringLiteral("deux.csv"), QStringLiteral("Raison sociale;SIRET;Surface\n"
                                                                              "Une;81234567800013;120\n"
                                                                              "Deux;;80\n"));
        ImportWizard w(doc.get());
        w.setSource(path);
        showReport(w);
        QCOMPARE(w.plan().added, 2);

        QString message;
        QTimer::singleShot(200, this, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                message = box->text();
                box->accept();
            }
        });
        QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!message.isEmpty());
        QVERIFY2(message.contains(QStringLiteral("read-only")), qPrintable(message));
        // Still on the report, the rows checked again and ready for another try.
        QVERIFY(w.isVisible());
        QCOMPARE(w.currentId(), int(ImportWizard::ReportPageId));
        QCOMPARE(w.plan().added, 2);
        QCOMPARE(w.plan().change.candidates.put.size(), size_t(2));
        QVERIFY(doc->campaign().candidates.empty());
        QVERIFY(w.outcome().isEmpty());
    }

    void aMappingChosenByHandIsRemembered()
    {
        auto doc = newDocument(QStringLiteral("colonnes.ami"));
        const QString path = write(QStringLiteral("colonnes.csv"), QStringLiteral("Col A;Col B\nAtelier du Port;75\n"));
        {
            ImportWizard w(doc.get());
            w.setSource(path);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            next(w);
            QTRY_COMPARE(w.currentId(), int(ImportWizard::MappingPageId));
            ImportMappingPage* mapping = mappingPage(w);
            QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
            QVERIFY(mapping->missingLabel()->text().contains(QStringLiteral("Company name")));
            // By keyboard: Down picks the next column in each list.
            QComboBox* name = mapping->columnBox(QStringLiteral("name"));
            name->setFocus();
            QTest::keyClick(name, Qt::Key_Down);
            QComboBox* surface = mapping->columnBox(QStringLiteral("requested_surface"));
            surface->setFocus();
            QTest::keyClick(surface, Qt::Key_Down);
            QTest::keyClick(surface, Qt::Key_Down);
            QCOMPARE(mapping->columnOf(QStringLiteral("name")), 0);
            QCOMPARE(mapping->columnOf(QStringLiteral("requested_surface")), 1);
            QVERIFY(w.button(QWizard::NextButton)->isEnabled());
            // The same column for two fields is refused.
            mapping->setColumn(QStringLiteral("description"), 0);
            QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
            QCOMPARE(w.currentId(), int(ImportWizard::MappingPageId));
            QVERIFY(mapping->missingLabel()->text().contains(QStringLiteral("Col A")));
            mapping->setColumn(QStringLiteral("description"), -1);
            next(w);
            QTRY_COMPARE(w.currentId(), int(ImportWizard::ReportPageId));
            QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
            QCOMPARE(doc->campaign().candidates.size(), size_t(1));
            QCOMPARE(doc->campaign().candidates[0].requestedSurface, 75.0);
        }
        ImportWizard again(doc.get());
        again.setSource(path);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        next(again);
        QTRY_COMPARE(again.currentId(), int(ImportWizard::MappingPageId));
        QCOMPARE(mappingPage(again)->columnOf(QStringLiteral("name")), 0);
        QCOMPARE(mappingPage(again)->columnOf(QStringLiteral("requested_surface")), 1);
        // Importing it again with "update": the same candidate, not a second one.
        mappingPage(again)->updateButton()->setFocus();
        QTest::keyClick(mappingPage(again)->updateButton(), Qt::Key_Space);
        QVERIFY(mappingPage(again)->updateButton()->isChecked());
        next(again);
        QTRY_COMPARE(again.currentId(), int(ImportWizard::ReportPageId));
        QVERIFY(reportPage(again)->summaryLabel()->text().contains(QStringLiteral("updated: 1")));
    }

    void badFilesAreExplainedOnTheFirstPage()
    {
        auto doc = newDocument(QStringLiteral("mauvais.ami"));
        ImportWizard w(doc.get());
        w.setSource(write(QStringLiteral("vide.csv"), QString()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(ImportWizard::SourcePageId));
        QVERIFY(sourcePage(w)->messageLabel()->text().contains(QStringLiteral("vide.csv")));
        w.setSource(write(QStringLiteral("entete.csv"), QStringLiteral("Raison sociale;Surface\n")));
        QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(ImportWizard::SourcePageId));
        QVERIFY(sourcePage(w)->messageLabel()->text().contains(QStringLiteral("no row")));
    }

    void aTemplateIsSavedFromTheWizard()
    {
        auto doc = newDocument(QStringLiteral("modele.ami"));
        ImportWizard w(doc.get());
        w.setKind(ImportKind::Jurors);
        const QString path = m_dir.filePath(QStringLiteral("jurés.xlsx"));
        QVERIFY(sourcePage(w)->saveTemplate(path));
        QString error;
        const auto t = SheetReader::read(path, QString(), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->headers.first(), QStringLiteral("Nom du juré"));
        QVERIFY(!sourcePage(w)->saveTemplate(m_dir.filePath(QStringLiteral("jurés.doc"))));
        QVERIFY(sourcePage(w)->messageLabel()->text().contains(QStringLiteral("jurés.doc")));
    }

    void longWorkCanBeCancelled()
    {
        QWidget parent;
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        bool sawDialog = false;
        QTimer cancel;
        connect(&cancel, &QTimer::timeout, this, [&] {
            auto* dialog = parent.findChild<QProgressDialog*>();
            if (dialog && dialog->isVisible()) {
                sawDialog = true;
                QTest::mouseClick(dialog->findChild<QPushButton*>(), Qt::LeftButton);
            }
        });
        cancel.start(100);
        qint64 steps = 0;
        const bool finished = ImportWizard::runWithProgress(&parent, QStringLiteral("Long"), [&](const Progress& p) {
            while (p(++steps % 1000, 1000))
                QThread::msleep(1);
        });
        QVERIFY(!finished);
        QVERIFY(sawDialog);
        QVERIFY(steps > 0);
        QVERIFY(ImportWizard::runWithProgress(&parent, QStringLiteral("Short"), [](const Progress& p) { p(1, 1); }));
    }

    void aSpreadsheetDroppedOnTheWindowOpensTheWizard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY(window.createCampaign(test::freshPath(m_dir, QStringLiteral("depot.ami")), DefaultSetup::campaign(),
                                      &error));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(data("candidats.ods"))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QString shownPath;
        QTimer::singleShot(200, this, [&] {
            auto* wizard = qobject_cast<ImportWizard*>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            shownPath = sourcePage(*wizard)->pathEdit()->text();
            wizard->reject();
        });
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_VERIFY(!shownPath.isEmpty());
        QCOMPARE(QDir::fromNativeSeparators(shownPath), data("candidats.ods"));

        // Anything else is not taken.
        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("photo.png")))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        refused.ignore();
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }
};

QTEST_MAIN(TstImportWizard)
#include "tst_importwizard.moc"
