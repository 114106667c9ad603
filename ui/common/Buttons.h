// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Icons.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QPushButton>

namespace palmares {

// A push button with its text (and mnemonic), the name a screen reader says, and the
// object name tests find it by.
inline QPushButton* namedButton(const QString& text, const QString& accessibleName, const QString& objectName)
{
    auto* b = new QPushButton(text);
    b->setAccessibleName(accessibleName);
    b->setObjectName(objectName);
    return b;
}

// A button that moves the selected row up or down a list: an arrow (a word would widen
// the page), its name for a screen reader and the tooltip, and Alt+Up / Alt+Down.
inline QPushButton* moveButton(bool up, const QString& objectName)
{
    auto* b = new QPushButton;
    b->setIcon(up ? icons::themed("go-up", QStyle::SP_ArrowUp) : icons::themed("go-down", QStyle::SP_ArrowDown));
    b->setShortcut(QKeySequence(up ? Qt::ALT | Qt::Key_Up : Qt::ALT | Qt::Key_Down));
    const QString name = up ? QCoreApplication::translate("palmares::Buttons", "Move up")
                            : QCoreApplication::translate("palmares::Buttons", "Move down");
    b->setAccessibleName(name);
    b->setToolTip(QStringLiteral("%1 (%2)").arg(name, b->shortcut().toString(QKeySequence::NativeText)));
    b->setObjectName(objectName);
    return b;
}

} // namespace palmares
