// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign commands: new, export-template, demo, info, journal, status.
#include "core/cli/Cli.h"
#include "core/cli/CliOptions.h"

#include "core/demo/DemoGenerator.h"
#include "core/edit/CampaignDocument.h"
#include "core/edit/Edits.h"
#include "core/engine/Evaluation.h"
#include "core/engine/Summary.h"
#include "core/i18n/Translations.h"
#include "core/io/CampaignTemplate.h"
#include "core/io/ResultFormat.h"
#include "core/model/Codes.h"
#include "core/model/DefaultSetup.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"
#include "core/print/ApplicationFile.h"
#include "core/storage/CampaignFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

namespace palmares {

int Cli::status(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    tr("Why the campaign goes back a step (kept in its journal)."),
                                    QStringLiteral("text"));
    parser.addOption(reason);
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("status FILE STATUS [--reason TEXT]"),
               tr("Moves the campaign to another status: forward any number of steps, or one step back with a "
                  "reason (docs/lifecycle.md)."),
               2, &exit))
        return exit;
    CampaignStatus to = CampaignStatus::Draft;
    const QString code = parser.positionalArguments().at(1);
    if (!codes::parse(code, &to))
        return error(
            tr("STATUS expects draft, open, scoring, deliberation or closed, not \"%1\".").arg(Words::printable(code)),
            Usage);
    QString why;
    const QString path = parser.positionalArguments().at(0);
    auto doc = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &why);
    if (!doc)
        return error(why);
    const CampaignStatus from = doc->campaign().settings.status;
    if (!doc->apply(Edits::setStatus(doc->campaign(), to, parser.value(reason)), &why))
        return error(why);
    m_out << tr("%1: %2 → %3.").arg(QDir::toNativeSeparators(path), Words::status(from), Words::status(to)) << Qt::endl;
    return Ok;
}

int Cli::newCampaign(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption templ(QStringLiteral("template"), tr("Set the campaign up from a template (JSON)."),
                                   QStringLiteral("T.json"));
    parser.addOption(templ);
    parser.addOption(cli::forceOption());
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("new FILE [--template T.json]"),
               tr("Creates an empty campaign with the five default pillars, their criteria and two juries, "
                  "or one set up from a campaign template."),
               1, &exit))
        return exit;
    const QString path = parser.positionalArguments().at(0);
    if (QFile::exists(path) && !parser.isSet(QStringLiteral("force")))
        return error(tr("%1 already exists; use --force to replace it.").arg(QDir::toNativeSeparators(path)));
    Campaign campaign = DefaultSetup::campaign();
    if (parser.isSet(templ)) {
        QString why;
        auto fromTemplate = CampaignTemplate::readFile(parser.value(templ), &why);
        if (!fromTemplate)
            return error(why);
        campaign = *fromTemplate;
    }
    QString why;
    if (!CampaignFile::writeNew(path, campaign, &why))
        return error(why);
    m_out << tr("Campaign created: %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Ok;
}

int Cli::exportTemplate(const QStringList& args)
{
    QCommandLineParser parser;
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("export-template FILE OUT.json"),
               tr("Saves the campaign's set-up (site, buildings, fill target, pillars, criteria, weights, rubric, "
                  "thresholds, juries and rules), without candidates, jurors or scores."),
               2, &exit))
        return exit;
    QString why;
    const auto campaign = CampaignFile::read(parser.positionalArguments().at(0), &why);
    if (!campaign)
        return error(why);
    const QString out = parser.positionalArguments().at(1);
    if (!CampaignTemplate::writeFile(out, *campaign, &why))
        return error(why);
    m_out << tr("Template written to %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Ok;
}

int Cli::demo(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed; the same seed gives the same campaign."),
                                  QStringLiteral("N"), QStringLiteral("112"));
    parser.addOption(seed);
    const QCommandLineOption language(QStringLiteral("language"),
                                      tr("The language of the campaign's juries, pillars and criteria: fr "
                                         "(default) or en."),
                                      QStringLiteral("LANG"), QStringLiteral("fr"));
    parser.addOption(language);
    parser.addOption(cli::forceOption());
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("demo FILE [--seed N] [--language fr|en]"),
               tr("Creates a realistic demo campaign: a former air base of about 55,000 m², about 60 applicants, "
                  "an expert and a citizen jury, complete scores."),
               1, &exit))
        return exit;
    bool ok = false;
    const qulonglong seedValue = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return error(tr("--seed expects a whole number, not \"%1\".").arg(parser.value(seed)), Usage);
    const QString path = parser.positionalArguments().at(0);
    if (QFile::exists(path) && !parser.isSet(QStringLiteral("force")))
        return error(tr("%1 already exists; use --force to replace it.").arg(QDir::toNativeSeparators(path)));
    std::optional<Campaign> made;
    {
        const LanguageScope words(parser.value(language));
        if (!words.isValid())
            return error(tr("--language expects fr or en, not \"%1\".").arg(parser.value(language)), Usage);
        made = DemoGenerator::generate(DemoOptions::realistic(seedValue));
        // Each application as a PDF attachment, in the demo's language.
        print::ApplicationFile::attachAll(*made);
    }
    const Campaign& campaign = *made;
    QString why;
    if (!CampaignFile::writeNew(path, campaign, &why))
        return error(why);
    m_out << tr("Demo campaign written to %1: %n candidate(s), %2 scores.", nullptr, int(campaign.candidates.size()))
                 .arg(QDir::toNativeSeparators(path))
                 .arg(campaign.scores.size())
          << Qt::endl;
    return Ok;
}

int Cli::info(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = cli::formatOption(false);
    parser.addOption(format);
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("info FILE"), tr("Shows counts, capacity and completeness."), 1, &exit))
        return exit;
    OutputFormat fmt;
    if (!readFormat(parser, format, false, &fmt, &exit))
        return exit;
    QString why;
    const auto campaign = CampaignFile::read(parser.positionalArguments().at(0), &why);
    if (!campaign)
        return error(why);
    const Evaluation e = evaluate(*campaign, false);
    m_out << ResultFormat::summary(*campaign, summarize(*campaign, e), fmt);
    m_out.flush();
    return Ok;
}

int Cli::journal(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = cli::formatOption(true);
    parser.addOption(format);
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("journal FILE [--format table|csv|json]"),
               tr("Prints the campaign's journal, oldest first: every change saved, when, by whom, what it "
                  "touched, the candidate and the juror it concerns."),
               1, &exit))
        return exit;
    OutputFormat fmt;
    if (!readFormat(parser, format, true, &fmt, &exit))
        return exit;
    QString why;
    const auto entries = CampaignFile::readJournal(parser.positionalArguments().at(0), &why);
    if (!entries)
        return error(why);
    m_out << ResultFormat::journal(*entries, fmt);
    m_out.flush();
    return Ok;
}

} // namespace palmares
