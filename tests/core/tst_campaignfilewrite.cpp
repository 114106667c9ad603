// SPDX-License-Identifier: GPL-3.0-or-later
// A campaign file is written whole or not at all (core/files/SafeFile): a new file, or a
// copy of the open one, replaces the file at its path only once complete; a bad campaign,
// a missing folder or a disk that fills up leaves the old file as it was and nothing
// beside it; a link is written through, not replaced.
#include "core/storage/CampaignFile.h"

#include "core/demo/DemoGenerator.h"
#include "tests/support/CampaignSamples.h"
#include "tests/support/FailingDevice.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace palmares;
using namespace palmares::test;

class TstCampaignFileWrite : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void writeNewReplacesAnExistingFileWhole();
    void writeNewOfABadCampaignKeepsTheExistingFile();
    void writeNewIntoAMissingFolderLeavesNothing();
    void writeNewOnAFullDiskKeepsTheExistingFile_data();
    void writeNewOnAFullDiskKeepsTheExistingFile();
    void writeNewThroughALinkWritesTheLinkedFile();
    void saveCopyOnAFullDiskKeepsTheExistingCopy_data();
    void saveCopyOnAFullDiskKeepsTheExistingCopy();
    void saveCopyThroughALinkWritesTheLinkedFile();
    void saveCopyRefusesTheOpenCampaignEvenThroughALink();

private:
    QTemporaryDir m_shared; // holds one demo campaign file, made once
    QString m_demoPath;
};

void TstCampaignFileWrite::initTestCase()
{
    QVERIFY(m_shared.isValid());
    m_demoPath = m_shared.filePath(QStringLiteral("demo.ami"));
    QString error;
    QVERIFY2(CampaignFile::writeNew(m_demoPath, DemoGenerator::generate(), &error), qPrintable(error));
    QCOMPARE(listing(m_shared.path()), QStringList{QStringLiteral("demo.ami")});
}

void TstCampaignFileWrite::writeNewReplacesAnExistingFileWhole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    QString error;
    QVERIFY2(CampaignFile::writeNew(path, DemoGenerator::generate(DemoOptions::realistic(1)), &error),
             qPrintable(error));
    const Campaign second = DemoGenerator::generate(DemoOptions::realistic(2));
    QVERIFY2(CampaignFile::writeNew(path, second, &error), qPrintable(error));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("campaign.ami")});

    CampaignFile file;
    QVERIFY2(file.open(path), qPrintable(file.errorString()));
    const std::optional<Campaign> read = file.load();
    QVERIFY2(read.has_value(), qPrintable(file.errorString()));
    const Differences d = compareCampaigns(second, *read);
    QVERIFY2(d.isEmpty(), qPrintable(d.report()));
}

void TstCampaignFileWrite::writeNewOfABadCampaignKeepsTheExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    QVERIFY(QFile::copy(m_demoPath, path));
    const QByteArray print = fingerprint(path);
    Campaign bad = DemoGenerator::generate(DemoOptions::realistic(3));
    breakCampaign(bad, ScoreByUnknownJuror);
    QString error;
    QVERIFY2(!CampaignFile::writeNew(path, bad, &error), "a campaign breaking a constraint was written");
    QVERIFY2(!error.isEmpty(), "a failed write says why");
    QCOMPARE(fingerprint(path), print);
    const QStringList files = listing(dir.path());
    QVERIFY2(files == QStringList{QStringLiteral("campaign.ami")},
             qPrintable(QStringLiteral("left behind: ") + files.join(QStringLiteral(", "))));
}

void TstCampaignFileWrite::writeNewIntoAMissingFolderLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/campaign.ami"));
    QString error;
    QVERIFY2(!CampaignFile::writeNew(path, DemoGenerator::generate(), &error), "written into a missing folder");
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
    QVERIFY2(listing(dir.path()).isEmpty(), qPrintable(listing(dir.path()).join(QStringLiteral(", "))));
}

void TstCampaignFileWrite::writeNewOnAFullDiskKeepsTheExistingFile_data()
{
    QTest::addColumn<double>("room"); // the share of the demo file's size that fits
    QTest::newRow("not even the first page fits") << 0.0;
    QTest::newRow("a tenth of the campaign fits") << 0.1;
    QTest::newRow("half of the campaign fits") << 0.5;
    QTest::newRow("all but the last pages fit") << 0.98;
}

void TstCampaignFileWrite::writeNewOnAFullDiskKeepsTheExistingFile()
{
    QFETCH(double, room);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    QString error;
    QVERIFY2(CampaignFile::writeNew(path, DemoGenerator::generate(DemoOptions::realistic(1)), &error),
             qPrintable(error));
    const QByteArray print = fingerprint(path);
    const Campaign second = DemoGenerator::generate();
    bool written = false;
    {
        const FileSizeLimit full(rlim_t(double(QFileInfo(m_demoPath).size()) * room));
        written = CampaignFile::writeNew(path, second, &error);
    }
    QVERIFY2(!written, "written on a full disk");
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral(".part")), qPrintable(error));
    QCOMPARE(fingerprint(path), print);
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("campaign.ami")});
    // The room back, the same write goes through.
    QVERIFY2(CampaignFile::writeNew(path, second, &error), qPrintable(error));
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("campaign.ami")});
}

void TstCampaignFileWrite::writeNewThroughALinkWritesTheLinkedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("archive")));
    const QString real = dir.filePath(QStringLiteral("archive/campaign.ami"));
    const QString link = dir.filePath(QStringLiteral("campaign.ami"));
    QVERIFY(QFile::copy(m_demoPath, real));
    QVERIFY(QFile::link(real, link));
    QString error;
    const Campaign other = DemoGenerator::generate(DemoOptions::realistic(2));
    QVERIFY2(CampaignFile::writeNew(link, other, &error), qPrintable(error));
    QVERIFY2(QFileInfo(link).isSymLink(), "the link was replaced by a file");
    QCOMPARE(listing(dir.filePath(QStringLiteral("archive"))), QStringList{QStringLiteral("campaign.ami")});
    CampaignFile file;
    QVERIFY2(file.open(real), qPrintable(file.errorString()));
    const std::optional<Campaign> read = file.load();
    QVERIFY2(read.has_value(), qPrintable(file.errorString()));
    const Differences d = compareCampaigns(other, *read);
    QVERIFY2(d.isEmpty(), qPrintable(d.report()));
}

void TstCampaignFileWrite::saveCopyOnAFullDiskKeepsTheExistingCopy_data()
{
    QTest::addColumn<double>("room");
    QTest::newRow("nothing fits") << 0.0;
    QTest::newRow("half of the copy fits") << 0.5;
    QTest::newRow("all but the last pages fit") << 0.98;
}

void TstCampaignFileWrite::saveCopyOnAFullDiskKeepsTheExistingCopy()
{
    QFETCH(double, room);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString open = dir.filePath(QStringLiteral("open.ami"));
    QVERIFY(QFile::copy(m_demoPath, open));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("copies")));
    const QString copy = dir.filePath(QStringLiteral("copies/copy.ami"));
    QVERIFY(writeBytes(copy, QByteArrayLiteral("yesterday's copy\n")));
    CampaignFile file;
    QVERIFY2(file.open(open), qPrintable(file.errorString()));
    // A copy is compact: its size, from a first copy, is what must not fit.
    const QString first = dir.filePath(QStringLiteral("first.ami"));
    QVERIFY2(file.saveCopy(first), qPrintable(file.errorString()));
    const qint64 size = QFileInfo(first).size();
    QVERIFY(QFile::remove(first));
    bool saved = false;
    {
        const FileSizeLimit full(rlim_t(double(size) * room));
        saved = file.saveCopy(copy);
    }
    QVERIFY2(!saved, "a copy was saved on a full disk");
    QVERIFY2(file.errorString().contains(QDir::toNativeSeparators(copy)), qPrintable(file.errorString()));
    QCOMPARE(readBytes(copy), QByteArrayLiteral("yesterday's copy\n"));
    QCOMPARE(listing(dir.filePath(QStringLiteral("copies"))), QStringList{QStringLiteral("copy.ami")});
    QVERIFY2(file.saveCopy(copy), qPrintable(file.errorString()));
    QCOMPARE(listing(dir.filePath(QStringLiteral("copies"))), QStringList{QStringLiteral("copy.ami")});
}

void TstCampaignFileWrite::saveCopyThroughALinkWritesTheLinkedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString open = dir.filePath(QStringLiteral("open.ami"));
    QVERIFY(QFile::copy(m_demoPath, open));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("archive")));
    const QString real = dir.filePath(QStringLiteral("archive/copy.ami"));
    QVERIFY(writeBytes(real, QByteArrayLiteral("an old copy\n")));
    const QString link = dir.filePath(QStringLiteral("copy.ami"));
    QVERIFY(QFile::link(real, link));
    {
        CampaignFile file;
        QVERIFY2(file.open(open), qPrintable(file.errorString()));
        QVERIFY2(file.saveCopy(link), qPrintable(file.errorString()));
    }
    QVERIFY2(QFileInfo(link).isSymLink(), "the link was replaced by a file");
    QCOMPARE(listing(dir.filePath(QStringLiteral("archive"))), QStringList{QStringLiteral("copy.ami")});
    CampaignFile copy;
    QVERIFY2(copy.open(real), qPrintable(copy.errorString()));
    QVERIFY(copy.load().has_value());
}

void TstCampaignFileWrite::saveCopyRefusesTheOpenCampaignEvenThroughALink()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString open = dir.filePath(QStringLiteral("open.ami"));
    QVERIFY(QFile::copy(m_demoPath, open));
    const QString link = dir.filePath(QStringLiteral("same.ami"));
    QVERIFY(QFile::link(open, link));
    const QByteArray print = fingerprint(open);
    CampaignFile file;
    QVERIFY2(file.open(open), qPrintable(file.errorString()));
    for (const QString& path : {open, link}) {
        QVERIFY2(!file.saveCopy(path), qPrintable(path));
        QVERIFY2(file.errorString().contains(QStringLiteral("open campaign itself")), qPrintable(file.errorString()));
    }
    QVERIFY(file.load().has_value());
    file.close();
    QCOMPARE(fingerprint(open), print);
}

QTEST_GUILESS_MAIN(TstCampaignFileWrite)
#include "tst_campaignfilewrite.moc"
