// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

// How the pages make and redraw their charts: still (no animation, so the numbers
// show at once and screenshots are stable), legend below, antialiased.
namespace palmares::charts {

inline QChartView* newView(QChart* chart, const QString& accessibleName)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(accessibleName);
    view->setMinimumHeight(320);
    return view;
}

// Removes the chart's series and axes, before it is drawn again.
inline void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace palmares::charts
