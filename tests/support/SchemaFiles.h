// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the schema's tests share (tst_schema, tst_schemaconstraints, tst_schemaupgrades): a
// temporary SQLite file on its own connection, the files of past versions kept in
// tests/data, and every row of a file read back to compare two files.
#include "core/storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <map>

namespace palmares::test {

// One SQLite file in its own temporary folder, on its own named connection.
class TempDatabase {
public:
    TempDatabase()
        : m_connection(QStringLiteral("tst_schema-%1").arg(++s_counter))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("schema.ami")));
        m_db.open();
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ~TempDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    TempDatabase(const TempDatabase&) = delete;
    TempDatabase& operator=(const TempDatabase&) = delete;

    bool isValid() const { return m_dir.isValid() && m_db.isOpen(); }
    QSqlDatabase& db() { return m_db; }

    QVariant value(const QString& sql)
    {
        QSqlQuery q(m_db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    // Empty on success, else SQLite's message.
    QString exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QStringList tables()
    {
        QStringList out;
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private:
    static inline int s_counter = 0;
    QTemporaryDir m_dir;
    QString m_connection;
    QSqlDatabase m_db;
};

inline const QStringList domainTables{QStringLiteral("campaign"),
                                      QStringLiteral("buildings"),
                                      QStringLiteral("pillars"),
                                      QStringLiteral("criteria"),
                                      QStringLiteral("rubric_levels"),
                                      QStringLiteral("juries"),
                                      QStringLiteral("jurors"),
                                      QStringLiteral("candidates"),
                                      QStringLiteral("conflicts"),
                                      QStringLiteral("attachments"),
                                      QStringLiteral("scores"),
                                      QStringLiteral("resources"),
                                      QStringLiteral("occupants"),
                                      QStringLiteral("flows"),
                                      QStringLiteral("decisions"),
                                      QStringLiteral("audit_log"),
                                      QStringLiteral("juror_packages"),
                                      QStringLiteral("deliberation_session"),
                                      QStringLiteral("deliberation_jurors"),
                                      QStringLiteral("issued_reports"),
                                      QStringLiteral("issued_report_digests")};
// The tables of version 7, which a file of an earlier version gets empty.
inline const QStringList version7Tables{QStringLiteral("deliberation_session"), QStringLiteral("deliberation_jurors")};
// The tables of version 8, likewise.
inline const QStringList version8Tables{QStringLiteral("issued_reports"), QStringLiteral("issued_report_digests")};

// Written by palmares-cli demo at schema version 2 (tests/data/README.md).
inline const QString version2Fixture = QStringLiteral(PALMARES_TEST_DATA "/campaign-v2.ami");
// Written by palmares-cli demo and export-packages at schema version 6 (tests/data/README.md).
inline const QString version6Fixture = QStringLiteral(PALMARES_TEST_DATA "/campaign-v6.ami");
// The same at schema version 7, with a deliberation session recorded (tests/data/README.md).
inline const QString version7Fixture = QStringLiteral(PALMARES_TEST_DATA "/campaign-v7.ami");

// Runs `statements` on the file at `path` through a connection of its own, closed before
// returning: empty on success, else SQLite's message.
inline QString runSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("tst_schema-sql");
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            why = db.lastError().text();
        } else {
            QSqlQuery q(db);
            for (const QString& sql : statements) {
                if (!q.exec(sql)) {
                    why = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return why;
}

// A copy of `fixture` at `path`, with `statements` run on it.
inline QString fixtureFile(const QString& fixture, const QString& path, const QStringList& statements = {})
{
    if (!QFile::copy(fixture, path) || !QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return QStringLiteral("%1 cannot be copied to %2").arg(fixture, path);
    return runSql(path, statements);
}
inline QString version2File(const QString& path, const QStringList& statements = {})
{
    return fixtureFile(version2Fixture, path, statements);
}

// Every row of every domain table of the file at `path`, read through a connection of its own.
std::map<QString, QStringList> contentsOf(const QString& path);

inline QVariant valueOf(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Every row of every domain table, each as the type and value of its columns, sorted:
// equal contents give equal lists.
std::map<QString, QStringList> contents(const QSqlDatabase& db)
{
    std::map<QString, QStringList> out;
    for (const QString& table : domainTables) {
        QStringList& rows = out[table];
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
            rows << QStringLiteral("(unreadable: %1)").arg(q.lastError().text());
            continue;
        }
        while (q.next()) {
            QStringList row;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                row << QStringLiteral("%1=%2:%3")
                           .arg(record.fieldName(i), QString::fromLatin1(q.value(i).typeName()), q.value(i).toString());
            rows << row.join(QLatin1Char('|'));
        }
        rows.sort();
    }
    return out;
}

std::map<QString, QStringList> contentsOf(const QString& path)
{
    const QString name = QStringLiteral("tst_schema-contents");
    std::map<QString, QStringList> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            out = contents(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace palmares::test
