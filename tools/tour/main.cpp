// SPDX-License-Identifier: GPL-3.0-or-later
// palmares-tour FOLDER CAMPAIGN: opens the campaign in the application's window, saves the
// documentation's pictures into FOLDER and quits (scripts/screenshots.sh).
#include "core/i18n/Translations.h"
#include "tools/tour/ScreenshotTour.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QScreen>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Palmares"));
    palmares::installTranslations(app);
    const QStringList args = QApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: palmares-tour FOLDER CAMPAIGN.ami\n");
        return 2;
    }
    palmares::MainWindow window;
    // The whole screen, as a maximized window (Xvfb has no window manager to maximize it).
    window.setGeometry(window.screen()->availableGeometry());
    window.show();
    QString error;
    if (!window.openCampaign(args[2], &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QStringList written = palmares::ScreenshotTour::save(window, args[1], &error);
    if (written.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    for (const QString& path : written)
        std::printf("%s\n", qPrintable(path));
    // And the start page, once the campaign is closed: it lists it among the recent ones.
    window.findChild<QAction*>(QStringLiteral("closeCampaign"))->trigger();
    QEventLoop loop;
    QTimer::singleShot(250, &loop, &QEventLoop::quit);
    loop.exec();
    const QString start = QDir(args[1]).filePath(QStringLiteral("00-start.png"));
    if (!window.grab().save(start, "PNG")) {
        std::fprintf(stderr, "%s cannot be written\n", qPrintable(start));
        return 1;
    }
    std::printf("%s\n", qPrintable(start));
    return 0;
}
