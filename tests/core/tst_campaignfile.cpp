// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign document on disk: a whole campaign (its deliberation session too) survives a
// write → read round trip, a new file is an empty campaign, a failed write of a campaign
// leaves no row behind.
// (Bad files: tst_campaignfileopen; whole-file writes: tst_campaignfilewrite.)
#include "core/storage/CampaignFile.h"

#include "core/demo/DemoGenerator.h"
#include "core/model/UtcTime.h"
#include "core/storage/Schema.h"
#include "tests/support/CampaignSamples.h"
#include "tests/support/TestFiles.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace palmares;
using namespace palmares::test;

namespace {

// Rows per table, campaign excluded (it always holds its one settings row).
QMap<QString, int> rowCounts(CampaignFile& file)
{
    QMap<QString, int> counts;
    QSqlQuery q(QSqlDatabase::database(file.connectionName()));
    for (const char* table : {"buildings", "pillars", "criteria", "rubric_levels", "juries", "jurors", "candidates",
                              "conflicts", "attachments", "scores", "resources", "occupants", "flows", "decisions",
                              "audit_log", "juror_packages", "deliberation_session", "deliberation_jurors"}) {
        q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        counts.insert(QLatin1String(table), q.next() ? q.value(0).toInt() : -1);
    }
    return counts;
}

QString nonEmpty(const QMap<QString, int>& counts)
{
    QStringList out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() != 0)
            out << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    }
    return out.join(QStringLiteral(", "));
}

} // namespace

class TstCampaignFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTripKeepsEveryTable();
    void roundTripKeepsTheMillisecondsOfEveryTime();
    void createdFileIsAnEmptyCampaign();
    void openedFileHasForeignKeysOnAndARollbackJournal();
    void writeAllIsAllOrNothing_data();
    void writeAllIsAllOrNothing();
    void createRefusesAnExistingNonEmptyFile();
    void everyCampaignFileHasAnIdentityOfItsOwn();

private:
    QTemporaryDir m_shared; // holds one demo campaign file, made once
    QString m_demoPath;
};

void TstCampaignFile::initTestCase()
{
    QVERIFY(m_shared.isValid());
    m_demoPath = m_shared.filePath(QStringLiteral("demo.ami"));
    QString error;
    QVERIFY2(CampaignFile::writeNew(m_demoPath, DemoGenerator::generate(), &error), qPrintable(error));
    QCOMPARE(listing(m_shared.path()), QStringList{QStringLiteral("demo.ami")});
}

void TstCampaignFile::roundTripKeepsEveryTable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("round trip.ami"));
    const Campaign wrote = richCampaign();
    {
        CampaignFile file;
        QVERIFY2(file.create(path), qPrintable(file.errorString()));
        QVERIFY2(file.writeAll(wrote), qPrintable(file.errorString()));
        file.close();
        QVERIFY(!file.isOpen());
    }
    CampaignFile file;
    QVERIFY2(file.open(path), qPrintable(file.errorString()));
    const std::optional<Campaign> read = file.load();
    QVERIFY2(read.has_value(), qPrintable(file.errorString()));
    const Differences d = compareCampaigns(wrote, *read);
    QVERIFY2(d.isEmpty(), qPrintable(d.report()));
    // The demo itself is large enough for the comparison to mean something.
    QVERIFY(read->scores.size() > 10000);
    QVERIFY(!read->conflicts.empty());
    QCOMPARE(read->decisions.size(), size_t(4));
    const DeliberationSession* session = deliberationSession(*read);
    QVERIFY2(session, "the deliberation session is read back");
    QCOMPARE(session->jurorsPresent.size(), size_t(4));
}

void TstCampaignFile::roundTripKeepsTheMillisecondsOfEveryTime()
{
    // Times recorded by the application come from the clock, with milliseconds.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("times.ami"));
    Campaign wrote = DemoGenerator::generate();
    const QDateTime received = utcDateTime(QDate(2026, 2, 3), QTime(9, 41, 27, 345));
    const QDateTime decided = utcDateTime(QDate(2026, 5, 12), QTime(18, 30, 5, 678));
    const QDateTime scored = utcDateTime(QDate(2026, 4, 10), QTime(14, 2, 3, 901));
    wrote.candidates[0].receivedAt = received;
    wrote.decisions.push_back({wrote.candidates[0].id, DecisionKind::Laureate, 0, Override::None, QString(), decided});
    wrote.scores[0].at = scored;
    DeliberationSession session;
    session.heldAt = utcDateTime(QDate(2026, 5, 12), QTime(16, 0, 12, 345));
    session.place = QStringLiteral("Mairie");
    session.chair = QStringLiteral("Hélène Marchal");
    wrote.sessions = {session};
    QString error;
    QVERIFY2(CampaignFile::writeNew(path, wrote, &error), qPrintable(error));
    CampaignFile file;
    QVERIFY2(file.open(path), qPrintable(file.errorString()));
    const std::optional<Campaign> read = file.load();
    QVERIFY2(read.has_value(), qPrintable(file.errorString()));
    const Differences d = compareCampaigns(wrote, *read);
    QVERIFY2(d.isEmpty(), qPrintable(d.report()));
}

void TstCampaignFile::createdFileIsAnEmptyCampaign()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("new.ami"));
    CampaignFile file;
    QVERIFY2(file.create(path), qPrintable(file.errorString()));
    QCOMPARE(file.path(), path);
    const std::optional<Campaign> c = file.load();
    QVERIFY2(c.has_value(), qPrintable(file.errorString()));
    QVERIFY(c->buildings.empty() && c->pillars.empty() && c->candidates.empty() && c->scores.empty());
    QCOMPARE(c->settings.fillTargetPct, 80.0);
    QCOMPARE(c->settings.status, CampaignStatus::Draft);
    file.close();
    int version = -1;
    const QString problem = CampaignFile::checkFile(path, &version);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(version, schema::currentVersion);
}

void TstCampaignFile::openedFileHasForeignKeysOnAndARollbackJournal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("copy.ami"));
    QVERIFY(QFile::copy(m_demoPath, path));
    CampaignFile file;
    QVERIFY2(file.open(path), qPrintable(file.errorString()));
    QSqlQuery q(QSqlDatabase::database(file.connectionName()));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    // A rollback journal: each commit is in the file itself, so the file alone is whole.
    QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("delete"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(schema::applicationId));
    QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), schema::currentVersion);
    // Foreign keys are really enforced on this connection.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO jurors (jury_id, name) VALUES (999, 'Nobody')")));
    q.finish();
    file.close();
    // A file at the current version is not upgraded: no backup copy appears.
    const QStringList files = listing(dir.path());
    QVERIFY2(files == QStringList{QStringLiteral("copy.ami")}, qPrintable(files.join(QStringLiteral(", "))));
}

void TstCampaignFile::writeAllIsAllOrNothing_data()
{
    QTest::addColumn<int>("breakage");
    QTest::newRow("a score by an unknown juror, written last") << int(ScoreByUnknownJuror);
    QTest::newRow("a forced-in decision without justification") << int(ForcedInWithoutJustification);
    QTest::newRow("a conflict of interest with an unknown candidate") << int(ConflictWithUnknownCandidate);
    QTest::newRow("two candidates with the same SIRET") << int(DuplicateSiret);
    QTest::newRow("a flow declared by a candidate and an occupant") << int(FlowOfCandidateAndOccupant);
    QTest::newRow("a criterion of an unknown pillar") << int(CriterionOfUnknownPillar);
    QTest::newRow("a fill target of 150 %") << int(FillTargetAbove100);
    QTest::newRow("a juror present at the session who is not in the campaign") << int(SessionWithUnknownJuror);
    QTest::newRow("a deliberation session without a place") << int(SessionWithoutPlace);
}

void TstCampaignFile::writeAllIsAllOrNothing()
{
    QFETCH(int, breakage);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.ami"));
    const Campaign good = DemoGenerator::generate();
    Campaign bad = good;
    breakCampaign(bad, breakage);
    {
        CampaignFile file;
        QVERIFY2(file.create(path), qPrintable(file.errorString()));
        QVERIFY2(!file.writeAll(bad), "a campaign breaking a constraint was written");
        QVERIFY2(!file.errorString().isEmpty(), "a failed write says why");
        const QString left = nonEmpty(rowCounts(file));
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("rows left after the failed write: ") + left));
    }
    // Reopened from disk: still nothing, the settings row untouched.
    CampaignFile file;
    QVERIFY2(file.open(path), qPrintable(file.errorString()));
    const QString left = nonEmpty(rowCounts(file));
    QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("rows on disk after the failed write: ") + left));
    const std::optional<Campaign> reread = file.load();
    QVERIFY2(reread.has_value(), qPrintable(file.errorString()));
    QCOMPARE(reread->settings.name, QString());
    QCOMPARE(reread->settings.fillTargetPct, 80.0);
    // Nothing half-written stands in the way of the good campaign.
    QVERIFY2(file.writeAll(good), qPrintable(file.errorString()));
    const std::optional<Campaign> written = file.load();
    QVERIFY2(written.has_value(), qPrintable(file.errorString()));
    QCOMPARE(written->scores.size(), good.scores.size());
    QCOMPARE(written->candidates.size(), good.candidates.size());
}

void TstCampaignFile::createRefusesAnExistingNonEmptyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("existing.ami"));
    QVERIFY(QFile::copy(m_demoPath, path));
    const QByteArray print = fingerprint(path);
    {
        CampaignFile file;
        QVERIFY2(!file.create(path), "create() overwrote an existing campaign");
        QVERIFY(!file.isOpen());
        QVERIFY2(file.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(file.errorString()));
    }
    QCOMPARE(fingerprint(path), print);
    QCOMPARE(listing(dir.path()), QStringList{QStringLiteral("existing.ami")});

    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeBytes(notes, QByteArrayLiteral("not a campaign, but precious\n")));
    CampaignFile file;
    QVERIFY(!file.create(notes));
    QCOMPARE(readBytes(notes), QByteArrayLiteral("not a campaign, but precious\n"));
}

// What a juror package names as its campaign: 16 random bytes given when the file is
// made, the same at every opening and after a change of settings, another for another
// file; a file of an earlier version gets one when upgraded.
void TstCampaignFile::everyCampaignFileHasAnIdentityOfItsOwn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString one = dir.filePath(QStringLiteral("un.ami"));
    const QString two = dir.filePath(QStringLiteral("deux.ami"));
    QString error;
    const Campaign demo = DemoGenerator::generate();
    QVERIFY(demo.settings.identity.isEmpty());
    QVERIFY2(CampaignFile::writeNew(one, demo, &error), qPrintable(error));
    QVERIFY2(CampaignFile::writeNew(two, demo, &error), qPrintable(error));
    const std::optional<Campaign> a = CampaignFile::read(one, &error);
    const std::optional<Campaign> b = CampaignFile::read(two, &error);
    QVERIFY2(a && b, qPrintable(error));
    QCOMPARE(a->settings.identity.size(), 16);
    QCOMPARE(b->settings.identity.size(), 16);
    QVERIFY(a->settings.identity != b->settings.identity);
    {
        CampaignFile file;
        QVERIFY2(file.open(one), qPrintable(file.errorString()));
        CampaignSettings s = a->settings;
        s.name = QStringLiteral("Autre nom");
        s.identity = b->settings.identity; // a change never rewrites it
        QVERIFY2(file.saveSettings(s), qPrintable(file.errorString()));
    }
    QCOMPARE(CampaignFile::read(one, &error)->settings.identity, a->settings.identity);
    // An earlier version's file, upgraded in memory when read, and in the file when opened.
    const QString old = dir.filePath(QStringLiteral("ancien.ami"));
    QVERIFY(QFile::copy(QStringLiteral(PALMARES_TEST_DATA "/campaign-v2.ami"), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    QByteArray upgraded;
    {
        CampaignFile file;
        QVERIFY2(file.open(old), qPrintable(file.errorString()));
        const std::optional<Campaign> c = file.load();
        QVERIFY2(c, qPrintable(file.errorString()));
        upgraded = c->settings.identity;
    }
    QCOMPARE(upgraded.size(), 16);
    QCOMPARE(CampaignFile::read(old, &error)->settings.identity, upgraded);
}

QTEST_GUILESS_MAIN(TstCampaignFile)
#include "tst_campaignfile.moc"
