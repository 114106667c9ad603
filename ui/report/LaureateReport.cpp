// SPDX-License-Identifier: GPL-3.0-or-later
// The sections of the ranked laureate report (docs/reports.md), in their order.
#include "ui/report/Composer.h"
#include "ui/report/Report.h"

#include "core/engine/Analysis.h"
#include "core/engine/Evaluation.h"
#include "core/engine/Formulas.h"
#include "core/engine/Summary.h"
#include "core/model/Campaign.h"
#include "core/present/Words.h"
#include "ui/charts/Charts.h"

#include <QChart>
#include <QHash>
#include <QLegend>
#include <QPolarChart>

#include <algorithm>

namespace palmares::report {

namespace {

class Report {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString points(double v, int decimals = 1)
{
    return Words::number(v, decimals);
}

QString squareMetres(double v)
{
    return Report::tr("%1\u00a0m²").arg(Words::number(v, 0));
}

QString percent(double v, int decimals = 1)
{
    return Report::tr("%1\u00a0%").arg(Words::number(v, decimals));
}

// The chart's fonts: the report's, at the size the chart is laid out at.
void reportFonts(QChart* chart)
{
    QFont title(QStringLiteral("DejaVu Sans"));
    title.setPixelSize(17);
    title.setBold(true);
    chart->setTitleFont(title);
    QFont labels(QStringLiteral("DejaVu Sans"));
    labels.setPixelSize(14);
    chart->legend()->setFont(labels);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(labels);
        axis->setTitleFont(labels);
    }
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

// The candidates' standing in the selection the report is about (greedy: the rule the
// jury explains; best value is advisory, as on the Ranking page).
std::vector<Standing> standings(const Input& in)
{
    return Selector::standings(in.evaluation.greedy, in.campaign.candidates.size());
}

class Cover : public Section {
public:
    void write(Composer& out, const Input& in) const override
    {
        const Campaign& c = in.campaign;
        const CampaignSummary s = summarize(c, in.evaluation);
        out.coverTitle(c.settings.name, Report::tr("Ranked laureate report"));
        std::vector<std::pair<QString, QString>> facts;
        if (!c.settings.territory.isEmpty())
            facts.emplace_back(Report::tr("Territory"), c.settings.territory);
        facts.emplace_back(
            Report::tr("Site"),
            Report::tr("%n building(s), %1 rentable", nullptr, s.buildings).arg(squareMetres(s.rentableSurface)));
        if (c.settings.startDate.isValid() || c.settings.endDate.isValid())
            facts.emplace_back(Report::tr("Call for expressions of interest"),
                               Report::tr("from %1 to %2")
                                   .arg(QLocale().toString(c.settings.startDate, QLocale::LongFormat),
                                        QLocale().toString(c.settings.endDate, QLocale::LongFormat)));
        facts.emplace_back(Report::tr("Status of the campaign"), Words::status(c.settings.status));
        facts.emplace_back(Report::tr("Report written on"), QLocale().toString(in.writtenAt, QLocale::LongFormat));
        facts.emplace_back(Report::tr("Version"), in.audience == Audience::Full
                                                      ? Report::tr("full: with the jurors' names and comments")
                                                      : Report::tr("public: without the jurors' names, comments or "
                                                                   "the personal data of the candidates not selected"));
        out.facts(facts);
    }
};

class Summary : public Section {
public:
    void write(Composer& out, const Input& in) const override
    {
        const Campaign& c = in.campaign;
        const Evaluation& e = in.evaluation;
        const CampaignSummary s = summarize(c, e);
        const Selection& sel = e.greedy;
        out.heading(1, Report::tr("Summary"), true);
        out.facts({
            {Report::tr("Applications"), QString::number(s.candidates)},
            {Report::tr("Eligible"), QString::number(s.candidates - s.ineligible - s.withdrawn)},
            {Report::tr("Not eligible"), QString::number(s.ineligible)},
            {Report::tr("Withdrawn"), QString::number(s.withdrawn)},
            {Report::tr("Selectable (every jury at quorum)"), QString::number(s.selectable)},
            {Report::tr("Laureates"), QString::number(sel.laureates.size())},
            {Report::tr("Waiting list"), QString::number(sel.waitingList.size())},
            {Report::tr("Surface of the laureates"),
             Report::tr("%1 of a capacity of %2").arg(squareMetres(sel.totalSurface), squareMetres(sel.capacity))},
            {Report::tr("Fill of the site"), Report::tr("%1 of the rentable surface (target %2)")
                                                 .arg(percent(sel.fillPct), percent(c.settings.fillTargetPct, 0))},
        });
        out.paragraph(
            Report::tr("The %n laureate(s) fill %1 of the site's %2 rentable, for a target of %3.", nullptr,
                       int(sel.laureates.size()))
                .arg(percent(sel.fillPct), squareMetres(sel.rentableSurface), percent(c.settings.fillTargetPct, 0)));
        const Campaign* campaign = &c;
        const Selection* selection = &sel;
        out.chart({[campaign, selection] {
                       auto* chart = new QChart;
                       charts::drawSiteFill(chart, *campaign, *selection);
                       chart->legend()->setAlignment(Qt::AlignBottom);
                       reportFonts(chart);
                       return chart;
                   },
                   170, 85, QSizeF(820, 410)});
    }
};

class Method : public Section {
public:
    void write(Composer& out, const Input& in) const override
    {
        const Campaign& c = in.campaign;
        const CampaignSettings& s = c.settings;
        const WeightShares shares = weightShares(c);
        const Selection& sel = in.evaluation.greedy;
        out.heading(1, Report::tr("Method"), true);
        out.paragraph(Report::tr("How each candidate's final score and the list of laureates were computed, with the "
                                 "settings of this campaign. With the score spreadsheet of the same campaign, a reader "
                                 "can redo every step."));

        out.heading(2, Report::tr("Juries and scales"));
        std::vector<QStringList> juries;
        for (size_t j = 0; j < c.juries.size(); ++j) {
            const Jury& jury = c.juries[j];
            int jurors = 0;
            for (const Juror& juror : c.jurors)
                jurors += juror.juryId == jury.id ? 1 : 0;
            juries.push_back(
                {jury.name, QString::number(jurors),
                 Report::tr("%1 to %2, step %3")
                     .arg(Words::value(jury.scaleMin), Words::value(jury.scaleMax), Words::value(jury.scaleStep)),
                 QString::number(jury.quorum), Words::value(jury.weight), percent(shares.juries[j])});
        }
        out.table({{Report::tr("Jury"), 26},
                   {Report::tr("Jurors"), 9, true},
                   {Report::tr("Scale"), 22},
                   {Report::tr("Quorum (jurors)"), 14, true},
                   {Report::tr("Weight"), 15, true},
                   {Report::tr("Share of the final score"), 14, true}},
                  juries);
        out.paragraph(Report::tr("1. Each value is brought to [0, 1] on its jury's scale: (value − minimum) / "
                                 "(maximum − minimum)."));
        out.paragraph(s.debias ? Report::tr("2. Each juror's values are de-biased: centred and scaled on the juror's "
                                            "own mean and standard deviation, brought back to those of the jury, and "
                                            "kept within [0, 1].")
                               : Report::tr("2. The jurors' values are not de-biased (the campaign's setting)."));
        out.paragraph(Report::tr("3. On each criterion, the values of a jury's jurors are put together by: %1. A juror "
                                 "in conflict of interest with a candidate does not score it; such a score, if any, "
                                 "is ignored.")
                          .arg(Words::aggregation(s.aggregation).toLower()));

        out.heading(2, Report::tr("Pillars and criteria"));
        std::vector<QStringList> pillars;
        for (size_t p = 0; p < c.pillars.size(); ++p) {
            const Pillar& pillar = c.pillars[p];
            pillars.push_back({pillar.name, Words::value(pillar.weight), percent(shares.pillars[p]),
                               pillar.eliminatoryThreshold
                                   ? Report::tr("%1 / 100").arg(Words::value(*pillar.eliminatoryThreshold))
                                   : Report::tr("none")});
        }
        out.table({{Report::tr("Pillar"), 40},
                   {Report::tr("Weight"), 15, true},
                   {Report::tr("Share of the jury total"), 22, true},
                   {Report::tr("Eliminatory threshold"), 23, true}},
                  pillars);
        std::vector<QStringList> criteria;
        for (size_t k = 0; k < c.criteria.size(); ++k) {
            const Criterion& criterion = c.criteria[k];
            QString pillar;
            for (const Pillar& p : c.pillars) {
                if (p.id == criterion.pillarId)
                    pillar = p.name;
            }
            criteria.push_back({pillar, criterion.name, Words::value(criterion.weight),
                                percent(shares.criteriaInPillar[k]), percent(shares.criteria[k])});
        }
        out.table({{Report::tr("Pillar"), 22},
                   {Report::tr("Criterion"), 34},
                   {Report::tr("Weight"), 14, true},
                   {Report::tr("Share in the pillar"), 15, true},
                   {Report::tr("Share of the jury total"), 15, true}},
                  criteria, Composer::Type::Small);
        out.paragraph(Report::tr("4. A jury's pillar score is the weighted mean of its criteria; the jury's total, out "
                                 "of 100, is 100 × Σ Wp·Pp / Σ Wp over the pillars."));
        out.paragraph(Report::tr("5. The final score, out of 100, is the mean of the jury totals weighted by the "
                                 "juries' weights, over the juries that reached their quorum. A candidate one of whose "
                                 "juries did not reach its quorum is incomplete: ranked, flagged, and not selected "
                                 "automatically."));
        out.paragraph(
            Report::tr("6. A candidate marked ineligible or withdrawn, or whose combined score on a pillar is "
                       "under that pillar's eliminatory threshold, cannot be selected."));
        out.paragraph(Report::tr("7. No synergy bonus is added to the final score (0 points)."));
        QStringList chain;
        for (const TieKey& key : effectiveTieChain(c))
            chain << Words::tieKey(c, key);
        out.paragraph(Report::tr("8. Candidates are ranked by final score; scores within %1 of each other are equal, "
                                 "and such ties are broken by, in this order: %2.")
                          .arg(QLocale().toString(formulas::tieTolerance, 'g', 1), chain.join(QStringLiteral(", "))));
        out.paragraph(Report::tr("9. A disagreement is flagged when the standard deviation of a jury's juror totals "
                                 "exceeds %1 points, or the gap between two juries' totals exceeds %2 points (out of "
                                 "100).")
                          .arg(Words::value(s.juryStdDevThreshold), Words::value(s.juryGapThreshold)));

        out.heading(2, Report::tr("Selection against the site-fill target"));
        out.paragraph(
            Report::tr("The capacity is the rentable surface times the fill target: %1 × %2 = %3.")
                .arg(squareMetres(sel.rentableSurface), percent(s.fillTargetPct, 0), squareMetres(sel.capacity)));
        out.paragraph(
            Report::tr("Rule: %1. Candidates forced in by the jury are placed first; those forced out never "
                       "are. Then the ranking is walked from the top: a selectable candidate whose requested "
                       "surface fits in the capacity left becomes a laureate; one that does not fit is passed "
                       "over, and the walk goes on. The waiting list is made of the next %n selectable "
                       "candidate(s), in rank order.",
                       nullptr, s.waitingListSize)
                .arg(Words::rule(SelectionRule::Greedy)));
        if (s.selectionRule == SelectionRule::BestValue)
            out.paragraph(Report::tr("The campaign also computes the best-value set (the largest total score that fits "
                                     "the capacity); it is advisory and does not make this list."));
    }
};

// The pillars' names as the ranking table's narrow columns show them: a name of up to six
// letters whole, a longer one cut after four (« Envi. »); whole where two would read the same.
QStringList shortNames(const Campaign& campaign)
{
    QStringList names;
    for (const Pillar& p : campaign.pillars)
        names << (p.name.size() <= 6 ? p.name : Report::tr("%1.").arg(p.name.left(4)));
    for (int i = 0; i < names.size(); ++i) {
        if (names.count(names[i]) > 1)
            names[i] = campaign.pillars[size_t(i)].name;
    }
    return names;
}

class RankingTable : public Section {
public:
    void write(Composer& out, const Input& in) const override
    {
        const Campaign& c = in.campaign;
        const Evaluation& e = in.evaluation;
        out.heading(1, Report::tr("Ranking"), true);
        out.paragraph(
            Report::tr("Every candidate in rank order: final score and each jury's total out of 100, the "
                       "combined score of each pillar, the surface asked for, the fill of the site after each "
                       "laureate, and the outcome of the selection with the jury's decision when it recorded "
                       "one (★: forced in by the jury)."),
            true);
        // The numbers are those of the results spreadsheet (Tables::ranking), column for column.
        const Table ranking = Tables::ranking(c, e);
        const size_t juries = c.juries.size();
        const size_t pillars = c.pillars.size();
        const size_t surface = 4 + juries + pillars;
        const size_t fill = surface + 2;
        const size_t decision = surface + 4;
        // Pillars are named short in their columns, and in full under the table.
        const QStringList pillarNames = shortNames(c);
        std::vector<Composer::Column> columns{{ranking.headers[0], 4.5, true}, {ranking.headers[2], 0}};
        std::vector<size_t> from{0, 2};
        columns.push_back({ranking.headers[3], 6, true});
        from.push_back(3);
        for (size_t i = 0; i < juries + pillars; ++i) {
            columns.push_back({i < juries ? ranking.headers[int(4 + i)] : pillarNames[int(i - juries)],
                               i < juries ? 8.0 : 5.5, true});
            from.push_back(4 + i);
        }
        columns.push_back({Report::tr("Surface (m²)"), 7, true});
        from.push_back(surface);
        columns.push_back({Report::tr("Fill (%)"), 6, true});
        from.push_back(fill);
        // The jury's recorded decision, if any, under the outcome of the selection.
        columns.push_back({Report::tr("Outcome"), 15});
        double taken = 0;
        for (const Composer::Column& col : columns)
            taken += col.widthPct;
        columns[1].widthPct = std::max(16.0, 100 - taken);
        const std::vector<Standing> standing = standings(in);
        std::vector<QStringList> rows;
        std::vector<Cell> cells;
        for (size_t r = 0; r < ranking.rowCount; ++r) {
            ranking.fill(r, cells);
            QStringList row;
            for (size_t f : from)
                row << cells[f].shown();
            const QString decided = cells[decision].shown();
            row << (decided.isEmpty()
                        ? Words::outcomeInBrief(e.greedy, standing[size_t(e.ranking.entries[r].candidate)])
                        : Report::tr("%1 (decision: %2)")
                              .arg(Words::outcomeInBrief(e.greedy, standing[size_t(e.ranking.entries[r].candidate)]),
                                   decided));
            rows.push_back(row);
        }
        out.table(columns, rows, Composer::Type::Dense);
        QStringList legend;
        for (size_t p = 0; p < pillars; ++p) {
            if (pillarNames[int(p)] != c.pillars[p].name)
                legend << Report::tr("%1 %2").arg(pillarNames[int(p)], c.pillars[p].name);
        }
        if (!legend.isEmpty())
            out.paragraph(Report::tr("Pillars: %1.").arg(legend.join(QStringLiteral(" · "))), true);
    }
};

class LaureateSheets : public Section {
public:
    void write(Composer& out, const Input& in) const override
    {
        const Campaign& c = in.campaign;
        const Evaluation& e = in.evaluation;
        const WeightShares shares = weightShares(c);
        QHash<Id, QString> jurors;
        QHash<Id, int> juryOf;
        for (const Juror& j : c.jurors)
            jurors.insert(j.id, j.name);
        for (size_t j = 0; j < c.juries.size(); ++j) {
            for (const Juror& juror : c.jurors) {
                if (juror.juryId == c.juries[j].id)
                    juryOf.insert(juror.id, int(j));
            }
        }
        QHash<Id, QString> criteria;
        for (const Criterion& k : c.criteria)
            criteria.insert(k.id, k.name);
        const size_t count = e.greedy.laureates.size();
        out.heading(1, Report::tr("The laureates"), true);
        out.paragraph(Report::tr("One sheet per laureate, in the order they were placed."), true);
        for (size_t i = 0; i < count; ++i) {
            const int k = e.greedy.laureates[i].candidate;
            const Candidate& who = c.candidates[size_t(k)];
            const CandidateScore& score = e.scores.candidates[size_t(k)];
            const int rank = e.ranking.rankOf(k);
            out.heading(2, Report::tr("%1. %2").arg(i + 1).arg(who.name), i > 0);
            std::vector<std::pair<QString, QString>> facts{
                {Report::tr("Rank"), QString::number(rank)},
                {Report::tr("Final score"), Report::tr("%1 / 100").arg(points(score.final, 2))},
                {Report::tr("Registration no."), QString::number(who.registrationNo)},
            };
            QStringList company{who.legalForm};
            if (!who.siret.isEmpty())
                company << Report::tr("SIRET %1").arg(who.siret);
            if (who.ess)
                company << Report::tr("social and solidarity economy");
            company.removeAll(QString());
            if (!company.isEmpty())
                facts.emplace_back(Report::tr("Company"), company.join(QStringLiteral(", ")));
            if (!who.projectTitle.isEmpty())
                facts.emplace_back(Report::tr("Project"), who.projectTitle);
            facts.emplace_back(Report::tr("Surface asked for"), squareMetres(who.requestedSurface));
            if (!who.wantedUse.isEmpty())
                facts.emplace_back(Report::tr("Use"), who.wantedUse);
            if (who.jobsFte > 0)
                facts.emplace_back(Report::tr("Jobs (full-time equivalent)"), Words::value(who.jobsFte));
            if (in.audience == Audience::Full && !who.contactName.isEmpty())
                facts.emplace_back(Report::tr("Contact"), who.contactName);
            out.facts(facts);
            if (!who.description.isEmpty())
                out.paragraph(who.description, true);

            const Campaign* campaign = &c;
            const Evaluation* evaluation = &e;
            out.chart({[campaign, evaluation, k] {
                           auto* chart = new QPolarChart;
                           charts::drawPillarRadar(chart, *campaign, *evaluation, {k}, true);
                           // Below: beside it, the legend and the pillars' names left the
                           // radar a third of the frame.
                           chart->legend()->setAlignment(Qt::AlignBottom);
                           reportFonts(chart);
                           return chart;
                       },
                       150, 92, QSizeF(600, 368)});

            std::vector<Composer::Column> columns{{Report::tr("Pillar"), 0}, {Report::tr("Share"), 12, true}};
            for (const Jury& j : c.juries)
                columns.push_back({j.name, 16, true});
            columns.push_back({Report::tr("Combined"), 14, true});
            double taken = 0;
            for (const Composer::Column& col : columns)
                taken += col.widthPct;
            columns[0].widthPct = 100 - taken;
            std::vector<QStringList> rows;
            for (size_t p = 0; p < c.pillars.size(); ++p) {
                QStringList row{c.pillars[p].name, percent(shares.pillars[p])};
                for (const JuryScore& js : score.juries)
                    row << (js.hasValues ? points(100 * js.pillars[p]) : QStringLiteral("–"));
                row << points(score.pillars[p]);
                rows.push_back(row);
            }
            QStringList total{Report::tr("Total out of 100"), QString()};
            for (const JuryScore& js : score.juries)
                total << (js.hasValues ? points(js.total, 2) : QStringLiteral("–"));
            total << points(score.final, 2);
            rows.push_back(total);
            out.table(columns, rows);

            if (in.audience != Audience::Full)
                continue;
            std::vector<QStringList> comments;
            for (const Score& s : c.scores) {
                if (s.candidateId != who.id || s.comment.trimmed().isEmpty())
                    continue;
                const int jury = juryOf.value(s.jurorId, -1);
                comments.push_back({jurors.value(s.jurorId), jury >= 0 ? c.juries[size_t(jury)].name : QString(),
                                    criteria.value(s.criterionId), s.comment.simplified()});
            }
            if (comments.empty())
                continue;
            out.heading(3, Report::tr("The jurors' comments"));
            out.table({{Report::tr("Juror"), 18},
                       {Report::tr("Jury"), 14},
                       {Report::tr("Criterion"), 20},
                       {Report::tr("Comment"), 48}},
                      comments, Composer::Type::Small);
        }
    }
};

class NotSelected : public Section {
public:
    void write(Composer& out, const Input& in) const override
    {
        const Campaign& c = in.campaign;
        const Evaluation& e = in.evaluation;
        const Selection& sel = e.greedy;
        const auto finalOf = [&](int k) {
            const CandidateScore& s = e.scores.candidates[size_t(k)];
            return s.hasFinal ? points(s.final, 2) : QStringLiteral("–");
        };
        out.heading(1, Report::tr("Waiting list and candidates not selected"), true);
        out.heading(2, Report::tr("Waiting list"));
        if (sel.waitingList.empty()) {
            out.paragraph(Report::tr("No candidate is on the waiting list."));
        } else {
            out.paragraph(Report::tr("If a laureate withdraws, the next candidate of this list whose surface fits "
                                     "takes the place."),
                          true);
            std::vector<QStringList> rows;
            for (size_t i = 0; i < sel.waitingList.size(); ++i) {
                const int k = sel.waitingList[i];
                rows.push_back({QString::number(i + 1), QString::number(e.ranking.rankOf(k)),
                                c.candidates[size_t(k)].name, finalOf(k),
                                Words::number(c.candidates[size_t(k)].requestedSurface, 0)});
            }
            out.table({{Report::tr("No."), 8, true},
                       {Report::tr("Rank"), 8, true},
                       {Report::tr("Candidate"), 56},
                       {Report::tr("Final"), 12, true},
                       {Report::tr("Surface (m²)"), 16, true}},
                      rows);
        }
        out.heading(2, Report::tr("Candidates not selected"));
        std::vector<char> waiting(c.candidates.size(), 0);
        for (int k : sel.waitingList)
            waiting[size_t(k)] = 1;
        std::vector<QStringList> rows;
        for (const Skipped& s : sel.skipped) {
            if (waiting[size_t(s.candidate)])
                continue;
            rows.push_back({QString::number(e.ranking.rankOf(s.candidate)), c.candidates[size_t(s.candidate)].name,
                            finalOf(s.candidate), Words::skipped(c, e, sel, s)});
        }
        if (rows.empty()) {
            out.paragraph(Report::tr("Every candidate is a laureate or on the waiting list."));
            return;
        }
        out.table({{Report::tr("Rank"), 7, true},
                   {Report::tr("Candidate"), 28},
                   {Report::tr("Final"), 9, true},
                   {Report::tr("Why"), 56}},
                  rows, Composer::Type::Small);
    }
};

class SiteFill : public Section {
public:
    void write(Composer& out, const Input& in) const override
    {
        const Campaign& c = in.campaign;
        const Selection& sel = in.evaluation.greedy;
        out.heading(1, Report::tr("Site fill"), true);
        out.paragraph(Report::tr("After the %n laureate(s), %1 of the %2 rentable are taken: %3 of the site, for a "
                                 "target of %4.",
                                 nullptr, int(sel.laureates.size()))
                          .arg(squareMetres(sel.totalSurface), squareMetres(sel.rentableSurface), percent(sel.fillPct),
                               percent(c.settings.fillTargetPct, 0)));
        const Campaign* campaign = &c;
        const Selection* selection = &sel;
        out.chart({[campaign, selection] {
                       auto* chart = new QChart;
                       charts::drawSiteFill(chart, *campaign, *selection);
                       reportFonts(chart);
                       return chart;
                   },
                   170, 100, QSizeF(820, 480)});
        std::vector<QStringList> rows;
        for (size_t i = 0; i < sel.laureates.size(); ++i) {
            const Placement& p = sel.laureates[i];
            rows.push_back({QString::number(i + 1), c.candidates[size_t(p.candidate)].name, Words::number(p.surface, 0),
                            Words::number(p.cumulativeSurface, 0), Words::number(p.fillPct, 1)});
        }
        out.table({{Report::tr("No."), 8, true},
                   {Report::tr("Laureate"), 47},
                   {Report::tr("Surface (m²)"), 15, true},
                   {Report::tr("Cumulative (m²)"), 16, true},
                   {Report::tr("Site fill (%)"), 14, true}},
                  rows, Composer::Type::Small);
    }
};

class Annex : public Section {
public:
    void write(Composer& out, const Input& in) const override
    {
        const Campaign& c = in.campaign;
        const CampaignSettings& s = c.settings;
        out.heading(1, Report::tr("Annex: how to check this report"), true);
        out.paragraph(Report::tr("The fingerprint below is computed from the campaign's set-up, candidates, scores and "
                                 "decisions, not from this document (docs/fingerprint.md). Anyone holding the campaign "
                                 "file can recompute it with the command given: the same fingerprint means the file "
                                 "still gives this report."));
        // What the results workbook's About sheet says, in small type: a digest on one line.
        const Table about = Tables::about(c, in.audience, in.writtenAt);
        std::vector<QStringList> rows;
        std::vector<Cell> cells;
        for (size_t r = 0; r < about.rowCount; ++r) {
            about.fill(r, cells);
            rows.push_back({cells[0].shown(), cells[1].shown()});
        }
        out.table({{about.headers[0], 28}, {about.headers[1], 72}}, rows, Composer::Type::Small);
        out.heading(2, Report::tr("Settings used"));
        QStringList chain;
        for (const TieKey& key : effectiveTieChain(c))
            chain << Words::tieKey(c, key);
        out.facts({
            {Report::tr("Rentable surface"), squareMetres(rentableSurface(c))},
            {Report::tr("Fill target"), percent(s.fillTargetPct, 0)},
            {Report::tr("Land counts towards the fill"), s.countLand ? Report::tr("yes") : Report::tr("no")},
            {Report::tr("Aggregation of the jurors' values"), Words::aggregation(s.aggregation)},
            {Report::tr("De-biasing of the jurors"), s.debias ? Report::tr("yes") : Report::tr("no")},
            {Report::tr("Disagreement thresholds"),
             Report::tr("%1 points within a jury, %2 points between juries")
                 .arg(Words::value(s.juryStdDevThreshold), Words::value(s.juryGapThreshold))},
            {Report::tr("Tie chain"), chain.join(QStringLiteral(", "))},
            {Report::tr("Selection rule"), Words::rule(s.selectionRule)},
            {Report::tr("Waiting list"),
             s.waitingListSize > 0 ? QString::number(s.waitingListSize) : Report::tr("every selectable candidate")},
        });
    }
};

} // namespace

Sections laureateReportSections()
{
    Sections s;
    s.push_back(std::make_unique<Cover>());
    s.push_back(std::make_unique<Summary>());
    s.push_back(std::make_unique<Method>());
    s.push_back(std::make_unique<RankingTable>());
    s.push_back(std::make_unique<LaureateSheets>());
    s.push_back(std::make_unique<NotSelected>());
    s.push_back(std::make_unique<SiteFill>());
    s.push_back(std::make_unique<Annex>());
    return s;
}

} // namespace palmares::report
