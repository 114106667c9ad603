// SPDX-License-Identifier: GPL-3.0-or-later
// Juror rows.
#include "core/io/ImportKinds.h"

#include "core/io/ImportText.h"
#include "core/model/Rules.h"

#include <algorithm>

namespace palmares::importing {

using importtext::fold;

namespace {

// A juror is known by their e-mail address or, without one, by their name in their jury.
class JurorRows {
public:
    explicit JurorRows(ImportRow& row);
    void read();

private:
    int existing(Id juryId, const QString& name, const QString& email) const;

    ImportRow& r;
    const Campaign& c;
    FileRows<QString> m_keys;
    Id m_nextJurorId = 1;
};

JurorRows::JurorRows(ImportRow& row)
    : r(row)
    , c(row.campaign())
{
    for (const Juror& j : c.jurors)
        m_nextJurorId = std::max(m_nextJurorId, j.id + 1);
}

void JurorRows::read()
{
    const QString name = r.required("name");
    const int juryCol = r.column("jury");
    const QString juryText = r.required("jury");
    int jury = -1;
    if (!juryText.isEmpty()) {
        jury = r.index().juries.lookup(fold(juryText));
        if (jury < 0) {
            QStringList known;
            for (const Jury& j : c.juries)
                known << j.name;
            r.report(juryCol, juryText,
                     known.isEmpty()
                         ? Import::tr("The campaign has no jury yet: create its juries (Juries page) before "
                                      "importing jurors.")
                         : Import::tr("Unknown jury; expected one of: %1.").arg(known.join(QStringLiteral(", "))));
        }
    }
    const QString email = r.cell("email");
    if (!email.isEmpty() && !rules::validEmail(email))
        r.report(r.column("email"), email, Import::tr("Not an e-mail address."));
    if (r.hasError())
        return;
    const Id juryId = c.juries[size_t(jury)].id;
    const QString key = email.isEmpty() ? QStringLiteral("name:%1:%2").arg(juryId).arg(fold(name))
                                        : QStringLiteral("mail:") + email.toLower();
    if (const int first = m_keys.earlier(key, r.rowNumber())) {
        r.report(email.isEmpty() ? r.column("name") : r.column("email"), email.isEmpty() ? name : email,
                 Import::tr("Same juror as row %1 of this file.").arg(first));
        return;
    }
    const int found = existing(juryId, name, email);
    Juror j;
    switch (r.decide(found >= 0)) {
    case ImportRow::Action::Skip:
        r.report(r.column("name"), name, Import::tr("This juror is already there: row skipped."),
                 ImportProblem::Warning);
        return;
    case ImportRow::Action::Update:
        j = c.jurors[size_t(found)];
        break;
    case ImportRow::Action::Add:
        j.id = m_nextJurorId++;
        break;
    }
    j.name = name;
    j.juryId = juryId;
    if (r.mapped("email"))
        j.email = email;
    if (r.mapped("organisation"))
        j.organisation = r.cell("organisation");
    r.plan().change.jurors.put.push_back(j);
}

// The campaign's juror the row is about; negative when there is none (or, by e-mail, several).
int JurorRows::existing(Id juryId, const QString& name, const QString& email) const
{
    if (!email.isEmpty())
        return r.index().jurorByEmail(email);
    for (size_t i = 0; i < c.jurors.size(); ++i)
        if (c.jurors[i].juryId == juryId && fold(c.jurors[i].name) == fold(name))
            return int(i);
    return -1;
}

} // namespace

bool planJurors(ImportRow& row, const Progress& progress)
{
    JurorRows rows(row);
    return row.readAll(progress, [&rows] { rows.read(); });
}

} // namespace palmares::importing
