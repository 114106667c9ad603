// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/Import.h"

#include "core/io/ResultFormat.h"
#include "core/model/Codes.h"
#include "core/model/KeyHash.h"
#include "core/model/Numbers.h"
#include "core/model/Rules.h"
#include "core/model/Siret.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>
#include <memory_resource>
#include <unordered_map>
#include <unordered_set>

namespace palmares {

namespace {

constexpr qint64 progressEvery = 4096;

// A header or a name reduced to what tells it apart: lower case, no accents, letters and
// digits only ("Surface demandée (m²)" → "surfacedemandeem2").
QString fold(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool plain = true;
    for (QChar c : text)
        if (c.unicode() >= 0x80) {
            plain = false;
            break;
        }
    const QString source = plain ? text : text.normalized(QString::NormalizationForm_KD);
    for (QChar c : source) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

ImportField field(const char* key, const char* header, const QString& label, std::initializer_list<const char*> aliases,
                  bool required = false)
{
    ImportField f;
    f.key = QString::fromLatin1(key);
    f.header = QString::fromUtf8(header);
    f.label = label;
    for (const char* a : aliases)
        f.aliases << QString::fromUtf8(a);
    f.required = required;
    return f;
}

QString scoreColumnKey(const Criterion& c)
{
    return QStringLiteral("criterion:") + c.code;
}

bool isLongForm(const ImportMapping& mapping)
{
    return mapping.count(QStringLiteral("criterion")) || mapping.count(QStringLiteral("value"));
}

// Use types by their codes and the words people write for them.
const QHash<QString, QString>& useTypeWords()
{
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> w;
        for (const QString& code : useTypeCodes())
            w.insert(fold(code), code);
        const std::pair<const char*, const char*> more[] = {
            {"bureaux", "bureau"},        {"office", "bureau"},        {"offices", "bureau"},
            {"ateliers", "atelier"},      {"workshop", "atelier"},     {"workshops", "atelier"},
            {"logements", "logement"},    {"housing", "logement"},     {"services", "service"},
            {"entrepot", "stockage"},     {"storage", "stockage"},     {"restaurant", "restauration"},
            {"catering", "restauration"}, {"land", "terrain"},         {"terrainnu", "terrain"},
            {"mixed", "mixte"},           {"entreposage", "stockage"}, {"local", "atelier"}};
        for (const auto& [word, code] : more)
            w.insert(QString::fromLatin1(word), QString::fromLatin1(code));
        return w;
    }();
    return words;
}

std::optional<bool> parseYesNo(const QString& text)
{
    const QString t = fold(text);
    if (t.isEmpty() || t == QLatin1String("non") || t == QLatin1String("no") || t == QLatin1String("faux") ||
        t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("n"))
        return false;
    if (t == QLatin1String("oui") || t == QLatin1String("yes") || t == QLatin1String("vrai") ||
        t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("x") || t == QLatin1String("o") ||
        t == QLatin1String("y"))
        return true;
    return std::nullopt;
}

std::optional<CandidateStatus> parseStatus(const QString& text)
{
    const QString t = fold(text);
    if (t.isEmpty() || t == QLatin1String("recu") || t == QLatin1String("received") || t == QLatin1String("depose"))
        return CandidateStatus::Received;
    if (t == QLatin1String("recevable") || t == QLatin1String("eligible"))
        return CandidateStatus::Eligible;
    if (t == QLatin1String("irrecevable") || t == QLatin1String("nonrecevable") || t == QLatin1String("ineligible"))
        return CandidateStatus::Ineligible;
    if (t == QLatin1String("retire") || t == QLatin1String("withdrawn") || t == QLatin1String("desiste"))
        return CandidateStatus::Withdrawn;
    CandidateStatus s;
    if (codes::parse(text.trimmed(), &s))
        return s;
    return std::nullopt;
}

// A date as people and spreadsheets write it: ISO, French (31/12/2027, 31-12-2027,
// 31.12.2027), with a time or not, or a spreadsheet's serial day number.
std::optional<QDateTime> parseDateTime(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (dt.isValid())
        return dt;
    const QDate iso = QDate::fromString(t, Qt::ISODate);
    if (iso.isValid())
        return QDateTime(iso, QTime(0, 0));
    static const char* const formats[] = {"d/M/yyyy H:mm:ss", "d/M/yyyy H:mm", "d/M/yyyy",
                                          "d-M-yyyy",         "d.M.yyyy",      "d/M/yy"};
    for (const char* f : formats) {
        const QString format = QString::fromLatin1(f);
        if (format.contains(QLatin1Char('H'))) {
            dt = QDateTime::fromString(t, format);
            if (dt.isValid())
                return dt;
        } else {
            QDate d = QDate::fromString(t, format);
            if (d.isValid()) {
                if (d.year() < 1950)
                    d = d.addYears(100);
                return QDateTime(d, QTime(0, 0));
            }
        }
    }
    if (const auto serial = parseDecimal(t); serial && *serial >= 1 && *serial < 2958466) {
        const double days = std::floor(*serial);
        const QDate d = QDate(1899, 12, 30).addDays(qint64(days));
        return QDateTime(d, QTime(0, 0).addSecs(int(std::llround((*serial - days) * 86400.0))));
    }
    return std::nullopt;
}

bool looksLikeEmail(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(text).hasMatch();
}

// Finds records of the campaign from what a cell says, remembering each answer (a
// column of a long score file repeats the same few names a million times).
template<typename Record> class Finder {
public:
    static constexpr int Ambiguous = -2;
    static constexpr int Unknown = -1;

    void add(const QString& key, int index)
    {
        if (key.isEmpty())
            return;
        auto it = m_index.find(key);
        if (it == m_index.end())
            m_index.insert(key, index);
        else if (*it != index)
            *it = Ambiguous;
    }
    int lookup(const QString& key) const { return m_index.value(key, Unknown); }

private:
    QHash<QString, int> m_index;
};

class Planner {
public:
    Planner(const Campaign& campaign, const SheetTable& table, const ImportOptions& options, ImportPlan& plan)
        : c(campaign)
        , t(table)
        , o(options)
        , p(plan)
    {}

    bool run(const Progress& progress)
    {
        prepare();
        const qint64 total = t.size();
        for (qint64 i = 0; i < total; ++i) {
            const QStringList& cells = t.rows[size_t(i)];
            m_row = t.rowNumbers[size_t(i)];
            m_rowHasError = false;
            m_cells = &cells;
            checkWidth(cells);
            switch (o.kind) {
            case ImportKind::Candidates:
                candidateRow();
                break;
            case ImportKind::Jurors:
                jurorRow();
                break;
            case ImportKind::Conflicts:
                conflictRow();
                break;
            case ImportKind::Buildings:
                buildingRow();
                break;
            case ImportKind::Scores:
                scoreRow();
                break;
            }
            if (m_rowHasError)
                ++p.rejected;
            if (progress && (i + 1) % progressEvery == 0 && !progress(i + 1, total)) {
                p.cancelled = true;
                return false;
            }
        }
        return true;
    }

private:
    // --- problems of the row being read ------------------------------------------------
    void report(int column, const QString& value, const QString& reason,
                ImportProblem::Severity severity = ImportProblem::Error)
    {
        ImportProblem x;
        x.row = m_row;
        x.column =
            column >= 0 && column < t.headers.size() ? t.headers.at(column) : Import::tr("(column %1)").arg(column + 1);
        x.value = value;
        x.reason = reason;
        x.severity = severity;
        p.problems.push_back(std::move(x));
        if (severity == ImportProblem::Error)
            m_rowHasError = true;
    }
    void reportEmpty(int column)
    {
        report(column, QString(), Import::tr("This field is required and the cell is empty."));
    }

    // --- cells ------------------------------------------------------------------------
    int column(const char* key) const
    {
        auto it = o.mapping.find(QString::fromLatin1(key));
        return it == o.mapping.end() ? -1 : it->second;
    }
    // The score columns, looked up once: a score file has a million rows.
    struct ScoreColumns {
        int juror = -1, candidate = -1, criterion = -1, value = -1, comment = -1;
        bool longForm = false;
        std::vector<std::pair<int, int>> criteria; // wide form: (column, criterion index)
    };
    bool mapped(const char* key) const { return column(key) >= 0; }
    QString cell(int col) const { return col >= 0 && col < m_cells->size() ? m_cells->at(col).trimmed() : QString(); }
    QString cell(const char* key) const { return cell(column(key)); }

    void checkWidth(const QStringList& cells)
    {
        for (int i = int(t.headers.size()); i < cells.size(); ++i) {
            if (!cells.at(i).trimmed().isEmpty()) {
                report(i, cells.at(i).trimmed(),
                       Import::tr("This row has more cells than there are headers (%1): the cell has no "
                                  "column.")
                           .arg(t.headers.size()));
                return;
            }
        }
    }
    // The cell of a required field; reported when empty.
    QString required(const char* key)
    {
        const QString v = cell(key);
        if (v.isEmpty())
            reportEmpty(column(key));
        return v;
    }
    std::optional<double> number(const char* key, bool positive, bool required)
    {
        const int col = column(key);
        const QString v = cell(col);
        if (v.isEmpty()) {
            if (required)
                reportEmpty(col);
            return std::nullopt;
        }
        const auto n = parseDecimal(v);
        if (!n || (positive && *n <= 0) || (!positive && *n < 0)) {
            report(col, v,
                   positive ? Import::tr("Expected a positive number (decimal comma or point, no unit).")
                            : Import::tr("Expected a number, zero or more (decimal comma or point, no unit)."));
            return std::nullopt;
        }
        return n;
    }
    std::optional<QString> useType(int col, const QString& v)
    {
        const QString code = useTypeWords().value(fold(v));
        if (code.isEmpty()) {
            report(col, v,
                   Import::tr("Unknown use type; expected one of: %1.").arg(useTypeCodes().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return code;
    }

    // --- indexes ----------------------------------------------------------------------
    void prepare()
    {
        for (size_t i = 0; i < c.candidates.size(); ++i) {
            const Candidate& k = c.candidates[i];
            m_candidates.add(QStringLiteral("siret:") + Siret::normalized(k.siret), int(i));
            m_candidates.add(QStringLiteral("no:") + QString::number(k.registrationNo), int(i));
            m_candidates.add(QStringLiteral("name:") + fold(k.name), int(i));
            if (Siret::normalized(k.siret).isEmpty())
                m_candidates.add(QStringLiteral("nosiret:") + fold(k.name), int(i));
            m_maxRegistration = std::max(m_maxRegistration, k.registrationNo);
            m_registrationNumbers.insert(k.registrationNo);
            m_nextCandidateId = std::max(m_nextCandidateId, k.id + 1);
        }
        for (size_t i = 0; i < c.jurors.size(); ++i) {
            const Juror& j = c.jurors[i];
            if (!j.email.isEmpty())
                m_jurors.add(QStringLiteral("mail:") + j.email.trimmed().toLower(), int(i));
            m_jurors.add(QStringLiteral("name:") + fold(j.name), int(i));
            m_nextJurorId = std::max(m_nextJurorId, j.id + 1);
        }
        for (size_t i = 0; i < c.juries.size(); ++i) {
            m_juries.add(fold(c.juries[i].code), int(i));
            m_juries.add(fold(c.juries[i].name), int(i));
        }
        for (size_t i = 0; i < c.criteria.size(); ++i) {
            m_criteria.add(fold(c.criteria[i].code), int(i));
            m_criteria.add(fold(c.criteria[i].name), int(i));
        }
        for (size_t i = 0; i < c.buildings.size(); ++i) {
            m_buildings.add(fold(c.buildings[i].name), int(i));
            m_nextBuildingId = std::max(m_nextBuildingId, c.buildings[i].id + 1);
        }
        for (size_t i = 0; i < c.resources.size(); ++i) {
            m_resources.add(fold(c.resources[i].code), int(i));
            m_resources.add(fold(c.resources[i].name), int(i));
        }
        for (const Flow& f : c.flows)
            m_nextFlowId = std::max(m_nextFlowId, f.id + 1);
        for (const Conflict& k : c.conflicts)
            m_conflicts.insert({k.jurorId, k.candidateId});
        if (o.kind == ImportKind::Scores) {
            m_sc.juror = column("juror");
            m_sc.candidate = column("candidate");
            m_sc.criterion = column("criterion");
            m_sc.value = column("value");
            m_sc.comment = column("comment");
            m_sc.longForm = isLongForm(o.mapping);
            for (const auto& [key, col] : o.mapping) {
                if (!key.startsWith(QLatin1String("criterion:")))
                    continue;
                const int criterion = m_criteria.lookup(fold(key.mid(10)));
                if (criterion >= 0)
                    m_sc.criteria.emplace_back(col, criterion);
            }
            const size_t scores = size_t(t.size()) * (m_sc.longForm ? 1 : std::max<size_t>(1, m_sc.criteria.size()));
            m_scoreRows.reserve(c.scores.size() + scores);
            for (const Score& s : c.scores)
                m_scoreRows.emplace(rowKey(s), 0);
            p.change.scores.put.reserve(scores);
            m_at = o.now.toUTC(); // stored as milliseconds since the epoch: no time zone to work out per score
        }
    }

    // A candidate named by its SIRET, registration number or name; -1 after reporting.
    int findCandidate(int col)
    {
        const QString v = cell(col);
        if (v.isEmpty()) {
            reportEmpty(col);
            return -1;
        }
        auto memo = m_candidateMemo.find(v);
        int found = memo != m_candidateMemo.end() ? *memo : lookupCandidate(v);
        if (memo == m_candidateMemo.end())
            m_candidateMemo.insert(v, found);
        if (found == Finder<Candidate>::Ambiguous) {
            report(col, v, Import::tr("Several candidates have this name: give their SIRET or registration number."));
            return -1;
        }
        if (found < 0) {
            report(col, v, Import::tr("Unknown candidate: no candidate has this SIRET, registration number or name."));
            return -1;
        }
        return found;
    }
    int lookupCandidate(const QString& v) const
    {
        const QString digits = Siret::normalized(v);
        if (digits.size() == 14) {
            const int i = m_candidates.lookup(QStringLiteral("siret:") + digits);
            if (i != Finder<Candidate>::Unknown)
                return i;
        }
        bool isNumber = false;
        const int no = v.toInt(&isNumber);
        if (isNumber) {
            const int i = m_candidates.lookup(QStringLiteral("no:") + QString::number(no));
            if (i != Finder<Candidate>::Unknown)
                return i;
        }
        return m_candidates.lookup(QStringLiteral("name:") + fold(v));
    }
    int findJuror(int col)
    {
        const QString v = cell(col);
        if (v.isEmpty()) {
            reportEmpty(col);
            return -1;
        }
        auto memo = m_jurorMemo.find(v);
        int found = 0;
        if (memo != m_jurorMemo.end()) {
            found = *memo;
        } else {
            found = v.contains(QLatin1Char('@')) ? m_jurors.lookup(QStringLiteral("mail:") + v.toLower())
                                                 : m_jurors.lookup(QStringLiteral("name:") + fold(v));
            m_jurorMemo.insert(v, found);
        }
        if (found == Finder<Juror>::Ambiguous) {
            report(col, v, Import::tr("Several jurors have this name: give their e-mail address."));
            return -1;
        }
        if (found < 0) {
            report(col, v, Import::tr("Unknown juror: no juror has this name or e-mail address."));
            return -1;
        }
        return found;
    }
    int findCriterion(int col, const QString& v)
    {
        auto memo = m_criterionMemo.find(v);
        int found = 0;
        if (memo != m_criterionMemo.end()) {
            found = *memo;
        } else {
            found = m_criteria.lookup(fold(v));
            m_criterionMemo.insert(v, found);
        }
        if (found < 0) {
            report(col, v, Import::tr("Unknown criterion: give its code or its name."));
            return -1;
        }
        return found;
    }

    // --- candidates -------------------------------------------------------------------
    void candidateRow()
    {
        const QString name = required("name");
        const int siretCol = column("siret");
        const QString siretText = cell(siretCol);
        const QString siret = Siret::normalized(siretText);
        int existing = -1;
        if (siretCol >= 0) {
            if (siret.isEmpty()) {
                report(siretCol, siretText, Import::tr("No SIRET: allowed for a company still being created."),
                       ImportProblem::Warning);
            } else if (const auto problem = Siret::check(siret); problem != Siret::Problem::None) {
                report(siretCol, siretText, Siret::problemText(problem));
            } else if (auto first = m_fileSirets.constFind(siret); first != m_fileSirets.constEnd()) {
                report(siretCol, siretText, Import::tr("Same SIRET as row %1 of this file.").arg(*first));
            } else {
                m_fileSirets.insert(siret, m_row);
                const int i = m_candidates.lookup(QStringLiteral("siret:") + siret);
                if (i >= 0)
                    existing = i;
            }
        }
        if (siret.isEmpty() && !name.isEmpty()) {
            // A company still being created is known by its name.
            const QString key = fold(name);
            if (auto first = m_fileKeys.constFind(key); first != m_fileKeys.constEnd()) {
                report(column("name"), name,
                       Import::tr("Same company, without SIRET, as row %1 of this file.").arg(*first));
            } else {
                m_fileKeys.insert(key, m_row);
                const int i = m_candidates.lookup(QStringLiteral("nosiret:") + key);
                if (i >= 0)
                    existing = i;
            }
        }
        Candidate k;
        if (existing >= 0) {
            k = c.candidates[size_t(existing)];
        } else {
            k.receivedAt = o.now;
        }
        if (mapped("name"))
            k.name = name;
        if (siretCol >= 0)
            k.siret = siret;

        if (mapped("registration_no")) {
            const QString v = cell("registration_no");
            if (!v.isEmpty()) {
                bool ok = false;
                const int no = v.toInt(&ok);
                if (!ok || no <= 0) {
                    report(column("registration_no"), v, Import::tr("Expected a whole number above zero."));
                } else if (no != k.registrationNo &&
                           (m_registrationNumbers.count(no) || m_fileRegistrations.contains(no))) {
                    report(column("registration_no"), v,
                           Import::tr("Another candidate already has this registration number."));
                } else {
                    k.registrationNo = no;
                }
            }
        }
        auto text = [&](const char* key, QString Candidate::*member) {
            if (mapped(key))
                k.*member = cell(key);
        };
        text("legal_form", &Candidate::legalForm);
        text("contact_name", &Candidate::contactName);
        text("contact_phone", &Candidate::contactPhone);
        text("project_title", &Candidate::projectTitle);
        text("description", &Candidate::description);
        text("status_reason", &Candidate::statusReason);
        if (mapped("naf"))
            k.nafCode = cell("naf").toUpper();
        if (mapped("contact_email")) {
            const QString v = cell("contact_email");
            if (!v.isEmpty() && !looksLikeEmail(v))
                report(column("contact_email"), v, Import::tr("Not an e-mail address."));
            k.contactEmail = v;
        }
        if (mapped("ess")) {
            const QString v = cell("ess");
            if (const auto yes = parseYesNo(v))
                k.ess = *yes;
            else
                report(column("ess"), v, Import::tr("Expected yes or no (oui, non, 1, 0, x)."));
        }
        if (mapped("requested_surface") || existing < 0) {
            if (const auto s = number("requested_surface", true, true))
                k.requestedSurface = *s;
        }
        if (mapped("jobs_fte")) {
            k.jobsFte = 0;
            if (const auto j = number("jobs_fte", false, false))
                k.jobsFte = *j;
        }
        if (mapped("wanted_use")) {
            const QString v = cell("wanted_use");
            k.wantedUse.clear();
            if (!v.isEmpty()) {
                if (const auto code = useType(column("wanted_use"), v))
                    k.wantedUse = *code;
            }
        }
        if (mapped("preferred_building")) {
            const QString v = cell("preferred_building");
            k.preferredBuildingId = 0;
            if (!v.isEmpty()) {
                const int b = m_buildings.lookup(fold(v));
                if (b < 0)
                    report(column("preferred_building"), v,
                           Import::tr("Unknown building: no building of the site has this name."));
                else
                    k.preferredBuildingId = c.buildings[size_t(b)].id;
            }
        }
        if (mapped("wanted_start")) {
            const QString v = cell("wanted_start");
            k.wantedStart = QDate();
            if (!v.isEmpty()) {
                const auto d = parseDateTime(v);
                if (!d)
                    report(column("wanted_start"), v, Import::tr("Expected a date (31/12/2027 or 2027-12-31)."));
                else
                    k.wantedStart = d->date();
            }
        }
        if (mapped("received_at")) {
            const QString v = cell("received_at");
            if (!v.isEmpty()) {
                const auto d = parseDateTime(v);
                if (!d)
                    report(column("received_at"), v, Import::tr("Expected a date (31/12/2027 or 2027-12-31)."));
                else
                    k.receivedAt = *d;
            }
        }
        if (mapped("status")) {
            const QString v = cell("status");
            if (const auto s = parseStatus(v))
                k.status = *s;
            else
                report(column("status"), v,
                       Import::tr("Unknown status; expected received, eligible, ineligible or withdrawn "
                                  "(reçu, recevable, irrecevable, retiré)."));
        }
        std::vector<Flow> flows;
        const bool withFlows = mapped("flows");
        if (withFlows)
            flows = parseFlows(column("flows"), cell("flows"));

        if (m_rowHasError)
            return;
        if (existing >= 0) {
            ++p.existing;
            if (o.onDuplicate == OnDuplicate::Skip) {
                ++p.skipped;
                if (siret.isEmpty())
                    report(column("name"), name,
                           Import::tr("A candidate without SIRET and with this name is already there: row "
                                      "skipped."),
                           ImportProblem::Warning);
                else
                    report(siretCol, siretText,
                           Import::tr("A candidate with this SIRET is already there (%1): row skipped.")
                               .arg(c.candidates[size_t(existing)].name),
                           ImportProblem::Warning);
                return;
            }
            ++p.updated;
            if (withFlows) {
                for (const Flow& f : c.flows)
                    if (f.candidateId == k.id)
                        p.change.flows.remove.push_back(f);
            }
        } else {
            ++p.added;
            k.id = m_nextCandidateId++;
            if (k.registrationNo <= 0) {
                while (m_registrationNumbers.count(m_maxRegistration + 1) ||
                       m_fileRegistrations.contains(m_maxRegistration + 1))
                    ++m_maxRegistration;
                k.registrationNo = ++m_maxRegistration;
            }
        }
        m_fileRegistrations.insert(k.registrationNo);
        for (Flow& f : flows) {
            f.candidateId = k.id;
            f.id = m_nextFlowId++;
            p.change.flows.put.push_back(f);
        }
        p.change.candidates.put.push_back(std::move(k));
    }

    // "sortie : drêches 40 t ; entrée : chaleur" — one flow per item.
    std::vector<Flow> parseFlows(int col, const QString& text)
    {
        std::vector<Flow> flows;
        static const QRegularExpression items(QStringLiteral("[;\\n|]"));
        static const QRegularExpression quantity(QStringLiteral(R"(^(.*?)\s+(\d[\d\s]*(?:[.,]\d+)?)\s*(.*)$)"));
        for (const QString& raw : text.split(items, Qt::SkipEmptyParts)) {
            const QString item = raw.trimmed();
            if (item.isEmpty())
                continue;
            const qsizetype colon = item.indexOf(QLatin1Char(':'));
            if (colon < 0) {
                report(col, item,
                       Import::tr("A flow reads \"output: resource [quantity unit]\" or "
                                  "\"input: resource\" (sortie, entrée)."));
                continue;
            }
            const QString dir = fold(item.left(colon));
            Flow f;
            if (dir == QLatin1String("sortie") || dir == QLatin1String("output") || dir == QLatin1String("offre") ||
                dir == QLatin1String("produit") || dir == QLatin1String("surplus"))
                f.direction = FlowDirection::Output;
            else if (dir == QLatin1String("entree") || dir == QLatin1String("input") ||
                     dir == QLatin1String("besoin") || dir == QLatin1String("need"))
                f.direction = FlowDirection::Input;
            else {
                report(col, item,
                       Import::tr("Unknown flow direction \"%1\"; expected output or input "
                                  "(sortie, entrée).")
                           .arg(item.left(colon).trimmed()));
                continue;
            }
            QString resource = item.mid(colon + 1).trimmed();
            const auto m = quantity.match(resource);
            if (m.hasMatch()) {
                if (const auto q = parseDecimal(m.captured(2))) {
                    resource = m.captured(1).trimmed();
                    f.quantity = *q;
                    f.unit = m.captured(3).trimmed();
                }
            }
            const int r = m_resources.lookup(fold(resource));
            if (r < 0) {
                report(
                    col, item,
                    Import::tr("Unknown resource \"%1\": give a code or a name of the resource list.").arg(resource));
                continue;
            }
            f.resourceId = c.resources[size_t(r)].id;
            flows.push_back(f);
        }
        return flows;
    }

    // --- jurors -----------------------------------------------------------------------
    void jurorRow()
    {
        const QString name = required("name");
        const int juryCol = column("jury");
        const QString juryText = required("jury");
        int jury = -1;
        if (!juryText.isEmpty()) {
            jury = m_juries.lookup(fold(juryText));
            if (jury < 0) {
                QStringList known;
                for (const Jury& j : c.juries)
                    known << j.name;
                report(juryCol, juryText,
                       Import::tr("Unknown jury; expected one of: %1.").arg(known.join(QStringLiteral(", "))));
            }
        }
        const QString email = cell("email");
        if (!email.isEmpty() && !looksLikeEmail(email))
            report(column("email"), email, Import::tr("Not an e-mail address."));
        if (m_rowHasError)
            return;
        const Id juryId = c.juries[size_t(jury)].id;
        const QString key = email.isEmpty() ? QStringLiteral("name:%1:%2").arg(juryId).arg(fold(name))
                                            : QStringLiteral("mail:") + email.toLower();
        if (auto first = m_fileKeys.constFind(key); first != m_fileKeys.constEnd()) {
            report(email.isEmpty() ? column("name") : column("email"), email.isEmpty() ? name : email,
                   Import::tr("Same juror as row %1 of this file.").arg(*first));
            return;
        }
        m_fileKeys.insert(key, m_row);
        int existing = -1;
        if (!email.isEmpty()) {
            existing = m_jurors.lookup(QStringLiteral("mail:") + email.toLower());
        } else {
            for (size_t i = 0; i < c.jurors.size() && existing < 0; ++i)
                if (c.jurors[i].juryId == juryId && fold(c.jurors[i].name) == fold(name))
                    existing = int(i);
        }
        Juror j;
        if (existing >= 0) {
            ++p.existing;
            if (o.onDuplicate == OnDuplicate::Skip) {
                ++p.skipped;
                report(column("name"), name, Import::tr("This juror is already there: row skipped."),
                       ImportProblem::Warning);
                return;
            }
            ++p.updated;
            j = c.jurors[size_t(existing)];
        } else {
            ++p.added;
            j.id = m_nextJurorId++;
        }
        j.name = name;
        j.juryId = juryId;
        if (mapped("email"))
            j.email = email;
        if (mapped("organisation"))
            j.organisation = cell("organisation");
        p.change.jurors.put.push_back(j);
    }

    // --- conflicts --------------------------------------------------------------------
    void conflictRow()
    {
        const int juror = findJuror(column("juror"));
        const int candidate = findCandidate(column("candidate"));
        if (m_rowHasError)
            return;
        Conflict k{c.jurors[size_t(juror)].id, c.candidates[size_t(candidate)].id, cell("reason")};
        const std::pair<Id, Id> key{k.jurorId, k.candidateId};
        if (auto first = m_filePairs.find(key); first != m_filePairs.end()) {
            report(column("candidate"), cell("candidate"),
                   Import::tr("Same juror and candidate as row %1 of this file.").arg(first->second));
            return;
        }
        m_filePairs.emplace(key, m_row);
        if (m_conflicts.count(key)) {
            ++p.existing;
            if (o.onDuplicate == OnDuplicate::Skip) {
                ++p.skipped;
                report(column("candidate"), cell("candidate"),
                       Import::tr("This conflict of interest is already recorded: row skipped."),
                       ImportProblem::Warning);
                return;
            }
            ++p.updated;
        } else {
            ++p.added;
        }
        p.change.conflicts.put.push_back(k);
    }

    // --- buildings --------------------------------------------------------------------
    void buildingRow()
    {
        const QString name = required("name");
        const auto surface = number("surface", true, true);
        const QString use = required("use_type");
        std::optional<QString> useCode;
        if (!use.isEmpty())
            useCode = useType(column("use_type"), use);
        QStringList accepted;
        if (mapped("accepted_uses")) {
            static const QRegularExpression separators(QStringLiteral("[,;/]"));
            for (const QString& u : cell("accepted_uses").split(separators, Qt::SkipEmptyParts)) {
                if (u.trimmed().isEmpty())
                    continue;
                if (const auto code = useType(column("accepted_uses"), u.trimmed()))
                    accepted << *code;
            }
        }
        if (m_rowHasError)
            return;
        const QString key = fold(name);
        if (auto first = m_fileKeys.constFind(key); first != m_fileKeys.constEnd()) {
            report(column("name"), name, Import::tr("Same building as row %1 of this file.").arg(*first));
            return;
        }
        m_fileKeys.insert(key, m_row);
        const int existing = m_buildings.lookup(key);
        Building b;
        if (existing >= 0) {
            ++p.existing;
            if (o.onDuplicate == OnDuplicate::Skip) {
                ++p.skipped;
                report(column("name"), name, Import::tr("A building with this name is already there: row skipped."),
                       ImportProblem::Warning);
                return;
            }
            ++p.updated;
            b = c.buildings[size_t(existing)];
        } else {
            ++p.added;
            b.id = m_nextBuildingId++;
        }
        b.name = name;
        b.surface = *surface;
        b.useType = *useCode;
        if (mapped("accepted_uses"))
            b.acceptedUses = accepted;
        if (mapped("notes"))
            b.notes = cell("notes");
        p.change.buildings.put.push_back(b);
    }

    // --- scores -----------------------------------------------------------------------
    void scoreRow()
    {
        const int juror = findJuror(m_sc.juror);
        const int candidate = findCandidate(m_sc.candidate);
        if (m_rowHasError)
            return;
        const Juror& j = c.jurors[size_t(juror)];
        const Candidate& k = c.candidates[size_t(candidate)];
        if (m_conflicts.count({j.id, k.id})) {
            report(m_sc.juror, cell(m_sc.juror),
                   Import::tr("%1 has a conflict of interest with %2: this juror does not score this candidate.")
                       .arg(j.name, k.name));
            return;
        }
        const Jury* jury = juryOf(j);
        m_rowScores.clear();
        if (m_sc.longForm) {
            const QString critText = cell(m_sc.criterion);
            int criterion = -1;
            if (critText.isEmpty())
                reportEmpty(m_sc.criterion);
            else
                criterion = findCriterion(m_sc.criterion, critText);
            const QString valueText = cell(m_sc.value);
            if (valueText.isEmpty()) {
                reportEmpty(m_sc.value);
            } else if (criterion >= 0) {
                if (const auto v = scoreValue(m_sc.value, valueText, jury))
                    m_rowScores.push_back({c.criteria[size_t(criterion)].id, *v, m_sc.value});
            }
        } else {
            for (const auto& [col, criterion] : m_sc.criteria) {
                const QString valueText = cell(col);
                if (valueText.isEmpty())
                    continue;
                if (const auto v = scoreValue(col, valueText, jury))
                    m_rowScores.push_back({c.criteria[size_t(criterion)].id, *v, col});
            }
        }
        if (m_rowHasError)
            return;
        for (size_t i = 0; i < m_rowScores.size(); ++i) {
            const RowScore& rs = m_rowScores[i];
            for (size_t before = 0; before < i; ++before) {
                if (m_rowScores[before].criterionId == rs.criterionId) {
                    report(rs.column, cell(rs.column), Import::tr("Another column of this row gives this criterion."));
                    return;
                }
            }
            const auto first = m_scoreRows.find({k.id, j.id, rs.criterionId});
            if (first != m_scoreRows.end() && first->second > 0) {
                report(rs.column, cell(rs.column),
                       Import::tr("Same juror, candidate and criterion as row %1 of this file.").arg(first->second));
                return;
            }
        }
        const QString comment = cell(m_sc.comment);
        for (const RowScore& rs : m_rowScores) {
            const auto [at, isNew] = m_scoreRows.try_emplace({k.id, j.id, rs.criterionId}, m_row);
            if (!isNew) { // in the campaign already
                at->second = m_row;
                ++p.existing;
                if (o.onDuplicate == OnDuplicate::Skip) {
                    ++p.skipped;
                    continue;
                }
                ++p.updated;
            } else {
                ++p.added;
            }
            Score s;
            s.jurorId = j.id;
            s.candidateId = k.id;
            s.criterionId = rs.criterionId;
            s.value = rs.value;
            s.comment = comment;
            s.at = m_at;
            s.origin = m_origin;
            p.change.scores.put.push_back(std::move(s));
        }
    }
    const Jury* juryOf(const Juror& j)
    {
        for (const Jury& y : c.juries)
            if (y.id == j.juryId)
                return &y;
        return nullptr;
    }
    std::optional<double> scoreValue(int col, const QString& text, const Jury* jury)
    {
        const auto v = parseDecimal(text);
        if (!v) {
            report(col, text, Import::tr("Expected a number (decimal comma or point)."));
            return std::nullopt;
        }
        if (!jury)
            return v;
        switch (rules::scaleFit(*v, *jury)) {
        case rules::ScaleFit::OnScale:
            return v;
        case rules::ScaleFit::Outside:
            report(col, text,
                   Import::tr("Outside the scale of the %1: from %2 to %3.")
                       .arg(jury->name, QString::number(jury->scaleMin), QString::number(jury->scaleMax)));
            return std::nullopt;
        case rules::ScaleFit::OffStep:
            report(col, text,
                   Import::tr("Off the step of the %1's scale: scores go by %2 from %3.")
                       .arg(jury->name, QString::number(jury->scaleStep), QString::number(jury->scaleMin)));
            return std::nullopt;
        }
        return std::nullopt;
    }

public:
    QString m_origin;

private:
    struct RowScore {
        Id criterionId;
        double value;
        int column;
    };

    const Campaign& c;
    const SheetTable& t;
    const ImportOptions& o;
    ImportPlan& p;
    const QStringList* m_cells = nullptr;
    int m_row = 0;              // of the sheet, for the problems
    bool m_rowHasError = false; // an error makes the whole row rejected

    Finder<Candidate> m_candidates;
    Finder<Juror> m_jurors;
    Finder<Jury> m_juries;
    Finder<Criterion> m_criteria;
    Finder<Building> m_buildings;
    Finder<Resource> m_resources;
    QHash<QString, int> m_candidateMemo, m_jurorMemo, m_criterionMemo;
    std::unordered_set<std::pair<Id, Id>, KeyHash> m_conflicts;
    // Every score's key, with the row of the file that gives it (0: only in the campaign).
    // Its million nodes come from one pool, given back at once.
    std::pmr::monotonic_buffer_resource m_scorePool;
    std::pmr::unordered_map<std::tuple<Id, Id, Id>, int, KeyHash> m_scoreRows{&m_scorePool};
    std::unordered_map<std::pair<Id, Id>, int, KeyHash> m_filePairs;
    std::vector<RowScore> m_rowScores;
    ScoreColumns m_sc;
    QDateTime m_at;
    QHash<QString, int> m_fileSirets, m_fileKeys;
    std::unordered_set<int> m_registrationNumbers;
    QSet<int> m_fileRegistrations;
    int m_maxRegistration = 0;
    Id m_nextCandidateId = 1, m_nextJurorId = 1, m_nextBuildingId = 1, m_nextFlowId = 1;
};

} // namespace

int ImportPlan::errorCount() const
{
    int n = 0;
    for (const ImportProblem& p : problems)
        n += p.severity == ImportProblem::Error;
    return n;
}

int ImportPlan::warningCount() const
{
    return int(problems.size()) - errorCount();
}

const std::vector<ImportKind>& Import::kinds()
{
    static const std::vector<ImportKind> all{ImportKind::Candidates, ImportKind::Jurors, ImportKind::Conflicts,
                                             ImportKind::Buildings, ImportKind::Scores};
    return all;
}

QString Import::kindKey(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Candidates:
        return QStringLiteral("candidates");
    case ImportKind::Jurors:
        return QStringLiteral("jurors");
    case ImportKind::Conflicts:
        return QStringLiteral("conflicts");
    case ImportKind::Buildings:
        return QStringLiteral("buildings");
    case ImportKind::Scores:
        return QStringLiteral("scores");
    }
    return {};
}

std::optional<ImportKind> Import::kindFromKey(const QString& key)
{
    for (ImportKind k : kinds())
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

QString Import::kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Candidates:
        return tr("Candidates");
    case ImportKind::Jurors:
        return tr("Jurors");
    case ImportKind::Conflicts:
        return tr("Conflicts of interest");
    case ImportKind::Buildings:
        return tr("Buildings");
    case ImportKind::Scores:
        return tr("Scores");
    }
    return {};
}

std::vector<ImportField> Import::fields(ImportKind kind, const Campaign& campaign)
{
    switch (kind) {
    case ImportKind::Candidates:
        return {
            field("name", "Raison sociale", tr("Company name"),
                  {"Nom de l'entreprise", "Entreprise", "Société", "Nom", "Structure", "Dénomination", "Company",
                   "Company name", "Name"},
                  true),
            field("siret", "SIRET", tr("SIRET"), {"N° SIRET", "Numéro SIRET", "SIRET number"}),
            field("registration_no", "N° d'inscription", tr("Registration number"),
                  {"Numéro d'inscription", "N° de dossier", "Numéro de dossier", "Dossier", "Registration number",
                   "Registration no", "Application number"}),
            field("legal_form", "Forme juridique", tr("Legal form"), {"Statut juridique", "Legal form"}),
            field("ess", "ESS", tr("Social economy (ESS)"),
                  {"Économie sociale et solidaire", "Entreprise ESS", "Social economy"}),
            field("naf", "Code NAF", tr("NAF code"), {"NAF", "Code APE", "APE", "NAF code"}),
            field("contact_name", "Contact", tr("Contact"),
                  {"Nom du contact", "Personne à contacter", "Représentant", "Contact name"}),
            field("contact_email", "Courriel", tr("E-mail"),
                  {"E-mail", "Email", "Adresse e-mail", "Adresse électronique", "Mail", "Courriel du contact",
                   "Contact email", "Contact e-mail"}),
            field("contact_phone", "Téléphone", tr("Phone"), {"Tél", "Tel", "Phone", "Contact phone", "Telephone"}),
            field("project_title", "Titre du projet", tr("Project title"),
                  {"Projet", "Intitulé du projet", "Nom du projet", "Project title", "Project"}),
            field("description", "Description du projet", tr("Description"),
                  {"Description", "Présentation du projet", "Project description"}),
            field("requested_surface", "Surface demandée (m²)", tr("Requested surface (m²)"),
                  {"Surface demandée", "Surface souhaitée", "Surface (m²)", "Surface", "m²", "Requested surface",
                   "Requested surface (m²)", "Area"},
                  true),
            field("wanted_use", "Usage souhaité", tr("Wanted use"),
                  {"Usage", "Type d'usage", "Type de local", "Wanted use", "Use type", "Use"}),
            field("preferred_building", "Bâtiment souhaité", tr("Preferred building"),
                  {"Bâtiment", "Bâtiment préféré", "Preferred building", "Building"}),
            field("jobs_fte", "Emplois créés (ETP)", tr("Jobs created (FTE)"),
                  {"Emplois créés", "Emplois", "ETP", "Jobs", "Jobs (FTE)", "Jobs created", "FTE"}),
            field("wanted_start", "Date d'installation souhaitée", tr("Wanted start"),
                  {"Date d'installation", "Date de démarrage", "Démarrage souhaité", "Wanted start", "Start date"}),
            field("status", "Statut du dossier", tr("Status"), {"Statut", "État", "Status"}),
            field("status_reason", "Motif", tr("Status reason"),
                  {"Motif d'irrecevabilité", "Raison", "Status reason", "Reason"}),
            field("received_at", "Date de dépôt", tr("Received"),
                  {"Déposé le", "Reçu le", "Date de réception", "Horodateur", "Horodatage", "Received", "Received at",
                   "Submitted", "Timestamp"}),
            field("flows", "Flux", tr("Resource flows"),
                  {"Flux de ressources", "Ressources", "Flows", "Resource flows"}),
        };
    case ImportKind::Jurors:
        return {
            field("name", "Nom du juré", tr("Juror's name"),
                  {"Juré", "Nom", "Nom et prénom", "Prénom et nom", "Juror", "Juror name", "Name"}, true),
            field("jury", "Jury", tr("Jury"), {"Collège", "Jury code", "Jury name"}, true),
            field("email", "Courriel", tr("E-mail"), {"E-mail", "Email", "Adresse e-mail", "Mail"}),
            field("organisation", "Organisme", tr("Organisation"),
                  {"Organisation", "Structure", "Institution", "Organization"}),
        };
    case ImportKind::Conflicts:
        return {
            field("juror", "Juré", tr("Juror"), {"Nom du juré", "Juror", "Juror name"}, true),
            field("candidate", "Candidat", tr("Candidate"),
                  {"Raison sociale", "Entreprise", "SIRET", "Candidate", "Company"}, true),
            field("reason", "Motif", tr("Reason"), {"Raison", "Motif du conflit", "Reason"}),
        };
    case ImportKind::Buildings:
        return {
            field("name", "Bâtiment", tr("Building"), {"Nom du bâtiment", "Nom", "Building", "Name"}, true),
            field("surface", "Surface (m²)", tr("Surface (m²)"), {"Surface", "Surface m²", "Area", "Area (m²)"}, true),
            field("use_type", "Usage", tr("Use type"), {"Type d'usage", "Usage principal", "Use type", "Use"}, true),
            field("accepted_uses", "Autres usages acceptés", tr("Other accepted uses"),
                  {"Usages acceptés", "Accepted uses"}),
            field("notes", "Notes", tr("Notes"), {"Remarques", "Commentaire", "Notes"}),
        };
    case ImportKind::Scores: {
        std::vector<ImportField> out{
            field("juror", "Juré", tr("Juror"), {"Nom du juré", "Juror", "Juror name"}, true),
            field("candidate", "Candidat", tr("Candidate"),
                  {"Raison sociale", "Entreprise", "SIRET", "Candidate", "Company"}, true),
            field("criterion", "Critère", tr("Criterion (long form)"), {"Code du critère", "Criterion"}),
            field("value", "Note", tr("Score (long form)"), {"Score", "Valeur", "Value", "Points"}),
            field("comment", "Commentaire", tr("Comment"), {"Commentaires", "Remarque", "Comment"}),
        };
        for (const Criterion& k : campaign.criteria) {
            ImportField f;
            f.key = scoreColumnKey(k);
            f.header = k.name;
            f.label = tr("Score: %1").arg(k.name);
            f.aliases << k.code;
            f.criterionId = k.id;
            out.push_back(f);
        }
        return out;
    }
    }
    return {};
}

ImportMapping Import::guessMapping(ImportKind kind, const Campaign& campaign, const QStringList& headers)
{
    const std::vector<ImportField> all = fields(kind, campaign);
    ImportMapping mapping;
    std::vector<bool> used(size_t(headers.size()), false);
    QStringList folded;
    for (const QString& h : headers)
        folded << fold(h);

    // 1. What this campaign remembers for these headers.
    const QJsonObject remembered =
        QJsonDocument::fromJson(campaign.settings.importMappings.toUtf8()).object().value(kindKey(kind)).toObject();
    for (const ImportField& f : all) {
        const QString header = remembered.value(f.key).toString();
        const qsizetype col = header.isEmpty() ? -1 : headers.indexOf(header);
        if (col >= 0 && !used[size_t(col)]) {
            mapping[f.key] = int(col);
            used[size_t(col)] = true;
        }
    }
    // 2. The exact header, then every name it is known by; 3. a header starting with one.
    for (int pass = 0; pass < 2; ++pass) {
        for (const ImportField& f : all) {
            if (mapping.count(f.key))
                continue;
            QStringList names{fold(f.header)};
            for (const QString& a : f.aliases)
                names << fold(a);
            for (int col = 0; col < headers.size() && !mapping.count(f.key); ++col) {
                if (used[size_t(col)] || folded.at(col).isEmpty())
                    continue;
                for (const QString& n : names) {
                    if (n.isEmpty())
                        continue;
                    const bool match =
                        pass == 0 ? folded.at(col) == n : (n.size() >= 4 && folded.at(col).startsWith(n));
                    if (match) {
                        mapping[f.key] = col;
                        used[size_t(col)] = true;
                        break;
                    }
                }
            }
        }
    }
    return mapping;
}

std::optional<ImportMapping> Import::mappingFromJson(ImportKind kind, const Campaign& campaign, const QJsonObject& json,
                                                     const QStringList& headers, QString* error)
{
    const QJsonObject columns =
        json.contains(QStringLiteral("columns")) ? json.value(QStringLiteral("columns")).toObject() : json;
    QSet<QString> known;
    for (const ImportField& f : fields(kind, campaign))
        known.insert(f.key);
    ImportMapping mapping;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = tr("The mapping names an unknown field \"%1\" for %2.").arg(it.key(), kindName(kind));
            return std::nullopt;
        }
        int col = -1;
        if (it.value().isDouble()) {
            col = it.value().toInt() - 1;
            if (col < 0 || col >= headers.size()) {
                *error = tr("The mapping puts \"%1\" in column %2, but the sheet has %3 columns.")
                             .arg(it.key())
                             .arg(it.value().toInt())
                             .arg(headers.size());
                return std::nullopt;
            }
        } else {
            const QString header = it.value().toString();
            col = int(headers.indexOf(header));
            if (col < 0) {
                for (int i = 0; i < headers.size() && col < 0; ++i)
                    if (fold(headers.at(i)) == fold(header))
                        col = i;
            }
            if (col < 0) {
                *error = tr("The mapping puts \"%1\" in the column \"%2\", which the sheet does not have.")
                             .arg(it.key(), header);
                return std::nullopt;
            }
        }
        mapping[it.key()] = col;
    }
    return mapping;
}

QJsonObject Import::mappingToJson(const ImportMapping& mapping, const QStringList& headers)
{
    QJsonObject out;
    for (const auto& [key, col] : mapping)
        if (col >= 0 && col < headers.size())
            out.insert(key, headers.at(col));
    return out;
}

QString Import::rememberMapping(const QString& stored, ImportKind kind, const ImportMapping& mapping,
                                const QStringList& headers)
{
    QJsonObject all = QJsonDocument::fromJson(stored.toUtf8()).object();
    all.insert(kindKey(kind), mappingToJson(mapping, headers));
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

QStringList Import::missingFields(ImportKind kind, const Campaign& campaign, const ImportMapping& mapping)
{
    QStringList missing;
    const std::vector<ImportField> all = fields(kind, campaign);
    for (const ImportField& f : all)
        if (f.required && !mapping.count(f.key))
            missing << f.label;
    if (kind == ImportKind::Scores) {
        if (isLongForm(mapping)) {
            for (const ImportField& f : all)
                if ((f.key == QLatin1String("criterion") || f.key == QLatin1String("value")) && !mapping.count(f.key))
                    missing << f.label;
        } else {
            bool anyCriterion = false;
            for (const auto& entry : mapping)
                anyCriterion = anyCriterion || entry.first.startsWith(QLatin1String("criterion:"));
            if (!anyCriterion)
                missing << tr("Criterion and score (long form), or one column per criterion (wide form)");
        }
    }
    return missing;
}

ImportPlan Import::plan(const Campaign& campaign, const SheetTable& table, const ImportOptions& options,
                        const Progress& progress)
{
    ImportPlan plan;
    plan.kind = options.kind;
    plan.fileName = table.fileName;
    plan.sheet = table.sheet;
    plan.rows = int(table.size());
    Planner planner(campaign, table, options, plan);
    planner.m_origin = QStringLiteral("import:") + table.fileName;
    if (!planner.run(progress)) {
        plan.change = Change();
        return plan;
    }
    Change& change = plan.change;
    if (!change.isEmpty()) {
        CampaignSettings settings = campaign.settings;
        settings.importMappings =
            rememberMapping(campaign.settings.importMappings, options.kind, options.mapping, table.headers);
        if (settings.importMappings != campaign.settings.importMappings)
            change.settings = settings;
        change.text = tr("Import of %1 from %2").arg(kindName(options.kind).toLower(), table.fileName);
        QStringList note;
        if (!table.sheet.isEmpty())
            note << tr("sheet %1").arg(table.sheet);
        if (!table.sha256.isEmpty())
            note << tr("SHA-256 %1").arg(table.sha256);
        note << tr("%n row(s) added", nullptr, plan.added) << tr("%n updated", nullptr, plan.updated)
             << tr("%n skipped", nullptr, plan.skipped) << tr("%n rejected", nullptr, plan.rejected);
        change.note = note.join(QStringLiteral(", "));
    }
    return plan;
}

QByteArray Import::reportCsv(const ImportPlan& plan)
{
    QString out = ResultFormat::csvLine(
        {tr("File"), tr("Sheet"), tr("Row"), tr("Column"), tr("Value"), tr("Severity"), tr("Reason")});
    for (const ImportProblem& p : plan.problems)
        out += ResultFormat::csvLine({plan.fileName, plan.sheet, QString::number(p.row), p.column, p.value,
                                      p.severity == ImportProblem::Error ? tr("error") : tr("warning"), p.reason});
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

bool Import::writeTemplate(const QString& path, ImportKind kind, const Campaign& campaign, bool wide, QString* error)
{
    QStringList headers;
    for (const ImportField& f : fields(kind, campaign)) {
        if (kind == ImportKind::Scores) {
            const bool criterionColumn = f.criterionId != 0;
            const bool longOnly = f.key == QLatin1String("criterion") || f.key == QLatin1String("value");
            if ((wide && longOnly) || (!wide && criterionColumn))
                continue;
        }
        headers << f.header;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        file.write(QByteArray("\xEF\xBB\xBF") + ResultFormat::csvLine(headers).toUtf8());
        if (!file.commit()) {
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        return true;
    }
    if (suffix != QLatin1String("xlsx")) {
        *error = tr("A template is written as .csv or .xlsx, not \"%1\".").arg(QFileInfo(path).fileName());
        return false;
    }
    // libxlsxwriter writes the file itself: into a temporary name in the same folder,
    // renamed over `path` once complete.
    const QFileInfo info(path);
    const QString temporary = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".part");
    QFile::remove(temporary);
    const QByteArray nativeTemp = QFile::encodeName(temporary);
    lxw_workbook* book = workbook_new(nativeTemp.constData());
    if (!book) {
        *error = tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QByteArray sheetName = kindName(kind).left(31).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(book, sheetName.constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_text_wrap(bold);
    for (int col = 0; col < headers.size(); ++col) {
        const QByteArray text = headers.at(col).toUtf8();
        worksheet_write_string(sheet, 0, lxw_col_t(col), text.constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(col), lxw_col_t(col), std::max(12.0, double(headers.at(col).size()) + 2),
                             nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        QFile::remove(temporary);
        *error =
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    if (std::rename(nativeTemp.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        *error = tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

} // namespace palmares
