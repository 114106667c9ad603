// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/JurorSession.h"

#include "core/files/SafeFile.h"
#include "core/model/Rules.h"
#include "core/present/Words.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace palmares {

JurorSession::~JurorSession() = default;

std::unique_ptr<JurorSession> JurorSession::open(const QString& path, const QString& passphrase,
                                                 PackageProblem* problem, QString* error)
{
    *problem = PackageProblem::None;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return nullptr;
    }
    const QByteArray bytes = file.readAll();
    std::unique_ptr<JurorSession> session(new JurorSession);
    *problem = package::open(bytes, passphrase, &session->m_contents, &session->m_header, &session->m_key);
    if (*problem != PackageProblem::None) {
        *error = Words::packageProblem(*problem, path);
        return nullptr;
    }
    session->m_path = path;
    return session;
}

const PackageScore* JurorSession::score(Id candidateId, Id criterionId) const
{
    for (const PackageScore& s : m_contents.scores) {
        if (s.candidateId == candidateId && s.criterionId == criterionId)
            return &s;
    }
    return nullptr;
}

PackageScore* JurorSession::find(Id candidateId, Id criterionId)
{
    return const_cast<PackageScore*>(score(candidateId, criterionId));
}

int JurorSession::scoredCriteria(Id candidateId) const
{
    int n = 0;
    for (const Criterion& k : m_contents.criteria)
        n += score(candidateId, k.id) ? 1 : 0;
    return n;
}

int JurorSession::completeCandidates() const
{
    return int(std::count_if(m_contents.candidates.begin(), m_contents.candidates.end(),
                             [&](const Candidate& k) { return isComplete(k.id); }));
}

QString JurorSession::checkEditable(Id candidateId, Id criterionId) const
{
    if (isSubmitted())
        return tr("This package is submitted: its scores can no longer change.");
    const bool candidate = std::any_of(m_contents.candidates.begin(), m_contents.candidates.end(),
                                       [&](const Candidate& k) { return k.id == candidateId; });
    const bool criterion = std::any_of(m_contents.criteria.begin(), m_contents.criteria.end(),
                                       [&](const Criterion& k) { return k.id == criterionId; });
    if (!candidate || !criterion)
        return tr("This candidate or criterion is not in the package.");
    return {};
}

bool JurorSession::setScore(Id candidateId, Id criterionId, std::optional<double> value, const QDateTime& now,
                            QString* error)
{
    if (const QString why = checkEditable(candidateId, criterionId); !why.isEmpty()) {
        *error = why;
        return false;
    }
    if (value && !rules::onScale(*value, m_contents.jury)) {
        *error = tr("%1 is not on the scale: from %2 to %3, by %4.")
                     .arg(Words::value(*value), Words::value(m_contents.jury.scaleMin),
                          Words::value(m_contents.jury.scaleMax), Words::value(m_contents.jury.scaleStep));
        return false;
    }
    const std::vector<PackageScore> before = m_contents.scores;
    PackageScore* s = find(candidateId, criterionId);
    if (!value) {
        if (!s)
            return true;
        m_contents.scores.erase(m_contents.scores.begin() + (s - m_contents.scores.data()));
    } else if (s) {
        if (s->value == *value)
            return true;
        s->value = *value;
        s->at = now;
    } else {
        m_contents.scores.push_back({candidateId, criterionId, *value, {}, now, {}});
    }
    return save(now, before, error);
}

bool JurorSession::setComment(Id candidateId, Id criterionId, const QString& comment, const QDateTime& now,
                              QString* error)
{
    if (const QString why = checkEditable(candidateId, criterionId); !why.isEmpty()) {
        *error = why;
        return false;
    }
    PackageScore* s = find(candidateId, criterionId);
    if (!s) {
        *error = tr("Give a value before a comment.");
        return false;
    }
    if (s->comment == comment)
        return true;
    const std::vector<PackageScore> before = m_contents.scores;
    s->comment = comment;
    s->at = now;
    return save(now, before, error);
}

bool JurorSession::submit(const QDateTime& now, QString* error)
{
    if (isSubmitted())
        return true;
    m_contents.submittedAt = now;
    if (!save(now, m_contents.scores, error)) {
        m_contents.submittedAt = QDateTime();
        return false;
    }
    return true;
}

bool JurorSession::save(const QDateTime& now, const std::vector<PackageScore>& before, QString* error)
{
    const QDateTime savedBefore = m_contents.savedAt;
    m_contents.savedAt = now;
    if (SafeFile::write(m_path, package::seal(m_contents, m_header, *m_key), error))
        return true;
    m_contents.scores = before;
    m_contents.savedAt = savedBefore;
    return false;
}

} // namespace palmares
