// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/DocumentPage.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableView;

namespace palmares {

class BuildingsModel;

// Campaign & site: the campaign's identity and rules (aggregation, de-biasing, tie
// chain, selection rule, disagreement thresholds) and the site's buildings, with the
// rentable surface and the capacity they give. Every field is saved when it is left.
class CampaignPage : public DocumentPage {
    Q_OBJECT
public:
    explicit CampaignPage(QWidget* parent = nullptr);
    void setDocument(CampaignDocument* document) override;

    BuildingsModel* buildingsModel() const { return m_buildings; }
    QTableView* buildingsView() const { return m_buildingTable; }
    QString siteSummary() const;
    // Moves the campaign to `status`, one step back needing a `reason` (the status box asks
    // for it); false, and problem(), when refused.
    bool changeStatus(CampaignStatus status, const QString& reason = {});

private:
    QWidget* buildSettings();
    QWidget* buildSite();
    void refresh();
    void commit(const CampaignSettings& settings, const QString& text);
    void moveTieKey(int delta);
    void addBuilding();
    void removeBuilding();

    QPointer<CampaignDocument> m_document;
    bool m_refreshing = false;
    QLineEdit* m_name;
    QLineEdit* m_territory;
    QComboBox* m_status;
    QLabel* m_statusNote;
    QDateEdit* m_start;
    QDateEdit* m_end;
    QDoubleSpinBox* m_fillTarget;
    QDoubleSpinBox* m_rentable;
    QCheckBox* m_countLand;
    QComboBox* m_aggregation;
    QCheckBox* m_debias;
    QListWidget* m_tieChain;
    QComboBox* m_rule;
    QDoubleSpinBox* m_sdThreshold;
    QDoubleSpinBox* m_gapThreshold;
    QSpinBox* m_waiting;
    BuildingsModel* m_buildings;
    QTableView* m_buildingTable;
    QLabel* m_siteSummary;
};

} // namespace palmares
