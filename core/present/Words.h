// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Evaluation.h"
#include "core/engine/Summary.h"
#include "core/model/Change.h"
#include "core/model/Lifecycle.h"
#include "core/model/Package.h"
#include "core/model/Rules.h"

#include <QCoreApplication>
#include <QString>

// The one place where outcomes, flags and reasons become sentences, in the UI language:
// the engine gives codes and numbers, and the ranking table, palmares-cli and the reports
// all say them through these functions, in the same words.
namespace palmares {

class Words {
    Q_DECLARE_TR_FUNCTIONS(Words)
public:
    // A number as every output shows it: in the UI locale, "–" when there is none (NaN).
    static QString number(double value, int decimals = 2);
    // A value as a user types it (a weight, a score, a scale's bound): up to six
    // significant digits, no trailing zeros, in the UI's locale.
    static QString value(double value);
    // `text` safe to print on a terminal or in a one-line message: each control character
    // (rules::isControl) shown as its symbol (an escape as ␛, NUL as ␀), not obeyed.
    static QString printable(const QString& text);
    // A criterion's rubric on one line, as rich text: « <b>Faible</b> : Absent… · <b>Moyen</b> :
    // … » (its labels and descriptions escaped); empty when it has none.
    static QString rubric(const Criterion& criterion);

    // Why the candidate is not eligible; empty when it is.
    static QString ineligible(const Campaign& campaign, const CandidateScore& score);
    // Which jury spread or which gap between juries set the disagreement flag; empty without.
    static QString disagreement(const Campaign& campaign, const CandidateScore& score);
    // The flags of a ranked candidate: incomplete, ineligible, disagreement, how its tie was
    // broken; " · " between them, empty when none.
    static QString flags(const Campaign& campaign, const Evaluation& evaluation, int candidate);

    static QString skipReason(SkipReason reason);
    // Why `skipped` was left out of `selection`, with the numbers that explain it.
    static QString skipped(const Campaign& campaign, const Evaluation& evaluation, const Selection& selection,
                           const Skipped& skipped);
    // What `selection` made of a candidate: laureate, waiting list, or why it was left out.
    static QString outcome(const Campaign& campaign, const Evaluation& evaluation, const Selection& selection,
                           const Standing& standing);

    // The same in a word or two, for a table's narrow column: « Lauréat » (« Lauréat ★ »
    // when forced in), « Attente n° 3 », or the reason's short name; the numbers behind it are
    // for a sentence of skipped().
    static QString outcomeInBrief(const Selection& selection, const Standing& standing);

    // A kind of decision; "No decision yet" for None.
    static QString decisionKind(DecisionKind kind);
    // The jury's recorded decision: its kind and any override (empty for none).
    static QString decision(const Decision& decision);
    static QString rule(SelectionRule rule);
    // How the jurors' values of a criterion are put together: « Moyenne », « Médiane »…
    static QString aggregation(Aggregation aggregation);
    // A key of the tie chain: « Note finale », « Total du jury d'experts », « Ordre d'inscription ».
    static QString tieKey(const Campaign& campaign, const TieKey& key);

    // A campaign's status as a name ("Scoring"), and as it reads after "The campaign is"
    // ("in scoring").
    // The journal: what kind of entry it is ("edit", "import", "undo"…) and what it
    // touched (a table's name: "scores", "candidates"…), in words.
    static QString journalAction(const QString& action);
    static QString journalTable(const QString& table);
    // What the journal keeps of a change saved: its text, the rows it wrote and removed
    // per table, its note and its reason (« Note de … (notes : 1 ligne écrite) »).
    static QString changeDetails(const Change& change);
    // Why `file` cannot be opened as a juror package, as a sentence naming it.
    static QString packageProblem(PackageProblem problem, const QString& file);
    // Where a score came from: typed in here, from a paper sheet, from a juror's package
    // (named), generated for the demo.
    static QString scoreOrigin(const QString& origin);
    // A returned score not taken, and why (« Atelier Bois, Emplois créés : 8 — le critère a
    // été retiré depuis l'envoi »).
    static QString returnSkip(const Campaign& campaign, const SkippedScore& skipped);
    // A returned score that conflicts with the campaign's, both values with where and when.
    static QString returnConflict(const Campaign& campaign, const ReturnConflict& conflict);
    // When a journal entry was made: local time to the second, sortable, read as a date
    // and time by a spreadsheet.
    static QString journalTime(const QDateTime& at);
    // Where a juror's package stands: not exported, exported, returned, submitted (with when).
    static QString packageState(const JurorProgress& progress);
    // The deliberation session, as the Ranking page and the minutes both say it. When it was
    // held, in local time: « vendredi 12 juin 2026 à 18:30 ».
    static QString sessionTime(const QDateTime& at);
    // One jury at the session: « Jury d'experts : 7 présents sur 9, quorum 5 — atteint ».
    static QString juryQuorum(const Campaign& campaign, const rules::SessionQuorum& quorum);
    // Every jury together: « quorum atteint (Jury d'experts 7/5, Jury citoyen 12/8) », or
    // « quorum non atteint pour le Jury citoyen (Jury d'experts 7/5, Jury citoyen 6/8) ».
    static QString sessionQuorum(const Campaign& campaign, const std::vector<rules::SessionQuorum>& juries);
    // The session on one line: « Séance du vendredi 12 juin 2026 à 18:30, Salle du conseil,
    // présidée par Marie Dupont ; quorum atteint (…) », or that none is recorded yet.
    static QString sessionSummary(const Campaign& campaign);
    // A document issued with the fingerprint, after « the »: « rapport des lauréats »,
    // « rapport public des lauréats », « procès-verbal de la délibération », « classeur des
    // résultats »…
    static QString issuedDocument(IssuedDocument document, bool publicVersion);
    // A report issued on one line: « rapport des lauréats « Courcy-rapport.pdf », émis le
    // lundi 7 décembre 2026 à 19:50 ».
    static QString issuedReport(const IssuedReport& report);
    // The tables of the fingerprint (« scores », « rules »…) in words, in their order:
    // « notes, décisions ».
    static QString fingerprintTables(const QStringList& tables);
    // Where a report issued stands: it still gives its result (no table changed), or which
    // tables changed since.
    static QString issuedStanding(const QStringList& changed);
    static QString status(CampaignStatus status);
    static QString statusPhrase(CampaignStatus status);
    // What a status allows, in one or two sentences (docs/lifecycle.md).
    static QString statusMeaning(CampaignStatus status);
    // Why a campaign in `status` refuses an edit of `area`, and what to do about it.
    static QString refusedByStatus(CampaignStatus status, lifecycle::Area area);
    // Why a change of status from `from` to `to` is refused; empty when it is not.
    static QString refusedStep(CampaignStatus from, CampaignStatus to, bool justified);
};

} // namespace palmares
