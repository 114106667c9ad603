// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace palmares {

class RankingPage;

// The desktop application's window: opens a campaign file (or creates the demo one) and
// shows its ranking and selection. Campaign files are read through core's CampaignFile.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // Opens `path`; false and a reason (in `error`) when it cannot be opened, in which
    // case the window keeps what it showed.
    bool openCampaign(const QString& path, QString* error);
    QString currentPath() const { return m_path; }
    RankingPage* rankingPage() const { return m_ranking; }

private:
    void chooseAndOpen();
    void createDemo();
    void openInteractively(const QString& path);

    RankingPage* m_ranking;
    QString m_path;
};

} // namespace palmares
