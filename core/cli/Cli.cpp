// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/Cli.h"
#include "core/cli/CliOptions.h"

#include "core/io/ResultFormat.h"
#include "core/present/Words.h"

#include <QCommandLineParser>

namespace palmares {

namespace cli {

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

} // namespace cli

int Cli::error(const QString& message, int status)
{
    m_err << cli::program << QStringLiteral(": ") << Words::printable(message) << Qt::endl;
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
              "  report FILE --out X.pdf|X.odt|X.xlsx|X.csv [--minutes] [--public]\n"
              "                                 the ranked laureate report or the minutes (PDF, ODT),\n"
              "                                 or the ranking and every score as a spreadsheet\n"
              "  verify FILE [--fingerprint HEX] the fingerprint of the campaign's result, or whether\n"
              "                                 the campaign still gives the result of that fingerprint\n"
              "\n"
              "\"%1 COMMAND --help\" describes a command's options.\n")
        .arg(cli::program);
}

bool Cli::parse(QCommandLineParser& parser, const QStringList& args, const QString& synopsis,
                const QString& description, int positionals, int* exit)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{cli::program} + args)) {
        *exit = error(parser.errorText(), Usage);
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt writes the heading in the UI language ("Options :" in French).
        const qsizetype options = text.indexOf(QCoreApplication::translate("QCommandLineParser", "Options:"));
        m_out << tr("Usage: %1 %2").arg(cli::program, synopsis) << "\n"
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
                          .arg(cli::program, synopsis),
                      Usage);
        return false;
    }
    if (positionals >= 0 && given != positionals) {
        *exit = error(tr("expected %n argument(s), got %1; usage: %2 %3", nullptr, positionals)
                          .arg(given)
                          .arg(cli::program, synopsis),
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
        return error(tr("no command given; see %1 --help").arg(cli::program), Usage);
    const QString command = arguments.at(1);
    const QStringList rest = arguments.mid(2);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        m_out << generalHelp();
        return Ok;
    }
    if (command == QLatin1String("--version")) {
        m_out << cli::program << ' ' << QStringLiteral(PALMARES_VERSION) << Qt::endl;
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
    return error(tr("unknown command \"%1\"; see %2 --help").arg(command, cli::program), Usage);
}

} // namespace palmares
