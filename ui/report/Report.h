// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ReportTables.h"
#include "core/io/Spreadsheets.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

// The ranked laureate report and the minutes of the deliberation as documents (docs/reports.md):
// each a list of sections, every section fed by the engine's numbers and core/present's
// words, written by a Composer into one document, then as PDF (A4, running header, page
// numbers, charts drawn as vectors) or ODT. A later capability (allocation, synergies,
// robustness) adds its own section to the list and touches no other.
namespace palmares {

struct Campaign;
struct Evaluation;

namespace report {

class Composer;

// What every section reads: both must outlive the sections' writing.
struct Input {
    const Campaign& campaign;
    const Evaluation& evaluation;
    Audience audience = Audience::Full;
    QDateTime writtenAt;
};

class Section {
public:
    virtual ~Section() = default;
    virtual void write(Composer& out, const Input& in) const = 0;
};
using Sections = std::vector<std::unique_ptr<Section>>;

// Cover, summary, method, ranking, one sheet per laureate, waiting list and candidates not
// selected with why, site fill, annex (version, settings, date, fingerprint).
Sections laureateReportSections();

// The minutes (procès-verbal) of the deliberation: the session (when, where, chair, jurors
// present and quorum), the rules applied, the laureates, every recorded decision and override
// with its justification, the juror returns received, a signature block.
Sections minutesSections();

enum class Kind { LaureateReport, Minutes };

class Documents {
    Q_DECLARE_TR_FUNCTIONS(Documents)
public:
    // Called after each section and each page with the steps done and the steps there are;
    // false cancels, and nothing is written.
    using Progress = std::function<bool(int done, int total)>;

    // The report or the minutes of `in` as a PDF; empty when cancelled (*cancelled set) or
    // when Qt could not lay it out.
    static QByteArray pdf(Kind kind, const Input& in, const Progress& progress = {}, bool* cancelled = nullptr);
    // The same as an OpenDocument text; empty when cancelled or not written (*why then says
    // why, when it is not Qt's layout).
    static QByteArray odt(Kind kind, const Input& in, const Progress& progress = {}, bool* cancelled = nullptr,
                          QString* why = nullptr);

    // Writes `kind` at `path` (.pdf or .odt) through the safe writer, for `audience`.
    static Spreadsheets::Written write(const QString& path, Kind kind, const Campaign& campaign,
                                       const Evaluation& evaluation, Audience audience, const Progress& progress = {});
    // write() as palmares-cli asks for it (Cli::DocumentWriter): the files written, or why not.
    static std::vector<QString> writeFiles(const QString& path, bool minutes, bool publicVersion,
                                           const Campaign& campaign, const Evaluation& evaluation, QString* error);
    // Whether `path` names a file write() writes (.pdf or .odt).
    static bool isDocument(const QString& path);
    // The document's title: « Rapport des lauréats — Campagne », « Procès-verbal — … ».
    static QString title(Kind kind, const Campaign& campaign);

private:
    // What the running header says on the right: « Rapport des lauréats », « Procès-verbal… ».
    static QString shortTitle(Kind kind);
    // « Page %1 sur %2 ».
    static QString pageOfPages();
};

} // namespace report
} // namespace palmares
