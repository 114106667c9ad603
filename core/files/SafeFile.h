// SPDX-License-Identifier: GPL-3.0-or-later
// Every file the application writes is written whole or not at all: into a temporary file
// beside it, which replaces it only once complete and on the disk (Linux and Windows).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

class QFileInfo;
class QIODevice;

namespace palmares {

class SafeFile {
    Q_DECLARE_TR_FUNCTIONS(SafeFile)
public:
    // Fills a device; returns false and says why when it cannot (*why may stay empty
    // when the device's own error says it).
    using Writer = std::function<bool(QIODevice& out, QString* why)>;

    // Writes `path` with `writer`. The file at `path` (or, for a link, the file it
    // points to) is replaced only when the writer succeeded and every byte reached the
    // disk; otherwise it is untouched, no temporary file is left, and *error names the
    // file and the reason.
    static bool write(const QString& path, const Writer& writer, QString* error);
    static bool write(const QString& path, const QByteArray& bytes, QString* error);

    // Writes all of `bytes` to `out`, or says why not (the device's error).
    static bool writeAll(QIODevice& out, const QByteArray& bytes, QString* why);

    // Whether a file can be written at `target`: its folder exists and it is no folder;
    // otherwise *error says which, naming `shownPath`.
    static bool canReplace(const QFileInfo& target, const QString& shownPath, QString* error);

    // "FILE cannot be written: REASON", the one wording of a failed write.
    static QString cannotWrite(const QString& path, const QString& reason);
};

// For a library that writes a file by its name (SQLite, libxlsxwriter): it writes to
// stagedPath(), a new name in the target's folder, and commit() puts that file in the
// target's place. Destroyed without a commit, it removes what was staged.
class StagedFile {
    Q_DECLARE_TR_FUNCTIONS(StagedFile)
public:
    // `companions`: suffixes of files the library may leave beside the staged one
    // ("-wal", "-journal"), removed with it.
    explicit StagedFile(const QString& target, QStringList companions = {});
    ~StagedFile();
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;

    // Checks the folder and reserves the staged name (an empty file). False, with
    // *error naming the file, when the folder is missing or cannot be written.
    bool prepare(QString* error);
    const QString& stagedPath() const { return m_staged; }
    // The file replaced: the target, or the file a link at the target points to.
    const QString& target() const { return m_target; }

    // Syncs the staged file to the disk and replaces the target with it in one step.
    bool commit(QString* error);
    // Removes what was staged now (also done by the destructor).
    void discard();

private:
    QString m_target;
    QString m_shown; // the path as the user gave it, for messages
    QStringList m_companions;
    QString m_staged;
    bool m_committed = false;
};

} // namespace palmares
