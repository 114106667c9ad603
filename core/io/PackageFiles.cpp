// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/PackageFiles.h"

#include "core/files/SafeFile.h"
#include "core/present/Words.h"

#include <QCryptographicHash>
#include <QDir>

#include <algorithm>

namespace palmares::package {

QString fileName(const Campaign& campaign, const Juror& juror)
{
    // The jury's name, in the campaign's language, rather than its code.
    QString jury;
    for (const Jury& j : campaign.juries) {
        if (j.id == juror.juryId)
            jury = j.name.isEmpty() ? j.code : j.name;
    }
    QString name = sealed::normalise(juror.name);
    if (name.size() > 40)
        name = name.left(40);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    QStringList parts;
    for (const QString& part :
         {sealed::normalise(jury), QStringLiteral("%1").arg(juror.id, 2, 10, QLatin1Char('0')), name}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1Char('-')) + QLatin1Char('.') + suffix();
}

ExportResult exportPackages(const Campaign& campaign, const std::vector<Id>& jurors, const QString& folder,
                            const QDateTime& now, const AttachmentBytes& attachmentBytes,
                            const std::function<bool(int, int)>& progress)
{
    ExportResult out;
    const int total = int(jurors.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            out.cancelled = true;
            return out;
        }
        const Id jurorId = jurors[size_t(i)];
        const auto juror = std::find_if(campaign.jurors.begin(), campaign.jurors.end(),
                                        [&](const Juror& j) { return j.id == jurorId; });
        if (juror == campaign.jurors.end())
            continue;
        QString why;
        const std::optional<PackageContents> contents = contentsFor(campaign, jurorId, now, attachmentBytes, &why);
        if (!contents) {
            out.error = why;
            return out;
        }
        const JurorPackage* before = packageOf(campaign, jurorId);
        const QString passphrase = before ? before->passphrase : sealed::newPassphrase(sealed::frenchWords());
        const sealed::Header header = sealed::newHeader(campaign.settings.identity, jurorId);
        PackageProblem problem = PackageProblem::None;
        const std::unique_ptr<sealed::Key> key = sealed::Key::derive(passphrase, header, &problem);
        const QString path = QDir(folder).filePath(fileName(campaign, *juror));
        if (!key) {
            out.error = Words::packageProblem(problem, path);
            return out;
        }
        if (!SafeFile::write(path, seal(*contents, header, *key), &why)) {
            out.error = why;
            return out;
        }
        out.files.push_back({jurorId, path, passphrase, int(contents->candidates.size())});
        JurorPackage record;
        record.jurorId = jurorId;
        record.passphrase = passphrase;
        record.exportedAt = now;
        out.records.push_back(record);
    }
    if (progress)
        progress(total, total);
    return out;
}

PackageProblem readReturn(const Campaign& campaign, const QByteArray& bytes, PackageContents* contents,
                          QByteArray* sha256)
{
    sealed::Header header;
    PackageProblem problem = sealed::readHeader(bytes, &header);
    if (problem != PackageProblem::None)
        return problem;
    if (header.campaignId != campaign.settings.identity)
        return PackageProblem::OtherCampaign;
    const bool known = std::any_of(campaign.jurors.begin(), campaign.jurors.end(),
                                   [&](const Juror& j) { return j.id == header.jurorId; });
    if (!known)
        return PackageProblem::UnknownJuror;
    const JurorPackage* record = packageOf(campaign, header.jurorId);
    if (!record)
        return PackageProblem::NoPassphrase;
    problem = open(bytes, record->passphrase, contents);
    if (problem == PackageProblem::None)
        *sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    return problem;
}

} // namespace palmares::package
