// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Change.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// The edits a user makes, built once: each function checks the domain rules
// (core/model/Rules) and returns the Change to apply, named for the undo history, or why
// it is refused. Widgets and models call these and hand the result to
// CampaignDocument::apply; they never assemble a Change themselves.
namespace palmares {

struct Edit {
    std::optional<Change> change; // empty when refused
    QString problem;              // why, in the UI language

    static Edit of(Change change) { return Edit{std::move(change), {}}; }
    static Edit refused(const QString& why) { return Edit{std::nullopt, why}; }
};

class Edits {
    Q_DECLARE_TR_FUNCTIONS(Edits)
public:
    // The campaign's settings replaced by `settings`; `text` names the edit.
    static Edit settings(const CampaignSettings& settings, const QString& text);

    // The jury's decision on a candidate: a kind, an optional override (which needs a
    // written justification), stamped `at`. No kind and no override removes the decision.
    // The building the candidate was allocated to stays.
    static Edit recordDecision(const Campaign& campaign, Id candidateId, DecisionKind kind, Override override_,
                               const QString& justification, const QDateTime& at);

    // A file attached to a candidate's application.
    static Edit attach(const Campaign& campaign, Id candidateId, const QString& fileName, const QString& mimeType,
                       const QByteArray& data, const QDateTime& at);
    static Edit removeAttachment(const Campaign& campaign, Id attachmentId);
};

} // namespace palmares
