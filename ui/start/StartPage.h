// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace palmares {

// What the window shows when no campaign is open: every way to start (a new campaign,
// empty or from a template, the demo, a file to open or to drop), and the recent
// campaigns with their status and last change, one click or Enter away.
class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

    // Reads the recent campaigns again (their status and last change may have moved).
    void refresh();
    QTreeWidget* recentList() const { return m_recent; }
    QCheckBox* reopenBox() const { return m_reopen; }
    QPushButton* button(const char* name) const;

signals:
    void newCampaign();
    void newFromTemplate();
    void newDemo();
    void openFile();
    void openRecent(const QString& path);

private:
    QTreeWidget* m_recent;
    QLabel* m_noRecent;
    QCheckBox* m_reopen;
};

} // namespace palmares
