// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>

#include <functional>

namespace palmares {

// Runs `work` with a wait cursor shown (work of a second or two on the UI thread: an undo of
// a large import, a report's pages).
inline void underWaitCursor(const std::function<void()>& work)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    work();
    QApplication::restoreOverrideCursor();
}

} // namespace palmares
