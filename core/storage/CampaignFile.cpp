// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/CampaignFile.h"

#include "core/files/SafeFile.h"
#include "core/storage/Connection.h"
#include "core/storage/Schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>

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
        StagedFile staged(backup);
        QString why;
        // QFile::copy writes a new file only, hence the staged name freed first.
        if (!staged.prepare(&why) || !QFile::remove(staged.stagedPath()) || !QFile::copy(path, staged.stagedPath()) ||
            !staged.commit(&why))
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
    StagedFile staged(path, {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")});
    if (!staged.prepare(error))
        return false;
    {
        CampaignFile file;
        if (!file.create(staged.stagedPath()) || !file.writeAll(campaign)) {
            const QString why = file.errorString();
            *error = why.contains(staged.stagedPath())
                         ? QString(why).replace(staged.stagedPath(), QDir::toNativeSeparators(path))
                         : QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why);
            return false;
        }
    }
    // Closing checkpoints the write-ahead log into the file; a log left beside it means
    // its data never reached the file (a full disk), which must not replace anything.
    if (QFileInfo::exists(staged.stagedPath() + QStringLiteral("-wal"))) {
        *error = SafeFile::cannotWrite(path, tr("its data could not all be written (is the disk full?)."));
        return false;
    }
    return staged.commit(error);
}

bool CampaignFile::saveCopy(const QString& path)
{
    const QString existing = QFileInfo(path).canonicalFilePath();
    if (!existing.isEmpty() && existing == QFileInfo(m_path).canonicalFilePath())
        return fail(tr("%1 is the open campaign itself.").arg(QDir::toNativeSeparators(path)));
    StagedFile staged(path);
    QString why;
    if (!staged.prepare(&why))
        return fail(why);
    // VACUUM INTO writes a consistent, compact copy and needs a file that does not exist.
    QFile::remove(staged.stagedPath());
    QSqlQuery q(db());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(staged.stagedPath());
    if (!q.exec())
        return fail(SafeFile::cannotWrite(path, q.lastError().text()));
    if (!staged.commit(&why))
        return fail(why);
    return true;
}

} // namespace palmares
