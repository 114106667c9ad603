// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/CampaignDocument.h"
#include "core/edit/Returns.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

// Juror packages on the open document, for the Juries page, File › Import juror returns and
// palmares-cli alike (docs/juror-package.md): the export of packages and their letters,
// recorded in the campaign; a returned file read and planned before anything is written.
namespace palmares {

class JurorPackages {
    Q_DECLARE_TR_FUNCTIONS(JurorPackages)
public:
    struct Written {
        Id jurorId = 0;
        QString package; // its path
        QString letter;  // its letter's path
        int candidates = 0;
    };
    struct ExportOutcome {
        std::vector<Written> files;
        QString letters; // the letters' folder
        QString error;   // why it stopped, naming the file; empty when all went well
        bool cancelled = false;
    };

    // Writes the packages of `jurors` into `folder` and their passphrase letters into its
    // subfolder (lettersFolder()), and records the export in `document` (one change,
    // journal action "export_packages"). `progress(done, total)` as in
    // package::exportPackages; false cancels (what is written is recorded). When the record
    // cannot be saved, the packages of jurors who had none are removed: their passphrase
    // would be lost.
    static ExportOutcome exportPackages(CampaignDocument& document, const std::vector<Id>& jurors,
                                        const QString& folder,
                                        const std::function<bool(int done, int total)>& progress = {});
    static QString lettersFolder(const QString& folder);

    // A returned file, read, checked and planned against `campaign`: `problem` says why it is
    // refused (naming the file), else `plan` says what it brings.
    struct Return {
        QString path;
        QString problem;
        ReturnPlan plan;
    };
    static Return read(const Campaign& campaign, const QString& path, const QDateTime& now);
    // Applies a return planned by read() (journal action "import_return"), with `reason`
    // when scores change in deliberation. False, with why, when the document refuses it.
    static bool apply(CampaignDocument& document, const Return& r, const QString& reason, QString* error);
    // What a return brings, in a sentence: scores taken, unchanged, in conflict, no longer
    // applicable, and whether the juror submitted it.
    static QString summary(const ReturnPlan& plan);
};

} // namespace palmares
