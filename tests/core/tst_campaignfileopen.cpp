// SPDX-License-Identifier: GPL-3.0-or-later
// A file that cannot be opened as a campaign (missing, not a campaign, truncated, from a
// newer version, damaged) is refused with one message naming it, and left exactly as it
// was, with nothing added beside it.
#include "core/storage/CampaignFile.h"

#include "core/demo/DemoGenerator.h"
#include "core/model/Change.h"
#include "core/storage/Schema.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace palmares;
using namespace palmares::test;

namespace {

// Runs `statements` on `path` through a connection of its own; empty on success.
QString runSql(const QString& path, const QStringList& statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_campaignfileopen-%1").arg(++counter);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString& sql : statements) {
                if (!q.exec(sql)) {
                    error = sql + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

enum BadFile { Missing, GarbageText, Empty, TinyFile, ForeignDatabase, MarkOnly, Truncated, NewerVersion, Scrambled };

} // namespace

class TstCampaignFileOpen : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void openRefusesABadFileAndLeavesItUnchanged_data();
    void openRefusesABadFileAndLeavesItUnchanged();
    void aCampaignDamagedInItsMiddleIsRefusedAndLeftUnchanged();
    void aCampaignLeftMidWriteWithItsJournalIsRolledBackNotRefused();
    void readingWritesNothingInOrBesideTheFile_data();
    void readingWritesNothingInOrBesideTheFile();

private:
    QTemporaryDir m_shared; // holds one demo campaign file, made once
    QString m_demoPath;
};

void TstCampaignFileOpen::initTestCase()
{
    QVERIFY(m_shared.isValid());
    m_demoPath = m_shared.filePath(QStringLiteral("demo.ami"));
    QString error;
    QVERIFY2(CampaignFile::writeNew(m_demoPath, DemoGenerator::generate(), &error), qPrintable(error));
    QCOMPARE(listing(m_shared.path()), QStringList{QStringLiteral("demo.ami")});
}

void TstCampaignFileOpen::openRefusesABadFileAndLeavesItUnchanged_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("reason"); // a word the message must contain
    QTest::newRow("a file that does not exist") << int(Missing) << QStringLiteral("no such file");
    QTest::newRow("a text file (a CSV export)") << int(GarbageText) << QStringLiteral("not a Palmarès campaign");
    QTest::newRow("an empty file") << int(Empty) << QStringLiteral("not a Palmarès campaign");
    QTest::newRow("a file of a few bytes") << int(TinyFile) << QStringLiteral("not a Palmarès campaign");
    QTest::newRow("an SQLite database of another application")
        << int(ForeignDatabase) << QStringLiteral("not a Palmarès campaign");
    QTest::newRow("a campaign truncated to half its size") << int(Truncated) << QStringLiteral("damaged");
    QTest::newRow("a campaign from a newer version") << int(NewerVersion) << QStringLiteral("newer version");
    QTest::newRow("a campaign whose pages after the header are garbage") << int(Scrambled) << QString();
    QTest::newRow("an SQLite file with the campaign's mark but no tables")
        << int(MarkOnly) << QStringLiteral("holds none");
}

void TstCampaignFileOpen::openRefusesABadFileAndLeavesItUnchanged()
{
    QFETCH(int, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad file.ami"));
    switch (kind) {
    case Missing:
        break;
    case GarbageText: {
        QByteArray text("rank;candidate;final\n");
        for (int i = 1; i <= 40; ++i)
            text += QByteArray::number(i) + ";Brasserie des Pistes;" + QByteArray::number(90 - i) + ",5\n";
        QVERIFY(writeBytes(path, text));
        break;
    }
    case Empty:
        QVERIFY(writeBytes(path, QByteArray()));
        break;
    case TinyFile:
        QVERIFY(writeBytes(path, QByteArrayLiteral("SQLite format 3")));
        break;
    case ForeignDatabase: {
        const QString why = runSql(path, {QStringLiteral("PRAGMA application_id = 1196444487"), // "GPKG": a GeoPackage
                                          QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                                          QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        break;
    }
    case MarkOnly: {
        const QString why = runSql(path, {QStringLiteral("PRAGMA application_id = %1").arg(schema::applicationId),
                                          QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("DROP TABLE t")});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        break;
    }
    case Truncated: {
        const QByteArray bytes = readBytes(m_demoPath);
        QVERIFY(bytes.size() > 8192);
        QVERIFY(writeBytes(path, bytes.left(bytes.size() / 2)));
        break;
    }
    case NewerVersion: {
        QVERIFY(QFile::copy(m_demoPath, path));
        const QString why = runSql(path, {QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion + 1)});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        break;
    }
    case Scrambled: {
        QByteArray bytes = readBytes(m_demoPath);
        QVERIFY(bytes.size() > 8192);
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) % 251);
        QVERIFY(writeBytes(path, bytes));
        break;
    }
    }
    // The helper connections are gone: nothing else than the file is in the folder.
    const QStringList before = listing(dir.path());
    QVERIFY2(before.size() == (kind == Missing ? 0 : 1), qPrintable(before.join(QStringLiteral(", "))));
    const QByteArray print = fingerprint(path);

    for (const bool forReading : {false, true}) {
        CampaignFile file;
        QVERIFY2(!(forReading ? file.openForReading(path) : file.open(path)), "a bad file was opened");
        QVERIFY(!file.isOpen());
        const QString message = file.errorString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)),
                 qPrintable(QStringLiteral("the message does not name the file: ") + message));
        QVERIFY2(message.contains(reason, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    }
    QCOMPARE(fingerprint(path), print);
    const QStringList after = listing(dir.path());
    QVERIFY2(after == before,
             qPrintable(QStringLiteral("files before: %1; after: %2")
                            .arg(before.join(QStringLiteral(", ")), after.join(QStringLiteral(", ")))));
}

void TstCampaignFileOpen::aCampaignDamagedInItsMiddleIsRefusedAndLeftUnchanged()
{
    // The header and the schema are intact, the score pages are not: whether open() or
    // load() notices, the user gets one clear message naming the file, and no data.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("damaged.ami"));
    QByteArray bytes = readBytes(m_demoPath);
    QVERIFY(bytes.size() > 65536);
    for (qsizetype i = bytes.size() / 2; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919) % 251);
    QVERIFY(writeBytes(path, bytes));
    const QByteArray print = fingerprint(path);
    {
        CampaignFile file;
        QString message;
        if (!file.open(path)) {
            message = file.errorString();
        } else {
            const std::optional<Campaign> c = file.load();
            QVERIFY2(!c.has_value(), "a damaged campaign was loaded");
            message = file.errorString();
        }
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("damaged")) || message.contains(QStringLiteral("malformed")),
                 qPrintable(message));
    }
    QCOMPARE(fingerprint(path), print);
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("damaged.ami")});
}

void TstCampaignFileOpen::aCampaignLeftMidWriteWithItsJournalIsRolledBackNotRefused()
{
    // A writer killed mid-transaction can leave the first page, which gives the number of
    // pages, already written with the larger count while the pages after it are not yet:
    // the file looks truncated, but its journal beside it holds what SQLite needs to roll
    // it back. Opened for writing, it is rolled back to the campaign as it was (and not
    // upgraded again from the version the writer had half-written); read, it is said to be
    // half-written, not damaged.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString writing = dir.filePath(QStringLiteral("writing.ami"));
    const QString path = dir.filePath(QStringLiteral("killed.ami"));
    QVERIFY(QFile::copy(m_demoPath, writing));
    const QString name = QStringLiteral("tst_campaignfileopen-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(writing);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        // A small page cache makes SQLite write pages into the file before the commit.
        for (const char* sql : {"PRAGMA journal_mode = DELETE", "PRAGMA cache_size = 8", "BEGIN IMMEDIATE",
                                "CREATE TABLE growth (x BLOB)",
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
                                "INSERT INTO growth SELECT randomblob(4000) FROM n"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(QString::fromLatin1(sql) + q.lastError().text()));
        // The writer is killed here: its file and its journal stay as they are on disk.
        QVERIFY(QFile::copy(writing, path));
        QVERIFY(QFile::copy(writing + QStringLiteral("-journal"), path + QStringLiteral("-journal")));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QByteArray bytes = readBytes(path);
    const quint32 pageSize = (quint32(quint8(bytes.at(16))) << 8) | quint8(bytes.at(17));
    QVERIFY(pageSize >= 512);
    const quint32 claimed = quint32(bytes.size() / pageSize) + 50;
    for (int i = 0; i < 4; ++i) {
        bytes[28 + i] = char((claimed >> (24 - 8 * i)) & 0xff);
        bytes[92 + i] = bytes[24 + i]; // the count is valid for this change counter
        // And the writer was upgrading it: the version it had written is not the file's.
        bytes[60 + i] = char((quint32(schema::currentVersion - 1) >> (24 - 8 * i)) & 0xff);
    }
    QVERIFY(writeBytes(path, bytes));
    QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);

    QString why;
    QVERIFY2(!CampaignFile::read(path, &why).has_value(), "a half-written campaign was read");
    QVERIFY2(why.contains(QStringLiteral("half-written")), qPrintable(why));
    {
        CampaignFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        const std::optional<Campaign> c = file.load();
        QVERIFY2(c.has_value(), qPrintable(file.errorString()));
        QCOMPARE(int(c->candidates.size()), 60);
        QSqlQuery q(QSqlDatabase::database(file.connectionName()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'growth'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QCOMPARE(listing(dir.path()), (QStringList{QStringLiteral("killed.ami"), QStringLiteral("writing.ami")}));
}

void TstCampaignFileOpen::readingWritesNothingInOrBesideTheFile_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("candidates");
    QTest::newRow("a campaign of this version") << m_demoPath << 60;
    // Version 2, in the write-ahead-log mode of earlier versions: upgraded in memory, and
    // read without the -wal and -shm files SQLite would otherwise create.
    QTest::newRow("a campaign of an earlier version") << QStringLiteral(PALMARES_TEST_DATA "/campaign-v2.ami") << 6;
}

void TstCampaignFileOpen::readingWritesNothingInOrBesideTheFile()
{
    QFETCH(QString, source);
    QFETCH(int, candidates);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    QVERIFY(QFile::copy(source, path));
    const QByteArray print = fingerprint(path);
    {
        CampaignFile file;
        QVERIFY2(file.openForReading(path), qPrintable(file.errorString()));
        QVERIFY(file.isReadOnly());
        const std::optional<Campaign> c = file.load();
        QVERIFY2(c.has_value(), qPrintable(file.errorString()));
        QCOMPARE(int(c->candidates.size()), candidates);
        QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("campaign.ami")});
        // And a write through it is refused, saying why.
        Change change;
        change.buildings.put.push_back({99, QStringLiteral("Hangar 9"), 100, QStringLiteral("atelier"), {}, {}});
        QVERIFY2(!file.apply(change, QStringLiteral("test"), QStringLiteral("Hangar 9")),
                 "a write went through a read-only open");
        QVERIFY2(file.errorString().contains(QStringLiteral("open for reading only")), qPrintable(file.errorString()));
        QVERIFY2(!file.appendAudit(QStringLiteral("test"), QStringLiteral("campaign"), QString()),
                 "the audit log was written through a read-only open");
    }
    QCOMPARE(fingerprint(path), print);
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("campaign.ami")});
    // CampaignFile::read, what the CLI's info, rank and select use, is a read-only open.
    QString error;
    QVERIFY2(CampaignFile::read(path, &error).has_value(), qPrintable(error));
    QCOMPARE(fingerprint(path), print);
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("campaign.ami")});
}

QTEST_GUILESS_MAIN(TstCampaignFileOpen)
#include "tst_campaignfileopen.moc"
