// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/Translations.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char* argv[])
{
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

    palmares::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openInteractively(parser.positionalArguments().constFirst());
    return app.exec();
}
