#include "documents/PageFlow.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace comptoir::documents {

PageFlow::PageFlow(const QPaintDevice* device, const PageGeometry& geometry)
    : m_device(device)
    , m_geometry(geometry)
    , m_bottom(geometry.content.bottom())
    , m_y(geometry.content.top())
    , m_bodyTop(m_y)
{
    m_pages << PrintedPage(m_geometry.paper);
}

void PageFlow::keepTogether(qreal height)
{
    if (!fits(height) && !atPageStart())
        newPage();
}

void PageFlow::newPage()
{
    m_pages << PrintedPage(m_geometry.paper);
    m_y = top();
    m_bodyTop = m_y;
    if (m_pageStart) {
        // What the running header draws stays on this page, whatever its size.
        m_startingPage = true;
        m_pageStart();
        m_startingPage = false;
    }
    m_bodyTop = m_y;
}

QList<PrintedPage> PageFlow::takePages()
{
    QList<PrintedPage> pages = std::move(m_pages);
    m_pages = {PrintedPage(m_geometry.paper)};
    m_y = top();
    m_bodyTop = m_y;
    return pages;
}

QFont PageFlow::font(qreal points, bool bold, bool italic)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

namespace {

void layOut(QTextLayout& layout, qreal width)
{
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
}

} // namespace

PageFlow::Paragraph PageFlow::paragraph(
    const QString& text, const QFont& font, qreal width, Qt::Alignment alignment, int maxLines) const
{
    QString shown = text.trimmed();
    shown.replace(QStringLiteral("\r\n"), QString(QChar::LineSeparator));
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto layout = std::make_shared<QTextLayout>(shown, font, m_device);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layOut(*layout, width);
    if (maxLines > 0 && layout->lineCount() > maxLines) {
        const int start = layout->lineAt(maxLines - 1).textStart();
        QString rest = shown.mid(start);
        rest.replace(QChar::LineSeparator, QLatin1Char(' '));
        const QString last = QFontMetricsF(font, m_device).elidedText(rest, Qt::ElideRight, width * 0.98);
        layout->setText(shown.left(start) + last);
        layOut(*layout, width);
    }
    return layout;
}

qreal PageFlow::height(const Paragraph& paragraph)
{
    if (paragraph->lineCount() == 0)
        return 0;
    const QTextLine last = paragraph->lineAt(paragraph->lineCount() - 1);
    return last.y() + last.height();
}

void PageFlow::put(const Paragraph& paragraph, QPointF at, const QColor& color)
{
    if (paragraph->lineCount() > 0)
        page().add(PrintedPage::Text {paragraph, 0, paragraph->lineCount(), at, color});
}

void PageFlow::pour(const Paragraph& paragraph, qreal x, const QColor& color)
{
    int first = 0;
    while (first < paragraph->lineCount()) {
        const qreal firstTop = paragraph->lineAt(first).y();
        int count = 0;
        while (first + count < paragraph->lineCount()) {
            const QTextLine line = paragraph->lineAt(first + count);
            if (!fits(line.y() + line.height() - firstTop))
                break;
            ++count;
        }
        if (count == 0 && !atPageStart()) {
            newPage();
            continue;
        }
        count = std::max(count, 1); // a line taller than a page: drawn anyway rather than lost
        page().add(PrintedPage::Text {paragraph, first, count, QPointF(x, m_y), color});
        const QTextLine last = paragraph->lineAt(first + count - 1);
        m_y += last.y() + last.height() - firstTop;
        first += count;
    }
}

void PageFlow::rule(qreal x1, qreal x2, qreal y, qreal width, const QColor& color)
{
    page().add(PrintedPage::Rule {QLineF(x1, y, x2, y), width, color});
}

} // namespace comptoir::documents
