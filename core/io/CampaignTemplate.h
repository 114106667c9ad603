// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QByteArray>
#include <QCoreApplication>

// A campaign's set-up without candidates, jurors or scores (site, buildings, fill target,
// pillars, criteria, weights, rubric, thresholds, juries, rules), as versioned JSON so a
// network of municipalities can reuse one AMI set-up. Format: docs/template-format.md.
namespace palmares {

class CampaignTemplate {
    Q_DECLARE_TR_FUNCTIONS(CampaignTemplate)
public:
    static constexpr int formatVersion = 1;

    static QByteArray toJson(const Campaign& campaign);
    // A campaign holding the template's set-up, with fresh ids; nullopt and a one-line
    // reason (naming the faulty field) when the template is not valid.
    static std::optional<Campaign> fromJson(const QByteArray& json, QString* error);
    // The same through files; errors name the file.
    static std::optional<Campaign> readFile(const QString& path, QString* error);
    static bool writeFile(const QString& path, const Campaign& campaign, QString* error);
};

} // namespace palmares
