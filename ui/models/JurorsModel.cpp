// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/JurorsModel.h"

#include "core/present/Words.h"

#include <QLocale>

namespace palmares {

JurorsModel::JurorsModel(QObject* parent)
    : DocumentTableModel(parent)
{}

void JurorsModel::setJury(Id jury)
{
    beginResetModel();
    m_jury = jury;
    rebuild();
    takeShape();
    endResetModel();
}

void JurorsModel::rebuild()
{
    m_rows.clear();
    m_scoreCounts.clear();
    m_conflictCounts.clear();
    m_progress.clear();
    if (!hasDocument())
        return;
    const Campaign& c = campaign();
    QHash<Id, int> rowOfJuror;
    for (size_t j = 0; j < c.jurors.size(); ++j) {
        if (c.jurors[j].juryId == m_jury) {
            rowOfJuror.insert(c.jurors[j].id, int(m_rows.size()));
            m_rows.push_back(int(j));
        }
    }
    m_scoreCounts.assign(m_rows.size(), 0);
    m_conflictCounts.assign(m_rows.size(), 0);
    for (const Score& s : c.scores) {
        const auto row = rowOfJuror.constFind(s.jurorId);
        if (row != rowOfJuror.constEnd())
            ++m_scoreCounts[size_t(*row)];
    }
    for (const Conflict& conflict : c.conflicts) {
        const auto row = rowOfJuror.constFind(conflict.jurorId);
        if (row != rowOfJuror.constEnd())
            ++m_conflictCounts[size_t(*row)];
    }
    m_progress.resize(m_rows.size());
    for (const JurorProgress& p : jurorProgress(c)) {
        const auto row = rowOfJuror.constFind(p.jurorId);
        if (row != rowOfJuror.constEnd())
            m_progress[size_t(*row)] = p;
    }
}

const Juror* JurorsModel::jurorAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &campaign().jurors[size_t(m_rows[size_t(row)])] : nullptr;
}

int JurorsModel::rowOf(Id id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (jurorAt(row)->id == id)
            return row;
    }
    return -1;
}

int JurorsModel::addJuror()
{
    if (!hasDocument() || m_jury == 0)
        return -1;
    const Edit edit = Edits::addJuror(campaign(), m_jury);
    return apply(edit) && edit.change ? rowOf(edit.change->jurors.put.front().id) : -1;
}

qint64 JurorsModel::scoresOf(int row) const
{
    return row >= 0 && size_t(row) < m_scoreCounts.size() ? m_scoreCounts[size_t(row)] : 0;
}

bool JurorsModel::removeJuror(int row)
{
    const Juror* j = jurorAt(row);
    return j && apply(Edits::removeJuror(campaign(), j->id));
}

int JurorsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JurorsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JurorsModel::data(const QModelIndex& index, int role) const
{
    const Juror* j = jurorAt(index.row());
    if (!j)
        return {};
    if (role == IdRole)
        return j->id;
    const bool number =
        index.column() == ScoresColumn || index.column() == ConflictsColumn || index.column() == ProgressColumn;
    if (role == Qt::TextAlignmentRole && number)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == PackageColumn)
        return Words::packageState(m_progress[size_t(index.row())]);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return j->name;
    case EmailColumn:
        return j->email;
    case OrganisationColumn:
        return j->organisation;
    case ScoresColumn:
        return QLocale().toString(m_scoreCounts[size_t(index.row())]);
    case ConflictsColumn:
        return m_conflictCounts[size_t(index.row())];
    case ProgressColumn: {
        const JurorProgress& p = m_progress[size_t(index.row())];
        return QStringLiteral("%1 / %2").arg(p.scored).arg(p.assigned);
    }
    case PackageColumn:
        return Words::packageState(m_progress[size_t(index.row())]);
    }
    return {};
}

bool JurorsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Juror* current = jurorAt(index.row());
    if (!current || role != Qt::EditRole || !isEditable())
        return false;
    Juror j = *current;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case NameColumn:
        j.name = text;
        break;
    case EmailColumn:
        j.email = text;
        break;
    case OrganisationColumn:
        j.organisation = text;
        break;
    default:
        return false;
    }
    return apply(Edits::editJuror(campaign(), j));
}

Qt::ItemFlags JurorsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = DocumentTableModel::flags(index);
    const bool text =
        index.column() == NameColumn || index.column() == EmailColumn || index.column() == OrganisationColumn;
    if (index.isValid() && isEditable() && text)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant JurorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return DocumentTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Juror");
    case EmailColumn:
        return tr("E-mail");
    case OrganisationColumn:
        return tr("Organisation");
    case ScoresColumn:
        return tr("Scores");
    case ConflictsColumn:
        return tr("Conflicts");
    case ProgressColumn:
        //: Candidates a juror scored on every criterion, of those assigned to them.
        return tr("Scored");
    case PackageColumn:
        return tr("Package");
    }
    return {};
}

std::vector<qint64> JurorsModel::shapeKeys() const
{
    std::vector<qint64> keys{m_jury};
    for (const Juror& j : campaign().jurors) {
        if (j.juryId == m_jury)
            keys.push_back(j.id);
    }
    return keys;
}

bool JurorsModel::concerns(const Change& change) const
{
    return !change.jurors.isEmpty() || !change.juries.isEmpty() || !change.scores.isEmpty() ||
           !change.conflicts.isEmpty() || !change.packages.isEmpty() || !change.candidates.isEmpty() ||
           !change.criteria.isEmpty();
}

} // namespace palmares
