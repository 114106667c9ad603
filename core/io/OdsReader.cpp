// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/OdsReader.h"

#include "core/io/DateFormats.h"
#include "core/io/SheetBuilder.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

namespace palmares {

namespace {

constexpr qint64 progressEvery = 4096; // rows between two progress calls
// Beyond any sheet, yet far from overflowing when repeats add up.
constexpr qint64 farAway = qint64(1) << 40;

const QString officeNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString tableNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString textNs = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

bool is(const QXmlStreamReader& xml, const QString& ns, QLatin1String name)
{
    return xml.name() == name && xml.namespaceUri() == ns;
}

// A number-…-repeated attribute: at least 1, at most farAway.
qint64 repeatOf(const QXmlStreamReader& xml, const QString& name)
{
    const QStringView text = xml.attributes().value(tableNs, name);
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok && n > 1 ? std::min(n, farAway) : 1;
}

// The text of a paragraph (or of a span, a link… inside it): spaces written as <text:s
// text:c="n"/>, tabs and line breaks as elements; notes and annotations are no part of it.
void readText(QXmlStreamReader& xml, QString* out)
{
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            return;
        if (token == QXmlStreamReader::Characters) {
            *out += xml.text();
        } else if (token == QXmlStreamReader::StartElement) {
            if (is(xml, textNs, QLatin1String("s"))) {
                bool ok = false;
                const qint64 n = xml.attributes().value(textNs, QStringLiteral("c")).toLongLong(&ok);
                // A cell longer than any is refused: a billion spaces need not be made first.
                out->append(QString(qsizetype(ok ? std::clamp<qint64>(n, 1, CsvSplitter::maxCellChars + 1) : 1), u' '));
                xml.skipCurrentElement();
            } else if (is(xml, textNs, QLatin1String("tab"))) {
                *out += u'\t';
                xml.skipCurrentElement();
            } else if (is(xml, textNs, QLatin1String("line-break"))) {
                *out += u'\n';
                xml.skipCurrentElement();
            } else if (is(xml, textNs, QLatin1String("note")) || is(xml, officeNs, QLatin1String("annotation"))) {
                xml.skipCurrentElement();
            } else {
                readText(xml, out);
            }
        }
    }
}

// A <table:table-cell>'s value as text, the reader left on its end element.
QString cellText(QXmlStreamReader& xml)
{
    const QXmlStreamAttributes a = xml.attributes();
    const QStringView type = a.value(officeNs, QStringLiteral("value-type"));
    QString text;
    if (type == QLatin1String("float") || type == QLatin1String("percentage") || type == QLatin1String("currency")) {
        bool ok = false;
        const QStringView value = a.value(officeNs, QStringLiteral("value"));
        const double v = value.toDouble(&ok);
        text = ok ? SheetBuilder::numberText(v) : value.toString();
    } else if (type == QLatin1String("date")) {
        text = DateFormats::isoText(a.value(officeNs, QStringLiteral("date-value")));
    } else if (type == QLatin1String("boolean")) {
        text = a.value(officeNs, QStringLiteral("boolean-value")) == QLatin1String("true") ? QStringLiteral("1")
                                                                                           : QStringLiteral("0");
    } else if (a.hasAttribute(officeNs, QStringLiteral("string-value"))) {
        text = a.value(officeNs, QStringLiteral("string-value")).toString();
    } else {
        // A string (or a time, as shown): its paragraphs, one a line.
        bool first = true;
        while (xml.readNextStartElement()) {
            if (is(xml, textNs, QLatin1String("p")) || is(xml, textNs, QLatin1String("h"))) {
                if (!first)
                    text += u'\n';
                first = false;
                readText(xml, &text);
            } else {
                xml.skipCurrentElement();
            }
        }
        return text;
    }
    xml.skipCurrentElement();
    return text;
}

struct Cell {
    qint64 column; // from 1
    qint64 repeat;
    QString text;
};

} // namespace

OdsReader::OdsReader(const QByteArray& bytes, const QString& fileName)
    : m_zip(bytes, fileName)
    , m_fileName(fileName)
{}

bool OdsReader::readContent(const QString& sheet, QStringList* names, std::optional<SheetBuilder>* builder,
                            QString* error, const Progress& progress)
{
    if (!m_zip.openError().isEmpty()) {
        *error = SheetReader::tr("%1 is not a readable %2 workbook: %3")
                     .arg(m_fileName, QStringLiteral("ODS"), m_zip.openError());
        return false;
    }
    const QString content = QStringLiteral("content.xml");
    if (!m_zip.contains(content)) {
        *error = SheetReader::tr("%1 is not a readable %2 workbook: %3")
                     .arg(m_fileName, QStringLiteral("ODS"), tr("it has no %1").arg(content));
        return false;
    }
    SheetBuilder* cells = nullptr;
    qint64 nextRow = 1;
    qint64 rowsRead = 0;
    std::vector<Cell> row;

    // One <table:table-row>, `repeat` times: nothing is done for the rows or the cells
    // that hold nothing, however many they are.
    const auto readRow = [&](QXmlStreamReader& xml, const ZipEntry& entry) {
        const qint64 repeat = repeatOf(xml, QStringLiteral("number-rows-repeated"));
        row.clear();
        qint64 column = 1;
        while (xml.readNextStartElement()) {
            if (!is(xml, tableNs, QLatin1String("table-cell")) &&
                !is(xml, tableNs, QLatin1String("covered-table-cell"))) {
                xml.skipCurrentElement();
                continue;
            }
            const qint64 n = repeatOf(xml, QStringLiteral("number-columns-repeated"));
            QString text = cellText(xml);
            if (!text.isEmpty())
                row.push_back({column, n, std::move(text)});
            column = std::min(column + n, farAway);
        }
        if (!row.empty()) {
            for (qint64 r = 0; r < repeat; ++r) {
                if (!cells->startRow(nextRow + r)) {
                    *error = cells->error();
                    return false;
                }
                for (const Cell& c : row)
                    for (qint64 k = 0; k < c.repeat; ++k)
                        if (!cells->cell(c.column + k, c.text)) {
                            *error = cells->error();
                            return false;
                        }
                if (progress && ++rowsRead % progressEvery == 0 && !progress(entry.inflated(), entry.declaredSize())) {
                    *error = SheetReader::tr("Reading %1 was cancelled.").arg(m_fileName);
                    return false;
                }
            }
        }
        nextRow = std::min(nextRow + repeat, farAway);
        return true;
    };
    // The rows of a table, some of them in groups (header rows, row groups).
    const std::function<bool(QXmlStreamReader&, const ZipEntry&)> readRows = [&](QXmlStreamReader& xml,
                                                                                 const ZipEntry& entry) {
        while (xml.readNextStartElement()) {
            if (is(xml, tableNs, QLatin1String("table-row"))) {
                if (!readRow(xml, entry))
                    return false;
            } else if (is(xml, tableNs, QLatin1String("table-header-rows")) ||
                       is(xml, tableNs, QLatin1String("table-row-group")) ||
                       is(xml, tableNs, QLatin1String("table-rows"))) {
                if (!readRows(xml, entry))
                    return false;
            } else {
                xml.skipCurrentElement();
            }
        }
        return true;
    };

    return m_zip.parseXml(
        content, error,
        [&](QXmlStreamReader& xml, const ZipEntry& entry) {
            if (!is(xml, tableNs, QLatin1String("table")))
                return true;
            const QString name = xml.attributes().value(tableNs, QStringLiteral("name")).toString();
            *names << name;
            if (!builder || builder->has_value() || !(sheet.isEmpty() || name == sheet)) {
                xml.skipCurrentElement();
                return true;
            }
            cells = &builder->emplace(m_fileName, name);
            return readRows(xml, entry);
        },
        [&](const QString& detail) { return cells ? cells->damaged(detail) : m_zip.damaged(detail); });
}

std::optional<QStringList> OdsReader::sheetNames(QString* error)
{
    QStringList names;
    if (!readContent(QString(), &names, nullptr, error, {}))
        return std::nullopt;
    return names;
}

std::optional<SheetTable> OdsReader::read(const QString& sheet, QString* error, const Progress& progress)
{
    QStringList names;
    std::optional<SheetBuilder> builder;
    if (!readContent(sheet, &names, &builder, error, progress))
        return std::nullopt;
    if (names.isEmpty()) {
        *error = SheetReader::tr("%1 holds no sheet.").arg(m_fileName);
        return std::nullopt;
    }
    if (!builder) {
        *error = SheetReader::tr("%1 has no sheet named \"%2\".").arg(m_fileName, sheet);
        return std::nullopt;
    }
    std::optional<SheetTable> table = builder->finish();
    if (!table)
        *error = builder->error();
    return table;
}

} // namespace palmares
