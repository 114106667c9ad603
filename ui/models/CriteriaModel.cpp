// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/CriteriaModel.h"

#include "core/engine/Analysis.h"
#include "core/model/Rules.h"
#include "ui/common/Numbers.h"

#include <QFont>
#include <QLocale>
#include <QSet>

namespace palmares {

namespace {

constexpr quintptr pillarLevel = 0; // internal id of a pillar's index; a criterion's is its pillar row + 1

// Per pillar (campaign order), the indices in Campaign::criteria of its criteria, in order.
std::vector<std::vector<int>> criteriaByPillar(const Campaign& c)
{
    std::vector<std::vector<int>> children(c.pillars.size());
    for (size_t k = 0; k < c.criteria.size(); ++k) {
        for (size_t p = 0; p < c.pillars.size(); ++p) {
            if (c.pillars[p].id == c.criteria[k].pillarId)
                children[p].push_back(int(k));
        }
    }
    return children;
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1) + QStringLiteral("\u202f%");
}

} // namespace

CriteriaModel::CriteriaModel(QObject* parent)
    : DocumentModel(parent)
{}

void CriteriaModel::rebuild()
{
    m_children.clear();
    m_pillarShares.clear();
    m_criterionShares.clear();
    if (!hasDocument())
        return;
    m_children = criteriaByPillar(campaign());
    const WeightShares shares = weightShares(campaign());
    m_pillarShares = shares.pillars;
    m_criterionShares = shares.criteria;
}

void CriteriaModel::refreshCells()
{
    DocumentModel::refreshCells();
    for (int p = 0; p < rowCount(); ++p) {
        const QModelIndex parent = index(p, 0);
        if (const int n = rowCount(parent))
            emit dataChanged(index(0, 0, parent), index(n - 1, ColumnCount - 1, parent));
    }
}

const Pillar* CriteriaModel::pillarAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() != pillarLevel || size_t(index.row()) >= m_children.size())
        return nullptr;
    return &campaign().pillars[size_t(index.row())];
}

const Criterion* CriteriaModel::criterionAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == pillarLevel)
        return nullptr;
    const size_t p = size_t(index.internalId() - 1);
    if (p >= m_children.size() || size_t(index.row()) >= m_children[p].size())
        return nullptr;
    return &campaign().criteria[size_t(m_children[p][size_t(index.row())])];
}

QModelIndex CriteriaModel::indexOfPillar(Id id, int column) const
{
    for (int p = 0; p < rowCount(); ++p) {
        if (campaign().pillars[size_t(p)].id == id)
            return index(p, column);
    }
    return {};
}

QModelIndex CriteriaModel::indexOfCriterion(Id id, int column) const
{
    for (size_t p = 0; p < m_children.size(); ++p) {
        for (size_t i = 0; i < m_children[p].size(); ++i) {
            if (campaign().criteria[size_t(m_children[p][i])].id == id)
                return index(int(i), column, index(int(p), 0));
        }
    }
    return {};
}

QModelIndex CriteriaModel::addPillar()
{
    if (!hasDocument())
        return {};
    const Edit edit = Edits::addPillar(campaign());
    return apply(edit) && edit.change ? indexOfPillar(edit.change->pillars.put.front().id) : QModelIndex();
}

QModelIndex CriteriaModel::addCriterion(const QModelIndex& pillarOrSibling)
{
    const Pillar* pillar = pillarAt(pillarOrSibling);
    if (criterionAt(pillarOrSibling))
        pillar = pillarAt(parent(pillarOrSibling));
    if (!pillar)
        return {};
    const Edit edit = Edits::addCriterion(campaign(), pillar->id);
    return apply(edit) && edit.change ? indexOfCriterion(edit.change->criteria.put.front().id) : QModelIndex();
}

qint64 CriteriaModel::scoresRemovedWith(const QModelIndex& index) const
{
    QSet<Id> criteria;
    if (const Criterion* k = criterionAt(index))
        criteria.insert(k->id);
    else if (pillarAt(index)) {
        for (int member : m_children[size_t(index.row())])
            criteria.insert(campaign().criteria[size_t(member)].id);
    }
    qint64 n = 0;
    for (const Score& s : campaign().scores)
        n += criteria.contains(s.criterionId) ? 1 : 0;
    return n;
}

bool CriteriaModel::removeRow(const QModelIndex& index)
{
    if (const Criterion* k = criterionAt(index))
        return apply(Edits::removeCriterion(campaign(), k->id));
    if (const Pillar* p = pillarAt(index))
        return apply(Edits::removePillar(campaign(), p->id));
    return false;
}

bool CriteriaModel::move(const QModelIndex& index, int delta)
{
    const int target = index.row() + delta;
    if (!index.isValid() || target < 0 || target >= rowCount(parent(index)))
        return false;
    if (const Pillar* p = pillarAt(index))
        return apply(Edits::movePillar(campaign(), p->id, delta));
    if (const Criterion* k = criterionAt(index))
        return apply(Edits::moveCriterion(campaign(), k->id, delta));
    return false;
}

QModelIndex CriteriaModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return parent.isValid() ? createIndex(row, column, quintptr(parent.row()) + 1)
                            : createIndex(row, column, pillarLevel);
}

QModelIndex CriteriaModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == pillarLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, pillarLevel);
}

int CriteriaModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_children.size());
    if (parent.column() != 0 || parent.internalId() != pillarLevel || size_t(parent.row()) >= m_children.size())
        return 0;
    return int(m_children[size_t(parent.row())].size());
}

int CriteriaModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant CriteriaModel::data(const QModelIndex& index, int role) const
{
    const Pillar* p = pillarAt(index);
    const Criterion* k = p ? nullptr : criterionAt(index);
    if (!p && !k)
        return {};
    if (role == IdRole)
        return p ? p->id : k->id;
    if (role == IsPillarRole)
        return p != nullptr;
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != CodeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && p) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return p ? p->name : k->name;
    if (role == Qt::ToolTipRole && index.column() == ShareColumn)
        return p ? tr("Share of the final score carried by this pillar's weight")
                 : tr("Share of the final score carried by this criterion (its pillar's share × its weight within "
                      "the pillar)");
    if (role == Qt::ToolTipRole && index.column() == ThresholdColumn && p)
        return tr("A candidate whose combined score on this pillar is under this value (out of 100) is not "
                  "selectable. Leave empty for none.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return p ? p->name : k->name;
    case CodeColumn:
        return p ? p->code : k->code;
    case WeightColumn:
        return locale.toString(p ? p->weight : k->weight, 'g', edit ? 12 : 6);
    case ShareColumn: {
        if (p)
            return percent(m_pillarShares[size_t(index.row())]);
        const size_t i = size_t(k - campaign().criteria.data());
        return percent(m_criterionShares[i]);
    }
    case ThresholdColumn:
        if (!p || !p->eliminatoryThreshold)
            return edit ? QString() : QVariant();
        return edit ? locale.toString(*p->eliminatoryThreshold, 'g', 12)
                    : tr("under %1/100").arg(locale.toString(*p->eliminatoryThreshold, 'f', 0));
    }
    return {};
}

bool CriteriaModel::setPillar(const Pillar& current, int column, const QVariant& value)
{
    Pillar p = current;
    const QString text = value.toString().trimmed();
    const std::optional<double> number = parseNumber(text);
    switch (column) {
    case NameColumn:
        p.name = text;
        break;
    case CodeColumn:
        p.code = text;
        break;
    case WeightColumn:
        if (!number) {
            emit problem(tr("“%1” is not a number.").arg(text));
            return false;
        }
        p.weight = *number;
        break;
    case ThresholdColumn:
        if (text.isEmpty()) {
            p.eliminatoryThreshold.reset();
            break;
        }
        if (!number) {
            emit problem(tr("“%1” is not a number.").arg(text));
            return false;
        }
        p.eliminatoryThreshold = *number;
        break;
    default:
        return false;
    }
    return apply(Edits::editPillar(campaign(), p));
}

bool CriteriaModel::setCriterion(const Criterion& current, int column, const QVariant& value)
{
    Criterion k = current;
    const QString text = value.toString().trimmed();
    switch (column) {
    case NameColumn:
        k.name = text;
        break;
    case CodeColumn:
        k.code = text;
        break;
    case WeightColumn: {
        const std::optional<double> weight = parseNumber(text);
        if (!weight) {
            emit problem(tr("“%1” is not a number.").arg(text));
            return false;
        }
        k.weight = *weight;
        break;
    }
    default:
        return false;
    }
    return apply(Edits::editCriterion(campaign(), k));
}

bool CriteriaModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !isEditable())
        return false;
    if (const Pillar* p = pillarAt(index))
        return setPillar(*p, index.column(), value);
    if (const Criterion* k = criterionAt(index))
        return setCriterion(*k, index.column(), value);
    return false;
}

Qt::ItemFlags CriteriaModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = DocumentModel::flags(index);
    if (!index.isValid())
        return f;
    const bool pillar = index.internalId() == pillarLevel;
    if (!pillar)
        f |= Qt::ItemNeverHasChildren;
    const bool editableColumn = index.column() != ShareColumn && (pillar || index.column() != ThresholdColumn);
    if (editableColumn && isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return DocumentModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Pillar / criterion");
    case CodeColumn:
        return tr("Code");
    case WeightColumn:
        return tr("Weight");
    case ShareColumn:
        return tr("Share of final");
    case ThresholdColumn:
        return tr("Eliminatory threshold");
    }
    return {};
}

std::vector<qint64> CriteriaModel::shapeKeys() const
{
    std::vector<qint64> keys;
    const std::vector<std::vector<int>> children = criteriaByPillar(campaign());
    for (size_t p = 0; p < children.size(); ++p) {
        keys.push_back(-campaign().pillars[p].id);
        for (int k : children[p])
            keys.push_back(campaign().criteria[size_t(k)].id);
    }
    return keys;
}

bool CriteriaModel::concerns(const Change& change) const
{
    return !change.pillars.isEmpty() || !change.criteria.isEmpty();
}

} // namespace palmares
