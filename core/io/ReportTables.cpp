// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ReportTables.h"

#include "core/io/Fingerprint.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <memory>
#include <tuple>
#include <utility>

namespace palmares::report {

Cell Cell::ofText(const QString& text)
{
    Cell c;
    c.text = text;
    return c;
}

Cell Cell::ofNumber(double value, int decimals)
{
    Cell c;
    if (std::isnan(value))
        return c;
    c.number = value;
    c.decimals = decimals;
    return c;
}

Cell Cell::ofTime(const QDateTime& at)
{
    Cell c;
    c.time = at;
    return c;
}

QString Cell::shown() const
{
    if (number)
        return Words::number(*number, decimals);
    if (time.isValid())
        return Words::journalTime(time);
    return text;
}

namespace {

// Widths that fit the headers and the longest cells, within bounds a sheet stays readable in.
void fitWidths(Table& t)
{
    t.widths.assign(size_t(t.headers.size()), 6);
    for (int i = 0; i < t.headers.size(); ++i)
        t.widths[size_t(i)] = std::max(t.widths[size_t(i)], int(std::min<qsizetype>(t.headers[i].size(), 18)) + 2);
    // The first thousand rows are enough to see how wide a column runs.
    const size_t rows = std::min<size_t>(t.rowCount, 1000);
    std::vector<Cell> cells;
    for (size_t r = 0; r < rows; ++r) {
        t.fill(r, cells);
        for (size_t i = 0; i < cells.size() && i < t.widths.size(); ++i)
            t.widths[i] = std::max(t.widths[i], int(std::min<qsizetype>(cells[i].shown().size(), 48)) + 2);
    }
}

} // namespace

Table Tables::ranking(const Campaign& c, const Evaluation& e)
{
    Table t;
    //: The name of a spreadsheet's sheet (31 characters at most).
    t.name = tr("Ranking");
    t.headers << tr("Rank") << tr("Registration no.") << tr("Candidate") << tr("Final");
    for (const Jury& j : c.juries)
        t.headers << j.name;
    for (const Pillar& p : c.pillars)
        t.headers << p.name;
    t.headers << tr("Surface (m²)") << tr("Cumulative surface (m²)") << tr("Site fill (%)") << tr("Outcome")
              << tr("Decision") << tr("Flags");
    const std::vector<Standing> standing = Selector::standings(e.greedy, c.candidates.size());
    QHash<Id, const Decision*> decisions;
    for (const Decision& d : c.decisions)
        decisions.insert(d.candidateId, &d);
    // A ranking is short: its rows made at once.
    auto rows = std::make_shared<std::vector<std::vector<Cell>>>();
    for (const RankEntry& entry : e.ranking.entries) {
        const Candidate& k = c.candidates[size_t(entry.candidate)];
        const CandidateScore& cs = e.scores.candidates[size_t(entry.candidate)];
        const Standing& s = standing[size_t(entry.candidate)];
        std::vector<Cell> row{Cell::ofNumber(entry.rank, 0), Cell::ofNumber(k.registrationNo, 0), Cell::ofText(k.name),
                              cs.hasFinal ? Cell::ofNumber(cs.final, 2) : Cell()};
        for (const JuryScore& js : cs.juries)
            row.push_back(js.hasValues ? Cell::ofNumber(js.total, 2) : Cell());
        for (double p : cs.pillars)
            row.push_back(Cell::ofNumber(p, 1));
        row.push_back(Cell::ofNumber(k.requestedSurface, 0));
        if (s.laureate >= 0) {
            const Placement& p = e.greedy.laureates[size_t(s.laureate)];
            row.push_back(Cell::ofNumber(p.cumulativeSurface, 0));
            row.push_back(Cell::ofNumber(p.fillPct, 1));
        } else {
            row.push_back(Cell());
            row.push_back(Cell());
        }
        row.push_back(Cell::ofText(Words::outcome(c, e, e.greedy, s)));
        const Decision* d = decisions.value(k.id);
        row.push_back(Cell::ofText(d ? Words::decision(*d) : QString()));
        row.push_back(Cell::ofText(Words::flags(c, e, entry.candidate)));
        rows->push_back(std::move(row));
    }
    t.rowCount = rows->size();
    t.fill = [rows](size_t i, std::vector<Cell>& cells) { cells = (*rows)[i]; };
    fitWidths(t);
    return t;
}

Table Tables::scores(const Campaign& c, Audience audience)
{
    const bool full = audience == Audience::Full;
    Table t;
    //: The name of a spreadsheet's sheet (31 characters at most).
    t.name = tr("Scores");
    t.headers << tr("Jury") << tr("Juror") << tr("Registration no.") << tr("Candidate") << tr("Pillar")
              << tr("Criterion") << tr("Value");
    if (full)
        t.headers << tr("Comment");
    t.headers << tr("Origin") << tr("Time");

    // Orders: juries and criteria as set up, jurors within their jury, candidates by number.
    QHash<Id, int> juryOrder, criterionOrder, candidateIndex, jurorIndex;
    for (size_t i = 0; i < c.juries.size(); ++i)
        juryOrder.insert(c.juries[i].id, int(i));
    for (size_t i = 0; i < c.criteria.size(); ++i)
        criterionOrder.insert(c.criteria[i].id, c.criteria[i].position * 100000 + int(i));
    for (size_t i = 0; i < c.candidates.size(); ++i)
        candidateIndex.insert(c.candidates[i].id, int(i));
    QHash<Id, QString> jurorLabel, juryName, pillarName;
    QHash<Id, int> jurorOrder, juryDecimals;
    for (const Jury& j : c.juries) {
        juryName.insert(j.id, j.name);
        juryDecimals.insert(j.id, rules::stepDecimals(j.scaleStep));
    }
    for (const Pillar& p : c.pillars)
        pillarName.insert(p.id, p.name);
    QHash<Id, int> inJury;
    for (size_t i = 0; i < c.jurors.size(); ++i) {
        const Juror& j = c.jurors[i];
        jurorIndex.insert(j.id, int(i));
        const int n = ++inJury[j.juryId];
        jurorOrder.insert(j.id, juryOrder.value(j.juryId) * 100000 + n);
        //: A juror in the public version of the scores, without their name: « Juré 3 (Jury
        //: d'experts) ».
        jurorLabel.insert(j.id, full ? j.name : tr("Juror %1 (%2)").arg(n).arg(juryName.value(j.juryId)));
    }
    // Sorted by a key worked out once per score.
    std::vector<std::pair<std::tuple<int, int, int>, const Score*>> scores;
    scores.reserve(c.scores.size());
    for (const Score& s : c.scores) {
        const auto candidate = candidateIndex.constFind(s.candidateId);
        if (!jurorIndex.contains(s.jurorId) || candidate == candidateIndex.cend() ||
            !criterionOrder.contains(s.criterionId))
            continue;
        scores.push_back({{jurorOrder.value(s.jurorId), c.candidates[size_t(*candidate)].registrationNo,
                           criterionOrder.value(s.criterionId)},
                          &s});
    }
    std::sort(scores.begin(), scores.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    // What a row needs of each score, worked out once; the row's cells made when it is read.
    // Scores share a few origins and times: each said or converted once.
    struct Row {
        const Score* score;
        const Juror* juror;
        const Candidate* candidate;
        const Criterion* criterion;
        int decimals;
    };
    struct Context {
        std::vector<Row> rows;
        QHash<Id, QString> jurorLabel, juryName, pillarName;
        QHash<QString, QString> origins;
        QHash<qint64, QDateTime> times;
        bool full = true;
    };
    auto context = std::make_shared<Context>();
    context->full = full;
    context->jurorLabel = jurorLabel;
    context->juryName = juryName;
    context->pillarName = pillarName;
    QHash<Id, const Criterion*> criteria;
    for (const Criterion& k : c.criteria)
        criteria.insert(k.id, &k);
    context->rows.reserve(scores.size());
    for (const auto& [order, s] : scores) {
        const Juror* juror = &c.jurors[size_t(jurorIndex.value(s->jurorId))];
        context->rows.push_back({s, juror, &c.candidates[size_t(candidateIndex.value(s->candidateId))],
                                 criteria.value(s->criterionId), juryDecimals.value(juror->juryId)});
    }
    t.rowCount = context->rows.size();
    t.fill = [context](size_t i, std::vector<Cell>& cells) {
        Context& x = *context;
        const Row& r = x.rows[i];
        auto origin = x.origins.constFind(r.score->origin);
        if (origin == x.origins.cend())
            origin = x.origins.insert(r.score->origin, Words::scoreOrigin(r.score->origin));
        QDateTime at;
        if (r.score->at.isValid()) {
            const qint64 key = r.score->at.toMSecsSinceEpoch();
            auto time = x.times.constFind(key);
            // Local time as a fixed offset: its date and time read without asking the system
            // for the time zone each time.
            if (time == x.times.cend())
                time = x.times.insert(key, r.score->at.toOffsetFromUtc(r.score->at.toLocalTime().offsetFromUtc()));
            at = *time;
        }
        cells.clear();
        cells.push_back(Cell::ofText(x.juryName.value(r.juror->juryId)));
        cells.push_back(Cell::ofText(x.jurorLabel.value(r.juror->id)));
        cells.push_back(Cell::ofNumber(r.candidate->registrationNo, 0));
        cells.push_back(Cell::ofText(r.candidate->name));
        cells.push_back(Cell::ofText(x.pillarName.value(r.criterion->pillarId)));
        cells.push_back(Cell::ofText(r.criterion->name));
        cells.push_back(Cell::ofNumber(r.score->value, r.decimals));
        if (x.full)
            cells.push_back(Cell::ofText(r.score->comment));
        cells.push_back(Cell::ofText(*origin));
        cells.push_back(Cell::ofTime(at));
    };
    fitWidths(t);
    return t;
}

Table Tables::about(const Campaign& c, Audience audience, const QDateTime& writtenAt)
{
    Table t;
    //: The name of a spreadsheet's sheet (31 characters at most): what the tables came from.
    t.name = tr("About");
    t.headers << tr("Item") << tr("Value", "the column of the About sheet");
    auto rows = std::make_shared<std::vector<std::vector<Cell>>>();
    const auto add = [&](const QString& item, const QString& value) {
        rows->push_back({Cell::ofText(item), Cell::ofText(value)});
    };
    const std::vector<fingerprint::Part> parts = fingerprint::parts(c);
    const QString print = fingerprint::of(parts);
    add(tr("Written by"), QStringLiteral("Palmarès " PALMARES_VERSION));
    add(tr("Campaign"), c.settings.name);
    add(tr("Territory"), c.settings.territory);
    add(tr("Written on"), Words::journalTime(writtenAt));
    add(tr("Version"), audience == Audience::Full ? tr("full: jurors' names and comments")
                                                  : tr("public: no juror's name, no comment"));
    add(tr("Fingerprint of the result"), print);
    for (const fingerprint::Part& p : parts)
        add(tr("Digest of the table %1").arg(p.table), QString::fromLatin1(p.sha256.toHex()));
    add(tr("To check it"), tr("palmares-cli verify FILE.ami --fingerprint %1").arg(print));
    t.rowCount = rows->size();
    t.fill = [rows](size_t i, std::vector<Cell>& cells) { cells = (*rows)[i]; };
    fitWidths(t);
    return t;
}

} // namespace palmares::report
