// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Campaign.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

// Blank score sheets on paper, for a juror who scores by hand (the Scoring page's paper
// entry types them in): one PDF per juror, a page per candidate assigned to them, a row per
// criterion with its rubric, a box for the value on the jury's scale and room for a comment.
namespace palmares::print {

class ScoreSheets {
    Q_DECLARE_TR_FUNCTIONS(ScoreSheets)
public:
    // The sheets of `juror`, as rich text (a page per candidate) and as a PDF.
    static QStringList pages(const Campaign& campaign, const Juror& juror);
    static QByteArray pdf(const Campaign& campaign, const Juror& juror);
    // The file name of `juror`'s sheets: « jury-d-experts-03-claire-martin-grilles.pdf ».
    static QString fileName(const Campaign& campaign, const Juror& juror);

    struct Written {
        std::vector<QString> files;
        QString error; // why it stopped, naming the file
        bool cancelled = false;
    };
    // Writes the sheets of `jurors` into `folder`, each file whole or not at all;
    // `progress(done, total)` before each and after the last, false cancels.
    static Written write(const Campaign& campaign, const std::vector<Id>& jurors, const QString& folder,
                         const std::function<bool(int done, int total)>& progress = {});
};

} // namespace palmares::print
