// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/DocumentPage.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QChart;
class QChartView;
class QComboBox;
class QSpinBox;
class QTabWidget;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace palmares {

class RankingModel;

// Ranking & selection: the ranking table with scores, outcome, decision and flags; the
// site-fill gauge against the target; greedy and best value side by side; the waiting
// list; and the decision on the selected candidate (laureate / waiting / rejected,
// forced in or out with a justification that cannot be left empty).
class RankingPage : public DocumentPage {
    Q_OBJECT
public:
    explicit RankingPage(QWidget* parent = nullptr);
    void setDocument(CampaignDocument* document) override;

    RankingModel* model() const { return m_model; }
    QTableView* view() const { return m_table; }
    QString summaryText() const;
    QString comparisonText() const;
    int fillGaugeValue() const;
    // The decision panel, for the selected candidate.
    QComboBox* decisionBox() const { return m_decision; }
    QComboBox* overrideBox() const { return m_override; }
    QPlainTextEdit* justificationEdit() const { return m_justification; }
    QPushButton* recordButton() const { return m_record; }
    QString decisionProblem() const;
    void selectCandidate(int candidateIndex);
    // The table and the bars stacked by pillar, in tabs.
    QTabWidget* views() const { return m_views; }
    QChart* barsChart() const;
    QSpinBox* barCountBox() const { return m_barCount; }
    // Large text for a projector (deliberation mode), or the normal size.
    void setLargeText(bool large);

private:
    QWidget* buildSidePanel();
    QWidget* buildBars();
    void drawBars();
    void refresh();
    void showDecision();
    void recordDecision();
    int currentCandidate() const;

    QPointer<CampaignDocument> m_document;
    RankingModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QTabWidget* m_views;
    QChartView* m_bars;
    QSpinBox* m_barCount;
    QWidget* m_sidePanel = nullptr;
    QLabel* m_summary;
    QProgressBar* m_fill;
    QLabel* m_comparison;
    QLabel* m_waiting;
    QGroupBox* m_decisionBox;
    QLabel* m_decisionFor;
    QComboBox* m_decision;
    QComboBox* m_override;
    QPlainTextEdit* m_justification;
    QLabel* m_decisionProblem;
    QPushButton* m_record;
};

} // namespace palmares
