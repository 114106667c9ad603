// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ImportIndex.h"

#include "core/io/Import.h"
#include "core/io/ImportText.h"
#include "core/model/Siret.h"

namespace palmares::importing {

using importtext::fold;

namespace {

QString siretKey(const QString& siret)
{
    return QStringLiteral("siret:") + siret;
}
QString nameKey(const QString& name)
{
    return QStringLiteral("name:") + fold(name);
}
// A candidate without SIRET, a company still being created, by its folded name.
QString noSiretKey(const QString& folded)
{
    return QStringLiteral("nosiret:") + folded;
}
QString mailKey(const QString& email)
{
    return QStringLiteral("mail:") + email.toLower();
}

// A candidate by SIRET (14 digits), then registration number, then name.
QStringList candidateKeys(const QString& text)
{
    QStringList keys;
    const QString digits = Siret::normalized(text);
    if (digits.size() == 14)
        keys << siretKey(digits);
    bool isNumber = false;
    const int no = text.toInt(&isNumber);
    if (isNumber)
        keys << QStringLiteral("no:") + QString::number(no);
    keys << nameKey(text);
    return keys;
}
// A juror by e-mail address when the cell has one, else by name.
QStringList jurorKeys(const QString& text)
{
    return {text.contains(QLatin1Char('@')) ? mailKey(text) : nameKey(text)};
}
QStringList foldedKeys(const QString& text)
{
    return {fold(text)};
}

// Two criteria sharing a code or a name are no better known than none.
RecordFinder criterionFinder()
{
    const QString unknown = Import::tr("Unknown criterion: give its code or its name.");
    return RecordFinder(foldedKeys, unknown, unknown);
}

} // namespace

RecordFinder::RecordFinder(KeysOf keysOf, QString ambiguous, QString unknown)
    : m_keysOf(keysOf)
    , m_ambiguous(std::move(ambiguous))
    , m_unknown(std::move(unknown))
{}

void RecordFinder::add(const QString& key, int index)
{
    if (key.isEmpty())
        return;
    auto it = m_index.find(key);
    if (it == m_index.end())
        m_index.insert(key, index);
    else if (*it != index)
        *it = Ambiguous;
}

int RecordFinder::find(const QString& text) const
{
    Q_ASSERT(m_keysOf);
    if (const auto known = m_found.constFind(text); known != m_found.constEnd())
        return *known;
    int found = Unknown;
    for (const QString& key : m_keysOf(text)) {
        found = lookup(key);
        if (found != Unknown)
            break;
    }
    m_found.insert(text, found);
    return found;
}

ImportIndex::ImportIndex(const Campaign& c)
    : candidates(candidateKeys,
                 Import::tr("Several candidates have this name: give their SIRET or registration number."),
                 Import::tr("Unknown candidate: no candidate has this SIRET, registration number or name."))
    , jurors(jurorKeys, Import::tr("Several jurors have this name: give their e-mail address."),
             Import::tr("Unknown juror: no juror has this name or e-mail address."))
    , criteria(criterionFinder())
{
    for (size_t i = 0; i < c.candidates.size(); ++i) {
        const Candidate& k = c.candidates[i];
        const QString siret = Siret::normalized(k.siret);
        candidates.add(siretKey(siret), int(i));
        candidates.add(QStringLiteral("no:") + QString::number(k.registrationNo), int(i));
        candidates.add(nameKey(k.name), int(i));
        if (siret.isEmpty())
            candidates.add(noSiretKey(fold(k.name)), int(i));
    }
    for (size_t i = 0; i < c.jurors.size(); ++i) {
        const Juror& j = c.jurors[i];
        if (!j.email.isEmpty())
            jurors.add(mailKey(j.email.trimmed()), int(i));
        jurors.add(nameKey(j.name), int(i));
    }
    for (size_t i = 0; i < c.juries.size(); ++i) {
        juries.add(fold(c.juries[i].code), int(i));
        juries.add(fold(c.juries[i].name), int(i));
    }
    for (size_t i = 0; i < c.criteria.size(); ++i) {
        criteria.add(fold(c.criteria[i].code), int(i));
        criteria.add(fold(c.criteria[i].name), int(i));
    }
    for (size_t i = 0; i < c.buildings.size(); ++i)
        buildings.add(fold(c.buildings[i].name), int(i));
    for (size_t i = 0; i < c.resources.size(); ++i) {
        resources.add(fold(c.resources[i].code), int(i));
        resources.add(fold(c.resources[i].name), int(i));
    }
    for (const Conflict& k : c.conflicts)
        m_conflicts.insert({k.jurorId, k.candidateId});
}

int ImportIndex::candidateBySiret(const QString& siret) const
{
    return candidates.lookup(siretKey(siret));
}

int ImportIndex::candidateWithoutSiret(const QString& name) const
{
    return candidates.lookup(noSiretKey(name));
}

int ImportIndex::jurorByEmail(const QString& email) const
{
    return jurors.lookup(mailKey(email));
}

} // namespace palmares::importing
