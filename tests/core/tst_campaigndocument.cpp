// SPDX-License-Identifier: GPL-3.0-or-later
// Editing an open campaign: every change is in the file at once, in memory and in the
// evaluation; undo puts back exactly what was there (file rows compared), dependents
// included; a second writer is refused; a refused change leaves everything as it was.
#include "core/edit/CampaignDocument.h"
#include "core/edit/Edits.h"
#include "core/io/Fingerprint.h"

#include "core/demo/DemoGenerator.h"
#include "core/model/UtcTime.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/CampaignSamples.h"
#include "tests/support/TestFiles.h"
#include "tests/support/Unprivileged.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace palmares;

namespace {

// Every row of every table but the audit log, in a stable order: equal dumps, equal data.
QString dumpRows(const QString& path)
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

int auditCount(const QString& path)
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
QString lastAudit(const QString& path)
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
        QFile::remove(m_path);
        QString error;
        m_doc = CampaignDocument::create(m_path, test::demoIn(CampaignStatus::Draft), &error);
        QVERIFY2(m_doc, qPrintable(error));
        m_doc->setClock([] { return utcDateTime(QDate(2026, 11, 22), QTime(10, 0)); });
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

    void aSecondWriterIsToldTheFileIsInUse()
    {
        QString error;
        CampaignDocument::Refusal refusal = CampaignDocument::Refusal::None;
        auto second = CampaignDocument::open(m_path, CampaignDocument::Access::ReadWrite, &error, &refusal);
        QVERIFY(!second);
        QCOMPARE(refusal, CampaignDocument::Refusal::InUse);
        QVERIFY2(error.contains(QLatin1String("already open")), qPrintable(error));

        auto reader = CampaignDocument::open(m_path, CampaignDocument::Access::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        QVERIFY(reader->isReadOnly());
        QCOMPARE(reader->campaign().candidates.size(), m_doc->campaign().candidates.size());
        Change change;
        change.buildings.put.push_back({999, QStringLiteral("X"), 10, QStringLiteral("bureau"), {}, {}});
        QVERIFY(!reader->apply(change, &error));
        QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));

        m_doc.reset(); // the first writer closes: the lock goes with it
        auto next = CampaignDocument::open(m_path, CampaignDocument::Access::ReadWrite, &error);
        QVERIFY2(next, qPrintable(error));
    }

    // Defect (seen in the fault trials): a program killed as it took a lock leaves an empty
    // lock file, which named no holder and kept the campaign "open for writing" for ever.
    void aLockFileLeftEmptyByAKilledProgramIsStale()
    {
        m_doc.reset();
        for (const QString& lock : {CampaignDocument::lockPath(m_path), CampaignDocument::identityLockPath(m_path)}) {
            QFile empty(lock);
            QVERIFY(empty.open(QIODevice::WriteOnly));
            empty.close();
            QString error;
            auto doc = CampaignDocument::open(m_path, CampaignDocument::Access::ReadWrite, &error);
            QVERIFY2(doc, qPrintable(error));
            doc.reset();
            QVERIFY2(!QFileInfo::exists(lock), qPrintable(lock)); // and it goes once closed
        }
    }

    // One writer per file, not per path: a link or a second name (a hard link) to the open
    // campaign leads to the same file, and to the same refusal, naming who holds it.
    void aSecondWriterThroughAnotherPathIsToldTheFileIsInUse_data()
    {
        QTest::addColumn<bool>("hardLink");
        QTest::newRow("through a symbolic link in another folder") << false;
        QTest::newRow("through a second name of the file (a hard link)") << true;
    }
    void aSecondWriterThroughAnotherPathIsToldTheFileIsInUse()
    {
        QFETCH(bool, hardLink);
        QTemporaryDir other;
        QVERIFY(other.isValid());
        const QString alias = other.filePath(QStringLiteral("même campagne.ami"));
        if (hardLink)
            QVERIFY(::link(QFile::encodeName(m_path).constData(), QFile::encodeName(alias).constData()) == 0);
        else
            QVERIFY(QFile::link(m_path, alias));
        QString error;
        CampaignDocument::Refusal refusal = CampaignDocument::Refusal::None;
        auto second = CampaignDocument::open(alias, CampaignDocument::Access::ReadWrite, &error, &refusal);
        QVERIFY2(!second, "a second writer opened the campaign through another path");
        QCOMPARE(refusal, CampaignDocument::Refusal::InUse);
        QVERIFY2(error.contains(QStringLiteral("already open for writing in ")) &&
                     error.contains(QStringLiteral("on this computer")),
                 qPrintable(error));
        QString why;
        QVERIFY2(!CampaignDocument::create(alias, DemoGenerator::generate(), &why), "the open campaign was replaced");
        m_doc.reset();
        auto next = CampaignDocument::open(alias, CampaignDocument::Access::ReadWrite, &error);
        QVERIFY2(next, qPrintable(error));
    }

    void aWriterInAMissingFolderIsToldSo()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("gone/c.ami"));
        QVERIFY(!CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &error));
        QVERIFY2(error.contains(QStringLiteral("no such file")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("writable")), qPrintable(error));
    }

    // The demo is in deliberation: a score is corrected only with a reason, the rules are
    // fixed, the campaign goes back one step at a time with a reason, and once closed
    // nothing changes (docs/lifecycle.md).
    void theStatusDecidesWhatMayChange()
    {
        QString error;
        QVERIFY2(m_doc->apply(Edits::setStatus(m_doc->campaign(), CampaignStatus::Deliberation), &error),
                 qPrintable(error));
        const auto scoreEdit = [&](const QString& reason) {
            const Campaign& c = m_doc->campaign();
            const Score& given = c.scores.front();
            const Juror* juror = rowWithId(c.jurors, given.jurorId);
            const Jury* jury = rowWithId(c.juries, juror->juryId);
            const double other = given.value == jury->scaleMin ? jury->scaleMax : jury->scaleMin;
            return Edits::setScore(c, given.jurorId, given.candidateId, given.criterionId, &given, other,
                                   QStringLiteral("entered"), m_doc->now(), reason);
        };
        QVERIFY(!m_doc->apply(scoreEdit({}), &error));
        QCOMPARE(error,
                 QStringLiteral("The campaign is in deliberation: a score is corrected only with a written reason."));
        QVERIFY2(m_doc->apply(scoreEdit(QStringLiteral("Erreur de report de la fiche papier")), &error),
                 qPrintable(error));
        QVERIFY2(lastAudit(m_path).contains(QStringLiteral("reason: Erreur de report de la fiche papier")),
                 qPrintable(lastAudit(m_path)));
        Pillar heavier = m_doc->campaign().pillars.front();
        heavier.weight += 1;
        QVERIFY(!m_doc->apply(Edits::editPillar(m_doc->campaign(), heavier), &error));
        QVERIFY2(error.contains(QStringLiteral("its rules")), qPrintable(error));

        // Back a step: with a reason, one at a time; what was done before is not undone.
        QVERIFY(!m_doc->apply(Edits::setStatus(m_doc->campaign(), CampaignStatus::Scoring), &error));
        QVERIFY2(error.contains(QStringLiteral("needs a written reason")), qPrintable(error));
        QVERIFY(!m_doc->apply(Edits::setStatus(m_doc->campaign(), CampaignStatus::Open, QStringLiteral("x")), &error));
        QVERIFY2(error.contains(QStringLiteral("one step at a time")), qPrintable(error));
        QVERIFY2(m_doc->apply(Edits::setStatus(m_doc->campaign(), CampaignStatus::Scoring,
                                               QStringLiteral("Un juré n'avait pas rendu sa fiche")),
                              &error),
                 qPrintable(error));
        QCOMPARE(m_doc->campaign().settings.status, CampaignStatus::Scoring);
        QVERIFY2(!m_doc->undoStack()->canUndo(), "a change of status is not undone");
        QVERIFY2(lastAudit(m_path).contains(QStringLiteral("reason: Un juré")), qPrintable(lastAudit(m_path)));
        QVERIFY2(m_doc->apply(scoreEdit({}), &error), qPrintable(error));
        QVERIFY(!m_doc->apply(Edits::editPillar(m_doc->campaign(), heavier), &error));

        // Closed: nothing changes, from any page.
        QVERIFY(m_doc->apply(Edits::setStatus(m_doc->campaign(), CampaignStatus::Closed), &error));
        const QString before = dumpRows(m_path);
        const Campaign& c = m_doc->campaign();
        Candidate renamed = c.candidates.front();
        renamed.name += QStringLiteral(" (bis)");
        const std::vector<Edit> refused{
            scoreEdit(QStringLiteral("une raison")),
            Edits::editCandidate(c, renamed, QStringLiteral("name")),
            Edits::addBuilding(c),
            Edits::recordDecision(c, c.candidates.front().id, DecisionKind::Rejected, Override::None, {}, m_doc->now()),
            Edits::addJuror(c, c.juries.front().id),
            Edits::settings(
                [&] {
                    CampaignSettings s = c.settings;
                    s.name += QStringLiteral(" 2");
                    return s;
                }(),
                QStringLiteral("Rename")),
        };
        for (const Edit& edit : refused) {
            QVERIFY(edit.change);
            QVERIFY2(!m_doc->apply(edit, &error), qPrintable(edit.change->text));
            QVERIFY2(error.startsWith(QStringLiteral("The campaign is closed: it can only be read.")),
                     qPrintable(error));
        }
        QCOMPARE(dumpRows(m_path), before);
        QVERIFY(m_doc->apply(Edits::setStatus(m_doc->campaign(), CampaignStatus::Deliberation,
                                              QStringLiteral("Recours gracieux d'un candidat")),
                             &error));
        QVERIFY2(m_doc->apply(Edits::recordDecision(m_doc->campaign(), m_doc->campaign().candidates.front().id,
                                                    DecisionKind::Rejected, Override::None, {}, m_doc->now()),
                              &error),
                 qPrintable(error));
    }

    // The deliberation session: recorded in one change, undone to nothing, a juror removed
    // leaves it (undo puts them back present), in the journal; recorded in draft and in
    // deliberation only (docs/lifecycle.md).
    void theDeliberationSessionIsRecordedAndUndoneWithItsJurors()
    {
        QString error;
        // The demo's session taken away first: this one is recorded on a campaign without.
        QVERIFY2(m_doc->apply(Edits::setDeliberationSession(m_doc->campaign(), std::nullopt), &error),
                 qPrintable(error));
        const QString before = dumpRows(m_path);
        const Campaign& c = m_doc->campaign();
        const Id expert = c.jurors.front().id, citizen = c.jurors.back().id;
        DeliberationSession s;
        s.heldAt = utcDateTime(QDate(2026, 6, 12), QTime(16, 30));
        s.place = QStringLiteral("Salle du conseil");
        s.chair = QStringLiteral("Hélène Marchal");
        s.jurorsPresent = {expert, citizen};
        QVERIFY2(m_doc->apply(Edits::setDeliberationSession(c, s), &error), qPrintable(error));
        QVERIFY2(m_doc->undoStack()->undoText().startsWith(QStringLiteral("Record the deliberation session of")),
                 qPrintable(m_doc->undoStack()->undoText()));
        QVERIFY2(lastAudit(m_path).contains(QStringLiteral("deliberation session: 1 row")),
                 qPrintable(lastAudit(m_path)));
        std::optional<Campaign> onDisk = CampaignFile::read(m_path, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QVERIFY(deliberationSession(*onDisk));
        QCOMPARE(deliberationSession(*onDisk)->jurorsPresent, (std::vector<Id>{expert, citizen}));
        const QString recorded = dumpRows(m_path);

        QVERIFY2(m_doc->apply(Edits::removeJuror(m_doc->campaign(), expert), &error), qPrintable(error));
        QCOMPARE(deliberationSession(m_doc->campaign())->jurorsPresent, std::vector<Id>{citizen});
        onDisk = CampaignFile::read(m_path, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QCOMPARE(deliberationSession(*onDisk)->jurorsPresent, std::vector<Id>{citizen});
        m_doc->undoStack()->undo();
        QCOMPARE(dumpRows(m_path), recorded);
        QCOMPARE(deliberationSession(m_doc->campaign())->jurorsPresent, (std::vector<Id>{expert, citizen}));
        m_doc->undoStack()->undo();
        QCOMPARE(dumpRows(m_path), before);
        QVERIFY(!deliberationSession(m_doc->campaign()));
        m_doc->undoStack()->redo();
        QCOMPARE(dumpRows(m_path), recorded);

        QVERIFY2(m_doc->apply(Edits::setStatus(m_doc->campaign(), CampaignStatus::Scoring), &error), qPrintable(error));
        s.place = QStringLiteral("Hangar 3");
        QVERIFY(!m_doc->apply(Edits::setDeliberationSession(m_doc->campaign(), s), &error));
        QCOMPARE(error, QStringLiteral("The campaign is in scoring: the deliberation session is recorded in "
                                       "deliberation."));
        QVERIFY2(m_doc->apply(Edits::setStatus(m_doc->campaign(), CampaignStatus::Deliberation), &error),
                 qPrintable(error));
        QVERIFY2(m_doc->apply(Edits::setDeliberationSession(m_doc->campaign(), s), &error), qPrintable(error));
        QCOMPARE(deliberationSession(m_doc->campaign())->place, QStringLiteral("Hangar 3"));
    }

    // A report issued is recorded with the fingerprint of the result and each table's digest,
    // in the journal, in every status (closed too); it is not undone, and the undo history
    // stays as it was.
    void aReportIssuedIsRecordedInEveryStatusAndNotUndone()
    {
        QString error;
        QVERIFY2(m_doc->apply(Edits::addBuilding(m_doc->campaign()), &error), qPrintable(error));
        const int undoable = m_doc->undoStack()->count();
        const QString undoText = m_doc->undoStack()->undoText();
        const Edit issue = Edits::recordIssued(m_doc->campaign(), IssuedDocument::Report, true,
                                               QStringLiteral("/tmp/dossier/rapport public.pdf"), m_doc->now());
        QVERIFY(issue.change);
        QCOMPARE(issue.change->text, QStringLiteral("Issue of the public laureate report “rapport public.pdf”"));
        QVERIFY2(m_doc->apply(*issue.change, &error, QStringLiteral("issue_report")), qPrintable(error));
        QCOMPARE(m_doc->undoStack()->count(), undoable);
        QCOMPARE(m_doc->undoStack()->undoText(), undoText);
        QVERIFY2(lastAudit(m_path).contains(QStringLiteral("(reports issued: 1 row(s) written)")),
                 qPrintable(lastAudit(m_path)));
        std::optional<Campaign> onDisk = CampaignFile::read(m_path, &error);
        QVERIFY2(onDisk, qPrintable(error));
        QCOMPARE(onDisk->issued.size(), size_t(1));
        const IssuedReport& r = onDisk->issued.front();
        QCOMPARE(r.id, Id(1));
        QCOMPARE(r.fileName, QStringLiteral("rapport public.pdf"));
        QCOMPARE(r.fingerprint, fingerprint::of(m_doc->campaign()));
        QCOMPARE(r.digests.size(), fingerprint::parts(m_doc->campaign()).size());
        QVERIFY(fingerprint::changedTables(r.digests, fingerprint::parts(m_doc->campaign())).isEmpty());

        // Undoing the building undoes the building only, and changes what the report's
        // fingerprint covers: the buildings.
        m_doc->undoStack()->undo();
        QCOMPARE(m_doc->campaign().issued.size(), size_t(1));
        QCOMPARE(fingerprint::changedTables(r.digests, fingerprint::parts(m_doc->campaign())),
                 QStringList{QStringLiteral("buildings")});

        QVERIFY(m_doc->apply(Edits::setStatus(m_doc->campaign(), CampaignStatus::Closed), &error));
        QVERIFY2(m_doc->apply(*Edits::recordIssued(m_doc->campaign(), IssuedDocument::Minutes, false,
                                                   QStringLiteral("pv.odt"), m_doc->now())
                                   .change,
                              &error, QStringLiteral("issue_report")),
                 qPrintable(error));
        QCOMPARE(m_doc->campaign().issued.size(), size_t(2));
        QCOMPARE(m_doc->campaign().issued.back().id, Id(2));
        QCOMPARE(m_doc->campaign().issued.back().document, IssuedDocument::Minutes);
    }

    // Another program that opens the file with SQLite (the sqlite3 shell, a backup tool) and
    // holds a write on it makes an edit fail, saying so: nothing changes, in memory or in
    // the file, and the next edit once it has let go is saved.
    void anotherSqliteProgramHoldingTheFileMakesAnEditFailCleanly()
    {
        const QString before = dumpRows(m_path);
        const size_t buildings = m_doc->campaign().buildings.size();
        const int steps = m_doc->undoStack()->count();
        const Edit add = Edits::addBuilding(m_doc->campaign());
        QVERIFY(add.change);
        const QString name = QStringLiteral("another-program");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(m_path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
            QString error;
            QElapsedTimer waited;
            waited.start();
            QVERIFY(!m_doc->apply(add, &error));
            QVERIFY2(error.contains(QStringLiteral("c.ami is locked by another program")) &&
                         error.contains(QStringLiteral("nothing was saved")),
                     qPrintable(error));
            QVERIFY2(waited.elapsed() < 60000, "the edit hung on the lock");
            QCOMPARE(m_doc->campaign().buildings.size(), buildings);
            QCOMPARE(m_doc->undoStack()->count(), steps);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(dumpRows(m_path), before);
        QString error;
        QVERIFY2(m_doc->apply(add, &error), qPrintable(error));
        QCOMPARE(m_doc->campaign().buildings.size(), buildings + 1);
    }

    // A campaign that cannot be written (the file, or its folder) is refused for writing
    // with that reason, and opens for reading without anything written in or beside it.
    void aCampaignThatCannotBeWrittenOpensForReading()
    {
        PALMARES_RUN_UNPRIVILEGED();
        m_doc.reset();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("lecture.ami"));
        QVERIFY(QFile::copy(m_path, path));
        const size_t candidates = CampaignFile::read(path, nullptr)->candidates.size();
        const QFileDevice::Permissions readOnly =
            QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        const QFileDevice::Permissions folder = QFile::permissions(dir.path());
        struct Case {
            const char* what;
            bool folderReadOnly;
            const char* says;
        };
        for (const Case& c : {Case{"the file is read-only", false, "the file is read-only"},
                              Case{"its folder is read-only", true, "its folder"}}) {
            QVERIFY(QFile::setPermissions(path, c.folderReadOnly ? readOnly | QFileDevice::WriteOwner : readOnly));
            if (c.folderReadOnly)
                QVERIFY(
                    QFile::setPermissions(dir.path(), folder & ~(QFileDevice::WriteOwner | QFileDevice::WriteUser)));
            const QStringList before = test::listing(dir.path());
            const QByteArray print = test::fingerprint(path);
            QString error;
            CampaignDocument::Refusal refusal = CampaignDocument::Refusal::None;
            QVERIFY2(!CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &error, &refusal), c.what);
            QCOMPARE(refusal, CampaignDocument::Refusal::ReadOnly);
            QVERIFY2(error.contains(QLatin1String(c.says)) && error.contains(QStringLiteral("Open it for reading")),
                     qPrintable(error));
            auto reader = CampaignDocument::open(path, CampaignDocument::Access::ReadOnly, &error);
            QVERIFY2(reader, qPrintable(error));
            QVERIFY(reader->isReadOnly());
            QCOMPARE(reader->campaign().candidates.size(), candidates);
            reader.reset();
            QCOMPARE(test::listing(dir.path()), before);
            QCOMPARE(test::fingerprint(path), print);
            QVERIFY(QFile::setPermissions(dir.path(), folder));
        }
    }

    void aCopyHoldsTheSameRows()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copie.ami"));
        QString error;
        QVERIFY2(m_doc->saveCopyAs(copy, &error), qPrintable(error));
        QCOMPARE(dumpRows(copy), dumpRows(m_path));
        QVERIFY(!m_doc->saveCopyAs(m_path, &error));
        QVERIFY(!m_doc->saveCopyAs(m_dir.filePath(QStringLiteral("no/such/folder/x.ami")), &error));
        QVERIFY2(error.contains(QLatin1String("folder does not exist")), qPrintable(error));
    }

    void aNonCampaignFileIsRefused()
    {
        const QString junk = m_dir.filePath(QStringLiteral("notes.ami"));
        QVERIFY(test::writeBytes(junk, "not a campaign"));
        const QByteArray before = test::fingerprint(junk);
        QString error;
        QVERIFY(!CampaignDocument::open(junk, CampaignDocument::Access::ReadWrite, &error));
        QVERIFY2(!error.isEmpty(), "a reason is given");
        QCOMPARE(test::fingerprint(junk), before);
        QVERIFY(!QFileInfo::exists(CampaignDocument::lockPath(junk)));
    }
};

QTEST_GUILESS_MAIN(TestCampaignDocument)
#include "tst_campaigndocument.moc"
