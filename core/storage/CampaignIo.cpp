// SPDX-License-Identifier: GPL-3.0-or-later
// Loading and writing whole campaigns. Scores go through SQLite's own API on Qt's
// connection handle: 1.5 million rows through QVariant cost several seconds more.
#include "core/storage/CampaignFile.h"

#include "core/model/Codes.h"
#include "core/model/UtcTime.h"
#include "core/storage/Connection.h"
#include "core/storage/RowWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>

namespace palmares {

namespace {

QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
QDateTime toTime(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

class Statement {
public:
    Statement(sqlite3* db, const char* sql) { m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3_stmt* get() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

// `scores` in primary-key order: rows written or removed in that order touch the B-tree
// page after page instead of all over it. Stable: of two rows with one key, the later
// stays last, as in memory.
std::vector<const Score*> inKeyOrder(const std::vector<Score>& scores)
{
    std::vector<const Score*> order;
    order.reserve(scores.size());
    for (const Score& s : scores)
        order.push_back(&s);
    auto byKey = [](const Score* a, const Score* b) {
        return std::tie(a->candidateId, a->jurorId, a->criterionId) <
               std::tie(b->candidateId, b->jurorId, b->criterionId);
    };
    if (!std::is_sorted(order.begin(), order.end(), byKey))
        std::stable_sort(order.begin(), order.end(), byKey);
    return order;
}

} // namespace

bool CampaignFile::saveSettings(const CampaignSettings& s)
{
    if (m_readOnly)
        return failReadOnly();
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "UPDATE campaign SET name = ?, territory = ?, start_date = ?, end_date = ?, status = ?, "
        "rentable_surface_override = ?, fill_target_pct = ?, count_land = ?, aggregation = ?, debias = ?, "
        "tie_chain = ?, selection_rule = ?, jury_sd_threshold = ?, jury_gap_threshold = ?, waiting_list_size = ?, "
        "import_mappings = ? WHERE id = 1"));
    for (const QVariant& v :
         {rows::text(s.name), rows::text(s.territory), rows::dateOrNull(s.startDate), rows::dateOrNull(s.endDate),
          QVariant(codes::status(s.status)), QVariant(s.rentableSurfaceOverride), QVariant(s.fillTargetPct),
          QVariant(int(s.countLand)), QVariant(codes::aggregation(s.aggregation)), QVariant(int(s.debias)),
          rows::text(codes::tieChain(s.tieChain)), QVariant(codes::selectionRule(s.selectionRule)),
          QVariant(s.juryStdDevThreshold), QVariant(s.juryGapThreshold), QVariant(s.waitingListSize),
          rows::text(s.importMappings)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(tr("The campaign settings cannot be saved: %1").arg(q.lastError().text()));
    return true;
}

bool CampaignFile::writeScores(const std::vector<Score>& scores, bool upsert)
{
    sqlite3* db = handle();
    if (!db)
        return fail(tr("No SQLite connection."));
    // In primary-key order, every row is appended to the B-tree instead of splitting pages
    // all over it; and many rows per statement, because each statement opens its cursors
    // (and those of the foreign-key checks) anew. Both together: three times faster.
    const std::vector<const Score*> order = inKeyOrder(scores);
    constexpr int batch = 128;
    auto insertSql = [upsert](int rows) {
        QByteArray sql =
            "INSERT INTO scores (candidate_id, juror_id, criterion_id, value, comment, at, origin) VALUES ";
        for (int r = 0; r < rows; ++r)
            sql += r ? ",(?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?)";
        // As rows::put does: an upsert never deletes the row it replaces.
        if (upsert)
            sql += " ON CONFLICT (candidate_id, juror_id, criterion_id) DO UPDATE SET value = excluded.value, "
                   "comment = excluded.comment, at = excluded.at, origin = excluded.origin";
        return sql;
    };
    Statement many(db, insertSql(batch).constData()), one(db, insertSql(1).constData());
    if (!many.ok() || !one.ok())
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    QString lastOrigin;
    QByteArray originUtf8;
    std::vector<QByteArray> comments(batch);
    for (size_t first = 0; first < order.size();) {
        const bool full = order.size() - first >= size_t(batch);
        sqlite3_stmt* st = full ? many.get() : one.get();
        const size_t rows = full ? size_t(batch) : 1;
        for (size_t r = 0; r < rows; ++r) {
            const Score* s = order[first + r];
            if (s->origin != lastOrigin || originUtf8.isEmpty()) {
                lastOrigin = s->origin;
                originUtf8 = s->origin.toUtf8();
            }
            comments[r] = s->comment.isEmpty() ? QByteArray("") : s->comment.toUtf8();
            const int p = int(r) * 7;
            sqlite3_bind_int64(st, p + 1, s->candidateId);
            sqlite3_bind_int64(st, p + 2, s->jurorId);
            sqlite3_bind_int64(st, p + 3, s->criterionId);
            sqlite3_bind_double(st, p + 4, s->value);
            sqlite3_bind_text(st, p + 5, comments[r].constData(), int(comments[r].size()), SQLITE_STATIC);
            sqlite3_bind_int64(st, p + 6, s->at.isValid() ? s->at.toMSecsSinceEpoch() : 0);
            // SQLITE_TRANSIENT: the origin may change within a batch.
            sqlite3_bind_text(st, p + 7, originUtf8.constData(), int(originUtf8.size()), SQLITE_TRANSIENT);
        }
        if (sqlite3_step(st) != SQLITE_DONE) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_reset(st);
            return fail(tr("A score cannot be written: %1").arg(why));
        }
        sqlite3_reset(st);
        first += rows;
    }
    return true;
}

bool CampaignFile::removeScores(const std::vector<Score>& scores)
{
    sqlite3* db = handle();
    if (!db)
        return fail(tr("No SQLite connection."));
    Statement remove(db, "DELETE FROM scores WHERE candidate_id = ? AND juror_id = ? AND criterion_id = ?");
    if (!remove.ok())
        return fail(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_stmt* st = remove.get();
    for (const Score* s : inKeyOrder(scores)) {
        sqlite3_bind_int64(st, 1, s->candidateId);
        sqlite3_bind_int64(st, 2, s->jurorId);
        sqlite3_bind_int64(st, 3, s->criterionId);
        if (sqlite3_step(st) != SQLITE_DONE) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_reset(st);
            return fail(tr("A score cannot be removed: %1").arg(why));
        }
        sqlite3_reset(st);
    }
    return true;
}

bool CampaignFile::loadScores(std::vector<Score>& scores)
{
    sqlite3* db = handle();
    if (!db)
        return fail(tr("No SQLite connection."));
    Statement count(db, "SELECT count(*) FROM scores");
    if (count.ok() && sqlite3_step(count.get()) == SQLITE_ROW)
        scores.reserve(size_t(sqlite3_column_int64(count.get(), 0)));
    Statement select(db, "SELECT candidate_id, juror_id, criterion_id, value, comment, at, origin FROM scores");
    if (!select.ok())
        return fail(
            tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(sqlite3_errmsg(db))));
    sqlite3_stmt* st = select.get();
    QString origin;
    QByteArray originUtf8;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        Score s;
        s.candidateId = sqlite3_column_int64(st, 0);
        s.jurorId = sqlite3_column_int64(st, 1);
        s.criterionId = sqlite3_column_int64(st, 2);
        s.value = sqlite3_column_double(st, 3);
        if (const int n = sqlite3_column_bytes(st, 4))
            s.comment = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 4)), n);
        if (const qint64 at = sqlite3_column_int64(st, 5))
            s.at = utcFromMSecsSinceEpoch(at);
        // Few distinct origins: share one string instead of allocating a copy per row.
        const char* text = reinterpret_cast<const char*>(sqlite3_column_text(st, 6));
        const int n = sqlite3_column_bytes(st, 6);
        if (n != originUtf8.size() || memcmp(text, originUtf8.constData(), size_t(n)) != 0) {
            originUtf8 = QByteArray(text, n);
            origin = QString::fromUtf8(originUtf8);
        }
        s.origin = origin;
        scores.push_back(std::move(s));
    }
    if (rc != SQLITE_DONE)
        return fail(
            tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(sqlite3_errmsg(db))));
    return true;
}

std::optional<Campaign> CampaignFile::read(const QString& path, QString* error)
{
    CampaignFile file;
    std::optional<Campaign> campaign;
    if (!file.openForReading(path) || !(campaign = file.load()))
        *error = file.errorString();
    return campaign;
}

std::optional<CampaignCard> CampaignFile::card(const QString& path, QString* error)
{
    CampaignFile file;
    if (!file.openForReading(path)) {
        *error = file.errorString();
        return std::nullopt;
    }
    CampaignCard card;
    QSqlQuery q(file.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT name, status FROM campaign")) && q.next()) {
        card.name = q.value(0).toString();
        codes::parse(q.value(1).toString(), &card.status);
    }
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM candidates")) && q.next())
        card.candidates = q.value(0).toInt();
    if (q.exec(QStringLiteral("SELECT MAX(at) FROM audit_log")) && q.next() && !q.value(0).isNull())
        card.lastChange = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    if (!card.lastChange.isValid())
        card.lastChange = QFileInfo(path).lastModified();
    return card;
}

std::optional<Campaign> CampaignFile::load()
{
    Campaign c;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QString problem;
    auto run = [&](const char* sql) {
        if (!problem.isEmpty())
            return false;
        if (!q.exec(QString::fromLatin1(sql))) {
            problem = q.lastError().text();
            return false;
        }
        return true;
    };
    auto text = [&](int i) { return q.value(i).toString(); };
    auto real = [&](int i) { return q.value(i).toDouble(); };
    auto id = [&](int i) { return q.value(i).toLongLong(); };

    if (run("SELECT name, territory, start_date, end_date, status, rentable_surface_override, fill_target_pct, "
            "count_land, aggregation, debias, tie_chain, selection_rule, jury_sd_threshold, jury_gap_threshold, "
            "waiting_list_size, import_mappings, identity FROM campaign WHERE id = 1")) {
        if (!q.next()) {
            problem = tr("the campaign row is missing");
        } else {
            CampaignSettings& s = c.settings;
            s.name = text(0);
            s.territory = text(1);
            s.startDate = toDate(q.value(2));
            s.endDate = toDate(q.value(3));
            codes::parse(text(4), &s.status);
            s.rentableSurfaceOverride = real(5);
            s.fillTargetPct = real(6);
            s.countLand = q.value(7).toBool();
            codes::parse(text(8), &s.aggregation);
            s.debias = q.value(9).toBool();
            if (!codes::parseTieChain(text(10), &s.tieChain))
                problem = tr("unknown tie-break key in \"%1\"").arg(text(10));
            codes::parse(text(11), &s.selectionRule);
            s.juryStdDevThreshold = real(12);
            s.juryGapThreshold = real(13);
            s.waitingListSize = q.value(14).toInt();
            s.importMappings = text(15);
            s.identity = q.value(16).toByteArray();
        }
    }
    if (run("SELECT id, name, surface, use_type, accepted_uses, notes FROM buildings ORDER BY id")) {
        while (q.next())
            c.buildings.push_back(
                {id(0), text(1), real(2), text(3), text(4).split(QLatin1Char(','), Qt::SkipEmptyParts), text(5)});
    }
    if (run("SELECT id, code, name, weight, eliminatory_threshold, position FROM pillars ORDER BY position, id")) {
        while (q.next()) {
            Pillar p{id(0), text(1), text(2), real(3), std::nullopt, q.value(5).toInt()};
            if (!q.value(4).isNull())
                p.eliminatoryThreshold = real(4);
            c.pillars.push_back(p);
        }
    }
    if (run("SELECT id, pillar_id, code, name, weight, position FROM criteria ORDER BY position, id")) {
        while (q.next())
            c.criteria.push_back({id(0), id(1), text(2), text(3), real(4), {}, q.value(5).toInt()});
    }
    if (run("SELECT criterion_id, label, description FROM rubric_levels ORDER BY criterion_id, level")) {
        while (q.next()) {
            for (Criterion& k : c.criteria) {
                if (k.id == id(0))
                    k.rubric.push_back({text(1), text(2)});
            }
        }
    }
    if (run("SELECT id, code, name, weight, scale_min, scale_max, scale_step, quorum, position FROM juries "
            "ORDER BY position, id")) {
        while (q.next())
            c.juries.push_back(
                {id(0), text(1), text(2), real(3), real(4), real(5), real(6), q.value(7).toInt(), q.value(8).toInt()});
    }
    if (run("SELECT id, jury_id, name, email, organisation FROM jurors ORDER BY id")) {
        while (q.next())
            c.jurors.push_back({id(0), id(1), text(2), text(3), text(4)});
    }
    if (run("SELECT juror_id, candidate_id, reason FROM conflicts ORDER BY juror_id, candidate_id")) {
        while (q.next())
            c.conflicts.push_back({id(0), id(1), text(2)});
    }
    if (run("SELECT id, registration_no, name, siret, legal_form, ess, naf_code, contact_name, contact_email, "
            "contact_phone, project_title, description, requested_surface, wanted_use, preferred_building_id, "
            "jobs_fte, wanted_start, status, status_reason, received_at FROM candidates ORDER BY registration_no")) {
        while (q.next()) {
            Candidate k;
            k.id = id(0);
            k.registrationNo = q.value(1).toInt();
            k.name = text(2);
            k.siret = text(3);
            k.legalForm = text(4);
            k.ess = q.value(5).toBool();
            k.nafCode = text(6);
            k.contactName = text(7);
            k.contactEmail = text(8);
            k.contactPhone = text(9);
            k.projectTitle = text(10);
            k.description = text(11);
            k.requestedSurface = real(12);
            k.wantedUse = text(13);
            k.preferredBuildingId = id(14);
            k.jobsFte = real(15);
            k.wantedStart = toDate(q.value(16));
            codes::parse(text(17), &k.status);
            k.statusReason = text(18);
            k.receivedAt = toTime(q.value(19));
            c.candidates.push_back(k);
        }
    }
    if (run("SELECT id, code, name, category FROM resources ORDER BY id")) {
        while (q.next())
            c.resources.push_back({id(0), text(1), text(2), text(3)});
    }
    if (run("SELECT id, name, siret, description, building_id FROM occupants ORDER BY id")) {
        while (q.next())
            c.occupants.push_back({id(0), text(1), text(2), text(3), id(4)});
    }
    if (run("SELECT id, candidate_id, occupant_id, resource_id, direction, quantity, unit FROM flows ORDER BY id")) {
        while (q.next()) {
            Flow f{id(0), id(1), id(2), id(3), FlowDirection::Output, real(5), text(6)};
            codes::parse(text(4), &f.direction);
            c.flows.push_back(f);
        }
    }
    if (run("SELECT candidate_id, decision, building_id, override, justification, decided_at FROM decisions "
            "ORDER BY candidate_id")) {
        while (q.next()) {
            Decision d{id(0), DecisionKind::None, id(2), Override::None, text(4), toTime(q.value(5))};
            codes::parse(text(1), &d.kind);
            codes::parse(text(3), &d.override_);
            c.decisions.push_back(d);
        }
    }
    if (run("SELECT id, candidate_id, file_name, mime_type, added_at FROM attachments ORDER BY id")) {
        while (q.next())
            c.attachments.push_back({id(0), id(1), text(2), text(3), QByteArray(), toTime(q.value(4))});
    }
    if (run("SELECT juror_id, passphrase, exported_at, returned_at, submitted_at, return_sha256 FROM juror_packages "
            "ORDER BY juror_id")) {
        while (q.next())
            c.packages.push_back(
                {id(0), text(1), toTime(q.value(2)), toTime(q.value(3)), toTime(q.value(4)), q.value(5).toByteArray()});
    }
    if (run("SELECT id, held_at, place, chair, notes FROM deliberation_session ORDER BY id")) {
        while (q.next())
            c.sessions.push_back({id(0), toTime(q.value(1)), text(2), text(3), {}, text(4)});
    }
    if (run("SELECT session_id, juror_id FROM deliberation_jurors ORDER BY session_id, juror_id")) {
        while (q.next()) {
            for (DeliberationSession& s : c.sessions) {
                if (s.id == id(0))
                    s.jurorsPresent.push_back(id(1));
            }
        }
    }
    if (run("SELECT id, issued_at, document, public, file_name, format, fingerprint FROM issued_reports ORDER BY id")) {
        while (q.next()) {
            IssuedReport r{id(0),
                           toTime(q.value(1)),
                           IssuedDocument::Report,
                           q.value(3).toBool(),
                           text(4),
                           q.value(5).toInt(),
                           text(6),
                           {}};
            codes::parse(text(2), &r.document);
            c.issued.push_back(r);
        }
    }
    if (run("SELECT report_id, part, sha256 FROM issued_report_digests ORDER BY report_id, position")) {
        while (q.next()) {
            for (IssuedReport& r : c.issued) {
                if (r.id == id(0))
                    r.digests.push_back({text(1), q.value(2).toByteArray()});
            }
        }
    }
    if (problem.isEmpty() && q.lastError().isValid())
        problem = q.lastError().text();
    q.finish();
    if (!problem.isEmpty()) {
        fail(tr("%1 is damaged: %2").arg(QDir::toNativeSeparators(m_path), problem));
        return std::nullopt;
    }
    if (!loadScores(c.scores))
        return std::nullopt;
    return c;
}

void CampaignFile::rollBackNow()
{
    // A write refused for want of room can leave SQLite's journal hot beside the file: the
    // file alone would then be half-written until its next opening. Opened again at once,
    // SQLite rolls the journal back (it only writes back pages the file already has).
    const QFileInfo journal(m_path + QStringLiteral("-journal"));
    if (!journal.exists() || journal.size() == 0)
        return;
    const QString path = m_path;
    close();
    if (openConnection(path, false))
        QSqlQuery(db()).exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
}

bool CampaignFile::inTransaction(const QString& failure, const std::function<bool(QString*)>& body)
{
    if (m_readOnly)
        return failReadOnly();
    // Another program that opened the file with SQLite (a database tool, a backup) and
    // holds it: said in those words, not in SQLite's.
    const auto lockedOrFailed = [&](const QString& why) {
        const int code = sqlite3_errcode(handle());
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return tr("%1 is locked by another program that has it open (a database tool, a backup…): nothing "
                      "was saved. Close that program, then try again.")
                .arg(QDir::toNativeSeparators(m_path));
        return failure.arg(why);
    };
    if (!db().transaction())
        return fail(lockedOrFailed(db().lastError().text()));
    QString why;
    const bool ok = body(&why);
    if (!ok || !db().commit()) {
        if (ok)
            why = db().lastError().text();
        const QString message = lockedOrFailed(why);
        db().rollback();
        rollBackNow();
        return fail(message);
    }
    return true;
}

bool CampaignFile::writeAll(const Campaign& c)
{
    return inTransaction(tr("The campaign cannot be written: %1"), [&](QString* why) {
        if (!saveSettings(c.settings)) {
            *why = m_error;
            return false;
        }
        // Resources before the flows that name them; scores through their bulk path.
        bool ok = rows::put(db(), c.resources, why);
        forEachTable(
            [&](const auto& table) {
                using Row = typename std::decay_t<decltype(table)>::value_type;
                if constexpr (!std::is_same_v<Row, Score>)
                    ok = ok && rows::put(db(), table, why);
            },
            c);
        if (ok &&
            !(writeScores(c.scores) && appendAudit(QStringLiteral("write_campaign"), QStringLiteral("campaign"),
                                                   tr("%n candidate(s), %1 score(s)", nullptr, int(c.candidates.size()))
                                                       .arg(QLocale().toString(qulonglong(c.scores.size())))))) {
            *why = m_error;
            return false;
        }
        return ok;
    });
}

bool CampaignFile::apply(const Change& change, const QString& action, const QString& details,
                         const Concerned& concerned)
{
    return inTransaction(tr("The change cannot be saved: %1"), [&](QString* why) {
        bool ok = true;
        forEachTableChildrenFirst(
            [&](const auto& rows) {
                using Row = typename std::decay_t<decltype(rows.remove)>::value_type;
                if constexpr (std::is_same_v<Row, Score>) {
                    // A million of them when an import is undone: the fast remover.
                    if (ok && !rows.remove.empty() && !removeScores(rows.remove)) {
                        *why = m_error;
                        ok = false;
                    }
                } else {
                    ok = ok && rows::remove(db(), rows.remove, why);
                }
            },
            change);
        if (ok && change.settings && !saveSettings(*change.settings)) {
            *why = m_error;
            return false;
        }
        forEachTable(
            [&](const auto& rows) {
                using Row = typename std::decay_t<decltype(rows.put)>::value_type;
                if constexpr (std::is_same_v<Row, Score>) {
                    // Scores come by the million from an import: the fast writer.
                    if (ok && !rows.put.empty() && !writeScores(rows.put, true)) {
                        *why = m_error;
                        ok = false;
                    }
                } else {
                    ok = ok && rows::put(db(), rows.put, why);
                }
            },
            change);
        if (ok && !appendAudit(action, change.entity(), details, concerned)) {
            *why = m_error;
            return false;
        }
        return ok;
    });
}

std::optional<QByteArray> CampaignFile::attachmentData(Id id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT data FROM attachments WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        fail(tr("Attachment %1 cannot be read: %2")
                 .arg(id)
                 .arg(q.lastError().isValid() ? q.lastError().text() : tr("it is not in the campaign")));
        return std::nullopt;
    }
    return q.value(0).toByteArray();
}

} // namespace palmares
