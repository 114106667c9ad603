// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/JurorPackage.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

// Juror mode's work on an open package, without its window: the juror's scores and
// comments, checked against the jury's scale, each saved into the package at once (a new
// nonce, the file replaced whole: a laptop that dies mid-save keeps the last save), and the
// submission that freezes it.
namespace palmares {

class JurorSession {
    Q_DECLARE_TR_FUNCTIONS(JurorSession)
public:
    ~JurorSession();
    JurorSession(const JurorSession&) = delete;
    JurorSession& operator=(const JurorSession&) = delete;

    // Opens the package at `path` with `passphrase`; null with the problem otherwise
    // (*problem None and *error set when the file cannot be read at all).
    static std::unique_ptr<JurorSession> open(const QString& path, const QString& passphrase, PackageProblem* problem,
                                              QString* error);

    const QString& path() const { return m_path; }
    const PackageContents& contents() const { return m_contents; }
    bool isSubmitted() const { return m_contents.submittedAt.isValid(); }

    // The juror's score for a candidate and criterion, or null.
    const PackageScore* score(Id candidateId, Id criterionId) const;
    // How many criteria of `candidateId` have a value, and whether all of them do.
    int scoredCriteria(Id candidateId) const;
    bool isComplete(Id candidateId) const { return scoredCriteria(candidateId) == int(m_contents.criteria.size()); }
    // Candidates with every criterion scored.
    int completeCandidates() const;

    // A value given (or, empty, cleared) and a comment, saved at once. Refused, with the
    // reason, when the package is submitted, the value is off the jury's scale, or the
    // candidate or criterion is not in the package.
    bool setScore(Id candidateId, Id criterionId, std::optional<double> value, const QDateTime& now, QString* error);
    bool setComment(Id candidateId, Id criterionId, const QString& comment, const QDateTime& now, QString* error);
    // Submits the package: it is saved one last time and takes no more changes.
    bool submit(const QDateTime& now, QString* error);

private:
    JurorSession() = default;
    // Saves the package; when that fails, the scores go back to `before` and the error says why.
    bool save(const QDateTime& now, const std::vector<PackageScore>& before, QString* error);
    PackageScore* find(Id candidateId, Id criterionId);
    QString checkEditable(Id candidateId, Id criterionId) const;

    QString m_path;
    sealed::Header m_header;
    std::unique_ptr<sealed::Key> m_key;
    PackageContents m_contents;
};

} // namespace palmares
