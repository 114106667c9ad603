// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <vector>

#include <zip.h>

// Writes a zip with libzip from entries held in memory: the tests build their damaged
// and hostile workbooks at run time, entry by entry.
namespace palmares::test {

struct ZipItem {
    QString name;
    QByteArray bytes;
    bool stored = false; // ZIP_CM_STORE: the bytes as they are in the file (else deflated)
};

inline bool writeZip(const QString& path, const std::vector<ZipItem>& items)
{
    int error = 0;
    zip_t* zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    for (const ZipItem& item : items) {
        zip_source_t* source = zip_source_buffer(zip, item.bytes.constData(), zip_uint64_t(item.bytes.size()), 0);
        const zip_int64_t index =
            source ? zip_file_add(zip, item.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return false;
        }
        if (item.stored && zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_STORE, 0) != 0) {
            zip_discard(zip);
            return false;
        }
    }
    if (zip_close(zip) != 0) { // the bytes are read, and deflated, here
        zip_discard(zip);
        return false;
    }
    return true;
}

} // namespace palmares::test
