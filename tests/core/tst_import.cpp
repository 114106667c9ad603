// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/CampaignDocument.h"
#include "core/io/Import.h"
#include "core/storage/CampaignFile.h"
#include "tests/support/ImportSamples.h"
#include "tests/support/TestFiles.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace palmares;
using namespace palmares::test;

namespace {

QString data(const char* name)
{
    return QStringLiteral(PALMARES_TEST_DATA "/import/") + QString::fromLatin1(name);
}

// Every row of every table of a campaign file, as text: to prove it unchanged.
QStringList dumpRows(const QString& path)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"), db);
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : names) {
            QSqlQuery q(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table), db);
            while (q.next()) {
                QStringList cells{table};
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                out << cells.join(QLatin1Char('|'));
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return out;
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString campaignFile(const Campaign& c)
    {
        const QString path = m_dir.filePath(QStringLiteral("c%1.ami").arg(++m_files));
        QString error;
        if (!CampaignFile::writeNew(path, c, &error))
            qFatal("%s", qPrintable(error));
        return path;
    }

private slots:
    // The same applications exported by LibreOffice as XLSX, ODS and French CSV
    // (';', Windows-1252, decimal comma, dd/mm/yy dates) import identically.
    void libreOfficeExportsImportIdentically()
    {
        const Campaign c = baseCampaign();
        std::vector<ImportPlan> plans;
        for (const char* file : {"candidats.xlsx", "candidats.ods", "candidats-fr.csv"}) {
            QString error;
            const auto t = SheetReader::read(data(file), QString(), &error);
            QVERIFY2(t, qPrintable(error));
            const ImportMapping m = Import::guessMapping(ImportKind::Candidates, c, t->headers);
            QCOMPARE(int(m.size()), 15); // every column recognised from its French header
            QVERIFY(Import::missingFields(ImportKind::Candidates, c, m).isEmpty());
            plans.push_back(plan(c, ImportKind::Candidates, *t));
        }
        for (const ImportPlan& p : plans) {
            QCOMPARE(p.rows, 7);
            QCOMPARE(p.rejected, 0);
            QCOMPARE(p.added, 7);
            QCOMPARE(p.errorCount(), 0);
            QCOMPARE(p.warningCount(), 1); // the company still being created has no SIRET
            QCOMPARE(problemAt(p, 8).column, QStringLiteral("SIRET"));
            QCOMPARE(p.change.candidates.put.size(), size_t(7));
            QCOMPARE(p.change.flows.put.size(), size_t(9));
        }
        const Candidate& first = plans[0].change.candidates.put[0];
        QCOMPARE(first.name, QStringLiteral("Brasserie de l'Œil Vif"));
        QCOMPARE(first.siret, QStringLiteral("81234567800013"));
        QCOMPARE(first.requestedSurface, 420.5);
        QCOMPARE(first.jobsFte, 4.5);
        QCOMPARE(first.wantedStart, QDate(2027, 3, 1));
        QCOMPARE(first.wantedUse, QStringLiteral("atelier"));
        QCOMPARE(first.nafCode, QStringLiteral("11.05Z"));
        QCOMPARE(first.contactPhone, QStringLiteral("04 75 10 20 30"));
        QCOMPARE(first.registrationNo, 3); // after the two already there
        QCOMPARE(first.id, Id(3));
        QVERIFY(!first.ess);
        QVERIFY(plans[0].change.candidates.put[1].ess);
        QCOMPARE(plans[0].change.candidates.put[2].name, QStringLiteral("Café « Cœur de Base »"));
        for (size_t f = 1; f < plans.size(); ++f) {
            for (size_t i = 0; i < 7; ++i) {
                const Candidate& a = plans[0].change.candidates.put[i];
                const Candidate& b = plans[f].change.candidates.put[i];
                QCOMPARE(b.name, a.name);
                QCOMPARE(b.siret, a.siret);
                QCOMPARE(b.legalForm, a.legalForm);
                QCOMPARE(b.ess, a.ess);
                QCOMPARE(b.nafCode, a.nafCode);
                QCOMPARE(b.contactName, a.contactName);
                QCOMPARE(b.contactEmail, a.contactEmail);
                QCOMPARE(b.contactPhone, a.contactPhone);
                QCOMPARE(b.projectTitle, a.projectTitle);
                QCOMPARE(b.description, a.description);
                QCOMPARE(b.requestedSurface, a.requestedSurface);
                QCOMPARE(b.wantedUse, a.wantedUse);
                QCOMPARE(b.jobsFte, a.jobsFte);
                QCOMPARE(b.wantedStart, a.wantedStart);
            }
            for (size_t i = 0; i < 9; ++i) {
                const Flow& a = plans[0].change.flows.put[i];
                const Flow& b = plans[f].change.flows.put[i];
                QCOMPARE(b.candidateId, a.candidateId);
                QCOMPARE(b.resourceId, a.resourceId);
                QCOMPARE(b.direction, a.direction);
                QCOMPARE(b.quantity, a.quantity);
                QCOMPARE(b.unit, a.unit);
            }
        }
        const Flow& grain = plans[0].change.flows.put[0];
        QCOMPARE(grain.direction, FlowDirection::Output);
        QCOMPARE(grain.quantity, 40.0);
        QCOMPARE(grain.unit, QStringLiteral("t"));
    }

    void headersAreRecognisedInFrenchAndEnglish()
    {
        const Campaign c = baseCampaign();
        const QStringList english{
            QStringLiteral("Company name"),   QStringLiteral("SIRET number"), QStringLiteral("Requested surface (m²)"),
            QStringLiteral("Contact e-mail"), QStringLiteral("Jobs (FTE)"),   QStringLiteral("Something else")};
        ImportMapping m = Import::guessMapping(ImportKind::Candidates, c, english);
        QCOMPARE(m.at(QStringLiteral("name")), 0);
        QCOMPARE(m.at(QStringLiteral("siret")), 1);
        QCOMPARE(m.at(QStringLiteral("requested_surface")), 2);
        QCOMPARE(m.at(QStringLiteral("contact_email")), 3);
        QCOMPARE(m.at(QStringLiteral("jobs_fte")), 4);
        QCOMPARE(int(m.size()), 5);
        // Case, accents and punctuation do not matter; a longer header starting with a known name is taken.
        m = Import::guessMapping(ImportKind::Candidates, c,
                                 {QStringLiteral("RAISON SOCIALE"), QStringLiteral("Surface demandee en m2")});
        QCOMPARE(m.at(QStringLiteral("name")), 0);
        QCOMPARE(m.at(QStringLiteral("requested_surface")), 1);
        m = Import::guessMapping(ImportKind::Jurors, c,
                                 {QStringLiteral("Nom du juré"), QStringLiteral("Collège"), QStringLiteral("E-mail")});
        QCOMPARE(m.at(QStringLiteral("name")), 0);
        QCOMPARE(m.at(QStringLiteral("jury")), 1);
        QCOMPARE(m.at(QStringLiteral("email")), 2);
        // Wide-form scores: one column per criterion, by its code or its name.
        m = Import::guessMapping(
            ImportKind::Scores, c,
            {QStringLiteral("Juré"), QStringLiteral("Candidat"), c.criteria[0].code, c.criteria[1].name});
        QCOMPARE(m.at(QStringLiteral("criterion:") + c.criteria[0].code), 2);
        QCOMPARE(m.at(QStringLiteral("criterion:") + c.criteria[1].code), 3);
        QVERIFY(Import::missingFields(ImportKind::Scores, c, m).isEmpty());
        QVERIFY(!Import::missingFields(ImportKind::Scores, c, {{QStringLiteral("juror"), 0}}).isEmpty());
    }

    void everyBadCandidateRowIsReported()
    {
        const Campaign c = baseCampaign();
        const QString good = siret("8123456780001");
        const QString bad = good.left(13) + QString::number((good.right(1).toInt() + 1) % 10);
        const QString text =
            QStringLiteral("Raison sociale;SIRET;Surface demandée (m²);Usage souhaité;Bâtiment souhaité\n"
                           "Bonne;%1;120;atelier;Hangar H1\n"             // 2: fine
                           "Courte;1234567890123;50;atelier;\n"           // 3: 13 digits
                           "Fausse;%2;50;atelier;\n"                      // 4: Luhn
                           "Doublon;%1;60;bureau;\n"                      // 5: same SIRET as row 2
                           "Ferme bis;%3;80;atelier;\n"                   // 6: already there: skipped
                           "Sans surface;%4;abc;atelier;\n"               // 7: not a number
                           "Négative;%5;-5;atelier;\n"                    // 8: not positive
                           "Usage inconnu;%6;50;piscine;\n"               // 9: unknown use
                           ";%7;50;atelier;\n"                            // 10: empty name
                           "Trop;%8;50;atelier;;en trop\n"                // 11: more cells
                           "Bâtiment inconnu;%9;50;atelier;Tour Eiffel\n" // 12: unknown building
                           "En création;;30;bureau;\n")                   // 13: no SIRET: warning
                .arg(good, bad, c.candidates[0].siret, siret("1000000000001"), siret("1000000000002"),
                     siret("1000000000003"), siret("1000000000004"), siret("1000000000005"), siret("1000000000006"));
        const ImportPlan p = plan(c, ImportKind::Candidates, csv(text));
        QCOMPARE(p.rows, 12);
        QCOMPARE(p.rejected, 9);
        QCOMPARE(p.added, 2);
        QCOMPARE(p.skipped, 1);
        QCOMPARE(p.existing, 1);
        QCOMPARE(p.change.candidates.put.size(), size_t(2));
        QCOMPARE(p.change.candidates.put[0].preferredBuildingId, Id(1));

        auto expect = [&](int row, const char* column, const QString& value, const char* reason,
                          ImportProblem::Severity severity = ImportProblem::Error) {
            const ImportProblem x = problemAt(p, row, QString::fromUtf8(column));
            QVERIFY2(!x.reason.isEmpty(), qPrintable(QStringLiteral("nothing reported on row %1").arg(row)));
            QCOMPARE(x.value, value);
            QVERIFY2(x.reason.contains(QString::fromUtf8(reason)), qPrintable(x.reason));
            QCOMPARE(x.severity, severity);
        };
        expect(3, "SIRET", QStringLiteral("1234567890123"), "exactly 14 digits");
        expect(4, "SIRET", bad, "checksum");
        expect(5, "SIRET", good, "Same SIRET as row 2");
        expect(6, "SIRET", c.candidates[0].siret, "already there (Ferme existante)", ImportProblem::Warning);
        expect(7, "Surface demandée (m²)", QStringLiteral("abc"), "positive number");
        expect(8, "Surface demandée (m²)", QStringLiteral("-5"), "positive number");
        expect(9, "Usage souhaité", QStringLiteral("piscine"), "Unknown use type");
        expect(10, "Raison sociale", QString(), "required");
        expect(11, "(column 6)", QStringLiteral("en trop"), "more cells than there are headers");
        expect(12, "Bâtiment souhaité", QStringLiteral("Tour Eiffel"), "Unknown building");
        expect(13, "SIRET", QString(), "still being created", ImportProblem::Warning);
    }

    void everyBadJurorConflictAndBuildingRowIsReported()
    {
        const Campaign c = baseCampaign();
        ImportPlan p = plan(c, ImportKind::Jurors,
                            csv(QStringLiteral("Nom du juré;Jury;Courriel\n"
                                               "Émile Expert;expert;emile@ville.fr\n"
                                               "Fanny;Jury des sages;\n"
                                               "Gaspard;citizen;pas-un-courriel\n"
                                               "Anne Expert;Expert jury;anne@ville.fr\n"
                                               "Émile bis;citizen;EMILE@ville.fr\n")));
        QCOMPARE(p.added, 1);
        QCOMPARE(p.rejected, 3);
        QCOMPARE(p.skipped, 1);
        QVERIFY(problemAt(p, 3, QStringLiteral("Jury")).reason.contains(QStringLiteral("Unknown jury")));
        QVERIFY(problemAt(p, 4, QStringLiteral("Courriel")).reason.contains(QStringLiteral("e-mail")));
        QCOMPARE(problemAt(p, 5).severity, ImportProblem::Warning);
        QVERIFY(problemAt(p, 6).reason.contains(QStringLiteral("row 2")));
        QCOMPARE(p.change.jurors.put[0].id, Id(5));
        QCOMPARE(p.change.jurors.put[0].juryId, Id(1));

        p = plan(c, ImportKind::Conflicts,
                 csv(QStringLiteral("Juré;Candidat;Motif\n"
                                    "Anne Expert;Ferme existante;Associée\n"
                                    "Inconnu;Ferme existante;\n"
                                    "chloe citoyenne;Entreprise fantôme;\n"
                                    "bruno@ville.fr;%1;déjà là\n")
                         .arg(c.candidates[0].siret)));
        QCOMPARE(p.added, 1);
        QCOMPARE(p.rejected, 2);
        QCOMPARE(p.skipped, 1);
        QVERIFY(problemAt(p, 3, QStringLiteral("Juré")).reason.contains(QStringLiteral("Unknown juror")));
        QVERIFY(problemAt(p, 4, QStringLiteral("Candidat")).reason.contains(QStringLiteral("Unknown candidate")));
        QCOMPARE(p.change.conflicts.put[0].jurorId, Id(1));
        QCOMPARE(p.change.conflicts.put[0].reason, QStringLiteral("Associée"));

        p = plan(c, ImportKind::Buildings,
                 csv(QStringLiteral("Bâtiment;Surface (m²);Usage;Autres usages acceptés\n"
                                    "Hangar H2;1 500,5;atelier;stockage, bureau\n"
                                    "Hangar H3;0;atelier;\n"
                                    "Tour;100;observatoire;\n"
                                    "Mess;600;bureau;\n")));
        QCOMPARE(p.added, 1);
        QCOMPARE(p.rejected, 2);
        QCOMPARE(p.skipped, 1);
        QCOMPARE(p.change.buildings.put[0].surface, 1500.5);
        QCOMPARE(p.change.buildings.put[0].acceptedUses,
                 (QStringList{QStringLiteral("stockage"), QStringLiteral("bureau")}));
        QVERIFY(problemAt(p, 3).reason.contains(QStringLiteral("positive")));
        QVERIFY(problemAt(p, 4).reason.contains(QStringLiteral("Unknown use type")));
    }

    void everyBadScoreRowIsReported()
    {
        const Campaign c = baseCampaign();
        const QString crit = c.criteria[1].code;
        const ImportPlan p =
            plan(c, ImportKind::Scores,
                 csv(QStringLiteral("Juré;Candidat;Critère;Note;Commentaire\n"
                                    "Anne Expert;Ferme existante;%1;7,5;Solide\n"     // 2: fine
                                    "Anne Expert;Ferme existante;pas_un_critere;5;\n" // 3: unknown criterion
                                    "Anne Expert;Start-up en création;%1;11;\n"       // 4: outside 0–10
                                    "Anne Expert;Start-up en création;%1;7,3;\n"      // 5: off the 0.5 step
                                    "Bruno Expert;Ferme existante;%1;6;\n"            // 6: conflict of interest
                                    "Anne Expert;Inconnue SARL;%1;6;\n"               // 7: unknown candidate
                                    "Chloé Citoyenne;Ferme existante;%1;0;\n"         // 8: citizen scale 1–5
                                    "Anne Expert;Ferme existante;%1;8;\n"             // 9: same as row 2
                                    "Anne Expert;Ferme existante;%2;9;\n"             // 10: already scored: skipped
                                    "Chloé Citoyenne;Ferme existante;%1;;\n"          // 11: empty value
                                    "Anne Expert;Ferme existante;%2;8;\n")            // 12: same as row 10
                         .arg(crit, c.criteria[0].code)));
        QCOMPARE(p.rows, 11);
        QCOMPARE(p.added, 1);
        QCOMPARE(p.skipped, 1);
        QCOMPARE(p.existing, 1);
        QCOMPARE(p.rejected, 9);
        QCOMPARE(p.change.scores.put.size(), size_t(1));
        const Score& s = p.change.scores.put[0];
        QCOMPARE(s.value, 7.5);
        QCOMPARE(s.comment, QStringLiteral("Solide"));
        QCOMPARE(s.origin, QStringLiteral("import:test.csv"));
        QCOMPARE(s.at, importTime);
        QVERIFY(problemAt(p, 3, QStringLiteral("Critère")).reason.contains(QStringLiteral("Unknown criterion")));
        QVERIFY(problemAt(p, 4, QStringLiteral("Note")).reason.contains(QStringLiteral("Outside the scale")));
        QVERIFY(problemAt(p, 5, QStringLiteral("Note")).reason.contains(QStringLiteral("step")));
        QVERIFY(problemAt(p, 6).reason.contains(QStringLiteral("conflict of interest")));
        QVERIFY(problemAt(p, 7, QStringLiteral("Candidat")).reason.contains(QStringLiteral("Unknown candidate")));
        QVERIFY(problemAt(p, 8, QStringLiteral("Note")).reason.contains(QStringLiteral("from 1 to 5")));
        QVERIFY(problemAt(p, 9).reason.contains(QStringLiteral("row 2")));
        QVERIFY(problemAt(p, 11, QStringLiteral("Note")).reason.contains(QStringLiteral("required")));
        QVERIFY(problemAt(p, 12).reason.contains(QStringLiteral("row 10")));
    }

    // A mapping may name one criterion by its code and by its name: a row giving both is
    // refused rather than counted twice.
    void twoColumnsForOneCriterionAreRefused()
    {
        const Campaign c = baseCampaign();
        ImportOptions o;
        o.kind = ImportKind::Scores;
        o.now = importTime;
        o.mapping = {{QStringLiteral("juror"), 0},
                     {QStringLiteral("candidate"), 1},
                     {QStringLiteral("criterion:") + c.criteria[0].code, 2},
                     {QStringLiteral("criterion:") + c.criteria[0].name, 3}};
        const ImportPlan p =
            Import::plan(c,
                         csv(QStringLiteral("Juré;Candidat;A;B\n"
                                            "Chloé Citoyenne;Start-up en création;4;5\n"  // 2: both columns
                                            "Didier Citoyen;Start-up en création;3;\n")), // 3: one of them
                         o);
        QCOMPARE(p.added, 1);
        QCOMPARE(p.rejected, 1);
        QVERIFY2(problemAt(p, 2).reason.contains(QStringLiteral("Another column")), qPrintable(problemAt(p, 2).reason));
    }

    void wideScoresGiveOneScorePerCriterionColumn()
    {
        const Campaign c = baseCampaign();
        const QString text = QStringLiteral("Juré;Candidat;%1;%2;Commentaire\n"
                                            "Chloé Citoyenne;Start-up en création;4;5;Bien\n"
                                            "Didier Citoyen;Start-up en création;3;;\n"
                                            "Didier Citoyen;Ferme existante;2,5;1;\n")
                                 .arg(c.criteria[0].name, c.criteria[1].code);
        const ImportPlan p = plan(c, ImportKind::Scores, csv(text));
        QCOMPARE(p.added, 3); // an empty cell is no score
        QCOMPARE(p.rejected, 1);
        QVERIFY(problemAt(p, 4).reason.contains(QStringLiteral("step")));
        QCOMPARE(p.change.scores.put[0].criterionId, c.criteria[0].id);
        QCOMPARE(p.change.scores.put[1].criterionId, c.criteria[1].id);
        QCOMPARE(p.change.scores.put[1].comment, QStringLiteral("Bien"));
    }

    void mappingFilesAreChecked()
    {
        const Campaign c = baseCampaign();
        const QStringList headers{QStringLiteral("Col A"), QStringLiteral("Col B")};
        QString error;
        auto m = Import::mappingFromJson(
            ImportKind::Candidates, c,
            QJsonDocument::fromJson(R"({"columns": {"name": "Col B", "requested_surface": 1}})").object(), headers,
            &error);
        QVERIFY2(m, qPrintable(error));
        QCOMPARE(m->at(QStringLiteral("name")), 1);
        QCOMPARE(m->at(QStringLiteral("requested_surface")), 0);
        QVERIFY(!Import::mappingFromJson(ImportKind::Candidates, c,
                                         QJsonDocument::fromJson(R"({"nom": "Col A"})").object(), headers, &error));
        QVERIFY2(error.contains(QStringLiteral("\"nom\"")), qPrintable(error));
        QVERIFY(!Import::mappingFromJson(ImportKind::Candidates, c,
                                         QJsonDocument::fromJson(R"({"name": "Col Z"})").object(), headers, &error));
        QVERIFY2(error.contains(QStringLiteral("Col Z")), qPrintable(error));
        QVERIFY(!Import::mappingFromJson(ImportKind::Candidates, c, QJsonDocument::fromJson(R"({"name": 3})").object(),
                                         headers, &error));
        QVERIFY2(error.contains(QStringLiteral("column 3")), qPrintable(error));
    }

    // The wizard's mapping is saved with the import and offered again for the same headers.
    void theMappingIsRememberedPerCampaign()
    {
        const QString path = campaignFile(baseCampaign());
        QString error;
        auto doc = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        const SheetTable t = csv(QStringLiteral("Col A;Col B\nAtelier du Port;75\n"));
        QVERIFY(Import::guessMapping(ImportKind::Candidates, doc->campaign(), t.headers).empty());
        ImportOptions o;
        o.kind = ImportKind::Candidates;
        o.mapping = {{QStringLiteral("name"), 0}, {QStringLiteral("requested_surface"), 1}};
        o.now = importTime;
        const ImportPlan p = Import::plan(doc->campaign(), t, o);
        QVERIFY(p.change.settings);
        QVERIFY2(doc->apply(p.change, &error, QStringLiteral("import")), qPrintable(error));
        doc.reset();
        const auto reopened = CampaignFile::read(path, &error);
        QVERIFY2(reopened, qPrintable(error));
        const ImportMapping again = Import::guessMapping(ImportKind::Candidates, *reopened, t.headers);
        QCOMPARE(again, o.mapping);
        // Other kinds keep their own.
        QVERIFY(Import::guessMapping(ImportKind::Buildings, *reopened, t.headers).empty());
    }

    // A failure in the middle of the write leaves every row of the file as it was.
    void aFailureInTheMiddleLeavesTheCampaignUnchanged()
    {
        const QString path = campaignFile(baseCampaign());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trigger"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON candidates WHEN NEW.name = 'Boom' "
                                          "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("trigger"));
        const QStringList before = dumpRows(path);
        QString error;
        auto doc = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        QString text = QStringLiteral("Raison sociale;Surface demandée (m²);Flux\n");
        for (int i = 0; i < 50; ++i)
            text += QStringLiteral("Entreprise %1;%2;sortie: palettes\n").arg(i).arg(10 + i);
        text += QStringLiteral("Boom;10;\n");
        for (int i = 50; i < 100; ++i)
            text += QStringLiteral("Entreprise %1;%2;\n").arg(i).arg(10 + i);
        const ImportPlan p = plan(doc->campaign(), ImportKind::Candidates, csv(text));
        QCOMPARE(p.rejected, 0);
        QCOMPARE(p.added, 101);
        QVERIFY(!doc->apply(p.change, &error, QStringLiteral("import")));
        QVERIFY2(error.contains(QStringLiteral("disk says no")), qPrintable(error));
        QCOMPARE(doc->campaign().candidates.size(), size_t(2));
        QVERIFY(!doc->undoStack()->canUndo());
        doc.reset();
        QCOMPARE(dumpRows(path), before);
    }

    // One import is one step of the undo history, and its audit entry names the file and its hash.
    void anImportIsUndoneWholeAndAudited()
    {
        const QString path = campaignFile(baseCampaign());
        const QStringList before = dumpRows(path);
        QString error;
        auto doc = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        const auto t = SheetReader::read(data("candidats.xlsx"), QString(), &error);
        QVERIFY(t);
        ImportOptions o;
        o.kind = ImportKind::Candidates;
        o.mapping = Import::guessMapping(o.kind, doc->campaign(), t->headers);
        o.now = importTime;
        QCOMPARE(t->sha256, QString::fromLatin1(test::fingerprint(data("candidats.xlsx"))));
        const ImportPlan p = Import::plan(doc->campaign(), *t, o);
        QVERIFY2(doc->apply(p.change, &error, QStringLiteral("import")), qPrintable(error));
        QCOMPARE(doc->campaign().candidates.size(), size_t(9));
        QCOMPARE(doc->campaign().flows.size(), size_t(9));
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->undoStack()->undoText().contains(QStringLiteral("candidats.xlsx")));
        doc->undoStack()->undo();
        QCOMPARE(doc->campaign().candidates.size(), size_t(2));
        QVERIFY(doc->campaign().flows.empty());
        doc.reset();

        // Rows are back as they were; only the audit log tells the story.
        QStringList after = dumpRows(path);
        QStringList audit;
        for (const QString& row : after)
            if (row.startsWith(QLatin1String("audit_log|")))
                audit << row;
        after.erase(std::remove_if(after.begin(), after.end(),
                                   [](const QString& r) { return r.startsWith(QLatin1String("audit_log|")); }),
                    after.end());
        QStringList beforeRows = before;
        beforeRows.erase(std::remove_if(beforeRows.begin(), beforeRows.end(),
                                        [](const QString& r) { return r.startsWith(QLatin1String("audit_log|")); }),
                         beforeRows.end());
        QCOMPARE(after, beforeRows);
        const QString importEntry = audit.filter(QStringLiteral("|import|")).join(QString());
        QVERIFY2(importEntry.contains(QStringLiteral("candidats.xlsx")), qPrintable(audit.join(QLatin1Char('\n'))));
        QVERIFY2(importEntry.contains(t->sha256), qPrintable(importEntry));
    }

    // Importing the same file again skips or updates what is already there, never doubles it.
    void reimportingSkipsOrUpdates()
    {
        const QString path = campaignFile(baseCampaign());
        QString error;
        auto doc = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        auto t = SheetReader::read(data("candidats-fr.csv"), QString(), &error);
        QVERIFY(t);
        ImportPlan p = plan(doc->campaign(), ImportKind::Candidates, *t);
        QVERIFY(doc->apply(p.change, &error, QStringLiteral("import")));

        p = plan(doc->campaign(), ImportKind::Candidates, *t, OnDuplicate::Skip);
        QCOMPARE(p.skipped, 7); // the one without SIRET is known by its name
        QCOMPARE(p.added, 0);
        QVERIFY(p.change.candidates.put.empty());

        t->rows[0][10] = QStringLiteral("500"); // a new surface for the brewery
        p = plan(doc->campaign(), ImportKind::Candidates, *t, OnDuplicate::Update);
        QCOMPARE(p.updated, 7);
        QCOMPARE(p.added, 0);
        QVERIFY(doc->apply(p.change, &error, QStringLiteral("import")));
        QCOMPARE(doc->campaign().candidates.size(), size_t(9));
        QCOMPARE(doc->campaign().flows.size(), size_t(9)); // replaced, not doubled
        const Candidate& brewery = doc->campaign().candidates[2];
        QCOMPARE(brewery.name, QStringLiteral("Brasserie de l'Œil Vif"));
        QCOMPARE(brewery.requestedSurface, 500.0);
        QCOMPARE(brewery.registrationNo, 3); // kept
    }

    void theReportIsCsvWithEveryProblem()
    {
        const Campaign c = baseCampaign();
        const ImportPlan p =
            plan(c, ImportKind::Candidates,
                 csv(QStringLiteral("Raison sociale;Surface demandée (m²)\nA;x\n;5\n"), QStringLiteral("dépôts.csv")));
        const QByteArray report = Import::reportCsv(p);
        QVERIFY(report.startsWith("\xEF\xBB\xBF"));
        const auto back = SheetReader::readCsv(report, QStringLiteral("r.csv"), &error());
        QVERIFY(back);
        QCOMPARE(back->headers, (QStringList{QStringLiteral("File"), QStringLiteral("Sheet"), QStringLiteral("Row"),
                                             QStringLiteral("Column"), QStringLiteral("Value"),
                                             QStringLiteral("Severity"), QStringLiteral("Reason")}));
        QCOMPARE(back->size(), 2);
        QCOMPARE(back->rows[0].at(0), QStringLiteral("dépôts.csv"));
        QCOMPARE(back->rows[0].at(2), QStringLiteral("2"));
        QCOMPARE(back->rows[0].at(4), QStringLiteral("x"));
        QCOMPARE(back->rows[1].at(2), QStringLiteral("3"));
        QCOMPARE(back->rows[1].at(3), QStringLiteral("Raison sociale"));
    }

    // With no jury in the campaign, a juror's jury cannot be known: the report says what
    // to do rather than listing no jury.
    void jurorsWithoutAnyJuryAreRefusedSayingWhy()
    {
        Campaign c = baseCampaign();
        c.jurors.clear();
        c.conflicts.clear();
        c.scores.clear();
        c.juries.clear();
        const SheetTable t = csv(QStringLiteral("Nom;Jury\nAnne Martin;Jury citoyen\n"));
        const ImportPlan p = plan(c, ImportKind::Jurors, t);
        const ImportProblem x = problemAt(p, 2, QStringLiteral("Jury"));
        QVERIFY2(x.reason.contains(QStringLiteral("no jury yet")), qPrintable(x.reason));
        QCOMPARE(p.rejected, 1);
    }

    // A surface must be plausible: 1e308 (finite, but summed it becomes inf) or a typo of a
    // few zeros is refused, naming the largest surface accepted.
    void anImplausibleSurfaceIsRefused_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("the largest surface accepted") << QStringLiteral("1000000") << true;
        QTest::newRow("one square metre more") << QStringLiteral("1000001") << false;
        QTest::newRow("1e308") << QStringLiteral("1e308") << false;
    }
    void anImplausibleSurfaceIsRefused()
    {
        QFETCH(QString, surface);
        QFETCH(bool, accepted);
        const Campaign c = baseCampaign();
        const SheetTable t = csv(QStringLiteral("Raison sociale;Surface demandée (m²)\nAtelier;%1\n").arg(surface));
        const ImportPlan p = plan(c, ImportKind::Candidates, t);
        QCOMPARE(p.rejected, accepted ? 0 : 1);
        if (!accepted)
            QVERIFY2(problemAt(p, 2).reason.contains(QStringLiteral("at most 1000000")),
                     qPrintable(problemAt(p, 2).reason));
    }

    // A flow's yearly quantity is plausible too: a billion tonnes of pallets is a typo.
    void anImplausibleFlowQuantityIsRefused_data()
    {
        QTest::addColumn<QString>("flow");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("40 t") << QStringLiteral("sortie: palettes 40 t") << true;
        QTest::newRow("a billion t") << QStringLiteral("sortie: palettes 1000000000 t") << true;
        QTest::newRow("ten billion t") << QStringLiteral("sortie: palettes 10000000000 t") << false;
        QTest::newRow("400 digits") << QStringLiteral("sortie: palettes %1 t").arg(QString(400, QLatin1Char('9')))
                                    << false;
    }
    void anImplausibleFlowQuantityIsRefused()
    {
        QFETCH(QString, flow);
        QFETCH(bool, accepted);
        const Campaign c = baseCampaign();
        const SheetTable t =
            csv(QStringLiteral("Raison sociale;Surface demandée (m²);Flux\nAtelier;120;%1\n").arg(flow));
        const ImportPlan p = plan(c, ImportKind::Candidates, t);
        if (accepted) {
            QCOMPARE(p.rejected, 0);
            QCOMPARE(p.change.flows.put.size(), size_t(1));
            QVERIFY(std::isfinite(p.change.flows.put.front().quantity));
        } else {
            QCOMPARE(p.rejected, 1);
            QVERIFY2(problemAt(p, 2).reason.contains(QStringLiteral("yearly quantity")),
                     qPrintable(problemAt(p, 2).reason));
        }
    }

    // A control character in a cell (an escape sequence, a NUL) would be stored and later
    // obeyed by a terminal: the row is refused, the character shown in the report.
    void aCellWithAControlCharacterIsRefused()
    {
        const Campaign c = baseCampaign();
        const SheetTable t = csv(QStringLiteral("Raison sociale;Surface demandée (m²)\n"
                                                "Atelier \x1b[31mrouge;120\n"
                                                "Atelier propre;80\n"));
        const ImportPlan p = plan(c, ImportKind::Candidates, t);
        const ImportProblem x = problemAt(p, 2);
        QCOMPARE(x.severity, ImportProblem::Error);
        QCOMPARE(x.column, QStringLiteral("Raison sociale"));
        QCOMPARE(x.value, QStringLiteral("Atelier \u241b[31mrouge"));
        QVERIFY2(x.reason.contains(QStringLiteral("control character")), qPrintable(x.reason));
        QCOMPARE(p.rejected, 1);
        QCOMPARE(p.added, 1);
    }

    void tenThousandCandidatesImport()
    {
        QString text =
            QStringLiteral("Raison sociale;SIRET;Surface demandée (m²);Usage souhaité;Emplois créés (ETP)\n");
        for (int i = 0; i < 10000; ++i)
            text += QStringLiteral("Entreprise %1;%2;%3;atelier;%4\n")
                        .arg(i)
                        .arg(siret(QByteArray::number(3000000000000LL + i).constData()))
                        .arg(20 + i % 400)
                        .arg(i % 7);
        const QString path = campaignFile(baseCampaign());
        QString error;
        auto doc = CampaignDocument::open(path, CampaignDocument::Access::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        const ImportPlan p = plan(doc->campaign(), ImportKind::Candidates, csv(text));
        QCOMPARE(p.rows, 10000);
        QCOMPARE(p.added, 10000);
        QVERIFY(p.problems.empty());
        QVERIFY2(doc->apply(p.change, &error, QStringLiteral("import")), qPrintable(error));
        doc.reset();
        const auto reopened = CampaignFile::read(path, &error);
        QCOMPARE(reopened->candidates.size(), size_t(10002));
        QCOMPARE(reopened->candidates.back().registrationNo, 10002);
    }

private:
    QString& error()
    {
        static QString e;
        return e;
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
