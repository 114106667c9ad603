// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/DocumentPage.h"
#include "ui/common/TableView.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace palmares {

class ScoreGridModel;

// Typing a juror's scores, e.g. from a paper sheet: pick the juror, then type values
// cell after cell; Enter or Tab saves and moves on (to the next candidate's first
// criterion at the end of a row). A value off the jury's scale is refused and the cell
// stays open with the reason shown. Each cell can carry a comment.
class ScoringPage : public DocumentPage {
    Q_OBJECT
public:
    explicit ScoringPage(QWidget* parent = nullptr);
    void setDocument(CampaignDocument* document) override;

    ScoreGridModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* jurorBox() const { return m_juror; }
    QLineEdit* commentEdit() const { return m_comment; }
    // The reason for correcting scores, shown when the campaign is in deliberation.
    QLineEdit* reasonEdit() const { return m_reason; }
    QString problemText() const;
    QString completionText() const;
    void selectJuror(Id jurorId);

private:
    void fillJurors();
    void showStatus();
    void jurorChosen();
    void currentCellChanged();
    void showProblem(const QString& message);
    void updateCompletion();

    QPointer<CampaignDocument> m_document;
    ScoreGridModel* m_model;
    QComboBox* m_juror;
    QCheckBox* m_paper;
    TableView* m_view;
    QLineEdit* m_comment;
    QLineEdit* m_reason;
    QWidget* m_reasonRow;
    QLabel* m_problem;
    QLabel* m_completion;
    QLabel* m_scale;
};

} // namespace palmares
