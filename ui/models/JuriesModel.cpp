// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/JuriesModel.h"

#include "core/engine/Analysis.h"
#include "core/model/Rules.h"
#include "ui/common/Numbers.h"

#include <QLocale>
#include <QSet>

namespace palmares {

namespace {

QSet<Id> jurorsOf(const Campaign& c, Id jury)
{
    QSet<Id> ids;
    for (const Juror& j : c.jurors) {
        if (j.juryId == jury)
            ids.insert(j.id);
    }
    return ids;
}

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
    Jury j;
    j.id = CampaignDocument::nextId(campaign().juries);
    j.name = tr("Jury %1").arg(campaign().juries.size() + 1);
    j.code = QStringLiteral("jury%1").arg(j.id);
    for (const Jury& other : campaign().juries)
        j.position = std::max(j.position, other.position + 1);
    Change change;
    change.text = tr("Add jury “%1”").arg(j.name);
    change.juries.put.push_back(j);
    return apply(change) ? rowOf(j.id) : -1;
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
    if (!j)
        return false;
    Change change;
    change.text = tr("Remove jury “%1”").arg(j->name);
    change.juries.remove.push_back(*j);
    return apply(change);
}

qint64 JuriesModel::scoresOffScale(const Jury& scale) const
{
    const QSet<Id> jurors = jurorsOf(campaign(), scale.id);
    qint64 n = 0;
    for (const Score& s : campaign().scores) {
        if (jurors.contains(s.jurorId) && !rules::onScale(s.value, scale))
            ++n;
    }
    return n;
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
    switch (index.column()) {
    case NameColumn:
        if (text.isEmpty()) {
            emit problem(tr("A jury needs a name."));
            return false;
        }
        j.name = text;
        break;
    case CodeColumn:
        if (!text.isEmpty() && !rules::validCode(text)) {
            emit problem(tr("A code is one word, without spaces."));
            return false;
        }
        if (text.isEmpty() || rules::codeTaken(campaign().juries, text, j.id)) {
            emit problem(tr("A jury's code must be given and differ from the other juries' codes."));
            return false;
        }
        j.code = text;
        break;
    case WeightColumn:
        if (!v || !rules::validWeight(*v)) {
            emit problem(tr("A weight is a number from 0 to %1.").arg(QLocale().toString(rules::maxWeight, 'f', 0)));
            return false;
        }
        j.weight = *v;
        break;
    case MinColumn:
    case MaxColumn:
    case StepColumn: {
        if (!v) {
            emit problem(tr("“%1” is not a number.").arg(text));
            return false;
        }
        (index.column() == MinColumn ? j.scaleMin : index.column() == MaxColumn ? j.scaleMax : j.scaleStep) = *v;
        if (!(j.scaleMax > j.scaleMin) || j.scaleStep < 0 || j.scaleStep > j.scaleMax - j.scaleMin) {
            emit problem(tr("A scale goes from a minimum to a larger maximum, by a step of zero (any value) up to "
                            "the width of the scale."));
            return false;
        }
        if (const qint64 off = scoresOffScale(j)) {
            emit problem(tr("%n score(s) already given by this jury would fall off a scale from %1 to %2 by %3. "
                            "Correct them first.",
                            nullptr, int(std::min<qint64>(off, INT_MAX)))
                             .arg(number(j.scaleMin, false), number(j.scaleMax, false), number(j.scaleStep, false)));
            return false;
        }
        break;
    }
    case QuorumColumn: {
        bool ok = false;
        const int quorum = text.toInt(&ok);
        if (!ok || !rules::validQuorum(quorum)) {
            emit problem(
                tr("A quorum is a whole number of jurors, from %1 to %2.").arg(rules::minQuorum).arg(rules::maxQuorum));
            return false;
        }
        j.quorum = quorum;
        break;
    }
    default:
        return false;
    }
    if (j.name == current->name && j.code == current->code && j.weight == current->weight &&
        j.scaleMin == current->scaleMin && j.scaleMax == current->scaleMax && j.scaleStep == current->scaleStep &&
        j.quorum == current->quorum)
        return true;
    Change change;
    change.text = tr("Edit jury “%1”").arg(j.name);
    change.juries.put.push_back(j);
    return apply(change);
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
