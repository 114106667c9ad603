// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"
#include "core/model/KeyHash.h"

#include <QHash>
#include <QStringList>

#include <unordered_set>
#include <utility>

// The campaign's records by what a cell of an imported sheet may call them: a SIRET, a
// registration number, an e-mail address, a code or a name, however it is spelt
// (importtext::fold). Private to the importer, shared by the readers of every kind of row.
namespace palmares::importing {

// Records of the campaign (their index in its vector) by the keys a cell may name them by:
// "siret:…", a folded name. A key two records share is Ambiguous. With `keysOf`, find()
// reads a cell's text and remembers each answer: a column of a long score file repeats the
// same few names a million times.
class RecordFinder {
public:
    static constexpr int Ambiguous = -2;
    static constexpr int Unknown = -1;

    // The keys a cell's text is looked up by, in order: the first one known answers.
    using KeysOf = QStringList (*)(const QString& text);

    RecordFinder() = default;
    RecordFinder(KeysOf keysOf, QString ambiguous, QString unknown);

    void add(const QString& key, int index);
    int lookup(const QString& key) const { return m_index.value(key, Unknown); }
    // The record `text` names by `keysOf`, Ambiguous or Unknown.
    int find(const QString& text) const;

    // Why a cell names no record: shared by several, or by none.
    const QString& ambiguousReason() const { return m_ambiguous; }
    const QString& unknownReason() const { return m_unknown; }

private:
    KeysOf m_keysOf = nullptr;
    QString m_ambiguous, m_unknown;
    QHash<QString, int> m_index;
    mutable QHash<QString, int> m_found; // a cache of find(): the campaign does not change
};

// The campaign's records as an imported cell may name them, built once per plan.
class ImportIndex {
public:
    explicit ImportIndex(const Campaign& campaign);

    RecordFinder candidates; // by SIRET, registration number or name
    RecordFinder jurors;     // by e-mail address or name
    RecordFinder criteria;   // by code or name
    // Looked up by lookup(fold(text)): a code or a name.
    RecordFinder juries, buildings, resources;

    int candidateBySiret(const QString& siret) const;     // a normalised SIRET
    int candidateWithoutSiret(const QString& name) const; // a folded name
    int jurorByEmail(const QString& email) const;
    bool hasConflict(Id jurorId, Id candidateId) const { return m_conflicts.count({jurorId, candidateId}) > 0; }

private:
    std::unordered_set<std::pair<Id, Id>, KeyHash> m_conflicts;
};

} // namespace palmares::importing
