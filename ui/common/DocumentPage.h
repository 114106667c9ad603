// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/CampaignDocument.h"

#include <QShowEvent>
#include <QWidget>

#include <functional>

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

protected:
    // For a page drawn from the whole campaign (charts, the journal): `draw` runs now, then
    // again after each change of `document`, at once when in view, else when next shown.
    void redrawOnChanges(CampaignDocument* document, std::function<void()> draw)
    {
        m_draw = std::move(draw);
        disconnect(m_redraw);
        if (document) {
            m_redraw = connect(document, &CampaignDocument::changed, this, [this] {
                m_stale = true;
                if (isVisible())
                    redraw();
            });
        }
        redraw();
    }
    void showEvent(QShowEvent* event) override
    {
        QWidget::showEvent(event);
        if (m_stale)
            redraw();
    }

private:
    void redraw()
    {
        m_stale = false;
        if (m_draw)
            m_draw();
    }

    std::function<void()> m_draw;
    QMetaObject::Connection m_redraw;
    bool m_stale = true;
};

} // namespace palmares
