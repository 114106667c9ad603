// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign document on disk: a whole campaign survives a write → read round trip,
// a failed write leaves nothing behind, and a file that cannot be opened is refused
// with a message naming it and left exactly as it was.
#include "core/storage/CampaignFile.h"

#include "core/demo/DemoGenerator.h"
#include "core/model/Codes.h"
#include "core/model/UtcTime.h"
#include "core/storage/Schema.h"
#include "tests/support/TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <tuple>
#include <type_traits>
#include <utility>

using namespace palmares;

namespace {

using palmares::test::fingerprint;
using palmares::test::listing;
using palmares::test::writeBytes;

// ---- Field-by-field comparison with readable differences -------------------------------

QString show(const QString& v)
{
    return QLatin1Char('"') + v + QLatin1Char('"');
}
QString show(double v)
{
    return QString::number(v, 'g', 17);
}
QString show(qint64 v)
{
    return QString::number(v);
}
QString show(int v)
{
    return QString::number(v);
}
QString show(size_t v)
{
    return QString::number(v);
}
QString show(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
}
QString show(const QDate& v)
{
    return v.isValid() ? v.toString(Qt::ISODate) : QStringLiteral("(no date)");
}
QString show(const QDateTime& v)
{
    return v.isValid() ? v.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("(no time)");
}
QString show(const QStringList& v)
{
    return QLatin1Char('[') + v.join(QLatin1Char(',')) + QLatin1Char(']');
}
QString show(const std::optional<double>& v)
{
    return v ? show(*v) : QStringLiteral("(none)");
}
QString show(const std::vector<TieKey>& v)
{
    return codes::tieChain(v);
}
QString show(const std::vector<RubricLevel>& v)
{
    QStringList parts;
    for (const RubricLevel& l : v)
        parts << l.label + QLatin1Char('=') + l.description;
    return parts.join(QStringLiteral(" | "));
}
template<typename E, std::enable_if_t<std::is_enum_v<E>, int> = 0> QString show(E v)
{
    return QString::number(int(v));
}

template<typename T> bool same(const T& a, const T& b)
{
    return a == b;
}
bool same(const std::vector<RubricLevel>& a, const std::vector<RubricLevel>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].label != b[i].label || a[i].description != b[i].description)
            return false;
    }
    return true;
}

class Differences {
public:
    template<typename T> void check(const QString& where, const T& expected, const T& actual)
    {
        if (!same(expected, actual))
            m_list << QStringLiteral("%1: wrote %2, read %3").arg(where, show(expected), show(actual));
    }
    bool isEmpty() const { return m_list.isEmpty(); }
    QString report() const
    {
        return QStringLiteral("%1 difference(s):\n").arg(m_list.size()) + m_list.mid(0, 12).join(QLatin1Char('\n'));
    }

private:
    QStringList m_list;
};

#define SAME(field) d.check(where + QLatin1String(#field), e.field, a.field)

template<typename T, typename Key> void sortBy(std::vector<T>& rows, Key key)
{
    std::sort(rows.begin(), rows.end(), [&](const T& x, const T& y) { return key(x) < key(y); });
}

// Compares two tables as sets of rows (sorted by their primary key); `fields` compares one row.
template<typename T, typename Key, typename Fields>
void compareTable(Differences& d, const char* table, std::vector<T> expected, std::vector<T> actual, Key key,
                  Fields fields)
{
    sortBy(expected, key);
    sortBy(actual, key);
    d.check(QLatin1String(table) + QStringLiteral(" row count"), expected.size(), actual.size());
    for (size_t i = 0; i < std::min(expected.size(), actual.size()); ++i)
        fields(QStringLiteral("%1[%2].").arg(QLatin1String(table)).arg(i), expected[i], actual[i]);
}

Differences compareCampaigns(const Campaign& wrote, const Campaign& read)
{
    Differences d;
    {
        const QString where = QStringLiteral("settings.");
        const CampaignSettings& e = wrote.settings;
        const CampaignSettings& a = read.settings;
        SAME(name);
        SAME(territory);
        SAME(startDate);
        SAME(endDate);
        SAME(status);
        SAME(rentableSurfaceOverride);
        SAME(fillTargetPct);
        SAME(countLand);
        SAME(aggregation);
        SAME(debias);
        SAME(tieChain);
        SAME(selectionRule);
        SAME(juryStdDevThreshold);
        SAME(juryGapThreshold);
        SAME(waitingListSize);
    }
    compareTable(
        d, "buildings", wrote.buildings, read.buildings, [](const Building& b) { return b.id; },
        [&](const QString& where, const Building& e, const Building& a) {
            SAME(id);
            SAME(name);
            SAME(surface);
            SAME(useType);
            SAME(acceptedUses);
            SAME(notes);
        });
    compareTable(
        d, "pillars", wrote.pillars, read.pillars, [](const Pillar& p) { return p.id; },
        [&](const QString& where, const Pillar& e, const Pillar& a) {
            SAME(id);
            SAME(code);
            SAME(name);
            SAME(weight);
            SAME(eliminatoryThreshold);
            SAME(position);
        });
    compareTable(
        d, "criteria", wrote.criteria, read.criteria, [](const Criterion& k) { return k.id; },
        [&](const QString& where, const Criterion& e, const Criterion& a) {
            SAME(id);
            SAME(pillarId);
            SAME(code);
            SAME(name);
            SAME(weight);
            SAME(rubric);
            SAME(position);
        });
    compareTable(
        d, "juries", wrote.juries, read.juries, [](const Jury& j) { return j.id; },
        [&](const QString& where, const Jury& e, const Jury& a) {
            SAME(id);
            SAME(code);
            SAME(name);
            SAME(weight);
            SAME(scaleMin);
            SAME(scaleMax);
            SAME(scaleStep);
            SAME(quorum);
            SAME(position);
        });
    compareTable(
        d, "jurors", wrote.jurors, read.jurors, [](const Juror& j) { return j.id; },
        [&](const QString& where, const Juror& e, const Juror& a) {
            SAME(id);
            SAME(juryId);
            SAME(name);
            SAME(email);
            SAME(organisation);
        });
    compareTable(
        d, "conflicts", wrote.conflicts, read.conflicts,
        [](const Conflict& k) { return std::make_pair(k.jurorId, k.candidateId); },
        [&](const QString& where, const Conflict& e, const Conflict& a) {
            SAME(jurorId);
            SAME(candidateId);
            SAME(reason);
        });
    compareTable(
        d, "candidates", wrote.candidates, read.candidates, [](const Candidate& k) { return k.id; },
        [&](const QString& where, const Candidate& e, const Candidate& a) {
            SAME(id);
            SAME(registrationNo);
            SAME(name);
            SAME(siret);
            SAME(legalForm);
            SAME(ess);
            SAME(nafCode);
            SAME(contactName);
            SAME(contactEmail);
            SAME(contactPhone);
            SAME(projectTitle);
            SAME(description);
            SAME(requestedSurface);
            SAME(wantedUse);
            SAME(preferredBuildingId);
            SAME(jobsFte);
            SAME(wantedStart);
            SAME(status);
            SAME(statusReason);
            SAME(receivedAt);
        });
    compareTable(
        d, "scores", wrote.scores, read.scores,
        [](const Score& s) { return std::make_tuple(s.jurorId, s.candidateId, s.criterionId); },
        [&](const QString& where, const Score& e, const Score& a) {
            SAME(jurorId);
            SAME(candidateId);
            SAME(criterionId);
            SAME(value);
            SAME(comment);
            SAME(at);
            SAME(origin);
        });
    compareTable(
        d, "resources", wrote.resources, read.resources, [](const Resource& r) { return r.id; },
        [&](const QString& where, const Resource& e, const Resource& a) {
            SAME(id);
            SAME(code);
            SAME(name);
            SAME(category);
        });
    compareTable(
        d, "occupants", wrote.occupants, read.occupants, [](const Occupant& o) { return o.id; },
        [&](const QString& where, const Occupant& e, const Occupant& a) {
            SAME(id);
            SAME(name);
            SAME(siret);
            SAME(description);
            SAME(buildingId);
        });
    compareTable(
        d, "flows", wrote.flows, read.flows, [](const Flow& f) { return f.id; },
        [&](const QString& where, const Flow& e, const Flow& a) {
            SAME(id);
            SAME(candidateId);
            SAME(occupantId);
            SAME(resourceId);
            SAME(direction);
            SAME(quantity);
            SAME(unit);
        });
    compareTable(
        d, "decisions", wrote.decisions, read.decisions, [](const Decision& k) { return k.candidateId; },
        [&](const QString& where, const Decision& e, const Decision& a) {
            SAME(candidateId);
            SAME(kind);
            SAME(buildingId);
            SAME(override_);
            SAME(justification);
            SAME(decidedAt);
        });
    return d;
}

#undef SAME

// The demo campaign with every optional field of every table exercised.
Campaign richCampaign()
{
    Campaign c = DemoGenerator::generate();
    CampaignSettings& s = c.settings;
    s.rentableSurfaceOverride = 50123.5;
    s.fillTargetPct = 77.5;
    s.countLand = true;
    s.aggregation = Aggregation::TrimmedMean;
    s.debias = true;
    s.tieChain = {{TieKey::Final, {}},
                  {TieKey::JuryTotal, QStringLiteral("citizen")},
                  {TieKey::JuryTotal, QStringLiteral("expert")},
                  {TieKey::Registration, {}}};
    s.selectionRule = SelectionRule::BestValue;
    s.juryStdDevThreshold = 17.5;
    s.juryGapThreshold = 12.25;
    s.waitingListSize = 4;

    c.buildings[0].notes = QStringLiteral("Toiture refaite en 2019 ; désamiantage « fait »\nVoir le DTA.");
    c.pillars[1].eliminatoryThreshold = 0.0; // a threshold of 0 is not the same as no threshold
    c.criteria[0].rubric.push_back({QStringLiteral("Exceptionnel"), QStringLiteral("Au-delà de \"l'attendu\"")});
    c.criteria[1].rubric.clear();

    c.candidates[0].preferredBuildingId = c.buildings[2].id;
    c.candidates[1].preferredBuildingId = c.buildings.back().id;
    c.candidates[2].wantedStart = QDate();
    c.candidates[3].receivedAt = QDateTime();
    c.candidates[4].description = QStringLiteral("Ligne 1\nLigne 2 ; « guillemets » — et un tiret");
    c.candidates[5].status = CandidateStatus::Received;

    c.scores[0].comment = QStringLiteral("Très bon projet ; à suivre \"vraiment\"\nDeuxième ligne");
    c.scores[1].origin = QStringLiteral("paper");
    c.scores[2].origin = QStringLiteral("package:anne-martin.amij");
    c.scores[3].at = utcFromMSecsSinceEpoch(Q_INT64_C(1775829600123));
    c.scores[4].at = QDateTime();
    c.scores[5].value = 7.25;

    c.occupants[0].siret = QStringLiteral("73282932000074");
    c.occupants[1].buildingId = 0;

    const QDateTime decided = utcDateTime(QDate(2026, 5, 12), QTime(18, 30));
    c.decisions = {
        {c.candidates[0].id, DecisionKind::Laureate, c.buildings[4].id, Override::None, QString(), decided},
        {c.candidates[1].id, DecisionKind::Laureate, 0, Override::ForcedIn,
         QStringLiteral("Seule boulangerie du site : service aux habitants"), decided},
        {c.candidates[2].id, DecisionKind::Rejected, 0, Override::ForcedOut,
         QStringLiteral("Conflit d'usage avec le musée"), decided.addSecs(60)},
        {c.candidates[3].id, DecisionKind::Waiting, 0, Override::None, QString(), QDateTime()},
    };
    return c;
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs `statements` on `path` through a connection of its own; empty on success.
QString runSql(const QString& path, const QStringList& statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("tst_campaignfile-%1").arg(++counter);
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

// Rows per table, campaign excluded (it always holds its one settings row).
QMap<QString, int> rowCounts(CampaignFile& file)
{
    QMap<QString, int> counts;
    QSqlQuery q(QSqlDatabase::database(file.connectionName()));
    for (const char* table :
         {"buildings", "pillars", "criteria", "rubric_levels", "juries", "jurors", "candidates", "conflicts",
          "attachments", "scores", "resources", "occupants", "flows", "decisions", "audit_log"}) {
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

enum Breakage {
    ScoreByUnknownJuror,
    ForcedInWithoutJustification,
    ConflictWithUnknownCandidate,
    DuplicateSiret,
    FlowOfCandidateAndOccupant,
    CriterionOfUnknownPillar,
    FillTargetAbove100,
};

void breakCampaign(Campaign& c, int breakage)
{
    switch (breakage) {
    case ScoreByUnknownJuror: {
        Score s = c.scores.back();
        s.jurorId = 9999;
        c.scores.push_back(s);
        break;
    }
    case ForcedInWithoutJustification:
        c.decisions.push_back({c.candidates[0].id, DecisionKind::Laureate, 0, Override::ForcedIn, QString(), {}});
        break;
    case ConflictWithUnknownCandidate:
        c.conflicts.push_back({c.jurors[0].id, 9999, QStringLiteral("Inconnu")});
        break;
    case DuplicateSiret:
        c.candidates.back().siret = c.candidates.front().siret;
        break;
    case FlowOfCandidateAndOccupant:
        c.flows.back().occupantId = c.occupants[0].id;
        break;
    case CriterionOfUnknownPillar:
        c.criteria.back().pillarId = 99;
        break;
    case FillTargetAbove100:
        c.settings.fillTargetPct = 150;
        break;
    }
}

enum BadFile { Missing, GarbageText, Empty, TinyFile, ForeignDatabase, Truncated, NewerVersion, Scrambled };

} // namespace

class TstCampaignFile : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTripKeepsEveryTable();
    void roundTripKeepsTheMillisecondsOfEveryTime();
    void createdFileIsAnEmptyCampaign();
    void openedFileHasForeignKeysOnAndWalJournal();
    void writeAllIsAllOrNothing_data();
    void writeAllIsAllOrNothing();
    void openRefusesABadFileAndLeavesItUnchanged_data();
    void openRefusesABadFileAndLeavesItUnchanged();
    void aCampaignDamagedInItsMiddleIsRefusedAndLeftUnchanged();
    void createRefusesAnExistingNonEmptyFile();
    void writeNewReplacesAnExistingFileWhole();
    void writeNewOfABadCampaignKeepsTheExistingFile();
    void writeNewIntoAMissingFolderLeavesNothing();

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

void TstCampaignFile::openedFileHasForeignKeysOnAndWalJournal()
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
    QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("wal"));
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

void TstCampaignFile::openRefusesABadFileAndLeavesItUnchanged_data()
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
}

void TstCampaignFile::openRefusesABadFileAndLeavesItUnchanged()
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

    {
        CampaignFile file;
        QVERIFY2(!file.open(path), "a bad file was opened");
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

void TstCampaignFile::aCampaignDamagedInItsMiddleIsRefusedAndLeftUnchanged()
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

void TstCampaignFile::writeNewReplacesAnExistingFileWhole()
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

void TstCampaignFile::writeNewOfABadCampaignKeepsTheExistingFile()
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

void TstCampaignFile::writeNewIntoAMissingFolderLeavesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/campaign.ami"));
    QString error;
    QVERIFY2(!CampaignFile::writeNew(path, DemoGenerator::generate(), &error), "written into a missing folder");
    QVERIFY2(error.contains(QStringLiteral("missing")), qPrintable(error));
    QVERIFY2(listing(dir.path()).isEmpty(), qPrintable(listing(dir.path()).join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TstCampaignFile)
#include "tst_campaignfile.moc"
