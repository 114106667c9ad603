// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

// Juror packages (docs/juror-package.md): what one holds once opened, as plain data, and
// what can make a file unreadable as one. The envelope (core/io/SealedFile) seals it, its
// codec (core/io/JurorPackage) writes it; the presentation layer says problems in words
// (Words::packageProblem).
namespace palmares {

enum class PackageProblem {
    None,
    NotAPackage,        // not the format's mark, or a header that cannot be read
    NewerFormat,        // written by a newer version
    Truncated,          // shorter than its header and tag
    WrongKeyOrModified, // the tag does not match: a wrong passphrase, or a changed byte
    BadCost,            // a header asking for an absurd Argon2id cost (a forged file)
    OutOfMemory,        // Argon2id could not get its memory
    BadContents,        // the tag matches but the contents are not a package's (another version's bug)
    OtherCampaign,      // a package of another campaign
    OtherJuror,         // a package of a juror other than the one expected
    UnknownJuror,       // a juror this campaign does not have (or no longer has)
    NoPassphrase,       // no package was exported for that juror: no passphrase to open it with
};

// One score in a package. `base` is the time of the campaign's value the package was
// exported with (invalid when the campaign had none): a score's time is its version, and a
// return whose base is older than the campaign's value is a conflict, never an overwrite.
struct PackageScore {
    Id candidateId = 0;
    Id criterionId = 0;
    double value = 0;
    QString comment;
    QDateTime at;   // when the juror (or the campaign, if untouched) gave this value
    QDateTime base; // the campaign's value's time at export; invalid when none
    // Whether the juror changed it since the package was exported.
    bool changedByJuror() const { return at != base; }
};

// What a package holds: the campaign and the juror it is for, the jury's scale, the
// criteria and their rubric, the candidates assigned to that juror (their application,
// without contact details) and their attachments, and the juror's scores.
struct PackageContents {
    QByteArray campaignId; // 16 bytes, as in the header
    QString campaignName;
    QString territory;
    Juror juror;
    Jury jury; // its scale: min, max, step
    std::vector<Pillar> pillars;
    std::vector<Criterion> criteria;
    std::vector<Candidate> candidates;   // no contact name, e-mail or phone
    std::vector<Attachment> attachments; // with their bytes
    std::vector<PackageScore> scores;
    QDateTime exportedAt;
    QDateTime savedAt;     // last save, by the organizer's export or the juror's autosave
    QDateTime submittedAt; // invalid until the juror submits; then the package is frozen
};

// Why a returned score was not taken: the campaign changed since the package was exported.
enum class ReturnSkip {
    CandidateGone, // no longer in the campaign
    NotRunning,    // withdrawn, or found ineligible
    InConflict,    // a conflict of interest declared since
    CriterionGone, // the criterion was removed
    OffScale,      // the jury's scale changed, and the value is no longer on it
};
struct SkippedScore {
    PackageScore score;
    ReturnSkip why = ReturnSkip::CandidateGone;
};

// A score the juror changed in their package while the campaign's value changed too
// since the export (typed in from paper, another return): neither wins alone, the
// organizer settles it.
struct ReturnConflict {
    Score held;            // the campaign's value
    PackageScore returned; // the juror's
};

} // namespace palmares
