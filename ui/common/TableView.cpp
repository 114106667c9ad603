// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/TableView.h"

#include "ui/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDataStream>
#include <QFrame>
#include <QHeaderView>
#include <QIODevice>
#include <QScrollBar>
#include <QStyle>

#include <set>

namespace palmares {

TableView::TableView(QWidget* parent)
    : QTableView(parent)
{
    auto* copy = new QAction(tr("&Copy the selected rows"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &TableView::copySelectedRows);
    addAction(copy);
    horizontalHeader()->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter) | Qt::Alignment(Qt::TextWordWrap));
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    // Sorted by another column, that column's header makes room for the mark.
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this] { makeRoomForSortMark(horizontalHeader()->height()); });
}

QFontMetrics TableView::headerMetrics() const
{
    // A selected row draws every header in bold: measured so, « Pondération » was cut.
    QFont font = horizontalHeader()->font();
    if (horizontalHeader()->highlightSections())
        font.setBold(true);
    return QFontMetrics(font);
}

int TableView::longestWord(const QFontMetrics& fm, const QString& title)
{
    int word = 0;
    for (const QString& w : title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        word = std::max(word, fm.horizontalAdvance(w));
    return word;
}

void TableView::fitColumnsToContents(int widest)
{
    if (!model())
        return;
    QHeaderView* header = horizontalHeader();
    const QFontMetrics fm = headerMetrics();
    // Room the header needs around its text: margins and the sort mark.
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int pad =
        2 * margin +
        (isSortingEnabled() && header->isSortIndicatorShown() ? style()->pixelMetric(QStyle::PM_HeaderMarkSize) + margin
                                                              : 0) +
        4;
    int lines = 1;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (isColumnHidden(column))
            continue;
        const QString title = model()->headerData(column, Qt::Horizontal).toString();
        const int word = longestWord(fm, title);
        int width = std::max(sizeHintForColumn(column), std::min(word + pad, fm.horizontalAdvance(title) + pad));
        width = std::max(width, word + pad);
        if (widest > 0)
            width = std::min(width, std::max(widest, word + pad));
        width = m_userWidths.value(title, width);
        setColumnWidth(column, width);
        // A little narrower than the section's text room, as the style draws it: counting a
        // line too few cut the last words of a long criterion's name.
        const QRect wrapped = fm.boundingRect(QRect(0, 0, width - pad - 6, 10000), Qt::TextWordWrap, title);
        lines = std::max(lines, (wrapped.height() + fm.lineSpacing() - 1) / fm.lineSpacing());
    }
    const int height = lines * fm.lineSpacing() + 2 * margin + 6;
    header->setFixedHeight(height);
    makeRoomForSortMark(height);
    syncFrozenColumns();
}

void TableView::makeRoomForSortMark(int headerHeight)
{
    // The style takes half the header's height, and two margins, from the sorted column's
    // label for its mark (QCommonStyle's SE_HeaderLabel): on a projector, where the header
    // is tall, « Rang » lost its last letters.
    QHeaderView* header = horizontalHeader();
    const int column = header->sortIndicatorSection();
    if (!model() || !isSortingEnabled() || !header->isSortIndicatorShown() || column < 0 ||
        column >= model()->columnCount() || isColumnHidden(column))
        return;
    const QString title = model()->headerData(column, Qt::Horizontal).toString();
    if (m_userWidths.contains(title))
        return;
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int needed = longestWord(headerMetrics(), title) + 4 * margin + headerHeight / 2 + 4;
    if (columnWidth(column) < needed)
        setColumnWidth(column, needed);
}

TableView::~TableView() = default;

void TableView::setModel(QAbstractItemModel* model)
{
    QTableView::setModel(model);
    if (m_frozen) {
        m_frozen->setModel(model);
        m_frozen->setSelectionModel(selectionModel());
        syncFrozenColumns();
    }
}

void TableView::setFrozenColumns(int count)
{
    m_frozenCount = count;
    if (count <= 0) {
        delete m_frozen;
        m_frozen = nullptr;
        delete m_frozenEdge;
        m_frozenEdge = nullptr;
        return;
    }
    if (!m_frozen) {
        // The frozen part is a second view over the same model and selection, laid over
        // the left edge; it scrolls up and down with this one, never sideways.
        m_frozen = new QTableView(this);
        m_frozen->setObjectName(QStringLiteral("frozenColumns"));
        m_frozen->setFocusPolicy(Qt::NoFocus);
        m_frozen->verticalHeader()->hide();
        m_frozen->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_frozen->setVerticalScrollMode(ScrollPerPixel);
        m_frozen->setFrameShape(QFrame::NoFrame);
        // Its right edge, a line in the palette's mid tone. Not a style sheet: under one,
        // the header kept the normal font when the projector's larger one was set.
        m_frozenEdge = new QFrame(this);
        m_frozenEdge->setFrameShape(QFrame::VLine);
        m_frozenEdge->setFrameShadow(QFrame::Plain);
        m_frozenEdge->setLineWidth(1);
        m_frozenEdge->setForegroundRole(QPalette::Mid);
        viewport()->stackUnder(m_frozen);
        connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
                &QAbstractSlider::setValue);
        connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
                &QAbstractSlider::setValue);
        connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
            if (section < m_frozenCount) {
                m_frozen->setColumnWidth(section, size);
                placeFrozen();
            }
        });
        connect(verticalHeader(), &QHeaderView::sectionResized, this,
                [this](int section, int, int size) { m_frozen->setRowHeight(section, size); });
        connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_frozen->horizontalHeader(),
                &QHeaderView::setSortIndicator);
        // A click on a frozen header sorts as a click on this view's header would.
        connect(m_frozen->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
            if (!isSortingEnabled())
                return;
            const Qt::SortOrder order = horizontalHeader()->sortIndicatorSection() == section &&
                                                horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder
                                            ? Qt::DescendingOrder
                                            : Qt::AscendingOrder;
            sortByColumn(section, order);
        });
        connect(m_frozen, &QTableView::activated, this, &QTableView::activated);
        connect(m_frozen, &QTableView::doubleClicked, this, &QTableView::doubleClicked);
        if (model()) {
            m_frozen->setModel(model());
            m_frozen->setSelectionModel(selectionModel());
        }
    }
    m_frozen->setSelectionBehavior(selectionBehavior());
    m_frozen->setSelectionMode(selectionMode());
    m_frozen->setEditTriggers(editTriggers());
    // The order the table is sorted in now, not only its next changes (the mark pointed
    // the other way).
    m_frozen->horizontalHeader()->setSortIndicator(horizontalHeader()->sortIndicatorSection(),
                                                   horizontalHeader()->sortIndicatorOrder());
    syncFrozenColumns();
    m_frozen->show();
    m_frozenEdge->show();
}

void TableView::syncFrozenColumns()
{
    if (!m_frozen || !model())
        return;
    m_frozen->setFont(font());
    m_frozen->horizontalHeader()->setSortIndicatorShown(isSortingEnabled() &&
                                                        horizontalHeader()->isSortIndicatorShown());
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    for (int column = 0; column < model()->columnCount(); ++column) {
        const bool frozen = column < m_frozenCount && !isColumnHidden(column);
        m_frozen->setColumnHidden(column, !frozen);
        if (frozen)
            m_frozen->setColumnWidth(column, columnWidth(column));
    }
    for (int row = 0; row < model()->rowCount(); ++row)
        if (rowHeight(row) != m_frozen->rowHeight(row))
            m_frozen->setRowHeight(row, rowHeight(row));
    placeFrozen();
}

void TableView::changeEvent(QEvent* event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        syncFrozenColumns();
}

int TableView::frozenWidth() const
{
    int width = 0;
    for (int column = 0; column < m_frozenCount && model() && column < model()->columnCount(); ++column)
        if (!isColumnHidden(column))
            width += columnWidth(column);
    return width;
}

void TableView::placeFrozen()
{
    if (!m_frozen)
        return;
    const int left = verticalHeader()->isVisible() ? verticalHeader()->width() : 0;
    m_frozen->setGeometry(frameWidth() + left, frameWidth(), frozenWidth(),
                          viewport()->height() + horizontalHeader()->height());
    m_frozenEdge->setGeometry(m_frozen->geometry().right(), m_frozen->y(), 1, m_frozen->height());
    m_frozenEdge->raise();
}

void TableView::updateGeometries()
{
    QTableView::updateGeometries();
    syncFrozenColumns();
}

void TableView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    placeFrozen();
}

QModelIndex TableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // Moving left under the frozen columns scrolls the hidden cell back into view.
    if (m_frozen && cursorAction == MoveLeft && current.column() >= m_frozenCount &&
        visualRect(current).left() < frozenWidth()) {
        const int shift = visualRect(current).left() - frozenWidth();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + shift);
    }
    return current;
}

void TableView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    // A frozen cell is always visible: only the vertical position follows it.
    if (m_frozen && index.column() < m_frozenCount) {
        const int before = horizontalScrollBar()->value();
        QTableView::scrollTo(index, hint);
        horizontalScrollBar()->setValue(before);
        return;
    }
    QTableView::scrollTo(index, hint);
}

void TableView::rememberColumns(const QString& key)
{
    m_rememberKey = QStringLiteral("columns/") + key;
    QDataStream in(settings::viewState(m_rememberKey));
    in >> m_userWidths;
    if (in.status() != QDataStream::Ok)
        m_userWidths.clear();
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section, int, int size) {
        // Only a drag of the header's edge is the user's: the program's own fitting is not.
        if (!model() || !(QApplication::mouseButtons() & Qt::LeftButton) || !horizontalHeader()->underMouse())
            return;
        m_userWidths.insert(model()->headerData(section, Qt::Horizontal).toString(), size);
        QByteArray state;
        QDataStream out(&state, QIODevice::WriteOnly);
        out << m_userWidths;
        settings::setViewState(m_rememberKey, state);
    });
}

QString TableView::selectedRowsText() const
{
    const QAbstractItemModel* m = model();
    if (!m)
        return {};
    std::set<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty() && currentIndex().isValid())
        rows.insert(currentIndex().row());
    if (rows.empty())
        return {};
    // One line per row, in the order shown; a tab or line break inside a cell is a space.
    auto cell = [](QString text) {
        text.replace(QLatin1Char('\t'), QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    };
    QStringList lines;
    QStringList header;
    std::vector<int> columns;
    for (int visual = 0; visual < horizontalHeader()->count(); ++visual) {
        const int column = horizontalHeader()->logicalIndex(visual);
        if (isColumnHidden(column))
            continue;
        columns.push_back(column);
        header << cell(m->headerData(column, Qt::Horizontal).toString());
    }
    lines << header.join(QLatin1Char('\t'));
    for (int row : rows) {
        QStringList fields;
        for (int column : columns)
            fields << cell(m->index(row, column).data().toString());
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TableView::copySelectedRows() const
{
    const QString text = selectedRowsText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

} // namespace palmares
