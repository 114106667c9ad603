// SPDX-License-Identifier: GPL-3.0-or-later
// Juror packages end to end without a window (core/io/JurorPackage, PackageFiles,
// JurorSession, core/edit/Returns): what a package holds and hides, every file a return
// refuses and why, what a return takes, leaves, puts in conflict or reports, and the
// juror's autosave.
#include "core/edit/Returns.h"
#include "core/io/JurorPackage.h"
#include "core/io/JurorSession.h"
#include "core/io/PackageFiles.h"
#include "core/model/Change.h"
#include "core/present/Words.h"
#include "tests/support/CampaignSamples.h"
#include "tests/support/TestFiles.h"

#include <QCborMap>
#include <QCborValue>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace palmares;
using namespace palmares::test;

namespace {

const QDateTime exportTime = utcDateTime(QDate(2026, 6, 1), QTime(9, 0));
const QDateTime jurorTime = utcDateTime(QDate(2026, 6, 3), QTime(21, 15));
const QDateTime paperTime = utcDateTime(QDate(2026, 6, 4), QTime(10, 0));
const QDateTime returnTime = utcDateTime(QDate(2026, 6, 5), QTime(14, 30));

// The demo in scoring, with an identity (a campaign file gives one) and an attachment.
Campaign scoringDemo()
{
    Campaign c = demoIn(CampaignStatus::Scoring);
    c.settings.identity = QByteArray::fromHex("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    Attachment a;
    a.id = 1;
    a.candidateId = c.candidates.front().id;
    a.fileName = QStringLiteral("dossier.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.addedAt = exportTime;
    c.attachments.push_back(a);
    return c;
}

// The bytes of the attachment `id`, as the campaign file would read them.
QByteArray attachmentData(Id id)
{
    return QByteArrayLiteral("%PDF-1.4 dossier de candidature n° ") + QByteArray::number(id);
}

const package::AttachmentBytes bytesOf = [](Id id, QString*) -> std::optional<QByteArray> {
    return attachmentData(id);
};

const Juror& firstExpert(const Campaign& c)
{
    return c.jurors.front();
}

// A juror with a conflict of interest in the demo.
Id conflictedJuror(const Campaign& c)
{
    return c.conflicts.front().jurorId;
}

const Score* held(const Campaign& c, Id juror, Id candidate, Id criterion)
{
    for (const Score& s : c.scores) {
        if (s.jurorId == juror && s.candidateId == candidate && s.criterionId == criterion)
            return &s;
    }
    return nullptr;
}

PackageScore* scoreIn(PackageContents& p, Id candidate, Id criterion)
{
    for (PackageScore& s : p.scores) {
        if (s.candidateId == candidate && s.criterionId == criterion)
            return &s;
    }
    return nullptr;
}

// The juror changes a score in their package, as juror mode does.
void jurorGives(PackageContents& p, Id candidate, Id criterion, double value)
{
    PackageScore* s = scoreIn(p, candidate, criterion);
    QVERIFY(s);
    s->value = value;
    s->at = jurorTime;
}

// Exports `juror`'s package into `folder` and records it in `campaign`.
QString exportOne(Campaign& campaign, Id juror, const QString& folder)
{
    const package::ExportResult r = package::exportPackages(campaign, {juror}, folder, exportTime, bytesOf);
    if (!r.error.isEmpty() || r.files.size() != 1)
        return {};
    const Edit e = Returns::recordExport(campaign, r.records);
    if (!e.change)
        return {};
    applyChange(campaign, *e.change);
    return r.files.front().path;
}

// Another value on the demo's scale (0 to 10): three points away.
double other(double v)
{
    return v >= 5 ? v - 3 : v + 3;
}

} // namespace

class TstJurorPackage : public QObject {
    Q_OBJECT

private slots:
    void contentsComeBackFieldByField()
    {
        const Campaign c = scoringDemo();
        QString error;
        const auto p = package::contentsFor(c, firstExpert(c).id, exportTime, bytesOf, &error);
        QVERIFY2(p, qPrintable(error));
        PackageContents read;
        QCOMPARE(package::decode(package::encode(*p), &read), PackageProblem::None);
        QCOMPARE(read.campaignId, c.settings.identity);
        QCOMPARE(read.campaignName, c.settings.name);
        QCOMPARE(read.juror.id, firstExpert(c).id);
        QCOMPARE(read.juror.name, firstExpert(c).name);
        QCOMPARE(read.jury.scaleMax, p->jury.scaleMax);
        QCOMPARE(read.jury.scaleStep, p->jury.scaleStep);
        QCOMPARE(read.criteria.size(), c.criteria.size());
        QCOMPARE(read.criteria.front().rubric.size(), c.criteria.front().rubric.size());
        QCOMPARE(read.candidates.size(), p->candidates.size());
        QCOMPARE(read.candidates.front().description, p->candidates.front().description);
        QCOMPARE(read.candidates.front().wantedStart, p->candidates.front().wantedStart);
        QCOMPARE(read.scores.size(), p->scores.size());
        QVERIFY(!read.scores.empty());
        QCOMPARE(read.scores.front().value, p->scores.front().value);
        QCOMPARE(read.scores.front().base, p->scores.front().base);
        QVERIFY(!read.scores.front().changedByJuror());
        QCOMPARE(read.attachments.size(), size_t(1));
        QCOMPARE(read.attachments.front().data, attachmentData(1));
        QCOMPARE(read.exportedAt, exportTime);
        QVERIFY(!read.submittedAt.isValid());
        // The juror's scores as the campaign holds them, each based on its own time.
        const Score* first = held(c, read.juror.id, read.scores.front().candidateId, read.scores.front().criterionId);
        QVERIFY(first);
        QCOMPARE(read.scores.front().base, first->at);
    }

    void decodeRefusesWhatEncodeDoesNotWrite_data()
    {
        QTest::addColumn<QByteArray>("cbor");
        QTest::addColumn<int>("problem");
        const Campaign c = scoringDemo();
        QString error;
        const QByteArray good =
            package::encode(*package::contentsFor(c, firstExpert(c).id, exportTime, bytesOf, &error));
        const QCborMap root = QCborValue::fromCbor(good).toMap();
        const auto with = [&](const char* key, const QCborValue& v) {
            QCborMap m = root;
            m.insert(QLatin1String(key), v);
            return QCborValue(m).toCbor();
        };
        QCborMap noJuror = root;
        noJuror.remove(QLatin1String("juror"));
        QTest::newRow("nothing") << QByteArray() << int(PackageProblem::BadContents);
        QTest::newRow("not CBOR") << QByteArray("{\"juror\": 3}") << int(PackageProblem::BadContents);
        QTest::newRow("a list") << QCborValue(QCborArray{1, 2}).toCbor() << int(PackageProblem::BadContents);
        QTest::newRow("no juror") << QCborValue(noJuror).toCbor() << int(PackageProblem::BadContents);
        QTest::newRow("a juror as text") << with("juror", QStringLiteral("3")) << int(PackageProblem::BadContents);
        QTest::newRow("scores as a map") << with("scores", QCborMap()) << int(PackageProblem::BadContents);
        QTest::newRow("a newer version") << with("version", 99) << int(PackageProblem::NewerFormat);
        QTest::newRow("a byte after the end") << good + QByteArray(1, '\0') << int(PackageProblem::BadContents);
        QTest::newRow("cut short") << good.left(good.size() - 3) << int(PackageProblem::BadContents);
    }
    void decodeRefusesWhatEncodeDoesNotWrite()
    {
        QFETCH(QByteArray, cbor);
        QFETCH(int, problem);
        PackageContents read;
        QCOMPARE(int(package::decode(cbor, &read)), problem);
    }

    // Only the juror's candidates, never one in conflict, never one withdrawn or ineligible,
    // and no contact details.
    void contentsHoldTheJurorsCandidatesOnly()
    {
        const Campaign c = scoringDemo();
        const Id juror = conflictedJuror(c);
        QString error;
        const auto p = package::contentsFor(c, juror, exportTime, bytesOf, &error);
        QVERIFY(p);
        QSet<Id> inConflict;
        for (const Conflict& k : c.conflicts) {
            if (k.jurorId == juror)
                inConflict.insert(k.candidateId);
        }
        QVERIFY(!inConflict.isEmpty());
        QSet<Id> running;
        for (const Candidate& k : c.candidates) {
            if (k.status == CandidateStatus::Received || k.status == CandidateStatus::Eligible)
                running.insert(k.id);
        }
        QCOMPARE(int(p->candidates.size()), int((running - inConflict).size()));
        for (const Candidate& k : p->candidates) {
            QVERIFY(running.contains(k.id));
            QVERIFY(!inConflict.contains(k.id));
            QVERIFY(k.contactName.isEmpty());
            QVERIFY(k.contactEmail.isEmpty());
            QVERIFY(k.contactPhone.isEmpty());
        }
        for (const PackageScore& s : p->scores)
            QVERIFY(!inConflict.contains(s.candidateId));
        QVERIFY(!package::contentsFor(c, 9999, exportTime, bytesOf, &error));
    }

    // What someone holding the file without the passphrase reads in it: no candidate's
    // name, SIRET or project, no juror's name, no comment.
    void theFileShowsNothingInTheClear()
    {
        Campaign c = scoringDemo();
        const Juror& juror = firstExpert(c);
        for (Score& s : c.scores) {
            if (s.jurorId == juror.id)
                s.comment = QStringLiteral("Projet solide, financement à confirmer");
        }
        QTemporaryDir dir;
        const QString path = exportOne(c, juror.id, dir.path());
        QVERIFY(!path.isEmpty());
        const QByteArray bytes = readBytes(path);
        QVERIFY(bytes.size() > 1000);
        QVERIFY(!bytes.contains(juror.name.toUtf8()));
        QVERIFY(!bytes.contains("Projet solide"));
        QVERIFY(!bytes.contains("%PDF"));
        for (const Candidate& k : c.candidates) {
            if (k.siret.isEmpty() || k.name.isEmpty() || k.projectTitle.isEmpty())
                continue;
            QVERIFY2(!bytes.contains(k.name.toUtf8()), qPrintable(k.name));
            QVERIFY2(!bytes.contains(k.siret.toUtf8()), qPrintable(k.siret));
            QVERIFY(!bytes.contains(k.projectTitle.toUtf8()));
        }
        QCOMPARE(QFileInfo(path).fileName(), package::fileName(c, juror));
        QVERIFY(QFileInfo(path).fileName().endsWith(QStringLiteral(".palmjury")));
        QCOMPARE(listing(dir.path()), QStringList{QFileInfo(path).fileName()});
    }

    void everyBadReturnIsRefusedForItsReason()
    {
        Campaign c = scoringDemo();
        const Id juror = firstExpert(c).id;
        QTemporaryDir dir;
        const QString path = exportOne(c, juror, dir.path());
        QVERIFY(!path.isEmpty());
        const QByteArray good = readBytes(path);
        const auto problem = [](const Campaign& campaign, const QByteArray& bytes) {
            PackageContents p;
            QByteArray sha;
            return package::readReturn(campaign, bytes, &p, &sha);
        };
        QCOMPARE(problem(c, good), PackageProblem::None);

        Campaign another = c;
        another.settings.identity = QByteArray(16, '\x11');
        QCOMPARE(problem(another, good), PackageProblem::OtherCampaign);
        Campaign withoutJuror = c;
        withoutJuror.jurors.erase(withoutJuror.jurors.begin());
        QCOMPARE(problem(withoutJuror, good), PackageProblem::UnknownJuror);
        Campaign neverExported = c;
        neverExported.packages.clear();
        QCOMPARE(problem(neverExported, good), PackageProblem::NoPassphrase);
        Campaign otherPassphrase = c;
        otherPassphrase.packages.front().passphrase = QStringLiteral("pomme-poire-prune-peche-figue-datte-12");
        QCOMPARE(problem(otherPassphrase, good), PackageProblem::WrongKeyOrModified);

        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x20);
        QCOMPARE(problem(c, flipped), PackageProblem::WrongKeyOrModified);
        QCOMPARE(problem(c, good.left(50)), PackageProblem::Truncated);
        QCOMPARE(problem(c, good.left(good.size() - 1)), PackageProblem::WrongKeyOrModified);
        QCOMPARE(problem(c, QByteArray("%PDF-1.7\n")), PackageProblem::NotAPackage);
        QCOMPARE(problem(c, QByteArray()), PackageProblem::NotAPackage);
        QByteArray newer = good;
        newer[9] = 2;
        QCOMPARE(problem(c, newer), PackageProblem::NewerFormat);

        // Each problem in its own words, naming the file.
        QSet<QString> said;
        for (PackageProblem p :
             {PackageProblem::OtherCampaign, PackageProblem::UnknownJuror, PackageProblem::NoPassphrase,
              PackageProblem::WrongKeyOrModified, PackageProblem::Truncated, PackageProblem::NotAPackage,
              PackageProblem::NewerFormat, PackageProblem::BadContents}) {
            const QString text = Words::packageProblem(p, path);
            QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
            said.insert(text);
        }
        QCOMPARE(said.size(), 8);
    }

    void aReturnTakesWhatTheJurorChanged()
    {
        Campaign c = scoringDemo();
        const Id juror = firstExpert(c).id;
        QString error;
        auto p = *package::contentsFor(c, juror, exportTime, bytesOf, &error);
        const PackageScore changed = p.scores.at(0);
        const PackageScore kept = p.scores.at(1);
        jurorGives(p, changed.candidateId, changed.criterionId, other(changed.value));
        // A value the campaign did not have: the juror gives it.
        PackageScore added = p.scores.at(2);
        c.scores.erase(std::find_if(c.scores.begin(), c.scores.end(), [&](const Score& s) {
            return s.jurorId == juror && s.candidateId == added.candidateId && s.criterionId == added.criterionId;
        }));
        added.base = QDateTime();
        added.at = jurorTime;
        *scoreIn(p, added.candidateId, added.criterionId) = added;
        c.packages.push_back({juror, QStringLiteral("x"), exportTime, {}, {}, {}});

        const QByteArray sha = QByteArray(32, '\x5a');
        const ReturnPlan plan = Returns::plan(c, p, QStringLiteral("expert-01.palmjury"), sha, returnTime);
        QVERIFY(plan.edit.change);
        QCOMPARE(plan.taken, 2);
        QCOMPARE(plan.unchanged, int(p.scores.size()) - 2);
        QVERIFY(plan.conflicts.empty());
        QVERIFY(plan.skipped.empty());
        QVERIFY(!plan.submitted);
        applyChange(c, *plan.edit.change);
        const Score* now = held(c, juror, changed.candidateId, changed.criterionId);
        QCOMPARE(now->value, other(changed.value));
        QCOMPARE(now->at, jurorTime);
        QCOMPARE(now->origin, QStringLiteral("package:expert-01.palmjury"));
        QCOMPARE(held(c, juror, added.candidateId, added.criterionId)->value, added.value);
        QCOMPARE(held(c, juror, kept.candidateId, kept.criterionId)->origin, QStringLiteral("demo"));
        const JurorPackage* record = packageOf(c, juror);
        QCOMPARE(record->returnedAt, returnTime);
        QCOMPARE(record->returnSha256, sha);
        QCOMPARE(record->passphrase, QStringLiteral("x"));

        // The same file again: nothing.
        const ReturnPlan again = Returns::plan(c, p, QStringLiteral("expert-01.palmjury"), sha, returnTime);
        QVERIFY(again.alreadyImported);
        QVERIFY(again.edit.isUnchanged());
    }

    // A value changed since the export (typed in from paper) is never overwritten by a
    // return based on the older one: a conflict, both values said; the organizer settles it.
    void aValueChangedSinceIsAConflict()
    {
        Campaign c = scoringDemo();
        const Id juror = firstExpert(c).id;
        QString error;
        auto p = *package::contentsFor(c, juror, exportTime, bytesOf, &error);
        c.packages.push_back({juror, QStringLiteral("x"), exportTime, {}, {}, {}});
        const PackageScore both = p.scores.at(0);
        const PackageScore paperOnly = p.scores.at(1);
        for (const PackageScore& s : {both, paperOnly}) {
            Score* onPaper = const_cast<Score*>(held(c, juror, s.candidateId, s.criterionId));
            onPaper->value = other(s.value) == 10 ? 9 : 10;
            onPaper->at = paperTime;
            onPaper->origin = QStringLiteral("paper");
        }
        jurorGives(p, both.candidateId, both.criterionId, other(both.value));

        const ReturnPlan plan = Returns::plan(c, p, QStringLiteral("r.palmjury"), QByteArray(32, '\1'), returnTime);
        QCOMPARE(plan.taken, 0);
        QCOMPARE(int(plan.conflicts.size()), 1);
        const ReturnConflict& k = plan.conflicts.front();
        QCOMPARE(k.held.value, held(c, juror, both.candidateId, both.criterionId)->value);
        QCOMPARE(k.returned.value, other(both.value));
        QVERIFY(plan.edit.change->note.contains(Words::returnConflict(c, k)));
        QVERIFY(plan.edit.change->note.contains(QStringLiteral("r.palmjury")));
        const double paperValue = k.held.value;
        applyChange(c, *plan.edit.change);
        QCOMPARE(held(c, juror, both.candidateId, both.criterionId)->value, paperValue);
        QCOMPARE(held(c, juror, both.candidateId, both.criterionId)->origin, QStringLiteral("paper"));
        // Left untouched by the juror: the paper value stands, not even a conflict.
        QCOMPARE(held(c, juror, paperOnly.candidateId, paperOnly.criterionId)->origin, QStringLiteral("paper"));

        const Edit settled = Returns::settle(c, k, QStringLiteral("r.palmjury"));
        QVERIFY(settled.change);
        applyChange(c, *settled.change);
        QCOMPARE(held(c, juror, both.candidateId, both.criterionId)->value, other(both.value));
        QCOMPARE(held(c, juror, both.candidateId, both.criterionId)->origin, QStringLiteral("package:r.palmjury"));
    }

    // The set-up changed since the export: what still applies is taken, the rest reported.
    void whatNoLongerAppliesIsReported()
    {
        Campaign c = scoringDemo();
        const Id juror = firstExpert(c).id;
        QString error;
        auto p = *package::contentsFor(c, juror, exportTime, bytesOf, &error);
        c.packages.push_back({juror, QStringLiteral("x"), exportTime, {}, {}, {}});
        QVERIFY(p.candidates.size() >= 5);
        const Id gone = p.candidates[0].id, withdrawn = p.candidates[1].id, conflicted = p.candidates[2].id,
                 fine = p.candidates[3].id, offScale = p.candidates[4].id;
        const Id criterion = p.criteria[0].id, removedCriterion = p.criteria[1].id;
        const auto change = [&](Id candidate, Id onCriterion) {
            jurorGives(p, candidate, onCriterion, other(scoreIn(p, candidate, onCriterion)->value));
        };
        for (Id k : {gone, withdrawn, conflicted, fine})
            change(k, criterion);
        change(fine, removedCriterion);
        const double given = scoreIn(p, fine, criterion)->value;
        // Off the scale once it ends at 8.
        jurorGives(p, offScale, criterion, scoreIn(p, offScale, criterion)->value == 10 ? 9 : 10);

        c.candidates.erase(
            std::find_if(c.candidates.begin(), c.candidates.end(), [&](const Candidate& k) { return k.id == gone; }));
        for (Candidate& k : c.candidates) {
            if (k.id == withdrawn)
                k.status = CandidateStatus::Withdrawn;
        }
        c.conflicts.push_back({juror, conflicted, QStringLiteral("Parent")});
        c.criteria.erase(std::find_if(c.criteria.begin(), c.criteria.end(),
                                      [&](const Criterion& k) { return k.id == removedCriterion; }));
        for (Jury& j : c.juries) {
            if (j.id == firstExpert(c).juryId)
                j.scaleMax = 8;
        }

        const ReturnPlan plan = Returns::plan(c, p, QStringLiteral("r.palmjury"), QByteArray(32, '\2'), returnTime);
        QCOMPARE(plan.taken, 1);
        QCOMPARE(int(plan.skipped.size()), 5);
        QMap<Id, ReturnSkip> why;
        for (const SkippedScore& s : plan.skipped)
            why.insert(s.score.candidateId * 1000 + s.score.criterionId, s.why);
        QCOMPARE(why.value(gone * 1000 + criterion), ReturnSkip::CandidateGone);
        QCOMPARE(why.value(withdrawn * 1000 + criterion), ReturnSkip::NotRunning);
        QCOMPARE(why.value(conflicted * 1000 + criterion), ReturnSkip::InConflict);
        QCOMPARE(why.value(fine * 1000 + removedCriterion), ReturnSkip::CriterionGone);
        QCOMPARE(why.value(offScale * 1000 + criterion), ReturnSkip::OffScale);
        QSet<QString> said;
        for (const SkippedScore& s : plan.skipped)
            said.insert(Words::returnSkip(c, s));
        QCOMPARE(said.size(), 5);
        applyChange(c, *plan.edit.change);
        QCOMPARE(held(c, juror, fine, criterion)->value, given);
    }

    // Re-exporting after a return carries what came back, with the same passphrase (the
    // juror's letter stays good) and a new salt.
    void exportingAgainCarriesTheReturnedScores()
    {
        Campaign c = scoringDemo();
        const Id juror = firstExpert(c).id;
        QTemporaryDir dir;
        const QString path = exportOne(c, juror, dir.path());
        const QString passphrase = packageOf(c, juror)->passphrase;
        PackageContents p;
        QByteArray sha;
        QCOMPARE(package::readReturn(c, readBytes(path), &p, &sha), PackageProblem::None);
        const PackageScore s = p.scores.front();
        jurorGives(p, s.candidateId, s.criterionId, other(s.value));
        const ReturnPlan plan = Returns::plan(c, p, QFileInfo(path).fileName(), sha, returnTime);
        QCOMPARE(plan.taken, 1);
        applyChange(c, *plan.edit.change);

        sealed::Header before;
        QCOMPARE(sealed::readHeader(readBytes(path), &before), PackageProblem::None);
        QTemporaryDir again;
        const QString second = exportOne(c, juror, again.path());
        QCOMPARE(packageOf(c, juror)->passphrase, passphrase);
        QCOMPARE(packageOf(c, juror)->returnedAt, returnTime);
        sealed::Header after;
        QCOMPARE(sealed::readHeader(readBytes(second), &after), PackageProblem::None);
        QVERIFY(after.salt != before.salt);
        PackageContents q;
        QCOMPARE(package::open(readBytes(second), passphrase, &q), PackageProblem::None);
        const PackageScore* carried = scoreIn(q, s.candidateId, s.criterionId);
        QCOMPARE(carried->value, other(s.value));
        QCOMPARE(carried->base, jurorTime);
        QVERIFY(!carried->changedByJuror());
    }

    void exportStopsWhenCancelled()
    {
        const Campaign c = scoringDemo();
        QTemporaryDir dir;
        std::vector<Id> jurors;
        for (const Juror& j : c.jurors)
            jurors.push_back(j.id);
        std::vector<int> seen;
        const package::ExportResult r =
            package::exportPackages(c, jurors, dir.path(), exportTime, bytesOf, [&](int done, int total) {
                seen.push_back(done);
                return total == int(jurors.size()) && done < 2;
            });
        QVERIFY(r.cancelled);
        QCOMPARE(int(r.files.size()), 2);
        QCOMPARE(int(r.records.size()), 2);
        QCOMPARE(seen, (std::vector<int>{0, 1, 2}));
        QCOMPARE(listing(dir.path()).size(), 2);
        QVERIFY(r.files[0].passphrase != r.files[1].passphrase);
    }

    void exportSaysWhichFileItCouldNotWrite()
    {
        const Campaign c = scoringDemo();
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("absent/folder"));
        const package::ExportResult r = package::exportPackages(c, {firstExpert(c).id}, missing, exportTime, bytesOf);
        QVERIFY(r.files.empty());
        QVERIFY2(r.error.contains(QDir::toNativeSeparators(missing)), qPrintable(r.error));
        const package::ExportResult unreadable = package::exportPackages(
            c, {firstExpert(c).id}, dir.path(), exportTime, [](Id, QString* why) -> std::optional<QByteArray> {
                *why = QStringLiteral("dossier.pdf cannot be read");
                return std::nullopt;
            });
        QVERIFY(unreadable.files.empty());
        QCOMPARE(unreadable.error, QStringLiteral("dossier.pdf cannot be read"));
        QVERIFY(listing(dir.path()).isEmpty());
    }

    // Juror mode's work: every change saved at once, read back by a new session; a value
    // off the scale refused; a submitted package frozen.
    void aSessionSavesEveryChange()
    {
        Campaign c = scoringDemo();
        const Id juror = firstExpert(c).id;
        QTemporaryDir dir;
        const QString path = exportOne(c, juror, dir.path());
        const QString passphrase = packageOf(c, juror)->passphrase;
        PackageProblem problem = PackageProblem::None;
        QString error;
        QVERIFY(!JurorSession::open(path, QStringLiteral("mauvaise-phrase-12"), &problem, &error));
        QCOMPARE(problem, PackageProblem::WrongKeyOrModified);
        QVERIFY(error.contains(QDir::toNativeSeparators(path)));
        // Typed in capitals, with spaces: the same passphrase.
        auto session = JurorSession::open(path, passphrase.toUpper().replace(QLatin1Char('-'), QLatin1Char(' ')),
                                          &problem, &error);
        QVERIFY2(session, qPrintable(error));
        const Id candidate = session->contents().candidates.front().id;
        const Id criterion = session->contents().criteria.front().id;
        const double before = session->score(candidate, criterion)->value;
        const int complete = session->completeCandidates();
        QCOMPARE(complete, int(session->contents().candidates.size()));

        QVERIFY(session->setScore(candidate, criterion, other(before), jurorTime, &error));
        QVERIFY(session->setComment(candidate, criterion, QStringLiteral("Très bon ancrage local"), jurorTime, &error));
        const QByteArray saved = fingerprint(path);
        const Jury& scale = session->contents().jury;
        QVERIFY(scale.scaleStep > 0);
        QVERIFY(!session->setScore(candidate, criterion, scale.scaleMax + 1, jurorTime, &error));
        QVERIFY2(error.contains(Words::value(scale.scaleMax + 1)), qPrintable(error));
        QVERIFY(!session->setScore(candidate, criterion, scale.scaleMin + scale.scaleStep / 2, jurorTime, &error));
        QVERIFY(!session->setScore(candidate, 9999, 3, jurorTime, &error));
        QCOMPARE(fingerprint(path), saved);
        const Id second = session->contents().criteria.at(1).id;
        QVERIFY(session->setScore(candidate, second, std::nullopt, jurorTime, &error));
        QCOMPARE(session->scoredCriteria(candidate), int(session->contents().criteria.size()) - 1);
        QCOMPARE(session->completeCandidates(), complete - 1);
        QVERIFY(!session->setComment(candidate, second, QStringLiteral("?"), jurorTime, &error));
        session.reset();

        auto reopened = JurorSession::open(path, passphrase, &problem, &error);
        QVERIFY(reopened);
        QCOMPARE(reopened->score(candidate, criterion)->value, other(before));
        QCOMPARE(reopened->score(candidate, criterion)->comment, QStringLiteral("Très bon ancrage local"));
        QVERIFY(reopened->score(candidate, criterion)->changedByJuror());
        QVERIFY(!reopened->score(candidate, second));
        QCOMPARE(reopened->contents().savedAt, jurorTime);
        QVERIFY(!reopened->isSubmitted());
        QVERIFY(reopened->submit(returnTime, &error));
        QVERIFY(!reopened->setScore(candidate, criterion, 1, returnTime, &error));
        reopened.reset();

        auto submitted = JurorSession::open(path, passphrase, &problem, &error);
        QVERIFY(submitted && submitted->isSubmitted());
        // The organizer's side: the return brings the change and the submission.
        PackageContents p;
        QByteArray sha;
        QCOMPARE(package::readReturn(c, readBytes(path), &p, &sha), PackageProblem::None);
        const ReturnPlan plan = Returns::plan(c, p, QFileInfo(path).fileName(), sha, returnTime);
        QVERIFY(plan.submitted);
        QCOMPARE(plan.taken, 1);
        applyChange(c, *plan.edit.change);
        QCOMPARE(packageOf(c, juror)->submittedAt, returnTime);
        QCOMPARE(held(c, juror, candidate, criterion)->comment, QStringLiteral("Très bon ancrage local"));
    }

    // A save that fails (the package's folder gone, a full disk) leaves the session as it
    // was, says why, and the file keeps its last save.
    void aFailedSaveChangesNothing()
    {
        Campaign c = scoringDemo();
        const Id juror = firstExpert(c).id;
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("clé USB"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = exportOne(c, juror, folder);
        PackageProblem problem = PackageProblem::None;
        QString error;
        auto session = JurorSession::open(path, packageOf(c, juror)->passphrase, &problem, &error);
        QVERIFY(session);
        const QByteArray bytes = readBytes(path);
        QVERIFY(QDir(folder).removeRecursively());
        const Id candidate = session->contents().candidates.front().id;
        const Id criterion = session->contents().criteria.front().id;
        const double before = session->score(candidate, criterion)->value;
        QVERIFY(!session->setScore(candidate, criterion, other(before), jurorTime, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(session->score(candidate, criterion)->value, before);
        QVERIFY(!session->score(candidate, criterion)->changedByJuror());
        QVERIFY(!session->submit(jurorTime, &error));
        QVERIFY(!session->isSubmitted());
        // The folder back (the key plugged in again): the next save works.
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeBytes(path, bytes));
        QVERIFY(session->setScore(candidate, criterion, other(before), jurorTime, &error));
    }
};

QTEST_GUILESS_MAIN(TstJurorPackage)
#include "tst_jurorpackage.moc"
