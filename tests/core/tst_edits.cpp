// SPDX-License-Identifier: GPL-3.0-or-later
// The edits of core/edit/Edits: each checks its rule and builds the Change the document
// applies, named for the undo history, or says why it is refused.
#include "core/edit/Edits.h"

#include "core/model/UtcTime.h"

#include <QtTest>

using namespace palmares;

namespace {

Campaign twoCandidates()
{
    Campaign c;
    Candidate a;
    a.id = 1;
    a.name = QStringLiteral("Paille & Terre");
    Candidate b;
    b.id = 2;
    b.name = QStringLiteral("Le Mess Partagé");
    c.candidates = {a, b};
    Decision allocated;
    allocated.candidateId = 2;
    allocated.kind = DecisionKind::Laureate;
    allocated.buildingId = 7;
    c.decisions = {allocated};
    Attachment file;
    file.id = 4;
    file.candidateId = 1;
    file.fileName = QStringLiteral("dossier.pdf");
    c.attachments = {file};
    return c;
}

const QDateTime at = utcDateTime(QDate(2026, 12, 2), QTime(10, 0));

} // namespace

class TstEdits : public QObject {
    Q_OBJECT

private slots:
    void anOverrideWithoutJustificationIsRefused_data()
    {
        QTest::addColumn<int>("override_");
        QTest::addColumn<QString>("justification");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("forced in, no justification") << int(Override::ForcedIn) << QString() << false;
        QTest::newRow("forced out, only spaces") << int(Override::ForcedOut) << QStringLiteral("  \n ") << false;
        QTest::newRow("forced in, with a reason") << int(Override::ForcedIn) << QStringLiteral("Filière bois") << true;
        QTest::newRow("no override needs no reason") << int(Override::None) << QString() << true;
    }

    void anOverrideWithoutJustificationIsRefused()
    {
        QFETCH(int, override_);
        QFETCH(QString, justification);
        QFETCH(bool, accepted);
        const Edit edit =
            Edits::recordDecision(twoCandidates(), 1, DecisionKind::Laureate, Override(override_), justification, at);
        QCOMPARE(edit.change.has_value(), accepted);
        if (accepted) {
            QVERIFY(edit.problem.isEmpty());
            QCOMPARE(edit.change->decisions.put.size(), size_t(1));
            const Decision& d = edit.change->decisions.put.front();
            QCOMPARE(d.justification, justification.trimmed());
            QCOMPARE(d.decidedAt, at);
            QVERIFY2(edit.change->text.contains(QStringLiteral("Paille & Terre")), qPrintable(edit.change->text));
        } else {
            QCOMPARE(edit.problem, QStringLiteral("A candidate forced in or out needs a written justification."));
        }
    }

    void aDecisionKeepsTheBuildingAndNoDecisionRemovesIt()
    {
        const Campaign c = twoCandidates();
        const Edit waiting = Edits::recordDecision(c, 2, DecisionKind::Waiting, Override::None, {}, at);
        QVERIFY2(waiting.change, qPrintable(waiting.problem));
        QCOMPARE(waiting.change->decisions.put.front().buildingId, Id(7));
        const Edit none = Edits::recordDecision(c, 2, DecisionKind::None, Override::None, {}, at);
        QVERIFY2(none.change, qPrintable(none.problem));
        QVERIFY(none.change->decisions.put.empty());
        QCOMPARE(none.change->decisions.remove.size(), size_t(1));
        QCOMPARE(none.change->decisions.remove.front().candidateId, Id(2));
    }

    void anEditOnWhatIsGoneIsRefused()
    {
        const Campaign c = twoCandidates();
        QVERIFY(!Edits::recordDecision(c, 99, DecisionKind::Laureate, Override::None, {}, at).change);
        QVERIFY(!Edits::attach(c, 99, QStringLiteral("a.pdf"), QStringLiteral("application/pdf"), "x", at).change);
        const Edit gone = Edits::removeAttachment(c, 99);
        QVERIFY(!gone.change);
        QVERIFY(!gone.problem.isEmpty());
    }

    void attachmentsGetTheNextIdAndComeOffWhole()
    {
        const Campaign c = twoCandidates();
        const Edit added = Edits::attach(c, 2, QStringLiteral("plan.png"), QStringLiteral("image/png"), "PNG", at);
        QVERIFY2(added.change, qPrintable(added.problem));
        const Attachment& a = added.change->attachments.put.front();
        QCOMPARE(a.id, Id(5));
        QCOMPARE(a.candidateId, Id(2));
        QCOMPARE(a.data, QByteArray("PNG"));
        QCOMPARE(a.addedAt, at);
        QCOMPARE(added.change->text, QStringLiteral("Attach plan.png to “Le Mess Partagé”"));
        const Edit removed = Edits::removeAttachment(c, 4);
        QVERIFY2(removed.change, qPrintable(removed.problem));
        QCOMPARE(removed.change->attachments.remove.front().fileName, QStringLiteral("dossier.pdf"));
    }

    void settingsAreReplacedWhole()
    {
        CampaignSettings s;
        s.fillTargetPct = 75;
        const Edit edit = Edits::settings(s, QStringLiteral("Change the fill target"));
        QVERIFY(edit.change && edit.change->settings);
        QCOMPARE(edit.change->settings->fillTargetPct, 75.0);
        QCOMPARE(edit.change->text, QStringLiteral("Change the fill target"));
    }
};

QTEST_MAIN(TstEdits)
#include "tst_edits.moc"
