// SPDX-License-Identifier: GPL-3.0-or-later
// Juror mode (ui/juror/JurorWindow) driven as a juror drives it: the passphrase asked again
// after a wrong one, the candidates with their progress, a value and a comment saved into
// the package at once and there when it is opened again, a value cleared, an attachment
// opened read-only from a private folder gone with the window, and the submission that
// freezes the package and names the file to send back.
#include "core/edit/Edits.h"
#include "core/edit/Returns.h"
#include "core/engine/Evaluation.h"
#include "core/i18n/Translations.h"
#include "core/io/PackageFiles.h"
#include "core/model/Change.h"
#include "tests/support/CampaignSamples.h"
#include "tests/support/TestFiles.h"
#include "ui/juror/JurorWindow.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <tuple>

using namespace palmares;

namespace {

const QDateTime exportTime = utcDateTime(QDate(2026, 6, 1), QTime(9, 0));

struct Exported {
    QString path;
    QString passphrase;
    int candidates = 0;
};

// The first expert's package of the demo, with one attachment for the first candidate.
Exported exportOne(const QString& folder)
{
    Campaign c = test::demoIn(CampaignStatus::Scoring);
    c.settings.identity = QByteArray(16, '\x2a');
    Attachment a;
    a.id = 7;
    a.candidateId = c.candidates.front().id;
    a.fileName = QStringLiteral("budget prévisionnel.pdf");
    c.attachments.push_back(a);
    const package::ExportResult r = package::exportPackages(
        c, {c.jurors.front().id}, folder, exportTime,
        [](Id, QString*) -> std::optional<QByteArray> { return QByteArrayLiteral("%PDF-1.4 budget"); });
    if (r.files.empty())
        return {};
    return {r.files.front().path, r.files.front().passphrase, r.files.front().candidates};
}

std::unique_ptr<JurorSession> openSession(const Exported& e)
{
    PackageProblem problem = PackageProblem::None;
    QString error;
    return JurorSession::open(e.path, e.passphrase, &problem, &error);
}

} // namespace

class TstJurorWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aWrongPassphraseIsAskedAgain()
    {
        QTemporaryDir dir;
        const Exported e = exportOne(dir.path());
        QVERIFY(!e.path.isEmpty());
        QStringList labels;
        int answered = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            labels << dialog->labelText();
            dialog->setTextValue(answered++ == 0 ? QStringLiteral("pomme-poire-12") : e.passphrase.toUpper());
            dialog->accept();
        });
        timer.start(20);
        auto session = JurorWindow::unlock(nullptr, e.path);
        timer.stop();
        QVERIFY(session);
        QCOMPARE(answered, 2);
        QVERIFY2(labels.at(1).contains(QStringLiteral("does not open")), qPrintable(labels.at(1)));
    }

    void scoresAreSavedAtOnce()
    {
        const Exported e = exportOne(m_dir.path());
        JurorWindow window(openSession(e));
        window.setAttribute(Qt::WA_DeleteOnClose, false);
        window.show();
        QVERIFY(window.menuBar()->actions().isEmpty()); // nothing of the organizer's window
        QCOMPARE(window.candidateList()->count(), e.candidates);
        QVERIFY2(window.progressLabel()->text().startsWith(QStringLiteral("%1 of %1").arg(e.candidates)),
                 qPrintable(window.progressLabel()->text()));
        const Id candidate = window.session().contents().candidates.front().id;
        const Id first = window.session().contents().criteria.at(0).id;
        const Id second = window.session().contents().criteria.at(1).id;
        QDoubleSpinBox* value = window.valueEditor(0);
        const double before = value->value();
        const double after = before >= 5 ? before - 2 : before + 2;
        value->setValue(after);
        QCOMPARE(window.session().score(candidate, first)->value, after);
        // A comment, typed and confirmed with Enter.
        QLineEdit* comment = window.commentEditor(0);
        comment->setFocus();
        comment->selectAll();
        QTest::keyClicks(comment, QStringLiteral("Bon ancrage local"));
        QTest::keyClick(comment, Qt::Key_Return);
        QCOMPARE(window.session().score(candidate, first)->comment, QStringLiteral("Bon ancrage local"));
        // The second criterion cleared: the candidate is no longer complete.
        window.valueEditor(1)->setValue(window.valueEditor(1)->minimum());
        QVERIFY(!window.session().score(candidate, second));
        QVERIFY(!window.commentEditor(1)->isEnabled());
        QVERIFY2(window.candidateList()->item(0)->text().startsWith(QStringLiteral("14/15")),
                 qPrintable(window.candidateList()->item(0)->text()));
        QVERIFY(window.progressLabel()->text().startsWith(QStringLiteral("%1 of").arg(e.candidates - 1)));

        // What the package holds when opened again.
        auto again = openSession(e);
        QVERIFY(again);
        QCOMPARE(again->score(candidate, first)->value, after);
        QCOMPARE(again->score(candidate, first)->comment, QStringLiteral("Bon ancrage local"));
        QVERIFY(!again->score(candidate, second));
        // Another candidate shows its own values.
        window.candidateList()->setCurrentRow(1);
        const Id next = window.session().contents().candidates.at(1).id;
        QCOMPARE(window.valueEditor(0)->value(), window.session().score(next, first)->value);
    }

    // Export → scores typed in juror mode's widgets → return imported: the ranking is the
    // one the same scores typed straight into the campaign give.
    void aRoundTripRanksAsTheScoresTypedDirectly()
    {
        Campaign c = test::demoIn(CampaignStatus::Scoring);
        c.settings.identity = QByteArray(16, '\x3b');
        const Id juror = c.jurors.front().id;
        QTemporaryDir dir;
        const package::ExportResult r = package::exportPackages(
            c, {juror}, dir.path(), exportTime, [](Id, QString*) -> std::optional<QByteArray> { return QByteArray(); });
        QCOMPARE(int(r.files.size()), 1);
        const Edit recorded = Returns::recordExport(c, r.records);
        QVERIFY(recorded.change);
        applyChange(c, *recorded.change);
        Campaign typed = c; // the same campaign, where the organizer types the values instead

        std::vector<std::tuple<Id, Id, double>> given;
        {
            JurorWindow window(openSession({r.files.front().path, r.files.front().passphrase, 0}));
            window.setAttribute(Qt::WA_DeleteOnClose, false);
            window.show();
            const PackageContents& p = window.session().contents();
            for (int row = 0; row < 6; ++row) {
                window.candidateList()->setCurrentRow(row);
                for (int k = 0; k < 3; ++k) {
                    QDoubleSpinBox* value = window.valueEditor(k);
                    const double v = (row + k) % 2 ? value->maximum() : value->minimum() + p.jury.scaleStep;
                    value->setValue(v);
                    given.emplace_back(p.candidates[size_t(row)].id, p.criteria[size_t(k)].id, v);
                }
            }
        }
        PackageContents back;
        QByteArray sha;
        QCOMPARE(package::readReturn(c, test::readBytes(r.files.front().path), &back, &sha), PackageProblem::None);
        const ReturnPlan plan =
            Returns::plan(c, back, QFileInfo(r.files.front().path).fileName(), sha, exportTime.addDays(3));
        QVERIFY(plan.conflicts.empty() && plan.skipped.empty());
        QVERIFY(plan.taken > 0);
        applyChange(c, *plan.edit.change);

        for (const auto& [candidate, criterion, v] : given) {
            const Score* current = nullptr;
            for (const Score& s : typed.scores) {
                if (s.jurorId == juror && s.candidateId == candidate && s.criterionId == criterion)
                    current = &s;
            }
            const Edit e = Edits::setScore(typed, juror, candidate, criterion, current, v, QStringLiteral("paper"),
                                           exportTime.addDays(2));
            if (e.change)
                applyChange(typed, *e.change);
        }
        const Evaluation viaPackage = evaluate(c, false);
        const Evaluation viaTyping = evaluate(typed, false);
        QCOMPARE(viaPackage.ranking.entries.size(), viaTyping.ranking.entries.size());
        bool moved = false;
        const Evaluation before = evaluate(test::demoIn(CampaignStatus::Scoring), false);
        for (size_t i = 0; i < viaPackage.ranking.entries.size(); ++i) {
            const int k = viaPackage.ranking.entries[i].candidate;
            QCOMPARE(k, viaTyping.ranking.entries[i].candidate);
            QCOMPARE(viaPackage.scores.candidates[size_t(k)].final, viaTyping.scores.candidates[size_t(k)].final);
            moved = moved || viaPackage.scores.candidates[size_t(k)].final != before.scores.candidates[size_t(k)].final;
        }
        QVERIFY2(moved, "the juror's scores changed nothing: the test proves nothing");
    }

    void attachmentsOpenFromAPrivateFolder()
    {
        const Exported e = exportOne(m_dir.path());
        QString path;
        {
            JurorWindow window(openSession(e));
            window.setAttribute(Qt::WA_DeleteOnClose, false);
            path = window.extractAttachment(7);
            QVERIFY(!path.isEmpty());
            QCOMPARE(test::readBytes(path), QByteArrayLiteral("%PDF-1.4 budget"));
            QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("budget prévisionnel.pdf"));
            QVERIFY(!(QFileInfo(path).permissions() & QFileDevice::WriteOwner));
            QVERIFY(!path.startsWith(QFileInfo(e.path).absolutePath()));
            QVERIFY(window.extractAttachment(999).isEmpty());
        }
        QVERIFY(!QFile::exists(path));
    }

    void submittingFreezesThePackage()
    {
        QTemporaryDir dir;
        const Exported e = exportOne(dir.path());
        {
            JurorWindow window(openSession(e));
            window.setAttribute(Qt::WA_DeleteOnClose, false);
            QVERIFY(!window.showsFinalScreen());
            window.submit(true);
            QVERIFY(window.showsFinalScreen());
            QVERIFY(window.session().isSubmitted());
        }
        auto session = openSession(e);
        QVERIFY(session && session->isSubmitted());
        JurorWindow reopened(std::move(session));
        reopened.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(reopened.showsFinalScreen());
        QVERIFY(!reopened.valueEditor(0)->isEnabled());
        // The last screen names the file to send back.
        bool named = false;
        for (const QLabel* label : reopened.findChildren<QLabel*>())
            named = named || label->text().contains(QDir::toNativeSeparators(e.path).toHtmlEscaped());
        QVERIFY(named);
    }
};

QTEST_MAIN(TstJurorWindow)
#include "tst_jurorwindow.moc"
