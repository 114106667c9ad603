// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/criteria/CriteriaPage.h"

#include "ui/AppSettings.h"

#include "ui/common/AdaptiveSplitter.h"
#include "ui/common/Buttons.h"
#include "ui/common/Remember.h"
#include "ui/models/CriteriaModel.h"
#include "ui/models/RubricModel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace palmares {

CriteriaPage::CriteriaPage(QWidget* parent)
    : DocumentPage(parent)
    , m_model(new CriteriaModel(this))
    , m_rubric(new RubricModel(this))
{
    m_tree = new QTreeView;
    m_tree->setModel(m_model);
    m_tree->setAccessibleName(tr("Pillars and criteria"));
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setAlternatingRowColors(true);
    // Every column shows whole, the names too (the rubric goes under the tree when the
    // page is too narrow for both side by side).
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CriteriaModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    auto* addPillar = namedButton(tr("Add &pillar"), tr("Add pillar"), QStringLiteral("addPillar"));
    m_addCriterion = namedButton(tr("Add &criterion"), tr("Add criterion"), QStringLiteral("addCriterion"));
    auto* remove = namedButton(tr("Re&move"), tr("Remove pillar or criterion"), QStringLiteral("removeCriterion"));
    auto* up = moveButton(true, QStringLiteral("moveUp"));
    auto* down = moveButton(false, QStringLiteral("moveDown"));
    connect(addPillar, &QPushButton::clicked, this, &CriteriaPage::addPillar);
    connect(m_addCriterion, &QPushButton::clicked, this, &CriteriaPage::addCriterion);
    connect(remove, &QPushButton::clicked, this, &CriteriaPage::removeCurrent);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(+1); });

    auto* treeBox = new QGroupBox(tr("Pillars and criteria"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {addPillar, m_addCriterion, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* help =
        new QLabel(tr("Double-click or start typing to edit a name, code, weight or threshold. A weight counts "
                      "relative to its siblings; the share column shows what it weighs in the final score."));
    help->setWordWrap(true);
    auto* treeLayout = new QVBoxLayout(treeBox);
    treeLayout->addWidget(help);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addLayout(buttons);

    m_rubricView = new QTableView;
    m_rubricView->setModel(m_rubric);
    m_rubricView->setAccessibleName(tr("Rubric levels"));
    m_rubricView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_rubricView->setWordWrap(true);
    m_rubricView->horizontalHeader()->setSectionResizeMode(RubricModel::DescriptionColumn, QHeaderView::Stretch);
    m_rubricView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_addLevel = namedButton(tr("Add &level"), tr("Add rubric level"), QStringLiteral("addLevel"));
    m_removeLevel = namedButton(tr("Remo&ve level"), tr("Remove rubric level"), QStringLiteral("removeLevel"));
    connect(m_addLevel, &QPushButton::clicked, this, &CriteriaPage::addLevel);
    connect(m_removeLevel, &QPushButton::clicked, this, &CriteriaPage::removeLevel);
    m_rubricHint = new QLabel;
    m_rubricHint->setWordWrap(true);
    m_rubricBox = new QGroupBox(tr("Rubric"));
    auto* levelButtons = new QHBoxLayout;
    levelButtons->addWidget(m_addLevel);
    levelButtons->addWidget(m_removeLevel);
    levelButtons->addStretch();
    auto* rubricLayout = new QVBoxLayout(m_rubricBox);
    rubricLayout->addWidget(m_rubricHint);
    rubricLayout->addWidget(m_rubricView, 1);
    rubricLayout->addLayout(levelButtons);

    // Side by side when every criterion's name shows whole beside the rubric, else the
    // rubric under the tree.
    auto* splitter = new AdaptiveSplitter(
        [this, treeBox] {
            // The longest name with its indentation (a criterion under its pillar).
            int name = m_tree->header()->sectionSizeHint(CriteriaModel::NameColumn);
            for (int p = 0; p < m_model->rowCount(); ++p) {
                const QModelIndex pillar = m_model->index(p, CriteriaModel::NameColumn);
                name = std::max(name, m_tree->sizeHintForIndex(pillar).width() + m_tree->indentation());
                for (int k = 0; k < m_model->rowCount(pillar); ++k)
                    name = std::max(
                        name, m_tree->sizeHintForIndex(m_model->index(k, CriteriaModel::NameColumn, pillar)).width() +
                                  2 * m_tree->indentation());
            }
            int tree = name;
            for (int column = 0; column < m_model->columnCount(); ++column)
                if (column != CriteriaModel::NameColumn)
                    tree += m_tree->header()->sectionSize(column);
            return tree + treeBox->width() - m_tree->viewport()->width();
        },
        [this] { return m_rubricBox->minimumSizeHint().width(); }, 65);
    splitter->follow(m_model);
    splitter->addWidget(treeBox);
    splitter->addWidget(m_rubricBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    remember::splitter(splitter, QStringLiteral("criteria"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    showCodes(settings::showCodes());
    connect(m_model, &CriteriaModel::problem, this, &CriteriaPage::problem);
    connect(m_rubric, &RubricModel::problem, this, &CriteriaPage::problem);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        currentChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CriteriaPage::currentChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CriteriaPage::currentChanged);
    setDocument(nullptr);
}

void CriteriaPage::setDocument(CampaignDocument* document)
{
    m_document = document;
    m_rubric->setDocument(document);
    m_model->setDocument(document);
    setEnabled(document != nullptr);
    // Start on the first criterion, so that its rubric shows.
    if (document && m_model->rowCount() > 0) {
        const QModelIndex first = m_model->index(0, 0);
        m_tree->setCurrentIndex(m_model->rowCount(first) > 0 ? m_model->index(0, 0, first) : first);
    }
}

void CriteriaPage::select(const QModelIndex& index, bool edit)
{
    if (!index.isValid())
        return;
    m_tree->expand(m_model->parent(index));
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    if (edit)
        m_tree->edit(index);
}

void CriteriaPage::addPillar()
{
    select(m_model->addPillar(), true);
}

void CriteriaPage::addCriterion()
{
    QModelIndex at = m_tree->currentIndex();
    if (!at.isValid() && m_model->rowCount() > 0)
        at = m_model->index(m_model->rowCount() - 1, 0);
    select(m_model->addCriterion(at.siblingAtColumn(0)), true);
}

void CriteriaPage::removeCurrent()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    if (!current.isValid())
        return;
    const qint64 scores = m_model->scoresRemovedWith(current);
    if (scores > 0) {
        const QString name = current.data().toString();
        const auto answer = QMessageBox::question(
            this, tr("Remove “%1”").arg(name),
            tr("“%1” has %n score(s) given by the jurors. They will be removed with it (Undo brings them back).",
               nullptr, int(std::min<qint64>(scores, INT_MAX)))
                .arg(name),
            QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Ok)
            return;
    }
    m_model->removeRow(current);
}

void CriteriaPage::move(int delta)
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    const bool pillar = current.data(CriteriaModel::IsPillarRole).toBool();
    const Id id = current.data(CriteriaModel::IdRole).toLongLong();
    if (!m_model->move(current, delta))
        return;
    select(pillar ? m_model->indexOfPillar(id) : m_model->indexOfCriterion(id), false);
}

void CriteriaPage::currentChanged()
{
    const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
    const Criterion* criterion = m_model->criterionAt(current);
    if (m_rubric->criterion() != (criterion ? criterion->id : 0))
        m_rubric->setCriterion(criterion ? criterion->id : 0);
    m_addCriterion->setEnabled(current.isValid() || m_model->rowCount() > 0);
    m_addLevel->setEnabled(criterion != nullptr);
    m_removeLevel->setEnabled(criterion != nullptr);
    // The criterion's name goes in the wrapped hint: a long one in the box's title would
    // widen the page beyond a small screen.
    m_rubricHint->setText(criterion ? tr("Rubric of “%1”. Levels from low to high. Jurors see them on the scoring "
                                         "sheet and in the criterion's tooltip.")
                                          .arg(criterion->name)
                                    : tr("Select a criterion to edit its rubric."));
    m_rubricView->resizeColumnToContents(RubricModel::LabelColumn);
}

void CriteriaPage::addLevel()
{
    const int row = m_rubric->addLevel();
    if (row >= 0) {
        m_rubricView->setCurrentIndex(m_rubric->index(row, RubricModel::LabelColumn));
        m_rubricView->edit(m_rubricView->currentIndex());
    }
}

void CriteriaPage::removeLevel()
{
    const QModelIndex current = m_rubricView->currentIndex();
    if (current.isValid())
        m_rubric->removeLevel(current.row());
}

void CriteriaPage::showCodes(bool on)
{
    m_tree->setColumnHidden(CriteriaModel::CodeColumn, !on);
}

} // namespace palmares
