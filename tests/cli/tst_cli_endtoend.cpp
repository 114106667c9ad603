// SPDX-License-Identifier: GPL-3.0-or-later
// The built palmares-cli, run as a script runs it: its JSON says exactly what the engine
// computes in-process on the same file, the same seed gives the same output, and a bad
// file gets one line on stderr, a non-zero exit code and no change.
#include "core/engine/Evaluation.h"
#include "core/storage/CampaignFile.h"
#include "core/storage/Schema.h"
#include "tests/support/TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace palmares;

namespace {

using palmares::test::fingerprint;
using palmares::test::listing;
using palmares::test::parseObject;

struct Run {
    int exit = -1;
    bool finished = false;
    QString out;
    QString err;
};

// A hang guard only: a run that never ends fails instead of blocking the suite.
constexpr int hangGuardMs = 240000;

Run runCli(const QString& folder, const QStringList& args)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(PALMARES_CLI), args);
    Run r;
    r.finished = process.waitForFinished(hangGuardMs) && process.exitStatus() == QProcess::NormalExit;
    r.exit = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString describe(const QStringList& args, const Run& r)
{
    return QStringLiteral("palmares-cli %1: exit %2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(args.join(QLatin1Char(' ')))
        .arg(r.exit)
        .arg(r.out.left(500), r.err);
}

bool nearly(double a, double b)
{
    return std::fabs(a - b) <= 1e-6;
}

} // namespace

class TstCliEndToEnd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void rankAndSelectAgreeWithTheEngineInProcess();
    void sameSeedTwiceGivesIdenticalSelections();
    void selectAsCsvStartsWithItsHeader();
    void badFileFailsWithOneLineAndStaysUnchanged_data();
    void badFileFailsWithOneLineAndStaysUnchanged();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TstCliEndToEnd::initTestCase()
{
    QVERIFY2(QFileInfo(QString::fromUtf8(PALMARES_CLI)).isExecutable(), PALMARES_CLI);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("d.ami"));
    const QStringList args{QStringLiteral("demo"), QStringLiteral("d.ami")};
    const Run r = runCli(m_dir.path(), args);
    QVERIFY2(r.finished && r.exit == 0 && r.err.isEmpty(), qPrintable(describe(args, r)));
    QVERIFY(QFile::exists(m_demo));
}

void TstCliEndToEnd::rankAndSelectAgreeWithTheEngineInProcess()
{
    const QStringList rankArgs{QStringLiteral("rank"), QStringLiteral("d.ami"), QStringLiteral("--format"),
                               QStringLiteral("json")};
    const Run rank = runCli(m_dir.path(), rankArgs);
    QVERIFY2(rank.finished && rank.exit == 0 && rank.err.isEmpty(), qPrintable(describe(rankArgs, rank)));
    const QStringList selectArgs{QStringLiteral("select"), QStringLiteral("d.ami"), QStringLiteral("--format"),
                                 QStringLiteral("json")};
    const Run select = runCli(m_dir.path(), selectArgs);
    QVERIFY2(select.finished && select.exit == 0 && select.err.isEmpty(), qPrintable(describe(selectArgs, select)));

    QString error;
    const QJsonObject ranking = parseObject(rank.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject selection = parseObject(select.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The same file, through the engine in this process.
    CampaignFile file;
    QVERIFY2(file.open(m_demo), qPrintable(file.errorString()));
    const std::optional<Campaign> campaign = file.load();
    QVERIFY2(campaign.has_value(), qPrintable(file.errorString()));
    file.close();
    const Evaluation e = evaluate(*campaign, false);

    const QJsonArray candidates = ranking.value(QStringLiteral("candidates")).toArray();
    QCOMPARE(candidates.size(), qsizetype(e.ranking.entries.size()));
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QJsonObject k = candidates.at(i).toObject();
        const RankEntry& entry = e.ranking.entries[size_t(i)];
        const Candidate& expected = campaign->candidates[size_t(entry.candidate)];
        const CandidateScore& cs = e.scores.candidates[size_t(entry.candidate)];
        QVERIFY2(k.value(QStringLiteral("candidate_id")).toInteger() == expected.id,
                 qPrintable(QStringLiteral("position %1: the CLI ranks %2, the engine %3")
                                .arg(i + 1)
                                .arg(k.value(QStringLiteral("name")).toString(), expected.name)));
        QCOMPARE(k.value(QStringLiteral("rank")).toInt(), entry.rank);
        if (cs.hasFinal) {
            const double final = k.value(QStringLiteral("final")).toDouble();
            QVERIFY2(nearly(final, cs.final),
                     qPrintable(QStringLiteral("%1: final %2 vs %3").arg(expected.name).arg(final).arg(cs.final)));
        } else {
            QVERIFY2(k.value(QStringLiteral("final")).isNull(), qPrintable(expected.name));
        }
    }

    const QJsonArray laureates = selection.value(QStringLiteral("laureates")).toArray();
    QCOMPARE(laureates.size(), qsizetype(e.greedy.laureates.size()));
    for (qsizetype i = 0; i < laureates.size(); ++i) {
        const Candidate& expected = campaign->candidates[size_t(e.greedy.laureates[size_t(i)].candidate)];
        QVERIFY2(laureates.at(i).toObject().value(QStringLiteral("candidate_id")).toInteger() == expected.id,
                 qPrintable(QStringLiteral("laureate %1 should be %2").arg(i + 1).arg(expected.name)));
    }
    const double fill = selection.value(QStringLiteral("fill_pct")).toDouble();
    QVERIFY2(nearly(fill, e.greedy.fillPct),
             qPrintable(QStringLiteral("fill %1 vs %2").arg(fill).arg(e.greedy.fillPct)));
    QVERIFY(nearly(selection.value(QStringLiteral("capacity_m2")).toDouble(), e.greedy.capacity));
    QCOMPARE(selection.value(QStringLiteral("waiting_list")).toArray().size(), qsizetype(e.greedy.waitingList.size()));
    // The demo's outcome is the real case's: about 24 laureates, about 80 % of the site.
    QVERIFY2(laureates.size() >= 20 && laureates.size() <= 30, qPrintable(QString::number(laureates.size())));
    QVERIFY2(fill >= 75 && fill <= 80, qPrintable(QString::number(fill)));
}

void TstCliEndToEnd::sameSeedTwiceGivesIdenticalSelections()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char* name : {"a.ami", "b.ami"}) {
        const QStringList args{QStringLiteral("demo"), QString::fromLatin1(name), QStringLiteral("--seed"),
                               QStringLiteral("42")};
        const Run r = runCli(dir.path(), args);
        QVERIFY2(r.finished && r.exit == 0, qPrintable(describe(args, r)));
    }
    for (const char* format : {"json", "csv", "table"}) {
        QStringList args{QStringLiteral("select"), QStringLiteral("a.ami"), QStringLiteral("--format"),
                         QString::fromLatin1(format)};
        const Run a = runCli(dir.path(), args);
        QVERIFY2(a.finished && a.exit == 0, qPrintable(describe(args, a)));
        args[1] = QStringLiteral("b.ami");
        const Run b = runCli(dir.path(), args);
        QVERIFY2(b.finished && b.exit == 0, qPrintable(describe(args, b)));
        QVERIFY2(!a.out.isEmpty(), format);
        QVERIFY2(a.out == b.out,
                 qPrintable(
                     QStringLiteral("select --format %1 differs for the same seed").arg(QString::fromLatin1(format))));
    }
    const QStringList other{QStringLiteral("demo"), QStringLiteral("c.ami"), QStringLiteral("--seed"),
                            QStringLiteral("43")};
    QVERIFY(runCli(dir.path(), other).exit == 0);
    const QStringList selectA{QStringLiteral("select"), QStringLiteral("a.ami"), QStringLiteral("--format"),
                              QStringLiteral("json")};
    const QStringList selectC{QStringLiteral("select"), QStringLiteral("c.ami"), QStringLiteral("--format"),
                              QStringLiteral("json")};
    QVERIFY2(runCli(dir.path(), selectA).out != runCli(dir.path(), selectC).out, "seeds 42 and 43 select the same");
}

void TstCliEndToEnd::selectAsCsvStartsWithItsHeader()
{
    const QStringList args{QStringLiteral("select"), QStringLiteral("d.ami"), QStringLiteral("--format"),
                           QStringLiteral("csv")};
    const Run r = runCli(m_dir.path(), args);
    QVERIFY2(r.finished && r.exit == 0 && r.err.isEmpty(), qPrintable(describe(args, r)));
    QVERIFY2(r.out.startsWith(QStringLiteral("rank;candidate;")), qPrintable(r.out.left(200)));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() > 20, qPrintable(QString::number(lines.size())));
    QVERIFY2(lines[1].contains(QStringLiteral(";laureate;")), qPrintable(lines[1]));
}

void TstCliEndToEnd::badFileFailsWithOneLineAndStaysUnchanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("a garbage file") << QStringLiteral("garbage");
    QTest::newRow("a campaign truncated to half its size") << QStringLiteral("truncated");
    QTest::newRow("a campaign from a newer version") << QStringLiteral("newer");
}

void TstCliEndToEnd::badFileFailsWithOneLineAndStaysUnchanged()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bad.ami"));
    if (kind == QLatin1String("garbage")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(QByteArrayLiteral("Ceci n'est pas une campagne.\n").repeated(50)) > 0);
    } else if (kind == QLatin1String("truncated")) {
        QFile source(m_demo);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(bytes.left(bytes.size() / 2)) == bytes.size() / 2);
    } else {
        QVERIFY(QFile::copy(m_demo, path));
        const QString connection = QStringLiteral("tst_cli_endtoend-newer");
        QString why;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            if (!db.open()) {
                why = db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(schema::currentVersion + 1)))
                    why = q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }
    const QStringList before = listing(dir.path());
    QCOMPARE(before, QStringList{QStringLiteral("bad.ami")});
    const QByteArray print = fingerprint(path);

    const QList<QStringList> commands{
        {QStringLiteral("rank"), QStringLiteral("bad.ami"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("select"), QStringLiteral("bad.ami"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("info"), QStringLiteral("bad.ami")}};
    for (const QStringList& args : commands) {
        const Run r = runCli(dir.path(), args);
        QVERIFY2(r.finished, qPrintable(describe(args, r)));
        QVERIFY2(r.exit != 0, qPrintable(describe(args, r)));
        QVERIFY2(r.err.startsWith(QStringLiteral("palmares-cli: ")) && r.err.endsWith(QLatin1Char('\n')) &&
                     r.err.count(QLatin1Char('\n')) == 1,
                 qPrintable(QStringLiteral("not one line on stderr: ") + describe(args, r)));
        QVERIFY2(r.err.contains(QStringLiteral("bad.ami")), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(args, r)));
        QVERIFY2(fingerprint(path) == print, qPrintable(args.first() + QStringLiteral(" changed the file")));
        QCOMPARE(listing(dir.path()), before);
    }
}

QTEST_GUILESS_MAIN(TstCliEndToEnd)
#include "tst_cli_endtoend.moc"
