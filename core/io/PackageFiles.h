// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/JurorPackage.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

// Juror packages as files (docs/juror-package.md): the export of one package per juror
// into a folder, and the reading of a package a juror sent back.
namespace palmares::package {

// The file name of `juror`'s package: their jury's name, their number and their name, as
// a file name every system takes (« jury-d-experts-03-claire-martin.palmjury »).
QString fileName(const Campaign& campaign, const Juror& juror);

struct ExportedFile {
    Id jurorId = 0;
    QString path;
    QString passphrase;
    int candidates = 0;
};

struct ExportResult {
    std::vector<ExportedFile> files;   // written, in the order asked
    std::vector<JurorPackage> records; // what the campaign keeps of them (Returns::recordExport)
    QString error;                     // why it stopped, naming the file; empty when every file was written
    bool cancelled = false;
};

// Writes the packages of `jurors` into `folder`, each whole or not at all (SafeFile). A
// juror who had a package keeps their passphrase (their letter stays good); the others get
// a new one. Each package holds the scores the campaign has of that juror, so exporting
// again after a change carries what came back. `progress(done, total)` is called before
// each package and after the last; false cancels (what is written stays written, and is
// in the result).
ExportResult exportPackages(const Campaign& campaign, const std::vector<Id>& jurors, const QString& folder,
                            const QDateTime& now, const AttachmentBytes& attachmentBytes,
                            const std::function<bool(int done, int total)>& progress = {});

// A package sent back to `campaign`, read from `bytes` (the file `path`): its header checked
// against the campaign (its identity, the juror, a passphrase kept for them) before any
// key is derived, then opened with that juror's passphrase. `sha256` is the file's.
PackageProblem readReturn(const Campaign& campaign, const QByteArray& bytes, PackageContents* contents,
                          QByteArray* sha256);

} // namespace palmares::package
