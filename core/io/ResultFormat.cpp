// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ResultFormat.h"

#include "core/engine/Formulas.h"
#include "core/io/TextTable.h"
#include "core/model/Codes.h"
#include "core/present/Words.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace palmares {

namespace {

// JSON numbers rounded to 6 decimals: exact enough to check, free of float noise.
QJsonValue num(double v)
{
    if (std::isnan(v))
        return QJsonValue();
    return std::round(v * 1e6) / 1e6;
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

// A time in JSON: ISO 8601 in UTC, or null when there is none.
QJsonValue when(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonArray jurorsJson(const std::vector<JurorProgress>& jurors)
{
    QJsonArray out;
    for (const JurorProgress& p : jurors)
        out.append(QJsonObject{{QStringLiteral("id"), p.jurorId},
                               {QStringLiteral("name"), p.name},
                               {QStringLiteral("jury"), p.jury},
                               {QStringLiteral("assigned"), p.assigned},
                               {QStringLiteral("scored"), p.scored},
                               {QStringLiteral("exported_at"), when(p.exportedAt)},
                               {QStringLiteral("returned_at"), when(p.returnedAt)},
                               {QStringLiteral("submitted_at"), when(p.submittedAt)}});
    return out;
}

} // namespace

QString ResultFormat::csvLine(const QStringList& fields)
{
    QStringList out;
    for (const QString& f : fields)
        out << csvField(f);
    return out.join(QLatin1Char(';')) + QLatin1Char('\n');
}

namespace {

QString csvOptional(double v)
{
    return std::isnan(v) ? QString() : ResultFormat::csvNumber(v);
}

QString shown(double v, int decimals = 2)
{
    return Words::number(v, decimals);
}

// Every number about one candidate, for JSON.
QJsonObject candidateJson(const Campaign& c, const Evaluation& e, int candidate)
{
    const Candidate& k = c.candidates[size_t(candidate)];
    const CandidateScore& cs = e.scores.candidates[size_t(candidate)];
    const RankEntry& entry = e.ranking.entryOf(candidate);
    QJsonObject juries;
    for (size_t j = 0; j < c.juries.size(); ++j) {
        const JuryScore& js = cs.juries[j];
        QJsonObject pillars;
        for (size_t p = 0; p < c.pillars.size(); ++p)
            pillars.insert(c.pillars[p].code, num(js.pillars.empty() ? formulas::missing : 100.0 * js.pillars[p]));
        juries.insert(c.juries[j].code,
                      QJsonObject{{QStringLiteral("total"), js.hasValues ? num(js.total) : QJsonValue()},
                                  {QStringLiteral("complete_jurors"), js.completeJurors},
                                  {QStringLiteral("quorum"), c.juries[j].quorum},
                                  {QStringLiteral("quorum_reached"), js.quorumReached},
                                  {QStringLiteral("juror_total_sd"), num(js.jurorTotalSd)},
                                  {QStringLiteral("pillars"), pillars}});
    }
    QJsonObject pillars;
    for (size_t p = 0; p < c.pillars.size(); ++p)
        pillars.insert(c.pillars[p].code, num(cs.pillars[p]));
    return QJsonObject{
        {QStringLiteral("rank"), entry.rank},
        {QStringLiteral("candidate_id"), k.id},
        {QStringLiteral("registration_no"), k.registrationNo},
        {QStringLiteral("name"), k.name},
        {QStringLiteral("siret"), k.siret},
        {QStringLiteral("final"), cs.hasFinal ? num(cs.final) : QJsonValue()},
        {QStringLiteral("juries"), juries},
        {QStringLiteral("pillars"), pillars},
        {QStringLiteral("requested_m2"), num(k.requestedSurface)},
        {QStringLiteral("fill_m2"), num(surfaceForFill(k, c.settings))},
        {QStringLiteral("use_type"), k.wantedUse},
        {QStringLiteral("flags"), QJsonObject{{QStringLiteral("incomplete"), cs.incomplete},
                                              {QStringLiteral("eligible"), cs.eligible()},
                                              {QStringLiteral("ineligible_reason"), Scoring::ineligibleCode(c, cs)},
                                              {QStringLiteral("ineligible_text"), Words::ineligible(c, cs)},
                                              {QStringLiteral("disagreement"), cs.disagreement},
                                              {QStringLiteral("disagreement_text"), Words::disagreement(c, cs)},
                                              {QStringLiteral("jury_gap"), num(cs.juryGap)}}},
        {QStringLiteral("tie_break"), entry.decidedBy > 0 && entry.decidedBy < int(e.ranking.chain.size())
                                          ? QJsonValue(codes::tieKey(e.ranking.chain[size_t(entry.decidedBy)]))
                                          : QJsonValue()},
    };
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QJsonArray chainJson(const Ranking& r)
{
    QJsonArray chain;
    for (const TieKey& key : r.chain)
        chain.append(codes::tieKey(key));
    return chain;
}

int rankOf(const Evaluation& e, int candidate)
{
    return e.ranking.rankOf(candidate);
}

} // namespace

bool ResultFormat::parseFormat(const QString& text, OutputFormat* format)
{
    if (text == QLatin1String("table"))
        *format = OutputFormat::Table;
    else if (text == QLatin1String("csv"))
        *format = OutputFormat::Csv;
    else if (text == QLatin1String("json"))
        *format = OutputFormat::Json;
    else
        return false;
    return true;
}

QString ResultFormat::csvNumber(double value, int decimals)
{
    QString s = QString::number(value, 'f', decimals);
    s.replace(QLatin1Char('.'), QLatin1Char(','));
    return s;
}

QString ResultFormat::ranking(const Campaign& c, const Evaluation& e, OutputFormat format)
{
    if (format == OutputFormat::Json) {
        QJsonArray candidates;
        for (const RankEntry& entry : e.ranking.entries)
            candidates.append(candidateJson(c, e, entry.candidate));
        QJsonArray juries, pillars;
        for (const Jury& j : c.juries)
            juries.append(QJsonObject{{QStringLiteral("code"), j.code},
                                      {QStringLiteral("name"), j.name},
                                      {QStringLiteral("weight"), j.weight},
                                      {QStringLiteral("scale_min"), j.scaleMin},
                                      {QStringLiteral("scale_max"), j.scaleMax},
                                      {QStringLiteral("scale_step"), j.scaleStep},
                                      {QStringLiteral("quorum"), j.quorum}});
        for (const Pillar& p : c.pillars)
            pillars.append(QJsonObject{{QStringLiteral("code"), p.code},
                                       {QStringLiteral("name"), p.name},
                                       {QStringLiteral("weight"), p.weight},
                                       {QStringLiteral("eliminatory_threshold"),
                                        p.eliminatoryThreshold ? QJsonValue(*p.eliminatoryThreshold) : QJsonValue()}});
        return json(QJsonObject{{QStringLiteral("campaign"), c.settings.name},
                                {QStringLiteral("aggregation"), codes::aggregation(c.settings.aggregation)},
                                {QStringLiteral("debias"), c.settings.debias},
                                {QStringLiteral("tie_chain"), chainJson(e.ranking)},
                                {QStringLiteral("tie_tolerance"), formulas::tieTolerance},
                                {QStringLiteral("juries"), juries},
                                {QStringLiteral("pillars"), pillars},
                                {QStringLiteral("ignored_scores"), e.scores.ignoredScores},
                                {QStringLiteral("candidates"), candidates}});
    }
    if (format == OutputFormat::Csv) {
        QStringList header{QStringLiteral("rank"), QStringLiteral("candidate"), QStringLiteral("registration_no"),
                           QStringLiteral("siret"), QStringLiteral("final")};
        for (const Jury& j : c.juries)
            header << QStringLiteral("jury_") + j.code;
        for (const Pillar& p : c.pillars)
            header << QStringLiteral("pillar_") + p.code;
        header << QStringLiteral("requested_m2") << QStringLiteral("incomplete") << QStringLiteral("eligible")
               << QStringLiteral("ineligible_reason") << QStringLiteral("disagreement") << QStringLiteral("tie_break");
        QString out = ResultFormat::csvLine(header);
        for (const RankEntry& entry : e.ranking.entries) {
            const Candidate& k = c.candidates[size_t(entry.candidate)];
            const CandidateScore& cs = e.scores.candidates[size_t(entry.candidate)];
            QStringList row{QString::number(entry.rank), k.name, QString::number(k.registrationNo), k.siret,
                            cs.hasFinal ? csvNumber(cs.final) : QString()};
            for (const JuryScore& js : cs.juries)
                row << (js.hasValues ? csvNumber(js.total) : QString());
            for (double p : cs.pillars)
                row << csvOptional(p);
            row << csvNumber(k.requestedSurface) << QString::number(int(cs.incomplete))
                << QString::number(int(cs.eligible())) << Scoring::ineligibleCode(c, cs)
                << QString::number(int(cs.disagreement))
                << (entry.decidedBy > 0 && entry.decidedBy < int(e.ranking.chain.size())
                        ? codes::tieKey(e.ranking.chain[size_t(entry.decidedBy)])
                        : QString());
            out += ResultFormat::csvLine(row);
        }
        return out;
    }
    QStringList header{tr("Rank"), tr("Candidate"), tr("Final")};
    std::vector<bool> numeric{true, false, true};
    for (const Jury& j : c.juries) {
        header << j.name;
        numeric.push_back(true);
    }
    header << tr("m²") << tr("Flags");
    numeric.push_back(true);
    numeric.push_back(false);
    std::vector<QStringList> rows;
    for (const RankEntry& entry : e.ranking.entries) {
        const Candidate& k = c.candidates[size_t(entry.candidate)];
        const CandidateScore& cs = e.scores.candidates[size_t(entry.candidate)];
        QStringList row{QString::number(entry.rank), k.name, cs.hasFinal ? shown(cs.final) : QStringLiteral("–")};
        for (const JuryScore& js : cs.juries)
            row << (js.hasValues ? shown(js.total) : QStringLiteral("–"));
        row << shown(k.requestedSurface, 0) << Words::flags(c, e, entry.candidate);
        rows.push_back(row);
    }
    return c.settings.name + QLatin1Char('\n') + tr("Tie-break chain: %1").arg(codes::tieChain(e.ranking.chain)) +
           QStringLiteral("\n\n") + textTable(header, rows, numeric);
}

QString ResultFormat::selection(const Campaign& c, const Evaluation& e, const Selection& s, OutputFormat format)
{
    const bool isBest = s.rule == SelectionRule::BestValue;
    std::vector<int> waitingPos(c.candidates.size(), -1);
    for (size_t i = 0; i < s.waitingList.size(); ++i)
        waitingPos[size_t(s.waitingList[i])] = int(i);

    if (format == OutputFormat::Json) {
        QJsonArray laureates, skipped, waiting;
        int order = 0;
        for (const Placement& p : s.laureates) {
            QJsonObject o = candidateJson(c, e, p.candidate);
            o.insert(QStringLiteral("order"), ++order);
            o.insert(QStringLiteral("surface_m2"), num(p.surface));
            o.insert(QStringLiteral("cumulative_m2"), num(p.cumulativeSurface));
            o.insert(QStringLiteral("fill_pct"), num(p.fillPct));
            o.insert(QStringLiteral("forced"), p.forced);
            laureates.append(o);
        }
        for (const Skipped& k : s.skipped) {
            const CandidateScore& cs = e.scores.candidates[size_t(k.candidate)];
            QJsonObject o{
                {QStringLiteral("rank"), rankOf(e, k.candidate)},
                {QStringLiteral("candidate_id"), c.candidates[size_t(k.candidate)].id},
                {QStringLiteral("name"), c.candidates[size_t(k.candidate)].name},
                {QStringLiteral("final"), cs.hasFinal ? num(cs.final) : QJsonValue()},
                {QStringLiteral("surface_m2"), num(k.surface)},
                {QStringLiteral("reason"), Selector::reasonCode(k.reason)},
                {QStringLiteral("reason_text"), Words::skipReason(k.reason)},
                {QStringLiteral("detail"), k.reason == SkipReason::Ineligible ? Words::ineligible(c, cs) : QString()}};
            if (!isBest)
                o.insert(QStringLiteral("remaining_m2"), num(k.remaining));
            skipped.append(o);
        }
        for (size_t i = 0; i < s.waitingList.size(); ++i) {
            const int k = s.waitingList[i];
            waiting.append(
                QJsonObject{{QStringLiteral("position"), int(i) + 1},
                            {QStringLiteral("rank"), rankOf(e, k)},
                            {QStringLiteral("candidate_id"), c.candidates[size_t(k)].id},
                            {QStringLiteral("name"), c.candidates[size_t(k)].name},
                            {QStringLiteral("final"), num(e.scores.candidates[size_t(k)].final)},
                            {QStringLiteral("surface_m2"), num(surfaceForFill(c.candidates[size_t(k)], c.settings))}});
        }
        QJsonObject root{{QStringLiteral("campaign"), c.settings.name},
                         {QStringLiteral("rule"), codes::selectionRule(s.rule)},
                         {QStringLiteral("solved"), s.solved},
                         {QStringLiteral("rentable_surface_m2"), num(s.rentableSurface)},
                         {QStringLiteral("fill_target_pct"), num(c.settings.fillTargetPct)},
                         {QStringLiteral("count_land"), c.settings.countLand},
                         {QStringLiteral("capacity_m2"), num(s.capacity)},
                         {QStringLiteral("tie_chain"), chainJson(e.ranking)},
                         {QStringLiteral("laureate_count"), int(s.laureates.size())},
                         {QStringLiteral("total_surface_m2"), num(s.totalSurface)},
                         {QStringLiteral("fill_pct"), num(s.fillPct)},
                         {QStringLiteral("total_score"), num(s.totalScore)},
                         {QStringLiteral("laureates"), laureates},
                         {QStringLiteral("waiting_list"), waiting},
                         {QStringLiteral("skipped"), skipped}};
        if (isBest) {
            QJsonArray onlyBest, onlyGreedy;
            for (int k : e.diff.onlyInBestValue)
                onlyBest.append(c.candidates[size_t(k)].name);
            for (int k : e.diff.onlyInGreedy)
                onlyGreedy.append(c.candidates[size_t(k)].name);
            root.insert(QStringLiteral("comparison"),
                        QJsonObject{{QStringLiteral("other_rule"), QStringLiteral("greedy")},
                                    {QStringLiteral("only_in_best_value"), onlyBest},
                                    {QStringLiteral("only_in_greedy"), onlyGreedy},
                                    {QStringLiteral("score_delta"), num(e.diff.scoreDelta)},
                                    {QStringLiteral("surface_delta_m2"), num(e.diff.surfaceDelta)}});
        }
        return json(root);
    }

    if (format == OutputFormat::Csv) {
        QString out = ResultFormat::csvLine(
            {QStringLiteral("rank"), QStringLiteral("candidate"), QStringLiteral("outcome"), QStringLiteral("order"),
             QStringLiteral("final"), QStringLiteral("surface_m2"), QStringLiteral("cumulative_m2"),
             QStringLiteral("fill_pct"), QStringLiteral("forced"), QStringLiteral("reason")});
        std::vector<SkipReason> skipReason(c.candidates.size(), SkipReason::None);
        for (const Skipped& sk : s.skipped)
            skipReason[size_t(sk.candidate)] = sk.reason;
        int order = 0;
        for (const Placement& p : s.laureates)
            out += ResultFormat::csvLine(
                {QString::number(rankOf(e, p.candidate)), c.candidates[size_t(p.candidate)].name,
                 QStringLiteral("laureate"), QString::number(++order),
                 csvNumber(e.scores.candidates[size_t(p.candidate)].final), csvNumber(p.surface),
                 csvNumber(p.cumulativeSurface), csvNumber(p.fillPct), QString::number(int(p.forced)), QString()});
        for (size_t i = 0; i < s.waitingList.size(); ++i) {
            const int k = s.waitingList[i];
            const QString reason = Selector::reasonCode(skipReason[size_t(k)]);
            out += ResultFormat::csvLine({QString::number(rankOf(e, k)), c.candidates[size_t(k)].name,
                                          QStringLiteral("waiting_list"), QString::number(int(i) + 1),
                                          csvNumber(e.scores.candidates[size_t(k)].final),
                                          csvNumber(surfaceForFill(c.candidates[size_t(k)], c.settings)), QString(),
                                          QString(), QStringLiteral("0"), reason});
        }
        for (const Skipped& sk : s.skipped) {
            if (waitingPos[size_t(sk.candidate)] >= 0)
                continue;
            const CandidateScore& cs = e.scores.candidates[size_t(sk.candidate)];
            out += ResultFormat::csvLine(
                {QString::number(rankOf(e, sk.candidate)), c.candidates[size_t(sk.candidate)].name,
                 QStringLiteral("skipped"), QString(), cs.hasFinal ? csvNumber(cs.final) : QString(),
                 csvNumber(sk.surface), QString(), QString(), QStringLiteral("0"),
                 sk.reason == SkipReason::Ineligible && !cs.eligible() ? Scoring::ineligibleCode(c, cs)
                                                                       : Selector::reasonCode(sk.reason)});
        }
        return out;
    }

    QString out = c.settings.name + QLatin1Char('\n');
    out += tr("Rule: %1").arg(Words::rule(s.rule)) + QLatin1Char('\n');
    out += tr("Rentable surface: %1 m²; fill target: %2 %; capacity: %3 m²")
               .arg(shown(s.rentableSurface, 0), shown(c.settings.fillTargetPct, 0), shown(s.capacity, 0)) +
           QStringLiteral("\n\n");
    if (!s.solved)
        out += tr("The best-value problem is too large to be solved exactly; no result.") + QLatin1Char('\n');
    out += tr("Laureates (%1)").arg(s.laureates.size()) + QLatin1Char('\n');
    std::vector<QStringList> rows;
    int order = 0;
    for (const Placement& p : s.laureates)
        rows.push_back({QString::number(++order), QString::number(rankOf(e, p.candidate)),
                        c.candidates[size_t(p.candidate)].name + (p.forced ? tr(" (forced in)") : QString()),
                        shown(e.scores.candidates[size_t(p.candidate)].final), shown(p.surface, 0),
                        shown(p.cumulativeSurface, 0), shown(p.fillPct, 1)});
    out += textTable({tr("#"), tr("Rank"), tr("Candidate"), tr("Final"), tr("m²"), tr("Cumulative m²"), tr("Fill %")},
                     rows, {true, true, false, true, true, true, true});
    out += QLatin1Char('\n') +
           tr("Total: %1 m², %2 % of the site (target %3 %)")
               .arg(shown(s.totalSurface, 0), shown(s.fillPct, 1), shown(c.settings.fillTargetPct, 0)) +
           QStringLiteral("\n\n");

    rows.clear();
    for (const Skipped& sk : s.skipped) {
        if (sk.reason == SkipReason::NotChosen)
            continue;
        const CandidateScore& cs = e.scores.candidates[size_t(sk.candidate)];
        const QString why = Words::skipped(c, e, s, sk);
        rows.push_back({QString::number(rankOf(e, sk.candidate)), c.candidates[size_t(sk.candidate)].name,
                        cs.hasFinal ? shown(cs.final) : QStringLiteral("–"), why});
    }
    if (!rows.empty()) {
        out += tr("Not selected (%1)").arg(rows.size()) + QLatin1Char('\n');
        out += textTable({tr("Rank"), tr("Candidate"), tr("Final"), tr("Reason")}, rows, {true, false, true, false});
        out += QLatin1Char('\n');
    }
    rows.clear();
    for (size_t i = 0; i < s.waitingList.size(); ++i) {
        const int k = s.waitingList[i];
        rows.push_back({QString::number(int(i) + 1), QString::number(rankOf(e, k)), c.candidates[size_t(k)].name,
                        shown(e.scores.candidates[size_t(k)].final),
                        shown(surfaceForFill(c.candidates[size_t(k)], c.settings), 0)});
    }
    out += tr("Waiting list (%1)").arg(rows.size()) + QLatin1Char('\n');
    out +=
        textTable({tr("#"), tr("Rank"), tr("Candidate"), tr("Final"), tr("m²")}, rows, {true, true, false, true, true});
    if (isBest) {
        QStringList added, dropped;
        for (int k : e.diff.onlyInBestValue)
            added << c.candidates[size_t(k)].name;
        for (int k : e.diff.onlyInGreedy)
            dropped << c.candidates[size_t(k)].name;
        out += QLatin1Char('\n') + tr("Compared with greedy by rank:") + QLatin1Char('\n');
        if (added.isEmpty() && dropped.isEmpty()) {
            out += tr("  the same laureates.") + QLatin1Char('\n');
        } else {
            out += tr("  adds: %1").arg(added.isEmpty() ? tr("nobody") : added.join(QStringLiteral(", "))) +
                   QLatin1Char('\n');
            out += tr("  drops: %1").arg(dropped.isEmpty() ? tr("nobody") : dropped.join(QStringLiteral(", "))) +
                   QLatin1Char('\n');
        }
        out += tr("  total score %1 points, surface %2 m²")
                   .arg(shown(e.diff.scoreDelta, 2), shown(e.diff.surfaceDelta, 0)) +
               QLatin1Char('\n');
    }
    return out;
}

QString ResultFormat::summary(const Campaign& c, const CampaignSummary& s, OutputFormat format)
{
    if (format == OutputFormat::Json) {
        QJsonArray juries;
        for (const JurySummary& j : s.juries)
            juries.append(QJsonObject{{QStringLiteral("code"), j.code},
                                      {QStringLiteral("name"), j.name},
                                      {QStringLiteral("jurors"), j.jurors},
                                      {QStringLiteral("quorum"), j.quorum},
                                      {QStringLiteral("candidates_at_quorum"), j.candidatesAtQuorum}});
        return json(QJsonObject{
            {QStringLiteral("campaign"), c.settings.name},
            {QStringLiteral("territory"), c.settings.territory},
            {QStringLiteral("status"), codes::status(c.settings.status)},
            {QStringLiteral("buildings"), s.buildings},
            {QStringLiteral("rentable_surface_m2"), num(s.rentableSurface)},
            {QStringLiteral("fill_target_pct"), num(s.fillTargetPct)},
            {QStringLiteral("capacity_m2"), num(s.capacity)},
            {QStringLiteral("pillars"), s.pillars},
            {QStringLiteral("criteria"), s.criteria},
            {QStringLiteral("juries"), juries},
            {QStringLiteral("candidates"), s.candidates},
            {QStringLiteral("candidates_by_status"), QJsonObject{{QStringLiteral("received"), s.received},
                                                                 {QStringLiteral("eligible"), s.eligible},
                                                                 {QStringLiteral("ineligible"), s.ineligible},
                                                                 {QStringLiteral("withdrawn"), s.withdrawn}}},
            {QStringLiteral("requested_m2"), num(s.requestedSurface)},
            {QStringLiteral("conflicts"), s.conflicts},
            {QStringLiteral("scores"), s.scores},
            {QStringLiteral("ignored_scores"), s.ignoredScores},
            {QStringLiteral("complete_candidates"), s.completeCandidates},
            {QStringLiteral("completeness_pct"), num(s.completenessPct)},
            {QStringLiteral("selectable_candidates"), s.selectable},
            {QStringLiteral("decisions"), s.decisions},
            {QStringLiteral("jurors"), jurorsJson(s.jurors)}});
    }
    std::vector<QStringList> rows{{tr("Campaign"), c.settings.name},
                                  {tr("Territory"), c.settings.territory},
                                  {tr("Status"), Words::status(c.settings.status)},
                                  {tr("Buildings"), QString::number(s.buildings)},
                                  {tr("Rentable surface"), tr("%1 m²").arg(shown(s.rentableSurface, 0))},
                                  {tr("Fill target"), tr("%1 %").arg(shown(s.fillTargetPct, 0))},
                                  {tr("Capacity"), tr("%1 m²").arg(shown(s.capacity, 0))},
                                  {tr("Pillars / criteria"), QStringLiteral("%1 / %2").arg(s.pillars).arg(s.criteria)}};
    for (const JurySummary& j : s.juries)
        rows.push_back({j.name, tr("%n juror(s)", nullptr, j.jurors) + QStringLiteral(", ") +
                                    tr("quorum %1").arg(j.quorum) + QStringLiteral(", ") +
                                    tr("%n candidate(s) at quorum", nullptr, j.candidatesAtQuorum)});
    rows.push_back({tr("Candidates"), tr("%1 (received %2, eligible %3, ineligible %4, withdrawn %5)")
                                          .arg(s.candidates)
                                          .arg(s.received)
                                          .arg(s.eligible)
                                          .arg(s.ineligible)
                                          .arg(s.withdrawn)});
    rows.push_back({tr("Surface requested"), tr("%1 m²").arg(shown(s.requestedSurface, 0))});
    rows.push_back({tr("Conflicts of interest"), QString::number(s.conflicts)});
    rows.push_back({tr("Scores"), s.ignoredScores ? tr("%1 (%2 ignored: conflict of interest or unknown juror, "
                                                       "candidate or criterion)")
                                                        .arg(QLocale().toString(s.scores))
                                                        .arg(s.ignoredScores)
                                                  : QLocale().toString(s.scores)});
    rows.push_back({tr("Completeness"), tr("%1 of %2 candidates scored at quorum by every jury (%3 %)")
                                            .arg(s.completeCandidates)
                                            .arg(s.candidates)
                                            .arg(shown(s.completenessPct, 1))});
    rows.push_back({tr("Selectable"), QString::number(s.selectable)});
    const bool anyPackage =
        std::any_of(s.jurors.begin(), s.jurors.end(), [](const JurorProgress& p) { return p.exportedAt.isValid(); });
    if (!anyPackage)
        rows.push_back({tr("Juror packages"), tr("none exported")});
    for (const JurorProgress& p : s.jurors) {
        if (!anyPackage)
            break;
        //: A juror's progress in `info`: candidates scored of those assigned, then their package.
        rows.push_back({Words::printable(p.name),
                        tr("%1 / %2 candidates scored; %3").arg(p.scored).arg(p.assigned).arg(Words::packageState(p))});
    }
    QString out;
    qsizetype width = 0;
    for (const QStringList& r : rows)
        width = std::max(width, r[0].size());
    for (const QStringList& r : rows)
        out += r[0].leftJustified(width) + QStringLiteral("  ") + r[1] + QLatin1Char('\n');
    return out;
}

QString ResultFormat::journal(const std::vector<JournalEntry>& entries, OutputFormat format)
{
    if (format == OutputFormat::Json) {
        QJsonArray list;
        for (const JournalEntry& e : entries) {
            QJsonObject o{{QStringLiteral("id"), e.id},        {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("actor"), e.actor},  {QStringLiteral("action"), e.action},
                          {QStringLiteral("table"), e.entity}, {QStringLiteral("details"), e.details}};
            if (e.candidateId) {
                o.insert(QStringLiteral("candidate_id"), e.candidateId);
                o.insert(QStringLiteral("candidate"), e.candidate);
            }
            if (e.jurorId) {
                o.insert(QStringLiteral("juror_id"), e.jurorId);
                o.insert(QStringLiteral("juror"), e.juror);
            }
            list.append(o);
        }
        return json(QJsonObject{{QStringLiteral("journal"), list}});
    }
    const QStringList header{tr("When"),      tr("Who"),   tr("What"),   tr("Part"),
                             tr("Candidate"), tr("Juror"), tr("Details")};
    std::vector<QStringList> rows;
    rows.reserve(entries.size());
    for (const JournalEntry& e : entries)
        rows.push_back({Words::journalTime(e.at), e.actor, Words::journalAction(e.action),
                        Words::journalTable(e.entity), e.candidate, e.juror, Words::printable(e.details)});
    if (format == OutputFormat::Csv) {
        QString out = csvLine(header);
        for (const QStringList& row : rows)
            out += csvLine(row);
        return out;
    }
    return textTable(header, rows, std::vector<bool>(header.size(), false));
}

} // namespace palmares
