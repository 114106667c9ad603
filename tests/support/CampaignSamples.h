// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/DemoGenerator.h"
#include "core/model/Campaign.h"
#include "core/model/Codes.h"
#include "core/model/UtcTime.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

// Campaigns for the tests of the campaign file: two campaigns compared field by field with
// readable differences, a campaign using every optional field, and ways to break one.
namespace palmares::test {

// The demo campaign in `status`: the demo is in deliberation, where its rules, site and
// candidate list are fixed (docs/lifecycle.md); a test that edits them starts earlier.
inline Campaign demoIn(CampaignStatus status)
{
    Campaign campaign = DemoGenerator::generate();
    campaign.settings.status = status;
    return campaign;
}

inline QString show(const QString& v)
{
    return QLatin1Char('"') + v + QLatin1Char('"');
}
inline QString show(double v)
{
    return QString::number(v, 'g', 17);
}
inline QString show(qint64 v)
{
    return QString::number(v);
}
inline QString show(int v)
{
    return QString::number(v);
}
inline QString show(size_t v)
{
    return QString::number(v);
}
inline QString show(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
}
inline QString show(const QDate& v)
{
    return v.isValid() ? v.toString(Qt::ISODate) : QStringLiteral("(no date)");
}
inline QString show(const QDateTime& v)
{
    return v.isValid() ? v.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("(no time)");
}
inline QString show(const QByteArray& v)
{
    return QString::fromLatin1(v.toHex());
}
inline QString show(const QStringList& v)
{
    return QLatin1Char('[') + v.join(QLatin1Char(',')) + QLatin1Char(']');
}
inline QString show(const std::vector<Id>& v)
{
    QStringList ids;
    for (const Id id : v)
        ids << QString::number(id);
    return QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']');
}
inline QString show(const std::optional<double>& v)
{
    return v ? show(*v) : QStringLiteral("(none)");
}
inline QString show(const std::vector<TieKey>& v)
{
    return codes::tieChain(v);
}
inline QString show(const std::vector<RubricLevel>& v)
{
    QStringList parts;
    for (const RubricLevel& l : v)
        parts << l.label + QLatin1Char('=') + l.description;
    return parts.join(QStringLiteral(" | "));
}
template<typename E, std::enable_if_t<std::is_enum_v<E>, int> = 0> QString show(E v)
{
    return QString::number(int(v));
}

template<typename T> bool same(const T& a, const T& b)
{
    return a == b;
}
inline bool same(const std::vector<RubricLevel>& a, const std::vector<RubricLevel>& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].label != b[i].label || a[i].description != b[i].description)
            return false;
    }
    return true;
}

class Differences {
public:
    template<typename T> void check(const QString& where, const T& expected, const T& actual)
    {
        if (!same(expected, actual))
            m_list << QStringLiteral("%1: wrote %2, read %3").arg(where, show(expected), show(actual));
    }
    bool isEmpty() const { return m_list.isEmpty(); }
    QString report() const
    {
        return QStringLiteral("%1 difference(s):\n").arg(m_list.size()) + m_list.mid(0, 12).join(QLatin1Char('\n'));
    }

private:
    QStringList m_list;
};

#define SAME(field) d.check(where + QLatin1String(#field), e.field, a.field)

template<typename T, typename Key> void sortBy(std::vector<T>& rows, Key key)
{
    std::sort(rows.begin(), rows.end(), [&](const T& x, const T& y) { return key(x) < key(y); });
}

// Compares two tables as sets of rows (sorted by their primary key); `fields` compares one row.
template<typename T, typename Key, typename Fields>
inline void compareTable(Differences& d, const char* table, std::vector<T> expected, std::vector<T> actual, Key key,
                         Fields fields)
{
    sortBy(expected, key);
    sortBy(actual, key);
    d.check(QLatin1String(table) + QStringLiteral(" row count"), expected.size(), actual.size());
    for (size_t i = 0; i < std::min(expected.size(), actual.size()); ++i)
        fields(QStringLiteral("%1[%2].").arg(QLatin1String(table)).arg(i), expected[i], actual[i]);
}

inline Differences compareCampaigns(const Campaign& wrote, const Campaign& read)
{
    Differences d;
    {
        const QString where = QStringLiteral("settings.");
        const CampaignSettings& e = wrote.settings;
        const CampaignSettings& a = read.settings;
        SAME(name);
        SAME(territory);
        SAME(startDate);
        SAME(endDate);
        SAME(status);
        SAME(rentableSurfaceOverride);
        SAME(fillTargetPct);
        SAME(countLand);
        SAME(aggregation);
        SAME(debias);
        SAME(tieChain);
        SAME(selectionRule);
        SAME(juryStdDevThreshold);
        SAME(juryGapThreshold);
        SAME(waitingListSize);
    }
    compareTable(
        d, "buildings", wrote.buildings, read.buildings, [](const Building& b) { return b.id; },
        [&](const QString& where, const Building& e, const Building& a) {
            SAME(id);
            SAME(name);
            SAME(surface);
            SAME(useType);
            SAME(acceptedUses);
            SAME(notes);
        });
    compareTable(
        d, "pillars", wrote.pillars, read.pillars, [](const Pillar& p) { return p.id; },
        [&](const QString& where, const Pillar& e, const Pillar& a) {
            SAME(id);
            SAME(code);
            SAME(name);
            SAME(weight);
            SAME(eliminatoryThreshold);
            SAME(position);
        });
    compareTable(
        d, "criteria", wrote.criteria, read.criteria, [](const Criterion& k) { return k.id; },
        [&](const QString& where, const Criterion& e, const Criterion& a) {
            SAME(id);
            SAME(pillarId);
            SAME(code);
            SAME(name);
            SAME(weight);
            SAME(rubric);
            SAME(position);
        });
    compareTable(
        d, "juries", wrote.juries, read.juries, [](const Jury& j) { return j.id; },
        [&](const QString& where, const Jury& e, const Jury& a) {
            SAME(id);
            SAME(code);
            SAME(name);
            SAME(weight);
            SAME(scaleMin);
            SAME(scaleMax);
            SAME(scaleStep);
            SAME(quorum);
            SAME(position);
        });
    compareTable(
        d, "jurors", wrote.jurors, read.jurors, [](const Juror& j) { return j.id; },
        [&](const QString& where, const Juror& e, const Juror& a) {
            SAME(id);
            SAME(juryId);
            SAME(name);
            SAME(email);
            SAME(organisation);
        });
    compareTable(
        d, "juror_packages", wrote.packages, read.packages, [](const JurorPackage& p) { return p.jurorId; },
        [&](const QString& where, const JurorPackage& e, const JurorPackage& a) {
            SAME(jurorId);
            SAME(passphrase);
            SAME(exportedAt);
            SAME(returnedAt);
            SAME(submittedAt);
            SAME(returnSha256);
        });
    compareTable(
        d, "deliberation_session", wrote.sessions, read.sessions, [](const DeliberationSession& s) { return s.id; },
        [&](const QString& where, const DeliberationSession& e, const DeliberationSession& a) {
            SAME(id);
            SAME(heldAt);
            SAME(place);
            SAME(chair);
            SAME(jurorsPresent);
            SAME(notes);
        });
    compareTable(
        d, "conflicts", wrote.conflicts, read.conflicts,
        [](const Conflict& k) { return std::make_pair(k.jurorId, k.candidateId); },
        [&](const QString& where, const Conflict& e, const Conflict& a) {
            SAME(jurorId);
            SAME(candidateId);
            SAME(reason);
        });
    compareTable(
        d, "candidates", wrote.candidates, read.candidates, [](const Candidate& k) { return k.id; },
        [&](const QString& where, const Candidate& e, const Candidate& a) {
            SAME(id);
            SAME(registrationNo);
            SAME(name);
            SAME(siret);
            SAME(legalForm);
            SAME(ess);
            SAME(nafCode);
            SAME(contactName);
            SAME(contactEmail);
            SAME(contactPhone);
            SAME(projectTitle);
            SAME(description);
            SAME(requestedSurface);
            SAME(wantedUse);
            SAME(preferredBuildingId);
            SAME(jobsFte);
            SAME(wantedStart);
            SAME(status);
            SAME(statusReason);
            SAME(receivedAt);
        });
    compareTable(
        d, "scores", wrote.scores, read.scores,
        [](const Score& s) { return std::make_tuple(s.jurorId, s.candidateId, s.criterionId); },
        [&](const QString& where, const Score& e, const Score& a) {
            SAME(jurorId);
            SAME(candidateId);
            SAME(criterionId);
            SAME(value);
            SAME(comment);
            SAME(at);
            SAME(origin);
        });
    compareTable(
        d, "resources", wrote.resources, read.resources, [](const Resource& r) { return r.id; },
        [&](const QString& where, const Resource& e, const Resource& a) {
            SAME(id);
            SAME(code);
            SAME(name);
            SAME(category);
        });
    compareTable(
        d, "occupants", wrote.occupants, read.occupants, [](const Occupant& o) { return o.id; },
        [&](const QString& where, const Occupant& e, const Occupant& a) {
            SAME(id);
            SAME(name);
            SAME(siret);
            SAME(description);
            SAME(buildingId);
        });
    compareTable(
        d, "flows", wrote.flows, read.flows, [](const Flow& f) { return f.id; },
        [&](const QString& where, const Flow& e, const Flow& a) {
            SAME(id);
            SAME(candidateId);
            SAME(occupantId);
            SAME(resourceId);
            SAME(direction);
            SAME(quantity);
            SAME(unit);
        });
    compareTable(
        d, "decisions", wrote.decisions, read.decisions, [](const Decision& k) { return k.candidateId; },
        [&](const QString& where, const Decision& e, const Decision& a) {
            SAME(candidateId);
            SAME(kind);
            SAME(buildingId);
            SAME(override_);
            SAME(justification);
            SAME(decidedAt);
        });
    return d;
}

#undef SAME

// The demo campaign with every optional field of every table exercised.
inline Campaign richCampaign()
{
    Campaign c = DemoGenerator::generate();
    CampaignSettings& s = c.settings;
    s.rentableSurfaceOverride = 50123.5;
    s.fillTargetPct = 77.5;
    s.countLand = true;
    s.aggregation = Aggregation::TrimmedMean;
    s.debias = true;
    s.tieChain = {{TieKey::Final, {}},
                  {TieKey::JuryTotal, QStringLiteral("citizen")},
                  {TieKey::JuryTotal, QStringLiteral("expert")},
                  {TieKey::Registration, {}}};
    s.selectionRule = SelectionRule::BestValue;
    s.juryStdDevThreshold = 17.5;
    s.juryGapThreshold = 12.25;
    s.waitingListSize = 4;

    c.buildings[0].notes = QStringLiteral("Toiture refaite en 2019 ; désamiantage « fait »\nVoir le DTA.");
    c.pillars[1].eliminatoryThreshold = 0.0; // a threshold of 0 is not the same as no threshold
    c.criteria[0].rubric.push_back({QStringLiteral("Exceptionnel"), QStringLiteral("Au-delà de \"l'attendu\"")});
    c.criteria[1].rubric.clear();

    c.candidates[0].preferredBuildingId = c.buildings[2].id;
    c.candidates[1].preferredBuildingId = c.buildings.back().id;
    c.candidates[2].wantedStart = QDate();
    c.candidates[3].receivedAt = QDateTime();
    c.candidates[4].description = QStringLiteral("Ligne 1\nLigne 2 ; « guillemets » — et un tiret");
    c.candidates[5].status = CandidateStatus::Received;

    c.scores[0].comment = QStringLiteral("Très bon projet ; à suivre \"vraiment\"\nDeuxième ligne");
    c.scores[1].origin = QStringLiteral("paper");
    c.scores[2].origin = QStringLiteral("package:anne-martin.amij");
    c.scores[3].at = utcFromMSecsSinceEpoch(Q_INT64_C(1775829600123));
    c.scores[4].at = QDateTime();
    c.scores[5].value = 7.25;

    c.occupants[0].siret = QStringLiteral("73282932000074");
    c.occupants[1].buildingId = 0;

    const QDateTime exported = utcDateTime(QDate(2026, 4, 2), QTime(9, 15));
    c.packages = {
        {c.jurors[0].id, QStringLiteral("cerise-moulin-abeille-girafe-piano-nuage-47"), exported, exported.addDays(5),
         exported.addDays(5), QByteArray(32, '\x5a')},
        {c.jurors[1].id, QStringLiteral("ecureuil-fenetre-mure-canal-pomme-lune-03"), exported, QDateTime(),
         QDateTime(), QByteArray()},
    };

    // Present: the first two jurors of each jury.
    DeliberationSession session;
    session.heldAt = utcDateTime(QDate(2026, 5, 12), QTime(16, 0));
    session.place = QStringLiteral("Salle du conseil « Jean Moulin », mairie");
    session.chair = QStringLiteral("Hélène Marchal-Dupuis");
    for (const Jury& jury : c.juries) {
        int taken = 0;
        for (const Juror& j : c.jurors) {
            if (j.juryId == jury.id && taken++ < 2)
                session.jurorsPresent.push_back(j.id);
        }
    }
    std::sort(session.jurorsPresent.begin(), session.jurorsPresent.end());
    session.notes = QStringLiteral("Séance ouverte à 18 h ;\n\tM. Roy, excusé, a donné pouvoir.");
    c.sessions = {session};

    const QDateTime decided = utcDateTime(QDate(2026, 5, 12), QTime(18, 30));
    c.decisions = {
        {c.candidates[0].id, DecisionKind::Laureate, c.buildings[4].id, Override::None, QString(), decided},
        {c.candidates[1].id, DecisionKind::Laureate, 0, Override::ForcedIn,
         QStringLiteral("Seule boulangerie du site : service aux habitants"), decided},
        {c.candidates[2].id, DecisionKind::Rejected, 0, Override::ForcedOut,
         QStringLiteral("Conflit d'usage avec le musée"), decided.addSecs(60)},
        {c.candidates[3].id, DecisionKind::Waiting, 0, Override::None, QString(), QDateTime()},
    };
    return c;
}

enum Breakage {
    ScoreByUnknownJuror,
    ForcedInWithoutJustification,
    ConflictWithUnknownCandidate,
    DuplicateSiret,
    FlowOfCandidateAndOccupant,
    CriterionOfUnknownPillar,
    FillTargetAbove100,
    SessionWithUnknownJuror,
    SessionWithoutPlace,
};

inline void breakCampaign(Campaign& c, int breakage)
{
    switch (breakage) {
    case ScoreByUnknownJuror: {
        Score s = c.scores.back();
        s.jurorId = 9999;
        c.scores.push_back(s);
        break;
    }
    case ForcedInWithoutJustification:
        c.decisions.push_back({c.candidates[0].id, DecisionKind::Laureate, 0, Override::ForcedIn, QString(), {}});
        break;
    case ConflictWithUnknownCandidate:
        c.conflicts.push_back({c.jurors[0].id, 9999, QStringLiteral("Inconnu")});
        break;
    case DuplicateSiret:
        c.candidates.back().siret = c.candidates.front().siret;
        break;
    case FlowOfCandidateAndOccupant:
        c.flows.back().occupantId = c.occupants[0].id;
        break;
    case CriterionOfUnknownPillar:
        c.criteria.back().pillarId = 99;
        break;
    case FillTargetAbove100:
        c.settings.fillTargetPct = 150;
        break;
    case SessionWithUnknownJuror:
    case SessionWithoutPlace: {
        DeliberationSession s;
        s.heldAt = utcDateTime(QDate(2026, 5, 12), QTime(16, 0));
        s.place = breakage == SessionWithoutPlace ? QString() : QStringLiteral("Mairie");
        s.chair = QStringLiteral("Hélène Marchal");
        s.jurorsPresent = {c.jurors[0].id};
        if (breakage == SessionWithUnknownJuror)
            s.jurorsPresent.push_back(9999);
        c.sessions = {s};
        break;
    }
    }
}

} // namespace palmares::test
