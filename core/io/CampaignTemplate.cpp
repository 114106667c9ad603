// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/CampaignTemplate.h"

#include "core/files/SafeFile.h"
#include "core/model/Codes.h"
#include "core/model/Rules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace palmares {

namespace {

const QString formatName = QStringLiteral("palmares-campaign-template");

QJsonValue optionalNumber(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

// Reads typed fields and remembers the first problem with its JSON path.
class Reader {
public:
    explicit Reader(QString* error)
        : m_error(error)
    {}
    bool ok() const { return m_error->isEmpty(); }
    static QString join(const QString& path, const char* key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
    }
    void fail(const QString& path, const QString& why)
    {
        if (ok())
            *m_error = QStringLiteral("%1: %2").arg(path, why);
    }
    QString text(const QJsonObject& o, const QString& path, const char* key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            fail(join(path, key), CampaignTemplate::tr("a non-empty text is required"));
        else if (rules::hasControl(v.toString()))
            fail(join(path, key), CampaignTemplate::tr("a text without control characters is required"));
        return v.toString();
    }
    double number(const QJsonObject& o, const QString& path, const char* key, double lo, double hi, double def)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return def;
        if (!v.isDouble() || v.toDouble() < lo || v.toDouble() > hi) {
            fail(join(path, key), CampaignTemplate::tr("a number between %1 and %2 is required").arg(lo).arg(hi));
            return def;
        }
        return v.toDouble();
    }
    bool boolean(const QJsonObject& o, const QString& path, const char* key, bool def)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return def;
        if (!v.isBool())
            fail(join(path, key), CampaignTemplate::tr("true or false is required"));
        return v.toBool(def);
    }
    QJsonArray array(const QJsonObject& o, const QString& path, const char* key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isArray())
            fail(join(path, key), CampaignTemplate::tr("a list is required"));
        return v.toArray();
    }
    QJsonObject object(const QJsonValue& v, const QString& path)
    {
        if (!v.isObject())
            fail(path, CampaignTemplate::tr("an object is required"));
        return v.toObject();
    }

private:
    QString* m_error;
};

} // namespace

QByteArray CampaignTemplate::toJson(const Campaign& c)
{
    const CampaignSettings& s = c.settings;
    QJsonArray buildings;
    for (const Building& b : c.buildings)
        buildings.append(QJsonObject{{QStringLiteral("name"), b.name},
                                     {QStringLiteral("surface_m2"), b.surface},
                                     {QStringLiteral("use_type"), b.useType},
                                     {QStringLiteral("accepted_uses"), QJsonArray::fromStringList(b.acceptedUses)},
                                     {QStringLiteral("notes"), b.notes}});
    QJsonArray pillars;
    for (const Pillar& p : c.pillars) {
        QJsonArray criteria;
        for (const Criterion& k : c.criteria) {
            if (k.pillarId != p.id)
                continue;
            QJsonArray rubric;
            for (const RubricLevel& level : k.rubric)
                rubric.append(QJsonObject{{QStringLiteral("label"), level.label},
                                          {QStringLiteral("description"), level.description}});
            criteria.append(QJsonObject{{QStringLiteral("code"), k.code},
                                        {QStringLiteral("name"), k.name},
                                        {QStringLiteral("weight"), k.weight},
                                        {QStringLiteral("rubric"), rubric}});
        }
        pillars.append(QJsonObject{{QStringLiteral("code"), p.code},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("weight"), p.weight},
                                   {QStringLiteral("eliminatory_threshold"), optionalNumber(p.eliminatoryThreshold)},
                                   {QStringLiteral("criteria"), criteria}});
    }
    QJsonArray juries;
    for (const Jury& j : c.juries)
        juries.append(QJsonObject{{QStringLiteral("code"), j.code},
                                  {QStringLiteral("name"), j.name},
                                  {QStringLiteral("weight"), j.weight},
                                  {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), j.scaleMin},
                                                                        {QStringLiteral("max"), j.scaleMax},
                                                                        {QStringLiteral("step"), j.scaleStep}}},
                                  {QStringLiteral("quorum"), j.quorum}});
    QJsonArray resources;
    for (const Resource& r : c.resources)
        resources.append(QJsonObject{{QStringLiteral("code"), r.code},
                                     {QStringLiteral("name"), r.name},
                                     {QStringLiteral("category"), r.category}});
    QJsonArray chain;
    for (const TieKey& key : s.tieChain)
        chain.append(codes::tieKey(key));
    const QJsonObject root{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), formatVersion},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("territory"), s.territory},
        {QStringLiteral("site"),
         QJsonObject{{QStringLiteral("rentable_surface_m2"),
                      s.rentableSurfaceOverride > 0 ? QJsonValue(s.rentableSurfaceOverride) : QJsonValue()},
                     {QStringLiteral("fill_target_pct"), s.fillTargetPct},
                     {QStringLiteral("count_land"), s.countLand},
                     {QStringLiteral("buildings"), buildings}}},
        {QStringLiteral("pillars"), pillars},
        {QStringLiteral("juries"), juries},
        {QStringLiteral("resources"), resources},
        {QStringLiteral("rules"), QJsonObject{{QStringLiteral("aggregation"), codes::aggregation(s.aggregation)},
                                              {QStringLiteral("debias"), s.debias},
                                              {QStringLiteral("tie_chain"), chain},
                                              {QStringLiteral("selection_rule"), codes::selectionRule(s.selectionRule)},
                                              {QStringLiteral("jury_sd_threshold"), s.juryStdDevThreshold},
                                              {QStringLiteral("jury_gap_threshold"), s.juryGapThreshold},
                                              {QStringLiteral("waiting_list_size"), s.waitingListSize}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Campaign> CampaignTemplate::fromJson(const QByteArray& json, QString* error)
{
    error->clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != formatName) {
        *error = tr("not a Palmarès campaign template (\"format\" is not \"%1\")").arg(formatName);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1) {
        *error = tr("version: a positive whole number is required");
        return std::nullopt;
    }
    if (version > formatVersion) {
        *error = tr("version: template format %1 is newer than this version of Palmarès reads (up to %2)")
                     .arg(version)
                     .arg(formatVersion);
        return std::nullopt;
    }

    Reader r(error);
    Campaign c;
    CampaignSettings& s = c.settings;
    s.name = r.text(root, QString(), "name", false);
    s.territory = r.text(root, QString(), "territory", false);

    const QJsonObject site = r.object(root.value(QStringLiteral("site")), QStringLiteral("site"));
    s.rentableSurfaceOverride = site.value(QStringLiteral("rentable_surface_m2")).isNull()
                                    ? 0
                                    : r.number(site, QStringLiteral("site"), "rentable_surface_m2", 0, 1e9, 0);
    s.fillTargetPct = r.number(site, QStringLiteral("site"), "fill_target_pct", 0.01, 100, 80);
    s.countLand = r.boolean(site, QStringLiteral("site"), "count_land", false);
    const QJsonArray buildings = r.array(site, QStringLiteral("site"), "buildings", false);
    for (int i = 0; i < buildings.size() && r.ok(); ++i) {
        const QString path = QStringLiteral("site.buildings[%1]").arg(i);
        const QJsonObject o = r.object(buildings.at(i), path);
        Building b;
        b.id = i + 1;
        b.name = r.text(o, path, "name");
        b.surface = r.number(o, path, "surface_m2", 0, 1e9, -1);
        if (b.surface < 0)
            r.fail(path + QStringLiteral(".surface_m2"), tr("a number between %1 and %2 is required").arg(0).arg(1e9));
        b.useType = r.text(o, path, "use_type");
        if (r.ok() && !useTypeCodes().contains(b.useType))
            r.fail(path + QStringLiteral(".use_type"), tr("unknown use type \"%1\" (expected one of %2)")
                                                           .arg(b.useType, useTypeCodes().join(QStringLiteral(", "))));
        const QJsonArray accepted = r.array(o, path, "accepted_uses", false);
        for (int u = 0; u < accepted.size() && r.ok(); ++u) {
            const QString use = accepted.at(u).toString();
            if (!useTypeCodes().contains(use))
                r.fail(path + QStringLiteral(".accepted_uses[%1]").arg(u),
                       tr("unknown use type \"%1\" (expected one of %2)")
                           .arg(use, useTypeCodes().join(QStringLiteral(", "))));
            b.acceptedUses << use;
        }
        b.notes = r.text(o, path, "notes", false);
        c.buildings.push_back(b);
    }

    const QJsonArray pillars = r.array(root, QString(), "pillars");
    if (r.ok() && pillars.isEmpty())
        r.fail(QStringLiteral("pillars"), tr("at least one pillar is required"));
    for (int i = 0; i < pillars.size() && r.ok(); ++i) {
        const QString path = QStringLiteral("pillars[%1]").arg(i);
        const QJsonObject o = r.object(pillars.at(i), path);
        Pillar p;
        p.id = i + 1;
        p.position = i + 1;
        p.code = r.text(o, path, "code");
        p.name = r.text(o, path, "name");
        p.weight = r.number(o, path, "weight", 0, rules::maxWeight, 1);
        const QJsonValue threshold = o.value(QStringLiteral("eliminatory_threshold"));
        if (!threshold.isNull() && !threshold.isUndefined())
            p.eliminatoryThreshold = r.number(o, path, "eliminatory_threshold", 0, rules::maxThreshold, 0);
        if (r.ok() && !rules::validCode(p.code))
            r.fail(path + QStringLiteral(".code"), tr("\"%1\" is not one word: a code has no spaces").arg(p.code));
        if (r.ok() && rules::codeTaken(c.pillars, p.code))
            r.fail(path + QStringLiteral(".code"), tr("the code \"%1\" is used twice").arg(p.code));
        const QJsonArray criteria = r.array(o, path, "criteria");
        if (r.ok() && criteria.isEmpty())
            r.fail(path + QStringLiteral(".criteria"), tr("at least one criterion is required"));
        for (int k = 0; k < criteria.size() && r.ok(); ++k) {
            const QString kpath = QStringLiteral("%1.criteria[%2]").arg(path).arg(k);
            const QJsonObject ko = r.object(criteria.at(k), kpath);
            Criterion crit;
            crit.id = Id(c.criteria.size()) + 1;
            crit.pillarId = p.id;
            crit.position = int(crit.id);
            crit.code = r.text(ko, kpath, "code");
            crit.name = r.text(ko, kpath, "name");
            crit.weight = r.number(ko, kpath, "weight", 0, rules::maxWeight, 1);
            if (r.ok() && !rules::validCode(crit.code))
                r.fail(kpath + QStringLiteral(".code"),
                       tr("\"%1\" is not one word: a code has no spaces").arg(crit.code));
            if (r.ok() && rules::codeTaken(c.criteria, crit.code))
                r.fail(kpath + QStringLiteral(".code"), tr("the code \"%1\" is used twice").arg(crit.code));
            const QJsonArray rubric = r.array(ko, kpath, "rubric", false);
            for (int l = 0; l < rubric.size() && r.ok(); ++l) {
                const QString lpath = QStringLiteral("%1.rubric[%2]").arg(kpath).arg(l);
                const QJsonObject lo = r.object(rubric.at(l), lpath);
                crit.rubric.push_back({r.text(lo, lpath, "label"), r.text(lo, lpath, "description", false)});
            }
            c.criteria.push_back(crit);
        }
        c.pillars.push_back(p);
    }

    const QJsonArray juries = r.array(root, QString(), "juries");
    if (r.ok() && juries.isEmpty())
        r.fail(QStringLiteral("juries"), tr("at least one jury is required"));
    for (int i = 0; i < juries.size() && r.ok(); ++i) {
        const QString path = QStringLiteral("juries[%1]").arg(i);
        const QJsonObject o = r.object(juries.at(i), path);
        Jury j;
        j.id = i + 1;
        j.position = i + 1;
        j.code = r.text(o, path, "code");
        j.name = r.text(o, path, "name");
        j.weight = r.number(o, path, "weight", 0, rules::maxWeight, 1);
        const QJsonObject scale = r.object(o.value(QStringLiteral("scale")), path + QStringLiteral(".scale"));
        j.scaleMin =
            r.number(scale, path + QStringLiteral(".scale"), "min", -rules::maxScaleBound, rules::maxScaleBound, 0);
        j.scaleMax =
            r.number(scale, path + QStringLiteral(".scale"), "max", -rules::maxScaleBound, rules::maxScaleBound, 10);
        j.scaleStep = r.number(scale, path + QStringLiteral(".scale"), "step", 0, rules::maxScaleBound, 1);
        if (r.ok() && !rules::validScale(j))
            r.fail(path + QStringLiteral(".scale"),
                   tr("the maximum must be above the minimum, and the step no wider than the scale"));
        j.quorum = int(r.number(o, path, "quorum", rules::minQuorum, rules::maxQuorum, 1));
        if (r.ok() && !rules::validCode(j.code))
            r.fail(path + QStringLiteral(".code"), tr("\"%1\" is not one word: a code has no spaces").arg(j.code));
        if (r.ok() && rules::codeTaken(c.juries, j.code))
            r.fail(path + QStringLiteral(".code"), tr("the code \"%1\" is used twice").arg(j.code));
        c.juries.push_back(j);
    }

    const QJsonArray resources = r.array(root, QString(), "resources", false);
    for (int i = 0; i < resources.size() && r.ok(); ++i) {
        const QString path = QStringLiteral("resources[%1]").arg(i);
        const QJsonObject o = r.object(resources.at(i), path);
        Resource res{i + 1, r.text(o, path, "code"), r.text(o, path, "name"), r.text(o, path, "category", false)};
        if (r.ok() && !rules::validCode(res.code))
            r.fail(path + QStringLiteral(".code"), tr("\"%1\" is not one word: a code has no spaces").arg(res.code));
        if (r.ok() && rules::codeTaken(c.resources, res.code))
            r.fail(path + QStringLiteral(".code"), tr("the code \"%1\" is used twice").arg(res.code));
        c.resources.push_back(res);
    }

    const QJsonObject rules = root.contains(QStringLiteral("rules"))
                                  ? r.object(root.value(QStringLiteral("rules")), QStringLiteral("rules"))
                                  : QJsonObject();
    const QString rulesPath = QStringLiteral("rules");
    if (rules.contains(QStringLiteral("aggregation")) &&
        !codes::parse(rules.value(QStringLiteral("aggregation")).toString(), &s.aggregation))
        r.fail(rulesPath + QStringLiteral(".aggregation"), tr("expected mean, median or trimmed_mean"));
    s.debias = r.boolean(rules, rulesPath, "debias", false);
    const QJsonArray chain = r.array(rules, rulesPath, "tie_chain", false);
    for (int i = 0; i < chain.size() && r.ok(); ++i) {
        TieKey key;
        if (!codes::parse(chain.at(i).toString(), &key) ||
            (key.kind == TieKey::JuryTotal &&
             std::none_of(c.juries.begin(), c.juries.end(), [&](const Jury& j) { return j.code == key.juryCode; })))
            r.fail(QStringLiteral("rules.tie_chain[%1]").arg(i),
                   tr("expected final, registration or jury:<code of a jury>"));
        s.tieChain.push_back(key);
    }
    if (rules.contains(QStringLiteral("selection_rule")) &&
        !codes::parse(rules.value(QStringLiteral("selection_rule")).toString(), &s.selectionRule))
        r.fail(rulesPath + QStringLiteral(".selection_rule"), tr("expected greedy or best_value"));
    s.juryStdDevThreshold = r.number(rules, rulesPath, "jury_sd_threshold", 0, 100, 20);
    s.juryGapThreshold = r.number(rules, rulesPath, "jury_gap_threshold", 0, 100, 20);
    s.waitingListSize = int(r.number(rules, rulesPath, "waiting_list_size", 0, 100000, 10));
    if (!r.ok())
        return std::nullopt;
    return c;
}

std::optional<Campaign> CampaignTemplate::readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<Campaign> campaign = fromJson(file.readAll(), &why);
    if (!campaign)
        *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
    return campaign;
}

bool CampaignTemplate::writeFile(const QString& path, const Campaign& campaign, QString* error)
{
    return SafeFile::write(path, toJson(campaign), error);
}

} // namespace palmares
