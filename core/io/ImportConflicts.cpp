// SPDX-License-Identifier: GPL-3.0-or-later
// Conflict-of-interest rows: a juror and a candidate.
#include "core/io/ImportKinds.h"

#include <utility>

namespace palmares::importing {

namespace {

class ConflictRows {
public:
    explicit ConflictRows(ImportRow& row)
        : r(row)
    {}
    void read();

private:
    ImportRow& r;
    FileRows<std::pair<Id, Id>> m_pairs;
};

void ConflictRows::read()
{
    const Campaign& c = r.campaign();
    const int juror = r.find(r.index().jurors, r.column("juror"));
    const int candidate = r.find(r.index().candidates, r.column("candidate"));
    if (r.hasError())
        return;
    Conflict k{c.jurors[size_t(juror)].id, c.candidates[size_t(candidate)].id, r.cell("reason")};
    if (const int first = m_pairs.earlier({k.jurorId, k.candidateId}, r.rowNumber())) {
        r.report(r.column("candidate"), r.cell("candidate"),
                 Import::tr("Same juror and candidate as row %1 of this file.").arg(first));
        return;
    }
    if (r.decide(r.index().hasConflict(k.jurorId, k.candidateId)) == ImportRow::Action::Skip) {
        r.report(r.column("candidate"), r.cell("candidate"),
                 Import::tr("This conflict of interest is already recorded: row skipped."), ImportProblem::Warning);
        return;
    }
    r.plan().change.conflicts.put.push_back(k);
}

} // namespace

bool planConflicts(ImportRow& row, const Progress& progress)
{
    ConflictRows rows(row);
    return row.readAll(progress, [&rows] { rows.read(); });
}

} // namespace palmares::importing
