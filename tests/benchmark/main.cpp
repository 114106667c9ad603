// SPDX-License-Identifier: GPL-3.0-or-later
// palmares-bench: generates the realistic and the large campaign of DESIGN section 10 and
// times, over several runs, the steps the targets of docs/PERFORMANCE.md are about.
// Prints a Markdown table of medians. Not a test: timings never fail a build.
#include "core/demo/DemoGenerator.h"
#include "core/edit/CampaignDocument.h"
#include "core/edit/Edits.h"
#include "core/edit/JurorPackages.h"
#include "core/engine/Analysis.h"
#include "core/engine/Evaluation.h"
#include "core/io/Import.h"
#include "core/io/JurorSession.h"
#include "core/io/Spreadsheets.h"
#include "core/model/Siret.h"
#include "core/print/ApplicationFile.h"
#include "core/print/ScoreSheets.h"
#include "core/storage/CampaignFile.h"
#include "ui/report/Report.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>
#include <map>
#include <tuple>

using namespace palmares;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

double timeMs(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
}

// Resident memory of this process, from /proc/self/status: now (VmRSS) or its peak since
// the last resetPeakMemory() (VmHWM), in MiB; -1 where the system does not say.
double memoryMiB(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').front().toDouble() / 1024;
    }
    return -1;
}
// Starts a new peak: Linux resets VmHWM to the current RSS when "5" is written to clear_refs.
bool resetPeakMemory()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

[[noreturn]] void die(const QString& why)
{
    QTextStream(stderr) << "palmares-bench: " << why << Qt::endl;
    std::exit(1);
}

// Reads `csv` as the wizard does, checks it against the campaign at `path` and imports it
// through the document (save in one transaction + apply in memory + evaluate); each step
// timed into `t` under `label`.
void timeImport(std::map<QString, std::vector<double>>& t, const QString& label, const QString& path,
                const QString& csv, ImportKind kind, int expectedRows)
{
    const double before = memoryMiB("VmRSS:");
    const bool peakKnown = before >= 0 && resetPeakMemory();
    QString why;
    auto doc = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &why);
    if (!doc)
        die(why);
    std::optional<SheetTable> table;
    const double read = timeMs([&] {
        if (!(table = SheetReader::read(csv, QString(), &why)))
            die(why);
    });
    ImportPlan plan;
    const double check = timeMs([&] {
        ImportOptions o;
        o.kind = kind;
        o.mapping = Import::guessMapping(kind, doc->campaign(), table->headers);
        o.now = QDateTime::currentDateTime();
        plan = Import::plan(doc->campaign(), *table, o);
    });
    if (plan.rejected > 0 || plan.added != expectedRows)
        die(QStringLiteral("%1: %2 rows added, %3 rejected (first: %4)")
                .arg(label)
                .arg(plan.added)
                .arg(plan.rejected)
                .arg(plan.problems.empty() ? QString() : plan.problems.front().reason));
    const double write = timeMs([&] {
        if (!doc->apply(std::move(plan.change), &why, QStringLiteral("import")))
            die(why);
    });
    // The peak the import adds to the process (the sheet, the plan, the campaign with its new
    // rows in memory, the evaluation), against the size of the CSV read.
    if (peakKnown) {
        const double added = memoryMiB("VmHWM:") - before;
        t[label + QStringLiteral(": peak memory added (MiB, not ms)")].push_back(added);
        t[label + QStringLiteral(": peak memory added / CSV size (×, not ms)")].push_back(
            added * 1024 * 1024 / double(QFileInfo(csv).size()));
    }
    const double undo = timeMs([&] { doc->undoStack()->undo(); });
    if (doc->undoStack()->canUndo() || !doc->undoStack()->canRedo())
        die(label + QStringLiteral(": the import was not undone"));
    t[label + QStringLiteral(": undo (the whole import out of the file and memory)")].push_back(undo);
    t[label + QStringLiteral(": read the CSV (and its SHA-256)")].push_back(read);
    t[label + QStringLiteral(": check every row")].push_back(check);
    t[label + QStringLiteral(": write in one transaction + apply + evaluate")].push_back(write);
    t[label + QStringLiteral(": total")].push_back(read + check + write);
}

// Importing 10,000 candidates into a campaign with no candidates, and the 1.5 million
// scores of the large campaign, in long form, into the same campaign without its scores.
void benchImports(QTextStream& out, QTemporaryDir& dir, int runs)
{
    std::map<QString, std::vector<double>> t;
    // 10,000 candidates, as an online form exports them (French CSV, every usual column).
    QString candidates = QStringLiteral("Raison sociale;SIRET;Forme juridique;ESS;Code NAF;Contact;Courriel;"
                                        "Titre du projet;Description du projet;Surface demandée (m²);Usage souhaité;"
                                        "Emplois créés (ETP);Date d'installation souhaitée;Flux\n");
    const char* uses[] = {"atelier", "bureau", "stockage", "restauration"};
    for (int i = 0; i < 10000; ++i) {
        const QString head = QString::number(400000000000LL + i * 7919LL).rightJustified(13, QLatin1Char('0'));
        candidates +=
            QStringLiteral("Entreprise %1;%2;SAS;%3;62.01Z;Contact %1;contact%1@example.fr;Projet %1;"
                           "Une description du projet numéro %1, sur une ligne.;%4;%5;%6;01/%7/2027;"
                           "\"sortie: palettes 3 t; entrée: chaleur\"\n")
                .arg(i)
                .arg(head + QChar(u'0' + Siret::luhnCheckDigit(head)))
                .arg(i % 3 ? QStringLiteral("non") : QStringLiteral("oui"))
                .arg(QString::number(20 + (i % 400) + 0.5, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(',')))
                .arg(QLatin1String(uses[i % 4]))
                .arg(i % 9)
                .arg(1 + i % 12, 2, 10, QLatin1Char('0'));
    }
    const QString candidatesCsv = dir.filePath(QStringLiteral("candidats-10000.csv"));
    {
        QFile f(candidatesCsv);
        if (!f.open(QIODevice::WriteOnly) || f.write(candidates.toUtf8()) < 0)
            die(f.errorString());
    }
    // The large campaign: juror names made unique, its scores as a long CSV; the campaign
    // file holds everything but the scores.
    Campaign large = DemoGenerator::generate(DemoOptions::large());
    QSet<QString> names;
    for (Juror& j : large.jurors) {
        if (names.contains(j.name))
            j.name += QStringLiteral(" (%1)").arg(j.id);
        names.insert(j.name);
    }
    std::map<Id, QString> jurorName, criterionCode;
    std::map<Id, int> registration;
    for (const Juror& j : large.jurors)
        jurorName[j.id] = j.name;
    for (const Criterion& k : large.criteria)
        criterionCode[k.id] = k.code;
    for (const Candidate& k : large.candidates)
        registration[k.id] = k.registrationNo;
    QString scores = QStringLiteral("Juré;Candidat;Critère;Note;Commentaire\n");
    scores.reserve(qsizetype(large.scores.size()) * 48);
    for (const Score& sc : large.scores)
        scores += jurorName[sc.jurorId] + QLatin1Char(';') + QString::number(registration[sc.candidateId]) +
                  QLatin1Char(';') + criterionCode[sc.criterionId] + QLatin1Char(';') +
                  QString::number(sc.value).replace(QLatin1Char('.'), QLatin1Char(',')) + QStringLiteral(";\n");
    const QString scoresCsv = dir.filePath(QStringLiteral("notes-1.5M.csv"));
    {
        QFile f(scoresCsv);
        if (!f.open(QIODevice::WriteOnly) || f.write(scores.toUtf8()) < 0)
            die(f.errorString());
    }
    scores.clear();
    const int scoreCount = int(large.scores.size());
    large.scores.clear();
    large.settings.status = CampaignStatus::Scoring; // scores come in
    large.decisions.clear();
    Campaign setup = DemoGenerator::generate(DemoOptions::realistic());
    setup.candidates.clear();
    setup.scores.clear();
    setup.flows.erase(
        std::remove_if(setup.flows.begin(), setup.flows.end(), [](const Flow& f) { return f.candidateId != 0; }),
        setup.flows.end());
    setup.conflicts.clear();
    setup.decisions.clear();
    setup.attachments.clear();
    setup.settings.status = CampaignStatus::Open; // applications come in

    for (int r = 0; r < runs; ++r) {
        QString why;
        const QString emptyPath = dir.filePath(QStringLiteral("import-candidates-%1.ami").arg(r));
        if (!CampaignFile::writeNew(emptyPath, setup, &why))
            die(why);
        timeImport(t, QStringLiteral("import 10,000 candidates"), emptyPath, candidatesCsv, ImportKind::Candidates,
                   10000);
        const QString largePath = dir.filePath(QStringLiteral("import-scores-%1.ami").arg(r));
        if (!CampaignFile::writeNew(largePath, large, &why))
            die(why);
        timeImport(t, QStringLiteral("import 1.5 M long-form scores"), largePath, scoresCsv, ImportKind::Scores,
                   scoreCount);
        for (const QString& path : {emptyPath, largePath})
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
    }
    for (const auto& [step, values] : t) {
        const bool isScores = step.contains(QLatin1String("scores"));
        out << "| import | " << (isScores ? large.candidates.size() : 10000) << " | "
            << (isScores ? large.jurors.size() : setup.jurors.size()) << " | " << (isScores ? scoreCount : 0) << " | "
            << step << " | " << QString::number(median(values), 'f', 2) << " |\n";
    }
    out.flush();
}

// The demo's juror packages: the export of every juror's package and letter from the
// document (as the Juries page and palmares-cli export-packages do), a package opened by its
// juror (Argon2id, then the seal and the contents), one change of the juror saved into it
// (sealed again, written whole and synced), a return read, checked and planned, and every
// juror's paper score sheets.
void benchPackages(QTextStream& out, QTemporaryDir& dir, int runs)
{
    // The demo as palmares-cli demo makes it: each application attached as a PDF.
    Campaign demo = DemoGenerator::generate(DemoOptions::realistic());
    print::ApplicationFile::attachAll(demo);
    std::vector<Id> jurors;
    for (const Juror& j : demo.jurors)
        jurors.push_back(j.id);
    std::map<QString, std::vector<double>> t;
    for (int r = 0; r < runs; ++r) {
        const QString path = dir.filePath(QStringLiteral("packages-%1.ami").arg(r));
        {
            CampaignFile file;
            if (!file.create(path) || !file.writeAll(demo))
                die(file.errorString());
        }
        QString why;
        auto doc = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &why);
        if (!doc)
            die(why);
        const QString folder = dir.filePath(QStringLiteral("packages-%1").arg(r));
        if (!QDir().mkpath(folder))
            die(folder);
        JurorPackages::ExportOutcome exported;
        t[QStringLiteral("export: 24 packages and letters, recorded")].push_back(
            timeMs([&] { exported = JurorPackages::exportPackages(*doc, jurors, folder); }));
        if (!exported.error.isEmpty() || exported.files.size() != jurors.size())
            die(exported.error);
        const JurorPackages::Written& first = exported.files.front();
        const JurorPackage* record = packageOf(doc->campaign(), first.jurorId);
        if (!record)
            die(QStringLiteral("no package recorded"));
        std::unique_ptr<JurorSession> session;
        t[QStringLiteral("juror: open a package (Argon2id, seal, contents)")].push_back(timeMs([&] {
            PackageProblem problem = PackageProblem::None;
            session = JurorSession::open(first.package, record->passphrase, &problem, &why);
        }));
        if (!session)
            die(why);
        const PackageScore given = session->contents().scores.front();
        const double other = given.value == session->contents().jury.scaleMin ? session->contents().jury.scaleMax
                                                                              : session->contents().jury.scaleMin;
        t[QStringLiteral("juror: one change saved into the package")].push_back(timeMs([&] {
            if (!session->setScore(given.candidateId, given.criterionId, other, QDateTime::currentDateTimeUtc(), &why))
                die(why);
        }));
        JurorPackages::Return back;
        t[QStringLiteral("return: read, checked and planned")].push_back(timeMs(
            [&] { back = JurorPackages::read(doc->campaign(), first.package, QDateTime::currentDateTimeUtc()); }));
        if (!back.problem.isEmpty() || back.plan.taken != 1)
            die(back.problem);
        // Every package sent back untouched but the first: each read, checked and imported.
        t[QStringLiteral("return: the 24 packages imported back (read, checked, planned, applied)")].push_back(
            timeMs([&] {
                for (const JurorPackages::Written& w : exported.files) {
                    const JurorPackages::Return each =
                        JurorPackages::read(doc->campaign(), w.package, QDateTime::currentDateTimeUtc());
                    if (!each.problem.isEmpty() || !JurorPackages::apply(*doc, each, QStringLiteral("benchmark"), &why))
                        die(each.problem.isEmpty() ? why : each.problem);
                }
            }));
        print::ScoreSheets::Written sheets;
        t[QStringLiteral("paper: 24 jurors' score sheets")].push_back(
            timeMs([&] { sheets = print::ScoreSheets::write(doc->campaign(), jurors, folder); }));
        if (!sheets.error.isEmpty() || sheets.files.size() != jurors.size())
            die(sheets.error);
    }
    for (const auto& [step, values] : t)
        out << "| packages | " << demo.candidates.size() << " | " << demo.jurors.size() << " | " << demo.scores.size()
            << " | " << step << " | " << QString::number(median(values), 'f', 2) << " |\n";
    out.flush();
}

// The demo's documents, as Export and palmares-cli report write them: the full laureate
// report as PDF (every chart drawn) and as ODT, and the minutes as PDF.
void benchReports(QTextStream& out, QTemporaryDir& dir, int runs)
{
    const Campaign demo = DemoGenerator::generate(DemoOptions::realistic());
    const Evaluation e = evaluate(demo, false);
    std::map<QString, std::vector<double>> t;
    const std::vector<std::tuple<QString, QString, report::Kind>> documents{
        {QStringLiteral("report: the laureate report as PDF"), QStringLiteral("pdf"), report::Kind::LaureateReport},
        {QStringLiteral("report: the laureate report as ODT"), QStringLiteral("odt"), report::Kind::LaureateReport},
        {QStringLiteral("report: the minutes as PDF"), QStringLiteral("pdf"), report::Kind::Minutes}};
    for (int r = 0; r < runs; ++r) {
        for (const auto& [step, suffix, kind] : documents) {
            const QString path = dir.filePath(QStringLiteral("report-%1.%2").arg(r).arg(suffix));
            report::Spreadsheets::Written w;
            t[step].push_back(
                timeMs([&] { w = report::Documents::write(path, kind, demo, e, report::Audience::Full); }));
            if (!w.error.isEmpty())
                die(w.error);
            QFile::remove(path);
        }
    }
    for (const auto& [step, values] : t)
        out << "| reports | " << demo.candidates.size() << " | " << demo.jurors.size() << " | " << demo.scores.size()
            << " | " << step << " | " << QString::number(median(values), 'f', 2) << " |\n";
    out.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    // Fonts for the PDFs of the packages' and reports' sections, and the reports' charts
    // (QtCharts' widgets), on the offscreen platform.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times storage and engine on generated campaigns."));
    parser.addHelpOption();
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per measure (median)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption only(QStringLiteral("only"),
                                  QStringLiteral("realistic, large, import, packages or reports."),
                                  QStringLiteral("size"));
    parser.addOptions({runs, only});
    parser.process(app);
    const int n = std::max(1, parser.value(runs).toInt());

    QTextStream out(stdout);
    out << "Machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " threads, "
        << QSysInfo::prettyProductName() << "; Qt " << qVersion() << "; median of " << n << " runs\n\n";
    out << "| campaign | candidates | jurors | scores | step | median (ms) |\n|---|---:|---:|---:|---|---:|\n";

    QTemporaryDir dir;
    const std::vector<std::pair<QString, DemoOptions>> sizes{{QStringLiteral("realistic"), DemoOptions::realistic()},
                                                             {QStringLiteral("large"), DemoOptions::large()}};
    for (const auto& [name, options] : sizes) {
        if (parser.isSet(only) && parser.value(only) != name)
            continue;
        const Campaign campaign = DemoGenerator::generate(options);
        std::map<QString, std::vector<double>> t;
        for (int r = 0; r < n; ++r) {
            const QString path = dir.filePath(QStringLiteral("%1-%2.ami").arg(name).arg(r));
            CampaignFile file;
            if (!file.create(path))
                die(file.errorString());
            t[QStringLiteral("write every row (one transaction)")].push_back(timeMs([&] {
                if (!file.writeAll(campaign))
                    die(file.errorString());
            }));
            file.close();

            std::optional<Campaign> loaded;
            Evaluation e;
            const double load = timeMs([&] {
                QString why;
                if (!(loaded = CampaignFile::read(path, &why)))
                    die(why);
            });
            t[QStringLiteral("open + load")].push_back(load);
            double score = 0, rank = 0, greedy = 0;
            score = timeMs([&] { e.scores = Scoring::compute(*loaded); });
            rank = timeMs([&] { e.ranking = rankCandidates(*loaded, e.scores); });
            greedy = timeMs([&] {
                e.items = Selector::items(*loaded, e.scores, e.ranking);
                e.params = Selector::params(*loaded);
                e.greedy = Selector::greedy(e.items, e.params);
            });
            t[QStringLiteral("aggregation (scores → finals)")].push_back(score);
            t[QStringLiteral("aggregation + ranking")].push_back(score + rank);
            t[QStringLiteral("greedy selection")].push_back(greedy);
            t[QStringLiteral("recompute: aggregation + ranking + greedy")].push_back(score + rank + greedy);
            t[QStringLiteral("open + load + aggregation + ranking + greedy")].push_back(load + score + rank + greedy);
            bool solved = true;
            t[QStringLiteral("best value (exact knapsack)")].push_back(
                timeMs([&] { solved = Selector::bestValue(e.items, e.params).solved; }));
            if (!solved)
                die(QStringLiteral("best value not solved on the %1 campaign").arg(name));
            {
                // What the desktop app does after each keystroke in the score sheet.
                QString why;
                auto doc = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &why);
                if (!doc)
                    die(why);
                // The edit as the score grid builds it (Edits::setScore: the rules, the
                // conflicts), then saved, applied and evaluated.
                const Score given = doc->campaign().scores.front();
                const Jury* jury = nullptr;
                for (const Juror& j : doc->campaign().jurors) {
                    if (j.id == given.jurorId)
                        jury = rowWithId(doc->campaign().juries, j.juryId);
                }
                if (!jury)
                    die(QStringLiteral("the first score's jury is not in the campaign"));
                const double other = given.value == jury->scaleMin ? jury->scaleMax : jury->scaleMin;
                t[QStringLiteral("app: one score edited (save + apply + evaluate with best value)")].push_back(
                    timeMs([&] {
                        const Edit edit =
                            Edits::setScore(doc->campaign(), given.jurorId, given.candidateId, given.criterionId,
                                            &doc->campaign().scores.front(), other, QStringLiteral("entered"),
                                            doc->now(), QStringLiteral("benchmark: a correction in deliberation"));
                        if (!doc->apply(edit, &why))
                            die(why);
                    }));
            }
            // What the Analysis page and the ranking bars draw.
            t[QStringLiteral("analysis: juror profiles (box plot data)")].push_back(
                timeMs([&] { (void)jurorProfiles(*loaded); }));
            t[QStringLiteral("analysis: pillar contributions of every candidate")].push_back(timeMs([&] {
                for (const CandidateScore& cs : e.scores.candidates)
                    (void)pillarContributions(*loaded, cs);
            }));
            // The spreadsheets of the results: the ranking and every score, each format.
            for (const QString& suffix : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
                const QString sheetPath = dir.filePath(QStringLiteral("%1-%2.%3").arg(name).arg(r).arg(suffix));
                report::Spreadsheets::Written w;
                t[QStringLiteral("spreadsheets: ranking and every score as %1").arg(suffix.toUpper())].push_back(timeMs(
                    [&] { w = report::Spreadsheets::writeResults(sheetPath, *loaded, e, report::Audience::Full); }));
                if (!w.error.isEmpty())
                    die(w.error);
                for (const QString& f : w.files)
                    QFile::remove(f);
            }
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        for (const auto& [step, values] : t)
            out << "| " << name << " | " << campaign.candidates.size() << " | " << campaign.jurors.size() << " | "
                << campaign.scores.size() << " | " << step << " | " << QString::number(median(values), 'f', 2)
                << " |\n";
        out.flush();
    }
    if (!parser.isSet(only) || parser.value(only) == QLatin1String("import"))
        benchImports(out, dir, n);
    if (!parser.isSet(only) || parser.value(only) == QLatin1String("packages"))
        benchPackages(out, dir, n);
    if (!parser.isSet(only) || parser.value(only) == QLatin1String("reports"))
        benchReports(out, dir, n);
    return 0;
}
