// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/HelpWindow.h"

#include "ui/common/Remember.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace palmares {

namespace {

// Shows the guide's pictures (shots/NAME.png in the resources) no wider than the text.
class GuideBrowser : public QTextBrowser {
public:
    QVariant loadResource(int type, const QUrl& name) override
    {
        if (type != QTextDocument::ImageResource)
            return QTextBrowser::loadResource(type, name);
        QImage image(QStringLiteral(":/help/") + name.path());
        if (image.isNull())
            return QTextBrowser::loadResource(type, name);
        constexpr int widest = 640;
        return image.width() > widest ? image.scaledToWidth(widest, Qt::SmoothTransformation) : image;
    }
};

} // namespace

QString HelpWindow::guide()
{
    // The translation names the guide of its language.
    QFile file(QStringLiteral(":/help/") + tr("guide_en.md", "the user guide's file in this language"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

std::vector<HelpWindow::Section> HelpWindow::sections(const QString& markdown)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,2}) +(.*?)(?: +\\{#([a-z-]+)\\})? *$"));
    std::vector<Section> out;
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = heading.match(line);
        if (m.hasMatch() && (m.captured(1).size() == 2 || out.empty())) {
            out.push_back({m.captured(3), m.captured(2), QStringLiteral("# ") + m.captured(2) + QLatin1Char('\n')});
            continue;
        }
        if (out.empty())
            out.push_back({});
        out.back().markdown += line + QLatin1Char('\n');
    }
    return out;
}

HelpWindow::HelpWindow(QWidget* parent)
    : QDialog(parent)
    , m_sections(sections(guide()))
{
    setWindowTitle(tr("Palmarès guide"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    m_contents = new QListWidget;
    m_contents->setAccessibleName(tr("Contents of the guide"));
    for (const Section& s : m_sections)
        m_contents->addItem(s.title);
    m_browser = new GuideBrowser;
    m_browser->setAccessibleName(tr("Guide"));
    m_browser->setOpenExternalLinks(true);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 700});
    remember::splitter(splitter, QStringLiteral("help"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(m_contents, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < int(m_sections.size())) {
            m_browser->setMarkdown(m_sections[size_t(row)].markdown);
            m_browser->verticalScrollBar()->setValue(0);
        }
    });
    resize(960, 680);
    showSection(QString());
}

void HelpWindow::showSection(const QString& key)
{
    int row = 0;
    for (size_t i = 0; i < m_sections.size(); ++i)
        if (m_sections[i].key == key)
            row = int(i);
    if (m_contents->currentRow() == row && !m_browser->document()->isEmpty())
        return;
    m_contents->setCurrentRow(row);
}

QString HelpWindow::currentKey() const
{
    const int row = m_contents->currentRow();
    return row >= 0 && row < int(m_sections.size()) ? m_sections[size_t(row)].key : QString();
}

} // namespace palmares
