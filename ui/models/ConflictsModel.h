// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/DocumentTableModel.h"

#include <QHash>

namespace palmares {

// Conflicts of interest as a matrix: one row per candidate (registration order), one
// column per juror (jury by jury). A checked cell is a conflict: that juror's scores
// for that candidate do not count. The cell's text is the reason.
class ConflictsModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Role { JurorIdRole = Qt::UserRole + 1, CandidateIdRole };

    explicit ConflictsModel(QObject* parent = nullptr);

    const Candidate* candidateAt(int row) const;
    const Juror* jurorAt(int column) const;
    const Conflict* conflictAt(const QModelIndex& index) const;
    // Declares (or withdraws) the conflict of the cell, with a reason.
    bool setConflict(const QModelIndex& index, bool conflicted, const QString& reason = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<qint64> shapeKeys() const override;
    bool concerns(const Change& change) const override;
    void rebuild() override;

private:
    std::vector<int> m_candidates;         // indices in Campaign::candidates, registration order
    std::vector<int> m_jurors;             // indices in Campaign::jurors, jury by jury
    QHash<QPair<Id, Id>, int> m_conflicts; // (juror, candidate) → index in Campaign::conflicts
};

} // namespace palmares
