// SPDX-License-Identifier: GPL-3.0-or-later
// The laureate report and the minutes as documents (ui/report): the demo's report as PDF,
// read back with pdftotext (installed by scripts/deps.sh), lists every candidate in rank
// order and every laureate with the engine's scores, ends with the fingerprint, draws its
// charts as vectors and repeats the ranking's header on every page it runs over; the ODT
// holds the same text and the charts as pictures; the public version names no juror and no
// candidate's contact; the minutes say the session, its quorum and every override with its
// justification; cancelling or a read-only folder leaves nothing.
#include "core/engine/Evaluation.h"
#include "core/i18n/Translations.h"
#include "core/io/Fingerprint.h"
#include "core/io/ZipEntries.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"
#include "tests/support/CampaignSamples.h"
#include "tests/support/TestFiles.h"
#include "tests/support/Unprivileged.h"
#include "ui/report/Report.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace palmares;
using namespace palmares::report;

namespace {

// Spaces as pdftotext and the words may write them (no-break, narrow no-break) made one.
QString flat(QString text)
{
    text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
    // The ligatures the PDF's font draws, as letters.
    text.replace(QChar(0xfb00), QStringLiteral("ff"))
        .replace(QChar(0xfb01), QStringLiteral("fi"))
        .replace(QChar(0xfb02), QStringLiteral("fl"))
        .replace(QChar(0xfb03), QStringLiteral("ffi"))
        .replace(QChar(0xfb04), QStringLiteral("ffl"));
    return text;
}

// The text of a PDF, page by page, laid out as on the page (pdftotext -layout).
QStringList pdfPages(const QByteArray& pdf, QString* error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    if (!test::writeBytes(path, pdf)) {
        *error = QStringLiteral("cannot write the PDF");
        return {};
    }
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("pdftotext failed (scripts/deps.sh installs poppler-utils): ") +
                 QString::fromUtf8(p.readAllStandardError()) + p.errorString();
        return {};
    }
    QStringList pages = flat(QString::fromUtf8(p.readAllStandardOutput())).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The text of an ODT's content.xml, paragraph by paragraph, and how many pictures it holds.
QString odtText(const QByteArray& odt, int* pictures, QString* error)
{
    ZipEntries zip(odt, QStringLiteral("r.odt"));
    if (!zip.openError().isEmpty()) {
        *error = zip.openError();
        return {};
    }
    std::unique_ptr<ZipEntry> content = zip.open(QStringLiteral("content.xml"), error);
    if (!content)
        return {};
    QXmlStreamReader xml(content.get());
    QString text;
    *pictures = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text();
        else if (xml.isEndElement() && xml.name() == QLatin1String("p"))
            text += QLatin1Char('\n');
        else if (xml.isStartElement() && xml.name() == QLatin1String("image"))
            ++*pictures;
    }
    if (xml.hasError())
        *error = xml.errorString();
    return flat(text);
}

// The demo in deliberation, with comments on some scores, a session and two overrides.
Campaign sample()
{
    Campaign c = test::demoIn(CampaignStatus::Deliberation);
    for (size_t i = 0; i < c.scores.size(); i += 211)
        c.scores[i].comment = QStringLiteral("Ancrage local solide, n° %1").arg(i);
    DeliberationSession session;
    session.heldAt = QDateTime(QDate(2026, 6, 12), QTime(18, 30));
    session.place = QStringLiteral("Salle du conseil municipal");
    session.chair = QStringLiteral("Hélène Marchal");
    for (size_t i = 0; i < c.jurors.size(); i += 1) {
        if (i % 4 != 3)
            session.jurorsPresent.push_back(c.jurors[i].id);
    }
    std::sort(session.jurorsPresent.begin(), session.jurorsPresent.end());
    c.sessions = {session}; // in place of the demo's
    Decision in;
    in.candidateId = c.candidates.back().id;
    in.kind = DecisionKind::Laureate;
    in.override_ = Override::ForcedIn;
    in.justification = QStringLiteral("Seul projet de maraîchage du site");
    in.decidedAt = QDateTime(QDate(2026, 6, 12), QTime(19, 5));
    c.decisions.push_back(in);
    return c;
}

} // namespace

class TstReportDocuments : public QObject {
    Q_OBJECT

private:
    QLocale m_before;
    std::unique_ptr<LanguageScope> m_french;
    Campaign m_c;
    Evaluation m_e;

    Input input(Audience audience = Audience::Full) const
    {
        return Input{m_c, m_e, audience, QDateTime(QDate(2026, 6, 13), QTime(9, 0))};
    }

    // The PDF of `kind`, read back.
    QStringList pages(Kind kind, Audience audience, QByteArray* bytes = nullptr)
    {
        const QByteArray pdf = Documents::pdf(kind, input(audience));
        if (bytes)
            *bytes = pdf;
        if (!pdf.startsWith("%PDF-"))
            return {};
        QString error;
        const QStringList text = pdfPages(pdf, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return text;
    }

private slots:
    void initTestCase()
    {
        m_before = QLocale();
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        m_french = std::make_unique<LanguageScope>(QStringLiteral("fr"));
        QVERIFY(m_french->isValid());
        m_c = sample();
        m_e = evaluate(m_c, false);
        QVERIFY(m_e.greedy.laureates.size() >= 20);
    }

    void cleanupTestCase()
    {
        m_french.reset();
        QLocale::setDefault(m_before);
    }

    void theReportListsTheRankingAndEveryLaureateWithTheirScores()
    {
        QByteArray pdf;
        const QStringList text = pages(Kind::LaureateReport, Audience::Full, &pdf);
        QVERIFY(text.size() > int(m_e.greedy.laureates.size()));
        const QString all = text.join(QLatin1Char('\f'));
        // A4, every page numbered « Page N sur M », the campaign's name above each but the cover.
        for (int i = 0; i < text.size(); ++i) {
            QVERIFY2(text[i].contains(QStringLiteral("Page %1 sur %2").arg(i + 1).arg(text.size())),
                     qPrintable(QString::number(i + 1)));
            if (i > 0)
                QVERIFY(text[i].contains(m_c.settings.name));
        }
        // The ranking: every candidate in rank order, with the final score.
        const qsizetype rankingAt = all.indexOf(QStringLiteral("Classement\n"));
        QVERIFY(rankingAt > 0);
        qsizetype at = rankingAt;
        for (const RankEntry& entry : m_e.ranking.entries) {
            const Candidate& k = m_c.candidates[size_t(entry.candidate)];
            // Its row: the rank, then the name's beginning (a long name goes on on the next line).
            const QRegularExpression row(
                QStringLiteral("\\n *%1 +%2").arg(entry.rank).arg(QRegularExpression::escape(k.name.left(12))));
            const qsizetype found = all.indexOf(row, at);
            QVERIFY2(found > at, qPrintable(k.name));
            const QString line = all.mid(found + 1, all.indexOf(QLatin1Char('\n'), found + 1) - found - 1);
            const CandidateScore& s = m_e.scores.candidates[size_t(entry.candidate)];
            if (s.hasFinal)
                QVERIFY2(line.contains(flat(Words::number(s.final, 2))), qPrintable(line));
            at = found;
        }
        // One sheet per laureate, in placement order, each with its final score and juries' totals.
        at = all.indexOf(QStringLiteral("Les lauréats"), rankingAt);
        QVERIFY(at > rankingAt);
        for (size_t i = 0; i < m_e.greedy.laureates.size(); ++i) {
            const int k = m_e.greedy.laureates[i].candidate;
            const CandidateScore& s = m_e.scores.candidates[size_t(k)];
            const qsizetype sheet =
                all.indexOf(QStringLiteral("%1. %2").arg(i + 1).arg(m_c.candidates[size_t(k)].name), at);
            QVERIFY2(sheet > at, qPrintable(m_c.candidates[size_t(k)].name));
            const QString page = all.mid(sheet, all.indexOf(QLatin1Char('\f'), sheet) - sheet);
            QVERIFY(page.contains(flat(Words::number(s.final, 2)) + QStringLiteral(" / 100")));
            for (const JuryScore& js : s.juries)
                QVERIFY(page.contains(flat(Words::number(js.total, 2))));
            at = sheet;
        }
        // Those not selected, each with why.
        QVERIFY(all.contains(QStringLiteral("Candidats non retenus")));
        // The annex: the fingerprint of the campaign's result, whole on its line.
        QVERIFY(all.contains(fingerprint::of(fingerprint::parts(m_c))));
        // French typography: a no-break space before the colon and the percent sign.
        QVERIFY(!pdf.isEmpty());
        // The charts are drawn, not pasted: the PDF holds no picture.
        QVERIFY(!pdf.contains("/Subtype /Image"));
        QVERIFY(!pdf.contains("/Subtype/Image"));
    }

    void theRankingsHeaderIsRepeatedOnEachOfItsPages()
    {
        const QStringList text = pages(Kind::LaureateReport, Audience::Full);
        int first = -1;
        int last = -1;
        const QString lastName = m_c.candidates[size_t(m_e.ranking.entries.back().candidate)].name.left(12);
        for (int i = 0; i < text.size(); ++i) {
            if (first < 0 && text[i].contains(QStringLiteral("Classement\n")))
                first = i;
            if (first >= 0 && last < 0 && text[i].contains(lastName))
                last = i;
        }
        QVERIFY(first > 0);
        QVERIFY2(last > first, "the demo's ranking should run over two pages");
        const QStringList headers = Tables::ranking(m_c, m_e).headers;
        const QRegularExpression header(
            QStringLiteral("%1 +%2 +%3").arg(headers[0], headers[2], headers[3].section(QLatin1Char(' '), 0, 0)));
        for (int i = first; i <= last; ++i)
            QVERIFY2(text[i].contains(header), qPrintable(text[i].left(600)));
    }

    void theOdtHoldsTheSameTextAndTheChartsAsPictures()
    {
        const QByteArray odt = Documents::odt(Kind::LaureateReport, input());
        QVERIFY(odt.startsWith("PK"));
        int pictures = 0;
        QString error;
        const QString text = odtText(odt, &pictures, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pictures, int(m_e.greedy.laureates.size()) + 2);
        for (const Placement& p : m_e.greedy.laureates)
            QVERIFY(text.contains(m_c.candidates[size_t(p.candidate)].name));
        QVERIFY(text.contains(fingerprint::of(fingerprint::parts(m_c))));
        QVERIFY(text.contains(QStringLiteral("Rapport des lauréats")));
        // Its pages: A4, the campaign's name above, « Page N sur M » below as fields.
        ZipEntries zip(odt, QStringLiteral("r.odt"));
        QString problem;
        std::unique_ptr<ZipEntry> styles = zip.open(QStringLiteral("styles.xml"), &problem);
        QVERIFY2(styles, qPrintable(problem));
        const QString xml = QString::fromUtf8(styles->readAll());
        QVERIFY(xml.contains(QStringLiteral("fo:page-width=\"210mm\"")));
        QVERIFY(xml.contains(m_c.settings.name.toHtmlEscaped()));
        QVERIFY(xml.contains(
            QStringLiteral("Page <text:page-number text:select-page=\"current\"/> sur <text:page-count/>")));
        std::unique_ptr<ZipEntry> manifest = zip.open(QStringLiteral("META-INF/manifest.xml"), &problem);
        QVERIFY2(manifest, qPrintable(problem));
        QVERIFY(manifest->readAll().contains("manifest:full-path=\"styles.xml\""));
    }

    void thePublicVersionNamesNoJurorAndNoContact()
    {
        const QString full = pages(Kind::LaureateReport, Audience::Full).join(QLatin1Char('\f'));
        QVERIFY(full.contains(QStringLiteral("Ancrage local solide")));
        bool named = false;
        for (const Juror& j : m_c.jurors)
            named = named || full.contains(j.name);
        QVERIFY2(named, "the full version names the jurors next to their comments");
        for (const Kind kind : {Kind::LaureateReport, Kind::Minutes}) {
            const QString published = pages(kind, Audience::Public).join(QLatin1Char('\f'));
            QVERIFY(!published.isEmpty());
            QVERIFY(!published.contains(QStringLiteral("Ancrage local solide")));
            for (const Juror& j : m_c.jurors)
                QVERIFY2(!published.contains(j.name), qPrintable(j.name));
            for (const Candidate& k : m_c.candidates) {
                if (!k.contactEmail.isEmpty())
                    QVERIFY2(!published.contains(k.contactEmail), qPrintable(k.contactEmail));
            }
        }
    }

    void theMinutesSayTheSessionTheQuorumAndEveryOverride()
    {
        const QStringList text = pages(Kind::Minutes, Audience::Full);
        QVERIFY(!text.isEmpty());
        const QString all = text.join(QLatin1Char('\f'));
        const DeliberationSession& session = m_c.sessions.front();
        QVERIFY(all.contains(QStringLiteral("Procès-verbal de la délibération")));
        QVERIFY(all.contains(session.place));
        QVERIFY(all.contains(session.chair));
        QVERIFY(all.contains(flat(Words::sessionTime(session.heldAt))));
        const std::vector<rules::SessionQuorum> quorum = rules::sessionQuorum(m_c, session);
        for (const rules::SessionQuorum& q : quorum)
            QVERIFY2(all.contains(flat(Words::juryQuorum(m_c, q))), qPrintable(Words::juryQuorum(m_c, q)));
        QVERIFY(all.contains(QStringLiteral("Seul projet de maraîchage du site")));
        QVERIFY(all.contains(QStringLiteral("Le président de la séance")));
        for (const Placement& p : m_e.greedy.laureates)
            QVERIFY(all.contains(m_c.candidates[size_t(p.candidate)].name.left(12)));
        QVERIFY(all.contains(fingerprint::of(fingerprint::parts(m_c))));
    }

    void cancellingWritesNothing()
    {
        QTemporaryDir dir;
        for (const QString& name : {QStringLiteral("r.pdf"), QStringLiteral("r.odt")}) {
            int calls = 0;
            const Spreadsheets::Written w = Documents::write(dir.filePath(name), Kind::LaureateReport, m_c, m_e,
                                                             Audience::Full, [&](int, int) { return ++calls < 3; });
            QVERIFY(w.cancelled);
            QVERIFY(w.files.empty());
            QCOMPARE(calls, 3);
        }
        QVERIFY(test::listing(dir.path()).isEmpty());
        const Spreadsheets::Written done =
            Documents::write(dir.filePath(QStringLiteral("r.pdf")), Kind::Minutes, m_c, m_e, Audience::Full);
        QVERIFY2(done.error.isEmpty(), qPrintable(done.error));
        QCOMPARE(test::listing(dir.path()), QStringList{QStringLiteral("r.pdf")});
    }

    void aReadOnlyFolderIsRefusedNamingTheFile()
    {
        PALMARES_RUN_UNPRIVILEGED();
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("lecture seule"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        for (const QString& name : {QStringLiteral("r.pdf"), QStringLiteral("r.odt")}) {
            const QString path = QDir(folder).filePath(name);
            const Spreadsheets::Written w = Documents::write(path, Kind::LaureateReport, m_c, m_e, Audience::Full);
            QVERIFY2(w.error.contains(QDir::toNativeSeparators(path)), qPrintable(w.error));
            QVERIFY(w.files.empty());
        }
        QVERIFY(test::listing(folder).isEmpty());
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
};

QTEST_MAIN(TstReportDocuments)
#include "tst_reportdocuments.moc"
