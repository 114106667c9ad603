// SPDX-License-Identifier: GPL-3.0-or-later
// The results as spreadsheets (core/io/ReportTables, core/io/Spreadsheets): the demo's
// ranking and scores written as XLSX and CSV, read back with the import's own readers and
// every number compared with the engine's; the public version without jurors' names or
// comments; French decimal commas; a full disk and a read-only folder leave nothing behind.
#include "core/engine/Evaluation.h"
#include "core/i18n/Translations.h"
#include "core/io/Fingerprint.h"
#include "core/io/SheetReader.h"
#include "core/io/Spreadsheets.h"
#include "tests/support/CampaignSamples.h"
#include "tests/support/FailingDevice.h"
#include "tests/support/TestFiles.h"
#include "tests/support/Unprivileged.h"

#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace palmares;
using namespace palmares::report;

namespace {

// A number as the readers give it back: a point in XLSX, the language's separator in CSV.
double numberIn(const QString& cell, bool french)
{
    QString text = cell;
    if (french)
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? v : std::nan("");
}

int column(const SheetTable& t, const QString& header)
{
    return int(t.headers.indexOf(header));
}

template<typename T> const T* byId(const std::vector<T>& rows, Id id)
{
    for (const T& row : rows) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

// The demo with a juror's comment on some of its scores.
Campaign withComments(Campaign c)
{
    for (size_t i = 0; i < c.scores.size(); i += 97)
        c.scores[i].comment = QStringLiteral("Projet solide, ancrage local n° %1").arg(i);
    return c;
}

} // namespace

class TstReportSheets : public QObject {
    Q_OBJECT

private:
    Campaign m_demo = withComments(test::demoIn(CampaignStatus::Deliberation));
    Evaluation m_e = evaluate(m_demo, false);

    // The ranking read back from `table`: rank order, and each candidate's final, juries' and
    // pillars' scores, as the engine has them (to the decimals written).
    void checkRanking(const SheetTable& table, bool french)
    {
        QCOMPARE(int(table.rows.size()), int(m_e.ranking.entries.size()));
        const Table expected = Tables::ranking(m_demo, m_e);
        QCOMPARE(table.headers, expected.headers);
        const int finalColumn = column(table, Tables::tr("Final"));
        const int cumulated = column(table, Tables::tr("Cumulative surface (m²)"));
        QVERIFY(finalColumn > 0 && cumulated > 0);
        int laureates = 0;
        for (size_t r = 0; r < table.rows.size(); ++r) {
            const RankEntry& entry = m_e.ranking.entries[r];
            const Candidate& k = m_demo.candidates[size_t(entry.candidate)];
            const CandidateScore& cs = m_e.scores.candidates[size_t(entry.candidate)];
            const QStringList& row = table.rows[r];
            QCOMPARE(numberIn(row.at(0), french), double(entry.rank));
            QCOMPARE(row.at(2), k.name);
            const double tolerance = french ? 0.0051 : 1e-9; // CSV: two decimals written
            QVERIFY2(std::abs(numberIn(row.at(finalColumn), french) - cs.final) <= tolerance,
                     qPrintable(k.name + QStringLiteral(": ") + row.at(finalColumn)));
            for (size_t j = 0; j < cs.juries.size(); ++j)
                QVERIFY(std::abs(numberIn(row.at(finalColumn + 1 + int(j)), french) - cs.juries[j].total) <= tolerance);
            for (size_t p = 0; p < cs.pillars.size(); ++p)
                QVERIFY(std::abs(numberIn(row.at(finalColumn + 1 + int(cs.juries.size() + p)), french) -
                                 cs.pillars[p]) <= (french ? 0.051 : 1e-9));
            laureates += row.value(cumulated).isEmpty() ? 0 : 1;
        }
        QCOMPARE(laureates, int(m_e.greedy.laureates.size()));
    }

private slots:
    void theWorkbookHoldsTheEnginesNumbers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("résultats.xlsx"));
        const Spreadsheets::Written w = Spreadsheets::writeResults(path, m_demo, m_e, Audience::Full);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        QCOMPARE(w.files, std::vector<QString>{path});
        QString error;
        const auto sheets = SheetReader::sheetNames(path, &error);
        QVERIFY2(sheets, qPrintable(error));
        QCOMPARE(*sheets, (QStringList{Tables::tr("Ranking"), Tables::tr("Scores"), Tables::tr("About")}));
        // The last sheet says what the tables came from: the fingerprint of the result.
        const auto about = SheetReader::read(path, Tables::tr("About"), &error);
        QVERIFY2(about, qPrintable(error));
        bool printed = false;
        for (const QStringList& row : about->rows)
            printed = printed || (row.value(0) == Tables::tr("Fingerprint of the result") &&
                                  row.value(1) == fingerprint::of(m_demo));
        QVERIFY2(printed, "no fingerprint in the workbook");
        const auto ranking = SheetReader::read(path, Tables::tr("Ranking"), &error);
        QVERIFY2(ranking, qPrintable(error));
        checkRanking(*ranking, false);

        const auto scores = SheetReader::read(path, Tables::tr("Scores"), &error);
        QVERIFY2(scores, qPrintable(error));
        QCOMPARE(int(scores->rows.size()), int(m_demo.scores.size()));
        // Every score is there once, with its value, juror and comment.
        const int juror = column(*scores, Tables::tr("Juror"));
        const int number = column(*scores, Tables::tr("Registration no."));
        const int criterion = column(*scores, Tables::tr("Criterion"));
        const int value = column(*scores, Tables::tr("Value"));
        const int comment = column(*scores, Tables::tr("Comment"));
        QVERIFY(juror >= 0 && number >= 0 && criterion >= 0 && value >= 0 && comment >= 0);
        QHash<QString, double> read;
        QHash<QString, QString> comments;
        for (const QStringList& row : scores->rows) {
            const QString key =
                row.at(juror) + QLatin1Char('|') + row.at(number) + QLatin1Char('|') + row.at(criterion);
            QVERIFY2(!read.contains(key), qPrintable(key));
            read.insert(key, numberIn(row.at(value), false));
            comments.insert(key, row.value(comment));
        }
        for (const Score& s : m_demo.scores) {
            const QString key = byId(m_demo.jurors, s.jurorId)->name + QLatin1Char('|') +
                                QString::number(byId(m_demo.candidates, s.candidateId)->registrationNo) +
                                QLatin1Char('|') + byId(m_demo.criteria, s.criterionId)->name;
            QVERIFY2(read.contains(key), qPrintable(key));
            QCOMPARE(read.value(key), s.value);
            QCOMPARE(comments.value(key), s.comment);
        }
    }

    void theCsvFilesAreFrenchSpreadsheets()
    {
        // As the app and the CLI are on a French system: French words, French numbers.
        const LanguageScope french(QStringLiteral("fr"));
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("résultats.csv"));
        const Spreadsheets::Written w = Spreadsheets::writeResults(path, m_demo, m_e, Audience::Full);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        const QString scoresPath = dir.filePath(QStringLiteral("résultats-notes.csv"));
        QCOMPARE(w.files, (std::vector<QString>{path, scoresPath}));
        const QByteArray bytes = test::readBytes(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QString error;
        const auto ranking = SheetReader::readCsv(bytes, QStringLiteral("résultats.csv"), &error);
        QVERIFY2(ranking, qPrintable(error));
        QCOMPARE(ranking->separator, QLatin1Char(';'));
        QCOMPARE(ranking->headers.at(0), QStringLiteral("Rang"));
        checkRanking(*ranking, true);
        // A surface of thousands of m² has no thousands separator; a score a decimal comma.
        const int surface = column(*ranking, Tables::tr("Surface (m²)"));
        bool thousands = false;
        for (const QStringList& row : ranking->rows) {
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d+$")).match(row.at(surface)).hasMatch(),
                     qPrintable(row.at(surface)));
            thousands = thousands || row.at(surface).size() > 3;
        }
        QVERIFY(thousands);
        // The reader takes the commas for decimal points; the bytes have them.
        QVERIFY(QString::fromUtf8(bytes).contains(QRegularExpression(QStringLiteral(";\\d+,\\d\\d;"))));
        const auto scores = SheetReader::read(scoresPath, QString(), &error);
        QVERIFY2(scores, qPrintable(error));
        QCOMPARE(int(scores->rows.size()), int(m_demo.scores.size()));
        QCOMPARE(scores->headers.at(0), QStringLiteral("Jury"));
    }

    void thePublicVersionNamesNoJurorAndHasNoComment()
    {
        QTemporaryDir dir;
        for (const QString& name : {QStringLiteral("public.xlsx"), QStringLiteral("public.csv")}) {
            const Spreadsheets::Written w =
                Spreadsheets::writeResults(dir.filePath(name), m_demo, m_e, Audience::Public);
            QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        }
        // The CSV bytes, and the workbook's cells as the reader gives them.
        QString all = QString::fromUtf8(test::readBytes(dir.filePath(QStringLiteral("public.csv"))) +
                                        test::readBytes(dir.filePath(QStringLiteral("public-scores.csv"))));
        QString error;
        for (const QString& sheet : {Tables::tr("Ranking"), Tables::tr("Scores")}) {
            const auto t = SheetReader::read(dir.filePath(QStringLiteral("public.xlsx")), sheet, &error);
            QVERIFY2(t, qPrintable(error));
            QVERIFY(!t->headers.contains(Tables::tr("Comment")));
            for (const QStringList& row : t->rows)
                all += row.join(QLatin1Char(';')) + QLatin1Char('\n');
        }
        for (const Juror& j : m_demo.jurors)
            QVERIFY2(!all.contains(j.name), qPrintable(j.name));
        int comments = 0;
        for (const Score& s : m_demo.scores) {
            if (s.comment.size() > 12) {
                ++comments;
                QVERIFY2(!all.contains(s.comment), qPrintable(s.comment));
            }
        }
        QVERIFY2(comments > 0, "the demo has no comment to leave out");
        for (const Candidate& k : m_demo.candidates) {
            if (!k.contactEmail.isEmpty())
                QVERIFY(!all.contains(k.contactEmail));
        }
        QVERIFY(all.contains(Tables::tr("Juror %1 (%2)").arg(1).arg(m_demo.juries.front().name)));
    }

    void aFullDiskKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("room");
        QTest::newRow("XLSX, no room") << QStringLiteral("r.xlsx") << 0;
        QTest::newRow("XLSX, half") << QStringLiteral("r.xlsx") << 300000;
        QTest::newRow("CSV, half of the scores") << QStringLiteral("r.csv") << 1000000;
    }
    void aFullDiskKeepsTheOldFile()
    {
        QFETCH(QString, name);
        QFETCH(int, room);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(test::writeBytes(path, QByteArrayLiteral("last week's results")));
        Spreadsheets::Written w;
        {
            const test::FileSizeLimit full{rlim_t(room)};
            w = Spreadsheets::writeResults(path, m_demo, m_e, Audience::Full);
        }
        QVERIFY2(!w.error.isEmpty(), "written on a full disk");
        QVERIFY2(w.error.contains(QStringLiteral(" cannot be written")), qPrintable(w.error));
        QCOMPARE(test::readBytes(path), QByteArrayLiteral("last week's results"));
        // A CSV ranking fits, its scores do not: neither is written, and nothing is left.
        QCOMPARE(test::listing(dir.path()), QStringList{name});
        w = Spreadsheets::writeResults(path, m_demo, m_e, Audience::Full);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        QCOMPARE(int(test::listing(dir.path()).size()), int(w.files.size()));
    }

    void cancellingWritesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("XLSX") << QStringLiteral("r.xlsx");
        QTest::newRow("CSV") << QStringLiteral("r.csv");
    }
    void cancellingWritesNothing()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QVERIFY(test::writeBytes(path, QByteArrayLiteral("last week's results")));
        qint64 told = 0, total = 0;
        const Spreadsheets::Written w =
            Spreadsheets::writeResults(path, m_demo, m_e, Audience::Full, [&](qint64 done, qint64 all) {
                told = done;
                total = all;
                return false;
            });
        QVERIFY(w.cancelled);
        QVERIFY(w.files.empty());
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
        const qint64 about = name.endsWith(QStringLiteral("xlsx"))
                                 ? qint64(Tables::about(m_demo, Audience::Full, QDateTime()).rowCount)
                                 : 0;
        QCOMPARE(total, qint64(m_e.ranking.entries.size() + m_demo.scores.size()) + about);
        QVERIFY(told > 0 && told < total);
        QCOMPARE(test::readBytes(path), QByteArrayLiteral("last week's results"));
        QCOMPARE(test::listing(dir.path()), QStringList{name});
        // Told to the end when it goes through.
        const Spreadsheets::Written again =
            Spreadsheets::writeResults(path, m_demo, m_e, Audience::Full, [&](qint64 done, qint64 all) {
                told = done;
                return done <= all;
            });
        QVERIFY2(again.error.isEmpty() && !again.cancelled, qPrintable(again.error));
        QCOMPARE(told, total);
    }

    void aReadOnlyFolderIsRefusedNamingTheFile()
    {
        PALMARES_RUN_UNPRIVILEGED();
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("lecture seule"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        for (const QString& name : {QStringLiteral("r.xlsx"), QStringLiteral("r.csv")}) {
            const QString path = QDir(folder).filePath(name);
            const Spreadsheets::Written w = Spreadsheets::writeResults(path, m_demo, m_e, Audience::Full);
            QVERIFY2(w.error.startsWith(QDir::toNativeSeparators(path)), qPrintable(w.error));
            QVERIFY(w.files.empty());
        }
        QVERIFY(test::listing(folder).isEmpty());
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
};

QTEST_GUILESS_MAIN(TstReportSheets)
#include "tst_reportsheets.moc"
