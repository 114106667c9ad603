// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The demo's applications as a company would send them: a one-page PDF per candidate with
// its identity, its project and its request, attached to the candidate, so that juror
// packages and juror mode carry real attachments. No contact details: a package never
// holds them.
namespace palmares::print {

class ApplicationFile {
    Q_DECLARE_TR_FUNCTIONS(ApplicationFile)
public:
    static QByteArray pdf(const Campaign& campaign, const Candidate& candidate);
    // « dossier-07-ferme-des-hangars-verts.pdf »
    static QString fileName(const Candidate& candidate);
    // Each candidate's application attached to `campaign`, received when the candidate was.
    static void attachAll(Campaign& campaign);
};

} // namespace palmares::print
