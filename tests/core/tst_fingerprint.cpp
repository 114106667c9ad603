// SPDX-License-Identifier: GPL-3.0-or-later
// The fingerprint of a campaign's result (core/io/Fingerprint, docs/fingerprint.md): the
// same inputs give the same fingerprint whatever their order and once stored and read back;
// a single score changed changes it, in the scores' part alone; what the result does not
// depend on (a contact, a comment) changes nothing; the serialisation is the documented one.
#include "core/io/Fingerprint.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/CampaignSamples.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace palmares;

namespace {

const fingerprint::Part* partOf(const std::vector<fingerprint::Part>& parts, const QString& table)
{
    for (const fingerprint::Part& p : parts) {
        if (p.table == table)
            return &p;
    }
    return nullptr;
}

// The tables whose part differs between `a` and `b`.
QStringList changed(const Campaign& a, const Campaign& b)
{
    const auto pa = fingerprint::parts(a), pb = fingerprint::parts(b);
    QStringList out;
    for (size_t i = 0; i < pa.size() && i < pb.size(); ++i) {
        if (pa[i].sha256 != pb[i].sha256)
            out << pa[i].table;
    }
    return out;
}

} // namespace

class TstFingerprint : public QObject {
    Q_OBJECT

private slots:
    void theSameInputsInAnyOrderGiveTheSameFingerprint()
    {
        const Campaign demo = test::demoIn(CampaignStatus::Deliberation);
        const QString print = fingerprint::of(demo);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(print).hasMatch(), qPrintable(print));
        Campaign shuffled = demo;
        std::reverse(shuffled.candidates.begin(), shuffled.candidates.end());
        std::reverse(shuffled.scores.begin(), shuffled.scores.end());
        std::reverse(shuffled.jurors.begin(), shuffled.jurors.end());
        std::reverse(shuffled.criteria.begin(), shuffled.criteria.end());
        std::reverse(shuffled.conflicts.begin(), shuffled.conflicts.end());
        QCOMPARE(fingerprint::of(shuffled), print);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("démo.ami"));
        QString error;
        QVERIFY2(CampaignFile::writeNew(path, demo, &error), qPrintable(error));
        const std::optional<Campaign> read = CampaignFile::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(fingerprint::of(*read), print);
    }

    void oneScoreChangedChangesTheScoresPartAlone()
    {
        const Campaign demo = test::demoIn(CampaignStatus::Deliberation);
        Campaign other = demo;
        Score& s = other.scores[other.scores.size() / 2];
        s.value = s.value > 2 ? s.value - 0.5 : s.value + 0.5;
        QVERIFY(fingerprint::of(other) != fingerprint::of(demo));
        QCOMPARE(changed(demo, other), QStringList{QStringLiteral("scores")});

        Campaign decided = demo;
        decided.decisions.push_back({demo.candidates.back().id,
                                     DecisionKind::Rejected,
                                     0,
                                     Override::ForcedOut,
                                     QStringLiteral("Dossier incomplet"),
                                     {}});
        QCOMPARE(changed(demo, decided), QStringList{QStringLiteral("decisions")});

        Campaign weighted = demo;
        weighted.juries.front().weight += 1;
        QCOMPARE(changed(demo, weighted), QStringList{QStringLiteral("juries")});

        Campaign ruled = demo;
        ruled.settings.debias = !ruled.settings.debias;
        QCOMPARE(changed(demo, ruled), QStringList{QStringLiteral("rules")});
    }

    // What a report issued recorded against the campaign now: the tables whose digest
    // differs, a table missing from either side too; where each report issued stands.
    void theTablesChangedSinceAReportIssuedAreNamed()
    {
        const Campaign demo = test::demoIn(CampaignStatus::Deliberation);
        const std::vector<fingerprint::Part> then = fingerprint::parts(demo);
        const std::vector<TableDigest> recorded = fingerprint::digests(then);
        QCOMPARE(recorded.size(), then.size());
        QVERIFY(fingerprint::changedTables(recorded, then).isEmpty());
        Campaign other = demo;
        other.scores.front().value += other.scores.front().value > 2 ? -0.5 : 0.5;
        other.juries.front().weight += 1;
        QCOMPARE(fingerprint::changedTables(recorded, fingerprint::parts(other)),
                 (QStringList{QStringLiteral("juries"), QStringLiteral("scores")}));
        std::vector<TableDigest> older = recorded;
        older.erase(older.begin() + 1);                                        // no buildings then
        older.push_back({QStringLiteral("allocation"), QByteArray(32, '\0')}); // a part since dropped
        QCOMPARE(fingerprint::changedTables(older, then),
                 (QStringList{QStringLiteral("buildings"), QStringLiteral("allocation")}));

        other.issued = {
            IssuedReport{
                1, {}, IssuedDocument::Report, false, QStringLiteral("a.pdf"), 1, fingerprint::of(then), recorded},
            IssuedReport{2,
                         {},
                         IssuedDocument::Workbook,
                         false,
                         QStringLiteral("b.xlsx"),
                         1,
                         fingerprint::of(other),
                         fingerprint::digests(fingerprint::parts(other))}};
        const std::vector<fingerprint::Standing> standings = fingerprint::standings(other, fingerprint::parts(other));
        QCOMPARE(standings.size(), size_t(2));
        QVERIFY(!standings[0].holds());
        QCOMPARE(standings[0].report, &other.issued[0]);
        QVERIFY(standings[1].holds());
        Campaign unrecorded = other;
        unrecorded.issued.clear();
        QVERIFY2(fingerprint::of(other) == fingerprint::of(unrecorded), "the record is not in the fingerprint");
    }

    void whatTheResultDoesNotDependOnChangesNothing()
    {
        const Campaign demo = test::demoIn(CampaignStatus::Deliberation);
        Campaign other = demo;
        other.candidates.front().contactEmail = QStringLiteral("autre@exemple.fr");
        other.candidates.front().contactPhone = QStringLiteral("03 26 00 00 00");
        other.jurors.front().email = QStringLiteral("jure@exemple.fr");
        other.scores.front().comment = QStringLiteral("Un commentaire ajouté");
        other.settings.status = CampaignStatus::Closed;
        other.settings.importMappings = QStringLiteral("{}");
        QCOMPARE(fingerprint::of(other), fingerprint::of(demo));
    }

    // The serialisation is the one docs/fingerprint.md describes, to the byte.
    void thePartsAreTheDocumentedText()
    {
        Campaign c;
        c.pillars.push_back({3, QStringLiteral("economic"), QStringLiteral("Économique\tet\\social"), 0.1, 25.5, 0});
        c.pillars.push_back({12, QStringLiteral("social"), QStringLiteral("Social"), 2, std::nullopt, 1});
        c.scores.push_back({7, 40, 2, 7.25, QStringLiteral("ignoré"), {}, QStringLiteral("paper")});
        c.scores.push_back({5, 40, 2, 1e-7, {}, {}, {}});
        const auto parts = fingerprint::parts(c);
        QCOMPARE(partOf(parts, QStringLiteral("pillars"))->text, QByteArray("000000000003\teconomic\t\xc3\x89"
                                                                            "conomique\\tet\\\\social\t0.1\t25.5\t0\n"
                                                                            "000000000012\tsocial\tSocial\t2\t\t1\n"));
        QCOMPARE(partOf(parts, QStringLiteral("scores"))->text,
                 QByteArray("000000000040\t000000000005\t000000000002\t1e-07\n"
                            "000000000040\t000000000007\t000000000002\t7.25\n"));
        QStringList tables;
        for (const fingerprint::Part& p : parts)
            tables << p.table;
        QCOMPARE(tables, (QStringList{QStringLiteral("rules"), QStringLiteral("buildings"), QStringLiteral("pillars"),
                                      QStringLiteral("criteria"), QStringLiteral("juries"), QStringLiteral("jurors"),
                                      QStringLiteral("candidates"), QStringLiteral("conflicts"),
                                      QStringLiteral("scores"), QStringLiteral("decisions")}));
        const QByteArray canonical = fingerprint::canonical(parts);
        QVERIFY(canonical.startsWith("palmares-fingerprint 1\nrules "));
        QCOMPARE(fingerprint::of(parts),
                 QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    }
};

QTEST_GUILESS_MAIN(TstFingerprint)
#include "tst_fingerprint.moc"
