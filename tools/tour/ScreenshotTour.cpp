// SPDX-License-Identifier: GPL-3.0-or-later
#include "tools/tour/ScreenshotTour.h"

#include "core/edit/Edits.h"
#include "core/files/SafeFile.h"
#include "core/io/PackageFiles.h"
#include "ui/MainWindow.h"
#include "ui/common/DocumentPage.h"
#include "ui/help/HelpWindow.h"
#include "ui/import/ImportWizard.h"
#include "ui/journal/IssuedDialog.h"
#include "ui/juror/JurorWindow.h"
#include "ui/ranking/SessionDialog.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QPixmap>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

namespace palmares {

QStringList ScreenshotTour::save(MainWindow& window, const QString& directory, QString* error)
{
    QStringList written;
    if (!QDir().mkpath(directory)) {
        *error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(directory));
        return {};
    }
    auto settle = [] {
        // Let layouts, item views and charts finish what they do on the next events.
        QEventLoop loop;
        QTimer::singleShot(250, &loop, &QEventLoop::quit);
        loop.exec();
    };
    auto save = [&](const QString& name, QWidget* shown = nullptr) {
        settle();
        const QString path = QDir(directory).filePath(name + QStringLiteral(".png"));
        const QPixmap shot = (shown ? shown : static_cast<QWidget*>(&window))->grab();
        if (!SafeFile::write(
                path, [&](QIODevice& out, QString*) { return shot.save(&out, "PNG"); }, error))
            return false;
        written << path;
        return true;
    };
    const MainWindow::Page shown = window.currentPage();
    window.statusBar()->clearMessage();
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        DocumentPage* page = window.page(MainWindow::Page(i));
        window.showPage(MainWindow::Page(i));
        const QString stem = QStringLiteral("%1-%2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(page->objectName());
        // A page in tabs is shot once per tab.
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("pageTabs"));
        const int shots = tabs ? tabs->count() : 1;
        const int shownTab = tabs ? tabs->currentIndex() : 0;
        for (int t = 0; t < shots; ++t) {
            if (tabs)
                tabs->setCurrentIndex(t);
            if (!save(tabs ? stem + QStringLiteral("-") + tabs->widget(t)->objectName() : stem))
                return {};
        }
        if (tabs)
            tabs->setCurrentIndex(shownTab);
    }
    window.showPage(shown);
    // And the ranking as the projector shows it.
    window.setDeliberationMode(true);
    const bool saved = save(QStringLiteral("%1-deliberation").arg(MainWindow::PageCount + 1, 2, 10, QLatin1Char('0')));
    window.setDeliberationMode(false);
    if (!saved)
        return {};
    // And the record of the deliberation session, as Ranking & selection › Deliberation
    // session… shows it; nothing is recorded.
    {
        SessionDialog session(window.document(), &window);
        session.show();
        const bool shot =
            save(QStringLiteral("%1-session").arg(MainWindow::PageCount + 1, 2, 10, QLatin1Char('0')), &session);
        session.reject();
        if (!shot)
            return {};
    }
    // And Export › Reports issued…, on a copy of the campaign in memory that issued two
    // documents: the report before a score was corrected, the workbook after.
    {
        Campaign copy = window.document()->campaign();
        const QDateTime now = window.document()->now();
        Campaign before = copy;
        if (!before.scores.empty())
            before.scores.front().value += before.scores.front().value > 1 ? -0.5 : 0.5;
        for (const Edit& e : {Edits::recordIssued(before, IssuedDocument::Report, false,
                                                  QStringLiteral("Courcy-rapport.pdf"), now.addDays(-2)),
                              Edits::recordIssued(copy, IssuedDocument::Workbook, true,
                                                  QStringLiteral("Courcy-resultats-publics.xlsx"), now)}) {
            IssuedReport r = e.change->issued.put.front();
            r.id = CampaignDocument::nextId(copy.issued);
            copy.issued.push_back(r);
        }
        IssuedDialog issued(copy, &window);
        issued.show();
        const bool shot =
            save(QStringLiteral("%1-issued").arg(MainWindow::PageCount + 1, 2, 10, QLatin1Char('0')), &issued);
        issued.reject();
        if (!shot)
            return {};
    }
    // And the import wizard, on a sheet of applications as an online form exports it,
    // with two mistakes: its columns, then its report. Nothing is imported.
    QTemporaryDir sheetDir;
    const QString sheet = sheetDir.filePath(QStringLiteral("candidatures.csv"));
    if (!sheetDir.isValid() || !QFile::copy(QStringLiteral(":/tour/candidatures.csv"), sheet)) {
        *error = tr("%1 cannot be written.").arg(QDir::toNativeSeparators(sheet));
        return {};
    }
    const QString stem = QStringLiteral("%1-import").arg(MainWindow::PageCount + 2, 2, 10, QLatin1Char('0'));
    ImportWizard wizard(window.document(), &window);
    wizard.setSource(sheet);
    wizard.show();
    wizard.next();
    bool ok = save(stem + QStringLiteral("-columns"), &wizard);
    wizard.next();
    ok = ok && save(stem + QStringLiteral("-report"), &wizard);
    wizard.reject();
    // And the user guide as F1 opens it on the Scoring page.
    if (ok) {
        window.showPage(MainWindow::ScoringSheetPage);
        window.findChild<QAction*>(QStringLiteral("userGuide"))->trigger();
        ok = window.helpWindow() &&
             save(QStringLiteral("%1-help").arg(MainWindow::PageCount + 3, 2, 10, QLatin1Char('0')),
                  window.helpWindow());
        if (window.helpWindow())
            window.helpWindow()->close();
        window.showPage(shown);
    }
    // And juror mode, on the first juror's package, exported into a folder of its own and
    // not recorded in the campaign.
    if (ok && !window.document()->campaign().jurors.empty()) {
        QTemporaryDir packageDir;
        CampaignDocument* document = window.document();
        const package::ExportResult exported = package::exportPackages(
            document->campaign(), {document->campaign().jurors.front().id}, packageDir.path(), document->now(),
            [&](Id id, QString* why) { return document->attachmentData(id, why); });
        PackageProblem problem = PackageProblem::None;
        auto session = exported.files.empty() ? nullptr
                                              : JurorSession::open(exported.files.front().path,
                                                                   exported.files.front().passphrase, &problem, error);
        ok = session != nullptr;
        if (ok) {
            JurorWindow juror(std::move(session));
            juror.setAttribute(Qt::WA_DeleteOnClose, false);
            juror.resize(window.size());
            juror.show();
            ok = save(QStringLiteral("%1-juror").arg(MainWindow::PageCount + 4, 2, 10, QLatin1Char('0')), &juror);
        }
    }
    return ok ? written : QStringList();
}

} // namespace palmares
