// SPDX-License-Identifier: GPL-3.0-or-later
// The juror package's envelope (core/io/SealedFile): contents sealed under a passphrase
// come back only with that passphrase and that header; every other file is refused with
// its own reason; nothing of the contents is in the clear; passphrases are drawn from the
// French word list with at least 70 bits of entropy.
#include "core/io/SealedFile.h"
#include "core/present/Words.h"

#include <QSet>
#include <QtTest>

using namespace palmares;
using namespace palmares::sealed;

namespace {

const QByteArray campaign = QByteArray::fromHex("00112233445566778899aabbccddeeff");

// A header as a package has, but with Argon2id's least cost, so that the tests run fast;
// the package's own cost is tried once.
Header cheapHeader(Id juror = 7)
{
    Header h = newHeader(campaign, juror);
    h.opsLimit = 1;
    h.memLimitKiB = 8;
    return h;
}

std::unique_ptr<Key> keyFor(const QString& passphrase, const Header& header)
{
    Problem problem = Problem::None;
    auto key = Key::derive(passphrase, header, &problem);
    if (problem != Problem::None)
        qWarning("derive: %d", int(problem));
    return key;
}

const QString passphrase = QStringLiteral("cerise-moulin-abeille-girafe-piano-nuage-47");
const QByteArray contents = "{\"candidate\":\"Brasserie des Pistes\",\"siret\":\"81234567800013\",\"score\":7.5}";

} // namespace

class TstSealedFile : public QObject {
    Q_OBJECT

private slots:
    void contentsComeBackWithTheirPassphrase()
    {
        const Header header = cheapHeader();
        auto key = keyFor(passphrase, header);
        QVERIFY(key);
        const QByteArray file = seal(header, *key, contents);
        QVERIFY(!file.isEmpty());
        Header read;
        QCOMPARE(readHeader(file, &read), Problem::None);
        QCOMPARE(read.campaignId, campaign);
        QCOMPARE(read.jurorId, Id(7));
        QCOMPARE(read.salt, header.salt);
        // The juror's side: the key derived again from the header read and the passphrase.
        auto again = keyFor(passphrase, read);
        QByteArray back;
        QCOMPARE(open(file, *again, &back), Problem::None);
        QCOMPARE(back, contents);
    }

    void nothingOfTheContentsIsInTheClear()
    {
        const Header header = cheapHeader();
        auto key = keyFor(passphrase, header);
        const QByteArray file = seal(header, *key, contents);
        for (const char* clear : {"Brasserie", "81234567800013", "7.5", "candidate", "cerise"})
            QVERIFY2(!file.contains(clear), clear);
    }

    // Every save has a nonce of its own: the same contents saved twice differ, and both open.
    void everySaveHasAFreshNonce()
    {
        const Header header = cheapHeader();
        auto key = keyFor(passphrase, header);
        const QByteArray one = seal(header, *key, contents);
        const QByteArray two = seal(header, *key, contents);
        QVERIFY(one != two);
        QByteArray back;
        QCOMPARE(open(one, *key, &back), Problem::None);
        QCOMPARE(open(two, *key, &back), Problem::None);
        QCOMPARE(back, contents);
    }

    void aBadFileIsRefusedWithItsReason_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("expected");
        const Header header = cheapHeader();
        auto key = keyFor(passphrase, header);
        const QByteArray good = seal(header, *key, contents);
        const auto changed = [&](qsizetype at, char value) {
            QByteArray b = good;
            b[at] = value;
            return b;
        };
        const auto flipped = [&](qsizetype at) { return changed(at, char(good.at(at) ^ 0x01)); };
        QTest::newRow("a CSV export") << QByteArray("Raison sociale;SIRET\n") << passphrase
                                      << int(Problem::NotAPackage);
        QTest::newRow("an empty file") << QByteArray() << passphrase << int(Problem::NotAPackage);
        QTest::newRow("a campaign file") << QByteArray("SQLite format 3\0", 16) << passphrase
                                         << int(Problem::NotAPackage);
        QTest::newRow("a newer format") << changed(9, 2) << passphrase << int(Problem::NewerFormat);
        QTest::newRow("cut inside its header") << good.left(40) << passphrase << int(Problem::Truncated);
        QTest::newRow("cut inside its tag")
            << good.left(good.size() - 20 - contents.size()) << passphrase << int(Problem::Truncated);
        QTest::newRow("its last byte lost")
            << good.left(good.size() - 1) << passphrase << int(Problem::WrongKeyOrModified);
        QTest::newRow("a byte of the contents changed")
            << flipped(good.size() - 30) << passphrase << int(Problem::WrongKeyOrModified);
        QTest::newRow("the juror changed in the header")
            << flipped(12 + 16 + 7) << passphrase << int(Problem::WrongKeyOrModified);
        QTest::newRow("the nonce changed") << flipped(84 - 1) << passphrase << int(Problem::WrongKeyOrModified);
        QTest::newRow("a wrong passphrase") << good << QStringLiteral("cerise-moulin-abeille-girafe-piano-nuage-48")
                                            << int(Problem::WrongKeyOrModified);
        QByteArray greedy = good;
        greedy.replace(12 + 16 + 8 + 4, 4, QByteArray::fromHex("ffffffff")); // 4 TiB of memory asked
        QTest::newRow("a forged cost") << greedy << passphrase << int(Problem::BadCost);
    }
    void aBadFileIsRefusedWithItsReason()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, typed);
        QFETCH(int, expected);
        Header header;
        Problem problem = readHeader(file, &header);
        std::unique_ptr<Key> key;
        if (problem == Problem::None)
            key = Key::derive(typed, header, &problem);
        QByteArray back("untouched");
        if (problem == Problem::None)
            problem = open(file, *key, &back);
        QCOMPARE(int(problem), expected);
        QCOMPARE(back, QByteArray("untouched"));
    }

    // Each reason is its own sentence, naming the file.
    void eachProblemIsSaidInItsOwnWords()
    {
        QSet<QString> said;
        for (Problem p : {Problem::NotAPackage, Problem::NewerFormat, Problem::Truncated, Problem::WrongKeyOrModified,
                          Problem::BadCost, Problem::OutOfMemory}) {
            const QString sentence = Words::packageProblem(p, QStringLiteral("/tmp/Claire Martin.palmjury"));
            QVERIFY2(sentence.contains(QStringLiteral("Claire Martin.palmjury")), qPrintable(sentence));
            said.insert(sentence);
        }
        QCOMPARE(said.size(), 6);
        QVERIFY(Words::packageProblem(Problem::None, QStringLiteral("x")).isEmpty());
    }

    // A juror may type the passphrase in capitals, without accents, with spaces.
    void aPassphraseIsTypedAsTheJurorLikes()
    {
        QCOMPARE(normalise(QStringLiteral("  Écureuil  FENÊTRE—mûre 47 ")), QStringLiteral("ecureuil-fenetre-mure-47"));
        const Header header = cheapHeader();
        auto key = keyFor(QStringLiteral("écureuil-fenêtre-mûre-47"), header);
        const QByteArray file = seal(header, *key, contents);
        auto typed = keyFor(QStringLiteral("ECUREUIL fenetre MURE 47"), header);
        QByteArray back;
        QCOMPARE(open(file, *typed, &back), Problem::None);
        QCOMPARE(back, contents);
    }

    void thePackagesCostIsArgon2idOver64MiB()
    {
        const Header header = newHeader(campaign, 3);
        QCOMPARE(header.opsLimit, quint32(3));
        QCOMPARE(header.memLimitKiB, quint32(64 * 1024));
        QCOMPARE(header.salt.size(), 16);
        QVERIFY(newHeader(campaign, 3).salt != header.salt);
        auto key = keyFor(passphrase, header);
        QVERIFY(key);
        QByteArray back;
        QCOMPARE(open(seal(header, *key, contents), *key, &back), Problem::None);
    }

    void passphrasesHaveAtLeast70Bits()
    {
        const QStringList& words = frenchWords();
        QCOMPARE(words.size(), 2048);
        QSet<QString> bare;
        for (const QString& w : words) {
            QVERIFY2(normalise(w) == w.toLower()
                                         .normalized(QString::NormalizationForm_KD)
                                         .remove(QRegularExpression(QStringLiteral("\\p{Mn}"))),
                     qPrintable(w));
            QVERIFY2(w.size() >= 4 && w.size() <= 8, qPrintable(w));
            bare.insert(normalise(w));
        }
        QCOMPARE(bare.size(), words.size()); // still distinct typed without accents
        QVERIFY(passphraseBits(words.size()) >= 70.0);
        const QString p = newPassphrase(words);
        const QStringList parts = p.split(QLatin1Char('-'));
        QCOMPARE(parts.size(), 7);
        for (int i = 0; i < 6; ++i)
            QVERIFY2(words.contains(parts[i]), qPrintable(p));
        QVERIFY(parts[6].size() == 2 && parts[6].toInt() >= 0);
        QVERIFY(newPassphrase(words) != p);
    }
};

QTEST_GUILESS_MAIN(TstSealedFile)
#include "tst_sealedfile.moc"
