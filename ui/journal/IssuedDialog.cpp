// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/journal/IssuedDialog.h"

#include "core/io/Fingerprint.h"
#include "core/present/Words.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace palmares {

IssuedDialog::IssuedDialog(const Campaign& campaign, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Reports issued"));
    const std::vector<fingerprint::Part> parts = fingerprint::parts(campaign);
    const std::vector<fingerprint::Standing> standings = fingerprint::standings(campaign, parts);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Each report, set of minutes or workbook written from this campaign carries the fingerprint of its "
           "result. The last column says whether the campaign still gives that result, or which tables changed "
           "since."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(int(standings.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("issuedTable"));
    m_table->setHorizontalHeaderLabels({tr("Issued on"), tr("Document"), tr("File"), tr("Fingerprint"), tr("Today")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int row = 0; row < int(standings.size()); ++row) {
        const fingerprint::Standing& s = standings[size_t(row)];
        const IssuedReport& r = *s.report;
        const auto cell = [&](Column column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(row, column, item);
            return item;
        };
        cell(IssuedAt, Words::journalTime(r.issuedAt));
        cell(Document, Words::issuedDocument(r.document, r.publicVersion));
        cell(File, r.fileName);
        // Its first 16 digits: enough to tell it from another; the whole in the tooltip and
        // on the clipboard.
        QTableWidgetItem* print = cell(Fingerprint, r.fingerprint.left(16) + QStringLiteral("…"));
        print->setFont(mono);
        print->setToolTip(r.fingerprint);
        print->setData(Qt::UserRole, r.fingerprint);
        cell(Today, Words::issuedStanding(s.changed))
            ->setForeground(s.holds() ? palette().text() : QBrush(Qt::darkRed));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (!standings.empty())
        m_table->selectRow(int(standings.size()) - 1);
    layout->addWidget(m_table, 1);

    m_current = new QLabel(standings.empty() ? tr("No report has been issued from this campaign yet.")
                                             : tr("The campaign's fingerprint today: %1").arg(fingerprint::of(parts)),
                           this);
    m_current->setObjectName(QStringLiteral("currentFingerprint"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_current->setWordWrap(true);
    layout->addWidget(m_current);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy the fingerprint"), QDialogButtonBox::ActionRole);
    m_copy->setEnabled(!standings.empty());
    connect(m_copy, &QPushButton::clicked, this, &IssuedDialog::copyFingerprint);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    auto* copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &IssuedDialog::copyFingerprint);
    m_table->addAction(copy);
    // Fits a 1024×768 screen.
    resize(900, 420);
}

void IssuedDialog::copyFingerprint()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(Fingerprint);
    if (rows.isEmpty())
        return;
    QApplication::clipboard()->setText(rows.front().data(Qt::UserRole).toString());
}

} // namespace palmares
