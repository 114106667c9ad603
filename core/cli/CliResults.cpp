// SPDX-License-Identifier: GPL-3.0-or-later
// The result commands: rank, select, report, verify.
#include "core/cli/Cli.h"
#include "core/cli/CliOptions.h"

#include "core/edit/CampaignDocument.h"
#include "core/edit/Edits.h"
#include "core/engine/Evaluation.h"
#include "core/io/Fingerprint.h"
#include "core/io/ResultFormat.h"
#include "core/io/Spreadsheets.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"
#include "core/storage/CampaignFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace palmares {

int Cli::rank(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption format = cli::formatOption(true);
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
    const QCommandLineOption format = cli::formatOption(true);
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

int Cli::report(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write: .pdf, .odt, .xlsx or .csv."),
                                 QStringLiteral("file"));
    const QCommandLineOption minutes(QStringLiteral("minutes"),
                                     tr("The minutes of the deliberation instead of the laureate report (.pdf or "
                                        ".odt)."));
    const QCommandLineOption audience(QStringLiteral("public"),
                                      tr("The public version: no juror's name next to a score, no comment, no personal "
                                         "data of the candidates not selected."));
    parser.addOptions({out, minutes, audience});
    int exit = Ok;
    if (!parse(parser, args, QStringLiteral("report FILE --out X.pdf|X.odt|X.xlsx|X.csv [--minutes] [--public]"),
               tr("Writes the campaign's results. As .pdf or .odt: the ranked laureate report (cover, summary, "
                  "method, ranking, one sheet per laureate, those not selected and why, site fill, fingerprint), or "
                  "with --minutes the minutes of the deliberation. As a spreadsheet: the ranking (every score, the "
                  "fill and the outcome of each candidate) and every score with its juror, comment, origin and time; "
                  "a .xlsx workbook holds both, a .csv file holds the ranking and the scores go beside it "
                  "(X-scores.csv)."),
               1, &exit))
        return exit;
    if (!parser.isSet(out))
        return error(tr("report needs --out FILE (.pdf, .odt, .xlsx or .csv)."), Usage);
    const QString path = parser.value(out);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool document = suffix == QLatin1String("pdf") || suffix == QLatin1String("odt");
    if (!document && !report::Spreadsheets::isSpreadsheet(path))
        return error(tr("--out expects a .pdf, .odt, .xlsx or .csv file, not \"%1\".").arg(Words::printable(path)),
                     Usage);
    if (parser.isSet(minutes) && !document)
        return error(tr("--minutes are written as .pdf or .odt, not \"%1\".").arg(Words::printable(path)), Usage);
    if (document && !m_documents)
        return error(tr("this palmares-cli writes no PDF or ODT document."));
    // A CSV carries no fingerprint: nothing to record. What does is recorded in the campaign
    // (docs/fingerprint.md), which is then opened for writing; a campaign that cannot be
    // (in use, read-only, its lock not written) still gives its report, read only.
    const std::optional<IssuedDocument> issued = !document               ? report::Spreadsheets::issuedDocument(path)
                                                 : parser.isSet(minutes) ? IssuedDocument::Minutes
                                                                         : IssuedDocument::Report;
    QString why;
    QString unrecorded;
    const QString campaignPath = parser.positionalArguments().at(0);
    std::unique_ptr<CampaignDocument> doc;
    if (issued) {
        doc = CampaignDocument::open(campaignPath, CampaignDocument::Access::ReadWrite, &unrecorded);
        if (!doc && unrecorded.isEmpty())
            unrecorded = tr("it could not be opened for writing");
    }
    if (!doc)
        doc = CampaignDocument::open(campaignPath, CampaignDocument::Access::ReadOnly, &why);
    if (!doc)
        return error(why);
    const Campaign& campaign = doc->campaign();
    const Evaluation& evaluation = doc->evaluation();
    const bool published = parser.isSet(audience);
    std::vector<QString> files;
    if (document) {
        files = m_documents(path, parser.isSet(minutes), published, campaign, evaluation, &why);
    } else {
        report::Spreadsheets::Written written = report::Spreadsheets::writeResults(
            path, campaign, evaluation, published ? report::Audience::Public : report::Audience::Full);
        files = std::move(written.files);
        why = written.error;
    }
    for (const QString& f : files)
        m_out << QDir::toNativeSeparators(f) << Qt::endl;
    if (!why.isEmpty())
        return error(why);
    if (issued && unrecorded.isEmpty() &&
        !doc->apply(*Edits::recordIssued(campaign, *issued, published, path, doc->now()).change, &unrecorded,
                    QStringLiteral("issue_report")))
        unrecorded = unrecorded.isEmpty() ? tr("it could not be saved") : unrecorded;
    if (issued && !unrecorded.isEmpty())
        m_err << cli::program << QStringLiteral(": ")
              << Words::printable(
                     tr("warning: %1 is written, but %2 does not record it (%3): verify will not be able "
                        "to say which table changed since.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(campaignPath), unrecorded))
              << Qt::endl;
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
    const std::vector<fingerprint::Standing> standings = fingerprint::standings(*campaign, parts);
    const QString file = QDir::toNativeSeparators(path);
    if (!parser.isSet(given)) {
        m_out << print << Qt::endl;
        for (const fingerprint::Part& p : parts)
            m_out << "  " << p.table.leftJustified(12) << QString::fromLatin1(p.sha256.toHex()) << Qt::endl;
        if (!standings.empty())
            m_out << tr("Reports issued:") << Qt::endl;
        for (const fingerprint::Standing& s : standings)
            m_out << "  " << s.report->fingerprint << "  "
                  << Words::printable(
                         tr("%1: %2").arg(Words::issuedReport(*s.report), Words::issuedStanding(s.changed)))
                  << Qt::endl;
        return Ok;
    }
    // The reports issued with that fingerprint, the latest last.
    std::vector<const fingerprint::Standing*> carrying;
    for (const fingerprint::Standing& s : standings) {
        if (s.report->fingerprint == hex)
            carrying.push_back(&s);
    }
    if (hex == print) {
        m_out << tr("%1 gives the result of that fingerprint.").arg(file) << Qt::endl;
        for (const fingerprint::Standing* s : carrying)
            m_out << "  " << Words::printable(Words::issuedReport(*s->report)) << Qt::endl;
        return Ok;
    }
    if (carrying.empty())
        return error(tr("%1 no longer gives the result of that fingerprint: its fingerprint is %2. No report it "
                        "recorded carries that fingerprint, so which table changed cannot be said; compare the "
                        "digests printed with the report to those of palmares-cli verify %1.")
                         .arg(file, print),
                     Failure);
    const fingerprint::Standing* latest = carrying.back();
    return error(tr("%1 no longer gives the result of that fingerprint, printed on the %2: %3. Its fingerprint is "
                    "now %4.")
                     .arg(file, Words::issuedReport(*latest->report), Words::issuedStanding(latest->changed), print),
                 Failure);
}

} // namespace palmares
