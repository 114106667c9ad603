// SPDX-License-Identifier: GPL-3.0-or-later
// Candidate rows, with their resource flows.
#include "core/io/ImportKinds.h"

#include "core/io/ImportText.h"
#include "core/model/Numbers.h"
#include "core/model/Rules.h"
#include "core/model/Siret.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <unordered_set>

namespace palmares::importing {

using importtext::fold;

namespace {

// A candidate is known by its SIRET or, while its company is still being created, by its
// name. A new one gets the next free registration number unless the row gives one.
class CandidateRows {
public:
    explicit CandidateRows(ImportRow& row);
    void read();

private:
    std::vector<Flow> parseFlows(int col, const QString& text);

    ImportRow& r;
    const Campaign& c;
    FileRows<QString> m_sirets, m_names;
    std::unordered_set<int> m_registrationNumbers;
    QSet<int> m_fileRegistrations;
    int m_maxRegistration = 0;
    Id m_nextCandidateId = 1, m_nextFlowId = 1;
};

CandidateRows::CandidateRows(ImportRow& row)
    : r(row)
    , c(row.campaign())
{
    for (const Candidate& k : c.candidates) {
        m_maxRegistration = std::max(m_maxRegistration, k.registrationNo);
        m_registrationNumbers.insert(k.registrationNo);
        m_nextCandidateId = std::max(m_nextCandidateId, k.id + 1);
    }
    for (const Flow& f : c.flows)
        m_nextFlowId = std::max(m_nextFlowId, f.id + 1);
}

void CandidateRows::read()
{
    const QString name = r.required("name");
    const int siretCol = r.column("siret");
    const QString siretText = r.cell(siretCol);
    const QString siret = Siret::normalized(siretText);
    int existing = -1;
    if (siretCol >= 0) {
        if (siret.isEmpty()) {
            r.report(siretCol, siretText, Import::tr("No SIRET: allowed for a company still being created."),
                     ImportProblem::Warning);
        } else if (const auto problem = Siret::check(siret); problem != Siret::Problem::None) {
            r.report(siretCol, siretText, Siret::problemText(problem));
        } else if (const int first = m_sirets.earlier(siret, r.rowNumber())) {
            r.report(siretCol, siretText, Import::tr("Same SIRET as row %1 of this file.").arg(first));
        } else {
            const int i = r.index().candidateBySiret(siret);
            if (i >= 0)
                existing = i;
        }
    }
    if (siret.isEmpty() && !name.isEmpty()) {
        // A company still being created is known by its name.
        const QString key = fold(name);
        if (const int first = m_names.earlier(key, r.rowNumber())) {
            r.report(r.column("name"), name,
                     Import::tr("Same company, without SIRET, as row %1 of this file.").arg(first));
        } else {
            const int i = r.index().candidateWithoutSiret(key);
            if (i >= 0)
                existing = i;
        }
    }
    Candidate k;
    if (existing >= 0) {
        k = c.candidates[size_t(existing)];
    } else {
        k.receivedAt = r.options().now;
    }
    if (r.mapped("name"))
        k.name = name;
    if (siretCol >= 0)
        k.siret = siret;

    if (r.mapped("registration_no")) {
        const QString v = r.cell("registration_no");
        if (!v.isEmpty()) {
            bool ok = false;
            const int no = v.toInt(&ok);
            if (!ok || no <= 0) {
                r.report(r.column("registration_no"), v, Import::tr("Expected a whole number above zero."));
            } else if (no != k.registrationNo &&
                       (m_registrationNumbers.count(no) || m_fileRegistrations.contains(no))) {
                r.report(r.column("registration_no"), v,
                         Import::tr("Another candidate already has this registration number."));
            } else {
                k.registrationNo = no;
            }
        }
    }
    auto text = [&](const char* key, QString Candidate::*member) {
        if (r.mapped(key))
            k.*member = r.cell(key);
    };
    text("legal_form", &Candidate::legalForm);
    text("contact_name", &Candidate::contactName);
    text("contact_phone", &Candidate::contactPhone);
    text("project_title", &Candidate::projectTitle);
    text("description", &Candidate::description);
    text("status_reason", &Candidate::statusReason);
    if (r.mapped("naf"))
        k.nafCode = r.cell("naf").toUpper();
    if (r.mapped("contact_email")) {
        const QString v = r.cell("contact_email");
        if (!v.isEmpty() && !rules::validEmail(v))
            r.report(r.column("contact_email"), v, Import::tr("Not an e-mail address."));
        k.contactEmail = v;
    }
    if (r.mapped("ess")) {
        const QString v = r.cell("ess");
        if (const auto yes = importtext::parseYesNo(v))
            k.ess = *yes;
        else
            r.report(r.column("ess"), v, Import::tr("Expected yes or no (oui, non, 1, 0, x)."));
    }
    if (r.mapped("requested_surface") || existing < 0) {
        if (const auto s = r.number("requested_surface", true, true, rules::maxSurface))
            k.requestedSurface = *s;
    }
    if (r.mapped("jobs_fte")) {
        k.jobsFte = 0;
        if (const auto j = r.number("jobs_fte", false, false, rules::maxJobs))
            k.jobsFte = *j;
    }
    if (r.mapped("wanted_use")) {
        const QString v = r.cell("wanted_use");
        k.wantedUse.clear();
        if (!v.isEmpty()) {
            if (const auto code = r.useType(r.column("wanted_use"), v))
                k.wantedUse = *code;
        }
    }
    if (r.mapped("preferred_building")) {
        const QString v = r.cell("preferred_building");
        k.preferredBuildingId = 0;
        if (!v.isEmpty()) {
            const int b = r.index().buildings.lookup(fold(v));
            if (b < 0)
                r.report(r.column("preferred_building"), v,
                         Import::tr("Unknown building: no building of the site has this name."));
            else
                k.preferredBuildingId = c.buildings[size_t(b)].id;
        }
    }
    if (r.mapped("wanted_start")) {
        const QString v = r.cell("wanted_start");
        k.wantedStart = QDate();
        if (!v.isEmpty()) {
            const auto d = importtext::parseDateTime(v);
            if (!d)
                r.report(r.column("wanted_start"), v, Import::tr("Expected a date (31/12/2027 or 2027-12-31)."));
            else
                k.wantedStart = d->date();
        }
    }
    if (r.mapped("received_at")) {
        const QString v = r.cell("received_at");
        if (!v.isEmpty()) {
            const auto d = importtext::parseDateTime(v);
            if (!d)
                r.report(r.column("received_at"), v, Import::tr("Expected a date (31/12/2027 or 2027-12-31)."));
            else
                k.receivedAt = *d;
        }
    }
    if (r.mapped("status")) {
        const QString v = r.cell("status");
        if (const auto s = importtext::parseStatus(v))
            k.status = *s;
        else
            r.report(r.column("status"), v,
                     Import::tr("Unknown status; expected received, eligible, ineligible or withdrawn "
                                "(reçu, recevable, irrecevable, retiré)."));
    }
    std::vector<Flow> flows;
    const bool withFlows = r.mapped("flows");
    if (withFlows)
        flows = parseFlows(r.column("flows"), r.cell("flows"));

    if (r.hasError())
        return;
    switch (r.decide(existing >= 0)) {
    case ImportRow::Action::Skip:
        if (siret.isEmpty())
            r.report(r.column("name"), name,
                     Import::tr("A candidate without SIRET and with this name is already there: row "
                                "skipped."),
                     ImportProblem::Warning);
        else
            r.report(siretCol, siretText,
                     Import::tr("A candidate with this SIRET is already there (%1): row skipped.")
                         .arg(c.candidates[size_t(existing)].name),
                     ImportProblem::Warning);
        return;
    case ImportRow::Action::Update:
        // The row's flows replace the candidate's.
        if (withFlows) {
            for (const Flow& f : c.flows)
                if (f.candidateId == k.id)
                    r.plan().change.flows.remove.push_back(f);
        }
        break;
    case ImportRow::Action::Add:
        k.id = m_nextCandidateId++;
        if (k.registrationNo <= 0) {
            while (m_registrationNumbers.count(m_maxRegistration + 1) ||
                   m_fileRegistrations.contains(m_maxRegistration + 1))
                ++m_maxRegistration;
            k.registrationNo = ++m_maxRegistration;
        }
        break;
    }
    m_fileRegistrations.insert(k.registrationNo);
    for (Flow& f : flows) {
        f.candidateId = k.id;
        f.id = m_nextFlowId++;
        r.plan().change.flows.put.push_back(f);
    }
    r.plan().change.candidates.put.push_back(std::move(k));
}

// "sortie : drêches 40 t ; entrée : chaleur" — one flow per item.
std::vector<Flow> CandidateRows::parseFlows(int col, const QString& text)
{
    std::vector<Flow> flows;
    static const QRegularExpression items(QStringLiteral("[;\\n|]"));
    for (const QString& raw : text.split(items, Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            r.report(col, item,
                     Import::tr("A flow reads \"output: resource [quantity unit]\" or "
                                "\"input: resource\" (sortie, entrée)."));
            continue;
        }
        Flow f;
        if (const auto direction = importtext::parseFlowDirection(item.left(colon))) {
            f.direction = *direction;
        } else {
            r.report(col, item,
                     Import::tr("Unknown flow direction \"%1\"; expected output or input "
                                "(sortie, entrée).")
                         .arg(item.left(colon).trimmed()));
            continue;
        }
        QString resource = item.mid(colon + 1).trimmed();
        if (const auto q = importtext::parseQuantity(resource)) {
            if (!rules::validQuantity(q->amount)) {
                r.report(col, item,
                         Import::tr("A flow's yearly quantity is a number from 0 to %1.")
                             .arg(QLocale().toString(rules::maxQuantity, 'f', 0)));
                continue;
            }
            resource = q->name;
            f.quantity = q->amount;
            f.unit = q->unit;
        }
        const int found = r.index().resources.lookup(fold(resource));
        if (found < 0) {
            r.report(col, item,
                     Import::tr("Unknown resource \"%1\": give a code or a name of the resource list.").arg(resource));
            continue;
        }
        f.resourceId = c.resources[size_t(found)].id;
        flows.push_back(f);
    }
    return flows;
}

} // namespace

bool planCandidates(ImportRow& row, const Progress& progress)
{
    CandidateRows rows(row);
    return row.readAll(progress, [&rows] { rows.read(); });
}

} // namespace palmares::importing
