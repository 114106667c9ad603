// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/DocumentTableModel.h"

#include <QColor>

namespace palmares {

// The ranking with each candidate's scores, outcome in the selection and decision, one
// row per candidate in rank order, read from the document's evaluation (the numbers the
// CLI and the reports show). A recomputation that reorders the ranking resets the model.
class RankingModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn, CandidateColumn, FinalColumn, FirstJuryColumn };
    enum Role { CandidateIndexRole = Qt::UserRole + 1, SortRole, LaureateRole };

    explicit RankingModel(QObject* parent = nullptr);

    // Index in Campaign::candidates of the candidate on `row`, or -1.
    int candidateAt(int row) const;
    int rowOfCandidate(int candidate) const;
    int firstPillarColumn() const { return FirstJuryColumn + juryCount(); }
    int surfaceColumn() const { return firstPillarColumn() + pillarCount(); }
    int fillColumn() const { return surfaceColumn() + 1; }
    int outcomeColumn() const { return surfaceColumn() + 2; }
    int decisionColumn() const { return surfaceColumn() + 3; }
    int flagsColumn() const { return surfaceColumn() + 4; }
    // The greedy outcome of candidate `candidate`, in words (Words::outcome).
    QString outcome(int candidate) const;
    // Whether the candidate cannot be selected at all (withdrawn, ineligible, incomplete):
    // its name is marked, with the reason as its tooltip.
    bool unselectable(int candidate) const;
    // The background of a laureate's row, which the page's legend shows too.
    static QColor laureateColor();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<qint64> shapeKeys() const override;
    bool concerns(const Change& change) const override;
    void rebuild() override;

private:
    int juryCount() const { return hasDocument() ? int(campaign().juries.size()) : 0; }
    int pillarCount() const { return hasDocument() ? int(campaign().pillars.size()) : 0; }
    const Evaluation& evaluation() const { return document()->evaluation(); }
    QString flagText(int candidate) const;

    std::vector<Standing> m_standing; // candidate → its place in the greedy selection
    std::vector<int> m_decision;      // candidate → index in Campaign::decisions, or -1
};

} // namespace palmares
