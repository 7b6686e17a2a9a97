#pragma once

#include "documents/PageFlow.h"

#include <QList>
#include <QString>

namespace comptoir::documents {

// A table poured onto pages: rows are never split, and the header row is drawn again at the top of
// every page the table continues on (from the flow's page start, through drawHeader()).
class PageTable final
{
public:
    struct Column
    {
        QString title;
        qreal width = 0; // device pixels
        Qt::Alignment alignment = Qt::AlignLeft;
        bool checkbox = false; // a box to tick instead of text
    };

    PageTable(PageFlow& flow, QList<Column> columns, qreal fontPoints, int maxLinesPerCell);

    // Widths from fractions of the flow's width; fixed widths (in points) where a fraction is
    // negative: {-12, 0.2, 0, 0.1} gives 12 pt, 20 %, the rest, 10 %.
    static QList<qreal> widths(const PageFlow& flow, const QList<qreal>& fractions);

    void drawHeader();
    // A row of texts, one per column (ignored for checkbox columns), in the table's font; bold
    // columns are given by index.
    void addRow(const QStringList& cells, const QList<int>& boldColumns = {});
    // The same, with the paragraphs already laid out (null for an empty cell).
    void addRow(const QList<PageFlow::Paragraph>& cells);
    PageFlow::Paragraph cell(int column, const QString& text, bool bold = false, qreal points = 0) const;
    bool isOpen() const { return m_open; }
    void close() { m_open = false; }

private:
    PageFlow& m_flow;
    QList<Column> m_columns;
    qreal m_points;
    int m_maxLines;
    qreal m_padding;
    bool m_open = true;
};

} // namespace comptoir::documents
