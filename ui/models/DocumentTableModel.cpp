// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/DocumentTableModel.h"

namespace palmares {

DocumentTableModel::DocumentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DocumentTableModel::setDocument(CampaignDocument* document)
{
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CampaignDocument::changed, this, &DocumentTableModel::onChanged);
    rebuild();
    takeShape();
    endResetModel();
}

void DocumentTableModel::onChanged(const Change& change)
{
    if (!concerns(change))
        return;
    const std::vector<qint64> shape = shapeKeys();
    if (shape == m_shape) {
        rebuild();
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        if (columnCount() > 0)
            emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        return;
    }
    beginResetModel();
    rebuild();
    m_shape = shape;
    endResetModel();
}

bool DocumentTableModel::apply(Change change)
{
    QString error;
    if (!m_document || m_document->apply(std::move(change), &error))
        return true;
    emit problem(error);
    return false;
}

} // namespace palmares
