// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QListWidget;
class QTextBrowser;

namespace palmares {

// The user guide shipped with the application (help/guide_LANG.md, in the resources with
// the screenshots it shows), in the UI language: its sections listed on the left, the
// one chosen on the right. F1 opens it at the section of the page in view.
class HelpWindow : public QDialog {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // One part of the guide: a "## Title {#key}" heading and what follows it.
    struct Section {
        QString key;
        QString title;
        QString markdown;
    };
    // The guide's sections, read from `markdown` (the text before the first "##" heading
    // is the first section, its "#" heading giving its title and key).
    static std::vector<Section> sections(const QString& markdown);
    // The guide of the UI language, from the resources.
    static QString guide();

    // Shows the section `key` ("campaign", "scoring"…; the first one when unknown).
    void showSection(const QString& key);
    QString currentKey() const;
    QTextBrowser* browser() const { return m_browser; }
    QListWidget* contents() const { return m_contents; }
    const std::vector<Section>& allSections() const { return m_sections; }

private:
    std::vector<Section> m_sections;
    QListWidget* m_contents;
    QTextBrowser* m_browser;
};

} // namespace palmares
