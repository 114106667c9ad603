// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/DocumentTableModel.h"

namespace palmares {

DocumentModel::DocumentModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

void DocumentModel::setDocument(CampaignDocument* document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &CampaignDocument::changed, this, &DocumentModel::onChanged);
        // A document closed under the model leaves it empty, not pointing at nothing.
        connect(m_document, &QObject::destroyed, this, [this] { setDocument(nullptr); });
    }
    rebuild();
    takeShape();
    endResetModel();
}

void DocumentModel::onChanged(const Change& change)
{
    if (!concerns(change))
        return;
    const std::vector<qint64> shape = shapeKeys();
    if (shape == m_shape) {
        rebuild();
        refreshCells();
        return;
    }
    beginResetModel();
    rebuild();
    m_shape = shape;
    endResetModel();
}

void DocumentModel::refreshCells()
{
    const int rows = rowCount(), columns = columnCount();
    if (rows > 0 && columns > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
    if (columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
}

bool DocumentModel::apply(const Edit& edit)
{
    QString error;
    if (!m_document || m_document->apply(edit, &error))
        return true;
    emit problem(error);
    return false;
}

QModelIndex DocumentTableModel::index(int row, int column, const QModelIndex& parent) const
{
    return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
}

QModelIndex DocumentTableModel::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex DocumentTableModel::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

bool DocumentTableModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount(parent) > 0 && columnCount(parent) > 0;
}

Qt::ItemFlags DocumentTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = DocumentModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace palmares
