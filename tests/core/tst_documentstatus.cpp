// SPDX-License-Identifier: GPL-3.0-or-later
// What an open campaign's status allows (docs/lifecycle.md), and what it records besides its
// edits: the deliberation session, undone with its jurors, and the reports issued, recorded
// in every status and never undone.
#include "core/edit/CampaignDocument.h"
#include "core/edit/Edits.h"
#include "core/io/Fingerprint.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/DocumentRows.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace palmares;
using namespace palmares::test;

class TestDocumentStatus : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CampaignDocument> m_doc;

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("c.ami"));
        QString error;
        m_doc = test::draftDemo(m_path, &error);
        QVERIFY2(m_doc, qPrintable(error));
    }
    void cleanup() { m_doc.reset(); }

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
};

QTEST_GUILESS_MAIN(TestDocumentStatus)
#include "tst_documentstatus.moc"
