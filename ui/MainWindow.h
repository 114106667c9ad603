// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/CampaignDocument.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace palmares {

class CampaignPage;
class CandidatesPage;
class RankingPage;
class ScoringPage;

// The desktop application's window: one open campaign (a CampaignDocument), a sidebar
// with one page per area, and the document commands (new, open, recent, copy, template,
// undo/redo). Every edit is saved at once by the document; there is no "Save".
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { CampaignSitePage, CandidatesListPage, ScoringSheetPage, RankingSelectionPage, PageCount };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path` for editing; false with the reason when it cannot be (the window
    // keeps what it showed). `inUse` tells a file another Palmarès holds.
    bool openCampaign(const QString& path, QString* error, bool* inUse = nullptr);
    bool openReadOnly(const QString& path, QString* error);
    // Writes `campaign` as a new file at `path` and opens it.
    bool createCampaign(const QString& path, const Campaign& campaign, QString* error);
    CampaignDocument* document() const { return m_document.get(); }
    QString currentPath() const { return m_document ? m_document->path() : QString(); }

    void showPage(Page page);
    Page currentPage() const;
    CampaignPage* campaignPage() const { return m_campaign; }
    CandidatesPage* candidatesPage() const { return m_candidates; }
    ScoringPage* scoringPage() const { return m_scoring; }
    RankingPage* rankingPage() const { return m_ranking; }
    // Opens `path` as a user would: a message on failure, an offer to open it read-only
    // when another Palmarès has it open.
    void openInteractively(const QString& path);

private:
    void buildMenus();
    void setDocument(std::unique_ptr<CampaignDocument> document);
    void updateTitle();
    void updateRecentMenu();
    void showProblem(const QString& message);
    QString askNewPath(const QString& title, const QString& suggestedName);
    void newCampaign();
    void newDemo();
    void newFromTemplate();
    void chooseAndOpen();
    void saveCopy();
    void saveTemplate();
    void chooseLanguage(const QString& code);
    void about();

    std::unique_ptr<CampaignDocument> m_document;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    CampaignPage* m_campaign;
    CandidatesPage* m_candidates;
    ScoringPage* m_scoring;
    RankingPage* m_ranking;
    QMenu* m_recent = nullptr;
    QUndoGroup* m_undoGroup;
    QList<QAction*> m_documentActions;
};

} // namespace palmares
