// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/DateFormats.h"

#include <orcus/spreadsheet/document.hpp>
#include <orcus/spreadsheet/styles.hpp>
#if PALMARES_ORCUS_API >= 18
#include <orcus/sax_parser.hpp>
#include <orcus/zip_archive.hpp>
#include <orcus/zip_archive_stream.hpp>
#endif

#include <cstdint>
#include <optional>
#include <unordered_map>

namespace palmares {

namespace {

// Whether a number format code ("dd/mm/yyyy", "[$-40C]d mmmm yyyy;@") shows a date.
bool isDateFormat(std::string_view code)
{
    bool inQuote = false;
    bool inBracket = false;
    for (char c : code) {
        if (c == '"')
            inQuote = !inQuote;
        else if (!inQuote && c == '[')
            inBracket = true;
        else if (!inQuote && c == ']')
            inBracket = false;
        else if (!inQuote && !inBracket) {
            const char l = char(c | 0x20);
            if (l == 'd' || l == 'y')
                return true;
        }
    }
    return false;
}

// Identifiers 14 to 17 and 22 are XLSX's built-in date formats: they come with no
// format code in the file.
bool isBuiltInDate(size_t id)
{
    return (id >= 14 && id <= 17) || id == 22;
}

std::optional<size_t> identifierOf(const orcus::spreadsheet::number_format_t& nf)
{
    return nf.identifier; // a size_t in 0.17, an optional in 0.19
}

std::string_view codeOf(const orcus::spreadsheet::number_format_t& nf)
{
#if PALMARES_ORCUS_API >= 18
    return nf.format_string.value_or(std::string_view());
#else
    return nf.format_string;
#endif
}

// XLSX: each cell format names its number format by identifier (numFmtId).
std::vector<bool> byIdentifier(const orcus::spreadsheet::styles& styles, const std::vector<size_t>& ids)
{
    std::unordered_map<size_t, bool> custom;
    for (size_t i = 0; i < styles.get_number_format_count(); ++i) {
        const orcus::spreadsheet::number_format_t& nf = *styles.get_number_format(i);
        if (const std::optional<size_t> id = identifierOf(nf))
            custom[*id] = isDateFormat(codeOf(nf));
    }
    std::vector<bool> dates;
    dates.reserve(ids.size());
    for (size_t id : ids) {
        const auto it = custom.find(id);
        dates.push_back(it != custom.end() ? it->second : isBuiltInDate(id));
    }
    return dates;
}

#if PALMARES_ORCUS_API >= 18
// The numFmtId of each cell format of an XLSX workbook, read from its xl/styles.xml
// with liborcus's own zip and XML readers. liborcus 0.19 turns these identifiers into
// positions among the file's own number formats, which the built-in ones are not: a
// cell in a built-in date format, or in the default one, then points at the first.
class CellFormatIds : public orcus::sax_handler {
public:
    std::vector<size_t> ids;

    void attribute(const orcus::sax::parser_attribute& attr)
    {
        if (attr.name == "numFmtId") {
            size_t id = 0;
            for (char c : attr.value)
                id = c >= '0' && c <= '9' ? id * 10 + size_t(c - '0') : id;
            m_numFmtId = id;
        }
    }
    void start_element(const orcus::sax::parser_element& elem)
    {
        if (elem.name == "cellXfs")
            m_inCellXfs = true;
        else if (m_inCellXfs && elem.name == "xf")
            ids.push_back(m_numFmtId);
        m_numFmtId = 0; // attributes come before their element
    }
    void end_element(const orcus::sax::parser_element& elem)
    {
        if (elem.name == "cellXfs")
            m_inCellXfs = false;
    }

private:
    bool m_inCellXfs = false;
    size_t m_numFmtId = 0;
};

std::vector<size_t> xlsxCellFormatIds(std::string_view bytes)
{
    try {
        orcus::zip_archive_stream_blob stream(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
        orcus::zip_archive zip(&stream);
        zip.load();
        const std::vector<unsigned char> xml = zip.read_file_entry("xl/styles.xml");
        CellFormatIds handler;
        orcus::sax_parser<CellFormatIds> parser(std::string_view(reinterpret_cast<const char*>(xml.data()), xml.size()),
                                                handler);
        parser.parse();
        return handler.ids;
    } catch (const std::exception&) {
        return {}; // no styles: no cell shows a date
    }
}
#endif

} // namespace

std::vector<bool> dateCellFormats(const orcus::spreadsheet::document& doc, std::string_view bytes, bool xlsx)
{
    const orcus::spreadsheet::styles& styles = doc.get_styles();
#if PALMARES_ORCUS_API >= 18
    if (xlsx)
        return byIdentifier(styles, xlsxCellFormatIds(bytes));
    // ODS: by position among the number formats.
    std::vector<bool> dates;
    for (size_t i = 0; i < styles.get_cell_formats_count(); ++i) {
        const size_t n = styles.get_cell_format(i)->number_format;
        dates.push_back(n < styles.get_number_format_count() && isDateFormat(codeOf(*styles.get_number_format(n))));
    }
    return dates;
#else
    // Both formats: by identifier.
    (void)bytes;
    (void)xlsx;
    std::vector<size_t> ids;
    for (size_t i = 0; i < styles.get_cell_formats_count(); ++i)
        ids.push_back(styles.get_cell_format(i)->number_format);
    return byIdentifier(styles, ids);
#endif
}

} // namespace palmares
