// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/DocumentTableModel.h"

namespace palmares {

// The candidates, one row each in registration order. Read-only cells: the candidate
// form edits them through updateCandidate().
class CandidatesModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        NameColumn,
        SiretColumn,
        LegalFormColumn,
        EssColumn,
        UseColumn,
        SurfaceColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, StatusRole, UseRole, EssRole };

    explicit CandidatesModel(QObject* parent = nullptr);

    const Candidate* candidateAt(int row) const;
    int rowOf(Id id) const;
    // Registers a new candidate; returns its row, or -1.
    int addCandidate();
    bool removeCandidate(int row);
    // Saves `candidate` (same id), `what` naming the field edited ("e-mail"); false (and
    // problem()) when refused.
    bool updateCandidate(const Candidate& candidate, const QString& what);

    static QString statusName(CandidateStatus status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<qint64> shapeKeys() const override;
    bool concerns(const Change& change) const override;
};

} // namespace palmares
