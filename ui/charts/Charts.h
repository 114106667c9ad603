// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>
#include <QString>

#include <vector>

class QChart;
class QChartView;
class QPainter;
class QPolarChart;

// The charts of the pages and of the reports (docs/architecture.md, palmares_charts): each is
// drawn by one function from the engine's numbers, so that the Analysis page and a
// laureate's sheet in the report show the same chart. QtCharts draws them; a report draws
// them on paper with paint().
namespace palmares {

struct Campaign;
struct Evaluation;
struct Selection;

namespace charts {

// A view of `chart` as the pages show it: still (no animation, so the numbers show at once
// and screenshots are stable), legend below, antialiased.
QChartView* newView(QChart* chart, const QString& accessibleName);

// Removes the chart's series and axes, before it is drawn again.
void clear(QChart* chart);

// One colour per jury (its index in Campaign::juries), the same on every chart.
QColor juryColor(int jury);

// The pillar scores out of 100 of `candidates` (indices in Campaign::candidates), one line per
// jury in the jury's colour: the first candidate's lines solid, the others' dashed. Each
// line is named « candidate – jury », or only the jury when `juryNamesOnly`. With fewer than
// three pillars the chart stays empty, its title saying why; false then.
bool drawPillarRadar(QPolarChart* chart, const Campaign& campaign, const Evaluation& evaluation,
                     const std::vector<int>& candidates, bool juryNamesOnly = false);

// How the laureates of `selection` fill the site, in placement order: each one's surface as
// a bar, the cumulative fill as a line, the fill target as a dashed line (percent of the
// rentable surface).
void drawSiteFill(QChart* chart, const Campaign& campaign, const Selection& selection);

// `chart` (shown nowhere; paint() takes it and deletes it) drawn into `target` of `painter`,
// laid out at `size` (in the chart's own pixels, the size its fonts are made for) and
// scaled to the target: on a PDF, as vectors.
void paint(QChart* chart, const QSizeF& size, QPainter* painter, const QRectF& target);

} // namespace charts
} // namespace palmares
