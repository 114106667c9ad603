// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/Edits.h"
#include "core/model/Package.h"

#include <QCoreApplication>

#include <vector>

// Juror packages as edits (docs/juror-package.md): recording an export, and taking in
// what a juror sent back, one Change each, so that a return is one transaction with its
// audit entry and can be undone.
namespace palmares {

// What a return brings, before anything is written.
struct ReturnPlan {
    Edit edit;         // the scores taken and the package's record; unchanged when it brings nothing new
    int taken = 0;     // scores written
    int unchanged = 0; // the same as the campaign's, or left as they were by the juror
    std::vector<ReturnConflict> conflicts;
    std::vector<SkippedScore> skipped;
    bool alreadyImported = false; // this very file was imported last
    bool submitted = false;       // the juror has submitted it
};

class Returns {
    Q_DECLARE_TR_FUNCTIONS(Returns)
public:
    // The origin a score taken from the package file `fileName` is stored with.
    static QString origin(const QString& fileName);

    // What the package `contents` (already opened: its campaign and juror checked) read
    // from `fileName`, whose bytes hash to `sha256`, brings to `campaign` at `now`. A score
    // the juror changed is taken when the campaign's value is still the one it was based
    // on, and is a conflict otherwise; a score left untouched never replaces the campaign's.
    static ReturnPlan plan(const Campaign& campaign, const PackageContents& contents, const QString& fileName,
                           const QByteArray& sha256, const QDateTime& now);

    // The returned value of `conflict` taken over the campaign's (the organizer settled it).
    static Edit settle(const Campaign& campaign, const ReturnConflict& conflict, const QString& fileName);

    // The campaign's record of the packages just exported for `records`' jurors (their
    // passphrase and export time); what came back before is kept.
    static Edit recordExport(const Campaign& campaign, const std::vector<JurorPackage>& records);
};

} // namespace palmares
