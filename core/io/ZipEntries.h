// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>

class QXmlStreamReader;

struct zip;      // libzip's zip_t
struct zip_file; // libzip's zip_file_t

namespace palmares {

class ZipEntries;

// One entry of a zip, inflated as it is read. Reading stops, with its problem(), at a
// damaged entry (libzip checks the CRC when the last byte is read) or at more bytes
// than the zip's directory or the limits say; then the device reads as ended, so that an
// XML reader on it stops with a premature end of document.
class ZipEntry : public QIODevice {
public:
    ~ZipEntry() override;
    bool isSequential() const override { return true; }
    // Why reading stopped before the entry's end; empty when it did not.
    const QString& problem() const { return m_problem; }
    // Reads what is left of the entry (the XML parsed, its CRC still has to be checked):
    // false when a problem was met.
    bool readToEnd();
    qint64 inflated() const { return m_inflated; }
    qint64 declaredSize() const { return m_declared; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    friend class ZipEntries;
    ZipEntry(ZipEntries& zip, zip_file* file, const QString& name, qint64 declared);

    ZipEntries& m_zip;
    zip_file* m_file;
    QString m_name;
    qint64 m_declared;
    qint64 m_inflated = 0;
    QString m_problem;
};

// The entries of a workbook (a zip held in memory) read through libzip, within limits:
// an entry is refused before it is inflated when the sizes its zip declares pass
// maxTotalBytes in all, or when it is over ratioFromBytes and compressed more than
// maxRatio to 1 (a zip bomb); it is stopped while inflated when it gives more bytes than
// declared or than the limit.
class ZipEntries {
    Q_DECLARE_TR_FUNCTIONS(ZipEntries)
public:
    // As much as a sheet file read whole (SheetReader::maxFileBytes): 1.5 million scores
    // in a worksheet take about 250 MB of XML.
    static constexpr qint64 maxTotalBytes = qint64(1) << 30;
    static constexpr qint64 maxRatio = 100;
    static constexpr qint64 ratioFromBytes = qint64(1) << 20;

    // `bytes` must outlive this object, unchanged; `fileName` names the file in messages.
    ZipEntries(const QByteArray& bytes, const QString& fileName);
    ~ZipEntries();
    ZipEntries(const ZipEntries&) = delete;
    ZipEntries& operator=(const ZipEntries&) = delete;

    // Why the bytes are not a zip that libzip can read; empty when they are.
    const QString& openError() const { return m_openError; }
    bool contains(const QString& name) const;
    // The entry `name` (case ignored, as OOXML part names are), ready to read; null with
    // the reason in `error` when it is missing, beyond the limits or cannot be opened.
    std::unique_ptr<ZipEntry> open(const QString& name, QString* error);

    // Reads the XML entry `name` to its end, giving each start element to `onStart`,
    // which may read that element's content or return false with `error` set. Any XML
    // error refuses the entry, its message from `damagedText` (default: damaged()); so
    // does a damaged zip entry, its CRC checked once the XML is read.
    using ElementHandler = std::function<bool(QXmlStreamReader& xml, const ZipEntry& entry)>;
    bool parseXml(const QString& name, QString* error, const ElementHandler& onStart,
                  const std::function<QString(const QString&)>& damagedText = {});

    // "<file> is damaged or incomplete (<detail>)": the one message for a broken file.
    QString damaged(const QString& detail) const;
    const QString& fileName() const { return m_fileName; }

private:
    friend class ZipEntry;
    qint64 index(const QString& name) const;

    zip* m_zip = nullptr;
    QString m_fileName;
    QString m_openError;
    qint64 m_declaredTotal = 0;
    qint64 m_inflatedTotal = 0;
};

} // namespace palmares
