// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/RankingModel.h"

#include "core/engine/IdIndex.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <cmath>

namespace palmares {

RankingModel::RankingModel(QObject* parent)
    : DocumentTableModel(parent)
{}

void RankingModel::rebuild()
{
    m_laureateOrder.clear();
    m_waitingPos.clear();
    m_skipped.clear();
    m_decision.clear();
    if (!hasDocument())
        return;
    const size_t n = campaign().candidates.size();
    const Selection& greedy = evaluation().greedy;
    m_laureateOrder.assign(n, -1);
    m_waitingPos.assign(n, -1);
    m_skipped.assign(n, -1);
    m_decision.assign(n, -1);
    for (size_t i = 0; i < greedy.laureates.size(); ++i)
        m_laureateOrder[size_t(greedy.laureates[i].candidate)] = int(i);
    for (size_t i = 0; i < greedy.waitingList.size(); ++i)
        m_waitingPos[size_t(greedy.waitingList[i])] = int(i);
    for (size_t i = 0; i < greedy.skipped.size(); ++i)
        m_skipped[size_t(greedy.skipped[i].candidate)] = int(i);
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

QString RankingModel::decisionText(const Decision& d)
{
    QString text;
    switch (d.kind) {
    case DecisionKind::None:
        break;
    case DecisionKind::Laureate:
        text = tr("Laureate");
        break;
    case DecisionKind::Waiting:
        text = tr("Waiting list");
        break;
    case DecisionKind::Rejected:
        text = tr("Rejected");
        break;
    }
    const QString forced = d.override_ == Override::ForcedIn    ? tr("forced in")
                           : d.override_ == Override::ForcedOut ? tr("forced out")
                                                                : QString();
    if (forced.isEmpty())
        return text;
    return text.isEmpty() ? forced : QStringLiteral("%1 (%2)").arg(text, forced);
}

QString RankingModel::outcome(int candidate) const
{
    if (candidate < 0 || size_t(candidate) >= m_laureateOrder.size())
        return {};
    if (m_laureateOrder[size_t(candidate)] >= 0) {
        const Placement& p = evaluation().greedy.laureates[size_t(m_laureateOrder[size_t(candidate)])];
        return p.forced ? tr("Laureate (forced in)") : tr("Laureate");
    }
    if (m_waitingPos[size_t(candidate)] >= 0)
        return tr("Waiting list no. %1").arg(m_waitingPos[size_t(candidate)] + 1);
    if (m_skipped[size_t(candidate)] >= 0)
        return Selector::reasonText(evaluation().greedy.skipped[size_t(m_skipped[size_t(candidate)])].reason);
    return {};
}

QString RankingModel::flagText(int k) const
{
    const CandidateScore& cs = evaluation().scores.candidates[size_t(k)];
    QStringList flags;
    if (cs.incomplete)
        flags << tr("Incomplete");
    if (!cs.eligible())
        flags << Scoring::ineligibleText(campaign(), cs);
    if (cs.disagreement)
        flags << tr("Disagreement: %1").arg(Scoring::disagreementText(campaign(), cs));
    if (m_skipped[size_t(k)] >= 0 &&
        evaluation().greedy.skipped[size_t(m_skipped[size_t(k)])].reason == SkipReason::DoesNotFit)
        flags << tr("Skipped: does not fit");
    return flags.join(QStringLiteral(" · "));
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
    const bool laureate = m_laureateOrder[size_t(k)] >= 0;
    const QLocale locale;
    if (role == CandidateIndexRole)
        return k;
    if (role == LaureateRole)
        return laureate;
    if (role == Qt::TextAlignmentRole)
        return col == CandidateColumn || col >= outcomeColumn() ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && laureate)
        return QBrush(QColor(0xe3, 0xf2, 0xe1));
    if (role == Qt::ForegroundRole && laureate)
        return QBrush(QColor(0x1b, 0x1b, 0x1b));
    if (role == Qt::ToolTipRole && col == flagsColumn())
        return flagText(k);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    auto number = [&](double v, int decimals) {
        return sort ? QVariant(v) : QVariant(locale.toString(v, 'f', decimals));
    };
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
        const Placement& p = evaluation().greedy.laureates[size_t(m_laureateOrder[size_t(k)])];
        return sort ? QVariant(p.fillPct) : QVariant(locale.toString(p.fillPct, 'f', 1) + QStringLiteral("\u202f%"));
    }
    if (col == outcomeColumn())
        return outcome(k);
    if (col == decisionColumn())
        return m_decision[size_t(k)] >= 0 ? decisionText(campaign().decisions[size_t(m_decision[size_t(k)])])
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
