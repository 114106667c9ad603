// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// What Qt's OpenDocument writer leaves out of a text (QTextDocumentWriter writes the content
// only): its pages. The reports' ODT gets A4 pages with the margins of their PDF, a running
// header and the page numbers, in a styles.xml added to the zip (libzip).
namespace palmares::odf {

class Pages {
    Q_DECLARE_TR_FUNCTIONS(Pages)
public:
    // `odt` with A4 pages headed by `header` on the left and `title` on the right, and
    // footed by `pageOfPages` (« Page %1 sur %2 »: %1 the page's number, %2 the count, both
    // as fields the editor keeps up to date). Empty, with *error, when `odt` is no zip.
    static QByteArray withPages(const QByteArray& odt, const QString& header, const QString& title,
                                const QString& pageOfPages, QString* error);
};

} // namespace palmares::odf
