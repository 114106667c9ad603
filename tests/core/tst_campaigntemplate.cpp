// SPDX-License-Identifier: GPL-3.0-or-later
// Campaign templates let a network of sites reuse one AMI set-up: everything the set-up
// holds survives toJson → fromJson, nothing personal leaks into it, and a bad template
// is refused with the path of the faulty field.
#include "core/io/CampaignTemplate.h"

#include "core/demo/DemoGenerator.h"
#include "core/model/Codes.h"
#include "tests/support/FailingDevice.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace palmares;

namespace {

// The demo campaign with every set-up field away from its default.
Campaign setUpCampaign()
{
    Campaign c = DemoGenerator::generate();
    CampaignSettings& s = c.settings;
    s.rentableSurfaceOverride = 52000;
    s.fillTargetPct = 75;
    s.countLand = true;
    s.aggregation = Aggregation::Median;
    s.debias = true;
    s.selectionRule = SelectionRule::BestValue;
    s.juryStdDevThreshold = 15.5;
    s.juryGapThreshold = 25;
    s.waitingListSize = 6;
    codes::parseTieChain(QStringLiteral("final jury:citizen jury:expert registration"), &s.tieChain);
    c.buildings[0].notes = QStringLiteral("Charpente métallique ; accès poids lourds");
    c.pillars[0].weight = 30;
    c.pillars[3].weight = 10;
    c.pillars[1].eliminatoryThreshold = 0.0;
    c.criteria[0].weight = 2.5;
    c.criteria[4].weight = 0;
    c.criteria[2].rubric.push_back({QStringLiteral("Exceptionnel"), QStringLiteral("Au-delà de « l'attendu »")});
    c.criteria[5].rubric.clear();
    c.juries[0].weight = 60;
    c.juries[1].weight = 40;
    c.juries[1].quorum = 7;
    c.juries[1].scaleMin = 0;
    c.juries[1].scaleMax = 4;
    return c;
}

QString criteriaOf(const Campaign& c, const Pillar& p)
{
    QStringList out;
    for (const Criterion& k : c.criteria) {
        if (k.pillarId != p.id)
            continue;
        QStringList rubric;
        for (const RubricLevel& l : k.rubric)
            rubric << l.label + QLatin1Char('=') + l.description;
        out << QStringLiteral("%1|%2|%3|%4").arg(k.code, k.name).arg(k.weight).arg(rubric.join(QLatin1Char('/')));
    }
    return out.join(QLatin1Char('\n'));
}

// Replaces (or with `remove`, deletes) the value at a path such as "pillars/1/criteria/0/code".
QJsonValue edited(const QJsonValue& node, QStringList path, const QJsonValue& value, bool remove)
{
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = node.toArray();
        if (path.isEmpty() && remove)
            a.removeAt(index);
        else
            a[index] = path.isEmpty() ? value : edited(a.at(index), path, value, remove);
        return a;
    }
    QJsonObject o = node.toObject();
    if (path.isEmpty() && remove)
        o.remove(head);
    else
        o[head] = path.isEmpty() ? value : edited(o.value(head), path, value, remove);
    return o;
}

} // namespace

class TstCampaignTemplate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTripKeepsTheSite();
    void roundTripKeepsPillarsCriteriaWeightsRubricAndThresholds();
    void roundTripKeepsJuriesWithWeightScaleAndQuorum();
    void roundTripKeepsResources();
    void roundTripKeepsTheRules();
    void templateCarriesNoCandidateJurorOrScore();
    void aMinimalTemplateGetsTheDocumentedDefaults();
    void aPillarWithoutThresholdHasNoThreshold();
    void badTemplateIsRefusedNamingTheField_data();
    void badTemplateIsRefusedNamingTheField();
    void aTemplateFileReadsBackWhatWasWritten();
    void aTemplateFileOnAFullDiskKeepsTheOldOne();

private:
    Campaign m_source;
    QByteArray m_json;
    Campaign m_read;
};

void TstCampaignTemplate::initTestCase()
{
    m_source = setUpCampaign();
    QCOMPARE(codes::tieChain(m_source.settings.tieChain),
             QStringLiteral("final jury:citizen jury:expert registration"));
    m_json = CampaignTemplate::toJson(m_source);
    QString error;
    const std::optional<Campaign> read = CampaignTemplate::fromJson(m_json, &error);
    QVERIFY2(read.has_value(), qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_read = *read;
}

void TstCampaignTemplate::roundTripKeepsTheSite()
{
    const CampaignSettings& e = m_source.settings;
    const CampaignSettings& a = m_read.settings;
    QCOMPARE(a.name, e.name);
    QCOMPARE(a.territory, e.territory);
    QCOMPARE(a.rentableSurfaceOverride, 52000.0);
    QCOMPARE(a.fillTargetPct, 75.0);
    QVERIFY2(a.countLand, "count_land was lost");
    QCOMPARE(m_read.buildings.size(), m_source.buildings.size());
    for (size_t i = 0; i < m_source.buildings.size(); ++i) {
        const Building& x = m_source.buildings[i];
        const Building& y = m_read.buildings[i];
        const QByteArray where = QStringLiteral("building %1 (%2)").arg(i).arg(x.name).toUtf8();
        QVERIFY2(y.name == x.name, where.constData());
        QVERIFY2(y.surface == x.surface, where.constData());
        QVERIFY2(y.useType == x.useType, where.constData());
        QVERIFY2(y.acceptedUses == x.acceptedUses, where.constData());
        QVERIFY2(y.notes == x.notes, where.constData());
    }
}

void TstCampaignTemplate::roundTripKeepsPillarsCriteriaWeightsRubricAndThresholds()
{
    QCOMPARE(m_read.pillars.size(), m_source.pillars.size());
    QCOMPARE(m_read.criteria.size(), m_source.criteria.size());
    for (size_t i = 0; i < m_source.pillars.size(); ++i) {
        const Pillar& x = m_source.pillars[i];
        const Pillar& y = m_read.pillars[i];
        QCOMPARE(y.code, x.code);
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.weight, x.weight);
        QVERIFY2(
            y.eliminatoryThreshold == x.eliminatoryThreshold,
            qPrintable(
                QStringLiteral("pillar %1: threshold %2 became %3")
                    .arg(x.code)
                    .arg(x.eliminatoryThreshold ? QString::number(*x.eliminatoryThreshold) : QStringLiteral("none"))
                    .arg(y.eliminatoryThreshold ? QString::number(*y.eliminatoryThreshold) : QStringLiteral("none"))));
        QCOMPARE(criteriaOf(m_read, y), criteriaOf(m_source, x));
    }
    // The demo's environmental threshold, the explicit 0 and the pillars without one.
    QCOMPARE(m_read.pillars[2].eliminatoryThreshold, std::optional<double>(30));
    QCOMPARE(m_read.pillars[1].eliminatoryThreshold, std::optional<double>(0));
    QVERIFY(!m_read.pillars[0].eliminatoryThreshold.has_value());
}

void TstCampaignTemplate::roundTripKeepsJuriesWithWeightScaleAndQuorum()
{
    QCOMPARE(m_read.juries.size(), m_source.juries.size());
    for (size_t i = 0; i < m_source.juries.size(); ++i) {
        const Jury& x = m_source.juries[i];
        const Jury& y = m_read.juries[i];
        QCOMPARE(y.code, x.code);
        QCOMPARE(y.name, x.name);
        QCOMPARE(y.weight, x.weight);
        QCOMPARE(y.scaleMin, x.scaleMin);
        QCOMPARE(y.scaleMax, x.scaleMax);
        QCOMPARE(y.scaleStep, x.scaleStep);
        QCOMPARE(y.quorum, x.quorum);
    }
    QCOMPARE(m_read.juries[0].scaleStep, 0.5);
    QCOMPARE(m_read.juries[1].quorum, 7);
}

void TstCampaignTemplate::roundTripKeepsResources()
{
    QCOMPARE(m_read.resources.size(), m_source.resources.size());
    for (size_t i = 0; i < m_source.resources.size(); ++i) {
        QCOMPARE(m_read.resources[i].code, m_source.resources[i].code);
        QCOMPARE(m_read.resources[i].name, m_source.resources[i].name);
        QCOMPARE(m_read.resources[i].category, m_source.resources[i].category);
    }
}

void TstCampaignTemplate::roundTripKeepsTheRules()
{
    const CampaignSettings& a = m_read.settings;
    QCOMPARE(a.aggregation, Aggregation::Median);
    QVERIFY2(a.debias, "debias was lost");
    QCOMPARE(codes::tieChain(a.tieChain), QStringLiteral("final jury:citizen jury:expert registration"));
    QCOMPARE(a.selectionRule, SelectionRule::BestValue);
    QCOMPARE(a.juryStdDevThreshold, 15.5);
    QCOMPARE(a.juryGapThreshold, 25.0);
    QCOMPARE(a.waitingListSize, 6);
}

void TstCampaignTemplate::templateCarriesNoCandidateJurorOrScore()
{
    QVERIFY(m_read.candidates.empty());
    QVERIFY(m_read.jurors.empty());
    QVERIFY(m_read.scores.empty());
    QVERIFY(m_read.conflicts.empty());
    QVERIFY(m_read.occupants.empty());
    QVERIFY(m_read.flows.empty());
    QVERIFY(m_read.decisions.empty());

    const QJsonObject root = QJsonDocument::fromJson(m_json).object();
    for (const char* key : {"candidates", "jurors", "scores", "conflicts", "decisions", "occupants", "flows"})
        QVERIFY2(!root.contains(QLatin1String(key)), key);
    // No personal data from the source campaign, anywhere in the text.
    const QString text = QString::fromUtf8(m_json);
    for (const Candidate& k : m_source.candidates) {
        QVERIFY2(!text.contains(k.name), qPrintable(k.name));
        QVERIFY2(k.siret.isEmpty() || !text.contains(k.siret), qPrintable(k.siret));
    }
    for (const Juror& j : m_source.jurors)
        QVERIFY2(!text.contains(j.name), qPrintable(j.name));
}

void TstCampaignTemplate::aMinimalTemplateGetsTheDocumentedDefaults()
{
    const QByteArray json = R"({
        "format": "palmares-campaign-template", "version": 1,
        "site": {},
        "pillars": [{"code": "economic", "name": "Economic", "eliminatory_threshold": null,
                     "criteria": [{"code": "e1", "name": "Viability"}]}],
        "juries": [{"code": "expert", "name": "Experts", "scale": {"min": 0, "max": 10}}]
    })";
    QString error;
    const std::optional<Campaign> c = CampaignTemplate::fromJson(json, &error);
    QVERIFY2(c.has_value(), qPrintable(error));
    QCOMPARE(c->settings.fillTargetPct, 80.0);
    QVERIFY2(!c->settings.countLand, "land counts by default");
    QCOMPARE(c->settings.rentableSurfaceOverride, 0.0);
    QCOMPARE(c->settings.aggregation, Aggregation::Mean);
    QCOMPARE(c->settings.selectionRule, SelectionRule::Greedy);
    QCOMPARE(c->settings.waitingListSize, 10);
    QVERIFY(c->settings.tieChain.empty());
    QVERIFY(c->buildings.empty());
    QCOMPARE(c->pillars.size(), size_t(1));
    QCOMPARE(c->criteria.size(), size_t(1));
    QCOMPARE(c->criteria[0].pillarId, c->pillars[0].id);
    QCOMPARE(c->criteria[0].weight, 1.0);
    QVERIFY(!c->pillars[0].eliminatoryThreshold.has_value());
}

void TstCampaignTemplate::aPillarWithoutThresholdHasNoThreshold()
{
    // A template written by hand leaves the key out rather than writing null.
    const QByteArray json = R"({
        "format": "palmares-campaign-template", "version": 1,
        "site": {"buildings": []},
        "pillars": [{"code": "economic", "name": "Economic", "criteria": [{"code": "e1", "name": "Viability"}]}],
        "juries": [{"code": "expert", "name": "Experts", "scale": {"min": 0, "max": 10}}]
    })";
    QString error;
    const std::optional<Campaign> c = CampaignTemplate::fromJson(json, &error);
    QVERIFY2(c.has_value(), qPrintable(error));
    QVERIFY2(!c->pillars[0].eliminatoryThreshold.has_value(),
             qPrintable(QStringLiteral("a pillar without \"eliminatory_threshold\" got a threshold of %1")
                            .arg(c->pillars[0].eliminatoryThreshold.value_or(-1))));
}

void TstCampaignTemplate::badTemplateIsRefusedNamingTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // what the message must name

    const QJsonValue root = QJsonDocument::fromJson(CampaignTemplate::toJson(setUpCampaign())).object();
    auto set = [&](const char* tag, const char* path, const QJsonValue& value, const char* field) {
        const QJsonValue changed = edited(root, QString::fromLatin1(path).split(QLatin1Char('/')), value, false);
        QTest::newRow(tag) << QJsonDocument(changed.toObject()).toJson() << QString::fromLatin1(field);
    };
    auto drop = [&](const char* tag, const char* path, const char* field) {
        const QJsonValue changed = edited(root, QString::fromLatin1(path).split(QLatin1Char('/')), {}, true);
        QTest::newRow(tag) << QJsonDocument(changed.toObject()).toJson() << QString::fromLatin1(field);
    };

    QTest::newRow("not JSON at all") << QByteArray("format = template\nversion = 1\n") << QStringLiteral("JSON");
    QTest::newRow("JSON cut in the middle")
        << QJsonDocument(root.toObject()).toJson().left(300) << QStringLiteral("JSON");
    QTest::newRow("a JSON list instead of an object") << QByteArray("[1, 2, 3]") << QStringLiteral("format");
    set("another format (a juror package)", "format", QStringLiteral("palmares-juror-package"), "format");
    drop("no format at all", "format", "format");
    set("a version newer than this build reads", "version", CampaignTemplate::formatVersion + 1, "newer");
    set("version zero", "version", 0, "version");
    set("version as text", "version", QStringLiteral("one"), "version");
    drop("no pillars", "pillars", "pillars");
    set("an empty list of pillars", "pillars", QJsonArray(), "pillars");
    set("pillars as an object", "pillars", QJsonObject(), "pillars");
    set("a pillar code used twice", "pillars/1/code", QStringLiteral("economic"), "pillars[1].code");
    set("a pillar without code", "pillars/0/code", QString(), "pillars[0].code");
    set("a negative pillar weight", "pillars/0/weight", -1, "pillars[0].weight");
    set("a pillar weight written as text", "pillars/3/weight", QStringLiteral("20"), "pillars[3].weight");
    set("an eliminatory threshold of 120", "pillars/2/eliminatory_threshold", 120, "pillars[2].eliminatory_threshold");
    set("a pillar without criteria", "pillars/4/criteria", QJsonArray(), "pillars[4].criteria");
    set("a criterion code used twice", "pillars/1/criteria/0/code", QStringLiteral("economic_1"),
        "pillars[1].criteria[0].code");
    set("a negative criterion weight", "pillars/2/criteria/1/weight", -0.5, "pillars[2].criteria[1].weight");
    set("a criterion without a name", "pillars/0/criteria/2/name", QStringLiteral("  "), "pillars[0].criteria[2].name");
    set("a rubric level without a label", "pillars/0/criteria/0/rubric/1/label", QString(),
        "pillars[0].criteria[0].rubric[1].label");
    drop("no juries", "juries", "juries");
    set("a jury scale whose max equals its min", "juries/0/scale/max", 0, "juries[0].scale");
    set("a jury scale whose max is below its min", "juries/1/scale/min", 9, "juries[1].scale");
    set("a negative jury weight", "juries/1/weight", -50, "juries[1].weight");
    set("a jury code used twice", "juries/1/code", QStringLiteral("expert"), "juries[1].code");
    set("a negative quorum", "juries/0/quorum", -1, "juries[0].quorum");
    set("an unknown use type", "site/buildings/2/use_type", QStringLiteral("usine"), "site.buildings[2].use_type");
    set("an unknown accepted use", "site/buildings/3/accepted_uses", QJsonArray{QStringLiteral("usine")},
        "site.buildings[3].accepted_uses");
    set("a building of negative surface", "site/buildings/0/surface_m2", -100, "site.buildings[0].surface_m2");
    set("a building without a name", "site/buildings/5/name", QString(), "site.buildings[5].name");
    set("an escape sequence in a pillar's name", "pillars/1/name", QStringLiteral("Social\x1b[2J"), "pillars[1].name");
    set("a NUL in a building's notes", "site/buildings/0/notes", QStringLiteral("Hangar") + QChar(0),
        "site.buildings[0].notes");
    set("a fill target of 0 %", "site/fill_target_pct", 0, "site.fill_target_pct");
    set("a fill target of 150 %", "site/fill_target_pct", 150, "site.fill_target_pct");
    set("a tie chain naming an unknown jury", "rules/tie_chain/1", QStringLiteral("jury:mayor"), "rules.tie_chain[1]");
    set("a tie chain with an unknown key", "rules/tie_chain/0", QStringLiteral("best"), "rules.tie_chain[0]");
    set("an unknown aggregation", "rules/aggregation", QStringLiteral("mode"), "rules.aggregation");
    set("an unknown selection rule", "rules/selection_rule", QStringLiteral("lottery"), "rules.selection_rule");
    set("a negative waiting list size", "rules/waiting_list_size", -3, "rules.waiting_list_size");
    set("debias written as text", "rules/debias", QStringLiteral("yes"), "rules.debias");
    set("a resource code used twice", "resources/1/code", QStringLiteral("biodechets"), "resources[1].code");
}

void TstCampaignTemplate::badTemplateIsRefusedNamingTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QString error;
    const std::optional<Campaign> c = CampaignTemplate::fromJson(json, &error);
    QVERIFY2(!c.has_value(), "a bad template was accepted");
    QVERIFY2(error.contains(field), qPrintable(QStringLiteral("\"%1\" does not name %2").arg(error, field)));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
}

void TstCampaignTemplate::aTemplateFileReadsBackWhatWasWritten()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("modèle de campagne.json"));
    QString error;
    QVERIFY2(CampaignTemplate::writeFile(path, m_source, &error), qPrintable(error));
    QCOMPARE(test::readBytes(path), m_json);
    const std::optional<Campaign> read = CampaignTemplate::readFile(path, &error);
    QVERIFY2(read.has_value(), qPrintable(error));
    QCOMPARE(CampaignTemplate::toJson(*read), m_json);
    QCOMPARE(test::listing(dir.path()), QStringList{QStringLiteral("modèle de campagne.json")});
}

void TstCampaignTemplate::aTemplateFileOnAFullDiskKeepsTheOldOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("modèle.json"));
    QVERIFY(test::writeBytes(path, QByteArrayLiteral("{\"format\": \"old\"}\n")));
    QString error;
    bool written = false;
    {
        const test::FileSizeLimit full{rlim_t(m_json.size() / 2)};
        written = CampaignTemplate::writeFile(path, m_source, &error);
    }
    QVERIFY2(!written, "a template was written on a full disk");
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + QStringLiteral(" cannot be written: ")),
             qPrintable(error));
    QCOMPARE(test::readBytes(path), QByteArrayLiteral("{\"format\": \"old\"}\n"));
    QCOMPARE(test::listing(dir.path()), QStringList{QStringLiteral("modèle.json")});
}

QTEST_GUILESS_MAIN(TstCampaignTemplate)
#include "tst_campaigntemplate.moc"
