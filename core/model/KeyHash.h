// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <tuple>
#include <utility>

// Hash of the keys of campaign rows (an Id, or a pair or triple of Ids: a conflict, a
// score) for std::unordered_map and std::unordered_set, which have none for tuples.
namespace palmares {

struct KeyHash {
    static constexpr quint64 mix = 0x9E3779B97F4A7C15ull;

    size_t operator()(qint64 id) const { return size_t(quint64(id) * mix); }
    template<typename A, typename B> size_t operator()(const std::pair<A, B>& k) const
    {
        return size_t(quint64(k.first) * mix ^ quint64(k.second));
    }
    template<typename... Ids> size_t operator()(const std::tuple<Ids...>& k) const
    {
        quint64 h = 0;
        std::apply([&h](auto... id) { ((h = h * mix ^ quint64(id)), ...); }, k);
        return size_t(h);
    }
};

} // namespace palmares
