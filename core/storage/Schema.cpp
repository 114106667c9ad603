// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace palmares::schema {

namespace {

// Version 1: the whole domain model of DESIGN section 3.
const char* const version1[] = {
    R"(CREATE TABLE campaign (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        territory TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        end_date TEXT,
        status TEXT NOT NULL DEFAULT 'draft'
            CHECK (status IN ('draft', 'open', 'scoring', 'deliberation', 'closed')),
        rentable_surface_override REAL NOT NULL DEFAULT 0 CHECK (rentable_surface_override >= 0),
        fill_target_pct REAL NOT NULL DEFAULT 80 CHECK (fill_target_pct > 0 AND fill_target_pct <= 100),
        count_land INTEGER NOT NULL DEFAULT 0 CHECK (count_land IN (0, 1)),
        aggregation TEXT NOT NULL DEFAULT 'mean' CHECK (aggregation IN ('mean', 'median', 'trimmed_mean')),
        debias INTEGER NOT NULL DEFAULT 0 CHECK (debias IN (0, 1)),
        tie_chain TEXT NOT NULL DEFAULT '',
        selection_rule TEXT NOT NULL DEFAULT 'greedy' CHECK (selection_rule IN ('greedy', 'best_value')),
        jury_sd_threshold REAL NOT NULL DEFAULT 20 CHECK (jury_sd_threshold >= 0),
        jury_gap_threshold REAL NOT NULL DEFAULT 20 CHECK (jury_gap_threshold >= 0),
        waiting_list_size INTEGER NOT NULL DEFAULT 10 CHECK (waiting_list_size >= 0),
        created_at TEXT NOT NULL))",
    "INSERT INTO campaign (id, created_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
    R"(CREATE TABLE buildings (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        surface REAL NOT NULL CHECK (surface >= 0),
        use_type TEXT NOT NULL,
        accepted_uses TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE pillars (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
        eliminatory_threshold REAL CHECK (eliminatory_threshold BETWEEN 0 AND 100),
        position INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE criteria (
        id INTEGER PRIMARY KEY,
        pillar_id INTEGER NOT NULL REFERENCES pillars(id) ON DELETE CASCADE,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
        position INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX criteria_pillar ON criteria(pillar_id)",
    R"(CREATE TABLE rubric_levels (
        criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
        level INTEGER NOT NULL,
        label TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (criterion_id, level)) WITHOUT ROWID)",
    R"(CREATE TABLE juries (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
        scale_min REAL NOT NULL,
        scale_max REAL NOT NULL,
        scale_step REAL NOT NULL DEFAULT 1 CHECK (scale_step >= 0),
        quorum INTEGER NOT NULL DEFAULT 1 CHECK (quorum >= 0),
        position INTEGER NOT NULL DEFAULT 0,
        CHECK (scale_max > scale_min)))",
    R"(CREATE TABLE jurors (
        id INTEGER PRIMARY KEY,
        jury_id INTEGER NOT NULL REFERENCES juries(id) ON DELETE RESTRICT,
        name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX jurors_jury ON jurors(jury_id)",
    R"(CREATE TABLE candidates (
        id INTEGER PRIMARY KEY,
        registration_no INTEGER NOT NULL UNIQUE,
        name TEXT NOT NULL,
        siret TEXT NOT NULL DEFAULT '',
        legal_form TEXT NOT NULL DEFAULT '',
        ess INTEGER NOT NULL DEFAULT 0 CHECK (ess IN (0, 1)),
        naf_code TEXT NOT NULL DEFAULT '',
        contact_name TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        project_title TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        requested_surface REAL NOT NULL DEFAULT 0 CHECK (requested_surface >= 0),
        wanted_use TEXT NOT NULL DEFAULT '',
        preferred_building_id INTEGER REFERENCES buildings(id) ON DELETE SET NULL,
        jobs_fte REAL NOT NULL DEFAULT 0 CHECK (jobs_fte >= 0),
        wanted_start TEXT,
        status TEXT NOT NULL DEFAULT 'received'
            CHECK (status IN ('received', 'eligible', 'ineligible', 'withdrawn')),
        status_reason TEXT NOT NULL DEFAULT '',
        received_at TEXT))",
    "CREATE UNIQUE INDEX candidates_siret ON candidates(siret) WHERE siret <> ''",
    "CREATE INDEX candidates_building ON candidates(preferred_building_id)",
    R"(CREATE TABLE conflicts (
        juror_id INTEGER NOT NULL REFERENCES jurors(id) ON DELETE CASCADE,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (juror_id, candidate_id)) WITHOUT ROWID)",
    "CREATE INDEX conflicts_candidate ON conflicts(candidate_id)",
    R"(CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        mime_type TEXT NOT NULL DEFAULT '',
        data BLOB NOT NULL,
        added_at TEXT NOT NULL))",
    "CREATE INDEX attachments_candidate ON attachments(candidate_id)",
    // The largest table (1.5 million rows in a large campaign): no rowid, keyed by
    // candidate first (the engine and the screens read a candidate's scores together, and
    // bulk writes arrive in that order), time as integer milliseconds since the epoch (UTC).
    // Deleting a juror or a criterion scans it once; that is rare, an extra index is not.
    R"(CREATE TABLE scores (
        candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
        juror_id INTEGER NOT NULL REFERENCES jurors(id) ON DELETE CASCADE,
        criterion_id INTEGER NOT NULL REFERENCES criteria(id) ON DELETE CASCADE,
        value REAL NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        at INTEGER NOT NULL DEFAULT 0,
        origin TEXT NOT NULL DEFAULT 'entered',
        PRIMARY KEY (candidate_id, juror_id, criterion_id)) WITHOUT ROWID)",
    R"(CREATE TABLE resources (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE occupants (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        siret TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        building_id INTEGER REFERENCES buildings(id) ON DELETE SET NULL))",
    R"(CREATE TABLE flows (
        id INTEGER PRIMARY KEY,
        candidate_id INTEGER REFERENCES candidates(id) ON DELETE CASCADE,
        occupant_id INTEGER REFERENCES occupants(id) ON DELETE CASCADE,
        resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE RESTRICT,
        direction TEXT NOT NULL CHECK (direction IN ('output', 'input')),
        quantity REAL NOT NULL DEFAULT 0 CHECK (quantity >= 0),
        unit TEXT NOT NULL DEFAULT '',
        CHECK ((candidate_id IS NULL) <> (occupant_id IS NULL))))",
    "CREATE INDEX flows_candidate ON flows(candidate_id)",
    "CREATE INDEX flows_occupant ON flows(occupant_id)",
    "CREATE INDEX flows_resource ON flows(resource_id)",
    R"(CREATE TABLE decisions (
        candidate_id INTEGER PRIMARY KEY REFERENCES candidates(id) ON DELETE CASCADE,
        decision TEXT NOT NULL DEFAULT 'none' CHECK (decision IN ('none', 'laureate', 'waiting', 'rejected')),
        building_id INTEGER REFERENCES buildings(id) ON DELETE SET NULL,
        override TEXT NOT NULL DEFAULT 'none' CHECK (override IN ('none', 'forced_in', 'forced_out')),
        justification TEXT NOT NULL DEFAULT '',
        decided_at TEXT,
        CHECK (override = 'none' OR length(trim(justification)) > 0)))",
    R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        details TEXT NOT NULL DEFAULT ''))",
};

// Version 2: the column mappings of the import wizard, remembered per kind of import.
const char* const version2[] = {
    "ALTER TABLE campaign ADD COLUMN import_mappings TEXT NOT NULL DEFAULT ''",
};

} // namespace

QStringList stepStatements(int version)
{
    QStringList out;
    if (version == 1) {
        for (const char* sql : version1)
            out << QString::fromUtf8(sql);
    } else if (version == 2) {
        for (const char* sql : version2)
            out << QString::fromUtf8(sql);
    }
    return out;
}

bool migrate(QSqlDatabase& db, int fromVersion, QString* error)
{
    for (int version = fromVersion + 1; version <= currentVersion; ++version) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        QStringList statements = stepStatements(version);
        if (version == 1)
            statements << QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(version);
        for (const QString& sql : statements) {
            if (!q.exec(sql)) {
                *error = q.lastError().text();
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace palmares::schema
