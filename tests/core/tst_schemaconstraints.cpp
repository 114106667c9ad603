// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign file's constraints: a bad row is kept out of the file whatever writes it, and
// the schema refuses exactly what core/model/Rules refuses (codes, the deliberation session).
#include "core/storage/Schema.h"

#include "core/model/Rules.h"
#include "core/model/UtcTime.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>

#include "tests/support/SchemaFiles.h"

namespace schema = palmares::schema;
namespace rules = palmares::rules;
using palmares::CampaignFile;
using namespace palmares::test;

class TstSchemaConstraints : public QObject {
    Q_OBJECT

private slots:
    void constraintsRefuseBadRows_data();
    void constraintsRefuseBadRows();
    void theCodeConstraintRefusesWhatValidCodeRefuses();
    void theSessionConstraintsRefuseWhatTheRulesRefuse();
};

void TstSchemaConstraints::constraintsRefuseBadRows_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("accepted");
    auto row = [](const char* tag, const char* sql, bool accepted) {
        QTest::newRow(tag) << QString::fromUtf8(sql) << accepted;
    };
    row("a fill target of 0 % is refused", "UPDATE campaign SET fill_target_pct = 0", false);
    row("a fill target of 150 % is refused", "UPDATE campaign SET fill_target_pct = 150", false);
    row("a negative fill target is refused", "UPDATE campaign SET fill_target_pct = -10", false);
    row("a fill target of 100 % is accepted", "UPDATE campaign SET fill_target_pct = 100", true);
    row("a fill target of 75 % is accepted", "UPDATE campaign SET fill_target_pct = 75", true);
    row("a second campaign row is refused", "INSERT INTO campaign (id, created_at) VALUES (2, 'now')", false);
    row("an unknown campaign status is refused", "UPDATE campaign SET status = 'finished'", false);
    row("an unknown aggregation is refused", "UPDATE campaign SET aggregation = 'mode'", false);
    row("a jury scale whose max equals its min is refused",
        "INSERT INTO juries (code, name, scale_min, scale_max) VALUES ('j2', 'Jury', 5, 5)", false);
    row("a jury scale whose max is below its min is refused",
        "INSERT INTO juries (code, name, scale_min, scale_max) VALUES ('j2', 'Jury', 10, 0)", false);
    row("a jury scale from 1 to 5 is accepted",
        "INSERT INTO juries (code, name, scale_min, scale_max) VALUES ('j2', 'Jury', 1, 5)", true);
    row("a second jury with the same code is refused",
        "INSERT INTO juries (code, name, scale_min, scale_max) VALUES ('expert', 'Jury', 0, 10)", false);
    row("a forced-in decision with an empty justification is refused",
        "INSERT INTO decisions (candidate_id, override, justification) VALUES (1, 'forced_in', '')", false);
    row("a forced-in decision justified by spaces only is refused",
        "INSERT INTO decisions (candidate_id, override, justification) VALUES (1, 'forced_in', '   ')", false);
    row("a forced-out decision with an empty justification is refused",
        "INSERT INTO decisions (candidate_id, override, justification) VALUES (1, 'forced_out', '')", false);
    row("a forced-in decision with a written justification is accepted",
        "INSERT INTO decisions (candidate_id, decision, override, justification) "
        "VALUES (1, 'laureate', 'forced_in', 'Only bakery on the site')",
        true);
    row("a decision without override needs no justification",
        "INSERT INTO decisions (candidate_id, decision) VALUES (1, 'waiting')", true);
    row("an unknown decision is refused", "INSERT INTO decisions (candidate_id, decision) VALUES (1, 'maybe')", false);
    row("a flow with both a candidate and an occupant is refused",
        "INSERT INTO flows (candidate_id, occupant_id, resource_id, direction) VALUES (1, 1, 1, 'output')", false);
    row("a flow with neither a candidate nor an occupant is refused",
        "INSERT INTO flows (resource_id, direction) VALUES (1, 'output')", false);
    row("a flow of a candidate is accepted",
        "INSERT INTO flows (candidate_id, resource_id, direction) VALUES (1, 1, 'output')", true);
    row("a flow of an occupant is accepted",
        "INSERT INTO flows (occupant_id, resource_id, direction) VALUES (1, 1, 'input')", true);
    row("a flow with an unknown direction is refused",
        "INSERT INTO flows (candidate_id, resource_id, direction) VALUES (1, 1, 'sideways')", false);
    row("a flow of an unknown resource is refused",
        "INSERT INTO flows (candidate_id, resource_id, direction) VALUES (1, 42, 'output')", false);
    row("a candidate with the SIRET of another is refused",
        "INSERT INTO candidates (registration_no, name, siret) VALUES (3, 'Copie', '73282932000074')", false);
    row("another candidate without SIRET is accepted",
        "INSERT INTO candidates (registration_no, name, siret) VALUES (3, 'Sans SIRET', '')", true);
    row("a candidate with an existing registration number is refused",
        "INSERT INTO candidates (registration_no, name) VALUES (1, 'Doublon')", false);
    row("a negative requested surface is refused",
        "INSERT INTO candidates (registration_no, name, requested_surface) VALUES (3, 'Neg', -5)", false);
    row("an unknown candidate status is refused",
        "INSERT INTO candidates (registration_no, name, status) VALUES (3, 'X', 'accepted')", false);
    row("a score by an unknown juror is refused",
        "INSERT INTO scores (juror_id, candidate_id, criterion_id, value) VALUES (99, 1, 1, 5)", false);
    row("a score on an unknown criterion is refused",
        "INSERT INTO scores (juror_id, candidate_id, criterion_id, value) VALUES (1, 1, 99, 5)", false);
    row("a score by a known juror is accepted",
        "INSERT INTO scores (juror_id, candidate_id, criterion_id, value) VALUES (1, 1, 1, 5)", true);
    row("a conflict with an unknown candidate is refused",
        "INSERT INTO conflicts (juror_id, candidate_id) VALUES (1, 99)", false);
    row("a negative pillar weight is refused", "INSERT INTO pillars (code, name, weight) VALUES ('p2', 'P', -1)",
        false);
    row("an eliminatory threshold above 100 is refused",
        "INSERT INTO pillars (code, name, eliminatory_threshold) VALUES ('p2', 'P', 120)", false);
    row("a criterion code used twice is refused",
        "INSERT INTO criteria (pillar_id, code, name) VALUES (1, 'c1', 'Again')", false);
    row("a building of negative surface is refused",
        "INSERT INTO buildings (name, surface, use_type) VALUES ('B', -1, 'bureau')", false);

    // From version 3, the rules of core/model/Rules, at their bounds.
    auto ruleRow = [](const char* tag, const QString& sql, bool accepted) { QTest::newRow(tag) << sql << accepted; };
    const QString jury = QStringLiteral(
        "INSERT INTO juries (code, name, scale_min, scale_max, quorum) VALUES ('j2', 'Jury', 0, 10, %1)");
    ruleRow("a jury quorum of 0 is refused", jury.arg(0), false);
    ruleRow("the smallest jury quorum is accepted", jury.arg(rules::minQuorum), true);
    ruleRow("the largest jury quorum is accepted", jury.arg(rules::maxQuorum), true);
    ruleRow("a jury quorum above the largest is refused", jury.arg(rules::maxQuorum + 1), false);
    ruleRow("a fractional jury quorum is refused", jury.arg(QStringLiteral("2.5")), false);
    ruleRow("a jury quorum written as text is refused", jury.arg(QStringLiteral("'five'")), false);
    row("a jury code with a space is refused",
        "INSERT INTO juries (code, name, scale_min, scale_max) VALUES ('j 2', 'Jury', 0, 10)", false);
    row("a pillar code with a tab is refused", "INSERT INTO pillars (code, name) VALUES ('p' || char(9) || '2', 'P')",
        false);
    row("a criterion code with a no-break space is refused",
        "INSERT INTO criteria (pillar_id, code, name) VALUES (1, 'c' || char(160) || '2', 'C')", false);
    row("a resource code ending with a line break is refused",
        "INSERT INTO resources (code, name) VALUES ('r2' || char(10), 'R')", false);
    row("an empty resource code is refused", "INSERT INTO resources (code, name) VALUES ('', 'R')", false);
    row("a code with a hyphen, an underscore and accents is accepted",
        "INSERT INTO pillars (code, name) VALUES ('éco-sociale_2', 'P')", true);
    row("a pillar code that differs from another only in case is refused",
        "INSERT INTO pillars (code, name) VALUES ('ECONOMIC', 'P')", false);
    row("a criterion code that differs from another only in case is refused",
        "INSERT INTO criteria (pillar_id, code, name) VALUES (1, 'C1', 'C')", false);
    row("a jury code that differs from another only in case is refused",
        "INSERT INTO juries (code, name, scale_min, scale_max) VALUES ('Expert', 'Jury', 0, 10)", false);
    row("a resource code that differs from another only in case is refused",
        "INSERT INTO resources (code, name) VALUES ('Dreches', 'R')", false);
    // SQLite's NOCASE folds ASCII letters only; rules::sameCode is applied by the application.
    row("codes that differ in the case of an accented letter only are left to the application",
        "INSERT INTO pillars (code, name) VALUES ('économie', 'P'), ('Économie', 'P')", true);
    const QString weights[] = {
        QStringLiteral("INSERT INTO pillars (code, name, weight) VALUES ('p2', 'P', %1)"),
        QStringLiteral("INSERT INTO criteria (pillar_id, code, name, weight) VALUES (1, 'c2', 'C', %1)"),
        QStringLiteral("INSERT INTO juries (code, name, weight, scale_min, scale_max) VALUES ('j2', 'J', %1, 0, 10)")};
    const QString largest = QString::number(rules::maxWeight, 'g', 17);
    const QString above = QString::number(rules::maxWeight + 0.5, 'g', 17);
    ruleRow("a pillar weight of 0 is accepted", weights[0].arg(0), true);
    ruleRow("the largest pillar weight is accepted", weights[0].arg(largest), true);
    ruleRow("a pillar weight above the largest is refused", weights[0].arg(above), false);
    ruleRow("the largest criterion weight is accepted", weights[1].arg(largest), true);
    ruleRow("a criterion weight above the largest is refused", weights[1].arg(above), false);
    ruleRow("an infinite criterion weight is refused", weights[1].arg(QStringLiteral("9e999")), false);
    ruleRow("the largest jury weight is accepted", weights[2].arg(largest), true);
    ruleRow("a jury weight above the largest is refused", weights[2].arg(above), false);
    ruleRow("a negative jury weight is refused", weights[2].arg(-1), false);
    const QString threshold =
        QStringLiteral("INSERT INTO pillars (code, name, eliminatory_threshold) VALUES ('p2', 'P', %1)");
    ruleRow("the largest eliminatory threshold is accepted",
            threshold.arg(QString::number(rules::maxThreshold, 'g', 17)), true);
    ruleRow("an eliminatory threshold above the largest is refused",
            threshold.arg(QString::number(rules::maxThreshold + 0.5, 'g', 17)), false);
    row("a pillar without eliminatory threshold is accepted", "INSERT INTO pillars (code, name) VALUES ('p2', 'P')",
        true);

    // From version 7, the deliberation session (the fixture below records one).
    row("a second deliberation session is refused",
        "INSERT INTO deliberation_session (id, held_at, place, chair) VALUES (2, '2026-06-12T16:30:00.000Z', 'Mairie', "
        "'Marie Roy')",
        false);
    row("a session's place and chair are replaced",
        "UPDATE deliberation_session SET place = 'Hangar 3', chair = 'Louis Roy', notes = 'Ouverte à 18 h'", true);
    row("a session without a time is refused", "UPDATE deliberation_session SET held_at = NULL", false);
    row("a session with an empty time is refused", "UPDATE deliberation_session SET held_at = ''", false);
    row("a session without a place is refused", "UPDATE deliberation_session SET place = ''", false);
    row("a session chaired by spaces is refused", "UPDATE deliberation_session SET chair = '   '", false);
    row("a place on two lines is refused",
        "UPDATE deliberation_session SET place = 'Salle du conseil' || char(10) || 'Mairie'", false);
    row("a chair with an escape is refused", "UPDATE deliberation_session SET chair = 'Marie' || char(27) || '[31m'",
        false);
    row("notes on several lines with a tab are accepted",
        "UPDATE deliberation_session SET notes = 'Ouverte' || char(10) || char(9) || 'M. Roy excusé'", true);
    row("notes with a bell are refused", "UPDATE deliberation_session SET notes = 'bip' || char(7)", false);
    const QString longPlace =
        QStringLiteral("UPDATE deliberation_session SET place = replace(hex(zeroblob(%1)), '00', 'x')");
    ruleRow("the longest place is accepted", longPlace.arg(rules::maxSessionLine), true);
    ruleRow("a place one character too long is refused", longPlace.arg(rules::maxSessionLine + 1), false);
    const QString longNotes =
        QStringLiteral("UPDATE deliberation_session SET notes = replace(hex(zeroblob(%1)), '00', 'x')");
    ruleRow("the longest notes are accepted", longNotes.arg(rules::maxSessionNotes), true);
    ruleRow("notes one character too long are refused", longNotes.arg(rules::maxSessionNotes + 1), false);
    row("a juror present at the session is accepted",
        "INSERT INTO deliberation_jurors (session_id, juror_id) VALUES (1, 1)", true);
    row("an unknown juror present is refused", "INSERT INTO deliberation_jurors (session_id, juror_id) VALUES (1, 99)",
        false);
    row("a juror present at a session not recorded is refused",
        "INSERT INTO deliberation_jurors (session_id, juror_id) VALUES (2, 1)", false);
    row("a juror present twice is refused",
        "INSERT INTO deliberation_jurors (session_id, juror_id) VALUES (1, 1), (1, 1)", false);
}

void TstSchemaConstraints::constraintsRefuseBadRows()
{
    QFETCH(QString, sql);
    QFETCH(bool, accepted);
    TempDatabase t;
    QVERIFY(t.isValid());
    QString error;
    QVERIFY2(schema::migrate(t.db(), 0, &error), qPrintable(error));
    // A minimal valid campaign for the rows above to refer to.
    const char* const fixture[] = {
        "INSERT INTO buildings (id, name, surface, use_type) VALUES (1, 'Hangar', 1200, 'atelier')",
        "INSERT INTO pillars (id, code, name) VALUES (1, 'economic', 'Economic')",
        "INSERT INTO criteria (id, pillar_id, code, name) VALUES (1, 1, 'c1', 'Viability')",
        "INSERT INTO juries (id, code, name, scale_min, scale_max) VALUES (1, 'expert', 'Expert jury', 0, 10)",
        "INSERT INTO jurors (id, jury_id, name) VALUES (1, 1, 'Anne Martin')",
        "INSERT INTO candidates (id, registration_no, name, siret) VALUES (1, 1, 'Brasserie', '73282932000074')",
        "INSERT INTO candidates (id, registration_no, name, siret) VALUES (2, 2, 'Association', '')",
        "INSERT INTO occupants (id, name) VALUES (1, 'Musée')",
        "INSERT INTO resources (id, code, name) VALUES (1, 'dreches', 'Spent grain')",
        "INSERT INTO jurors (id, jury_id, name) VALUES (2, 1, 'Louis Roy')",
        "INSERT INTO deliberation_session (id, held_at, place, chair) VALUES (1, '2026-06-12T16:30:00.000Z', "
        "'Salle du conseil', 'Marie Roy')",
        "INSERT INTO deliberation_jurors (session_id, juror_id) VALUES (1, 2)",
    };
    for (const char* f : fixture) {
        const QString why = t.exec(QString::fromUtf8(f));
        QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("fixture \"%1\": %2").arg(QString::fromUtf8(f), why)));
    }
    const QString why = t.exec(sql);
    if (accepted)
        QVERIFY2(why.isEmpty(), qPrintable(QStringLiteral("refused: %1").arg(why)));
    else
        QVERIFY2(!why.isEmpty(), qPrintable(QStringLiteral("accepted: %1").arg(sql)));
}

void TstSchemaConstraints::theCodeConstraintRefusesWhatValidCodeRefuses()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QString error;
    QVERIFY2(schema::migrate(t.db(), 0, &error), qPrintable(error));
    QVERIFY(t.db().transaction());
    QSqlQuery q(t.db());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO resources (code, name) VALUES (?, 'R')")));
    // Every UTF-16 unit but NUL and the surrogates, inside a code of its own.
    QStringList disagreements;
    for (char32_t c = 1; c <= 0xFFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        const QString code = QStringLiteral("a%1b%2").arg(QChar(char16_t(c))).arg(quint32(c));
        q.addBindValue(code);
        if (q.exec() != rules::validCode(code))
            disagreements << QStringLiteral("U+%1").arg(quint32(c), 4, 16, QLatin1Char('0'));
    }
    q.addBindValue(QString(QLatin1String("")));
    if (q.exec())
        disagreements << QStringLiteral("the empty code");
    q.finish();
    QVERIFY(t.db().rollback());
    QVERIFY2(disagreements.isEmpty(), qPrintable(QStringLiteral("the schema and rules::validCode disagree on ") +
                                                 disagreements.join(QStringLiteral(", "))));
}

void TstSchemaConstraints::theSessionConstraintsRefuseWhatTheRulesRefuse()
{
    TempDatabase t;
    QVERIFY(t.isValid());
    QString error;
    QVERIFY2(schema::migrate(t.db(), 0, &error), qPrintable(error));
    QCOMPARE(t.exec(QStringLiteral("INSERT INTO deliberation_session (id, held_at, place, chair) "
                                   "VALUES (1, '2026-06-12T16:30:00.000Z', 'Mairie', 'Marie Roy')")),
             QString());
    QVERIFY(t.db().transaction());
    QSqlQuery place(t.db()), notes(t.db());
    QVERIFY(place.prepare(QStringLiteral("UPDATE deliberation_session SET place = ?")));
    QVERIFY(notes.prepare(QStringLiteral("UPDATE deliberation_session SET notes = ?")));
    // Every UTF-16 unit but NUL and the surrogates, inside a text of its own.
    QStringList disagreements;
    for (char32_t c = 1; c <= 0xFFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF)
            continue;
        const QString text = QStringLiteral("a%1b").arg(QChar(char16_t(c)));
        place.addBindValue(text);
        if (place.exec() != rules::validSessionLine(text))
            disagreements << QStringLiteral("U+%1 in a place").arg(quint32(c), 4, 16, QLatin1Char('0'));
        notes.addBindValue(text);
        if (notes.exec() != rules::validSessionNotes(text))
            disagreements << QStringLiteral("U+%1 in notes").arg(quint32(c), 4, 16, QLatin1Char('0'));
    }
    place.finish();
    notes.finish();
    QVERIFY(t.db().rollback());
    QVERIFY2(disagreements.isEmpty(), qPrintable(QStringLiteral("the schema and the rules disagree on ") +
                                                 disagreements.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TstSchemaConstraints)
#include "tst_schemaconstraints.moc"
