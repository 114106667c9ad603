// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/ImportWizard.h"

#include "core/edit/CampaignDocument.h"
#include "core/files/SafeFile.h"
#include "ui/common/Feedback.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace palmares {

namespace {

constexpr int previewRows = 50;

QString spreadsheetFilter()
{
    return ImportWizard::tr("Spreadsheets (*.csv *.xlsx *.ods *.txt);;All files (*)");
}

// The problems of a plan as a table: row, column, value, severity, reason.
class ProblemsModel : public QAbstractTableModel {
public:
    explicit ProblemsModel(QObject* parent)
        : QAbstractTableModel(parent)
    {}
    void setPlan(const ImportPlan* plan)
    {
        beginResetModel();
        m_plan = plan;
        endResetModel();
    }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() || !m_plan ? 0 : int(m_plan->problems.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 5; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || !m_plan)
            return {};
        const ImportProblem& p = m_plan->problems[size_t(index.row())];
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case 0:
                return p.row;
            case 1:
                return p.column;
            case 2:
                return p.value;
            case 3:
                return p.severity == ImportProblem::Error ? ImportWizard::tr("Error") : ImportWizard::tr("Warning");
            case 4:
                return p.reason;
            }
        }
        if (role == Qt::ForegroundRole && index.column() == 3)
            return QColor(p.severity == ImportProblem::Error ? 0xb3261e : 0x8a5a00);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return ImportWizard::tr("Row");
        case 1:
            return ImportWizard::tr("Column");
        case 2:
            return ImportWizard::tr("Value");
        case 3:
            return ImportWizard::tr("Severity");
        case 4:
            return ImportWizard::tr("Reason");
        }
        return {};
    }

private:
    const ImportPlan* m_plan = nullptr;
};

} // namespace

// --- the wizard ----------------------------------------------------------------------

ImportWizard::ImportWizard(CampaignDocument* document, QWidget* parent)
    : QWizard(parent)
    , m_document(document)
{
    setWindowTitle(tr("Import a spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(SourcePageId, new ImportSourcePage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(ReportPageId, new ImportReportPage(this));
    setButtonText(QWizard::FinishButton, tr("&Import"));
    resize(900, 640);
}

ImportKind ImportWizard::kind() const
{
    const auto* source = static_cast<ImportSourcePage*>(page(SourcePageId));
    return Import::kinds()[size_t(std::max(0, source->kindBox()->currentIndex()))];
}

void ImportWizard::setKind(ImportKind kind)
{
    auto* source = static_cast<ImportSourcePage*>(page(SourcePageId));
    const auto& all = Import::kinds();
    source->kindBox()->setCurrentIndex(int(std::find(all.begin(), all.end(), kind) - all.begin()));
}

void ImportWizard::setSource(const QString& path)
{
    static_cast<ImportSourcePage*>(page(SourcePageId))->pathEdit()->setText(QDir::toNativeSeparators(path));
}

bool ImportWizard::runWithProgress(QWidget* parent, const QString& label,
                                   const std::function<void(const Progress&)>& work)
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelled{false};
    const Progress progress = [&](qint64 d, qint64 t) {
        done = d;
        total = t;
        return !cancelled.load();
    };
    QProgressDialog dialog(label, tr("Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { cancelled = true; });
    QEventLoop loop;
    QThread* thread = QThread::create([&] { work(progress); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        const qint64 t = total.load();
        if (t > 0) {
            dialog.setMaximum(1000);
            dialog.setValue(int(done.load() * 1000 / t));
        }
    });
    poll.start(50);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    return !cancelled.load();
}

void ImportWizard::accept()
{
    auto* report = static_cast<ImportReportPage*>(page(ReportPageId));
    m_outcome.clear();
    if (report->importNothingButton()->isChecked() || m_plan.change.isEmpty()) {
        QWizard::accept();
        return;
    }
    QProgressDialog busy(tr("Importing…"), QString(), 0, 0, this);
    busy.setWindowModality(Qt::WindowModal);
    busy.setMinimumDuration(0);
    busy.show();
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    QString error;
    // The change (a million scores, may be) is handed over, not copied.
    const bool ok = m_document->apply(std::move(m_plan.change), &error, QStringLiteral("import"));
    busy.close();
    if (!ok) {
        QMessageBox::critical(this, windowTitle(), tr("Nothing was imported: %1").arg(error));
        // The plan gave its rows away: checked again, they can be imported again.
        report->initializePage();
        return;
    }
    m_outcome =
        tr("%1 imported from %2: %n new", nullptr, m_plan.added).arg(Import::kindName(m_plan.kind), m_plan.fileName) +
        tr(", %n updated", nullptr, m_plan.updated) + tr(", %n rejected", nullptr, m_plan.rejected) +
        tr(". Undo (Ctrl+Z) takes the whole import back.");
    QWizard::accept();
}

// --- 1. the file ---------------------------------------------------------------------

ImportSourcePage::ImportSourcePage(ImportWizard* wizard)
    : m_wizard(wizard)
    , m_kind(new QComboBox)
    , m_path(new QLineEdit)
    , m_sheet(new QComboBox)
    , m_message(new QLabel)
{
    setTitle(tr("Which file, and what does it hold?"));
    setSubTitle(tr("A CSV file (separator and encoding are detected), or an XLSX or ODS workbook."));
    for (ImportKind k : Import::kinds())
        m_kind->addItem(Import::kindName(k));
    m_kind->setAccessibleName(tr("What the file holds"));
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("Path of a .csv, .xlsx or .ods file"));
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, &ImportSourcePage::browse);
    m_sheet->setAccessibleName(tr("Sheet"));
    m_sheet->setEnabled(false);
    auto* templ = new QPushButton(tr("Save an empty &template…"));
    templ->setToolTip(tr("A spreadsheet with the expected headers in French, to fill in and import."));
    connect(templ, &QPushButton::clicked, this, &ImportSourcePage::chooseTemplate);
    m_message->setWordWrap(true);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* kindLabel = new QLabel(tr("&Holds:"));
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    auto* pathLabel = new QLabel(tr("&File:"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto* sheetLabel = new QLabel(tr("&Sheet:"));
    sheetLabel->setBuddy(m_sheet);
    form->addRow(sheetLabel, m_sheet);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto* templRow = new QHBoxLayout;
    templRow->addWidget(templ);
    templRow->addStretch();
    layout->addLayout(templRow);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportSourcePage::refreshSheets);
    connect(m_path, &QLineEdit::textChanged, this, [this] { m_sheet->clear(), m_sheet->setEnabled(false); });
}

bool ImportSourcePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

void ImportSourcePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a spreadsheet"), QString(), spreadsheetFilter());
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    refreshSheets();
}

void ImportSourcePage::refreshSheets()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    m_sheet->clear();
    m_sheet->setEnabled(false);
    m_message->clear();
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return;
    QString error;
    const auto names = SheetReader::sheetNames(path, &error);
    if (!names) {
        m_message->setStyleSheet(feedback::errorStyle());
        m_message->setText(error);
        return;
    }
    if (names->size() == 1 && names->first().isEmpty())
        return; // CSV: no sheet to choose
    m_sheet->addItems(*names);
    m_sheet->setEnabled(names->size() > 1);
}

bool ImportSourcePage::saveTemplate(const QString& path)
{
    QString error;
    const ImportKind k = m_wizard->kind();
    if (!Import::writeTemplate(path, k, m_wizard->document()->campaign(), k == ImportKind::Scores, &error)) {
        m_message->setStyleSheet(feedback::errorStyle());
        m_message->setText(error);
        return false;
    }
    m_message->setStyleSheet(feedback::okStyle());
    m_message->setText(tr("Template saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ImportSourcePage::chooseTemplate()
{
    const QString name = tr("template-%1.xlsx").arg(Import::kindKey(m_wizard->kind()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save an empty template"), name,
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty())
        saveTemplate(path);
}

bool ImportSourcePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const QString sheet = m_sheet->currentText();
    if (m_wizard->m_table && m_wizard->m_tablePath == path && m_wizard->m_tableSheet == sheet)
        return true;
    QString error;
    std::optional<SheetTable> table;
    const bool finished = ImportWizard::runWithProgress(
        this, tr("Reading %1…").arg(QFileInfo(path).fileName()),
        [&](const Progress& progress) { table = SheetReader::read(path, sheet, &error, progress); });
    if (!finished || !table) {
        m_message->setStyleSheet(feedback::errorStyle());
        m_message->setText(finished ? error : tr("Reading was cancelled."));
        return false;
    }
    if (table->size() == 0) {
        m_message->setStyleSheet(feedback::errorStyle());
        m_message->setText(tr("%1 has headers but no row to import.").arg(table->fileName));
        return false;
    }
    m_wizard->m_table = std::move(table);
    m_wizard->m_tablePath = path;
    m_wizard->m_tableSheet = sheet;
    m_message->clear();
    return true;
}

// --- 2. the columns ------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : m_wizard(wizard)
    , m_fields(new QWidget)
    , m_preview(new QTableWidget)
    , m_skip(new QRadioButton(tr("&Skip rows already in the campaign (same SIRET, e-mail, name or score)")))
    , m_update(new QRadioButton(tr("&Update them with the file's values")))
    , m_missing(new QLabel)
{
    setTitle(tr("Which column is which?"));
    setSubTitle(tr("Guessed from the headers; the choice is remembered for this campaign."));
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_fields);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Fields and their columns"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->horizontalHeader()->setDefaultSectionSize(140);
    m_skip->setChecked(true);
    auto* group = new QButtonGroup(this);
    group->addButton(m_skip);
    group->addButton(m_update);
    m_missing->setStyleSheet(feedback::errorStyle());
    m_missing->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 3);
    layout->addWidget(m_missing);
    layout->addWidget(new QLabel(tr("First rows of the file:")));
    layout->addWidget(m_preview, 2);
    layout->addWidget(m_skip);
    layout->addWidget(m_update);
}

void ImportMappingPage::initializePage()
{
    const SheetTable& t = *m_wizard->m_table;
    const Campaign& c = m_wizard->document()->campaign();
    const ImportKind kind = m_wizard->kind();
    const ImportMapping guess = Import::guessMapping(kind, c, t.headers);

    delete m_fields->layout();
    qDeleteAll(m_fields->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
    m_boxes.clear();
    auto* form = new QFormLayout(m_fields);
    for (const ImportField& f : Import::fields(kind, c)) {
        auto* box = new QComboBox;
        box->addItem(tr("(none)"), -1);
        for (int col = 0; col < t.headers.size(); ++col)
            box->addItem(t.headers.at(col), col);
        auto it = guess.find(f.key);
        box->setCurrentIndex(it == guess.end() ? 0 : it->second + 1);
        box->setObjectName(f.key);
        auto* example = new QLabel;
        example->setStyleSheet(QStringLiteral("color: palette(mid);"));
        auto* row = new QHBoxLayout;
        row->addWidget(box, 1);
        row->addWidget(example, 1);
        auto* label = new QLabel(f.required ? tr("%1 *").arg(f.label) : f.label);
        label->setBuddy(box);
        box->setAccessibleName(f.label);
        form->addRow(label, row);
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, example] {
            const int col = box->currentData().toInt();
            QString sample;
            for (const QStringList& r : m_wizard->m_table->rows) {
                if (col >= 0 && col < r.size() && !r.at(col).trimmed().isEmpty()) {
                    sample = r.at(col).trimmed();
                    break;
                }
            }
            example->setText(sample.isEmpty() ? QString() : tr("e.g. %1").arg(sample.left(60)));
            updateMissing();
        });
        m_boxes.emplace_back(f, box);
        emit box->currentIndexChanged(box->currentIndex());
    }

    const int rows = int(std::min<qsizetype>(previewRows, t.size()));
    m_preview->clear();
    m_preview->setColumnCount(int(t.headers.size()));
    m_preview->setRowCount(rows);
    m_preview->setHorizontalHeaderLabels(t.headers);
    QStringList numbers;
    for (int r = 0; r < rows; ++r) {
        numbers << QString::number(t.rowNumbers[size_t(r)]);
        for (int col = 0; col < t.headers.size() && col < t.rows[size_t(r)].size(); ++col)
            m_preview->setItem(r, col, new QTableWidgetItem(t.rows[size_t(r)].at(col)));
    }
    m_preview->setVerticalHeaderLabels(numbers);
    // Each column as wide as its header or its cells, up to a limit (« Surface demandée
    // (m² » was cut at the fixed width).
    m_preview->resizeColumnsToContents();
    const int widest = m_preview->fontMetrics().averageCharWidth() * 36;
    for (int col = 0; col < m_preview->columnCount(); ++col)
        m_preview->setColumnWidth(col, std::min(m_preview->columnWidth(col), widest));
    updateMissing();
}

ImportMapping ImportMappingPage::mapping() const
{
    ImportMapping m;
    for (const auto& [field, box] : m_boxes) {
        const int col = box->currentData().toInt();
        if (col >= 0)
            m[field.key] = col;
    }
    return m;
}

int ImportMappingPage::columnOf(const QString& fieldKey) const
{
    const QComboBox* box = columnBox(fieldKey);
    return box ? box->currentData().toInt() : -1;
}

QComboBox* ImportMappingPage::columnBox(const QString& fieldKey) const
{
    for (const auto& [field, box] : m_boxes)
        if (field.key == fieldKey)
            return box;
    return nullptr;
}

void ImportMappingPage::setColumn(const QString& fieldKey, int column)
{
    if (QComboBox* box = columnBox(fieldKey))
        box->setCurrentIndex(column + 1);
}

void ImportMappingPage::updateMissing()
{
    const QStringList missing = Import::missingFields(m_wizard->kind(), m_wizard->document()->campaign(), mapping());
    m_missing->setText(missing.isEmpty() ? QString()
                                         : tr("Choose a column for: %1.").arg(missing.join(QStringLiteral(", "))));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return !m_boxes.empty() &&
           Import::missingFields(m_wizard->kind(), m_wizard->document()->campaign(), mapping()).isEmpty();
}

bool ImportMappingPage::validatePage()
{
    // One column for two fields is a slip.
    std::map<int, QString> taken;
    for (const auto& [field, box] : m_boxes) {
        const int col = box->currentData().toInt();
        if (col < 0)
            continue;
        if (auto it = taken.find(col); it != taken.end()) {
            m_missing->setText(tr("The column \"%1\" is chosen for both %2 and %3.")
                                   .arg(m_wizard->m_table->headers.at(col), it->second, field.label));
            return false;
        }
        taken[col] = field.label;
    }
    m_wizard->m_options.kind = m_wizard->kind();
    m_wizard->m_options.mapping = mapping();
    m_wizard->m_options.onDuplicate = m_update->isChecked() ? OnDuplicate::Update : OnDuplicate::Skip;
    return true;
}

// --- 3. the report -------------------------------------------------------------------

ImportReportPage::ImportReportPage(ImportWizard* wizard)
    : m_wizard(wizard)
    , m_summary(new QLabel)
    , m_problems(new QTableView)
    , m_saveReport(new QPushButton(tr("Save the &report as CSV…")))
    , m_importValid(new QRadioButton)
    , m_importNothing(new QRadioButton(tr("Import &nothing")))
{
    setTitle(tr("What the check found"));
    setSubTitle(tr("Nothing is written yet. Rows with an error are never imported."));
    m_summary->setWordWrap(true);
    m_problems->setModel(new ProblemsModel(this));
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    connect(m_saveReport, &QPushButton::clicked, this, &ImportReportPage::chooseReportFile);
    auto* group = new QButtonGroup(this);
    group->addButton(m_importValid);
    group->addButton(m_importNothing);
    m_importValid->setChecked(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveReport);
    saveRow->addStretch();
    layout->addLayout(saveRow);
    layout->addWidget(m_importValid);
    layout->addWidget(m_importNothing);
}

void ImportReportPage::initializePage()
{
    auto* model = static_cast<ProblemsModel*>(m_problems->model());
    model->setPlan(nullptr);
    const Campaign& campaign = m_wizard->document()->campaign();
    ImportOptions& options = m_wizard->m_options;
    options.now = m_wizard->document()->now();
    ImportPlan plan;
    const bool finished = ImportWizard::runWithProgress(this, tr("Checking every row…"), [&](const Progress& progress) {
        plan = Import::plan(campaign, *m_wizard->m_table, options, progress);
    });
    if (!finished || plan.cancelled) {
        m_wizard->m_plan = ImportPlan();
        m_summary->setText(tr("The check was cancelled: go back, or cancel the import."));
        m_summary->setStyleSheet(feedback::errorStyle());
        m_importValid->hide();
        m_importNothing->setChecked(true);
        m_importNothing->hide();
        m_saveReport->setEnabled(false);
        return;
    }
    m_wizard->m_plan = std::move(plan);
    const ImportPlan& p = m_wizard->m_plan;
    model->setPlan(&p);
    m_problems->resizeColumnsToContents();
    m_summary->setStyleSheet(p.rejected > 0 ? feedback::errorStyle() : feedback::okStyle());
    m_summary->setText(tr("Rows read: %1. New: %2, updated: %3, skipped (already there): %4, rejected: %5.")
                           .arg(p.rows)
                           .arg(p.added)
                           .arg(p.updated)
                           .arg(p.skipped)
                           .arg(p.rejected));
    m_saveReport->setEnabled(!p.problems.empty());
    const int valid = p.added + p.updated;
    m_importValid->setText(p.rejected > 0 ? tr("Import the %n valid row(s) only", nullptr, valid)
                                          : tr("Import the %n row(s)", nullptr, valid));
    m_importValid->setVisible(valid > 0);
    m_importNothing->setVisible(valid > 0);
    m_importValid->setChecked(valid > 0);
    m_importNothing->setChecked(valid == 0);
    if (valid == 0)
        m_summary->setText(m_summary->text() + QLatin1Char(' ') + tr("Nothing to import."));
}

void ImportReportPage::cleanupPage()
{
    static_cast<ProblemsModel*>(m_problems->model())->setPlan(nullptr);
    m_wizard->m_plan = ImportPlan();
}

bool ImportReportPage::saveReport(const QString& path, QString* error) const
{
    return SafeFile::write(path, Import::reportCsv(m_wizard->m_plan), error);
}

void ImportReportPage::chooseReportFile()
{
    const QString name = tr("import-report-%1.csv").arg(QFileInfo(m_wizard->m_plan.fileName).completeBaseName());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), name, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveReport(path, &error))
        QMessageBox::warning(this, tr("Save the report"), error);
}

} // namespace palmares
