// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/Import.h"

#include <QWizard>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;
class QTableWidget;

namespace palmares {

class CampaignDocument;

// Importing a spreadsheet into the open campaign, in four steps: the file (and its sheet)
// and what it holds → which column is which field, with a preview → the validation
// report, saved as CSV if wanted, and the choice to import the valid rows or nothing →
// one undoable import. Reading and checking run in a worker thread, with a progress bar
// and Cancel.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SourcePageId, MappingPageId, ReportPageId };

    ImportWizard(CampaignDocument* document, QWidget* parent = nullptr);

    // Starts on `path` (a file dropped on the window) with `kind` selected.
    void setSource(const QString& path);
    void setKind(ImportKind kind);

    CampaignDocument* document() const { return m_document; }
    const std::optional<SheetTable>& table() const { return m_table; }
    const ImportPlan& plan() const { return m_plan; }
    ImportKind kind() const;
    // What the last import wrote, for the status bar; empty when nothing was.
    QString outcome() const { return m_outcome; }

    // Runs `work` in a worker thread behind a modal progress dialog; false when the user
    // cancelled. `work` gets the progress callback to pass on.
    static bool runWithProgress(QWidget* parent, const QString& label,
                                const std::function<void(const Progress&)>& work);

    void accept() override;

private:
    friend class ImportSourcePage;
    friend class ImportMappingPage;
    friend class ImportReportPage;

    CampaignDocument* m_document;
    std::optional<SheetTable> m_table;
    QString m_tablePath; // the file and sheet m_table was read from
    QString m_tableSheet;
    ImportOptions m_options;
    ImportPlan m_plan;
    QString m_outcome;
};

class ImportSourcePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportSourcePage(ImportWizard* wizard);
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* pathEdit() const { return m_path; }
    QComboBox* sheetBox() const { return m_sheet; }
    QLabel* messageLabel() const { return m_message; }
    // Writes an empty template of the chosen kind at `path` (.csv or .xlsx).
    bool saveTemplate(const QString& path);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void chooseTemplate();
    void refreshSheets();

    ImportWizard* m_wizard;
    QComboBox* m_kind;
    QLineEdit* m_path;
    QComboBox* m_sheet;
    QLabel* m_message;
};

class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard* wizard);
    // The column chosen for `fieldKey` (-1: none).
    int columnOf(const QString& fieldKey) const;
    void setColumn(const QString& fieldKey, int column);
    QComboBox* columnBox(const QString& fieldKey) const;
    QTableWidget* preview() const { return m_preview; }
    QRadioButton* updateButton() const { return m_update; }
    QLabel* missingLabel() const { return m_missing; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    ImportMapping mapping() const;
    void updateMissing();

    ImportWizard* m_wizard;
    QWidget* m_fields;
    std::vector<std::pair<ImportField, QComboBox*>> m_boxes;
    QTableWidget* m_preview;
    QRadioButton* m_skip;
    QRadioButton* m_update;
    QLabel* m_missing;
};

class ImportReportPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportReportPage(ImportWizard* wizard);
    QLabel* summaryLabel() const { return m_summary; }
    QTableView* problemsView() const { return m_problems; }
    QRadioButton* importValidButton() const { return m_importValid; }
    QRadioButton* importNothingButton() const { return m_importNothing; }
    bool saveReport(const QString& path, QString* error) const;

    void initializePage() override;
    void cleanupPage() override;

private:
    void chooseReportFile();

    ImportWizard* m_wizard;
    QLabel* m_summary;
    QTableView* m_problems;
    QPushButton* m_saveReport;
    QRadioButton* m_importValid;
    QRadioButton* m_importNothing;
};

} // namespace palmares
