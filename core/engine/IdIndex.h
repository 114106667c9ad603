// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QHash>

#include <vector>

namespace palmares {

// Maps database ids to positions in a vector. Row ids are nearly always dense, so a
// plain array does the lookup (the engine looks up 1.5 million scores); sparse ids fall
// back to a hash.
class IdIndex {
public:
    template<typename T> explicit IdIndex(const std::vector<T>& items)
    {
        Id maxId = 0;
        for (const T& item : items)
            maxId = std::max(maxId, item.id);
        m_dense = maxId <= Id(items.size()) * 4 + 1024;
        if (m_dense)
            m_array.assign(size_t(maxId) + 1, -1);
        for (size_t i = 0; i < items.size(); ++i) {
            if (m_dense)
                m_array[size_t(items[i].id)] = int(i);
            else
                m_hash.insert(items[i].id, int(i));
        }
    }

    // -1 when unknown.
    int operator()(Id id) const
    {
        if (m_dense)
            return id >= 0 && size_t(id) < m_array.size() ? m_array[size_t(id)] : -1;
        return m_hash.value(id, -1);
    }

private:
    bool m_dense = true;
    std::vector<int> m_array;
    QHash<Id, int> m_hash;
};

} // namespace palmares
