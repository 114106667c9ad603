// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign file's schema, its migrations: from an empty file, one test per step, a
// failed step rolled back, a rebuilding step refused inside a transaction, and the backup
// of a file whose log held rows.
#include "core/storage/Schema.h"

#include "core/model/Rules.h"
#include "core/model/UtcTime.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>

#include "tests/support/SchemaFiles.h"

namespace schema = palmares::schema;
namespace rules = palmares::rules;
using palmares::CampaignFile;
using namespace palmares::test;

class TstSchema : public QObject {
    Q_OBJECT

private slots:
    void migratingAnEmptyFileCreatesEveryDomainTable();
    void migratingSetsUserVersionAndApplicationId();
    void step1BringsAVersion0FileToVersion1();
    void stepsBeyondTheCurrentVersionDoNotExist();
    void migratingACurrentFileChangesNothing();
    void aFailedStepRollsBackAndKeepsThePreviousVersion();
    void aStepThatRebuildsTablesRefusesToRunInsideATransaction();
    void theBackupOfAFileWithALogHoldsWhatTheLogHeld();
};

void TstSchema::migratingAnEmptyFileCreatesEveryDomainTable()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QCOMPARE(t.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QVERIFY(t.tables().isEmpty());
    QString error;
    QVERIFY2(schema::migrate(t.db(), 0, &error), qPrintable(error));
    const QStringList tables = t.tables();
    for (const QString& table : domainTables)
        QVERIFY2(tables.contains(table),
                 qPrintable(QStringLiteral("missing table %1 in %2").arg(table, tables.join(QStringLiteral(", ")))));
    // The one campaign row exists from the start, with the documented defaults.
    QCOMPARE(t.value(QStringLiteral("SELECT count(*) FROM campaign")).toInt(), 1);
    QCOMPARE(t.value(QStringLiteral("SELECT fill_target_pct FROM campaign")).toDouble(), 80.0);
    QCOMPARE(t.value(QStringLiteral("SELECT status FROM campaign")).toString(), QStringLiteral("draft"));
}

void TstSchema::migratingSetsUserVersionAndApplicationId()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QString error;
    QVERIFY2(schema::migrate(t.db(), 0, &error), qPrintable(error));
    QCOMPARE(t.value(QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion);
    QCOMPARE(t.value(QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(schema::applicationId));
    QCOMPARE(schema::applicationId, quint32(0x504C4D53)); // "PLMS": other tools recognise the file by it
}

void TstSchema::step1BringsAVersion0FileToVersion1()
{
    const QStringList statements = schema::stepStatements(1);
    QVERIFY(!statements.isEmpty());
    TempDatabase t;
    QVERIFY(t.isValid());
    QString error;
    QVERIFY2(schema::migrate(t.db(), 0, &error), qPrintable(error));
    QVERIFY(schema::currentVersion >= 1);
    // Every table the steps create is there, and nothing else (a table a step rebuilds is
    // made as new_X, then renamed).
    QStringList created;
    for (int v = 1; v <= schema::currentVersion; ++v) {
        for (const QString& sql : schema::stepStatements(v)) {
            const QString s = sql.simplified();
            const QString table = s.section(QLatin1Char(' '), 2, 2);
            if (s.startsWith(QStringLiteral("CREATE TABLE ")) && !table.startsWith(QStringLiteral("new_")))
                created << table;
        }
    }
    created.sort();
    QCOMPARE(t.tables(), created);
    // The foreign keys are declared (and enforced once the connection turns them on).
    QVERIFY(!t.exec(QStringLiteral("INSERT INTO scores (juror_id, candidate_id, criterion_id, value) "
                                   "VALUES (99, 99, 99, 1)"))
                 .isEmpty());
}

void TstSchema::stepsBeyondTheCurrentVersionDoNotExist()
{
    QVERIFY(schema::stepStatements(0).isEmpty());
    QVERIFY(schema::stepStatements(schema::currentVersion + 1).isEmpty());
    for (int v = 1; v <= schema::currentVersion; ++v)
        QVERIFY2(!schema::stepStatements(v).isEmpty(), qPrintable(QStringLiteral("step %1 is empty").arg(v)));
}

void TstSchema::migratingACurrentFileChangesNothing()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QString error;
    QVERIFY2(schema::migrate(t.db(), 0, &error), qPrintable(error));
    QCOMPARE(t.exec(QStringLiteral("UPDATE campaign SET name = 'Kept'")), QString());
    QVERIFY2(schema::migrate(t.db(), schema::currentVersion, &error), qPrintable(error));
    QCOMPARE(t.value(QStringLiteral("SELECT name FROM campaign")).toString(), QStringLiteral("Kept"));
    QCOMPARE(t.value(QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion);
}

void TstSchema::aFailedStepRollsBackAndKeepsThePreviousVersion()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    // A stray table with a name step 1 needs: the step cannot complete.
    QCOMPARE(t.exec(QStringLiteral("CREATE TABLE scores (x)")), QString());
    QString error;
    QVERIFY(!schema::migrate(t.db(), 0, &error));
    QVERIFY2(!error.isEmpty(), "a failed migration says why");
    QCOMPARE(t.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QCOMPARE(t.value(QStringLiteral("PRAGMA application_id")).toLongLong(), qint64(0));
    QCOMPARE(t.tables(), QStringList{QStringLiteral("scores")});
}

void TstSchema::aStepThatRebuildsTablesRefusesToRunInsideATransaction()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    const QString why = version2File(path);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QString name = QStringLiteral("tst_schema-transaction");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        // Inside a transaction, PRAGMA foreign_keys does nothing: dropping a table would
        // delete the rows that refer to it.
        QVERIFY(db.transaction());
        QString error;
        QVERIFY(!schema::migrate(db, 2, &error));
        QVERIFY2(error.contains(QStringLiteral("foreign keys")), qPrintable(error));
        QVERIFY(db.rollback());
        QCOMPARE(valueOf(db, QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM criteria")).toInt(), 15);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TstSchema::theBackupOfAFileWithALogHoldsWhatTheLogHeld()
{
    // An earlier version kept its campaigns in WAL mode: a version-2 file left with its log
    // (a program that stopped before folding it in) has rows only the log holds. The backup
    // made before the upgrade holds them too, on its own.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString source = dir.filePath(QStringLiteral("source.ami"));
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    QCOMPARE(version2File(source), QString());
    const QString name = QStringLiteral("tst_schema-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(source);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO buildings (id, name, surface, use_type) "
                                       "VALUES (900, 'Hangar du journal', 1200, 'atelier')")),
                 qPrintable(q.lastError().text()));
        // The file and its log as the stopped program left them.
        QVERIFY(QFile::copy(source, path));
        QVERIFY(QFile::copy(source + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    {
        CampaignFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        const std::optional<palmares::Campaign> campaign = file.load();
        QVERIFY2(campaign.has_value(), qPrintable(file.errorString()));
        QVERIFY(std::any_of(campaign->buildings.begin(), campaign->buildings.end(),
                            [](const palmares::Building& b) { return b.id == 900; }));
    }
    const QString backup = path + QStringLiteral(".v2");
    QVERIFY2(!QFileInfo::exists(backup + QStringLiteral("-wal")), "the backup needs a log of its own");
    const QString reader = QStringLiteral("tst_schema-backup");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reader);
        db.setDatabaseName(backup);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QCOMPARE(valueOf(db, QStringLiteral("PRAGMA user_version")).toInt(), 2);
        QCOMPARE(valueOf(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(valueOf(db, QStringLiteral("SELECT name FROM buildings WHERE id = 900")).toString(),
                 QStringLiteral("Hangar du journal"));
        db.close();
    }
    QSqlDatabase::removeDatabase(reader);
    QCOMPARE(listing(dir.path()), (QStringList{QStringLiteral("campaign.ami"), QStringLiteral("campaign.ami.v2"),
                                               QStringLiteral("source.ami")}));
}

QTEST_GUILESS_MAIN(TstSchema)
#include "tst_schema.moc"
