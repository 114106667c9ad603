// SPDX-License-Identifier: GPL-3.0-or-later
// The built palmares-cli's juror packages, as an organizer types them: export-packages
// writes one package per juror chosen and records it; a juror scores in their package
// (JurorSession, as juror mode does); import-returns takes the changes in one transaction
// with its journal entry, takes nothing twice, and refuses every bad file by name without
// touching the campaign file; info shows each juror's progress.
#include "core/io/JurorSession.h"
#include "core/io/PackageFiles.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/CliRun.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace palmares;
using namespace palmares::test;

namespace {

const QDateTime jurorTime = QDateTime::currentDateTimeUtc().addSecs(60);

QString arg(const char* text)
{
    return QString::fromUtf8(text);
}

// The package files in `folder`, by name.
QStringList packagesIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.palmjury")}, QDir::Files, QDir::Name);
}

const Score* held(const Campaign& c, Id juror, Id candidate, Id criterion)
{
    for (const Score& s : c.scores) {
        if (s.jurorId == juror && s.candidateId == candidate && s.criterionId == criterion)
            return &s;
    }
    return nullptr;
}

} // namespace

class TstCliPackages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_campaign = m_dir.filePath(QStringLiteral("demo.ami"));
        const QStringList args{arg("demo"), m_campaign};
        const Run r = runCli(m_dir.path(), args);
        QVERIFY2(r.finished && r.exit == 0, qPrintable(describe(args, r)));
    }

    void exportWritesOnePackagePerJurorChosen()
    {
        QTemporaryDir out;
        const QStringList experts{arg("export-packages"), m_campaign, out.path(), arg("--jury"), arg("expert")};
        Run r = runCli(m_dir.path(), experts);
        QVERIFY2(r.exit == 0, qPrintable(describe(experts, r)));
        QCOMPARE(packagesIn(out.path()).size(), 9);
        for (const QString& name : packagesIn(out.path())) {
            QVERIFY2(name.startsWith(arg("jury-d-experts-")), qPrintable(name));
            QVERIFY2(r.out.contains(name), qPrintable(r.out));
        }
        QVERIFY(r.out.contains(arg("9 packages written")));
        // A letter per package, apart from them, each a one-page PDF.
        const QDir letters(out.filePath(arg("letters")));
        const QStringList pdfs = letters.entryList({arg("*.pdf")}, QDir::Files, QDir::Name);
        QCOMPARE(pdfs.size(), 9);
        for (const QString& name : packagesIn(out.path()))
            QVERIFY2(pdfs.contains(QFileInfo(name).completeBaseName() + arg("-letter.pdf")), qPrintable(name));
        QVERIFY(readBytes(letters.filePath(pdfs.front())).startsWith("%PDF-"));

        QTemporaryDir two;
        const QStringList chosen{arg("export-packages"), m_campaign, two.path(), arg("--juror"), arg("10"),
                                 arg("--juror"),         arg("12")};
        r = runCli(m_dir.path(), chosen);
        QVERIFY2(r.exit == 0, qPrintable(describe(chosen, r)));
        QCOMPARE(packagesIn(two.path()).size(), 2);
        QVERIFY(packagesIn(two.path()).front().startsWith(arg("jury-citoyen-10-")));

        const auto campaign = CampaignFile::read(m_campaign, &m_why);
        QVERIFY2(campaign, qPrintable(m_why));
        QCOMPARE(int(campaign->packages.size()), 11);
        const QStringList journal{arg("journal"), m_campaign};
        QVERIFY(runCli(m_dir.path(), journal).out.contains(arg("Juror packages exported")));

        // A choice that names nothing: a usage error, nothing written.
        const QByteArray before = fingerprint(m_campaign);
        QTemporaryDir none;
        for (const QStringList& bad :
             {QStringList{arg("export-packages"), m_campaign, none.path(), arg("--jury"), arg("presse")},
              QStringList{arg("export-packages"), m_campaign, none.path(), arg("--juror"), arg("99")},
              QStringList{arg("export-packages"), m_campaign, none.path(), arg("--juror"), arg("dix")},
              QStringList{arg("export-packages"), m_campaign}}) {
            r = runCli(m_dir.path(), bad);
            QVERIFY2(r.exit == 2, qPrintable(describe(bad, r)));
            QVERIFY(!r.err.isEmpty());
        }
        QCOMPARE(fingerprint(m_campaign), before);
        QVERIFY(listing(none.path()).isEmpty());
    }

    void aReturnIsTakenOnceAndShownInInfo()
    {
        QTemporaryDir out;
        const QStringList exportArgs{arg("export-packages"), m_campaign, out.path(), arg("--juror"), arg("1")};
        Run r = runCli(m_dir.path(), exportArgs);
        QVERIFY2(r.exit == 0, qPrintable(describe(exportArgs, r)));
        const QString file = out.filePath(packagesIn(out.path()).front());
        auto campaign = CampaignFile::read(m_campaign, &m_why);
        QVERIFY(campaign);
        const QString passphrase = packageOf(*campaign, 1)->passphrase;

        // The juror, on their laptop: two scores changed and a comment.
        PackageProblem problem = PackageProblem::None;
        auto session = JurorSession::open(file, passphrase, &problem, &m_why);
        QVERIFY2(session, qPrintable(m_why));
        const Id a = session->contents().candidates.at(0).id, b = session->contents().candidates.at(1).id;
        const Id criterion = session->contents().criteria.front().id;
        const double va = session->score(a, criterion)->value, vb = session->score(b, criterion)->value;
        const double wa = va >= 5 ? va - 2 : va + 2, wb = vb >= 5 ? vb - 1 : vb + 1;
        QVERIFY(session->setScore(a, criterion, wa, jurorTime, &m_why));
        QVERIFY(session->setScore(b, criterion, wb, jurorTime, &m_why));
        QVERIFY(session->setComment(b, criterion, arg("Peu d’emplois locaux"), jurorTime, &m_why));
        QVERIFY(session->submit(jurorTime, &m_why));
        session.reset();

        // The demo is in deliberation: scores change only with a reason.
        const QByteArray before = fingerprint(m_campaign);
        const QStringList noReason{arg("import-returns"), m_campaign, file};
        r = runCli(m_dir.path(), noReason);
        QCOMPARE(r.exit, 1);
        QVERIFY2(r.err.contains(QFileInfo(file).fileName()), qPrintable(describe(noReason, r)));
        QCOMPARE(fingerprint(m_campaign), before);

        const QStringList withReason{arg("import-returns"), m_campaign, file, arg("--reason"),
                                     arg("Notes du juré reçues après la séance")};
        r = runCli(m_dir.path(), withReason);
        QVERIFY2(r.exit == 0, qPrintable(describe(withReason, r)));
        QVERIFY2(r.out.contains(arg("2 scores taken")), qPrintable(r.out));
        QVERIFY(r.out.contains(arg("0 in conflict")));
        QVERIFY(r.out.contains(arg("Submitted by the juror.")));
        campaign = CampaignFile::read(m_campaign, &m_why);
        QVERIFY(campaign);
        QCOMPARE(held(*campaign, 1, a, criterion)->value, wa);
        QCOMPARE(held(*campaign, 1, b, criterion)->value, wb);
        QCOMPARE(held(*campaign, 1, b, criterion)->comment, arg("Peu d’emplois locaux"));
        QCOMPARE(held(*campaign, 1, a, criterion)->origin, QStringLiteral("package:") + QFileInfo(file).fileName());
        QVERIFY(packageOf(*campaign, 1)->submittedAt.isValid());
        const Run journal = runCli(m_dir.path(), {arg("journal"), m_campaign});
        QVERIFY(journal.out.contains(arg("Juror return imported")));

        // The same file again, even among others: nothing changes.
        const QByteArray imported = fingerprint(m_campaign);
        r = runCli(m_dir.path(), withReason);
        QCOMPARE(r.exit, 0);
        QVERIFY(r.out.contains(arg("imported already")));
        QCOMPARE(fingerprint(m_campaign), imported);

        const QStringList info{arg("info"), m_campaign, arg("--format"), arg("json")};
        r = runCli(m_dir.path(), info);
        QString why;
        const QJsonObject summary = parseObject(r.out, &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QJsonObject first = summary.value(arg("jurors")).toArray().at(0).toObject();
        QCOMPARE(first.value(arg("id")).toInt(), 1);
        QCOMPARE(first.value(arg("scored")).toInt(), first.value(arg("assigned")).toInt());
        QVERIFY(first.value(arg("returned_at")).isString());
        QVERIFY(first.value(arg("submitted_at")).isString());
        r = runCli(m_dir.path(), {arg("info"), m_campaign});
        QVERIFY2(r.out.contains(arg("candidates scored; submitted on")), qPrintable(r.out));
    }

    void scoreSheetsArePrintedPerJuror()
    {
        QTemporaryDir out;
        const QStringList args{arg("score-sheets"), m_campaign, out.path(),     arg("--jury"), arg("citizen"),
                               arg("--juror"),      arg("10"),  arg("--juror"), arg("11")};
        const QByteArray before = fingerprint(m_campaign);
        Run r = runCli(m_dir.path(), args);
        QVERIFY2(r.exit == 0, qPrintable(describe(args, r)));
        const QStringList pdfs = QDir(out.path()).entryList({arg("*-sheets.pdf")}, QDir::Files);
        QCOMPARE(pdfs.size(), 2);
        QVERIFY(readBytes(out.filePath(pdfs.front())).startsWith("%PDF-"));
        QCOMPARE(fingerprint(m_campaign), before); // printing changes nothing
        const QStringList bad{arg("score-sheets"), m_campaign, out.path(), arg("--juror"), arg("0")};
        r = runCli(m_dir.path(), bad);
        QCOMPARE(r.exit, 2);
    }

    // Every bad file named with its reason, the campaign file untouched, exit 1.
    void badReturnsAreRefusedByName()
    {
        QTemporaryDir out;
        QVERIFY(runCli(m_dir.path(), {arg("export-packages"), m_campaign, out.path(), arg("--juror"), arg("2")}).exit ==
                0);
        const QString good = out.filePath(packagesIn(out.path()).front());
        const QByteArray bytes = readBytes(good);

        const QString notAPackage = out.filePath(arg("notes.palmjury"));
        QVERIFY(writeBytes(notAPackage, "Juré 2 ; candidat 4 ; 7\n"));
        const QString truncated = out.filePath(arg("tronque.palmjury"));
        QVERIFY(writeBytes(truncated, bytes.left(60)));
        const QString modified = out.filePath(arg("modifie.palmjury"));
        QByteArray changed = bytes;
        changed[changed.size() - 30] = char(changed.at(changed.size() - 30) ^ 1);
        QVERIFY(writeBytes(modified, changed));
        const QString newer = out.filePath(arg("recent.palmjury"));
        QByteArray later = bytes;
        later[9] = 7;
        QVERIFY(writeBytes(newer, later));
        // A package of another campaign (another demo file has its own identity).
        QTemporaryDir elsewhere;
        const QString otherCampaign = elsewhere.filePath(arg("autre.ami"));
        QVERIFY(runCli(elsewhere.path(), {arg("demo"), otherCampaign}).exit == 0);
        QVERIFY(runCli(elsewhere.path(),
                       {arg("export-packages"), otherCampaign, elsewhere.path(), arg("--juror"), arg("2")})
                    .exit == 0);
        const QString foreign = elsewhere.filePath(packagesIn(elsewhere.path()).front());
        const QString missing = out.filePath(arg("absent.palmjury"));

        const QByteArray before = fingerprint(m_campaign);
        const QStringList args{
            arg("import-returns"), m_campaign, notAPackage, truncated, modified, newer, foreign, missing};
        const Run r = runCli(m_dir.path(), args);
        QVERIFY2(r.exit == 1, qPrintable(describe(args, r)));
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QSet<QString> reasons;
        for (int i = 0; i < 6; ++i) {
            const QString name = QFileInfo(args.at(i + 2)).fileName();
            QVERIFY2(lines.at(i).contains(name), qPrintable(lines.at(i)));
            reasons.insert(QString(lines.at(i)).remove(QDir::toNativeSeparators(args.at(i + 2))));
        }
        QCOMPARE(reasons.size(), 6);
        QCOMPARE(fingerprint(m_campaign), before);
    }

private:
    QTemporaryDir m_dir;
    QString m_campaign;
    QString m_why;
};

QTEST_GUILESS_MAIN(TstCliPackages)
#include "tst_cli_packages.moc"
