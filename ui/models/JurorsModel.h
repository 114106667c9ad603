// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Summary.h"
#include "ui/models/DocumentTableModel.h"

namespace palmares {

// The jurors of one jury: name, e-mail, organisation, with their scores and conflicts, their
// progress (engine: jurorProgress) and their package.
class JurorsModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ProgressColumn, // candidates scored of those assigned
        PackageColumn,  // where their package stands
        EmailColumn,
        OrganisationColumn,
        ScoresColumn,
        ConflictsColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit JurorsModel(QObject* parent = nullptr);

    // The jury whose jurors are shown (0: none).
    void setJury(Id jury);
    Id jury() const { return m_jury; }
    const Juror* jurorAt(int row) const;
    int rowOf(Id id) const;
    int addJuror();
    qint64 scoresOf(int row) const;
    bool removeJuror(int row);

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
    Id m_jury = 0;
    std::vector<int> m_rows;               // indices in Campaign::jurors
    std::vector<qint64> m_scoreCounts;     // per row
    std::vector<int> m_conflictCounts;     // per row
    std::vector<JurorProgress> m_progress; // per row
};

} // namespace palmares
