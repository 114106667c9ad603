// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/SealedFile.h"

#include <QFile>

#include <sodium.h>

#include <cmath>
#include <cstring>

namespace palmares::sealed {

namespace {

// The file: mark (8), format (2), length of the rest of the header (2), campaign (16),
// juror (8), Argon2id passes (4) and memory in KiB (4), salt (16), nonce (24); then the
// contents encrypted, followed by their 16-byte tag. Integers are big-endian. The whole
// header, nonce included, is the associated data.
constexpr char mark[8] = {'P', 'A', 'L', 'M', 'J', 'U', 'R', 'Y'};
constexpr int campaignBytes = 16;
constexpr int saltBytes = crypto_pwhash_SALTBYTES;
constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int restOfHeader = campaignBytes + 8 + 4 + 4 + saltBytes + nonceBytes;
constexpr int headerBytes = 8 + 2 + 2 + restOfHeader;
constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
static_assert(saltBytes == 16 && nonceBytes == 24 && tagBytes == 16, "the format's sizes are libsodium's");

// The cost a package asks for (docs/juror-package.md), and what a header may ask for at
// most: a forged header must not make the juror's laptop spend gigabytes.
constexpr quint32 packageOps = 3;
constexpr quint32 packageMemKiB = 64 * 1024;
constexpr quint32 mostOps = 10;
constexpr quint32 mostMemKiB = 1024 * 1024;

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

void putBig(QByteArray& out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

quint64 big(const QByteArray& in, int at, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | quint8(in.at(at + i));
    return value;
}

const unsigned char* data(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

} // namespace

Header newHeader(const QByteArray& campaignId, Id jurorId)
{
    Header h;
    h.campaignId = campaignId;
    h.jurorId = jurorId;
    h.opsLimit = packageOps;
    h.memLimitKiB = packageMemKiB;
    h.salt = QByteArray(saltBytes, '\0');
    if (ready())
        randombytes_buf(h.salt.data(), size_t(h.salt.size()));
    return h;
}

// sodium_malloc aborts the process when sodium_init has not run: ready() first.
Key::Key()
    : m_bytes(ready() ? static_cast<unsigned char*>(sodium_malloc(crypto_aead_xchacha20poly1305_ietf_KEYBYTES))
                      : nullptr)
{}

Key::~Key()
{
    sodium_free(m_bytes);
}

std::unique_ptr<Key> Key::derive(const QString& passphrase, const Header& header, Problem* problem)
{
    *problem = Problem::None;
    if (header.opsLimit < crypto_pwhash_OPSLIMIT_MIN || header.opsLimit > mostOps ||
        quint64(header.memLimitKiB) * 1024 < crypto_pwhash_MEMLIMIT_MIN || header.memLimitKiB > mostMemKiB ||
        header.salt.size() != saltBytes) {
        *problem = Problem::BadCost;
        return nullptr;
    }
    std::unique_ptr<Key> key(new Key);
    if (!ready() || !key->m_bytes) {
        *problem = Problem::OutOfMemory;
        return nullptr;
    }
    const QByteArray secret = normalise(passphrase).toUtf8();
    const int failed = crypto_pwhash(key->m_bytes, crypto_aead_xchacha20poly1305_ietf_KEYBYTES, secret.constData(),
                                     quint64(secret.size()), data(header.salt), header.opsLimit,
                                     size_t(header.memLimitKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13);
    if (failed != 0) {
        *problem = Problem::OutOfMemory;
        return nullptr;
    }
    return key;
}

Problem readHeader(const QByteArray& file, Header* header)
{
    if (file.size() < 12 || std::memcmp(file.constData(), mark, sizeof mark) != 0)
        return Problem::NotAPackage;
    const auto format = quint16(big(file, 8, 2));
    if (format == 0)
        return Problem::NotAPackage;
    if (format > currentFormat)
        return Problem::NewerFormat;
    if (big(file, 10, 2) != quint64(restOfHeader))
        return Problem::NotAPackage;
    if (file.size() < headerBytes + tagBytes)
        return Problem::Truncated;
    Header h;
    h.format = format;
    int at = 12;
    h.campaignId = file.mid(at, campaignBytes);
    at += campaignBytes;
    h.jurorId = Id(big(file, at, 8));
    at += 8;
    h.opsLimit = quint32(big(file, at, 4));
    at += 4;
    h.memLimitKiB = quint32(big(file, at, 4));
    at += 4;
    h.salt = file.mid(at, saltBytes);
    *header = h;
    return Problem::None;
}

QByteArray seal(const Header& header, const Key& key, const QByteArray& contents)
{
    if (!ready() || header.campaignId.size() != campaignBytes || header.salt.size() != saltBytes)
        return {};
    QByteArray out;
    out.reserve(headerBytes + contents.size() + tagBytes);
    out.append(mark, sizeof mark);
    putBig(out, header.format, 2);
    putBig(out, restOfHeader, 2);
    out.append(header.campaignId);
    putBig(out, quint64(header.jurorId), 8);
    putBig(out, header.opsLimit, 4);
    putBig(out, header.memLimitKiB, 4);
    out.append(header.salt);
    QByteArray nonce(nonceBytes, '\0');
    randombytes_buf(nonce.data(), size_t(nonce.size())); // fresh for every save
    out.append(nonce);
    out.resize(headerBytes + contents.size() + tagBytes);
    auto* cipher = reinterpret_cast<unsigned char*>(out.data()) + headerBytes;
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(cipher, &written, data(contents), quint64(contents.size()), data(out),
                                               headerBytes, nullptr, data(nonce), key.bytes());
    out.resize(headerBytes + int(written));
    return out;
}

Problem open(const QByteArray& file, const Key& key, QByteArray* contents)
{
    Header header;
    if (const Problem p = readHeader(file, &header); p != Problem::None)
        return p;
    const QByteArray nonce = file.mid(headerBytes - nonceBytes, nonceBytes);
    QByteArray plain(file.size() - headerBytes - tagBytes, '\0');
    unsigned long long read = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &read, nullptr,
                                                   data(file) + headerBytes, quint64(file.size() - headerBytes),
                                                   data(file), headerBytes, data(nonce), key.bytes()) != 0) {
        sodium_memzero(plain.data(), size_t(plain.size()));
        return Problem::WrongKeyOrModified;
    }
    plain.resize(qsizetype(read));
    *contents = plain;
    return Problem::None;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QString normalise(const QString& passphrase)
{
    QString bare;
    for (const QChar c : passphrase.normalized(QString::NormalizationForm_KD))
        if (c.category() != QChar::Mark_NonSpacing)
            bare += c;
    QStringList words;
    QString word;
    for (const QChar c : bare.toLower()) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words.join(QLatin1Char('-'));
}

QString newPassphrase(const QStringList& list, int words)
{
    if (!ready() || list.isEmpty())
        return {};
    QStringList parts;
    for (int i = 0; i < words; ++i)
        parts << list.at(qsizetype(randombytes_uniform(quint32(list.size()))));
    parts << QStringLiteral("%1").arg(randombytes_uniform(100), 2, 10, QLatin1Char('0'));
    return parts.join(QLatin1Char('-'));
}

double passphraseBits(qsizetype listSize, int words)
{
    return words * std::log2(double(listSize)) + std::log2(100.0);
}

const QStringList& frenchWords()
{
    static const QStringList words = [] {
        QStringList out;
        QFile file(QStringLiteral(":/palmares/passphrase-words-fr.txt"));
        if (file.open(QIODevice::ReadOnly))
            for (const QByteArray& line : file.readAll().split('\n'))
                if (const QString w = QString::fromUtf8(line).trimmed(); !w.isEmpty())
                    out << w;
        return out;
    }();
    return words;
}

} // namespace palmares::sealed
