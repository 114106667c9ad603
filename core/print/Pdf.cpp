// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print/Pdf.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace palmares::print {

QByteArray pdfFromHtml(const QString& html, const QString& title)
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
        QTextDocument document;
        // Laid out for the writer itself: its resolution for the fonts, its page (inside the
        // margins) for the lines; else print() would add margins of its own.
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(QSizeF(writer.width(), writer.height()));
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(11);
        document.setDefaultFont(font);
        document.setHtml(html);
        document.print(&writer);
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
