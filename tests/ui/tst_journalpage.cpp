// SPDX-License-Identifier: GPL-3.0-or-later
// The Journal page: the audit log as a table, newest first, filtered by text, kind and
// author, exported as CSV (the entries shown), with the name the journal gives this
// user's changes typed on the page and kept for the next start.
#include "core/edit/CampaignDocument.h"
#include "tests/support/CampaignSamples.h"
#include "ui/MainWindow.h"
#include "ui/journal/JournalPage.h"
#include "ui/models/JournalModel.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace palmares;

class TstJournalPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static bool scoreOnce(CampaignDocument* doc, size_t candidate, QString* error)
    {
        const Campaign& c = doc->campaign();
        Change change;
        change.text = QStringLiteral("Record a score");
        Score s;
        s.candidateId = c.candidates.at(candidate).id;
        s.jurorId = c.jurors.front().id;
        s.criterionId = c.criteria.front().id;
        s.value = 4;
        change.scores.put = {s};
        return doc->apply(change, error);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void theJournalShowsFiltersAndExportsWhatWasDone()
    {
        QSettings().remove(QStringLiteral("journal"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("journal.ami"));
        QVERIFY2(window.createCampaign(path, test::demoIn(CampaignStatus::Draft), &error), qPrintable(error));
        window.showPage(MainWindow::JournalLogPage);
        JournalPage* page = window.journalPage();
        QVERIFY(page->isVisible());
        JournalModel* model = page->model();
        QCOMPARE(model->rowCount(), 1); // the campaign's creation
        QVERIFY(page->countLabel()->text().contains(QLatin1Char('1')));

        // Typed on the page, the name is given to the next changes, and kept.
        page->actorNameField()->setText(QStringLiteral("Claire Martin"));
        QMetaObject::invokeMethod(page->actorNameField(), "editingFinished");
        QVERIFY2(scoreOnce(window.document(), 2, &error), qPrintable(error));
        page->actorNameField()->clear();
        QMetaObject::invokeMethod(page->actorNameField(), "editingFinished");
        QVERIFY2(scoreOnce(window.document(), 3, &error), qPrintable(error));
        const Campaign& c = window.document()->campaign();

        // Shown at once, newest first.
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, JournalModel::CandidateColumn).data().toString(), c.candidates[3].name);
        QCOMPARE(model->index(0, JournalModel::WhoColumn).data().toString(), CampaignDocument::systemUser());
        QCOMPARE(model->index(1, JournalModel::WhoColumn).data().toString(), QStringLiteral("Claire Martin"));
        QCOMPARE(model->index(1, JournalModel::JurorColumn).data().toString(), c.jurors.front().name);
        QCOMPARE(model->index(2, JournalModel::WhatColumn).data().toString(), QStringLiteral("Creation"));

        // By author…
        const int claire = page->actorBox()->findData(QStringLiteral("Claire Martin"));
        QVERIFY(claire > 0);
        page->actorBox()->setCurrentIndex(claire);
        QMetaObject::invokeMethod(page->actorBox(), "activated", Q_ARG(int, claire));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY2(page->countLabel()->text().contains(QStringLiteral("1 of 3")), qPrintable(page->countLabel()->text()));
        page->actorBox()->setCurrentIndex(0);
        QMetaObject::invokeMethod(page->actorBox(), "activated", Q_ARG(int, 0));
        // …by kind…
        const int creation = page->actionBox()->findData(QStringLiteral("write_campaign"));
        QVERIFY(creation > 0);
        page->actionBox()->setCurrentIndex(creation);
        QMetaObject::invokeMethod(page->actionBox(), "activated", Q_ARG(int, creation));
        QCOMPARE(model->rowCount(), 1);
        page->actionBox()->setCurrentIndex(0);
        QMetaObject::invokeMethod(page->actionBox(), "activated", Q_ARG(int, 0));
        // …and by a word typed, in any column, whatever its case.
        QTest::keyClicks(page->searchField(), c.candidates[2].name.toUpper());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, JournalModel::CandidateColumn).data().toString(), c.candidates[2].name);

        // The export writes what is shown, with its header.
        const QString csv = m_dir.filePath(QStringLiteral("journal.csv"));
        QVERIFY2(page->exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("When;Who;What")));
        QVERIFY(lines[1].contains(QStringLiteral("Claire Martin")));
        // Into a folder that does not exist: refused, naming it; nothing written.
        const QString nowhere = m_dir.filePath(QStringLiteral("missing/journal.csv"));
        QVERIFY(!page->exportCsv(nowhere, &error));
        QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
        QVERIFY(!QFile::exists(nowhere));

        // An undo is a new entry; nothing shown is lost.
        page->searchField()->clear();
        window.document()->undoStack()->undo();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, JournalModel::WhatColumn).data().toString(), QStringLiteral("Undo"));
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("exportJournal"))->isEnabled());
    }

    void withoutACampaignThePageHoldsNothing()
    {
        JournalPage page;
        page.setDocument(nullptr);
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(!page.isEnabled());
    }
};

QTEST_MAIN(TstJournalPage)
#include "tst_journalpage.moc"
