// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Palmarès"));
    QApplication::setApplicationVersion(QStringLiteral(PALMARES_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.palmares.Palmares"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/palmares")));
    palmares::installTranslations(app);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Campaign file to open."));
    parser.process(app);

    palmares::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty()) {
        QString error;
        if (!window.openCampaign(parser.positionalArguments().constFirst(), &error))
            QMessageBox::warning(&window, QApplication::translate("main", "Cannot open the campaign"), error);
    }
    return app.exec();
}
