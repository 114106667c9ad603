// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/DocumentPage.h"

#include <QPointer>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace palmares {

// Analysis: a candidate's pillar profile per jury as a radar (one or two candidates),
// the juries' totals side by side as a scatter plot, and each juror's scores as a box
// plot with their gap to the rest of their jury (a harsh or lenient juror stands out).
// The numbers come from core/engine/Analysis; the page only draws them.
class AnalysisPage : public DocumentPage {
    Q_OBJECT
public:
    enum Tab { RadarTab, ScatterTab, JurorsTab };

    explicit AnalysisPage(QWidget* parent = nullptr);
    void setDocument(CampaignDocument* document) override;

    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* candidateBox() const { return m_first; }
    QComboBox* comparedBox() const { return m_second; }
    QChart* radarChart() const;
    QChart* scatterChart() const;
    QChart* jurorChart() const;
    QTableWidget* jurorTable() const { return m_jurorTable; }
    QLabel* jurorLegend() const { return m_jurorLegend; }
    // Redraws the charts now (they are redrawn when shown after a change).
    void refresh();

private:
    QWidget* buildRadar();
    QWidget* buildScatter();
    QWidget* buildJurors();
    void fillCandidateBoxes();
    void drawRadar();
    void drawScatter();
    void drawJurors();

    QPointer<CampaignDocument> m_document;
    QTabWidget* m_tabs;
    QComboBox* m_first;
    QComboBox* m_second;
    QLabel* m_radarText;
    QChartView* m_radar;
    QChartView* m_scatter;
    QLabel* m_scatterText;
    QChartView* m_jurors;
    QTableWidget* m_jurorTable;
    QLabel* m_jurorLegend;
};

} // namespace palmares
