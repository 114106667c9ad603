// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/DemoGenerator.h"

#include "core/demo/DemoData.h"
#include "core/demo/Random.h"
#include "core/model/DefaultSetup.h"
#include "core/model/Siret.h"
#include "core/model/UtcTime.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace palmares {

namespace {

QString u8(const char* text)
{
    return QString::fromUtf8(text);
}

QString slug(const QString& name)
{
    QString out;
    for (QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c);
    }
    return out;
}

QString digits(Random& rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s.append(QChar(u'0' + rng.below(10)));
    return s;
}

// A SIREN that passes Luhn, and a NIC that makes the SIRET pass it too.
QString makeSiret(Random& rng, QSet<QString>& used)
{
    for (;;) {
        QString siren = QChar(u'1' + rng.below(9)) + digits(rng, 7);
        siren.append(QChar(u'0' + Siret::luhnCheckDigit(siren)));
        QString head = siren + QStringLiteral("000") + QChar(u'1' + rng.below(9));
        const QString siret = head + QChar(u'0' + Siret::luhnCheckDigit(head));
        if (!siren.startsWith(QLatin1String("356000000")) && !used.contains(siret)) {
            used.insert(siret);
            return siret;
        }
    }
}

double roundTo(double v, double step)
{
    return std::round(v / step) * step;
}

void buildSite(Campaign& c, Random& rng, double scale)
{
    const int copies = std::max(1, int(std::round(scale)));
    const double builtTarget = 55000.0 * scale;
    double builtShares = 0;
    for (const auto& b : demo::buildings) {
        if (qstrcmp(b.use, "terrain") != 0)
            builtShares += b.share;
    }
    Id id = 0;
    for (int copy = 0; copy < copies; ++copy) {
        for (const auto& b : demo::buildings) {
            Building building;
            building.id = ++id;
            building.name = copies > 1 ? QStringLiteral("%1 (secteur %2)").arg(u8(b.name)).arg(copy + 1) : u8(b.name);
            building.useType = u8(b.use);
            const double jitter = rng.uniform(0.92, 1.08);
            building.surface = roundTo(b.share / builtShares * builtTarget / copies * jitter, 5);
            if (building.useType == QLatin1String("mixte"))
                building.acceptedUses = QStringList{QStringLiteral("bureau"), QStringLiteral("atelier")};
            c.buildings.push_back(building);
        }
    }
}

QString personName(Random& rng)
{
    return u8(demo::firstNames[size_t(rng.below(int(demo::firstNames.size())))]) + QLatin1Char(' ') +
           u8(demo::lastNames[size_t(rng.below(int(demo::lastNames.size())))]);
}

void buildJurors(Campaign& c, Random& rng, const DemoOptions& o)
{
    // Quorum: a little over half of the jurors who score each candidate.
    c.juries[0].quorum = std::max(1, (o.expertsPerCandidate ? o.expertsPerCandidate : o.experts) * 5 / 9);
    c.juries[1].quorum = std::max(1, (o.citizensPerCandidate ? o.citizensPerCandidate : o.citizens) * 8 / 15);
    Id id = 0;
    for (int i = 0; i < o.experts; ++i) {
        const QString name = personName(rng);
        c.jurors.push_back({++id, c.juries[0].id, name, QStringLiteral("%1@expert.example.fr").arg(slug(name)),
                            u8(demo::expertOrganisations[size_t(i) % demo::expertOrganisations.size()])});
    }
    for (int i = 0; i < o.citizens; ++i)
        c.jurors.push_back({++id, c.juries[1].id, personName(rng), QString(), QStringLiteral("Habitant de Courcy")});
}

// The session the demo's jury holds, after the scores: every juror present but the last
// expert and three citizens, so that both juries have their quorum.
DeliberationSession demoSession(const Campaign& c)
{
    DeliberationSession s;
    s.heldAt = utcDateTime(QDate(2026, 6, 12), QTime(16, 30)); // 18:30 in Courcy
    s.place = QStringLiteral("Salle du conseil, mairie de Courcy");
    s.chair = QStringLiteral("Hélène Marchal");
    s.notes = QStringLiteral("Séance publique. Les deux jurys ont délibéré ensemble sur le classement établi à "
                             "partir de leurs notes.");
    std::vector<Id> experts, citizens;
    for (const Juror& j : c.jurors)
        (j.juryId == c.juries[0].id ? experts : citizens).push_back(j.id);
    if (!experts.empty())
        experts.pop_back();
    citizens.resize(citizens.size() > 3 ? citizens.size() - 3 : citizens.size());
    s.jurorsPresent = experts;
    s.jurorsPresent.insert(s.jurorsPresent.end(), citizens.begin(), citizens.end());
    std::sort(s.jurorsPresent.begin(), s.jurorsPresent.end());
    return s;
}

} // namespace

Campaign DemoGenerator::generate(const DemoOptions& o)
{
    Random rng(o.seed);
    Campaign c = DefaultSetup::campaign();
    CampaignSettings& s = c.settings;
    s.name = QStringLiteral("AMI Microville 112 — Base aérienne de Courcy");
    s.territory = QStringLiteral("Courcy (Marne), Grand Reims");
    s.startDate = QDate(2026, 1, 15);
    s.endDate = QDate(2026, 4, 30);
    s.status = CampaignStatus::Deliberation;

    buildSite(c, rng, o.siteScale);
    buildJurors(c, rng, o);
    for (Pillar& p : c.pillars) {
        if (p.code == QLatin1String("environmental"))
            p.eliminatoryThreshold = 30; // a site dedicated to the circular economy
    }
    QHash<QString, Id> resourceId;
    for (const Resource& r : c.resources)
        resourceId.insert(r.code, r.id);

    // Occupants already on the site.
    c.occupants = {
        {1, QStringLiteral("Musée de la Base aérienne 112"), QString(), QStringLiteral("Association de mémoire"), 21},
        {2, QStringLiteral("SCIC foncière Microville 112"), QString(), QStringLiteral("Propriétaire du site"), 1},
        {3, QStringLiteral("Ferme pédagogique des Pistes"), QString(), QStringLiteral("Élevage et accueil"), 37}};
    Id flowId = 0;
    c.flows.push_back(
        {++flowId, 0, 3, resourceId.value(QStringLiteral("fumier")), FlowDirection::Output, 40, QStringLiteral("t")});
    c.flows.push_back(
        {++flowId, 0, 3, resourceId.value(QStringLiteral("dreches")), FlowDirection::Input, 20, QStringLiteral("t")});
    c.flows.push_back(
        {++flowId, 0, 1, resourceId.value(QStringLiteral("salles_reunion")), FlowDirection::Output, 0, QString()});

    // Candidates: archetypes in a shuffled order, with a latent quality per pillar.
    QSet<QString> sirets;
    std::vector<std::array<double, 5>> quality;
    const int nArch = int(demo::archetypes.size());
    std::vector<int> order(size_t(nArch) * 3);
    std::iota(order.begin(), order.end(), 0);
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[size_t(rng.below(int(i)))]);
    for (int i = 0; i < o.candidates; ++i) {
        const int slot = order[size_t(i) % order.size()];
        const demo::Archetype& a = demo::archetypes[size_t(slot / 3)];
        Candidate k;
        k.id = i + 1;
        k.registrationNo = i + 1;
        k.name = u8(a.names[slot % 3]);
        if (i >= int(order.size()))
            k.name += QStringLiteral(" %1").arg(i / int(order.size()) + 1);
        k.siret = makeSiret(rng, sirets);
        k.legalForm = u8(a.legalForms[rng.below(2)]);
        k.ess = rng.chance(a.essChance) || k.legalForm == QLatin1String("SCOP") || k.legalForm == QLatin1String("SCIC");
        k.nafCode = u8(a.naf);
        k.contactName = personName(rng);
        k.contactEmail = QStringLiteral("contact@%1.fr").arg(slug(k.name));
        k.contactPhone = QStringLiteral("03 26 %1 %2 %3").arg(digits(rng, 2), digits(rng, 2), digits(rng, 2));
        k.projectTitle = u8(a.title);
        k.description = QStringLiteral("%1 : projet porté par %2 (%3), qui souhaite s'installer sur la base.")
                            .arg(k.projectTitle, k.name, k.legalForm);
        k.wantedUse = u8(a.use);
        k.requestedSurface = roundTo(rng.uniform(a.surfaceMin, a.surfaceMax), 5);
        k.jobsFte = roundTo(std::max(0.5, k.requestedSurface / rng.uniform(60, 200)), 0.5);
        k.wantedStart = QDate(2026, 9, 1).addMonths(rng.below(10));
        k.receivedAt = utcDateTime(QDate(2026, 2, 1).addDays(rng.below(55)), QTime(9 + rng.below(9), rng.below(60)));
        k.status = CandidateStatus::Eligible;
        c.candidates.push_back(k);

        std::array<double, 5> q{};
        const double overall = 0.12 * rng.normal();
        for (int p = 0; p < 5; ++p)
            q[size_t(p)] = std::clamp(a.pillars[p] + overall + 0.12 * rng.normal(), 0.05, 0.97);
        quality.push_back(q);

        for (const char* code : a.outputs) {
            if (*code)
                c.flows.push_back({++flowId, k.id, 0, resourceId.value(u8(code)), FlowDirection::Output,
                                   roundTo(rng.uniform(1, 50), 1), QStringLiteral("t")});
        }
        for (const char* code : a.inputs) {
            if (*code)
                c.flows.push_back({++flowId, k.id, 0, resourceId.value(u8(code)), FlowDirection::Input,
                                   roundTo(rng.uniform(1, 50), 1), QStringLiteral("t")});
        }
    }
    // A few applications that went wrong, as in any real call.
    if (o.candidates >= 20) {
        c.candidates[6].status = CandidateStatus::Withdrawn;
        c.candidates[6].statusReason = QStringLiteral("Le candidat a retiré sa candidature");
        c.candidates[13].status = CandidateStatus::Ineligible;
        c.candidates[13].statusReason = QStringLiteral("Dossier incomplet : extrait Kbis manquant");
        c.candidates[13].siret.clear();
        quality[17][2] = 0.12; // weak on the environment: under the eliminatory threshold
    }

    // Conflicts of interest: a few jurors step aside for one candidate each.
    const int nJurors = int(c.jurors.size());
    const int conflictCount = std::max(1, o.candidates / 15);
    QSet<qint64> conflicted;
    for (int i = 0; i < conflictCount && nJurors > 0; ++i) {
        const Juror& juror = c.jurors[size_t(rng.below(nJurors))];
        const Candidate& cand = c.candidates[size_t(rng.below(o.candidates))];
        if (conflicted.contains(juror.id * 1000000 + cand.id))
            continue;
        conflicted.insert(juror.id * 1000000 + cand.id);
        c.conflicts.push_back({juror.id, cand.id,
                               juror.juryId == c.juries[0].id
                                   ? QStringLiteral("Lien professionnel avec le candidat")
                                   : QStringLiteral("Membre de la famille du porteur de projet")});
    }

    // Scores: latent quality + the juror's leniency + noise, on the jury's own scale.
    std::vector<double> leniency;
    for (int j = 0; j < nJurors; ++j)
        leniency.push_back(0.07 * rng.normal());
    std::vector<int> experts, citizens;
    for (int j = 0; j < nJurors; ++j)
        (c.jurors[size_t(j)].juryId == c.juries[0].id ? experts : citizens).push_back(j);
    const QDateTime scoredAt = utcDateTime(QDate(2026, 4, 10), QTime(14, 0));
    const QString origin = QStringLiteral("demo");
    c.scores.reserve(size_t(o.candidates) * size_t(nJurors) * c.criteria.size());
    std::vector<int> panel;
    auto pick = [&](const std::vector<int>& pool, int count, int candidate) {
        if (count <= 0 || count >= int(pool.size())) {
            panel.insert(panel.end(), pool.begin(), pool.end());
            return;
        }
        const int start = (candidate * 7) % int(pool.size()); // rotating panels share the load evenly
        for (int t = 0; t < count; ++t)
            panel.push_back(pool[size_t((start + t) % int(pool.size()))]);
    };
    for (int i = 0; i < o.candidates; ++i) {
        panel.clear();
        pick(experts, o.expertsPerCandidate, i);
        pick(citizens, o.citizensPerCandidate, i);
        std::sort(panel.begin(), panel.end());
        for (int j : panel) {
            const Juror& juror = c.jurors[size_t(j)];
            if (conflicted.contains(juror.id * 1000000 + c.candidates[size_t(i)].id))
                continue;
            const bool expert = juror.juryId == c.juries[0].id;
            const Jury& jury = c.juries[expert ? 0 : 1];
            const double noise = expert ? 0.09 : 0.14;
            for (const Criterion& k : c.criteria) {
                const double q = quality[size_t(i)][size_t(k.pillarId - 1)]; // default pillars: ids 1–5 in order
                const double n = std::clamp(q + leniency[size_t(j)] + noise * rng.normal(), 0.0, 1.0);
                const double v = roundTo(jury.scaleMin + n * (jury.scaleMax - jury.scaleMin), jury.scaleStep);
                c.scores.push_back({juror.id, c.candidates[size_t(i)].id, k.id, v, QString(), scoredAt, origin});
            }
        }
    }
    if (o.session)
        c.sessions.push_back(demoSession(c));
    return c;
}

} // namespace palmares
