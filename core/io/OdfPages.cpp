// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/OdfPages.h"

#include <QScopeGuard>
#include <QXmlStreamWriter>

#include <zip.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace palmares::odf {

namespace {

const QString office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString manifest = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");

// The paragraph of the footer: `pattern`'s %1 and %2 as the page number and count fields.
void pageNumbers(QXmlStreamWriter& xml, const QString& pattern)
{
    qsizetype at = 0;
    while (at < pattern.size()) {
        const qsizetype next = pattern.indexOf(QLatin1Char('%'), at);
        if (next < 0 || next + 1 >= pattern.size()) {
            xml.writeCharacters(pattern.mid(at));
            return;
        }
        xml.writeCharacters(pattern.mid(at, next - at));
        const QChar which = pattern.at(next + 1);
        if (which == QLatin1Char('1')) {
            xml.writeStartElement(text, QStringLiteral("page-number"));
            xml.writeAttribute(text, QStringLiteral("select-page"), QStringLiteral("current"));
            xml.writeEndElement();
        } else if (which == QLatin1Char('2')) {
            xml.writeEmptyElement(text, QStringLiteral("page-count"));
        } else {
            xml.writeCharacters(pattern.mid(next, 2));
        }
        at = next + 2;
    }
}

QByteArray styles(const QString& header, const QString& title, const QString& pageOfPages)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(office, QStringLiteral("office"));
    xml.writeNamespace(style, QStringLiteral("style"));
    xml.writeNamespace(text, QStringLiteral("text"));
    xml.writeNamespace(fo, QStringLiteral("fo"));
    xml.writeStartElement(office, QStringLiteral("document-styles"));
    xml.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.2"));
    xml.writeStartElement(office, QStringLiteral("automatic-styles"));
    // A4 with the PDF's margins: 18 mm at the sides, the header and footer inside 12 mm.
    xml.writeStartElement(style, QStringLiteral("page-layout"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("pm1"));
    xml.writeEmptyElement(style, QStringLiteral("page-layout-properties"));
    xml.writeAttribute(fo, QStringLiteral("page-width"), QStringLiteral("210mm"));
    xml.writeAttribute(fo, QStringLiteral("page-height"), QStringLiteral("297mm"));
    xml.writeAttribute(style, QStringLiteral("print-orientation"), QStringLiteral("portrait"));
    xml.writeAttribute(fo, QStringLiteral("margin-top"), QStringLiteral("12mm"));
    xml.writeAttribute(fo, QStringLiteral("margin-bottom"), QStringLiteral("10mm"));
    xml.writeAttribute(fo, QStringLiteral("margin-left"), QStringLiteral("18mm"));
    xml.writeAttribute(fo, QStringLiteral("margin-right"), QStringLiteral("18mm"));
    for (const char* part : {"header-style", "footer-style"}) {
        xml.writeStartElement(style, QLatin1String(part));
        xml.writeEmptyElement(style, QStringLiteral("header-footer-properties"));
        xml.writeAttribute(fo, QStringLiteral("min-height"), QStringLiteral("0mm"));
        xml.writeAttribute(
            fo, qstrcmp(part, "header-style") == 0 ? QStringLiteral("margin-bottom") : QStringLiteral("margin-top"),
            QStringLiteral("8mm"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // page-layout
    // MP1, the header: the campaign on the left, the title at a right tab stop; MP2, the
    // footer, centred.
    for (const auto& [name, align] : {std::pair{"MP1", "start"}, std::pair{"MP2", "center"}}) {
        xml.writeStartElement(style, QStringLiteral("style"));
        xml.writeAttribute(style, QStringLiteral("name"), QLatin1String(name));
        xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("paragraph"));
        xml.writeStartElement(style, QStringLiteral("paragraph-properties"));
        xml.writeAttribute(fo, QStringLiteral("text-align"), QLatin1String(align));
        if (qstrcmp(name, "MP1") == 0) {
            xml.writeStartElement(style, QStringLiteral("tab-stops"));
            xml.writeEmptyElement(style, QStringLiteral("tab-stop"));
            xml.writeAttribute(style, QStringLiteral("position"), QStringLiteral("174mm"));
            xml.writeAttribute(style, QStringLiteral("type"), QStringLiteral("right"));
            xml.writeEndElement();
        }
        xml.writeEndElement(); // paragraph-properties
        xml.writeEmptyElement(style, QStringLiteral("text-properties"));
        xml.writeAttribute(style, QStringLiteral("font-name"), QStringLiteral("DejaVu Sans"));
        xml.writeAttribute(fo, QStringLiteral("font-size"), QStringLiteral("8pt"));
        xml.writeAttribute(fo, QStringLiteral("color"), QStringLiteral("#555555"));
        xml.writeEndElement();
    }
    xml.writeEndElement(); // automatic-styles
    xml.writeStartElement(office, QStringLiteral("master-styles"));
    xml.writeStartElement(style, QStringLiteral("master-page"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(style, QStringLiteral("page-layout-name"), QStringLiteral("pm1"));
    xml.writeStartElement(style, QStringLiteral("header"));
    xml.writeStartElement(text, QStringLiteral("p"));
    xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("MP1"));
    xml.writeCharacters(header);
    xml.writeEmptyElement(text, QStringLiteral("tab"));
    xml.writeCharacters(title);
    xml.writeEndElement();
    xml.writeEndElement(); // header
    xml.writeStartElement(style, QStringLiteral("footer"));
    xml.writeStartElement(text, QStringLiteral("p"));
    xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("MP2"));
    pageNumbers(xml, pageOfPages);
    xml.writeEndElement();
    xml.writeEndElement(); // footer
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles
    xml.writeEndElement(); // document-styles
    xml.writeEndDocument();
    return bytes;
}

// The manifest, naming styles.xml besides what it named.
QByteArray withStylesInManifest(const QByteArray& old)
{
    const QByteArray entry =
        QByteArrayLiteral("<manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>");
    if (old.contains("\"styles.xml\""))
        return old;
    QByteArray updated = old;
    const qsizetype end = updated.lastIndexOf("</manifest:manifest>");
    if (end < 0)
        return {};
    updated.insert(end, entry);
    return updated;
}

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};

} // namespace

QByteArray Pages::withPages(const QByteArray& odt, const QString& header, const QString& title,
                            const QString& pageOfPages, QString* error)
{
    zip_error_t problem;
    zip_error_init(&problem);
    const auto cleanup = qScopeGuard([&] { zip_error_fini(&problem); });
    const auto failed = [&](const QString& why) {
        *error = tr("the OpenDocument file could not be completed: %1").arg(why);
        return QByteArray();
    };
    // The entries of `odt` are copied into a new archive, in their order (mimetype first,
    // stored), with the manifest naming styles.xml, and styles.xml added.
    zip_source_t* from = zip_source_buffer_create(odt.constData(), zip_uint64_t(odt.size()), 0, &problem);
    if (!from)
        return failed(QString::fromUtf8(zip_error_strerror(&problem)));
    std::unique_ptr<zip_t, ZipCloser> in(zip_open_from_source(from, ZIP_RDONLY, &problem));
    if (!in) {
        zip_source_free(from);
        return failed(QString::fromUtf8(zip_error_strerror(&problem)));
    }
    zip_source_t* to = zip_source_buffer_create(nullptr, 0, 0, &problem);
    if (!to)
        return failed(QString::fromUtf8(zip_error_strerror(&problem)));
    zip_source_keep(to); // read after the archive on it is closed
    const auto release = qScopeGuard([to] { zip_source_free(to); });
    std::unique_ptr<zip_t, ZipCloser> out(zip_open_from_source(to, ZIP_TRUNCATE, &problem));
    if (!out) {
        zip_source_free(to); // the reference the archive did not take
        return failed(QString::fromUtf8(zip_error_strerror(&problem)));
    }
    const QByteArray newStyles = styles(header, title, pageOfPages);
    const zip_int64_t entries = zip_get_num_entries(in.get(), 0);
    // Each entry read whole and added from memory (the same on every libzip: Debian 12's has
    // no zip_source_zip_file, Debian 13's deprecates zip_source_zip); kept until the close.
    std::vector<QByteArray> kept;
    kept.reserve(size_t(std::max<zip_int64_t>(0, entries)));
    for (zip_int64_t i = 0; i < entries; ++i) {
        const char* name = zip_get_name(in.get(), zip_uint64_t(i), 0);
        if (!name || qstrcmp(name, "styles.xml") == 0)
            continue;
        zip_stat_t st;
        zip_stat_init(&st);
        zip_file_t* f = zip_stat_index(in.get(), zip_uint64_t(i), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
                                st.size < (zip_uint64_t(1) << 30)
                            ? zip_fopen_index(in.get(), zip_uint64_t(i), 0)
                            : nullptr;
        if (!f)
            return failed(tr("its entry %1 cannot be read").arg(QString::fromUtf8(name)));
        QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
        const zip_int64_t n = zip_fread(f, bytes.data(), st.size);
        zip_fclose(f);
        if (n != zip_int64_t(st.size))
            return failed(tr("its entry %1 cannot be read").arg(QString::fromUtf8(name)));
        if (qstrcmp(name, "META-INF/manifest.xml") == 0) {
            bytes = withStylesInManifest(bytes);
            if (bytes.isEmpty())
                return failed(tr("its manifest cannot be read"));
        }
        kept.push_back(bytes);
        zip_source_t* entry =
            zip_source_buffer(out.get(), kept.back().constData(), zip_uint64_t(kept.back().size()), 0);
        const zip_int64_t added = entry ? zip_file_add(out.get(), name, entry, ZIP_FL_ENC_UTF_8) : -1;
        if (added < 0) {
            if (entry)
                zip_source_free(entry);
            return failed(QString::fromUtf8(zip_strerror(out.get())));
        }
        if (qstrcmp(name, "mimetype") == 0)
            zip_set_file_compression(out.get(), zip_uint64_t(added), ZIP_CM_STORE, 0);
    }
    zip_source_t* s = zip_source_buffer(out.get(), newStyles.constData(), zip_uint64_t(newStyles.size()), 0);
    if (!s || zip_file_add(out.get(), "styles.xml", s, ZIP_FL_ENC_UTF_8) < 0) {
        if (s)
            zip_source_free(s);
        return failed(QString::fromUtf8(zip_strerror(out.get())));
    }
    if (zip_close(out.get()) != 0)
        return failed(QString::fromUtf8(zip_strerror(out.get())));
    (void)out.release(); // closed, and freed by zip_close
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(to, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || zip_source_open(to) != 0)
        return failed(QString::fromUtf8(zip_error_strerror(zip_source_error(to))));
    QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t n = zip_source_read(to, bytes.data(), st.size);
    zip_source_close(to);
    if (n != zip_int64_t(st.size))
        return failed(QString::fromUtf8(zip_error_strerror(zip_source_error(to))));
    return bytes;
}

} // namespace palmares::odf
