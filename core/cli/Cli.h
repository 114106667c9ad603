// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>
#include <vector>

class QCommandLineOption;
class QCommandLineParser;

// palmares-cli's commands (docs/cli.md): new, export-template, demo, info, journal, rank,
// select, import, template, status, export-packages, score-sheets, import-returns.
// Lives in core so that tests run it in-process; app/cli/main.cpp only calls run().
namespace palmares {

enum class OutputFormat;
struct Campaign;
struct Evaluation;

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum Exit { Ok = 0, Failure = 1, Usage = 2 };

    // Writes a PDF or ODT document at `path` through the safe writer: the laureate report, or
    // the minutes when `minutes`; the public version when `publicVersion`. Returns the files
    // written, or says why not in *error. The documents draw charts (ui/report, QtCharts),
    // which core does not reach: the program hands their writer over (app/cli/main.cpp
    // gives report::Documents::writeFiles). Without one, `report` writes spreadsheets only.
    using DocumentWriter =
        std::function<std::vector<QString>(const QString& path, bool minutes, bool publicVersion,
                                           const Campaign& campaign, const Evaluation& evaluation, QString* error)>;

    Cli(QTextStream& out, QTextStream& err, DocumentWriter documents = {})
        : m_out(out)
        , m_err(err)
        , m_documents(std::move(documents))
    {}
    // `arguments` as main() gets them: the program name first.
    int run(const QStringList& arguments);

private:
    int newCampaign(const QStringList& args);
    int exportTemplate(const QStringList& args);
    int demo(const QStringList& args);
    int info(const QStringList& args);
    int journal(const QStringList& args);
    int rank(const QStringList& args);
    int select(const QStringList& args);
    int import(const QStringList& args);
    int writeTemplate(const QStringList& args);
    int status(const QStringList& args);
    int exportPackages(const QStringList& args);
    int importReturns(const QStringList& args);
    int scoreSheets(const QStringList& args);
    int report(const QStringList& args);
    int verify(const QStringList& args);
    // --jury CODE and --juror ID..., and the jurors they choose (all when neither is given);
    // nullopt with the exit status when they name nothing.
    static void addJurorOptions(QCommandLineParser& parser);
    std::optional<std::vector<qint64>> chosenJurors(const QCommandLineParser& parser, const Campaign& campaign,
                                                    int* exit);

    // Parses a command's options; on --help or an error, writes what to and sets `exit`.
    bool parse(QCommandLineParser& parser, const QStringList& args, const QString& synopsis, const QString& description,
               int positionals, int* exit);
    // The --format `option` asked for (CSV only when `withCsv`); false, with the usage
    // error said and its status in *exit, otherwise.
    bool readFormat(const QCommandLineParser& parser, const QCommandLineOption& option, bool withCsv,
                    OutputFormat* format, int* exit);
    int error(const QString& message, int status = Failure);
    QString generalHelp() const;

    QTextStream& m_out;
    QTextStream& m_err;
    DocumentWriter m_documents;
};

} // namespace palmares
