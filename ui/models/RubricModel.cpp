// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/RubricModel.h"

namespace palmares {

RubricModel::RubricModel(QObject* parent)
    : DocumentTableModel(parent)
{}

void RubricModel::setCriterion(Id criterion)
{
    beginResetModel();
    m_criterion = criterion;
    takeShape();
    endResetModel();
}

const Criterion* RubricModel::current() const
{
    if (!hasDocument() || m_criterion == 0)
        return nullptr;
    for (const Criterion& k : campaign().criteria) {
        if (k.id == m_criterion)
            return &k;
    }
    return nullptr;
}

int RubricModel::addLevel()
{
    const Criterion* k = current();
    if (!k || !isEditable())
        return -1;
    const int row = int(k->rubric.size());
    return apply(Edits::addRubricLevel(campaign(), k->id)) ? row : -1;
}

bool RubricModel::removeLevel(int row)
{
    const Criterion* k = current();
    return k && apply(Edits::removeRubricLevel(campaign(), k->id, row));
}

int RubricModel::rowCount(const QModelIndex& parent) const
{
    const Criterion* k = current();
    return parent.isValid() || !k ? 0 : int(k->rubric.size());
}

int RubricModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RubricModel::data(const QModelIndex& index, int role) const
{
    const Criterion* k = current();
    if (!k || !index.isValid() || size_t(index.row()) >= k->rubric.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const RubricLevel& level = k->rubric[size_t(index.row())];
    return index.column() == LabelColumn ? level.label : level.description;
}

bool RubricModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Criterion* k = current();
    if (!k || role != Qt::EditRole || !index.isValid() || size_t(index.row()) >= k->rubric.size() || !isEditable())
        return false;
    RubricLevel level = k->rubric[size_t(index.row())];
    (index.column() == LabelColumn ? level.label : level.description) = value.toString().trimmed();
    return apply(Edits::editRubricLevel(campaign(), k->id, index.row(), level));
}

Qt::ItemFlags RubricModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = DocumentTableModel::flags(index);
    if (index.isValid() && isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RubricModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return DocumentTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    return section == LabelColumn ? tr("Level") : tr("What it means");
}

std::vector<qint64> RubricModel::shapeKeys() const
{
    const Criterion* k = current();
    return {m_criterion, k ? qint64(k->rubric.size()) : -1};
}

bool RubricModel::concerns(const Change& change) const
{
    return !change.criteria.isEmpty() || !change.pillars.isEmpty();
}

} // namespace palmares
