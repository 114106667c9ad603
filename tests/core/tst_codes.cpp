// SPDX-License-Identifier: GPL-3.0-or-later
// The stable text codes of core/model/Codes: each value of each domain enum has the code
// campaign files, templates, CSV and JSON store, and reads back from it; anything else
// (another case, a stray space, an unknown word) is refused and leaves the value as it
// was, since the file reader keeps its default then. Tie-break keys and chains the same.
#include "core/model/Codes.h"

#include <QtTest>

#include <array>
#include <set>
#include <vector>

using namespace palmares;

Q_DECLARE_METATYPE(palmares::TieKey)
Q_DECLARE_METATYPE(std::vector<palmares::TieKey>)

namespace {

// One coded enum, seen through int so that one table can hold them all.
struct CodedEnum {
    const char* name;
    int count; // values 0 … count − 1: the enumerators of Campaign.h, last one + 1
    QString (*code)(int);
    bool (*parse)(const QString&, int*); // writes the value back whether or not it parsed
};

template<typename E> bool parseAs(const QString& code, int* value)
{
    E v = E(*value);
    const bool ok = codes::parse(code, &v);
    *value = int(v);
    return ok;
}

const std::array<CodedEnum, 7> codedEnums{{
    {"campaign status", int(CampaignStatus::Closed) + 1, [](int v) { return codes::status(CampaignStatus(v)); },
     &parseAs<CampaignStatus>},
    {"aggregation", int(Aggregation::TrimmedMean) + 1, [](int v) { return codes::aggregation(Aggregation(v)); },
     &parseAs<Aggregation>},
    {"selection rule", int(SelectionRule::BestValue) + 1, [](int v) { return codes::selectionRule(SelectionRule(v)); },
     &parseAs<SelectionRule>},
    {"candidate status", int(CandidateStatus::Withdrawn) + 1,
     [](int v) { return codes::candidateStatus(CandidateStatus(v)); }, &parseAs<CandidateStatus>},
    {"flow direction", int(FlowDirection::Input) + 1, [](int v) { return codes::direction(FlowDirection(v)); },
     &parseAs<FlowDirection>},
    {"decision", int(DecisionKind::Rejected) + 1, [](int v) { return codes::decision(DecisionKind(v)); },
     &parseAs<DecisionKind>},
    {"override", int(Override::ForcedOut) + 1, [](int v) { return codes::override_(Override(v)); }, &parseAs<Override>},
}};

const CodedEnum* codedEnum(const QString& name)
{
    for (const CodedEnum& e : codedEnums) {
        if (name == QLatin1String(e.name))
            return &e;
    }
    return nullptr;
}

QString describe(const std::vector<TieKey>& chain)
{
    QStringList keys;
    for (const TieKey& key : chain) {
        const char* kind = key.kind == TieKey::Final       ? "final"
                           : key.kind == TieKey::JuryTotal ? "jury"
                                                           : "registration";
        keys << QStringLiteral("%1(%2)").arg(QLatin1String(kind), key.juryCode);
    }
    return QStringLiteral("[%1]").arg(keys.join(QLatin1Char(' ')));
}

TieKey finalKey()
{
    return {TieKey::Final, {}};
}
TieKey juryKey(const char* code)
{
    return {TieKey::JuryTotal, QString::fromUtf8(code)};
}
TieKey registrationKey()
{
    return {TieKey::Registration, {}};
}

} // namespace

class TstCodes : public QObject {
    Q_OBJECT

private slots:
    void everyValueOfEveryEnumSurvivesItsCode()
    {
        for (const CodedEnum& e : codedEnums) {
            std::set<QString> seen;
            for (int v = 0; v < e.count; ++v) {
                const QString code = e.code(v);
                const QString where = QStringLiteral("%1 %2 (code \"%3\")").arg(QLatin1String(e.name)).arg(v).arg(code);
                QVERIFY2(!code.isEmpty(), qPrintable(where + QStringLiteral(" has no code")));
                QVERIFY2(seen.insert(code).second, qPrintable(where + QStringLiteral(" shares its code")));
                int back = (v + 1) % e.count; // any other value: parse must overwrite it
                QVERIFY2(e.parse(code, &back), qPrintable(where + QStringLiteral(" does not parse")));
                QVERIFY2(back == v, qPrintable(where + QStringLiteral(" parses back as %1").arg(back)));
            }
        }
    }

    // Every code, written out: these strings are in users' files and must never change.
    void codesAreTheStringsStoredInFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("code");

        auto row = [](const char* kind, const char* name, int value, const char* code) {
            QTest::addRow("%s %s is stored as %s", kind, name, code)
                << QString::fromLatin1(kind) << value << QString::fromLatin1(code);
        };
        row("campaign status", "Draft", int(CampaignStatus::Draft), "draft");
        row("campaign status", "Open", int(CampaignStatus::Open), "open");
        row("campaign status", "Scoring", int(CampaignStatus::Scoring), "scoring");
        row("campaign status", "Deliberation", int(CampaignStatus::Deliberation), "deliberation");
        row("campaign status", "Closed", int(CampaignStatus::Closed), "closed");
        row("aggregation", "Mean", int(Aggregation::Mean), "mean");
        row("aggregation", "Median", int(Aggregation::Median), "median");
        row("aggregation", "TrimmedMean", int(Aggregation::TrimmedMean), "trimmed_mean");
        row("selection rule", "Greedy", int(SelectionRule::Greedy), "greedy");
        row("selection rule", "BestValue", int(SelectionRule::BestValue), "best_value");
        row("candidate status", "Received", int(CandidateStatus::Received), "received");
        row("candidate status", "Eligible", int(CandidateStatus::Eligible), "eligible");
        row("candidate status", "Ineligible", int(CandidateStatus::Ineligible), "ineligible");
        row("candidate status", "Withdrawn", int(CandidateStatus::Withdrawn), "withdrawn");
        row("flow direction", "Output", int(FlowDirection::Output), "output");
        row("flow direction", "Input", int(FlowDirection::Input), "input");
        row("decision", "None", int(DecisionKind::None), "none");
        row("decision", "Laureate", int(DecisionKind::Laureate), "laureate");
        row("decision", "Waiting", int(DecisionKind::Waiting), "waiting");
        row("decision", "Rejected", int(DecisionKind::Rejected), "rejected");
        row("override", "None", int(Override::None), "none");
        row("override", "ForcedIn", int(Override::ForcedIn), "forced_in");
        row("override", "ForcedOut", int(Override::ForcedOut), "forced_out");
    }

    void codesAreTheStringsStoredInFiles()
    {
        QFETCH(QString, kind);
        QFETCH(int, value);
        QFETCH(QString, code);
        const CodedEnum* e = codedEnum(kind);
        QVERIFY2(e, qPrintable(QStringLiteral("no enum named %1 in the test's table").arg(kind)));
        QCOMPARE(e->code(value), code);
        int parsed = -1;
        QVERIFY2(e->parse(code, &parsed), qPrintable(QStringLiteral("\"%1\" is refused").arg(code)));
        QCOMPARE(parsed, value);
    }

    void refusesUnknownOrDifferentlyCasedCodes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");

        auto row = [](const char* tag, const char* kind, const char* text) {
            QTest::newRow(tag) << QString::fromLatin1(kind) << QString::fromUtf8(text);
        };
        row("a capitalised campaign status", "campaign status", "Draft");
        row("an upper-case campaign status", "campaign status", "CLOSED");
        row("a campaign status with a trailing space", "campaign status", "open ");
        row("a campaign status with a leading space", "campaign status", " open");
        row("an empty campaign status", "campaign status", "");
        row("a French campaign status", "campaign status", "brouillon");
        row("the aggregation's enum name", "aggregation", "TrimmedMean");
        row("the aggregation with a hyphen", "aggregation", "trimmed-mean");
        row("an unknown aggregation", "aggregation", "mode");
        row("the selection rule without its underscore", "selection rule", "bestvalue");
        row("an upper-case selection rule", "selection rule", "GREEDY");
        row("a capitalised candidate status", "candidate status", "Withdrawn");
        row("a candidate status in French", "candidate status", "retiré");
        row("a candidate status of another enum", "candidate status", "laureate");
        row("an upper-case flow direction", "flow direction", "OUTPUT");
        row("a flow direction in French", "flow direction", "sortie");
        row("a capitalised decision", "decision", "Laureate");
        row("a decision of another enum", "decision", "forced_in");
        row("an empty decision", "decision", "");
        row("an override with a hyphen", "override", "forced-in");
        row("an override without its underscore", "override", "forcedout");
        row("an upper-case override", "override", "FORCED_IN");
    }

    void refusesUnknownOrDifferentlyCasedCodes()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        const CodedEnum* e = codedEnum(kind);
        QVERIFY2(e, qPrintable(QStringLiteral("no enum named %1 in the test's table").arg(kind)));
        const int before = e->count - 1;
        int value = before;
        QVERIFY2(!e->parse(text, &value), qPrintable(QStringLiteral("\"%1\" is taken for %2").arg(text).arg(value)));
        QVERIFY2(value == before,
                 qPrintable(QStringLiteral("a refused \"%1\" still changed the value to %2").arg(text).arg(value)));
    }

    void tieKeysSurviveTheirCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<TieKey>("key");

        QTest::newRow("the final score") << QStringLiteral("final") << finalKey();
        QTest::newRow("the registration order") << QStringLiteral("registration") << registrationKey();
        QTest::newRow("a jury's total") << QStringLiteral("jury:expert") << juryKey("expert");
        QTest::newRow("a jury code keeps its case") << QStringLiteral("jury:Citizen") << juryKey("Citizen");
        QTest::newRow("a jury code keeps its accents") << QStringLiteral("jury:élus") << juryKey("élus");
        QTest::newRow("a jury code may hold a colon") << QStringLiteral("jury:a:b") << juryKey("a:b");
    }

    void tieKeysSurviveTheirCode()
    {
        QFETCH(QString, code);
        QFETCH(TieKey, key);
        QCOMPARE(codes::tieKey(key), code);
        TieKey parsed{TieKey::Registration, QStringLiteral("before")};
        QVERIFY2(codes::parse(code, &parsed), qPrintable(QStringLiteral("\"%1\" is refused").arg(code)));
        QVERIFY2(parsed == key, qPrintable(QStringLiteral("\"%1\" parses as %2").arg(code, describe({parsed}))));
    }

    void refusesUnknownTieKeys_data()
    {
        QTest::addColumn<QString>("code");

        QTest::newRow("a capitalised final") << QStringLiteral("Final");
        QTest::newRow("an upper-case registration") << QStringLiteral("REGISTRATION");
        QTest::newRow("a capitalised jury prefix") << QStringLiteral("Jury:expert");
        QTest::newRow("a jury prefix without a code") << QStringLiteral("jury:");
        QTest::newRow("the jury prefix without its colon") << QStringLiteral("jury");
        QTest::newRow("a jury code without its prefix") << QStringLiteral("expert");
        QTest::newRow("a key with a leading space") << QStringLiteral(" final");
        QTest::newRow("an empty key") << QString();
    }

    void refusesUnknownTieKeys()
    {
        QFETCH(QString, code);
        const TieKey before{TieKey::JuryTotal, QStringLiteral("before")};
        TieKey key = before;
        QVERIFY2(!codes::parse(code, &key),
                 qPrintable(QStringLiteral("\"%1\" is taken for %2").arg(code, describe({key}))));
        QVERIFY2(key == before, qPrintable(QStringLiteral("a refused \"%1\" still changed the key").arg(code)));
    }

    void tieChainsSurviveTheirCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::vector<TieKey>>("chain");
        QTest::addColumn<QString>("written"); // what the chain is written back as

        const QString full = QStringLiteral("final jury:expert jury:citizen registration");
        QTest::newRow("final, each jury, then registration")
            << full << std::vector<TieKey>{finalKey(), juryKey("expert"), juryKey("citizen"), registrationKey()}
            << full;
        QTest::newRow("juries before the final score")
            << QStringLiteral("jury:citizen final registration")
            << std::vector<TieKey>{juryKey("citizen"), finalKey(), registrationKey()}
            << QStringLiteral("jury:citizen final registration");
        QTest::newRow("registration alone") << QStringLiteral("registration") << std::vector<TieKey>{registrationKey()}
                                            << QStringLiteral("registration");
        // An empty chain is the campaign's "default chain" (effectiveTieChain).
        QTest::newRow("an empty text is the empty chain") << QString() << std::vector<TieKey>{} << QString();
        QTest::newRow("extra spaces between keys are ignored")
            << QStringLiteral("  final   jury:expert ") << std::vector<TieKey>{finalKey(), juryKey("expert")}
            << QStringLiteral("final jury:expert");
    }

    void tieChainsSurviveTheirCode()
    {
        QFETCH(QString, text);
        QFETCH(std::vector<TieKey>, chain);
        QFETCH(QString, written);
        std::vector<TieKey> parsed{registrationKey(), registrationKey(), registrationKey()};
        QVERIFY2(codes::parseTieChain(text, &parsed), qPrintable(QStringLiteral("\"%1\" is refused").arg(text)));
        QVERIFY2(parsed == chain,
                 qPrintable(
                     QStringLiteral("\"%1\" parses as %2, expected %3").arg(text, describe(parsed), describe(chain))));
        QCOMPARE(codes::tieChain(chain), written);
    }

    void refusesAChainWithAnUnknownKey_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("an unknown word among known keys") << QStringLiteral("final jury:expert bogus registration");
        QTest::newRow("a capitalised key at the end") << QStringLiteral("final jury:expert Registration");
        QTest::newRow("a jury prefix without a code") << QStringLiteral("final jury: registration");
        QTest::newRow("keys separated by commas") << QStringLiteral("final,registration");
    }

    void refusesAChainWithAnUnknownKey()
    {
        QFETCH(QString, text);
        const std::vector<TieKey> before{juryKey("before"), registrationKey()};
        std::vector<TieKey> chain = before;
        QVERIFY2(!codes::parseTieChain(text, &chain),
                 qPrintable(QStringLiteral("\"%1\" is taken for %2").arg(text, describe(chain))));
        QVERIFY2(
            chain == before,
            qPrintable(QStringLiteral("a refused \"%1\" still changed the chain to %2").arg(text, describe(chain))));
    }
};

QTEST_GUILESS_MAIN(TstCodes)
#include "tst_codes.moc"
