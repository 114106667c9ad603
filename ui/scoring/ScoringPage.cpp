// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scoring/ScoringPage.h"

#include "core/model/Lifecycle.h"

#include "ui/common/Feedback.h"
#include "ui/common/TableView.h"
#include "ui/models/ScoreGridModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace palmares {

namespace {

// A score cell's editor: Enter or Tab saves and moves on; a value that is not on the
// scale keeps the editor open and reports why.
class ScoreDelegate : public QStyledItemDelegate {
public:
    ScoreDelegate(ScoreGridModel* model, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {}
    std::function<void(const QString&)> onProblem;

protected:
    bool eventFilter(QObject* object, QEvent* event) override
    {
        auto* editor = qobject_cast<QLineEdit*>(object);
        if (editor && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab) {
                double value = 0;
                const QString why =
                    editor->text().trimmed().isEmpty() ? QString() : m_model->validate(editor->text(), &value);
                if (!why.isEmpty()) {
                    if (onProblem)
                        onProblem(why);
                    editor->selectAll();
                    return true; // stay in the cell
                }
                if (onProblem)
                    onProblem(QString());
                emit commitData(editor);
                emit closeEditor(editor, key == Qt::Key_Backtab ? EditPreviousItem : EditNextItem);
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    ScoreGridModel* m_model;
};

} // namespace

ScoringPage::ScoringPage(QWidget* parent)
    : DocumentPage(parent)
    , m_model(new ScoreGridModel(this))
{
    m_juror = new QComboBox;
    m_juror->setAccessibleName(tr("Juror"));
    m_juror->setMinimumContentsLength(28);
    m_paper = new QCheckBox(tr("Typed from a paper sheet"));
    m_paper->setChecked(true);
    m_paper->setAccessibleName(tr("Scores typed from a paper sheet"));
    m_scale = new QLabel;
    m_scale->setWordWrap(true);
    m_view = new TableView;
    m_view->setModel(m_model);
    auto* delegate = new ScoreDelegate(m_model, this);
    delegate->onProblem = [this](const QString& m) { showProblem(m); };
    // Escape gives the cell back as it was: the complaint about what was typed goes too.
    connect(delegate, &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget*, QAbstractItemDelegate::EndEditHint hint) {
                if (hint == QAbstractItemDelegate::RevertModelCache)
                    showProblem(QString());
            });
    m_view->setItemDelegate(delegate);
    m_view->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                            QAbstractItemView::EditKeyPressed);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(true);
    m_view->horizontalHeader()->setDefaultSectionSize(92);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(true);
    m_view->setAccessibleName(tr("Score sheet"));
    m_comment = new QLineEdit;
    m_comment->setPlaceholderText(tr("Comment on the selected score"));
    m_comment->setAccessibleName(tr("Comment on the selected score"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("scoreProblem"));
    m_problem->setStyleSheet(feedback::errorStyle());
    m_problem->setWordWrap(true);
    m_completion = new QLabel;
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setPlaceholderText(tr("Why these scores are corrected (kept in the journal)"));
    m_reason->setAccessibleName(tr("Reason for correcting scores in deliberation"));
    m_reasonRow = new QWidget;
    auto* reasonRow = new QHBoxLayout(m_reasonRow);
    reasonRow->setContentsMargins(0, 0, 0, 0);
    auto* reasonLabel = new QLabel(tr("In deliberation, a score is only corrected with a reason. &Reason:"));
    reasonLabel->setWordWrap(true);
    reasonLabel->setBuddy(m_reason);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    m_reasonRow->setVisible(false);

    auto* top = new QHBoxLayout;
    auto* label = new QLabel(tr("&Juror:"));
    label->setBuddy(m_juror);
    top->addWidget(label);
    top->addWidget(m_juror);
    top->addWidget(m_paper);
    top->addStretch();
    top->addWidget(m_completion);
    auto* commentRow = new QHBoxLayout;
    auto* commentLabel = new QLabel(tr("C&omment:"));
    commentLabel->setBuddy(m_comment);
    commentRow->addWidget(commentLabel);
    commentRow->addWidget(m_comment, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_scale);
    layout->addWidget(m_reasonRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    layout->addLayout(commentRow);

    connect(m_juror, &QComboBox::currentIndexChanged, this, &ScoringPage::jurorChosen);
    connect(m_paper, &QCheckBox::toggled, this,
            [this](bool paper) { m_model->setOrigin(paper ? QStringLiteral("paper") : QStringLiteral("entered")); });
    connect(m_reason, &QLineEdit::textChanged, m_model, &ScoreGridModel::setReason);
    connect(m_model, &ScoreGridModel::problem, this, &ScoringPage::showProblem);
    connect(m_model, &ScoreGridModel::modelReset, this, &ScoringPage::updateCompletion);
    connect(m_model, &ScoreGridModel::dataChanged, this, &ScoringPage::updateCompletion);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScoringPage::currentCellChanged);
    connect(m_comment, &QLineEdit::editingFinished, this, [this] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid() && m_comment->isModified() &&
            m_model->setData(index, m_comment->text(), ScoreGridModel::CommentRole))
            m_comment->setModified(false);
    });
}

void ScoringPage::setDocument(CampaignDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_model->setDocument(document);
    if (document)
        connect(document, &CampaignDocument::changed, this, [this](const Change& change) {
            if (!change.jurors.isEmpty() || !change.juries.isEmpty())
                fillJurors();
            if (change.settings)
                showStatus();
        });
    setEnabled(document != nullptr);
    fillJurors();
    showStatus();
}

void ScoringPage::showStatus()
{
    m_reasonRow->setVisible(m_document && lifecycle::allows(m_document->campaign().settings.status,
                                                            lifecycle::Area::Scores) == lifecycle::Allowed::WithReason);
}

void ScoringPage::fillJurors()
{
    const Id current = m_juror->currentData().toLongLong();
    m_juror->blockSignals(true);
    m_juror->clear();
    if (m_document) {
        const Campaign& c = m_document->campaign();
        for (const Jury& jury : c.juries) {
            for (const Juror& j : c.jurors) {
                if (j.juryId == jury.id)
                    m_juror->addItem(QStringLiteral("%1 — %2").arg(j.name, jury.name), j.id);
            }
        }
    }
    m_juror->blockSignals(false);
    const int index = m_juror->findData(current);
    m_juror->setCurrentIndex(index >= 0 ? index : 0);
    jurorChosen();
}

void ScoringPage::selectJuror(Id jurorId)
{
    m_juror->setCurrentIndex(m_juror->findData(jurorId));
}

void ScoringPage::jurorChosen()
{
    const Id id = m_juror->currentData().toLongLong();
    if (id == m_model->jurorId() && m_model->rowCount() > 0)
        return;
    m_model->setJuror(id);
    const Jury* jury = m_model->jury();
    const QLocale l;
    m_scale->setText(jury ? tr("Scale of the %1: from %2 to %3 in steps of %4. Type a value and press Enter; an empty "
                               "value removes the score.")
                                .arg(jury->name, l.toString(jury->scaleMin, 'g', 6), l.toString(jury->scaleMax, 'g', 6),
                                     l.toString(jury->scaleStep, 'g', 6))
                          : tr("No juror yet: add jurors on the Juries page."));
    // Each criterion's column as wide as the longest word of its name (« d'investissement »
    // was cut), the name wrapped over lines.
    if (m_model->columnCount() > 0)
        m_view->fitColumnsToContents(160);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showProblem(QString());
}

void ScoringPage::currentCellChanged()
{
    const QModelIndex index = m_view->currentIndex();
    // Past the last criterion: on to the next candidate's first one.
    if (index.isValid() && index.column() == m_model->completionColumn() && index.row() + 1 < m_model->rowCount()) {
        const QModelIndex next = m_model->index(index.row() + 1, 0);
        m_view->setCurrentIndex(next);
        return;
    }
    m_comment->setText(index.isValid() ? index.data(ScoreGridModel::CommentRole).toString() : QString());
    m_comment->setModified(false);
    m_comment->setEnabled(index.isValid() && index.column() < m_model->completionColumn() &&
                          !index.data(ScoreGridModel::ConflictRole).toBool());
}

void ScoringPage::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

QString ScoringPage::problemText() const
{
    return m_problem->text();
}

void ScoringPage::updateCompletion()
{
    const int expected = m_model->expected();
    m_completion->setText(expected ? tr("%1 of %2 scores (%3\u202f%)")
                                         .arg(m_model->scored())
                                         .arg(expected)
                                         .arg(QLocale().toString(100.0 * m_model->scored() / expected, 'f', 1))
                                   : QString());
}

QString ScoringPage::completionText() const
{
    return m_completion->text();
}

} // namespace palmares
