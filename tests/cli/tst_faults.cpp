// SPDX-License-Identifier: GPL-3.0-or-later
// palmares-cli killed (SIGKILL) at seeded random moments while it writes: during a large
// import, and during `demo --force` over an existing campaign. After each kill the campaign
// opens, passes SQLite's integrity check and holds either everything or nothing of the
// write; once it is opened again, nothing is left beside it (journal, locks, staged files).
// PALMARES_FAULT_TRIALS sets the number of trials of each kind (20 by default, 100 in
// scripts/faults.sh), PALMARES_FAULT_SEED the seed.
#include "core/edit/CampaignDocument.h"
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

} // namespace

class TstFaults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aKilledImportLeavesTheCampaignWholeOrAsItWas();
    void aKilledDemoOverACampaignLeavesTheOldOrTheNew();

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

QTEST_GUILESS_MAIN(TstFaults)
#include "tst_faults.moc"
