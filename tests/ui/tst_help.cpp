// SPDX-License-Identifier: GPL-3.0-or-later
// Help: F1 opens the user guide shipped with the application, in the UI language, at the
// part about the page in view, every picture it shows found; Help › Keyboard shortcuts
// lists every menu command that has a key, read from the menus.
#include "core/i18n/Translations.h"
#include "tests/support/CampaignSamples.h"
#include "ui/MainWindow.h"
#include "ui/analysis/AnalysisPage.h"
#include "ui/campaign/CampaignPage.h"
#include "ui/candidates/CandidatesPage.h"
#include "ui/criteria/CriteriaPage.h"
#include "ui/help/HelpWindow.h"
#include "ui/help/ShortcutsDialog.h"
#include "ui/journal/JournalPage.h"
#include "ui/juries/JuriesPage.h"
#include "ui/ranking/RankingPage.h"
#include "ui/scoring/ScoringPage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <functional>

using namespace palmares;

class TstHelp : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QString text(const HelpWindow* help) { return help->browser()->toPlainText(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void sectionsAreReadFromTheHeadings()
    {
        const auto parts = HelpWindow::sections(QStringLiteral("# Guide {#start}\nIntro\n## Notation {#scoring}\n"
                                                               "Type.\n### Detail\nMore\n## Journal {#journal}\nAll"));
        QCOMPARE(int(parts.size()), 3);
        QCOMPARE(parts[0].key, QStringLiteral("start"));
        QCOMPARE(parts[1].title, QStringLiteral("Notation"));
        QVERIFY(parts[1].markdown.contains(QStringLiteral("### Detail")));
        QVERIFY(!parts[1].markdown.contains(QStringLiteral("{#")));
        QCOMPARE(parts[2].key, QStringLiteral("journal"));
    }

    // Each page of the window has its part, in French and in English, and every picture
    // of the guide is in the resources.
    void theGuideCoversEveryPageInBothLanguages_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("fr") << QStringLiteral(":/help/guide_fr.md");
        QTest::newRow("en") << QStringLiteral(":/help/guide_en.md");
    }
    void theGuideCoversEveryPageInBothLanguages()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(f.readAll());
        QStringList keys;
        for (const auto& s : HelpWindow::sections(markdown)) {
            QVERIFY2(!s.key.isEmpty() && !s.title.isEmpty(), qPrintable(s.title));
            keys << s.key;
        }
        // F1 looks a page's part up by the page's name.
        MainWindow window;
        const QWidget* pages[] = {window.campaignPage(),   window.criteriaPage(), window.juriesPage(),
                                  window.candidatesPage(), window.scoringPage(),  window.rankingPage(),
                                  window.analysisPage(),   window.journalPage()};
        static_assert(std::size(pages) == MainWindow::PageCount);
        for (const QWidget* page : pages)
            QVERIFY2(keys.contains(page->objectName()), qPrintable(page->objectName()));
        for (const char* part : {"start", "deliberation", "import"})
            QVERIFY2(keys.contains(QLatin1String(part)), part);
        static const QRegularExpression picture(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
        int pictures = 0;
        for (auto it = picture.globalMatch(markdown); it.hasNext(); ++pictures) {
            const QString path = it.next().captured(1);
            QVERIFY2(!QImage(QStringLiteral(":/help/") + path).isNull(), qPrintable(path));
        }
        QVERIFY(pictures >= 10);
    }

    void f1OpensTheGuideAtThePageInView()
    {
        const LanguageScope french(QStringLiteral("fr"));
        QVERIFY(french.isValid());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // From the start page: the start of the guide, in French.
        QTest::keyClick(&window, Qt::Key_F1);
        HelpWindow* help = window.helpWindow();
        QVERIFY(help && help->isVisible());
        QCOMPARE(help->currentKey(), QStringLiteral("start"));
        QVERIFY2(text(help).contains(QStringLiteral("appel à manifestation d'intérêt")), qPrintable(text(help)));
        QString error;
        QVERIFY2(window.createCampaign(m_dir.filePath(QStringLiteral("help.ami")), test::demoIn(CampaignStatus::Draft),
                                       &error),
                 qPrintable(error));
        window.activateWindow();
        const std::pair<MainWindow::Page, const char*> pages[] = {{MainWindow::ScoringSheetPage, "scoring"},
                                                                  {MainWindow::JournalLogPage, "journal"},
                                                                  {MainWindow::CriteriaTreePage, "criteria"}};
        for (const auto& [page, key] : pages) {
            window.showPage(page);
            window.findChild<QAction*>(QStringLiteral("userGuide"))->trigger();
            QCOMPARE(help->currentKey(), QLatin1String(key));
            QCOMPARE(help->contents()->currentItem()->text(),
                     help->allSections()[size_t(help->contents()->currentRow())].title);
        }
        QVERIFY(text(help).contains(QStringLiteral("Pondération")) ||
                text(help).contains(QStringLiteral("pondération")));
        // Choosing another part in the contents shows it.
        help->contents()->setCurrentRow(0);
        QCOMPARE(help->currentKey(), QStringLiteral("start"));
    }

    // A button that shows only an icon says what it does; so does every rule of the campaign.
    void nonObviousControlsHaveTooltips()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.createCampaign(m_dir.filePath(QStringLiteral("tips.ami")), test::demoIn(CampaignStatus::Draft),
                                       &error),
                 qPrintable(error));
        for (int p = 0; p < MainWindow::PageCount; ++p) {
            window.showPage(MainWindow::Page(p));
            for (const QAbstractButton* b : window.findChildren<QAbstractButton*>()) {
                if (!b->isVisible() || !b->text().isEmpty() || b->icon().isNull())
                    continue;
                QVERIFY2(!b->toolTip().isEmpty() && !b->accessibleName().isEmpty(), qPrintable(b->objectName()));
            }
        }
        int rules = 0;
        window.showPage(MainWindow::CampaignSitePage);
        for (const QWidget* w : window.campaignPage()->findChildren<QWidget*>()) {
            const bool rule = (qobject_cast<const QAbstractSpinBox*>(w) && !qobject_cast<const QDateEdit*>(w)) ||
                              qobject_cast<const QCheckBox*>(w) || qobject_cast<const QComboBox*>(w);
            if (!rule || w->parentWidget()->inherits("QAbstractItemView") || !w->isVisible())
                continue;
            ++rules;
            QVERIFY2(!w->toolTip().isEmpty(), w->metaObject()->className());
        }
        QVERIFY(rules >= 9);
    }

    void theShortcutsAreReadFromTheMenus()
    {
        MainWindow window;
        ShortcutsDialog dialog(window.menuBar());
        QTableWidget* table = dialog.table();
        QStringList keys;
        for (int r = 0; r < table->rowCount(); ++r)
            keys << table->item(r, 0)->text();
        // Every command of the menus with a key is there.
        int withKeys = 0;
        std::function<void(const QMenu*)> walk = [&](const QMenu* menu) {
            for (const QAction* a : menu->actions()) {
                if (a->menu())
                    walk(a->menu());
                else if (!a->shortcut().isEmpty()) {
                    ++withKeys;
                    QVERIFY2(keys.join(QLatin1Char('|')).contains(a->shortcut().toString(QKeySequence::NativeText)),
                             qPrintable(a->text()));
                }
            }
        };
        for (const QAction* a : window.menuBar()->actions())
            if (a->menu())
                walk(a->menu());
        QVERIFY(withKeys >= 10);
        QVERIFY(keys.contains(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
        QVERIFY(keys.contains(QStringLiteral("F11")));
        QVERIFY(table->rowCount() > withKeys); // and the keys of the tables and grids
    }
};

QTEST_MAIN(TstHelp)
#include "tst_help.moc"
