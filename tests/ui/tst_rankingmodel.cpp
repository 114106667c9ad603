// SPDX-License-Identifier: GPL-3.0-or-later
// The ranking table's model on the demo campaign: a well-behaved item model, and the same
// words as palmares-cli for every flag and outcome, in English and in French (both come
// from core/present/Words).
#include "ui/models/RankingModel.h"

#include "core/demo/DemoGenerator.h"
#include "core/edit/CampaignDocument.h"
#include "core/i18n/Translations.h"
#include "core/present/Words.h"

#include <QAbstractItemModelTester>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace palmares;

namespace {

QString runCli(const QStringList& args, const QString& locale, const QString& language)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LANGUAGE"), language);
    process.setProcessEnvironment(env);
    process.start(QString::fromUtf8(PALMARES_CLI), args);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The rows of the table that follows the line `title` in the CLI's text output, as
// cells (columns are two or more spaces apart; an empty last cell is dropped).
std::vector<QStringList> tableAfter(const QString& text, const QString& title)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    std::vector<QStringList> rows;
    int i = int(lines.indexOf(title));
    if (i < 0)
        return rows;
    for (i += 3; i < lines.size() && !lines[i].trimmed().isEmpty(); ++i)
        rows.push_back(lines[i].trimmed().split(QRegularExpression(QStringLiteral("\\s{2,}"))));
    return rows;
}

} // namespace

class TstRankingModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CampaignDocument> m_doc;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.ami"));
        QString error;
        m_doc = CampaignDocument::create(m_path, DemoGenerator::generate(), &error);
        QVERIFY2(m_doc, qPrintable(error));
    }

    void isAWellBehavedModel()
    {
        RankingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(m_doc.get());
        QCOMPARE(model.rowCount(), int(m_doc->campaign().candidates.size()));
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void saysWhatTheCliSays_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("notSelected");
        QTest::addColumn<QString>("waiting");
        QTest::newRow("in English") << QStringLiteral("en_US.UTF-8") << QStringLiteral("en")
                                    << QStringLiteral("Not selected (") << QStringLiteral("Waiting list (");
        QTest::newRow("in French") << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("fr")
                                   << QStringLiteral("Non retenus (") << QStringLiteral("Liste d'attente (");
    }

    void saysWhatTheCliSays()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QFETCH(QString, notSelected);
        QFETCH(QString, waiting);
        QCOMPARE(installTranslations(*QCoreApplication::instance(), QLocale(locale.left(5))), language);
        RankingModel model;
        model.setDocument(m_doc.get());
        const Campaign& c = m_doc->campaign();
        auto cell = [&](int candidate, int column) {
            return model.data(model.index(model.rowOfCandidate(candidate), column)).toString();
        };
        QHash<QString, int> byName;
        for (size_t k = 0; k < c.candidates.size(); ++k)
            byName.insert(c.candidates[k].name, int(k));

        // palmares-cli rank: the last column is the flags, as the ranking table shows them.
        // Its table follows the blank line under the campaign name and the tie-break chain.
        const QString rank = runCli({QStringLiteral("rank"), m_path}, locale, language);
        const std::vector<QStringList> ranked = tableAfter(rank, QString());
        QCOMPARE(int(ranked.size()), int(c.candidates.size()));
        int flagged = 0;
        for (const QStringList& row : ranked) {
            const int k = byName.value(row.value(1), -1);
            QVERIFY2(k >= 0, qPrintable(row.join(QLatin1Char('|'))));
            const int columns = 3 + int(c.juries.size()) + 1;
            const QString flags = row.size() > columns ? row.last() : QString();
            QCOMPARE(flags, cell(k, model.flagsColumn()));
            flagged += !flags.isEmpty();
        }
        QVERIFY2(flagged > 0, "the demo has flagged candidates");

        // palmares-cli select: the reason of each candidate left out, and the waiting list.
        const QString select = runCli({QStringLiteral("select"), m_path}, locale, language);
        const QStringList lines = select.split(QLatin1Char('\n'));
        auto titled = [&](const QString& start) {
            for (const QString& line : lines)
                if (line.startsWith(start))
                    return line;
            return QString();
        };
        const std::vector<QStringList> waitingRows = tableAfter(select, titled(waiting));
        QVERIFY2(!waitingRows.empty(), qPrintable(select));
        QSet<int> onTheList;
        for (const QStringList& row : waitingRows) {
            const int k = byName.value(row.value(2), -1);
            QVERIFY2(k >= 0, qPrintable(row.join(QLatin1Char('|'))));
            onTheList.insert(k);
            QCOMPARE(cell(k, model.outcomeColumn()), Words::outcome(c, m_doc->evaluation(), m_doc->evaluation().greedy,
                                                                    Standing{-1, row.value(0).toInt() - 1, -1}));
        }
        const std::vector<QStringList> skippedRows = tableAfter(select, titled(notSelected));
        QVERIFY2(!skippedRows.empty(), qPrintable(select));
        for (const QStringList& row : skippedRows) {
            const int k = byName.value(row.value(1), -1);
            QVERIFY2(k >= 0, qPrintable(row.join(QLatin1Char('|'))));
            if (!onTheList.contains(k))
                QCOMPARE(row.value(3), cell(k, model.outcomeColumn()));
        }
    }
};

QTEST_MAIN(TstRankingModel)
#include "tst_rankingmodel.moc"
