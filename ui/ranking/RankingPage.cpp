// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ranking/RankingPage.h"

#include "ui/models/RankingModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace palmares {

RankingPage::RankingPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new RankingModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_fill(new QProgressBar(this))
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RankingModel::SortRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RankingModel::RankColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Ranking"));
    m_fill->setRange(0, 1000);
    m_fill->setAccessibleName(tr("Site fill"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_fill);
    layout->addWidget(m_table, 1);
}

void RankingPage::show(const Campaign& campaign, const Evaluation& evaluation)
{
    m_model->setEvaluation(campaign, evaluation);
    m_table->resizeColumnsToContents();
    const Selection& s = evaluation.greedy;
    const QLocale locale;
    m_fill->setValue(int(std::round(std::min(100.0, s.fillPct) * 10)));
    m_fill->setFormat(
        tr("Site fill: %1 % (target %2 %)")
            .arg(locale.toString(s.fillPct, 'f', 1), locale.toString(campaign.settings.fillTargetPct, 'f', 0)));
    m_summary->setText(tr("%1 laureates out of %2 candidates, %3 m² of %4 m² rentable (capacity %5 m²); "
                          "waiting list: %6.")
                           .arg(s.laureates.size())
                           .arg(campaign.candidates.size())
                           .arg(locale.toString(s.totalSurface, 'f', 0), locale.toString(s.rentableSurface, 'f', 0),
                                locale.toString(s.capacity, 'f', 0))
                           .arg(s.waitingList.size()));
}

QString RankingPage::summaryText() const
{
    return m_summary->text();
}

int RankingPage::fillGaugeValue() const
{
    return m_fill->value();
}

} // namespace palmares
