// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/JournalPage.h"

#include "ui/AppSettings.h"
#include "ui/common/Feedback.h"
#include "ui/common/TableView.h"
#include "ui/models/JournalModel.h"

#include "core/files/SafeFile.h"
#include "core/io/ResultFormat.h"
#include "core/present/Words.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace palmares {

JournalPage::JournalPage(QWidget* parent)
    : DocumentPage(parent)
    , m_model(new JournalModel(this))
{
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Filter: a name, a word of the details…"));
    m_search->setAccessibleName(tr("Filter the journal"));
    m_action = new QComboBox;
    m_action->setAccessibleName(tr("Kind of entry"));
    m_actor = new QComboBox;
    m_actor->setAccessibleName(tr("Author"));
    m_export = new QPushButton(tr("E&xport as CSV…"));
    m_export->setObjectName(QStringLiteral("exportJournal"));
    m_export->setToolTip(tr("Saves the entries shown, oldest first, as a CSV file for a spreadsheet."));
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("journalCount"));
    m_error = new QLabel;
    m_error->setStyleSheet(feedback::errorStyle());
    m_error->setWordWrap(true);
    m_error->hide();

    m_table = new TableView;
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Journal"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Ctrl+C copies the selected rows, with the headers, for a spreadsheet."));
    m_table->rememberColumns(QStringLiteral("journal"));

    m_actorName = new QLineEdit;
    m_actorName->setObjectName(QStringLiteral("actorName"));
    m_actorName->setPlaceholderText(CampaignDocument::systemUser());
    m_actorName->setText(settings::actorName());
    m_actorName->setAccessibleName(tr("Your name in the journal"));
    m_actorName->setToolTip(tr("The name the journal gives the changes you make on this computer; empty, the "
                               "computer's user name."));
    auto* actorLabel = new QLabel(tr("Your &name in the journal:"));
    actorLabel->setBuddy(m_actorName);

    auto* filters = new QGridLayout;
    filters->addWidget(m_search, 0, 0, 1, 2);
    filters->addWidget(m_export, 0, 2);
    filters->addWidget(m_action, 1, 0);
    filters->addWidget(m_actor, 1, 1);
    filters->addWidget(m_count, 1, 2);
    filters->setColumnStretch(0, 1);
    filters->setColumnStretch(1, 1);
    auto* actorRow = new QHBoxLayout;
    actorRow->addWidget(actorLabel);
    actorRow->addWidget(m_actorName, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addLayout(actorRow);

    connect(m_search, &QLineEdit::textChanged, this, &JournalPage::applyFilter);
    connect(m_action, &QComboBox::activated, this, &JournalPage::applyFilter);
    connect(m_actor, &QComboBox::activated, this, &JournalPage::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &JournalPage::chooseExport);
    connect(m_actorName, &QLineEdit::editingFinished, this, [this] {
        settings::setActorName(m_actorName->text());
        if (m_document)
            m_document->setActor(settings::actorName());
    });
    setDocument(nullptr);
}

void JournalPage::setDocument(CampaignDocument* document)
{
    m_document = document;
    if (m_document)
        m_document->setActor(settings::actorName());
    setEnabled(document != nullptr);
    redrawOnChanges(document, [this] { refresh(); });
}

void JournalPage::refresh()
{
    std::vector<JournalEntry> entries;
    QString error;
    if (m_document) {
        auto read = m_document->journal(&error);
        if (read)
            entries = std::move(*read);
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_model->setEntries(std::move(entries));
    fillFilters();
    applyFilter();
    m_table->fitColumnsToContents(360);
}

void JournalPage::fillFilters()
{
    const QString action = m_action->currentData().toString();
    const QString actor = m_actor->currentData().toString();
    m_action->clear();
    m_action->addItem(tr("Every kind of entry"), QString());
    for (const QString& a : m_model->actions())
        m_action->addItem(Words::journalAction(a), a);
    m_actor->clear();
    m_actor->addItem(tr("Every author"), QString());
    for (const QString& a : m_model->actors())
        m_actor->addItem(a, a);
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
}

void JournalPage::applyFilter()
{
    m_model->setFilter(m_search->text(), m_action->currentData().toString(), m_actor->currentData().toString());
    updateCount();
}

void JournalPage::updateCount()
{
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    m_count->setText(shown == total ? tr("%n entry(ies)", nullptr, total)
                                    : tr("%1 of %n entry(ies)", nullptr, total).arg(shown));
    m_export->setEnabled(shown > 0);
}

bool JournalPage::exportCsv(const QString& path, QString* error) const
{
    return SafeFile::write(path, ResultFormat::journal(m_model->shownEntries(), OutputFormat::Csv).toUtf8(), error);
}

void JournalPage::chooseExport()
{
    const QString name =
        m_document ? tr("journal-%1.csv").arg(QFileInfo(m_document->path()).completeBaseName()) : tr("journal.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the journal"),
                                                      QDir(settings::lastFolder()).filePath(name), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export the journal"), error);
}

} // namespace palmares
