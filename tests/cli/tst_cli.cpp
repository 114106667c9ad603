// SPDX-License-Identifier: GPL-3.0-or-later
// palmares-cli's commands run in-process, as a script would use them: what they write,
// the files they make, and one clear line on the error stream when something is wrong.
#include "core/cli/Cli.h"
#include "ui/report/Report.h"

#include "core/edit/CampaignDocument.h"
#include "core/engine/Evaluation.h"
#include "core/io/SheetReader.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/TestFiles.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace palmares;

namespace {

using palmares::test::fingerprint;
using palmares::test::parseObject;
using palmares::test::writeBytes;

struct Run {
    int exit = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args)
{
    Run r;
    {
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        // The documents' writer palmares-cli is given (app/cli/main.cpp).
        Cli cli(out, err, &report::Documents::writeFiles);
        r.exit = cli.run(QStringList{QStringLiteral("palmares-cli")} + args);
        out.flush();
        err.flush();
    }
    return r;
}

QString describe(const Run& r)
{
    return QStringLiteral("exit %1\n--- out:\n%2\n--- err:\n%3").arg(r.exit).arg(r.out.left(600), r.err);
}

std::optional<Campaign> loadFile(const QString& path, QString* error)
{
    CampaignFile file;
    if (!file.open(path)) {
        *error = file.errorString();
        return std::nullopt;
    }
    auto c = file.load();
    if (!c)
        *error = file.errorString();
    return c;
}

// The set-up a template carries, as comparable text.
QString setUpOf(const Campaign& c)
{
    QStringList out;
    const CampaignSettings& s = c.settings;
    out << QStringLiteral("fill %1 land %2 override %3 agg %4 debias %5 rule %6 wl %7 sd %8 gap %9")
               .arg(s.fillTargetPct)
               .arg(s.countLand)
               .arg(s.rentableSurfaceOverride)
               .arg(int(s.aggregation))
               .arg(s.debias)
               .arg(int(s.selectionRule))
               .arg(s.waitingListSize)
               .arg(s.juryStdDevThreshold)
               .arg(s.juryGapThreshold);
    for (const Building& b : c.buildings)
        out << QStringLiteral("building %1 %2 %3 %4")
                   .arg(b.name)
                   .arg(b.surface)
                   .arg(b.useType, b.acceptedUses.join(QLatin1Char(',')));
    for (const Pillar& p : c.pillars)
        out << QStringLiteral("pillar %1 %2 %3 %4")
                   .arg(p.code, p.name)
                   .arg(p.weight)
                   .arg(p.eliminatoryThreshold ? QString::number(*p.eliminatoryThreshold) : QStringLiteral("-"));
    for (const Criterion& k : c.criteria) {
        QString pillar;
        for (const Pillar& p : c.pillars) {
            if (p.id == k.pillarId)
                pillar = p.code;
        }
        out << QStringLiteral("criterion %1/%2 %3 %4 rubric %5")
                   .arg(pillar, k.code, k.name)
                   .arg(k.weight)
                   .arg(k.rubric.size());
    }
    for (const Jury& j : c.juries)
        out << QStringLiteral("jury %1 %2 w%3 %4-%5/%6 q%7")
                   .arg(j.code, j.name)
                   .arg(j.weight)
                   .arg(j.scaleMin)
                   .arg(j.scaleMax)
                   .arg(j.scaleStep)
                   .arg(j.quorum);
    for (const Resource& r : c.resources)
        out << QStringLiteral("resource %1 %2").arg(r.code, r.name);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TstCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void newCreatesACampaignWithTheFiveDefaultPillars();
    void newRefusesAnExistingFileWithoutForce();
    void newFromAnExportedTemplateReproducesTheSetUp();
    void newFromABadTemplateSaysWhichField();
    void demoThenInfoAsJson();
    void demoWithTheSameSeedWritesTheSameCampaign();
    void rankAsCsvStartsWithItsHeader();
    void rankAsJsonMatchesTheEngine();
    void rankAsTableNamesTheCandidates();
    void readingCommandsLeaveTheCampaignUnchanged();
    void selectWithEachRuleAsJson_data();
    void selectWithEachRuleAsJson();
    void everyErrorIsOneLineOnTheErrorStream_data();
    void everyErrorIsOneLineOnTheErrorStream();
    void reportWritesTheLaureateReportAndTheMinutes();
    void reportWritesTheResultsAsSpreadsheets();
    void verifyTellsWhetherTheCampaignStillGivesTheResult();
    void reportRecordsWhatItIssuedAndVerifyNamesTheTableChanged();
    void helpOfEachCommandExitsZero_data();
    void helpOfEachCommandExitsZero();

private:
    QTemporaryDir m_dir;
    QString m_demo; // `demo --seed 7`, made once
};

void TstCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo 7.ami"));
    const Run r = runCli({QStringLiteral("demo"), m_demo, QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(r.exit == 0, qPrintable(describe(r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(r.out.contains(QDir::toNativeSeparators(m_demo)), qPrintable(describe(r)));
    QVERIFY(QFile::exists(m_demo));
}

void TstCli::newCreatesACampaignWithTheFiveDefaultPillars()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("empty.ami"));
    const Run r = runCli({QStringLiteral("new"), path});
    QVERIFY2(r.exit == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    QString error;
    const auto c = loadFile(path, &error);
    QVERIFY2(c.has_value(), qPrintable(error));
    QStringList codes;
    for (const Pillar& p : c->pillars)
        codes << p.code;
    QCOMPARE(codes, (QStringList{QStringLiteral("economic"), QStringLiteral("social"), QStringLiteral("environmental"),
                                 QStringLiteral("democratic"), QStringLiteral("cultural")}));
    QCOMPARE(c->criteria.size(), size_t(15));
    QCOMPARE(c->juries.size(), size_t(2));
    QVERIFY(c->candidates.empty() && c->jurors.empty() && c->scores.empty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("empty.ami")});
}

void TstCli::newRefusesAnExistingFileWithoutForce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("taken.ami"));
    QVERIFY(QFile::copy(m_demo, path));
    const QByteArray print = fingerprint(path);

    const Run refused = runCli({QStringLiteral("new"), path});
    QVERIFY2(refused.exit != 0, qPrintable(describe(refused)));
    QVERIFY2(refused.err.startsWith(QStringLiteral("palmares-cli: ")) && refused.err.count(QLatin1Char('\n')) == 1,
             qPrintable(describe(refused)));
    QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
    QCOMPARE(fingerprint(path), print);

    const Run forced = runCli({QStringLiteral("new"), path, QStringLiteral("--force")});
    QVERIFY2(forced.exit == 0, qPrintable(describe(forced)));
    QString error;
    const auto c = loadFile(path, &error);
    QVERIFY2(c.has_value(), qPrintable(error));
    QVERIFY2(c->candidates.empty(), "--force replaced the demo with an empty campaign");
    QCOMPARE(c->pillars.size(), size_t(5));
}

void TstCli::newFromAnExportedTemplateReproducesTheSetUp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString templ = dir.filePath(QStringLiteral("set-up.json"));
    const Run exported = runCli({QStringLiteral("export-template"), m_demo, templ});
    QVERIFY2(exported.exit == 0 && exported.err.isEmpty(), qPrintable(describe(exported)));
    QVERIFY(QFile::exists(templ));

    const QString path = dir.filePath(QStringLiteral("second site.ami"));
    const Run created = runCli({QStringLiteral("new"), path, QStringLiteral("--template"), templ});
    QVERIFY2(created.exit == 0 && created.err.isEmpty(), qPrintable(describe(created)));

    QString error;
    const auto source = loadFile(m_demo, &error);
    QVERIFY2(source.has_value(), qPrintable(error));
    const auto copy = loadFile(path, &error);
    QVERIFY2(copy.has_value(), qPrintable(error));
    QCOMPARE(setUpOf(*copy), setUpOf(*source));
    QVERIFY(copy->candidates.empty());
    QVERIFY(copy->jurors.empty());
    QVERIFY(copy->scores.empty());
    QVERIFY(copy->conflicts.empty());
}

void TstCli::newFromABadTemplateSaysWhichField()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString templ = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeBytes(templ, QByteArrayLiteral(R"({"format": "palmares-campaign-template", "version": 1,
        "site": {}, "pillars": [], "juries": []})")));
    const QString path = dir.filePath(QStringLiteral("never.ami"));
    const Run r = runCli({QStringLiteral("new"), path, QStringLiteral("--template"), templ});
    QVERIFY2(r.exit != 0, qPrintable(describe(r)));
    QVERIFY2(r.err.startsWith(QStringLiteral("palmares-cli: ")) && r.err.count(QLatin1Char('\n')) == 1,
             qPrintable(describe(r)));
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(templ)) && r.err.contains(QStringLiteral("pillars")),
             qPrintable(r.err));
    QVERIFY2(!QFile::exists(path), "a campaign was created from a bad template");
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("bad.json")});
}

void TstCli::demoThenInfoAsJson()
{
    const Run r = runCli({QStringLiteral("info"), m_demo, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exit == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    QString error;
    const QJsonObject info = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + r.out));
    QCOMPARE(info.value(QStringLiteral("candidates")).toInt(), 60);
    QCOMPARE(info.value(QStringLiteral("buildings")).toInt(), 40);
    QCOMPARE(info.value(QStringLiteral("pillars")).toInt(), 5);
    QCOMPARE(info.value(QStringLiteral("fill_target_pct")).toDouble(), 80.0);
    QVERIFY(info.value(QStringLiteral("scores")).toInt() > 10000);
    QVERIFY(info.value(QStringLiteral("conflicts")).toInt() > 0);
    const QJsonArray juries = info.value(QStringLiteral("juries")).toArray();
    QCOMPARE(juries.size(), 2);
    QCOMPARE(juries.at(0).toObject().value(QStringLiteral("jurors")).toInt(), 9);
    QCOMPARE(juries.at(1).toObject().value(QStringLiteral("jurors")).toInt(), 15);

    const Run table = runCli({QStringLiteral("info"), m_demo});
    QVERIFY2(table.exit == 0 && table.out.contains(QStringLiteral("Microville")), qPrintable(describe(table)));
}

void TstCli::demoWithTheSameSeedWritesTheSameCampaign()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString again = dir.filePath(QStringLiteral("again.ami"));
    const Run r = runCli({QStringLiteral("demo"), again, QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(r.exit == 0, qPrintable(describe(r)));
    const QStringList rank{QStringLiteral("rank"), QString(), QStringLiteral("--format"), QStringLiteral("csv")};
    QStringList first = rank, second = rank;
    first[1] = m_demo;
    second[1] = again;
    const Run a = runCli(first);
    const Run b = runCli(second);
    QVERIFY2(a.exit == 0 && b.exit == 0, qPrintable(describe(a) + describe(b)));
    QCOMPARE(b.out, a.out);

    const QString other = dir.filePath(QStringLiteral("other.ami"));
    QCOMPARE(runCli({QStringLiteral("demo"), other, QStringLiteral("--seed"), QStringLiteral("8")}).exit, 0);
    second[1] = other;
    QVERIFY2(runCli(second).out != a.out, "seeds 7 and 8 gave the same ranking");
}

void TstCli::rankAsCsvStartsWithItsHeader()
{
    const Run r = runCli({QStringLiteral("rank"), m_demo, QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exit == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    QVERIFY2(r.out.startsWith(QStringLiteral("rank;candidate;")), qPrintable(r.out.left(200)));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 61);
    QVERIFY2(lines[1].startsWith(QStringLiteral("1;")), qPrintable(lines[1]));
    // The final score (fifth field) has a decimal comma.
    QVERIFY2(QRegularExpression(QStringLiteral("^1;[^;]+;\\d+;\\d*;\\d+,\\d\\d;")).match(lines[1]).hasMatch(),
             qPrintable(lines[1]));
}

void TstCli::rankAsJsonMatchesTheEngine()
{
    const Run r = runCli({QStringLiteral("rank"), m_demo, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exit == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    QString error;
    const QJsonObject root = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray candidates = root.value(QStringLiteral("candidates")).toArray();
    QCOMPARE(candidates.size(), 60);

    const auto campaign = loadFile(m_demo, &error);
    QVERIFY2(campaign.has_value(), qPrintable(error));
    const Evaluation e = evaluate(*campaign, false);
    for (int i = 0; i < candidates.size(); ++i) {
        const QJsonObject k = candidates.at(i).toObject();
        const RankEntry& entry = e.ranking.entries[size_t(i)];
        const Candidate& expected = campaign->candidates[size_t(entry.candidate)];
        QCOMPARE(k.value(QStringLiteral("candidate_id")).toInteger(), expected.id);
        QCOMPARE(k.value(QStringLiteral("rank")).toInt(), entry.rank);
        const CandidateScore& cs = e.scores.candidates[size_t(entry.candidate)];
        if (cs.hasFinal)
            QVERIFY2(std::fabs(k.value(QStringLiteral("final")).toDouble() - cs.final) < 1e-6,
                     qPrintable(expected.name));
    }
}

void TstCli::rankAsTableNamesTheCandidates()
{
    const Run r = runCli({QStringLiteral("rank"), m_demo});
    QVERIFY2(r.exit == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    QString error;
    const auto campaign = loadFile(m_demo, &error);
    QVERIFY2(campaign.has_value(), qPrintable(error));
    for (const Candidate& k : campaign->candidates)
        QVERIFY2(r.out.contains(k.name), qPrintable(k.name));
}

void TstCli::readingCommandsLeaveTheCampaignUnchanged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("read only.ami"));
    QVERIFY(QFile::copy(m_demo, path));
    const QByteArray print = fingerprint(path);
    const QList<QStringList> commands{
        {QStringLiteral("info"), path},
        {QStringLiteral("rank"), path, QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("select"), path, QStringLiteral("--rule"), QStringLiteral("best-value")},
        {QStringLiteral("export-template"), path, dir.filePath(QStringLiteral("t.json"))},
        {QStringLiteral("report"), path, QStringLiteral("--out"), dir.filePath(QStringLiteral("r.csv"))}};
    for (const QStringList& command : commands) {
        const Run r = runCli(command);
        QVERIFY2(r.exit == 0, qPrintable(describe(r)));
        QVERIFY2(fingerprint(path) == print, qPrintable(command.first() + QStringLiteral(" changed the campaign")));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{QStringLiteral("r-scores.csv"), QStringLiteral("r.csv"), QStringLiteral("read only.ami"),
                          QStringLiteral("t.json")}));
}

void TstCli::selectWithEachRuleAsJson_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("code");
    QTest::newRow("greedy by rank") << QStringLiteral("greedy") << QStringLiteral("greedy");
    QTest::newRow("best value") << QStringLiteral("best-value") << QStringLiteral("best_value");
}

void TstCli::selectWithEachRuleAsJson()
{
    QFETCH(QString, rule);
    QFETCH(QString, code);
    const Run r = runCli({QStringLiteral("select"), m_demo, QStringLiteral("--rule"), rule, QStringLiteral("--format"),
                          QStringLiteral("json")});
    QVERIFY2(r.exit == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    QString error;
    const QJsonObject root = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(root.value(QStringLiteral("rule")).toString(), code);
    const QJsonArray laureates = root.value(QStringLiteral("laureates")).toArray();
    QVERIFY2(laureates.size() >= 10, qPrintable(QStringLiteral("%1 laureates").arg(laureates.size())));
    const double fill = root.value(QStringLiteral("fill_pct")).toDouble();
    QVERIFY2(fill > 50 && fill <= 80 + 1e-9, qPrintable(QStringLiteral("fill %1").arg(fill)));
    QCOMPARE(root.value(QStringLiteral("laureate_count")).toInt(), laureates.size());

    const auto campaign = loadFile(m_demo, &error);
    QVERIFY2(campaign.has_value(), qPrintable(error));
    const Evaluation e = evaluate(*campaign, true);
    const Selection& s = code == QLatin1String("greedy") ? e.greedy : *e.bestValue;
    QCOMPARE(laureates.size(), qsizetype(s.laureates.size()));
    for (qsizetype i = 0; i < laureates.size(); ++i)
        QCOMPARE(laureates.at(i).toObject().value(QStringLiteral("candidate_id")).toInteger(),
                 campaign->candidates[size_t(s.laureates[size_t(i)].candidate)].id);
}

void TstCli::everyErrorIsOneLineOnTheErrorStream_data()
{
    // %DIR% is a fresh folder; %DEMO% a copy of the demo campaign; %GARBAGE% a text file.
    QTest::addColumn<QStringList>("args");
    auto row = [](const char* tag, const char* args) {
        QTest::newRow(tag) << QString::fromUtf8(args).split(QLatin1Char(' '));
    };
    row("rank of a missing file", "rank %DIR%/missing.ami");
    row("info of a missing file", "info %DIR%/missing.ami");
    row("rank of a garbage file", "rank %GARBAGE%");
    row("select of a garbage file", "select %GARBAGE% --format json");
    row("info of a garbage file", "info %GARBAGE%");
    row("export-template of a garbage file", "export-template %GARBAGE% %DIR%/t.json");
    row("an unknown command", "rnak %DEMO%");
    row("an unknown option", "rank %DEMO% --colour");
    row("an unknown short option", "select %DEMO% -z");
    row("a bad --format for rank", "rank %DEMO% --format xml");
    row("a bad --format for select", "select %DEMO% --format pdf");
    row("csv is not a format of info", "info %DEMO% --format csv");
    row("--format without its value", "rank %DEMO% --format");
    row("a bad --rule", "select %DEMO% --rule lottery");
    row("a bad --seed", "demo %DIR%/new.ami --seed abc");
    row("a negative --seed", "demo %DIR%/new.ami --seed -5");
    row("rank without a file", "rank");
    row("rank of two files", "rank %DEMO% %DEMO%");
    row("export-template without its output", "export-template %DEMO%");
    row("new without a file", "new");
    row("demo over an existing campaign without --force", "demo %DEMO%");
    row("new in a folder that does not exist", "new %DIR%/no/such/folder.ami");
    row("export-template into a folder that does not exist", "export-template %DEMO% %DIR%/no/such/t.json");
    row("new from a template that does not exist", "new %DIR%/n.ami --template %DIR%/none.json");
    row("no command at all", "");
    row("report without --out", "report %DEMO%");
    row("report as a word-processor file", "report %DEMO% --out %DIR%/r.docx");
    row("minutes as a spreadsheet", "report %DEMO% --minutes --out %DIR%/r.xlsx");
    row("report as a PDF into a folder that does not exist", "report %DEMO% --out %DIR%/no/such/r.pdf");
    row("report into a folder that does not exist", "report %DEMO% --out %DIR%/no/such/r.xlsx");
    row("report of a garbage file", "report %GARBAGE% --out %DIR%/r.csv");
    row("verify with a short fingerprint", "verify %DEMO% --fingerprint 12ab");
    row("verify of a garbage file", "verify %GARBAGE%");
}

void TstCli::everyErrorIsOneLineOnTheErrorStream()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString demo = dir.filePath(QStringLiteral("demo.ami"));
    QVERIFY(QFile::copy(m_demo, demo));
    const QString garbage = dir.filePath(QStringLiteral("garbage.ami"));
    QVERIFY(writeBytes(garbage, QByteArrayLiteral("rank;candidate;final\n1;Brasserie;86,25\n").repeated(20)));
    QStringList expanded;
    for (QString a : args) {
        a.replace(QStringLiteral("%DIR%"), dir.path());
        a.replace(QStringLiteral("%DEMO%"), demo);
        a.replace(QStringLiteral("%GARBAGE%"), garbage);
        if (!a.isEmpty())
            expanded << a;
    }
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const QByteArray demoPrint = fingerprint(demo), garbagePrint = fingerprint(garbage);

    const Run r = runCli(expanded);
    QVERIFY2(r.exit != 0, qPrintable(describe(r)));
    QVERIFY2(r.err.startsWith(QStringLiteral("palmares-cli: ")), qPrintable(describe(r)));
    QVERIFY2(r.err.endsWith(QLatin1Char('\n')) && r.err.count(QLatin1Char('\n')) == 1,
             qPrintable(QStringLiteral("not exactly one line:\n") + r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
    // Nothing was made or changed.
    QCOMPARE(fingerprint(demo), demoPrint);
    QCOMPARE(fingerprint(garbage), garbagePrint);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
}

void TstCli::reportWritesTheLaureateReportAndTheMinutes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("rapport.pdf"));
    Run r = runCli({QStringLiteral("report"), m_demo, QStringLiteral("--out"), pdf});
    QVERIFY2(r.exit == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(r.out, QDir::toNativeSeparators(pdf) + QLatin1Char('\n'));
    QVERIFY(test::readBytes(pdf).startsWith("%PDF-"));
    const QString odt = dir.filePath(QStringLiteral("pv.odt"));
    r = runCli({QStringLiteral("report"), m_demo, QStringLiteral("--minutes"), QStringLiteral("--public"),
                QStringLiteral("--out"), odt});
    QVERIFY2(r.exit == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    QVERIFY(test::readBytes(odt).startsWith("PK"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("pv.odt"), QStringLiteral("rapport.pdf")}));
}

void TstCli::reportWritesTheResultsAsSpreadsheets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString book = dir.filePath(QStringLiteral("résultats.xlsx"));
    Run r = runCli({QStringLiteral("report"), m_demo, QStringLiteral("--out"), book});
    QVERIFY2(r.exit == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    QCOMPARE(r.out, QDir::toNativeSeparators(book) + QLatin1Char('\n'));
    QString error;
    const auto sheets = SheetReader::sheetNames(book, &error);
    QVERIFY2(sheets, qPrintable(error));
    QCOMPARE(*sheets, (QStringList{QStringLiteral("Ranking"), QStringLiteral("Scores"), QStringLiteral("About")}));
    const auto ranking = SheetReader::read(book, QStringLiteral("Ranking"), &error);
    QVERIFY2(ranking, qPrintable(error));
    QCOMPARE(int(ranking->rows.size()), 60);

    // The public CSV: the ranking, and the scores beside it, without a juror's name.
    const QString csv = dir.filePath(QStringLiteral("public.csv"));
    r = runCli({QStringLiteral("report"), m_demo, QStringLiteral("--out"), csv, QStringLiteral("--public")});
    QVERIFY2(r.exit == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    const QString scores = dir.filePath(QStringLiteral("public-scores.csv"));
    QCOMPARE(r.out,
             QDir::toNativeSeparators(csv) + QLatin1Char('\n') + QDir::toNativeSeparators(scores) + QLatin1Char('\n'));
    const auto campaign = loadFile(m_demo, &error);
    QVERIFY2(campaign.has_value(), qPrintable(error));
    const QString text = QString::fromUtf8(test::readBytes(scores));
    QCOMPARE(text.count(QLatin1Char('\n')), int(campaign->scores.size()) + 1);
    for (const Juror& j : campaign->jurors)
        QVERIFY2(!text.contains(j.name), qPrintable(j.name));
}

void TstCli::verifyTellsWhetherTheCampaignStillGivesTheResult()
{
    const Run printed = runCli({QStringLiteral("verify"), m_demo});
    QVERIFY2(printed.exit == 0 && printed.err.isEmpty(), qPrintable(describe(printed)));
    const QString print = printed.out.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(print).hasMatch(), qPrintable(printed.out));
    QVERIFY2(printed.out.contains(QStringLiteral("  scores ")), qPrintable(printed.out));
    const Run same = runCli({QStringLiteral("verify"), m_demo, QStringLiteral("--fingerprint"), print.toUpper()});
    QVERIFY2(same.exit == 0 && same.out.contains(QStringLiteral("gives the result")), qPrintable(describe(same)));

    // One score changed by half a point: the campaign no longer gives that result.
    QString error;
    std::optional<Campaign> c = loadFile(m_demo, &error);
    QVERIFY2(c, qPrintable(error));
    c->scores[100].value = c->scores[100].value >= 1 ? c->scores[100].value - 0.5 : c->scores[100].value + 0.5;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString changed = dir.filePath(QStringLiteral("changée.ami"));
    QVERIFY2(CampaignFile::writeNew(changed, *c, &error), qPrintable(error));
    const Run other = runCli({QStringLiteral("verify"), changed, QStringLiteral("--fingerprint"), print});
    QCOMPARE(other.exit, 1);
    QVERIFY2(other.err.contains(QStringLiteral("no longer gives")), qPrintable(describe(other)));
    const Run now = runCli({QStringLiteral("verify"), changed});
    QVERIFY2(other.err.contains(now.out.section(QLatin1Char('\n'), 0, 0)), qPrintable(describe(other)));
}

void TstCli::reportRecordsWhatItIssuedAndVerifyNamesTheTableChanged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A demo of its own: the report tests above record what they write in m_demo.
    const QString path = dir.filePath(QStringLiteral("campagne.ami"));
    const Run made = runCli({QStringLiteral("demo"), path, QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(made.exit == 0, qPrintable(describe(made)));
    const QString print = runCli({QStringLiteral("verify"), path}).out.section(QLatin1Char('\n'), 0, 0);
    QString error;
    std::optional<Campaign> c = loadFile(path, &error);
    QVERIFY2(c, qPrintable(error));
    const size_t before = c->issued.size();
    QCOMPARE(before, size_t(0));
    for (const char* out : {"rapport.pdf", "resultats.csv", "resultats.xlsx"}) {
        QStringList args{QStringLiteral("report"), path, QStringLiteral("--out"),
                         dir.filePath(QString::fromLatin1(out))};
        if (QByteArray(out) == "rapport.pdf")
            args << QStringLiteral("--public");
        const Run r = runCli(args);
        QVERIFY2(r.exit == 0 && r.err.isEmpty(), qPrintable(describe(r)));
    }
    // The PDF and the workbook carry the fingerprint and are recorded; the CSV is not. The
    // record changes no part of the result.
    c = loadFile(path, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->issued.size(), before + 2);
    const IssuedReport& pdf = c->issued[before];
    QCOMPARE(pdf.document, IssuedDocument::Report);
    QVERIFY(pdf.publicVersion);
    QCOMPARE(pdf.fileName, QStringLiteral("rapport.pdf"));
    QCOMPARE(pdf.fingerprint, print);
    QCOMPARE(pdf.digests.size(), size_t(10));
    QCOMPARE(pdf.digests[8].table, QStringLiteral("scores"));
    QCOMPARE(c->issued[before + 1].document, IssuedDocument::Workbook);
    QVERIFY(!c->issued[before + 1].publicVersion);
    QCOMPARE(c->issued[before + 1].fileName, QStringLiteral("resultats.xlsx"));
    QCOMPARE(runCli({QStringLiteral("verify"), path}).out.section(QLatin1Char('\n'), 0, 0), print);
    const Run same = runCli({QStringLiteral("verify"), path, QStringLiteral("--fingerprint"), print});
    QVERIFY2(same.exit == 0 && same.out.contains(QStringLiteral("“rapport.pdf”")), qPrintable(describe(same)));

    // One score changed: verify names the scores as what changed since the report, and only them.
    {
        CampaignFile file;
        QVERIFY2(file.open(path), qPrintable(file.errorString()));
        Change change;
        Score s = c->scores[100];
        s.value = s.value >= 1 ? s.value - 0.5 : s.value + 0.5;
        change.scores.put.push_back(s);
        QVERIFY2(file.apply(change, QStringLiteral("edit"), QStringLiteral("a score")), qPrintable(file.errorString()));
    }
    const Run other = runCli({QStringLiteral("verify"), path, QStringLiteral("--fingerprint"), print});
    QCOMPARE(other.exit, 1);
    // The latest report with that fingerprint is named.
    QVERIFY2(other.err.contains(QStringLiteral("printed on the results workbook “resultats.xlsx”, issued on")) &&
                 other.err.contains(QStringLiteral("changed since: scores.")),
             qPrintable(describe(other)));
    const Run listed = runCli({QStringLiteral("verify"), path});
    QVERIFY2(listed.out.contains(QStringLiteral("Reports issued:")) &&
                 listed.out.contains(print + QStringLiteral("  public laureate report “rapport.pdf”")) &&
                 listed.out.contains(QStringLiteral(": changed since: scores")),
             qPrintable(describe(listed)));
    // A fingerprint no report of the file carries: which table changed cannot be said.
    const Run unknown =
        runCli({QStringLiteral("verify"), path, QStringLiteral("--fingerprint"), QString(64, QLatin1Char('0'))});
    QCOMPARE(unknown.exit, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("cannot be said")), qPrintable(describe(unknown)));

    // A campaign open in another window still gives its report, which it cannot record: a
    // warning says so.
    QString why;
    auto held = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &why);
    QVERIFY2(held, qPrintable(why));
    const Run busy =
        runCli({QStringLiteral("report"), path, QStringLiteral("--out"), dir.filePath(QStringLiteral("r2.pdf"))});
    QVERIFY2(busy.exit == 0 && QFile::exists(dir.filePath(QStringLiteral("r2.pdf"))), qPrintable(describe(busy)));
    QVERIFY2(busy.err.contains(QStringLiteral("warning:")) && busy.err.contains(QStringLiteral("does not record it")),
             qPrintable(describe(busy)));
    held.reset();
    c = loadFile(path, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->issued.size(), before + 2);
}

void TstCli::helpOfEachCommandExitsZero_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    for (const char* command : {"new", "export-template", "demo", "info", "rank", "select", "report", "verify"}) {
        const QString c = QString::fromLatin1(command);
        QTest::addRow("%s --help", command)
            << QStringList{c, QStringLiteral("--help")} << QStringLiteral("Usage: palmares-cli ") + c;
        QTest::addRow("%s -h", command) << QStringList{c, QStringLiteral("-h")}
                                        << QStringLiteral("Usage: palmares-cli ") + c;
    }
    QTest::newRow("--help alone") << QStringList{QStringLiteral("--help")} << QStringLiteral("Usage: palmares-cli ");
    QTest::newRow("help as a command") << QStringList{QStringLiteral("help")} << QStringLiteral("Usage: palmares-cli ");
}

void TstCli::helpOfEachCommandExitsZero()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    const Run r = runCli(args);
    QVERIFY2(r.exit == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.startsWith(usage), qPrintable(describe(r)));
    QVERIFY2(r.err.isEmpty(), qPrintable(describe(r)));
}

// The commands run here, in this process, as palmares-cli runs them: under a QApplication,
// for the fonts of the PDFs they write (the demo's applications, letters, reports) and the
// reports' charts (QtCharts).
int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TstCli test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_cli.moc"
