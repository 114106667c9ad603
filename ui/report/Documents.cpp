// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/Composer.h"
#include "ui/report/Report.h"

#include "core/engine/Evaluation.h"
#include "core/files/SafeFile.h"
#include "core/io/OdfPages.h"
#include "core/model/Campaign.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace palmares::report {

namespace {

// A4, in millimetres: the text between these margins, the running header above it and the
// page number below.
constexpr double sideMm = 18;
constexpr double topMm = 24;
constexpr double bottomMm = 20;
constexpr double headerMm = 13;
constexpr double footerMm = 11;

Sections sectionsOf(Kind kind)
{
    return kind == Kind::LaureateReport ? laureateReportSections() : minutesSections();
}

// Writes the sections into `document`; false when `progress` cancelled.
bool compose(const Sections& sections, const Input& in, Composer& out, const Documents::Progress& progress, int total)
{
    for (size_t i = 0; i < sections.size(); ++i) {
        sections[i]->write(out, in);
        if (progress && !progress(int(i) + 1, total))
            return false;
    }
    out.finish();
    return true;
}

} // namespace

QString Documents::shortTitle(Kind kind)
{
    return kind == Kind::LaureateReport ? tr("Ranked laureate report") : tr("Minutes of the deliberation");
}

QString Documents::pageOfPages()
{
    //: The foot of each page of a report: its number and how many there are.
    return tr("Page %1 of %2");
}

QString Documents::title(Kind kind, const Campaign& campaign)
{
    return kind == Kind::LaureateReport ? tr("Ranked laureate report — %1").arg(campaign.settings.name)
                                        : tr("Minutes of the deliberation — %1").arg(campaign.settings.name);
}

QByteArray Documents::pdf(Kind kind, const Input& in, const Progress& progress, bool* cancelled)
{
    if (cancelled)
        *cancelled = false;
    const Sections sections = sectionsOf(kind);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    {
        QPdfWriter writer(&buffer);
        QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                           QPageLayout::Millimeter);
        layout.setMode(QPageLayout::FullPageMode);
        writer.setPageLayout(layout);
        writer.setResolution(300);
        writer.setTitle(title(kind, in.campaign));
        writer.setCreator(QStringLiteral("Palmarès " PALMARES_VERSION));
        const double dpi = writer.resolution();
        const auto mm = [dpi](double v) { return v / 25.4 * dpi; };
        const QSizeF page(writer.width() - 2 * mm(sideMm), writer.height() - mm(topMm) - mm(bottomMm));

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(page);
        Composer out(&document, dpi, Composer::Charts::Drawn);
        // Steps: the sections, then the pages (counted once laid out; guessed until then).
        int total = int(sections.size()) + 20;
        if (!compose(sections, in, out, progress, total)) {
            if (cancelled)
                *cancelled = true;
            return {};
        }
        const int pages = document.pageCount();
        total = int(sections.size()) + pages;

        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        QFont small(QStringLiteral("DejaVu Sans"));
        small.setPointSizeF(8);
        const QString header = in.campaign.settings.name;
        const QString what =
            kind == Kind::LaureateReport ? tr("Ranked laureate report") : tr("Minutes of the deliberation");
        for (int i = 0; i < pages; ++i) {
            if (i > 0 && !writer.newPage())
                return {};
            painter.save();
            painter.translate(mm(sideMm), mm(topMm) - page.height() * i);
            document.drawContents(&painter, QRectF(QPointF(0, page.height() * i), page));
            painter.restore();
            painter.setFont(small);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const double width = writer.width() - 2 * mm(sideMm);
            // The cover has no running header.
            if (i > 0) {
                const QRectF band(mm(sideMm), mm(headerMm) - mm(4), width, mm(5));
                painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom, header);
                painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, what);
                painter.setPen(QPen(QColor(0xb0, 0xb8, 0xc4), mm(0.2)));
                painter.drawLine(QPointF(mm(sideMm), mm(headerMm) + mm(1.5)),
                                 QPointF(mm(sideMm) + width, mm(headerMm) + mm(1.5)));
                painter.setPen(QColor(0x55, 0x55, 0x55));
            }
            painter.drawText(QRectF(mm(sideMm), writer.height() - mm(footerMm) - mm(4), width, mm(5)),
                             Qt::AlignHCenter | Qt::AlignBottom, pageOfPages().arg(i + 1).arg(pages));
            if (progress && !progress(int(sections.size()) + i + 1, total)) {
                painter.end();
                if (cancelled)
                    *cancelled = true;
                return {};
            }
        }
        painter.end();
    }
    buffer.close();
    return bytes.startsWith("%PDF-") ? bytes : QByteArray();
}

QByteArray Documents::odt(Kind kind, const Input& in, const Progress& progress, bool* cancelled, QString* why)
{
    if (cancelled)
        *cancelled = false;
    const Sections sections = sectionsOf(kind);
    QTextDocument document;
    document.setMetaInformation(QTextDocument::DocumentTitle, title(kind, in.campaign));
    Composer out(&document, 96, Composer::Charts::Pictures);
    const int total = int(sections.size()) + 1;
    if (!compose(sections, in, out, progress, total)) {
        if (cancelled)
            *cancelled = true;
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    QTextDocumentWriter writer(&buffer, "ODF");
    if (!writer.write(&document))
        return {};
    buffer.close();
    // Qt writes the content only: the pages (A4, header, numbers) are added to it.
    QString error;
    const QByteArray paged =
        odf::Pages::withPages(bytes, in.campaign.settings.name, shortTitle(kind), pageOfPages(), &error);
    if (why)
        *why = error;
    if (progress)
        progress(total, total);
    return paged;
}

std::vector<QString> Documents::writeFiles(const QString& path, bool minutes, bool publicVersion,
                                           const Campaign& campaign, const Evaluation& evaluation, QString* error)
{
    Spreadsheets::Written written = write(path, minutes ? Kind::Minutes : Kind::LaureateReport, campaign, evaluation,
                                          publicVersion ? Audience::Public : Audience::Full);
    *error = written.error;
    return written.files;
}

bool Documents::isDocument(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("odt");
}

Spreadsheets::Written Documents::write(const QString& path, Kind kind, const Campaign& campaign,
                                       const Evaluation& evaluation, Audience audience, const Progress& progress)
{
    Spreadsheets::Written written;
    const Input in{campaign, evaluation, audience, QDateTime::currentDateTime()};
    const bool odf = QFileInfo(path).suffix().toLower() == QLatin1String("odt");
    QString why;
    const QByteArray bytes =
        odf ? odt(kind, in, progress, &written.cancelled, &why) : pdf(kind, in, progress, &written.cancelled);
    if (written.cancelled)
        return written;
    if (bytes.isEmpty()) {
        written.error = SafeFile::cannotWrite(QDir::toNativeSeparators(path),
                                              why.isEmpty() ? tr("the document could not be laid out") : why);
        return written;
    }
    if (!SafeFile::write(path, bytes, &written.error))
        return written;
    written.files.push_back(path);
    return written;
}

} // namespace palmares::report
