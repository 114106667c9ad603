// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace palmares {

// Search text (name, SIRET, project, contact) and filters on status, use type and ESS,
// over a CandidatesModel.
class CandidateFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CandidateFilter(QObject* parent = nullptr);
    void setSearch(const QString& text);
    void setStatus(int status);       // -1: any, else a CandidateStatus
    void setUse(const QString& code); // empty: any
    void setEss(int ess);             // -1: any, 0: not ESS, 1: ESS

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    QString m_search;
    int m_status = -1;
    QString m_use;
    int m_ess = -1;
};

} // namespace palmares
