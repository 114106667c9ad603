// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/juries/ReturnsDialog.h"

#include "core/present/Words.h"

#include <QColor>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace palmares {

namespace {

QTableWidget* table(const QStringList& headers, const QString& name)
{
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setAccessibleName(name);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* item(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

} // namespace

ReturnsDialog::ReturnsDialog(CampaignDocument* document, const QStringList& files, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_files(table({tr("File"), tr("Juror"), tr("What it brings")}, tr("Returned files")))
    , m_conflicts(table({tr("Take the juror's value"), tr("Conflict")}, tr("Conflicts to settle")))
    , m_reasonLabel(new QLabel(tr("&Reason:")))
    , m_reason(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Import juror returns"));
    // Reading a file derives its key (a fraction of a second each): a bar when there are several.
    QProgressDialog progress(tr("Checking the returned files…"), tr("Cancel"), 0, int(files.size()), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(files.size() > 1 ? 0 : 1000);
    for (int i = 0; i < files.size() && !progress.wasCanceled(); ++i) {
        progress.setValue(i);
        QCoreApplication::processEvents();
        m_returns.push_back(JurorPackages::read(document->campaign(), files.at(i), document->now()));
    }
    progress.setValue(int(files.size()));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each file is checked before anything is written. A return brings the scores the "
                                "juror changed; a score changed in the campaign too since the export is a conflict: "
                                "tick it to take the juror's value, or leave it to keep the campaign's."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_files, 2);
    auto* conflictsLabel = new QLabel(tr("&Conflicts to settle"));
    conflictsLabel->setBuddy(m_conflicts);
    layout->addWidget(conflictsLabel);
    layout->addWidget(m_conflicts, 1);
    auto* form = new QFormLayout;
    m_reasonLabel->setBuddy(m_reason);
    m_reason->setPlaceholderText(tr("Why scores change in deliberation (kept in the journal)"));
    form->addRow(m_reasonLabel, m_reason);
    layout->addLayout(form);
    QPushButton* import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("importReturns"));
    import->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ReturnsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &ReturnsDialog::updateButtons);
    connect(m_conflicts, &QTableWidget::itemChanged, this, &ReturnsDialog::updateButtons);
    fill();
    const bool reason = m_document->campaign().settings.status == CampaignStatus::Deliberation;
    m_reasonLabel->setVisible(reason);
    m_reason->setVisible(reason);
    updateButtons();
    resize(900, 520);
}

void ReturnsDialog::fill()
{
    const Campaign& c = m_document->campaign();
    for (const JurorPackages::Return& r : m_returns) {
        const int row = m_files->rowCount();
        m_files->insertRow(row);
        m_files->setItem(row, 0, item(QFileInfo(r.path).fileName()));
        QString juror;
        QString what;
        if (!r.problem.isEmpty()) {
            what = r.problem;
        } else if (r.plan.alreadyImported) {
            what = tr("Imported already: nothing changes.");
        } else {
            what = JurorPackages::summary(r.plan);
            for (const SkippedScore& s : r.plan.skipped)
                what += QLatin1Char('\n') + Words::returnSkip(c, s);
        }
        if (r.problem.isEmpty() && r.plan.edit.change && !r.plan.edit.change->packages.put.empty()) {
            const Id id = r.plan.edit.change->packages.put.front().jurorId;
            for (const Juror& j : c.jurors) {
                if (j.id == id)
                    juror = j.name;
            }
        }
        m_files->setItem(row, 1, item(juror));
        QTableWidgetItem* whatItem = item(what);
        if (!r.problem.isEmpty())
            whatItem->setForeground(QColor(0xb0, 0x1c, 0x1c)); // refused: the reason in red
        m_files->setItem(row, 2, whatItem);
        for (const ReturnConflict& k : r.plan.conflicts) {
            const int at = m_conflicts->rowCount();
            m_conflicts->insertRow(at);
            auto* take = new QTableWidgetItem;
            take->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            take->setCheckState(Qt::Unchecked);
            m_conflicts->setItem(at, 0, take);
            m_conflicts->setItem(at, 1, item(Words::returnConflict(c, k)));
        }
    }
    m_files->resizeColumnsToContents();
    m_files->resizeRowsToContents();
    m_conflicts->resizeColumnToContents(0);
}

bool ReturnsDialog::needsReason() const
{
    if (m_document->campaign().settings.status != CampaignStatus::Deliberation)
        return false;
    for (int i = 0; i < m_conflicts->rowCount(); ++i) {
        if (m_conflicts->item(i, 0)->checkState() == Qt::Checked)
            return true;
    }
    return std::any_of(m_returns.begin(), m_returns.end(),
                       [](const JurorPackages::Return& r) { return r.problem.isEmpty() && r.plan.taken > 0; });
}

void ReturnsDialog::updateButtons()
{
    const bool any = std::any_of(m_returns.begin(), m_returns.end(), [](const JurorPackages::Return& r) {
        return r.problem.isEmpty() && r.plan.edit.change;
    });
    if (auto* import = findChild<QPushButton*>(QStringLiteral("importReturns")))
        import->setEnabled(any && (!needsReason() || !m_reason->text().trimmed().isEmpty()));
}

void ReturnsDialog::accept()
{
    const QString reason = m_reason->text().trimmed();
    QStringList problems;
    int imported = 0;
    int settled = 0;
    int row = 0;
    for (const JurorPackages::Return& r : m_returns) {
        QString why;
        const bool good = r.problem.isEmpty() && r.plan.edit.change;
        if (good && JurorPackages::apply(*m_document, r, reason, &why))
            ++imported;
        else if (good)
            problems << why;
        for (const ReturnConflict& k : r.plan.conflicts) {
            const bool take = m_conflicts->item(row++, 0)->checkState() == Qt::Checked;
            if (!take || !good)
                continue;
            const Edit edit = Returns::settle(m_document->campaign(), k, QFileInfo(r.path).fileName());
            if (!edit.change) {
                problems << edit.problem;
                continue;
            }
            Change change = *edit.change;
            change.justification = reason;
            if (m_document->apply(change, &why, QStringLiteral("import_return")))
                ++settled;
            else
                problems << why;
        }
    }
    m_outcome = tr("%n juror return(s) imported", nullptr, imported);
    if (settled)
        m_outcome += QStringLiteral(", ") + tr("%n conflict(s) settled for the juror's value", nullptr, settled);
    m_outcome += QLatin1Char('.');
    if (!problems.isEmpty())
        m_outcome += QLatin1Char(' ') + problems.join(QLatin1Char(' '));
    QDialog::accept();
}

} // namespace palmares
