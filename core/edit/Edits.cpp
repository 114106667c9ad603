// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of candidates and their applications, conflicts of interest, scores and
// decisions. The campaign's setup (buildings, pillars, criteria, juries, jurors) is in
// SetupEdits.cpp.
#include "core/edit/Edits.h"

#include "core/edit/CampaignDocument.h"
#include "core/io/Fingerprint.h"
#include "core/model/Rules.h"
#include "core/model/Siret.h"
#include "core/present/Words.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <tuple>

namespace palmares {

namespace {

auto fieldsOf(const Candidate& k)
{
    return std::tie(k.registrationNo, k.name, k.siret, k.legalForm, k.ess, k.nafCode, k.contactName, k.contactEmail,
                    k.contactPhone, k.projectTitle, k.description, k.requestedSurface, k.wantedUse,
                    k.preferredBuildingId, k.jobsFte, k.wantedStart, k.status, k.statusReason, k.receivedAt);
}

} // namespace

QString Edits::textProblem(const QString& text)
{
    if (!rules::hasControl(text))
        return {};
    return tr("“%1” holds a control character (shown as a symbol such as ␛ or ␀), which is not text: remove it.")
        .arg(Words::printable(text));
}

Edit Edits::settings(const CampaignSettings& settings, const QString& text)
{
    for (const QString* t : {&settings.name, &settings.territory}) {
        const QString why = textProblem(*t);
        if (!why.isEmpty())
            return Edit::refused(why);
    }
    if (!(settings.fillTargetPct >= 0 && settings.fillTargetPct <= 100))
        return Edit::refused(tr("The fill target is a percentage, from 0 to 100."));
    if (!rules::validSurface(settings.rentableSurfaceOverride))
        return Edit::refused(tr("The rentable surface is a number of m², from 0 to %1.")
                                 .arg(QLocale().toString(rules::maxSurface, 'f', 0)));
    for (const double alert : {settings.juryStdDevThreshold, settings.juryGapThreshold}) {
        if (!(alert >= 0 && alert <= 100))
            return Edit::refused(tr("A disagreement alert is a number of points out of 100, from 0 to 100."));
    }
    if (settings.waitingListSize < 0)
        return Edit::refused(tr("A waiting list holds zero candidates or more."));
    Change change;
    change.text = text;
    change.settings = settings;
    return Edit::of(std::move(change));
}

Edit Edits::setStatus(const Campaign& campaign, CampaignStatus status, const QString& reason)
{
    const CampaignStatus from = campaign.settings.status;
    if (status == from)
        return Edit::unchanged();
    const QString why = Words::refusedStep(from, status, !reason.trimmed().isEmpty());
    if (!why.isEmpty())
        return Edit::refused(why);
    if (const QString control = textProblem(reason); !control.isEmpty())
        return Edit::refused(control);
    Change change;
    change.settings = campaign.settings;
    change.settings->status = status;
    change.justification = reason.trimmed();
    change.text = tr("Campaign status: %1 → %2").arg(Words::status(from), Words::status(status));
    return Edit::of(std::move(change));
}

namespace {

// The edit with the reason for it, which the document asks of a correction in
// deliberation (core/model/Lifecycle) and the audit log keeps.
Edit withReason(Edit edit, const QString& reason)
{
    if (edit.change)
        edit.change->justification = reason.trimmed();
    return edit;
}

} // namespace

Edit Edits::recordDecision(const Campaign& campaign, Id candidateId, DecisionKind kind, Override override_,
                           const QString& justification, const QDateTime& at)
{
    const Candidate* cand = rowWithId(campaign.candidates, candidateId);
    if (!cand)
        return Edit::refused(tr("This candidate is no longer in the campaign."));
    Decision d;
    d.candidateId = candidateId;
    d.kind = kind;
    d.override_ = override_;
    d.justification = justification.trimmed();
    d.decidedAt = at;
    d.buildingId = decisionOf(campaign, candidateId).buildingId;
    if (rules::needsJustification(d))
        return Edit::refused(tr("A candidate forced in or out needs a written justification."));
    if (const QString why = textProblem(d.justification); !why.isEmpty())
        return Edit::refused(why);
    Change change;
    change.text = tr("Decision on “%1”: %2").arg(cand->name, Words::decision(d));
    if (d.kind == DecisionKind::None && d.override_ == Override::None)
        change.decisions.remove.push_back(d);
    else
        change.decisions.put.push_back(d);
    return Edit::of(std::move(change));
}

Edit Edits::setDeliberationSession(const Campaign& campaign, const std::optional<DeliberationSession>& session)
{
    const DeliberationSession* current = deliberationSession(campaign);
    Change change;
    if (!session) {
        if (!current)
            return Edit::unchanged();
        change.text = tr("Remove the record of the deliberation session");
        change.sessions.remove.push_back(*current);
        return Edit::of(std::move(change));
    }
    DeliberationSession s = *session;
    s.id = DeliberationSession().id;
    s.heldAt = s.heldAt.toUTC(); // as the file gives it back
    s.place = s.place.trimmed();
    s.chair = s.chair.trimmed();
    std::sort(s.jurorsPresent.begin(), s.jurorsPresent.end());
    s.jurorsPresent.erase(std::unique(s.jurorsPresent.begin(), s.jurorsPresent.end()), s.jurorsPresent.end());
    if (!s.heldAt.isValid())
        return Edit::refused(tr("The deliberation session needs the date and time it was held."));
    const auto lineProblem = [](const QString& text, const QString& blank, const QString& tooLong) {
        if (rules::validSessionLine(text))
            return QString();
        if (text.isEmpty())
            return blank;
        if (const QString why = textProblem(text); !why.isEmpty())
            return why;
        if (text.size() > rules::maxSessionLine)
            return tooLong;
        return tr("“%1” is one line: remove its line breaks.").arg(Words::printable(text));
    };
    const QString most = QLocale().toString(rules::maxSessionLine);
    if (const QString why = lineProblem(s.place, tr("The deliberation session needs the place where it was held."),
                                        tr("The place of the session is at most %1 characters long.").arg(most));
        !why.isEmpty())
        return Edit::refused(why);
    if (const QString why = lineProblem(s.chair, tr("The deliberation session needs the name of who chaired it."),
                                        tr("The name of the chair is at most %1 characters long.").arg(most));
        !why.isEmpty())
        return Edit::refused(why);
    if (!rules::validSessionNotes(s.notes)) {
        if (const QString why = textProblem(s.notes); !why.isEmpty())
            return Edit::refused(why);
        return Edit::refused(tr("The notes of the session are at most %1 characters long.")
                                 .arg(QLocale().toString(rules::maxSessionNotes)));
    }
    if (!rules::presentAreJurors(campaign, s))
        return Edit::refused(tr("A juror marked present is no longer in the campaign."));
    if (current && current->heldAt == s.heldAt && current->place == s.place && current->chair == s.chair &&
        current->jurorsPresent == s.jurorsPresent && current->notes == s.notes)
        return Edit::unchanged();
    change.text = current ? tr("Edit the deliberation session of %1").arg(Words::sessionTime(s.heldAt))
                          : tr("Record the deliberation session of %1").arg(Words::sessionTime(s.heldAt));
    change.sessions.put.push_back(std::move(s));
    return Edit::of(std::move(change));
}

Edit Edits::recordIssued(const Campaign& campaign, IssuedDocument document, bool publicVersion, const QString& fileName,
                         const QDateTime& at)
{
    const std::vector<fingerprint::Part> parts = fingerprint::parts(campaign);
    IssuedReport r;
    r.id = CampaignDocument::nextId(campaign.issued);
    r.issuedAt = at.toUTC();
    r.document = document;
    r.publicVersion = publicVersion;
    r.fileName = QFileInfo(fileName).fileName();
    r.format = fingerprint::format;
    r.fingerprint = fingerprint::of(parts);
    r.digests = fingerprint::digests(parts);
    Change change;
    change.text = tr("Issue of the %1 “%2”").arg(Words::issuedDocument(document, publicVersion), r.fileName);
    change.issued.put.push_back(std::move(r));
    return Edit::of(std::move(change));
}

Edit Edits::attach(const Campaign& campaign, Id candidateId, const QString& fileName, const QString& mimeType,
                   const QByteArray& data, const QDateTime& at)
{
    const Candidate* cand = rowWithId(campaign.candidates, candidateId);
    if (!cand)
        return Edit::refused(tr("This candidate is no longer in the campaign."));
    Attachment a;
    a.id = CampaignDocument::nextId(campaign.attachments);
    a.candidateId = candidateId;
    a.fileName = fileName;
    a.mimeType = mimeType;
    a.data = data;
    a.addedAt = at;
    Change change;
    change.text = tr("Attach %1 to “%2”").arg(Words::printable(a.fileName), cand->name);
    change.attachments.put.push_back(a);
    return Edit::of(std::move(change));
}

Edit Edits::removeAttachment(const Campaign& campaign, Id attachmentId)
{
    const Attachment* a = rowWithId(campaign.attachments, attachmentId);
    if (!a)
        return Edit::refused(tr("This attachment is no longer in the campaign."));
    Change change;
    change.text = tr("Remove attachment %1").arg(Words::printable(a->fileName));
    change.attachments.remove.push_back(*a);
    return Edit::of(std::move(change));
}

Edit Edits::addCandidate(const Campaign& campaign, const QDateTime& at)
{
    Candidate k;
    k.id = CampaignDocument::nextId(campaign.candidates);
    for (const Candidate& other : campaign.candidates)
        k.registrationNo = std::max(k.registrationNo, other.registrationNo);
    ++k.registrationNo;
    k.name = tr("New candidate %1").arg(k.registrationNo);
    k.receivedAt = at;
    Change change;
    change.text = tr("Register candidate no. %1").arg(k.registrationNo);
    change.candidates.put.push_back(k);
    return Edit::of(std::move(change));
}

Edit Edits::editCandidate(const Campaign& campaign, const Candidate& edited, const QString& what)
{
    const Candidate* current = rowWithId(campaign.candidates, edited.id);
    if (!current)
        return Edit::refused(tr("This candidate is no longer in the campaign."));
    const Candidate& k = edited;
    if (k.name.trimmed().isEmpty())
        return Edit::refused(tr("A candidate needs a name."));
    for (const QString* text : {&k.name, &k.siret, &k.legalForm, &k.nafCode, &k.contactName, &k.contactEmail,
                                &k.contactPhone, &k.projectTitle, &k.description, &k.wantedUse, &k.statusReason}) {
        if (const QString why = textProblem(*text); !why.isEmpty())
            return Edit::refused(why);
    }
    const Siret::Problem siret = Siret::check(k.siret);
    if (siret != Siret::Problem::None && siret != Siret::Problem::Empty)
        return Edit::refused(Siret::problemText(siret));
    if (!k.siret.isEmpty()) {
        for (const Candidate& other : campaign.candidates) {
            if (other.id != k.id && Siret::normalized(other.siret) == Siret::normalized(k.siret))
                return Edit::refused(
                    tr("Candidate no. %1 (%2) already has this SIRET.").arg(other.registrationNo).arg(other.name));
        }
    }
    if (!k.contactEmail.isEmpty() && !rules::validEmail(k.contactEmail))
        return Edit::refused(tr("“%1” is not an e-mail address.").arg(k.contactEmail));
    if (!rules::validSurface(k.requestedSurface))
        return Edit::refused(tr("A requested surface is a number of m², from 0 to %1.")
                                 .arg(QLocale().toString(rules::maxSurface, 'f', 0)));
    if (!rules::validJobs(k.jobsFte))
        return Edit::refused(tr("Jobs created are a number of full-time equivalents, from 0 to %1.")
                                 .arg(QLocale().toString(rules::maxJobs, 'f', 0)));
    if (!k.wantedUse.isEmpty() && !useTypeCodes().contains(k.wantedUse))
        return Edit::refused(tr("“%1” is not a use of the site.").arg(k.wantedUse));
    if (k.preferredBuildingId != 0 && !rowWithId(campaign.buildings, k.preferredBuildingId))
        return Edit::refused(tr("This building is no longer on the site."));
    if (fieldsOf(k) == fieldsOf(*current))
        return Edit::unchanged();
    Change change;
    change.text = tr("Edit %1 of “%2”").arg(what, k.name);
    change.candidates.put.push_back(k);
    return Edit::of(std::move(change));
}

Edit Edits::removeCandidate(const Campaign& campaign, Id candidateId)
{
    const Candidate* k = rowWithId(campaign.candidates, candidateId);
    if (!k)
        return Edit::refused(tr("This candidate is no longer in the campaign."));
    Change change;
    change.text = tr("Remove candidate “%1”").arg(k->name);
    change.candidates.remove.push_back(*k);
    return Edit::of(std::move(change));
}

Edit Edits::setConflict(const Campaign& campaign, Id jurorId, Id candidateId, bool conflicted, const QString& reason)
{
    const Juror* juror = rowWithId(campaign.jurors, jurorId);
    const Candidate* candidate = rowWithId(campaign.candidates, candidateId);
    if (!juror || !candidate)
        return Edit::refused(tr("This juror or this candidate is no longer in the campaign."));
    const QString why = textProblem(reason);
    if (!why.isEmpty())
        return Edit::refused(why);
    const Conflict* current = nullptr;
    for (const Conflict& k : campaign.conflicts) {
        if (k.jurorId == jurorId && k.candidateId == candidateId)
            current = &k;
    }
    Change change;
    if (conflicted) {
        if (current && current->reason == reason)
            return Edit::unchanged();
        change.conflicts.put.push_back({jurorId, candidateId, reason});
        change.text = tr("Declare a conflict of interest: %1 – %2").arg(juror->name, candidate->name);
    } else {
        if (!current)
            return Edit::unchanged();
        change.conflicts.remove.push_back(*current);
        change.text = tr("Withdraw a conflict of interest: %1 – %2").arg(juror->name, candidate->name);
    }
    return Edit::of(std::move(change));
}

QString Edits::scoreProblem(double value, const Jury& jury)
{
    switch (rules::scaleFit(value, jury)) {
    case rules::ScaleFit::OnScale:
        return {};
    case rules::ScaleFit::Outside:
        return tr("%1 is outside the scale of the %2: from %3 to %4.")
            .arg(Words::value(value), jury.name, Words::value(jury.scaleMin), Words::value(jury.scaleMax));
    case rules::ScaleFit::OffStep:
        return tr("%1 is not on the scale of the %2: from %3 to %4 in steps of %5.")
            .arg(Words::value(value), jury.name, Words::value(jury.scaleMin), Words::value(jury.scaleMax),
                 Words::value(jury.scaleStep));
    }
    return {};
}

Edit Edits::setScore(const Campaign& campaign, Id jurorId, Id candidateId, Id criterionId, const Score* current,
                     std::optional<double> value, const QString& origin, const QDateTime& at, const QString& reason)
{
    if (const QString why = textProblem(reason); !why.isEmpty())
        return Edit::refused(why);
    return withReason(scoreEdit(campaign, jurorId, candidateId, criterionId, current, value, origin, at), reason);
}

Edit Edits::scoreEdit(const Campaign& campaign, Id jurorId, Id candidateId, Id criterionId, const Score* current,
                      std::optional<double> value, const QString& origin, const QDateTime& at)
{
    const Juror* juror = rowWithId(campaign.jurors, jurorId);
    const Candidate* candidate = rowWithId(campaign.candidates, candidateId);
    const Criterion* criterion = rowWithId(campaign.criteria, criterionId);
    const Jury* jury = juror ? rowWithId(campaign.juries, juror->juryId) : nullptr;
    if (!jury || !candidate || !criterion)
        return Edit::refused(tr("This juror, candidate or criterion is no longer in the campaign."));
    for (const Conflict& k : campaign.conflicts) {
        if (k.jurorId == jurorId && k.candidateId == candidateId)
            return Edit::refused(tr("This juror has a conflict of interest with %1: no score.").arg(candidate->name));
    }
    Change change;
    if (!value) {
        if (!current)
            return Edit::unchanged();
        change.text = tr("Clear score of %1, %2").arg(candidate->name, criterion->name);
        change.scores.remove.push_back(*current);
        return Edit::of(std::move(change));
    }
    if (const QString why = scoreProblem(*value, *jury); !why.isEmpty())
        return Edit::refused(why);
    if (current && current->value == *value)
        return Edit::unchanged();
    Score s = current ? *current : Score{jurorId, candidateId, criterionId, 0, {}, {}, origin};
    s.value = *value;
    s.at = at;
    s.origin = origin;
    change.text = tr("Score %1 for %2, %3").arg(Words::value(*value), candidate->name, criterion->name);
    change.scores.put.push_back(s);
    return Edit::of(std::move(change));
}

Edit Edits::commentScore(const Campaign& campaign, const Score* current, const QString& comment, const QDateTime& at,
                         const QString& reason)
{
    if (const QString why = textProblem(reason); !why.isEmpty())
        return Edit::refused(why);
    return withReason(commentEdit(campaign, current, comment, at), reason);
}

Edit Edits::commentEdit(const Campaign& campaign, const Score* current, const QString& comment, const QDateTime& at)
{
    if (!current)
        return Edit::refused(tr("Enter a score before its comment."));
    if (const QString why = textProblem(comment); !why.isEmpty())
        return Edit::refused(why);
    if (current->comment == comment)
        return Edit::unchanged();
    const Candidate* candidate = rowWithId(campaign.candidates, current->candidateId);
    const Criterion* criterion = rowWithId(campaign.criteria, current->criterionId);
    if (!candidate || !criterion)
        return Edit::refused(tr("This juror, candidate or criterion is no longer in the campaign."));
    Score s = *current;
    s.comment = comment;
    s.at = at;
    Change change;
    change.text = tr("Comment on %1, %2").arg(candidate->name, criterion->name);
    change.scores.put.push_back(s);
    return Edit::of(std::move(change));
}

} // namespace palmares
