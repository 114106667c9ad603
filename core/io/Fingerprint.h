// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

// The fingerprint of a campaign's result (docs/fingerprint.md): SHA-256 over a canonical
// serialisation of what the result is computed from — the rules, the site, the pillars and
// criteria, the juries and jurors, the candidates, the conflicts, the scores and the
// decisions — never over a report's bytes. Rows are in id order and numbers in their
// shortest exact form, so that the same inputs give the same fingerprint whatever the
// order they were stored or imported in, on any machine.
namespace palmares::fingerprint {

// The format of the serialisation, named on the first line of canonical().
constexpr int format = 1;

// One table's part of the serialisation, and its SHA-256.
struct Part {
    QString table; // « rules », « scores »…
    QByteArray text;
    QByteArray sha256;
};

// The parts, in their fixed order.
std::vector<Part> parts(const Campaign& campaign);

// What the fingerprint is the SHA-256 of: a first line naming the format, then a line per
// part with its table and its SHA-256 in hexadecimal.
QByteArray canonical(const std::vector<Part>& parts);

// The fingerprint, in lower-case hexadecimal (64 digits).
QString of(const Campaign& campaign);
QString of(const std::vector<Part>& parts);

// Each part's table and digest, as a report issued records them.
std::vector<TableDigest> digests(const std::vector<Part>& parts);

// The tables whose digest differs between `then` (recorded when a report was issued) and
// `now`, in the order of `now` (a table that one has and the other not differs too); empty
// when the campaign still gives that report's result.
QStringList changedTables(const std::vector<TableDigest>& then, const std::vector<Part>& now);

// Where each report `campaign` issued stands today: the tables changed since (none: it
// still gives that report's result). In the order of campaign.issued.
struct Standing {
    const IssuedReport* report = nullptr;
    QStringList changed;
    bool holds() const { return changed.isEmpty(); }
};
std::vector<Standing> standings(const Campaign& campaign, const std::vector<Part>& now);

} // namespace palmares::fingerprint
