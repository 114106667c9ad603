// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/CampaignDocument.h"

#include <QDialog>

#include <vector>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace palmares {

// The record of the deliberation session (Ranking & selection › Deliberation session…), from
// which the minutes are written: when and where it was held, who chaired it, each jury's
// jurors ticked present (Space ticks the current one, a button ticks them all) with a line
// saying whether the jury has its quorum, and notes. OK records it through
// Edits::setDeliberationSession, one change to undo; a refusal is said in words under the
// form, and the dialog stays open. Scrolls on a small screen.
class SessionDialog : public QDialog {
    Q_OBJECT
public:
    explicit SessionDialog(CampaignDocument* document, QWidget* parent = nullptr);

    QDateTimeEdit* heldAtEdit() const { return m_heldAt; }
    QLineEdit* placeEdit() const { return m_place; }
    QLineEdit* chairEdit() const { return m_chair; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    // A jury's part, by the jury's place in the campaign's order: its jurors (checkable, the
    // juror's id in Qt::UserRole), its "All present" button, and its quorum line.
    int juryCount() const { return int(m_juries.size()); }
    QListWidget* jurorList(int jury) const { return m_juries.at(size_t(jury)).list; }
    QPushButton* allPresentButton(int jury) const { return m_juries.at(size_t(jury)).all; }
    QString quorumText(int jury) const;
    // Every jury together (Words::sessionQuorum).
    QString quorumSummary() const;
    // Why OK was refused; empty otherwise.
    QString problem() const;
    // The session as the form holds it.
    DeliberationSession session() const;

    void accept() override;

private:
    struct JuryPart {
        Id juryId = 0;
        QListWidget* list = nullptr;
        QPushButton* all = nullptr;
        QLabel* quorum = nullptr;
    };
    QWidget* buildJuries();
    void updateQuorum();

    CampaignDocument* m_document;
    QDateTimeEdit* m_heldAt;
    QLineEdit* m_place;
    QLineEdit* m_chair;
    QPlainTextEdit* m_notes;
    std::vector<JuryPart> m_juries;
    QLabel* m_total;
    QLabel* m_problem;
};

} // namespace palmares
