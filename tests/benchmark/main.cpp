// SPDX-License-Identifier: GPL-3.0-or-later
// palmares-bench: generates the realistic and the large campaign of DESIGN section 10 and
// times, over several runs, the steps the targets of docs/PERFORMANCE.md are about.
// Prints a Markdown table of medians. Not a test: timings never fail a build.
#include "core/demo/DemoGenerator.h"
#include "core/edit/CampaignDocument.h"
#include "core/engine/Analysis.h"
#include "core/engine/Evaluation.h"
#include "core/storage/CampaignFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>
#include <map>

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

[[noreturn]] void die(const QString& why)
{
    QTextStream(stderr) << "palmares-bench: " << why << Qt::endl;
    std::exit(1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times storage and engine on generated campaigns."));
    parser.addHelpOption();
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per measure (median)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("realistic or large."),
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
                Change change;
                Score edited = doc->campaign().scores.front();
                edited.comment = QStringLiteral("benchmark %1").arg(r);
                change.scores.put.push_back(edited);
                t[QStringLiteral("app: one score edited (save + apply + evaluate with best value)")].push_back(
                    timeMs([&] {
                        if (!doc->apply(change, &why))
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
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        for (const auto& [step, values] : t)
            out << "| " << name << " | " << campaign.candidates.size() << " | " << campaign.jurors.size() << " | "
                << campaign.scores.size() << " | " << step << " | " << QString::number(median(values), 'f', 2)
                << " |\n";
        out.flush();
    }
    return 0;
}
