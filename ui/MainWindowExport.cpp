// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's Export menu: the laureate report, the minutes and the results
// spreadsheets, each written with a progress bar and Cancel, then offered to open, and
// recorded in the campaign with its fingerprint; the reports issued.
#include "ui/MainWindow.h"

#include "core/edit/Edits.h"
#include "core/io/Spreadsheets.h"
#include "ui/common/WaitCursor.h"
#include "ui/journal/IssuedDialog.h"
#include "ui/report/Report.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

namespace palmares {

namespace {

// The bar of an export: modal over the window, shown after half a second, kept at its end
// until the export returns; step() moves it and hears Cancel.
class ExportProgress {
public:
    ExportProgress(QWidget* parent, const QString& label, const QString& title)
        : m_dialog(label, MainWindow::tr("Cancel"), 0, 100, parent)
    {
        m_dialog.setWindowTitle(title);
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(500);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
    }
    bool step(qint64 done, qint64 total)
    {
        m_dialog.setValue(total > 0 ? int(done * 100 / total) : 100);
        QCoreApplication::processEvents();
        return !m_dialog.wasCanceled();
    }

private:
    QProgressDialog m_dialog;
};

} // namespace

report::Spreadsheets::Written MainWindow::writeResults(const QString& path, report::Audience audience)
{
    if (!m_document)
        return {};
    ExportProgress progress(this, tr("Writing the spreadsheet…"), tr("Export the results"));
    // A million scores take seconds: the bar moves and Cancel is heard every few thousand rows.
    const report::Spreadsheets::Written written =
        report::Spreadsheets::writeResults(path, m_document->campaign(), m_document->evaluation(), audience,
                                           [&](qint64 done, qint64 total) { return progress.step(done, total); });
    if (const std::optional<IssuedDocument> issued = report::Spreadsheets::issuedDocument(path))
        recordIssued(written, *issued, audience);
    return written;
}

void MainWindow::recordIssued(const report::Spreadsheets::Written& written, IssuedDocument document,
                              report::Audience audience)
{
    if (!m_document || written.cancelled || !written.error.isEmpty() || written.files.empty())
        return;
    const Edit edit = Edits::recordIssued(m_document->campaign(), document, audience == report::Audience::Public,
                                          written.files.front(), m_document->now());
    QString why;
    if (!m_document->apply(*edit.change, &why, QStringLiteral("issue_report")))
        statusBar()->showMessage(
            tr("Written, but the campaign does not record it (%1): verify will not say which table changed since.")
                .arg(why),
            15000);
}

void MainWindow::showIssued()
{
    if (!m_document)
        return;
    IssuedDialog dialog(m_document->campaign(), this);
    dialog.exec();
}

void MainWindow::exportResults(report::Audience audience)
{
    if (!m_document)
        return;
    const bool published = audience == report::Audience::Public;
    const QString title = published ? tr("Export the public results") : tr("Export the results");
    //: Added to the campaign's name for the file of its results: « Courcy-resultats.xlsx ».
    const QString base =
        QFileInfo(m_document->path()).completeBaseName() + (published ? tr("-public-results") : tr("-results"));
    const QString workbook = tr("Workbook (*.xlsx)");
    const QString csv = tr("CSV: the ranking, and the scores beside it (*.csv)");
    QString filter = workbook;
    QString path = QFileDialog::getSaveFileName(
        this, title, QDir(QFileInfo(m_document->path()).absolutePath()).filePath(base + QStringLiteral(".xlsx")),
        workbook + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return;
    if (!report::Spreadsheets::isSpreadsheet(path))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    showWritten(title, writeResults(path, audience));
}

report::Spreadsheets::Written MainWindow::writeDocument(const QString& path, report::Kind kind,
                                                        report::Audience audience)
{
    if (!m_document)
        return {};
    ExportProgress progress(
        this, kind == report::Kind::Minutes ? tr("Writing the minutes…") : tr("Writing the report…"), tr("Export"));
    // Drawn on this thread (the charts are QtCharts'): the bar moves after each section and page.
    report::Spreadsheets::Written written;
    underWaitCursor([&] {
        written = report::Documents::write(path, kind, m_document->campaign(), m_document->evaluation(), audience,
                                           [&](int done, int total) { return progress.step(done, total); });
    });
    recordIssued(written, kind == report::Kind::Minutes ? IssuedDocument::Minutes : IssuedDocument::Report, audience);
    return written;
}

void MainWindow::exportDocument(report::Kind kind, report::Audience audience)
{
    if (!m_document)
        return;
    const bool published = audience == report::Audience::Public;
    const bool isMinutes = kind == report::Kind::Minutes;
    const QString title = isMinutes   ? tr("Export the minutes")
                          : published ? tr("Export the public report")
                                      : tr("Export the report");
    //: Added to the campaign's name for the file of its report: « Courcy-rapport.pdf ».
    const QString suffix = isMinutes ? tr("-minutes") : published ? tr("-public-report") : tr("-report");
    const QString base = QFileInfo(m_document->path()).completeBaseName() + suffix;
    const QString pdf = tr("PDF document (*.pdf)");
    const QString odt = tr("OpenDocument text, to edit (*.odt)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(
        this, title, QDir(QFileInfo(m_document->path()).absolutePath()).filePath(base + QStringLiteral(".pdf")),
        pdf + QStringLiteral(";;") + odt, &filter);
    if (path.isEmpty())
        return;
    if (!report::Documents::isDocument(path))
        path += filter == odt ? QStringLiteral(".odt") : QStringLiteral(".pdf");
    showWritten(title, writeDocument(path, kind, audience));
}

void MainWindow::showWritten(const QString& title, const report::Spreadsheets::Written& written)
{
    if (written.cancelled) {
        statusBar()->showMessage(tr("Export cancelled: nothing was written."), 8000);
        return;
    }
    if (!written.error.isEmpty()) {
        QMessageBox::warning(this, title, written.error);
        return;
    }
    QStringList names;
    for (const QString& f : written.files)
        names << QDir::toNativeSeparators(f);
    QMessageBox box(QMessageBox::Information, title, tr("Written:\n%1").arg(names.join(QLatin1Char('\n'))),
                    QMessageBox::Close, this);
    QPushButton* open = box.addButton(tr("&Open"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(written.files.front()));
}

} // namespace palmares
