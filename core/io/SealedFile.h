// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"
#include "core/model/Package.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// The envelope of a juror package (docs/juror-package.md): a short header in the clear,
// which says which campaign and which juror the file is for and how its key is derived,
// then the contents, encrypted and authenticated with libsodium (XChaCha20-Poly1305, the
// header bound as associated data, a key derived from the passphrase with Argon2id).
// Nothing here is home-made crypto: libsodium does every step.
namespace palmares::sealed {

// The newest format this version reads and writes.
constexpr quint16 currentFormat = 1;

// The clear part of a package: who it is for, and how its key is derived.
struct Header {
    quint16 format = currentFormat;
    QByteArray campaignId; // 16 bytes, the campaign's identity
    Id jurorId = 0;
    quint32 opsLimit = 0;    // Argon2id passes
    quint32 memLimitKiB = 0; // Argon2id memory, in KiB
    QByteArray salt;         // 16 bytes, fresh for every package
};

// Argon2id's cost as chosen for packages (docs/juror-package.md says why): 3 passes over
// 64 MiB.
Header newHeader(const QByteArray& campaignId, Id jurorId);

// Why a file could not be opened, most basic first.
using Problem = PackageProblem;

// The key derived from a passphrase and a header's salt and cost; wiped when it goes.
class Key {
public:
    ~Key();
    Key(const Key&) = delete;
    Key& operator=(const Key&) = delete;
    // Derives the key (Argon2id, a fraction of a second and 64 MiB). The passphrase is
    // taken as normalise() gives it, so that a juror may type it without accents, in
    // capitals, or with spaces for dashes.
    static std::unique_ptr<Key> derive(const QString& passphrase, const Header& header, Problem* problem);
    const unsigned char* bytes() const { return m_bytes; }

private:
    Key();
    unsigned char* m_bytes; // in memory locked and wiped by libsodium
};

// The header of `file`, read without any key: enough to say that a file is for another
// campaign or another juror before asking for a passphrase.
Problem readHeader(const QByteArray& file, Header* header);

// `contents` sealed under `key` with `header` as associated data, with a fresh nonce.
QByteArray seal(const Header& header, const Key& key, const QByteArray& contents);

// The contents of `file`, checked against its tag, or the problem.
Problem open(const QByteArray& file, const Key& key, QByteArray* contents);

// Overwrites `bytes` with zeros (libsodium's sodium_memzero: not optimised away) and
// empties it: for contents once read.
void wipe(QByteArray& bytes);

// The passphrase as the key is derived from: letters and digits only, in lower case and
// without accents, its words joined by single dashes (« Abeille  Canal » → « abeille-canal »).
QString normalise(const QString& passphrase);

// A new passphrase of `words` words drawn at random (libsodium's generator) from `list`
// and two digits, joined by dashes: « cerise-moulin-…-47 ». Its entropy is
// passphraseBits(list.size(), words).
QString newPassphrase(const QStringList& list, int words = 6);
double passphraseBits(qsizetype listSize, int words = 6);

// The word list passphrases are drawn from (resources/passphrase-words-fr.txt).
const QStringList& frenchWords();

} // namespace palmares::sealed
