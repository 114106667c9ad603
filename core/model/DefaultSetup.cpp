// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/DefaultSetup.h"

namespace palmares {

Campaign DefaultSetup::campaign()
{
    Campaign c;
    struct PillarText {
        const char* code;
        QString name;
        QString criteria[3];
    };
    const PillarText pillars[] = {
        {"economic",
         tr("Economic"),
         {tr("Viability of the business model"), tr("Jobs created (FTE) and local roots"),
          tr("Capacity to invest in the site")}},
        {"social",
         tr("Social"),
         {tr("Integration and employment of people far from work"), tr("Training and apprenticeship"),
          tr("Services to residents")}},
        {"environmental",
         tr("Environmental"),
         {tr("Energy sobriety and low carbon"), tr("Reuse, recycling, bio-based materials"),
          tr("Water management and biodiversity")}},
        {"democratic",
         tr("Democratic"),
         {tr("Shared governance (cooperative status, membership)"), tr("Involvement of residents and users"),
          tr("Transparency")}},
        {"cultural",
         tr("Cultural"),
         {tr("Contribution to the cultural life of the site"), tr("Heritage and memory of the place"),
          tr("Openness to the public and events")}},
    };
    const std::vector<RubricLevel> rubric{{tr("Low"), tr("Absent or not demonstrated")},
                                          {tr("Medium"), tr("Satisfactory, to be consolidated")},
                                          {tr("High"), tr("Solid, argued and verifiable")}};
    Id pillarId = 0, criterionId = 0;
    for (const PillarText& p : pillars) {
        ++pillarId;
        c.pillars.push_back({pillarId, QString::fromLatin1(p.code), p.name, 20, std::nullopt, int(pillarId)});
        for (int k = 0; k < 3; ++k) {
            ++criterionId;
            c.criteria.push_back({criterionId, pillarId, QStringLiteral("%1_%2").arg(QLatin1String(p.code)).arg(k + 1),
                                  p.criteria[k], 1, rubric, int(criterionId)});
        }
    }
    c.juries.push_back({1, QStringLiteral("expert"), tr("Expert jury"), 50, 0, 10, 0.5, 3, 1});
    c.juries.push_back({2, QStringLiteral("citizen"), tr("Citizen jury"), 50, 1, 5, 1, 5, 2});

    struct ResourceText {
        const char* code;
        QString name;
        QString category;
    };
    const QString bio = tr("Biowaste and agriculture"), materials = tr("Materials"), energy = tr("Energy"),
                  water = tr("Water"), equipment = tr("Equipment"), logistics = tr("Logistics"), skills = tr("Skills");
    const ResourceText resources[] = {
        {"biodechets", tr("Food biowaste"), bio},
        {"dreches", tr("Brewers' spent grain"), bio},
        {"marc", tr("Pomace and pulp"), bio},
        {"compost", tr("Compost"), bio},
        {"fumier", tr("Manure"), bio},
        {"invendus", tr("Unsold food"), bio},
        {"huiles", tr("Used cooking oil"), bio},
        {"chutes_bois", tr("Wood offcuts"), materials},
        {"palettes", tr("Pallets"), materials},
        {"cartons", tr("Cardboard and packaging"), materials},
        {"metaux", tr("Metals"), materials},
        {"textiles", tr("Used textiles"), materials},
        {"reemploi_btp", tr("Reused building materials"), materials},
        {"plastiques", tr("Sorted plastics"), materials},
        {"verre", tr("Glass"), materials},
        {"chaleur", tr("Waste heat"), energy},
        {"electricite_pv", tr("Solar electricity"), energy},
        {"biogaz", tr("Biogas"), energy},
        {"froid", tr("Cold"), energy},
        {"eaux_pluviales", tr("Rainwater"), water},
        {"eaux_grises", tr("Greywater"), water},
        {"materiel_partage", tr("Shared equipment (machines, tools)"), equipment},
        {"vehicules", tr("Utility vehicles"), equipment},
        {"chambres_froides", tr("Cold rooms"), equipment},
        {"salles_reunion", tr("Meeting rooms"), equipment},
        {"cuisine_partagee", tr("Shared kitchen"), equipment},
        {"livraisons", tr("Pooled deliveries"), logistics},
        {"stockage_partage", tr("Shared storage"), logistics},
        {"formation", tr("Training"), skills},
        {"maintenance", tr("Maintenance"), skills},
        {"comptabilite", tr("Pooled accounting"), skills},
        {"communication", tr("Communication"), skills},
    };
    Id resourceId = 0;
    for (const ResourceText& r : resources)
        c.resources.push_back({++resourceId, QString::fromLatin1(r.code), r.name, r.category});
    return c;
}

} // namespace palmares
