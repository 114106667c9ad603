// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ConflictsModel.h"

#include <algorithm>

namespace palmares {

namespace {

std::vector<int> candidateOrder(const Campaign& c)
{
    std::vector<int> order(c.candidates.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return c.candidates[size_t(a)].registrationNo < c.candidates[size_t(b)].registrationNo;
    });
    return order;
}

std::vector<int> jurorOrder(const Campaign& c)
{
    std::vector<int> order;
    for (const Jury& jury : c.juries) {
        for (size_t j = 0; j < c.jurors.size(); ++j) {
            if (c.jurors[j].juryId == jury.id)
                order.push_back(int(j));
        }
    }
    return order;
}

} // namespace

ConflictsModel::ConflictsModel(QObject* parent)
    : DocumentTableModel(parent)
{}

void ConflictsModel::rebuild()
{
    m_candidates.clear();
    m_jurors.clear();
    m_conflicts.clear();
    if (!hasDocument())
        return;
    const Campaign& c = campaign();
    m_candidates = candidateOrder(c);
    m_jurors = jurorOrder(c);
    for (size_t i = 0; i < c.conflicts.size(); ++i)
        m_conflicts.insert({c.conflicts[i].jurorId, c.conflicts[i].candidateId}, int(i));
}

const Candidate* ConflictsModel::candidateAt(int row) const
{
    return row >= 0 && size_t(row) < m_candidates.size() ? &campaign().candidates[size_t(m_candidates[size_t(row)])]
                                                         : nullptr;
}

const Juror* ConflictsModel::jurorAt(int column) const
{
    return column >= 0 && size_t(column) < m_jurors.size() ? &campaign().jurors[size_t(m_jurors[size_t(column)])]
                                                           : nullptr;
}

const Conflict* ConflictsModel::conflictAt(const QModelIndex& index) const
{
    const Candidate* candidate = candidateAt(index.row());
    const Juror* juror = jurorAt(index.column());
    if (!candidate || !juror)
        return nullptr;
    const int i = m_conflicts.value({juror->id, candidate->id}, -1);
    return i < 0 ? nullptr : &campaign().conflicts[size_t(i)];
}

bool ConflictsModel::setConflict(const QModelIndex& index, bool conflicted, const QString& reason)
{
    const Candidate* candidate = candidateAt(index.row());
    const Juror* juror = jurorAt(index.column());
    if (!candidate || !juror || !isEditable())
        return false;
    return apply(Edits::setConflict(campaign(), juror->id, candidate->id, conflicted, reason));
}

int ConflictsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int ConflictsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jurors.size());
}

QVariant ConflictsModel::data(const QModelIndex& index, int role) const
{
    const Candidate* candidate = candidateAt(index.row());
    const Juror* juror = jurorAt(index.column());
    if (!candidate || !juror)
        return {};
    const Conflict* conflict = conflictAt(index);
    switch (role) {
    case Qt::CheckStateRole:
        return conflict ? Qt::Checked : Qt::Unchecked;
    case Qt::DisplayRole:
    case Qt::EditRole:
        return conflict ? conflict->reason : QString();
    case Qt::ToolTipRole:
        return conflict ? tr("%1 is in conflict of interest with %2: %3")
                              .arg(juror->name, candidate->name,
                                   conflict->reason.isEmpty() ? tr("no reason given") : conflict->reason)
                        : tr("%1 – %2: no conflict").arg(juror->name, candidate->name);
    case JurorIdRole:
        return juror->id;
    case CandidateIdRole:
        return candidate->id;
    }
    return {};
}

bool ConflictsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role == Qt::CheckStateRole) {
        const bool checked = Qt::CheckState(value.toInt()) == Qt::Checked;
        const Conflict* current = conflictAt(index);
        return setConflict(index, checked, current ? current->reason : QString());
    }
    if (role == Qt::EditRole) {
        const QString reason = value.toString().trimmed();
        const Conflict* current = conflictAt(index);
        // Typing a reason declares the conflict; erasing it keeps the conflict, without a reason.
        if (!current && reason.isEmpty())
            return true;
        return setConflict(index, true, reason);
    }
    return false;
}

Qt::ItemFlags ConflictsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = DocumentTableModel::flags(index);
    if (index.isValid() && isEditable())
        f |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    return f;
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const Juror* juror = jurorAt(section);
        if (!juror)
            return {};
        if (role == Qt::DisplayRole)
            return juror->name;
        if (role == Qt::ToolTipRole) {
            for (const Jury& jury : campaign().juries) {
                if (jury.id == juror->juryId)
                    return tr("%1 (%2)").arg(juror->name, jury.name);
            }
        }
        return {};
    }
    const Candidate* candidate = candidateAt(section);
    if (!candidate)
        return {};
    if (role == Qt::DisplayRole)
        return tr("%1. %2").arg(candidate->registrationNo).arg(candidate->name);
    return {};
}

std::vector<qint64> ConflictsModel::shapeKeys() const
{
    std::vector<qint64> keys;
    const Campaign& c = campaign();
    for (int k : candidateOrder(c))
        keys.push_back(c.candidates[size_t(k)].id);
    keys.push_back(-1);
    for (int j : jurorOrder(c))
        keys.push_back(c.jurors[size_t(j)].id);
    return keys;
}

bool ConflictsModel::concerns(const Change& change) const
{
    return !change.conflicts.isEmpty() || !change.candidates.isEmpty() || !change.jurors.isEmpty() ||
           !change.juries.isEmpty();
}

} // namespace palmares
