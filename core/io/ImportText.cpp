// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/ImportText.h"

#include "core/model/Codes.h"
#include "core/model/Numbers.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QTime>

#include <cmath>
#include <limits>
#include <utility>

namespace palmares::importtext {

namespace {

// Use types by their codes and the words people write for them.
const QHash<QString, QString>& useTypeWords()
{
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> w;
        for (const QString& code : useTypeCodes())
            w.insert(fold(code), code);
        const std::pair<const char*, const char*> more[] = {
            {"bureaux", "bureau"},        {"office", "bureau"},        {"offices", "bureau"},
            {"ateliers", "atelier"},      {"workshop", "atelier"},     {"workshops", "atelier"},
            {"logements", "logement"},    {"housing", "logement"},     {"services", "service"},
            {"entrepot", "stockage"},     {"storage", "stockage"},     {"restaurant", "restauration"},
            {"catering", "restauration"}, {"land", "terrain"},         {"terrainnu", "terrain"},
            {"mixed", "mixte"},           {"entreposage", "stockage"}, {"local", "atelier"}};
        for (const auto& [word, code] : more)
            w.insert(QString::fromLatin1(word), QString::fromLatin1(code));
        return w;
    }();
    return words;
}

} // namespace

QString fold(const QString& text)
{
    QString out;
    out.reserve(text.size());
    bool plain = true;
    for (QChar c : text)
        if (c.unicode() >= 0x80) {
            plain = false;
            break;
        }
    const QString source = plain ? text : text.normalized(QString::NormalizationForm_KD);
    for (QChar c : source) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

std::optional<bool> parseYesNo(const QString& text)
{
    const QString t = fold(text);
    if (t.isEmpty() || t == QLatin1String("non") || t == QLatin1String("no") || t == QLatin1String("faux") ||
        t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("n"))
        return false;
    if (t == QLatin1String("oui") || t == QLatin1String("yes") || t == QLatin1String("vrai") ||
        t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("x") || t == QLatin1String("o") ||
        t == QLatin1String("y"))
        return true;
    return std::nullopt;
}

std::optional<CandidateStatus> parseStatus(const QString& text)
{
    const QString t = fold(text);
    if (t.isEmpty() || t == QLatin1String("recu") || t == QLatin1String("received") || t == QLatin1String("depose"))
        return CandidateStatus::Received;
    if (t == QLatin1String("recevable") || t == QLatin1String("eligible"))
        return CandidateStatus::Eligible;
    if (t == QLatin1String("irrecevable") || t == QLatin1String("nonrecevable") || t == QLatin1String("ineligible"))
        return CandidateStatus::Ineligible;
    if (t == QLatin1String("retire") || t == QLatin1String("withdrawn") || t == QLatin1String("desiste"))
        return CandidateStatus::Withdrawn;
    CandidateStatus s;
    if (codes::parse(text.trimmed(), &s))
        return s;
    return std::nullopt;
}

std::optional<QDateTime> parseDateTime(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (dt.isValid())
        return dt;
    const QDate iso = QDate::fromString(t, Qt::ISODate);
    if (iso.isValid())
        return QDateTime(iso, QTime(0, 0));
    static const char* const formats[] = {"d/M/yyyy H:mm:ss", "d/M/yyyy H:mm", "d/M/yyyy",
                                          "d-M-yyyy",         "d.M.yyyy",      "d/M/yy"};
    for (const char* f : formats) {
        const QString format = QString::fromLatin1(f);
        if (format.contains(QLatin1Char('H'))) {
            dt = QDateTime::fromString(t, format);
            if (dt.isValid())
                return dt;
        } else {
            QDate d = QDate::fromString(t, format);
            if (d.isValid()) {
                if (d.year() < 1950)
                    d = d.addYears(100);
                return QDateTime(d, QTime(0, 0));
            }
        }
    }
    if (const auto serial = parseDecimal(t); serial && *serial >= 1 && *serial < 2958466) {
        const double days = std::floor(*serial);
        const QDate d = QDate(1899, 12, 30).addDays(qint64(days));
        return QDateTime(d, QTime(0, 0).addSecs(int(std::llround((*serial - days) * 86400.0))));
    }
    return std::nullopt;
}

QString useTypeCode(const QString& text)
{
    return useTypeWords().value(fold(text));
}

std::optional<FlowDirection> parseFlowDirection(const QString& text)
{
    const QString dir = fold(text);
    if (dir == QLatin1String("sortie") || dir == QLatin1String("output") || dir == QLatin1String("offre") ||
        dir == QLatin1String("produit") || dir == QLatin1String("surplus"))
        return FlowDirection::Output;
    if (dir == QLatin1String("entree") || dir == QLatin1String("input") || dir == QLatin1String("besoin") ||
        dir == QLatin1String("need"))
        return FlowDirection::Input;
    return std::nullopt;
}

std::optional<Quantity> parseQuantity(const QString& text)
{
    static const QRegularExpression quantity(QStringLiteral(R"(^(.*?)\s+(\d[\d\s]*(?:[.,]\d+)?)\s*(.*)$)"));
    const auto m = quantity.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    // The digits matched: a number they do not make is one too large for a double.
    const auto amount = parseDecimal(m.captured(2));
    return Quantity{m.captured(1).trimmed(), amount ? *amount : std::numeric_limits<double>::infinity(),
                    m.captured(3).trimmed()};
}

} // namespace palmares::importtext
