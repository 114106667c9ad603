// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/DocumentPage.h"

#include <QPointer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace palmares {

class CriteriaModel;
class RubricModel;

// Criteria: the pillars and their criteria as a tree (weights and the share of the final
// score each carries, eliminatory thresholds), and the rubric of the selected criterion.
class CriteriaPage : public DocumentPage {
    Q_OBJECT
public:
    explicit CriteriaPage(QWidget* parent = nullptr);
    void setDocument(CampaignDocument* document) override;

    CriteriaModel* criteriaModel() const { return m_model; }
    RubricModel* rubricModel() const { return m_rubric; }
    QTreeView* tree() const { return m_tree; }
    QTableView* rubricView() const { return m_rubricView; }
    // The code column (a technical name templates, imports and the command line use),
    // hidden unless asked for (View › Show the codes).
    void showCodes(bool on);

private:
    void addPillar();
    void addCriterion();
    void removeCurrent();
    void move(int delta);
    void currentChanged();
    void addLevel();
    void removeLevel();
    void select(const QModelIndex& index, bool edit);

    QPointer<CampaignDocument> m_document;
    CriteriaModel* m_model;
    RubricModel* m_rubric;
    QTreeView* m_tree;
    QTableView* m_rubricView;
    QGroupBox* m_rubricBox;
    QLabel* m_rubricHint;
    QPushButton* m_addCriterion;
    QPushButton* m_addLevel;
    QPushButton* m_removeLevel;
};

} // namespace palmares
