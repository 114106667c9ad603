// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/JurorSheet.h"
#include "ui/models/DocumentTableModel.h"

namespace palmares {

// One juror's score sheet: a row per candidate, a column per criterion, then the row's
// completion. A cell takes a value on the juror's jury scale (typed in the UI locale,
// decimal comma or point); an empty value removes the score. A candidate in conflict
// with the juror cannot be scored.
class ScoreGridModel : public DocumentTableModel {
    Q_OBJECT
public:
    enum Role { CommentRole = Qt::UserRole + 1, ConflictRole, CandidateIdRole };

    explicit ScoreGridModel(QObject* parent = nullptr);

    void setJuror(Id jurorId);
    Id jurorId() const { return m_juror; }
    const Jury* jury() const;
    // Origin stamped on new scores: "paper" (typed from a paper sheet) or "entered".
    void setOrigin(const QString& origin) { m_origin = origin; }
    // The reason given for the scores edited next (a correction in deliberation needs one).
    void setReason(const QString& reason) { m_reason = reason; }

    int completionColumn() const { return hasDocument() ? int(campaign().criteria.size()) : 0; }
    // Scores given and expected for this juror (candidates in conflict left out).
    int scored() const { return m_scored; }
    int expected() const { return m_expected; }
    const Candidate* candidateAt(int row) const;

    // Why `text` cannot be this juror's score, or empty when it can (the value in `value`).
    QString validate(const QString& text, double* value) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // A criterion's name broken into the few short lines a score column's header shows.
    static QString headerLines(const QString& name);

protected:
    std::vector<qint64> shapeKeys() const override;
    bool concerns(const Change& change) const override;
    void rebuild() override;

private:
    const Score* scoreAt(int row, int column) const;
    bool inConflict(int row) const;

    Id m_juror = 0;
    QString m_origin = QStringLiteral("paper");
    QString m_reason;
    JurorSheet m_sheet;           // the juror's scores, by candidate and criterion
    std::vector<char> m_conflict; // per row
    int m_scored = 0;
    int m_expected = 0;
};

} // namespace palmares
