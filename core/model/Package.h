// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Juror packages (docs/juror-package.md): what can make a file unreadable as one. The
// envelope (core/io/SealedFile) finds it; the presentation layer says it in words
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
};

} // namespace palmares
