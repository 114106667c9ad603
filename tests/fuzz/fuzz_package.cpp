// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target over what reads a juror package (docs/reliability.md, scripts/fuzz.sh
// package): the first byte of an input picks what the rest is.
//   even: a package file, opened as juror mode opens it with a key already derived (the
//         header, the seal, the contents), and, once open, planned as a return into the demo;
//   odd:  the contents alone (CBOR), decoded as they are once the seal is checked: the part
//         a forged file with a good tag would reach.
// Any input must be opened or refused with a problem, never a crash or a hang; contents
// that decode are written again identically, and a return of them is planned without fault.
// With PALMARES_FUZZ_SEEDS set to a folder, the target first writes its seeds there: three
// jurors' packages of the demo, as files and as contents.
#include "core/demo/DemoGenerator.h"
#include "core/edit/Returns.h"
#include "core/io/JurorPackage.h"
#include "core/model/Change.h"
#include "core/model/Rules.h"
#include "core/model/UtcTime.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <tuple>

using namespace palmares;

namespace {

struct Fixture {
    Campaign campaign;
    sealed::Header header;
    std::unique_ptr<sealed::Key> key;
    std::map<std::tuple<Id, Id, Id>, double> before; // the demo's scores: juror, candidate, criterion
};

// The demo with an identity, and one key for every input: a fixed salt, so that the seeds
// of an earlier run still open.
Fixture& fixture()
{
    static Fixture f = [] {
        Fixture made;
        made.campaign = DemoGenerator::generate();
        made.campaign.settings.identity = QByteArray(16, '\x5a');
        made.header = sealed::newHeader(made.campaign.settings.identity, made.campaign.jurors.front().id);
        made.header.salt = QByteArray(16, '\x11');
        PackageProblem problem = PackageProblem::None;
        made.key = sealed::Key::derive(QStringLiteral("fuzz-package-seeds-00"), made.header, &problem);
        if (!made.key)
            std::abort();
        for (const Score& s : made.campaign.scores)
            made.before[{s.jurorId, s.candidateId, s.criterionId}] = s.value;
        return made;
    }();
    return f;
}

const Jury* juryOf(const Campaign& c, Id jurorId)
{
    for (const Juror& j : c.jurors) {
        if (j.id != jurorId)
            continue;
        for (const Jury& y : c.juries) {
            if (y.id == j.juryId)
                return &y;
        }
    }
    return nullptr;
}

const QDateTime fuzzTime = utcDateTime(QDate(2026, 6, 5), QTime(14, 30));

// A return of `contents` planned into the demo, past the checks a return makes first (its
// campaign, a juror the campaign has): a juror holds the passphrase, so any contents that
// decode can come back with a good tag.
void planReturn(const PackageContents& contents, const QByteArray& file)
{
    const Campaign& campaign = fixture().campaign;
    if (contents.campaignId != campaign.settings.identity ||
        std::none_of(campaign.jurors.begin(), campaign.jurors.end(),
                     [&](const Juror& j) { return j.id == contents.juror.id; }))
        return;
    const QByteArray sha = QCryptographicHash::hash(file, QCryptographicHash::Sha256);
    const ReturnPlan plan = Returns::plan(campaign, contents, QStringLiteral("fuzz.palmjury"), sha, fuzzTime);
    if (!plan.edit.change)
        return;
    // What the return writes holds to the campaign's rules: the scores it writes are the
    // juror's own, on their jury's scale, for candidates assigned to them.
    Campaign after = campaign;
    applyChange(after, *plan.edit.change);
    const Jury* jury = juryOf(after, contents.juror.id);
    QSet<Id> assigned;
    for (const Candidate* k : assignedTo(campaign, contents.juror.id))
        assigned.insert(k->id);
    const auto& before = fixture().before;
    for (const Score& s : after.scores) {
        const auto was = before.find({s.jurorId, s.candidateId, s.criterionId});
        if (was != before.end() && was->second == s.value)
            continue;
        if (s.jurorId != contents.juror.id || !assigned.contains(s.candidateId) || !jury ||
            !rules::onScale(s.value, *jury))
            std::abort();
    }
}

void writeSeed(const QString& folder, const QString& name, char kind, const QByteArray& bytes)
{
    QFile file(QDir(folder).filePath(name));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QByteArray(1, kind) + bytes);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    const QString folder = qEnvironmentVariable("PALMARES_FUZZ_SEEDS");
    if (folder.isEmpty())
        return 0;
    Fixture& f = fixture();
    for (std::size_t i = 0; i < 3 && i < f.campaign.jurors.size(); ++i) {
        QString error;
        sealed::Header header = f.header;
        header.jurorId = f.campaign.jurors[i * 7 % f.campaign.jurors.size()].id;
        const std::optional<PackageContents> contents = package::contentsFor(
            f.campaign, header.jurorId, fuzzTime,
            [](Id id, QString*) -> std::optional<QByteArray> {
                return QByteArray("%PDF-1.4 ") + QByteArray::number(id);
            },
            &error);
        if (!contents)
            continue;
        const QByteArray cbor = package::encode(*contents);
        writeSeed(folder, QStringLiteral("seed-file-%1").arg(i), '\0', sealed::seal(header, *f.key, cbor));
        writeSeed(folder, QStringLiteral("seed-contents-%1").arg(i), '\1', cbor);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    PackageContents contents;
    if (data[0] % 2 == 0) {
        sealed::Header header;
        if (sealed::readHeader(bytes, &header) != PackageProblem::None)
            return 0;
        if (package::openWithKey(bytes, *fixture().key, &contents) == PackageProblem::None)
            planReturn(contents, bytes);
        return 0;
    }
    if (package::decode(bytes, &contents) != PackageProblem::None)
        return 0;
    // What decodes is what encode() writes: written again, it decodes to the same bytes.
    const QByteArray again = package::encode(contents);
    PackageContents second;
    if (package::decode(again, &second) != PackageProblem::None || package::encode(second) != again)
        std::abort();
    planReturn(contents, bytes);
    return 0;
}
