// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/Cli.h"
#include "core/i18n/Translations.h"
#include "ui/report/Report.h"

#include <QApplication>

#include <cstdio>

namespace {

// Qt's own warnings go to stderr as usual, but for the one the platform gives on every start
// where XDG_RUNTIME_DIR is unset (a root shell, a container): it says nothing of the command.
QtMessageHandler qtHandler = nullptr;
void filtered(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (qtHandler)
        qtHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char* argv[])
{
    qtHandler = qInstallMessageHandler(filtered);
    // A QApplication for the fonts of the PDFs it writes (passphrase letters, reports) and the
    // charts of the reports (QtCharts' widgets), on the offscreen platform: the CLI shows no
    // window and runs where there is no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("palmares-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PALMARES_VERSION));
    palmares::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    palmares::Cli cli(out, err, &palmares::report::Documents::writeFiles);
    return cli.run(QCoreApplication::arguments());
}
