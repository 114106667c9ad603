// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Plain domain data of one campaign (DESIGN section 3). No behaviour, no storage, no
// Qt object model: storage fills these, the engine reads them, models show them.
namespace palmares {

using Id = qint64;

enum class CampaignStatus { Draft, Open, Scoring, Deliberation, Closed };
enum class Aggregation { Mean, Median, TrimmedMean };
enum class SelectionRule { Greedy, BestValue };
enum class CandidateStatus { Received, Eligible, Ineligible, Withdrawn };
enum class FlowDirection { Output, Input };
enum class DecisionKind { None, Laureate, Waiting, Rejected };
enum class Override { None, ForcedIn, ForcedOut };

// Use types of buildings and requests; stored as their French code (DOMAIN.md).
inline const QStringList& useTypeCodes()
{
    static const QStringList codes{QStringLiteral("bureau"),   QStringLiteral("atelier"),
                                   QStringLiteral("logement"), QStringLiteral("service"),
                                   QStringLiteral("stockage"), QStringLiteral("restauration"),
                                   QStringLiteral("terrain"),  QStringLiteral("mixte")};
    return codes;
}
inline const QString landUse()
{
    return QStringLiteral("terrain");
}

// One key of the tie-break chain: the final score, a jury's total (by jury code), or
// the registration order. The chain always ends with registration order.
struct TieKey {
    enum Kind { Final, JuryTotal, Registration } kind = Final;
    QString juryCode;
    bool operator==(const TieKey& o) const { return kind == o.kind && juryCode == o.juryCode; }
};

struct CampaignSettings {
    QString name;
    QString territory;
    QDate startDate;
    QDate endDate;
    CampaignStatus status = CampaignStatus::Draft;
    double rentableSurfaceOverride = 0; // m²; 0 means "sum of building surfaces"
    double fillTargetPct = 80;
    bool countLand = false; // do `terrain` units count towards the fill?
    Aggregation aggregation = Aggregation::Mean;
    bool debias = false;
    std::vector<TieKey> tieChain; // empty: final, then each jury by position, then registration
    SelectionRule selectionRule = SelectionRule::Greedy;
    double juryStdDevThreshold = 20; // points on 0–100: SD of juror totals within a jury
    double juryGapThreshold = 20;    // points on 0–100: gap between jury totals
    int waitingListSize = 10;        // 0: every remaining selectable candidate
    // The import wizard's column mappings, as JSON: {kind: {field: column header}}.
    QString importMappings;
    // 16 random bytes the campaign file was given when it was made (read from the file,
    // never written by a change): what a juror package names as its campaign.
    QByteArray identity;
};

struct Building {
    Id id = 0;
    QString name;
    double surface = 0; // m²
    QString useType;
    QStringList acceptedUses; // besides its own use type
    QString notes;
};

struct Pillar {
    Id id = 0;
    QString code;
    QString name;
    double weight = 1;
    std::optional<double> eliminatoryThreshold; // 0–100, on the combined pillar score
    int position = 0;
};

struct RubricLevel {
    QString label;       // "Faible", "Moyen", "Élevé"
    QString description; // what that level means for this criterion
};

struct Criterion {
    Id id = 0;
    Id pillarId = 0;
    QString code;
    QString name;
    double weight = 1;
    std::vector<RubricLevel> rubric; // low → high
    int position = 0;
};

struct Jury {
    Id id = 0;
    QString code; // "expert", "citizen"
    QString name;
    double weight = 1;
    double scaleMin = 0;
    double scaleMax = 10;
    double scaleStep = 1;
    int quorum = 1;
    int position = 0;
};

struct Juror {
    Id id = 0;
    Id juryId = 0;
    QString name;
    QString email;
    QString organisation;
};

struct Conflict {
    Id jurorId = 0;
    Id candidateId = 0;
    QString reason;
};

struct Candidate {
    Id id = 0;
    int registrationNo = 0; // application order
    QString name;
    QString siret;
    QString legalForm;
    bool ess = false;
    QString nafCode;
    QString contactName;
    QString contactEmail;
    QString contactPhone;
    QString projectTitle;
    QString description;
    double requestedSurface = 0; // m²
    QString wantedUse;
    Id preferredBuildingId = 0; // 0: none
    double jobsFte = 0;
    QDate wantedStart;
    CandidateStatus status = CandidateStatus::Received;
    QString statusReason;
    QDateTime receivedAt;
};

struct Attachment {
    Id id = 0;
    Id candidateId = 0;
    QString fileName;
    QString mimeType;
    QByteArray data;
    QDateTime addedAt;
};

// Kept small on purpose: a large campaign holds 1.5 million of them.
struct Score {
    Id jurorId = 0;
    Id candidateId = 0;
    Id criterionId = 0;
    double value = 0;
    QString comment;
    QDateTime at;
    QString origin; // "entered", "paper", "package:<file>", "demo"
};

struct Resource {
    Id id = 0;
    QString code;
    QString name;
    QString category;
};

struct Occupant {
    Id id = 0;
    QString name;
    QString siret;
    QString description;
    Id buildingId = 0;
};

// A company's declared flow; exactly one of candidateId / occupantId is set.
struct Flow {
    Id id = 0;
    Id candidateId = 0;
    Id occupantId = 0;
    Id resourceId = 0;
    FlowDirection direction = FlowDirection::Output;
    double quantity = 0; // per year; 0: not given
    QString unit;
};

struct Decision {
    Id candidateId = 0;
    DecisionKind kind = DecisionKind::None;
    Id buildingId = 0;
    Override override_ = Override::None;
    QString justification;
    QDateTime decidedAt;
};

// What the campaign keeps of a juror's package (docs/juror-package.md): the passphrase
// printed on the juror's letter, with which the organizer opens what comes back, and when
// the package was last exported, returned and submitted.
struct JurorPackage {
    Id jurorId = 0;
    QString passphrase;
    QDateTime exportedAt;
    QDateTime returnedAt;    // invalid: nothing came back yet
    QDateTime submittedAt;   // invalid: not submitted by the juror
    QByteArray returnSha256; // of the last file imported: importing it again changes nothing
};

// The record of the jury's deliberation session, from which the minutes are written: when
// and where it was held, who chaired it, which jurors were present (whether each jury had
// its quorum: rules::sessionQuorum), and notes. A campaign has one session at most, and
// none until it is recorded. The rules in force are the campaign's own, fixed since scoring
// (docs/lifecycle.md): the minutes read them there.
struct DeliberationSession {
    Id id = 1; // always 1: the campaign's one session
    QDateTime heldAt;
    QString place;
    QString chair;                 // the person chairing it
    std::vector<Id> jurorsPresent; // juror ids, ascending, each once
    QString notes;                 // optional
};

// A document that carries the fingerprint of the campaign's result (docs/fingerprint.md).
enum class IssuedDocument { Report, Minutes, Workbook };

// One table's digest in a fingerprint: « scores » and the SHA-256 of its part.
struct TableDigest {
    QString table;
    QByteArray sha256;
};

// The record of a document written from the campaign with its fingerprint: what it was, for
// whom, when, under which name, and the digest of each table, so that `verify` can say
// which table changed since. A fact about what left the application, not an edit of the
// campaign: recorded in every status, never undone.
struct IssuedReport {
    Id id = 0;
    QDateTime issuedAt;
    IssuedDocument document = IssuedDocument::Report;
    bool publicVersion = false;       // the public version: no juror's name, comment or contact
    QString fileName;                 // the file's name, without its folder
    int format = 1;                   // of the fingerprint: « palmares-fingerprint 1 »
    QString fingerprint;              // 64 hexadecimal digits, lower case
    std::vector<TableDigest> digests; // in the fingerprint's order
};

// Everything in one campaign file. Attachments' bytes are not loaded here.
struct Campaign {
    CampaignSettings settings;
    std::vector<Building> buildings;
    std::vector<Pillar> pillars;
    std::vector<Criterion> criteria;
    std::vector<Jury> juries;
    std::vector<Juror> jurors;
    std::vector<Conflict> conflicts;
    std::vector<Candidate> candidates;
    std::vector<Score> scores;
    std::vector<Resource> resources;
    std::vector<Occupant> occupants;
    std::vector<Flow> flows;
    std::vector<Decision> decisions;
    std::vector<Attachment> attachments; // without their bytes: CampaignFile::attachmentData
    std::vector<JurorPackage> packages;
    std::vector<DeliberationSession> sessions; // none or one: deliberationSession()
    std::vector<IssuedReport> issued;          // oldest first
};

// What a list of campaigns shows of a campaign file without loading it: its name, status,
// number of candidates and last change (the journal's last entry, or the file's own date).
struct CampaignCard {
    QString name;
    CampaignStatus status = CampaignStatus::Draft;
    int candidates = 0;
    QDateTime lastChange;
};

// Rentable surface: explicit when set, else the sum of the buildings that count.
double rentableSurface(const Campaign& campaign);
// Capacity of the selection: rentable surface × fill target.
double fillCapacity(const Campaign& campaign);
// The surface a candidate's request takes from the fill (land may not count).
double surfaceForFill(const Candidate& candidate, const CampaignSettings& settings);
// The tie chain in force: the campaign's own, or the default one.
std::vector<TieKey> effectiveTieChain(const Campaign& campaign);
// The ids of the jurors of `juryId`.
QSet<Id> jurorsOf(const Campaign& campaign, Id juryId);
// The candidates a juror scores: those still in the running (received or eligible) with
// no conflict of interest with that juror, in registration order. What a package holds.
std::vector<const Candidate*> assignedTo(const Campaign& campaign, Id jurorId);
// The package record of a juror, or null.
const JurorPackage* packageOf(const Campaign& campaign, Id jurorId);
// The decision recorded for a candidate, or an empty one (no decision yet).
Decision decisionOf(const Campaign& campaign, Id candidateId);
// The deliberation session recorded, or null when there is none yet.
const DeliberationSession* deliberationSession(const Campaign& campaign);

} // namespace palmares
