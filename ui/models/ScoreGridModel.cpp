// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/ScoreGridModel.h"

#include "core/engine/IdIndex.h"
#include "core/model/Rules.h"
#include "ui/common/Numbers.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPalette>

#include <cmath>

namespace palmares {

ScoreGridModel::ScoreGridModel(QObject* parent)
    : DocumentTableModel(parent)
{}

void ScoreGridModel::setJuror(Id jurorId)
{
    beginResetModel();
    m_juror = jurorId;
    rebuild();
    takeShape();
    endResetModel();
}

const Jury* ScoreGridModel::jury() const
{
    if (!hasDocument())
        return nullptr;
    for (const Juror& j : campaign().jurors) {
        if (j.id != m_juror)
            continue;
        for (const Jury& y : campaign().juries) {
            if (y.id == j.juryId)
                return &y;
        }
    }
    return nullptr;
}

const Candidate* ScoreGridModel::candidateAt(int row) const
{
    return hasDocument() && row >= 0 && size_t(row) < campaign().candidates.size() ? &campaign().candidates[size_t(row)]
                                                                                   : nullptr;
}

void ScoreGridModel::rebuild()
{
    m_sheet = JurorSheet();
    m_conflict.clear();
    m_scored = m_expected = 0;
    if (!hasDocument() || !jury())
        return;
    const Campaign& c = campaign();
    const size_t columns = c.criteria.size();
    m_sheet = JurorSheet(c, m_juror);
    m_conflict.assign(c.candidates.size(), 0);
    const IdIndex candidates(c.candidates);
    for (const Conflict& k : c.conflicts) {
        const int row = k.jurorId == m_juror ? candidates(k.candidateId) : -1;
        if (row >= 0)
            m_conflict[size_t(row)] = 1;
    }
    for (size_t row = 0; row < c.candidates.size(); ++row) {
        if (!m_conflict[row]) {
            m_expected += int(columns);
            m_scored += m_sheet.scoredInRow(row);
        }
    }
}

const Score* ScoreGridModel::scoreAt(int row, int column) const
{
    return row < 0 || column < 0 ? nullptr : m_sheet.at(size_t(row), size_t(column));
}

bool ScoreGridModel::inConflict(int row) const
{
    return row >= 0 && size_t(row) < m_conflict.size() && m_conflict[size_t(row)];
}

QString ScoreGridModel::validate(const QString& text, double* value) const
{
    const Jury* y = jury();
    if (!y)
        return tr("Choose a juror first.");
    const std::optional<double> parsed = parseNumber(text);
    if (!parsed)
        return tr("“%1” is not a number.").arg(text.trimmed());
    *value = *parsed;
    return Edits::scoreProblem(*parsed, *y);
}

int ScoreGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_conflict.size());
}

int ScoreGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !hasDocument() || !jury() ? 0 : completionColumn() + 1;
}

QVariant ScoreGridModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row(), column = index.column();
    const QLocale locale;
    if (role == CandidateIdRole)
        return candidateAt(row)->id;
    if (role == ConflictRole)
        return inConflict(row);
    if (column == completionColumn()) {
        const int total = completionColumn();
        if (role == Qt::DisplayRole)
            return inConflict(row) ? tr("Conflict")
                   : total         ? locale.toString(100.0 * m_sheet.scoredInRow(size_t(row)) / total, 'f', 0) +
                                 QStringLiteral("\u202f%")
                           : QString();
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (inConflict(row)) {
        if (role == Qt::BackgroundRole)
            return QPalette().brush(QPalette::Disabled, QPalette::Window);
        if (role == Qt::ToolTipRole)
            return tr("Conflict of interest: this juror does not score this candidate.");
        return {};
    }
    const Score* s = scoreAt(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return s ? locale.toString(s->value, 'g', 6) : QString();
    case Qt::EditRole:
        return s ? locale.toString(s->value, 'g', 6) : QString();
    case CommentRole:
        return s ? s->comment : QString();
    case Qt::ToolTipRole:
        return s && !s->comment.isEmpty() ? s->comment : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    }
    return {};
}

bool ScoreGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Candidate* k = candidateAt(index.row());
    if (!k || index.column() >= completionColumn() || (role != Qt::EditRole && role != CommentRole))
        return false;
    const Criterion& criterion = campaign().criteria[size_t(index.column())];
    const Score* current = scoreAt(index.row(), index.column());
    if (role == CommentRole)
        return apply(Edits::commentScore(campaign(), current, value.toString(), document()->now(), m_reason));
    const QString text = value.toString().trimmed();
    std::optional<double> v;
    if (!text.isEmpty()) {
        v = parseNumber(text);
        if (!v) {
            emit problem(tr("“%1” is not a number.").arg(text));
            return false;
        }
    }
    return apply(
        Edits::setScore(campaign(), m_juror, k->id, criterion.id, current, v, m_origin, document()->now(), m_reason));
}

Qt::ItemFlags ScoreGridModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = DocumentTableModel::flags(index);
    if (index.isValid() && index.column() < completionColumn() && !inConflict(index.row()) && isEditable())
        f |= Qt::ItemIsEditable;
    if (inConflict(index.row()))
        f &= ~Qt::ItemIsEnabled;
    return f;
}

QString ScoreGridModel::headerLines(const QString& name)
{
    // Narrow score columns: the criterion's name on up to three short lines, the rest
    // elided (the tooltip has it whole).
    constexpr int width = 14, maxLines = 3;
    QStringList lines;
    QString line;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!line.isEmpty() && line.size() + 1 + words[i].size() > width) {
            lines << line;
            line.clear();
            if (lines.size() == maxLines) {
                lines.back() += QStringLiteral("…");
                return lines.join(QLatin1Char('\n'));
            }
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + words[i];
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

QVariant ScoreGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!hasDocument())
        return {};
    if (orientation == Qt::Vertical) {
        const Candidate* k = candidateAt(section);
        if (k && role == Qt::DisplayRole)
            return QStringLiteral("%1 · %2").arg(k->registrationNo).arg(k->name);
        return DocumentTableModel::headerData(section, orientation, role);
    }
    if (section == completionColumn())
        return role == Qt::DisplayRole ? tr("Done") : QVariant();
    if (section < 0 || section >= completionColumn())
        return {};
    const Criterion& k = campaign().criteria[size_t(section)];
    if (role == Qt::DisplayRole)
        return headerLines(k.name);
    if (role == Qt::ToolTipRole) {
        QStringList lines{k.name};
        for (const RubricLevel& level : k.rubric)
            lines << QStringLiteral("• %1 : %2").arg(level.label, level.description);
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

std::vector<qint64> ScoreGridModel::shapeKeys() const
{
    std::vector<qint64> keys{m_juror, -1};
    for (const Candidate& k : campaign().candidates)
        keys.push_back(k.id);
    keys.push_back(-1);
    for (const Criterion& k : campaign().criteria)
        keys.push_back(k.id);
    keys.push_back(-1);
    for (const Conflict& k : campaign().conflicts) {
        if (k.jurorId == m_juror)
            keys.push_back(k.candidateId);
    }
    return keys;
}

bool ScoreGridModel::concerns(const Change& change) const
{
    return !change.scores.isEmpty() || !change.candidates.isEmpty() || !change.criteria.isEmpty() ||
           !change.jurors.isEmpty() || !change.juries.isEmpty() || !change.conflicts.isEmpty();
}

} // namespace palmares
