// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/engine/Summary.h"
#include "core/present/Words.h"

#include "core/demo/DemoGenerator.h"
#include "core/io/CampaignTemplate.h"
#include "core/io/JurorPackage.h"
#include "core/io/Spreadsheets.h"
#include "core/model/DefaultSetup.h"
#include "core/print/ApplicationFile.h"
#include "ui/AppSettings.h"
#include "ui/analysis/AnalysisPage.h"
#include "ui/campaign/CampaignPage.h"
#include "ui/candidates/CandidatesPage.h"
#include "ui/common/Icons.h"
#include "ui/criteria/CriteriaPage.h"
#include "ui/help/HelpWindow.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/import/ImportWizard.h"
#include "ui/journal/JournalPage.h"
#include "ui/juries/JuriesPage.h"
#include "ui/juries/ReturnsDialog.h"
#include "ui/juror/JurorWindow.h"
#include "ui/ranking/RankingPage.h"
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

namespace {

const QString campaignFilter()
{
    return MainWindow::tr("Palmarès campaigns (*.ami)");
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_sidebar(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_campaign(new CampaignPage)
    , m_criteria(new CriteriaPage)
    , m_juries(new JuriesPage)
    , m_candidates(new CandidatesPage)
    , m_scoring(new ScoringPage)
    , m_ranking(new RankingPage)
    , m_analysis(new AnalysisPage)
    , m_journal(new JournalPage)
    , m_undoGroup(new QUndoGroup(this))
{
    icons::useTheme();
    const std::pair<DocumentPage*, QString> pages[] = {
        {m_campaign, tr("Campaign & site")}, {m_criteria, tr("Criteria")}, {m_juries, tr("Juries")},
        {m_candidates, tr("Candidates")},    {m_scoring, tr("Scoring")},   {m_ranking, tr("Ranking & selection")},
        {m_analysis, tr("Analysis")},        {m_journal, tr("Journal")}};
    const QIcon pageIcons[] = {icons::themed("go-home", QStyle::SP_DirHomeIcon),
                               icons::themed("view-list-tree", QStyle::SP_FileDialogListView),
                               icons::themed("system-users", QStyle::SP_DirIcon),
                               icons::themed("x-office-address-book", QStyle::SP_FileDialogDetailedView),
                               icons::themed("document-edit", QStyle::SP_FileDialogContentsView),
                               icons::themed("view-sort-descending", QStyle::SP_ArrowDown),
                               icons::themed("office-chart-bar", QStyle::SP_FileDialogInfoView),
                               icons::themed("view-history", QStyle::SP_FileDialogDetailedView)};
    // Names of the pages' screenshots.
    static const char* const slugs[] = {"campaign", "criteria", "juries",   "candidates",
                                        "scoring",  "ranking",  "analysis", "journal"};
    for (const auto& [page, title] : pages) {
        m_pages->addWidget(page);
        m_sidebar->addItem(new QListWidgetItem(pageIcons[m_pageList.size()], title));
        m_pageTitles << title;
        page->setAccessibleName(title);
        page->setObjectName(QString::fromLatin1(slugs[m_pageList.size()]));
        m_pageList.push_back(page);
        connect(page, &DocumentPage::problem, this, &MainWindow::showProblem);
    }
    m_start = new StartPage;
    m_pages->addWidget(m_start); // after the pages: a Page is its index
    connect(m_start, &StartPage::newCampaign, this, &MainWindow::newCampaign);
    connect(m_start, &StartPage::newFromTemplate, this, &MainWindow::newFromTemplate);
    connect(m_start, &StartPage::newDemo, this, &MainWindow::newDemo);
    connect(m_start, &StartPage::openFile, this, &MainWindow::chooseAndOpen);
    connect(m_start, &StartPage::openRecent, this, &MainWindow::openInteractively);
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    // Wide enough for the longest name and its state under it.
    m_sidebar->setFixedWidth(
        std::max(m_sidebar->sizeHintForColumn(0),
                 m_sidebar->fontMetrics().horizontalAdvance(tr("Ranking & selection") + QStringLiteral("MM"))) +
        40);
    m_sidebar->setCurrentRow(0);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    auto* central = new QWidget;
    m_deliberationBanner = new QLabel(tr("Deliberation mode. Esc or F11 to leave."));
    m_deliberationBanner->setAlignment(Qt::AlignCenter);
    m_deliberationBanner->setStyleSheet(QStringLiteral("background: #1f3f5f; color: white; padding: 4px;"));
    m_deliberationBanner->hide();
    auto* pagesColumn = new QVBoxLayout;
    pagesColumn->setContentsMargins(0, 0, 0, 0);
    pagesColumn->addWidget(m_deliberationBanner);
    pagesColumn->addWidget(m_pages, 1);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addLayout(pagesColumn, 1);
    setCentralWidget(central);
    buildMenus();
    setAcceptDrops(true);
    // As the user left it; the first time, as large as fits the screen, up to 1280×800.
    if (!restoreGeometry(settings::viewState(QStringLiteral("window/geometry")))) {
        const QSize room = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
        resize(QSize(1280, 800).boundedTo(room - QSize(16, 48)));
    }
    setDocument(nullptr);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_deliberation->isChecked())
        setDeliberationMode(false);
    settings::setViewState(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    // The pages hold pointers into the document: let go of them first.
    for (DocumentPage* page : m_pageList)
        page->setDocument(nullptr);
}

void MainWindow::setDocument(std::unique_ptr<CampaignDocument> document)
{
    // Pages first let go of the old document, then it goes.
    for (DocumentPage* page : m_pageList)
        page->setDocument(document.get());
    m_document = std::move(document);
    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        connect(m_document.get(), &CampaignDocument::changed, this, [this] {
            updateTitle();
            updateSidebar();
            statusBar()->showMessage(tr("Saved. Ranking recomputed in %1 ms.")
                                         .arg(QLocale().toString(m_document->lastEvaluationMs(), 'f', 1)),
                                     4000);
        });
        connect(m_document.get(), &CampaignDocument::failed, this, [this](const QString& message) {
            QMessageBox::warning(this, tr("The change cannot be saved"), message);
        });
        settings::addRecentFile(m_document->path());
        updateRecentMenu();
    }
    if (!m_document)
        setDeliberationMode(false);
    for (QAction* a : m_documentActions)
        a->setEnabled(m_document != nullptr);
    // No campaign: the start page, and nothing greyed out and meaningless.
    m_sidebar->setVisible(m_document != nullptr && !m_deliberating);
    if (m_document) {
        m_pages->setCurrentIndex(std::max(0, m_sidebar->currentRow()));
    } else {
        m_start->refresh();
        m_pages->setCurrentWidget(m_start);
    }
    updateTitle();
    updateSidebar();
}

bool MainWindow::showsStartPage() const
{
    return m_pages->currentWidget() == m_start;
}

QString MainWindow::sidebarText(Page page) const
{
    return m_sidebar->item(int(page))->text();
}

void MainWindow::updateSidebar()
{
    QStringList states;
    for (int i = 0; i < PageCount; ++i)
        states << QString();
    if (m_document) {
        // The same counts as the command line's "info" (core/engine/Summary).
        const Campaign& c = m_document->campaign();
        const CampaignSummary s = summarize(c, m_document->evaluation());
        states[CampaignSitePage] = Words::status(c.settings.status);
        states[CriteriaTreePage] = tr("%n criterion(s)", nullptr, s.criteria);
        int jurors = 0;
        for (const JurySummary& j : s.juries)
            jurors += j.jurors;
        states[JuriesPanelPage] = tr("%n juror(s)", nullptr, jurors);
        states[CandidatesListPage] = tr("%n candidate(s)", nullptr, s.candidates);
        states[ScoringSheetPage] = tr("%1\u00a0% complete").arg(Words::number(s.completenessPct, 0));
        states[RankingSelectionPage] =
            tr("%n laureate(s)", nullptr, int(m_document->evaluation().greedy.laureates.size()));
    }
    for (int i = 0; i < PageCount; ++i) {
        QListWidgetItem* item = m_sidebar->item(i);
        item->setText(states[i].isEmpty() ? m_pageTitles[i] : m_pageTitles[i] + QLatin1Char('\n') + states[i]);
        item->setData(Qt::AccessibleTextRole,
                      states[i].isEmpty() ? m_pageTitles[i] : m_pageTitles[i] + QStringLiteral(", ") + states[i]);
    }
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Palmarès"));
        setWindowFilePath(QString());
        return;
    }
    const QString name = m_document->campaign().settings.name.isEmpty()
                             ? QFileInfo(m_document->path()).completeBaseName()
                             : m_document->campaign().settings.name;
    const QString status = Words::status(m_document->campaign().settings.status);
    setWindowTitle(m_document->isReadOnly() ? tr("%1 (%2, read-only) — Palmarès").arg(name, status)
                                            : tr("%1 (%2) — Palmarès").arg(name, status));
    setWindowFilePath(m_document->path());
}

void MainWindow::updateRecentMenu()
{
    m_recent->clear();
    const QStringList files = settings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        m_recent->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this,
                            [this, path] { openInteractively(path); });
    }
    m_recent->setEnabled(!files.isEmpty());
}

void MainWindow::showProblem(const QString& message)
{
    statusBar()->showMessage(message, 10000);
}

bool MainWindow::openCampaign(const QString& path, QString* error, CampaignDocument::Refusal* refusal)
{
    auto document = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, error, refusal);
    if (!document)
        return false;
    setDocument(std::move(document));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::openReadOnly(const QString& path, QString* error)
{
    auto document = CampaignDocument::open(path, CampaignDocument::Access::ReadOnly, error);
    if (!document)
        return false;
    setDocument(std::move(document));
    statusBar()->showMessage(tr("Opened read-only: changes are not possible in this window."));
    return true;
}

bool MainWindow::createCampaign(const QString& path, const Campaign& campaign, QString* error)
{
    if (m_document && QFileInfo(m_document->path()) == QFileInfo(path))
        setDocument(nullptr); // replacing the open campaign: let go of it first
    auto document = CampaignDocument::create(path, campaign, error);
    if (!document)
        return false;
    setDocument(std::move(document));
    return true;
}

void MainWindow::openAtStart(const QString& file)
{
    if (!file.isEmpty()) {
        openInteractively(file);
        return;
    }
    const QStringList recent = settings::recentFiles();
    if (settings::reopenLast() && !recent.isEmpty() && QFileInfo::exists(recent.constFirst()))
        openInteractively(recent.constFirst());
}

void MainWindow::openInteractively(const QString& path)
{
    // A juror's package: juror mode, in a window of its own.
    if (QFileInfo(path).suffix().compare(package::suffix(), Qt::CaseInsensitive) == 0) {
        if (auto session = JurorWindow::unlock(this, path))
            (new JurorWindow(std::move(session)))->show();
        return;
    }
    QString error;
    CampaignDocument::Refusal refusal = CampaignDocument::Refusal::None;
    if (openCampaign(path, &error, &refusal))
        return;
    if (refusal != CampaignDocument::Refusal::None) {
        const bool inUse = refusal == CampaignDocument::Refusal::InUse;
        QMessageBox box(QMessageBox::Question, inUse ? tr("Campaign in use") : tr("Campaign read-only"),
                        inUse
                            ? tr("%1\n\nOnly one window can change a campaign at a time. Open it read-only?").arg(error)
                            : tr("%1\n\nOpen it read-only?").arg(error),
                        QMessageBox::Cancel, this);
        QPushButton* readOnly = box.addButton(tr("Open &read-only"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == readOnly && !openReadOnly(path, &error))
            QMessageBox::warning(this, tr("Cannot open the campaign"), error);
        return;
    }
    if (!QFileInfo::exists(path)) {
        settings::removeRecentFile(path);
        updateRecentMenu();
    }
    QMessageBox::warning(this, tr("Cannot open the campaign"), error);
}

QString MainWindow::askNewPath(const QString& title, const QString& suggestedName)
{
    QString path = QFileDialog::getSaveFileName(this, title, QDir(settings::lastFolder()).filePath(suggestedName),
                                                campaignFilter());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ami");
    return path;
}

void MainWindow::newCampaign()
{
    const QString path = askNewPath(tr("New campaign"), tr("campaign.ami"));
    QString error;
    if (!path.isEmpty() && !createCampaign(path, DefaultSetup::campaign(), &error))
        QMessageBox::warning(this, tr("Cannot create the campaign"), error);
    else if (!path.isEmpty())
        showPage(CampaignSitePage);
}

void MainWindow::newDemo()
{
    const QString path = askNewPath(tr("New demo campaign"), tr("demo.ami"));
    QString error;
    if (path.isEmpty())
        return;
    Campaign demo = DemoGenerator::generate();
    print::ApplicationFile::attachAll(demo); // each application as a PDF attachment
    if (!createCampaign(path, demo, &error))
        QMessageBox::warning(this, tr("Cannot create the demo campaign"), error);
}

void MainWindow::newFromTemplate()
{
    const QString templatePath = QFileDialog::getOpenFileName(this, tr("Campaign template"), settings::lastFolder(),
                                                              tr("Campaign templates (*.json)"));
    if (templatePath.isEmpty())
        return;
    QString error;
    const std::optional<Campaign> campaign = CampaignTemplate::readFile(templatePath, &error);
    if (!campaign) {
        QMessageBox::warning(this, tr("Cannot read the template"), error);
        return;
    }
    const QString path = askNewPath(tr("New campaign from a template"), tr("campaign.ami"));
    if (!path.isEmpty() && !createCampaign(path, *campaign, &error))
        QMessageBox::warning(this, tr("Cannot create the campaign"), error);
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a campaign"), settings::lastFolder(),
                                                      campaignFilter() + QStringLiteral(";;") +
                                                          tr("Juror packages (*.%1)").arg(package::suffix()) +
                                                          QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        openInteractively(path);
}

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    const QString path =
        askNewPath(tr("Save a copy as"), QFileInfo(m_document->path()).completeBaseName() + tr("-copy.ami"));
    QString error;
    if (path.isEmpty())
        return;
    if (!m_document->saveCopyAs(path, &error))
        QMessageBox::warning(this, tr("Cannot save the copy"), error);
    else
        statusBar()->showMessage(tr("Copy saved as %1; you are still working on %2.")
                                     .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_document->path())),
                                 8000);
}

void MainWindow::saveTemplate()
{
    if (!m_document)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the set-up as a template"),
        QDir(settings::lastFolder())
            .filePath(QFileInfo(m_document->path()).completeBaseName() + QStringLiteral(".json")),
        tr("Campaign templates (*.json)"));
    QString error;
    if (!path.isEmpty() && !CampaignTemplate::writeFile(path, m_document->campaign(), &error))
        QMessageBox::warning(this, tr("Cannot save the template"), error);
}

void MainWindow::chooseLanguage(const QString& code)
{
    settings::setLanguage(code);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language takes effect the next time Palmarès starts.\n"
                                "La nouvelle langue s’applique au prochain démarrage de Palmarès."));
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpWindow(this);
    // The part of the guide about what is in view.
    QString key = QStringLiteral("start");
    if (isDeliberating())
        key = QStringLiteral("deliberation");
    else if (!showsStartPage() && m_pages->currentWidget())
        key = m_pages->currentWidget()->objectName();
    m_help->showSection(key);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Palmarès"),
                       tr("<b>Palmarès %1</b><p>Scores, ranks and selects the candidates of a call for expressions "
                          "of interest, against a site-fill target.</p><p>Licence: GPL 3.0 or later.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::setDeliberationMode(bool on)
{
    if (on == isDeliberating() || (on && !m_document)) {
        m_deliberation->setChecked(isDeliberating());
        return;
    }
    m_deliberating = on;
    m_deliberation->setChecked(on);
    if (on) {
        m_wasMaximized = isMaximized();
        showPage(RankingSelectionPage);
        showFullScreen();
    } else if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
    m_sidebar->setVisible(!on && m_document);
    m_toolbar->setVisible(!on);
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_deliberationBanner->setVisible(on);
    m_ranking->setLargeText(on);
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

DocumentPage* MainWindow::page(Page page) const
{
    return page >= 0 && page < PageCount ? m_pageList[size_t(page)] : nullptr;
}

namespace {

bool isSpreadsheet(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods") ||
           suffix == QLatin1String("txt");
}

// The one local file of a drag, if it is a campaign or a spreadsheet.
QString droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    const bool campaign = QFileInfo(path).suffix().toLower() == QLatin1String("ami");
    return campaign || isSpreadsheet(path) ? path : QString();
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has returned: the wizard is modal.
    QTimer::singleShot(0, this, [this, path] {
        if (isSpreadsheet(path))
            importSpreadsheet(path);
        else
            openInteractively(path);
    });
}

void MainWindow::importReturns(const QStringList& chosen)
{
    if (!m_document)
        return;
    QStringList files = chosen;
    if (files.isEmpty())
        files = QFileDialog::getOpenFileNames(this, tr("Import juror returns"),
                                              QFileInfo(m_document->path()).absolutePath(),
                                              tr("Juror packages (*.%1)").arg(package::suffix()));
    if (files.isEmpty())
        return;
    ReturnsDialog dialog(m_document.get(), files, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.outcome());
}

void MainWindow::importSpreadsheet(const QString& source)
{
    if (!m_document) {
        showProblem(tr("Open or create a campaign first, then import the spreadsheet into it."));
        return;
    }
    ImportWizard wizard(m_document.get(), this);
    if (!source.isEmpty())
        wizard.setSource(source);
    if (wizard.exec() == QDialog::Accepted && !wizard.outcome().isEmpty())
        statusBar()->showMessage(wizard.outcome());
}

} // namespace palmares
