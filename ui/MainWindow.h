// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/CampaignDocument.h"
#include "core/io/Spreadsheets.h"
#include "ui/report/Report.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoGroup;

namespace palmares {

class AnalysisPage;
class JournalPage;
class HelpWindow;
class CampaignPage;
class CandidatesPage;
class CriteriaPage;
class DocumentPage;
class JuriesPage;
class RankingPage;
class ScoringPage;
class StartPage;

// The desktop application's window: one open campaign (a CampaignDocument), a sidebar
// with one page per area, and the document commands (new, open, recent, copy, template,
// undo/redo). Every edit is saved at once by the document; there is no "Save".
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        CampaignSitePage,
        CriteriaTreePage,
        JuriesPanelPage,
        CandidatesListPage,
        ScoringSheetPage,
        RankingSelectionPage,
        AnalysisChartsPage,
        JournalLogPage,
        PageCount
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path` for editing; false with the reason when it cannot be (the window
    // keeps what it showed). `refusal` tells a file another Palmarès holds, or one that
    // cannot be written.
    bool openCampaign(const QString& path, QString* error, CampaignDocument::Refusal* refusal = nullptr);
    bool openReadOnly(const QString& path, QString* error);
    // Writes `campaign` as a new file at `path` and opens it.
    bool createCampaign(const QString& path, const Campaign& campaign, QString* error);
    CampaignDocument* document() const { return m_document.get(); }
    QString currentPath() const { return m_document ? m_document->path() : QString(); }

    void showPage(Page page);
    // Deliberation mode: the ranking page alone, full screen, large text (F11; Esc leaves).
    void setDeliberationMode(bool on);
    bool isDeliberating() const { return m_deliberating; }
    Page currentPage() const;
    CampaignPage* campaignPage() const { return m_campaign; }
    CriteriaPage* criteriaPage() const { return m_criteria; }
    JuriesPage* juriesPage() const { return m_juries; }
    CandidatesPage* candidatesPage() const { return m_candidates; }
    ScoringPage* scoringPage() const { return m_scoring; }
    RankingPage* rankingPage() const { return m_ranking; }
    AnalysisPage* analysisPage() const { return m_analysis; }
    JournalPage* journalPage() const { return m_journal; }
    // The user guide's window, once F1 opened it.
    HelpWindow* helpWindow() const { return m_help; }
    // What the window shows when no campaign is open.
    StartPage* startPage() const { return m_start; }
    bool showsStartPage() const;
    QToolBar* toolBar() const { return m_toolbar; }
    // The sidebar's line for `page`: its name, and a short state under it ("87 % scored").
    QString sidebarText(Page page) const;
    // The widget of `page`, whose objectName names it ("campaign", "ranking"…).
    DocumentPage* page(Page page) const;
    // Opens `path` as a user would: a message on failure, an offer to open it read-only
    // when another Palmarès has it open.
    void openInteractively(const QString& path);
    // What opens when the application starts: `file` when given (the command line), else
    // the last campaign when the user asked for it (start page), else nothing.
    void openAtStart(const QString& file);
    // The import wizard on the open campaign, starting on `source` when given.
    // File › Import juror returns: `files`, or those chosen in a file dialog.
    void importReturns(const QStringList& files = {});
    // Export › Results spreadsheet: a file chosen, written with a progress bar and Cancel,
    // then offered to open. writeResults() is the writing, without the dialogs.
    void exportResults(report::Audience audience);
    report::Spreadsheets::Written writeResults(const QString& path, report::Audience audience);
    // Export › Laureate report, Minutes: the same for a PDF or ODT document.
    void exportDocument(report::Kind kind, report::Audience audience);
    report::Spreadsheets::Written writeDocument(const QString& path, report::Kind kind, report::Audience audience);
    void importSpreadsheet(const QString& source = QString());

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void setDocument(std::unique_ptr<CampaignDocument> document);
    void updateTitle();
    void updateSidebar();
    void updateRecentMenu();
    void showProblem(const QString& message);
    // What an export wrote, or why not, and Open.
    void showWritten(const QString& title, const report::Spreadsheets::Written& written);
    // The record of a document written, with the fingerprint of the result (Edits::recordIssued):
    // not undone; the status bar says when the campaign cannot record it.
    void recordIssued(const report::Spreadsheets::Written& written, IssuedDocument document, report::Audience audience);
    // Export › Reports issued…
    void showIssued();
    QString askNewPath(const QString& title, const QString& suggestedName);
    void newCampaign();
    void newDemo();
    void newFromTemplate();
    void chooseAndOpen();
    void saveCopy();
    void saveTemplate();
    void chooseLanguage(const QString& code);
    void about();
    // F1: the user guide at the part about the page in view.
    void showHelp();
    void showShortcuts();

    std::unique_ptr<CampaignDocument> m_document;
    QListWidget* m_sidebar;
    StartPage* m_start;
    QToolBar* m_toolbar = nullptr;
    QStringList m_pageTitles;
    QStackedWidget* m_pages;
    CampaignPage* m_campaign;
    CriteriaPage* m_criteria;
    JuriesPage* m_juries;
    CandidatesPage* m_candidates;
    ScoringPage* m_scoring;
    RankingPage* m_ranking;
    AnalysisPage* m_analysis;
    JournalPage* m_journal;
    HelpWindow* m_help = nullptr;
    std::vector<DocumentPage*> m_pageList; // in Page order
    QMenu* m_recent = nullptr;
    QAction* m_deliberation = nullptr;
    QLabel* m_deliberationBanner;
    bool m_deliberating = false;
    bool m_wasMaximized = false;
    QUndoGroup* m_undoGroup;
    QList<QAction*> m_documentActions;
};

} // namespace palmares
