// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ranking/RankingPage.h"

#include "ui/charts/Charts.h"
#include "ui/common/Feedback.h"
#include "ui/common/Icons.h"
#include "ui/common/Remember.h"
#include "ui/common/TableView.h"
#include "ui/models/RankingModel.h"
#include "ui/ranking/SessionDialog.h"

#include "core/edit/Edits.h"
#include "core/engine/Analysis.h"
#include "core/model/Lifecycle.h"
#include "core/present/Words.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
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
    m_session = new QLabel;
    m_session->setWordWrap(true);
    m_session->setTextFormat(Qt::PlainText); // a place or a name typed, never markup
    m_session->setObjectName(QStringLiteral("sessionSummary"));
    m_sessionButton = new QPushButton(tr("Deliberation &session…"));
    m_sessionButton->setObjectName(QStringLiteral("recordSession"));
    m_sessionButton->setAccessibleName(tr("Record the deliberation session"));
    connect(m_sessionButton, &QPushButton::clicked, this, &RankingPage::recordSession);
    m_fill = new QProgressBar;
    m_fill->setRange(0, 1000);
    m_fill->setTextVisible(true);
    m_fill->setAccessibleName(tr("Site fill"));
    m_table = new TableView;
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RankingModel::RankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Ranking"));
    m_table->setToolTip(tr("Ctrl+C copies the selected rows, with the headers, for a spreadsheet."));
    // The rank and the name stay in place while the scores scroll sideways.
    m_table->setFrozenColumns(RankingModel::CandidateColumn + 1);
    m_table->installEventFilter(this);
    m_table->rememberColumns(QStringLiteral("ranking"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RankingPage::currentChanged);

    // What the colours and the mark of a row mean.
    auto* swatch = new QLabel;
    swatch->setFixedSize(fontMetrics().height() * 2, fontMetrics().height());
    swatch->setStyleSheet(QStringLiteral("background-color: %1; border: 1px solid palette(mid);")
                              .arg(RankingModel::laureateColor().name()));
    auto* mark = new QLabel;
    mark->setPixmap(icons::unselectable().pixmap(fontMetrics().height()));
    m_legend = new QLabel(tr("Green row: a laureate of the selection by rank."));
    m_legend->setObjectName(QStringLiteral("legend"));
    m_legend->setWordWrap(true);
    m_legendMark = new QLabel(tr("Marked name: the candidate cannot be selected (withdrawn, ineligible or "
                                 "incomplete); hover over the name to read why."));
    m_legendMark->setWordWrap(true);
    auto* legend = new QGridLayout;
    legend->setContentsMargins(4, 2, 4, 2);
    legend->addWidget(swatch, 0, 0);
    legend->addWidget(m_legend, 0, 1);
    legend->addWidget(mark, 1, 0);
    legend->addWidget(m_legendMark, 1, 1);
    legend->setColumnStretch(1, 1);
    auto* tableTab = new QWidget;
    tableTab->setObjectName(QStringLiteral("table"));
    auto* tableLayout = new QVBoxLayout(tableTab);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addLayout(legend);

    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("pageTabs"));
    m_views->setAccessibleName(tr("Ranking views"));
    m_views->addTab(tableTab, tr("&Table"));
    m_views->addTab(buildBars(), tr("&Bars by pillar"));
    m_table->setObjectName(QStringLiteral("rankingTable"));
    connect(m_views, &QTabWidget::currentChanged, this, &RankingPage::drawBars);

    m_splitter = new QSplitter;
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(buildSidePanel());
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    remember::splitter(m_splitter, QStringLiteral("ranking"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fill);
    layout->addWidget(m_summary);
    auto* session = new QHBoxLayout;
    session->addWidget(m_session, 1);
    session->addWidget(m_sessionButton);
    layout->addLayout(session);
    layout->addWidget(m_splitter, 1);
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
    // Each candidate shown gets a line of its own, its name always written: the chart
    // grows with their number and scrolls.
    m_barsScroll = new QScrollArea;
    m_barsScroll->setWidget(m_bars);
    m_barsScroll->setWidgetResizable(true);
    m_barsScroll->setFrameShape(QFrame::NoFrame);
    auto* tab = new QWidget;
    tab->setObjectName(QStringLiteral("bars"));
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(count);
    layout->addWidget(m_barsScroll, 1);
    return tab;
}

QChart* RankingPage::barsChart() const
{
    return m_bars->chart();
}

void RankingPage::drawBars()
{
    if (!m_document || m_views->currentWidget() != m_barsScroll->parentWidget())
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
    // A laureate of the selection down the ranking is starred; the last one closes the fill.
    std::vector<char> laureate(c.candidates.size(), 0);
    for (const Placement& l : e.greedy.laureates)
        laureate[size_t(l.candidate)] = 1;
    int lastLaureate = -1; // its line, counted from the bottom
    int line = 0;
    // A long name is shortened (whole in the table) so that the rank stays in view: the
    // chart keeps about a third of its width for the names.
    QFont labelFont = font();
    labelFont.setPointSizeF(font().pointSizeF() * 0.9);
    const QFontMetrics labelMetrics(labelFont);
    const int widestLabel = std::max(labelMetrics.horizontalAdvance(QStringLiteral("★ 00. MMMMMMMMMM")),
                                     int(m_barsScroll->viewport()->width() * 0.33));
    for (auto it = shown.rbegin(); it != shown.rend(); ++it, ++line) {
        const std::vector<double> points = pillarContributions(c, e.scores.candidates[size_t(*it)]);
        for (size_t p = 0; p < sets.size(); ++p)
            sets[p]->append(points[p]);
        const QString name = tr("%1. %2").arg(e.ranking.rankOf(*it)).arg(c.candidates[size_t(*it)].name);
        categories << labelMetrics.elidedText(laureate[size_t(*it)] ? tr("★ %1").arg(name) : name, Qt::ElideRight,
                                              widestLabel);
        if (laureate[size_t(*it)] && lastLaureate < 0)
            lastLaureate = line;
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
    // Under the last laureate, the line where the site is filled; ★ named in the legend.
    if (lastLaureate > 0) {
        auto* fill = new QLineSeries;
        fill->setName(tr("Fill reached (★ laureate)"));
        fill->setPen(QPen(QColor(0xb3, 0x26, 0x1e), 2, Qt::DashLine));
        fill->append(0, lastLaureate - 0.5);
        fill->append(100, lastLaureate - 0.5);
        chart->addSeries(fill);
        fill->attachAxis(values);
        fill->attachAxis(names);
    }
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
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
    // A line per candidate, tall enough for its name; the title, the axis and the legend.
    const int lineHeight = labelMetrics.height() + 6;
    m_bars->setMinimumHeight(int(shown.size()) * lineHeight + 6 * QFontMetrics(font()).height() + 40);
}

void RankingPage::setLargeText(bool large)
{
    QFont f = QApplication::font();
    if (large)
        f.setPointSizeF(f.pointSizeF() * 1.6);
    setFont(f);
    // On a projector the table takes the whole width: rank, name, final, each jury,
    // outcome and decision; the pillars stay on the bars, the surfaces and flags in the
    // normal view; the decision and the selection go under the table.
    m_splitter->setOrientation(large ? Qt::Vertical : Qt::Horizontal);
    m_sidePanel->setMinimumWidth(large ? 0 : 320);
    m_sideBySide->setMinimumWidth(0);
    for (int column = m_model->firstPillarColumn(); column <= m_model->fillColumn(); ++column)
        m_table->setColumnHidden(column, large);
    m_table->setColumnHidden(m_model->flagsColumn(), large);
    m_large = large;
    // The room reads the ranks in order; the sort mark would take a third of « Rang ».
    m_table->horizontalHeader()->setSortIndicatorShown(!large);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(f).height() + 8);
    fitColumns();
    for (QLabel* label : {m_legend, m_legendMark})
        label->setFont(f);
    drawBars();
}

QWidget* RankingPage::buildSidePanel()
{
    auto* selection = new QGroupBox(tr("Greedy and best value"));
    m_comparison = new QLabel;
    m_comparison->setWordWrap(true);
    m_comparison->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Each rule's own laureates, side by side: what the jury weighs.
    m_greedyTitle = new QLabel;
    m_bestTitle = new QLabel;
    m_onlyGreedy = new QLabel;
    m_onlyBest = new QLabel;
    for (QLabel* label : {m_greedyTitle, m_bestTitle, m_onlyGreedy, m_onlyBest}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_sideBySide = new QWidget;
    auto* grid = new QGridLayout(m_sideBySide);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_greedyTitle, 0, 0);
    grid->addWidget(m_bestTitle, 0, 1);
    grid->addWidget(m_onlyGreedy, 1, 0);
    grid->addWidget(m_onlyBest, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    auto* selectionLayout = new QVBoxLayout(selection);
    selectionLayout->addWidget(m_sideBySide);
    selectionLayout->addWidget(m_comparison);
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
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
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
    m_decisionBox->hide(); // until a candidate is selected
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
    m_shown = 0; // the panel shows nothing of the campaign it showed before
    m_model->setDocument(document);
    if (document)
        connect(document, &CampaignDocument::changed, this, &RankingPage::refresh);
    setEnabled(document != nullptr);
    m_decisionBox->setEnabled(document && !document->isReadOnly());
    m_table->setCurrentIndex({});
    m_table->clearSelection();
    refresh();
    showDecision();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    fitColumns();
}

void RankingPage::fitColumns()
{
    m_table->fitColumnsToContents(fontMetrics().averageCharWidth() * 40);
    capWideColumns();
}

void RankingPage::capWideColumns()
{
    // A long name or outcome is shortened (the whole text is in its tooltip) rather than
    // pushing the scores off the screen.
    const auto cap = [&](int column, int most) {
        if (m_table->columnWidth(column) > most)
            m_table->setColumnWidth(column, most);
    };
    if (!m_large) {
        const int room = m_table->width();
        cap(RankingModel::CandidateColumn, std::max(fontMetrics().averageCharWidth() * 24, room * 9 / 20));
        cap(m_model->outcomeColumn(), room * 30 / 100);
        return;
    }
    // On a projector every column the room reads fits: the name and the outcome share what
    // the figures leave, the name first (up to three fifths), the outcome after it.
    int figures = 0;
    for (int column = 0; column < m_model->columnCount(); ++column)
        if (!m_table->isColumnHidden(column) && column != RankingModel::CandidateColumn &&
            column != m_model->outcomeColumn())
            figures += m_table->columnWidth(column);
    const int left = m_table->viewport()->width() - figures;
    const int outcome = m_table->columnWidth(m_model->outcomeColumn());
    cap(RankingModel::CandidateColumn, std::max(left - outcome, left * 3 / 5));
    cap(m_model->outcomeColumn(), left - m_table->columnWidth(RankingModel::CandidateColumn));
}

void RankingPage::resizeEvent(QResizeEvent* event)
{
    DocumentPage::resizeEvent(event);
    if (m_document)
        fitColumns();
}

bool RankingPage::eventFilter(QObject* watched, QEvent* event)
{
    // The table's width, not only the page's, sets what a name may take: the splitter
    // widens it without resizing the page.
    if (watched == m_table && event->type() == QEvent::Resize && m_document)
        fitColumns();
    return DocumentPage::eventFilter(watched, event);
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
    m_summary->setText(tr("%1 out of %2, %3\u00a0m² of %4\u00a0m² rentable (capacity %5\u00a0m²); waiting "
                          "list: %6.")
                           .arg(tr("%n laureate(s)", nullptr, int(s.laureates.size())),
                                tr("%n candidate(s)", nullptr, int(campaign.candidates.size())),
                                Words::number(s.totalSurface, 0), Words::number(s.rentableSurface, 0),
                                Words::number(s.capacity, 0), QString::number(s.waitingList.size())));

    auto title = [&](const QString& rule, const Selection& sel) {
        return tr("<b>%1</b><br>%2, %3\u00a0m², fill %4\u00a0%, total score %5")
            .arg(rule, tr("%n laureate(s)", nullptr, int(sel.laureates.size())), Words::number(sel.totalSurface, 0),
                 Words::number(sel.fillPct, 1), Words::number(sel.totalScore, 1));
    };
    // A rule's own laureates, one per line with their rank, at most a dozen shown.
    auto names = [&](const std::vector<int>& candidates) {
        QStringList out;
        const size_t shown = std::min<size_t>(candidates.size(), 12);
        for (size_t i = 0; i < shown; ++i) {
            const int k = candidates[i];
            out << tr("%1. %2").arg(e.ranking.rankOf(k)).arg(campaign.candidates[size_t(k)].name.toHtmlEscaped());
        }
        if (candidates.size() > shown)
            out << tr("and %n more", nullptr, int(candidates.size() - shown));
        return out.join(QStringLiteral("<br>"));
    };
    m_greedyTitle->setText(title(tr("Greedy by rank"), s));
    QString comparison;
    if (e.bestValue) {
        m_bestTitle->setText(title(tr("Best value"), *e.bestValue));
        const bool same = e.diff.onlyInBestValue.empty() && e.diff.onlyInGreedy.empty();
        m_onlyGreedy->setText(same ? QString() : tr("<i>Only here:</i><br>") + names(e.diff.onlyInGreedy));
        m_onlyBest->setText(same ? QString() : tr("<i>Only here:</i><br>") + names(e.diff.onlyInBestValue));
        comparison = same ? tr("Both rules choose the same laureates.")
                          : tr("Best value adds %1 points and %2\u00a0m².")
                                .arg(Words::number(e.diff.scoreDelta, 1), Words::number(e.diff.surfaceDelta, 0));
        if (!e.bestValue->solved)
            comparison += QStringLiteral("<br>") + tr("Best value could not be proven optimal on this campaign.");
    } else {
        m_bestTitle->clear();
        m_onlyGreedy->clear();
        m_onlyBest->clear();
    }
    m_comparison->setText(comparison);
    QStringList waiting;
    for (size_t i = 0; i < s.waitingList.size(); ++i)
        waiting << QStringLiteral("%1. %2").arg(i + 1).arg(campaign.candidates[size_t(s.waitingList[i])].name);
    m_waiting->setText(waiting.isEmpty() ? tr("Empty.") : waiting.join(QLatin1Char('\n')));
    // The session is recorded when the status allows it (docs/lifecycle.md); said before a try.
    m_session->setText(Words::sessionSummary(campaign));
    const CampaignStatus status = campaign.settings.status;
    const bool sessionAllowed = lifecycle::allows(status, lifecycle::Area::Session) != lifecycle::Allowed::No;
    m_sessionButton->setEnabled(sessionAllowed && !m_document->isReadOnly());
    m_sessionButton->setToolTip(sessionAllowed ? tr("When and where the jury met, who chaired, who was present")
                                               : Words::refusedByStatus(status, lifecycle::Area::Session));
    // A choice not recorded yet stays as the user left it; otherwise the panel follows the
    // file (an undo, a decision recorded).
    if (!decisionPending())
        showDecision();
}

int RankingPage::currentCandidate() const
{
    const QModelIndex index = m_sorted->mapToSource(m_table->currentIndex());
    return index.isValid() ? m_model->candidateAt(index.row()) : -1;
}

int RankingPage::candidateIndexOf(Id candidateId) const
{
    const std::vector<Candidate>& candidates = m_document->campaign().candidates;
    for (size_t k = 0; k < candidates.size(); ++k)
        if (candidates[k].id == candidateId)
            return int(k);
    return -1;
}

void RankingPage::selectCandidate(int candidateIndex)
{
    const int row = m_model->rowOfCandidate(candidateIndex);
    if (row >= 0)
        m_table->setCurrentIndex(m_sorted->mapFromSource(m_model->index(row, RankingModel::CandidateColumn)));
}

bool RankingPage::decisionPending() const
{
    if (!m_document || m_shown == 0 || !m_decisionBox->isVisible() || candidateIndexOf(m_shown) < 0)
        return false;
    const Decision d = decisionOf(m_document->campaign(), m_shown);
    return DecisionKind(m_decision->currentData().toInt()) != d.kind ||
           Override(m_override->currentData().toInt()) != d.override_ ||
           m_justification->toPlainText() != d.justification;
}

void RankingPage::currentChanged()
{
    if (m_returning || !m_document)
        return;
    const int k = currentCandidate();
    const Id next = k >= 0 ? m_document->campaign().candidates[size_t(k)].id : 0;
    if (next != m_shown && decisionPending()) {
        // A choice made and not recorded is never dropped silently.
        const QString name = m_document->campaign().candidates[size_t(candidateIndexOf(m_shown))].name;
        QMessageBox box(QMessageBox::Question, tr("Decision not recorded"),
                        tr("The decision on “%1” has not been recorded. Record it before going to another "
                           "candidate?")
                            .arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.button(QMessageBox::Save)->setText(tr("&Record"));
        box.button(QMessageBox::Discard)->setText(tr("&Drop the change"));
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        const auto goBack = [&] {
            m_returning = true;
            selectCandidate(candidateIndexOf(m_shown));
            m_returning = false;
        };
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !recordDecisionFor(m_shown))) {
            goBack();
            return;
        }
        if (answer == QMessageBox::Save && next != 0) {
            m_returning = true;
            selectCandidate(candidateIndexOf(next)); // the ranking was recomputed meanwhile
            m_returning = false;
        }
    }
    showDecision();
}

void RankingPage::showDecision()
{
    const int k = currentCandidate();
    m_decisionProblem->clear();
    if (!m_document || k < 0) {
        // Nothing selected: the panel folds away, and keeps nothing of a former candidate.
        m_shown = 0;
        m_decisionBox->hide();
        m_decision->setCurrentIndex(m_decision->findData(int(DecisionKind::None)));
        m_override->setCurrentIndex(m_override->findData(int(Override::None)));
        m_justification->clear();
        m_decisionFor->clear();
        m_record->setEnabled(false);
        return;
    }
    const Candidate& cand = m_document->campaign().candidates[size_t(k)];
    m_shown = cand.id;
    m_decisionBox->show();
    m_decisionFor->setText(
        tr("<b>%1</b><br>Outcome of the ranking: %2").arg(cand.name.toHtmlEscaped(), m_model->outcome(k)));
    const Decision d = decisionOf(m_document->campaign(), cand.id);
    m_decision->setCurrentIndex(m_decision->findData(int(d.kind)));
    m_override->setCurrentIndex(m_override->findData(int(d.override_)));
    m_justification->setPlainText(d.justification);
    // The status says whether decisions are recorded now (docs/lifecycle.md), before a try.
    const CampaignStatus status = m_document->campaign().settings.status;
    const bool allowed = lifecycle::allows(status, lifecycle::Area::Decisions) != lifecycle::Allowed::No;
    if (!allowed)
        m_decisionProblem->setText(Words::refusedByStatus(status, lifecycle::Area::Decisions));
    for (QWidget* w : std::initializer_list<QWidget*>{m_decision, m_override, m_justification})
        w->setEnabled(allowed && !m_document->isReadOnly());
    m_record->setEnabled(allowed && !m_document->isReadOnly());
}

bool RankingPage::recordDecisionFor(Id candidateId)
{
    const Edit edit = Edits::recordDecision(
        m_document->campaign(), candidateId, DecisionKind(m_decision->currentData().toInt()),
        Override(m_override->currentData().toInt()), m_justification->toPlainText(), m_document->now());
    if (!edit.change) {
        m_decisionProblem->setText(edit.problem);
        m_justification->setFocus();
        return edit.problem.isEmpty(); // unchanged
    }
    QString error;
    if (!m_document->apply(edit, &error)) {
        m_decisionProblem->setText(error);
        return false;
    }
    return true;
}

void RankingPage::recordDecision()
{
    if (!m_document || m_shown == 0)
        return;
    const Id shown = m_shown;
    if (recordDecisionFor(shown)) {
        m_returning = true;
        selectCandidate(candidateIndexOf(shown));
        m_returning = false;
        showDecision();
    }
}

QString RankingPage::decisionProblem() const
{
    return m_decisionProblem->text();
}

void RankingPage::recordSession()
{
    if (!m_document)
        return;
    SessionDialog dialog(m_document, this);
    dialog.exec();
}

QString RankingPage::summaryText() const
{
    return m_summary->text();
}

QString RankingPage::sessionText() const
{
    return m_session->text();
}

QString RankingPage::comparisonText() const
{
    return m_greedyTitle->text() + QStringLiteral("<br>") + m_bestTitle->text() + QStringLiteral("<br>") +
           m_comparison->text();
}

QString RankingPage::onlyInGreedyText() const
{
    return m_onlyGreedy->text();
}

QString RankingPage::onlyInBestValueText() const
{
    return m_onlyBest->text();
}

QString RankingPage::legendText() const
{
    return m_legend->text() + QLatin1Char('\n') + m_legendMark->text();
}

int RankingPage::fillGaugeValue() const
{
    return m_fill->value();
}

} // namespace palmares
