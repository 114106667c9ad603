// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Rules.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace palmares::rules {

ScaleFit scaleFit(double value, const Jury& jury)
{
    constexpr double boundTolerance = 1e-9;
    constexpr double stepTolerance = 1e-6; // in steps
    if (!std::isfinite(value) || value < jury.scaleMin - boundTolerance || value > jury.scaleMax + boundTolerance)
        return ScaleFit::Outside;
    if (jury.scaleStep <= 0)
        return ScaleFit::OnScale;
    const double steps = (value - jury.scaleMin) / jury.scaleStep;
    return std::fabs(steps - std::round(steps)) < stepTolerance ? ScaleFit::OnScale : ScaleFit::OffStep;
}

bool validEmail(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(text).hasMatch();
}

bool presentAreJurors(const Campaign& campaign, const DeliberationSession& session)
{
    QSet<Id> jurors;
    for (const Juror& j : campaign.jurors)
        jurors.insert(j.id);
    return std::all_of(session.jurorsPresent.begin(), session.jurorsPresent.end(),
                       [&](Id id) { return jurors.contains(id); });
}

std::vector<SessionQuorum> sessionQuorum(const Campaign& campaign, const DeliberationSession& session)
{
    const QSet<Id> present(session.jurorsPresent.begin(), session.jurorsPresent.end());
    std::vector<SessionQuorum> out;
    for (const Jury& jury : campaign.juries) {
        SessionQuorum q;
        q.juryId = jury.id;
        q.quorum = effectiveQuorum(jury);
        for (const Juror& j : campaign.jurors) {
            if (j.juryId != jury.id)
                continue;
            ++q.members;
            if (present.contains(j.id))
                ++q.present;
        }
        out.push_back(q);
    }
    return out;
}

} // namespace palmares::rules
