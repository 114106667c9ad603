// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/edit/CampaignDocument.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace palmares {

class CandidatesModel;

// Every field of one candidate (DESIGN section 3) and its attachments. A field is saved
// when it is left (one undoable edit); the SIRET is checked as it is typed and an
// invalid one is not saved (an empty one is: a company still being created).
class CandidateForm : public QWidget {
    Q_OBJECT
public:
    explicit CandidateForm(CandidatesModel* model, QWidget* parent = nullptr);

    void setDocument(CampaignDocument* document);
    void showCandidate(Id id);
    Id candidateId() const { return m_id; }
    QLineEdit* siretEdit() const { return m_siret; }
    QLineEdit* nameEdit() const { return m_name; }
    QString siretMessage() const;
    // Adds `path` as an attachment of the candidate shown.
    bool addAttachment(const QString& path, QString* error);

signals:
    void problem(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const Candidate* current() const;
    void refresh();
    void save(const Candidate& edited, const QString& field);
    void checkSiret(const QString& text);
    void commitSiret();
    void refreshAttachments();
    void chooseAttachment();
    void openAttachment();
    void removeAttachment();

    CandidatesModel* m_model;
    QPointer<CampaignDocument> m_document;
    Id m_id = 0;
    bool m_refreshing = false;
    QLabel* m_title;
    QLineEdit* m_name;
    QLineEdit* m_siret;
    QLabel* m_siretStatus;
    QComboBox* m_legalForm;
    QCheckBox* m_ess;
    QLineEdit* m_naf;
    QLineEdit* m_contactName;
    QLineEdit* m_contactEmail;
    QLineEdit* m_contactPhone;
    QLineEdit* m_projectTitle;
    QPlainTextEdit* m_description;
    QDoubleSpinBox* m_surface;
    QComboBox* m_use;
    QComboBox* m_building;
    QDoubleSpinBox* m_jobs;
    QDateEdit* m_start;
    QComboBox* m_status;
    QLineEdit* m_statusReason;
    QLabel* m_received;
    QListWidget* m_attachments;
    QPushButton* m_openAttachment;
    QPushButton* m_removeAttachment;
};

} // namespace palmares
