// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ranking/RankingPage.h"

#include "ui/common/Charts.h"
#include "ui/common/Feedback.h"
#include "ui/models/RankingModel.h"

#include "core/edit/Edits.h"
#include "core/engine/Analysis.h"
#include "core/present/Words.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace palmares {

RankingPage::RankingPage(QWidget* parent)
    : DocumentPage(parent)
    , m_model(new RankingModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(RankingModel::SortRole);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_fill = new QProgressBar;
    m_fill->setRange(0, 1000);
    m_fill->setTextVisible(true);
    m_fill->setAccessibleName(tr("Site fill"));
    m_table = new QTableView;
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RankingModel::RankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Ranking"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RankingPage::showDecision);

    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("pageTabs"));
    m_views->setAccessibleName(tr("Ranking views"));
    m_views->addTab(m_table, tr("&Table"));
    m_views->addTab(buildBars(), tr("&Bars by pillar"));
    m_table->setObjectName(QStringLiteral("table"));
    connect(m_views, &QTabWidget::currentChanged, this, &RankingPage::drawBars);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_views);
    splitter->addWidget(buildSidePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fill);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    connect(m_model, &RankingModel::problem, this, &RankingPage::problem);
    setEnabled(false);
}

QWidget* RankingPage::buildBars()
{
    m_bars = charts::newView(new QChart, tr("Final scores stacked by pillar"));
    m_barCount = new QSpinBox;
    m_barCount->setRange(5, 500);
    m_barCount->setValue(30);
    m_barCount->setAccessibleName(tr("Number of candidates in the chart"));
    connect(m_barCount, &QSpinBox::valueChanged, this, &RankingPage::drawBars);
    auto* count = new QHBoxLayout;
    auto* label = new QLabel(tr("&Show the first"));
    label->setBuddy(m_barCount);
    count->addWidget(label);
    count->addWidget(m_barCount);
    count->addWidget(new QLabel(tr("candidates of the ranking")));
    count->addStretch();
    auto* tab = new QWidget;
    tab->setObjectName(QStringLiteral("bars"));
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(count);
    layout->addWidget(m_bars, 1);
    return tab;
}

QChart* RankingPage::barsChart() const
{
    return m_bars->chart();
}

void RankingPage::drawBars()
{
    if (!m_document || m_views->currentWidget() != m_bars->parentWidget())
        return;
    QChart* chart = m_bars->chart();
    charts::clear(chart);
    const Campaign& c = m_document->campaign();
    const Evaluation& e = m_document->evaluation();
    chart->setTitle(tr("Final score out of 100: the points each pillar brings"));
    std::vector<QBarSet*> sets;
    for (const Pillar& p : c.pillars)
        sets.push_back(new QBarSet(p.name));
    // Horizontal bars go upwards: the best candidate is appended last to sit on top.
    QStringList categories;
    std::vector<int> shown;
    for (const RankEntry& entry : e.ranking.entries) {
        if (int(shown.size()) >= m_barCount->value())
            break;
        if (e.scores.candidates[size_t(entry.candidate)].hasFinal)
            shown.push_back(entry.candidate);
    }
    for (auto it = shown.rbegin(); it != shown.rend(); ++it) {
        const std::vector<double> points = pillarContributions(c, e.scores.candidates[size_t(*it)]);
        for (size_t p = 0; p < sets.size(); ++p)
            sets[p]->append(points[p]);
        categories << tr("%1. %2")
                          .arg(e.ranking.entries[size_t(e.ranking.positionOf[size_t(*it)])].rank)
                          .arg(c.candidates[size_t(*it)].name);
    }
    auto* series = new QHorizontalStackedBarSeries;
    for (QBarSet* set : sets)
        series->append(set);
    series->setBarWidth(0.75);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    names->setTruncateLabels(false);
    auto* values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    for (QAbstractAxis* axis : chart->axes()) {
        QFont f = axis->labelsFont();
        f.setPointSizeF(font().pointSizeF() * 0.9);
        axis->setLabelsFont(f);
    }
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(font().pointSizeF());
    chart->legend()->setFont(legendFont);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(font().pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
}

void RankingPage::setLargeText(bool large)
{
    QFont f = QApplication::font();
    if (large)
        f.setPointSizeF(f.pointSizeF() * 1.6);
    setFont(f);
    // On a projector: room for the decision panel; the pillar columns stay on the bars.
    m_sidePanel->setMinimumWidth(large ? 520 : 320);
    for (int column = m_model->firstPillarColumn(); column < m_model->surfaceColumn(); ++column)
        m_table->setColumnHidden(column, large);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(f).height() + 8);
    m_table->resizeColumnsToContents();
    drawBars();
}

QWidget* RankingPage::buildSidePanel()
{
    auto* selection = new QGroupBox(tr("Greedy and best value"));
    m_comparison = new QLabel;
    m_comparison->setWordWrap(true);
    m_comparison->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(selection))->addWidget(m_comparison);
    auto* waiting = new QGroupBox(tr("Waiting list"));
    m_waiting = new QLabel;
    m_waiting->setWordWrap(true);
    (new QVBoxLayout(waiting))->addWidget(m_waiting);

    m_decisionBox = new QGroupBox(tr("Decision"));
    m_decisionFor = new QLabel;
    m_decisionFor->setWordWrap(true);
    m_decision = new QComboBox;
    for (DecisionKind kind :
         {DecisionKind::None, DecisionKind::Laureate, DecisionKind::Waiting, DecisionKind::Rejected})
        m_decision->addItem(Words::decisionKind(kind), int(kind));
    m_override = new QComboBox;
    m_override->addItem(tr("Follow the ranking"), int(Override::None));
    m_override->addItem(tr("Forced in"), int(Override::ForcedIn));
    m_override->addItem(tr("Forced out"), int(Override::ForcedOut));
    m_justification = new QPlainTextEdit;
    m_justification->setTabChangesFocus(true);
    m_justification->setPlaceholderText(tr("Why the jury decided so (required when forced in or out)"));
    m_justification->setMaximumHeight(90);
    m_decisionProblem = new QLabel;
    m_decisionProblem->setWordWrap(true);
    m_decisionProblem->setStyleSheet(feedback::errorStyle());
    m_record = new QPushButton(tr("&Record decision"));
    m_decision->setAccessibleName(tr("Decision"));
    m_override->setAccessibleName(tr("Override of the ranking"));
    m_justification->setAccessibleName(tr("Justification"));
    m_record->setAccessibleName(tr("Record decision"));
    auto* form = new QFormLayout(m_decisionBox);
    form->addRow(m_decisionFor);
    form->addRow(tr("&Decision:"), m_decision);
    form->addRow(tr("&Override:"), m_override);
    form->addRow(tr("&Justification:"), m_justification);
    form->addRow(m_decisionProblem);
    form->addRow(m_record);
    connect(m_record, &QPushButton::clicked, this, &RankingPage::recordDecision);
    // Forcing in means a laureate, forcing out a rejection, unless the user says otherwise.
    connect(m_override, &QComboBox::activated, this, [this] {
        const auto o = Override(m_override->currentData().toInt());
        if (o == Override::ForcedIn)
            m_decision->setCurrentIndex(m_decision->findData(int(DecisionKind::Laureate)));
        else if (o == Override::ForcedOut)
            m_decision->setCurrentIndex(m_decision->findData(int(DecisionKind::Rejected)));
    });

    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->addWidget(m_decisionBox);
    layout->addWidget(selection);
    layout->addWidget(waiting);
    layout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Decision and selection"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(320);
    m_sidePanel = scroll;
    return scroll;
}

void RankingPage::setDocument(CampaignDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document);
    if (document)
        connect(document, &CampaignDocument::changed, this, &RankingPage::refresh);
    setEnabled(document != nullptr);
    m_decisionBox->setEnabled(document && !document->isReadOnly());
    refresh();
    m_table->resizeColumnsToContents();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
}

void RankingPage::refresh()
{
    if (!m_document)
        return;
    drawBars();
    const Campaign& campaign = m_document->campaign();
    const Evaluation& e = m_document->evaluation();
    const Selection& s = e.greedy;
    const QLocale l;
    m_fill->setValue(int(std::round(std::min(100.0, s.fillPct) * 10)));
    m_fill->setFormat(tr("Site fill: %1\u202f% (target %2\u202f%)")
                          .arg(l.toString(s.fillPct, 'f', 1), l.toString(campaign.settings.fillTargetPct, 'f', 0)));
    m_summary->setText(tr("%1 laureates out of %2 candidates, %3\u202fm² of %4\u202fm² rentable (capacity "
                          "%5\u202fm²); waiting list: %6.")
                           .arg(s.laureates.size())
                           .arg(campaign.candidates.size())
                           .arg(l.toString(s.totalSurface, 'f', 0), l.toString(s.rentableSurface, 'f', 0),
                                l.toString(s.capacity, 'f', 0))
                           .arg(s.waitingList.size()));

    auto line = [&](const QString& title, const Selection& sel) {
        return tr("<b>%1</b>: %2 laureates, %3\u202fm², fill %4\u202f%, total score %5.")
            .arg(title)
            .arg(sel.laureates.size())
            .arg(l.toString(sel.totalSurface, 'f', 0), l.toString(sel.fillPct, 'f', 1),
                 l.toString(sel.totalScore, 'f', 1));
    };
    auto names = [&](const std::vector<int>& candidates) {
        QStringList out;
        for (int k : candidates)
            out << campaign.candidates[size_t(k)].name.toHtmlEscaped();
        return out.isEmpty() ? tr("none") : out.join(QStringLiteral(", "));
    };
    QString comparison = line(tr("Greedy by rank"), s);
    if (e.bestValue) {
        comparison += QStringLiteral("<br>") + line(tr("Best value"), *e.bestValue);
        if (e.diff.onlyInBestValue.empty() && e.diff.onlyInGreedy.empty())
            comparison += QStringLiteral("<br>") + tr("Both rules choose the same laureates.");
        else
            comparison += QStringLiteral("<br>") +
                          tr("Best value adds %1 points and %2\u202fm²: it takes %3 instead of %4.")
                              .arg(l.toString(e.diff.scoreDelta, 'f', 1), l.toString(e.diff.surfaceDelta, 'f', 0),
                                   names(e.diff.onlyInBestValue), names(e.diff.onlyInGreedy));
        if (!e.bestValue->solved)
            comparison += QStringLiteral("<br>") + tr("Best value could not be proven optimal on this campaign.");
    }
    m_comparison->setText(comparison);
    QStringList waiting;
    for (size_t i = 0; i < s.waitingList.size(); ++i)
        waiting << QStringLiteral("%1. %2").arg(i + 1).arg(campaign.candidates[size_t(s.waitingList[i])].name);
    m_waiting->setText(waiting.isEmpty() ? tr("Empty.") : waiting.join(QLatin1Char('\n')));
    showDecision();
}

int RankingPage::currentCandidate() const
{
    const QModelIndex index = m_sorted->mapToSource(m_table->currentIndex());
    return index.isValid() ? m_model->candidateAt(index.row()) : -1;
}

void RankingPage::selectCandidate(int candidateIndex)
{
    const int row = m_model->rowOfCandidate(candidateIndex);
    if (row >= 0)
        m_table->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, RankingModel::CandidateColumn)));
}

void RankingPage::showDecision()
{
    const int k = currentCandidate();
    m_decisionProblem->clear();
    if (!m_document || k < 0) {
        m_decisionFor->setText(tr("Select a candidate in the ranking."));
        m_record->setEnabled(false);
        return;
    }
    const Candidate& cand = m_document->campaign().candidates[size_t(k)];
    m_decisionFor->setText(
        tr("<b>%1</b><br>Outcome of the ranking: %2").arg(cand.name.toHtmlEscaped(), m_model->outcome(k)));
    const Decision d = decisionOf(m_document->campaign(), cand.id);
    m_decision->setCurrentIndex(m_decision->findData(int(d.kind)));
    m_override->setCurrentIndex(m_override->findData(int(d.override_)));
    m_justification->setPlainText(d.justification);
    m_record->setEnabled(!m_document->isReadOnly());
}

void RankingPage::recordDecision()
{
    const int k = currentCandidate();
    if (!m_document || k < 0)
        return;
    const Edit edit = Edits::recordDecision(m_document->campaign(), m_document->campaign().candidates[size_t(k)].id,
                                            DecisionKind(m_decision->currentData().toInt()),
                                            Override(m_override->currentData().toInt()), m_justification->toPlainText(),
                                            m_document->now());
    if (!edit.change) {
        m_decisionProblem->setText(edit.problem);
        m_justification->setFocus();
        return;
    }
    QString error;
    if (!m_document->apply(edit, &error)) {
        m_decisionProblem->setText(error);
        return;
    }
    selectCandidate(k);
}

QString RankingPage::decisionProblem() const
{
    return m_decisionProblem->text();
}

QString RankingPage::summaryText() const
{
    return m_summary->text();
}

QString RankingPage::comparisonText() const
{
    return m_comparison->text();
}

int RankingPage::fillGaugeValue() const
{
    return m_fill->value();
}

} // namespace palmares
