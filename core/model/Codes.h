// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

// The stable text codes of the domain enums, as stored in the campaign file and written
// in templates, CSV and JSON. Parsing returns false on an unknown code.
namespace palmares::codes {

QString status(CampaignStatus v);
bool parse(const QString& code, CampaignStatus* v);
QString aggregation(Aggregation v);
bool parse(const QString& code, Aggregation* v);
QString selectionRule(SelectionRule v);
bool parse(const QString& code, SelectionRule* v);
QString candidateStatus(CandidateStatus v);
bool parse(const QString& code, CandidateStatus* v);
QString direction(FlowDirection v);
bool parse(const QString& code, FlowDirection* v);
QString decision(DecisionKind v);
bool parse(const QString& code, DecisionKind* v);
QString override_(Override v);
bool parse(const QString& code, Override* v);
QString issuedDocument(IssuedDocument v);
bool parse(const QString& code, IssuedDocument* v);

// "final", "jury:expert", "registration"
QString tieKey(const TieKey& key);
bool parse(const QString& code, TieKey* key);
// "final jury:expert jury:citizen registration"
QString tieChain(const std::vector<TieKey>& chain);
bool parseTieChain(const QString& text, std::vector<TieKey>* chain);

} // namespace palmares::codes
