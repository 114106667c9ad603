// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QResizeEvent>
#include <QShowEvent>
#include <QSplitter>
#include <QTimer>

#include <functional>
#include <utility>

namespace palmares {

// Two panes side by side when the splitter is at least as wide as `needed()` says both
// need to show whole, one above the other when it is narrower (a 1024-pixel screen in
// French): a column is never cut for want of width. `needed` is asked again at every
// resize, so it follows the contents. One above the other, the first pane takes
// `firstPercent` of the height; side by side again, the panes are as the user left them.
class AdaptiveSplitter : public QSplitter {
public:
    explicit AdaptiveSplitter(std::function<int()> needed, int firstPercent = 50, QWidget* parent = nullptr)
        : QSplitter(Qt::Horizontal, parent)
        , m_needed(std::move(needed))
        , m_firstPercent(firstPercent)
    {}

    // Sets the orientation the width calls for now; true when it changed.
    bool adapt()
    {
        const Qt::Orientation wanted = width() >= m_needed() ? Qt::Horizontal : Qt::Vertical;
        if (wanted == orientation())
            return false;
        if (wanted == Qt::Vertical) {
            m_sideBySide = saveState(); // its orientation with it
            setOrientation(Qt::Vertical);
            const int first = height() * m_firstPercent / 100;
            setSizes({first, height() - first});
        } else if (!m_sideBySide.isEmpty()) {
            restoreState(m_sideBySide);
        } else {
            setOrientation(Qt::Horizontal);
        }
        return true;
    }

    // What the panes need changes with `model`'s rows: asked again once the views have
    // laid the change out.
    void follow(const QAbstractItemModel* model)
    {
        const auto soon = [this] { QTimer::singleShot(0, this, [this] { adapt(); }); };
        connect(model, &QAbstractItemModel::modelReset, this, soon);
        connect(model, &QAbstractItemModel::layoutChanged, this, soon);
        connect(model, &QAbstractItemModel::rowsInserted, this, soon);
        connect(model, &QAbstractItemModel::rowsRemoved, this, soon);
        connect(model, &QAbstractItemModel::dataChanged, this, soon);
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QSplitter::resizeEvent(event);
        adapt();
    }
    void showEvent(QShowEvent* event) override
    {
        QSplitter::showEvent(event);
        adapt();
    }

private:
    std::function<int()> m_needed;
    int m_firstPercent;
    QByteArray m_sideBySide;
};

} // namespace palmares
