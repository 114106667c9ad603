// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign file's schema: migrations from an empty file, one test per step, and the
// constraints that keep a bad row out of the file whatever writes it.
#include "core/storage/Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace schema = palmares::schema;

namespace {

// One SQLite file in its own temporary folder, on its own named connection.
class TempDatabase {
public:
    TempDatabase()
        : m_connection(QStringLiteral("tst_schema-%1").arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("schema.ami")));
        m_db.open();
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ~TempDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    bool isValid() const { return m_dir.isValid() && m_db.isOpen(); }
    QSqlDatabase& db() { return m_db; }

    QVariant value(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    // Empty on success, else SQLite's message.
    QString exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QStringList tables()
    {
        QStringList out;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private:
    static inline int s_counter = 0;
    QTemporaryDir m_dir;
    QString m_connection;
    QSqlDatabase m_db;
};

const QStringList domainTables{
    QStringLiteral("campaign"),    QStringLiteral("buildings"),     QStringLiteral("pillars"),
    QStringLiteral("criteria"),    QStringLiteral("rubric_levels"), QStringLiteral("juries"),
    QStringLiteral("jurors"),      QStringLiteral("candidates"),    QStringLiteral("conflicts"),
    QStringLiteral("attachments"), QStringLiteral("scores"),        QStringLiteral("resources"),
    QStringLiteral("occupants"),   QStringLiteral("flows"),         QStringLiteral("decisions"),
    QStringLiteral("audit_log")};

} // namespace

class TstSchema : public QObject {
    Q_OBJECT

private slots:
    void migratingAnEmptyFileCreatesEveryDomainTable();
    void migratingSetsUserVersionAndApplicationId();
    void step1BringsAVersion0FileToVersion1();
    void stepsBeyondTheCurrentVersionDoNotExist();
    void migratingACurrentFileChangesNothing();
    void aFailedStepRollsBackAndKeepsThePreviousVersion();
    void constraintsRefuseBadRows_data();
    void constraintsRefuseBadRows();
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
    // Every table step 1 creates is there, and nothing else than what it creates.
    QStringList created;
    for (const QString& sql : statements) {
        const QString s = sql.simplified();
        if (s.startsWith(QStringLiteral("CREATE TABLE ")))
            created << s.section(QLatin1Char(' '), 2, 2);
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

void TstSchema::constraintsRefuseBadRows_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("accepted");
    auto row = [](const char* tag, const char* sql, bool accepted) {
        QTest::newRow(tag) << QString::fromUtf8(sql) << accepted;
    };
    row("a fill target of 0 % is refused", "UPDATE campaign SET fill_target_pct = 0", false);
    row("a fill target of 150 % is refused", "UPDATE campaign SET fill_target_pct = 150", false);
    row("a negative fill target is refused", "UPDATE campaign SET fill_target_pct = -10", false);
    row("a fill target of 100 % is accepted", "UPDATE campaign SET fill_target_pct = 100", true);
    row("a fill target of 75 % is accepted", "UPDATE campaign SET fill_target_pct = 75", true);
    row("a second campaign row is refused", "INSERT INTO campaign (id, created_at) VALUES (2, 'now')", false);
    row("an unknown campaign status is refused", "UPDATE campaign SET status = 'finished'", false);
    row("an unknown aggregation is refused", "UPDATE campaign SET aggregation = 'mode'", false);
    row("a jury scale whose max equals its min is refused",
        "INSERT INTO juries (code, name, scale_min, scale_max) VALUES ('j2', 'Jury', 5, 5)", false);
    row("a jury scale whose max is below its min is refused",
        "INSERT INTO juries (code, name, scale_min, scale_max) VALUES ('j2', 'Jury', 10, 0)", false);
    row("a jury scale from 1 to 5 is accepted",
        "INSERT INTO juries (code, name, scale_min, scale_max) VALUES ('j2', 'Jury', 1, 5)", true);
    row("a second jury with the same code is refused",
        "INSERT INTO juries (code, name, scale_min, scale_max) VALUES ('expert', 'Jury', 0, 10)", false);
    row("a forced-in decision with an empty justification is refused",
        "INSERT INTO decisions (candidate_id, override, justification) VALUES (1, 'forced_in', '')", false);
    row("a forced-in decision justified by spaces only is refused",
        "INSERT INTO decisions (candidate_id, override, justification) VALUES (1, 'forced_in', '   ')", false);
    row("a forced-out decision with an empty justification is refused",
        "INSERT INTO decisions (candidate_id, override, justification) VALUES (1, 'forced_out', '')", false);
    row("a forced-in decision with a written justification is accepted",
        "INSERT INTO decisions (candidate_id, decision, override, justification) "
        "VALUES (1, 'laureate', 'forced_in', 'Only bakery on the site')",
        true);
    row("a decision without override needs no justification",
        "INSERT INTO decisions (candidate_id, decision) VALUES (1, 'waiting')", true);
    row("an unknown decision is refused", "INSERT INTO decisions (candidate_id, decision) VALUES (1, 'maybe')", false);
    row("a flow with both a candidate and an occupant is refused",
        "INSERT INTO flows (candidate_id, occupant_id, resource_id, direction) VALUES (1, 1, 1, 'output')", false);
    row("a flow with neither a candidate nor an occupant is refused",
        "INSERT INTO flows (resource_id, direction) VALUES (1, 'output')", false);
    row("a flow of a candidate is accepted",
        "INSERT INTO flows (candidate_id, resource_id, direction) VALUES (1, 1, 'output')", true);
    row("a flow of an occupant is accepted",
        "INSERT INTO flows (occupant_id, resource_id, direction) VALUES (1, 1, 'input')", true);
    row("a flow with an unknown direction is refused",
        "INSERT INTO flows (candidate_id, resource_id, direction) VALUES (1, 1, 'sideways')", false);
    row("a flow of an unknown resource is refused",
        "INSERT INTO flows (candidate_id, resource_id, direction) VALUES (1, 42, 'output')", false);
    row("a candidate with the SIRET of another is refused",
        "INSERT INTO candidates (registration_no, name, siret) VALUES (3, 'Copie', '73282932000074')", false);
    row("another candidate without SIRET is accepted",
        "INSERT INTO candidates (registration_no, name, siret) VALUES (3, 'Sans SIRET', '')", true);
    row("a candidate with an existing registration number is refused",
        "INSERT INTO candidates (registration_no, name) VALUES (1, 'Doublon')", false);
    row("a negative requested surface is refused",
        "INSERT INTO candidates (registration_no, name, requested_surface) VALUES (3, 'Neg', -5)", false);
    row("an unknown candidate status is refused",
        "INSERT INTO candidates (registration_no, name, status) VALUES (3, 'X', 'accepted')", false);
    row("a score by an unknown juror is refused",
        "INSERT INTO scores (juror_id, candidate_id, criterion_id, value) VALUES (99, 1, 1, 5)", false);
    row("a score on an unknown criterion is refused",
        "INSERT INTO scores (juror_id, candidate_id, criterion_id, value) VALUES (1, 1, 99, 5)", false);
    row("a score by a known juror is accepted",
        "INSERT INTO scores (juror_id, candidate_id, criterion_id, value) VALUES (1, 1, 1, 5)", true);
    row("a conflict with an unknown candidate is refused",
        "INSERT INTO conflicts (juror_id, candidate_id) VALUES (1, 99)", false);
    row("a negative pillar weight is refused", "INSERT INTO pillars (code, name, weight) VALUES ('p2', 'P', -1)",
        false);
    row("an eliminatory threshold above 100 is refused",
        "INSERT INTO pillars (code, name, eliminatory_threshold) VALUES ('p2', 'P', 120)", false);
    row("a criterion code used twice is refused",
        "INSERT INTO criteria (pillar_id, code, name) VALUES (1, 'c1', 'Again')", false);
    row("a building of negative surface is refused",
        "INSERT INTO buildings (name, surface, use_type) VALUES ('B', -1, 'bureau')", false);
}

void TstSchema::constraintsRefuseBadRows()
{
    QFETCH(QString, sql);
    QFETCH(bool, accepted);
    TempDatabase t;
    QVERIFY(t.isValid());
    QString error;
    QVERIFY2(schema::migrate(t.db(), 0, &error), qPrintable(error));
    // A minimal valid campaign for the rows above to refer to.
    const char* const fixture[] = {
        "INSERT INTO buildings (id, name, surface, use_type) VALUES (1, 'Hangar', 1200, 'atelier')",
        "INSERT INTO pillars (id, code, name) VALUES (1, 'economic', 'Economic')",
        "INSERT INTO criteria (id, pillar_id, code, name) VALUES (1, 1, 'c1', 'Viability')",
        "INSERT INTO juries (id, code, name, scale_min, scale_max) VALUES (1, 'expert', 'Expert jury', 0, 10)",
        "INSERT INTO jurors (id, jury_id, name) VALUES (1, 1, 'Anne Martin')",
        "INSERT INTO candidates (id, registration_no, name, siret) VALUES (1, 1, 'Brasserie', '73282932000074')",
        "INSERT INTO candidates (id, registration_no, name, siret) VALUES (2, 2, 'Association', '')",
        "INSERT INTO occupants (id, name) VALUES (1, 'Musée')",
        "INSERT INTO resources (id, code, name) VALUES (1, 'dreches', 'Spent grain')",
    };
    for (const char* f : fixture) {
        const QString why = t.exec(QString::fromUtf8(f));
        QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("fixture \"%1\": %2").arg(QString::fromUtf8(f), why)));
    }
    const QString why = t.exec(sql);
    if (accepted)
        QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("refused: %1").arg(why)));
    else
        QVERIFY2(!why.isEmpty(), qPrintable(QStringLiteral("accepted: %1").arg(sql)));
}

QTEST_GUILESS_MAIN(TstSchema)
#include "tst_schema.moc"
