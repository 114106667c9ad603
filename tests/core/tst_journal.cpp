// SPDX-License-Identifier: GPL-3.0-or-later
// The campaign's journal (core/model/Journal, CampaignFile::journal, ResultFormat::journal):
// who made each change saved, when, the candidate and the juror it concerns, their names
// kept when the rows go; read back from the file and written as CSV and JSON.
#include "core/edit/CampaignDocument.h"
#include "core/i18n/Translations.h"
#include "core/io/ResultFormat.h"
#include "core/model/Journal.h"
#include "core/model/UtcTime.h"
#include "core/present/Words.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/CampaignSamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace palmares;

class TstJournal : public QObject {
    Q_OBJECT

    static Score scoreOf(const Campaign& c, size_t candidate, size_t juror)
    {
        Score s;
        s.candidateId = c.candidates.at(candidate).id;
        s.jurorId = c.jurors.at(juror).id;
        s.criterionId = c.criteria.front().id;
        s.value = 5;
        return s;
    }

private slots:
    void oneScoreConcernsItsCandidateAndJuror()
    {
        const Campaign c = test::demoIn(CampaignStatus::Draft);
        Change change;
        change.scores.put = {scoreOf(c, 2, 1)};
        const Concerned who = concernedBy(c, change);
        QCOMPARE(who.candidateId, c.candidates[2].id);
        QCOMPARE(who.candidate, c.candidates[2].name);
        QCOMPARE(who.jurorId, c.jurors[1].id);
        QCOMPARE(who.juror, c.jurors[1].name);
    }

    void twoCandidatesConcernNoneOfThem()
    {
        const Campaign c = test::demoIn(CampaignStatus::Draft);
        Change change;
        change.scores.put = {scoreOf(c, 2, 1), scoreOf(c, 3, 1)};
        const Concerned who = concernedBy(c, change);
        QCOMPARE(who.candidateId, Id(0));
        QVERIFY(who.candidate.isEmpty());
        QCOMPARE(who.jurorId, c.jurors[1].id); // the same juror
        change.scores.put.push_back(scoreOf(c, 3, 2));
        QCOMPARE(concernedBy(c, change).jurorId, Id(0));
        QCOMPARE(concernedBy(c, Change{}).candidateId, Id(0)); // a settings change
    }

    void aRemovedOrNewCandidateIsNamed()
    {
        const Campaign c = test::demoIn(CampaignStatus::Draft);
        Change removal;
        Candidate key;
        key.id = c.candidates[4].id; // only the key: the name comes from the campaign
        removal.candidates.remove = {key};
        QCOMPARE(concernedBy(c, removal).candidate, c.candidates[4].name);
        Change added;
        Candidate fresh;
        fresh.id = 9999;
        fresh.name = QStringLiteral("Menuiserie Courcy");
        added.candidates.put = {fresh};
        QCOMPARE(concernedBy(c, added).candidate, QStringLiteral("Menuiserie Courcy"));
    }

    void theFileKeepsWhoWhenAndWhom()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("journal.ami"));
        QString error;
        auto doc = CampaignDocument::create(path, test::demoIn(CampaignStatus::Draft), &error);
        QVERIFY2(doc, qPrintable(error));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        doc->setActor(QStringLiteral("  Claire Martin "));
        QCOMPARE(doc->actor(), QStringLiteral("Claire Martin"));
        const Campaign& c = doc->campaign();
        const QString candidate = c.candidates[2].name;
        const QString juror = c.jurors[1].name;
        Change score;
        score.text = QStringLiteral("Record a score");
        score.scores.put = {scoreOf(c, 2, 1)};
        QVERIFY2(doc->apply(score, &error), qPrintable(error));
        // The candidate goes, with its scores: its name stays in the journal.
        Change removal;
        Candidate key;
        key.id = c.candidates[2].id;
        removal.candidates.remove = {key};
        doc->setActor(QString());
        QVERIFY2(doc->apply(removal, &error), qPrintable(error));

        auto entries = doc->journal(&error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(int(entries->size()), 3);
        QCOMPARE(entries->at(0).action, QStringLiteral("write_campaign"));
        const JournalEntry& scored = entries->at(1);
        QCOMPARE(scored.actor, QStringLiteral("Claire Martin"));
        QCOMPARE(scored.action, QStringLiteral("edit"));
        QCOMPARE(scored.entity, QStringLiteral("scores"));
        QCOMPARE(scored.candidate, candidate);
        QCOMPARE(scored.juror, juror);
        QVERIFY(scored.details.startsWith(QStringLiteral("Record a score")));
        QVERIFY(scored.at >= before && scored.at <= QDateTime::currentDateTimeUtc());
        const JournalEntry& removed = entries->at(2);
        QCOMPARE(removed.actor, CampaignDocument::systemUser());
        QVERIFY(!removed.actor.isEmpty() && removed.actor != QStringLiteral("unknown"));
        QCOMPARE(removed.entity, QStringLiteral("candidates"));
        QCOMPARE(removed.candidate, candidate);
        QCOMPARE(removed.jurorId, Id(0)); // its scores came from every juror

        // An undo is in the journal too, and the file says the same once closed.
        doc->undoStack()->undo();
        doc.reset();
        auto again = CampaignFile::readJournal(path, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(int(again->size()), 4);
        QCOMPARE(again->back().action, QStringLiteral("undo"));
        QCOMPARE(again->back().candidate, candidate);
    }

    // Defect: the journal said « scores +1 -0 » to a French user. What a change wrote is in
    // words, in the language of the user who made it.
    void aChangeIsSaidInWordsInTheUsersLanguage()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        auto doc = CampaignDocument::create(dir.filePath(QStringLiteral("words.ami")),
                                            test::demoIn(CampaignStatus::Draft), &error);
        QVERIFY2(doc, qPrintable(error));
        Change score;
        score.text = QStringLiteral("Note");
        score.scores.put = {scoreOf(doc->campaign(), 0, 0)};
        score.justification = QStringLiteral("fiche papier");
        {
            const LanguageScope english(QStringLiteral("en"));
            QVERIFY2(doc->apply(score, &error), qPrintable(error));
        }
        {
            const LanguageScope french(QStringLiteral("fr"));
            QVERIFY(french.isValid());
            Change more = score;
            more.scores.put.push_back(scoreOf(doc->campaign(), 1, 0));
            more.decisions.put.push_back({doc->campaign().candidates.at(1).id, DecisionKind::Laureate, 0,
                                          Override::ForcedIn, QStringLiteral("projet phare"),
                                          QDateTime::currentDateTimeUtc()});
            more.justification = QStringLiteral("fiche papier");
            QVERIFY2(doc->apply(more, &error), qPrintable(error));
            Change gone;
            gone.decisions.remove = {more.decisions.put.front()};
            QVERIFY2(doc->apply(gone, &error), qPrintable(error));
        }
        auto entries = doc->journal(&error);
        QVERIFY2(entries, qPrintable(error));
        QCOMPARE(int(entries->size()), 4);
        QCOMPARE(entries->at(1).details, QStringLiteral("Note (scores: 1 row written); reason: fiche papier"));
        QCOMPARE(entries->at(2).details, QStringLiteral("Note (décisions\u00a0: 1\u00a0ligne écrite\u00a0; "
                                                        "notes\u00a0: 2\u00a0lignes écrites)\u00a0; "
                                                        "motif\u00a0: fiche papier"));
        QCOMPARE(entries->at(3).details, QStringLiteral("décisions\u00a0: 1\u00a0ligne supprimée"));
    }

    void aFileThatIsNoCampaignSaysSo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.ami"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a campaign");
        f.close();
        QString error;
        QVERIFY(!CampaignFile::readJournal(path, &error));
        QVERIFY2(error.contains(QStringLiteral("notes.ami")), qPrintable(error));
    }

    void csvAndJsonCarryEveryEntry()
    {
        JournalEntry a;
        a.id = 1;
        a.at = utcDateTime(QDate(2026, 3, 2), QTime(9, 30));
        a.actor = QStringLiteral("claire");
        a.action = QStringLiteral("import");
        a.entity = QStringLiteral("scores");
        a.details = QStringLiteral("Import; scores.csv; \"quoted\"");
        JournalEntry b = a;
        b.id = 2;
        b.action = QStringLiteral("edit");
        b.candidateId = 7;
        b.candidate = QStringLiteral("Paille & Terre; SCOP");
        b.jurorId = 3;
        b.juror = QStringLiteral("Sophie Girard");
        const QString csv = ResultFormat::journal({a, b}, OutputFormat::Csv);
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[2].contains(QStringLiteral("\"Paille & Terre; SCOP\"")));
        QVERIFY(lines[1].contains(Words::journalTime(a.at)));
        const QJsonObject json =
            QJsonDocument::fromJson(ResultFormat::journal({a, b}, OutputFormat::Json).toUtf8()).object();
        const QJsonArray list = json.value(QStringLiteral("journal")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("import"));
        QVERIFY(!list[0].toObject().contains(QStringLiteral("candidate")));
        QCOMPARE(list[1].toObject().value(QStringLiteral("juror")).toString(), QStringLiteral("Sophie Girard"));
        QCOMPARE(list[1].toObject().value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-02T09:30:00.000Z"));
        const QString table = ResultFormat::journal({a, b}, OutputFormat::Table);
        QVERIFY(table.contains(QStringLiteral("Sophie Girard")));
    }
};

QTEST_GUILESS_MAIN(TstJournal)
#include "tst_journal.moc"
