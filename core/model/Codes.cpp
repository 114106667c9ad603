// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Codes.h"

#include <array>
#include <utility>

namespace palmares::codes {

namespace {

template<typename E, size_t N> using Table = std::array<std::pair<E, const char*>, N>;

template<typename E, size_t N> QString toCode(const Table<E, N>& table, E v)
{
    for (const auto& [value, code] : table) {
        if (value == v)
            return QString::fromLatin1(code);
    }
    return {};
}

template<typename E, size_t N> bool fromCode(const Table<E, N>& table, const QString& code, E* v)
{
    for (const auto& [value, text] : table) {
        if (code == QLatin1String(text)) {
            *v = value;
            return true;
        }
    }
    return false;
}

const Table<CampaignStatus, 5> statuses{{{CampaignStatus::Draft, "draft"},
                                         {CampaignStatus::Open, "open"},
                                         {CampaignStatus::Scoring, "scoring"},
                                         {CampaignStatus::Deliberation, "deliberation"},
                                         {CampaignStatus::Closed, "closed"}}};
const Table<Aggregation, 3> aggregations{
    {{Aggregation::Mean, "mean"}, {Aggregation::Median, "median"}, {Aggregation::TrimmedMean, "trimmed_mean"}}};
const Table<SelectionRule, 2> rules{{{SelectionRule::Greedy, "greedy"}, {SelectionRule::BestValue, "best_value"}}};
const Table<CandidateStatus, 4> candidateStatuses{{{CandidateStatus::Received, "received"},
                                                   {CandidateStatus::Eligible, "eligible"},
                                                   {CandidateStatus::Ineligible, "ineligible"},
                                                   {CandidateStatus::Withdrawn, "withdrawn"}}};
const Table<FlowDirection, 2> directions{{{FlowDirection::Output, "output"}, {FlowDirection::Input, "input"}}};
const Table<DecisionKind, 4> decisions{{{DecisionKind::None, "none"},
                                        {DecisionKind::Laureate, "laureate"},
                                        {DecisionKind::Waiting, "waiting"},
                                        {DecisionKind::Rejected, "rejected"}}};
const Table<Override, 3> overrides{
    {{Override::None, "none"}, {Override::ForcedIn, "forced_in"}, {Override::ForcedOut, "forced_out"}}};
const Table<IssuedDocument, 3> issuedDocuments{
    {{IssuedDocument::Report, "report"}, {IssuedDocument::Minutes, "minutes"}, {IssuedDocument::Workbook, "workbook"}}};

} // namespace

QString status(CampaignStatus v)
{
    return toCode(statuses, v);
}
bool parse(const QString& code, CampaignStatus* v)
{
    return fromCode(statuses, code, v);
}
QString aggregation(Aggregation v)
{
    return toCode(aggregations, v);
}
bool parse(const QString& code, Aggregation* v)
{
    return fromCode(aggregations, code, v);
}
QString selectionRule(SelectionRule v)
{
    return toCode(rules, v);
}
bool parse(const QString& code, SelectionRule* v)
{
    return fromCode(rules, code, v);
}
QString candidateStatus(CandidateStatus v)
{
    return toCode(candidateStatuses, v);
}
bool parse(const QString& code, CandidateStatus* v)
{
    return fromCode(candidateStatuses, code, v);
}
QString direction(FlowDirection v)
{
    return toCode(directions, v);
}
bool parse(const QString& code, FlowDirection* v)
{
    return fromCode(directions, code, v);
}
QString decision(DecisionKind v)
{
    return toCode(decisions, v);
}
bool parse(const QString& code, DecisionKind* v)
{
    return fromCode(decisions, code, v);
}
QString override_(Override v)
{
    return toCode(overrides, v);
}
bool parse(const QString& code, Override* v)
{
    return fromCode(overrides, code, v);
}
QString issuedDocument(IssuedDocument v)
{
    return toCode(issuedDocuments, v);
}
bool parse(const QString& code, IssuedDocument* v)
{
    return fromCode(issuedDocuments, code, v);
}

QString tieKey(const TieKey& key)
{
    switch (key.kind) {
    case TieKey::Final:
        return QStringLiteral("final");
    case TieKey::JuryTotal:
        return QStringLiteral("jury:") + key.juryCode;
    case TieKey::Registration:
        return QStringLiteral("registration");
    }
    return {};
}

bool parse(const QString& code, TieKey* key)
{
    if (code == QLatin1String("final"))
        *key = {TieKey::Final, {}};
    else if (code == QLatin1String("registration"))
        *key = {TieKey::Registration, {}};
    else if (code.startsWith(QLatin1String("jury:")) && code.size() > 5)
        *key = {TieKey::JuryTotal, code.mid(5)};
    else
        return false;
    return true;
}

QString tieChain(const std::vector<TieKey>& chain)
{
    QStringList parts;
    for (const TieKey& key : chain)
        parts << tieKey(key);
    return parts.join(QLatin1Char(' '));
}

bool parseTieChain(const QString& text, std::vector<TieKey>* chain)
{
    std::vector<TieKey> out;
    for (const QString& part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        TieKey key;
        if (!parse(part, &key))
            return false;
        out.push_back(key);
    }
    *chain = out;
    return true;
}

} // namespace palmares::codes
