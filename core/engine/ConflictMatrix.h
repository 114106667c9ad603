// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/IdIndex.h"

#include <vector>

namespace palmares {

// Which juror is in conflict of interest with which candidate, by their indices in the
// campaign. One byte per pair is cheaper to probe 1.5 million times than a hash set, and
// candidate-major rows match the order scores come in. Empty (and free) without conflicts.
class ConflictMatrix {
public:
    ConflictMatrix(const Campaign& c, const IdIndex& jurorIndex, const IdIndex& candidateIndex)
        : m_jurors(c.jurors.size())
    {
        if (!c.conflicts.empty())
            m_cells.assign(m_jurors * c.candidates.size(), 0);
        for (const Conflict& conflict : c.conflicts) {
            const int j = jurorIndex(conflict.jurorId), k = candidateIndex(conflict.candidateId);
            if (j >= 0 && k >= 0)
                m_cells[size_t(k) * m_jurors + size_t(j)] = 1;
        }
    }

    bool operator()(int candidate, int juror) const
    {
        return !m_cells.empty() && m_cells[size_t(candidate) * m_jurors + size_t(juror)] != 0;
    }

private:
    size_t m_jurors;
    std::vector<char> m_cells;
};

} // namespace palmares
