// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace palmares
