// SPDX-License-Identifier: GPL-3.0-or-later
// An open campaign's file: one writer (a second one is told the file is in use, whatever path
// leads to it; a lock left by a killed program is stale), another SQLite program holding it,
// a file that cannot be written opened for reading, a copy, a file that is no campaign.
#include "core/demo/DemoGenerator.h"
#include "core/edit/CampaignDocument.h"
#include "core/edit/Edits.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/DocumentRows.h"
#include "tests/support/TestFiles.h"
#include "tests/support/Unprivileged.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace palmares;
using namespace palmares::test;

class TestDocumentFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CampaignDocument> m_doc;

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("c.ami"));
        QString error;
        m_doc = test::draftDemo(m_path, &error);
        QVERIFY2(m_doc, qPrintable(error));
    }
    void cleanup() { m_doc.reset(); }

    void aSecondWriterIsToldTheFileIsInUse()
    {
        QString error;
        CampaignDocument::Refusal refusal = CampaignDocument::Refusal::None;
        auto second = CampaignDocument::open(m_path, CampaignDocument::Access::ReadWrite, &error, &refusal);
        QVERIFY(!second);
        QCOMPARE(refusal, CampaignDocument::Refusal::InUse);
        QVERIFY2(error.contains(QLatin1String("already open")), qPrintable(error));

        auto reader = CampaignDocument::open(m_path, CampaignDocument::Access::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        QVERIFY(reader->isReadOnly());
        QCOMPARE(reader->campaign().candidates.size(), m_doc->campaign().candidates.size());
        Change change;
        change.buildings.put.push_back({999, QStringLiteral("X"), 10, QStringLiteral("bureau"), {}, {}});
        QVERIFY(!reader->apply(change, &error));
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));

        m_doc.reset(); // the first writer closes: the lock goes with it
        auto next = CampaignDocument::open(m_path, CampaignDocument::Access::ReadWrite, &error);
        QVERIFY2(next, qPrintable(error));
    }

    // Defect (seen in the fault trials): a program killed as it took a lock leaves an empty
    // lock file, which named no holder and kept the campaign "open for writing" for ever.
    void aLockFileLeftEmptyByAKilledProgramIsStale()
    {
        m_doc.reset();
        for (const QString& lock : {CampaignDocument::lockPath(m_path), CampaignDocument::identityLockPath(m_path)}) {
            QFile empty(lock);
            QVERIFY(empty.open(QIODevice::WriteOnly));
            empty.close();
            QString error;
            auto doc = CampaignDocument::open(m_path, CampaignDocument::Access::ReadWrite, &error);
            QVERIFY2(doc, qPrintable(error));
            doc.reset();
            QVERIFY2(!QFileInfo::exists(lock), qPrintable(lock)); // and it goes once closed
        }
    }

    // One writer per file, not per path: a link or a second name (a hard link) to the open
    // campaign leads to the same file, and to the same refusal, naming who holds it.
    void aSecondWriterThroughAnotherPathIsToldTheFileIsInUse_data()
    {
        QTest::addColumn<bool>("hardLink");
        QTest::newRow("through a symbolic link in another folder") << false;
        QTest::newRow("through a second name of the file (a hard link)") << true;
    }
    void aSecondWriterThroughAnotherPathIsToldTheFileIsInUse()
    {
        QFETCH(bool, hardLink);
        QTemporaryDir other;
        QVERIFY(other.isValid());
        const QString alias = other.filePath(QStringLiteral("même campagne.ami"));
        if (hardLink)
            QVERIFY(::link(QFile::encodeName(m_path).constData(), QFile::encodeName(alias).constData()) == 0);
        else
            QVERIFY(QFile::link(m_path, alias));
        QString error;
        CampaignDocument::Refusal refusal = CampaignDocument::Refusal::None;
        auto second = CampaignDocument::open(alias, CampaignDocument::Access::ReadWrite, &error, &refusal);
        QVERIFY2(!second, "a second writer opened the campaign through another path");
        QCOMPARE(refusal, CampaignDocument::Refusal::InUse);
        QVERIFY2(error.contains(QStringLiteral("already open for writing in ")) &&
                     error.contains(QStringLiteral("on this computer")),
                 qPrintable(error));
        QString why;
        QVERIFY2(!CampaignDocument::create(alias, DemoGenerator::generate(), &why), "the open campaign was replaced");
        m_doc.reset();
        auto next = CampaignDocument::open(alias, CampaignDocument::Access::ReadWrite, &error);
        QVERIFY2(next, qPrintable(error));
    }

    void aWriterInAMissingFolderIsToldSo()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("gone/c.ami"));
        QVERIFY(!CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &error));
        QVERIFY2(error.contains(QStringLiteral("no such file")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("writable")), qPrintable(error));
    }

    // Another program that opens the file with SQLite (the sqlite3 shell, a backup tool) and
    // holds a write on it makes an edit fail, saying so: nothing changes, in memory or in
    // the file, and the next edit once it has let go is saved.
    void anotherSqliteProgramHoldingTheFileMakesAnEditFailCleanly()
    {
        const QString before = dumpRows(m_path);
        const size_t buildings = m_doc->campaign().buildings.size();
        const int steps = m_doc->undoStack()->count();
        const Edit add = Edits::addBuilding(m_doc->campaign());
        QVERIFY(add.change);
        const QString name = QStringLiteral("another-program");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(m_path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
            QString error;
            QElapsedTimer waited;
            waited.start();
            QVERIFY(!m_doc->apply(add, &error));
            QVERIFY2(error.contains(QStringLiteral("c.ami is locked by another program")) &&
                         error.contains(QStringLiteral("nothing was saved")),
                     qPrintable(error));
            QVERIFY2(waited.elapsed() < 60000, "the edit hung on the lock");
            QCOMPARE(m_doc->campaign().buildings.size(), buildings);
            QCOMPARE(m_doc->undoStack()->count(), steps);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(dumpRows(m_path), before);
        QString error;
        QVERIFY2(m_doc->apply(add, &error), qPrintable(error));
        QCOMPARE(m_doc->campaign().buildings.size(), buildings + 1);
    }

    // A campaign that cannot be written (the file, or its folder) is refused for writing
    // with that reason, and opens for reading without anything written in or beside it.
    void aCampaignThatCannotBeWrittenOpensForReading()
    {
        PALMARES_RUN_UNPRIVILEGED();
        m_doc.reset();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("lecture.ami"));
        QVERIFY(QFile::copy(m_path, path));
        const size_t candidates = CampaignFile::read(path, nullptr)->candidates.size();
        const QFileDevice::Permissions readOnly =
            QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const QFileDevice::Permissions folder = QFile::permissions(dir.path());
        struct Case {
            const char* what;
            bool folderReadOnly;
            const char* says;
        };
        for (const Case& c : {Case{"the file is read-only", false, "the file is read-only"},
                              Case{"its folder is read-only", true, "its folder"}}) {
            QVERIFY(QFile::setPermissions(path, c.folderReadOnly ? readOnly | QFileDevice::WriteOwner : readOnly));
            if (c.folderReadOnly)
                QVERIFY(
                    QFile::setPermissions(dir.path(), folder & ~(QFileDevice::WriteOwner | QFileDevice::WriteUser)));
            const QStringList before = test::listing(dir.path());
            const QByteArray print = test::fingerprint(path);
            QString error;
            CampaignDocument::Refusal refusal = CampaignDocument::Refusal::None;
            QVERIFY2(!CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &error, &refusal), c.what);
            QCOMPARE(refusal, CampaignDocument::Refusal::ReadOnly);
            QVERIFY2(error.contains(QLatin1String(c.says)) && error.contains(QStringLiteral("Open it for reading")),
                     qPrintable(error));
            auto reader = CampaignDocument::open(path, CampaignDocument::Access::ReadOnly, &error);
            QVERIFY2(reader, qPrintable(error));
            QVERIFY(reader->isReadOnly());
            QCOMPARE(reader->campaign().candidates.size(), candidates);
            reader.reset();
            QCOMPARE(test::listing(dir.path()), before);
            QCOMPARE(test::fingerprint(path), print);
            QVERIFY(QFile::setPermissions(dir.path(), folder));
        }
    }

    void aCopyHoldsTheSameRows()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copie.ami"));
        QString error;
        QVERIFY2(m_doc->saveCopyAs(copy, &error), qPrintable(error));
        QCOMPARE(dumpRows(copy), dumpRows(m_path));
        QVERIFY(!m_doc->saveCopyAs(m_path, &error));
        QVERIFY(!m_doc->saveCopyAs(m_dir.filePath(QStringLiteral("no/such/folder/x.ami")), &error));
        QVERIFY2(error.contains(QLatin1String("folder does not exist")), qPrintable(error));
    }

    void aNonCampaignFileIsRefused()
    {
        const QString junk = m_dir.filePath(QStringLiteral("notes.ami"));
        QVERIFY(test::writeBytes(junk, "not a campaign"));
        const QByteArray before = test::fingerprint(junk);
        QString error;
        QVERIFY(!CampaignDocument::open(junk, CampaignDocument::Access::ReadWrite, &error));
        QVERIFY2(!error.isEmpty(), "a reason is given");
        QCOMPARE(test::fingerprint(junk), before);
        QVERIFY(!QFileInfo::exists(CampaignDocument::lockPath(junk)));
    }
};

QTEST_GUILESS_MAIN(TestDocumentFile)
#include "tst_documentfile.moc"
