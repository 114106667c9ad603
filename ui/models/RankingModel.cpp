// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/RankingModel.h"

#include "core/engine/IdIndex.h"
#include "core/present/Words.h"
#include "ui/common/Icons.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace palmares {

RankingModel::RankingModel(QObject* parent)
    : DocumentTableModel(parent)
{}

void RankingModel::rebuild()
{
    m_standing.clear();
    m_decision.clear();
    if (!hasDocument())
        return;
    const size_t n = campaign().candidates.size();
    m_standing = Selector::standings(evaluation().greedy, n);
    m_decision.assign(n, -1);
    const IdIndex candidates(campaign().candidates);
    for (size_t i = 0; i < campaign().decisions.size(); ++i) {
        const int k = candidates(campaign().decisions[i].candidateId);
        if (k >= 0)
            m_decision[size_t(k)] = int(i);
    }
}

int RankingModel::candidateAt(int row) const
{
    return hasDocument() && row >= 0 && size_t(row) < evaluation().ranking.entries.size()
               ? evaluation().ranking.entries[size_t(row)].candidate
               : -1;
}

int RankingModel::rowOfCandidate(int candidate) const
{
    const std::vector<int>& pos = evaluation().ranking.positionOf;
    return candidate >= 0 && size_t(candidate) < pos.size() ? pos[size_t(candidate)] : -1;
}

int RankingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !hasDocument() ? 0 : int(evaluation().ranking.entries.size());
}

int RankingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !hasDocument() ? 0 : flagsColumn() + 1;
}

QString RankingModel::outcome(int candidate) const
{
    if (candidate < 0 || size_t(candidate) >= m_standing.size())
        return {};
    return Words::outcome(campaign(), evaluation(), evaluation().greedy, m_standing[size_t(candidate)]);
}

bool RankingModel::unselectable(int candidate) const
{
    if (candidate < 0 || size_t(candidate) >= m_standing.size() || m_standing[size_t(candidate)].skipped < 0)
        return false;
    const SkipReason reason = evaluation().greedy.skipped[size_t(m_standing[size_t(candidate)].skipped)].reason;
    return reason == SkipReason::Ineligible || reason == SkipReason::Incomplete;
}

QColor RankingModel::laureateColor()
{
    return QColor(0xe3, 0xf2, 0xe1);
}

QString RankingModel::flagText(int candidate) const
{
    return Words::flags(campaign(), evaluation(), candidate);
}

QVariant RankingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RankEntry& entry = evaluation().ranking.entries[size_t(index.row())];
    const int k = entry.candidate;
    const Candidate& cand = campaign().candidates[size_t(k)];
    const CandidateScore& cs = evaluation().scores.candidates[size_t(k)];
    const int col = index.column();
    const bool laureate = m_standing[size_t(k)].laureate >= 0;
    if (role == CandidateIndexRole)
        return k;
    if (role == LaureateRole)
        return laureate;
    if (role == Qt::TextAlignmentRole)
        return col == CandidateColumn || col >= outcomeColumn() ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && laureate)
        return QBrush(laureateColor());
    if (role == Qt::ForegroundRole && laureate)
        return QBrush(QColor(0x1b, 0x1b, 0x1b));
    if (col == CandidateColumn && unselectable(k)) {
        if (role == Qt::DecorationRole)
            return icons::unselectable();
        if (role == Qt::ToolTipRole)
            return tr("%1 cannot be selected: %2").arg(cand.name, outcome(k));
    }
    if (role == Qt::ToolTipRole && col == CandidateColumn)
        return cand.name;
    if (role == Qt::ToolTipRole && col == flagsColumn())
        return flagText(k);
    if (role == Qt::ToolTipRole && col == outcomeColumn())
        return outcome(k);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    auto number = [&](double v, int decimals) { return sort ? QVariant(v) : QVariant(Words::number(v, decimals)); };
    if (col == RankColumn)
        return entry.rank;
    if (col == CandidateColumn)
        return cand.name;
    if (col == FinalColumn)
        return cs.hasFinal ? number(cs.final, 2) : QVariant();
    if (col < firstPillarColumn()) {
        const JuryScore& js = cs.juries[size_t(col - FirstJuryColumn)];
        return js.hasValues ? number(js.total, 2) : QVariant();
    }
    if (col < surfaceColumn()) {
        const double v = cs.pillars[size_t(col - firstPillarColumn())];
        return std::isnan(v) ? QVariant() : number(v, 1);
    }
    if (col == surfaceColumn())
        return number(cand.requestedSurface, 0);
    if (col == fillColumn()) {
        if (!laureate)
            return {};
        const Placement& p = evaluation().greedy.laureates[size_t(m_standing[size_t(k)].laureate)];
        return sort ? QVariant(p.fillPct) : QVariant(Words::number(p.fillPct, 1) + QStringLiteral("\u202f%"));
    }
    if (col == outcomeColumn())
        return outcome(k);
    if (col == decisionColumn())
        return m_decision[size_t(k)] >= 0 ? Words::decision(campaign().decisions[size_t(m_decision[size_t(k)])])
                                          : QString();
    if (col == flagsColumn())
        return flagText(k);
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !hasDocument())
        return DocumentTableModel::headerData(section, orientation, role);
    if (section == RankColumn)
        return tr("Rank");
    if (section == CandidateColumn)
        return tr("Candidate");
    if (section == FinalColumn)
        return tr("Final");
    if (section < firstPillarColumn())
        return campaign().juries[size_t(section - FirstJuryColumn)].name;
    if (section < surfaceColumn())
        return campaign().pillars[size_t(section - firstPillarColumn())].name;
    if (section == surfaceColumn())
        return tr("Surface (m²)");
    if (section == fillColumn())
        return tr("Site fill");
    if (section == outcomeColumn())
        return tr("Outcome");
    if (section == decisionColumn())
        return tr("Decision");
    if (section == flagsColumn())
        return tr("Flags");
    return {};
}

std::vector<qint64> RankingModel::shapeKeys() const
{
    std::vector<qint64> keys;
    for (const RankEntry& e : evaluation().ranking.entries)
        keys.push_back(campaign().candidates[size_t(e.candidate)].id);
    keys.push_back(-1);
    for (const Jury& j : campaign().juries)
        keys.push_back(j.id);
    keys.push_back(-1);
    for (const Pillar& p : campaign().pillars)
        keys.push_back(p.id);
    return keys;
}

bool RankingModel::concerns(const Change&) const
{
    return true; // any edit may move the ranking or the selection
}

} // namespace palmares
