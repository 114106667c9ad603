// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// File and JSON helpers the tests share: fingerprints to prove a file unchanged, folder
// listings to prove nothing was left behind, raw writes for damaged inputs.
namespace palmares::test {

// SHA-256 of the file's bytes, or a marker when it is missing or unreadable.
inline QByteArray fingerprint(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return QByteArrayLiteral("(missing)");
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("(unreadable)");
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Every entry of `folder`, hidden ones included, sorted by name.
inline QStringList listing(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// The file's bytes, or nothing when it cannot be read.
inline QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The JSON object in `text`; `error` says why when it is not one.
inline QJsonObject parseObject(const QString& text, QString* error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        *error = QStringLiteral("%1 at %2").arg(e.errorString()).arg(e.offset);
    else if (!doc.isObject())
        *error = QStringLiteral("not an object");
    return doc.object();
}

} // namespace palmares::test
