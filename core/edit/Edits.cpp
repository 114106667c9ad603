// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/Edits.h"

#include "core/edit/CampaignDocument.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"

namespace palmares {

namespace {

const Candidate* candidateWithId(const Campaign& campaign, Id id)
{
    for (const Candidate& k : campaign.candidates) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

} // namespace

Edit Edits::settings(const CampaignSettings& settings, const QString& text)
{
    Change change;
    change.text = text;
    change.settings = settings;
    return Edit::of(std::move(change));
}

Edit Edits::recordDecision(const Campaign& campaign, Id candidateId, DecisionKind kind, Override override_,
                           const QString& justification, const QDateTime& at)
{
    const Candidate* cand = candidateWithId(campaign, candidateId);
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
    Change change;
    change.text = tr("Decision on “%1”: %2").arg(cand->name, Words::decision(d));
    if (d.kind == DecisionKind::None && d.override_ == Override::None)
        change.decisions.remove.push_back(d);
    else
        change.decisions.put.push_back(d);
    return Edit::of(std::move(change));
}

Edit Edits::attach(const Campaign& campaign, Id candidateId, const QString& fileName, const QString& mimeType,
                   const QByteArray& data, const QDateTime& at)
{
    const Candidate* cand = candidateWithId(campaign, candidateId);
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
    change.text = tr("Attach %1 to “%2”").arg(a.fileName, cand->name);
    change.attachments.put.push_back(a);
    return Edit::of(std::move(change));
}

Edit Edits::removeAttachment(const Campaign& campaign, Id attachmentId)
{
    for (const Attachment& a : campaign.attachments) {
        if (a.id != attachmentId)
            continue;
        Change change;
        change.text = tr("Remove attachment %1").arg(a.fileName);
        change.attachments.remove.push_back(a);
        return Edit::of(std::move(change));
    }
    return Edit::refused(tr("This attachment is no longer in the campaign."));
}

} // namespace palmares
