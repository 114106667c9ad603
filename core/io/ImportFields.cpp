// SPDX-License-Identifier: GPL-3.0-or-later
// The kinds of import and the fields a column of each can be mapped to, with the headers
// a template writes and the names a header is recognised by.
#include "core/io/Import.h"

#include "core/io/ImportKinds.h"

#include <initializer_list>

namespace palmares {

namespace {

constexpr QLatin1String criterionColumnPrefix("criterion:");

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

} // namespace

namespace importing {

QString criterionColumnKey(const QString& code)
{
    return QString(criterionColumnPrefix) + code;
}

bool isCriterionColumn(const QString& key)
{
    return key.startsWith(criterionColumnPrefix);
}

QString criterionColumnCode(const QString& key)
{
    return key.mid(criterionColumnPrefix.size());
}

bool isLongForm(const ImportMapping& mapping)
{
    return mapping.count(QStringLiteral("criterion")) || mapping.count(QStringLiteral("value"));
}

} // namespace importing

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
            f.key = importing::criterionColumnKey(k.code);
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

} // namespace palmares
