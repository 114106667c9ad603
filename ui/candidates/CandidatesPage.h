// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/DocumentPage.h"

#include <QPointer>

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

class QPushButton;

namespace palmares {

class CandidateFilter;
class CandidateForm;
class CandidatesModel;

// The candidates: a searchable, filterable, sortable table and the form of the one
// selected.
class CandidatesPage : public DocumentPage {
    Q_OBJECT
public:
    explicit CandidatesPage(QWidget* parent = nullptr);
    void setDocument(CampaignDocument* document) override;

    CandidatesModel* model() const { return m_model; }
    CandidateFilter* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    CandidateForm* form() const { return m_form; }
    QLineEdit* searchEdit() const { return m_search; }
    void selectCandidate(Id id);
    // Registers a new candidate, selects it and puts the cursor on its name.
    void addCandidate();
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }

private:
    void removeCandidate();
    void currentChanged();
    // The buttons enabled only when they apply: a candidate selected, a campaign whose
    // status still registers and removes candidates (docs/lifecycle.md), not read-only.
    void updateActions();

    QPointer<CampaignDocument> m_document;
    QPushButton* m_add;
    QPushButton* m_remove;

    CandidatesModel* m_model;
    CandidateFilter* m_filter;
    QTableView* m_view;
    CandidateForm* m_form;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_use;
    QComboBox* m_ess;
};

} // namespace palmares
