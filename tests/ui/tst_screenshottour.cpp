// SPDX-License-Identifier: GPL-3.0-or-later
// The screenshot tour the documentation is made with (tools/tour): every page and tab,
// the deliberation mode and the import wizard, saved as pictures; nothing imported.
#include "tools/tour/ScreenshotTour.h"

#include "core/demo/DemoGenerator.h"
#include "ui/MainWindow.h"
#include "ui/help/HelpWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace palmares;

class TstScreenshotTour : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void screenshotsSaveEveryPageAndTab()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(window.createCampaign(m_dir.filePath(QStringLiteral("images.ami")), DemoGenerator::generate(), &error),
                 qPrintable(error));
        const QString folder = m_dir.filePath(QStringLiteral("shots"));
        const QStringList written = ScreenshotTour::save(window, folder, &error);
        QVERIFY2(!written.isEmpty(), qPrintable(error));
        // Eight pages, the ranking's two tabs and the analysis' three, the deliberation, the
        // session dialog, the reports issued, the import wizard's columns and report, the user
        // guide, and juror mode.
        QCOMPARE(written.size(), 18);
        for (const QString& path : written) {
            const QImage image(path);
            // A window is shot whole; a dialog (the session, the reports issued) at its own size.
            const bool dialog =
                path.endsWith(QLatin1String("-session.png")) || path.endsWith(QLatin1String("-issued.png"));
            QVERIFY2(!image.isNull() && image.width() >= (dialog ? 600 : 800), qPrintable(path));
            // Named after the page and the tab, as the README links them.
            static const QRegularExpression named(QStringLiteral("^\\d\\d-[a-z]+(-[a-z]+)?\\.png$"));
            QVERIFY2(named.match(QFileInfo(path).fileName()).hasMatch(), qPrintable(path));
        }
        QVERIFY(written.contains(QDir(folder).filePath(QStringLiteral("06-ranking-table.png"))));
        QVERIFY(written.contains(QDir(folder).filePath(QStringLiteral("08-journal.png"))));
        QVERIFY(written.contains(QDir(folder).filePath(QStringLiteral("11-help.png"))));
        QVERIFY(written.contains(QDir(folder).filePath(QStringLiteral("12-juror.png"))));
        QVERIFY(window.helpWindow() && !window.helpWindow()->isVisible());
        QVERIFY(written.contains(QDir(folder).filePath(QStringLiteral("07-analysis-radar.png"))));
        QVERIFY(written.contains(QDir(folder).filePath(QStringLiteral("10-import-report.png"))));
        QVERIFY(written.contains(QDir(folder).filePath(QStringLiteral("09-session.png"))));
        QVERIFY(written.contains(QDir(folder).filePath(QStringLiteral("09-issued.png"))));
        QVERIFY(!window.isDeliberating());
        QCOMPARE(window.document()->undoStack()->count(), 0); // the tour imports nothing
        QVERIFY2(window.document()->campaign().issued.empty(), "the tour records no report issued");
        // A folder that cannot be made is said so.
        QFile blocker(m_dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(ScreenshotTour::save(window, m_dir.filePath(QStringLiteral("file/sub")), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TstScreenshotTour)
#include "tst_screenshottour.moc"
