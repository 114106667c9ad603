// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/DocumentPage.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace palmares {

class JournalModel;
class TableView;

// Journal: every change saved in the campaign (the audit log), newest first, as a table
// to filter by text, kind and author, and to export as CSV (the entries shown). The name
// the journal gives the changes made here is set on the page: the computer's user name
// unless another is typed.
class JournalPage : public DocumentPage {
    Q_OBJECT
public:
    explicit JournalPage(QWidget* parent = nullptr);
    void setDocument(CampaignDocument* document) override;

    JournalModel* model() const { return m_model; }
    TableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* actionBox() const { return m_action; }
    QComboBox* actorBox() const { return m_actor; }
    QLineEdit* actorNameField() const { return m_actorName; }
    QLabel* countLabel() const { return m_count; }
    // Writes the entries shown as CSV at `path`; false with the reason otherwise.
    bool exportCsv(const QString& path, QString* error) const;
    // Reads the journal again from the file (it is read again when shown after a change).
    void refresh();

private:
    void applyFilter();
    void fillFilters();
    void chooseExport();
    void updateCount();

    QPointer<CampaignDocument> m_document;
    JournalModel* m_model;
    TableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_action;
    QComboBox* m_actor;
    QLineEdit* m_actorName;
    QLabel* m_count;
    QLabel* m_error;
    QPushButton* m_export;
};

} // namespace palmares
