// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Schema.h"

#include "core/storage/SqlRules.h"

#include <QCoreApplication>
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

// Version 3: the constraints of pillars, criteria, juries and resources follow the domain
// rules (core/model/Rules, through SqlRules): a code is one word and unique whatever its
// case (SQLite's NOCASE folds ASCII letters only; the application compares codes with
// rules::sameCode), a weight goes from 0 to rules::maxWeight, a quorum from
// rules::minQuorum to rules::maxQuorum. SQLite cannot change a constraint, so each table is
// rebuilt as https://www.sqlite.org/lang_altertable.html ("Making other kinds of table
// schema changes") says: new_X created, its rows copied, X dropped, new_X renamed to X, its
// indexes created again. migrate() turns the foreign keys off around the step (dropping
// a parent would otherwise delete its children) and checks them before committing; it
// refuses a file whose rows break a rule it cannot repair, before anything is written.
// A quorum below the minimum becomes the minimum, as rules::effectiveQuorum counted it.
QStringList version3()
{
    using namespace sql;
    const QString code = QStringLiteral("code TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (%1)").arg(codeRule());
    const QString weight = QStringLiteral("weight REAL NOT NULL DEFAULT 1 CHECK (%1)").arg(weightRule());
    QStringList out;
    // `copied` are the values of `columns` in the old table, when not the columns themselves.
    auto rebuild = [&out](const char* table, const QString& definition, const char* columns,
                          const QString& copied = {}) {
        const QString name = QString::fromLatin1(table);
        const QString cols = QString::fromLatin1(columns);
        out << QStringLiteral("CREATE TABLE new_%1 (%2)").arg(name, definition)
            << QStringLiteral("INSERT INTO new_%1 (%2) SELECT %3 FROM %1")
                   .arg(name, cols, copied.isEmpty() ? cols : copied)
            << QStringLiteral("DROP TABLE %1").arg(name) << QStringLiteral("ALTER TABLE new_%1 RENAME TO %1").arg(name);
    };
    rebuild("pillars",
            QStringLiteral(R"(
        id INTEGER PRIMARY KEY,
        %1,
        name TEXT NOT NULL,
        %2,
        eliminatory_threshold REAL CHECK (%3),
        position INTEGER NOT NULL DEFAULT 0)")
                .arg(code, weight, thresholdRule()),
            "id, code, name, weight, eliminatory_threshold, position");
    rebuild("criteria",
            QStringLiteral(R"(
        id INTEGER PRIMARY KEY,
        pillar_id INTEGER NOT NULL REFERENCES pillars(id) ON DELETE CASCADE,
        %1,
        name TEXT NOT NULL,
        %2,
        position INTEGER NOT NULL DEFAULT 0)")
                .arg(code, weight),
            "id, pillar_id, code, name, weight, position");
    out << QStringLiteral("CREATE INDEX criteria_pillar ON criteria(pillar_id)");
    // Each quorum the step repairs is in the audit log.
    out << QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, details) "
                          "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'palmares', 'upgrade_schema', 'jury', id, "
                          "'quorum ' || quote(quorum) || ' -> ' || %1 FROM juries WHERE quorum IS NOT %1")
               .arg(repairedQuorum());
    rebuild(
        "juries",
        QStringLiteral(R"(
        id INTEGER PRIMARY KEY,
        %1,
        name TEXT NOT NULL,
        %2,
        scale_min REAL NOT NULL,
        scale_max REAL NOT NULL,
        scale_step REAL NOT NULL DEFAULT 1 CHECK (scale_step >= 0),
        quorum INTEGER NOT NULL DEFAULT 1 CHECK (%3),
        position INTEGER NOT NULL DEFAULT 0,
        CHECK (scale_max > scale_min))")
            .arg(code, weight, quorumRule()),
        "id, code, name, weight, scale_min, scale_max, scale_step, quorum, position",
        QStringLiteral("id, code, name, weight, scale_min, scale_max, scale_step, %1, position").arg(repairedQuorum()));
    rebuild("resources",
            QStringLiteral(R"(
        id INTEGER PRIMARY KEY,
        %1,
        name TEXT NOT NULL,
        category TEXT NOT NULL DEFAULT '')")
                .arg(code),
            "id, code, name, category");
    return out;
}

// Version 4: the journal names the candidate and the juror an entry concerns, by id and by
// their name at the time (core/model/Journal: the name stays when the row goes).
const char* const version4[] = {
    "ALTER TABLE audit_log ADD COLUMN candidate_id INTEGER",
    "ALTER TABLE audit_log ADD COLUMN candidate TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE audit_log ADD COLUMN juror_id INTEGER",
    "ALTER TABLE audit_log ADD COLUMN juror TEXT NOT NULL DEFAULT ''",
};

// Version 5: the campaign's identity, 16 random bytes, which juror packages name so that a
// package is never taken for another campaign's. A file made before it gets one now.
const char* const version5[] = {
    "ALTER TABLE campaign ADD COLUMN identity BLOB CHECK (identity IS NULL OR length(identity) = 16)",
    "UPDATE campaign SET identity = randomblob(16) WHERE identity IS NULL",
};

// Version 6: what the campaign keeps of each juror's package (docs/juror-package.md): the
// passphrase of the juror's letter, when the package was exported, returned and submitted,
// and the SHA-256 of the last file imported.
const char* const version6[] = {
    R"(CREATE TABLE juror_packages (
        juror_id INTEGER PRIMARY KEY REFERENCES jurors(id) ON DELETE CASCADE,
        passphrase TEXT NOT NULL CHECK (length(passphrase) > 0),
        exported_at TEXT,
        returned_at TEXT,
        submitted_at TEXT,
        return_sha256 BLOB CHECK (return_sha256 IS NULL OR length(return_sha256) = 32)))",
};

// Version 7: the record of the deliberation session, from which the minutes are written
// (core/model/Campaign: DeliberationSession): one row at most, and the jurors present. A
// juror removed is no longer present (the Change says so too: addDependents). Its texts
// follow the domain rules (rules::validSessionLine, rules::validSessionNotes, through
// SqlRules). A file made before it has no session.
QStringList version7()
{
    using namespace sql;
    return {QStringLiteral(R"(CREATE TABLE deliberation_session (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        held_at TEXT NOT NULL CHECK (held_at <> ''),
        place TEXT NOT NULL CHECK (%1),
        chair TEXT NOT NULL CHECK (%2),
        notes TEXT NOT NULL DEFAULT '' CHECK (%3)))")
                .arg(sessionLineRule(QStringLiteral("place")), sessionLineRule(QStringLiteral("chair")),
                     sessionNotesRule(QStringLiteral("notes"))),
            QStringLiteral(R"(CREATE TABLE deliberation_jurors (
        session_id INTEGER NOT NULL REFERENCES deliberation_session(id) ON DELETE CASCADE,
        juror_id INTEGER NOT NULL REFERENCES jurors(id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, juror_id)) WITHOUT ROWID)"),
            QStringLiteral("CREATE INDEX deliberation_jurors_juror ON deliberation_jurors(juror_id)")};
}

// Version 8: the record of the documents issued with the fingerprint of the campaign's
// result (docs/fingerprint.md): what each was (report, minutes, workbook; public or full),
// when, under which file name, its fingerprint and the digest of each table in its order,
// so that `verify` can say which table changed since. A file made before it has none.
const char* const version8[] = {
    R"(CREATE TABLE issued_reports (
        id INTEGER PRIMARY KEY,
        issued_at TEXT NOT NULL CHECK (issued_at <> ''),
        document TEXT NOT NULL CHECK (document IN ('report', 'minutes', 'workbook')),
        public INTEGER NOT NULL CHECK (public IN (0, 1)),
        file_name TEXT NOT NULL DEFAULT '',
        format INTEGER NOT NULL CHECK (format >= 1),
        fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64 AND fingerprint NOT GLOB '*[^0-9a-f]*')))",
    R"(CREATE TABLE issued_report_digests (
        report_id INTEGER NOT NULL REFERENCES issued_reports(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        part TEXT NOT NULL CHECK (part <> ''),
        sha256 BLOB NOT NULL CHECK (length(sha256) = 32),
        PRIMARY KEY (report_id, part),
        UNIQUE (report_id, position)) WITHOUT ROWID)",
};

class Messages {
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    static QString brokenReference(const QString& table, const QString& parent)
    {
        return tr("a row of table %1 refers to a missing row of table %2").arg(table, parent);
    }
    static QString foreignKeysStayOn() { return tr("the foreign keys cannot be turned off for the upgrade"); }
};

// The steps that rebuild tables, and so run with the foreign keys off.
bool rebuildsTables(int version)
{
    return version == 3;
}

// Sets PRAGMA foreign_keys, which does nothing inside a transaction: hence the check.
bool setForeignKeys(QSqlDatabase& db, bool on, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = %1").arg(on ? 1 : 0)) ||
        !q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.value(0).toBool() != on) {
        *error = Messages::foreignKeysStayOn();
        return false;
    }
    return true;
}

// One step, in its own transaction.
bool runStep(QSqlDatabase& db, int version, QString* error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    auto fail = [&](const QString& why) {
        q.finish();
        *error = why;
        db.rollback();
        return false;
    };
    if (version == 3) {
        QString why;
        if (!sql::rowsFollowTheRules(db, &why))
            return fail(why);
    }
    QStringList statements = stepStatements(version);
    if (version == 1)
        statements << QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
    for (const QString& sql : statements) {
        if (!q.exec(sql))
            return fail(q.lastError().text());
    }
    if (rebuildsTables(version)) {
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return fail(q.lastError().text());
        if (q.next())
            return fail(Messages::brokenReference(q.value(0).toString(), q.value(2).toString()));
        q.finish();
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return fail(q.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

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
    } else if (version == 3) {
        out = version3();
    } else if (version == 4) {
        for (const char* sql : version4)
            out << QString::fromUtf8(sql);
    } else if (version == 5) {
        for (const char* sql : version5)
            out << QString::fromUtf8(sql);
    } else if (version == 6) {
        for (const char* sql : version6)
            out << QString::fromUtf8(sql);
    } else if (version == 7) {
        out = version7();
    } else if (version == 8) {
        for (const char* sql : version8)
            out << QString::fromUtf8(sql);
    }
    return out;
}

bool migrate(QSqlDatabase& db, int fromVersion, QString* error)
{
    for (int version = fromVersion + 1; version <= currentVersion; ++version) {
        if (!rebuildsTables(version)) {
            if (!runStep(db, version, error))
                return false;
            continue;
        }
        // Steps 1 and 12 of SQLite's procedure, around the transaction.
        bool foreignKeys = false;
        {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next()) {
                *error = q.lastError().text();
                return false;
            }
            foreignKeys = q.value(0).toBool();
        }
        if (foreignKeys && !setForeignKeys(db, false, error))
            return false;
        const bool done = runStep(db, version, error);
        QString why;
        if (foreignKeys && !setForeignKeys(db, true, &why)) {
            if (done)
                *error = why;
            return false;
        }
        if (!done)
            return false;
    }
    return true;
}

} // namespace palmares::schema
