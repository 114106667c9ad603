// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/SealedFile.h"
#include "core/model/Package.h"

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

// A juror package's contents (docs/juror-package.md): built from a campaign for one
// juror, written as CBOR inside the sealed envelope (core/io/SealedFile), and read back
// with every field checked.
namespace palmares::package {

// The extension of package files.
inline QString suffix()
{
    return QStringLiteral("palmjury");
}

// What `jurorId`'s package holds: the campaign's scale for their jury, its criteria and
// rubric, the candidates assigned to them (rules: assignedTo) with their attachments'
// bytes (read through `attachmentBytes`; nullopt stops with `error`), and their scores
// held by the campaign, each based on its own time. Nullopt when there is no such juror.
using AttachmentBytes = std::function<std::optional<QByteArray>(Id attachmentId, QString* error)>;
std::optional<PackageContents> contentsFor(const Campaign& campaign, Id jurorId, const QDateTime& now,
                                           const AttachmentBytes& attachmentBytes, QString* error);

// The contents as CBOR, and back: decode() refuses (BadContents) anything that is not
// exactly what encode() writes, field by field.
QByteArray encode(const PackageContents& contents);
PackageProblem decode(const QByteArray& cbor, PackageContents* contents);

// A whole package file: `contents` sealed under `key` with `header`.
QByteArray seal(const PackageContents& contents, const sealed::Header& header, const sealed::Key& key);

// Opens a package file with `passphrase`: its header, key, seal and contents, in that
// order, each its problem; the contents must name the campaign and the juror the header
// names. The key is given back when asked, for saving the package again (juror mode).
PackageProblem open(const QByteArray& file, const QString& passphrase, PackageContents* contents,
                    sealed::Header* header = nullptr, std::unique_ptr<sealed::Key>* key = nullptr);

// Opens `file` with a key already derived for its header (juror mode's autosave reads
// back what it wrote).
PackageProblem openWithKey(const QByteArray& file, const sealed::Key& key, PackageContents* contents);

} // namespace palmares::package
