// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/analysis/AnalysisPage.h"

#include "core/engine/Analysis.h"
#include "core/engine/Formulas.h"
#include "ui/charts/Charts.h"
#include "ui/common/Remember.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChartView>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPolarChart>
#include <QScatterSeries>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace palmares {

namespace {

QString points(double v)
{
    return formulas::isMissing(v) ? QStringLiteral("–") : QLocale().toString(v, 'f', 1);
}

} // namespace

AnalysisPage::AnalysisPage(QWidget* parent)
    : DocumentPage(parent)
{
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("pageTabs"));
    m_tabs->setAccessibleName(tr("Analyses"));
    m_tabs->addTab(buildRadar(), tr("&Pillar profile"));
    m_tabs->addTab(buildScatter(), tr("&Expert vs citizen"));
    m_tabs->addTab(buildJurors(), tr("Scores per &juror"));
    m_tabs->widget(RadarTab)->setObjectName(QStringLiteral("radar"));
    m_tabs->widget(ScatterTab)->setObjectName(QStringLiteral("scatter"));
    m_tabs->widget(JurorsTab)->setObjectName(QStringLiteral("jurors"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    setDocument(nullptr);
}

QWidget* AnalysisPage::buildRadar()
{
    m_first = new QComboBox;
    m_second = new QComboBox;
    m_first->setAccessibleName(tr("Candidate"));
    m_second->setAccessibleName(tr("Candidate compared"));
    m_first->setMinimumContentsLength(30);
    m_second->setMinimumContentsLength(30);
    connect(m_first, &QComboBox::currentIndexChanged, this, &AnalysisPage::drawRadar);
    connect(m_second, &QComboBox::currentIndexChanged, this, &AnalysisPage::drawRadar);
    auto* chart = new QPolarChart;
    m_radar = charts::newView(chart, tr("Pillar profile chart"));
    m_radarText = new QLabel;
    m_radarText->setWordWrap(true);

    auto* pickers = new QFormLayout;
    pickers->addRow(tr("&Candidate:"), m_first);
    pickers->addRow(tr("Compare &with:"), m_second);
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->addLayout(pickers);
    layout->addWidget(m_radar, 1);
    layout->addWidget(m_radarText);
    return tab;
}

QWidget* AnalysisPage::buildScatter()
{
    m_scatter = charts::newView(new QChart, tr("Expert versus citizen chart"));
    m_scatterText = new QLabel;
    m_scatterText->setWordWrap(true);
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_scatter, 1);
    layout->addWidget(m_scatterText);
    return tab;
}

QWidget* AnalysisPage::buildJurors()
{
    m_jurors = charts::newView(new QChart, tr("Score distribution per juror"));
    m_jurorTable = new QTableWidget;
    m_jurorTable->setAccessibleName(tr("Jurors compared with their jury"));
    m_jurorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_jurorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jurorTable->verticalHeader()->hide();
    m_jurorTable->setWordWrap(true);
    m_jurorTable->verticalHeader()->setMinimumSectionSize(m_jurorTable->fontMetrics().height() + 8);
    m_jurorTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Which colour is which jury (the box plot has no legend of its own).
    m_jurorLegend = new QLabel;
    m_jurorLegend->setObjectName(QStringLiteral("jurorLegend"));
    m_jurorLegend->setWordWrap(true);
    auto* chartPart = new QWidget;
    auto* chartLayout = new QVBoxLayout(chartPart);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_jurors, 1);
    chartLayout->addWidget(m_jurorLegend);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(chartPart);
    splitter->addWidget(m_jurorTable);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    remember::splitter(splitter, QStringLiteral("analysisJurors"));
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    return tab;
}

QChart* AnalysisPage::radarChart() const
{
    return m_radar->chart();
}

QChart* AnalysisPage::scatterChart() const
{
    return m_scatter->chart();
}

QChart* AnalysisPage::jurorChart() const
{
    return m_jurors->chart();
}

void AnalysisPage::setDocument(CampaignDocument* document)
{
    m_document = document;
    setEnabled(document != nullptr);
    redrawOnChanges(document, [this] { refresh(); });
}

void AnalysisPage::refresh()
{
    fillCandidateBoxes();
    drawRadar();
    drawScatter();
    drawJurors();
}

void AnalysisPage::fillCandidateBoxes()
{
    const Id first = m_first->currentData().toLongLong(), second = m_second->currentData().toLongLong();
    const QSignalBlocker b1(m_first), b2(m_second);
    m_first->clear();
    m_second->clear();
    m_second->addItem(tr("Nobody"), 0);
    if (!m_document)
        return;
    const Campaign& c = m_document->campaign();
    for (const RankEntry& e : m_document->evaluation().ranking.entries) {
        const Candidate& candidate = c.candidates[size_t(e.candidate)];
        const QString text = tr("%1. %2").arg(e.rank).arg(candidate.name);
        m_first->addItem(text, candidate.id);
        m_second->addItem(text, candidate.id);
    }
    // At first, the best candidate that can be selected (a withdrawn one may rank first).
    int firstRow = m_first->findData(first);
    if (firstRow < 0) {
        const auto& entries = m_document->evaluation().ranking.entries;
        for (size_t i = 0; i < entries.size() && firstRow < 0; ++i)
            if (m_document->evaluation().scores.candidates[size_t(entries[i].candidate)].selectable())
                firstRow = int(i);
    }
    m_first->setCurrentIndex(std::max(0, firstRow));
    m_second->setCurrentIndex(std::max(0, m_second->findData(second)));
}

void AnalysisPage::drawRadar()
{
    auto* chart = static_cast<QPolarChart*>(m_radar->chart());
    charts::clear(chart);
    m_radarText->clear();
    if (!m_document)
        return;
    const Campaign& c = m_document->campaign();
    const Evaluation& evaluation = m_document->evaluation();
    std::vector<int> shown;
    for (const QComboBox* box : {m_first, m_second}) {
        const Id id = box->currentData().toLongLong();
        for (size_t i = 0; i < c.candidates.size(); ++i) {
            if (c.candidates[i].id == id)
                shown.push_back(int(i));
        }
    }
    // Two candidates' names are long: their legend goes to the side, one line each.
    chart->legend()->setAlignment(m_second->currentData().toLongLong() ? Qt::AlignRight : Qt::AlignBottom);
    if (!charts::drawPillarRadar(chart, c, evaluation, shown))
        return;
    QStringList summary;
    for (const int k : shown) {
        const CandidateScore& score = evaluation.scores.candidates[size_t(k)];
        QStringList juryTexts;
        for (const PillarProfile& profile : pillarProfiles(score)) {
            // A jury with no pillar score has no line, and no word.
            if (std::all_of(profile.pillars.begin(), profile.pillars.end(), formulas::isMissing))
                continue;
            const Jury& jury = c.juries[size_t(profile.jury)];
            juryTexts << tr("%1 %2").arg(jury.name, score.juries[size_t(profile.jury)].hasValues
                                                        ? points(score.juries[size_t(profile.jury)].total)
                                                        : tr("not scored"));
        }
        summary << tr("%1: final %2 (%3).")
                       .arg(c.candidates[size_t(k)].name, score.hasFinal ? points(score.final) : tr("none"),
                            juryTexts.join(QStringLiteral(", ")));
    }
    m_radarText->setText(summary.join(QLatin1Char(' ')));
}

void AnalysisPage::drawScatter()
{
    QChart* chart = m_scatter->chart();
    charts::clear(chart);
    m_scatterText->clear();
    if (!m_document)
        return;
    const Campaign& c = m_document->campaign();
    if (c.juries.size() < 2) {
        chart->setTitle(tr("Comparing juries needs two juries."));
        return;
    }
    const Jury &x = c.juries[0], &y = c.juries[1];
    chart->setTitle(tr("Total of the %1 and of the %2, out of 100").arg(x.name, y.name));
    const std::vector<JuryPairPoint> pairs = juryPair(c, m_document->evaluation(), 0, 1);
    auto* laureates = new QScatterSeries;
    laureates->setName(tr("Laureates"));
    laureates->setColor(QColor(0x3a, 0x8f, 0x4a));
    auto* others = new QScatterSeries;
    others->setName(tr("Other candidates"));
    others->setColor(QColor(0x88, 0x88, 0x88));
    for (QScatterSeries* s : {laureates, others}) {
        s->setMarkerSize(11);
        s->setBorderColor(Qt::white);
    }
    auto* diagonal = new QLineSeries;
    diagonal->setName(tr("Same total from both juries"));
    diagonal->setPen(QPen(QColor(0x99, 0x99, 0x99), 1, Qt::DashLine));
    diagonal->append(0, 0);
    diagonal->append(100, 100);
    double widest = -1;
    int widestCandidate = -1;
    std::vector<std::pair<QPointF, int>> names;
    for (const JuryPairPoint& p : pairs) {
        (p.laureate ? laureates : others)->append(p.x, p.y);
        names.push_back({QPointF(p.x, p.y), p.candidate});
        if (std::fabs(p.x - p.y) > widest) {
            widest = std::fabs(p.x - p.y);
            widestCandidate = p.candidate;
        }
    }
    auto* axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setTitleText(x.name);
    axisX->setLabelFormat(QStringLiteral("%d"));
    auto* axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setTitleText(y.name);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    // The diagonal's marker is a dashed line, the candidates' a dot.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{diagonal, others, laureates}) {
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    // Hovering a point names its candidate.
    for (QScatterSeries* s : {laureates, others}) {
        connect(s, &QScatterSeries::hovered, this, [this, names, x, y](const QPointF& point, bool state) {
            if (!state || !m_document) {
                QToolTip::hideText();
                return;
            }
            for (const auto& [at, k] : names) {
                if (at == point) {
                    QToolTip::showText(QCursor::pos(), tr("%1\n%2: %3, %4: %5")
                                                           .arg(m_document->campaign().candidates[size_t(k)].name,
                                                                x.name, points(at.x()), y.name)
                                                           .arg(points(at.y())));
                    return;
                }
            }
        });
    }
    QString text = tr("%n candidate(s) scored by both juries. Above the diagonal, the %1 gave more than the %2.",
                      nullptr, int(pairs.size()))
                       .arg(y.name, x.name);
    if (widestCandidate >= 0)
        text += QLatin1Char(' ') +
                tr("Widest gap: %1 (%2 points).").arg(c.candidates[size_t(widestCandidate)].name, points(widest));
    m_scatterText->setText(text);
}

void AnalysisPage::drawJurors()
{
    QChart* chart = m_jurors->chart();
    charts::clear(chart);
    m_jurorLegend->clear();
    m_jurorTable->clear();
    m_jurorTable->setRowCount(0);
    if (!m_document)
        return;
    const Campaign& c = m_document->campaign();
    const std::vector<JurorProfile> profiles = jurorProfiles(c);
    chart->setTitle(tr("Each juror's scores, out of 100"));
    chart->legend()->hide();
    QStringList colours;
    for (size_t jury = 0; jury < c.juries.size(); ++jury)
        colours << tr("<span style=\"color:%1\">■</span> %2")
                       .arg(charts::juryColor(int(jury)).name(), c.juries[jury].name.toHtmlEscaped());
    // What the boxes mean, under the chart where it wraps (in the title it was cut).
    m_jurorLegend->setText(colours.join(QStringLiteral(" &nbsp; ")) + QStringLiteral(" &nbsp; — &nbsp;") +
                           tr("box: the middle half of the scores; line: the median; whiskers: the lowest and the "
                              "highest score")
                               .toHtmlEscaped());
    auto* series = new QBoxPlotSeries;
    QStringList categories;
    std::vector<const JurorProfile*> shown;
    QStringList labels; // short labels under the boxes
    for (size_t jury = 0; jury < c.juries.size(); ++jury) {
        int number = 0;
        for (const JurorProfile& p : profiles) {
            if (p.jury != int(jury) || p.count == 0)
                continue;
            // The jury code's initial and a number ("E3", "C12"); categories must differ.
            QString label = c.juries[jury].code.left(1).toUpper() + QString::number(++number);
            if (labels.contains(label))
                label = QStringLiteral("%1.%2").arg(jury + 1).arg(number);
            labels << label;
            auto* box =
                new QBoxSet(p.min, p.lowerQuartile, p.median, p.upperQuartile, p.max, c.jurors[size_t(p.juror)].name);
            box->setBrush(charts::juryColor(p.jury).lighter(150));
            box->setPen(QPen(charts::juryColor(p.jury), 1.5));
            series->append(box);
            categories << label;
            shown.push_back(&p);
        }
    }
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    // "C15" is never cut to "…": a smaller face when the boxes are many.
    axisX->setTruncateLabels(false);
    if (categories.size() > 20) {
        QFont small = axisX->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        axisX->setLabelsFont(small);
    }
    auto* axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);

    const QStringList headers{tr("Juror"),  tr("Jury"),         tr("Scores"), tr("Mean"),
                              tr("Median"), tr("Others' mean"), tr("Gap"),    tr("Reading")};
    m_jurorTable->setColumnCount(int(headers.size()));
    m_jurorTable->setHorizontalHeaderLabels(headers);
    m_jurorTable->setRowCount(int(shown.size()));
    const QLocale locale;
    for (int row = 0; row < int(shown.size()); ++row) {
        const JurorProfile& p = *shown[size_t(row)];
        QString reading = tr("In line with the jury");
        if (p.tendency == JurorProfile::Harsh)
            reading = tr("Harsh: %1 points under the others").arg(points(-p.deviation));
        else if (p.tendency == JurorProfile::Lenient)
            reading = tr("Lenient: %1 points over the others").arg(points(p.deviation));
        const QString cells[] = {tr("%1 · %2").arg(labels[row], c.jurors[size_t(p.juror)].name),
                                 c.juries[size_t(p.jury)].name,
                                 locale.toString(p.count),
                                 points(p.mean),
                                 points(p.median),
                                 points(p.othersMean),
                                 formulas::isMissing(p.othersMean)
                                     ? QStringLiteral("–")
                                     : (p.deviation > 0 ? QStringLiteral("+") : QString()) + points(p.deviation),
                                 reading};
        for (int col = 0; col < int(std::size(cells)); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (col >= 2 && col <= 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (p.tendency != JurorProfile::InLine && col == 7)
                item->setForeground(QColor(0xb0, 0x3a, 0x2e));
            m_jurorTable->setItem(row, col, item);
        }
    }
    // The reading takes the room the figures leave, on as many lines as it needs: at
    // 1024 pixels it was cut (« Interpré… ») behind a horizontal scrollbar.
    m_jurorTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_jurorTable->horizontalHeader()->setSectionResizeMode(int(headers.size()) - 1, QHeaderView::Stretch);
}

} // namespace palmares
