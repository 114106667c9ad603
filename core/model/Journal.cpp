// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Journal.h"

#include <algorithm>

namespace palmares {

namespace {

// Keeps the one id seen; -1 once two different ones were seen.
void note(Id& one, Id id)
{
    if (id == 0 || one == -1)
        return;
    one = one == 0 || one == id ? id : -1;
}

template<typename Row> const Row* byId(const std::vector<Row>& rows, Id id)
{
    const auto it = std::find_if(rows.begin(), rows.end(), [id](const Row& r) { return r.id == id; });
    return it == rows.end() ? nullptr : &*it;
}

template<typename Row, typename F> void each(const Rows<Row>& rows, F&& f)
{
    for (const Row& r : rows.put)
        f(r);
    for (const Row& r : rows.remove)
        f(r);
}

} // namespace

Concerned concernedBy(const Campaign& before, const Change& change)
{
    Id candidate = 0, juror = 0;
    each(change.candidates, [&](const Candidate& c) { note(candidate, c.id); });
    each(change.scores, [&](const Score& s) {
        note(candidate, s.candidateId);
        note(juror, s.jurorId);
    });
    each(change.decisions, [&](const Decision& d) { note(candidate, d.candidateId); });
    each(change.conflicts, [&](const Conflict& c) {
        note(candidate, c.candidateId);
        note(juror, c.jurorId);
    });
    each(change.flows, [&](const Flow& f) { note(candidate, f.candidateId); });
    each(change.attachments, [&](const Attachment& a) { note(candidate, a.candidateId); });
    each(change.jurors, [&](const Juror& j) { note(juror, j.id); });
    each(change.packages, [&](const JurorPackage& p) { note(juror, p.jurorId); });
    Concerned out;
    if (candidate > 0) {
        out.candidateId = candidate;
        if (const Candidate* c = byId(before.candidates, candidate))
            out.candidate = c->name;
        for (const Candidate& c : change.candidates.put)
            if (c.id == candidate)
                out.candidate = c.name; // a new one, or a new name
    }
    if (juror > 0) {
        out.jurorId = juror;
        if (const Juror* j = byId(before.jurors, juror))
            out.juror = j->name;
        for (const Juror& j : change.jurors.put)
            if (j.id == juror)
                out.juror = j.name;
    }
    return out;
}

} // namespace palmares
