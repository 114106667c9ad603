// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/Fingerprint.h"

#include "core/model/Codes.h"

#include <QCryptographicHash>
#include <QLocale>

#include <algorithm>

namespace palmares::fingerprint {

namespace {

// One row: fields joined by tabs, ended by a line feed. Text is UTF-8 with \, tab, line feed
// and carriage return escaped; numbers are the shortest decimal that reads back exactly, with
// a point; a missing number is empty.
class Row {
public:
    Row& text(const QString& value)
    {
        QByteArray bytes = value.toUtf8();
        bytes.replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n").replace('\r', "\\r");
        return field(bytes);
    }
    Row& number(double value) { return field(QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1()); }
    Row& optional(const std::optional<double>& value) { return value ? number(*value) : field(QByteArray()); }
    Row& integer(qint64 value) { return field(QByteArray::number(value)); }
    Row& flag(bool value) { return field(value ? "1" : "0"); }
    QByteArray line() const { return m_bytes + '\n'; }

private:
    Row& field(const QByteArray& bytes)
    {
        if (m_any)
            m_bytes += '\t';
        m_bytes += bytes;
        m_any = true;
        return *this;
    }
    QByteArray m_bytes;
    bool m_any = false;
};

// The rows of `table`, each made by `row`, sorted by their text (their first field is their
// id or key, so this is id order for tables with ids).
template<typename T, typename F> QByteArray rows(const std::vector<T>& table, F row)
{
    std::vector<QByteArray> lines;
    lines.reserve(table.size());
    for (const T& t : table)
        lines.push_back(row(t).line());
    std::sort(lines.begin(), lines.end());
    QByteArray out;
    for (const QByteArray& l : lines)
        out += l;
    return out;
}

Part part(const QString& table, QByteArray text)
{
    Part p;
    p.table = table;
    p.sha256 = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    p.text = std::move(text);
    return p;
}

// An id padded, first in its row, so that sorting the lines as bytes sorts them by id.
QString padded(Id id)
{
    return QString::number(id).rightJustified(12, QLatin1Char('0'));
}

} // namespace

std::vector<Part> parts(const Campaign& c)
{
    std::vector<Part> out;
    const CampaignSettings& s = c.settings;
    out.push_back(part(QStringLiteral("rules"), Row()
                                                    .number(s.rentableSurfaceOverride)
                                                    .number(s.fillTargetPct)
                                                    .flag(s.countLand)
                                                    .text(codes::aggregation(s.aggregation))
                                                    .flag(s.debias)
                                                    .text(codes::tieChain(effectiveTieChain(c)))
                                                    .text(codes::selectionRule(s.selectionRule))
                                                    .number(s.juryStdDevThreshold)
                                                    .number(s.juryGapThreshold)
                                                    .integer(s.waitingListSize)
                                                    .line()));
    out.push_back(part(QStringLiteral("buildings"), rows(c.buildings, [](const Building& b) {
                           QStringList uses = b.acceptedUses;
                           uses.sort();
                           return Row()
                               .text(padded(b.id))
                               .text(b.name)
                               .number(b.surface)
                               .text(b.useType)
                               .text(uses.join(QLatin1Char(',')));
                       })));
    out.push_back(part(QStringLiteral("pillars"), rows(c.pillars, [](const Pillar& p) {
                           return Row()
                               .text(padded(p.id))
                               .text(p.code)
                               .text(p.name)
                               .number(p.weight)
                               .optional(p.eliminatoryThreshold)
                               .integer(p.position);
                       })));
    out.push_back(part(QStringLiteral("criteria"), rows(c.criteria, [](const Criterion& k) {
                           return Row()
                               .text(padded(k.id))
                               .integer(k.pillarId)
                               .text(k.code)
                               .text(k.name)
                               .number(k.weight)
                               .integer(k.position);
                       })));
    out.push_back(part(QStringLiteral("juries"), rows(c.juries, [](const Jury& j) {
                           return Row()
                               .text(padded(j.id))
                               .text(j.code)
                               .text(j.name)
                               .number(j.weight)
                               .number(j.scaleMin)
                               .number(j.scaleMax)
                               .number(j.scaleStep)
                               .integer(j.quorum)
                               .integer(j.position);
                       })));
    out.push_back(part(QStringLiteral("jurors"), rows(c.jurors, [](const Juror& j) {
                           return Row().text(padded(j.id)).integer(j.juryId).text(j.name);
                       })));
    out.push_back(part(QStringLiteral("candidates"), rows(c.candidates, [](const Candidate& k) {
                           return Row()
                               .text(padded(k.id))
                               .integer(k.registrationNo)
                               .text(k.name)
                               .text(k.siret)
                               .number(k.requestedSurface)
                               .text(k.wantedUse)
                               .integer(k.preferredBuildingId)
                               .text(codes::candidateStatus(k.status))
                               .text(k.statusReason);
                       })));
    out.push_back(part(QStringLiteral("conflicts"), rows(c.conflicts, [](const Conflict& x) {
                           return Row().text(padded(x.jurorId)).text(padded(x.candidateId));
                       })));
    out.push_back(part(QStringLiteral("scores"), rows(c.scores, [](const Score& x) {
                           return Row()
                               .text(padded(x.candidateId))
                               .text(padded(x.jurorId))
                               .text(padded(x.criterionId))
                               .number(x.value);
                       })));
    out.push_back(part(QStringLiteral("decisions"), rows(c.decisions, [](const Decision& d) {
                           return Row()
                               .text(padded(d.candidateId))
                               .text(codes::decision(d.kind))
                               .integer(d.buildingId)
                               .text(codes::override_(d.override_))
                               .text(d.justification);
                       })));
    return out;
}

QByteArray canonical(const std::vector<Part>& parts)
{
    QByteArray out("palmares-fingerprint " + QByteArray::number(format) + '\n');
    for (const Part& p : parts)
        out += p.table.toUtf8() + ' ' + p.sha256.toHex() + '\n';
    return out;
}

QString of(const std::vector<Part>& parts)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(parts), QCryptographicHash::Sha256).toHex());
}

QString of(const Campaign& campaign)
{
    return of(parts(campaign));
}

std::vector<TableDigest> digests(const std::vector<Part>& parts)
{
    std::vector<TableDigest> out;
    out.reserve(parts.size());
    for (const Part& p : parts)
        out.push_back({p.table, p.sha256});
    return out;
}

QStringList changedTables(const std::vector<TableDigest>& then, const std::vector<Part>& now)
{
    QStringList changed;
    const auto recorded = [&](const QString& table) -> const TableDigest* {
        for (const TableDigest& d : then) {
            if (d.table == table)
                return &d;
        }
        return nullptr;
    };
    for (const Part& p : now) {
        const TableDigest* d = recorded(p.table);
        if (!d || d->sha256 != p.sha256)
            changed << p.table;
    }
    for (const TableDigest& d : then) {
        const bool kept = std::any_of(now.begin(), now.end(), [&](const Part& p) { return p.table == d.table; });
        if (!kept)
            changed << d.table;
    }
    return changed;
}

std::vector<Standing> standings(const Campaign& campaign, const std::vector<Part>& now)
{
    std::vector<Standing> out;
    out.reserve(campaign.issued.size());
    for (const IssuedReport& r : campaign.issued)
        out.push_back({&r, changedTables(r.digests, now)});
    return out;
}

} // namespace palmares::fingerprint
