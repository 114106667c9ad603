// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/DocumentPage.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QChart;
class QChartView;
class QScrollArea;
class QComboBox;
class QSpinBox;
class QTabWidget;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;

namespace palmares {

class RankingModel;
class TableView;

// Ranking & selection: the ranking table with scores, outcome, decision and flags; the
// site-fill gauge against the target; greedy and best value side by side; the waiting
// list; the decision on the selected candidate (laureate / waiting / rejected, forced in
// or out with a justification that cannot be left empty); and the deliberation session,
// in one line, recorded through its dialog (SessionDialog).
class RankingPage : public DocumentPage {
    Q_OBJECT
public:
    explicit RankingPage(QWidget* parent = nullptr);
    void setDocument(CampaignDocument* document) override;

    RankingModel* model() const { return m_model; }
    TableView* view() const { return m_table; }
    QString summaryText() const;
    // The deliberation session in one line (Words::sessionSummary), and the button that
    // records it.
    QString sessionText() const;
    QPushButton* sessionButton() const { return m_sessionButton; }
    // Greedy and best value: the headline, then each rule's own laureates side by side.
    QString comparisonText() const;
    QString onlyInGreedyText() const;
    QString onlyInBestValueText() const;
    // What the row colours and marks of the ranking mean.
    QString legendText() const;
    int fillGaugeValue() const;
    // The decision panel, for the selected candidate; hidden until one is selected.
    QGroupBox* decisionPanel() const { return m_decisionBox; }
    QComboBox* decisionBox() const { return m_decision; }
    QComboBox* overrideBox() const { return m_override; }
    QPlainTextEdit* justificationEdit() const { return m_justification; }
    QPushButton* recordButton() const { return m_record; }
    QString decisionProblem() const;
    // The decision panel holds a choice not recorded yet for the candidate it shows.
    bool decisionPending() const;
    void selectCandidate(int candidateIndex);
    // The table and the bars stacked by pillar, in tabs.
    QTabWidget* views() const { return m_views; }
    QChart* barsChart() const;
    QSpinBox* barCountBox() const { return m_barCount; }
    // Large text for a projector (deliberation mode), or the normal size.
    void setLargeText(bool large);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildSidePanel();
    QWidget* buildBars();
    void drawBars();
    void refresh();
    void fitColumns();
    void capWideColumns();
    void showDecision();
    void currentChanged();
    bool recordDecisionFor(Id candidateId);
    void recordDecision();
    void recordSession();
    int currentCandidate() const;
    int candidateIndexOf(Id candidateId) const;

    QPointer<CampaignDocument> m_document;
    RankingModel* m_model;
    QSortFilterProxyModel* m_sorted;
    TableView* m_table;
    QLabel* m_legend;
    QLabel* m_legendMark;
    QSplitter* m_splitter;
    QTabWidget* m_views;
    QChartView* m_bars;
    QScrollArea* m_barsScroll;
    QSpinBox* m_barCount;
    QWidget* m_sidePanel = nullptr;
    QLabel* m_summary;
    QLabel* m_session;
    QPushButton* m_sessionButton;
    QProgressBar* m_fill;
    QLabel* m_comparison;
    QLabel* m_greedyTitle;
    QLabel* m_bestTitle;
    QLabel* m_onlyGreedy;
    QLabel* m_onlyBest;
    QWidget* m_sideBySide;
    QLabel* m_waiting;
    QGroupBox* m_decisionBox;
    QLabel* m_decisionFor;
    QComboBox* m_decision;
    QComboBox* m_override;
    QPlainTextEdit* m_justification;
    QLabel* m_decisionProblem;
    QPushButton* m_record;
    // The candidate the decision panel shows (0: none), and whether its choice is being put
    // back after the user kept it (no question asked then).
    Id m_shown = 0;
    bool m_large = false;
    bool m_returning = false;
};

} // namespace palmares
