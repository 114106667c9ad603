// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/Evaluation.h"
#include "core/model/Change.h"
#include "core/model/Journal.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <map>
#include <memory>
#include <optional>

// An open campaign, as the desktop application edits it: the file, the data in memory
// and the engine's evaluation of it, kept in step. Every edit is a Change, saved at once
// in one transaction with its audit entry and applied in memory (a large one while the
// file is written), then re-evaluated; it goes on the undo stack with its inverse. One
// writer per file: a lock file next to the campaign tells a second instance that the
// file is in use.
//
// Models hear of edits through changed() only, after the evaluation is up to date.
namespace palmares {

class CampaignFile;
struct Edit;

class CampaignDocument : public QObject {
    Q_OBJECT
public:
    enum class Access { ReadWrite, ReadOnly };
    // Why a file could not be opened for writing, when reading it is the way out.
    enum class Refusal {
        None,     // opened, or refused for another reason (no such file, not a campaign…)
        InUse,    // another Palmarès (or program) holds it for writing
        ReadOnly, // the file, its folder or its disk cannot be written
    };

    ~CampaignDocument() override;

    // Opens `path`. With ReadWrite, a file another Palmarès has open, or one that cannot be
    // written, is refused and `*refusal` says which; ReadOnly loads it without taking the
    // lock, writes nothing and refuses every edit.
    static std::unique_ptr<CampaignDocument> open(const QString& path, Access access, QString* error,
                                                  Refusal* refusal = nullptr);
    // Writes `campaign` as a new file at `path` (replacing it whole) and opens it.
    static std::unique_ptr<CampaignDocument> create(const QString& path, const Campaign& campaign, QString* error);
    // What a list of recent campaigns shows of `path`, read without opening it for writing
    // (a file in use by another window is described too).
    static std::optional<CampaignCard> card(const QString& path, QString* error);

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    const Campaign& campaign() const { return m_campaign; }
    const Evaluation& evaluation() const { return m_evaluation; }
    QUndoStack* undoStack() { return &m_undo; }
    // Milliseconds the last evaluation took.
    double lastEvaluationMs() const { return m_evaluationMs; }

    // Saves and applies `change` (its dependents are added), and records it for undo.
    // False with the reason in `error` when it cannot be saved, or when the campaign's
    // status does not allow it (core/model/Lifecycle): nothing changed then. A change of
    // status is not undone: the undo history starts again after it. The record of a report
    // issued (Edits::recordIssued) is a fact, not undone either, and the history stays.
    // `action` names it in the audit log ("edit", "import").
    bool apply(Change change, QString* error = nullptr, const QString& action = QStringLiteral("edit"));
    // An edit built by Edits: its Change applied (nothing done when it changes nothing), or
    // false with the reason it was refused.
    bool apply(const Edit& edit, QString* error = nullptr);

    // A new id for a row of `table`: one more than the largest it holds.
    template<typename T> static Id nextId(const std::vector<T>& table)
    {
        Id id = 0;
        for (const T& row : table)
            id = std::max(id, row.id);
        return id + 1;
    }

    std::optional<QByteArray> attachmentData(Id id, QString* error);
    // The campaign's journal, oldest entry first (core/model/Journal).
    std::optional<std::vector<JournalEntry>> journal(QString* error);
    // Who the journal names for the changes made here: `actor` (a name set in the
    // preferences), or the user logged in on this computer when empty.
    void setActor(const QString& actor);
    QString actor() const;
    // The name of the user logged in on this computer.
    static QString systemUser();
    bool saveCopyAs(const QString& path, QString* error);

    // The time stamped on scores and decisions; tests set a fixed one.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    // The two locks of a campaign open for writing: one beside the file (seen by every
    // computer that reaches its folder), and one named after the file's identity on its
    // disk, in the temporary folder (seen whatever link or second name leads to the file).
    static QString lockPath(const QString& path);
    static QString identityLockPath(const QString& path); // empty when the file is not there
    // Who holds the lock file `lock`, in plain words, for the "file in use" message.
    static QString lockHolder(const QString& lock);

signals:
    // After `change` was saved and applied, and the evaluation recomputed.
    void changed(const palmares::Change& change);
    // An undo or redo that could not be saved; the undo history is dropped.
    void failed(const QString& message);

private:
    class Command;
    CampaignDocument(const QString& path, bool readOnly);
    // Takes the lock file `lockFile` of `path`, or says why not (who holds it…).
    static std::unique_ptr<QLockFile> lockForWriting(const QString& path, const QString& lockFile, QString* error,
                                                     Refusal* refusal);
    // Saves `change` in the file and applies it in memory. `inverse` is what undoes it,
    // when known (undo and redo); else it is worked out, and given in `inverseOut`. False
    // with the reason in `error` when the file refused it: nothing changed then.
    bool commit(const Change& change, const Change* inverse, const QString& action, QString* error,
                Change* inverseOut = nullptr);
    // The bytes of the attachments `change` replaces or removes, read before the file
    // loses them: undo brings them back.
    bool readReplacedAttachments(const Change& change, std::map<Id, QByteArray>& bytes, QString* error);
    void reevaluate();
    // Why the campaign's status refuses `change` (or its step of status); empty when not.
    QString refusalByStatus(const Change& change) const;
    // The open file, or `reader` opened on it when the document is read-only.
    CampaignFile* fileForReading(CampaignFile& reader, QString* error);

    QString m_path;
    Campaign m_campaign;
    Evaluation m_evaluation;
    bool m_readOnly;
    double m_evaluationMs = 0;
    std::unique_ptr<CampaignFile> m_file;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QLockFile> m_identityLock;
    QUndoStack m_undo;
    std::function<QDateTime()> m_clock;
};

} // namespace palmares
