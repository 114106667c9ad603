// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print/Pdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace palmares::print {

QByteArray pdfFromHtml(const QString& html, const QString& title)
{
    return pdfFromHtml(QStringList{html}, title);
}

QByteArray pdfFromHtml(const QStringList& parts, const QString& title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Palmarès " PALMARES_VERSION));
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(11);
        const QSizeF page(writer.width(), writer.height());
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        bool first = true;
        for (const QString& html : parts) {
            // Each part laid out alone, for the writer itself: its resolution for the fonts,
            // its page (inside the margins) for the lines. A document of many short parts is
            // laid out in time proportional to its length.
            QTextDocument document;
            document.documentLayout()->setPaintDevice(&writer);
            document.setPageSize(page);
            document.setDefaultFont(font);
            document.setHtml(html);
            for (int i = 0; i < document.pageCount(); ++i) {
                if (!first && !writer.newPage())
                    return {};
                first = false;
                painter.save();
                painter.translate(0, -page.height() * i);
                document.drawContents(&painter, QRectF(QPointF(0, page.height() * i), page));
                painter.restore();
            }
        }
        painter.end();
    }
    buffer.close();
    return bytes.startsWith("%PDF-") ? bytes : QByteArray();
}

int pageCount(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace palmares::print
