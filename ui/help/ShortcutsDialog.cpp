// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace palmares {

namespace {

// A menu's or a command's text as read: without its mnemonic and its ellipsis.
QString plain(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

void addMenu(const QMenu* menu, const QString& path, std::vector<std::pair<QString, QString>>& rows)
{
    for (const QAction* a : menu->actions()) {
        if (a->menu()) {
            addMenu(a->menu(), path + QStringLiteral(" › ") + plain(a->text()), rows);
            continue;
        }
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (!keys.isEmpty())
            rows.emplace_back(keys.join(QStringLiteral(", ")), path + QStringLiteral(" › ") + plain(a->text()));
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    std::vector<std::pair<QString, QString>> rows;
    for (const QAction* a : menus->actions())
        if (a->menu())
            addMenu(a->menu(), plain(a->text()), rows);
    const auto key = [](const QKeySequence& k) { return k.toString(QKeySequence::NativeText); };
    // The keys of the pages, which no menu shows.
    rows.emplace_back(tr("Enter, Tab"), tr("Scoring: save the score and go to the next cell"));
    rows.emplace_back(key(QKeySequence(Qt::SHIFT | Qt::Key_Tab)), tr("Scoring: save the score and go back a cell"));
    rows.emplace_back(key(QKeySequence(Qt::Key_Escape)),
                      tr("In a cell being typed: give it back its value; in deliberation mode: leave it"));
    rows.emplace_back(key(QKeySequence(Qt::Key_F2)), tr("Change the selected cell"));
    rows.emplace_back(key(QKeySequence::Copy), tr("Ranking, Journal: copy the selected rows with the headers"));
    rows.emplace_back(key(QKeySequence(Qt::ALT | Qt::Key_Up)) + QStringLiteral(", ") +
                          key(QKeySequence(Qt::ALT | Qt::Key_Down)),
                      tr("Criteria, tie-break order: move the selected row up or down"));
    rows.emplace_back(tr("Alt+underlined letter"), tr("Go to the field or the button it names"));

    m_table = new QTableWidget(int(rows.size()), 2);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Command")});
    for (int i = 0; i < int(rows.size()); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[size_t(i)].first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[size_t(i)].second));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnToContents(0);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace palmares
