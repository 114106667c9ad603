// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print/ApplicationFile.h"

#include "core/present/Words.h"
#include "core/print/Pdf.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace palmares::print {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// A name as a file name: lower case, ASCII letters and digits, dashes between words.
QString slug(const QString& name)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString s = name.normalized(QString::NormalizationForm_D).toLower();
    s.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
    s.replace(other, QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.left(40);
}

} // namespace

QString ApplicationFile::fileName(const Candidate& k)
{
    //: The start of the file name of a candidate's application: « dossier-07-… .pdf ».
    return tr("application") +
           QStringLiteral("-%1-%2.pdf").arg(k.registrationNo, 2, 10, QLatin1Char('0')).arg(slug(k.name));
}

QByteArray ApplicationFile::pdf(const Campaign& c, const Candidate& k)
{
    const auto line = [](const QString& label, const QString& value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td style=\"color:#555555\">%1</td><td>%2</td></tr>")
                                     .arg(esc(label), esc(value));
    };
    QString h = QStringLiteral("<p style=\"color:#555555\">") + esc(c.settings.name) + QStringLiteral("</p>");
    h += QStringLiteral("<h1>") + esc(k.name) + QStringLiteral("</h1>");
    h += QStringLiteral("<p><i>") +
         esc(tr("Application no. %1, received on %2")
                 .arg(k.registrationNo)
                 .arg(QLocale().toString(k.receivedAt.toLocalTime().date(), QLocale::LongFormat))) +
         QStringLiteral("</i></p>");
    h += QStringLiteral("<h3>") + esc(k.projectTitle) + QStringLiteral("</h3>");
    h += QStringLiteral("<p>") + esc(k.description) + QStringLiteral("</p>");
    h += QStringLiteral("<table cellpadding=\"4\">");
    h += line(tr("Legal form"), k.legalForm);
    h += line(tr("SIRET"), k.siret);
    h += line(tr("Activity (NAF)"), k.nafCode);
    h += line(tr("Social and solidarity economy"), k.ess ? tr("yes") : tr("no"));
    h += line(tr("Surface requested"), Words::number(k.requestedSurface, 0) + QStringLiteral("\u00a0m²"));
    h += line(tr("Intended use"), k.wantedUse);
    h += line(tr("Jobs (FTE)"), Words::number(k.jobsFte, 1));
    h += line(tr("Wanted start"),
              k.wantedStart.isValid() ? QLocale().toString(k.wantedStart, QLocale::ShortFormat) : QString());
    h += QStringLiteral("</table>");
    return pdfFromHtml(h, tr("Application of %1").arg(k.name));
}

void ApplicationFile::attachAll(Campaign& c)
{
    Id next = 1;
    for (const Attachment& a : c.attachments)
        next = std::max(next, a.id + 1);
    for (const Candidate& k : c.candidates) {
        Attachment a;
        a.id = next++;
        a.candidateId = k.id;
        a.fileName = fileName(k);
        a.mimeType = QStringLiteral("application/pdf");
        a.data = pdf(c, k);
        a.addedAt = k.receivedAt;
        c.attachments.push_back(std::move(a));
    }
}

} // namespace palmares::print
