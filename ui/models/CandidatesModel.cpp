// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/CandidatesModel.h"

#include "ui/models/BuildingsModel.h"

#include <QLocale>

namespace palmares {

CandidatesModel::CandidatesModel(QObject* parent)
    : DocumentTableModel(parent)
{}

QString CandidatesModel::statusName(CandidateStatus status)
{
    switch (status) {
    case CandidateStatus::Received:
        return tr("Received");
    case CandidateStatus::Eligible:
        return tr("Eligible");
    case CandidateStatus::Ineligible:
        return tr("Ineligible");
    case CandidateStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

const Candidate* CandidatesModel::candidateAt(int row) const
{
    return hasDocument() && row >= 0 && size_t(row) < campaign().candidates.size() ? &campaign().candidates[size_t(row)]
                                                                                   : nullptr;
}

int CandidatesModel::rowOf(Id id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (candidateAt(row)->id == id)
            return row;
    }
    return -1;
}

int CandidatesModel::addCandidate()
{
    if (!hasDocument())
        return -1;
    const Edit edit = Edits::addCandidate(campaign(), document()->now());
    return apply(edit) && edit.change ? rowOf(edit.change->candidates.put.front().id) : -1;
}

bool CandidatesModel::removeCandidate(int row)
{
    const Candidate* k = candidateAt(row);
    return k && apply(Edits::removeCandidate(campaign(), k->id));
}

bool CandidatesModel::updateCandidate(const Candidate& candidate, const QString& what)
{
    return hasDocument() && apply(Edits::editCandidate(campaign(), candidate, what));
}

int CandidatesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !hasDocument() ? 0 : int(campaign().candidates.size());
}

int CandidatesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidatesModel::data(const QModelIndex& index, int role) const
{
    const Candidate* k = candidateAt(index.row());
    if (!k)
        return {};
    switch (role) {
    case IdRole:
        return k->id;
    case StatusRole:
        return int(k->status);
    case UseRole:
        return k->wantedUse;
    case EssRole:
        return k->ess;
    case Qt::TextAlignmentRole:
        return index.column() == NumberColumn || index.column() == SurfaceColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        return k->status == CandidateStatus::Ineligible && !k->statusReason.isEmpty() ? k->statusReason : QVariant();
    case SortRole:
        if (index.column() == NumberColumn)
            return k->registrationNo;
        if (index.column() == SurfaceColumn)
            return k->requestedSurface;
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return k->registrationNo;
        case NameColumn:
            return k->name;
        case SiretColumn:
            return k->siret;
        case LegalFormColumn:
            return k->legalForm;
        case EssColumn:
            return k->ess ? tr("ESS") : QString();
        case UseColumn:
            return BuildingsModel::useName(k->wantedUse);
        case SurfaceColumn:
            return QLocale().toString(k->requestedSurface, 'f', 0);
        case StatusColumn:
            return statusName(k->status);
        }
    }
    return {};
}

QVariant CandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return DocumentTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Company");
    case SiretColumn:
        return tr("SIRET");
    case LegalFormColumn:
        return tr("Legal form");
    case EssColumn:
        return tr("ESS");
    case UseColumn:
        return tr("Use");
    case SurfaceColumn:
        return tr("Surface (m²)");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

std::vector<qint64> CandidatesModel::shapeKeys() const
{
    std::vector<qint64> keys;
    for (const Candidate& k : campaign().candidates)
        keys.push_back(k.id);
    return keys;
}

bool CandidatesModel::concerns(const Change& change) const
{
    return !change.candidates.isEmpty();
}

} // namespace palmares
