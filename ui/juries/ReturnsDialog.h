// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/JurorPackages.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace palmares {

// File › Import juror returns (docs/juror-package.md): the files chosen, each read and
// checked at once (its campaign, its juror, its seal) with a progress bar, then shown — what
// each brings, or why it is refused — with the conflicts to settle: a ticked conflict takes
// the juror's value. Import applies each good return as its own change, then the conflicts
// ticked; nothing is written before.
class ReturnsDialog : public QDialog {
    Q_OBJECT
public:
    ReturnsDialog(CampaignDocument* document, const QStringList& files, QWidget* parent = nullptr);

    QTableWidget* filesTable() const { return m_files; }
    QTableWidget* conflictsTable() const { return m_conflicts; }
    QLineEdit* reasonEdit() const { return m_reason; }
    const std::vector<JurorPackages::Return>& returns() const { return m_returns; }
    // What the import did, for the status bar; empty until accepted.
    const QString& outcome() const { return m_outcome; }

    void accept() override;

private:
    void fill();
    void updateButtons();
    bool needsReason() const;

    CampaignDocument* m_document;
    std::vector<JurorPackages::Return> m_returns;
    QTableWidget* m_files;
    QTableWidget* m_conflicts;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QDialogButtonBox* m_buttons;
    QString m_outcome;
};

} // namespace palmares
