// SPDX-License-Identifier: GPL-3.0-or-later
// The juror commands: export-packages, score-sheets, import-returns.
#include "core/cli/Cli.h"
#include "core/cli/CliOptions.h"

#include "core/edit/CampaignDocument.h"
#include "core/edit/JurorPackages.h"
#include "core/edit/Returns.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"
#include "core/print/ScoreSheets.h"
#include "core/storage/CampaignFile.h"

#include <QCommandLineParser>
#include <QDir>

namespace palmares {

void Cli::addJurorOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("jury"), tr("Only the jurors of this jury (its code)."),
                                        QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("juror"), tr("Only this juror (their number); may be repeated."),
                                        QStringLiteral("ID")));
}

std::optional<std::vector<Id>> Cli::chosenJurors(const QCommandLineParser& parser, const Campaign& campaign, int* exit)
{
    const QString jury = QStringLiteral("jury");
    Id juryId = 0;
    if (parser.isSet(jury)) {
        for (const Jury& j : campaign.juries) {
            if (rules::sameCode(j.code, parser.value(jury)))
                juryId = j.id;
        }
        if (!juryId) {
            *exit =
                error(tr("--jury: this campaign has no jury \"%1\".").arg(Words::printable(parser.value(jury))), Usage);
            return std::nullopt;
        }
    }
    QSet<Id> asked;
    for (const QString& value : parser.values(QStringLiteral("juror"))) {
        bool ok = false;
        const Id id = value.toLongLong(&ok);
        const bool known = ok && std::any_of(campaign.jurors.begin(), campaign.jurors.end(),
                                             [&](const Juror& j) { return j.id == id; });
        if (!known) {
            *exit = error(tr("--juror: this campaign has no juror number \"%1\".").arg(Words::printable(value)), Usage);
            return std::nullopt;
        }
        asked.insert(id);
    }
    std::vector<Id> chosen;
    for (const Juror& j : campaign.jurors) {
        if ((!juryId || j.juryId == juryId) && (asked.isEmpty() || asked.contains(j.id)))
            chosen.push_back(j.id);
    }
    if (chosen.empty()) {
        *exit = error(tr("No juror is chosen."));
        return std::nullopt;
    }
    return chosen;
}

int Cli::exportPackages(const QStringList& args)
{
    QCommandLineParser parser;
    addJurorOptions(parser);
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("export-packages FILE OUTDIR [--jury CODE] [--juror ID...]"),
               tr("Writes into OUTDIR one encrypted package per juror (docs/juror-package.md), holding the "
                  "candidates assigned to them, with their applications, and the scores already received. A juror "
                  "exported before keeps their passphrase."),
               2, &exit))
        return exit;
    const QString path = parser.positionalArguments().at(0);
    const QString folder = parser.positionalArguments().at(1);
    QString why;
    auto doc = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &why);
    if (!doc)
        return error(why);
    const auto chosen = chosenJurors(parser, doc->campaign(), &exit);
    if (!chosen)
        return exit;
    const JurorPackages::ExportOutcome result = JurorPackages::exportPackages(*doc, *chosen, folder);
    for (const JurorPackages::Written& f : result.files)
        m_out << Words::printable(
                     tr("%1: %n candidate(s)", nullptr, f.candidates).arg(QDir::toNativeSeparators(f.package)))
              << Qt::endl;
    if (!result.error.isEmpty())
        return error(result.error);
    m_out
        << tr("%n package(s) written into %1.", nullptr, int(result.files.size())).arg(QDir::toNativeSeparators(folder))
        << Qt::endl;
    m_out << tr("%n passphrase letter(s) written into %1: print them and hand them over apart from the packages.",
                nullptr, int(result.files.size()))
                 .arg(QDir::toNativeSeparators(result.letters))
          << Qt::endl;
    return Ok;
}

int Cli::scoreSheets(const QStringList& args)
{
    QCommandLineParser parser;
    addJurorOptions(parser);
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("score-sheets FILE OUTDIR [--jury CODE] [--juror ID...]"),
               tr("Writes into OUTDIR each juror's blank score sheets (PDF): a page per candidate assigned to them, "
                  "a row per criterion with its rubric and a box for the value, to score on paper."),
               2, &exit))
        return exit;
    const QString folder = parser.positionalArguments().at(1);
    QString why;
    const auto campaign = CampaignFile::read(parser.positionalArguments().at(0), &why);
    if (!campaign)
        return error(why);
    const auto chosen = chosenJurors(parser, *campaign, &exit);
    if (!chosen)
        return exit;
    if (!QDir().mkpath(folder))
        return error(tr("The folder %1 cannot be made.").arg(QDir::toNativeSeparators(folder)));
    const print::ScoreSheets::Written written = print::ScoreSheets::write(*campaign, *chosen, folder);
    for (const QString& f : written.files)
        m_out << QDir::toNativeSeparators(f) << Qt::endl;
    if (!written.error.isEmpty())
        return error(written.error);
    m_out << tr("Score sheets of %n juror(s) written into %1.", nullptr, int(written.files.size()))
                 .arg(QDir::toNativeSeparators(folder))
          << Qt::endl;
    return Ok;
}

int Cli::importReturns(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("Why scores change in deliberation (kept in the journal)."),
                                    QStringLiteral("text"));
    parser.addOption(reason);
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("import-returns FILE RETURN... [--reason TEXT]"),
               tr("Takes in the packages jurors sent back, each checked first (its campaign, its juror, its seal) and "
                  "imported in one transaction with a journal entry. A file imported already changes nothing. A "
                  "score changed both by the juror and in the campaign since the export is not taken: it is listed "
                  "as a conflict to settle. The exit status is 1 when a file was refused."),
               -2, &exit))
        return exit;
    const QStringList files = parser.positionalArguments().mid(1);
    const QString path = parser.positionalArguments().at(0);
    QString why;
    auto doc = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &why);
    if (!doc)
        return error(why);
    int status = Ok;
    for (const QString& file : files) {
        const QString shown = QDir::toNativeSeparators(file);
        const JurorPackages::Return r = JurorPackages::read(doc->campaign(), file, doc->now());
        const ReturnPlan& plan = r.plan;
        if (r.problem.isEmpty() && plan.alreadyImported) {
            m_out << tr("%1: imported already, nothing changes.").arg(shown) << Qt::endl;
            continue;
        }
        if (!JurorPackages::apply(*doc, r, parser.value(reason), &why)) {
            error(why);
            status = Failure;
            continue;
        }
        m_out << Words::printable(shown + QStringLiteral(": ") + JurorPackages::summary(plan)) << Qt::endl;
        for (const ReturnConflict& c : plan.conflicts)
            m_out << QStringLiteral("  ") << tr("conflict") << QStringLiteral(": ")
                  << Words::printable(Words::returnConflict(doc->campaign(), c)) << Qt::endl;
        for (const SkippedScore& s : plan.skipped)
            m_out << QStringLiteral("  ") << Words::printable(Words::returnSkip(doc->campaign(), s)) << Qt::endl;
    }
    return status;
}

} // namespace palmares
