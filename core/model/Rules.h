// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <algorithm>
#include <cmath>

// The domain rules on a campaign's values, each written once: the importer, the
// template reader, the item models and the engine all ask here (docs/architecture.md).
namespace palmares::rules {

// How a score value stands against its jury's scale. One tolerance for everyone: a value
// within 1e-9 of a bound is on it, and within a millionth of a step of a step is on it.
enum class ScaleFit { OnScale, Outside, OffStep };
ScaleFit scaleFit(double value, const Jury& jury);
inline bool onScale(double value, const Jury& jury)
{
    return scaleFit(value, jury) == ScaleFit::OnScale;
}

// The decimals a value on a scale of `step` is shown with: 1 → 0, 0.5 → 1, 0.25 → 2,
// 0.125 → 3; 2 for a step that is no decimal fraction.
inline int stepDecimals(double step)
{
    for (int d = 0; d < 4; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::fabs(scaled - std::round(scaled)) < 1e-9)
            return d;
    }
    return 2;
}

// A jury's scale goes from a minimum to a larger maximum, both within a million of zero,
// by a step from 0 (any value) up to the width of the scale.
constexpr double maxScaleBound = 1e6;
inline bool validScale(const Jury& jury)
{
    const double lo = jury.scaleMin, hi = jury.scaleMax, step = jury.scaleStep;
    return std::isfinite(lo) && std::isfinite(hi) && std::isfinite(step) && lo >= -maxScaleBound &&
           hi <= maxScaleBound && hi > lo && step >= 0 && step <= hi - lo;
}

// Pillars, criteria and juries weigh from 0 (counts for nothing) to a million.
constexpr double maxWeight = 1e6;
inline bool validWeight(double weight)
{
    return std::isfinite(weight) && weight >= 0 && weight <= maxWeight;
}

// An eliminatory threshold is a pillar score out of 100.
constexpr double maxThreshold = 100;
inline bool validThreshold(double threshold)
{
    return std::isfinite(threshold) && threshold >= 0 && threshold <= maxThreshold;
}

// A code (pillar, criterion, jury, resource) is one word: not empty, no space. Codes are
// written space-separated in the tie-break chain ("final jury:expert registration").
inline bool validCode(const QString& code)
{
    if (code.isEmpty())
        return false;
    for (const QChar c : code) {
        if (c.isSpace())
            return false;
    }
    return true;
}

// Codes are unique within their table, whatever their case: "ECO" and "eco" are one code.
inline bool sameCode(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
// Whether a row of `rows` other than the one with id `except` has `code`.
template<typename T> bool codeTaken(const std::vector<T>& rows, const QString& code, Id except = 0)
{
    for (const T& row : rows) {
        if (row.id != except && sameCode(row.code, code))
            return true;
    }
    return false;
}

// Characters that only steer a device (NUL, escape, the C1 controls…): never part of a
// name, a description or a comment. Tabs and line breaks are text.
inline bool isControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || (u >= 0x7f && u <= 0x9f);
}
inline bool hasControl(const QString& text)
{
    return std::any_of(text.begin(), text.end(), isControl);
}

// Surfaces (m²) and job counts as people write them: a typo of a few zeros, or 1e308,
// is refused rather than stored. 1,000,000 m² is eighteen times the air base.
constexpr double maxSurface = 1e6;
constexpr double maxJobs = 1e5;
inline bool validSurface(double surface)
{
    return std::isfinite(surface) && surface >= 0 && surface <= maxSurface;
}
inline bool validJobs(double jobs)
{
    return std::isfinite(jobs) && jobs >= 0 && jobs <= maxJobs;
}

// A flow's yearly quantity (tonnes, MWh, m³…): zero or more, up to a billion units.
constexpr double maxQuantity = 1e9;
inline bool validQuantity(double quantity)
{
    return std::isfinite(quantity) && quantity >= 0 && quantity <= maxQuantity;
}

// An e-mail address as people type it: one @, something before it, a dotted domain after
// it, no spaces. (Whether it reaches anyone is not ours to check.)
bool validEmail(const QString& text);

// A decision that forces a candidate in or out says why, in writing.
inline bool needsJustification(const Decision& decision)
{
    return decision.override_ != Override::None && decision.justification.trimmed().isEmpty();
}

// A quorum is a whole number of jurors who scored every criterion, from 1 to 100,000.
constexpr int minQuorum = 1;
constexpr int maxQuorum = 100000;
inline bool validQuorum(int quorum)
{
    return quorum >= minQuorum && quorum <= maxQuorum;
}
// The quorum the engine applies: files of schema version 2 and before may hold 0, which
// counts as the minimum.
inline int effectiveQuorum(const Jury& jury)
{
    return jury.quorum < minQuorum ? minQuorum : jury.quorum;
}

// The deliberation session's place and chair are each one line of text (no line break, no
// control character), not blank, of at most maxSessionLine characters; its notes are text of
// at most maxSessionNotes characters (several pages of minutes), blank allowed.
constexpr int maxSessionLine = 200;
constexpr int maxSessionNotes = 20000;
inline bool validSessionLine(const QString& text)
{
    return !text.trimmed().isEmpty() && text.size() <= maxSessionLine && !hasControl(text) &&
           !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
}
inline bool validSessionNotes(const QString& notes)
{
    return notes.size() <= maxSessionNotes && !hasControl(notes);
}
// The jurors present at a session are jurors of the campaign.
bool presentAreJurors(const Campaign& campaign, const DeliberationSession& session);

// A jury at the deliberation session: its jurors present, against its quorum (the jury's
// own, as the engine applies it) and its number of jurors. What the Ranking page and the
// minutes both say.
struct SessionQuorum {
    Id juryId = 0;
    int present = 0;
    int quorum = 0;
    int members = 0;
    bool reached() const { return present >= quorum; }
};
// Each jury of `campaign`, in its order, at `session`.
std::vector<SessionQuorum> sessionQuorum(const Campaign& campaign, const DeliberationSession& session);
// The session's quorum is reached when every jury's is.
inline bool quorumReached(const std::vector<SessionQuorum>& juries)
{
    return std::all_of(juries.begin(), juries.end(), [](const SessionQuorum& q) { return q.reached(); });
}

} // namespace palmares::rules
