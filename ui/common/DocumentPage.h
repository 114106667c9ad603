// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/CampaignDocument.h"

#include <QWidget>

namespace palmares {

// A page of the main window: it shows the open campaign (or nothing) and reports edits
// it could not make.
class DocumentPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    // The campaign shown; nullptr when none is open. The page lets go of the previous one.
    virtual void setDocument(CampaignDocument* document) = 0;

signals:
    // An edit that was refused, and why, in the UI language.
    void problem(const QString& message);
};

} // namespace palmares
