// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/SheetReader.h"
#include "core/model/Campaign.h"
#include "core/model/Change.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <map>
#include <optional>
#include <vector>

// Importing candidates, jurors, conflicts, buildings or scores from a table read by
// SheetReader: which columns hold which field (guessed from French and English headers,
// or remembered per campaign), every row checked against the campaign before anything is
// written, and the rows that pass as one Change. The wizard and `palmares-cli import`
// both go through planImport().
namespace palmares {

enum class ImportKind { Candidates, Jurors, Conflicts, Buildings, Scores };

// One field a column can be mapped to.
struct ImportField {
    QString key;         // "siret"; "criterion:<code>" for a wide-form score column
    QString header;      // the French header a template writes: "SIRET"
    QString label;       // shown in the wizard, in the UI language
    QStringList aliases; // other headers it is recognised by (French and English)
    bool required = false;
    Id criterionId = 0; // wide-form score columns only
};

// Field key → column (0-based) of the table.
using ImportMapping = std::map<QString, int>;

enum class OnDuplicate { Skip, Update };

struct ImportProblem {
    enum Severity { Error, Warning };
    int row = 0;    // row of the sheet (line of a CSV file), from 1
    QString column; // its header
    QString value;
    QString reason;
    Severity severity = Error;
};

struct ImportOptions {
    ImportKind kind = ImportKind::Candidates;
    ImportMapping mapping;
    OnDuplicate onDuplicate = OnDuplicate::Skip;
    QDateTime now; // time stamped on imported scores and candidates without a date
};

struct ImportPlan {
    ImportKind kind = ImportKind::Candidates;
    QString fileName;
    QString sheet;
    Change change; // the valid rows; empty when none
    std::vector<ImportProblem> problems;
    int rows = 0;     // data rows read
    int rejected = 0; // rows with at least one error: not imported
    int added = 0;    // new records
    int updated = 0;  // existing records replaced (OnDuplicate::Update)
    int skipped = 0;  // rows matching an existing record, left alone (OnDuplicate::Skip)
    int existing = 0; // rows matching an existing record
    bool cancelled = false;

    int errorCount() const;
    int warningCount() const;
};

class Import {
    Q_DECLARE_TR_FUNCTIONS(Import)
public:
    static QString kindKey(ImportKind kind); // "candidates"…
    static std::optional<ImportKind> kindFromKey(const QString& key);
    static QString kindName(ImportKind kind); // "Candidates", translated
    static const std::vector<ImportKind>& kinds();

    // The fields of `kind`; scores have one per criterion of `campaign` for the wide form.
    static std::vector<ImportField> fields(ImportKind kind, const Campaign& campaign);
    // Each field's column: the remembered header first, then the header names it is known by.
    static ImportMapping guessMapping(ImportKind kind, const Campaign& campaign, const QStringList& headers);
    // A mapping file or remembered mapping: {field: header text or column number from 1}.
    // Fields it names that are not in `headers`, or unknown fields, are errors.
    static std::optional<ImportMapping> mappingFromJson(ImportKind kind, const Campaign& campaign,
                                                        const QJsonObject& json, const QStringList& headers,
                                                        QString* error);
    static QJsonObject mappingToJson(const ImportMapping& mapping, const QStringList& headers);
    // The campaign settings' remembered mappings with `mapping` for `kind`.
    static QString rememberMapping(const QString& stored, ImportKind kind, const ImportMapping& mapping,
                                   const QStringList& headers);
    // The fields still required and not mapped, as labels; empty when the import can run.
    static QStringList missingFields(ImportKind kind, const Campaign& campaign, const ImportMapping& mapping);

    // Checks every row of `table` and gathers the valid ones into one Change (with the
    // remembered mapping in its settings). Never writes anything.
    static ImportPlan plan(const Campaign& campaign, const SheetTable& table, const ImportOptions& options,
                           const Progress& progress = {});

    // The problems of `plan` as CSV (';', UTF-8 with a byte-order mark), for a spreadsheet.
    static QByteArray reportCsv(const ImportPlan& plan);

    // An empty spreadsheet with the French headers of `kind` (CSV or XLSX by the suffix
    // of `path`; for scores, one column per criterion of `campaign` when `wide`).
    static bool writeTemplate(const QString& path, ImportKind kind, const Campaign& campaign, bool wide,
                              QString* error);
};

} // namespace palmares
