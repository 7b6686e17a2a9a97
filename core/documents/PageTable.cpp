#include "documents/PageTable.h"

#include <QTextLayout>

namespace comptoir::documents {

namespace {
const QColor kRuleGrey(0x99, 0x99, 0x99);
const QColor kHeaderFill(0xe8, 0xe8, 0xe8);
} // namespace

PageTable::PageTable(PageFlow& flow, QList<Column> columns, qreal fontPoints, int maxLinesPerCell)
    : m_flow(flow)
    , m_columns(std::move(columns))
    , m_points(fontPoints)
    , m_maxLines(maxLinesPerCell)
    , m_padding(flow.pt(fontPoints * 0.3))
{ }

QList<qreal> PageTable::widths(const PageFlow& flow, const QList<qreal>& fractions)
{
    qreal fixed = 0, shared = 0;
    int rest = 0;
    for (qreal fraction : fractions) {
        if (fraction < 0)
            fixed += flow.pt(-fraction);
        else if (fraction > 0)
            shared += fraction;
        else
            ++rest;
    }
    const qreal available = flow.width() - fixed;
    QList<qreal> widths;
    for (qreal fraction : fractions) {
        if (fraction < 0)
            widths << flow.pt(-fraction);
        else if (fraction > 0)
            widths << available * fraction;
        else
            widths << std::max<qreal>(0, available * (1 - shared) / std::max(rest, 1));
    }
    return widths;
}

PageFlow::Paragraph PageTable::cell(int column, const QString& text, bool bold, qreal points) const
{
    const Column& c = m_columns.at(column);
    return m_flow.paragraph(text, PageFlow::font(points > 0 ? points : m_points, bold),
        std::max<qreal>(1, c.width - 2 * m_padding), c.alignment, m_maxLines);
}

void PageTable::drawHeader()
{
    QList<PageFlow::Paragraph> titles;
    qreal height = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column& c = m_columns.at(i);
        titles << (c.title.isEmpty() ? nullptr
                                     : m_flow.paragraph(c.title, PageFlow::font(m_points * 0.9, true),
                                         std::max<qreal>(1, c.width - 2 * m_padding), c.alignment, 2));
        if (titles.last())
            height = std::max(height, PageFlow::height(titles.last()));
    }
    height += 2 * m_padding;
    const int pages = m_flow.pageCount();
    m_flow.keepTogether(height * 2); // never a header alone at the foot of a page
    if (m_flow.pageCount() != pages && m_open)
        return; // the new page's start has drawn it
    const qreal top = m_flow.y();
    m_flow.page().add(PrintedPage::Frame {QRectF(m_flow.left(), top, m_flow.width(), height), 0, kHeaderFill});
    qreal x = m_flow.left();
    for (int i = 0; i < m_columns.size(); ++i) {
        if (titles.at(i))
            m_flow.put(titles.at(i), QPointF(x + m_padding, top + m_padding));
        x += m_columns.at(i).width;
    }
    m_flow.advance(height);
}

void PageTable::addRow(const QStringList& cells, const QList<int>& boldColumns)
{
    QList<PageFlow::Paragraph> laidOut;
    for (int i = 0; i < m_columns.size(); ++i)
        laidOut << (m_columns.at(i).checkbox || cells.value(i).isEmpty()
                ? nullptr
                : cell(i, cells.value(i), boldColumns.contains(i)));
    addRow(laidOut);
}

void PageTable::addRow(const QList<PageFlow::Paragraph>& cells)
{
    qreal height = m_flow.pt(m_points); // an empty row still has room for its checkbox
    for (const auto& paragraph : cells)
        if (paragraph)
            height = std::max(height, PageFlow::height(paragraph));
    height += 2 * m_padding;
    if (!m_flow.fits(height) && !m_flow.atPageStart())
        m_flow.newPage(); // the page start draws the header again while the table is open
    const qreal top = m_flow.y();
    qreal x = m_flow.left();
    for (int i = 0; i < m_columns.size(); ++i) {
        const Column& c = m_columns.at(i);
        if (c.checkbox) {
            const qreal side = std::min(m_flow.pt(m_points * 0.95), c.width - 2 * m_padding);
            m_flow.page().add(PrintedPage::Frame {
                QRectF(x + (c.width - side) / 2, top + m_padding + m_flow.pt(m_points * 0.15), side, side),
                std::max<qreal>(1, m_flow.pt(0.6)), QColor()});
        } else if (const auto& paragraph = cells.value(i)) {
            m_flow.put(paragraph, QPointF(x + m_padding, top + m_padding));
        }
        x += c.width;
    }
    m_flow.advance(height);
    m_flow.rule(
        m_flow.left(), m_flow.left() + m_flow.width(), m_flow.y(), std::max<qreal>(1, m_flow.pt(0.4)), kRuleGrey);
}

} // namespace comptoir::documents
