// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/juries/JuriesPage.h"

#include "ui/AppSettings.h"

#include "ui/common/Buttons.h"
#include "ui/common/Remember.h"
#include "ui/common/TableView.h"
#include "ui/models/ConflictsModel.h"
#include "ui/models/JuriesModel.h"
#include "ui/models/JurorsModel.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace palmares {

namespace {

// A table of the page: its headers wrap on words, its columns fit their contents.
TableView* table(QAbstractItemModel* model, const QString& accessibleName)
{
    auto* view = new TableView;
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

QGroupBox* box(const QString& title, QWidget* hint, QWidget* view, const QList<QPushButton*>& buttons)
{
    auto* group = new QGroupBox(title);
    auto* layout = new QVBoxLayout(group);
    if (hint)
        layout->addWidget(hint);
    layout->addWidget(view, 1);
    if (!buttons.isEmpty()) {
        auto* row = new QHBoxLayout;
        for (QPushButton* b : buttons)
            row->addWidget(b);
        row->addStretch();
        layout->addLayout(row);
    }
    return group;
}

bool confirmScoresLost(QWidget* parent, const QString& name, qint64 scores)
{
    if (scores == 0)
        return true;
    return QMessageBox::question(parent, JuriesPage::tr("Remove “%1”").arg(name),
                                 JuriesPage::tr("%n score(s) given by “%1” will be removed with it (Undo brings them "
                                                "back).",
                                                nullptr, int(std::min<qint64>(scores, INT_MAX)))
                                     .arg(name),
                                 QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Ok;
}

} // namespace

JuriesPage::JuriesPage(QWidget* parent)
    : DocumentPage(parent)
    , m_juries(new JuriesModel(this))
    , m_jurors(new JurorsModel(this))
    , m_conflicts(new ConflictsModel(this))
{
    m_juryView = table(m_juries, tr("Juries"));
    m_juryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_juryView->setSelectionMode(QAbstractItemView::SingleSelection);
    showCodes(settings::showCodes());
    auto* addJury = namedButton(tr("Add &jury"), tr("Add jury"), QStringLiteral("addJury"));
    auto* removeJury = namedButton(tr("Remove j&ury"), tr("Remove jury"), QStringLiteral("removeJury"));
    connect(addJury, &QPushButton::clicked, this, &JuriesPage::addJury);
    connect(removeJury, &QPushButton::clicked, this, &JuriesPage::removeJury);
    auto* juryHint = new QLabel(tr("Each jury scores on its own scale; the final score is the weighted mean of the "
                                   "totals of the juries that reached their quorum."));
    juryHint->setWordWrap(true);
    QGroupBox* juryBox = box(tr("Juries"), juryHint, m_juryView, {addJury, removeJury});

    m_jurorView = table(m_jurors, tr("Jurors"));
    m_jurorView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_jurorView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_jurorView->horizontalHeader()->setStretchLastSection(true);
    m_addJuror = namedButton(tr("Add j&uror"), tr("Add juror"), QStringLiteral("addJuror"));
    auto* removeJuror = namedButton(tr("Remove ju&ror"), tr("Remove juror"), QStringLiteral("removeJuror"));
    connect(m_addJuror, &QPushButton::clicked, this, &JuriesPage::addJuror);
    connect(removeJuror, &QPushButton::clicked, this, &JuriesPage::removeJuror);
    auto* exportButton =
        namedButton(tr("Export &packages…"), tr("Export juror packages"), QStringLiteral("exportPackages"));
    exportButton->setToolTip(tr("One encrypted package per juror, to score offline, and a passphrase letter to print"));
    const auto whomMenu = [this](QPushButton* button, void (JuriesPage::*action)(Whom)) {
        auto* whom = new QMenu(button);
        whom->addAction(tr("For &every juror…"), this, [this, action] { (this->*action)(Whom::Everyone); });
        whom->addAction(tr("For the jurors of &this jury…"), this, [this, action] { (this->*action)(Whom::ThisJury); });
        whom->addAction(tr("For the &selected jurors…"), this, [this, action] { (this->*action)(Whom::Selected); });
        button->setMenu(whom);
    };
    whomMenu(exportButton, &JuriesPage::chooseAndExport);
    auto* sheetsButton = namedButton(tr("Score s&heets…"), tr("Print score sheets"), QStringLiteral("scoreSheets"));
    sheetsButton->setToolTip(tr("Blank score sheets per juror (PDF), to score on paper"));
    whomMenu(sheetsButton, &JuriesPage::chooseAndPrintSheets);
    m_jurorBox = box(tr("Jurors"), nullptr, m_jurorView, {m_addJuror, removeJuror});
    // The packages and the paper on a row of their own: the box stays narrow at 1024×768.
    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(exportButton);
    sendRow->addWidget(sheetsButton);
    sendRow->addStretch();
    static_cast<QVBoxLayout*>(m_jurorBox->layout())->addLayout(sendRow);

    m_conflictView = table(m_conflicts, tr("Conflicts of interest"));
    m_conflictView->verticalHeader()->show();
    m_conflictView->setAlternatingRowColors(false);
    m_conflictView->horizontalHeader()->setDefaultSectionSize(100);
    // One line of juror names, elided; the whole name in the header's tooltip.
    m_conflictView->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_conflictSummary = new QLabel;
    m_conflictSummary->setWordWrap(true);
    QGroupBox* conflictBox = box(tr("Conflicts of interest"), m_conflictSummary, m_conflictView, {});

    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(juryBox);
    top->addWidget(m_jurorBox);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    remember::splitter(top, QStringLiteral("juries"));
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(conflictBox);
    splitter->setStretchFactor(1, 1);
    remember::splitter(splitter, QStringLiteral("conflicts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (DocumentModel* model : std::initializer_list<DocumentModel*>{m_juries, m_jurors, m_conflicts})
        connect(model, &DocumentModel::problem, this, &JuriesPage::problem);
    connect(m_juryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JuriesPage::juryChanged);
    connect(m_juries, &QAbstractItemModel::modelReset, this, &JuriesPage::juryChanged);
    connect(m_juries, &QAbstractItemModel::dataChanged, this, &JuriesPage::juryChanged);
    connect(m_conflicts, &QAbstractItemModel::modelReset, this, &JuriesPage::updateConflictSummary);
    connect(m_conflicts, &QAbstractItemModel::dataChanged, this, &JuriesPage::updateConflictSummary);
    setDocument(nullptr);
}

void JuriesPage::setDocument(CampaignDocument* document)
{
    m_document = document;
    m_juries->setDocument(document);
    m_jurors->setDocument(document);
    m_conflicts->setDocument(document);
    m_juryView->fitColumnsToContents(220);
    setEnabled(document != nullptr);
    if (document && m_juries->rowCount() > 0)
        m_juryView->setCurrentIndex(m_juries->index(0, JuriesModel::NameColumn));
    juryChanged();
}

void JuriesPage::juryChanged()
{
    const Jury* jury = m_juries->juryAt(m_juryView->currentIndex().row());
    const Id id = jury ? jury->id : 0;
    if (m_jurors->jury() != id) {
        m_jurors->setJury(id);
        m_jurorView->fitColumnsToContents(260);
    }
    m_jurorBox->setTitle(jury ? tr("Jurors of the %1").arg(jury->name) : tr("Jurors"));
    m_addJuror->setEnabled(jury != nullptr);
}

void JuriesPage::updateConflictSummary()
{
    if (!m_document)
        return;
    m_conflictSummary->setText(
        tr("%n conflict(s) declared. Tick the cell of a juror and a candidate they have a link with (employer, "
           "family, partner…): that juror's scores for that candidate do not count. Type in a cell to give the "
           "reason.",
           nullptr, int(m_document->campaign().conflicts.size())));
}

void JuriesPage::addJury()
{
    const int row = m_juries->addJury();
    if (row >= 0) {
        m_juryView->setCurrentIndex(m_juries->index(row, JuriesModel::NameColumn));
        m_juryView->edit(m_juryView->currentIndex());
    }
}

void JuriesPage::removeJury()
{
    const int row = m_juryView->currentIndex().row();
    const Jury* jury = m_juries->juryAt(row);
    if (jury && confirmScoresLost(this, jury->name, m_juries->scoresRemovedWith(row)))
        m_juries->removeJury(row);
}

void JuriesPage::addJuror()
{
    const int row = m_jurors->addJuror();
    if (row >= 0) {
        m_jurorView->setCurrentIndex(m_jurors->index(row, JurorsModel::NameColumn));
        m_jurorView->edit(m_jurorView->currentIndex());
    }
}

void JuriesPage::removeJuror()
{
    const int row = m_jurorView->currentIndex().row();
    const Juror* juror = m_jurors->jurorAt(row);
    if (juror && confirmScoresLost(this, juror->name, m_jurors->scoresOf(row)))
        m_jurors->removeJuror(row);
}

std::vector<Id> JuriesPage::jurorsFor(Whom whom) const
{
    std::vector<Id> out;
    if (!m_document)
        return out;
    if (whom == Whom::Everyone) {
        for (const Juror& j : m_document->campaign().jurors)
            out.push_back(j.id);
    } else if (whom == Whom::ThisJury) {
        for (int row = 0; row < m_jurors->rowCount(); ++row)
            out.push_back(m_jurors->jurorAt(row)->id);
    } else {
        const QModelIndexList rows = m_jurorView->selectionModel()->selectedRows();
        for (int row = 0; row < m_jurors->rowCount(); ++row) {
            const bool chosen =
                std::any_of(rows.begin(), rows.end(), [&](const QModelIndex& i) { return i.row() == row; });
            if (chosen)
                out.push_back(m_jurors->jurorAt(row)->id);
        }
    }
    return out;
}

JurorPackages::ExportOutcome JuriesPage::exportPackages(const std::vector<Id>& jurors, const QString& folder)
{
    QProgressDialog progress(tr("Writing the juror packages…"), tr("Cancel"), 0, int(jurors.size()), this);
    progress.setWindowTitle(tr("Export juror packages"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(jurors.size() > 1 ? 0 : 1000);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    // Each package costs its key's derivation (a fraction of a second): the bar moves and
    // Cancel is heard between packages.
    const JurorPackages::ExportOutcome outcome =
        JurorPackages::exportPackages(*m_document, jurors, folder, [&](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    return outcome;
}

void JuriesPage::chooseAndExport(Whom whom)
{
    if (!m_document)
        return;
    const std::vector<Id> jurors = jurorsFor(whom);
    if (jurors.empty()) {
        emit problem(whom == Whom::Selected ? tr("Select the jurors to export a package for, then try again.")
                                            : tr("There is no juror to export a package for."));
        return;
    }
    const QString start = QFileInfo(m_document->path()).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the juror packages"), start);
    if (folder.isEmpty())
        return;
    const JurorPackages::ExportOutcome outcome = exportPackages(jurors, folder);
    QString text = tr("%n package(s) written into %1, with their passphrase letters in %2. Print the letters and "
                      "hand them over apart from the packages.",
                      nullptr, int(outcome.files.size()))
                       .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(outcome.letters));
    if (outcome.cancelled)
        text = tr("Cancelled.") + QLatin1Char(' ') + text;
    if (!outcome.error.isEmpty())
        text = outcome.error + QStringLiteral("\n\n") + text;
    QMessageBox box(outcome.error.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                    tr("Export juror packages"), text, QMessageBox::Close, this);
    QPushButton* open = box.addButton(tr("&Open the folder"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

print::ScoreSheets::Written JuriesPage::writeScoreSheets(const std::vector<Id>& jurors, const QString& folder)
{
    QProgressDialog progress(tr("Writing the score sheets…"), tr("Cancel"), 0, int(jurors.size()), this);
    progress.setWindowTitle(tr("Print score sheets"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(jurors.size() > 1 ? 0 : 1000);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    return print::ScoreSheets::write(m_document->campaign(), jurors, folder, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
}

void JuriesPage::chooseAndPrintSheets(Whom whom)
{
    if (!m_document)
        return;
    const std::vector<Id> jurors = jurorsFor(whom);
    if (jurors.empty()) {
        emit problem(whom == Whom::Selected ? tr("Select the jurors to print score sheets for, then try again.")
                                            : tr("There is no juror to print score sheets for."));
        return;
    }
    const QString start = QFileInfo(m_document->path()).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the score sheets"), start);
    if (folder.isEmpty())
        return;
    const print::ScoreSheets::Written written = writeScoreSheets(jurors, folder);
    QString text = tr("Score sheets of %n juror(s) written into %1, one PDF each.", nullptr, int(written.files.size()))
                       .arg(QDir::toNativeSeparators(folder));
    if (written.cancelled)
        text = tr("Cancelled.") + QLatin1Char(' ') + text;
    if (!written.error.isEmpty())
        text = written.error + QStringLiteral("\n\n") + text;
    QMessageBox box(written.error.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Print score sheets"),
                    text, QMessageBox::Close, this);
    QPushButton* open = box.addButton(tr("&Open the folder"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void JuriesPage::showCodes(bool on)
{
    m_juryView->setColumnHidden(JuriesModel::CodeColumn, !on);
}

} // namespace palmares
