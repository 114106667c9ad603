// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontMetrics>
#include <QMap>
#include <QTableView>

namespace palmares {

// A table whose first columns stay in place while the others scroll sideways (the rank
// and the candidate's name in the ranking), and whose Ctrl+C copies the selected rows
// with the headers, tab-separated, as a spreadsheet pastes them.
class TableView : public QTableView {
    Q_OBJECT
public:
    explicit TableView(QWidget* parent = nullptr);
    ~TableView() override;

    void setModel(QAbstractItemModel* model) override;
    // The first `count` columns stay in place (0: none).
    void setFrozenColumns(int count);
    int frozenColumns() const { return m_frozenCount; }
    QTableView* frozenView() const { return m_frozen; }

    // Each visible column as wide as its cells, and its header wrapped on word boundaries
    // when the header is wider than the cells (never narrower than its longest word); a
    // column wider than `widest` pixels (0: no limit) is shortened to it.
    // A column the user widened or narrowed keeps that width, this time and the next.
    void fitColumnsToContents(int widest = 0);
    // The widths the user gives columns by hand are remembered under `key`, by header.
    void rememberColumns(const QString& key);

    // The selected rows (the current one when none is selected), visible columns only,
    // with the header line first: what Ctrl+C puts on the clipboard.
    QString selectedRowsText() const;
    void copySelectedRows() const;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    void placeFrozen();
    void makeRoomForSortMark(int headerHeight);
    // The header's font as a header is measured (bold, as a selected row draws it), and the
    // widest word of a title in it.
    QFontMetrics headerMetrics() const;
    static int longestWord(const QFontMetrics& fm, const QString& title);
    void syncFrozenColumns();
    int frozenWidth() const;

    QTableView* m_frozen = nullptr;
    QFrame* m_frozenEdge = nullptr;
    int m_frozenCount = 0;
    QString m_rememberKey;
    QMap<QString, int> m_userWidths; // header → width the user gave it
};

} // namespace palmares
