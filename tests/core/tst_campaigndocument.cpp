// SPDX-License-Identifier: GPL-3.0-or-later
// Editing an open campaign: every change is in the file at once, in memory and in the
// evaluation; undo puts back exactly what was there (file rows compared), dependents
// included; a refused change leaves everything as it was; every change is audited.
// (What the status allows: tst_documentstatus; the file itself: tst_documentfile.)
#include "core/edit/CampaignDocument.h"
#include "core/edit/Edits.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/DocumentRows.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <map>
#include <tuple>

using namespace palmares;
using namespace palmares::test;

namespace {

// Each score's value, by key: equal maps, the same scores whatever their order.
using ScoreValues = std::map<std::tuple<Id, Id, Id>, double>;
ScoreValues valuesOf(const std::vector<Score>& scores)
{
    ScoreValues values;
    for (const Score& s : scores)
        values[rowKey(s)] = s.value;
    return values;
}

template<typename T, typename Pred> int countIf(const std::vector<T>& rows, Pred p)
{
    return int(std::count_if(rows.begin(), rows.end(), p));
}

} // namespace

class TestCampaignDocument : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CampaignDocument> m_doc;

    // Removes the last `count` scores through the document; they are returned.
    std::vector<Score> removeLastScores(size_t count)
    {
        const std::vector<Score>& scores = m_doc->campaign().scores;
        const std::vector<Score> gone(scores.end() - std::ptrdiff_t(count), scores.end());
        Change clear;
        clear.scores.remove = gone;
        QString error;
        if (!m_doc->apply(clear, &error))
            qFatal("%s", qPrintable(error));
        return gone;
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("c.ami"));
        QString error;
        m_doc = test::draftDemo(m_path, &error);
        QVERIFY2(m_doc, qPrintable(error));
    }
    void cleanup() { m_doc.reset(); }

    void addedBuildingIsInTheFileAndUndoRemovesIt()
    {
        const QString before = dumpRows(m_path);
        const double surface = rentableSurface(m_doc->campaign());
        QSignalSpy changed(m_doc.get(), &CampaignDocument::changed);
        Change change;
        change.text = QStringLiteral("Add building");
        change.buildings.put.push_back({CampaignDocument::nextId(m_doc->campaign().buildings),
                                        QStringLiteral("Hangar 9"),
                                        1200,
                                        QStringLiteral("atelier"),
                                        {},
                                        {}});
        QString error;
        QVERIFY2(m_doc->apply(change, &error), qPrintable(error));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(rentableSurface(m_doc->campaign()), surface + 1200);
        std::optional<Campaign> onDisk = CampaignFile::read(m_path, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QCOMPARE(onDisk->buildings.back().name, QStringLiteral("Hangar 9"));
        QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Add building"));

        m_doc->undoStack()->undo();
        QCOMPARE(dumpRows(m_path), before);
        QCOMPARE(rentableSurface(m_doc->campaign()), surface);
        m_doc->undoStack()->redo();
        QCOMPARE(m_doc->campaign().buildings.back().name, QStringLiteral("Hangar 9"));
        QCOMPARE(changed.count(), 3);
    }

    void removingACandidateTakesItsRowsAndUndoBringsThemBack()
    {
        const Campaign& c = m_doc->campaign();
        const Candidate victim = c.candidates.front();
        auto mine = [&](const auto& row) { return row.candidateId == victim.id; };
        const int scores = countIf(c.scores, mine), conflicts = countIf(c.conflicts, mine);
        QVERIFY(scores > 0);
        // A decision and an attachment too, so that every dependent table is exercised.
        Change setup;
        setup.decisions.put.push_back({victim.id, DecisionKind::Laureate, 0, Override::ForcedIn,
                                       QStringLiteral("Projet structurant"), m_doc->now()});
        setup.attachments.put.push_back({1, victim.id, QStringLiteral("dossier.pdf"), QStringLiteral("application/pdf"),
                                         QByteArray("%PDF-1.4 test"), m_doc->now()});
        QString error;
        QVERIFY2(m_doc->apply(setup, &error), qPrintable(error));
        const QString before = dumpRows(m_path);

        Change remove;
        remove.text = QStringLiteral("Remove candidate");
        remove.candidates.remove.push_back(victim);
        QVERIFY2(m_doc->apply(remove, &error), qPrintable(error));
        QCOMPARE(countIf(c.scores, mine), 0);
        QCOMPARE(countIf(c.decisions, mine), 0);
        QCOMPARE(countIf(c.attachments, mine), 0);
        QVERIFY(dumpRows(m_path) != before);

        m_doc->undoStack()->undo();
        QCOMPARE(dumpRows(m_path), before);
        QCOMPARE(countIf(c.scores, mine), scores);
        QCOMPARE(countIf(c.conflicts, mine), conflicts);
        QCOMPARE(c.candidates.front().name, victim.name);
        const std::optional<QByteArray> data = m_doc->attachmentData(1, &error);
        QVERIFY2(data, qPrintable(error));
        QCOMPARE(*data, QByteArray("%PDF-1.4 test"));
    }

    // Removed and put in one change, a row is replaced: its dependents go, in memory as in
    // the file (whose foreign keys cascade), and undo brings them back.
    void aCandidateRemovedAndPutInOneChangeComesBackBareInMemoryAndInTheFile()
    {
        const Campaign& c = m_doc->campaign();
        const Candidate victim = c.candidates.front();
        auto mine = [&](const auto& row) { return row.candidateId == victim.id; };
        const int scores = countIf(c.scores, mine);
        QVERIFY(scores > 0);
        const QString before = dumpRows(m_path);
        Change replace;
        replace.text = QStringLiteral("Replace candidate");
        replace.candidates.remove.push_back(victim);
        replace.candidates.put.push_back(victim);
        QString error;
        QVERIFY2(m_doc->apply(replace, &error), qPrintable(error));
        QCOMPARE(countIf(c.candidates, [&](const Candidate& k) { return k.id == victim.id; }), 1);
        QCOMPARE(countIf(c.scores, mine), 0);
        const std::optional<Campaign> onDisk = CampaignFile::read(m_path, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QCOMPARE(countIf(onDisk->candidates, [&](const Candidate& k) { return k.id == victim.id; }), 1);
        QCOMPARE(countIf(onDisk->scores, mine), 0);
        QCOMPARE(onDisk->scores.size(), c.scores.size());

        m_doc->undoStack()->undo();
        QCOMPARE(dumpRows(m_path), before);
        QCOMPARE(countIf(c.scores, mine), scores);
    }

    void removingABuildingDetachesCandidatesThatPreferredIt()
    {
        const Campaign& c = m_doc->campaign();
        const Building building = c.buildings.front();
        Change prefer;
        Candidate k = c.candidates.at(3);
        k.preferredBuildingId = building.id;
        prefer.candidates.put.push_back(k);
        QString error;
        QVERIFY2(m_doc->apply(prefer, &error), qPrintable(error));
        const QString before = dumpRows(m_path);

        Change remove;
        remove.buildings.remove.push_back(building);
        QVERIFY2(m_doc->apply(remove, &error), qPrintable(error));
        QCOMPARE(c.candidates.at(3).preferredBuildingId, Id(0));
        m_doc->undoStack()->undo();
        QCOMPARE(c.candidates.at(3).preferredBuildingId, building.id);
        QCOMPARE(dumpRows(m_path), before);
    }

    void removingAPillarTakesItsCriteriaAndTheirScores()
    {
        const Campaign& c = m_doc->campaign();
        const QString before = dumpRows(m_path);
        const size_t criteria = c.criteria.size(), scores = c.scores.size();
        Change remove;
        remove.pillars.remove.push_back(c.pillars.back());
        QString error;
        QVERIFY2(m_doc->apply(remove, &error), qPrintable(error));
        QVERIFY(c.criteria.size() < criteria);
        QVERIFY(c.scores.size() < scores);
        m_doc->undoStack()->undo();
        QCOMPARE(c.criteria.size(), criteria);
        QCOMPARE(c.scores.size(), scores);
        QCOMPARE(dumpRows(m_path), before);
    }

    void aScoreEditChangesTheEvaluation()
    {
        const Campaign& c = m_doc->campaign();
        const Score first = c.scores.front();
        const size_t index = size_t(std::find_if(c.candidates.begin(), c.candidates.end(),
                                                 [&](const Candidate& k) { return k.id == first.candidateId; }) -
                                    c.candidates.begin());
        auto finalScore = [&] { return m_doc->evaluation().scores.candidates.at(index).final; };
        const double before = finalScore();
        const Juror& juror =
            *std::find_if(c.jurors.begin(), c.jurors.end(), [&](const Juror& r) { return r.id == first.jurorId; });
        const Jury& jury =
            *std::find_if(c.juries.begin(), c.juries.end(), [&](const Jury& j) { return j.id == juror.juryId; });
        Score s = first;
        s.value = s.value == jury.scaleMin ? jury.scaleMax : jury.scaleMin;
        Change edit;
        edit.scores.put.push_back(s);
        QString error;
        QVERIFY2(m_doc->apply(edit, &error), qPrintable(error));
        QVERIFY2(finalScore() != before, "the final score follows the edit");
        m_doc->undoStack()->undo();
        QCOMPARE(finalScore(), before);
    }

    // A few rows are found by searching, many through a hash table: both ways put, replace
    // and remove the same rows, the last of two rows with one key wins, and undo restores.
    void aBatchOfScoresAddsReplacesAndRemoves_data()
    {
        QTest::addColumn<int>("n");
        QTest::newRow("a few rows") << 2;
        QTest::newRow("many rows") << 300;
    }
    void aBatchOfScoresAddsReplacesAndRemoves()
    {
        QFETCH(int, n);
        const Campaign& c = m_doc->campaign();
        const size_t count = size_t(n);
        QVERIFY(c.scores.size() > 4 * count);
        const std::vector<Score> gone = removeLastScores(count);
        QString error;
        const QString before = dumpRows(m_path);
        const size_t total = c.scores.size();

        Change batch;
        ScoreValues expected = valuesOf(c.scores);
        for (size_t i = 0; i < count; ++i) {
            Score changed = c.scores[i];
            changed.value = changed.value > 5 ? 1 : 9;
            batch.scores.put.push_back(changed);
            expected[rowKey(changed)] = changed.value;
            batch.scores.remove.push_back(c.scores[count + i]);
            expected.erase(rowKey(c.scores[count + i]));
            Score back = gone[i];
            back.value = 2;
            batch.scores.put.push_back(back);
            back.value = 3; // the same key again: this one wins
            batch.scores.put.push_back(back);
            expected[rowKey(back)] = 3;
        }
        QVERIFY2(m_doc->apply(batch, &error), qPrintable(error));
        QCOMPARE(c.scores.size(), total);
        QVERIFY2(valuesOf(c.scores) == expected, "in memory");
        const std::optional<Campaign> onDisk = CampaignFile::read(m_path, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QVERIFY2(valuesOf(onDisk->scores) == expected, "in the file");

        m_doc->undoStack()->undo();
        QCOMPARE(dumpRows(m_path), before);
        QCOMPARE(c.scores.size(), total);
        QVERIFY2(valuesOf(c.scores) == valuesOf(CampaignFile::read(m_path, &error)->scores), "undone in memory");
        m_doc->undoStack()->redo();
        QVERIFY2(valuesOf(c.scores) == expected, "redone in memory");
    }

    void aRefusedChangeLeavesEverythingAsItWas()
    {
        const QString before = dumpRows(m_path);
        const int audit = auditCount(m_path);
        const size_t buildings = m_doc->campaign().buildings.size();
        Change bad;
        bad.buildings.put.push_back({999, QStringLiteral("Ok"), 10, QStringLiteral("bureau"), {}, {}});
        bad.buildings.put.push_back({1000, QStringLiteral("Négatif"), -5, QStringLiteral("bureau"), {}, {}});
        QString error;
        QVERIFY(!m_doc->apply(bad, &error));
        QVERIFY2(error.contains(QLatin1String("cannot be saved")), qPrintable(error));
        QCOMPARE(m_doc->campaign().buildings.size(), buildings);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QCOMPARE(dumpRows(m_path), before);
        QCOMPARE(auditCount(m_path), audit);
    }

    // A change the file refuses leaves memory as it was: a small one, removals included,
    // never reaches memory (scores stay in their order); a large one, followed in memory
    // while the file is written, is taken back row for row, removed scores coming back at
    // the end of their table (nothing keeps positions in it: the score grid goes by ids).
    void aRefusedBatchOfScoresLeavesMemoryAsItWas_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<bool>("removals");
        QTest::newRow("a few rows, some removed") << 3 << true;
        QTest::newRow("many rows, followed alongside") << 700 << false;
        QTest::newRow("many rows, some removed, followed alongside") << 400 << true;
    }
    void aRefusedBatchOfScoresLeavesMemoryAsItWas()
    {
        QFETCH(int, n);
        QFETCH(bool, removals);
        const Campaign& c = m_doc->campaign();
        const size_t count = size_t(n);
        // Some scores removed first, to be put back by the refused change as new rows.
        const std::vector<Score> gone = removeLastScores(count);
        QString error;
        const QString before = dumpRows(m_path);
        const std::vector<Score> scores = c.scores;
        const double final = m_doc->evaluation().scores.candidates.front().final;

        Change bad;
        for (size_t i = 0; i < count; ++i) {
            Score s = c.scores[i];
            s.value = 4;
            s.comment = QStringLiteral("changé");
            bad.scores.put.push_back(s);
            bad.scores.put.push_back(gone[i]);
            if (removals)
                bad.scores.remove.push_back(c.scores[count + i]);
        }
        QVERIFY(bad.rowCount() >= (removals ? 3 * count : 1000));
        Score orphan = c.scores.front();
        orphan.jurorId = 999999; // no such juror: the file refuses the whole change
        bad.scores.put.push_back(orphan);
        QVERIFY(!m_doc->apply(bad, &error));
        QVERIFY2(error.contains(QLatin1String("cannot be saved")), qPrintable(error));
        QCOMPARE(dumpRows(m_path), before);
        QCOMPARE(c.scores.size(), scores.size());
        const bool inOrder = bad.rowCount() < 1000 || !removals;
        for (size_t i = 0; i < scores.size() && inOrder; ++i) {
            const Score &now = c.scores[i], &was = scores[i];
            QVERIFY2(rowKey(now) == rowKey(was) && now.value == was.value && now.comment == was.comment,
                     qPrintable(QStringLiteral("score %1 is not as it was").arg(i)));
        }
        QVERIFY2(valuesOf(c.scores) == valuesOf(scores), "the same scores, with their values");
        for (const Score& now : c.scores)
            QVERIFY2(now.comment != QStringLiteral("changé"), "no comment of the refused change stays");
        QCOMPARE(m_doc->evaluation().scores.candidates.front().final, final);
        QCOMPARE(m_doc->undoStack()->count(), 1);
    }

    void everyChangeUndoAndRedoIsAudited()
    {
        const int audit = auditCount(m_path);
        Change change;
        change.text = QStringLiteral("Rename");
        CampaignSettings s = m_doc->campaign().settings;
        s.name = QStringLiteral("Microville 113");
        change.settings = s;
        QVERIFY(m_doc->apply(change));
        m_doc->undoStack()->undo();
        m_doc->undoStack()->redo();
        QCOMPARE(auditCount(m_path), audit + 3);
        QCOMPARE(m_doc->campaign().settings.name, QStringLiteral("Microville 113"));
    }
};

QTEST_GUILESS_MAIN(TestCampaignDocument)
#include "tst_campaigndocument.moc"
