// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Paper documents as PDF (docs/architecture.md, palmares_print): a page of rich text laid
// out on A4 with the application's fonts, for the passphrase letters and score sheets.
// Needs a QGuiApplication (its fonts); palmares-cli starts one on the offscreen platform.
namespace palmares::print {

// `html` (the subset QTextDocument reads) on A4 pages with 18 mm margins, in DejaVu Sans,
// the PDF's title set to `title`. Empty when Qt could not lay it out.
QByteArray pdfFromHtml(const QString& html, const QString& title);
// The same for a document of `parts`, each laid out alone from the top of a new page.
QByteArray pdfFromHtml(const QStringList& parts, const QString& title);

// How many pages a PDF written by pdfFromHtml has (its page objects counted).
int pageCount(const QByteArray& pdf);

} // namespace palmares::print
