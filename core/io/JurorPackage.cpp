// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/JurorPackage.h"

#include "core/model/UtcTime.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace palmares::package {

namespace {

// The contents' own version, inside the seal (the envelope's format is in the header).
constexpr int contentsVersion = 1;

QCborValue time(const QDateTime& t)
{
    return t.isValid() ? QCborValue(t.toMSecsSinceEpoch()) : QCborValue(QCborValue::Null);
}
QCborValue date(const QDate& d)
{
    return d.isValid() ? QCborValue(d.toString(Qt::ISODate)) : QCborValue(QCborValue::Null);
}
QCborMap map(std::initializer_list<std::pair<const char*, QCborValue>> fields)
{
    QCborMap m;
    for (const auto& [key, value] : fields)
        m.insert(QLatin1String(key), value);
    return m;
}

// Reads fields of the shapes encode() writes; the first field that is missing or of
// another type makes the whole reading fail.
class Reader {
public:
    bool ok = true;

    QCborValue field(const QCborMap& m, const char* key)
    {
        const QCborValue v = m.value(QLatin1String(key));
        if (v.isUndefined())
            ok = false;
        return v;
    }
    QString text(const QCborMap& m, const char* key)
    {
        const QCborValue v = field(m, key);
        ok = ok && v.isString();
        return v.toString();
    }
    qint64 integer(const QCborMap& m, const char* key, qint64 least = 0)
    {
        const QCborValue v = field(m, key);
        ok = ok && v.isInteger() && v.toInteger() >= least;
        return v.toInteger();
    }
    Id id(const QCborMap& m, const char* key) { return integer(m, key, 1); }
    double real(const QCborMap& m, const char* key)
    {
        const QCborValue v = field(m, key);
        ok = ok && (v.isDouble() || v.isInteger()) && std::isfinite(v.toDouble());
        return v.toDouble();
    }
    bool boolean(const QCborMap& m, const char* key)
    {
        const QCborValue v = field(m, key);
        ok = ok && v.isBool();
        return v.toBool();
    }
    QByteArray bytes(const QCborMap& m, const char* key)
    {
        const QCborValue v = field(m, key);
        ok = ok && v.isByteArray();
        return v.toByteArray();
    }
    QDateTime time(const QCborMap& m, const char* key)
    {
        const QCborValue v = field(m, key);
        if (v.isNull())
            return {};
        ok = ok && v.isInteger();
        return ok ? utcFromMSecsSinceEpoch(v.toInteger()) : QDateTime();
    }
    QDate date(const QCborMap& m, const char* key)
    {
        const QCborValue v = field(m, key);
        if (v.isNull())
            return {};
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        ok = ok && v.isString() && d.isValid();
        return d;
    }
    QCborMap object(const QCborMap& m, const char* key)
    {
        const QCborValue v = field(m, key);
        ok = ok && v.isMap();
        return v.toMap();
    }
    // Each element of the array `key`, as a map, given to `each`.
    template<typename F> void each(const QCborMap& m, const char* key, F&& each)
    {
        const QCborValue v = field(m, key);
        ok = ok && v.isArray();
        if (!ok)
            return;
        for (const QCborValue& element : v.toArray()) {
            ok = ok && element.isMap();
            if (!ok)
                return;
            each(element.toMap());
        }
    }
};

QCborMap encodeCandidate(const Candidate& k)
{
    return map({{"id", k.id},
                {"registration", k.registrationNo},
                {"name", k.name},
                {"siret", k.siret},
                {"legalForm", k.legalForm},
                {"ess", k.ess},
                {"naf", k.nafCode},
                {"title", k.projectTitle},
                {"description", k.description},
                {"surface", k.requestedSurface},
                {"use", k.wantedUse},
                {"jobs", k.jobsFte},
                {"start", date(k.wantedStart)}});
}

Candidate decodeCandidate(Reader& r, const QCborMap& m)
{
    Candidate k;
    k.id = r.id(m, "id");
    k.registrationNo = int(r.integer(m, "registration"));
    k.name = r.text(m, "name");
    k.siret = r.text(m, "siret");
    k.legalForm = r.text(m, "legalForm");
    k.ess = r.boolean(m, "ess");
    k.nafCode = r.text(m, "naf");
    k.projectTitle = r.text(m, "title");
    k.description = r.text(m, "description");
    k.requestedSurface = r.real(m, "surface");
    k.wantedUse = r.text(m, "use");
    k.jobsFte = r.real(m, "jobs");
    k.wantedStart = r.date(m, "start");
    return k;
}

} // namespace

std::optional<PackageContents> contentsFor(const Campaign& campaign, Id jurorId, const QDateTime& now,
                                           const AttachmentBytes& attachmentBytes, QString* error)
{
    const auto juror =
        std::find_if(campaign.jurors.begin(), campaign.jurors.end(), [&](const Juror& j) { return j.id == jurorId; });
    if (juror == campaign.jurors.end())
        return std::nullopt;
    const auto jury = std::find_if(campaign.juries.begin(), campaign.juries.end(),
                                   [&](const Jury& j) { return j.id == juror->juryId; });
    if (jury == campaign.juries.end())
        return std::nullopt;
    PackageContents p;
    p.campaignId = campaign.settings.identity;
    p.campaignName = campaign.settings.name;
    p.territory = campaign.settings.territory;
    p.juror = *juror;
    p.jury = *jury;
    p.pillars = campaign.pillars;
    p.criteria = campaign.criteria;
    p.exportedAt = now;
    p.savedAt = now;
    std::map<Id, bool> assigned;
    for (const Candidate* k : assignedTo(campaign, jurorId)) {
        Candidate shown = *k;
        // What a juror needs to judge a project, not how to reach its author.
        shown.contactName.clear();
        shown.contactEmail.clear();
        shown.contactPhone.clear();
        shown.statusReason.clear();
        p.candidates.push_back(shown);
        assigned[k->id] = true;
    }
    for (const Attachment& a : campaign.attachments) {
        if (!assigned.count(a.candidateId))
            continue;
        const std::optional<QByteArray> bytes = attachmentBytes(a.id, error);
        if (!bytes)
            return std::nullopt;
        Attachment copy = a;
        copy.data = *bytes;
        p.attachments.push_back(copy);
    }
    for (const Score& s : campaign.scores) {
        if (s.jurorId == jurorId && assigned.count(s.candidateId))
            p.scores.push_back({s.candidateId, s.criterionId, s.value, s.comment, s.at, s.at});
    }
    std::sort(p.scores.begin(), p.scores.end(), [](const PackageScore& a, const PackageScore& b) {
        return std::tie(a.candidateId, a.criterionId) < std::tie(b.candidateId, b.criterionId);
    });
    return p;
}

QByteArray encode(const PackageContents& p)
{
    QCborArray pillars, criteria, candidates, attachments, scores;
    for (const Pillar& x : p.pillars)
        pillars.append(map({{"id", x.id}, {"code", x.code}, {"name", x.name}, {"position", x.position}}));
    for (const Criterion& x : p.criteria) {
        QCborArray rubric;
        for (const RubricLevel& level : x.rubric)
            rubric.append(map({{"label", level.label}, {"description", level.description}}));
        criteria.append(map({{"id", x.id},
                             {"pillar", x.pillarId},
                             {"code", x.code},
                             {"name", x.name},
                             {"weight", x.weight},
                             {"position", x.position},
                             {"rubric", rubric}}));
    }
    for (const Candidate& k : p.candidates)
        candidates.append(encodeCandidate(k));
    for (const Attachment& a : p.attachments)
        attachments.append(map({{"id", a.id},
                                {"candidate", a.candidateId},
                                {"fileName", a.fileName},
                                {"mimeType", a.mimeType},
                                {"data", a.data},
                                {"added", time(a.addedAt)}}));
    for (const PackageScore& s : p.scores)
        scores.append(map({{"candidate", s.candidateId},
                           {"criterion", s.criterionId},
                           {"value", s.value},
                           {"comment", s.comment},
                           {"at", time(s.at)},
                           {"base", time(s.base)}}));
    const QCborMap root = map({
        {"version", contentsVersion},
        {"campaign", map({{"identity", p.campaignId}, {"name", p.campaignName}, {"territory", p.territory}})},
        {"juror", map({{"id", p.juror.id}, {"name", p.juror.name}, {"organisation", p.juror.organisation}})},
        {"jury", map({{"id", p.jury.id},
                      {"code", p.jury.code},
                      {"name", p.jury.name},
                      {"min", p.jury.scaleMin},
                      {"max", p.jury.scaleMax},
                      {"step", p.jury.scaleStep}})},
        {"pillars", pillars},
        {"criteria", criteria},
        {"candidates", candidates},
        {"attachments", attachments},
        {"scores", scores},
        {"exported", time(p.exportedAt)},
        {"saved", time(p.savedAt)},
        {"submitted", time(p.submittedAt)},
    });
    return QCborValue(root).toCbor();
}

PackageProblem decode(const QByteArray& cbor, PackageContents* out)
{
    QCborParserError parsed;
    const QCborValue value = QCborValue::fromCbor(cbor, &parsed);
    if (parsed.error != QCborError::NoError || !value.isMap() || parsed.offset != cbor.size())
        return PackageProblem::BadContents;
    const QCborMap root = value.toMap();
    Reader r;
    if (r.integer(root, "version") > contentsVersion)
        return PackageProblem::NewerFormat;
    PackageContents p;
    const QCborMap campaign = r.object(root, "campaign");
    p.campaignId = r.bytes(campaign, "identity");
    p.campaignName = r.text(campaign, "name");
    p.territory = r.text(campaign, "territory");
    const QCborMap juror = r.object(root, "juror");
    p.juror.id = r.id(juror, "id");
    p.juror.name = r.text(juror, "name");
    p.juror.organisation = r.text(juror, "organisation");
    const QCborMap jury = r.object(root, "jury");
    p.jury.id = r.id(jury, "id");
    p.jury.code = r.text(jury, "code");
    p.jury.name = r.text(jury, "name");
    p.jury.scaleMin = r.real(jury, "min");
    p.jury.scaleMax = r.real(jury, "max");
    p.jury.scaleStep = r.real(jury, "step");
    p.juror.juryId = p.jury.id;
    r.each(root, "pillars", [&](const QCborMap& m) {
        Pillar x;
        x.id = r.id(m, "id");
        x.code = r.text(m, "code");
        x.name = r.text(m, "name");
        x.position = int(r.integer(m, "position", std::numeric_limits<int>::min()));
        p.pillars.push_back(x);
    });
    r.each(root, "criteria", [&](const QCborMap& m) {
        Criterion x;
        x.id = r.id(m, "id");
        x.pillarId = r.id(m, "pillar");
        x.code = r.text(m, "code");
        x.name = r.text(m, "name");
        x.weight = r.real(m, "weight");
        x.position = int(r.integer(m, "position", std::numeric_limits<int>::min()));
        r.each(m, "rubric", [&](const QCborMap& level) {
            x.rubric.push_back({r.text(level, "label"), r.text(level, "description")});
        });
        p.criteria.push_back(x);
    });
    r.each(root, "candidates", [&](const QCborMap& m) { p.candidates.push_back(decodeCandidate(r, m)); });
    r.each(root, "attachments", [&](const QCborMap& m) {
        Attachment a;
        a.id = r.id(m, "id");
        a.candidateId = r.id(m, "candidate");
        a.fileName = r.text(m, "fileName");
        a.mimeType = r.text(m, "mimeType");
        a.data = r.bytes(m, "data");
        a.addedAt = r.time(m, "added");
        p.attachments.push_back(a);
    });
    r.each(root, "scores", [&](const QCborMap& m) {
        PackageScore s;
        s.candidateId = r.id(m, "candidate");
        s.criterionId = r.id(m, "criterion");
        s.value = r.real(m, "value");
        s.comment = r.text(m, "comment");
        s.at = r.time(m, "at");
        s.base = r.time(m, "base");
        p.scores.push_back(s);
    });
    p.exportedAt = r.time(root, "exported");
    p.savedAt = r.time(root, "saved");
    p.submittedAt = r.time(root, "submitted");
    if (!r.ok || p.campaignId.size() != 16 || !(p.jury.scaleMax > p.jury.scaleMin) || p.jury.scaleStep < 0)
        return PackageProblem::BadContents;
    *out = std::move(p);
    return PackageProblem::None;
}

QByteArray seal(const PackageContents& contents, const sealed::Header& header, const sealed::Key& key)
{
    return sealed::seal(header, key, encode(contents));
}

PackageProblem openWithKey(const QByteArray& file, const sealed::Key& key, PackageContents* contents)
{
    sealed::Header header;
    PackageProblem problem = sealed::readHeader(file, &header);
    if (problem != PackageProblem::None)
        return problem;
    QByteArray clear;
    problem = sealed::open(file, key, &clear);
    if (problem != PackageProblem::None)
        return problem;
    PackageContents read;
    problem = decode(clear, &read);
    sealed::wipe(clear);
    if (problem != PackageProblem::None)
        return problem;
    if (read.campaignId != header.campaignId || read.juror.id != header.jurorId)
        return PackageProblem::BadContents;
    *contents = std::move(read);
    return PackageProblem::None;
}

PackageProblem open(const QByteArray& file, const QString& passphrase, PackageContents* contents,
                    sealed::Header* headerOut, std::unique_ptr<sealed::Key>* keyOut)
{
    sealed::Header header;
    PackageProblem problem = sealed::readHeader(file, &header);
    if (problem != PackageProblem::None)
        return problem;
    std::unique_ptr<sealed::Key> key = sealed::Key::derive(passphrase, header, &problem);
    if (!key)
        return problem;
    problem = openWithKey(file, *key, contents);
    if (problem != PackageProblem::None)
        return problem;
    if (headerOut)
        *headerOut = header;
    if (keyOut)
        *keyOut = std::move(key);
    return PackageProblem::None;
}

} // namespace palmares::package
