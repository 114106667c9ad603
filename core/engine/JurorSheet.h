// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <optional>
#include <vector>

// One juror's scores as a sheet: a row per candidate and a column per criterion, both in
// campaign order, each cell a copy of the score or empty. Cells are found by candidate and
// criterion ids, never by positions in Campaign::scores, so the sheet stays true when that
// table is reordered (a refused change put back, an undo).
namespace palmares {

class JurorSheet {
public:
    JurorSheet() = default;
    JurorSheet(const Campaign& campaign, Id jurorId);

    size_t rows() const { return m_rows; }
    size_t columns() const { return m_columns; }
    // The score in the cell, or null (none, or outside the sheet).
    const Score* at(size_t row, size_t column) const;
    // Scores in the sheet's row.
    int scoredInRow(size_t row) const { return row < m_rowScored.size() ? m_rowScored[row] : 0; }

private:
    size_t m_rows = 0;
    size_t m_columns = 0;
    std::vector<std::optional<Score>> m_cells; // row × column
    std::vector<int> m_rowScored;
};

} // namespace palmares
