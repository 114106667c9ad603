// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CampaignFile.h"

#include "core/storage/Connection.h"
#include "core/storage/Schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <atomic>
#include <cstdio>

namespace palmares {

namespace {

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(bytes.at(offset + i));
    return v;
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("palmares-campaign-%1").arg(++counter);
}

QString actorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace

CampaignFile::CampaignFile()
    : m_db(std::make_unique<Connection>())
{}

CampaignFile::~CampaignFile()
{
    close();
}

bool CampaignFile::fail(const QString& message)
{
    m_error = message;
    return false;
}

QString CampaignFile::checkFile(const QString& path, int* version)
{
    const QString name = QDir::toNativeSeparators(path);
    QFileInfo info(path);
    if (!info.exists())
        return tr("%1: no such file.").arg(name);
    if (!info.isFile())
        return tr("%1 is not a file.").arg(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(name, file.errorString());
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return tr("%1 is not a Palmarès campaign file.").arg(name);
    if (bigEndian32(header, 68) != schema::applicationId)
        return tr("%1 is an SQLite database, but not a Palmarès campaign.").arg(name);

    // With a write-ahead log still beside the file, the header may be older than the
    // data: SQLite will replay the log; the page count check below would be wrong.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const int fileVersion = int(bigEndian32(header, 60));
    if (!(wal.exists() && wal.size() > 0)) {
        quint32 pageSize = (quint32(quint8(header.at(16))) << 8) | quint8(header.at(17));
        if (pageSize == 1)
            pageSize = 65536;
        const quint32 pages = bigEndian32(header, 28);
        const bool pagesValid = bigEndian32(header, 24) == bigEndian32(header, 92);
        if (pageSize < 512 || (pagesValid && qint64(pages) * pageSize > info.size()))
            return tr("%1 is damaged (truncated or corrupt) and cannot be opened.").arg(name);
    }
    if (fileVersion > schema::currentVersion)
        return tr("%1 was written by a newer version of Palmarès (file format %2; this version reads up to %3).")
            .arg(name)
            .arg(fileVersion)
            .arg(schema::currentVersion);
    if (version)
        *version = fileVersion;
    return {};
}

bool CampaignFile::openConnection(const QString& path)
{
    m_connection = newConnectionName();
    db() = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db().setDatabaseName(path);
    db().setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db().open())
        return fail(tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), db().lastError().text()));
    QSqlQuery q(db());
    for (const char* pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            const QString why = q.lastError().text();
            close();
            return fail(tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), why));
        }
    }
    m_path = path;
    return true;
}

bool CampaignFile::create(const QString& path)
{
    close();
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0)
        return fail(tr("%1 already exists.").arg(QDir::toNativeSeparators(path)));
    if (!openConnection(path))
        return false;
    QString why;
    if (!schema::migrate(db(), 0, &why)) {
        close();
        return fail(tr("%1 cannot be created: %2").arg(QDir::toNativeSeparators(path), why));
    }
    return true;
}

bool CampaignFile::open(const QString& path)
{
    close();
    int version = 0;
    const QString problem = checkFile(path, &version);
    if (!problem.isEmpty())
        return fail(problem);
    if (version < schema::currentVersion && version > 0) {
        const QString backup = path + QStringLiteral(".v%1").arg(version);
        QFile::remove(backup);
        if (!QFile::copy(path, backup))
            return fail(tr("%1 needs an upgrade, but its backup copy %2 cannot be written.")
                            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup)));
    }
    if (!openConnection(path))
        return false;
    if (version < schema::currentVersion) {
        QString why;
        if (!schema::migrate(db(), version, &why)) {
            close();
            return fail(tr("%1 cannot be upgraded: %2").arg(QDir::toNativeSeparators(path), why));
        }
    }
    return true;
}

void CampaignFile::close()
{
    if (m_connection.isEmpty())
        return;
    db().close();
    db() = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_path.clear();
}

bool CampaignFile::isOpen() const
{
    return db().isOpen();
}

sqlite3* CampaignFile::handle() const
{
    const QVariant v = db().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

bool CampaignFile::appendAudit(const QString& action, const QString& entity, Id entityId, const QString& details)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, details) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(actorName());
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(entityId ? QVariant(entityId) : QVariant());
    q.addBindValue(details);
    if (!q.exec())
        return fail(tr("The audit log cannot be written: %1").arg(q.lastError().text()));
    return true;
}

bool CampaignFile::writeNew(const QString& path, const Campaign& campaign, QString* error)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists()) {
        *error = tr("%1: the folder does not exist.").arg(QDir::toNativeSeparators(target.absolutePath()));
        return false;
    }
    QString tempPath;
    {
        QTemporaryFile temp(target.absoluteDir().filePath(target.fileName() + QStringLiteral(".XXXXXX")));
        temp.setAutoRemove(false);
        if (!temp.open()) {
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), temp.errorString());
            return false;
        }
        tempPath = temp.fileName();
    }
    auto discard = [&] {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(tempPath + suffix);
    };
    {
        CampaignFile file;
        if (!file.create(tempPath) || !file.writeAll(campaign)) {
            *error = file.errorString().replace(tempPath, QDir::toNativeSeparators(path));
            file.close();
            discard();
            return false;
        }
    }
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path));
        discard();
        return false;
    }
    return true;
}

bool CampaignFile::saveCopy(const QString& path)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return fail(tr("%1: the folder does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return fail(tr("%1 is the open campaign itself.").arg(QDir::toNativeSeparators(path)));
    // VACUUM INTO writes a consistent, compact copy and needs a file that does not exist yet.
    const QString tempPath = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.tmp").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
    QFile::remove(tempPath);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(tempPath);
    if (!q.exec()) {
        QFile::remove(tempPath);
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), q.lastError().text()));
    }
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(tempPath);
        return fail(tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path)));
    }
    return true;
}

} // namespace palmares
