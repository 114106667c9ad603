// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"
#include "core/model/Change.h"

#include <QDateTime>
#include <QString>

// The campaign's journal: its audit log, one entry per change saved (an edit, an import,
// an undo or a redo, a step of the lifecycle), with who made it, when, and the candidate
// and the juror it concerns.
namespace palmares {

// The one candidate the change concerns (0: none or several) and its name then; the same
// for a juror. The name stays when the row is later removed.
struct Concerned {
    Id candidateId = 0;
    QString candidate;
    Id jurorId = 0;
    QString juror;
};

// One entry, with the candidate and the juror it concerns.
struct JournalEntry : Concerned {
    Id id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action; // "edit", "import", "undo", "redo", "write_campaign", "upgrade_schema"
    QString entity; // the main table touched, as Change::entity() names it
    QString details;
};

// Who a change concerns, for the journal: a candidate's row, scores, decision, conflicts,
// flows or attachments, a juror's row, scores or conflicts; none when it concerns no one,
// or more than one (an import). Their names come from `before`, the campaign the change
// applies to, or from the change for a new row.
Concerned concernedBy(const Campaign& before, const Change& change);

} // namespace palmares
