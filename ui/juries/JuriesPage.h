// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/JurorPackages.h"
#include "core/print/ScoreSheets.h"
#include "ui/common/DocumentPage.h"
#include "ui/common/TableView.h"

#include <QPointer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace palmares {

class ConflictsModel;
class JuriesModel;
class JurorsModel;

// Juries: the juries (weight, scale, quorum), the jurors of the selected jury, and the
// conflicts of interest as a candidate × juror matrix.
class JuriesPage : public DocumentPage {
    Q_OBJECT
public:
    explicit JuriesPage(QWidget* parent = nullptr);
    void setDocument(CampaignDocument* document) override;

    JuriesModel* juriesModel() const { return m_juries; }
    JurorsModel* jurorsModel() const { return m_jurors; }
    ConflictsModel* conflictsModel() const { return m_conflicts; }
    QTableView* juriesView() const { return m_juryView; }
    QTableView* jurorsView() const { return m_jurorView; }
    QTableView* conflictsView() const { return m_conflictView; }
    // The juries' code column, hidden unless asked for (View › Show the codes).
    void showCodes(bool on);

    // Whose packages the export button offers to write.
    enum class Whom { Everyone, ThisJury, Selected };
    std::vector<Id> jurorsFor(Whom whom) const;
    // Writes the packages of `jurors` and their letters into `folder`, with a progress bar
    // and Cancel when there are several; what was written is in the outcome.
    JurorPackages::ExportOutcome exportPackages(const std::vector<Id>& jurors, const QString& folder);
    // Writes the blank score sheets of `jurors` into `folder` (PDF), with a progress bar.
    print::ScoreSheets::Written writeScoreSheets(const std::vector<Id>& jurors, const QString& folder);

private:
    void juryChanged();
    void addJury();
    void removeJury();
    void addJuror();
    void removeJuror();
    void updateConflictSummary();
    void chooseAndExport(Whom whom);
    void chooseAndPrintSheets(Whom whom);

    QPointer<CampaignDocument> m_document;
    JuriesModel* m_juries;
    JurorsModel* m_jurors;
    ConflictsModel* m_conflicts;
    TableView* m_juryView;
    TableView* m_jurorView;
    TableView* m_conflictView;
    QGroupBox* m_jurorBox;
    QPushButton* m_addJuror;
    QLabel* m_conflictSummary;
};

} // namespace palmares
