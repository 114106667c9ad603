// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/XlsxReader.h"

#include "core/io/DateFormats.h"
#include "core/io/SheetBuilder.h"

#include <QDir>
#include <QXmlStreamReader>

#include <unordered_map>

namespace palmares {

namespace {

constexpr qint64 progressEvery = 4096; // rows between two progress calls

// A relationship's target, as a zip entry: relative to the part's folder, or from the
// package's root when it starts with '/'.
QString partPath(const QString& folder, QStringView target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1).toString());
    return QDir::cleanPath(folder.isEmpty() ? target.toString() : folder + u'/' + target.toString());
}

QString folderOf(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

// The relationship id of a <sheet>: its r:id, whatever the prefix.
QStringView relationshipId(const QXmlStreamReader& xml)
{
    for (const QXmlStreamAttribute& a : xml.attributes())
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value();
    return {};
}

// The text of a <t>; its white space at the ends dropped unless xml:space says
// "preserve".
QString textOf(QXmlStreamReader& xml)
{
    const bool preserve = xml.attributes().value(QStringLiteral("http://www.w3.org/XML/1998/namespace"),
                                                 QStringLiteral("space")) == QLatin1String("preserve");
    const QString text = xml.readElementText();
    return preserve ? text : text.trimmed();
}

// The text of an <si> (shared string) or <is> (inline string): its <t>, or the <t> of
// each of its runs <r>. Phonetic runs (<rPh>) are not part of it.
QString richText(QXmlStreamReader& xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"t") {
            text += textOf(xml);
        } else if (xml.name() == u"r") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"t")
                    text += textOf(xml);
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return text;
}

// "B12" → column 2, row 12. A column past XFD comes out as maxColumns + 1, for the
// builder to refuse.
bool parseReference(QStringView ref, qint64* row, qint64* column)
{
    qsizetype i = 0;
    qint64 c = 0;
    for (; i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128; ++i)
        c = std::min<qint64>(c * 26 + (ref[i].toUpper().unicode() - u'A' + 1), SheetBuilder::maxColumns + 1);
    if (i == 0 || i == ref.size() || i > 10)
        return false;
    bool ok = false;
    const qint64 r = ref.mid(i).toLongLong(&ok);
    if (!ok || r < 1 || !ref[i].isDigit())
        return false;
    *row = r;
    *column = c;
    return true;
}

} // namespace

XlsxReader::XlsxReader(const QByteArray& bytes, const QString& fileName)
    : m_zip(bytes, fileName)
    , m_fileName(fileName)
{}

bool XlsxReader::readWorkbook(QString* error)
{
    if (!m_zip.openError().isEmpty()) {
        *error = SheetReader::tr("%1 is not a readable %2 workbook: %3")
                     .arg(m_fileName, QStringLiteral("XLSX"), m_zip.openError());
        return false;
    }
    // The workbook part is named by the package's relationships, xl/workbook.xml by custom.
    QString workbook = QStringLiteral("xl/workbook.xml");
    const QString packageRels = QStringLiteral("_rels/.rels");
    if (m_zip.contains(packageRels) && !m_zip.parseXml(packageRels, error, [&](QXmlStreamReader& xml, const ZipEntry&) {
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == u"Relationship" && a.value(QLatin1String("Type")).endsWith(u"/officeDocument"))
                workbook = partPath(QString(), a.value(QLatin1String("Target")));
            return true;
        }))
        return false;
    if (!m_zip.contains(workbook)) {
        *error = SheetReader::tr("%1 is not a readable %2 workbook: %3")
                     .arg(m_fileName, QStringLiteral("XLSX"), tr("it has no %1").arg(workbook));
        return false;
    }
    std::vector<std::pair<QString, QString>> sheets; // name, relationship id
    if (!m_zip.parseXml(workbook, error, [&](QXmlStreamReader& xml, const ZipEntry&) {
            if (xml.name() == u"sheet")
                sheets.emplace_back(xml.attributes().value(QLatin1String("name")).toString(),
                                    relationshipId(xml).toString());
            else if (xml.name() == u"workbookPr")
                m_date1904 = xml.attributes().value(QLatin1String("date1904")) == QLatin1String("1") ||
                             xml.attributes().value(QLatin1String("date1904")) == QLatin1String("true");
            return true;
        }))
        return false;
    const QString folder = folderOf(workbook);
    const QString rels = (folder.isEmpty() ? QString() : folder + u'/') + QStringLiteral("_rels/") +
                         workbook.mid(folder.isEmpty() ? 0 : folder.size() + 1) + QStringLiteral(".rels");
    std::unordered_map<QString, QString> targets;
    if (!m_zip.parseXml(rels, error, [&](QXmlStreamReader& xml, const ZipEntry&) {
            if (xml.name() != u"Relationship" ||
                xml.attributes().value(QLatin1String("TargetMode")) == QLatin1String("External"))
                return true;
            const QXmlStreamAttributes a = xml.attributes();
            const QString target = partPath(folder, a.value(QLatin1String("Target")));
            targets[a.value(QLatin1String("Id")).toString()] = target;
            if (a.value(QLatin1String("Type")).endsWith(u"/sharedStrings"))
                m_sharedStringsPart = target;
            else if (a.value(QLatin1String("Type")).endsWith(u"/styles"))
                m_stylesPart = target;
            return true;
        }))
        return false;
    for (const auto& [name, id] : sheets) {
        const auto it = targets.find(id);
        if (it == targets.end()) {
            *error = m_zip.damaged(tr("%1 names no part for the sheet \"%2\"").arg(rels, name));
            return false;
        }
        m_sheets.push_back({name, it->second});
    }
    return true;
}

bool XlsxReader::readSharedStrings(QString* error)
{
    if (m_sharedStringsPart.isEmpty())
        return true;
    return m_zip.parseXml(m_sharedStringsPart, error, [&](QXmlStreamReader& xml, const ZipEntry&) {
        if (xml.name() == u"si")
            m_sharedStrings.push_back(richText(xml));
        return true;
    });
}

bool XlsxReader::readStyles(QString* error)
{
    if (m_stylesPart.isEmpty())
        return true;
    std::unordered_map<int, bool> custom; // numFmtId: whether its code shows a date
    std::vector<int> formats;             // of each cell style (cellXfs), its numFmtId
    const bool ok = m_zip.parseXml(m_stylesPart, error, [&](QXmlStreamReader& xml, const ZipEntry&) {
        if (xml.name() == u"numFmt") {
            custom[xml.attributes().value(QLatin1String("numFmtId")).toInt()] =
                DateFormats::isDateCode(xml.attributes().value(QLatin1String("formatCode")));
        } else if (xml.name() == u"cellXfs") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"xf")
                    formats.push_back(xml.attributes().value(QLatin1String("numFmtId")).toInt());
                xml.skipCurrentElement();
            }
        }
        return true;
    });
    for (int id : formats) {
        const auto it = custom.find(id);
        m_dateStyles.push_back(it != custom.end() ? it->second : DateFormats::isBuiltInDate(id));
    }
    return ok;
}

std::optional<QStringList> XlsxReader::sheetNames(QString* error)
{
    if (!readWorkbook(error))
        return std::nullopt;
    QStringList names;
    for (const Sheet& s : m_sheets)
        names << s.name;
    return names;
}

std::optional<SheetTable> XlsxReader::read(const QString& sheet, QString* error, const Progress& progress)
{
    if (!readWorkbook(error))
        return std::nullopt;
    if (m_sheets.empty()) {
        *error = SheetReader::tr("%1 holds no sheet.").arg(m_fileName);
        return std::nullopt;
    }
    const Sheet* chosen = &m_sheets.front();
    if (!sheet.isEmpty()) {
        const auto it = std::find_if(m_sheets.begin(), m_sheets.end(), [&](const Sheet& s) { return s.name == sheet; });
        if (it == m_sheets.end()) {
            *error = SheetReader::tr("%1 has no sheet named \"%2\".").arg(m_fileName, sheet);
            return std::nullopt;
        }
        chosen = &*it;
    }
    if (!readSharedStrings(error) || !readStyles(error))
        return std::nullopt;
    return readSheet(*chosen, error, progress);
}

std::optional<SheetTable> XlsxReader::readSheet(const Sheet& sheet, QString* error, const Progress& progress)
{
    SheetBuilder builder(m_fileName, sheet.name);
    const auto damaged = [&](const QString& detail) { return builder.damaged(detail); };
    // What a cell of type `type` and style `style` holds, from its <v> and its inline
    // string; false when it names a shared string the workbook does not have.
    const auto cellText = [&](QStringView type, int style, QString value, QString inlineText, QString* text) {
        if (type == u"s") {
            bool ok = false;
            const qint64 i = value.toLongLong(&ok);
            if (!ok || i < 0 || i >= qint64(m_sharedStrings.size()))
                return false;
            *text = m_sharedStrings[size_t(i)];
        } else if (type == u"inlineStr" || !inlineText.isEmpty()) {
            *text = inlineText.isEmpty() ? value : inlineText;
        } else if (type == u"b") {
            *text = value.isEmpty()               ? QString()
                    : value == QLatin1String("0") ? QStringLiteral("0")
                                                  : QStringLiteral("1");
        } else if (type == u"e") {
            *text = QString(); // #N/A, #DIV/0!…: no value
        } else if (type == u"d") {
            *text = DateFormats::isoText(value);
        } else if ((type.isEmpty() || type == u"n") && !value.isEmpty()) {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (!ok)
                *text = value;
            else if (style >= 0 && size_t(style) < m_dateStyles.size() && m_dateStyles[size_t(style)])
                *text = DateFormats::serialText(m_date1904 ? v + 1462 : v);
            else
                *text = SheetBuilder::numberText(v);
        } else {
            *text = value; // str (a formula's text), or a type of no spreadsheet
        }
        return true;
    };

    qint64 rows = 0;
    const auto readRow = [&](QXmlStreamReader& xml) {
        qint64 column = 0;
        while (xml.readNextStartElement()) {
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
                continue;
            }
            const QXmlStreamAttributes a = xml.attributes();
            if (const QStringView ref = a.value(QLatin1String("r")); !ref.isEmpty()) {
                qint64 row = 0;
                if (!parseReference(ref, &row, &column) || row != builder.row()) {
                    *error = damaged(tr("a cell %1 in row %2").arg(ref.toString()).arg(builder.row()));
                    return false;
                }
            } else {
                ++column; // a cell without its reference follows the one before
            }
            QString value;
            QString inlineText;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"v")
                    value = xml.readElementText();
                else if (xml.name() == u"is")
                    inlineText = richText(xml);
                else
                    xml.skipCurrentElement(); // <f>: the formula; its result is in <v>
            }
            QString text;
            const QStringView style = a.value(QLatin1String("s"));
            if (!cellText(a.value(QLatin1String("t")), style.isEmpty() ? -1 : style.toInt(), std::move(value),
                          std::move(inlineText), &text)) {
                *error = damaged(tr("cell %1 names a shared string that is not in the file")
                                     .arg(SheetBuilder::cellName(builder.row(), column)));
                return false;
            }
            if (!builder.cell(column, std::move(text))) {
                *error = builder.error();
                return false;
            }
        }
        return true;
    };

    const bool ok = m_zip.parseXml(
        sheet.part, error,
        [&](QXmlStreamReader& xml, const ZipEntry& entry) {
            if (xml.name() != u"sheetData")
                return true;
            while (xml.readNextStartElement()) {
                if (xml.name() != u"row") {
                    xml.skipCurrentElement();
                    continue;
                }
                const QStringView r = xml.attributes().value(QLatin1String("r"));
                bool numbered = true;
                const qint64 row = r.isEmpty() ? builder.row() + 1 : r.toLongLong(&numbered);
                if (!numbered) {
                    *error = damaged(tr("a row numbered %1").arg(r.toString()));
                    return false;
                }
                if (!builder.startRow(row)) {
                    *error = builder.error();
                    return false;
                }
                if (!readRow(xml))
                    return false;
                if (progress && ++rows % progressEvery == 0 && !progress(entry.inflated(), entry.declaredSize())) {
                    *error = SheetReader::tr("Reading %1 was cancelled.").arg(m_fileName);
                    return false;
                }
            }
            return true;
        },
        damaged);
    if (!ok)
        return std::nullopt;
    std::optional<SheetTable> table = builder.finish();
    if (!table)
        *error = builder.error();
    return table;
}

} // namespace palmares
