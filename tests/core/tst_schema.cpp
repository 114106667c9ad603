// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign file's schema: migrations from an empty file, one test per step, the
// upgrade of a file of each past version kept (tests/data/README.md: versions 2 and 6), and
// the constraints that keep a bad row out of the file whatever writes it.
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

namespace schema = palmares::schema;
namespace rules = palmares::rules;
using palmares::CampaignFile;
using palmares::test::fingerprint;
using palmares::test::listing;

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

const QStringList domainTables{QStringLiteral("campaign"),
                               QStringLiteral("buildings"),
                               QStringLiteral("pillars"),
                               QStringLiteral("criteria"),
                               QStringLiteral("rubric_levels"),
                               QStringLiteral("juries"),
                               QStringLiteral("jurors"),
                               QStringLiteral("candidates"),
                               QStringLiteral("conflicts"),
                               QStringLiteral("attachments"),
                               QStringLiteral("scores"),
                               QStringLiteral("resources"),
                               QStringLiteral("occupants"),
                               QStringLiteral("flows"),
                               QStringLiteral("decisions"),
                               QStringLiteral("audit_log"),
                               QStringLiteral("juror_packages"),
                               QStringLiteral("deliberation_session"),
                               QStringLiteral("deliberation_jurors")};
// The tables of version 7, which a file of an earlier version gets empty.
const QStringList version7Tables{QStringLiteral("deliberation_session"), QStringLiteral("deliberation_jurors")};

// Written by palmares-cli demo at schema version 2 (tests/data/README.md).
const QString version2Fixture = QStringLiteral(PALMARES_TEST_DATA "/campaign-v2.ami");
// Written by palmares-cli demo and export-packages at schema version 6 (tests/data/README.md).
const QString version6Fixture = QStringLiteral(PALMARES_TEST_DATA "/campaign-v6.ami");

// Runs `statements` on the file at `path` through a connection of its own, closed before
// returning: empty on success, else SQLite's message.
QString runSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("tst_schema-sql");
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            why = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString& sql : statements) {
                if (!q.exec(sql)) {
                    why = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return why;
}

// A copy of `fixture` at `path`, with `statements` run on it.
QString fixtureFile(const QString& fixture, const QString& path, const QStringList& statements = {})
{
    if (!QFile::copy(fixture, path) || !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return QStringLiteral("%1 cannot be copied to %2").arg(fixture, path);
    return runSql(path, statements);
}
QString version2File(const QString& path, const QStringList& statements = {})
{
    return fixtureFile(version2Fixture, path, statements);
}

// Every row of every domain table of the file at `path`, read through a connection of its own.
std::map<QString, QStringList> contentsOf(const QString& path);

QVariant valueOf(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Every row of every domain table, each as the type and value of its columns, sorted:
// equal contents give equal lists.
std::map<QString, QStringList> contents(const QSqlDatabase& db)
{
    std::map<QString, QStringList> out;
    for (const QString& table : domainTables) {
        QStringList& rows = out[table];
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
            rows << QStringLiteral("(unreadable: %1)").arg(q.lastError().text());
            continue;
        }
        while (q.next()) {
            QStringList row;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                row << QStringLiteral("%1=%2:%3")
                           .arg(record.fieldName(i), QString::fromLatin1(q.value(i).typeName()), q.value(i).toString());
            rows << row.join(QLatin1Char('|'));
        }
        rows.sort();
    }
    return out;
}

std::map<QString, QStringList> contentsOf(const QString& path)
{
    const QString name = QStringLiteral("tst_schema-contents");
    std::map<QString, QStringList> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            out = contents(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

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
    void theCodeConstraintRefusesWhatValidCodeRefuses();
    void theSessionConstraintsRefuseWhatTheRulesRefuse();
    void theVersion2FileIsUpgradedWithEveryRowKept();
    void theVersion6FileIsUpgradedWithEveryRowKeptAndNoSession();
    void anUpgradeRepairsAQuorumOutOfRange_data();
    void anUpgradeRepairsAQuorumOutOfRange();
    void anUpgradeRefusesAFileBreakingARuleAndLeavesItUnchanged_data();
    void anUpgradeRefusesAFileBreakingARuleAndLeavesItUnchanged();
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

    // From version 3, the rules of core/model/Rules, at their bounds.
    auto ruleRow = [](const char* tag, const QString& sql, bool accepted) { QTest::newRow(tag) << sql << accepted; };
    const QString jury = QStringLiteral(
        "INSERT INTO juries (code, name, scale_min, scale_max, quorum) VALUES ('j2', 'Jury', 0, 10, %1)");
    ruleRow("a jury quorum of 0 is refused", jury.arg(0), false);
    ruleRow("the smallest jury quorum is accepted", jury.arg(rules::minQuorum), true);
    ruleRow("the largest jury quorum is accepted", jury.arg(rules::maxQuorum), true);
    ruleRow("a jury quorum above the largest is refused", jury.arg(rules::maxQuorum + 1), false);
    ruleRow("a fractional jury quorum is refused", jury.arg(QStringLiteral("2.5")), false);
    ruleRow("a jury quorum written as text is refused", jury.arg(QStringLiteral("'five'")), false);
    row("a jury code with a space is refused",
        "INSERT INTO juries (code, name, scale_min, scale_max) VALUES ('j 2', 'Jury', 0, 10)", false);
    row("a pillar code with a tab is refused", "INSERT INTO pillars (code, name) VALUES ('p' || char(9) || '2', 'P')",
        false);
    row("a criterion code with a no-break space is refused",
        "INSERT INTO criteria (pillar_id, code, name) VALUES (1, 'c' || char(160) || '2', 'C')", false);
    row("a resource code ending with a line break is refused",
        "INSERT INTO resources (code, name) VALUES ('r2' || char(10), 'R')", false);
    row("an empty resource code is refused", "INSERT INTO resources (code, name) VALUES ('', 'R')", false);
    row("a code with a hyphen, an underscore and accents is accepted",
        "INSERT INTO pillars (code, name) VALUES ('éco-sociale_2', 'P')", true);
    row("a pillar code that differs from another only in case is refused",
        "INSERT INTO pillars (code, name) VALUES ('ECONOMIC', 'P')", false);
    row("a criterion code that differs from another only in case is refused",
        "INSERT INTO criteria (pillar_id, code, name) VALUES (1, 'C1', 'C')", false);
    row("a jury code that differs from another only in case is refused",
        "INSERT INTO juries (code, name, scale_min, scale_max) VALUES ('Expert', 'Jury', 0, 10)", false);
    row("a resource code that differs from another only in case is refused",
        "INSERT INTO resources (code, name) VALUES ('Dreches', 'R')", false);
    // SQLite's NOCASE folds ASCII letters only; rules::sameCode is applied by the application.
    row("codes that differ in the case of an accented letter only are left to the application",
        "INSERT INTO pillars (code, name) VALUES ('économie', 'P'), ('Économie', 'P')", true);
    const QString weights[] = {
        QStringLiteral("INSERT INTO pillars (code, name, weight) VALUES ('p2', 'P', %1)"),
        QStringLiteral("INSERT INTO criteria (pillar_id, code, name, weight) VALUES (1, 'c2', 'C', %1)"),
        QStringLiteral("INSERT INTO juries (code, name, weight, scale_min, scale_max) VALUES ('j2', 'J', %1, 0, 10)")};
    const QString largest = QString::number(rules::maxWeight, 'g', 17);
    const QString above = QString::number(rules::maxWeight + 0.5, 'g', 17);
    ruleRow("a pillar weight of 0 is accepted", weights[0].arg(0), true);
    ruleRow("the largest pillar weight is accepted", weights[0].arg(largest), true);
    ruleRow("a pillar weight above the largest is refused", weights[0].arg(above), false);
    ruleRow("the largest criterion weight is accepted", weights[1].arg(largest), true);
    ruleRow("a criterion weight above the largest is refused", weights[1].arg(above), false);
    ruleRow("an infinite criterion weight is refused", weights[1].arg(QStringLiteral("9e999")), false);
    ruleRow("the largest jury weight is accepted", weights[2].arg(largest), true);
    ruleRow("a jury weight above the largest is refused", weights[2].arg(above), false);
    ruleRow("a negative jury weight is refused", weights[2].arg(-1), false);
    const QString threshold =
        QStringLiteral("INSERT INTO pillars (code, name, eliminatory_threshold) VALUES ('p2', 'P', %1)");
    ruleRow("the largest eliminatory threshold is accepted",
            threshold.arg(QString::number(rules::maxThreshold, 'g', 17)), true);
    ruleRow("an eliminatory threshold above the largest is refused",
            threshold.arg(QString::number(rules::maxThreshold + 0.5, 'g', 17)), false);
    row("a pillar without eliminatory threshold is accepted", "INSERT INTO pillars (code, name) VALUES ('p2', 'P')",
        true);

    // From version 7, the deliberation session (the fixture below records one).
    row("a second deliberation session is refused",
        "INSERT INTO deliberation_session (id, held_at, place, chair) VALUES (2, '2026-06-12T16:30:00.000Z', 'Mairie', "
        "'Marie Roy')",
        false);
    row("a session's place and chair are replaced",
        "UPDATE deliberation_session SET place = 'Hangar 3', chair = 'Louis Roy', notes = 'Ouverte à 18 h'", true);
    row("a session without a time is refused", "UPDATE deliberation_session SET held_at = NULL", false);
    row("a session with an empty time is refused", "UPDATE deliberation_session SET held_at = ''", false);
    row("a session without a place is refused", "UPDATE deliberation_session SET place = ''", false);
    row("a session chaired by spaces is refused", "UPDATE deliberation_session SET chair = '   '", false);
    row("a place on two lines is refused",
        "UPDATE deliberation_session SET place = 'Salle du conseil' || char(10) || 'Mairie'", false);
    row("a chair with an escape is refused", "UPDATE deliberation_session SET chair = 'Marie' || char(27) || '[31m'",
        false);
    row("notes on several lines with a tab are accepted",
        "UPDATE deliberation_session SET notes = 'Ouverte' || char(10) || char(9) || 'M. Roy excusé'", true);
    row("notes with a bell are refused", "UPDATE deliberation_session SET notes = 'bip' || char(7)", false);
    const QString longPlace =
        QStringLiteral("UPDATE deliberation_session SET place = replace(hex(zeroblob(%1)), '00', 'x')");
    ruleRow("the longest place is accepted", longPlace.arg(rules::maxSessionLine), true);
    ruleRow("a place one character too long is refused", longPlace.arg(rules::maxSessionLine + 1), false);
    const QString longNotes =
        QStringLiteral("UPDATE deliberation_session SET notes = replace(hex(zeroblob(%1)), '00', 'x')");
    ruleRow("the longest notes are accepted", longNotes.arg(rules::maxSessionNotes), true);
    ruleRow("notes one character too long are refused", longNotes.arg(rules::maxSessionNotes + 1), false);
    row("a juror present at the session is accepted",
        "INSERT INTO deliberation_jurors (session_id, juror_id) VALUES (1, 1)", true);
    row("an unknown juror present is refused", "INSERT INTO deliberation_jurors (session_id, juror_id) VALUES (1, 99)",
        false);
    row("a juror present at a session not recorded is refused",
        "INSERT INTO deliberation_jurors (session_id, juror_id) VALUES (2, 1)", false);
    row("a juror present twice is refused",
        "INSERT INTO deliberation_jurors (session_id, juror_id) VALUES (1, 1), (1, 1)", false);
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
        "INSERT INTO jurors (id, jury_id, name) VALUES (2, 1, 'Louis Roy')",
        "INSERT INTO deliberation_session (id, held_at, place, chair) VALUES (1, '2026-06-12T16:30:00.000Z', "
        "'Salle du conseil', 'Marie Roy')",
        "INSERT INTO deliberation_jurors (session_id, juror_id) VALUES (1, 2)",
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

void TstSchema::theCodeConstraintRefusesWhatValidCodeRefuses()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QString error;
    QVERIFY2(schema::migrate(t.db(), 0, &error), qPrintable(error));
    QVERIFY(t.db().transaction());
    QSqlQuery q(t.db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO resources (code, name) VALUES (?, 'R')")));
    // Every UTF-16 unit but NUL and the surrogates, inside a code of its own.
    QStringList disagreements;
    for (char32_t c = 1; c <= 0xFFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        const QString code = QStringLiteral("a%1b%2").arg(QChar(char16_t(c))).arg(quint32(c));
        q.addBindValue(code);
        if (q.exec() != rules::validCode(code))
            disagreements << QStringLiteral("U+%1").arg(quint32(c), 4, 16, QLatin1Char('0'));
    }
    q.addBindValue(QString(QLatin1String("")));
    if (q.exec())
        disagreements << QStringLiteral("the empty code");
    q.finish();
    QVERIFY(t.db().rollback());
    QVERIFY2(disagreements.isEmpty(), qPrintable(QStringLiteral("the schema and rules::validCode disagree on ") +
                                                 disagreements.join(QStringLiteral(", "))));
}

void TstSchema::theSessionConstraintsRefuseWhatTheRulesRefuse()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QString error;
    QVERIFY2(schema::migrate(t.db(), 0, &error), qPrintable(error));
    QCOMPARE(t.exec(QStringLiteral("INSERT INTO deliberation_session (id, held_at, place, chair) "
                                   "VALUES (1, '2026-06-12T16:30:00.000Z', 'Mairie', 'Marie Roy')")),
             QString());
    QVERIFY(t.db().transaction());
    QSqlQuery place(t.db()), notes(t.db());
    QVERIFY(place.prepare(QStringLiteral("UPDATE deliberation_session SET place = ?")));
    QVERIFY(notes.prepare(QStringLiteral("UPDATE deliberation_session SET notes = ?")));
    // Every UTF-16 unit but NUL and the surrogates, inside a text of its own.
    QStringList disagreements;
    for (char32_t c = 1; c <= 0xFFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        const QString text = QStringLiteral("a%1b").arg(QChar(char16_t(c)));
        place.addBindValue(text);
        if (place.exec() != rules::validSessionLine(text))
            disagreements << QStringLiteral("U+%1 in a place").arg(quint32(c), 4, 16, QLatin1Char('0'));
        notes.addBindValue(text);
        if (notes.exec() != rules::validSessionNotes(text))
            disagreements << QStringLiteral("U+%1 in notes").arg(quint32(c), 4, 16, QLatin1Char('0'));
    }
    place.finish();
    notes.finish();
    QVERIFY(t.db().rollback());
    QVERIFY2(disagreements.isEmpty(), qPrintable(QStringLiteral("the schema and the rules disagree on ") +
                                                 disagreements.join(QStringLiteral(", "))));
}

void TstSchema::theVersion2FileIsUpgradedWithEveryRowKept()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    const QString why = version2File(path);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    int version = 0;
    const QString problem = CampaignFile::checkFile(path, &version);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(version, 2);
    const QByteArray original = fingerprint(path);

    std::map<QString, QStringList> before;
    {
        const QString name = QStringLiteral("tst_schema-before");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            before = contents(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    // Some values, to be sure the comparison below compares something.
    QCOMPARE(before.at(QStringLiteral("scores")).size(), 2115);
    QCOMPARE(before.at(QStringLiteral("candidates")).size(), 6);
    QCOMPARE(before.at(QStringLiteral("conflicts")).size(), 3);
    QCOMPARE(before.at(QStringLiteral("pillars")).size(), 5);
    QCOMPARE(before.at(QStringLiteral("criteria")).size(), 15);
    QCOMPARE(before.at(QStringLiteral("juries")).size(), 2);
    QCOMPARE(before.at(QStringLiteral("resources")).size(), 32);

    {
        CampaignFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        const QSqlDatabase db = QSqlDatabase::database(file.connectionName());
        QCOMPARE(valueOf(db, QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion);
        QCOMPARE(valueOf(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QVERIFY2(!valueOf(db, QStringLiteral("PRAGMA foreign_key_check")).isValid(), "a reference is broken");
        QCOMPARE(valueOf(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        const std::map<QString, QStringList> after = contents(db);
        for (const QString& table : domainTables) {
            if (table == QLatin1String("juror_packages") || version7Tables.contains(table)) {
                // Versions 6 and 7 make them, empty.
                QVERIFY(after.at(table).isEmpty());
                continue;
            }
            QCOMPARE(after.at(table).size(), before.at(table).size());
            if (table == QLatin1String("campaign")) {
                // Version 5 gives the campaign its identity: 16 random bytes.
                QVERIFY2(after.at(table).front().startsWith(before.at(table).front() + QStringLiteral("|identity=")),
                         qPrintable(after.at(table).front()));
                QCOMPARE(valueOf(db, QStringLiteral("SELECT length(identity) FROM campaign")).toInt(), 16);
                continue;
            }
            if (table != QLatin1String("audit_log")) {
                QCOMPARE(after.at(table), before.at(table));
                continue;
            }
            // Version 4 adds the candidate and the juror an entry concerns, empty for the
            // entries already there.
            for (qsizetype i = 0; i < before.at(table).size(); ++i)
                QVERIFY2(after.at(table)[i].startsWith(before.at(table)[i] +
                                                       QStringLiteral("|candidate_id=QString:|candidate=")),
                         qPrintable(after.at(table)[i]));
        }
        QCOMPARE(valueOf(db, QStringLiteral("SELECT quorum FROM juries WHERE code = 'citizen'")).toInt(), 8);
        QCOMPARE(valueOf(db, QStringLiteral("SELECT eliminatory_threshold FROM pillars WHERE code = 'environmental'"))
                     .toDouble(),
                 30.0);
        // The rebuilt tables have their index again, and the version-3 constraints.
        QCOMPARE(
            valueOf(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'criteria_pillar'")).toInt(),
            1);
        QVERIFY(valueOf(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'juries'"))
                    .toString()
                    .contains(QStringLiteral("COLLATE NOCASE")));
        const std::optional<palmares::Campaign> campaign = file.load();
        QVERIFY2(campaign.has_value(), qPrintable(file.errorString()));
        QCOMPARE(campaign->scores.size(), size_t(2115));
        QCOMPARE(campaign->juries.size(), size_t(2));
        QCOMPARE(campaign->juries.front().quorum, 5);
        QVERIFY2(!palmares::deliberationSession(*campaign), "a file of version 2 has no deliberation session");
    }
    // The backup is the file as it was; nothing else is left beside them.
    QCOMPARE(fingerprint(path + QStringLiteral(".v2")), original);
    QCOMPARE(listing(dir.path()), (QStringList{QStringLiteral("campaign.ami"), QStringLiteral("campaign.ami.v2")}));
    QVERIFY2(CampaignFile::checkFile(path, &version).isEmpty(), "the upgraded file cannot be opened");
    QCOMPARE(version, schema::currentVersion);
}

void TstSchema::theVersion6FileIsUpgradedWithEveryRowKeptAndNoSession()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    const QString why = fixtureFile(version6Fixture, path);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    int version = 0;
    const QString problem = CampaignFile::checkFile(path, &version);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(version, 6);
    const QByteArray original = fingerprint(path);
    const std::map<QString, QStringList> before = contentsOf(path);
    // Some values, to be sure the comparison below compares something.
    QCOMPARE(before.at(QStringLiteral("scores")).size(), 2115);
    QCOMPARE(before.at(QStringLiteral("candidates")).size(), 6);
    QCOMPARE(before.at(QStringLiteral("attachments")).size(), 6);
    QCOMPARE(before.at(QStringLiteral("juror_packages")).size(), 2);
    QCOMPARE(before.at(QStringLiteral("jurors")).size(), 24);

    {
        CampaignFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        const QSqlDatabase db = QSqlDatabase::database(file.connectionName());
        QCOMPARE(valueOf(db, QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion);
        QCOMPARE(valueOf(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QVERIFY2(!valueOf(db, QStringLiteral("PRAGMA foreign_key_check")).isValid(), "a reference is broken");
        const std::map<QString, QStringList> after = contents(db);
        for (const QString& table : domainTables) {
            if (version7Tables.contains(table))
                QVERIFY2(after.at(table).isEmpty(), qPrintable(table));
            else
                QCOMPARE(after.at(table), before.at(table));
        }
        std::optional<palmares::Campaign> campaign = file.load();
        QVERIFY2(campaign.has_value(), qPrintable(file.errorString()));
        QVERIFY2(!palmares::deliberationSession(*campaign), "a file of version 6 has no deliberation session");
        QCOMPARE(campaign->packages.size(), size_t(2));
        QCOMPARE(campaign->scores.size(), size_t(2115));

        // The upgraded file takes a session; a juror removed is no longer present at it.
        palmares::DeliberationSession session;
        session.heldAt = palmares::utcDateTime(QDate(2026, 6, 12), QTime(16, 30));
        session.place = QStringLiteral("Salle du conseil");
        session.chair = QStringLiteral("Marie Roy");
        session.jurorsPresent = {1, 10};
        palmares::Change change;
        change.sessions.put.push_back(session);
        QVERIFY2(file.apply(change, QStringLiteral("edit"), QStringLiteral("session")), qPrintable(file.errorString()));
        QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM deliberation_jurors")).toInt(), 2);
        QSqlQuery remove(db);
        QVERIFY2(remove.exec(QStringLiteral("DELETE FROM jurors WHERE id = 10")),
                 qPrintable(remove.lastError().text()));
        campaign = file.load();
        QVERIFY2(campaign.has_value(), qPrintable(file.errorString()));
        const palmares::DeliberationSession* read = palmares::deliberationSession(*campaign);
        QVERIFY(read);
        QCOMPARE(read->jurorsPresent, std::vector<palmares::Id>{1});
        QCOMPARE(read->heldAt, session.heldAt);
        QCOMPARE(read->place, session.place);
    }
    QCOMPARE(fingerprint(path + QStringLiteral(".v6")), original);
    QCOMPARE(listing(dir.path()), (QStringList{QStringLiteral("campaign.ami"), QStringLiteral("campaign.ami.v6")}));
}

void TstSchema::anUpgradeRepairsAQuorumOutOfRange_data()
{
    QTest::addColumn<QString>("stored"); // as SQL
    QTest::addColumn<int>("upgraded");
    // rules::effectiveQuorum on what the engine read (through QVariant::toInt) before.
    auto counted = [](const QVariant& stored) {
        palmares::Jury jury;
        jury.quorum = stored.toInt();
        return rules::effectiveQuorum(jury);
    };
    QTest::newRow("a quorum of 0 becomes the smallest quorum") << QStringLiteral("0") << rules::minQuorum;
    QTest::newRow("a fractional quorum becomes the one the engine counted")
        << QStringLiteral("2.5") << counted(QVariant(2.5));
    QTest::newRow("a quorum written as text becomes the smallest quorum")
        << QStringLiteral("'five'") << counted(QVariant(QStringLiteral("five")));
    QTest::newRow("a quorum above the largest becomes the largest")
        << QString::number(rules::maxQuorum + 1) << rules::maxQuorum;
}

void TstSchema::anUpgradeRepairsAQuorumOutOfRange()
{
    QFETCH(QString, stored);
    QFETCH(int, upgraded);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    const QString why =
        version2File(path, {QStringLiteral("UPDATE juries SET quorum = %1 WHERE code = 'expert'").arg(stored)});
    QVERIFY2(why.isEmpty(), qPrintable(why));
    CampaignFile file;
    QVERIFY2(file.open(path), qPrintable(file.errorString()));
    const QSqlDatabase db = QSqlDatabase::database(file.connectionName());
    QCOMPARE(valueOf(db, QStringLiteral("SELECT quorum FROM juries WHERE code = 'expert'")).toInt(), upgraded);
    QCOMPARE(valueOf(db, QStringLiteral("SELECT typeof(quorum) FROM juries WHERE code = 'expert'")).toString(),
             QStringLiteral("integer"));
    QCOMPARE(valueOf(db, QStringLiteral("SELECT quorum FROM juries WHERE code = 'citizen'")).toInt(), 8);
    // The repair is in the audit log, the only row added to it.
    QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 2);
    QCOMPARE(valueOf(db, QStringLiteral("SELECT details FROM audit_log WHERE action = 'upgrade_schema' AND entity = "
                                        "'jury' AND entity_id = (SELECT id FROM juries WHERE code = 'expert')"))
                 .toString(),
             QStringLiteral("quorum %1 -> %2").arg(stored).arg(upgraded));
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    const std::optional<palmares::Campaign> campaign = file.load();
    QVERIFY2(campaign.has_value(), qPrintable(file.errorString()));
    QCOMPARE(campaign->juries.front().quorum, upgraded);
}

void TstSchema::anUpgradeRefusesAFileBreakingARuleAndLeavesItUnchanged_data()
{
    QTest::addColumn<QStringList>("statements"); // on the version-2 file
    QTest::addColumn<QStringList>("named");      // what the message names
    auto row = [](const char* tag, const QString& sql, const QStringList& named) {
        QTest::newRow(tag) << sql.split(QLatin1Char(';')) << named;
    };
    const QString differ = QStringLiteral("differ only in case");
    const QString notOneWord = QStringLiteral("is not one word");
    row("two pillar codes that differ only in case",
        QStringLiteral("UPDATE pillars SET code = 'ECONOMIC' WHERE code = 'social'"),
        {QStringLiteral("table pillars"), QStringLiteral("\"economic\", \"ECONOMIC\""), differ});
    row("three criterion codes that differ only in case",
        QStringLiteral("UPDATE criteria SET code = 'Cultural_1' WHERE code = 'cultural_2';"
                       "UPDATE criteria SET code = 'CULTURAL_1' WHERE code = 'cultural_3'"),
        {QStringLiteral("table criteria"), QStringLiteral("\"cultural_1\", \"Cultural_1\", \"CULTURAL_1\""), differ});
    row("two jury codes that differ only in case",
        QStringLiteral("UPDATE juries SET code = 'EXPERT' WHERE code = 'citizen'"),
        {QStringLiteral("table juries"), QStringLiteral("\"expert\", \"EXPERT\""), differ});
    row("two resource codes that differ only in case",
        QStringLiteral("UPDATE resources SET code = 'Biogaz' WHERE code = 'cartons'"),
        {QStringLiteral("table resources"), QStringLiteral("\"Biogaz\", \"biogaz\""), differ});
    row("a jury code with a space", QStringLiteral("UPDATE juries SET code = 'citizen jury' WHERE code = 'citizen'"),
        {QStringLiteral("table juries"), QStringLiteral("\"citizen jury\""), notOneWord});
    row("an empty criterion code", QStringLiteral("UPDATE criteria SET code = '' WHERE code = 'cultural_3'"),
        {QStringLiteral("table criteria"), QStringLiteral("\"\""), notOneWord});
    row("a resource code with a no-break space",
        QStringLiteral("UPDATE resources SET code = 'bio' || char(160) || 'gaz' WHERE code = 'biogaz'"),
        {QStringLiteral("table resources"), QStringLiteral("\"bio\u00a0gaz\""), notOneWord});
    row("a pillar weight above the largest", QStringLiteral("UPDATE pillars SET weight = 2e6 WHERE code = 'social'"),
        {QStringLiteral("table pillars"), QStringLiteral("weight of \"social\" is 2000000"),
         QStringLiteral("from 0 to %1").arg(QString::number(rules::maxWeight, 'g', 17))});
    row("an infinite jury weight", QStringLiteral("UPDATE juries SET weight = 9e999 WHERE code = 'citizen'"),
        {QStringLiteral("table juries"), QStringLiteral("weight of \"citizen\" is inf")});
    row("a case duplicate and a code with a space, both named",
        QStringLiteral("UPDATE pillars SET code = 'Social' WHERE code = 'economic';"
                       "UPDATE juries SET code = 'citizen jury' WHERE code = 'citizen'"),
        {QStringLiteral("\"Social\", \"social\""), QStringLiteral("\"citizen jury\"")});
    row("a juror of a jury that does not exist",
        QStringLiteral("PRAGMA foreign_keys = OFF;INSERT INTO jurors (jury_id, name) VALUES (99, 'Nobody')"),
        {QStringLiteral("a row of table jurors refers to a missing row of table juries")});
}

void TstSchema::anUpgradeRefusesAFileBreakingARuleAndLeavesItUnchanged()
{
    QFETCH(QStringList, statements);
    QFETCH(QStringList, named);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    const QString why = version2File(path, statements);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QByteArray print = fingerprint(path);
    {
        CampaignFile file;
        QVERIFY2(!file.open(path), "a file breaking a rule was upgraded");
        QVERIFY(!file.isOpen());
        const QString message = file.errorString();
        QVERIFY2(message.startsWith(QStringLiteral("%1 cannot be upgraded: ").arg(QDir::toNativeSeparators(path))),
                 qPrintable(message));
        for (const QString& words : named)
            QVERIFY2(message.contains(words), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(words, message)));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    }
    QCOMPARE(fingerprint(path), print);
    int version = 0;
    QVERIFY(CampaignFile::checkFile(path, &version).isEmpty());
    QCOMPARE(version, 2);
    // The backup written before the attempt stays: the same bytes.
    QCOMPARE(fingerprint(path + QStringLiteral(".v2")), print);
    QCOMPARE(listing(dir.path()), (QStringList{QStringLiteral("campaign.ami"), QStringLiteral("campaign.ami.v2")}));
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

QTEST_GUILESS_MAIN(TstSchema)
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

#include "tst_schema.moc"
