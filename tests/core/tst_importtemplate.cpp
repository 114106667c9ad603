// SPDX-License-Identifier: GPL-3.0-or-later
// The import templates (core/io/ImportTemplate): an empty sheet, CSV or XLSX, whose headers
// the importer recognises, one column per criterion for wide scores; written whole or not
// at all.
#include "core/io/Import.h"
#include "core/io/SheetReader.h"
#include "tests/support/FailingDevice.h"
#include "tests/support/ImportSamples.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace palmares;
using namespace palmares::test;

class TstImportTemplate : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    // A template, CSV or XLSX, reads back with every column recognised.
    void templatesReadBackWithEveryField_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("kind");
        for (const char* suffix : {"csv", "xlsx"})
            for (ImportKind k : Import::kinds())
                QTest::addRow("%s %s", qPrintable(Import::kindKey(k)), suffix) << QString::fromLatin1(suffix) << int(k);
    }
    void templatesReadBackWithEveryField()
    {
        QFETCH(QString, suffix);
        QFETCH(int, kind);
        const Campaign c = baseCampaign();
        const auto k = ImportKind(kind);
        const QString path = m_dir.filePath(QStringLiteral("modèle-%1.%2").arg(Import::kindKey(k), suffix));
        QString error;
        QVERIFY2(Import::writeTemplate(path, k, c, false, &error), qPrintable(error));
        const auto t = SheetReader::read(path, QString(), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->size(), 0);
        const ImportMapping m = Import::guessMapping(k, c, t->headers);
        QCOMPARE(int(m.size()), int(t->headers.size()));
        QVERIFY(Import::missingFields(k, c, m).isEmpty());
        if (k == ImportKind::Candidates) {
            QCOMPARE(t->headers.first(), QStringLiteral("Raison sociale"));
            QVERIFY(t->headers.contains(QStringLiteral("Surface demandée (m²)")));
        }
    }
    void aWideScoreTemplateHasOneColumnPerCriterion()
    {
        const Campaign c = baseCampaign();
        const QString path = m_dir.filePath(QStringLiteral("notes.xlsx"));
        QString error;
        QVERIFY2(Import::writeTemplate(path, ImportKind::Scores, c, true, &error), qPrintable(error));
        const auto t = SheetReader::read(path, QString(), &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(int(t->headers.size()), 3 + int(c.criteria.size()));
        QVERIFY(Import::missingFields(ImportKind::Scores, c, Import::guessMapping(ImportKind::Scores, c, t->headers))
                    .isEmpty());
        QVERIFY(!Import::writeTemplate(m_dir.filePath(QStringLiteral("x.pdf")), ImportKind::Scores, c, true, &error));
        QVERIFY2(error.contains(QStringLiteral("x.pdf")), qPrintable(error));
    }

    // A template written on a full disk leaves the old file as it was, and nothing beside it.
    void aTemplateOnAFullDiskKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("room"); // bytes a file may hold
        QTest::newRow("CSV, no room") << QStringLiteral("csv") << 0;
        QTest::newRow("CSV, room for the first headers") << QStringLiteral("csv") << 40;
        QTest::newRow("XLSX, no room") << QStringLiteral("xlsx") << 0;
        QTest::newRow("XLSX, room for half of the sheet") << QStringLiteral("xlsx") << 3000;
    }
    void aTemplateOnAFullDiskKeepsTheOldFile()
    {
        QFETCH(QString, suffix);
        QFETCH(int, room);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("modèle.") + suffix);
        QVERIFY(test::writeBytes(path, QByteArrayLiteral("yesterday's template")));
        const Campaign c = baseCampaign();
        QString error;
        bool written = false;
        {
            const test::FileSizeLimit full{rlim_t(room)};
            written = Import::writeTemplate(path, ImportKind::Candidates, c, false, &error);
        }
        QVERIFY2(!written, "a template was written on a full disk");
        QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(" cannot be written")),
                 qPrintable(error));
        QCOMPARE(test::readBytes(path), QByteArrayLiteral("yesterday's template"));
        QCOMPARE(test::listing(dir.path()), QStringList{QStringLiteral("modèle.") + suffix});
        QVERIFY2(Import::writeTemplate(path, ImportKind::Candidates, c, false, &error), qPrintable(error));
        QCOMPARE(test::listing(dir.path()), QStringList{QStringLiteral("modèle.") + suffix});
    }
};

QTEST_GUILESS_MAIN(TstImportTemplate)
#include "tst_importtemplate.moc"
