// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Journal.h"

#include <QAbstractTableModel>

#include <vector>

namespace palmares {

// The campaign's journal as a table, newest entry first, filtered by a text (found in
// any column), a kind of entry and an actor. Read only.
class JournalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        WhoColumn,
        WhatColumn,
        PartColumn,
        CandidateColumn,
        JurorColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit JournalModel(QObject* parent = nullptr);

    void setEntries(std::vector<JournalEntry> entries);
    // Keeps the entries whose text holds `text` (any case), of kind `action` and by
    // `actor` (each empty: any).
    void setFilter(const QString& text, const QString& action, const QString& actor);

    int totalCount() const { return int(m_entries.size()); }
    // The entries shown, in the order they were made: what the CSV export writes.
    std::vector<JournalEntry> shownEntries() const;
    // The kinds of entry and the actors the journal holds, for the filters.
    QStringList actions() const;
    QStringList actors() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString cell(const JournalEntry& entry, int column) const;
    void refilter();

    std::vector<JournalEntry> m_entries; // oldest first, as in the file
    std::vector<int> m_shown;            // indexes into m_entries, newest first
    QString m_text, m_action, m_actor;
};

} // namespace palmares
