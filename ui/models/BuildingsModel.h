// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/DocumentTableModel.h"

namespace palmares {

// The site's buildings, editable in place: name, use type, surface, notes.
class BuildingsModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, UseColumn, SurfaceColumn, NotesColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit BuildingsModel(QObject* parent = nullptr);

    const Building* buildingAt(int row) const;
    int rowOf(Id id) const;
    // Adds a building with default values; returns its row, or -1.
    int addBuilding();
    bool removeBuilding(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The name of a use type code in the UI language ("atelier" → "Workshop").
    static QString useName(const QString& code);

protected:
    std::vector<qint64> shapeKeys() const override;
    bool concerns(const Change& change) const override;
};

} // namespace palmares
