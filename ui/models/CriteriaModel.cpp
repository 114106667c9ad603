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

template<typename T> int maxPosition(const std::vector<T>& rows)
{
    int position = -1;
    for (const T& row : rows)
        position = std::max(position, row.position);
    return position;
}

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
    Pillar p;
    p.id = CampaignDocument::nextId(campaign().pillars);
    p.name = tr("Pillar %1").arg(campaign().pillars.size() + 1);
    p.code = QStringLiteral("pillar%1").arg(p.id);
    p.position = maxPosition(campaign().pillars) + 1;
    Change change;
    change.text = tr("Add pillar “%1”").arg(p.name);
    change.pillars.put.push_back(p);
    return apply(change) ? indexOfPillar(p.id) : QModelIndex();
}

QModelIndex CriteriaModel::addCriterion(const QModelIndex& pillarOrSibling)
{
    const Pillar* pillar = pillarAt(pillarOrSibling);
    if (criterionAt(pillarOrSibling))
        pillar = pillarAt(parent(pillarOrSibling));
    if (!pillar)
        return {};
    Criterion k;
    k.id = CampaignDocument::nextId(campaign().criteria);
    k.pillarId = pillar->id;
    k.name = tr("Criterion %1").arg(m_children[size_t(indexOfPillar(pillar->id).row())].size() + 1);
    k.code = QStringLiteral("criterion%1").arg(k.id);
    k.position = maxPosition(campaign().criteria) + 1;
    k.rubric = {{tr("Low"), {}}, {tr("Medium"), {}}, {tr("High"), {}}};
    Change change;
    change.text = tr("Add criterion “%1” to “%2”").arg(k.name, pillar->name);
    change.criteria.put.push_back(k);
    return apply(change) ? indexOfCriterion(k.id) : QModelIndex();
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
    Change change;
    if (const Criterion* k = criterionAt(index)) {
        change.text = tr("Remove criterion “%1”").arg(k->name);
        change.criteria.remove.push_back(*k);
    } else if (const Pillar* p = pillarAt(index)) {
        change.text = tr("Remove pillar “%1”").arg(p->name);
        change.pillars.remove.push_back(*p);
    } else {
        return false;
    }
    return apply(change);
}

bool CriteriaModel::move(const QModelIndex& index, int delta)
{
    const int target = index.row() + delta;
    if (!index.isValid() || target < 0 || target >= rowCount(parent(index)))
        return false;
    Change change;
    if (const Pillar* moved = pillarAt(index)) {
        std::vector<Pillar> order = campaign().pillars;
        std::swap(order[size_t(index.row())], order[size_t(target)]);
        for (size_t i = 0; i < order.size(); ++i) {
            if (order[i].position != int(i)) {
                order[i].position = int(i);
                change.pillars.put.push_back(order[i]);
            }
        }
        change.text = tr("Move pillar “%1”").arg(moved->name);
    } else if (const Criterion* movedCriterion = criterionAt(index)) {
        std::vector<int> members = m_children[size_t(index.internalId() - 1)];
        std::swap(members[size_t(index.row())], members[size_t(target)]);
        // Criteria are ordered campaign-wide: the pillar's criteria take its places in turn.
        std::vector<int> places;
        for (int k : members)
            places.push_back(campaign().criteria[size_t(k)].position);
        std::sort(places.begin(), places.end());
        for (size_t i = 1; i < places.size(); ++i)
            places[i] = std::max(places[i], places[i - 1] + 1);
        for (size_t i = 0; i < members.size(); ++i) {
            Criterion k = campaign().criteria[size_t(members[i])];
            if (k.position != places[i]) {
                k.position = places[i];
                change.criteria.put.push_back(k);
            }
        }
        change.text = tr("Move criterion “%1”").arg(movedCriterion->name);
    }
    return !change.isEmpty() && apply(change);
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

std::optional<double> CriteriaModel::weightFrom(const QVariant& value)
{
    const std::optional<double> weight = parseNumber(value.toString());
    if (!weight || !rules::validWeight(*weight)) {
        emit problem(tr("A weight is a number from 0 to %1.").arg(QLocale().toString(rules::maxWeight, 'f', 0)));
        return std::nullopt;
    }
    return weight;
}

bool CriteriaModel::setPillar(const Pillar& current, int column, const QVariant& value)
{
    Pillar p = current;
    const QString text = value.toString().trimmed();
    switch (column) {
    case NameColumn:
        if (text.isEmpty()) {
            emit problem(tr("A pillar needs a name."));
            return false;
        }
        p.name = text;
        break;
    case CodeColumn:
        if (!text.isEmpty() && !rules::validCode(text)) {
            emit problem(tr("A code is one word, without spaces."));
            return false;
        }
        if (text.isEmpty() || rules::codeTaken(campaign().pillars, text, p.id)) {
            emit problem(tr("A pillar's code must be given and differ from the other pillars' codes."));
            return false;
        }
        p.code = text;
        break;
    case WeightColumn: {
        const std::optional<double> weight = weightFrom(value);
        if (!weight)
            return false;
        p.weight = *weight;
        break;
    }
    case ThresholdColumn: {
        if (text.isEmpty()) {
            p.eliminatoryThreshold.reset();
            break;
        }
        const std::optional<double> threshold = parseNumber(text);
        if (!threshold || !rules::validThreshold(*threshold)) {
            emit problem(tr("An eliminatory threshold is a score out of 100, from 0 to 100, or empty for none."));
            return false;
        }
        p.eliminatoryThreshold = *threshold;
        break;
    }
    default:
        return false;
    }
    if (p.name == current.name && p.code == current.code && p.weight == current.weight &&
        p.eliminatoryThreshold == current.eliminatoryThreshold)
        return true;
    Change change;
    change.text = tr("Edit pillar “%1”").arg(p.name);
    change.pillars.put.push_back(p);
    return apply(change);
}

bool CriteriaModel::setCriterion(const Criterion& current, int column, const QVariant& value)
{
    Criterion k = current;
    const QString text = value.toString().trimmed();
    switch (column) {
    case NameColumn:
        if (text.isEmpty()) {
            emit problem(tr("A criterion needs a name."));
            return false;
        }
        k.name = text;
        break;
    case CodeColumn:
        if (!text.isEmpty() && !rules::validCode(text)) {
            emit problem(tr("A code is one word, without spaces."));
            return false;
        }
        if (text.isEmpty() || rules::codeTaken(campaign().criteria, text, k.id)) {
            emit problem(tr("A criterion's code must be given and differ from the other criteria's codes."));
            return false;
        }
        k.code = text;
        break;
    case WeightColumn: {
        const std::optional<double> weight = weightFrom(value);
        if (!weight)
            return false;
        k.weight = *weight;
        break;
    }
    default:
        return false;
    }
    if (k.name == current.name && k.code == current.code && k.weight == current.weight)
        return true;
    Change change;
    change.text = tr("Edit criterion “%1”").arg(k.name);
    change.criteria.put.push_back(k);
    return apply(change);
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
