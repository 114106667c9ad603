// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Formulas.h"
#include "core/model/Campaign.h"

#include <initializer_list>

// The small hand-worked campaign the engine tests share, and the makers it is built
// with: two pillars, three criteria, an expert jury on 0–10 step 0.5 and a citizen jury
// on 1–5 step 1.
//   economic (weight 2): c1 (weight 1), c2 (weight 3)
//   environmental (weight 1): c3 (weight 1)
//   expert: weight 2, quorum 2, jurors e1 e2; citizen: weight 1, quorum 1, juror z1
namespace palmares::test::scoring {

constexpr Id economic = 1, environmental = 2;
constexpr Id c1 = 11, c2 = 12, c3 = 13;
constexpr Id expert = 1, citizen = 2;
constexpr Id e1 = 101, e2 = 102, z1 = 201;
constexpr Id candA = 1;
constexpr double skip = formulas::missing; // a criterion the juror did not score

inline Pillar makePillar(Id id, const QString& code, double weight)
{
    Pillar p;
    p.id = id;
    p.code = code;
    p.name = code;
    p.weight = weight;
    p.position = int(id);
    return p;
}

inline Criterion makeCriterion(Id id, Id pillarId, double weight)
{
    Criterion k;
    k.id = id;
    k.pillarId = pillarId;
    k.code = QStringLiteral("c%1").arg(id);
    k.name = k.code;
    k.weight = weight;
    k.position = int(id);
    return k;
}

inline Jury makeJury(Id id, const QString& code, double weight, double min, double max, double step, int quorum)
{
    Jury j;
    j.id = id;
    j.code = code;
    j.name = code;
    j.weight = weight;
    j.scaleMin = min;
    j.scaleMax = max;
    j.scaleStep = step;
    j.quorum = quorum;
    j.position = int(id);
    return j;
}

inline Juror makeJuror(Id id, Id juryId)
{
    Juror j;
    j.id = id;
    j.juryId = juryId;
    j.name = QStringLiteral("juror %1").arg(id);
    return j;
}

inline Candidate makeCandidate(Id id, int registrationNo)
{
    Candidate c;
    c.id = id;
    c.registrationNo = registrationNo;
    c.name = QStringLiteral("candidate %1").arg(id);
    c.requestedSurface = 100;
    c.status = CandidateStatus::Eligible;
    return c;
}

// One score per criterion, in the order of `criteria`; `skip` leaves one out.
inline void addScores(Campaign& c, Id juror, Id candidate, std::initializer_list<Id> criteria,
                      std::initializer_list<double> values)
{
    auto v = values.begin();
    for (Id crit : criteria) {
        if (!formulas::isMissing(*v)) {
            Score s;
            s.jurorId = juror;
            s.candidateId = candidate;
            s.criterionId = crit;
            s.value = *v;
            c.scores.push_back(s);
        }
        ++v;
    }
}

inline void addScores(Campaign& c, Id juror, Id candidate, std::initializer_list<double> values)
{
    addScores(c, juror, candidate, {c1, c2, c3}, values);
}

// The set-up above with candidate A and no score.
inline Campaign fixture()
{
    Campaign c;
    c.pillars = {makePillar(economic, QStringLiteral("economic"), 2),
                 makePillar(environmental, QStringLiteral("environmental"), 1)};
    c.criteria = {makeCriterion(c1, economic, 1), makeCriterion(c2, economic, 3), makeCriterion(c3, environmental, 1)};
    c.juries = {makeJury(expert, QStringLiteral("expert"), 2, 0, 10, 0.5, 2),
                makeJury(citizen, QStringLiteral("citizen"), 1, 1, 5, 1, 1)};
    c.jurors = {makeJuror(e1, expert), makeJuror(e2, expert), makeJuror(z1, citizen)};
    c.candidates = {makeCandidate(candA, 1)};
    return c;
}

// Candidate A of the fixture, every juror scoring every criterion. Worked by hand:
//   e1: 8 6 10 → 0.8 0.6 1.0        e2: 6 7 9 → 0.6 0.7 0.9
//   expert criteria (mean): c1 0.7, c2 0.65, c3 0.95
//   expert economic = (1 × 0.7 + 3 × 0.65) / 4 = 2.65 / 4 = 0.6625; environmental = 0.95
//   expert total = 100 × (2 × 0.6625 + 0.95) / 3 = 227.5 / 3 = 75.8333…
//   z1: 4 3 5 → (4−1)/4 = 0.75, (3−1)/4 = 0.5, (5−1)/4 = 1.0
//   citizen economic = (0.75 + 3 × 0.5) / 4 = 0.5625; environmental = 1.0
//   citizen total = 100 × (2 × 0.5625 + 1.0) / 3 = 212.5 / 3 = 70.8333…
//   final = (2 × 227.5/3 + 1 × 212.5/3) / 3 = 667.5 / 9 = 74.1666…
//   combined economic = 100 × (2 × 0.6625 + 0.5625) / 3 = 188.75 / 3 = 62.9166…
//   combined environmental = 100 × (2 × 0.95 + 1.0) / 3 = 290 / 3 = 96.6666…
//   juror totals: e1 = 100 × (2 × (0.8 + 1.8)/4 + 1.0) / 3 = 230 / 3; e2 = 100 × (2 × 0.675 + 0.9) / 3 = 75
//   SD of {230/3, 75} = (230/3 − 75) / 2 = 5/6; jury gap = 227.5/3 − 212.5/3 = 5
inline Campaign scoredFixture()
{
    Campaign c = fixture();
    addScores(c, e1, candA, {8, 6, 10});
    addScores(c, e2, candA, {6, 7, 9});
    addScores(c, z1, candA, {4, 3, 5});
    return c;
}
constexpr double fixtureExpertTotal = 227.5 / 3;
constexpr double fixtureCitizenTotal = 212.5 / 3;
constexpr double fixtureFinal = 667.5 / 9;

} // namespace palmares::test::scoring
