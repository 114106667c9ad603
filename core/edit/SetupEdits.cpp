// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of a campaign's setup: the site's buildings, the pillars and criteria with
// their rubrics, the juries with their scales, and the jurors.
#include "core/edit/CampaignDocument.h"
#include "core/edit/Edits.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace palmares {

namespace {

auto fieldsOf(const Building& b)
{
    return std::tie(b.name, b.surface, b.useType, b.acceptedUses, b.notes);
}
auto fieldsOf(const Pillar& p)
{
    return std::tie(p.code, p.name, p.weight, p.eliminatoryThreshold, p.position);
}
bool sameRubric(const std::vector<RubricLevel>& a, const std::vector<RubricLevel>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const RubricLevel& x, const RubricLevel& y) {
        return x.label == y.label && x.description == y.description;
    });
}
bool same(const Criterion& a, const Criterion& b)
{
    return std::tie(a.pillarId, a.code, a.name, a.weight, a.position) ==
               std::tie(b.pillarId, b.code, b.name, b.weight, b.position) &&
           sameRubric(a.rubric, b.rubric);
}
auto fieldsOf(const Jury& j)
{
    return std::tie(j.code, j.name, j.weight, j.scaleMin, j.scaleMax, j.scaleStep, j.quorum, j.position);
}
auto fieldsOf(const Juror& j)
{
    return std::tie(j.juryId, j.name, j.email, j.organisation);
}

template<typename T> int maxPosition(const std::vector<T>& rows)
{
    int position = -1;
    for (const T& row : rows)
        position = std::max(position, row.position);
    return position;
}

// "pillar4", or the first of "pillar5", "pillar6"… that no row of `rows` has.
template<typename T> QString freeCode(const std::vector<T>& rows, const QString& stem, Id from)
{
    QString code;
    for (Id n = from;; ++n) {
        code = stem + QString::number(n);
        if (!rules::codeTaken(rows, code))
            return code;
    }
}

QString weightProblem(double weight)
{
    return rules::validWeight(weight)
               ? QString()
               : Edits::tr("A weight is a number from 0 to %1.").arg(QLocale().toString(rules::maxWeight, 'f', 0));
}

QString codeProblem(const QString& code)
{
    return code.isEmpty() || rules::validCode(code) ? QString() : Edits::tr("A code is one word, without spaces.");
}

// What a pillar, a criterion and a jury share: a name, a code that no other row of
// `rows` has, a weight. The first problem, or empty; `noName` and `codeTaken` say it of
// that kind of row.
template<typename T>
QString namedRowProblem(const std::vector<T>& rows, const T& edited, const QString& noName, const QString& codeTaken)
{
    if (edited.name.trimmed().isEmpty())
        return noName;
    if (QString why = Edits::textProblem(edited.name); !why.isEmpty())
        return why;
    if (QString why = codeProblem(edited.code); !why.isEmpty())
        return why;
    if (edited.code.isEmpty() || rules::codeTaken(rows, edited.code, edited.id))
        return codeTaken;
    return weightProblem(edited.weight);
}

} // namespace

Edit Edits::addBuilding(const Campaign& campaign)
{
    Building b;
    b.id = CampaignDocument::nextId(campaign.buildings);
    b.name = tr("Building %1").arg(campaign.buildings.size() + 1);
    b.useType = QStringLiteral("bureau");
    Change change;
    change.text = tr("Add building “%1”").arg(b.name);
    change.buildings.put.push_back(b);
    return Edit::of(std::move(change));
}

Edit Edits::editBuilding(const Campaign& campaign, const Building& edited)
{
    const Building* current = rowWithId(campaign.buildings, edited.id);
    if (!current)
        return Edit::refused(tr("This building is no longer on the site."));
    if (edited.name.trimmed().isEmpty())
        return Edit::refused(tr("A building needs a name."));
    for (const QString* text : {&edited.name, &edited.notes}) {
        if (const QString why = textProblem(*text); !why.isEmpty())
            return Edit::refused(why);
    }
    if (!useTypeCodes().contains(edited.useType))
        return Edit::refused(tr("“%1” is not a use of the site.").arg(edited.useType));
    if (!rules::validSurface(edited.surface))
        return Edit::refused(tr("The surface of a building is a number of m², from 0 to %1.")
                                 .arg(QLocale().toString(rules::maxSurface, 'f', 0)));
    if (fieldsOf(edited) == fieldsOf(*current))
        return Edit::unchanged();
    Change change;
    change.text = tr("Edit building “%1”").arg(edited.name);
    change.buildings.put.push_back(edited);
    return Edit::of(std::move(change));
}

Edit Edits::removeBuilding(const Campaign& campaign, Id buildingId)
{
    const Building* b = rowWithId(campaign.buildings, buildingId);
    if (!b)
        return Edit::refused(tr("This building is no longer on the site."));
    Change change;
    change.text = tr("Remove building “%1”").arg(b->name);
    change.buildings.remove.push_back(*b);
    return Edit::of(std::move(change));
}

Edit Edits::addPillar(const Campaign& campaign)
{
    Pillar p;
    p.id = CampaignDocument::nextId(campaign.pillars);
    p.name = tr("Pillar %1").arg(campaign.pillars.size() + 1);
    p.code = freeCode(campaign.pillars, QStringLiteral("pillar"), p.id);
    p.position = maxPosition(campaign.pillars) + 1;
    Change change;
    change.text = tr("Add pillar “%1”").arg(p.name);
    change.pillars.put.push_back(p);
    return Edit::of(std::move(change));
}

Edit Edits::editPillar(const Campaign& campaign, const Pillar& edited)
{
    const Pillar* current = rowWithId(campaign.pillars, edited.id);
    if (!current)
        return Edit::refused(tr("This pillar is no longer in the campaign."));
    if (const QString why =
            namedRowProblem(campaign.pillars, edited, tr("A pillar needs a name."),
                            tr("A pillar's code must be given and differ from the other pillars' codes."));
        !why.isEmpty())
        return Edit::refused(why);
    if (edited.eliminatoryThreshold && !rules::validThreshold(*edited.eliminatoryThreshold))
        return Edit::refused(tr("An eliminatory threshold is a score out of 100, from 0 to 100, or empty for none."));
    if (fieldsOf(edited) == fieldsOf(*current))
        return Edit::unchanged();
    Change change;
    change.text = tr("Edit pillar “%1”").arg(edited.name);
    change.pillars.put.push_back(edited);
    return Edit::of(std::move(change));
}

Edit Edits::removePillar(const Campaign& campaign, Id pillarId)
{
    const Pillar* p = rowWithId(campaign.pillars, pillarId);
    if (!p)
        return Edit::refused(tr("This pillar is no longer in the campaign."));
    Change change;
    change.text = tr("Remove pillar “%1”").arg(p->name);
    change.pillars.remove.push_back(*p);
    return Edit::of(std::move(change));
}

Edit Edits::movePillar(const Campaign& campaign, Id pillarId, int delta)
{
    std::vector<Pillar> order = campaign.pillars;
    const auto from = std::find_if(order.begin(), order.end(), [&](const Pillar& p) { return p.id == pillarId; });
    if (from == order.end())
        return Edit::refused(tr("This pillar is no longer in the campaign."));
    const std::ptrdiff_t i = from - order.begin(), target = i + delta;
    if (target < 0 || target >= std::ptrdiff_t(order.size()) || delta == 0)
        return Edit::unchanged();
    const QString name = from->name;
    std::swap(order[size_t(i)], order[size_t(target)]);
    Change change;
    change.text = tr("Move pillar “%1”").arg(name);
    for (size_t k = 0; k < order.size(); ++k) {
        if (order[k].position != int(k)) {
            order[k].position = int(k);
            change.pillars.put.push_back(order[k]);
        }
    }
    return Edit::of(std::move(change));
}

Edit Edits::addCriterion(const Campaign& campaign, Id pillarId)
{
    const Pillar* pillar = rowWithId(campaign.pillars, pillarId);
    if (!pillar)
        return Edit::refused(tr("This pillar is no longer in the campaign."));
    const auto siblings = std::count_if(campaign.criteria.begin(), campaign.criteria.end(),
                                        [&](const Criterion& k) { return k.pillarId == pillarId; });
    Criterion k;
    k.id = CampaignDocument::nextId(campaign.criteria);
    k.pillarId = pillarId;
    k.name = tr("Criterion %1").arg(siblings + 1);
    k.code = freeCode(campaign.criteria, QStringLiteral("criterion"), k.id);
    k.position = maxPosition(campaign.criteria) + 1;
    k.rubric = {{tr("Low"), {}}, {tr("Medium"), {}}, {tr("High"), {}}};
    Change change;
    change.text = tr("Add criterion “%1” to “%2”").arg(k.name, pillar->name);
    change.criteria.put.push_back(k);
    return Edit::of(std::move(change));
}

namespace {

// `edited` checked as a criterion and saved as the edit `text`.
Edit criterionEdit(const Campaign& campaign, const Criterion& edited, const QString& text)
{
    Edit edit = Edits::editCriterion(campaign, edited);
    if (edit.change)
        edit.change->text = text;
    return edit;
}

} // namespace

Edit Edits::addRubricLevel(const Campaign& campaign, Id criterionId)
{
    const Criterion* k = rowWithId(campaign.criteria, criterionId);
    if (!k)
        return Edit::refused(tr("This criterion is no longer in the campaign."));
    Criterion edited = *k;
    edited.rubric.push_back({tr("Level %1").arg(edited.rubric.size() + 1), {}});
    return criterionEdit(campaign, edited, tr("Add a rubric level to “%1”").arg(k->name));
}

Edit Edits::removeRubricLevel(const Campaign& campaign, Id criterionId, int level)
{
    const Criterion* k = rowWithId(campaign.criteria, criterionId);
    if (!k || level < 0 || size_t(level) >= k->rubric.size())
        return Edit::refused(tr("This rubric level is no longer in the campaign."));
    Criterion edited = *k;
    edited.rubric.erase(edited.rubric.begin() + level);
    return criterionEdit(campaign, edited, tr("Remove a rubric level from “%1”").arg(k->name));
}

Edit Edits::editRubricLevel(const Campaign& campaign, Id criterionId, int level, const RubricLevel& edited)
{
    const Criterion* k = rowWithId(campaign.criteria, criterionId);
    if (!k || level < 0 || size_t(level) >= k->rubric.size())
        return Edit::refused(tr("This rubric level is no longer in the campaign."));
    Criterion changed = *k;
    changed.rubric[size_t(level)] = edited;
    return criterionEdit(campaign, changed, tr("Edit the rubric of “%1”").arg(k->name));
}

Edit Edits::editCriterion(const Campaign& campaign, const Criterion& edited)
{
    const Criterion* current = rowWithId(campaign.criteria, edited.id);
    if (!current)
        return Edit::refused(tr("This criterion is no longer in the campaign."));
    if (!rowWithId(campaign.pillars, edited.pillarId))
        return Edit::refused(tr("This pillar is no longer in the campaign."));
    if (const QString why =
            namedRowProblem(campaign.criteria, edited, tr("A criterion needs a name."),
                            tr("A criterion's code must be given and differ from the other criteria's codes."));
        !why.isEmpty())
        return Edit::refused(why);
    for (const RubricLevel& level : edited.rubric) {
        if (level.label.trimmed().isEmpty())
            return Edit::refused(tr("A rubric level needs a label."));
        for (const QString* t : {&level.label, &level.description}) {
            if (const QString why = textProblem(*t); !why.isEmpty())
                return Edit::refused(why);
        }
    }
    if (same(edited, *current))
        return Edit::unchanged();
    Change change;
    change.text = tr("Edit criterion “%1”").arg(edited.name);
    change.criteria.put.push_back(edited);
    return Edit::of(std::move(change));
}

Edit Edits::removeCriterion(const Campaign& campaign, Id criterionId)
{
    const Criterion* k = rowWithId(campaign.criteria, criterionId);
    if (!k)
        return Edit::refused(tr("This criterion is no longer in the campaign."));
    Change change;
    change.text = tr("Remove criterion “%1”").arg(k->name);
    change.criteria.remove.push_back(*k);
    return Edit::of(std::move(change));
}

Edit Edits::moveCriterion(const Campaign& campaign, Id criterionId, int delta)
{
    const Criterion* moved = rowWithId(campaign.criteria, criterionId);
    if (!moved)
        return Edit::refused(tr("This criterion is no longer in the campaign."));
    // The pillar's criteria in their order (criteria are ordered campaign-wide).
    std::vector<Criterion> members;
    for (const Criterion& k : campaign.criteria) {
        if (k.pillarId == moved->pillarId)
            members.push_back(k);
    }
    std::stable_sort(members.begin(), members.end(), [](const Criterion& a, const Criterion& b) {
        return std::tie(a.position, a.id) < std::tie(b.position, b.id);
    });
    const auto from =
        std::find_if(members.begin(), members.end(), [&](const Criterion& k) { return k.id == criterionId; });
    const std::ptrdiff_t i = from - members.begin(), target = i + delta;
    if (target < 0 || target >= std::ptrdiff_t(members.size()) || delta == 0)
        return Edit::unchanged();
    // The places the pillar's criteria hold, given out again in the new order.
    std::vector<int> places;
    for (const Criterion& k : members)
        places.push_back(k.position);
    std::sort(places.begin(), places.end());
    for (size_t k = 1; k < places.size(); ++k)
        places[k] = std::max(places[k], places[k - 1] + 1);
    std::swap(members[size_t(i)], members[size_t(target)]);
    Change change;
    change.text = tr("Move criterion “%1”").arg(moved->name);
    for (size_t k = 0; k < members.size(); ++k) {
        if (members[k].position != places[k]) {
            members[k].position = places[k];
            change.criteria.put.push_back(members[k]);
        }
    }
    return Edit::of(std::move(change));
}

Edit Edits::addJury(const Campaign& campaign)
{
    Jury j;
    j.id = CampaignDocument::nextId(campaign.juries);
    j.name = tr("Jury %1").arg(campaign.juries.size() + 1);
    j.code = freeCode(campaign.juries, QStringLiteral("jury"), j.id);
    j.position = maxPosition(campaign.juries) + 1;
    Change change;
    change.text = tr("Add jury “%1”").arg(j.name);
    change.juries.put.push_back(j);
    return Edit::of(std::move(change));
}

Edit Edits::editJury(const Campaign& campaign, const Jury& edited)
{
    const Jury* current = rowWithId(campaign.juries, edited.id);
    if (!current)
        return Edit::refused(tr("This jury is no longer in the campaign."));
    const Jury& j = edited;
    if (const QString why = namedRowProblem(campaign.juries, j, tr("A jury needs a name."),
                                            tr("A jury's code must be given and differ from the other juries' codes."));
        !why.isEmpty())
        return Edit::refused(why);
    if (!rules::validScale(j))
        return Edit::refused(tr("A scale goes from a minimum to a larger maximum (within %1 of zero), by a step of "
                                "zero (any value) up to the width of the scale.")
                                 .arg(QLocale().toString(rules::maxScaleBound, 'f', 0)));
    if (!rules::validQuorum(j.quorum))
        return Edit::refused(
            tr("A quorum is a whole number of jurors, from %1 to %2.").arg(rules::minQuorum).arg(rules::maxQuorum));
    if (j.scaleMin != current->scaleMin || j.scaleMax != current->scaleMax || j.scaleStep != current->scaleStep) {
        const QSet<Id> jurors = jurorsOf(campaign, j.id);
        qint64 off = 0;
        for (const Score& s : campaign.scores)
            off += jurors.contains(s.jurorId) && !rules::onScale(s.value, j) ? 1 : 0;
        if (off > 0)
            return Edit::refused(
                tr("%n score(s) already given by this jury would fall off a scale from %1 to %2 by "
                   "%3. Correct them first.",
                   nullptr, int(std::min<qint64>(off, INT_MAX)))
                    .arg(Words::value(j.scaleMin), Words::value(j.scaleMax), Words::value(j.scaleStep)));
    }
    if (fieldsOf(j) == fieldsOf(*current))
        return Edit::unchanged();
    Change change;
    change.text = tr("Edit jury “%1”").arg(j.name);
    change.juries.put.push_back(j);
    return Edit::of(std::move(change));
}

Edit Edits::removeJury(const Campaign& campaign, Id juryId)
{
    const Jury* j = rowWithId(campaign.juries, juryId);
    if (!j)
        return Edit::refused(tr("This jury is no longer in the campaign."));
    Change change;
    change.text = tr("Remove jury “%1”").arg(j->name);
    change.juries.remove.push_back(*j);
    return Edit::of(std::move(change));
}

Edit Edits::addJuror(const Campaign& campaign, Id juryId)
{
    if (!rowWithId(campaign.juries, juryId))
        return Edit::refused(tr("This jury is no longer in the campaign."));
    const auto members = std::count_if(campaign.jurors.begin(), campaign.jurors.end(),
                                       [&](const Juror& j) { return j.juryId == juryId; });
    Juror j;
    j.id = CampaignDocument::nextId(campaign.jurors);
    j.juryId = juryId;
    j.name = tr("Juror %1").arg(members + 1);
    Change change;
    change.text = tr("Add juror “%1”").arg(j.name);
    change.jurors.put.push_back(j);
    return Edit::of(std::move(change));
}

Edit Edits::editJuror(const Campaign& campaign, const Juror& edited)
{
    const Juror* current = rowWithId(campaign.jurors, edited.id);
    if (!current)
        return Edit::refused(tr("This juror is no longer in the campaign."));
    if (!rowWithId(campaign.juries, edited.juryId))
        return Edit::refused(tr("This jury is no longer in the campaign."));
    if (edited.name.trimmed().isEmpty())
        return Edit::refused(tr("A juror needs a name."));
    for (const QString* text : {&edited.name, &edited.email, &edited.organisation}) {
        if (const QString why = textProblem(*text); !why.isEmpty())
            return Edit::refused(why);
    }
    if (!edited.email.isEmpty() && !rules::validEmail(edited.email))
        return Edit::refused(tr("“%1” is not an e-mail address.").arg(edited.email));
    if (fieldsOf(edited) == fieldsOf(*current))
        return Edit::unchanged();
    Change change;
    change.text = tr("Edit juror “%1”").arg(edited.name);
    change.jurors.put.push_back(edited);
    return Edit::of(std::move(change));
}

Edit Edits::removeJuror(const Campaign& campaign, Id jurorId)
{
    const Juror* j = rowWithId(campaign.jurors, jurorId);
    if (!j)
        return Edit::refused(tr("This juror is no longer in the campaign."));
    Change change;
    change.text = tr("Remove juror “%1”").arg(j->name);
    change.jurors.remove.push_back(*j);
    return Edit::of(std::move(change));
}

} // namespace palmares
