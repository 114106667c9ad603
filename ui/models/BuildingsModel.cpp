// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/BuildingsModel.h"

#include "ui/common/Numbers.h"

#include <QLocale>

namespace palmares {

BuildingsModel::BuildingsModel(QObject* parent)
    : DocumentTableModel(parent)
{}

QString BuildingsModel::useName(const QString& code)
{
    static const char* const names[] = {QT_TR_NOOP("Office"),  QT_TR_NOOP("Workshop"), QT_TR_NOOP("Housing"),
                                        QT_TR_NOOP("Service"), QT_TR_NOOP("Storage"),  QT_TR_NOOP("Restaurant"),
                                        QT_TR_NOOP("Land"),    QT_TR_NOOP("Mixed")};
    const qsizetype i = useTypeCodes().indexOf(code);
    return i < 0 ? code : tr(names[i]);
}

const Building* BuildingsModel::buildingAt(int row) const
{
    return hasDocument() && row >= 0 && size_t(row) < campaign().buildings.size() ? &campaign().buildings[size_t(row)]
                                                                                  : nullptr;
}

int BuildingsModel::rowOf(Id id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (buildingAt(row)->id == id)
            return row;
    }
    return -1;
}

int BuildingsModel::addBuilding()
{
    if (!hasDocument())
        return -1;
    const Edit edit = Edits::addBuilding(campaign());
    return apply(edit) && edit.change ? rowOf(edit.change->buildings.put.front().id) : -1;
}

bool BuildingsModel::removeBuilding(int row)
{
    const Building* b = buildingAt(row);
    return b && apply(Edits::removeBuilding(campaign(), b->id));
}

int BuildingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !hasDocument() ? 0 : int(campaign().buildings.size());
}

int BuildingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuildingsModel::data(const QModelIndex& index, int role) const
{
    const Building* b = buildingAt(index.row());
    if (!b)
        return {};
    if (role == IdRole)
        return b->id;
    if (role == Qt::TextAlignmentRole && index.column() == SurfaceColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case NameColumn:
        return b->name;
    case UseColumn:
        return edit ? b->useType : useName(b->useType);
    case SurfaceColumn:
        return edit ? QLocale().toString(b->surface, 'g', 12) : QLocale().toString(b->surface, 'f', 0);
    case NotesColumn:
        return b->notes;
    }
    return {};
}

bool BuildingsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Building* current = buildingAt(index.row());
    if (!current || role != Qt::EditRole)
        return false;
    Building b = *current;
    switch (index.column()) {
    case NameColumn:
        b.name = value.toString().trimmed();
        break;
    case UseColumn:
        b.useType = value.toString();
        break;
    case SurfaceColumn: {
        const std::optional<double> surface = parseNumber(value.toString());
        if (!surface) {
            emit problem(tr("“%1” is not a number.").arg(value.toString().trimmed()));
            return false;
        }
        b.surface = *surface;
        break;
    }
    case NotesColumn:
        b.notes = value.toString();
        break;
    default:
        return false;
    }
    return apply(Edits::editBuilding(campaign(), b));
}

Qt::ItemFlags BuildingsModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = DocumentTableModel::flags(index);
    if (index.isValid() && isEditable())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant BuildingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return DocumentTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Building");
    case UseColumn:
        return tr("Use");
    case SurfaceColumn:
        return tr("Surface (m²)");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

std::vector<qint64> BuildingsModel::shapeKeys() const
{
    std::vector<qint64> keys;
    for (const Building& b : campaign().buildings)
        keys.push_back(b.id);
    return keys;
}

bool BuildingsModel::concerns(const Change& change) const
{
    return !change.buildings.isEmpty();
}

} // namespace palmares
