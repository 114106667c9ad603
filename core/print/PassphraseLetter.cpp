// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print/PassphraseLetter.h"

#include "core/present/Words.h"
#include "core/print/Pdf.h"

#include <QFileInfo>

namespace palmares::print {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p style=\"margin-top:6px; margin-bottom:6px\">") + text + QStringLiteral("</p>");
}

QString heading(const QString& text)
{
    return QStringLiteral("<h3 style=\"margin-top:24px; margin-bottom:6px; color:#1d4e89\">") + esc(text) +
           QStringLiteral("</h3>");
}

QString strong(const QString& text)
{
    return QStringLiteral("<b>") + esc(text) + QStringLiteral("</b>");
}

QString mono(const QString& text)
{
    return QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono'\">") + esc(text) + QStringLiteral("</span>");
}

} // namespace

LetterInput PassphraseLetter::input(const Campaign& campaign, const Juror& juror, const QString& packageFile,
                                    const QString& passphrase, int candidates, const QDateTime& exportedAt)
{
    LetterInput in;
    in.campaignName = campaign.settings.name;
    in.territory = campaign.settings.territory;
    in.juror = juror;
    for (const Jury& j : campaign.juries) {
        if (j.id == juror.juryId)
            in.jury = j;
    }
    in.packageFile = packageFile;
    in.passphrase = passphrase;
    in.candidates = candidates;
    in.criteria = int(campaign.criteria.size());
    in.exportedAt = exportedAt;
    return in;
}

QString PassphraseLetter::fileName(const QString& packageFile)
{
    //: The file name of a juror's passphrase letter, after the package's name.
    return QFileInfo(packageFile).completeBaseName() + QLatin1Char('-') + tr("letter") + QStringLiteral(".pdf");
}

QString PassphraseLetter::html(const LetterInput& l)
{
    QString h;
    h += QStringLiteral("<p style=\"color:#555555; margin-bottom:0\">") + esc(l.campaignName);
    if (!l.territory.isEmpty())
        h += QStringLiteral(" — ") + esc(l.territory);
    h += QStringLiteral("</p>");
    h += QStringLiteral("<h1 style=\"margin-top:10px; margin-bottom:16px\">") + esc(tr("Your scoring package")) +
         QStringLiteral("</h1>");
    const QString who = l.juror.organisation.isEmpty()
                            ? strong(l.juror.name)
                            : strong(l.juror.name) + QStringLiteral(", ") + esc(l.juror.organisation);
    h += paragraph(tr("For %1, member of the %2.").arg(who, esc(l.jury.name)));
    h += paragraph(tr("You receive the file %1, which holds the %n application(s) assigned to you, with their "
                      "attachments, and the %2 criteria to score them on. It is encrypted: only the passphrase "
                      "below opens it.",
                      nullptr, l.candidates)
                       .arg(mono(l.packageFile))
                       .arg(l.criteria));

    h += heading(tr("Your passphrase"));
    h += QStringLiteral("<table cellpadding=\"20\" style=\"border: 1px solid #1d4e89; background-color:#eef3fa\" "
                        "width=\"100%\"><tr><td><span style=\"font-family:'DejaVu Sans Mono'; font-size:15pt\">") +
         esc(l.passphrase) + QStringLiteral("</span></td></tr></table>");
    h += paragraph(tr("Type it as you like: capitals or not, accents or not, spaces instead of dashes. Keep this "
                      "letter apart from the file and do not send the passphrase by e-mail."));

    h += heading(tr("What to do"));
    h += QStringLiteral("<ol style=\"margin-top:10px\">");
    h += QStringLiteral("<li style=\"margin-bottom:8px\">") +
         tr("<b>Install Palmarès</b> (version %1 or later) on your computer, from the installer the organizer "
            "gives you. No Internet connection is needed afterwards.")
             .arg(esc(QStringLiteral(PALMARES_VERSION))) +
         QStringLiteral("</li>");
    h += QStringLiteral("<li style=\"margin-bottom:8px\">") +
         tr("<b>Open the file</b>: double-click it, or start Palmarès and choose File › Open. Type your "
            "passphrase. A wrong passphrase is refused; you may try again.") +
         QStringLiteral("</li>");
    h += QStringLiteral("<li style=\"margin-bottom:8px\">") +
         tr("<b>Score each application</b>: read it and its attachments, then give each criterion a value from %1 "
            "to %2 (by steps of %3) with the description of each level in view, and a comment if you wish. Every "
            "change is saved at once into the file: you may close the computer and come back later.")
             .arg(esc(Words::value(l.jury.scaleMin)), esc(Words::value(l.jury.scaleMax)),
                  esc(Words::value(l.jury.scaleStep))) +
         QStringLiteral("</li>");
    h += QStringLiteral("<li style=\"margin-bottom:8px\">") +
         tr("<b>Submit</b> when every application is scored: after the confirmation, the file no longer changes.") +
         QStringLiteral("</li>");
    h += QStringLiteral("<li style=\"margin-bottom:8px\">") +
         tr("<b>Send back the same file</b> to the organizer (e-mail, USB key): Palmarès shows where it is. "
            "The organizer imports it; nothing else is needed.") +
         QStringLiteral("</li>");
    h += QStringLiteral("</ol>");

    h += heading(tr("Confidentiality"));
    h += paragraph(tr("The applications are confidential: do not copy them out of the file or pass them on. If you "
                      "have a conflict of interest with an applicant, tell the organizer: you will receive a new "
                      "package without that application. If you lose the file or this letter, ask for a new one."));
    h += QStringLiteral("<p style=\"color:#555555; margin-top:24px\">") +
         esc(tr("Package prepared on %1.")
                 .arg(l.exportedAt.toLocalTime().date().toString(
                     //: A date in the letter, as Qt's QDate::toString() formats it (numbers only).
                     tr("yyyy-MM-dd")))) +
         QStringLiteral("</p>");
    return h;
}

QByteArray PassphraseLetter::pdf(const LetterInput& letter)
{
    return pdfFromHtml(html(letter), tr("Scoring package of %1").arg(letter.juror.name));
}

} // namespace palmares::print
