// SPDX-License-Identifier: GPL-3.0-or-later
// The one safe writer: a file is replaced only by a complete new one; a writer that fails,
// a device that fills up or a folder that is missing leaves the old file as it was and
// nothing beside it, with a message naming the file and the reason.
#include "core/files/SafeFile.h"

#include "tests/support/FailingDevice.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace palmares;
using namespace palmares::test;

class TstSafeFile : public QObject {
    Q_OBJECT

private slots:
    void writeReplacesTheFileWhole();
    void aFailingWriterLeavesTheFileAsItWas_data();
    void aFailingWriterLeavesTheFileAsItWas();
    void aFullDiskLeavesTheFileAsItWas_data();
    void aFullDiskLeavesTheFileAsItWas();
    void writeAllStopsAtTheDevicesError();
    void writeRefusesAMissingFolderOrAFolder_data();
    void writeRefusesAMissingFolderOrAFolder();
    void writeThroughALinkWritesTheLinkedFile();

    void aStagedFileReplacesTheTargetOnCommit();
    void aStagedFileNotCommittedLeavesNothing();
    void aStagedFileThatCannotReplaceLeavesTheTarget();
    void aStagedFileThroughALinkWritesTheLinkedFile();
    void aStagedFileRefusesAMissingFolder();
    void aStagedFileRemovesWhatAKilledWriterLeft();
    void aWriteKeepsTheFilesPermissions();
};

void TstSafeFile::writeReplacesTheFileWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rapport.csv"));
    QVERIFY(writeBytes(path, QByteArrayLiteral("old\n")));
    QString error;
    const QByteArray bytes = QByteArray(100000, 'x') + "\n";
    QVERIFY2(SafeFile::write(path, bytes, &error), qPrintable(error));
    QCOMPARE(readBytes(path), bytes);
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("rapport.csv")});
}

void TstSafeFile::aFailingWriterLeavesTheFileAsItWas_data()
{
    QTest::addColumn<int>("before"); // bytes written before the writer gives up
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expected");
    QTest::newRow("gives up at once, saying why")
        << 0 << QStringLiteral("the campaign is closed") << QStringLiteral("cannot be written: the campaign is closed");
    QTest::newRow("gives up after 1 MB, saying why")
        << (1 << 20) << QStringLiteral("cancelled") << QStringLiteral("cannot be written: cancelled");
    QTest::newRow("gives up after 10 bytes, saying nothing") << 10 << QString() << QStringLiteral("cannot be written");
}

void TstSafeFile::aFailingWriterLeavesTheFileAsItWas()
{
    QFETCH(int, before);
    QFETCH(QString, reason);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lauréats.csv"));
    QVERIFY(writeBytes(path, QByteArrayLiteral("the old report\n")));
    QString error;
    const bool ok = SafeFile::write(
        path,
        [&](QIODevice& out, QString* why) {
            out.write(QByteArray(before, 'y'));
            *why = reason;
            return false;
        },
        &error);
    QVERIFY2(!ok, "a failed write succeeded");
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(readBytes(path), QByteArrayLiteral("the old report\n"));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("lauréats.csv")});
}

void TstSafeFile::aFullDiskLeavesTheFileAsItWas_data()
{
    QTest::addColumn<int>("room"); // bytes a file may hold
    QTest::addColumn<int>("size"); // bytes written
    QTest::newRow("no room at all") << 0 << 10;
    QTest::newRow("room for a page of a large file") << 4096 << (4 << 20);
    QTest::newRow("one byte short") << 99999 << 100000;
}

void TstSafeFile::aFullDiskLeavesTheFileAsItWas()
{
    QFETCH(int, room);
    QFETCH(int, size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("modèle.json"));
    QVERIFY(writeBytes(path, QByteArrayLiteral("{}\n")));
    QString error;
    bool ok = false;
    {
        const FileSizeLimit full{rlim_t(room)};
        ok = SafeFile::write(path, QByteArray(size, 'z'), &error);
    }
    QVERIFY2(!ok, "written beyond the room there was");
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(" cannot be written: ")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("too large"), Qt::CaseInsensitive), qPrintable(error));
    QCOMPARE(readBytes(path), QByteArrayLiteral("{}\n"));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("modèle.json")});
}

void TstSafeFile::writeAllStopsAtTheDevicesError()
{
    FailingDevice device(10);
    QString why;
    QVERIFY(!SafeFile::writeAll(device, QByteArray(100, 'a'), &why));
    QCOMPARE(why, QStringLiteral("No space left on device"));
    QCOMPARE(device.written(), QByteArray(10, 'a'));

    FailingDevice roomy(100);
    QVERIFY2(SafeFile::writeAll(roomy, QByteArray(100, 'b'), &why), qPrintable(why));
    QCOMPARE(roomy.written(), QByteArray(100, 'b'));
}

void TstSafeFile::writeRefusesAMissingFolderOrAFolder_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("into a folder that does not exist")
        << QStringLiteral("missing/report.csv") << QStringLiteral("the folder does not exist");
    QTest::newRow("onto a folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
}

void TstSafeFile::writeRefusesAMissingFolderOrAFolder()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    QString error;
    QVERIFY(!SafeFile::write(dir.filePath(name), QByteArrayLiteral("x"), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(dir.path())), qPrintable(error));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("folder")});
    QVERIFY(listing(dir.filePath(QStringLiteral("folder"))).isEmpty());

    StagedFile staged(dir.filePath(name));
    QVERIFY(!staged.prepare(&error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("folder")});
}

void TstSafeFile::writeThroughALinkWritesTheLinkedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString real = dir.filePath(QStringLiteral("real.csv"));
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    QVERIFY(writeBytes(real, QByteArrayLiteral("old\n")));
    QVERIFY(QFile::link(real, link));
    QString error;
    QVERIFY2(SafeFile::write(link, QByteArrayLiteral("new\n"), &error), qPrintable(error));
    QVERIFY2(QFileInfo(link).isSymLink(), "the link was replaced by a file");
    QCOMPARE(readBytes(real), QByteArrayLiteral("new\n"));
    QCOMPARE(listing(dir.path()), (QStringList{QStringLiteral("link.csv"), QStringLiteral("real.csv")}));
}

void TstSafeFile::aStagedFileReplacesTheTargetOnCommit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("modèle.xlsx"));
    QVERIFY(writeBytes(path, QByteArrayLiteral("old")));
    QString error;
    StagedFile staged(path, {QStringLiteral("-wal")});
    QVERIFY2(staged.prepare(&error), qPrintable(error));
    QCOMPARE(QFileInfo(staged.stagedPath()).absolutePath(), QFileInfo(path).absolutePath());
    QVERIFY(writeBytes(staged.stagedPath(), QByteArrayLiteral("new")));
    QVERIFY(writeBytes(staged.stagedPath() + QStringLiteral("-wal"), QByteArrayLiteral("log")));
    QCOMPARE(readBytes(path), QByteArrayLiteral("old")); // nothing replaced before the commit
    QVERIFY2(staged.commit(&error), qPrintable(error));
    QCOMPARE(readBytes(path), QByteArrayLiteral("new"));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("modèle.xlsx")});
}

void TstSafeFile::aStagedFileNotCommittedLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    QVERIFY(writeBytes(path, QByteArrayLiteral("old")));
    {
        QString error;
        StagedFile staged(path, {QStringLiteral("-wal"), QStringLiteral("-shm")});
        QVERIFY2(staged.prepare(&error), qPrintable(error));
        QVERIFY(writeBytes(staged.stagedPath(), QByteArrayLiteral("half")));
        QVERIFY(writeBytes(staged.stagedPath() + QStringLiteral("-wal"), QByteArrayLiteral("log")));
        QVERIFY(writeBytes(staged.stagedPath() + QStringLiteral("-shm"), QByteArrayLiteral("index")));
        QCOMPARE(listing(dir.path()).size(), 4);
    }
    QCOMPARE(readBytes(path), QByteArrayLiteral("old"));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("campaign.ami")});
}

void TstSafeFile::aStagedFileThatCannotReplaceLeavesTheTarget()
{
    // The target became a folder holding a file after the staging: the rename fails.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    QString error;
    StagedFile staged(path);
    QVERIFY2(staged.prepare(&error), qPrintable(error));
    QVERIFY(writeBytes(staged.stagedPath(), QByteArrayLiteral("new")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("campaign.ami")));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("campaign.ami/inside.txt")), QByteArrayLiteral("kept")));
    QVERIFY2(!staged.commit(&error), "a folder was replaced by a file");
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(" cannot be written: ")),
             qPrintable(error));
    QCOMPARE(readBytes(dir.filePath(QStringLiteral("campaign.ami/inside.txt"))), QByteArrayLiteral("kept"));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("campaign.ami")});
}

void TstSafeFile::aStagedFileThroughALinkWritesTheLinkedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("archive")));
    const QString real = dir.filePath(QStringLiteral("archive/real.xlsx"));
    const QString link = dir.filePath(QStringLiteral("link.xlsx"));
    QVERIFY(writeBytes(real, QByteArrayLiteral("old")));
    QVERIFY(QFile::link(real, link));
    QString error;
    StagedFile staged(link);
    QVERIFY2(staged.prepare(&error), qPrintable(error));
    QCOMPARE(QFileInfo(staged.stagedPath()).absolutePath(), QFileInfo(real).absolutePath());
    QVERIFY(writeBytes(staged.stagedPath(), QByteArrayLiteral("new")));
    QVERIFY2(staged.commit(&error), qPrintable(error));
    QVERIFY2(QFileInfo(link).isSymLink(), "the link was replaced by a file");
    QCOMPARE(readBytes(real), QByteArrayLiteral("new"));
    QCOMPARE(listing(dir.filePath(QStringLiteral("archive"))), QStringList{QStringLiteral("real.xlsx")});
}

void TstSafeFile::aStagedFileRefusesAMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    StagedFile staged(dir.filePath(QStringLiteral("gone/file.xlsx")));
    QVERIFY(!staged.prepare(&error));
    QVERIFY2(error.contains(QStringLiteral("the folder does not exist")), qPrintable(error));
    QVERIFY2(!staged.commit(&error), "committed what was never staged");
    QVERIFY(listing(dir.path()).isEmpty());
}

void TstSafeFile::aStagedFileRemovesWhatAKilledWriterLeft()
{
    // A writer killed between staging and commit leaves its staged file (and SQLite's
    // journal beside it); the next write to the same file removes them, and only them: a
    // file staged by a process still running, or for another file, stays.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString gone = QStringLiteral("4194305"); // above Linux's largest process number
    const QString mine = QString::number(QCoreApplication::applicationPid());
    const QStringList left{QStringLiteral(".campaign.ami.%1-a1b2c3.part").arg(gone),
                           QStringLiteral(".campaign.ami.%1-a1b2c3.part-journal").arg(gone)};
    const QStringList kept{QStringLiteral(".campaign.ami.%1-d4e5f6.part").arg(mine),
                           QStringLiteral(".other.ami.%1-a1b2c3.part").arg(gone), QStringLiteral("campaign.ami")};
    for (const QString& name : left + kept)
        QVERIFY(writeBytes(dir.filePath(name), QByteArrayLiteral("x")));
    QString error;
    StagedFile staged(dir.filePath(QStringLiteral("campaign.ami")));
    QVERIFY2(staged.prepare(&error), qPrintable(error));
    QStringList expected = kept;
    expected << QFileInfo(staged.stagedPath()).fileName();
    expected.sort();
    QCOMPARE(listing(dir.path()), expected);
}

void TstSafeFile::aWriteKeepsTheFilesPermissions()
{
    // A file replaced keeps its permissions (a campaign shared with a group stays shared); a
    // new one gets what any file this process makes gets, not a staged file's 0600.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString shared = dir.filePath(QStringLiteral("partagée.ami"));
    QVERIFY(writeBytes(shared, QByteArrayLiteral("old")));
    QVERIFY(::chmod(QFile::encodeName(shared).constData(), 0640) == 0);
    QString error;
    QVERIFY2(SafeFile::write(shared, QByteArrayLiteral("new"), &error), qPrintable(error));
    struct stat st {};
    QVERIFY(::stat(QFile::encodeName(shared).constData(), &st) == 0);
    QCOMPARE(int(st.st_mode & 0777), 0640);

    const mode_t mask = ::umask(027);
    const QString fresh = dir.filePath(QStringLiteral("nouveau.csv"));
    const bool written = SafeFile::write(fresh, QByteArrayLiteral("x"), &error);
    StagedFile staged(dir.filePath(QStringLiteral("classeur.xlsx")));
    const bool stagedWritten = staged.prepare(&error) && writeBytes(staged.stagedPath(), "x") && staged.commit(&error);
    ::umask(mask);
    QVERIFY2(written && stagedWritten, qPrintable(error));
    QVERIFY(::stat(QFile::encodeName(fresh).constData(), &st) == 0);
    QCOMPARE(int(st.st_mode & 0777), 0640);
    QVERIFY(::stat(QFile::encodeName(dir.filePath(QStringLiteral("classeur.xlsx"))).constData(), &st) == 0);
    QCOMPARE(int(st.st_mode & 0777), 0640);
}

QTEST_GUILESS_MAIN(TstSafeFile)
#include "tst_safefile.moc"
