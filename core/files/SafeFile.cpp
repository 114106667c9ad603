// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/files/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#ifdef Q_OS_WIN
#include <io.h>
#include <system_error>
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace palmares {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The staged bytes on the disk before they replace anything: a rename that reaches the
// disk before its data would leave an empty file after a power cut.
bool syncToDisk(const QString& path, QString* why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        *why = file.errorString();
        return false;
    }
#ifdef Q_OS_WIN
    if (!FlushFileBuffers(reinterpret_cast<HANDLE>(_get_osfhandle(file.handle())))) {
        *why = QString::fromStdString(std::system_category().message(int(GetLastError())));
        return false;
    }
#else
    if (::fsync(file.handle()) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
#endif
    return true;
}

// Puts `from` in place of `to` in one step, replacing `to` if it exists.
bool replace(const QString& from, const QString& to, QString* why)
{
#ifdef Q_OS_WIN
    const std::wstring source = QDir::toNativeSeparators(from).toStdWString();
    const std::wstring target = QDir::toNativeSeparators(to).toStdWString();
    if (!MoveFileExW(source.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        *why = QString::fromStdString(std::system_category().message(int(GetLastError())));
        return false;
    }
#else
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // The new name itself on the disk: the folder's entry.
    const int folder = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
#endif
    return true;
}

// The staged file gets the permissions of the file it replaces, or, for a new file, those a
// file made by this process gets (0666 less the umask): not the staged file's own 0600.
bool givePermissions(const QString& staged, const QString& target, QString* why)
{
#ifdef Q_OS_WIN
    Q_UNUSED(staged);
    Q_UNUSED(target);
    Q_UNUSED(why);
    return true;
#else
    struct stat existing {};
    mode_t mode = 0;
    if (::stat(QFile::encodeName(target).constData(), &existing) == 0) {
        mode = existing.st_mode & 07777;
    } else {
        // The umask, read without changing it (Linux 4.7 and later), else set back at once.
        mode_t mask = 022;
        QFile status(QStringLiteral("/proc/self/status"));
        bool known = false;
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("Umask:")) {
                    mask = mode_t(line.mid(6).trimmed().toUInt(&known, 8));
                    break;
                }
            }
        }
        if (!known) {
            mask = ::umask(022);
            ::umask(mask);
        }
        mode = 0666 & ~mask;
    }
    if (::chmod(QFile::encodeName(staged).constData(), mode) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
#endif
}

// Whether the process `pid` still runs (on this computer).
bool processAlive(qint64 pid)
{
#ifdef Q_OS_WIN
    HANDLE h = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!h)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(h, &code) && code == STILL_ACTIVE;
    CloseHandle(h);
    return running;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

// Files staged for `target` by a process that was killed before it committed or
// discarded them (".NAME.PID-XXXXXX.part", and what SQLite left beside them): removed.
void removeLeftovers(const QFileInfo& target)
{
    const QString prefix = QStringLiteral(".%1.").arg(target.fileName());
    const QDir folder = target.absoluteDir();
    for (const QString& name : folder.entryList({prefix + QStringLiteral("*.part*")}, QDir::Files | QDir::Hidden)) {
        const QString rest = name.mid(prefix.size());
        const qsizetype dash = rest.indexOf(QLatin1Char('-'));
        bool ok = false;
        const qint64 pid = dash > 0 ? rest.left(dash).toLongLong(&ok) : 0;
        if (ok && pid > 0 && pid != QCoreApplication::applicationPid() && !processAlive(pid))
            QFile::remove(folder.filePath(name));
    }
}

// The file a write to `path` replaces: the file itself, or the one a link points to.
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return info.absoluteFilePath();
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.symLinkTarget() : canonical;
}

} // namespace

bool SafeFile::canReplace(const QFileInfo& target, const QString& shownPath, QString* error)
{
    if (!target.absoluteDir().exists()) {
        *error = tr("%1: the folder does not exist.").arg(shown(target.absolutePath()));
        return false;
    }
    if (target.isDir()) {
        *error = tr("%1 is a folder.").arg(shown(shownPath));
        return false;
    }
    return true;
}

QString SafeFile::cannotWrite(const QString& path, const QString& reason)
{
    return reason.isEmpty() ? tr("%1 cannot be written.").arg(shown(path))
                            : tr("%1 cannot be written: %2").arg(shown(path), reason);
}

bool SafeFile::writeAll(QIODevice& out, const QByteArray& bytes, QString* why)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = out.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            *why = out.errorString();
            return false;
        }
        done += n;
    }
    return true;
}

bool SafeFile::write(const QString& path, const Writer& writer, QString* error)
{
    // Staged beside the file under a name that carries this process's number, synced, then
    // renamed over it: a write killed half-way leaves the old file, and its staged file is
    // removed by the next write to the same file (StagedFile).
    StagedFile staged(path);
    if (!staged.prepare(error))
        return false;
    QFile file(staged.stagedPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    QString why;
    if (!writer(file, &why)) {
        *error = cannotWrite(path, why.isEmpty() ? file.errorString() : why);
        return false;
    }
    // The last bytes leave the buffer here.
    if (!file.flush()) {
        *error = cannotWrite(path, file.errorString());
        return false;
    }
    file.close();
    return staged.commit(error);
}

bool SafeFile::write(const QString& path, const QByteArray& bytes, QString* error)
{
    return write(
        path, [&](QIODevice& out, QString* why) { return writeAll(out, bytes, why); }, error);
}

StagedFile::StagedFile(const QString& target, QStringList companions)
    : m_target(resolved(target))
    , m_shown(target)
    , m_companions(std::move(companions))
{}

StagedFile::~StagedFile()
{
    if (!m_committed)
        discard();
}

bool StagedFile::prepare(QString* error)
{
    discard();
    m_committed = false;
    const QFileInfo target(m_target);
    if (!SafeFile::canReplace(target, m_shown, error))
        return false;
    removeLeftovers(target);
    // A hidden name of its own in the same folder, so that the final rename stays on
    // one file system; QTemporaryFile makes it unique. The process's number in it tells a
    // later write whether the file was left by a process that is gone.
    QTemporaryFile reserved(target.absoluteDir().filePath(
        QStringLiteral(".%1.%2-XXXXXX.part").arg(target.fileName()).arg(QCoreApplication::applicationPid())));
    reserved.setAutoRemove(false);
    if (!reserved.open()) {
        *error = SafeFile::cannotWrite(m_shown, reserved.errorString());
        return false;
    }
    m_staged = reserved.fileName();
    return true;
}

bool StagedFile::commit(QString* error)
{
    QString why;
    if (m_staged.isEmpty() || !QFileInfo::exists(m_staged)) {
        *error = SafeFile::cannotWrite(m_shown, tr("the file written is missing."));
        return false;
    }
    if (!syncToDisk(m_staged, &why) || !givePermissions(m_staged, m_target, &why) ||
        !replace(m_staged, m_target, &why)) {
        *error = SafeFile::cannotWrite(m_shown, why);
        discard();
        return false;
    }
    m_committed = true;
    for (const QString& suffix : std::as_const(m_companions))
        QFile::remove(m_staged + suffix);
    return true;
}

void StagedFile::discard()
{
    if (m_staged.isEmpty())
        return;
    QFile::remove(m_staged);
    for (const QString& suffix : std::as_const(m_companions))
        QFile::remove(m_staged + suffix);
    m_staged.clear();
}

} // namespace palmares
