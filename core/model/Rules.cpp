// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Rules.h"

#include <QRegularExpression>

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

} // namespace palmares::rules
