// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/start/StartPage.h"

#include "ui/AppSettings.h"
#include "ui/common/Icons.h"

#include "core/edit/CampaignDocument.h"
#include "core/present/Words.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace palmares {

namespace {
constexpr int pathRole = Qt::UserRole + 1;
}

StartPage::StartPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("start"));
    auto* title = new QLabel(tr("<h1>Palmarès</h1>"));
    auto* intro = new QLabel(tr("Score, rank and select the candidates of a call for expressions of interest: "
                                "set up the campaign and its site, register the applications, enter the "
                                "juries' scores, then deliberate on the ranking."));
    intro->setWordWrap(true);

    auto* start = new QGroupBox(tr("Start"));
    auto* startLayout = new QVBoxLayout(start);
    const struct {
        const char* name;
        QString text;
        QString tip;
        QIcon icon;
        void (StartPage::*signal)();
    } actions[] = {
        {"newCampaign", tr("&New campaign…"), tr("An empty campaign with the five pillars and two juries, to set up."),
         icons::themed("document-new", QStyle::SP_FileIcon), &StartPage::newCampaign},
        {"newFromTemplate", tr("New from a &template…"),
         tr("A campaign set up as another one was (criteria, juries, rules), without its candidates or scores."),
         icons::themed("document-new-from-template", QStyle::SP_FileDialogNewFolder), &StartPage::newFromTemplate},
        {"newDemo", tr("New &demo campaign…"),
         tr("A realistic campaign with 60 applicants, scored by two juries, to try everything out."),
         icons::themed("applications-education", QStyle::SP_DialogHelpButton), &StartPage::newDemo},
        {"open", tr("&Open a campaign…"), tr("A campaign file (.ami) on this computer or a shared folder."),
         icons::themed("document-open", QStyle::SP_DialogOpenButton), &StartPage::openFile},
    };
    for (const auto& a : actions) {
        auto* b = new QPushButton(a.icon, a.text);
        b->setObjectName(QLatin1String(a.name));
        b->setToolTip(a.tip);
        b->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 10px;"));
        connect(b, &QPushButton::clicked, this, a.signal);
        startLayout->addWidget(b);
    }
    auto* drop = new QLabel(tr("Or drop a campaign file (.ami) on this window."));
    drop->setWordWrap(true);
    startLayout->addWidget(drop);
    startLayout->addStretch();

    auto* recent = new QGroupBox(tr("Recent campaigns"));
    m_recent = new QTreeWidget;
    m_recent->setObjectName(QStringLiteral("recentCampaigns"));
    m_recent->setAccessibleName(tr("Recent campaigns"));
    m_recent->setRootIsDecorated(false);
    m_recent->setUniformRowHeights(true);
    m_recent->setHeaderLabels({tr("Campaign"), tr("Status"), tr("Candidates"), tr("Last change")});
    m_recent->header()->setStretchLastSection(false);
    m_recent->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_recent->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_recent->setToolTip(tr("Enter or a double click opens the campaign."));
    connect(m_recent, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && (item->flags() & Qt::ItemIsEnabled))
            emit openRecent(item->data(0, pathRole).toString());
    });
    m_noRecent = new QLabel(tr("No campaign opened yet on this computer."));
    m_noRecent->setWordWrap(true);
    m_reopen = new QCheckBox(tr("&Reopen the last campaign when Palmarès starts"));
    m_reopen->setChecked(settings::reopenLast());
    connect(m_reopen, &QCheckBox::toggled, this, [](bool on) { settings::setReopenLast(on); });
    auto* recentLayout = new QVBoxLayout(recent);
    recentLayout->addWidget(m_recent, 1);
    recentLayout->addWidget(m_noRecent);
    recentLayout->addWidget(m_reopen);

    auto* columns = new QHBoxLayout;
    columns->addWidget(start, 2);
    columns->addWidget(recent, 5);
    auto* inner = new QWidget;
    inner->setMaximumWidth(1200);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(title);
    innerLayout->addWidget(intro);
    innerLayout->addLayout(columns, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addStretch();
    layout->addWidget(inner, 20);
    layout->addStretch();
    refresh();
}

QPushButton* StartPage::button(const char* name) const
{
    return findChild<QPushButton*>(QLatin1String(name));
}

void StartPage::refresh()
{
    m_recent->clear();
    const QLocale locale;
    for (const QString& path : settings::recentFiles()) {
        auto* item = new QTreeWidgetItem(m_recent);
        item->setData(0, pathRole, path);
        const QString file = QDir::toNativeSeparators(path);
        QString why;
        const std::optional<CampaignCard> card =
            QFileInfo::exists(path) ? CampaignDocument::card(path, &why) : std::nullopt;
        if (!card) {
            // Moved, deleted, or on a disk that is not there: said, not hidden.
            item->setText(0, QFileInfo(path).completeBaseName());
            item->setText(1, QFileInfo::exists(path) ? tr("Cannot be read") : tr("File not found"));
            item->setToolTip(0, why.isEmpty() ? file : file + QLatin1Char('\n') + why);
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            continue;
        }
        item->setText(0, card->name.isEmpty() ? QFileInfo(path).completeBaseName() : card->name);
        item->setToolTip(0, file);
        item->setText(1, Words::status(card->status));
        item->setText(2, locale.toString(card->candidates));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(3, locale.toString(card->lastChange.toLocalTime(), QLocale::ShortFormat));
    }
    const bool any = m_recent->topLevelItemCount() > 0;
    m_recent->setVisible(any);
    m_noRecent->setVisible(!any);
    if (any)
        m_recent->setCurrentItem(m_recent->topLevelItem(0));
}

} // namespace palmares
