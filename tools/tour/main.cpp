// SPDX-License-Identifier: GPL-3.0-or-later
// palmares-tour FOLDER CAMPAIGN: opens the campaign in the application's window, saves the
// documentation's pictures into FOLDER and quits (scripts/screenshots.sh).
#include "core/i18n/Translations.h"
#include "tools/tour/ScreenshotTour.h"
#include "ui/MainWindow.h"

#include <QApplication>

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
    return 0;
}
