// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/edit/CampaignDocument.h"

#include "core/model/Lifecycle.h"
#include "core/present/Words.h"

#include "core/edit/Edits.h"
#include "core/storage/CampaignFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <future>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <sys/stat.h>
#endif

namespace palmares {

namespace {

// What identifies a file on this computer whatever path leads to it (a link, a second
// name): its disk and its number on that disk. Empty when the file cannot be read.
QString fileIdentity(const QString& path)
{
#ifdef Q_OS_WIN
    const std::wstring name = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdWString();
    HANDLE h = CreateFileW(name.c_str(), FILE_READ_ATTRIBUTES, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                           nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return QString();
    BY_HANDLE_FILE_INFORMATION info;
    const bool ok = GetFileInformationByHandle(h, &info);
    CloseHandle(h);
    if (!ok)
        return QString();
    return QStringLiteral("%1-%2-%3").arg(info.dwVolumeSerialNumber).arg(info.nFileIndexHigh).arg(info.nFileIndexLow);
#else
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QString();
    return QStringLiteral("%1-%2").arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
#endif
}

} // namespace

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

QString CampaignDocument::identityLockPath(const QString& path)
{
    const QString id = fileIdentity(path);
    return id.isEmpty() ? QString() : QDir(QDir::tempPath()).filePath(QStringLiteral("palmares-%1.lock").arg(id));
}

QString CampaignDocument::lockHolder(const QString& lock)
{
    QLockFile file(lock);
    qint64 pid = 0;
    QString host, app;
    if (!file.getLockInfo(&pid, &host, &app))
        return tr("another program");
    const QString who = app.isEmpty() ? tr("another program") : app;
    if (host.isEmpty() || host == QSysInfo::machineHostName())
        return tr("%1 (process %2, on this computer)").arg(who).arg(pid);
    return tr("%1 (process %2, on the computer %3)").arg(who).arg(pid).arg(host);
}

std::unique_ptr<QLockFile> CampaignDocument::lockForWriting(const QString& path, const QString& lockFile,
                                                            QString* error, Refusal* refusal)
{
    auto lock = std::make_unique<QLockFile>(lockFile);
    // 0: a lock is stale only when its process is gone, never because it is old.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    // A lock file that does not name its holder was left by a program killed as it took
    // it (a holder writes its name at once): after a moment to let a holder finish
    // writing, it is stale whatever its age.
    qint64 pid = 0;
    QString host, app;
    if (lock->error() == QLockFile::LockFailedError && !lock->getLockInfo(&pid, &host, &app)) {
        QThread::msleep(100);
        if (!lock->getLockInfo(&pid, &host, &app) && lock->removeStaleLockFile() && lock->tryLock(0))
            return lock;
    }
    const QString name = QDir::toNativeSeparators(path);
    const QFileInfo folder(QFileInfo(lockFile).absolutePath());
    if (lock->error() == QLockFile::LockFailedError) {
        if (refusal)
            *refusal = Refusal::InUse;
        *error = tr("%1 is already open for writing in %2.").arg(name, lockHolder(lockFile));
    } else if (!folder.exists()) {
        *error = tr("%1: the folder does not exist.").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    } else if (lock->error() == QLockFile::PermissionError || !folder.isWritable()) {
        // isWritable() asks the system (access): a read-only mount answers no, even to root.
        if (refusal)
            *refusal = Refusal::ReadOnly;
        *error = tr("%1 cannot be opened for writing: its folder %2 is read-only. Open it for reading, or copy it "
                    "to a folder of yours.")
                     .arg(name, QDir::toNativeSeparators(folder.absoluteFilePath()));
    } else {
        *error = tr("%1 cannot be opened for writing: its lock file %2 cannot be written (is the disk full?).")
                     .arg(name, QDir::toNativeSeparators(lockFile));
    }
    return nullptr;
}

std::unique_ptr<CampaignDocument> CampaignDocument::open(const QString& path, Access access, QString* error,
                                                         Refusal* refusal)
{
    if (refusal)
        *refusal = Refusal::None;
    std::unique_ptr<QLockFile> lock, identityLock;
    if (access == Access::ReadWrite) {
        const QFileInfo file(path);
        if (!file.exists()) {
            *error = tr("%1: no such file.").arg(QDir::toNativeSeparators(path));
            return nullptr;
        }
        lock = lockForWriting(path, lockPath(path), error, refusal);
        if (!lock)
            return nullptr;
        const QString identity = identityLockPath(path);
        if (!identity.isEmpty() && !(identityLock = lockForWriting(path, identity, error, refusal)))
            return nullptr;
        if (file.isFile() && !file.isWritable()) {
            if (refusal)
                *refusal = Refusal::ReadOnly;
            *error = tr("%1 cannot be opened for writing: the file is read-only. Open it for reading, or allow "
                        "writing in its properties.")
                         .arg(QDir::toNativeSeparators(path));
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
    if (access == Access::ReadOnly) {
        doc->m_file->close(); // reads attachments through short-lived connections
    } else {
        doc->m_lock = std::move(lock);
        doc->m_identityLock = std::move(identityLock);
    }
    return doc;
}

std::optional<CampaignCard> CampaignDocument::card(const QString& path, QString* error)
{
    return CampaignFile::card(path, error);
}

std::unique_ptr<CampaignDocument> CampaignDocument::create(const QString& path, const Campaign& campaign,
                                                           QString* error)
{
    // A campaign open for writing, under this name or another, is not replaced.
    for (const QString& lockFile : {lockPath(path), identityLockPath(path)}) {
        if (lockFile.isEmpty() || !QFileInfo::exists(lockFile))
            continue;
        QLockFile lock(lockFile);
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0)) {
            *error = tr("%1 is open in %2: it cannot be replaced.")
                         .arg(QDir::toNativeSeparators(path), lockHolder(lockFile));
            return nullptr;
        }
    }
    if (!CampaignFile::writeNew(path, campaign, error))
        return nullptr;
    return open(path, Access::ReadWrite, error);
}

bool CampaignDocument::apply(const Edit& edit, QString* error)
{
    if (edit.isUnchanged())
        return true;
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
    } else if (!(why = refusalByStatus(change)).isEmpty()) {
        // what the campaign's status does not allow: nothing is saved
    } else {
        addDependents(m_campaign, change);
        std::map<Id, QByteArray> attachmentBytes;
        Change inverse;
        const CampaignStatus status = m_campaign.settings.status;
        // What left the application is a fact: the record of a report issued is not undone.
        const bool fact = !change.settings && lifecycle::areasOf(m_campaign, change) ==
                                                  std::vector<lifecycle::Area>{lifecycle::Area::Issued};
        if (readReplacedAttachments(change, attachmentBytes, &why) && commit(change, nullptr, action, &why, &inverse)) {
            if (m_campaign.settings.status != status) {
                // A new status is a promise: what was done under the old one is not undone.
                m_undo.clear();
                return true;
            }
            if (fact)
                return true;
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

QString CampaignDocument::refusalByStatus(const Change& change) const
{
    const CampaignStatus status = m_campaign.settings.status;
    const bool justified = !change.justification.trimmed().isEmpty();
    if (change.settings) {
        const QString why = Words::refusedStep(status, change.settings->status, justified);
        if (!why.isEmpty())
            return why;
    }
    for (const lifecycle::Area area : lifecycle::areasOf(m_campaign, change)) {
        const lifecycle::Allowed allowed = lifecycle::allows(status, area);
        if (allowed == lifecycle::Allowed::No || (allowed == lifecycle::Allowed::WithReason && !justified))
            return Words::refusedByStatus(status, area);
    }
    return {};
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
    // Named from the campaign before the change: a removed candidate still has its name.
    const Concerned concerned = concernedBy(m_campaign, change);
    Change computed;
    const Change& undo = inverse ? *inverse : computed;
    std::future<void> inMemory = std::async(alongside ? std::launch::async : std::launch::deferred, [&] {
        if (!inverse)
            computed = inverseOf(m_campaign, change);
        applyChange(m_campaign, change);
    });
    const bool saved = m_file->apply(change, action, Words::changeDetails(change), concerned);
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

std::optional<std::vector<JournalEntry>> CampaignDocument::journal(QString* error)
{
    CampaignFile reader;
    CampaignFile* file = fileForReading(reader, error);
    auto entries = file ? file->journal() : std::nullopt;
    if (file && !entries)
        *error = file->errorString();
    return entries;
}

void CampaignDocument::setActor(const QString& actor)
{
    m_file->setActor(actor.trimmed());
}

QString CampaignDocument::actor() const
{
    return m_file->actor();
}

QString CampaignDocument::systemUser()
{
    return CampaignFile::systemUser();
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
