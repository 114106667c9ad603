// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/Charts.h"

#include "core/engine/Analysis.h"
#include "core/engine/Evaluation.h"
#include "core/engine/Formulas.h"
#include "core/model/Campaign.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace palmares::charts {

namespace {

class Charts {
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

} // namespace

QChartView* newView(QChart* chart, const QString& accessibleName)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessibleName);
    view->setMinimumHeight(320);
    return view;
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QColor juryColor(int jury)
{
    static const QColor colors[] = {QColor(0x1f, 0x5f, 0x9f), QColor(0xd9, 0x6c, 0x1e), QColor(0x3a, 0x8f, 0x4a),
                                    QColor(0x8e, 0x44, 0xad)};
    return colors[size_t(jury) % std::size(colors)];
}

bool drawPillarRadar(QPolarChart* chart, const Campaign& campaign, const Evaluation& evaluation,
                     const std::vector<int>& candidates, bool juryNamesOnly)
{
    clear(chart);
    const size_t pillars = campaign.pillars.size();
    if (pillars < 3) {
        chart->setTitle(Charts::tr("A pillar profile needs at least three pillars."));
        return false;
    }
    chart->setTitle(Charts::tr("Pillar scores out of 100, per jury"));
    // Each line's marker is a piece of it: the compared candidate's lines are dashed.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    auto* angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double step = 360.0 / double(pillars);
    auto angle = [step](size_t p) { return step * double(p); };
    // The first pillar sits at the top (0°); a category cannot end where the axis starts.
    for (size_t p = 0; p < pillars; ++p)
        angular->append(campaign.pillars[p].name, p == 0 ? 1e-6 : angle(p));
    auto* radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(6);
    radial->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (size_t which = 0; which < candidates.size(); ++which) {
        const int k = candidates[which];
        if (k < 0 || size_t(k) >= campaign.candidates.size())
            continue;
        for (const PillarProfile& profile : pillarProfiles(evaluation.scores.candidates[size_t(k)])) {
            const Jury& jury = campaign.juries[size_t(profile.jury)];
            auto* series = new QLineSeries;
            series->setName(juryNamesOnly ? jury.name
                                          : Charts::tr("%1 – %2").arg(campaign.candidates[size_t(k)].name, jury.name));
            series->setPen(
                QPen(juryColor(profile.jury), which == 0 ? 3 : 2, which == 0 ? Qt::SolidLine : Qt::DashLine));
            bool any = false;
            for (size_t p = 0; p <= pillars; ++p) {
                const double v = profile.pillars[p % pillars];
                if (!formulas::isMissing(v)) {
                    series->append(p == pillars ? 360.0 : angle(p), v);
                    any = true;
                }
            }
            if (!any) {
                delete series;
                continue;
            }
            chart->addSeries(series);
            series->attachAxis(angular);
            series->attachAxis(radial);
        }
    }
    return true;
}

void drawSiteFill(QChart* chart, const Campaign& campaign, const Selection& selection)
{
    clear(chart);
    chart->setTitle(Charts::tr("Fill of the site after each laureate, in percent of the rentable surface"));
    auto* fill = new QBarSet(Charts::tr("Fill after the laureate"));
    fill->setColor(juryColor(0));
    fill->setBorderColor(juryColor(0));
    QStringList labels;
    double top = campaign.settings.fillTargetPct;
    for (size_t i = 0; i < selection.laureates.size(); ++i) {
        fill->append(selection.laureates[i].fillPct);
        top = std::max(top, selection.laureates[i].fillPct);
        labels << QString::number(i + 1);
    }
    auto* series = new QBarSeries;
    series->append(fill);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* laureates = new QBarCategoryAxis;
    laureates->append(labels);
    laureates->setTitleText(Charts::tr("Laureates in the order they were placed"));
    auto* percent = new QValueAxis;
    percent->setRange(0, std::max(100.0, std::ceil(top / 10) * 10));
    percent->setTickCount(int(percent->max() / 10) + 1);
    percent->setLabelFormat(QStringLiteral("%d"));
    percent->setTitleText(Charts::tr("% of the site"));
    chart->addAxis(laureates, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    series->attachAxis(laureates);
    series->attachAxis(percent);
    auto* target = new QLineSeries;
    target->setName(Charts::tr("Fill target"));
    target->setPen(QPen(QColor(0xb3, 0x26, 0x1e), 2, Qt::DashLine));
    const double last = double(std::max<size_t>(1, selection.laureates.size())) - 0.5;
    target->append(-0.5, campaign.settings.fillTargetPct);
    target->append(last, campaign.settings.fillTargetPct);
    chart->addSeries(target);
    target->attachAxis(laureates);
    target->attachAxis(percent);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

void paint(QChart* chart, const QSizeF& size, QPainter* painter, const QRectF& target)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    // A view not shown lays its chart out when it is drawn (its pending resize is sent).
    QChartView view(chart);
    view.setFrameShape(QFrame::NoFrame);
    view.setRenderHint(QPainter::Antialiasing);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.resize(size.toSize());
    chart->resize(size);
    view.scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    view.scene()->render(painter, target, QRectF(QPointF(0, 0), size));
}

} // namespace palmares::charts
