// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/CampaignDocument.h"

#include "core/edit/Edits.h"
#include "core/storage/CampaignFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <future>

namespace palmares {

// One edit on the undo stack: the change and its inverse, both complete, so undo and
// redo never depend on what happened in between.
class CampaignDocument::Command : public QUndoCommand {
public:
    Command(CampaignDocument* document, Change change, Change inverse)
        : QUndoCommand(change.text)
        , m_document(document)
        , m_change(std::move(change))
        , m_inverse(std::move(inverse))
    {}
    void redo() override
    {
        if (m_first) { // applied before it was pushed
            m_first = false;
            return;
        }
        run(m_change, m_inverse, QStringLiteral("redo"));
    }
    void undo() override { run(m_inverse, m_change, QStringLiteral("undo")); }

private:
    void run(const Change& change, const Change& inverse, const QString& action)
    {
        QString error;
        if (!m_document->commit(change, &inverse, action, &error)) {
            // The stack no longer matches the file: drop it (not from inside undo()).
            QTimer::singleShot(0, m_document, [d = m_document] { d->m_undo.clear(); });
            emit m_document->failed(error);
        }
    }

    CampaignDocument* m_document;
    Change m_change;
    Change m_inverse;
    bool m_first = true;
};

CampaignDocument::CampaignDocument(const QString& path, bool readOnly)
    : m_path(path)
    , m_readOnly(readOnly)
    , m_file(std::make_unique<CampaignFile>())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

CampaignDocument::~CampaignDocument()
{
    m_undo.clear();
    m_file->close();
}

QString CampaignDocument::lockPath(const QString& path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QStringLiteral(".~lock.%1#").arg(info.fileName()));
}

QString CampaignDocument::lockHolder(const QString& path)
{
    QLockFile lock(lockPath(path));
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app))
        return tr("another Palmarès window");
    return tr("%1 (process %2 on %3)").arg(app.isEmpty() ? tr("another program") : app).arg(pid).arg(host);
}

std::unique_ptr<CampaignDocument> CampaignDocument::open(const QString& path, Access access, QString* error,
                                                         bool* inUse)
{
    if (inUse)
        *inUse = false;
    auto lock = std::make_unique<QLockFile>(lockPath(path));
    if (access == Access::ReadWrite) {
        // 0: a lock is stale only when its process is gone, never because it is old.
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            if (lock->error() == QLockFile::LockFailedError) {
                if (inUse)
                    *inUse = true;
                *error = tr("%1 is already open in %2.").arg(QDir::toNativeSeparators(path), lockHolder(path));
            } else {
                *error = tr("%1 cannot be locked for writing: check that its folder is writable.")
                             .arg(QDir::toNativeSeparators(path));
            }
            return nullptr;
        }
    }
    std::unique_ptr<CampaignDocument> doc(new CampaignDocument(path, access == Access::ReadOnly));
    std::optional<Campaign> campaign;
    const bool opened = access == Access::ReadOnly ? doc->m_file->openForReading(path) : doc->m_file->open(path);
    if (!opened || !(campaign = doc->m_file->load())) {
        *error = doc->m_file->errorString();
        return nullptr;
    }
    doc->m_campaign = std::move(*campaign);
    doc->reevaluate();
    if (access == Access::ReadOnly)
        doc->m_file->close(); // reads attachments through short-lived connections
    else
        doc->m_lock = std::move(lock);
    return doc;
}

std::unique_ptr<CampaignDocument> CampaignDocument::create(const QString& path, const Campaign& campaign,
                                                           QString* error)
{
    if (QFileInfo::exists(lockPath(path))) {
        QLockFile lock(lockPath(path));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) {
            *error =
                tr("%1 is open in %2: it cannot be replaced.").arg(QDir::toNativeSeparators(path), lockHolder(path));
            return nullptr;
        }
    }
    if (!CampaignFile::writeNew(path, campaign, error))
        return nullptr;
    return open(path, Access::ReadWrite, error);
}

bool CampaignDocument::apply(const Edit& edit, QString* error)
{
    if (!edit.change) {
        if (error)
            *error = edit.problem;
        return false;
    }
    return apply(*edit.change, error);
}

bool CampaignDocument::apply(Change change, QString* error, const QString& action)
{
    QString why;
    if (m_readOnly) {
        why = tr("This campaign is open read-only: the change is not saved.");
    } else {
        addDependents(m_campaign, change);
        std::map<Id, QByteArray> attachmentBytes;
        Change inverse;
        if (readReplacedAttachments(change, attachmentBytes, &why) && commit(change, nullptr, action, &why, &inverse)) {
            for (Attachment& a : inverse.attachments.put)
                a.data = attachmentBytes[a.id];
            m_undo.push(new Command(this, std::move(change), std::move(inverse)));
            return true;
        }
    }
    if (error)
        *error = why;
    return false;
}

bool CampaignDocument::readReplacedAttachments(const Change& change, std::map<Id, QByteArray>& bytes, QString* error)
{
    for (const auto* rows : {&change.attachments.put, &change.attachments.remove}) {
        for (const Attachment& a : *rows) {
            const bool there = std::any_of(m_campaign.attachments.begin(), m_campaign.attachments.end(),
                                           [&](const Attachment& b) { return b.id == a.id; });
            if (!there || bytes.count(a.id))
                continue;
            const std::optional<QByteArray> data = m_file->attachmentData(a.id);
            if (!data) {
                *error = m_file->errorString();
                return false;
            }
            bytes[a.id] = *data;
        }
    }
    return true;
}

bool CampaignDocument::commit(const Change& change, const Change* inverse, const QString& action, QString* error,
                              Change* inverseOut)
{
    // A large change is written in the file on this thread while the data in memory
    // follows it on the other core: a million-score import takes the longer of the two,
    // not their sum. Nothing else reads the campaign meanwhile: this thread is busy with
    // the file. If the file refuses the change, its inverse puts memory back (removed
    // scores come back at the end of their table: nothing keeps positions in it, the score
    // grid finds cells by ids). A small change (not worth a thread) reaches memory only
    // once the file has it.
    constexpr size_t largeChange = 1000;
    const bool alongside = change.rowCount() >= largeChange;
    Change computed;
    const Change& undo = inverse ? *inverse : computed;
    std::future<void> inMemory = std::async(alongside ? std::launch::async : std::launch::deferred, [&] {
        if (!inverse)
            computed = inverseOf(m_campaign, change);
        applyChange(m_campaign, change);
    });
    const bool saved = m_file->apply(change, action);
    if (saved || alongside)
        inMemory.get();
    if (!saved) {
        if (alongside)
            applyChange(m_campaign, undo);
        *error = m_file->errorString();
        return false;
    }
    if (inverseOut)
        *inverseOut = std::move(computed);
    reevaluate();
    emit changed(change);
    return true;
}

void CampaignDocument::reevaluate()
{
    QElapsedTimer timer;
    timer.start();
    m_evaluation = evaluate(m_campaign, true);
    m_evaluationMs = double(timer.nsecsElapsed()) / 1e6;
}

CampaignFile* CampaignDocument::fileForReading(CampaignFile& reader, QString* error)
{
    if (m_file->isOpen())
        return m_file.get();
    // Read-only: a short-lived connection of its own.
    if (!reader.openForReading(m_path)) {
        *error = reader.errorString();
        return nullptr;
    }
    return &reader;
}

std::optional<QByteArray> CampaignDocument::attachmentData(Id id, QString* error)
{
    CampaignFile reader;
    CampaignFile* file = fileForReading(reader, error);
    std::optional<QByteArray> data = file ? file->attachmentData(id) : std::nullopt;
    if (file && !data)
        *error = file->errorString();
    return data;
}

bool CampaignDocument::saveCopyAs(const QString& path, QString* error)
{
    CampaignFile reader;
    CampaignFile* file = fileForReading(reader, error);
    if (file && !file->saveCopy(path)) {
        *error = file->errorString();
        return false;
    }
    return file != nullptr;
}

} // namespace palmares
