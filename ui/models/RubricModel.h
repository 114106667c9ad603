// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/DocumentTableModel.h"

namespace palmares {

// The rubric of one criterion: its levels from low to high, each with a label and what
// it means; shown to jurors on the scoring sheet. Edited in place.
class RubricModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { LabelColumn, DescriptionColumn, ColumnCount };

    explicit RubricModel(QObject* parent = nullptr);

    // The criterion shown (0: none).
    void setCriterion(Id criterion);
    Id criterion() const { return m_criterion; }
    // Adds a level after the others; returns its row or -1.
    int addLevel();
    bool removeLevel(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    std::vector<qint64> shapeKeys() const override;
    bool concerns(const Change& change) const override;

private:
    const Criterion* current() const;

    Id m_criterion = 0;
};

} // namespace palmares
