// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Change.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// The edits a user makes, built once: each function checks the domain rules
// (core/model/Rules) and returns the Change to apply, named for the undo history, or why
// it is refused, or that there is nothing to do. Widgets and models call these and hand
// the result to CampaignDocument::apply; they never assemble a Change themselves.
//
// A function that edits a row takes the whole row as the user left it and checks every
// rule on it, not only the field that moved: what is saved always holds them all.
// Parsing what the user typed ("12,5") stays with the widget; the rules on the value are
// here. The dependents of a removal (a candidate's scores…) are added by the document.
namespace palmares {

struct Edit {
    std::optional<Change> change; // empty when refused or unchanged
    QString problem;              // why it is refused, in the UI language; empty otherwise

    static Edit of(Change change) { return Edit{std::move(change), {}}; }
    static Edit refused(const QString& why) { return Edit{std::nullopt, why}; }
    // The edit leaves the campaign as it is: nothing to save, nothing to undo.
    static Edit unchanged() { return Edit{std::nullopt, {}}; }
    bool isRefused() const { return !change && !problem.isEmpty(); }
    bool isUnchanged() const { return !change && problem.isEmpty(); }
};

class Edits {
    Q_DECLARE_TR_FUNCTIONS(Edits)
public:
    // The campaign's settings replaced by `settings`; `text` names the edit.
    static Edit settings(const CampaignSettings& settings, const QString& text);
    // The campaign moved to `status`: forward any number of steps, or one step back with a
    // written `reason` (core/model/Lifecycle), which the audit log keeps.
    static Edit setStatus(const Campaign& campaign, CampaignStatus status, const QString& reason = {});

    // The jury's decision on a candidate: a kind, an optional override (which needs a
    // written justification), stamped `at`. No kind and no override removes the decision.
    // The building the candidate was allocated to stays.
    static Edit recordDecision(const Campaign& campaign, Id candidateId, DecisionKind kind, Override override_,
                               const QString& justification, const QDateTime& at);
    // The record of the deliberation session replaced whole by `session` (its place and chair
    // trimmed, its jurors present in order, each once), or removed when there is none. Refused
    // without a time, a place and a chair of one line each (rules::validSessionLine), with notes
    // that are not text, or with a juror present who is not in the campaign. Whether a jury had
    // its quorum is recorded as it was, reached or not: rules::sessionQuorum says it.
    static Edit setDeliberationSession(const Campaign& campaign, const std::optional<DeliberationSession>& session);
    // The record of `document` (its public version or not) written as `fileName` (the
    // folder is dropped) at `at`, with the fingerprint of `campaign`'s result and each
    // table's digest (docs/fingerprint.md), so that verify can later say which table changed.
    // Allowed in every status; the document does not undo it (CampaignDocument::apply).
    static Edit recordIssued(const Campaign& campaign, IssuedDocument document, bool publicVersion,
                             const QString& fileName, const QDateTime& at);

    // A file attached to a candidate's application.
    static Edit attach(const Campaign& campaign, Id candidateId, const QString& fileName, const QString& mimeType,
                       const QByteArray& data, const QDateTime& at);
    static Edit removeAttachment(const Campaign& campaign, Id attachmentId);

    // Candidates. A new one takes the next registration number and is received `at`.
    static Edit addCandidate(const Campaign& campaign, const QDateTime& at);
    // `edited` replaces the candidate with its id; `what` names the field for the history.
    static Edit editCandidate(const Campaign& campaign, const Candidate& edited, const QString& what);
    static Edit removeCandidate(const Campaign& campaign, Id candidateId);

    // Conflicts of interest: declared (with its reason) or withdrawn.
    static Edit setConflict(const Campaign& campaign, Id jurorId, Id candidateId, bool conflicted,
                            const QString& reason);

    // Why `value` cannot be a score on `jury`'s scale, in the UI language; empty when it can.
    static QString scoreProblem(double value, const Jury& jury);
    // A juror's score on a candidate for a criterion: `value` given (or, empty, cleared),
    // stamped `at` with its `origin` ("entered", "paper"). `current` is the score the juror
    // gave there, if any, as the caller holds it (the grid has it at hand, a search of
    // every score would not be). Refused when the juror is in conflict with the candidate
    // or the value is off the jury's scale, or in deliberation without a `reason` (a score
    // is then corrected only with a written reason, which the audit log keeps).
    static Edit setScore(const Campaign& campaign, Id jurorId, Id candidateId, Id criterionId, const Score* current,
                         std::optional<double> value, const QString& origin, const QDateTime& at,
                         const QString& reason = {});
    static Edit commentScore(const Campaign& campaign, const Score* current, const QString& comment,
                             const QDateTime& at, const QString& reason = {});

    // The site's buildings.
    static Edit addBuilding(const Campaign& campaign);
    static Edit editBuilding(const Campaign& campaign, const Building& edited);
    static Edit removeBuilding(const Campaign& campaign, Id buildingId);

    // Pillars and their criteria, in their order (`delta` moves one place up or down among
    // its siblings).
    static Edit addPillar(const Campaign& campaign);
    static Edit editPillar(const Campaign& campaign, const Pillar& edited);
    static Edit removePillar(const Campaign& campaign, Id pillarId);
    static Edit movePillar(const Campaign& campaign, Id pillarId, int delta);
    static Edit addCriterion(const Campaign& campaign, Id pillarId);
    static Edit editCriterion(const Campaign& campaign, const Criterion& edited);
    static Edit removeCriterion(const Campaign& campaign, Id criterionId);
    static Edit moveCriterion(const Campaign& campaign, Id criterionId, int delta);
    // A criterion's rubric: a level added at the end, removed, or its label and description
    // replaced (`level` counts from 0, low to high).
    static Edit addRubricLevel(const Campaign& campaign, Id criterionId);
    static Edit removeRubricLevel(const Campaign& campaign, Id criterionId, int level);
    static Edit editRubricLevel(const Campaign& campaign, Id criterionId, int level, const RubricLevel& edited);

    // Juries and their jurors.
    static Edit addJury(const Campaign& campaign);
    static Edit editJury(const Campaign& campaign, const Jury& edited);
    static Edit removeJury(const Campaign& campaign, Id juryId);
    static Edit addJuror(const Campaign& campaign, Id juryId);
    static Edit editJuror(const Campaign& campaign, const Juror& edited);
    static Edit removeJuror(const Campaign& campaign, Id jurorId);

    // Why `text` cannot be stored as typed (it holds a control character), or empty.
    static QString textProblem(const QString& text);

private:
    static Edit scoreEdit(const Campaign& campaign, Id jurorId, Id candidateId, Id criterionId, const Score* current,
                          std::optional<double> value, const QString& origin, const QDateTime& at);
    static Edit commentEdit(const Campaign& campaign, const Score* current, const QString& comment,
                            const QDateTime& at);
};

// The row of `rows` with id `id`, or null.
template<typename T> const T* rowWithId(const std::vector<T>& rows, Id id)
{
    for (const T& row : rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

} // namespace palmares
