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
#include <QUrl>

#include <sqlite3.h>

#include <atomic>
#include <vector>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

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

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

// Whether the header of the file at `path` says it is in write-ahead-log mode (bytes 18
// and 19: 2), as files of earlier versions are.
bool walHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.at(18) == 2 && header.at(19) == 2;
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
    // data: SQLite will replay the log. With a rollback journal beside it, a writer killed
    // mid-transaction may have written the first page (with the new page count) before the
    // pages after it: SQLite will roll the file back. Either way the page count check
    // below would call a recoverable file damaged.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const QFileInfo journal(path + QStringLiteral("-journal"));
    const int fileVersion = int(bigEndian32(header, 60));
    if (!(wal.exists() && wal.size() > 0) && !(journal.exists() && journal.size() > 0)) {
        quint32 pageSize = (quint32(quint8(header.at(16))) << 8) | quint8(header.at(17));
        if (pageSize == 1)
            pageSize = 65536;
        const quint32 pages = bigEndian32(header, 28);
        const bool pagesValid = bigEndian32(header, 24) == bigEndian32(header, 92);
        if (pageSize < 512 || (pagesValid && qint64(pages) * pageSize > info.size()))
            return tr("%1 is damaged (truncated or corrupt) and cannot be opened.").arg(name);
    }
    if (fileVersion == 0)
        return tr("%1 carries the mark of a Palmarès campaign but holds none (no tables).").arg(name);
    if (fileVersion > schema::currentVersion)
        return tr("%1 was written by a newer version of Palmarès (file format %2; this version reads up to %3).")
            .arg(name)
            .arg(fileVersion)
            .arg(schema::currentVersion);
    if (version)
        *version = fileVersion;
    return {};
}

bool CampaignFile::openConnection(const QString& path, bool readOnly)
{
    m_connection = newConnectionName();
    db() = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (readOnly) {
        // mode=ro creates no journal; a file left in write-ahead-log mode by an earlier
        // version, with no log beside it, is opened as immutable so that SQLite does not
        // create its -wal and -shm files either.
        QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
                      QStringLiteral("?mode=ro");
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (walHeader(path) && !(wal.exists() && wal.size() > 0))
            uri += QStringLiteral("&immutable=1");
        db().setDatabaseName(uri);
        db().setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=2000"));
    } else {
        db().setDatabaseName(path);
        db().setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    }
    if (!db().open())
        return fail(tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), db().lastError().text()));
    QSqlQuery q(db());
    // For writing, commits are synced; the journal is chosen once the file is known good
    // (useRollbackJournal()).
    const std::vector<const char*> pragmas =
        readOnly ? std::vector<const char*>{"PRAGMA foreign_keys = ON",
                                            // Reads the schema: a damaged first page is found now.
                                            "SELECT count(*) FROM sqlite_master"}
                 : std::vector<const char*>{"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"};
    for (const char* pragma : pragmas) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            const QString why = q.lastError().text();
            close();
            const QFileInfo journal(path + QStringLiteral("-journal"));
            if (readOnly && journal.exists() && journal.size() > 0)
                return fail(tr("%1 was left half-written by a program that stopped (its journal %2 is beside it): "
                               "open it for writing once, in Palmarès, to finish the repair.")
                                .arg(QDir::toNativeSeparators(path), journal.fileName()));
            return fail(tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), why));
        }
    }
    m_path = path;
    m_readOnly = readOnly;
    return true;
}

bool CampaignFile::useRollbackJournal()
{
    // Each commit reaches the file itself, synced: copied alone, the file holds the
    // campaign. A file that an earlier version kept in WAL mode has its log folded in.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))) {
        const QString why = q.lastError().text();
        const QString path = m_path;
        close();
        return fail(tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), why));
    }
    // A journal still beside the file after SQLite read it is not hot (a killed writer had
    // not changed the file yet): a write transaction of nothing makes SQLite reuse and
    // delete it, so that no file of a dead process stays.
    if (QFileInfo::exists(m_path + QStringLiteral("-journal")) && q.exec(QStringLiteral("PRAGMA user_version")) &&
        q.next()) {
        const int version = q.value(0).toInt();
        q.finish();
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
            q.exec(QStringLiteral("COMMIT"));
        }
    }
    return true;
}

namespace {

// Copies the whole of `from` into `to` in one step (SQLite's online backup): SQLITE_DONE
// once complete, an error code otherwise.
int backupInto(sqlite3* to, sqlite3* from)
{
    sqlite3_backup* backup = to ? sqlite3_backup_init(to, "main", from, "main") : nullptr;
    const int rc = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
    if (backup)
        sqlite3_backup_finish(backup);
    return rc;
}

} // namespace

bool CampaignFile::copyInto(const QString& target, QString* why)
{
    sqlite3* to = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(target).constData(), &to, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        rc = backupInto(to, handle());
        // The copy stands alone: its content in the file itself, no log beside it.
        if (rc == SQLITE_DONE)
            rc = sqlite3_exec(to, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_OK && why)
        *why = to ? QString::fromUtf8(sqlite3_errmsg(to)) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(to);
    return rc == SQLITE_OK;
}

bool CampaignFile::copyIntoMemory()
{
    const QString memory = newConnectionName();
    QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), memory);
    copy.setDatabaseName(QStringLiteral(":memory:"));
    QString why;
    if (copy.open()) {
        sqlite3* to = handleOf(copy);
        if (backupInto(to, handle()) != SQLITE_DONE)
            why = to ? QString::fromUtf8(sqlite3_errmsg(to)) : copy.lastError().text();
    } else {
        why = copy.lastError().text();
    }
    const QString path = m_path;
    if (!why.isEmpty()) {
        copy = QSqlDatabase();
        QSqlDatabase::removeDatabase(memory);
        close();
        return fail(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), why));
    }
    close();
    m_connection = memory;
    db() = copy;
    m_path = path;
    m_readOnly = true;
    QSqlQuery(db()).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return true;
}

bool CampaignFile::failReadOnly()
{
    return fail(tr("%1 is open for reading only.").arg(QDir::toNativeSeparators(m_path)));
}

bool CampaignFile::create(const QString& path)
{
    close();
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0)
        return fail(tr("%1 already exists.").arg(QDir::toNativeSeparators(path)));
    if (!openConnection(path, false) || !useRollbackJournal())
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
    if (!openConnection(path, false))
        return false;
    {
        // The version as SQLite reads it, once it has rolled back what a killed writer left:
        // the header read above may have been that writer's, half-way through an upgrade.
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            const QString why = q.lastError().text();
            close();
            return fail(tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), why));
        }
        version = q.value(0).toInt();
    }
    if (version < schema::currentVersion && version > 0) {
        // The backup is the file as it was: its bytes, or, when an earlier version left a
        // write-ahead log beside it, what SQLite reads through that log.
        const QString backup = path + QStringLiteral(".v%1").arg(version);
        const bool withLog = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
        StagedFile staged(backup);
        QString why;
        // QFile::copy writes a new file only, hence the staged name freed first.
        const bool copied = staged.prepare(&why) &&
                            (withLog ? copyInto(staged.stagedPath(), &why)
                                     : QFile::remove(staged.stagedPath()) && QFile::copy(path, staged.stagedPath())) &&
                            staged.commit(&why);
        if (!copied) {
            close();
            return fail(tr("%1 needs an upgrade, but its backup copy %2 cannot be written.")
                            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup)));
        }
    }
    if (version < schema::currentVersion) {
        QString why;
        if (!schema::migrate(db(), version, &why)) {
            close();
            return fail(tr("%1 cannot be upgraded: %2").arg(QDir::toNativeSeparators(path), why));
        }
    }
    return useRollbackJournal();
}

bool CampaignFile::openForReading(const QString& path)
{
    close();
    int version = 0;
    const QString problem = checkFile(path, &version);
    if (!problem.isEmpty())
        return fail(problem);
    if (!openConnection(path, true))
        return false;
    if (version < schema::currentVersion) {
        // Upgraded in memory: reading an older file leaves it as it was.
        if (!copyIntoMemory())
            return false;
        QString why;
        if (!schema::migrate(db(), version, &why)) {
            close();
            return fail(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), why));
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
    m_readOnly = false;
}

bool CampaignFile::isOpen() const
{
    return db().isOpen();
}

sqlite3* CampaignFile::handle() const
{
    return handleOf(db());
}

QString CampaignFile::systemUser()
{
    // The account's name (a desktop may start the application without $USER).
#ifdef Q_OS_UNIX
    if (const passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

bool CampaignFile::appendAudit(const QString& action, const QString& entity, const QString& details,
                               const Concerned& concerned)
{
    if (m_readOnly)
        return failReadOnly();
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, details, candidate_id, candidate, "
                             "juror_id, juror) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(actor());
    q.addBindValue(action);
    q.addBindValue(entity);
    // A null QString would be bound as NULL; these columns hold text.
    const auto text = [](const QString& t) { return t.isNull() ? QStringLiteral("") : t; };
    q.addBindValue(text(details));
    q.addBindValue(concerned.candidateId ? QVariant(concerned.candidateId) : QVariant());
    q.addBindValue(text(concerned.candidate));
    q.addBindValue(concerned.jurorId ? QVariant(concerned.jurorId) : QVariant());
    q.addBindValue(text(concerned.juror));
    if (!q.exec())
        return fail(tr("The audit log cannot be written: %1").arg(q.lastError().text()));
    return true;
}

std::optional<std::vector<JournalEntry>> CampaignFile::journal()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, actor, action, entity, candidate_id, candidate, juror_id, juror, "
                               "details FROM audit_log ORDER BY id"))) {
        fail(tr("The journal of %1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
        return std::nullopt;
    }
    std::vector<JournalEntry> out;
    while (q.next()) {
        JournalEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.candidateId = q.value(5).toLongLong();
        e.candidate = q.value(6).toString();
        e.jurorId = q.value(7).toLongLong();
        e.juror = q.value(8).toString();
        e.details = q.value(9).toString();
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<std::vector<JournalEntry>> CampaignFile::readJournal(const QString& path, QString* error)
{
    CampaignFile file;
    std::optional<std::vector<JournalEntry>> entries;
    if (!file.openForReading(path) || !(entries = file.journal()))
        *error = file.errorString();
    return entries;
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
    // A new file has a rollback journal: once writeAll has committed, its data is in it.
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
