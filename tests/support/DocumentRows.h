// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/CampaignDocument.h"
#include "core/model/UtcTime.h"
#include "tests/support/CampaignSamples.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

#include <memory>

// What the tests of an open campaign (tst_campaigndocument, tst_documentstatus,
// tst_documentfile) read of its file besides the document, and the document they start from.
namespace palmares::test {

// Every row of every table but the audit log, in a stable order: equal dumps, equal data.
inline QString dumpRows(const QString& path)
{
    QString out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return QStringLiteral("(cannot open)");
        QSqlQuery q(db);
        for (const QString& table : db.tables()) {
            if (table == QLatin1String("audit_log"))
                continue;
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(table));
            out += table + QLatin1Char('\n');
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return out;
}

inline int auditCount(const QString& path)
{
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT count(*) FROM audit_log"), db);
            n = q.next() ? q.value(0).toInt() : -1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
    return n;
}

// The details of the last entry of the audit log.
inline QString lastAudit(const QString& path)
{
    QString details;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(QStringLiteral("SELECT details FROM audit_log ORDER BY id DESC LIMIT 1"), db);
            details = q.next() ? q.value(0).toString() : QString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
    return details;
}

// The demo in draft as a new campaign at `path` (replaced), its clock fixed.
inline std::unique_ptr<CampaignDocument> draftDemo(const QString& path, QString* error)
{
    QFile::remove(path);
    std::unique_ptr<CampaignDocument> doc = CampaignDocument::create(path, demoIn(CampaignStatus::Draft), error);
    if (doc)
        doc->setClock([] { return utcDateTime(QDate(2026, 11, 22), QTime(10, 0)); });
    return doc;
}

} // namespace palmares::test
