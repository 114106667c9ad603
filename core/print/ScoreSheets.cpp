// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print/ScoreSheets.h"

#include "core/files/SafeFile.h"
#include "core/io/PackageFiles.h"
#include "core/present/Words.h"
#include "core/print/Pdf.h"

#include <QDir>
#include <QFileInfo>

namespace palmares::print {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

const Jury* juryOf(const Campaign& c, const Juror& juror)
{
    for (const Jury& j : c.juries) {
        if (j.id == juror.juryId)
            return &j;
    }
    return nullptr;
}

} // namespace

QString ScoreSheets::fileName(const Campaign& campaign, const Juror& juror)
{
    //: The file name of a juror's blank score sheets, after their package's name.
    return QFileInfo(package::fileName(campaign, juror)).completeBaseName() + QLatin1Char('-') + tr("sheets") +
           QStringLiteral(".pdf");
}

QStringList ScoreSheets::pages(const Campaign& c, const Juror& juror)
{
    const Jury* jury = juryOf(c, juror);
    const QString scale =
        jury ? tr("from %1 to %2, by steps of %3")
                   .arg(Words::value(jury->scaleMin), Words::value(jury->scaleMax), Words::value(jury->scaleStep))
             : QString();
    std::vector<const Criterion*> criteria;
    for (const Criterion& k : c.criteria)
        criteria.push_back(&k);
    QStringList pages;
    for (const Candidate* k : assignedTo(c, juror.id)) {
        QString h = QStringLiteral("<div style=\"font-size:9pt\">");
        h += QStringLiteral("<p style=\"color:#555555; margin-bottom:0\">") + esc(c.settings.name) +
             QStringLiteral(" — ") + esc(tr("score sheet of %1, %2").arg(juror.name, jury ? jury->name : QString())) +
             QStringLiteral("</p>");
        h += QStringLiteral("<h2 style=\"margin-top:6px; margin-bottom:4px\">") +
             esc(tr("%1. %2").arg(k->registrationNo).arg(k->name)) + QStringLiteral("</h2>");
        if (!k->projectTitle.isEmpty())
            h += QStringLiteral("<p style=\"margin-top:0\"><i>") + esc(k->projectTitle) + QStringLiteral("</i></p>");
        h += QStringLiteral("<p>") +
             esc(tr("Write each value %1 in its box; leave a box empty for a criterion you "
                    "do not score.")
                     .arg(scale)) +
             QStringLiteral("</p>");
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" "
                            "style=\"border-collapse:collapse; border-color:#888888\">");
        h += QStringLiteral("<tr style=\"background-color:#eef3fa\"><th align=\"left\" width=\"60%\">") +
             esc(tr("Criterion and rubric")) + QStringLiteral("</th><th width=\"12%\">") + esc(tr("Value")) +
             QStringLiteral("</th><th width=\"28%\">") + esc(tr("Comment")) + QStringLiteral("</th></tr>");
        for (const Criterion* x : criteria) {
            QString pillar;
            for (const Pillar& p : c.pillars) {
                if (p.id == x->pillarId)
                    pillar = p.name;
            }
            h += QStringLiteral("<tr><td><b>") + esc(x->name) + QStringLiteral("</b> <span style=\"color:#555555\">(") +
                 esc(pillar) + QStringLiteral(")</span><br><span style=\"font-size:7pt\">") + Words::rubric(*x) +
                 QStringLiteral("</span></td><td>&nbsp;</td><td>&nbsp;</td></tr>");
        }
        h += QStringLiteral("</table></div>");
        pages << h;
    }
    if (pages.isEmpty())
        pages << QStringLiteral("<p>") + esc(tr("No candidate is assigned to %1.").arg(juror.name)) +
                     QStringLiteral("</p>");
    return pages;
}

QByteArray ScoreSheets::pdf(const Campaign& campaign, const Juror& juror)
{
    return pdfFromHtml(pages(campaign, juror), tr("Score sheets of %1").arg(juror.name));
}

ScoreSheets::Written ScoreSheets::write(const Campaign& campaign, const std::vector<Id>& jurors, const QString& folder,
                                        const std::function<bool(int, int)>& progress)
{
    Written out;
    const int total = int(jurors.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            out.cancelled = true;
            return out;
        }
        for (const Juror& j : campaign.jurors) {
            if (j.id != jurors[size_t(i)])
                continue;
            const QString path = QDir(folder).filePath(fileName(campaign, j));
            const QByteArray bytes = pdf(campaign, j);
            if (bytes.isEmpty()) {
                out.error =
                    tr("%1 cannot be written: the sheets could not be laid out.").arg(QDir::toNativeSeparators(path));
                return out;
            }
            if (!SafeFile::write(path, bytes, &out.error))
                return out;
            out.files.push_back(path);
        }
    }
    if (progress)
        progress(total, total);
    return out;
}

} // namespace palmares::print
