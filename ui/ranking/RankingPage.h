// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Evaluation.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;

namespace palmares {

class RankingModel;

// The ranking and the greedy selection of one campaign: a site-fill gauge against the
// target, the laureate count, and the ranking table with each candidate's outcome.
class RankingPage : public QWidget {
    Q_OBJECT
public:
    explicit RankingPage(QWidget* parent = nullptr);

    void show(const Campaign& campaign, const Evaluation& evaluation);
    RankingModel* model() const { return m_model; }
    QString summaryText() const;
    int fillGaugeValue() const;

private:
    RankingModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QProgressBar* m_fill;
};

} // namespace palmares
