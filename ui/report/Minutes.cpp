// SPDX-License-Identifier: GPL-3.0-or-later
// The sections of the minutes of the deliberation (procès-verbal, docs/reports.md).
#include "ui/report/Composer.h"
#include "ui/report/Report.h"

#include "core/engine/Evaluation.h"
#include "core/engine/Summary.h"
#include "core/io/Fingerprint.h"
#include "core/model/Campaign.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"

#include <QHash>

namespace palmares::report {

namespace {

class Minutes {
    Q_DECLARE_TR_FUNCTIONS(Minutes)
};

QString when(const QDateTime& at)
{
    return at.isValid() ? Words::journalTime(at) : QStringLiteral("–");
}

class Opening : public Section {
public:
    void write(Composer& out, const Input& in) const override
    {
        const Campaign& c = in.campaign;
        out.heading(1, Minutes::tr("Minutes of the deliberation"));
        out.paragraph(c.settings.name);
        const DeliberationSession* session = deliberationSession(c);
        out.heading(2, Minutes::tr("The session"));
        if (!session) {
            out.paragraph(Minutes::tr("No deliberation session is recorded in the campaign: its date, place, chair and "
                                      "the jurors present are to be entered on the Ranking & selection page."));
            return;
        }
        std::vector<std::pair<QString, QString>> facts{
            {Minutes::tr("Held on"), Words::sessionTime(session->heldAt)},
            {Minutes::tr("Place"), session->place},
            {Minutes::tr("Chaired by"), session->chair},
        };
        if (!c.settings.territory.isEmpty())
            facts.emplace_back(Minutes::tr("Territory"), c.settings.territory);
        out.facts(facts);

        out.heading(2, Minutes::tr("Jurors present and quorum"));
        const std::vector<rules::SessionQuorum> quorum = rules::sessionQuorum(c, *session);
        for (const rules::SessionQuorum& q : quorum)
            out.paragraph(Words::juryQuorum(c, q));
        out.paragraph(Words::sessionQuorum(c, quorum));
        std::vector<char> present;
        QHash<Id, int> index;
        for (size_t i = 0; i < c.jurors.size(); ++i)
            index.insert(c.jurors[i].id, int(i));
        present.assign(c.jurors.size(), 0);
        for (Id id : session->jurorsPresent) {
            if (index.contains(id))
                present[size_t(index.value(id))] = 1;
        }
        // The public version names no juror: the counts above say who sat.
        if (in.audience == Audience::Full) {
            std::vector<QStringList> rows;
            for (const Jury& jury : c.juries) {
                for (size_t i = 0; i < c.jurors.size(); ++i) {
                    const Juror& j = c.jurors[i];
                    if (j.juryId == jury.id)
                        rows.push_back({jury.name, j.name, j.organisation,
                                        present[i] ? Minutes::tr("present") : Minutes::tr("absent")});
                }
            }
            out.table({{Minutes::tr("Jury"), 22},
                       {Minutes::tr("Juror"), 30},
                       {Minutes::tr("Organisation"), 33},
                       {Minutes::tr("Attendance"), 15}},
                      rows, Composer::Type::Small);
        }
        if (!session->notes.trimmed().isEmpty()) {
            out.heading(2, Minutes::tr("Notes of the session"));
            for (const QString& line : session->notes.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                out.paragraph(line);
        }
    }
};

class RulesApplied : public Section {
public:
    void write(Composer& out, const Input& in) const override
    {
        const Campaign& c = in.campaign;
        const CampaignSettings& s = c.settings;
        const Selection& sel = in.evaluation.greedy;
        out.heading(2, Minutes::tr("Rules applied"));
        QStringList juries;
        for (const Jury& j : c.juries)
            juries << Minutes::tr("%1 (weight %2, quorum %3)").arg(j.name, Words::value(j.weight)).arg(j.quorum);
        QStringList pillars;
        for (const Pillar& p : c.pillars)
            pillars << Minutes::tr("%1 (weight %2)").arg(p.name, Words::value(p.weight));
        out.facts({
            {Minutes::tr("Juries"), juries.join(QStringLiteral(", "))},
            {Minutes::tr("Pillars"), pillars.join(QStringLiteral(", "))},
            {Minutes::tr("Aggregation"), Words::aggregation(s.aggregation)},
            {Minutes::tr("De-biasing of the jurors"), s.debias ? Minutes::tr("yes") : Minutes::tr("no")},
            {Minutes::tr("Selection rule"), Words::rule(SelectionRule::Greedy)},
            {Minutes::tr("Capacity"), Minutes::tr("%1\u00a0m² (%2\u00a0% of %3\u00a0m²)")
                                          .arg(Words::number(sel.capacity, 0), Words::number(s.fillTargetPct, 0),
                                               Words::number(sel.rentableSurface, 0))},
        });
        out.paragraph(Minutes::tr("The method is set out in full in the ranked laureate report of the same "
                                  "campaign."),
                      true);
    }
};

class Decisions : public Section {
public:
    void write(Composer& out, const Input& in) const override
    {
        const Campaign& c = in.campaign;
        const Evaluation& e = in.evaluation;
        const Selection& sel = e.greedy;
        out.heading(2, Minutes::tr("Laureates"));
        out.paragraph(Minutes::tr("The jury designates as laureates the %n candidate(s) below, who fill %1\u00a0% of "
                                  "the site (target %2\u00a0%).",
                                  nullptr, int(sel.laureates.size()))
                          .arg(Words::number(sel.fillPct, 1), Words::number(c.settings.fillTargetPct, 0)));
        std::vector<QStringList> rows;
        for (size_t i = 0; i < sel.laureates.size(); ++i) {
            const Placement& p = sel.laureates[i];
            const CandidateScore& s = e.scores.candidates[size_t(p.candidate)];
            rows.push_back({QString::number(i + 1), c.candidates[size_t(p.candidate)].name,
                            QString::number(e.ranking.rankOf(p.candidate)), Words::number(s.final, 2),
                            Words::number(c.candidates[size_t(p.candidate)].requestedSurface, 0)});
        }
        out.table({{Minutes::tr("No."), 8, true},
                   {Minutes::tr("Laureate"), 52},
                   {Minutes::tr("Rank"), 10, true},
                   {Minutes::tr("Final"), 14, true},
                   {Minutes::tr("Surface (m²)"), 16, true}},
                  rows, Composer::Type::Small);
        if (!sel.waitingList.empty()) {
            QStringList waiting;
            for (size_t i = 0; i < sel.waitingList.size(); ++i)
                waiting << Minutes::tr("%1. %2").arg(i + 1).arg(c.candidates[size_t(sel.waitingList[i])].name);
            out.paragraph(Minutes::tr("Waiting list, in this order: %1.").arg(waiting.join(QStringLiteral(", "))));
        }

        out.heading(2, Minutes::tr("Decisions and overrides recorded"));
        QHash<Id, int> index;
        for (size_t i = 0; i < c.candidates.size(); ++i)
            index.insert(c.candidates[i].id, int(i));
        std::vector<const Decision*> decisions;
        for (const Decision& d : c.decisions) {
            if (d.kind != DecisionKind::None || d.override_ != Override::None)
                decisions.push_back(&d);
        }
        if (decisions.empty()) {
            out.paragraph(Minutes::tr("No decision or override was recorded: the list above is the result of the "
                                      "selection rule applied to the ranking."));
        } else {
            std::sort(decisions.begin(), decisions.end(), [](const Decision* a, const Decision* b) {
                return a->decidedAt < b->decidedAt || (a->decidedAt == b->decidedAt && a->candidateId < b->candidateId);
            });
            std::vector<QStringList> decided;
            for (const Decision* d : decisions) {
                const int k = index.value(d->candidateId, -1);
                decided.push_back({k >= 0 ? c.candidates[size_t(k)].name : QString(), Words::decision(*d),
                                   d->justification.simplified(), when(d->decidedAt)});
            }
            out.table({{Minutes::tr("Candidate"), 26},
                       {Minutes::tr("Decision"), 22},
                       {Minutes::tr("Justification"), 34},
                       {Minutes::tr("Recorded on"), 18}},
                      decided, Composer::Type::Small);
        }
    }
};

class Returns : public Section {
public:
    void write(Composer& out, const Input& in) const override
    {
        const Campaign& c = in.campaign;
        out.heading(2, Minutes::tr("Juror returns received"));
        const std::vector<JurorProgress> progress = jurorProgress(c);
        int returned = 0;
        for (const JurorProgress& p : progress)
            returned += p.returnedAt.isValid() ? 1 : 0;
        out.paragraph(
            Minutes::tr("%1 of the %n juror(s) sent their package back.", nullptr, int(progress.size())).arg(returned));
        std::vector<QStringList> rows;
        QHash<QString, int> numbers; // per jury, the public version's « Juror 3 »
        for (const JurorProgress& p : progress) {
            QString jury = p.jury;
            for (const Jury& j : c.juries) {
                if (j.code == p.jury)
                    jury = j.name;
            }
            const int n = ++numbers[p.jury];
            rows.push_back({jury, in.audience == Audience::Full ? p.name : Minutes::tr("Juror %1").arg(n),
                            Minutes::tr("%1 of %2").arg(p.scored).arg(p.assigned), Words::packageState(p)});
        }
        out.table({{Minutes::tr("Jury"), 20},
                   {Minutes::tr("Juror"), 28},
                   {Minutes::tr("Candidates scored"), 16, true},
                   {Minutes::tr("Package"), 36}},
                  rows, Composer::Type::Small);
    }
};

class Signatures : public Section {
public:
    void write(Composer& out, const Input& in) const override
    {
        const DeliberationSession* session = deliberationSession(in.campaign);
        out.space(6);
        const QString town = in.campaign.settings.territory.isEmpty() ? (session ? session->place : QString())
                                                                      : in.campaign.settings.territory;
        out.paragraph(
            session ? Minutes::tr("Done at %1, on %2.")
                          .arg(town, QLocale().toString(session->heldAt.toLocalTime().date(), QLocale::LongFormat))
                    : Minutes::tr("Done at …………………, on …………………."));
        out.signatures({session ? Minutes::tr("The chair of the session, %1").arg(session->chair)
                                : Minutes::tr("The chair of the session"),
                        Minutes::tr("The secretary of the session")});
        out.space(4);
        out.paragraph(Minutes::tr("Fingerprint of the result these minutes record: %1 (palmares-cli verify).")
                          .arg(fingerprint::of(fingerprint::parts(in.campaign))),
                      true);
    }
};

} // namespace

Sections minutesSections()
{
    Sections s;
    s.push_back(std::make_unique<Opening>());
    s.push_back(std::make_unique<RulesApplied>());
    s.push_back(std::make_unique<Decisions>());
    s.push_back(std::make_unique<Returns>());
    s.push_back(std::make_unique<Signatures>());
    return s;
}

} // namespace palmares::report
