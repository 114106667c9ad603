// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Evaluation.h"

#include <QAbstractTableModel>

namespace palmares {

// The ranking with each candidate's outcome in the selection, one row per candidate in
// rank order. Reads plain core data only; setEvaluation() is its one change path (a full
// reset: a recomputation may reorder every row).
class RankingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn, CandidateColumn, FinalColumn, FirstJuryColumn };
    enum Role { CandidateIndexRole = Qt::UserRole + 1, SortRole };

    explicit RankingModel(QObject* parent = nullptr);

    void setEvaluation(const Campaign& campaign, const Evaluation& evaluation);
    // Index in Campaign::candidates of the candidate on `row`.
    int candidateAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int juryCount() const { return int(m_campaign.juries.size()); }
    int surfaceColumn() const { return FirstJuryColumn + juryCount(); }
    int outcomeColumn() const { return surfaceColumn() + 1; }
    int flagsColumn() const { return surfaceColumn() + 2; }
    QString outcome(int candidate) const;

    Campaign m_campaign;
    Evaluation m_evaluation;
    std::vector<int> m_laureateOrder; // candidate → placement order in the greedy selection, or -1
    std::vector<int> m_waitingPos;    // candidate → waiting-list position, or -1
};

} // namespace palmares
