// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/Translations.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/juror/JurorWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
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
    parser.process(app);
    const QString file = parser.positionalArguments().isEmpty() ? QString() : parser.positionalArguments().constFirst();

    // A juror's package opens juror mode alone: the organizer's window is never shown.
    if (QFileInfo(file).suffix().compare(palmares::package::suffix(), Qt::CaseInsensitive) == 0) {
        auto session = palmares::JurorWindow::unlock(nullptr, file);
        if (!session)
            return 1;
        auto* juror = new palmares::JurorWindow(std::move(session));
        juror->show();
        return app.exec();
    }

    palmares::MainWindow window;
    window.show();
    window.openAtStart(file);
    return app.exec();
}
