// SPDX-License-Identifier: GPL-3.0-or-later
// Score rows, in the long form (a criterion and a value per row) or the wide form (a
// column per criterion). A score file may have a million rows: the columns are looked up
// once, and every score's key comes from one memory pool.
#include "core/io/ImportKinds.h"

#include "core/io/ImportText.h"
#include "core/model/Numbers.h"
#include "core/model/Rules.h"

#include <memory_resource>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace palmares::importing {

namespace {

class ScoreRows {
public:
    explicit ScoreRows(ImportRow& row);
    void read();

private:
    struct RowScore {
        Id criterionId;
        double value;
        int column;
    };

    const Jury* juryOf(const Juror& j) const;
    std::optional<double> scoreValue(int col, const QString& text, const Jury* jury);

    ImportRow& r;
    const Campaign& c;
    int m_juror = -1, m_candidate = -1, m_criterion = -1, m_value = -1, m_comment = -1;
    bool m_longForm = false;
    std::vector<std::pair<int, int>> m_criteria; // wide form: (column, criterion index)
    // Every score's key, with the row of the file that gives it (0: only in the campaign).
    // Its million nodes come from one pool, given back at once.
    std::pmr::monotonic_buffer_resource m_scorePool;
    std::pmr::unordered_map<std::tuple<Id, Id, Id>, int, KeyHash> m_scoreRows{&m_scorePool};
    std::vector<RowScore> m_rowScores;
    QDateTime m_at;
    QString m_origin;
};

ScoreRows::ScoreRows(ImportRow& row)
    : r(row)
    , c(row.campaign())
    , m_juror(row.column("juror"))
    , m_candidate(row.column("candidate"))
    , m_criterion(row.column("criterion"))
    , m_value(row.column("value"))
    , m_comment(row.column("comment"))
    , m_longForm(isLongForm(row.options().mapping))
    , m_at(row.options().now.toUTC()) // stored as milliseconds since the epoch: no time zone to work out per score
    , m_origin(QStringLiteral("import:") + row.table().fileName)
{
    for (const auto& [key, col] : row.options().mapping) {
        if (!isCriterionColumn(key))
            continue;
        const int criterion = row.index().criteria.lookup(importtext::fold(criterionColumnCode(key)));
        if (criterion >= 0)
            m_criteria.emplace_back(col, criterion);
    }
    const size_t scores = size_t(row.table().size()) * (m_longForm ? 1 : std::max<size_t>(1, m_criteria.size()));
    m_scoreRows.reserve(c.scores.size() + scores);
    for (const Score& s : c.scores)
        m_scoreRows.emplace(rowKey(s), 0);
    row.plan().change.scores.put.reserve(scores);
}

void ScoreRows::read()
{
    const int juror = r.find(r.index().jurors, m_juror);
    const int candidate = r.find(r.index().candidates, m_candidate);
    if (r.hasError())
        return;
    const Juror& j = c.jurors[size_t(juror)];
    const Candidate& k = c.candidates[size_t(candidate)];
    if (r.index().hasConflict(j.id, k.id)) {
        r.report(m_juror, r.cell(m_juror),
                 Import::tr("%1 has a conflict of interest with %2: this juror does not score this candidate.")
                     .arg(j.name, k.name));
        return;
    }
    const Jury* jury = juryOf(j);
    m_rowScores.clear();
    if (m_longForm) {
        const int criterion = r.find(r.index().criteria, m_criterion);
        const QString valueText = r.cell(m_value);
        if (valueText.isEmpty()) {
            r.reportEmpty(m_value);
        } else if (criterion >= 0) {
            if (const auto v = scoreValue(m_value, valueText, jury))
                m_rowScores.push_back({c.criteria[size_t(criterion)].id, *v, m_value});
        }
    } else {
        for (const auto& [col, criterion] : m_criteria) {
            const QString valueText = r.cell(col);
            if (valueText.isEmpty())
                continue;
            if (const auto v = scoreValue(col, valueText, jury))
                m_rowScores.push_back({c.criteria[size_t(criterion)].id, *v, col});
        }
    }
    if (r.hasError())
        return;
    for (size_t i = 0; i < m_rowScores.size(); ++i) {
        const RowScore& rs = m_rowScores[i];
        for (size_t before = 0; before < i; ++before) {
            if (m_rowScores[before].criterionId == rs.criterionId) {
                r.report(rs.column, r.cell(rs.column), Import::tr("Another column of this row gives this criterion."));
                return;
            }
        }
        const auto first = m_scoreRows.find({k.id, j.id, rs.criterionId});
        if (first != m_scoreRows.end() && first->second > 0) {
            r.report(rs.column, r.cell(rs.column),
                     Import::tr("Same juror, candidate and criterion as row %1 of this file.").arg(first->second));
            return;
        }
    }
    const QString comment = r.cell(m_comment);
    for (const RowScore& rs : m_rowScores) {
        const auto [at, isNew] = m_scoreRows.try_emplace({k.id, j.id, rs.criterionId}, r.rowNumber());
        if (!isNew) // in the campaign already
            at->second = r.rowNumber();
        if (r.decide(!isNew) == ImportRow::Action::Skip)
            continue;
        Score s;
        s.jurorId = j.id;
        s.candidateId = k.id;
        s.criterionId = rs.criterionId;
        s.value = rs.value;
        s.comment = comment;
        s.at = m_at;
        s.origin = m_origin;
        r.plan().change.scores.put.push_back(std::move(s));
    }
}

const Jury* ScoreRows::juryOf(const Juror& j) const
{
    for (const Jury& y : c.juries)
        if (y.id == j.juryId)
            return &y;
    return nullptr;
}

std::optional<double> ScoreRows::scoreValue(int col, const QString& text, const Jury* jury)
{
    const auto v = parseDecimal(text);
    if (!v) {
        r.report(col, text, Import::tr("Expected a number (decimal comma or point)."));
        return std::nullopt;
    }
    if (!jury)
        return v;
    switch (rules::scaleFit(*v, *jury)) {
    case rules::ScaleFit::OnScale:
        return v;
    case rules::ScaleFit::Outside:
        r.report(col, text,
                 Import::tr("Outside the scale of the %1: from %2 to %3.")
                     .arg(jury->name, QString::number(jury->scaleMin), QString::number(jury->scaleMax)));
        return std::nullopt;
    case rules::ScaleFit::OffStep:
        r.report(col, text,
                 Import::tr("Off the step of the %1's scale: scores go by %2 from %3.")
                     .arg(jury->name, QString::number(jury->scaleStep), QString::number(jury->scaleMin)));
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

bool planScores(ImportRow& row, const Progress& progress)
{
    ScoreRows rows(row);
    return row.readAll(progress, [&rows] { rows.read(); });
}

} // namespace palmares::importing
