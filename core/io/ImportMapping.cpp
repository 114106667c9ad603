// SPDX-License-Identifier: GPL-3.0-or-later
// Which column holds which field: guessed from the headers, remembered per campaign in its
// settings, or read from a mapping file.
#include "core/io/Import.h"

#include "core/io/ImportKinds.h"
#include "core/io/ImportText.h"

#include <QJsonDocument>
#include <QSet>

namespace palmares {

using importtext::fold;

ImportMapping Import::guessMapping(ImportKind kind, const Campaign& campaign, const QStringList& headers)
{
    const std::vector<ImportField> all = fields(kind, campaign);
    ImportMapping mapping;
    std::vector<bool> used(size_t(headers.size()), false);
    QStringList folded;
    for (const QString& h : headers)
        folded << fold(h);

    // 1. What this campaign remembers for these headers.
    const QJsonObject remembered =
        QJsonDocument::fromJson(campaign.settings.importMappings.toUtf8()).object().value(kindKey(kind)).toObject();
    for (const ImportField& f : all) {
        const QString header = remembered.value(f.key).toString();
        const qsizetype col = header.isEmpty() ? -1 : headers.indexOf(header);
        if (col >= 0 && !used[size_t(col)]) {
            mapping[f.key] = int(col);
            used[size_t(col)] = true;
        }
    }
    // 2. The exact header, then every name it is known by; 3. a header starting with one.
    for (int pass = 0; pass < 2; ++pass) {
        for (const ImportField& f : all) {
            if (mapping.count(f.key))
                continue;
            QStringList names{fold(f.header)};
            for (const QString& a : f.aliases)
                names << fold(a);
            for (int col = 0; col < headers.size() && !mapping.count(f.key); ++col) {
                if (used[size_t(col)] || folded.at(col).isEmpty())
                    continue;
                for (const QString& n : names) {
                    if (n.isEmpty())
                        continue;
                    const bool match =
                        pass == 0 ? folded.at(col) == n : (n.size() >= 4 && folded.at(col).startsWith(n));
                    if (match) {
                        mapping[f.key] = col;
                        used[size_t(col)] = true;
                        break;
                    }
                }
            }
        }
    }
    return mapping;
}

std::optional<ImportMapping> Import::mappingFromJson(ImportKind kind, const Campaign& campaign, const QJsonObject& json,
                                                     const QStringList& headers, QString* error)
{
    const QJsonObject columns =
        json.contains(QStringLiteral("columns")) ? json.value(QStringLiteral("columns")).toObject() : json;
    QSet<QString> known;
    for (const ImportField& f : fields(kind, campaign))
        known.insert(f.key);
    ImportMapping mapping;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = tr("The mapping names an unknown field \"%1\" for %2.").arg(it.key(), kindName(kind));
            return std::nullopt;
        }
        int col = -1;
        if (it.value().isDouble()) {
            col = it.value().toInt() - 1;
            if (col < 0 || col >= headers.size()) {
                *error = tr("The mapping puts \"%1\" in column %2, but the sheet has %3 columns.")
                             .arg(it.key())
                             .arg(it.value().toInt())
                             .arg(headers.size());
                return std::nullopt;
            }
        } else {
            const QString header = it.value().toString();
            col = int(headers.indexOf(header));
            if (col < 0) {
                for (int i = 0; i < headers.size() && col < 0; ++i)
                    if (fold(headers.at(i)) == fold(header))
                        col = i;
            }
            if (col < 0) {
                *error = tr("The mapping puts \"%1\" in the column \"%2\", which the sheet does not have.")
                             .arg(it.key(), header);
                return std::nullopt;
            }
        }
        mapping[it.key()] = col;
    }
    return mapping;
}

QJsonObject Import::mappingToJson(const ImportMapping& mapping, const QStringList& headers)
{
    QJsonObject out;
    for (const auto& [key, col] : mapping)
        if (col >= 0 && col < headers.size())
            out.insert(key, headers.at(col));
    return out;
}

QString Import::rememberMapping(const QString& stored, ImportKind kind, const ImportMapping& mapping,
                                const QStringList& headers)
{
    QJsonObject all = QJsonDocument::fromJson(stored.toUtf8()).object();
    all.insert(kindKey(kind), mappingToJson(mapping, headers));
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

QStringList Import::missingFields(ImportKind kind, const Campaign& campaign, const ImportMapping& mapping)
{
    QStringList missing;
    const std::vector<ImportField> all = fields(kind, campaign);
    for (const ImportField& f : all)
        if (f.required && !mapping.count(f.key))
            missing << f.label;
    if (kind == ImportKind::Scores) {
        if (importing::isLongForm(mapping)) {
            for (const ImportField& f : all)
                if ((f.key == QLatin1String("criterion") || f.key == QLatin1String("value")) && !mapping.count(f.key))
                    missing << f.label;
        } else {
            bool anyCriterion = false;
            for (const auto& entry : mapping)
                anyCriterion = anyCriterion || importing::isCriterionColumn(entry.first);
            if (!anyCriterion)
                missing << tr("Criterion and score (long form), or one column per criterion (wide form)");
        }
    }
    return missing;
}

} // namespace palmares
