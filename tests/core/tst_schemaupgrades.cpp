// SPDX-License-Identifier: GPL-3.0-or-later
// The upgrade of a campaign file of each past version kept (tests/data/README.md: versions 2,
// 6 and 7): every row kept, a quorum out of range repaired, a file breaking a rule refused and
// left unchanged.
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

namespace {

// Copies `fixture` to `path` and checks it is a file of schema `version`; the hash of its
// bytes in `original`, its rows in `before`.
void copyFixture(const QString& fixture, const QString& path, int version, QByteArray* original,
                 std::map<QString, QStringList>* before)
{
    const QString why = fixtureFile(fixture, path);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    int found = 0;
    const QString problem = CampaignFile::checkFile(path, &found);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(found, version);
    *original = fingerprint(path);
    *before = contentsOf(path);
}

// The upgraded file at the current version, whole, every row of `before` kept and the
// tables `made` (those the upgrade brings) empty.
void checkRowsKept(const QSqlDatabase& db, const std::map<QString, QStringList>& before, const QStringList& made)
{
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA user_version")).toInt(), schema::currentVersion);
    QCOMPARE(valueOf(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QVERIFY2(!valueOf(db, QStringLiteral("PRAGMA foreign_key_check")).isValid(), "a reference is broken");
    const std::map<QString, QStringList> after = contents(db);
    for (const QString& table : domainTables) {
        if (made.contains(table))
            QVERIFY2(after.at(table).isEmpty(), qPrintable(table));
        else
            QCOMPARE(after.at(table), before.at(table));
    }
}

} // namespace

class TstSchemaUpgrades : public QObject {
    Q_OBJECT

private slots:
    void theVersion2FileIsUpgradedWithEveryRowKept();
    void theVersion6FileIsUpgradedWithEveryRowKeptAndNoSession();
    void theVersion7FileIsUpgradedWithItsSessionKeptAndNoReportIssued();
    void anUpgradeRepairsAQuorumOutOfRange_data();
    void anUpgradeRepairsAQuorumOutOfRange();
    void anUpgradeRefusesAFileBreakingARuleAndLeavesItUnchanged_data();
    void anUpgradeRefusesAFileBreakingARuleAndLeavesItUnchanged();
};

void TstSchemaUpgrades::theVersion2FileIsUpgradedWithEveryRowKept()
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
            if (table == QLatin1String("juror_packages") || version7Tables.contains(table) ||
                version8Tables.contains(table)) {
                // Versions 6, 7 and 8 make them, empty.
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

void TstSchemaUpgrades::theVersion6FileIsUpgradedWithEveryRowKeptAndNoSession()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    QByteArray original;
    std::map<QString, QStringList> before;
    copyFixture(version6Fixture, path, 6, &original, &before);
    if (QTest::currentTestFailed())
        return;
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
        checkRowsKept(db, before, version7Tables + version8Tables);
        if (QTest::currentTestFailed())
            return;
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

void TstSchemaUpgrades::theVersion7FileIsUpgradedWithItsSessionKeptAndNoReportIssued()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("campaign.ami"));
    QByteArray original;
    std::map<QString, QStringList> before;
    copyFixture(version7Fixture, path, 7, &original, &before);
    if (QTest::currentTestFailed())
        return;
    // Some values, to be sure the comparison below compares something.
    QCOMPARE(before.at(QStringLiteral("scores")).size(), 2115);
    QCOMPARE(before.at(QStringLiteral("juror_packages")).size(), 2);
    QCOMPARE(before.at(QStringLiteral("deliberation_session")).size(), 1);
    QCOMPARE(before.at(QStringLiteral("deliberation_jurors")).size(), 3);

    {
        CampaignFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        const QSqlDatabase db = QSqlDatabase::database(file.connectionName());
        checkRowsKept(db, before, version8Tables);
        if (QTest::currentTestFailed())
            return;
        std::optional<palmares::Campaign> campaign = file.load();
        QVERIFY2(campaign.has_value(), qPrintable(file.errorString()));
        const palmares::DeliberationSession* session = palmares::deliberationSession(*campaign);
        QVERIFY(session);
        QCOMPARE(session->chair, QStringLiteral("Claire Martin"));
        QCOMPARE(session->jurorsPresent, (std::vector<palmares::Id>{1, 2, 10}));
        QVERIFY2(campaign->issued.empty(), "a file of version 7 has issued no report");

        // The upgraded file records a report issued with its digests, in their order; the
        // digests go with their report.
        palmares::IssuedReport issued;
        issued.id = 1;
        issued.issuedAt = palmares::utcDateTime(QDate(2026, 6, 19), QTime(10, 0));
        issued.document = palmares::IssuedDocument::Minutes;
        issued.publicVersion = true;
        issued.fileName = QStringLiteral("pv.pdf");
        issued.fingerprint = QString(64, QLatin1Char('a'));
        issued.digests = {{QStringLiteral("rules"), QByteArray(32, '\x01')},
                          {QStringLiteral("buildings"), QByteArray(32, '\x02')},
                          {QStringLiteral("scores"), QByteArray(32, '\x03')}};
        palmares::Change change;
        change.issued.put.push_back(issued);
        QVERIFY2(file.apply(change, QStringLiteral("issue_report"), QStringLiteral("issued")),
                 qPrintable(file.errorString()));
        campaign = file.load();
        QVERIFY2(campaign.has_value(), qPrintable(file.errorString()));
        QCOMPARE(campaign->issued.size(), size_t(1));
        const palmares::IssuedReport& read = campaign->issued.front();
        QCOMPARE(read.issuedAt, issued.issuedAt);
        QCOMPARE(read.document, palmares::IssuedDocument::Minutes);
        QVERIFY(read.publicVersion);
        QCOMPARE(read.fileName, issued.fileName);
        QCOMPARE(read.format, 1);
        QCOMPARE(read.fingerprint, issued.fingerprint);
        QCOMPARE(read.digests.size(), size_t(3));
        QCOMPARE(read.digests[1].table, QStringLiteral("buildings"));
        QCOMPARE(read.digests[2].sha256, QByteArray(32, '\x03'));
        QSqlQuery q(db);
        QVERIFY2(!q.exec(QStringLiteral("UPDATE issued_reports SET fingerprint = 'not hexadecimal'")),
                 "a fingerprint that is not 64 hexadecimal digits is refused");
        QVERIFY2(q.exec(QStringLiteral("DELETE FROM issued_reports")), qPrintable(q.lastError().text()));
        QCOMPARE(valueOf(db, QStringLiteral("SELECT count(*) FROM issued_report_digests")).toInt(), 0);
    }
    QCOMPARE(fingerprint(path + QStringLiteral(".v7")), original);
    QCOMPARE(listing(dir.path()), (QStringList{QStringLiteral("campaign.ami"), QStringLiteral("campaign.ami.v7")}));
}

void TstSchemaUpgrades::anUpgradeRepairsAQuorumOutOfRange_data()
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

void TstSchemaUpgrades::anUpgradeRepairsAQuorumOutOfRange()
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

void TstSchemaUpgrades::anUpgradeRefusesAFileBreakingARuleAndLeavesItUnchanged_data()
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

void TstSchemaUpgrades::anUpgradeRefusesAFileBreakingARuleAndLeavesItUnchanged()
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

QTEST_GUILESS_MAIN(TstSchemaUpgrades)
#include "tst_schemaupgrades.moc"
