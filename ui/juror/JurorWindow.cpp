// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/juror/JurorWindow.h"

#include "core/files/SafeFile.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"

#include <QDesktopServices>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace palmares {

namespace {

QString row(const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><td style=\"padding-right:12px; color:#555555\">") + label.toHtmlEscaped() +
           QStringLiteral("</td><td>") + value.toHtmlEscaped() + QStringLiteral("</td></tr>");
}

} // namespace

std::unique_ptr<JurorSession> JurorWindow::unlock(QWidget* parent, const QString& path)
{
    const QString title = tr("Open a scoring package");
    QString label = tr("Passphrase of %1 (it is on your letter):").arg(QFileInfo(path).fileName());
    for (;;) {
        bool ok = false;
        const QString passphrase = QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return nullptr;
        PackageProblem problem = PackageProblem::None;
        QString error;
        auto session = JurorSession::open(path, passphrase, &problem, &error);
        if (session)
            return session;
        if (problem != PackageProblem::WrongKeyOrModified) {
            QMessageBox::warning(parent, title, error);
            return nullptr;
        }
        label = tr("This passphrase does not open %1. Type it again as it is on your letter:")
                    .arg(QFileInfo(path).fileName());
    }
}

JurorWindow::JurorWindow(std::unique_ptr<JurorSession> session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
    , m_pages(new QStackedWidget)
    , m_progress(new QLabel)
    , m_list(new QListWidget)
    , m_title(new QLabel)
    , m_application(new QTextBrowser)
    , m_files(new QListWidget)
    , m_submit(new QPushButton(tr("&Submit…")))
    , m_final(new QLabel)
{
    const PackageContents& p = m_session->contents();
    setWindowTitle(tr("%1 — scoring of %2").arg(p.campaignName, p.juror.name));
    setAttribute(Qt::WA_DeleteOnClose);

    // The scoring screen: the candidates on the left, the form of the one chosen on the right.
    auto* scoring = new QWidget;
    auto* top = new QHBoxLayout;
    auto* who =
        new QLabel(QStringLiteral("<b>%1</b> — %2").arg(p.juror.name.toHtmlEscaped(), p.jury.name.toHtmlEscaped()));
    top->addWidget(who);
    top->addStretch();
    top->addWidget(m_progress);
    m_submit->setObjectName(QStringLiteral("submitPackage"));
    m_submit->setToolTip(tr("Freeze the package once every application is scored, then send the file back"));
    top->addWidget(m_submit);
    connect(m_submit, &QPushButton::clicked, this, [this] { submit(false); });

    m_list->setAccessibleName(tr("Applications"));
    for (const Candidate& k : p.candidates) {
        auto* item = new QListWidgetItem;
        item->setData(Qt::UserRole, k.id);
        m_list->addItem(item);
    }
    auto* form = new QWidget;
    auto* formLayout = new QVBoxLayout(form);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    formLayout->addWidget(m_title);
    m_application->setOpenLinks(false);
    m_application->setMinimumHeight(140);
    m_application->setAccessibleName(tr("Application"));
    formLayout->addWidget(m_application, 1);
    m_filesBox = new QGroupBox(tr("Attachments (double-click or Enter to open)"));
    auto* filesLayout = new QVBoxLayout(m_filesBox);
    m_files->setMaximumHeight(80);
    m_files->setAccessibleName(tr("Attachments"));
    filesLayout->addWidget(m_files);
    formLayout->addWidget(m_filesBox);
    const auto openAttachment = [this](QListWidgetItem* item) {
        if (!item)
            return;
        const QString path = extractAttachment(item->data(Qt::UserRole).toLongLong());
        if (!path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    };
    connect(m_files, &QListWidget::itemActivated, this, openAttachment);

    auto* criteriaBox = new QGroupBox(
        tr("Your scores, from %1 to %2").arg(Words::value(p.jury.scaleMin), Words::value(p.jury.scaleMax)));
    auto* grid = new QGridLayout(criteriaBox);
    const double step = p.jury.scaleStep > 0 ? p.jury.scaleStep : 0.1;
    int gridRow = 0;
    for (size_t i = 0; i < p.criteria.size(); ++i) {
        const Criterion& k = p.criteria[i];
        QString pillar;
        for (const Pillar& x : p.pillars) {
            if (x.id == k.pillarId)
                pillar = x.name;
        }
        auto* name = new QLabel(QStringLiteral("<b>%1</b> <span style=\"color:#555555\">(%2)</span>")
                                    .arg(k.name.toHtmlEscaped(), pillar.toHtmlEscaped()));
        name->setWordWrap(true);
        auto* value = new QDoubleSpinBox;
        value->setDecimals(rules::stepDecimals(step));
        value->setRange(p.jury.scaleMin - step, p.jury.scaleMax);
        value->setSingleStep(step);
        //: A criterion not scored yet, in its value box.
        value->setSpecialValueText(tr("—"));
        value->setAccessibleName(tr("Score for %1").arg(k.name));
        value->setKeyboardTracking(false);
        name->setBuddy(value);
        auto* comment = new QLineEdit;
        comment->setPlaceholderText(tr("Comment (optional)"));
        comment->setAccessibleName(tr("Comment on %1").arg(k.name));
        const QString levels = Words::rubric(k);
        auto* rubric = new QLabel(levels);
        rubric->setWordWrap(true);
        rubric->setStyleSheet(QStringLiteral("color:#444444"));
        grid->addWidget(name, gridRow, 0);
        grid->addWidget(value, gridRow, 1);
        grid->addWidget(comment, gridRow, 2);
        if (!levels.isEmpty())
            grid->addWidget(rubric, gridRow + 1, 0, 1, 3);
        gridRow += 2;
        const int index = int(i);
        connect(value, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this, index] { valueChanged(index); });
        connect(comment, &QLineEdit::editingFinished, this, [this, index] { commentEdited(index); });
        m_values.push_back(value);
        m_comments.push_back(comment);
    }
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(2, 2);
    formLayout->addWidget(criteriaBox);
    auto* scroll = new QScrollArea;
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 740});
    auto* scoringLayout = new QVBoxLayout(scoring);
    scoringLayout->addLayout(top);
    scoringLayout->addWidget(splitter, 1);

    // The last screen, once submitted.
    auto* done = new QWidget;
    auto* doneLayout = new QVBoxLayout(done);
    m_final->setWordWrap(true);
    m_final->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* showFolder = new QPushButton(tr("Show the &folder of the file"));
    connect(showFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_session->path()).absolutePath())); });
    doneLayout->addStretch();
    doneLayout->addWidget(m_final);
    doneLayout->addWidget(showFolder, 0, Qt::AlignLeft);
    doneLayout->addStretch();

    m_pages->addWidget(scoring);
    m_pages->addWidget(done);
    setCentralWidget(m_pages);
    statusBar();
    connect(m_list, &QListWidget::currentRowChanged, this, &JurorWindow::showCandidate);
    for (int r = 0; r < m_list->count(); ++r)
        refreshRow(r);
    refreshProgress();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    if (m_session->isSubmitted())
        submit(true);
    resize(1000, 700);
}

JurorWindow::~JurorWindow() = default;

QDoubleSpinBox* JurorWindow::valueEditor(int index) const
{
    return index >= 0 && size_t(index) < m_values.size() ? m_values[size_t(index)] : nullptr;
}

QLineEdit* JurorWindow::commentEditor(int index) const
{
    return index >= 0 && size_t(index) < m_comments.size() ? m_comments[size_t(index)] : nullptr;
}

bool JurorWindow::showsFinalScreen() const
{
    return m_pages->currentIndex() == 1;
}

Id JurorWindow::currentCandidate() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void JurorWindow::showCandidate(int rowIndex)
{
    const PackageContents& p = m_session->contents();
    if (rowIndex < 0 || size_t(rowIndex) >= p.candidates.size())
        return;
    const Candidate& k = p.candidates[size_t(rowIndex)];
    m_title->setText(tr("%1. %2").arg(k.registrationNo).arg(k.name));
    QString html = QStringLiteral("<table>");
    html += row(tr("Project"), k.projectTitle);
    html += row(tr("Legal form"), k.legalForm);
    html += row(tr("SIRET"), k.siret);
    html += row(tr("Social and solidarity economy"), k.ess ? tr("yes") : tr("no"));
    html += row(tr("Activity (NAF)"), k.nafCode);
    html += row(tr("Surface requested"), tr("%1 m²").arg(Words::number(k.requestedSurface, 0)));
    html += row(tr("Wanted use"), k.wantedUse);
    html += row(tr("Jobs (FTE)"), Words::number(k.jobsFte, 1));
    html += row(tr("Wanted start"), k.wantedStart.isValid() ? k.wantedStart.toString(tr("yyyy-MM-dd")) : QString());
    html += QStringLiteral("</table><p>") +
            k.description.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) + QStringLiteral("</p>");
    m_application->setHtml(html);
    m_files->clear();
    for (const Attachment& a : p.attachments) {
        if (a.candidateId != k.id)
            continue;
        auto* item = new QListWidgetItem(a.fileName, m_files);
        item->setData(Qt::UserRole, a.id);
    }
    m_filesBox->setVisible(m_files->count() > 0);
    m_filling = true;
    for (size_t i = 0; i < p.criteria.size(); ++i) {
        const PackageScore* s = m_session->score(k.id, p.criteria[i].id);
        m_values[i]->setValue(s ? s->value : m_values[i]->minimum());
        m_comments[i]->setText(s ? s->comment : QString());
        m_comments[i]->setEnabled(s != nullptr && !m_session->isSubmitted());
        m_values[i]->setEnabled(!m_session->isSubmitted());
    }
    m_filling = false;
}

void JurorWindow::valueChanged(int criterion)
{
    if (m_filling)
        return;
    const Id candidate = currentCandidate();
    const Criterion& k = m_session->contents().criteria[size_t(criterion)];
    QDoubleSpinBox* box = m_values[size_t(criterion)];
    const bool none = box->value() <= box->minimum();
    QString why;
    if (!m_session->setScore(candidate, k.id, none ? std::nullopt : std::optional<double>(box->value()),
                             QDateTime::currentDateTimeUtc(), &why)) {
        saveFailed(why);
        showCandidate(m_list->currentRow()); // back to what the package holds
        return;
    }
    m_comments[size_t(criterion)]->setEnabled(!none);
    refreshRow(m_list->currentRow());
    refreshProgress();
    statusBar()->showMessage(tr("Saved."), 2000);
}

void JurorWindow::commentEdited(int criterion)
{
    if (m_filling)
        return;
    const Id candidate = currentCandidate();
    const Criterion& k = m_session->contents().criteria[size_t(criterion)];
    const PackageScore* s = m_session->score(candidate, k.id);
    const QString text = m_comments[size_t(criterion)]->text().trimmed();
    if (!s || s->comment == text)
        return;
    QString why;
    if (!m_session->setComment(candidate, k.id, text, QDateTime::currentDateTimeUtc(), &why)) {
        saveFailed(why);
        showCandidate(m_list->currentRow());
        return;
    }
    statusBar()->showMessage(tr("Saved."), 2000);
}

void JurorWindow::saveFailed(const QString& why)
{
    QMessageBox::warning(this, tr("Not saved"), why);
}

void JurorWindow::refreshRow(int rowIndex)
{
    const PackageContents& p = m_session->contents();
    if (rowIndex < 0 || size_t(rowIndex) >= p.candidates.size())
        return;
    const Candidate& k = p.candidates[size_t(rowIndex)];
    const int scored = m_session->scoredCriteria(k.id);
    const int total = int(p.criteria.size());
    //: A candidate in the juror's list: done (✓) or criteria scored of all, then the name.
    const QString mark = scored == total ? QStringLiteral("✓") : QStringLiteral("%1/%2").arg(scored).arg(total);
    m_list->item(rowIndex)->setText(tr("%1  %2. %3").arg(mark).arg(k.registrationNo).arg(k.name));
}

void JurorWindow::refreshProgress()
{
    const int total = int(m_session->contents().candidates.size());
    m_progress->setText(tr("%1 of %n application(s) scored", nullptr, total).arg(m_session->completeCandidates()));
}

QString JurorWindow::extractAttachment(Id attachmentId)
{
    for (const Attachment& a : m_session->contents().attachments) {
        if (a.id != attachmentId)
            continue;
        if (!m_attachments.isValid()) {
            saveFailed(tr("No private folder can be made to open %1.").arg(a.fileName));
            return {};
        }
        // A folder per attachment: two files of the same name never meet.
        const QString folder = m_attachments.filePath(QString::number(a.id));
        QDir().mkpath(folder);
        QString name = QFileInfo(a.fileName).fileName();
        if (name.isEmpty())
            name = QStringLiteral("piece");
        const QString path = QDir(folder).filePath(name);
        QString why;
        if (!QFile::exists(path) && !SafeFile::write(path, a.data, &why)) {
            saveFailed(why);
            return {};
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        return path;
    }
    return {};
}

void JurorWindow::submit(bool confirmed)
{
    if (!m_session->isSubmitted()) {
        const int total = int(m_session->contents().candidates.size());
        const int complete = m_session->completeCandidates();
        if (!confirmed) {
            QString text = tr("Once submitted, the package no longer changes. Submit it?");
            if (complete < total)
                text =
                    tr("%n application(s) are not fully scored.", nullptr, total - complete) + QLatin1Char(' ') + text;
            if (QMessageBox::question(this, tr("Submit the package"), text, QMessageBox::Yes | QMessageBox::Cancel,
                                      QMessageBox::Cancel) != QMessageBox::Yes)
                return;
        }
        QString why;
        if (!m_session->submit(QDateTime::currentDateTimeUtc(), &why)) {
            saveFailed(why);
            return;
        }
    }
    m_final->setText(tr("<h2>Submitted — thank you.</h2><p>Send this file back to the organizer, by e-mail or on a "
                        "USB key:</p><p><b>%1</b></p><p>It no longer changes; you may close Palmarès.</p>")
                         .arg(QDir::toNativeSeparators(m_session->path()).toHtmlEscaped()));
    m_pages->setCurrentIndex(1);
}

} // namespace palmares
