// SPDX-License-Identifier: GPL-3.0-or-later
// The built palmares-cli, run as a script runs it: its JSON says exactly what the engine
// computes in-process on the same file, the same seed gives the same output, and a bad
// file gets one line on stderr, a non-zero exit code and no change. `import` and `template`
// read and write real spreadsheets: the rows rejected, the exit codes and the files left.
#include "core/engine/Evaluation.h"
#include "core/storage/CampaignFile.h"
#include "core/storage/Schema.h"
#include "tests/support/CliRun.h"
#include "tests/support/FailingDevice.h"
#include "tests/support/TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <utility>

using namespace palmares;

namespace {

using palmares::test::fingerprint;
using palmares::test::listing;
using palmares::test::parseObject;
using palmares::test::writeBytes;

using palmares::test::describe;
using palmares::test::Run;
using palmares::test::runCli;

bool nearly(double a, double b)
{
    return std::fabs(a - b) <= 1e-6;
}

QString fixture(const char* name)
{
    return QStringLiteral(PALMARES_TEST_DATA "/import/") + QString::fromLatin1(name);
}

// An empty campaign made by `palmares-cli new`: the default pillars, criteria and juries.
bool newCampaign(const QString& folder, const QString& name, QString* why)
{
    const QStringList args{QStringLiteral("new"), name};
    const Run r = runCli(folder, args);
    if (r.finished && r.exit == 0)
        return true;
    *why = describe(args, r);
    return false;
}

QStringList importArgs(const QString& campaign, const char* kind, const QString& source, const QStringList& more = {})
{
    return QStringList{QStringLiteral("import"), campaign, QStringLiteral("--kind"), QString::fromLatin1(kind),
                       source} +
           more;
}

// What `info --format json` says of `campaign`; an empty object when it fails.
QJsonObject summaryOf(const QString& folder, const QString& campaign)
{
    const Run r =
        runCli(folder, {QStringLiteral("info"), campaign, QStringLiteral("--format"), QStringLiteral("json")});
    QString why;
    const QJsonObject summary = parseObject(r.out, &why);
    return r.finished && r.exit == 0 && why.isEmpty() ? summary : QJsonObject();
}

} // namespace

class TstCliEndToEnd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void rankAndSelectAgreeWithTheEngineInProcess();
    void sameSeedTwiceGivesIdenticalSelections();
    void theDemoIsInTheLanguageAskedFor();
    void selectAsCsvStartsWithItsHeader();
    void badFileFailsWithOneLineAndStaysUnchanged_data();
    void badFileFailsWithOneLineAndStaysUnchanged();

    void importCandidatesFromEachFormat_data();
    void importCandidatesFromEachFormat();
    void dryRunWritesNothing();
    void theJournalListsTheImportWithItsFile();
    void anImportOnAFullDiskSaysNothingWasImported();
    void lookingAtACampaignOfAnEarlierVersionChangesNothing();
    void rejectedRowsGiveExitOneAndStrictWritesNothing();
    void mappingFileIsUsed();
    void importScores();
    void anImportIntoAClosedCampaignIsRefused();
    void usageErrors();
    void templates();

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

// Defect: a demo made from a shell without a French locale read « Total (Expert jury) » in
// the French UI. The demo is French unless English is asked for, whatever the shell says.
void TstCliEndToEnd::theDemoIsInTheLanguageAskedFor()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::pair<QStringList, QString> runs[] = {
        {{QStringLiteral("demo"), QStringLiteral("fr.ami")}, QStringLiteral("Jury d'experts")},
        {{QStringLiteral("demo"), QStringLiteral("en.ami"), QStringLiteral("--language"), QStringLiteral("en")},
         QStringLiteral("Expert jury")}};
    for (const auto& [args, jury] : runs) {
        const Run r = runCli(dir.path(), args);
        QVERIFY2(r.finished && r.exit == 0, qPrintable(describe(args, r)));
        QString why;
        const auto campaign = CampaignFile::read(dir.filePath(args.at(1)), &why);
        QVERIFY2(campaign, qPrintable(why));
        QCOMPARE(campaign->juries.front().name, jury);
    }
    const QStringList german{QStringLiteral("demo"), QStringLiteral("de.ami"), QStringLiteral("--language"),
                             QStringLiteral("de")};
    const Run r = runCli(dir.path(), german);
    QVERIFY2(r.finished && r.exit == 2 && r.err.contains(QStringLiteral("--language")),
             qPrintable(describe(german, r)));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("de.ami"))));
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

void TstCliEndToEnd::importCandidatesFromEachFormat_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("xlsx") << fixture("candidats.xlsx");
    QTest::newRow("ods") << fixture("candidats.ods");
    QTest::newRow("csv in Windows-1252") << fixture("candidats-fr.csv");
}

void TstCliEndToEnd::importCandidatesFromEachFormat()
{
    QFETCH(QString, source);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString why;
    QVERIFY2(newCampaign(dir.path(), QStringLiteral("c.ami"), &why), qPrintable(why));

    const QStringList args = importArgs(QStringLiteral("c.ami"), "candidates", source);
    const Run r = runCli(dir.path(), args);
    QVERIFY2(r.finished && r.exit == 0 && r.err.isEmpty(), qPrintable(describe(args, r)));
    QVERIFY2(r.out.contains(QStringLiteral("7 new")) && r.out.contains(QStringLiteral("0 rejected")) &&
                 r.out.contains(QStringLiteral("Imported into c.ami.")),
             qPrintable(describe(args, r)));
    // The company still being created has no SIRET: a warning, not a rejection.
    QVERIFY2(r.out.count(QStringLiteral("warning: ")) == 1 && r.out.contains(QStringLiteral("warning: row 8, SIRET")) &&
                 !r.out.contains(QStringLiteral("error: ")),
             qPrintable(describe(args, r)));

    const QJsonObject summary = summaryOf(dir.path(), QStringLiteral("c.ami"));
    QCOMPARE(summary.value(QStringLiteral("candidates")).toInt(-1), 7);
    const double requested = summary.value(QStringLiteral("requested_m2")).toDouble();
    // 420,5 read as 420.5; the 2,000 m² of open land do not count towards the fill by default.
    QVERIFY2(nearly(requested, 2720.5), qPrintable(QString::number(requested)));

    // The same file again: every row is already there.
    const QByteArray print = fingerprint(dir.filePath(QStringLiteral("c.ami")));
    const Run again = runCli(dir.path(), args);
    QVERIFY2(again.finished && again.exit == 0, qPrintable(describe(args, again)));
    QVERIFY2(again.out.contains(QStringLiteral("0 new")) &&
                 again.out.contains(QStringLiteral("7 skipped (already there)")) &&
                 again.out.contains(QStringLiteral("Nothing to import.")),
             qPrintable(describe(args, again)));
    QVERIFY(fingerprint(dir.filePath(QStringLiteral("c.ami"))) == print);
    QCOMPARE(summaryOf(dir.path(), QStringLiteral("c.ami")).value(QStringLiteral("candidates")).toInt(-1), 7);
}

void TstCliEndToEnd::dryRunWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString why;
    QVERIFY2(newCampaign(dir.path(), QStringLiteral("c.ami"), &why), qPrintable(why));
    const QString path = dir.filePath(QStringLiteral("c.ami"));
    const QByteArray print = fingerprint(path);

    const QStringList args =
        importArgs(QStringLiteral("c.ami"), "candidates", fixture("candidats.xlsx"), {QStringLiteral("--dry-run")});
    const Run r = runCli(dir.path(), args);
    QVERIFY2(r.finished && r.exit == 0 && r.err.isEmpty(), qPrintable(describe(args, r)));
    QVERIFY2(r.out.contains(QStringLiteral("7 new")) &&
                 r.out.contains(QStringLiteral("Dry run: nothing was written.")) &&
                 !r.out.contains(QStringLiteral("Imported into")),
             qPrintable(describe(args, r)));
    QVERIFY2(fingerprint(path) == print, "a dry run changed the campaign");
    QCOMPARE(summaryOf(dir.path(), QStringLiteral("c.ami")).value(QStringLiteral("candidates")).toInt(-1), 0);
}

void TstCliEndToEnd::theJournalListsTheImportWithItsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString why;
    QVERIFY2(newCampaign(dir.path(), QStringLiteral("c.ami"), &why), qPrintable(why));
    const QStringList import = importArgs(QStringLiteral("c.ami"), "candidates", fixture("candidats.xlsx"));
    Run r = runCli(dir.path(), import);
    QVERIFY2(r.finished && r.exit == 0, qPrintable(describe(import, r)));

    const QStringList json{QStringLiteral("journal"), QStringLiteral("c.ami"), QStringLiteral("--format"),
                           QStringLiteral("json")};
    r = runCli(dir.path(), json);
    QVERIFY2(r.finished && r.exit == 0 && r.err.isEmpty(), qPrintable(describe(json, r)));
    const QJsonArray entries = parseObject(r.out, &why).value(QStringLiteral("journal")).toArray();
    QVERIFY2(why.isEmpty() && entries.size() == 2, qPrintable(describe(json, r)));
    const QJsonObject imported = entries.at(1).toObject();
    QCOMPARE(imported.value(QStringLiteral("action")).toString(), QStringLiteral("import"));
    QCOMPARE(imported.value(QStringLiteral("table")).toString(), QStringLiteral("candidates"));
    QVERIFY2(imported.value(QStringLiteral("details")).toString().contains(QStringLiteral("candidats.xlsx")),
             qPrintable(r.out));
    QVERIFY(!imported.contains(QStringLiteral("candidate"))); // seven of them: none named
    QVERIFY(!imported.value(QStringLiteral("actor")).toString().isEmpty());

    const QStringList csv{QStringLiteral("journal"), QStringLiteral("c.ami"), QStringLiteral("--format"),
                          QStringLiteral("csv")};
    r = runCli(dir.path(), csv);
    QVERIFY2(r.finished && r.exit == 0, qPrintable(describe(csv, r)));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 3);
    QVERIFY(r.out.startsWith(QStringLiteral("When;Who;What;Part;Candidate;Juror;Details")));

    const QStringList missing{QStringLiteral("journal"), QStringLiteral("none.ami")};
    r = runCli(dir.path(), missing);
    QVERIFY2(r.finished && r.exit == 1 && r.err.contains(QStringLiteral("none.ami")), qPrintable(describe(missing, r)));
}

void TstCliEndToEnd::anImportOnAFullDiskSaysNothingWasImported()
{
    // The counts of an import say what was written: on a full disk (the CLI runs under a
    // file-size limit a few pages above the campaign's size, which the import outgrows), no
    // count, an error, and the campaign as it was, nothing beside it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString why;
    QVERIFY2(newCampaign(dir.path(), QStringLiteral("c.ami"), &why), qPrintable(why));
    QByteArray rows("Raison sociale;Surface demandée (m²)\n");
    for (int i = 1; i <= 20000; ++i)
        rows += "Entreprise " + QByteArray::number(i) + " de la zone;" + QByteArray::number(100 + i) + "\n";
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("rows.csv")), rows));
    const QString path = dir.filePath(QStringLiteral("c.ami"));
    const QJsonObject before = summaryOf(dir.path(), QStringLiteral("c.ami"));
    const QStringList args = importArgs(QStringLiteral("c.ami"), "candidates", QStringLiteral("rows.csv"));
    Run r;
    {
        const test::FileSizeLimit full{rlim_t(QFileInfo(path).size() + 8192)};
        r = runCli(dir.path(), args);
    }
    QVERIFY2(r.finished && r.exit != 0, qPrintable(describe(args, r)));
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported")), qPrintable(describe(args, r)));
    QVERIFY2(!r.out.contains(QStringLiteral("new")) && !r.out.contains(QStringLiteral("Imported into")),
             qPrintable(describe(args, r)));
    // The rollback leaves pages that were free with other bytes: the rows are compared.
    QCOMPARE(listing(dir.path()), (QStringList{QStringLiteral("c.ami"), QStringLiteral("rows.csv")}));
    QCOMPARE(summaryOf(dir.path(), QStringLiteral("c.ami")), before);
    QCOMPARE(before.value(QStringLiteral("candidates")).toInt(-1), 0);
}

void TstCliEndToEnd::lookingAtACampaignOfAnEarlierVersionChangesNothing()
{
    // info, rank, select and a dry-run import read an older file upgraded in memory: the
    // file keeps its bytes, no backup is made, nothing appears beside it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.ami"));
    QVERIFY(QFile::copy(QStringLiteral(PALMARES_TEST_DATA "/campaign-v2.ami"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("rows.csv")), "Raison sociale;Surface demandée (m²)\nA;10\n"));
    const QByteArray print = fingerprint(path);
    const QStringList before = listing(dir.path());
    const QList<QStringList> commands{
        {QStringLiteral("info"), QStringLiteral("old.ami")},
        {QStringLiteral("rank"), QStringLiteral("old.ami"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("select"), QStringLiteral("old.ami")},
        importArgs(QStringLiteral("old.ami"), "candidates", QStringLiteral("rows.csv"), {QStringLiteral("--dry-run")}),
    };
    for (const QStringList& args : commands) {
        const Run r = runCli(dir.path(), args);
        QVERIFY2(r.finished && r.exit == 0, qPrintable(describe(args, r)));
        QVERIFY2(fingerprint(path) == print, qPrintable(args.first() + QStringLiteral(" changed the file")));
        QCOMPARE(listing(dir.path()), before);
    }
}

void TstCliEndToEnd::rejectedRowsGiveExitOneAndStrictWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Line 2 is valid; line 3 has a SIRET of three digits, line 4 a surface that is no number.
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("rows.csv")),
                       QByteArrayLiteral("Raison sociale;SIRET;Surface demandée (m²)\n"
                                         "Atelier A;81234567800013;100\n"
                                         "Atelier B;123;50\n"
                                         "Atelier C;44219801200027;abc\n")));
    QString why;
    QVERIFY2(newCampaign(dir.path(), QStringLiteral("a.ami"), &why), qPrintable(why));
    QVERIFY2(newCampaign(dir.path(), QStringLiteral("b.ami"), &why), qPrintable(why));

    // Without --strict the valid row goes in, and the exit code still says rows were rejected.
    const QStringList args = importArgs(QStringLiteral("a.ami"), "candidates", QStringLiteral("rows.csv"));
    const Run r = runCli(dir.path(), args);
    QVERIFY2(r.finished && r.exit == 1 && r.err.isEmpty(), qPrintable(describe(args, r)));
    QVERIFY2(r.out.contains(QStringLiteral("error: row 3, SIRET \"123\": ")) &&
                 r.out.contains(QStringLiteral("error: row 4, Surface demandée (m²) \"abc\": ")) &&
                 r.out.count(QStringLiteral("error: ")) == 2 && !r.out.contains(QStringLiteral("warning: ")),
             qPrintable(describe(args, r)));
    QVERIFY2(r.out.contains(QStringLiteral("1 new")) && r.out.contains(QStringLiteral("2 rejected")) &&
                 r.out.contains(QStringLiteral("Imported into a.ami.")),
             qPrintable(describe(args, r)));
    QCOMPARE(summaryOf(dir.path(), QStringLiteral("a.ami")).value(QStringLiteral("candidates")).toInt(-1), 1);

    // With --strict nothing goes in; the report lists both problems.
    const QString path = dir.filePath(QStringLiteral("b.ami"));
    const QByteArray print = fingerprint(path);
    const QStringList strictArgs =
        importArgs(QStringLiteral("b.ami"), "candidates", QStringLiteral("rows.csv"),
                   {QStringLiteral("--strict"), QStringLiteral("--report"), QStringLiteral("report.csv")});
    const Run strict = runCli(dir.path(), strictArgs);
    QVERIFY2(strict.finished && strict.exit == 1 && strict.err.isEmpty(), qPrintable(describe(strictArgs, strict)));
    QVERIFY2(strict.out.contains(QStringLiteral("Nothing was imported")) &&
                 !strict.out.contains(QStringLiteral("Imported into")),
             qPrintable(describe(strictArgs, strict)));
    QVERIFY2(fingerprint(path) == print, "--strict changed the campaign");

    QFile report(dir.filePath(QStringLiteral("report.csv")));
    QVERIFY2(report.open(QIODevice::ReadOnly), qPrintable(report.errorString()));
    const QByteArray bytes = report.readAll();
    QVERIFY2(bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF")), bytes.left(20).toHex().constData());
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 3, qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines[1].contains(QStringLiteral(";3;SIRET;123;error;")), qPrintable(lines[1]));
    QVERIFY2(lines[2].contains(QStringLiteral(";4;Surface demandée (m²);abc;error;")), qPrintable(lines[2]));
}

void TstCliEndToEnd::mappingFileIsUsed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(
        writeBytes(dir.filePath(QStringLiteral("rows.csv")), QByteArrayLiteral("Col A;Col B\nAtelier du Port;75\n")));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("mapping.json")),
                       QByteArrayLiteral(R"({"name": "Col A", "requested_surface": "Col B"})")));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("unknown.json")),
                       QByteArrayLiteral(R"({"name": "Col A", "requested_surface": "Col B", "colour": "Col A"})")));
    QString why;
    QVERIFY2(newCampaign(dir.path(), QStringLiteral("c.ami"), &why), qPrintable(why));
    const QString path = dir.filePath(QStringLiteral("c.ami"));
    const QByteArray print = fingerprint(path);

    // Neither header says what it holds.
    const QStringList guessed = importArgs(QStringLiteral("c.ami"), "candidates", QStringLiteral("rows.csv"));
    Run r = runCli(dir.path(), guessed);
    QVERIFY2(r.finished && r.exit == 1 && r.err.contains(QStringLiteral("no column found")),
             qPrintable(describe(guessed, r)));
    QVERIFY2(fingerprint(path) == print, "a failed import changed the campaign");

    const QStringList unknown = importArgs(QStringLiteral("c.ami"), "candidates", QStringLiteral("rows.csv"),
                                           {QStringLiteral("--mapping"), QStringLiteral("unknown.json")});
    r = runCli(dir.path(), unknown);
    QVERIFY2(r.finished && r.exit == 1 && r.err.contains(QStringLiteral("\"colour\"")),
             qPrintable(describe(unknown, r)));
    QVERIFY2(fingerprint(path) == print, "a failed import changed the campaign");

    const QStringList mapped = importArgs(QStringLiteral("c.ami"), "candidates", QStringLiteral("rows.csv"),
                                          {QStringLiteral("--mapping"), QStringLiteral("mapping.json")});
    r = runCli(dir.path(), mapped);
    QVERIFY2(r.finished && r.exit == 0 && r.err.isEmpty(), qPrintable(describe(mapped, r)));
    QVERIFY2(r.out.contains(QStringLiteral("1 new")) && r.out.contains(QStringLiteral("Imported into c.ami.")),
             qPrintable(describe(mapped, r)));
    const QJsonObject summary = summaryOf(dir.path(), QStringLiteral("c.ami"));
    QCOMPARE(summary.value(QStringLiteral("candidates")).toInt(-1), 1);
    QVERIFY(nearly(summary.value(QStringLiteral("requested_m2")).toDouble(), 75));
}

void TstCliEndToEnd::importScores()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(
        writeBytes(dir.filePath(QStringLiteral("jurors.csv")), QByteArrayLiteral("Nom du juré;Jury\nAnne;expert\n")));
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("candidates.csv")),
                       QByteArrayLiteral("Raison sociale;SIRET;Surface demandée (m²)\nFerme;81234567800013;120\n")));
    // The expert jury scores from 0 to 10 by 0.5: 11 is off the scale.
    QVERIFY(writeBytes(dir.filePath(QStringLiteral("scores.csv")), QByteArrayLiteral("Juré;Candidat;Critère;Note\n"
                                                                                     "Anne;Ferme;economic_1;7,5\n"
                                                                                     "Anne;Ferme;economic_2;11\n")));
    QString why;
    QVERIFY2(newCampaign(dir.path(), QStringLiteral("c.ami"), &why), qPrintable(why));

    for (const auto& [kind, source] : {std::pair{"jurors", "jurors.csv"}, std::pair{"candidates", "candidates.csv"}}) {
        const QStringList args = importArgs(QStringLiteral("c.ami"), kind, QString::fromLatin1(source));
        const Run r = runCli(dir.path(), args);
        QVERIFY2(r.finished && r.exit == 0 && r.err.isEmpty() && r.out.contains(QStringLiteral("1 new")),
                 qPrintable(describe(args, r)));
    }

    const QStringList args = importArgs(QStringLiteral("c.ami"), "scores", QStringLiteral("scores.csv"));
    const Run r = runCli(dir.path(), args);
    QVERIFY2(r.finished && r.exit == 1 && r.err.isEmpty(), qPrintable(describe(args, r)));
    QVERIFY2(r.out.contains(QStringLiteral("error: row 3, Note \"11\": Outside the scale")) &&
                 r.out.contains(QStringLiteral("1 new")) && r.out.contains(QStringLiteral("1 rejected")) &&
                 r.out.contains(QStringLiteral("Imported into c.ami.")),
             qPrintable(describe(args, r)));
    const QJsonObject summary = summaryOf(dir.path(), QStringLiteral("c.ami"));
    QCOMPARE(summary.value(QStringLiteral("candidates")).toInt(-1), 1);
    QCOMPARE(summary.value(QStringLiteral("scores")).toInt(-1), 1);
}

void TstCliEndToEnd::anImportIntoAClosedCampaignIsRefused()
{
    // The lifecycle holds on the command line as in the app (docs/lifecycle.md).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString why;
    QVERIFY2(newCampaign(dir.path(), QStringLiteral("c.ami"), &why), qPrintable(why));
    const QString path = dir.filePath(QStringLiteral("c.ami"));
    const auto setStatus = [&](CampaignStatus status) {
        CampaignFile file;
        if (!file.open(path))
            return false;
        const std::optional<Campaign> c = file.load();
        Change change;
        change.settings = c ? c->settings : CampaignSettings();
        change.settings->status = status;
        return c && file.apply(change, QStringLiteral("edit"), QStringLiteral("status"));
    };
    const QList<std::pair<CampaignStatus, QString>> cases{
        {CampaignStatus::Closed, QStringLiteral("The campaign is closed: it can only be read.")},
        {CampaignStatus::Scoring, QStringLiteral("The campaign is in scoring: candidates are no longer registered")},
    };
    for (const auto& [status, says] : cases) {
        QVERIFY(setStatus(status));
        const QByteArray print = fingerprint(path);
        const QStringList args = importArgs(QStringLiteral("c.ami"), "candidates", fixture("candidats.xlsx"));
        const Run r = runCli(dir.path(), args);
        QVERIFY2(r.finished && r.exit != 0, qPrintable(describe(args, r)));
        QVERIFY2(r.err.contains(says) && !r.out.contains(QStringLiteral("Imported into")),
                 qPrintable(describe(args, r)));
        QVERIFY2(fingerprint(path) == print, "a refused import changed the campaign");
    }
}

void TstCliEndToEnd::usageErrors()
{
    const QByteArray print = fingerprint(m_demo);
    const QStringList before = listing(m_dir.path());
    const QString source = fixture("candidats.xlsx");
    const QList<std::pair<QStringList, QString>> commands{
        {importArgs(QStringLiteral("d.ami"), "nonsense", source), QStringLiteral("nonsense")},
        {importArgs(QStringLiteral("d.ami"), "candidates", source,
                    {QStringLiteral("--on-duplicate"), QStringLiteral("maybe")}),
         QStringLiteral("maybe")},
        {{QStringLiteral("import"), QStringLiteral("d.ami"), QStringLiteral("--kind"), QStringLiteral("candidates")},
         QString()},
        {{QStringLiteral("template"), QStringLiteral("--kind"), QStringLiteral("nonsense"), QStringLiteral("t.csv")},
         QStringLiteral("nonsense")}};
    for (const auto& [args, named] : commands) {
        const Run r = runCli(m_dir.path(), args);
        QVERIFY2(r.finished && r.exit == 2, qPrintable(describe(args, r)));
        QVERIFY2(r.err.startsWith(QStringLiteral("palmares-cli: ")) && r.err.count(QLatin1Char('\n')) == 1 &&
                     r.err.contains(named),
                 qPrintable(describe(args, r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(args, r)));
        QVERIFY2(fingerprint(m_demo) == print,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" changed the file")));
        QCOMPARE(listing(m_dir.path()), before);
    }
}

void TstCliEndToEnd::templates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString csv = dir.filePath(QStringLiteral("t.csv"));

    const QStringList args{QStringLiteral("template"), QStringLiteral("--kind"), QStringLiteral("candidates"),
                           QStringLiteral("t.csv")};
    Run r = runCli(dir.path(), args);
    QVERIFY2(r.finished && r.exit == 0 && r.err.isEmpty(), qPrintable(describe(args, r)));
    QFile file(csv);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray bytes = file.readAll();
    file.close();
    QVERIFY2(bytes.startsWith(QByteArrayLiteral("\xEF\xBB\xBF"
                                                "Raison sociale;SIRET;")),
             bytes.left(60).constData());
    QVERIFY2(bytes.count('\n') == 1 && bytes.endsWith('\n'), bytes.constData()); // the headers, no row

    // An existing file is replaced only with --force.
    const QByteArray print = fingerprint(csv);
    QVERIFY(writeBytes(csv, QByteArrayLiteral("Mes notes\n")));
    const QByteArray mine = fingerprint(csv);
    r = runCli(dir.path(), args);
    QVERIFY2(r.finished && r.exit == 1 && r.err.contains(QStringLiteral("already exists")),
             qPrintable(describe(args, r)));
    QVERIFY(fingerprint(csv) == mine);
    const QStringList forced = args + QStringList{QStringLiteral("--force")};
    r = runCli(dir.path(), forced);
    QVERIFY2(r.finished && r.exit == 0, qPrintable(describe(forced, r)));
    QVERIFY(fingerprint(csv) == print);

    const QStringList xlsx{QStringLiteral("template"), QStringLiteral("--kind"), QStringLiteral("buildings"),
                           QStringLiteral("b.xlsx")};
    r = runCli(dir.path(), xlsx);
    QVERIFY2(r.finished && r.exit == 0 && r.err.isEmpty(), qPrintable(describe(xlsx, r)));
    QFile book(dir.filePath(QStringLiteral("b.xlsx")));
    QVERIFY2(book.open(QIODevice::ReadOnly), qPrintable(book.errorString()));
    QVERIFY(book.read(2) == QByteArrayLiteral("PK"));
    book.close();

    const QStringList pdf{QStringLiteral("template"), QStringLiteral("--kind"), QStringLiteral("candidates"),
                          QStringLiteral("t.pdf")};
    r = runCli(dir.path(), pdf);
    QVERIFY2(r.finished && r.exit == 1 && r.err.contains(QStringLiteral("t.pdf")), qPrintable(describe(pdf, r)));
    QCOMPARE(listing(dir.path()), (QStringList{QStringLiteral("b.xlsx"), QStringLiteral("t.csv")}));

    // Both templates read back: their headers are the ones an import recognises.
    QString why;
    QVERIFY2(newCampaign(dir.path(), QStringLiteral("c.ami"), &why), qPrintable(why));
    for (const auto& [kind, source] : {std::pair{"candidates", "t.csv"}, std::pair{"buildings", "b.xlsx"}}) {
        const QStringList back = importArgs(QStringLiteral("c.ami"), kind, QString::fromLatin1(source));
        r = runCli(dir.path(), back);
        QVERIFY2(r.finished && r.exit == 0 && r.err.isEmpty() && r.out.contains(QStringLiteral("Nothing to import.")),
                 qPrintable(describe(back, r)));
    }
}

QTEST_GUILESS_MAIN(TstCliEndToEnd)
#include "tst_cli_endtoend.moc"
