// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/JurorSheet.h"

#include "core/engine/IdIndex.h"

namespace palmares {

JurorSheet::JurorSheet(const Campaign& campaign, Id jurorId)
    : m_rows(campaign.candidates.size())
    , m_columns(campaign.criteria.size())
    , m_cells(m_rows * m_columns)
    , m_rowScored(m_rows, 0)
{
    const IdIndex candidates(campaign.candidates), criteria(campaign.criteria);
    for (const Score& s : campaign.scores) {
        if (s.jurorId != jurorId)
            continue;
        const int row = candidates(s.candidateId), column = criteria(s.criterionId);
        if (row < 0 || column < 0)
            continue;
        std::optional<Score>& cell = m_cells[size_t(row) * m_columns + size_t(column)];
        if (!cell)
            ++m_rowScored[size_t(row)];
        cell = s;
    }
}

const Score* JurorSheet::at(size_t row, size_t column) const
{
    if (row >= m_rows || column >= m_columns)
        return nullptr;
    const std::optional<Score>& cell = m_cells[row * m_columns + column];
    return cell ? &*cell : nullptr;
}

} // namespace palmares
