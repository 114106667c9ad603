// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/Cli.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("palmares-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PALMARES_VERSION));
    palmares::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    palmares::Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
