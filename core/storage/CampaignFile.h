// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"
#include "core/model/Change.h"
#include "core/model/Journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

// One campaign document (`*.ami`, an SQLite database): opening with every check done
// before anything is written, the schema and its migrations, loading into plain data
// and writing a whole campaign. Foreign keys on, WAL journal; every multi-row change in
// one transaction. The SQL connection stays inside storage: no Qt SQL type in this header.
namespace palmares {

class CampaignFile {
    Q_DECLARE_TR_FUNCTIONS(CampaignFile)
public:
    CampaignFile();
    ~CampaignFile();
    CampaignFile(const CampaignFile&) = delete;
    CampaignFile& operator=(const CampaignFile&) = delete;

    // A new, empty campaign at `path` (which must not exist yet).
    bool create(const QString& path);
    // An existing campaign, for writing. A file that is not a campaign, is newer than this
    // version, or is damaged is refused and left byte-for-byte unchanged. Older files are
    // upgraded, after keeping a copy `<name>.v<old version>`. Every commit then reaches the
    // file itself (a rollback journal, synced): the file alone holds the campaign.
    bool open(const QString& path);
    // An existing campaign, for reading only: nothing is written, in the file or beside it
    // (so a file in a read-only folder or on a read-only disk opens). An older file is
    // upgraded in memory, not on disk. Writes are refused.
    bool openForReading(const QString& path);
    bool isReadOnly() const { return m_readOnly; }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    // Reads the header of `path` without opening it for writing; empty when it can be opened.
    static QString checkFile(const QString& path, int* version = nullptr);

    std::optional<Campaign> load();
    // What a list of campaigns shows of `path`, without loading it.
    static std::optional<CampaignCard> card(const QString& path, QString* error);
    // Opens `path` for reading and loads it in one call; nullopt and the reason in `error`
    // otherwise.
    static std::optional<Campaign> read(const QString& path, QString* error);
    // Writes `campaign` (with its ids) into this file, which holds no campaign data yet:
    // all or nothing.
    bool writeAll(const Campaign& campaign);
    bool saveSettings(const CampaignSettings& settings);
    // Applies `change` (whose dependents are listed in it) and its audit entry `action`
    // with its `details` in words, naming the candidate and the juror it concerns, in one
    // transaction.
    bool apply(const Change& change, const QString& action, const QString& details, const Concerned& concerned = {});
    std::optional<QByteArray> attachmentData(Id id);
    // A consistent copy of the whole file at `path` (through a temporary file in its folder).
    bool saveCopy(const QString& path);
    // One entry of the journal (its audit log), by the actor().
    bool appendAudit(const QString& action, const QString& entity, const QString& details,
                     const Concerned& concerned = {});
    // The journal, oldest entry first; nullopt and errorString() when it cannot be read.
    std::optional<std::vector<JournalEntry>> journal();
    // Opens `path` for reading and reads its journal in one call.
    static std::optional<std::vector<JournalEntry>> readJournal(const QString& path, QString* error);
    // Who the journal names for the changes this file saves: the name set in the
    // preferences, or systemUser().
    void setActor(const QString& actor) { m_actor = actor; }
    QString actor() const { return m_actor.isEmpty() ? systemUser() : m_actor; }
    // The name of the user logged in on this computer, or "unknown".
    static QString systemUser();

    // Builds `campaign` at `path` through a temporary file in the same folder, renamed
    // over `path` only once complete: an existing file is replaced whole or not at all.
    static bool writeNew(const QString& path, const Campaign& campaign, QString* error);

    // The name of this file's Qt SQL connection, for tests that inspect the file as it is.
    QString connectionName() const { return m_connection; }

private:
    bool openConnection(const QString& path, bool readOnly);
    bool useRollbackJournal();
    // After a failed write: has SQLite roll back at once a journal it left hot.
    void rollBackNow();
    // Moves the open file's content into a database in memory, which this connection then is.
    bool copyIntoMemory();
    // Writes the open file's content, as SQLite reads it (with what a write-ahead log
    // beside it holds), into the empty file `target`.
    bool copyInto(const QString& target, QString* why);
    bool failReadOnly();
    bool fail(const QString& message);
    sqlite3* handle() const;
    // In key order, many rows per statement; `upsert` replaces a score already there.
    bool writeScores(const std::vector<Score>& scores, bool upsert = false);
    // Removes the scores with the keys of `scores`, in key order, through SQLite's own API.
    bool removeScores(const std::vector<Score>& scores);
    bool loadScores(std::vector<Score>& scores);
    // Runs `body` in one transaction: committed when it returns true, rolled back otherwise,
    // and then `failure` (with %1 for the reason body gave) is the error.
    bool inTransaction(const QString& failure, const std::function<bool(QString* why)>& body);

    struct Connection;
    Connection& db() const { return *m_db; }

    QString m_connection;
    std::unique_ptr<Connection> m_db;
    QString m_path;
    QString m_error;
    bool m_readOnly = false;
    QString m_actor;
};

} // namespace palmares
