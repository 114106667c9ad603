// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/DocumentTableModel.h"

namespace palmares {

// Pillars and their criteria as a tree, in campaign order: name, code, weight, the share
// of the final score that weight gives, and a pillar's eliminatory threshold. Edited in
// place; pillars and criteria are added, removed (with their scores) and moved here.
class CriteriaModel : public DocumentModel {
    Q_OBJECT
public:
    enum Column { NameColumn, CodeColumn, WeightColumn, ShareColumn, ThresholdColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, IsPillarRole };

    explicit CriteriaModel(QObject* parent = nullptr);

    const Pillar* pillarAt(const QModelIndex& index) const;
    const Criterion* criterionAt(const QModelIndex& index) const;
    QModelIndex indexOfPillar(Id id, int column = NameColumn) const;
    QModelIndex indexOfCriterion(Id id, int column = NameColumn) const;

    // Each returns the new row's index, or an invalid one when refused.
    QModelIndex addPillar();
    QModelIndex addCriterion(const QModelIndex& pillarOrSibling);
    // The scores that removing the row at `index` would delete with it.
    qint64 scoresRemovedWith(const QModelIndex& index) const;
    bool removeRow(const QModelIndex& index);
    // Moves the row at `index` up (-1) or down (+1) among its siblings.
    bool move(const QModelIndex& index, int delta);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
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
    void refreshCells() override;

private:
    bool setPillar(const Pillar& current, int column, const QVariant& value);
    bool setCriterion(const Criterion& current, int column, const QVariant& value);

    std::vector<std::vector<int>> m_children; // pillar row → indices in Campaign::criteria
    std::vector<double> m_pillarShares, m_criterionShares;
};

} // namespace palmares
