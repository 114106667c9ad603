// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/candidates/CandidatesPage.h"

#include "core/model/Lifecycle.h"
#include "core/present/Words.h"

#include "ui/candidates/CandidateForm.h"
#include "ui/common/Remember.h"
#include "ui/models/BuildingsModel.h"
#include "ui/models/CandidateFilter.h"
#include "ui/models/CandidatesModel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace palmares {

CandidatesPage::CandidatesPage(QWidget* parent)
    : DocumentPage(parent)
    , m_model(new CandidatesModel(this))
    , m_filter(new CandidateFilter(this))
{
    m_filter->setSourceModel(m_model);
    m_search = new QLineEdit;
    // Short enough to be read whole on a 1024-pixel screen; the tooltip says the rest.
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setToolTip(tr("Finds the candidates whose name, SIRET, project or contact holds what you type."));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search candidates"));
    m_status = new QComboBox;
    m_status->addItem(tr("Any status"), -1);
    for (CandidateStatus s : {CandidateStatus::Received, CandidateStatus::Eligible, CandidateStatus::Ineligible,
                              CandidateStatus::Withdrawn})
        m_status->addItem(CandidatesModel::statusName(s), int(s));
    m_status->setAccessibleName(tr("Filter by status"));
    m_use = new QComboBox;
    m_use->addItem(tr("Any use"), QString());
    for (const QString& code : useTypeCodes())
        m_use->addItem(BuildingsModel::useName(code), code);
    m_use->setAccessibleName(tr("Filter by use"));
    m_ess = new QComboBox;
    m_ess->addItem(tr("ESS or not"), -1);
    m_ess->addItem(tr("ESS only"), 1);
    m_ess->addItem(tr("Not ESS"), 0);
    m_ess->setAccessibleName(tr("Filter by social economy"));
    connect(m_search, &QLineEdit::textChanged, m_filter, &CandidateFilter::setSearch);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_status->currentData().toInt()); });
    connect(m_use, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setUse(m_use->currentData().toString()); });
    connect(m_ess, &QComboBox::currentIndexChanged, this, [this] { m_filter->setEss(m_ess->currentData().toInt()); });

    m_view = new QTableView;
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CandidatesModel::NumberColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setAccessibleName(tr("Candidates"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CandidatesPage::currentChanged);

    auto* add = m_add = new QPushButton(tr("&New candidate"));
    auto* remove = m_remove = new QPushButton(tr("&Remove candidate"));
    add->setObjectName(QStringLiteral("addCandidate"));
    add->setAccessibleName(tr("New candidate"));
    remove->setAccessibleName(tr("Remove candidate"));
    connect(add, &QPushButton::clicked, this, &CandidatesPage::addCandidate);
    connect(remove, &QPushButton::clicked, this, &CandidatesPage::removeCandidate);

    m_form = new CandidateForm(m_model, this);
    auto* scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Candidate details"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The form is never cut: the table gives way (and scrolls) instead.
    scroll->setMinimumWidth(m_form->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 4);

    // Two rows: the search with the status, then the use and the ESS filters, so that the
    // list and the form share a 1024-pixel screen.
    auto* filters = new QGridLayout;
    filters->addWidget(m_search, 0, 0, 1, 2);
    filters->addWidget(m_status, 0, 2);
    filters->addWidget(m_use, 1, 0);
    filters->addWidget(m_ess, 1, 1, 1, 2);
    filters->setColumnStretch(0, 1);
    filters->setColumnStretch(1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(buttons);
    auto* splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    remember::splitter(splitter, QStringLiteral("candidates"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_model, &CandidatesModel::problem, this, &CandidatesPage::problem);
    connect(m_form, &CandidateForm::problem, this, &CandidatesPage::problem);
}

void CandidatesPage::setDocument(CampaignDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &CampaignDocument::changed, this, &CandidatesPage::updateActions);
    m_model->setDocument(document);
    m_form->setDocument(document);
    setEnabled(document != nullptr);
    if (m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, CandidatesModel::NameColumn));
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(CandidatesModel::NameColumn,
                           std::min(m_view->columnWidth(CandidatesModel::NameColumn), 260));
    updateActions();
}

void CandidatesPage::updateActions()
{
    const bool registering = m_document && !m_document->isReadOnly() &&
                             lifecycle::allows(m_document->campaign().settings.status, lifecycle::Area::Applications) !=
                                 lifecycle::Allowed::No;
    const QString why =
        m_document && !registering && !m_document->isReadOnly()
            ? Words::refusedByStatus(m_document->campaign().settings.status, lifecycle::Area::Applications)
            : QString();
    m_add->setEnabled(registering);
    m_add->setToolTip(why);
    m_remove->setEnabled(registering && m_view->currentIndex().isValid());
    m_remove->setToolTip(why);
}

void CandidatesPage::selectCandidate(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, CandidatesModel::NameColumn));
    if (!index.isValid()) { // filtered out: show everything again
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_use->setCurrentIndex(0);
        m_ess->setCurrentIndex(0);
    }
    m_view->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, CandidatesModel::NameColumn)));
    m_form->showCandidate(id);
}

void CandidatesPage::addCandidate()
{
    const int row = m_model->addCandidate();
    if (row < 0)
        return;
    selectCandidate(m_model->candidateAt(row)->id);
    m_form->nameEdit()->setFocus();
    m_form->nameEdit()->selectAll();
}

void CandidatesPage::removeCandidate()
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    const Candidate* k = m_model->candidateAt(current.row());
    if (!k)
        return;
    if (QMessageBox::question(this, tr("Remove candidate"),
                              tr("Remove “%1” with its scores, conflicts of interest, decision and attachments? "
                                 "Edit ▸ Undo brings it back.")
                                  .arg(k->name)) == QMessageBox::Yes)
        m_model->removeCandidate(current.row());
}

void CandidatesPage::currentChanged()
{
    const Candidate* k = m_model->candidateAt(m_filter->mapToSource(m_view->currentIndex()).row());
    m_form->showCandidate(k ? k->id : 0);
    updateActions();
}

} // namespace palmares
