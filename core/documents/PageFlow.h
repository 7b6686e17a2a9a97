#pragma once

#include "documents/PageFormat.h"
#include "documents/PrintedPage.h"

#include <QFont>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QPaintDevice;
class QTextLayout;

namespace comptoir::documents {

// Pours a document onto pages, top to bottom: paragraphs laid out for the target device, a new
// page (with its running header) when the next block does not fit. Works in device pixels; pt()
// converts from typographic points.
class PageFlow final
{
public:
    using Paragraph = std::shared_ptr<const QTextLayout>;

    PageFlow(const QPaintDevice* device, const PageGeometry& geometry);

    qreal pt(qreal points) const { return points * m_geometry.dpi / 72.0; }
    const PageGeometry& geometry() const { return m_geometry; }
    qreal left() const { return m_geometry.content.left(); }
    qreal width() const { return m_geometry.content.width(); }
    qreal top() const { return m_geometry.content.top(); }
    // The lowest point blocks may reach; the running footer lives below it.
    qreal bottom() const { return m_bottom; }
    void setBottom(qreal bottom) { m_bottom = bottom; }

    qreal y() const { return m_y; }
    void setY(qreal y) { m_y = y; }
    void advance(qreal height) { m_y += height; }
    bool fits(qreal height) const { return m_y + height <= m_bottom + 0.01; }
    // Starts a new page unless `height` fits below the current point (or nothing more would fit
    // on a new page).
    void keepTogether(qreal height);
    // Whether nothing has been put below the running header of this page yet.
    bool atPageStart() const { return m_startingPage || m_y <= m_bodyTop + 0.01; }

    // Called at the top of every page after the first, to draw the running header.
    void setPageStart(std::function<void()> start) { m_pageStart = std::move(start); }
    void newPage();
    PrintedPage& page() { return m_pages.last(); }
    int pageCount() const { return int(m_pages.size()); }
    QList<PrintedPage> takePages();

    // The sans-serif face documents are set in, at `points` size.
    static QFont font(qreal points, bool bold = false, bool italic = false);

    // A paragraph `width` wide (line breaks kept, long words broken); with maxLines, the rest is
    // cut and the last line ends with "…".
    Paragraph paragraph(const QString& text, const QFont& font, qreal width, Qt::Alignment alignment = Qt::AlignLeft,
        int maxLines = 0) const;
    static qreal height(const Paragraph& paragraph);

    // Puts a whole paragraph with its top left at `at` on the current page.
    void put(const Paragraph& paragraph, QPointF at, const QColor& color = Qt::black);
    // Pours a paragraph at the current point, line by line, onto as many pages as it needs.
    void pour(const Paragraph& paragraph, qreal x, const QColor& color = Qt::black);
    void rule(qreal x1, qreal x2, qreal y, qreal width, const QColor& color = Qt::black);

private:
    const QPaintDevice* m_device;
    PageGeometry m_geometry;
    qreal m_bottom;
    qreal m_y;
    qreal m_bodyTop; // below the running header
    bool m_startingPage = false;
    std::function<void()> m_pageStart;
    QList<PrintedPage> m_pages;
};

} // namespace comptoir::documents
