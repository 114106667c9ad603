// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus: File, Edit, Export, View, Language, Help.
#include "ui/MainWindow.h"

#include "core/demo/DemoGenerator.h"
#include "core/engine/Summary.h"
#include "core/io/CampaignTemplate.h"
#include "core/io/JurorPackage.h"
#include "core/io/Spreadsheets.h"
#include "core/model/DefaultSetup.h"
#include "core/present/Words.h"
#include "core/print/ApplicationFile.h"
#include "ui/AppSettings.h"
#include "ui/analysis/AnalysisPage.h"
#include "ui/campaign/CampaignPage.h"
#include "ui/candidates/CandidatesPage.h"
#include "ui/common/Icons.h"
#include "ui/common/WaitCursor.h"
#include "ui/criteria/CriteriaPage.h"
#include "ui/help/HelpWindow.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/import/ImportWizard.h"
#include "ui/journal/JournalPage.h"
#include "ui/juries/JuriesPage.h"
#include "ui/juries/ReturnsDialog.h"
#include "ui/juror/JurorWindow.h"
#include "ui/ranking/RankingPage.h"
#include "ui/report/Report.h"
#include "ui/scoring/ScoringPage.h"
#include "ui/start/StartPage.h"
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUrl>
#include <QVBoxLayout>
#include <functional>

namespace palmares {

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newCampaign = file->addAction(icons::themed("document-new", QStyle::SP_FileIcon), tr("&New campaign…"),
                                           QKeySequence::New, this, &MainWindow::newCampaign);
    file->addAction(tr("New &demo campaign…"), this, &MainWindow::newDemo);
    file->addAction(tr("New from &template…"), this, &MainWindow::newFromTemplate);
    file->addSeparator();
    QAction* open = file->addAction(icons::themed("document-open", QStyle::SP_DialogOpenButton), tr("&Open…"),
                                    QKeySequence::Open, this, &MainWindow::chooseAndOpen);
    m_recent = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    m_documentActions << file->addAction(tr("Save a &copy as…"), QKeySequence::SaveAs, this, &MainWindow::saveCopy);
    m_documentActions << file->addAction(tr("Save the set-up as a te&mplate…"), this, &MainWindow::saveTemplate);
    file->addSeparator();
    QAction* import =
        file->addAction(icons::themed("document-import", QStyle::SP_ArrowDown), tr("&Import a spreadsheet…"),
                        QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] { importSpreadsheet(); });
    import->setToolTip(tr("Import candidates, jurors, conflicts, buildings or scores from a spreadsheet (Ctrl+I)"));
    m_documentActions << import;
    QAction* returns = file->addAction(tr("Import &juror returns…"), this, [this] { importReturns(); });
    returns->setObjectName(QStringLiteral("importJurorReturns"));
    returns->setStatusTip(tr("Take in the packages jurors scored offline and sent back"));
    m_documentActions << returns;
    QAction* close = file->addAction(icons::themed("document-close", QStyle::SP_DialogCloseButton), tr("C&lose"),
                                     QKeySequence::Close, this, [this] { setDocument(nullptr); });
    close->setObjectName(QStringLiteral("closeCampaign"));
    m_documentActions << close;
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(icons::themed("edit-undo", QStyle::SP_ArrowBack));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setIcon(icons::themed("edit-redo", QStyle::SP_ArrowForward));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    // Undoing an import of a million scores takes a second or two: a wait cursor meanwhile.
    if (disconnect(undo, &QAction::triggered, m_undoGroup, &QUndoGroup::undo))
        connect(undo, &QAction::triggered, this, [this] { underWaitCursor([this] { m_undoGroup->undo(); }); });
    if (disconnect(redo, &QAction::triggered, m_undoGroup, &QUndoGroup::redo))
        connect(redo, &QAction::triggered, this, [this] { underWaitCursor([this] { m_undoGroup->redo(); }); });

    QMenu* exports = menuBar()->addMenu(tr("E&xport"));
    QAction* laureates =
        exports->addAction(icons::themed("x-office-document", QStyle::SP_FileIcon), tr("Laureate &report…"), this,
                           [this] { exportDocument(report::Kind::LaureateReport, report::Audience::Full); });
    laureates->setObjectName(QStringLiteral("exportReport"));
    laureates->setStatusTip(tr("The ranked laureate report to sign, with the jurors' names and comments, as PDF "
                               "or ODT"));
    QAction* publicReport = exports->addAction(tr("P&ublic laureate report…"), this, [this] {
        exportDocument(report::Kind::LaureateReport, report::Audience::Public);
    });
    publicReport->setObjectName(QStringLiteral("exportPublicReport"));
    publicReport->setStatusTip(tr("The ranked laureate report without the jurors' names, comments or the personal "
                                  "data of the candidates not selected, to publish"));
    QAction* minutes = exports->addAction(tr("&Minutes of the deliberation…"), this,
                                          [this] { exportDocument(report::Kind::Minutes, report::Audience::Full); });
    minutes->setObjectName(QStringLiteral("exportMinutes"));
    minutes->setStatusTip(tr("The minutes (procès-verbal): the session, the jurors present, the decisions and "
                             "overrides, a signature block, as PDF or ODT"));
    m_documentActions << laureates << publicReport << minutes;
    exports->addSeparator();
    QAction* results =
        exports->addAction(icons::themed("x-office-spreadsheet", QStyle::SP_FileIcon), tr("&Results spreadsheet…"),
                           this, [this] { exportResults(report::Audience::Full); });
    results->setObjectName(QStringLiteral("exportResults"));
    results->setStatusTip(tr("The ranking and every score, with the jurors' names and comments, as XLSX or CSV"));
    QAction* published = exports->addAction(tr("&Public results spreadsheet…"), this,
                                            [this] { exportResults(report::Audience::Public); });
    published->setObjectName(QStringLiteral("exportPublicResults"));
    published->setStatusTip(tr("The ranking and every score without the jurors' names or comments, to publish"));
    m_documentActions << results << published;
    exports->addSeparator();
    QAction* issued = exports->addAction(tr("Reports &issued…"), this, [this] { showIssued(); });
    issued->setObjectName(QStringLiteral("showIssued"));
    issued->setStatusTip(tr("The reports, minutes and workbooks written from this campaign, with their "
                            "fingerprint, and whether the campaign still gives their result"));
    m_documentActions << issued;

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        // "&" in a page title is text, not a mnemonic, in a menu.
        QAction* a = view->addAction(m_sidebar->item(i)->icon(),
                                     QString(m_pageTitles[i]).replace(QLatin1Char('&'), QStringLiteral("&&")), this,
                                     [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction* codes = view->addAction(tr("Show the &codes"));
    codes->setObjectName(QStringLiteral("showCodes"));
    codes->setCheckable(true);
    codes->setChecked(settings::showCodes());
    codes->setStatusTip(tr("The short technical names of pillars, criteria and juries (economic, expert…), which "
                           "templates, imports and the command line use"));
    connect(codes, &QAction::toggled, this, [this](bool on) {
        settings::setShowCodes(on);
        m_criteria->showCodes(on);
        m_juries->showCodes(on);
    });
    view->addSeparator();
    m_deliberation = view->addAction(tr("&Deliberation mode"), this, &MainWindow::setDeliberationMode);
    m_deliberation->setCheckable(true);
    m_deliberation->setIcon(icons::themed("view-fullscreen", QStyle::SP_TitleBarMaxButton));
    m_deliberation->setShortcut(QKeySequence(Qt::Key_F11));
    m_deliberation->setStatusTip(tr("The ranking in full screen with large text, for a projector"));
    addAction(m_deliberation); // its shortcut works while the menu bar is hidden
    m_documentActions << m_deliberation;
    auto* leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(leave, &QShortcut::activated, this, [this] {
        if (isDeliberating())
            setDeliberationMode(false);
    });

    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    const std::pair<QString, QString> choices[] = {{QString(), tr("System language")},
                                                   {QStringLiteral("fr"), QStringLiteral("Français")},
                                                   {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, name] : choices) {
        QAction* a = language->addAction(name, this, [this, c = code] { chooseLanguage(c); });
        a->setCheckable(true);
        a->setChecked(settings::language() == code);
        languages->addAction(a);
    }

    // The main actions, one click away.
    m_toolbar = addToolBar(tr("Main actions"));
    m_toolbar->setObjectName(QStringLiteral("mainToolbar"));
    m_toolbar->setMovable(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolbar->setIconSize(QSize(22, 22));
    newCampaign->setIconText(tr("New"));
    open->setIconText(tr("Open"));
    import->setIconText(tr("Import"));
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    m_deliberation->setIconText(tr("Deliberation"));
    m_toolbar->addAction(newCampaign);
    m_toolbar->addAction(open);
    m_toolbar->addSeparator();
    m_toolbar->addAction(undo);
    m_toolbar->addAction(redo);
    m_toolbar->addSeparator();
    m_toolbar->addAction(import);
    m_toolbar->addAction(m_deliberation);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(icons::themed("help-contents", QStyle::SP_DialogHelpButton), tr("&User guide"),
                                     QKeySequence::HelpContents, this, &MainWindow::showHelp);
    guide->setObjectName(QStringLiteral("userGuide"));
    addAction(guide); // F1 works in deliberation mode too, the menu bar hidden
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("keyboardShortcuts"));
    help->addSeparator();
    help->addAction(tr("&About Palmarès"), this, &MainWindow::about);
    updateRecentMenu();
}

} // namespace palmares
