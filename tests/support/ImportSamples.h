// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/Import.h"
#include "core/model/DefaultSetup.h"
#include "core/model/Siret.h"

#include <QDateTime>
#include <QString>

// The campaign and the helpers the import tests share: a small campaign with a site, four
// jurors, two candidates, a conflict and a score; a CSV read as a table; an import planned
// with the columns guessed; the problem reported on a row.
namespace palmares::test {

// A valid SIRET built from 13 digits.
inline QString siret(const char* thirteen)
{
    const QString digits = QString::fromLatin1(thirteen);
    return digits + QString::number(Siret::luhnCheckDigit(digits));
}

inline const QDateTime importTime(QDate(2026, 11, 22), QTime(10, 0));

// The default set-up with a site, four jurors, two candidates (one without SIRET), a
// conflict of interest and one score.
inline Campaign baseCampaign()
{
    Campaign c = DefaultSetup::campaign();
    c.buildings = {{1, QStringLiteral("Hangar H1"), 2000, QStringLiteral("atelier"), {}, {}},
                   {2, QStringLiteral("Mess"), 500, QStringLiteral("bureau"), {}, {}}};
    c.jurors = {{1, 1, QStringLiteral("Anne Expert"), QStringLiteral("anne@ville.fr"), {}},
                {2, 1, QStringLiteral("Bruno Expert"), QStringLiteral("bruno@ville.fr"), {}},
                {3, 2, QStringLiteral("Chloé Citoyenne"), {}, {}},
                {4, 2, QStringLiteral("Didier Citoyen"), {}, {}}};
    Candidate farm;
    farm.id = 1;
    farm.registrationNo = 1;
    farm.name = QStringLiteral("Ferme existante");
    farm.siret = siret("9999999990001");
    farm.requestedSurface = 300;
    Candidate noSiret;
    noSiret.id = 2;
    noSiret.registrationNo = 2;
    noSiret.name = QStringLiteral("Start-up en création");
    noSiret.requestedSurface = 40;
    c.candidates = {farm, noSiret};
    c.conflicts = {{2, 1, QStringLiteral("Cousin du gérant")}};
    c.scores = {{1, 1, c.criteria[0].id, 7, {}, importTime, QStringLiteral("entered")}};
    return c;
}

inline SheetTable csv(const QString& text, const QString& name = QStringLiteral("test.csv"))
{
    QString error;
    auto t = SheetReader::readCsv(text.toUtf8(), name, &error);
    if (!t)
        qFatal("%s", qPrintable(error));
    return *t;
}

inline ImportPlan plan(const Campaign& c, ImportKind kind, const SheetTable& t, OnDuplicate dup = OnDuplicate::Skip)
{
    ImportOptions o;
    o.kind = kind;
    o.mapping = Import::guessMapping(kind, c, t.headers);
    o.onDuplicate = dup;
    o.now = importTime;
    return Import::plan(c, t, o);
}

// The problem reported on `row` (and `column` when given), or a default one.
inline ImportProblem problemAt(const ImportPlan& p, int row, const QString& column = {})
{
    for (const ImportProblem& x : p.problems)
        if (x.row == row && (column.isEmpty() || x.column == column))
            return x;
    return {};
}

} // namespace palmares::test
