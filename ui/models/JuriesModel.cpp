// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/JuriesModel.h"

#include "core/engine/Analysis.h"
#include "core/model/Rules.h"
#include "ui/common/Numbers.h"

#include <QLocale>
#include <QSet>

namespace palmares {

namespace {

QString number(double v, bool edit)
{
    return QLocale().toString(v, 'g', edit ? 12 : 6);
}

} // namespace

JuriesModel::JuriesModel(QObject* parent)
    : DocumentTableModel(parent)
{}

const Jury* JuriesModel::juryAt(int row) const
{
    return hasDocument() && row >= 0 && size_t(row) < campaign().juries.size() ? &campaign().juries[size_t(row)]
                                                                               : nullptr;
}

int JuriesModel::rowOf(Id id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (juryAt(row)->id == id)
            return row;
    }
    return -1;
}

int JuriesModel::addJury()
{
    if (!hasDocument())
        return -1;
    const Edit edit = Edits::addJury(campaign());
    return apply(edit) && edit.change ? rowOf(edit.change->juries.put.front().id) : -1;
}

qint64 JuriesModel::scoresRemovedWith(int row) const
{
    const Jury* j = juryAt(row);
    if (!j)
        return 0;
    const QSet<Id> jurors = jurorsOf(campaign(), j->id);
    qint64 n = 0;
    for (const Score& s : campaign().scores)
        n += jurors.contains(s.jurorId) ? 1 : 0;
    return n;
}

bool JuriesModel::removeJury(int row)
{
    const Jury* j = juryAt(row);
    return j && apply(Edits::removeJury(campaign(), j->id));
}

int JuriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !hasDocument() ? 0 : int(campaign().juries.size());
}

int JuriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JuriesModel::data(const QModelIndex& index, int role) const
{
    const Jury* j = juryAt(index.row());
    if (!j)
        return {};
    if (role == IdRole)
        return j->id;
    if (role == Qt::TextAlignmentRole && index.column() >= WeightColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == QuorumColumn)
        return tr("A candidate needs this many jurors of this jury to have scored every criterion.");
    if (role == Qt::ToolTipRole && index.column() == ShareColumn)
        return tr("Share of the final score carried by this jury's weight");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case NameColumn:
        return j->name;
    case CodeColumn:
        return j->code;
    case WeightColumn:
        return number(j->weight, edit);
    case ShareColumn:
        return QLocale().toString(weightShares(campaign()).juries[size_t(index.row())], 'f', 1) +
               QStringLiteral("\u202f%");
    case MinColumn:
        return number(j->scaleMin, edit);
    case MaxColumn:
        return number(j->scaleMax, edit);
    case StepColumn:
        return number(j->scaleStep, edit);
    case QuorumColumn:
        return j->quorum;
    case JurorsColumn:
        return int(jurorsOf(campaign(), j->id).size());
    }
    return {};
}

bool JuriesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Jury* current = juryAt(index.row());
    if (!current || role != Qt::EditRole || !isEditable())
        return false;
    Jury j = *current;
    const QString text = value.toString().trimmed();
    const std::optional<double> v = parseNumber(text);
    auto numberOr = [&](double& field) {
        if (!v) {
            emit problem(tr("“%1” is not a number.").arg(text));
            return false;
        }
        field = *v;
        return true;
    };
    switch (index.column()) {
    case NameColumn:
        j.name = text;
        break;
    case CodeColumn:
        j.code = text;
        break;
    case WeightColumn:
        if (!numberOr(j.weight))
            return false;
        break;
    case MinColumn:
        if (!numberOr(j.scaleMin))
            return false;
        break;
    case MaxColumn:
        if (!numberOr(j.scaleMax))
            return false;
        break;
    case StepColumn:
        if (!numberOr(j.scaleStep))
            return false;
        break;
    case QuorumColumn: {
        bool ok = false;
        j.quorum = text.toInt(&ok);
        if (!ok) {
            emit problem(
                tr("A quorum is a whole number of jurors, from %1 to %2.").arg(rules::minQuorum).arg(rules::maxQuorum));
            return false;
        }
        break;
    }
    default:
        return false;
    }
    return apply(Edits::editJury(campaign(), j));
}

Qt::ItemFlags JuriesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = DocumentTableModel::flags(index);
    if (index.isValid() && isEditable() && index.column() != ShareColumn && index.column() != JurorsColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant JuriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return DocumentTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Jury");
    case CodeColumn:
        return tr("Code");
    case WeightColumn:
        return tr("Weight");
    case ShareColumn:
        return tr("Share of final");
    case MinColumn:
        return tr("Scale from");
    case MaxColumn:
        return tr("to");
    case StepColumn:
        return tr("Step");
    case QuorumColumn:
        return tr("Quorum");
    case JurorsColumn:
        return tr("Jurors");
    }
    return {};
}

std::vector<qint64> JuriesModel::shapeKeys() const
{
    std::vector<qint64> keys;
    for (const Jury& j : campaign().juries)
        keys.push_back(j.id);
    return keys;
}

bool JuriesModel::concerns(const Change& change) const
{
    return !change.juries.isEmpty() || !change.jurors.isEmpty();
}

} // namespace palmares
