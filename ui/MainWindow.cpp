// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/demo/DemoGenerator.h"
#include "core/engine/Evaluation.h"
#include "core/storage/CampaignFile.h"
#include "ui/ranking/RankingPage.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace palmares {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ranking(new RankingPage(this))
{
    setCentralWidget(m_ranking);
    setWindowTitle(tr("Palmarès"));
    resize(1100, 700);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("New &demo campaign…"), this, &MainWindow::createDemo);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    statusBar()->showMessage(tr("Open a campaign file (*.ami) or create the demo campaign."));
}

bool MainWindow::openCampaign(const QString& path, QString* error)
{
    const std::optional<Campaign> campaign = CampaignFile::read(path, error);
    if (!campaign)
        return false;
    m_ranking->show(*campaign, evaluate(*campaign, false));
    m_path = path;
    setWindowTitle(tr("%1 — Palmarès")
                       .arg(campaign->settings.name.isEmpty() ? QFileInfo(path).fileName() : campaign->settings.name));
    setWindowFilePath(path);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::openInteractively(const QString& path)
{
    QString error;
    if (!openCampaign(path, &error))
        QMessageBox::warning(this, tr("Cannot open the campaign"), error);
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a campaign"), QString(),
                                                      tr("Palmarès campaigns (*.ami);;All files (*)"));
    if (!path.isEmpty())
        openInteractively(path);
}

void MainWindow::createDemo()
{
    QString path =
        QFileDialog::getSaveFileName(this, tr("New demo campaign"), tr("demo.ami"), tr("Palmarès campaigns (*.ami)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ami");
    QString error;
    if (!CampaignFile::writeNew(path, DemoGenerator::generate(), &error)) {
        QMessageBox::warning(this, tr("Cannot create the demo campaign"), error);
        return;
    }
    openInteractively(path);
}

} // namespace palmares
