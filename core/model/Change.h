// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <optional>
#include <tuple>
#include <vector>

// One edit of a campaign as plain data: rows to write (insert or replace, by key) and
// rows to remove, per table. The document applies a Change to the file and to the data
// in memory alike, and undoes it by applying its inverse; a removal's dependent rows
// (a candidate's scores…) are listed in the Change itself, never left to SQL cascades.
namespace palmares {

template<typename T> struct Rows {
    std::vector<T> put;    // inserted, or replacing the row with the same key
    std::vector<T> remove; // only the key fields matter
    bool isEmpty() const { return put.empty() && remove.empty(); }
};

// Keys of the rows of each table.
inline Id rowKey(const Building& r)
{
    return r.id;
}
inline Id rowKey(const Pillar& r)
{
    return r.id;
}
inline Id rowKey(const Criterion& r)
{
    return r.id;
}
inline Id rowKey(const Jury& r)
{
    return r.id;
}
inline Id rowKey(const Juror& r)
{
    return r.id;
}
inline Id rowKey(const Candidate& r)
{
    return r.id;
}
inline Id rowKey(const Occupant& r)
{
    return r.id;
}
inline Id rowKey(const Flow& r)
{
    return r.id;
}
inline Id rowKey(const Attachment& r)
{
    return r.id;
}
inline Id rowKey(const Decision& r)
{
    return r.candidateId;
}
inline Id rowKey(const JurorPackage& r)
{
    return r.jurorId;
}
inline Id rowKey(const DeliberationSession& r)
{
    return r.id;
}
inline Id rowKey(const IssuedReport& r)
{
    return r.id;
}
inline std::tuple<Id, Id> rowKey(const Conflict& r)
{
    return {r.jurorId, r.candidateId};
}
inline std::tuple<Id, Id, Id> rowKey(const Score& r)
{
    return {r.candidateId, r.jurorId, r.criterionId};
}

// The table each kind of row lives in, as the file and the audit log name it.
inline const char* tableName(const Building*)
{
    return "buildings";
}
inline const char* tableName(const Pillar*)
{
    return "pillars";
}
inline const char* tableName(const Criterion*)
{
    return "criteria";
}
inline const char* tableName(const Jury*)
{
    return "juries";
}
inline const char* tableName(const Juror*)
{
    return "jurors";
}
inline const char* tableName(const Occupant*)
{
    return "occupants";
}
inline const char* tableName(const Candidate*)
{
    return "candidates";
}
inline const char* tableName(const Conflict*)
{
    return "conflicts";
}
inline const char* tableName(const Decision*)
{
    return "decisions";
}
inline const char* tableName(const Flow*)
{
    return "flows";
}
inline const char* tableName(const Attachment*)
{
    return "attachments";
}
inline const char* tableName(const Score*)
{
    return "scores";
}
inline const char* tableName(const JurorPackage*)
{
    return "juror_packages";
}
// With its jurors present, in the table deliberation_jurors (as a criterion's rubric).
inline const char* tableName(const DeliberationSession*)
{
    return "deliberation_session";
}
// With its digests, in the table issued_report_digests.
inline const char* tableName(const IssuedReport*)
{
    return "issued_reports";
}
inline const char* tableName(const Resource*)
{
    return "resources";
}

// Calls f with the same table of each holder (Campaigns and Changes alike: their tables
// share names), for every table an edit can touch, parents before children: the order
// rows are written in.
template<typename F, typename... Holders> void forEachTable(F&& f, Holders&... h)
{
    f(h.buildings...), f(h.pillars...), f(h.criteria...), f(h.juries...), f(h.jurors...), f(h.occupants...),
        f(h.candidates...), f(h.conflicts...), f(h.decisions...), f(h.flows...), f(h.attachments...), f(h.scores...),
        f(h.packages...), f(h.sessions...), f(h.issued...);
}
// The same, children before parents: the order rows are removed in.
template<typename F, typename... Holders> void forEachTableChildrenFirst(F&& f, Holders&... h)
{
    f(h.issued...), f(h.sessions...), f(h.packages...), f(h.scores...), f(h.attachments...), f(h.flows...),
        f(h.decisions...), f(h.conflicts...), f(h.candidates...), f(h.occupants...), f(h.jurors...), f(h.juries...),
        f(h.criteria...), f(h.pillars...), f(h.buildings...);
}

struct Change {
    QString text; // what the user did, for the Undo menu and the audit log
    QString note; // more for the audit log only (an import's file and its SHA-256)
    // Why an edit the campaign's status restricts was made (a score corrected in
    // deliberation, a step back in the lifecycle); written in the audit log.
    QString justification;

    std::optional<CampaignSettings> settings;
    Rows<Building> buildings;
    Rows<Pillar> pillars;
    Rows<Criterion> criteria;
    Rows<Jury> juries;
    Rows<Juror> jurors;
    Rows<Occupant> occupants;
    Rows<Candidate> candidates;
    Rows<Conflict> conflicts;
    Rows<Decision> decisions;
    Rows<Flow> flows;
    Rows<Attachment> attachments;
    Rows<Score> scores;
    Rows<JurorPackage> packages;
    Rows<DeliberationSession> sessions;
    Rows<IssuedReport> issued;

    bool isEmpty() const
    {
        bool empty = !settings;
        forEachTable([&](const auto& rows) { empty = empty && rows.isEmpty(); }, *this);
        return empty;
    }
    // Rows put and removed, all tables together.
    size_t rowCount() const
    {
        size_t n = 0;
        forEachTable([&](const auto& rows) { n += rows.put.size() + rows.remove.size(); }, *this);
        return n;
    }
    // The rows put and removed in one table.
    struct TableCount {
        const char* table; // as tableName() says it
        size_t put = 0;
        size_t removed = 0;
    };
    // The main table touched ("campaign" for settings); the tables touched, with their
    // counts, in the order of forEachTable; and those counts as one line for a developer:
    // "campaign settings; scores +1 -0" (the journal says them in words:
    // Words::changeDetails).
    QString entity() const;
    std::vector<TableCount> counts() const;
    QString summary() const;
};

// Applies `change` to `campaign` in memory, table by table; tables keep their
// usual order (candidates by registration number, pillars by position…). Attachments
// are kept without their bytes.
void applyChange(Campaign& campaign, const Change& change);

// The rows a removal in `change` takes with it (scores of a removed candidate, criteria of
// a removed pillar, the preferred building of candidates when it goes, a removed juror
// from the jurors present at the deliberation session…), added to it.
// A row both removed and put is removed first, with its dependents, then put back bare:
// the campaign file does the same (its foreign keys cascade on the removal).
void addDependents(const Campaign& campaign, Change& change);

// The Change that undoes `change` on `campaign` (taken before `change` is applied).
// Removed attachments come back without their bytes: the caller fills them in.
Change inverseOf(const Campaign& campaign, const Change& change);

} // namespace palmares
