// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The letter the organizer prints for each juror with their package (docs/juror-package.md):
// who it is for, the file to open, the passphrase, what to install, how to open and score,
// and what to send back. One A4 page, in the language of the application (French by
// default), handed over apart from the file.
namespace palmares::print {

struct LetterInput {
    QString campaignName;
    QString territory;
    Juror juror;
    Jury jury;           // its name and scale
    QString packageFile; // the package's file name, without folder
    QString passphrase;
    int candidates = 0; // assigned to the juror
    int criteria = 0;
    QDateTime exportedAt;
};

class PassphraseLetter {
    Q_DECLARE_TR_FUNCTIONS(PassphraseLetter)
public:
    // What the letter for `juror`'s package says, from the campaign.
    static LetterInput input(const Campaign& campaign, const Juror& juror, const QString& packageFile,
                             const QString& passphrase, int candidates, const QDateTime& exportedAt);
    // The letter as rich text, and as a PDF.
    static QString html(const LetterInput& letter);
    static QByteArray pdf(const LetterInput& letter);
    // The letter's file name beside the package's: « jury-d-experts-03-claire-martin-lettre.pdf ».
    static QString fileName(const QString& packageFile);
};

} // namespace palmares::print
