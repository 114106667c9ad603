// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/CampaignDocument.h"
#include "core/edit/Edits.h"
#include "core/model/Lifecycle.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace palmares {

// Base of the item models over an open campaign. The one change path: edits are built by
// Edits and go through CampaignDocument::apply (on the undo stack); the model hears about every
// edit through CampaignDocument::changed, and then either updates its cells in place
// (same rows, same columns: views keep their current cell) or resets.
class DocumentModel : public QAbstractItemModel {
    Q_OBJECT
public:
    explicit DocumentModel(QObject* parent = nullptr);

    void setDocument(CampaignDocument* document);
    CampaignDocument* document() const { return m_document; }

signals:
    // An edit that was refused, and why, in the UI language.
    void problem(const QString& message);

protected:
    // The identity of the rows and columns: when it is unchanged, a change updates cells.
    virtual std::vector<qint64> shapeKeys() const = 0;
    // Whether `change` can alter what the model shows.
    virtual bool concerns(const Change& change) const = 0;
    // Recomputes whatever the model caches from the document (called before a refresh).
    virtual void rebuild() {}
    // Tells the views that every cell may have changed (the shape has not).
    virtual void refreshCells();
    // Applies an edit built by Edits; a refused one (or one the file refused) is told
    // through problem(). True when the campaign holds the edit (or it changed nothing).
    bool apply(const Edit& edit);
    // After a change of what the model shows (another juror…), inside a reset.
    void takeShape() { m_shape = m_document ? shapeKeys() : std::vector<qint64>(); }
    const Campaign& campaign() const { return m_document->campaign(); }
    bool hasDocument() const { return !m_document.isNull(); }
    // Whether cells may be edited: a document open for writing, on a campaign not closed.
    bool isEditable() const
    {
        return m_document && !m_document->isReadOnly() && !lifecycle::isClosed(m_document->campaign().settings.status);
    }

private:
    void onChanged(const Change& change);

    QPointer<CampaignDocument> m_document;
    std::vector<qint64> m_shape;
};

// A DocumentModel of rows and columns, without children.
class DocumentTableModel : public DocumentModel {
    Q_OBJECT
public:
    using DocumentModel::DocumentModel;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
};

} // namespace palmares
