// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/present/Words.h"

#include "core/model/Rules.h"

#include "core/engine/Formulas.h"
#include "core/model/Codes.h"

#include <utility>

#include <QDir>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace palmares {

QString Words::printable(const QString& text)
{
    if (!rules::hasControl(text))
        return text;
    QString out = text;
    for (QChar& c : out) {
        if (!rules::isControl(c))
            continue;
        // U+2400 onwards pictures the C0 controls, U+2421 DEL; a C1 control has no picture.
        const char16_t u = c.unicode();
        c = u < 0x20 ? QChar(char16_t(0x2400 + u)) : u == 0x7f ? QChar(char16_t(0x2421)) : QChar(char16_t(0xfffd));
    }
    return out;
}

QString Words::number(double value, int decimals)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    // French groups digits with U+202F, which Qt's line breaking takes for a space: a
    // wrapped label would cut « 43 850 » in two. U+00A0 is kept whole.
    return QLocale().toString(value, 'f', decimals).replace(QChar(0x202F), QChar(0x00A0));
}

QString Words::rubric(const Criterion& criterion)
{
    QStringList levels;
    for (const RubricLevel& level : criterion.rubric)
        //: A level of a criterion's rubric: its label (in bold), then what it means.
        levels << tr("<b>%1</b>: %2").arg(level.label.toHtmlEscaped(), level.description.toHtmlEscaped());
    return levels.join(QStringLiteral(" · "));
}

QString Words::value(double value)
{
    return QLocale().toString(value, 'g', 6).replace(QChar(0x202F), QChar(0x00A0));
}

QString Words::ineligible(const Campaign& campaign, const CandidateScore& score)
{
    const Candidate& cand = campaign.candidates[size_t(score.candidate)];
    switch (score.ineligible) {
    case IneligibleReason::None:
        return {};
    case IneligibleReason::StatusIneligible:
        return cand.statusReason.isEmpty() ? tr("Declared ineligible")
                                           : tr("Declared ineligible: %1").arg(cand.statusReason);
    case IneligibleReason::Withdrawn:
        return tr("Application withdrawn");
    case IneligibleReason::BelowThreshold: {
        const Pillar& p = campaign.pillars[size_t(score.failedPillar)];
        return tr("%1 pillar at %2, under its eliminatory threshold of %3")
            .arg(p.name, number(score.pillars[size_t(score.failedPillar)], 1),
                 number(p.eliminatoryThreshold.value_or(0), 1));
    }
    }
    return {};
}

QString Words::disagreement(const Campaign& campaign, const CandidateScore& score)
{
    QStringList parts;
    if (score.disagreeingJury >= 0) {
        const JuryScore& js = score.juries[size_t(score.disagreeingJury)];
        parts << tr("%1: jurors' totals spread by %2 points (SD)")
                     .arg(campaign.juries[size_t(score.disagreeingJury)].name, number(js.jurorTotalSd, 1));
    }
    if (score.juryGap > campaign.settings.juryGapThreshold + formulas::tieTolerance)
        parts << tr("juries %1 points apart").arg(number(score.juryGap, 1));
    return parts.join(QStringLiteral("; "));
}

QString Words::flags(const Campaign& campaign, const Evaluation& evaluation, int candidate)
{
    const CandidateScore& cs = evaluation.scores.candidates[size_t(candidate)];
    QStringList flags;
    if (cs.incomplete)
        flags << tr("Incomplete");
    if (!cs.eligible())
        flags << ineligible(campaign, cs);
    if (cs.disagreement)
        flags << tr("Disagreement: %1").arg(disagreement(campaign, cs));
    const Ranking& ranking = evaluation.ranking;
    const RankEntry& entry = ranking.entryOf(candidate);
    if (entry.decidedBy > 0 && entry.decidedBy < int(ranking.chain.size()))
        flags << tr("Tie broken by %1").arg(codes::tieKey(ranking.chain[size_t(entry.decidedBy)]));
    return flags.join(QStringLiteral(" · "));
}

QString Words::skipReason(SkipReason reason)
{
    switch (reason) {
    case SkipReason::None:
        return {};
    case SkipReason::ForcedOut:
        return tr("Forced out by the jury");
    case SkipReason::Ineligible:
        return tr("Not eligible");
    case SkipReason::Incomplete:
        return tr("Incomplete: a jury has not reached quorum");
    case SkipReason::DoesNotFit:
        return tr("Does not fit the remaining capacity");
    case SkipReason::ForcedInDoesNotFit:
        return tr("Forced in, but does not fit the remaining capacity");
    case SkipReason::NotChosen:
        return tr("Not in the best-value set");
    }
    return {};
}

QString Words::skipped(const Campaign& campaign, const Evaluation& evaluation, const Selection& selection,
                       const Skipped& skipped)
{
    const CandidateScore& cs = evaluation.scores.candidates[size_t(skipped.candidate)];
    if (skipped.reason == SkipReason::Ineligible && !cs.eligible())
        return ineligible(campaign, cs);
    // The greedy walk knows what was left when it reached the candidate; best value does not.
    if (skipped.reason == SkipReason::DoesNotFit && selection.rule == SelectionRule::Greedy)
        return tr("Does not fit: %1 m² requested, %2 m² left")
            .arg(number(skipped.surface, 0), number(skipped.remaining, 0));
    return skipReason(skipped.reason);
}

QString Words::outcome(const Campaign& campaign, const Evaluation& evaluation, const Selection& selection,
                       const Standing& standing)
{
    if (standing.laureate >= 0)
        return selection.laureates[size_t(standing.laureate)].forced ? tr("Laureate (forced in)") : tr("Laureate");
    if (standing.waiting >= 0)
        return tr("Waiting list no. %1").arg(standing.waiting + 1);
    if (standing.skipped >= 0)
        return skipped(campaign, evaluation, selection, selection.skipped[size_t(standing.skipped)]);
    return {};
}

QString Words::outcomeInBrief(const Selection& selection, const Standing& standing)
{
    if (standing.laureate >= 0)
        return selection.laureates[size_t(standing.laureate)].forced
                   ? decisionKind(DecisionKind::Laureate) + QStringLiteral(" ★")
                   : decisionKind(DecisionKind::Laureate);
    if (standing.waiting >= 0)
        return tr("Waiting no. %1").arg(standing.waiting + 1);
    if (standing.skipped >= 0)
        return skipReason(selection.skipped[size_t(standing.skipped)].reason);
    return {};
}

QString Words::decisionKind(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::None:
        return tr("No decision yet");
    case DecisionKind::Laureate:
        return tr("Laureate");
    case DecisionKind::Waiting:
        return tr("Waiting list");
    case DecisionKind::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString Words::decision(const Decision& d)
{
    const QString text = d.kind == DecisionKind::None ? QString() : decisionKind(d.kind);
    const QString forced = d.override_ == Override::ForcedIn    ? tr("forced in")
                           : d.override_ == Override::ForcedOut ? tr("forced out")
                                                                : QString();
    if (forced.isEmpty())
        return text;
    return text.isEmpty() ? forced : QStringLiteral("%1 (%2)").arg(text, forced);
}

QString Words::rule(SelectionRule rule)
{
    return rule == SelectionRule::Greedy ? tr("greedy by rank") : tr("best value");
}

QString Words::aggregation(Aggregation aggregation)
{
    switch (aggregation) {
    case Aggregation::Median:
        return tr("Median");
    case Aggregation::TrimmedMean:
        return tr("Trimmed mean (from 5 values)");
    case Aggregation::Mean:
        break;
    }
    return tr("Mean");
}

QString Words::tieKey(const Campaign& campaign, const TieKey& key)
{
    if (key.kind == TieKey::Final)
        return tr("Final score");
    if (key.kind == TieKey::Registration)
        return tr("Registration order");
    for (const Jury& j : campaign.juries) {
        if (j.code == key.juryCode)
            return tr("Total of the %1").arg(j.name);
    }
    return key.juryCode;
}

QString Words::journalAction(const QString& action)
{
    static const std::pair<const char*, const char*> words[] = {
        {"edit", QT_TR_NOOP("Change")},
        {"import", QT_TR_NOOP("Import")},
        {"undo", QT_TR_NOOP("Undo")},
        {"redo", QT_TR_NOOP("Redo")},
        {"write_campaign", QT_TR_NOOP("Creation")},
        {"upgrade_schema", QT_TR_NOOP("File upgrade")},
        {"export_packages", QT_TR_NOOP("Juror packages exported")},
        {"import_return", QT_TR_NOOP("Juror return imported")},
        {"issue_report", QT_TR_NOOP("Report issued")},
    };
    for (const auto& [code, word] : words)
        if (action == QLatin1String(code))
            return tr(word);
    return action; // written by a later version
}

QString Words::journalTable(const QString& table)
{
    static const std::pair<const char*, const char*> words[] = {
        {"campaign", QT_TR_NOOP("Campaign")},
        {"buildings", QT_TR_NOOP("Buildings")},
        {"pillars", QT_TR_NOOP("Pillars")},
        {"criteria", QT_TR_NOOP("Criteria")},
        {"juries", QT_TR_NOOP("Juries")},
        {"jury", QT_TR_NOOP("Juries")},
        {"jurors", QT_TR_NOOP("Jurors")},
        {"occupants", QT_TR_NOOP("Occupants")},
        {"candidates", QT_TR_NOOP("Candidates")},
        {"conflicts", QT_TR_NOOP("Conflicts of interest")},
        {"decisions", QT_TR_NOOP("Decisions")},
        {"flows", QT_TR_NOOP("Flows")},
        {"attachments", QT_TR_NOOP("Attachments")},
        {"scores", QT_TR_NOOP("Scores")},
        {"resources", QT_TR_NOOP("Resources")},
        {"juror_packages", QT_TR_NOOP("Juror packages")},
        {"deliberation_session", QT_TR_NOOP("Deliberation session")},
        {"issued_reports", QT_TR_NOOP("Reports issued")},
    };
    for (const auto& [code, word] : words)
        if (table == QLatin1String(code))
            return tr(word);
    return table;
}

QString Words::changeDetails(const Change& change)
{
    QStringList parts;
    if (change.settings)
        parts << tr("campaign settings");
    for (const Change::TableCount& c : change.counts()) {
        QStringList rows;
        if (c.put > 0)
            rows << tr("%n row(s) written", nullptr, int(c.put));
        if (c.removed > 0)
            rows << tr("%n row(s) removed", nullptr, int(c.removed));
        parts << tr("%1: %2").arg(journalTable(QLatin1String(c.table)).toLower(), rows.join(QStringLiteral(", ")));
    }
    // One part after another, as the language separates them (« ; » in French).
    const auto joined = [](const QStringList& list) {
        QString text;
        for (const QString& part : list)
            text = text.isEmpty() ? part : tr("%1; %2").arg(text, part);
        return text;
    };
    const QString counts = joined(parts);
    QStringList details{change.text.isEmpty() ? counts
                                              : change.text + QStringLiteral(" (") + counts + QLatin1Char(')')};
    if (!change.note.isEmpty())
        details << change.note;
    if (!change.justification.isEmpty())
        details << tr("reason: %1").arg(change.justification);
    return joined(details);
}

QString Words::packageProblem(PackageProblem problem, const QString& file)
{
    const QString name = QDir::toNativeSeparators(file);
    switch (problem) {
    case PackageProblem::None:
        return {};
    case PackageProblem::NotAPackage:
        return tr("%1 is not a Palmarès juror package.").arg(name);
    case PackageProblem::NewerFormat:
        return tr("%1 was made by a newer version of Palmarès: install the version the organizer uses.").arg(name);
    case PackageProblem::Truncated:
        return tr("%1 is incomplete (cut short, perhaps while being copied or sent): ask for it again.").arg(name);
    case PackageProblem::WrongKeyOrModified:
        return tr("%1 does not open with this passphrase: either the passphrase is not the one of its letter, or "
                  "the file was changed since it was written.")
            .arg(name);
    case PackageProblem::BadCost:
        return tr("%1 asks for a key derivation no Palmarès package asks for: it was not made by Palmarès.").arg(name);
    case PackageProblem::OutOfMemory:
        return tr("%1 cannot be opened: this computer lacks the memory to derive its key (64 MiB).").arg(name);
    case PackageProblem::BadContents:
        return tr("%1 opens, but what it holds is not a juror package's contents: it was not written by Palmarès.")
            .arg(name);
    case PackageProblem::OtherCampaign:
        return tr("%1 is a juror package of another campaign: open the campaign it was exported from.").arg(name);
    case PackageProblem::OtherJuror:
        return tr("%1 is the package of another juror than the one chosen.").arg(name);
    case PackageProblem::UnknownJuror:
        return tr("%1 is the package of a juror this campaign does not have (or no longer has).").arg(name);
    case PackageProblem::NoPassphrase:
        return tr("%1 is the package of a juror for whom this campaign exported none: it has no passphrase to open "
                  "it with.")
            .arg(name);
    }
    return {};
}

QString Words::scoreOrigin(const QString& origin)
{
    if (origin == QLatin1String("entered"))
        return tr("typed in");
    if (origin == QLatin1String("paper"))
        return tr("from a paper sheet");
    if (origin == QLatin1String("demo"))
        return tr("demo");
    if (origin.startsWith(QLatin1String("package:")))
        return tr("from the package %1").arg(origin.mid(8));
    return origin;
}

namespace {

template<typename T> QString nameOf(const std::vector<T>& rows, Id id)
{
    for (const T& r : rows) {
        if (r.id == id)
            return r.name;
    }
    return QStringLiteral("#%1").arg(id);
}

} // namespace

QString Words::returnSkip(const Campaign& campaign, const SkippedScore& skipped)
{
    QString why;
    switch (skipped.why) {
    case ReturnSkip::CandidateGone:
        why = tr("the candidate is no longer in the campaign");
        break;
    case ReturnSkip::NotRunning:
        why = tr("the candidate has withdrawn or was found ineligible since");
        break;
    case ReturnSkip::InConflict:
        why = tr("a conflict of interest with this candidate was declared since");
        break;
    case ReturnSkip::CriterionGone:
        why = tr("the criterion was removed since");
        break;
    case ReturnSkip::OffScale:
        why = tr("the value is no longer on the jury's scale");
        break;
    }
    const PackageScore& s = skipped.score;
    return tr("%1, %2: %3 not taken, %4")
        .arg(nameOf(campaign.candidates, s.candidateId), nameOf(campaign.criteria, s.criterionId), value(s.value), why);
}

QString Words::returnConflict(const Campaign& campaign, const ReturnConflict& conflict)
{
    const PackageScore& r = conflict.returned;
    return tr("%1, %2: the campaign holds %3 (%4, %5), the juror's return %6 (%7)")
        .arg(nameOf(campaign.candidates, r.candidateId), nameOf(campaign.criteria, r.criterionId),
             value(conflict.held.value), scoreOrigin(conflict.held.origin), journalTime(conflict.held.at),
             value(r.value), journalTime(r.at));
}

QString Words::journalTime(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString Words::packageState(const JurorProgress& p)
{
    const auto when = [](const QDateTime& at) { return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")); };
    if (p.submittedAt.isValid())
        return tr("submitted on %1, returned on %2").arg(when(p.submittedAt), when(p.returnedAt));
    if (p.returnedAt.isValid())
        return tr("returned on %1, not submitted").arg(when(p.returnedAt));
    if (p.exportedAt.isValid())
        return tr("exported on %1, not returned").arg(when(p.exportedAt));
    return tr("no package exported");
}

QString Words::issuedDocument(IssuedDocument document, bool publicVersion)
{
    switch (document) {
    case IssuedDocument::Report:
        return publicVersion ? tr("public laureate report") : tr("laureate report");
    case IssuedDocument::Minutes:
        return publicVersion ? tr("public minutes of the deliberation") : tr("minutes of the deliberation");
    case IssuedDocument::Workbook:
        return publicVersion ? tr("public results workbook") : tr("results workbook");
    }
    return {};
}

QString Words::issuedReport(const IssuedReport& report)
{
    //: A document issued: what it is, its file's name, when it was written.
    return tr("%1 “%2”, issued on %3")
        .arg(issuedDocument(report.document, report.publicVersion), report.fileName, sessionTime(report.issuedAt));
}

QString Words::fingerprintTables(const QStringList& tables)
{
    QStringList words;
    for (const QString& t : tables)
        words << (t == QLatin1String("rules") ? tr("rules") : journalTable(t).toLower());
    return words.join(QStringLiteral(", "));
}

QString Words::issuedStanding(const QStringList& changed)
{
    if (changed.isEmpty())
        return tr("the campaign still gives its result");
    return tr("changed since: %1").arg(fingerprintTables(changed));
}

QString Words::sessionTime(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    const QLocale l;
    //: When the deliberation session was held: a date (« vendredi 12 juin 2026 »), then a time.
    return tr("%1 at %2")
        .arg(l.toString(local.date(), QLocale::LongFormat), l.toString(local.time(), QLocale::ShortFormat));
}

namespace {

QString juryName(const Campaign& campaign, Id juryId)
{
    for (const Jury& j : campaign.juries) {
        if (j.id == juryId)
            return j.name;
    }
    return QStringLiteral("#%1").arg(juryId);
}

} // namespace

QString Words::juryQuorum(const Campaign& campaign, const rules::SessionQuorum& q)
{
    //: A jury at the deliberation session: its name, jurors present, its number of jurors, its quorum, and
    //: whether it is reached.
    return tr("%1: %2 present of %3, quorum %4 — %5")
        .arg(juryName(campaign, q.juryId), QString::number(q.present), QString::number(q.members),
             QString::number(q.quorum), q.reached() ? tr("reached") : tr("not reached"));
}

QString Words::sessionQuorum(const Campaign& campaign, const std::vector<rules::SessionQuorum>& juries)
{
    if (juries.empty())
        return tr("no jury, no quorum");
    QStringList counts, missing;
    for (const rules::SessionQuorum& q : juries) {
        //: A jury's jurors present over its quorum: « Jury citoyen 12/8 ».
        counts
            << tr("%1 %2/%3").arg(juryName(campaign, q.juryId), QString::number(q.present), QString::number(q.quorum));
        if (!q.reached())
            missing << juryName(campaign, q.juryId);
    }
    const QString list = counts.join(QStringLiteral(", "));
    if (missing.isEmpty())
        return tr("quorum reached (%1)").arg(list);
    return tr("quorum not reached for the %1 (%2)").arg(missing.join(QStringLiteral(", ")), list);
}

QString Words::sessionSummary(const Campaign& campaign)
{
    const DeliberationSession* s = deliberationSession(campaign);
    if (!s)
        return tr("No deliberation session recorded yet.");
    return tr("Session of %1, %2, chaired by %3; %4.")
        .arg(sessionTime(s->heldAt), s->place, s->chair, sessionQuorum(campaign, rules::sessionQuorum(campaign, *s)));
}

QString Words::status(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft:
        return tr("Draft");
    case CampaignStatus::Open:
        return tr("Open for applications");
    case CampaignStatus::Scoring:
        return tr("Scoring");
    case CampaignStatus::Deliberation:
        return tr("Deliberation");
    case CampaignStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString Words::statusPhrase(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft:
        return tr("in draft");
    case CampaignStatus::Open:
        return tr("open for applications");
    case CampaignStatus::Scoring:
        return tr("in scoring");
    case CampaignStatus::Deliberation:
        return tr("in deliberation");
    case CampaignStatus::Closed:
        return tr("closed");
    }
    return {};
}

QString Words::statusMeaning(CampaignStatus status)
{
    switch (status) {
    case CampaignStatus::Draft:
        return tr("Setting up: everything may change, scores and decisions included, to try the campaign out.");
    case CampaignStatus::Open:
        return tr("Applications come in; the site and the rules may still change. Nobody scores yet.");
    case CampaignStatus::Scoring:
        return tr("The rules are fixed; scores come in; candidates' data may be corrected.");
    case CampaignStatus::Deliberation:
        return tr("Scores are fixed, except a correction with a written reason; the jury records its decisions.");
    case CampaignStatus::Closed:
        return tr("The campaign is only read. Going back to deliberation needs a written reason.");
    }
    return {};
}

QString Words::refusedByStatus(CampaignStatus status, lifecycle::Area area)
{
    using lifecycle::Area;
    QString what;
    if (status == CampaignStatus::Closed) {
        what = tr("it can only be read. Go back to deliberation, with a reason, to change it.");
    } else {
        switch (area) {
        case Area::Rules:
            what = tr("its rules (criteria, weights, scales, juries, aggregation, tie-break, selection) are fixed. Go "
                      "back a step, with a reason, to change them.");
            break;
        case Area::Site:
            what = tr("its site (buildings, rentable surface, fill target) is fixed.");
            break;
        case Area::Applications:
            what = tr("candidates are no longer registered or removed; their data may still be corrected.");
            break;
        case Area::Jurors:
            what = tr("its jurors and their conflicts of interest are fixed.");
            break;
        case Area::Scores:
            what = status == CampaignStatus::Deliberation ? tr("a score is corrected only with a written reason.")
                                                          : tr("scores come in once it is in scoring.");
            break;
        case Area::Decisions:
            what = tr("decisions are recorded in deliberation.");
            break;
        case Area::Session:
            what = tr("the deliberation session is recorded in deliberation.");
            break;
        case Area::Details:
        case Area::ApplicationData:
        case Area::Packages:
        case Area::Issued:
            break;
        }
    }
    return tr("The campaign is %1: %2").arg(statusPhrase(status), what);
}

QString Words::refusedStep(CampaignStatus from, CampaignStatus to, bool justified)
{
    switch (lifecycle::step(from, to)) {
    case lifecycle::Step::None:
    case lifecycle::Step::Forward:
        return {};
    case lifecycle::Step::BackOne:
        return justified ? QString()
                         : tr("Going back from “%1” to “%2” needs a written reason.").arg(status(from), status(to));
    case lifecycle::Step::BackMore:
        return tr("A campaign goes back one step at a time: from “%1”, to “%2”.")
            .arg(status(from), status(CampaignStatus(int(from) - 1)));
    }
    return {};
}

} // namespace palmares
