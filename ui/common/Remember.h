// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/AppSettings.h"

#include <QSplitter>

// What the user arranges stays arranged: a splitter comes back where it was left.
namespace palmares::remember {

inline void splitter(QSplitter* splitter, const QString& key)
{
    const QString name = QStringLiteral("splitter/") + key;
    splitter->setObjectName(key + QStringLiteral("Splitter"));
    const QByteArray state = settings::viewState(name);
    if (!state.isEmpty())
        splitter->restoreState(state);
    // Saved as arranged in its own orientation (the ranking turns its splitter on a projector).
    const Qt::Orientation orientation = splitter->orientation();
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, name, orientation] {
        if (splitter->orientation() == orientation)
            settings::setViewState(name, splitter->saveState());
    });
}

} // namespace palmares::remember
