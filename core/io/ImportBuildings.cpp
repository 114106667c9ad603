// SPDX-License-Identifier: GPL-3.0-or-later
// Building rows: the site's buildings, known by their name.
#include "core/io/ImportKinds.h"

#include "core/io/ImportText.h"
#include "core/model/Rules.h"

#include <QRegularExpression>

#include <algorithm>

namespace palmares::importing {

namespace {

class BuildingRows {
public:
    explicit BuildingRows(ImportRow& row);
    void read();

private:
    ImportRow& r;
    FileRows<QString> m_names;
    Id m_nextBuildingId = 1;
};

BuildingRows::BuildingRows(ImportRow& row)
    : r(row)
{
    for (const Building& b : row.campaign().buildings)
        m_nextBuildingId = std::max(m_nextBuildingId, b.id + 1);
}

void BuildingRows::read()
{
    const QString name = r.required("name");
    const auto surface = r.number("surface", true, true, rules::maxSurface);
    const QString use = r.required("use_type");
    std::optional<QString> useCode;
    if (!use.isEmpty())
        useCode = r.useType(r.column("use_type"), use);
    QStringList accepted;
    if (r.mapped("accepted_uses")) {
        static const QRegularExpression separators(QStringLiteral("[,;/]"));
        for (const QString& u : r.cell("accepted_uses").split(separators, Qt::SkipEmptyParts)) {
            if (u.trimmed().isEmpty())
                continue;
            if (const auto code = r.useType(r.column("accepted_uses"), u.trimmed()))
                accepted << *code;
        }
    }
    if (r.hasError())
        return;
    const QString key = importtext::fold(name);
    if (const int first = m_names.earlier(key, r.rowNumber())) {
        r.report(r.column("name"), name, Import::tr("Same building as row %1 of this file.").arg(first));
        return;
    }
    const int existing = r.index().buildings.lookup(key);
    Building b;
    switch (r.decide(existing >= 0)) {
    case ImportRow::Action::Skip:
        r.report(r.column("name"), name, Import::tr("A building with this name is already there: row skipped."),
                 ImportProblem::Warning);
        return;
    case ImportRow::Action::Update:
        b = r.campaign().buildings[size_t(existing)];
        break;
    case ImportRow::Action::Add:
        b.id = m_nextBuildingId++;
        break;
    }
    b.name = name;
    b.surface = *surface;
    b.useType = *useCode;
    if (r.mapped("accepted_uses"))
        b.acceptedUses = accepted;
    if (r.mapped("notes"))
        b.notes = r.cell("notes");
    r.plan().change.buildings.put.push_back(b);
}

} // namespace

bool planBuildings(ImportRow& row, const Progress& progress)
{
    BuildingRows rows(row);
    return row.readAll(progress, [&rows] { rows.read(); });
}

} // namespace palmares::importing
