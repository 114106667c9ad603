// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/DocumentTableModel.h"

namespace palmares {

// The juries: name, code, weight (and the share of the final score it gives), scale,
// step and quorum, with how many jurors each has. A scale that would leave scores
// already given off the scale is refused, with how many.
class JuriesModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CodeColumn,
        WeightColumn,
        ShareColumn,
        MinColumn,
        MaxColumn,
        StepColumn,
        QuorumColumn,
        JurorsColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit JuriesModel(QObject* parent = nullptr);

    const Jury* juryAt(int row) const;
    int rowOf(Id id) const;
    int addJury();
    // The scores that removing the jury on `row` would delete with its jurors.
    qint64 scoresRemovedWith(int row) const;
    bool removeJury(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<qint64> shapeKeys() const override;
    bool concerns(const Change& change) const override;
};

} // namespace palmares
