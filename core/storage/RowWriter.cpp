// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/RowWriter.h"

#include "core/model/Change.h"
#include "core/model/Codes.h"

#include <QSqlError>
#include <QSqlQuery>

namespace palmares::rows {

QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}
QVariant idOrNull(Id id)
{
    return id ? QVariant(id) : QVariant();
}
QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
QVariant timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

namespace {

// Each table: its columns (the key ones first) and the values of a row; its name is tableName().
template<typename T> struct Spec;

template<> struct Spec<Building> {
    static constexpr const char* columns = "id name surface use_type accepted_uses notes";
    static constexpr int keys = 1;
    static QVariantList values(const Building& b)
    {
        return {b.id,         text(b.name), b.surface, text(b.useType), text(b.acceptedUses.join(QLatin1Char(','))),
                text(b.notes)};
    }
};
template<> struct Spec<Pillar> {
    static constexpr const char* columns = "id code name weight eliminatory_threshold position";
    static constexpr int keys = 1;
    static QVariantList values(const Pillar& p)
    {
        return {p.id,
                text(p.code),
                text(p.name),
                p.weight,
                p.eliminatoryThreshold ? QVariant(*p.eliminatoryThreshold) : QVariant(),
                p.position};
    }
};
template<> struct Spec<Criterion> {
    static constexpr const char* columns = "id pillar_id code name weight position";
    static constexpr int keys = 1;
    static QVariantList values(const Criterion& k)
    {
        return {k.id, k.pillarId, text(k.code), text(k.name), k.weight, k.position};
    }
};
template<> struct Spec<Jury> {
    static constexpr const char* columns = "id code name weight scale_min scale_max scale_step quorum position";
    static constexpr int keys = 1;
    static QVariantList values(const Jury& j)
    {
        return {j.id, text(j.code), text(j.name), j.weight, j.scaleMin, j.scaleMax, j.scaleStep, j.quorum, j.position};
    }
};
template<> struct Spec<Juror> {
    static constexpr const char* columns = "id jury_id name email organisation";
    static constexpr int keys = 1;
    static QVariantList values(const Juror& j)
    {
        return {j.id, j.juryId, text(j.name), text(j.email), text(j.organisation)};
    }
};
template<> struct Spec<Occupant> {
    static constexpr const char* columns = "id name siret description building_id";
    static constexpr int keys = 1;
    static QVariantList values(const Occupant& o)
    {
        return {o.id, text(o.name), text(o.siret), text(o.description), idOrNull(o.buildingId)};
    }
};
template<> struct Spec<Candidate> {
    static constexpr const char* columns =
        "id registration_no name siret legal_form ess naf_code contact_name contact_email contact_phone "
        "project_title description requested_surface wanted_use preferred_building_id jobs_fte wanted_start status "
        "status_reason received_at";
    static constexpr int keys = 1;
    static QVariantList values(const Candidate& k)
    {
        return {k.id,
                k.registrationNo,
                text(k.name),
                text(k.siret),
                text(k.legalForm),
                int(k.ess),
                text(k.nafCode),
                text(k.contactName),
                text(k.contactEmail),
                text(k.contactPhone),
                text(k.projectTitle),
                text(k.description),
                k.requestedSurface,
                text(k.wantedUse),
                idOrNull(k.preferredBuildingId),
                k.jobsFte,
                dateOrNull(k.wantedStart),
                codes::candidateStatus(k.status),
                text(k.statusReason),
                timeOrNull(k.receivedAt)};
    }
};
template<> struct Spec<Conflict> {
    static constexpr const char* columns = "juror_id candidate_id reason";
    static constexpr int keys = 2;
    static QVariantList values(const Conflict& k) { return {k.jurorId, k.candidateId, text(k.reason)}; }
};
template<> struct Spec<Decision> {
    static constexpr const char* columns = "candidate_id decision building_id override justification decided_at";
    static constexpr int keys = 1;
    static QVariantList values(const Decision& d)
    {
        return {d.candidateId,         codes::decision(d.kind), idOrNull(d.buildingId), codes::override_(d.override_),
                text(d.justification), timeOrNull(d.decidedAt)};
    }
};
template<> struct Spec<Flow> {
    static constexpr const char* columns = "id candidate_id occupant_id resource_id direction quantity unit";
    static constexpr int keys = 1;
    static QVariantList values(const Flow& f)
    {
        return {f.id,         idOrNull(f.candidateId),       idOrNull(f.occupantId),
                f.resourceId, codes::direction(f.direction), f.quantity,
                text(f.unit)};
    }
};
template<> struct Spec<Attachment> {
    static constexpr const char* columns = "id candidate_id file_name mime_type data added_at";
    static constexpr int keys = 1;
    static QVariantList values(const Attachment& a)
    {
        return {a.id,
                a.candidateId,
                text(a.fileName),
                text(a.mimeType),
                a.data.isNull() ? QByteArray("") : a.data,
                text(a.addedAt.toUTC().toString(Qt::ISODateWithMs))};
    }
};
template<> struct Spec<Resource> {
    static constexpr const char* columns = "id code name category";
    static constexpr int keys = 1;
    static QVariantList values(const Resource& r) { return {r.id, text(r.code), text(r.name), text(r.category)}; }
};
template<> struct Spec<JurorPackage> {
    static constexpr const char* columns = "juror_id passphrase exported_at returned_at submitted_at return_sha256";
    static constexpr int keys = 1;
    static QVariantList values(const JurorPackage& p)
    {
        return {p.jurorId,
                text(p.passphrase),
                timeOrNull(p.exportedAt),
                timeOrNull(p.returnedAt),
                timeOrNull(p.submittedAt),
                p.returnSha256.isEmpty() ? QVariant() : QVariant(p.returnSha256)};
    }
};
template<> struct Spec<DeliberationSession> {
    static constexpr const char* columns = "id held_at place chair notes";
    static constexpr int keys = 1;
    static QVariantList values(const DeliberationSession& s)
    {
        return {s.id, timeOrNull(s.heldAt), text(s.place), text(s.chair), text(s.notes)};
    }
};
template<> struct Spec<IssuedReport> {
    static constexpr const char* columns = "id issued_at document public file_name format fingerprint";
    static constexpr int keys = 1;
    static QVariantList values(const IssuedReport& r)
    {
        return {r.id,
                timeOrNull(r.issuedAt),
                codes::issuedDocument(r.document),
                r.publicVersion ? 1 : 0,
                text(r.fileName),
                r.format,
                text(r.fingerprint)};
    }
};
template<typename T> QStringList columnsOf()
{
    return QString::fromLatin1(Spec<T>::columns).split(QLatin1Char(' '));
}

// INSERT … ON CONFLICT (key) DO UPDATE: an upsert that never deletes the old row, so no
// foreign-key cascade fires (INSERT OR REPLACE would delete a candidate's scores).
template<typename T> QString upsertSql()
{
    const QStringList cols = columnsOf<T>();
    QStringList marks, updates;
    for (int i = 0; i < cols.size(); ++i) {
        marks << QStringLiteral("?");
        if (i >= Spec<T>::keys)
            updates << QStringLiteral("%1 = excluded.%1").arg(cols[i]);
    }
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) ")
                      .arg(QLatin1String(tableName(static_cast<const T*>(nullptr))), cols.join(QStringLiteral(", ")),
                           marks.join(QStringLiteral(", ")), cols.mid(0, Spec<T>::keys).join(QStringLiteral(", ")));
    return sql + (updates.isEmpty() ? QStringLiteral("DO NOTHING")
                                    : QStringLiteral("DO UPDATE SET ") + updates.join(QStringLiteral(", ")));
}

bool exec(QSqlQuery& q, const QVariantList& values, QString* error)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

// The child rows of each parent put, in `table`, whose `columns` start with the parent's id:
// those of a parent put replace those it had (a criterion's rubric, the jurors present at a
// session, a report's digests). `children(parent)` gives the values of each child row after
// the parent's id, in order.
template<typename T, typename Children>
bool putChildren(QSqlDatabase& db, const std::vector<T>& parents, const char* table, const char* columns,
                 const Children& children, QString* error)
{
    const QStringList cols = QString::fromLatin1(columns).split(QLatin1Char(' '));
    QStringList marks;
    for (qsizetype i = 0; i < cols.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery clear(db), insert(db);
    if (!clear.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(table), cols.front())) ||
        !insert.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(QLatin1String(table), cols.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))))) {
        *error = clear.lastError().isValid() ? clear.lastError().text() : insert.lastError().text();
        return false;
    }
    for (const T& parent : parents) {
        if (!exec(clear, {parent.id}, error))
            return false;
        for (const QVariantList& values : children(parent)) {
            if (!exec(insert, QVariantList{parent.id} + values, error))
                return false;
        }
    }
    return true;
}

std::vector<QVariantList> rubricOf(const Criterion& k)
{
    std::vector<QVariantList> out;
    for (size_t i = 0; i < k.rubric.size(); ++i)
        out.push_back({int(i), text(k.rubric[i].label), text(k.rubric[i].description)});
    return out;
}

std::vector<QVariantList> presentAt(const DeliberationSession& s)
{
    std::vector<QVariantList> out;
    for (const Id juror : s.jurorsPresent)
        out.push_back({juror});
    return out;
}

std::vector<QVariantList> digestsOf(const IssuedReport& r)
{
    std::vector<QVariantList> out;
    for (size_t i = 0; i < r.digests.size(); ++i)
        out.push_back({int(i), text(r.digests[i].table), r.digests[i].sha256});
    return out;
}

} // namespace

template<typename T> bool put(QSqlDatabase& db, const std::vector<T>& rows, QString* error)
{
    if (rows.empty())
        return true;
    QSqlQuery q(db);
    if (!q.prepare(upsertSql<T>())) {
        *error = q.lastError().text();
        return false;
    }
    for (const T& row : rows) {
        if (!exec(q, Spec<T>::values(row), error))
            return false;
    }
    if constexpr (std::is_same_v<T, Criterion>)
        return putChildren(db, rows, "rubric_levels", "criterion_id level label description", rubricOf, error);
    if constexpr (std::is_same_v<T, DeliberationSession>)
        return putChildren(db, rows, "deliberation_jurors", "session_id juror_id", presentAt, error);
    if constexpr (std::is_same_v<T, IssuedReport>)
        return putChildren(db, rows, "issued_report_digests", "report_id position part sha256", digestsOf, error);
    return true;
}

template<typename T> bool remove(QSqlDatabase& db, const std::vector<T>& rows, QString* error)
{
    if (rows.empty())
        return true;
    QStringList where;
    for (const QString& key : columnsOf<T>().mid(0, Spec<T>::keys))
        where << key + QStringLiteral(" = ?");
    QSqlQuery q(db);
    if (!q.prepare(
            QStringLiteral("DELETE FROM %1 WHERE %2")
                .arg(QLatin1String(tableName(static_cast<const T*>(nullptr))), where.join(QStringLiteral(" AND "))))) {
        *error = q.lastError().text();
        return false;
    }
    for (const T& row : rows) {
        if (!exec(q, Spec<T>::values(row).mid(0, Spec<T>::keys), error))
            return false;
    }
    return true;
}

#define PALMARES_ROWS(T)                                                                                               \
    template bool put<T>(QSqlDatabase&, const std::vector<T>&, QString*);                                              \
    template bool remove<T>(QSqlDatabase&, const std::vector<T>&, QString*);
PALMARES_ROWS(Building)
PALMARES_ROWS(Pillar)
PALMARES_ROWS(Criterion)
PALMARES_ROWS(Jury)
PALMARES_ROWS(Juror)
PALMARES_ROWS(Occupant)
PALMARES_ROWS(Candidate)
PALMARES_ROWS(Conflict)
PALMARES_ROWS(Decision)
PALMARES_ROWS(Flow)
PALMARES_ROWS(Attachment)
PALMARES_ROWS(Resource)
PALMARES_ROWS(JurorPackage)
PALMARES_ROWS(DeliberationSession)
PALMARES_ROWS(IssuedReport)
#undef PALMARES_ROWS

} // namespace palmares::rows
