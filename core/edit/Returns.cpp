// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/Returns.h"

#include "core/model/KeyHash.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"

#include <QSet>

#include <unordered_map>

namespace palmares {

namespace {

template<typename T> const T* byId(const std::vector<T>& rows, Id id)
{
    for (const T& r : rows) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

} // namespace

QString Returns::origin(const QString& fileName)
{
    return QStringLiteral("package:") + fileName;
}

ReturnPlan Returns::plan(const Campaign& campaign, const PackageContents& contents, const QString& fileName,
                         const QByteArray& sha256, const QDateTime& now)
{
    ReturnPlan out;
    out.submitted = contents.submittedAt.isValid();
    const Id jurorId = contents.juror.id;
    const Juror* juror = byId(campaign.jurors, jurorId);
    const JurorPackage* record = packageOf(campaign, jurorId);
    if (!juror || !record) {
        out.edit = Edit::refused(
            Words::packageProblem(juror ? PackageProblem::NoPassphrase : PackageProblem::UnknownJuror, fileName));
        return out;
    }
    if (record->returnSha256 == sha256) {
        out.alreadyImported = true;
        out.edit = Edit::unchanged();
        return out;
    }
    const Jury* jury = byId(campaign.juries, juror->juryId);
    QSet<Id> assigned;
    for (const Candidate* k : assignedTo(campaign, jurorId))
        assigned.insert(k->id);
    QSet<Id> conflicted;
    for (const Conflict& k : campaign.conflicts) {
        if (k.jurorId == jurorId)
            conflicted.insert(k.candidateId);
    }
    std::unordered_map<std::tuple<Id, Id>, const Score*, KeyHash> held;
    for (const Score& s : campaign.scores) {
        if (s.jurorId == jurorId)
            held[{s.candidateId, s.criterionId}] = &s;
    }

    Change change;
    for (const PackageScore& s : contents.scores) {
        const auto skip = [&](ReturnSkip why) { out.skipped.push_back({s, why}); };
        const auto found = held.find({s.candidateId, s.criterionId});
        const Score* current = found == held.end() ? nullptr : found->second;
        if (current && current->value == s.value && current->comment == s.comment) {
            ++out.unchanged;
            continue;
        }
        if (!s.changedByJuror()) {
            // The juror left it as exported: the campaign's value, changed since, stands.
            ++out.unchanged;
            continue;
        }
        if (!byId(campaign.candidates, s.candidateId)) {
            skip(ReturnSkip::CandidateGone);
        } else if (conflicted.contains(s.candidateId)) {
            skip(ReturnSkip::InConflict);
        } else if (!assigned.contains(s.candidateId)) {
            skip(ReturnSkip::NotRunning);
        } else if (!byId(campaign.criteria, s.criterionId)) {
            skip(ReturnSkip::CriterionGone);
        } else if (!jury || !rules::onScale(s.value, *jury)) {
            skip(ReturnSkip::OffScale);
        } else if (current && current->at != s.base) {
            out.conflicts.push_back({*current, s});
        } else {
            change.scores.put.push_back(
                {jurorId, s.candidateId, s.criterionId, s.value, s.comment, s.at, origin(fileName)});
            ++out.taken;
        }
    }
    JurorPackage updated = *record;
    updated.returnedAt = now;
    updated.returnSha256 = sha256;
    updated.submittedAt = contents.submittedAt;
    change.packages.put.push_back(updated);
    change.text = tr("Return of %1's package").arg(juror->name);
    QStringList notes{fileName};
    for (const ReturnConflict& c : out.conflicts)
        notes << Words::returnConflict(campaign, c);
    change.note = notes.join(QLatin1Char('\n'));
    out.edit = Edit::of(std::move(change));
    return out;
}

Edit Returns::settle(const Campaign& campaign, const ReturnConflict& conflict, const QString& fileName)
{
    const PackageScore& s = conflict.returned;
    const Candidate* candidate = byId(campaign.candidates, s.candidateId);
    const Criterion* criterion = byId(campaign.criteria, s.criterionId);
    if (!candidate || !criterion)
        return Edit::refused(tr("The candidate or the criterion of this score is no longer in the campaign."));
    Change change;
    change.scores.put.push_back(
        {conflict.held.jurorId, s.candidateId, s.criterionId, s.value, s.comment, s.at, origin(fileName)});
    change.text = tr("Score %1 for %2, %3 taken from a juror's return")
                      .arg(Words::value(s.value), candidate->name, criterion->name);
    change.note = Words::returnConflict(campaign, conflict);
    return Edit::of(std::move(change));
}

Edit Returns::recordExport(const Campaign& campaign, const std::vector<JurorPackage>& records)
{
    if (records.empty())
        return Edit::unchanged();
    Change change;
    for (JurorPackage r : records) {
        if (const JurorPackage* before = packageOf(campaign, r.jurorId)) {
            r.returnedAt = before->returnedAt;
            r.submittedAt = before->submittedAt;
            r.returnSha256 = before->returnSha256;
        }
        change.packages.put.push_back(r);
    }
    change.text = tr("Export of %n juror package(s)", nullptr, int(records.size()));
    return Edit::of(std::move(change));
}

} // namespace palmares
