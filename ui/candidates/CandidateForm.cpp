// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/candidates/CandidateForm.h"

#include "core/model/Lifecycle.h"

#include "core/edit/Edits.h"
#include "core/files/SafeFile.h"
#include "core/model/Siret.h"
#include "ui/common/Feedback.h"
#include "ui/models/BuildingsModel.h"
#include "ui/models/CandidatesModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace palmares {

namespace {
const QDate noDate(2000, 1, 1);
constexpr qint64 maxAttachmentBytes = 50 * 1024 * 1024;
} // namespace

CandidateForm::CandidateForm(CandidatesModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    m_title = new QLabel;
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_name = new QLineEdit;
    m_siret = new QLineEdit;
    m_siret->setPlaceholderText(tr("14 digits"));
    m_siretStatus = new QLabel;
    m_siretStatus->setObjectName(QStringLiteral("siretStatus"));
    m_siretStatus->setWordWrap(true); // a long refusal wraps instead of widening the form
    m_legalForm = new QComboBox;
    m_legalForm->setEditable(true);
    m_legalForm->addItems({QStringLiteral("SAS"), QStringLiteral("SASU"), QStringLiteral("SARL"),
                           QStringLiteral("EURL"), QStringLiteral("SA"), QStringLiteral("SCOP"), QStringLiteral("SCIC"),
                           tr("Association"), QStringLiteral("EI"), QStringLiteral("Micro-entreprise")});
    m_ess = new QCheckBox(tr("Social and solidarity economy (ESS)"));
    m_naf = new QLineEdit;
    m_naf->setPlaceholderText(tr("e.g. 16.23Z"));
    m_contactName = new QLineEdit;
    m_contactEmail = new QLineEdit;
    m_contactPhone = new QLineEdit;
    m_projectTitle = new QLineEdit;
    m_description = new QPlainTextEdit;
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(70);
    m_description->installEventFilter(this);
    m_surface = new QDoubleSpinBox;
    m_surface->setRange(0, 1e6);
    m_surface->setDecimals(0);
    m_surface->setSuffix(QStringLiteral("\u202fm²"));
    m_surface->setKeyboardTracking(false);
    m_use = new QComboBox;
    m_use->addItem(tr("Not given"), QString());
    for (const QString& code : useTypeCodes())
        m_use->addItem(BuildingsModel::useName(code), code);
    m_building = new QComboBox;
    m_jobs = new QDoubleSpinBox;
    m_jobs->setRange(0, 10000);
    m_jobs->setDecimals(1);
    m_jobs->setSuffix(tr(" FTE"));
    m_jobs->setKeyboardTracking(false);
    m_start = new QDateEdit;
    m_start->setCalendarPopup(true);
    m_start->setMinimumDate(noDate);
    m_start->setSpecialValueText(tr("Not set"));
    m_start->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_status = new QComboBox;
    for (CandidateStatus s : {CandidateStatus::Received, CandidateStatus::Eligible, CandidateStatus::Ineligible,
                              CandidateStatus::Withdrawn})
        m_status->addItem(CandidatesModel::statusName(s), int(s));
    m_statusReason = new QLineEdit;
    m_statusReason->setPlaceholderText(tr("Why it is ineligible or withdrawn"));
    m_received = new QLabel;
    m_attachments = new QListWidget;
    m_attachments->setMaximumHeight(90);
    auto* addAttachment = new QPushButton(tr("Add &file…"));
    m_openAttachment = new QPushButton(tr("O&pen"));
    m_removeAttachment = new QPushButton(tr("Remo&ve file"));

    auto* form = new QFormLayout;
    // On a narrow screen a field goes under its label rather than pushing the table away.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Company &name:"), m_name);
    form->addRow(tr("S&IRET:"), m_siret);
    form->addRow(QString(), m_siretStatus);
    form->addRow(tr("&Legal form:"), m_legalForm);
    form->addRow(QString(), m_ess);
    form->addRow(tr("NA&F code:"), m_naf);
    form->addRow(tr("&Contact:"), m_contactName);
    form->addRow(tr("E-&mail:"), m_contactEmail);
    form->addRow(tr("P&hone:"), m_contactPhone);
    form->addRow(tr("Pro&ject:"), m_projectTitle);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Requested s&urface:"), m_surface);
    form->addRow(tr("Wanted &use:"), m_use);
    form->addRow(tr("Preferred &building:"), m_building);
    form->addRow(tr("&Jobs created:"), m_jobs);
    form->addRow(tr("Wanted s&tart:"), m_start);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Reason:"), m_statusReason);
    form->addRow(tr("Received:"), m_received);
    auto* attachmentButtons = new QHBoxLayout;
    attachmentButtons->addWidget(addAttachment);
    attachmentButtons->addWidget(m_openAttachment);
    attachmentButtons->addWidget(m_removeAttachment);
    attachmentButtons->addStretch();
    form->addRow(tr("Attachments:"), m_attachments);
    form->addRow(QString(), attachmentButtons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);

    const std::pair<QWidget*, QString> names[] = {{m_name, tr("Company name")},
                                                  {m_siret, tr("SIRET")},
                                                  {m_legalForm, tr("Legal form")},
                                                  {m_ess, tr("Social and solidarity economy")},
                                                  {m_naf, tr("NAF code")},
                                                  {m_contactName, tr("Contact name")},
                                                  {m_contactEmail, tr("Contact e-mail")},
                                                  {m_contactPhone, tr("Contact phone")},
                                                  {m_projectTitle, tr("Project title")},
                                                  {m_description, tr("Project description")},
                                                  {m_surface, tr("Requested surface in square metres")},
                                                  {m_use, tr("Wanted use")},
                                                  {m_building, tr("Preferred building")},
                                                  {m_jobs, tr("Jobs created, full-time equivalent")},
                                                  {m_start, tr("Wanted start date")},
                                                  {m_status, tr("Application status")},
                                                  {m_statusReason, tr("Status reason")},
                                                  {m_attachments, tr("Attachments")},
                                                  {addAttachment, tr("Add an attachment")},
                                                  {m_openAttachment, tr("Open the attachment")},
                                                  {m_removeAttachment, tr("Remove the attachment")}};
    for (const auto& [widget, name] : names)
        widget->setAccessibleName(name);

    auto text = [this](QLineEdit* edit, QString Candidate::*field, const QString& what) {
        connect(edit, &QLineEdit::editingFinished, this, [=] {
            if (!current() || m_refreshing)
                return;
            Candidate k = *current();
            if (k.*field == edit->text().trimmed())
                return;
            k.*field = edit->text().trimmed();
            save(k, what);
        });
    };
    text(m_name, &Candidate::name, tr("name"));
    text(m_naf, &Candidate::nafCode, tr("NAF code"));
    text(m_contactName, &Candidate::contactName, tr("contact"));
    text(m_contactEmail, &Candidate::contactEmail, tr("e-mail"));
    text(m_contactPhone, &Candidate::contactPhone, tr("phone"));
    text(m_projectTitle, &Candidate::projectTitle, tr("project"));
    text(m_statusReason, &Candidate::statusReason, tr("status reason"));
    connect(m_siret, &QLineEdit::textEdited, this, &CandidateForm::checkSiret);
    connect(m_siret, &QLineEdit::editingFinished, this, &CandidateForm::commitSiret);
    auto edit = [this](auto mutate, const QString& what) {
        if (!current() || m_refreshing)
            return;
        Candidate k = *current();
        mutate(k);
        save(k, what);
    };
    auto legalForm = [=] {
        if (current() && current()->legalForm != m_legalForm->currentText().trimmed())
            edit([&](Candidate& k) { k.legalForm = m_legalForm->currentText().trimmed(); }, tr("legal form"));
    };
    connect(m_legalForm, &QComboBox::activated, this, legalForm);
    connect(m_legalForm->lineEdit(), &QLineEdit::editingFinished, this, legalForm);
    connect(m_ess, &QCheckBox::toggled, this, [=](bool on) { edit([&](Candidate& k) { k.ess = on; }, tr("ESS")); });
    connect(m_surface, &QDoubleSpinBox::valueChanged, this,
            [=](double v) { edit([&](Candidate& k) { k.requestedSurface = v; }, tr("requested surface")); });
    connect(m_use, &QComboBox::activated, this,
            [=] { edit([&](Candidate& k) { k.wantedUse = m_use->currentData().toString(); }, tr("wanted use")); });
    connect(m_building, &QComboBox::activated, this, [=] {
        edit([&](Candidate& k) { k.preferredBuildingId = m_building->currentData().toLongLong(); },
             tr("preferred building"));
    });
    connect(m_jobs, &QDoubleSpinBox::valueChanged, this,
            [=](double v) { edit([&](Candidate& k) { k.jobsFte = v; }, tr("jobs created")); });
    connect(m_start, &QDateEdit::editingFinished, this, [=] {
        edit([&](Candidate& k) { k.wantedStart = m_start->date() == noDate ? QDate() : m_start->date(); },
             tr("wanted start"));
    });
    connect(m_status, &QComboBox::activated, this, [=] {
        edit([&](Candidate& k) { k.status = CandidateStatus(m_status->currentData().toInt()); }, tr("status"));
    });
    connect(addAttachment, &QPushButton::clicked, this, &CandidateForm::chooseAttachment);
    connect(m_openAttachment, &QPushButton::clicked, this, &CandidateForm::openAttachment);
    connect(m_removeAttachment, &QPushButton::clicked, this, &CandidateForm::removeAttachment);
    connect(m_attachments, &QListWidget::itemActivated, this, &CandidateForm::openAttachment);
    connect(m_attachments, &QListWidget::currentRowChanged, this, [this](int row) {
        m_openAttachment->setEnabled(row >= 0);
        m_removeAttachment->setEnabled(row >= 0);
    });
    setEnabled(false);
}

void CandidateForm::setDocument(CampaignDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_id = 0;
    if (document)
        connect(document, &CampaignDocument::changed, this, [this](const Change& change) {
            if (!change.candidates.isEmpty() || !change.attachments.isEmpty() || !change.buildings.isEmpty() ||
                change.settings)
                refresh();
        });
    refresh();
}

void CandidateForm::showCandidate(Id id)
{
    m_id = id;
    refresh();
}

const Candidate* CandidateForm::current() const
{
    if (!m_document || !m_id)
        return nullptr;
    for (const Candidate& k : m_document->campaign().candidates) {
        if (k.id == m_id)
            return &k;
    }
    return nullptr;
}

void CandidateForm::refresh()
{
    const Candidate* k = current();
    setEnabled(k && !m_document->isReadOnly() && !lifecycle::isClosed(m_document->campaign().settings.status));
    m_refreshing = true;
    const Candidate empty;
    const Candidate& c = k ? *k : empty;
    m_title->setText(k ? tr("No. %1 — %2").arg(c.registrationNo).arg(c.name) : tr("No candidate selected"));
    m_name->setText(c.name);
    m_siret->setText(c.siret);
    checkSiret(c.siret);
    m_legalForm->setCurrentText(c.legalForm);
    m_ess->setChecked(c.ess);
    m_naf->setText(c.nafCode);
    m_contactName->setText(c.contactName);
    m_contactEmail->setText(c.contactEmail);
    m_contactPhone->setText(c.contactPhone);
    m_projectTitle->setText(c.projectTitle);
    if (m_description->toPlainText() != c.description)
        m_description->setPlainText(c.description);
    m_surface->setValue(c.requestedSurface);
    m_use->setCurrentIndex(std::max(0, m_use->findData(c.wantedUse)));
    m_building->clear();
    m_building->addItem(tr("No preference"), Id(0));
    if (m_document) {
        for (const Building& b : m_document->campaign().buildings)
            m_building->addItem(b.name, b.id);
    }
    m_building->setCurrentIndex(std::max(0, m_building->findData(c.preferredBuildingId)));
    m_jobs->setValue(c.jobsFte);
    m_start->setDate(c.wantedStart.isValid() ? c.wantedStart : noDate);
    m_status->setCurrentIndex(m_status->findData(int(c.status)));
    m_statusReason->setText(c.statusReason);
    m_received->setText(c.receivedAt.isValid() ? QLocale().toString(c.receivedAt.toLocalTime(), QLocale::ShortFormat)
                                               : QString());
    // A long text shows its beginning, not its end (where setText leaves the cursor):
    // « itat inclusif et logements… » read the project's title.
    for (QLineEdit* edit : {m_name, m_siret, m_naf, m_contactName, m_contactEmail, m_contactPhone, m_projectTitle,
                            m_statusReason, m_legalForm->lineEdit()})
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
    refreshAttachments();
    m_refreshing = false;
}

void CandidateForm::save(const Candidate& edited, const QString& field)
{
    if (!m_model->updateCandidate(edited, field))
        refresh();
}

QString CandidateForm::siretMessage() const
{
    return m_siretStatus->text();
}

void CandidateForm::checkSiret(const QString& text)
{
    const Siret::Problem problem = Siret::check(text);
    if (problem == Siret::Problem::Empty) {
        m_siretStatus->setText(tr("No SIRET yet: allowed for a company being created."));
        m_siretStatus->setStyleSheet(QString());
    } else if (problem == Siret::Problem::None) {
        m_siretStatus->setText(tr("Valid SIRET."));
        m_siretStatus->setStyleSheet(feedback::okStyle());
    } else {
        m_siretStatus->setText(Siret::problemText(problem));
        m_siretStatus->setStyleSheet(feedback::errorStyle());
    }
}

void CandidateForm::commitSiret()
{
    const Candidate* k = current();
    if (!k || m_refreshing)
        return;
    const Siret::Problem problem = Siret::check(m_siret->text());
    if (problem != Siret::Problem::None && problem != Siret::Problem::Empty) {
        m_siretStatus->setText(tr("Not saved: %1").arg(Siret::problemText(problem)));
        return;
    }
    Candidate edited = *k;
    edited.siret = Siret::normalized(m_siret->text());
    const Edit edit = Edits::editCandidate(m_document->campaign(), edited, tr("SIRET"));
    if (edit.isRefused()) {
        m_siretStatus->setText(tr("Not saved: %1").arg(edit.problem));
        m_siretStatus->setStyleSheet(feedback::errorStyle());
        return;
    }
    save(edited, tr("SIRET"));
}

bool CandidateForm::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut && current() && !m_refreshing) {
        const QString text = m_description->toPlainText();
        if (text != current()->description) {
            Candidate k = *current();
            k.description = text;
            save(k, tr("description"));
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CandidateForm::refreshAttachments()
{
    m_attachments->clear();
    if (m_document) {
        const QLocale l;
        for (const Attachment& a : m_document->campaign().attachments) {
            if (a.candidateId != m_id)
                continue;
            auto* item = new QListWidgetItem(
                tr("%1 (added %2)").arg(a.fileName, l.toString(a.addedAt.toLocalTime().date(), QLocale::ShortFormat)),
                m_attachments);
            item->setData(Qt::UserRole, a.id);
        }
    }
    m_openAttachment->setEnabled(m_attachments->currentRow() >= 0);
    m_removeAttachment->setEnabled(m_attachments->currentRow() >= 0);
}

bool CandidateForm::addAttachment(const QString& path, QString* error)
{
    const Candidate* k = current();
    if (!k)
        return false;
    QFile file(path);
    if (file.size() > maxAttachmentBytes) {
        *error = tr("%1 is larger than 50 MB.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return m_document->apply(Edits::attach(m_document->campaign(), k->id, QFileInfo(path).fileName(),
                                           QMimeDatabase().mimeTypeForFile(path).name(), file.readAll(),
                                           m_document->now()),
                             error);
}

void CandidateForm::chooseAttachment()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach a file"), QString(),
                                                      tr("Documents (*.pdf *.odt *.docx *.jpg *.png);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !addAttachment(path, &error))
        emit problem(error);
}

void CandidateForm::openAttachment()
{
    const QListWidgetItem* item = m_attachments->currentItem();
    if (!item || !m_document)
        return;
    const Id id = item->data(Qt::UserRole).toLongLong();
    QString error;
    const std::optional<QByteArray> bytes = m_document->attachmentData(id, &error);
    if (!bytes) {
        emit problem(error);
        return;
    }
    QString name;
    for (const Attachment& a : m_document->campaign().attachments) {
        if (a.id == id)
            name = QFileInfo(a.fileName).fileName();
    }
    // A copy in a private temporary folder, handed to the system's viewer.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("palmares-attachments-%1").arg(id));
    QDir().mkpath(folder);
    const QString copy = QDir(folder).filePath(name.isEmpty() ? QStringLiteral("attachment") : name);
    if (!SafeFile::write(copy, *bytes, &error)) {
        emit problem(error);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(copy)))
        emit problem(tr("No application opens %1.").arg(name));
}

void CandidateForm::removeAttachment()
{
    const QListWidgetItem* item = m_attachments->currentItem();
    if (!item || !m_document)
        return;
    QString error;
    if (!m_document->apply(Edits::removeAttachment(m_document->campaign(), item->data(Qt::UserRole).toLongLong()),
                           &error))
        emit problem(error);
}

} // namespace palmares
