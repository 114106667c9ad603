// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

// Helpers the GUI tests share: a fresh file path in a test folder, and typing into an
// item view's current cell as a user does.
namespace palmares::test {

// `name` in `dir`, with no file there yet.
inline QString freshPath(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    return path;
}

// Types `text` into the view's current cell: the first key opens the cell's editor, the
// next ones go to that editor. Returns the editor, or nullptr when none opened.
inline QWidget* typeInCell(QAbstractItemView* view, const QString& text)
{
    QTest::keyClick(view, text.at(0).toLatin1());
    QWidget* editor = QApplication::focusWidget();
    if (!editor || editor == view)
        return nullptr;
    QTest::keyClicks(editor, text.mid(1));
    return editor;
}

} // namespace palmares::test
