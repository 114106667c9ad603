// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/Cli.h"

#include "core/i18n/Translations.h"

#include "core/demo/DemoGenerator.h"
#include "core/edit/CampaignDocument.h"
#include "core/edit/Edits.h"
#include "core/edit/JurorPackages.h"
#include "core/edit/Returns.h"
#include "core/engine/Evaluation.h"
#include "core/engine/Summary.h"
#include "core/files/SafeFile.h"
#include "core/io/CampaignTemplate.h"
#include "core/io/Fingerprint.h"
#include "core/io/Import.h"
#include "core/io/PackageFiles.h"
#include "core/io/ResultFormat.h"
#include "core/io/Spreadsheets.h"
#include "core/model/Codes.h"
#include "core/model/DefaultSetup.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"
#include "core/print/ApplicationFile.h"
#include "core/print/ScoreSheets.h"
#include "core/storage/CampaignFile.h"

#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace palmares {

namespace {

// Headers for a one-line message: the first twelve, each cut to 40 characters.
QString shortList(const QStringList& headers)
{
    constexpr int shown = 12;
    constexpr int width = 40;
    QStringList out;
    for (const QString& h : headers.mid(0, shown))
        out << (h.size() > width ? h.left(width - 1) + QChar(0x2026) : h);
    if (headers.size() > shown)
        out << QString(QChar(0x2026));
    return out.join(QStringLiteral(" | "));
}

const QString program = QStringLiteral("palmares-cli");

QCommandLineOption formatOption(bool withCsv)
{
    return QCommandLineOption(QStringLiteral("format"),
                              withCsv ? Cli::tr("Output format: table (default), csv or json.")
                                      : Cli::tr("Output format: table (default) or json."),
                              QStringLiteral("format"), QStringLiteral("table"));
}

QCommandLineOption forceOption()
{
    return QCommandLineOption(QStringLiteral("force"), Cli::tr("Replace FILE if it exists."));
}

} // namespace

int Cli::error(const QString& message, int status)
{
    m_err << program << QStringLiteral(": ") << Words::printable(message) << Qt::endl;
    return status;
}

QString Cli::generalHelp() const
{
    return tr("Usage: %1 COMMAND [options] ARGUMENTS\n"
              "Scores, ranks and selects the candidates of a call for expressions of interest (AMI).\n"
              "\n"
              "Commands:\n"
              "  new FILE [--template T.json]   create an empty campaign (or one set up from a template)\n"
              "  export-template FILE OUT.json  save the campaign's set-up, without candidates or scores\n"
              "  demo FILE [--seed N] [--language fr|en]\n"
              "                                 create a realistic demo campaign (in French by default)\n"
              "  info FILE                      counts, capacity and completeness\n"
              "  journal FILE                   every change saved: when, who, what, which candidate or juror\n"
              "  rank FILE                      the ranking, with every score and flag\n"
              "  select FILE [--rule R]         laureates, skipped candidates, waiting list and fill\n"
              "  import FILE --kind K SOURCE    import candidates, jurors, conflicts, buildings or scores\n"
              "                                 from a CSV, XLSX or ODS file, every row checked first\n"
              "  template --kind K OUT          an empty CSV or XLSX file with the headers an import expects\n"
              "  status FILE STATUS [--reason R] move the campaign to draft, open, scoring, deliberation or\n"
              "                                 closed (one step back needs a reason)\n"
              "  export-packages FILE OUTDIR [--jury CODE] [--juror ID...]\n"
              "                                 one encrypted package per juror, to score offline, and its\n"
              "                                 passphrase letter\n"
              "  score-sheets FILE OUTDIR [--jury CODE] [--juror ID...]\n"
              "                                 blank score sheets per juror, to score on paper (PDF)\n"
              "  import-returns FILE RETURN...  take in the packages jurors sent back\n"
              "  report FILE --out X.xlsx|X.csv [--public]\n"
              "                                 the ranking and every score as a spreadsheet\n"
              "  verify FILE [--fingerprint HEX] the fingerprint of the campaign's result, or whether\n"
              "                                 the campaign still gives the result of that fingerprint\n"
              "\n"
              "\"%1 COMMAND --help\" describes a command's options.\n")
        .arg(program);
}

bool Cli::parse(QCommandLineParser& parser, const QStringList& args, const QString& synopsis,
                const QString& description, int positionals, int* exit)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{program} + args)) {
        *exit = error(parser.errorText(), Usage);
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt writes the heading in the UI language ("Options :" in French).
        const qsizetype options = text.indexOf(QCoreApplication::translate("QCommandLineParser", "Options:"));
        m_out << tr("Usage: %1 %2").arg(program, synopsis) << "\n"
              << description << "\n\n"
              << (options >= 0 ? text.mid(options) : text);
        m_out.flush();
        *exit = Ok;
        return false;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (positionals < 0 && given < -positionals) {
        *exit = error(tr("expected at least %n argument(s), got %1; usage: %2 %3", nullptr, -positionals)
                          .arg(given)
                          .arg(program, synopsis),
                      Usage);
        return false;
    }
    if (positionals >= 0 && given != positionals) {
        *exit = error(
            tr("expected %n argument(s), got %1; usage: %2 %3", nullptr, positionals).arg(given).arg(program, synopsis),
            Usage);
        return false;
    }
    return true;
}

bool Cli::readFormat(const QCommandLineParser& parser, const QCommandLineOption& option, bool withCsv,
                     OutputFormat* format, int* exit)
{
    if (ResultFormat::parseFormat(parser.value(option), format) && (withCsv || *format != OutputFormat::Csv))
        return true;
    *exit = error(withCsv ? tr("--format expects table, csv or json, not \"%1\".").arg(parser.value(option))
                          : tr("--format expects table or json, not \"%1\".").arg(parser.value(option)),
                  Usage);
    return false;
}

int Cli::run(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return error(tr("no command given; see %1 --help").arg(program), Usage);
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        m_out << generalHelp();
        return Ok;
    }
    if (command == QLatin1String("--version")) {
        m_out << program << ' ' << QStringLiteral(PALMARES_VERSION) << Qt::endl;
        return Ok;
    }
    if (command == QLatin1String("new"))
        return newCampaign(rest);
    if (command == QLatin1String("export-template"))
        return exportTemplate(rest);
    if (command == QLatin1String("demo"))
        return demo(rest);
    if (command == QLatin1String("info"))
        return info(rest);
    if (command == QLatin1String("journal"))
        return journal(rest);
    if (command == QLatin1String("rank"))
        return rank(rest);
    if (command == QLatin1String("select"))
        return select(rest);
    if (command == QLatin1String("import"))
        return import(rest);
    if (command == QLatin1String("template"))
        return writeTemplate(rest);
    if (command == QLatin1String("status"))
        return status(rest);
    if (command == QLatin1String("export-packages"))
        return exportPackages(rest);
    if (command == QLatin1String("import-returns"))
        return importReturns(rest);
    if (command == QLatin1String("score-sheets"))
        return scoreSheets(rest);
    if (command == QLatin1String("report"))
        return report(rest);
    if (command == QLatin1String("verify"))
        return verify(rest);
    return error(tr("unknown command \"%1\"; see %2 --help").arg(command, program), Usage);
}

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
    parser.addOption(forceOption());
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
    parser.addOption(forceOption());
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
    const QCommandLineOption format = formatOption(false);
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
    const QCommandLineOption format = formatOption(true);
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

int Cli::rank(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption(true);
    parser.addOption(format);
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("rank FILE [--format table|csv|json]"),
               tr("Prints the ranking: final, jury and pillar scores, flags and the tie-break used."), 1, &exit))
        return exit;
    OutputFormat fmt;
    if (!readFormat(parser, format, true, &fmt, &exit))
        return exit;
    QString why;
    const auto campaign = CampaignFile::read(parser.positionalArguments().at(0), &why);
    if (!campaign)
        return error(why);
    const Evaluation e = evaluate(*campaign, false);
    m_out << ResultFormat::ranking(*campaign, e, fmt);
    m_out.flush();
    return Ok;
}

int Cli::select(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = formatOption(true);
    const QCommandLineOption rule(QStringLiteral("rule"),
                                  tr("Selection rule: greedy (walk the ranking) or best-value (exact knapsack); "
                                     "default: the campaign's rule."),
                                  QStringLiteral("rule"));
    parser.addOption(format);
    parser.addOption(rule);
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("select FILE [--rule greedy|best-value] [--format table|csv|json]"),
               tr("Prints the laureates with cumulative surface and fill, the candidates not selected and why, "
                  "and the waiting list."),
               1, &exit))
        return exit;
    OutputFormat fmt;
    if (!readFormat(parser, format, true, &fmt, &exit))
        return exit;
    std::optional<SelectionRule> chosen;
    if (parser.isSet(rule)) {
        const QString r = parser.value(rule);
        if (r == QLatin1String("greedy"))
            chosen = SelectionRule::Greedy;
        else if (r == QLatin1String("best-value") || r == QLatin1String("best_value"))
            chosen = SelectionRule::BestValue;
        else
            return error(tr("--rule expects greedy or best-value, not \"%1\".").arg(r), Usage);
    }
    QString why;
    const auto campaign = CampaignFile::read(parser.positionalArguments().at(0), &why);
    if (!campaign)
        return error(why);
    const SelectionRule effective = chosen.value_or(campaign->settings.selectionRule);
    const Evaluation e = evaluate(*campaign, effective == SelectionRule::BestValue);
    const Selection& s = effective == SelectionRule::BestValue ? *e.bestValue : e.greedy;
    m_out << ResultFormat::selection(*campaign, e, s, fmt);
    m_out.flush();
    if (!s.solved)
        return error(tr("the best-value selection is too large to be solved exactly; use --rule greedy"));
    return Ok;
}

namespace {

QCommandLineOption kindOption()
{
    return QCommandLineOption(QStringLiteral("kind"),
                              Cli::tr("What the file holds: candidates, jurors, conflicts, buildings or scores."),
                              QStringLiteral("kind"));
}

} // namespace

int Cli::import(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption kind = kindOption();
    const QCommandLineOption sheet(QStringLiteral("sheet"), tr("The sheet of a workbook to read (default: the first)."),
                                   QStringLiteral("name"));
    const QCommandLineOption mappingFile(
        QStringLiteral("mapping"),
        tr("Which column holds which field, as JSON {\"field\": \"header\" or column number}; default: "
           "the mapping this campaign remembers, then the headers' names."),
        QStringLiteral("MAPPING.json"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check every row and report, write nothing."));
    const QCommandLineOption onDuplicate(
        QStringLiteral("on-duplicate"),
        tr("A row matching a record already there (same SIRET, e-mail, name or score): skip (default) or update."),
        QStringLiteral("skip|update"), QStringLiteral("skip"));
    const QCommandLineOption strict(QStringLiteral("strict"), tr("Import nothing if any row is rejected."));
    const QCommandLineOption report(QStringLiteral("report"), tr("Save the problems found as CSV."),
                                    QStringLiteral("REPORT.csv"));
    for (const QCommandLineOption& o : {kind, sheet, mappingFile, dryRun, onDuplicate, strict, report})
        parser.addOption(o);
    int exit = Ok;
    if (!parse(parser, args,
               QStringLiteral("import FILE --kind candidates|jurors|conflicts|buildings|scores SOURCE [--sheet NAME] "
                              "[--mapping MAPPING.json] [--dry-run] [--on-duplicate skip|update] [--strict] "
                              "[--report REPORT.csv]"),
               tr("Imports the rows of SOURCE (CSV with ; , or tab, UTF-8 or Windows-1252; XLSX; ODS) into the "
                  "campaign FILE. Every row is checked first; the valid rows are written in one transaction, "
                  "with an audit entry naming SOURCE and its SHA-256. The exit status is 1 when a row was "
                  "rejected."),
               2, &exit))
        return exit;
    const auto importKind = Import::kindFromKey(parser.value(kind));
    if (!importKind)
        return error(tr("--kind expects candidates, jurors, conflicts, buildings or scores, not \"%1\".")
                         .arg(parser.value(kind)),
                     Usage);
    OnDuplicate duplicates = OnDuplicate::Skip;
    if (parser.value(onDuplicate) == QLatin1String("update"))
        duplicates = OnDuplicate::Update;
    else if (parser.value(onDuplicate) != QLatin1String("skip"))
        return error(tr("--on-duplicate expects skip or update, not \"%1\".").arg(parser.value(onDuplicate)), Usage);

    const QString path = parser.positionalArguments().at(0);
    const QString source = parser.positionalArguments().at(1);
    QString why;
    const bool write = !parser.isSet(dryRun);
    auto doc = CampaignDocument::open(
        path, write ? CampaignDocument::Access::ReadWrite : CampaignDocument::Access::ReadOnly, &why);
    if (!doc)
        return error(why);
    const Campaign& campaign = doc->campaign();
    const auto table = SheetReader::read(source, parser.value(sheet), &why);
    if (!table)
        return error(why);

    ImportOptions options;
    options.kind = *importKind;
    options.onDuplicate = duplicates;
    options.now = doc->now();
    if (parser.isSet(mappingFile)) {
        QFile file(parser.value(mappingFile));
        if (!file.open(QIODevice::ReadOnly))
            return error(tr("%1 cannot be read: %2")
                             .arg(QDir::toNativeSeparators(parser.value(mappingFile)), file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!json.isObject())
            return error(tr("%1 is not a JSON object: %2")
                             .arg(QDir::toNativeSeparators(parser.value(mappingFile)), parseError.errorString()));
        const auto mapping = Import::mappingFromJson(*importKind, campaign, json.object(), table->headers, &why);
        if (!mapping)
            return error(why);
        options.mapping = *mapping;
    } else {
        options.mapping = Import::guessMapping(*importKind, campaign, table->headers);
    }
    const QStringList missing = Import::missingFields(*importKind, campaign, options.mapping);
    if (!missing.isEmpty())
        return error(tr("no column found for: %1. The columns of %2 are: %3. Give a --mapping file.")
                         .arg(missing.join(QStringLiteral(", ")), table->fileName, shortList(table->headers)));

    ImportPlan plan = Import::plan(campaign, *table, options);
    const QString where =
        table->sheet.isEmpty() ? table->fileName : tr("%1, sheet %2").arg(table->fileName, table->sheet);
    constexpr int shown = 50;
    int count = 0;
    for (const ImportProblem& p : plan.problems) {
        if (++count > shown)
            break;
        m_out << (p.severity == ImportProblem::Error ? tr("error") : tr("warning")) << QStringLiteral(": ")
              << Words::printable(tr("row %1, %2 \"%3\": %4").arg(p.row).arg(p.column, p.value, p.reason)) << Qt::endl;
    }
    if (count > shown)
        m_out << tr("… and %n more problem(s).", nullptr, int(plan.problems.size()) - shown) << Qt::endl;
    if (parser.isSet(report)) {
        if (!SafeFile::write(parser.value(report), Import::reportCsv(plan), &why))
            return error(why);
    }
    const bool refuse = parser.isSet(strict) && plan.rejected > 0;
    // One sentence of counts; its punctuation is the translation's (French spaces).
    //: The counts of an import: rows read in the file; new, updated, skipped, rejected.
    const QString counts =
        tr("%1; %2, %3, %4, %5.")
            .arg(tr("%1: %n row(s) read", nullptr, plan.rows).arg(where), tr("%n new", nullptr, plan.added),
                 tr("%n updated", nullptr, plan.updated), tr("%n skipped (already there)", nullptr, plan.skipped),
                 tr("%n rejected", nullptr, plan.rejected));
    // The counts say what was written: they come once the write has succeeded.
    const bool nothing = plan.change.isEmpty();
    if (write && !refuse && !nothing && !doc->apply(std::move(plan.change), &why, QStringLiteral("import")))
        return error(tr("Nothing was imported: %1").arg(why));
    m_out << Words::printable(counts) << Qt::endl;
    if (!write)
        m_out << tr("Dry run: nothing was written.") << Qt::endl;
    else if (refuse)
        m_out << tr("Nothing was imported: --strict and %n row(s) rejected.", nullptr, plan.rejected) << Qt::endl;
    else if (nothing)
        m_out << tr("Nothing to import.") << Qt::endl;
    else
        m_out << tr("Imported into %1.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return plan.rejected > 0 ? Failure : Ok;
}

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

int Cli::report(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write: .xlsx or .csv."),
                                 QStringLiteral("file"));
    const QCommandLineOption audience(QStringLiteral("public"),
                                      tr("The public version: no juror's name next to a score, no comment."));
    parser.addOptions({out, audience});
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("report FILE --out X.xlsx|X.csv [--public]"),
               tr("Writes the campaign's results as a spreadsheet: the ranking (every score, the fill and the "
                  "outcome of each candidate) and every score with its juror, comment, origin and time. A .xlsx "
                  "workbook holds both; a .csv file holds the ranking, and the scores go beside it "
                  "(X-scores.csv)."),
               1, &exit))
        return exit;
    if (!parser.isSet(out))
        return error(tr("report needs --out FILE (.xlsx or .csv)."), Usage);
    const QString path = parser.value(out);
    if (!report::Spreadsheets::isSpreadsheet(path))
        return error(tr("--out expects a .xlsx or .csv file, not \"%1\".").arg(Words::printable(path)), Usage);
    QString why;
    const auto campaign = CampaignFile::read(parser.positionalArguments().at(0), &why);
    if (!campaign)
        return error(why);
    const report::Spreadsheets::Written written =
        report::Spreadsheets::writeResults(path, *campaign, evaluate(*campaign, false),
                                           parser.isSet(audience) ? report::Audience::Public : report::Audience::Full);
    for (const QString& f : written.files)
        m_out << QDir::toNativeSeparators(f) << Qt::endl;
    if (!written.error.isEmpty())
        return error(written.error);
    return Ok;
}

int Cli::verify(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption given(QStringLiteral("fingerprint"),
                                   tr("The fingerprint to check (64 hexadecimal digits)."), QStringLiteral("hex"));
    parser.addOption(given);
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("verify FILE [--fingerprint HEX]"),
               tr("Without --fingerprint, prints the fingerprint of the campaign's result: SHA-256 over its rules, "
                  "site, pillars, criteria, juries, jurors, candidates, conflicts, scores and decisions "
                  "(docs/fingerprint.md), and the digest of each. With it, says whether the campaign still gives "
                  "the result of that fingerprint; the exit status is 1 when it does not."),
               1, &exit))
        return exit;
    const QString hex = parser.value(given).trimmed().toLower();
    static const QRegularExpression digits(QStringLiteral("^[0-9a-f]{64}$"));
    if (parser.isSet(given) && !digits.match(hex).hasMatch())
        return error(tr("--fingerprint expects 64 hexadecimal digits, not \"%1\".").arg(Words::printable(hex)), Usage);
    QString why;
    const QString path = parser.positionalArguments().at(0);
    const auto campaign = CampaignFile::read(path, &why);
    if (!campaign)
        return error(why);
    const std::vector<fingerprint::Part> parts = fingerprint::parts(*campaign);
    const QString print = fingerprint::of(parts);
    if (!parser.isSet(given)) {
        m_out << print << Qt::endl;
        for (const fingerprint::Part& p : parts)
            m_out << "  " << p.table.leftJustified(12) << QString::fromLatin1(p.sha256.toHex()) << Qt::endl;
        return Ok;
    }
    if (hex != print)
        return error(tr("%1 no longer gives the result of that fingerprint: its fingerprint is %2.")
                         .arg(QDir::toNativeSeparators(path), print),
                     Failure);
    m_out << tr("%1 gives the result of that fingerprint.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
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

int Cli::writeTemplate(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption kind = kindOption();
    const QCommandLineOption campaignFile(QStringLiteral("campaign"),
                                          tr("For scores: one column per criterion of this campaign (wide form)."),
                                          QStringLiteral("FILE.ami"));
    parser.addOption(kind);
    parser.addOption(campaignFile);
    parser.addOption(forceOption());
    int exit = Ok;
    if (!parse(parser, args,
               QStringLiteral("template --kind candidates|jurors|conflicts|buildings|scores [--campaign FILE.ami] "
                              "OUT.csv|OUT.xlsx"),
               tr("Writes an empty spreadsheet with the French headers an import of that kind expects."), 1, &exit))
        return exit;
    const auto importKind = Import::kindFromKey(parser.value(kind));
    if (!importKind)
        return error(tr("--kind expects candidates, jurors, conflicts, buildings or scores, not \"%1\".")
                         .arg(parser.value(kind)),
                     Usage);
    const QString out = parser.positionalArguments().at(0);
    if (QFile::exists(out) && !parser.isSet(QStringLiteral("force")))
        return error(tr("%1 already exists; use --force to replace it.").arg(QDir::toNativeSeparators(out)));
    QString why;
    Campaign campaign;
    if (parser.isSet(campaignFile)) {
        auto read = CampaignFile::read(parser.value(campaignFile), &why);
        if (!read)
            return error(why);
        campaign = std::move(*read);
    }
    if (!Import::writeTemplate(out, *importKind, campaign, parser.isSet(campaignFile), &why))
        return error(why);
    m_out << tr("Template written to %1.").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Ok;
}

} // namespace palmares
