// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/JournalModel.h"

#include "core/present/Words.h"

#include <algorithm>

namespace palmares {

JournalModel::JournalModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void JournalModel::setEntries(std::vector<JournalEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    refilter();
    endResetModel();
}

void JournalModel::setFilter(const QString& text, const QString& action, const QString& actor)
{
    beginResetModel();
    m_text = text.trimmed();
    m_action = action;
    m_actor = actor;
    refilter();
    endResetModel();
}

void JournalModel::refilter()
{
    m_shown.clear();
    for (int i = int(m_entries.size()) - 1; i >= 0; --i) {
        const JournalEntry& e = m_entries[size_t(i)];
        if (!m_action.isEmpty() && e.action != m_action)
            continue;
        if (!m_actor.isEmpty() && e.actor != m_actor)
            continue;
        if (!m_text.isEmpty()) {
            bool found = false;
            for (int c = 0; c < ColumnCount && !found; ++c)
                found = cell(e, c).contains(m_text, Qt::CaseInsensitive);
            if (!found)
                continue;
        }
        m_shown.push_back(i);
    }
}

std::vector<JournalEntry> JournalModel::shownEntries() const
{
    std::vector<JournalEntry> out;
    out.reserve(m_shown.size());
    for (auto it = m_shown.rbegin(); it != m_shown.rend(); ++it)
        out.push_back(m_entries[size_t(*it)]);
    return out;
}

QStringList JournalModel::actions() const
{
    QStringList out;
    for (const JournalEntry& e : m_entries)
        if (!out.contains(e.action))
            out << e.action;
    return out;
}

QStringList JournalModel::actors() const
{
    QStringList out;
    for (const JournalEntry& e : m_entries)
        if (!out.contains(e.actor))
            out << e.actor;
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return out;
}

int JournalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int JournalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JournalModel::cell(const JournalEntry& e, int column) const
{
    switch (column) {
    case WhenColumn:
        return Words::journalTime(e.at);
    case WhoColumn:
        return e.actor;
    case WhatColumn:
        return Words::journalAction(e.action);
    case PartColumn:
        return Words::journalTable(e.entity);
    case CandidateColumn:
        return e.candidate;
    case JurorColumn:
        return e.juror;
    case DetailsColumn:
        return Words::printable(e.details);
    }
    return {};
}

QVariant JournalModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_shown.size()))
        return {};
    const JournalEntry& e = m_entries[size_t(m_shown[size_t(index.row())])];
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && index.column() == DetailsColumn))
        return cell(e, index.column());
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case PartColumn:
        return tr("Part");
    case CandidateColumn:
        return tr("Candidate");
    case JurorColumn:
        return tr("Juror");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

} // namespace palmares
