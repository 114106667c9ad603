// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace palmares {

class MainWindow;

// The pictures of the documentation (docs/screenshots/, scripts/screenshots.sh): each
// page of the window, each tab of a page in tabs, the deliberation mode and the import
// wizard on a sample sheet. A tool of the project, not part of the application.
class ScreenshotTour {
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)
public:
    // Saves a PNG of each into `directory`, named "NN-page[-tab].png"; returns the files
    // written, or none with the reason in `error`. Nothing is changed in the campaign.
    static QStringList save(MainWindow& window, const QString& directory, QString* error);
};

} // namespace palmares
