// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>
#include <vector>

namespace orcus::spreadsheet {
class document;
}

namespace palmares {

// Which cell formats (xf) of a workbook read by liborcus show a date, by xf index, so
// that a date cell is read as a date and not as its serial number. liborcus 0.17
// (Debian 12) and 0.19 (Debian 13) give cell formats differently; this file is the one
// place that knows both. `bytes` is the workbook file, `xlsx` whether it is XLSX (else
// ODS).
std::vector<bool> dateCellFormats(const orcus::spreadsheet::document& doc, std::string_view bytes, bool xlsx);

} // namespace palmares
