// SPDX-License-Identifier: GPL-3.0-or-later
// palmares-cli killed (SIGKILL) at seeded random moments while it writes: during a large
// import, and during `demo --force` over an existing campaign. After each kill the campaign
// opens, passes SQLite's integrity check and holds either everything or nothing of the
// write; once it is opened again, nothing is left beside it (journal, locks, staged files).
// And a juror's autosave killed: this executable, started with --juror-writer, scores in a
// juror package as juror mode does, one save per change, until it is killed; the package
// then opens with its passphrase and holds exactly its last complete save.
// PALMARES_FAULT_TRIALS sets the number of trials of each kind (20 by default, 100 in
// scripts/faults.sh), PALMARES_FAULT_SEED the seed.
#include "core/edit/CampaignDocument.h"
#include "core/io/JurorSession.h"
#include "core/model/UtcTime.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace palmares;
using namespace palmares::test;

namespace {

int fromEnvironment(const char* name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

// Starts palmares-cli with `args` in `folder`, kills it after `delayMs` (unless it ended
// before), and says whether it was killed.
bool killAfter(const QString& folder, const QStringList& args, int delayMs)
{
    QProcess process;
    prepareCli(process, folder);
    process.start(QString::fromUtf8(PALMARES_CLI), args);
    if (!process.waitForStarted(hangGuardMs))
        return false;
    const bool ended = process.waitForFinished(delayMs);
    if (!ended)
        process.kill();
    process.waitForFinished(hangGuardMs);
    return !ended;
}

// How long `args` takes to run to its end, in milliseconds.
int timeOf(const QString& folder, const QStringList& args, QString* why)
{
    QElapsedTimer clock;
    clock.start();
    const Run r = runCli(folder, args);
    if (!r.finished || r.exit != 0)
        *why = describe(args, r);
    return int(clock.elapsed());
}

// The candidates of the campaign at `path` once opened for writing (which rolls back what
// a killed writer left half-done and takes over its stale locks), or -1 with the reason.
int candidatesAfterRecovery(const QString& path, QString* why)
{
    auto doc = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, why);
    if (!doc)
        return -1;
    return int(doc->campaign().candidates.size());
}

QString integrity(const QString& path)
{
    CampaignFile file;
    if (!file.openForReading(path))
        return file.errorString();
    QSqlQuery q(QSqlDatabase::database(file.connectionName()));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("integrity_check did not run");
    return q.value(0).toString();
}

// The juror writer's changes: change `i` gives the (i mod candidates)-th candidate, on the
// (i / candidates mod criteria)-th criterion, a value on the jury's scale that depends on
// i, at `jurorStart` + i + 1 seconds: the save's time says how many changes it holds.
const QDateTime jurorStart = utcDateTime(QDate(2026, 6, 3), QTime(20, 0));
constexpr int jurorChanges = 100;

struct JurorChange {
    Id candidateId = 0;
    Id criterionId = 0;
    double value = 0;
    QDateTime at;
};

JurorChange jurorChange(const PackageContents& p, int i)
{
    const int candidates = int(p.candidates.size());
    const int criteria = int(p.criteria.size());
    const int steps = int((p.jury.scaleMax - p.jury.scaleMin) / p.jury.scaleStep) + 1;
    return {p.candidates[std::size_t(i % candidates)].id, p.criteria[std::size_t(i / candidates % criteria)].id,
            p.jury.scaleMin + p.jury.scaleStep * (i * 7 % steps), jurorStart.addSecs(i + 1)};
}

// The writer's side: opens the package, says "open" on its output, then makes the changes.
int jurorWriter(const QString& path, const QString& passphrase)
{
    PackageProblem problem = PackageProblem::None;
    QString error;
    auto session = JurorSession::open(path, passphrase, &problem, &error);
    if (!session) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    fputs("open\n", stdout);
    fflush(stdout);
    for (int i = 0; i < jurorChanges; ++i) {
        const JurorChange c = jurorChange(session->contents(), i);
        // A value already there saves nothing, and changes nothing.
        if (!session->setScore(c.candidateId, c.criterionId, c.value, c.at, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

// The scores the package holds after the first `n` changes of the writer, from `start`.
using Values = std::map<std::pair<Id, Id>, double>;

Values afterChanges(const PackageContents& start, int n)
{
    Values scores;
    for (const PackageScore& s : start.scores)
        scores[{s.candidateId, s.criterionId}] = s.value;
    for (int i = 0; i < n; ++i) {
        const JurorChange c = jurorChange(start, i);
        scores[{c.candidateId, c.criterionId}] = c.value;
    }
    return scores;
}

Values held(const PackageContents& p)
{
    return afterChanges(p, 0);
}

} // namespace

class TstFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aKilledImportLeavesTheCampaignWholeOrAsItWas();
    void aKilledDemoOverACampaignLeavesTheOldOrTheNew();
    void aKilledJurorSaveLeavesTheLastSave();

private:
    QTemporaryDir m_dir;
    int m_trials = 20;
    QRandomGenerator m_random;
    static constexpr int imported = 20000;
};

void TstFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_trials = fromEnvironment("PALMARES_FAULT_TRIALS", 20);
    m_random.seed(quint32(fromEnvironment("PALMARES_FAULT_SEED", 2026)));
    const Run r = runCli(m_dir.path(), {QStringLiteral("demo"), QStringLiteral("base.ami")});
    QVERIFY2(r.finished && r.exit == 0, qPrintable(r.err));
    // The demo is in deliberation; applications come in while a campaign is open.
    const Run open = runCli(m_dir.path(), {QStringLiteral("status"), QStringLiteral("base.ami"), QStringLiteral("open"),
                                           QStringLiteral("--reason"), QStringLiteral("fault trials")});
    QVERIFY2(open.finished && open.exit != 0, "the demo went back two steps at once");
    for (const char* step : {"scoring", "open"}) {
        const Run back =
            runCli(m_dir.path(), {QStringLiteral("status"), QStringLiteral("base.ami"), QString::fromLatin1(step),
                                  QStringLiteral("--reason"), QStringLiteral("fault trials")});
        QVERIFY2(back.finished && back.exit == 0, qPrintable(back.err));
    }
    QByteArray rows("Raison sociale;Surface demandée (m²)\n");
    for (int i = 1; i <= imported; ++i)
        rows += "Atelier " + QByteArray::number(i) + " de la base;" + QByteArray::number(50 + i % 900) + "\n";
    QVERIFY(writeBytes(m_dir.filePath(QStringLiteral("rows.csv")), rows));
    qInfo("%d trials of each kind", m_trials);
}

void TstFaults::aKilledImportLeavesTheCampaignWholeOrAsItWas()
{
    const QString path = m_dir.filePath(QStringLiteral("c.ami"));
    const QStringList args{QStringLiteral("import"), QStringLiteral("c.ami"), QStringLiteral("--kind"),
                           QStringLiteral("candidates"), QStringLiteral("rows.csv")};
    QString why;
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("base.ami")), path));
    const int full = timeOf(m_dir.path(), args, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QStringList files = listing(m_dir.path());
    int none = 0, all = 0, killed = 0, hot = 0;
    for (int trial = 0; trial < m_trials; ++trial) {
        QVERIFY(QFile::remove(path) && QFile::copy(m_dir.filePath(QStringLiteral("base.ami")), path));
        const int delay = m_random.bounded(full + full / 5 + 1);
        killed += killAfter(m_dir.path(), args, delay) ? 1 : 0;
        // Killed while it was changing the file: reading it says so plainly, and writes nothing.
        if (const QFileInfo journal(path + QStringLiteral("-journal")); journal.exists() && journal.size() > 0) {
            QString reading;
            if (!CampaignFile::read(path, &reading))
                QVERIFY2(reading.contains(QStringLiteral("half-written")), qPrintable(reading));
            ++hot;
        }
        const int candidates = candidatesAfterRecovery(path, &why);
        const QString problem = integrity(path);
        QVERIFY2(problem == QLatin1String("ok"), qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(problem)));
        QVERIFY2(candidates == 60 || candidates == 60 + imported,
                 qPrintable(QStringLiteral("trial %1, killed after %2 ms: %3 candidates %4")
                                .arg(trial)
                                .arg(delay)
                                .arg(candidates)
                                .arg(why)));
        (candidates == 60 ? none : all) += 1;
        QVERIFY2(listing(m_dir.path()) == files, qPrintable(listing(m_dir.path()).join(QStringLiteral(", ")) +
                                                            QStringLiteral(" / ") + files.join(QStringLiteral(", "))));
        const QString identity = CampaignDocument::identityLockPath(path);
        QVERIFY2(!QFileInfo::exists(identity), qPrintable(identity));
    }
    qInfo("import killed %d times of %d (%d while changing the file): %d left nothing in, %d everything", killed,
          m_trials, hot, none, all);
}

void TstFaults::aKilledDemoOverACampaignLeavesTheOldOrTheNew()
{
    const QString path = m_dir.filePath(QStringLiteral("x.ami"));
    const QStringList make{QStringLiteral("new"), QStringLiteral("x.ami"), QStringLiteral("--force")};
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("x.ami"), QStringLiteral("--force")};
    QString why;
    const int full = timeOf(m_dir.path(), demo, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    int old = 0, fresh = 0, killed = 0;
    for (int trial = 0; trial < m_trials; ++trial) {
        timeOf(m_dir.path(), make, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const int delay = m_random.bounded(full + full / 5 + 1);
        killed += killAfter(m_dir.path(), demo, delay) ? 1 : 0;
        const QString problem = integrity(path);
        QVERIFY2(problem == QLatin1String("ok"), qPrintable(QStringLiteral("trial %1: %2").arg(trial).arg(problem)));
        const std::optional<Campaign> c = CampaignFile::read(path, &why);
        QVERIFY2(c.has_value(), qPrintable(why));
        QVERIFY2(c->candidates.empty() || c->candidates.size() == 60,
                 qPrintable(QStringLiteral("trial %1: %2 candidates").arg(trial).arg(c->candidates.size())));
        (c->candidates.empty() ? old : fresh) += 1;
    }
    // What the killed writers left, the next write to the file removes.
    timeOf(m_dir.path(), demo, &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    const QStringList left = listing(m_dir.path()).filter(QStringLiteral(".x.ami."));
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
    qInfo("demo --force killed %d times of %d: %d kept the old campaign, %d the new one", killed, m_trials, old, fresh);
}

void TstFaults::aKilledJurorSaveLeavesTheLastSave()
{
    const Run demo = runCli(m_dir.path(), {QStringLiteral("demo"), QStringLiteral("j.ami")});
    QVERIFY2(demo.finished && demo.exit == 0, qPrintable(demo.err));
    const QString folder = m_dir.filePath(QStringLiteral("cle"));
    const Run exported = runCli(m_dir.path(), {QStringLiteral("export-packages"), QStringLiteral("j.ami"),
                                               QStringLiteral("cle"), QStringLiteral("--juror"), QStringLiteral("1")});
    QVERIFY2(exported.finished && exported.exit == 0, qPrintable(exported.err));
    QString why;
    const std::optional<Campaign> c = CampaignFile::read(m_dir.filePath(QStringLiteral("j.ami")), &why);
    QVERIFY2(c, qPrintable(why));
    QVERIFY(packageOf(*c, 1));
    const QString passphrase = packageOf(*c, 1)->passphrase;
    const QStringList packages = QDir(folder).entryList({QStringLiteral("*.palmjury")}, QDir::Files);
    QCOMPARE(packages.size(), 1);
    const QString path = QDir(folder).filePath(packages.front());
    const QByteArray exportedBytes = readBytes(path);
    PackageProblem problem = PackageProblem::None;
    const auto start = JurorSession::open(path, passphrase, &problem, &why);
    QVERIFY2(start, qPrintable(why));
    const PackageContents original = start->contents();
    const QStringList files = listing(folder);

    // The writer started; "open" once it has the key; killed at a random moment of its saves.
    const auto runWriter = [&](int delayMs, bool* killed) {
        QProcess writer;
        prepareCli(writer, folder);
        writer.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--juror-writer"), path, passphrase});
        if (!writer.waitForStarted(hangGuardMs) || !writer.waitForReadyRead(hangGuardMs))
            return QStringLiteral("the writer did not open the package: ") +
                   QString::fromUtf8(writer.readAllStandardError());
        QElapsedTimer clock;
        clock.start();
        *killed = !writer.waitForFinished(delayMs);
        if (*killed)
            writer.kill();
        writer.waitForFinished(hangGuardMs);
        if (!*killed && (writer.exitStatus() != QProcess::NormalExit || writer.exitCode() != 0))
            return QStringLiteral("the writer failed: ") + QString::fromUtf8(writer.readAllStandardError());
        return delayMs < 0 ? QString::number(clock.elapsed()) : QString();
    };
    bool killed = false;
    const QString full = runWriter(-1, &killed);
    bool timed = false;
    const int fullMs = full.toInt(&timed);
    QVERIFY2(timed, qPrintable(full));
    int kills = 0, untouched = 0, complete = 0, leftovers = 0;
    for (int trial = 0; trial < m_trials; ++trial) {
        QVERIFY(writeBytes(path, exportedBytes));
        const int delay = m_random.bounded(fullMs + fullMs / 5 + 1);
        const QString failed = runWriter(delay, &killed);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        kills += killed ? 1 : 0;
        const auto after = JurorSession::open(path, passphrase, &problem, &why);
        QVERIFY2(after, qPrintable(QStringLiteral("trial %1, killed after %2 ms: %3").arg(trial).arg(delay).arg(why)));
        const QDateTime saved = after->contents().savedAt;
        const int n = saved == original.savedAt ? 0 : int(jurorStart.secsTo(saved));
        QVERIFY2(n >= 0 && n <= jurorChanges, qPrintable(saved.toString(Qt::ISODate)));
        QVERIFY2(held(after->contents()) == afterChanges(original, n),
                 qPrintable(QStringLiteral("trial %1: the package saved at change %2 does not hold its changes")
                                .arg(trial)
                                .arg(n)));
        untouched += n == 0 ? 1 : 0;
        complete += n == jurorChanges ? 1 : 0;
        // Killed while it wrote, the writer left its staged file: sealed bytes, nothing in the
        // clear; the next save removes it.
        const QStringList left = listing(folder);
        if (left != files) {
            ++leftovers;
            for (const QString& name : left) {
                if (files.contains(name))
                    continue;
                QVERIFY2(name.startsWith(QLatin1Char('.') + packages.front()) && name.endsWith(QStringLiteral(".part")),
                         qPrintable(name));
                const QByteArray bytes = readBytes(QDir(folder).filePath(name));
                for (const Candidate& k : original.candidates)
                    QVERIFY2(!bytes.contains(k.name.toUtf8()), qPrintable(name + QStringLiteral(": ") + k.name));
            }
            const JurorChange next = jurorChange(original, jurorChanges);
            QVERIFY2(after->setScore(next.candidateId, next.criterionId, original.jury.scaleMin, next.at, &why) &&
                         after->setScore(next.candidateId, next.criterionId, original.jury.scaleMax, next.at, &why),
                     qPrintable(why));
            QVERIFY2(listing(folder) == files, qPrintable(listing(folder).join(QStringLiteral(", "))));
        }
    }
    qInfo("juror's autosave (%d changes in %d ms) killed %d times of %d: %d before the first save, %d after the "
          "last; %d left a staged file, removed by the next save",
          jurorChanges, fullMs, kills, m_trials, untouched, complete, leftovers);
}

int main(int argc, char** argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--juror-writer") == 0) {
        QCoreApplication app(argc, argv);
        return jurorWriter(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TstFaults test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_faults.moc"
