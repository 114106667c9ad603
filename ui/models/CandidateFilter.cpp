// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/CandidateFilter.h"

#include "ui/models/CandidatesModel.h"

namespace palmares {

CandidateFilter::CandidateFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CandidatesModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CandidateFilter::setSearch(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}
void CandidateFilter::setStatus(int status)
{
    m_status = status;
    invalidateFilter();
}
void CandidateFilter::setUse(const QString& code)
{
    m_use = code;
    invalidateFilter();
}
void CandidateFilter::setEss(int ess)
{
    m_ess = ess;
    invalidateFilter();
}

bool CandidateFilter::filterAcceptsRow(int row, const QModelIndex&) const
{
    const auto* model = static_cast<const CandidatesModel*>(sourceModel());
    const Candidate* k = model->candidateAt(row);
    if (!k)
        return false;
    if (m_status >= 0 && int(k->status) != m_status)
        return false;
    if (!m_use.isEmpty() && k->wantedUse != m_use)
        return false;
    if (m_ess >= 0 && int(k->ess) != m_ess)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString* field : {&k->name, &k->siret, &k->projectTitle, &k->contactName, &k->nafCode}) {
        if (field->contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return QString::number(k->registrationNo) == m_search;
}

} // namespace palmares
