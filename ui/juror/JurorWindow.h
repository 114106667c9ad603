// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/JurorSession.h"

#include <QMainWindow>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace palmares {

// Juror mode (docs/juror-package.md): the one window a juror sees when they open their
// package — the candidates assigned to them with their progress, one scoring form per
// candidate (the application, its attachments opened read-only from a private temporary
// folder deleted with the window, each criterion with its rubric, a value on the jury's
// scale and a comment), every change saved into the package at once, "Submit" after a
// confirmation, and a last screen naming the file to send back. Nothing of the organizer's
// pages is here.
class JurorWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit JurorWindow(std::unique_ptr<JurorSession> session, QWidget* parent = nullptr);
    ~JurorWindow() override;

    // Asks for the passphrase of the package at `path` until it opens (a wrong one says so
    // and asks again) or the juror gives up: null then, the reason already shown.
    static std::unique_ptr<JurorSession> unlock(QWidget* parent, const QString& path);

    JurorSession& session() { return *m_session; }
    QListWidget* candidateList() const { return m_list; }
    // The value and comment editors of the criterion at `index` (in package order).
    QDoubleSpinBox* valueEditor(int index) const;
    QLineEdit* commentEditor(int index) const;
    QPushButton* submitButton() const { return m_submit; }
    QLabel* progressLabel() const { return m_progress; }
    bool showsFinalScreen() const;
    // Writes the attachment into the private folder (read-only) and returns its path;
    // empty, with the reason shown, when it cannot.
    QString extractAttachment(Id attachmentId);
    // Submits after the juror confirmed (`confirmed`: asks when false).
    void submit(bool confirmed = false);

private:
    void showCandidate(int row);
    void valueChanged(int criterion);
    void commentEdited(int criterion);
    void refreshProgress();
    void refreshRow(int row);
    void saveFailed(const QString& why);
    Id currentCandidate() const;

    std::unique_ptr<JurorSession> m_session;
    QTemporaryDir m_attachments;
    QStackedWidget* m_pages;
    QLabel* m_progress;
    QListWidget* m_list;
    QLabel* m_title;
    QTextBrowser* m_application;
    QGroupBox* m_filesBox;
    QListWidget* m_files;
    std::vector<QDoubleSpinBox*> m_values;
    std::vector<QLineEdit*> m_comments;
    QPushButton* m_submit;
    QLabel* m_final;
    bool m_filling = false;
};

} // namespace palmares
