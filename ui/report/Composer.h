// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTextCursor>

#include <functional>
#include <memory>
#include <vector>

class QChart;
class QTextDocument;

// What a report's sections write into: a rich-text document (QTextDocument) on A4, in the
// application's fonts, made of headings, paragraphs, tables and charts. The same sections
// make the PDF (charts drawn as vectors when the page is painted) and the ODT (charts as
// pictures, which an ODF editor keeps).
namespace palmares::report {

// A chart as a section asks for it: the function that makes and draws it (a new QChart or
// QPolarChart each time), its width and height on paper, and the size it is laid out at.
struct ChartSpec {
    std::function<QChart*()> make;
    double widthMm = 170;
    double heightMm = 90;
    QSizeF layoutSize{800, 420}; // the chart's own pixels: the size its fonts are made for
};

class Composer {
public:
    enum class Charts { Drawn, Pictures };
    // `document` is laid out for a device of `dpi` dots per inch (the PDF writer's, already
    // its layout's paint device; 96 for ODT, whose writer reads sizes in pixels of 96 dpi).
    // Its default font is set here. Drawn charts need a QApplication (QtCharts' widgets).
    Composer(QTextDocument* document, double dpi, Charts charts);
    ~Composer();
    Composer(const Composer&) = delete;
    Composer& operator=(const Composer&) = delete;

    // The big title of a cover page, and a line under it.
    void coverTitle(const QString& title, const QString& subtitle);
    // A heading: level 1 for a section (from the top of a new page when `newPage`), 2 and 3
    // inside it.
    void heading(int level, const QString& text, bool newPage = false);
    // A paragraph of plain text; `small` for notes and captions.
    void paragraph(const QString& text, bool small = false);
    // A paragraph of the rich text Words gives (already escaped).
    void richParagraph(const QString& html, bool small = false);
    // Label and value on each row, without rules: the facts of a cover or a sheet.
    void facts(const std::vector<std::pair<QString, QString>>& rows);
    // A table with a header row repeated on every page it runs over. `numeric` columns are
    // right-aligned; `widths` in percent of the page's width (empty: Qt decides).
    struct Column {
        QString header;
        double widthPct = 0;
        bool numeric = false;
    };
    // How big a table's type is: Normal (9 pt), Small (7.5 pt), Dense (6.5 pt, for the many
    // columns of the ranking).
    enum class Type { Normal, Small, Dense };
    void table(const std::vector<Column>& columns, const std::vector<QStringList>& rows, Type type = Type::Normal);
    // A chart, centred, the width of the text at most.
    void chart(const ChartSpec& spec);
    // A signature block: a label and room to sign, side by side.
    void signatures(const QStringList& labels);
    // A few millimetres of space.
    void space(double mm = 4);

    // Ends the writing: the document is laid out once, now, and not after every insertion.
    void finish();

private:
    double mm(double millimetres) const;
    void block(int level, bool newPage, bool small);
    void tableBlock();

    class ChartObjects;
    QTextDocument* m_document;
    QTextCursor m_cursor;
    double m_dpi;
    Charts m_mode;
    ChartObjects* m_objects = nullptr; // the document's child: it draws the charts when painted
    int m_pictures = 0;
    bool m_empty = true;
    bool m_open = true; // in the edit block
};

} // namespace palmares::report
