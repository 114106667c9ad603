// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqlRules.h"

#include "core/model/Rules.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace palmares::schema::sql {

namespace {

class Messages {
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    static QString quoted(const QString& code) { return tr("\"%1\"").arg(code); }
    static QString caseDuplicates(const QString& table, const QStringList& codes)
    {
        QStringList shown;
        for (const QString& code : codes)
            shown << quoted(code);
        return tr("in table %1, the codes %2 differ only in case").arg(table, shown.join(QStringLiteral(", ")));
    }
    static QString notOneWord(const QString& table, const QString& code)
    {
        return tr("in table %1, the code %2 is not one word").arg(table, quoted(code));
    }
    static QString badWeight(const QString& table, const QString& code, const QString& weight)
    {
        return tr("in table %1, the weight of %2 is %3").arg(table, quoted(code), weight);
    }
    static QString refusal(const QStringList& breaks, const QString& maxWeight)
    {
        return tr("%1; a code is one word, unique whatever its case, and a weight goes from 0 to %2: correct this "
                  "in the version of Palmarès that wrote the file")
            .arg(breaks.join(QStringLiteral("; ")), maxWeight);
    }
};

QString number(double v)
{
    return QString::number(v, 'g', 17);
}

// A weight as it is in the file: a number in full (2000000, not 2e+06), or its text.
QString shown(const QVariant& value)
{
    return value.typeId() == QMetaType::Double ? number(value.toDouble()) : value.toString();
}

// The characters rules::validCode refuses in a code, as the arguments of SQLite's char().
// validCode refuses the empty code and any code with one of them, and it looks at one
// UTF-16 unit at a time: asking it about every unit but the surrogates finds them all.
const QString& refusedCodeCharacters()
{
    static const QString list = [] {
        QStringList points;
        for (char32_t c = 1; c <= 0xFFFF; ++c) {
            if ((c < 0xD800 || c > 0xDFFF) && !rules::validCode(QString(QChar(char16_t(c)))))
                points << QString::number(c);
        }
        return points.join(QStringLiteral(", "));
    }();
    return list;
}

// The characters the rules refuse in a text, as the arguments of SQLite's char(): the
// control characters (rules::isControl), and line breaks too in a text of one line. NUL
// is left out: SQLite's GLOB pattern would end there.
QString refusedTextCharacters(bool oneLine)
{
    QStringList points;
    for (char16_t c = 1; c <= 0x9f; ++c) {
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (rules::isControl(QChar(c)) || (oneLine && lineBreak))
            points << QString::number(c);
    }
    return points.join(QStringLiteral(", "));
}

// The tables with a code, and whether they have a weight.
struct CodedTable {
    const char* name;
    bool weighted;
};
constexpr CodedTable codedTables[] = {{"pillars", true}, {"criteria", true}, {"juries", true}, {"resources", false}};

} // namespace

QString codeRule()
{
    // None of the refused characters (spaces) is special inside a GLOB set.
    return QStringLiteral("code <> '' AND code NOT GLOB ('*[' || char(%1) || ']*')").arg(refusedCodeCharacters());
}

QString weightRule()
{
    return QStringLiteral("weight BETWEEN 0 AND %1").arg(number(rules::maxWeight));
}

QString thresholdRule()
{
    return QStringLiteral("eliminatory_threshold BETWEEN 0 AND %1").arg(number(rules::maxThreshold));
}

QString quorumRule()
{
    return QStringLiteral("typeof(quorum) = 'integer' AND quorum BETWEEN %1 AND %2")
        .arg(rules::minQuorum)
        .arg(rules::maxQuorum);
}

QString sessionLineRule(const QString& column)
{
    // None of the refused characters is special inside a GLOB set.
    return QStringLiteral("length(trim(%1)) > 0 AND length(%1) <= %2 AND %1 NOT GLOB ('*[' || char(%3) || ']*')")
        .arg(column)
        .arg(rules::maxSessionLine)
        .arg(refusedTextCharacters(true));
}

QString sessionNotesRule(const QString& column)
{
    return QStringLiteral("length(%1) <= %2 AND %1 NOT GLOB ('*[' || char(%3) || ']*')")
        .arg(column)
        .arg(rules::maxSessionNotes)
        .arg(refusedTextCharacters(false));
}

QString repairedQuorum()
{
    // round() as QVariant::toInt(), through which the engine read a fractional quorum.
    return QStringLiteral("max(%1, min(%2, CAST(round(quorum) AS INTEGER)))")
        .arg(rules::minQuorum)
        .arg(rules::maxQuorum);
}

bool rowsFollowTheRules(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto run = [&](const QString& sql) {
        if (q.exec(sql))
            return true;
        *error = q.lastError().text();
        return false;
    };
    QStringList breaks;
    for (const CodedTable& t : codedTables) {
        const QString table = QString::fromLatin1(t.name);
        // Codes equal under NOCASE, the collation of version 3's UNIQUE, grouped by the
        // first row of each group.
        if (!run(QStringLiteral("SELECT code, head FROM (SELECT code, id, min(id) OVER w AS head, count(*) OVER w AS n "
                                "FROM %1 WINDOW w AS (PARTITION BY code COLLATE NOCASE)) WHERE n > 1 ORDER BY head, id")
                     .arg(table)))
            return false;
        QStringList group;
        QVariant head;
        while (q.next()) {
            if (!group.isEmpty() && q.value(1) != head) {
                breaks << Messages::caseDuplicates(table, group);
                group.clear();
            }
            head = q.value(1);
            group << q.value(0).toString();
        }
        if (!group.isEmpty())
            breaks << Messages::caseDuplicates(table, group);

        if (!run(QStringLiteral("SELECT code FROM %1 WHERE NOT (%2) ORDER BY id").arg(table, codeRule())))
            return false;
        while (q.next())
            breaks << Messages::notOneWord(table, q.value(0).toString());

        if (t.weighted) {
            if (!run(QStringLiteral("SELECT code, weight FROM %1 WHERE NOT (%2) ORDER BY id").arg(table, weightRule())))
                return false;
            while (q.next())
                breaks << Messages::badWeight(table, q.value(0).toString(), shown(q.value(1)));
        }
    }
    if (breaks.isEmpty())
        return true;
    *error = Messages::refusal(breaks, number(rules::maxWeight));
    return false;
}

} // namespace palmares::schema::sql
