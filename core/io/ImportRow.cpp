// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ImportRow.h"

#include "core/io/ImportText.h"
#include "core/model/Numbers.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"

namespace palmares::importing {

namespace {

constexpr qint64 progressEvery = 4096;

} // namespace

ImportRow::ImportRow(const Campaign& campaign, const SheetTable& table, const ImportOptions& options, ImportPlan& plan)
    : m_campaign(campaign)
    , m_table(table)
    , m_options(options)
    , m_plan(plan)
    , m_index(campaign)
{}

bool ImportRow::readAll(const Progress& progress, const std::function<void()>& read)
{
    const qint64 total = m_table.size();
    for (qint64 i = 0; i < total; ++i) {
        m_cells = &m_table.rows[size_t(i)];
        m_row = m_table.rowNumbers[size_t(i)];
        m_hasError = false;
        checkWidth();
        checkControls();
        read();
        if (m_hasError)
            ++m_plan.rejected;
        if (progress && (i + 1) % progressEvery == 0 && !progress(i + 1, total)) {
            m_plan.cancelled = true;
            return false;
        }
    }
    return true;
}

void ImportRow::report(int col, const QString& value, const QString& reason, ImportProblem::Severity severity)
{
    ImportProblem x;
    x.row = m_row;
    x.column =
        col >= 0 && col < m_table.headers.size() ? m_table.headers.at(col) : Import::tr("(column %1)").arg(col + 1);
    x.value = value;
    x.reason = reason;
    x.severity = severity;
    m_plan.problems.push_back(std::move(x));
    if (severity == ImportProblem::Error)
        m_hasError = true;
}

void ImportRow::reportEmpty(int col)
{
    report(col, QString(), Import::tr("This field is required and the cell is empty."));
}

void ImportRow::checkWidth()
{
    const QStringList& cells = *m_cells;
    for (int i = int(m_table.headers.size()); i < cells.size(); ++i) {
        if (!cells.at(i).trimmed().isEmpty()) {
            report(i, cells.at(i).trimmed(),
                   Import::tr("This row has more cells than there are headers (%1): the cell has no "
                              "column.")
                       .arg(m_table.headers.size()));
            return;
        }
    }
}

void ImportRow::checkControls()
{
    // Read into a name or a comment, a control character would be stored, then printed and
    // obeyed by a terminal: such a row is refused, the character shown.
    for (const auto& [key, col] : m_options.mapping) {
        Q_UNUSED(key)
        const QString v = cell(col);
        if (rules::hasControl(v))
            report(col, Words::printable(v),
                   Import::tr("The cell holds a control character (shown as a symbol such as ␛ or ␀), "
                              "which is not text: remove it."));
    }
}

int ImportRow::column(const char* key) const
{
    auto it = m_options.mapping.find(QString::fromLatin1(key));
    return it == m_options.mapping.end() ? -1 : it->second;
}

QString ImportRow::cell(int col) const
{
    return col >= 0 && col < m_cells->size() ? m_cells->at(col).trimmed() : QString();
}

QString ImportRow::required(const char* key)
{
    const QString v = cell(key);
    if (v.isEmpty())
        reportEmpty(column(key));
    return v;
}

std::optional<double> ImportRow::number(const char* key, bool positive, bool required, double max)
{
    const int col = column(key);
    const QString v = cell(col);
    if (v.isEmpty()) {
        if (required)
            reportEmpty(col);
        return std::nullopt;
    }
    const auto n = parseDecimal(v);
    if (!n || (positive && *n <= 0) || (!positive && *n < 0)) {
        report(col, v,
               positive ? Import::tr("Expected a positive number (decimal comma or point, no unit).")
                        : Import::tr("Expected a number, zero or more (decimal comma or point, no unit)."));
        return std::nullopt;
    }
    if (*n > max) {
        report(col, v, Import::tr("Too large: at most %1.").arg(QString::number(max, 'f', 0)));
        return std::nullopt;
    }
    return n;
}

std::optional<QString> ImportRow::useType(int col, const QString& text)
{
    const QString code = importtext::useTypeCode(text);
    if (code.isEmpty()) {
        report(col, text,
               Import::tr("Unknown use type; expected one of: %1.").arg(useTypeCodes().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return code;
}

int ImportRow::find(const RecordFinder& finder, int col)
{
    const QString v = cell(col);
    if (v.isEmpty()) {
        reportEmpty(col);
        return -1;
    }
    const int found = finder.find(v);
    if (found == RecordFinder::Ambiguous) {
        report(col, v, finder.ambiguousReason());
        return -1;
    }
    if (found < 0) {
        report(col, v, finder.unknownReason());
        return -1;
    }
    return found;
}

ImportRow::Action ImportRow::decide(bool exists)
{
    if (!exists) {
        ++m_plan.added;
        return Action::Add;
    }
    ++m_plan.existing;
    if (m_options.onDuplicate == OnDuplicate::Skip) {
        ++m_plan.skipped;
        return Action::Skip;
    }
    ++m_plan.updated;
    return Action::Update;
}

} // namespace palmares::importing
