// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QResizeEvent>
#include <QShowEvent>
#include <QSplitter>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <utility>

namespace palmares {

// Two panes side by side when the splitter is as wide as both need to show whole (what
// `firstNeeds()` and `secondNeeds()` say, in pixels, asked again at every resize so that
// they follow the contents), each then given at least that; one above the other when it
// is narrower (a 1024-pixel screen in French), the first pane taking `firstPercent` of
// the height. A column is never cut for want of width.
class AdaptiveSplitter : public QSplitter {
public:
    AdaptiveSplitter(std::function<int()> firstNeeds, std::function<int()> secondNeeds, int firstPercent = 50,
                     QWidget* parent = nullptr)
        : QSplitter(Qt::Horizontal, parent)
        , m_firstNeeds(std::move(firstNeeds))
        , m_secondNeeds(std::move(secondNeeds))
        , m_firstPercent(firstPercent)
    {}

    // Sets the orientation and the sizes the width calls for now.
    void adapt()
    {
        if (count() != 2)
            return;
        const int first = m_firstNeeds();
        const int second = m_secondNeeds();
        const int room = width() - handleWidth();
        if (room < first + second) {
            if (orientation() == Qt::Vertical)
                return;
            m_sideBySide = saveState(); // its orientation with it
            setOrientation(Qt::Vertical);
            const int top = height() * m_firstPercent / 100;
            setSizes({top, height() - top});
            return;
        }
        if (orientation() == Qt::Vertical) {
            if (!m_sideBySide.isEmpty())
                restoreState(m_sideBySide);
            else
                setOrientation(Qt::Horizontal);
        }
        // Side by side, each pane has what it needs; the rest as the user left it.
        const QList<int> now = sizes();
        const int left = std::clamp(now.value(0), first, room - second);
        if (left != now.value(0))
            setSizes({left, room - left});
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
    std::function<int()> m_firstNeeds;
    std::function<int()> m_secondNeeds;
    int m_firstPercent;
    QByteArray m_sideBySide;
};

} // namespace palmares
