// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace palmares {

// Export › Reports issued…: the documents written from the campaign with the fingerprint of
// its result (docs/fingerprint.md), oldest first: when, what, which file, the fingerprint,
// and whether the campaign still gives that result or which tables changed since
// (fingerprint::standings, in Words::issuedStanding's words, as palmares-cli verify says
// it). The fingerprint of the selected row is copied by a button or Ctrl+C.
class IssuedDialog : public QDialog {
    Q_OBJECT
public:
    explicit IssuedDialog(const Campaign& campaign, QWidget* parent = nullptr);

    enum Column { IssuedAt, Document, File, Fingerprint, Today, ColumnCount };
    QTableWidget* table() const { return m_table; }
    QLabel* currentLine() const { return m_current; }
    QPushButton* copyButton() const { return m_copy; }
    // Puts the fingerprint of the selected row on the clipboard.
    void copyFingerprint();

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_current = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace palmares
