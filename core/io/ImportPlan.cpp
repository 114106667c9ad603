// SPDX-License-Identifier: GPL-3.0-or-later
// Import::plan: the rows of a table checked by the reader of their kind and gathered into
// one Change, and the report of their problems.
#include "core/io/Import.h"

#include "core/io/ImportKinds.h"
#include "core/io/ResultFormat.h"

namespace palmares {

int ImportPlan::errorCount() const
{
    int n = 0;
    for (const ImportProblem& p : problems)
        n += p.severity == ImportProblem::Error;
    return n;
}

int ImportPlan::warningCount() const
{
    return int(problems.size()) - errorCount();
}

namespace {

bool readRows(importing::ImportRow& row, ImportKind kind, const Progress& progress)
{
    switch (kind) {
    case ImportKind::Candidates:
        return importing::planCandidates(row, progress);
    case ImportKind::Jurors:
        return importing::planJurors(row, progress);
    case ImportKind::Conflicts:
        return importing::planConflicts(row, progress);
    case ImportKind::Buildings:
        return importing::planBuildings(row, progress);
    case ImportKind::Scores:
        return importing::planScores(row, progress);
    }
    return true;
}

} // namespace

ImportPlan Import::plan(const Campaign& campaign, const SheetTable& table, const ImportOptions& options,
                        const Progress& progress)
{
    ImportPlan plan;
    plan.kind = options.kind;
    plan.fileName = table.fileName;
    plan.sheet = table.sheet;
    plan.rows = int(table.size());
    importing::ImportRow row(campaign, table, options, plan);
    if (!readRows(row, options.kind, progress)) {
        plan.change = Change();
        return plan;
    }
    Change& change = plan.change;
    if (!change.isEmpty()) {
        CampaignSettings settings = campaign.settings;
        settings.importMappings =
            rememberMapping(campaign.settings.importMappings, options.kind, options.mapping, table.headers);
        if (settings.importMappings != campaign.settings.importMappings)
            change.settings = settings;
        change.text = tr("Import of %1 from %2").arg(kindName(options.kind).toLower(), table.fileName);
        QStringList note;
        if (!table.sheet.isEmpty())
            note << tr("sheet %1").arg(table.sheet);
        if (!table.sha256.isEmpty())
            note << tr("SHA-256 %1").arg(table.sha256);
        note << tr("%n row(s) added", nullptr, plan.added) << tr("%n updated", nullptr, plan.updated)
             << tr("%n skipped", nullptr, plan.skipped) << tr("%n rejected", nullptr, plan.rejected);
        change.note = note.join(QStringLiteral(", "));
    }
    return plan;
}

QByteArray Import::reportCsv(const ImportPlan& plan)
{
    QString out = ResultFormat::csvLine(
        {tr("File"), tr("Sheet"), tr("Row"), tr("Column"), tr("Value"), tr("Severity"), tr("Reason")});
    for (const ImportProblem& p : plan.problems)
        out += ResultFormat::csvLine({plan.fileName, plan.sheet, QString::number(p.row), p.column, p.value,
                                      p.severity == ImportProblem::Error ? tr("error") : tr("warning"), p.reason});
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace palmares
