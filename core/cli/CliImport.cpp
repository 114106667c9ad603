// SPDX-License-Identifier: GPL-3.0-or-later
// The import commands: import, template.
#include "core/cli/Cli.h"
#include "core/cli/CliOptions.h"

#include "core/edit/CampaignDocument.h"
#include "core/files/SafeFile.h"
#include "core/io/Import.h"
#include "core/present/Words.h"
#include "core/storage/CampaignFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace palmares {

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
                         .arg(missing.join(QStringLiteral(", ")), table->fileName, cli::shortList(table->headers)));

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

int Cli::writeTemplate(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption kind = kindOption();
    const QCommandLineOption campaignFile(QStringLiteral("campaign"),
                                          tr("For scores: one column per criterion of this campaign (wide form)."),
                                          QStringLiteral("FILE.ami"));
    parser.addOption(kind);
    parser.addOption(campaignFile);
    parser.addOption(cli::forceOption());
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
