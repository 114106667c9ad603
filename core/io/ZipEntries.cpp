// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ZipEntries.h"

#include <QXmlStreamReader>

#include <zip.h>

namespace palmares {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number((bytes + (qint64(1) << 20) - 1) >> 20);
}

} // namespace

ZipEntry::ZipEntry(ZipEntries& zip, zip_file* file, const QString& name, qint64 declared)
    : m_zip(zip)
    , m_file(file)
    , m_name(name)
    , m_declared(declared)
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

ZipEntry::~ZipEntry()
{
    zip_fclose(m_file);
}

qint64 ZipEntry::readData(char* data, qint64 maxSize)
{
    if (!m_problem.isEmpty() || maxSize <= 0)
        return 0;
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
    if (n < 0) {
        m_problem = m_zip.damaged(QStringLiteral("%1: %2").arg(m_name, QString::fromUtf8(zip_file_strerror(m_file))));
        return 0;
    }
    m_inflated += n;
    m_zip.m_inflatedTotal += n;
    // Never trust the declared sizes alone: what is inflated is counted too.
    if (m_inflated > m_declared) {
        m_problem = m_zip.damaged(
            QStringLiteral("%1: %2").arg(m_name, ZipEntries::tr("more bytes than the zip's directory says")));
        return 0;
    }
    if (m_zip.m_inflatedTotal > ZipEntries::maxTotalBytes) {
        m_problem = ZipEntries::tr("%1: %2 would take more than %3 MB once uncompressed, more than a workbook may "
                                   "take. Is it a zip bomb?")
                        .arg(m_zip.fileName(), m_name, megabytes(ZipEntries::maxTotalBytes));
        return 0;
    }
    if (n == 0 && m_inflated != m_declared) {
        m_problem = m_zip.damaged(
            QStringLiteral("%1: %2").arg(m_name, ZipEntries::tr("fewer bytes than the zip's directory says")));
        return 0;
    }
    return n;
}

bool ZipEntry::readToEnd()
{
    char buffer[16384];
    while (read(buffer, sizeof buffer) > 0) {
    }
    return m_problem.isEmpty();
}

ZipEntries::ZipEntries(const QByteArray& bytes, const QString& fileName)
    : m_fileName(fileName)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (source) {
        m_zip = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (!m_zip)
            zip_source_free(source);
    }
    if (!m_zip)
        m_openError = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
}

ZipEntries::~ZipEntries()
{
    if (m_zip)
        zip_discard(m_zip);
}

qint64 ZipEntries::index(const QString& name) const
{
    return m_zip ? zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) : -1;
}

bool ZipEntries::contains(const QString& name) const
{
    return index(name) >= 0;
}

std::unique_ptr<ZipEntry> ZipEntries::open(const QString& name, QString* error)
{
    const qint64 i = index(name);
    zip_stat_t st;
    zip_stat_init(&st);
    if (i < 0 || zip_stat_index(m_zip, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        !(st.valid & ZIP_STAT_COMP_SIZE)) {
        *error = damaged(tr("%1 is missing").arg(name));
        return nullptr;
    }
    // Refused before anything is inflated.
    const auto size = qint64(st.size);
    const auto compressed = qint64(st.comp_size);
    if (st.size > zip_uint64_t(maxTotalBytes) || m_declaredTotal + size > maxTotalBytes) {
        *error = tr("%1: %2 would take %3 MB once uncompressed, more than the %4 MB a workbook may take. Is it a "
                    "zip bomb?")
                     .arg(m_fileName, name, megabytes(m_declaredTotal + size), megabytes(maxTotalBytes));
        return nullptr;
    }
    if (size > ratioFromBytes && (compressed == 0 || size / compressed > maxRatio)) {
        *error = tr("%1: %2 is compressed %3 to 1, more than the %4 to 1 of any spreadsheet. Is it a zip bomb?")
                     .arg(m_fileName, name)
                     .arg(compressed == 0 ? size : size / compressed)
                     .arg(maxRatio);
        return nullptr;
    }
    zip_file_t* file = zip_fopen_index(m_zip, zip_uint64_t(i), 0);
    if (!file) {
        *error = damaged(QStringLiteral("%1: %2").arg(name, QString::fromUtf8(zip_strerror(m_zip))));
        return nullptr;
    }
    m_declaredTotal += size;
    return std::unique_ptr<ZipEntry>(new ZipEntry(*this, file, name, size));
}

bool ZipEntries::parseXml(const QString& name, QString* error, const ElementHandler& onStart,
                          const std::function<QString(const QString&)>& damagedText)
{
    const std::unique_ptr<ZipEntry> entry = open(name, error);
    if (!entry)
        return false;
    QXmlStreamReader xml(entry.get());
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && !onStart(xml, *entry))
            return false;
    if (!entry->problem().isEmpty()) {
        *error = entry->problem();
        return false;
    }
    if (xml.hasError()) {
        const QString detail = QStringLiteral("%1, line %2, column %3: %4")
                                   .arg(name)
                                   .arg(xml.lineNumber())
                                   .arg(xml.columnNumber())
                                   .arg(xml.errorString());
        *error = damagedText ? damagedText(detail) : damaged(detail);
        return false;
    }
    if (!entry->readToEnd()) {
        *error = entry->problem();
        return false;
    }
    return true;
}

QString ZipEntries::damaged(const QString& detail) const
{
    return tr("%1 is damaged or incomplete (%2): it cannot be read. Save it again from its spreadsheet program.")
        .arg(m_fileName, detail);
}

} // namespace palmares
