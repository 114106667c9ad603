// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's outputs on a campaign small enough to compute by hand: CSV for a French
// spreadsheet, JSON a script can check, a table a person can read.
#include "core/io/ResultFormat.h"

#include "core/engine/Evaluation.h"
#include "tests/support/TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace palmares;

namespace {

using palmares::test::parseObject;

// Three candidates, two pillars of one criterion each, one juror per jury (quorum 1).
// Expert 0–10 step 0.5, citizen 1–5; both juries weigh 50.
//   A  expert 9, 8 → 85     citizen 5, 4 → 87.5   final 86.25   400 m²
//   B  expert 6, 7 → 65     citizen 3, 4 → 62.5   final 63.75   700 m²
//   C  expert 4, 5 → 45     citizen 2, 2 → 25     final 35      500 m²
// C's social pillar (50 and 25 → 37.5) is under the threshold of 40: ineligible. The site
// is 1,250 m² at 80 %: capacity 1,000 m². Greedy places A (400 m², 32 %), B does not fit
// the 600 m² left and heads the waiting list.
Campaign smallCampaign()
{
    Campaign c;
    c.settings.name = QStringLiteral("AMI de test");
    c.settings.fillTargetPct = 80;
    c.settings.juryGapThreshold = 15;
    c.buildings.push_back({1, QStringLiteral("Hangar 1"), 1250, QStringLiteral("atelier"), {}, {}});
    c.pillars.push_back({1, QStringLiteral("economic"), QStringLiteral("Économique"), 1, std::nullopt, 1});
    c.pillars.push_back({2, QStringLiteral("social"), QStringLiteral("Social"), 1, 40.0, 2});
    c.criteria.push_back({1, 1, QStringLiteral("e1"), QStringLiteral("Viabilité"), 1, {}, 1});
    c.criteria.push_back({2, 2, QStringLiteral("s1"), QStringLiteral("Insertion"), 1, {}, 2});
    c.juries.push_back({1, QStringLiteral("expert"), QStringLiteral("Jury expert"), 50, 0, 10, 0.5, 1, 1});
    c.juries.push_back({2, QStringLiteral("citizen"), QStringLiteral("Jury citoyen"), 50, 1, 5, 1, 1, 2});
    c.jurors.push_back({1, 1, QStringLiteral("Anne Expert"), {}, {}});
    c.jurors.push_back({2, 2, QStringLiteral("Paul Citoyen"), {}, {}});
    const struct {
        const char* name;
        const char* siret;
        double surface;
        double e1, s1, c1, c2;
    } rows[] = {{"Brasserie des Pistes", "73282932000074", 400, 9, 8, 5, 4},
                {"Atelier Vélo; Réemploi", "44306184100047", 700, 6, 7, 3, 4},
                {"Ferme Urbaine", "55208131766522", 500, 4, 5, 2, 2}};
    Id id = 0;
    for (const auto& r : rows) {
        Candidate k;
        k.id = ++id;
        k.registrationNo = int(id);
        k.name = QString::fromUtf8(r.name);
        k.siret = QString::fromLatin1(r.siret);
        k.requestedSurface = r.surface;
        k.wantedUse = QStringLiteral("atelier");
        k.status = CandidateStatus::Eligible;
        c.candidates.push_back(k);
        c.scores.push_back({1, k.id, 1, r.e1, {}, {}, QStringLiteral("entered")});
        c.scores.push_back({1, k.id, 2, r.s1, {}, {}, QStringLiteral("entered")});
        c.scores.push_back({2, k.id, 1, r.c1, {}, {}, QStringLiteral("entered")});
        c.scores.push_back({2, k.id, 2, r.c2, {}, {}, QStringLiteral("entered")});
    }
    return c;
}

bool near(double a, double b)
{
    return std::fabs(a - b) < 1e-6;
}

} // namespace

class TstResultFormat : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void parseFormatKnowsTableCsvAndJson_data();
    void parseFormatKnowsTableCsvAndJson();
    void csvNumbersUseADecimalComma();
    void csvRankingStartsWithItsHeaderAndUsesDecimalCommas();
    void csvQuotesANameHoldingTheSeparator();
    void jsonRankingCarriesFinalJuriesPillarsAndFlags();
    void jsonSelectionCarriesLaureatesSkippedWaitingListAndFill();
    void jsonBestValueSelectionComparesWithGreedy();
    void csvSelectionStartsWithItsHeader();
    void tableOutputsNameTheCandidates();
    void jsonSummaryCountsTheCampaign();

private:
    Campaign m_campaign;
    Evaluation m_eval;
};

void TstResultFormat::initTestCase()
{
    m_campaign = smallCampaign();
    m_eval = evaluate(m_campaign);
    QCOMPARE(m_eval.ranking.entries.size(), size_t(3));
}

void TstResultFormat::parseFormatKnowsTableCsvAndJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("format");
    QTest::newRow("table") << QStringLiteral("table") << true << int(OutputFormat::Table);
    QTest::newRow("csv") << QStringLiteral("csv") << true << int(OutputFormat::Csv);
    QTest::newRow("json") << QStringLiteral("json") << true << int(OutputFormat::Json);
    QTest::newRow("upper case is not a format") << QStringLiteral("JSON") << false << 0;
    QTest::newRow("xlsx is not a text format") << QStringLiteral("xlsx") << false << 0;
    QTest::newRow("empty text") << QString() << false << 0;
}

void TstResultFormat::parseFormatKnowsTableCsvAndJson()
{
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(int, format);
    OutputFormat parsed = OutputFormat::Table;
    QCOMPARE(ResultFormat::parseFormat(text, &parsed), known);
    if (known)
        QCOMPARE(int(parsed), format);
}

void TstResultFormat::csvNumbersUseADecimalComma()
{
    QCOMPARE(ResultFormat::csvNumber(86.25), QStringLiteral("86,25"));
    QCOMPARE(ResultFormat::csvNumber(55000), QStringLiteral("55000,00"));
    QCOMPARE(ResultFormat::csvNumber(1234567.891, 1), QStringLiteral("1234567,9"));
    QCOMPARE(ResultFormat::csvNumber(-0.5, 2), QStringLiteral("-0,50"));
}

void TstResultFormat::csvRankingStartsWithItsHeaderAndUsesDecimalCommas()
{
    const QString csv = ResultFormat::ranking(m_campaign, m_eval, OutputFormat::Csv);
    QVERIFY2(csv.startsWith(QStringLiteral("rank;candidate;")), qPrintable(csv.left(80)));
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const QStringList header = lines[0].split(QLatin1Char(';'));
    QVERIFY2(header.contains(QStringLiteral("final")), qPrintable(lines[0]));
    QVERIFY2(header.contains(QStringLiteral("jury_expert")) && header.contains(QStringLiteral("jury_citizen")),
             qPrintable(lines[0]));
    QVERIFY2(header.contains(QStringLiteral("pillar_social")), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("1;Brasserie des Pistes;1;73282932000074;86,25;85,00;87,50;")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].contains(QStringLiteral(";63,75;65,00;62,50;")), qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("3;Ferme Urbaine;3;55208131766522;35,00;45,00;25,00;")),
             qPrintable(lines[3]));
    QVERIFY2(lines[3].contains(QStringLiteral("below_threshold:social")), qPrintable(lines[3]));
    QVERIFY2(!csv.contains(QStringLiteral("86.25")), "a decimal point in the CSV");
    // Every row has as many fields as the header (the quoted name holds a ';').
    for (int i = 1; i < lines.size(); ++i) {
        const QString unquoted =
            QString(lines[i]).replace(QStringLiteral("\"Atelier Vélo; Réemploi\""), QStringLiteral("Atelier"));
        QCOMPARE(unquoted.count(QLatin1Char(';')), header.size() - 1);
    }
}

void TstResultFormat::csvQuotesANameHoldingTheSeparator()
{
    const QString csv = ResultFormat::ranking(m_campaign, m_eval, OutputFormat::Csv);
    QVERIFY2(csv.contains(QStringLiteral("\n2;\"Atelier Vélo; Réemploi\";2;")), qPrintable(csv));
}

void TstResultFormat::jsonRankingCarriesFinalJuriesPillarsAndFlags()
{
    QString error;
    const QJsonObject root = parseObject(ResultFormat::ranking(m_campaign, m_eval, OutputFormat::Json), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonArray candidates = root.value(QStringLiteral("candidates")).toArray();
    QCOMPARE(candidates.size(), 3);
    const QStringList names{QStringLiteral("Brasserie des Pistes"), QStringLiteral("Atelier Vélo; Réemploi"),
                            QStringLiteral("Ferme Urbaine")};
    const double finals[] = {86.25, 63.75, 35};
    const double expert[] = {85, 65, 45};
    const double citizen[] = {87.5, 62.5, 25};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject k = candidates.at(i).toObject();
        QCOMPARE(k.value(QStringLiteral("name")).toString(), names[i]);
        QCOMPARE(k.value(QStringLiteral("rank")).toInt(), i + 1);
        QVERIFY2(near(k.value(QStringLiteral("final")).toDouble(), finals[i]), qPrintable(names[i]));
        const QJsonObject juries = k.value(QStringLiteral("juries")).toObject();
        QVERIFY2(near(juries.value(QStringLiteral("expert")).toObject().value(QStringLiteral("total")).toDouble(),
                      expert[i]),
                 qPrintable(names[i]));
        QVERIFY2(near(juries.value(QStringLiteral("citizen")).toObject().value(QStringLiteral("total")).toDouble(),
                      citizen[i]),
                 qPrintable(names[i]));
        const QJsonObject pillars = k.value(QStringLiteral("pillars")).toObject();
        QVERIFY2(pillars.contains(QStringLiteral("economic")) && pillars.contains(QStringLiteral("social")),
                 qPrintable(names[i]));
        const QJsonObject flags = k.value(QStringLiteral("flags")).toObject();
        QVERIFY2(flags.contains(QStringLiteral("incomplete")) && flags.contains(QStringLiteral("eligible")) &&
                     flags.contains(QStringLiteral("disagreement")),
                 qPrintable(names[i]));
        QVERIFY2(!flags.value(QStringLiteral("incomplete")).toBool(), qPrintable(names[i]));
    }
    const QJsonObject ferme = candidates.at(2).toObject();
    QVERIFY(near(ferme.value(QStringLiteral("pillars")).toObject().value(QStringLiteral("social")).toDouble(), 37.5));
    const QJsonObject flags = ferme.value(QStringLiteral("flags")).toObject();
    QVERIFY2(!flags.value(QStringLiteral("eligible")).toBool(), "under the social threshold, yet eligible");
    QCOMPARE(flags.value(QStringLiteral("ineligible_reason")).toString(), QStringLiteral("below_threshold:social"));
    QVERIFY2(flags.value(QStringLiteral("disagreement")).toBool(), "45 vs 25 is a gap of 20, above 15");
    QCOMPARE(candidates.at(0).toObject().value(QStringLiteral("flags")).toObject().value(QStringLiteral("eligible")),
             QJsonValue(true));
    QVERIFY(root.value(QStringLiteral("tie_chain")).isArray());
}

void TstResultFormat::jsonSelectionCarriesLaureatesSkippedWaitingListAndFill()
{
    QString error;
    const QJsonObject root =
        parseObject(ResultFormat::selection(m_campaign, m_eval, m_eval.greedy, OutputFormat::Json), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const char* key : {"laureates", "skipped", "waiting_list", "capacity_m2", "fill_pct"})
        QVERIFY2(root.contains(QLatin1String(key)), key);
    QVERIFY(near(root.value(QStringLiteral("capacity_m2")).toDouble(), 1000));
    QVERIFY(near(root.value(QStringLiteral("fill_pct")).toDouble(), 32));
    QCOMPARE(root.value(QStringLiteral("rule")).toString(), QStringLiteral("greedy"));

    const QJsonArray laureates = root.value(QStringLiteral("laureates")).toArray();
    QCOMPARE(laureates.size(), 1);
    const QJsonObject a = laureates.at(0).toObject();
    QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("Brasserie des Pistes"));
    QVERIFY(near(a.value(QStringLiteral("final")).toDouble(), 86.25));
    QVERIFY(near(a.value(QStringLiteral("cumulative_m2")).toDouble(), 400));
    QVERIFY(near(a.value(QStringLiteral("fill_pct")).toDouble(), 32));
    QVERIFY(a.value(QStringLiteral("juries")).isObject() && a.value(QStringLiteral("pillars")).isObject() &&
            a.value(QStringLiteral("flags")).isObject());

    const QJsonArray skipped = root.value(QStringLiteral("skipped")).toArray();
    QCOMPARE(skipped.size(), 2);
    QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Atelier Vélo; Réemploi"));
    QCOMPARE(skipped.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("does_not_fit"));
    QVERIFY(near(skipped.at(0).toObject().value(QStringLiteral("remaining_m2")).toDouble(), 600));
    QCOMPARE(skipped.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Ferme Urbaine"));
    QCOMPARE(skipped.at(1).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("ineligible"));

    const QJsonArray waiting = root.value(QStringLiteral("waiting_list")).toArray();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Atelier Vélo; Réemploi"));
    QCOMPARE(waiting.at(0).toObject().value(QStringLiteral("position")).toInt(), 1);
}

void TstResultFormat::jsonBestValueSelectionComparesWithGreedy()
{
    QVERIFY(m_eval.bestValue.has_value());
    QString error;
    const QJsonObject root =
        parseObject(ResultFormat::selection(m_campaign, m_eval, *m_eval.bestValue, OutputFormat::Json), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(root.value(QStringLiteral("rule")).toString(), QStringLiteral("best_value"));
    QVERIFY2(root.value(QStringLiteral("solved")).toBool(), "three candidates: the knapsack is solved");
    QVERIFY(root.value(QStringLiteral("comparison")).isObject());
    // Only A fits with B out of reach and C ineligible: the same laureate as greedy.
    QCOMPARE(root.value(QStringLiteral("laureates")).toArray().size(), 1);
    QVERIFY(root.value(QStringLiteral("comparison")).toObject().value(QStringLiteral("only_in_greedy")).isArray());
}

void TstResultFormat::csvSelectionStartsWithItsHeader()
{
    const QString csv = ResultFormat::selection(m_campaign, m_eval, m_eval.greedy, OutputFormat::Csv);
    QVERIFY2(csv.startsWith(QStringLiteral("rank;candidate;")), qPrintable(csv.left(80)));
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[1].startsWith(QStringLiteral("1;Brasserie des Pistes;laureate;1;86,25;400,00;400,00;32,00;")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].contains(QStringLiteral("waiting_list")), qPrintable(lines[2]));
    QVERIFY2(lines[3].contains(QStringLiteral("skipped")) && lines[3].contains(QStringLiteral("below_threshold")),
             qPrintable(lines[3]));
}

void TstResultFormat::tableOutputsNameTheCandidates()
{
    const QString ranking = ResultFormat::ranking(m_campaign, m_eval, OutputFormat::Table);
    const QString selection = ResultFormat::selection(m_campaign, m_eval, m_eval.greedy, OutputFormat::Table);
    for (const Candidate& k : m_campaign.candidates) {
        QVERIFY2(ranking.contains(k.name), qPrintable(k.name + QStringLiteral(" missing from:\n") + ranking));
        QVERIFY2(selection.contains(k.name), qPrintable(k.name + QStringLiteral(" missing from:\n") + selection));
    }
    QVERIFY2(ranking.contains(m_campaign.settings.name), qPrintable(ranking));
    QVERIFY2(ranking.contains(QStringLiteral("Jury expert")) && ranking.contains(QStringLiteral("Jury citoyen")),
             qPrintable(ranking));
}

void TstResultFormat::jsonSummaryCountsTheCampaign()
{
    QString error;
    const QJsonObject root =
        parseObject(ResultFormat::summary(m_campaign, summarize(m_campaign, m_eval), OutputFormat::Json), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(root.value(QStringLiteral("candidates")).toInt(), 3);
    QCOMPARE(root.value(QStringLiteral("buildings")).toInt(), 1);
    QVERIFY(near(root.value(QStringLiteral("capacity_m2")).toDouble(), 1000));
    QCOMPARE(root.value(QStringLiteral("scores")).toInt(), 12);
    QCOMPARE(root.value(QStringLiteral("selectable_candidates")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TstResultFormat)
#include "tst_resultformat.moc"
