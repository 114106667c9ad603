// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/RankingModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace palmares {

RankingModel::RankingModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RankingModel::setEvaluation(const Campaign& campaign, const Evaluation& evaluation)
{
    beginResetModel();
    m_campaign = campaign;
    m_evaluation = evaluation;
    m_laureateOrder.assign(campaign.candidates.size(), -1);
    m_waitingPos.assign(campaign.candidates.size(), -1);
    for (size_t i = 0; i < evaluation.greedy.laureates.size(); ++i)
        m_laureateOrder[size_t(evaluation.greedy.laureates[i].candidate)] = int(i);
    for (size_t i = 0; i < evaluation.greedy.waitingList.size(); ++i)
        m_waitingPos[size_t(evaluation.greedy.waitingList[i])] = int(i);
    endResetModel();
}

int RankingModel::candidateAt(int row) const
{
    return row >= 0 && size_t(row) < m_evaluation.ranking.entries.size()
               ? m_evaluation.ranking.entries[size_t(row)].candidate
               : -1;
}

int RankingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_evaluation.ranking.entries.size());
}

int RankingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : flagsColumn() + 1;
}

QString RankingModel::outcome(int candidate) const
{
    if (m_laureateOrder[size_t(candidate)] >= 0) {
        const Placement& p = m_evaluation.greedy.laureates[size_t(m_laureateOrder[size_t(candidate)])];
        return p.forced ? tr("Laureate (forced in)") : tr("Laureate");
    }
    if (m_waitingPos[size_t(candidate)] >= 0)
        return tr("Waiting list no. %1").arg(m_waitingPos[size_t(candidate)] + 1);
    for (const Skipped& s : m_evaluation.greedy.skipped) {
        if (s.candidate == candidate)
            return Selector::reasonText(s.reason);
    }
    return {};
}

QVariant RankingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RankEntry& entry = m_evaluation.ranking.entries[size_t(index.row())];
    const int k = entry.candidate;
    const Candidate& cand = m_campaign.candidates[size_t(k)];
    const CandidateScore& cs = m_evaluation.scores.candidates[size_t(k)];
    const int col = index.column();
    const QLocale locale;
    if (role == CandidateIndexRole)
        return k;
    if (role == Qt::TextAlignmentRole)
        return col == CandidateColumn || col >= outcomeColumn() ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && m_laureateOrder[size_t(k)] >= 0)
        return QBrush(QColor(0xe3, 0xf2, 0xe1));
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        if (col == RankColumn)
            return entry.rank;
        if (col == CandidateColumn)
            return cand.name;
        if (col == FinalColumn)
            return !cs.hasFinal ? QVariant() : sort ? QVariant(cs.final) : QVariant(locale.toString(cs.final, 'f', 2));
        if (col < surfaceColumn()) {
            const JuryScore& js = cs.juries[size_t(col - FirstJuryColumn)];
            return !js.hasValues ? QVariant() : sort ? QVariant(js.total) : QVariant(locale.toString(js.total, 'f', 2));
        }
        if (col == surfaceColumn())
            return sort ? QVariant(cand.requestedSurface) : QVariant(locale.toString(cand.requestedSurface, 'f', 0));
        if (col == outcomeColumn())
            return outcome(k);
        if (col == flagsColumn()) {
            QStringList flags;
            if (cs.incomplete)
                flags << tr("Incomplete");
            if (!cs.eligible())
                flags << Scoring::ineligibleText(m_campaign, cs);
            if (cs.disagreement)
                flags << tr("Disagreement: %1").arg(Scoring::disagreementText(m_campaign, cs));
            return flags.join(QStringLiteral(" · "));
        }
    }
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == RankColumn)
        return tr("Rank");
    if (section == CandidateColumn)
        return tr("Candidate");
    if (section == FinalColumn)
        return tr("Final");
    if (section < surfaceColumn())
        return m_campaign.juries[size_t(section - FirstJuryColumn)].name;
    if (section == surfaceColumn())
        return tr("Surface (m²)");
    if (section == outcomeColumn())
        return tr("Outcome");
    if (section == flagsColumn())
        return tr("Flags");
    return {};
}

} // namespace palmares
