// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ranking/SessionDialog.h"

#include "ui/common/Feedback.h"

#include "core/edit/Edits.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"

#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace palmares {

SessionDialog::SessionDialog(CampaignDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_heldAt(new QDateTimeEdit)
    , m_place(new QLineEdit)
    , m_chair(new QLineEdit)
    , m_notes(new QPlainTextEdit)
    , m_total(new QLabel)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Deliberation session"));
    const Campaign& c = document->campaign();
    const DeliberationSession* recorded = deliberationSession(c);

    // A new record starts at the present minute: the session is recorded as it is held.
    QDateTime heldAt = recorded ? recorded->heldAt.toLocalTime() : document->now().toLocalTime();
    if (!recorded)
        heldAt.setTime(QTime(heldAt.time().hour(), heldAt.time().minute()));
    m_heldAt->setCalendarPopup(true);
    m_heldAt->setDateTime(heldAt);
    m_heldAt->setAccessibleName(tr("Date and time of the session"));
    m_place->setMaxLength(rules::maxSessionLine);
    m_place->setPlaceholderText(tr("Where the jury met"));
    m_place->setAccessibleName(tr("Place of the session"));
    m_chair->setMaxLength(rules::maxSessionLine);
    m_chair->setPlaceholderText(tr("The person chairing the session"));
    m_chair->setAccessibleName(tr("Chaired by"));
    QStringList jurorNames;
    for (const Juror& j : c.jurors)
        jurorNames << j.name;
    auto* completer = new QCompleter(jurorNames, m_chair);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_chair->setCompleter(completer);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What the minutes should say besides the decisions (optional)"));
    m_notes->setAccessibleName(tr("Notes of the session"));
    m_notes->setMinimumHeight(fontMetrics().height() * 4);
    m_notes->setMaximumHeight(fontMetrics().height() * 8);
    if (recorded) {
        m_place->setText(recorded->place);
        m_chair->setText(recorded->chair);
        m_notes->setPlainText(recorded->notes);
    }

    auto* content = new QWidget;
    auto* form = new QFormLayout(content);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Held on:"), m_heldAt);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Chaired by:"), m_chair);
    form->addRow(buildJuries());
    m_total->setWordWrap(true);
    m_total->setTextFormat(Qt::PlainText);
    m_total->setObjectName(QStringLiteral("sessionQuorum"));
    form->addRow(tr("Session:"), m_total);
    form->addRow(tr("&Notes:"), m_notes);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(feedback::errorStyle());
    m_problem->setObjectName(QStringLiteral("sessionProblem"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateQuorum();

    // Room for two juries side by side, within a 1024×768 screen; the form scrolls when smaller.
    QSize size(720, 640);
    if (const QScreen* s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.9);
    resize(size);
}

QWidget* SessionDialog::buildJuries()
{
    const Campaign& c = m_document->campaign();
    const DeliberationSession* recorded = deliberationSession(c);
    auto* box = new QGroupBox(tr("Jurors present"));
    auto* grid = new QGridLayout(box);
    for (const Jury& jury : c.juries) {
        JuryPart part;
        part.juryId = jury.id;
        part.list = new QListWidget;
        part.list->setAccessibleName(tr("Jurors of the %1 present").arg(jury.name));
        part.list->setToolTip(tr("Space ticks or unticks the juror selected."));
        for (const Juror& j : c.jurors) {
            if (j.juryId != jury.id)
                continue;
            // The name alone keeps two juries side by side; the organisation is in the tooltip.
            auto* item = new QListWidgetItem(j.name, part.list);
            item->setToolTip(j.organisation);
            item->setData(Qt::UserRole, j.id);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            const bool present = recorded && std::find(recorded->jurorsPresent.begin(), recorded->jurorsPresent.end(),
                                                       j.id) != recorded->jurorsPresent.end();
            item->setCheckState(present ? Qt::Checked : Qt::Unchecked);
        }
        if (part.list->count() > 0)
            part.list->setCurrentRow(0);
        part.list->setMinimumHeight(fontMetrics().height() * 6);
        part.all = new QPushButton(tr("All present"));
        part.all->setAccessibleName(tr("All the jurors of the %1 present").arg(jury.name));
        part.quorum = new QLabel;
        part.quorum->setWordWrap(true);
        part.quorum->setTextFormat(Qt::PlainText);
        QListWidget* list = part.list;
        connect(part.all, &QPushButton::clicked, this, [list] {
            for (int i = 0; i < list->count(); ++i)
                list->item(i)->setCheckState(Qt::Checked);
        });
        connect(part.list, &QListWidget::itemChanged, this, &SessionDialog::updateQuorum);
        auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(jury.name.toHtmlEscaped()));
        const int column = int(m_juries.size() % 2), row = int(m_juries.size() / 2) * 4;
        grid->addWidget(title, row, column);
        grid->addWidget(part.list, row + 1, column);
        grid->addWidget(part.all, row + 2, column, Qt::AlignLeft);
        grid->addWidget(part.quorum, row + 3, column);
        m_juries.push_back(part);
    }
    if (m_juries.empty())
        grid->addWidget(new QLabel(tr("This campaign has no jury yet.")), 0, 0);
    return box;
}

DeliberationSession SessionDialog::session() const
{
    DeliberationSession s;
    s.heldAt = m_heldAt->dateTime();
    s.place = m_place->text();
    s.chair = m_chair->text();
    s.notes = m_notes->toPlainText();
    for (const JuryPart& part : m_juries) {
        for (int i = 0; i < part.list->count(); ++i) {
            const QListWidgetItem* item = part.list->item(i);
            if (item->checkState() == Qt::Checked)
                s.jurorsPresent.push_back(item->data(Qt::UserRole).toLongLong());
        }
    }
    return s;
}

void SessionDialog::updateQuorum()
{
    const Campaign& c = m_document->campaign();
    const std::vector<rules::SessionQuorum> quorum = rules::sessionQuorum(c, session());
    for (JuryPart& part : m_juries) {
        for (const rules::SessionQuorum& q : quorum) {
            if (q.juryId != part.juryId)
                continue;
            part.quorum->setText(Words::juryQuorum(c, q));
            part.quorum->setStyleSheet(q.reached() ? feedback::okStyle() : feedback::errorStyle());
        }
    }
    m_total->setText(Words::sessionQuorum(c, quorum));
}

QString SessionDialog::quorumText(int jury) const
{
    return m_juries.at(size_t(jury)).quorum->text();
}

QString SessionDialog::quorumSummary() const
{
    return m_total->text();
}

QString SessionDialog::problem() const
{
    return m_problem->text();
}

void SessionDialog::accept()
{
    const Edit edit = Edits::setDeliberationSession(m_document->campaign(), session());
    QString error;
    if (edit.isRefused() || !m_document->apply(edit, &error)) {
        m_problem->setText(edit.isRefused() ? edit.problem : error);
        return;
    }
    QDialog::accept();
}

} // namespace palmares
