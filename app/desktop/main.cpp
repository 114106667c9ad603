// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/Translations.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>
#include <cstring>

int main(int argc, char* argv[])
{
    // --version needs no display (packaging checks and scripts run it headless).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("Palmarès %s\n", PALMARES_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Palmarès"));
    QApplication::setApplicationVersion(QStringLiteral(PALMARES_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.palmares.Palmares"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/palmares")));
    QApplication::setOrganizationName(QStringLiteral("Palmares"));
    const QString language = palmares::settings::language();
    palmares::installTranslations(app, language.isEmpty() ? QLocale() : QLocale(language));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Campaign file to open."));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Open the file, save a picture of each page into <folder>, and quit."),
        QApplication::translate("main", "folder"));
    parser.addOption(screenshots);
    parser.process(app);

    palmares::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openInteractively(parser.positionalArguments().constFirst());
    if (parser.isSet(screenshots)) {
        QString error;
        const QStringList written = window.saveScreenshots(parser.value(screenshots), &error);
        if (written.isEmpty() || !window.document()) {
            fprintf(stderr, "%s\n",
                    qPrintable(window.document() ? error : QApplication::translate("main", "No campaign is open.")));
            return 1;
        }
        for (const QString& path : written)
            printf("%s\n", qPrintable(path));
        return 0;
    }
    return app.exec();
}
