// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/Composer.h"

#include "ui/charts/Charts.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

namespace palmares::report {

namespace {

const QString fontFamily = QStringLiteral("DejaVu Sans");
constexpr double bodyPt = 10;
constexpr double smallPt = 8.5;
constexpr int chartObject = QTextFormat::UserObject + 1;
constexpr int chartIndex = QTextFormat::UserProperty + 1;
const QColor ink(0x1a, 0x1a, 0x1a);
const QColor accent(0x1f, 0x5f, 0x9f);
const QColor rule(0xb0, 0xb8, 0xc4);
const QColor headerFill(0xe6, 0xec, 0xf3);

QTextCharFormat text(double points, bool bold = false, QColor color = ink)
{
    QTextCharFormat f;
    f.setFontFamilies({fontFamily});
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(color);
    return f;
}

} // namespace

// Draws each chart object of the document with its ChartSpec, on the painter of the page.
class Composer::ChartObjects : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    ChartObjects(QObject* parent, double dpi)
        : QObject(parent)
        , m_dpi(dpi)
    {}
    std::vector<ChartSpec> specs;

    // In the device's pixels.
    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        const ChartSpec& spec = specs.at(size_t(format.property(chartIndex).toInt()));
        return QSizeF(spec.widthMm, spec.heightMm) * (m_dpi / 25.4);
    }
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        const ChartSpec& spec = specs.at(size_t(format.property(chartIndex).toInt()));
        charts::paint(spec.make(), spec.layoutSize, painter, rect);
    }

private:
    double m_dpi;
};

Composer::Composer(QTextDocument* document, double dpi, Charts charts)
    : m_document(document)
    , m_cursor(document)
    , m_dpi(dpi)
    , m_mode(charts)
{
    QFont font(fontFamily);
    font.setPointSizeF(bodyPt);
    m_document->setDefaultFont(font);
    m_document->setDocumentMargin(0);
    m_document->setUndoRedoEnabled(false);
    if (m_mode == Charts::Drawn) {
        m_objects = new ChartObjects(m_document, m_dpi);
        m_document->documentLayout()->registerHandler(chartObject, m_objects);
    }
    // One edit block for the whole document: laid out once, when it ends.
    m_cursor.beginEditBlock();
}

Composer::~Composer()
{
    finish();
}

void Composer::finish()
{
    if (m_open)
        m_cursor.endEditBlock();
    m_open = false;
}

double Composer::mm(double millimetres) const
{
    // Lengths in a format (margins, padding, rules) are pixels at 96 dpi, which the layout
    // scales to its device itself.
    return millimetres / 25.4 * 96;
}

void Composer::block(int level, bool newPage, bool small)
{
    QTextBlockFormat f;
    f.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    switch (level) {
    case 1:
        f.setTopMargin(mm(2));
        f.setBottomMargin(mm(3));
        break;
    case 2:
        f.setTopMargin(mm(4));
        f.setBottomMargin(mm(1.5));
        break;
    case 3:
        f.setTopMargin(mm(3));
        f.setBottomMargin(mm(1));
        break;
    default:
        f.setBottomMargin(mm(small ? 1 : 2));
        break;
    }
    if (newPage && !m_empty)
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    // The document's first block is there already; every other one is inserted.
    if (m_empty)
        m_cursor.setBlockFormat(f);
    else
        m_cursor.insertBlock(f);
    m_empty = false;
}

void Composer::tableBlock()
{
    // The cells' first blocks take the format of the block the table is inserted at: a
    // plain one, without margins or line spacing.
    block(0, false, false);
    m_cursor.setBlockFormat(QTextBlockFormat());
}

void Composer::coverTitle(const QString& title, const QString& subtitle)
{
    space(60);
    block(0, false, false);
    QTextBlockFormat centred = m_cursor.blockFormat();
    centred.setAlignment(Qt::AlignHCenter);
    m_cursor.setBlockFormat(centred);
    m_cursor.insertText(title, text(26, true, accent));
    block(0, false, false);
    m_cursor.setBlockFormat(centred);
    m_cursor.insertText(subtitle, text(15, false));
    space(20);
}

void Composer::heading(int level, const QString& title, bool newPage)
{
    block(level, newPage, false);
    const double size = level == 1 ? 17 : level == 2 ? 13 : 11;
    m_cursor.insertText(title, text(size, true, level == 1 ? accent : ink));
    m_cursor.setBlockCharFormat(text(bodyPt));
}

void Composer::paragraph(const QString& content, bool small)
{
    block(0, false, small);
    m_cursor.insertText(content, text(small ? smallPt : bodyPt, false, small ? QColor(0x44, 0x44, 0x44) : ink));
}

void Composer::richParagraph(const QString& html, bool small)
{
    block(0, false, small);
    m_cursor.setCharFormat(text(small ? smallPt : bodyPt));
    m_cursor.insertHtml(html);
}

void Composer::facts(const std::vector<std::pair<QString, QString>>& rows)
{
    if (rows.empty())
        return;
    tableBlock();
    QTextTableFormat f;
    f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    f.setBottomMargin(mm(2));
    f.setCellPadding(mm(0.6));
    f.setCellSpacing(0);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 32), QTextLength(QTextLength::PercentageLength, 68)});
    QTextTable* table = m_cursor.insertTable(int(rows.size()), 2, f);
    for (size_t r = 0; r < rows.size(); ++r) {
        QTextCursor label = table->cellAt(int(r), 0).firstCursorPosition();
        label.insertText(rows[r].first, text(bodyPt, true, QColor(0x44, 0x44, 0x44)));
        QTextCursor value = table->cellAt(int(r), 1).firstCursorPosition();
        value.insertText(rows[r].second, text(bodyPt));
    }
    m_cursor.movePosition(QTextCursor::End);
}

void Composer::table(const std::vector<Column>& columns, const std::vector<QStringList>& rows, Type type)
{
    if (columns.empty())
        return;
    tableBlock();
    QTextTableFormat f;
    f.setBottomMargin(mm(3));
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorder(mm(0.2));
    f.setBorderBrush(rule);
    f.setBorderCollapse(true);
    f.setCellPadding(mm(type == Type::Normal ? 1 : type == Type::Small ? 0.7 : 0.5));
    f.setCellSpacing(0);
    f.setHeaderRowCount(1);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    // The widths asked for, in proportion: the table fills the width of the text.
    double asked = 0;
    for (const Column& c : columns)
        asked += c.widthPct;
    if (asked > 0) {
        QList<QTextLength> widths;
        for (const Column& c : columns)
            widths << QTextLength(QTextLength::PercentageLength, c.widthPct * 100 / asked);
        f.setColumnWidthConstraints(widths);
    }
    QTextTable* table = m_cursor.insertTable(int(rows.size()) + 1, int(columns.size()), f);
    const double points = type == Type::Normal ? 9 : type == Type::Small ? 7.5 : 6.5;
    const double headerPoints = type == Type::Normal ? 8.5 : type == Type::Small ? 7 : 6;
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    const QTextBlockFormat left;
    for (size_t c = 0; c < columns.size(); ++c) {
        QTextTableCell cell = table->cellAt(0, int(c));
        QTextCharFormat fill = cell.format();
        fill.setBackground(headerFill);
        cell.setFormat(fill);
        QTextCursor at = cell.firstCursorPosition();
        at.setBlockFormat(columns[c].numeric ? right : left);
        at.insertText(columns[c].header, text(headerPoints, true));
    }
    for (size_t r = 0; r < rows.size(); ++r) {
        for (size_t c = 0; c < columns.size() && c < size_t(rows[r].size()); ++c) {
            QTextCursor at = table->cellAt(int(r) + 1, int(c)).firstCursorPosition();
            at.setBlockFormat(columns[c].numeric ? right : left);
            at.insertText(rows[r][int(c)], text(points));
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void Composer::chart(const ChartSpec& spec)
{
    block(0, false, false);
    QTextBlockFormat centred = m_cursor.blockFormat();
    centred.setAlignment(Qt::AlignHCenter);
    m_cursor.setBlockFormat(centred);
    if (m_mode == Charts::Drawn) {
        QTextCharFormat object;
        object.setObjectType(chartObject);
        object.setProperty(chartIndex, int(m_objects->specs.size()));
        m_objects->specs.push_back(spec);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        return;
    }
    // A picture at 200 dpi, as sharp on paper as the editor prints it.
    const double scale = 200.0 / 25.4;
    QImage picture(QSize(int(spec.widthMm * scale), int(spec.heightMm * scale)), QImage::Format_RGB32);
    picture.fill(Qt::white);
    {
        QPainter painter(&picture);
        painter.setRenderHint(QPainter::Antialiasing);
        charts::paint(spec.make(), spec.layoutSize, &painter, QRectF(QPointF(0, 0), QSizeF(picture.size())));
    }
    const QUrl name(QStringLiteral("chart-%1.png").arg(++m_pictures));
    m_document->addResource(QTextDocument::ImageResource, name, picture);
    QTextImageFormat image;
    image.setName(name.toString());
    // Its size like a format's lengths: pixels at 96 dpi.
    image.setWidth(mm(spec.widthMm));
    image.setHeight(mm(spec.heightMm));
    m_cursor.insertImage(image);
}

void Composer::signatures(const QStringList& labels)
{
    if (labels.isEmpty())
        return;
    tableBlock();
    QTextTableFormat f;
    f.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    f.setCellPadding(mm(2));
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable* table = m_cursor.insertTable(2, int(labels.size()), f);
    for (int c = 0; c < labels.size(); ++c) {
        table->cellAt(0, c).firstCursorPosition().insertText(labels[c], text(bodyPt, true));
        QTextCursor room = table->cellAt(1, c).firstCursorPosition();
        QTextBlockFormat tall;
        tall.setTopMargin(mm(25));
        room.setBlockFormat(tall);
        room.insertText(QStringLiteral("……………………………………"), text(bodyPt, false, rule));
    }
    m_cursor.movePosition(QTextCursor::End);
}

void Composer::space(double millimetres)
{
    block(0, false, false);
    QTextBlockFormat f = m_cursor.blockFormat();
    f.setTopMargin(mm(millimetres));
    f.setBottomMargin(0);
    m_cursor.setBlockFormat(f);
}

} // namespace palmares::report

#include "Composer.moc"
