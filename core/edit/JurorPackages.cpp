// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/JurorPackages.h"

#include "core/files/SafeFile.h"
#include "core/io/PackageFiles.h"
#include "core/present/Words.h"
#include "core/print/PassphraseLetter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace palmares {

QString JurorPackages::lettersFolder(const QString& folder)
{
    //: The folder, beside the juror packages, of their passphrase letters.
    return QDir(folder).filePath(tr("letters"));
}

JurorPackages::ExportOutcome JurorPackages::exportPackages(CampaignDocument& document, const std::vector<Id>& jurors,
                                                           const QString& folder,
                                                           const std::function<bool(int, int)>& progress)
{
    ExportOutcome out;
    out.letters = lettersFolder(folder);
    if (!QDir().mkpath(folder) || !QDir().mkpath(out.letters)) {
        out.error = tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(out.letters));
        return out;
    }
    const Campaign& campaign = document.campaign();
    const QDateTime now = document.now();
    const package::ExportResult result = package::exportPackages(
        campaign, jurors, folder, now, [&](Id id, QString* error) { return document.attachmentData(id, error); },
        progress);
    out.cancelled = result.cancelled;
    out.error = result.error;
    QString why;
    const Edit record = Returns::recordExport(campaign, result.records);
    if (record.change && !document.apply(*record.change, &why, QStringLiteral("export_packages"))) {
        for (const package::ExportedFile& f : result.files) {
            if (!packageOf(document.campaign(), f.jurorId))
                QFile::remove(f.path); // its passphrase would be lost with the change
        }
        out.error = tr("No package was exported: %1").arg(why);
        return out;
    }
    for (const package::ExportedFile& f : result.files) {
        const Juror* juror = nullptr;
        for (const Juror& j : document.campaign().jurors) {
            if (j.id == f.jurorId)
                juror = &j;
        }
        const QString name = QFileInfo(f.path).fileName();
        const QString letter = QDir(out.letters).filePath(print::PassphraseLetter::fileName(name));
        const QByteArray pdf = print::PassphraseLetter::pdf(
            print::PassphraseLetter::input(document.campaign(), *juror, name, f.passphrase, f.candidates, now));
        if (pdf.isEmpty()) {
            out.error =
                tr("%1 cannot be written: the letter could not be laid out.").arg(QDir::toNativeSeparators(letter));
            return out;
        }
        if (!SafeFile::write(letter, pdf, &why)) {
            out.error = why;
            return out;
        }
        out.files.push_back({f.jurorId, f.path, letter, f.candidates});
    }
    return out;
}

JurorPackages::Return JurorPackages::read(const Campaign& campaign, const QString& path, const QDateTime& now)
{
    Return r;
    r.path = path;
    const QString shown = QDir::toNativeSeparators(path);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        r.problem = tr("%1 cannot be read: %2").arg(shown, in.errorString());
        return r;
    }
    const QByteArray bytes = in.readAll();
    PackageContents contents;
    QByteArray sha256;
    const PackageProblem problem = package::readReturn(campaign, bytes, &contents, &sha256);
    if (problem != PackageProblem::None) {
        r.problem = Words::packageProblem(problem, shown);
        return r;
    }
    r.plan = Returns::plan(campaign, contents, QFileInfo(path).fileName(), sha256, now);
    if (r.plan.edit.isRefused())
        r.problem = r.plan.edit.problem;
    return r;
}

bool JurorPackages::apply(CampaignDocument& document, const Return& r, const QString& reason, QString* error)
{
    if (!r.problem.isEmpty()) {
        *error = r.problem;
        return false;
    }
    if (!r.plan.edit.change)
        return true;
    Change change = *r.plan.edit.change;
    change.justification = reason;
    QString why;
    if (!document.apply(change, &why, QStringLiteral("import_return"))) {
        *error = tr("%1 was not imported: %2").arg(QDir::toNativeSeparators(r.path), why);
        return false;
    }
    return true;
}

QString JurorPackages::summary(const ReturnPlan& plan)
{
    //: A juror's return: scores taken; the same, in conflict, not applicable.
    QString text = tr("%1; %2, %3, %4.")
                       .arg(tr("%n score(s) taken", nullptr, plan.taken), tr("%n unchanged", nullptr, plan.unchanged),
                            tr("%n in conflict", nullptr, int(plan.conflicts.size())),
                            tr("%n no longer applicable", nullptr, int(plan.skipped.size())));
    if (plan.submitted)
        text += QLatin1Char(' ') + tr("Submitted by the juror.");
    return text;
}

} // namespace palmares
