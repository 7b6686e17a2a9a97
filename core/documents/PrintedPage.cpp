#include "documents/PrintedPage.h"

#include <QPainter>
#include <QTextLayout>

namespace comptoir::documents {

QList<QRectF> PrintedPage::drawnRects() const
{
    QList<QRectF> rects;
    for (const Frame& frame : m_frames)
        rects << frame.rect.adjusted(-frame.penWidth / 2, -frame.penWidth / 2, frame.penWidth / 2, frame.penWidth / 2);
    for (const Rule& rule : m_rules) {
        // Flat caps: a line is only as long as it is, and as thick as its width across.
        const qreal across = rule.width / 2;
        const qreal x = rule.line.dy() == 0 ? 0 : across;
        const qreal y = rule.line.dx() == 0 ? 0 : across;
        rects << QRectF(rule.line.p1(), rule.line.p2()).normalized().adjusted(-x, -y, x, y);
    }
    return rects + contentRects();
}

QList<QRectF> PrintedPage::contentRects() const
{
    QList<QRectF> rects;
    for (const Picture& picture : m_pictures)
        rects << picture.rect;
    for (const Bars& bars : m_bars)
        rects << bars.rect;
    for (const Text& text : m_texts) {
        const QTextLine first = text.layout->lineAt(text.firstLine);
        for (int i = text.firstLine; i < text.firstLine + text.lineCount; ++i) {
            const QTextLine line = text.layout->lineAt(i);
            QRectF glyphs = line.naturalTextRect();
            glyphs.setTop(line.y());
            glyphs.setHeight(line.height());
            rects << glyphs.translated(text.origin.x(), text.origin.y() - first.y());
        }
    }
    return rects;
}

QStringList PrintedPage::texts() const
{
    QStringList list;
    for (const Text& text : m_texts) {
        const QString whole = text.layout->text();
        const QTextLine first = text.layout->lineAt(text.firstLine);
        const QTextLine last = text.layout->lineAt(text.firstLine + text.lineCount - 1);
        list << whole.mid(first.textStart(), last.textStart() + last.textLength() - first.textStart())
                    .replace(QChar::LineSeparator, QLatin1Char('\n'));
    }
    return list;
}

void PrintedPage::paint(QPainter& painter) const
{
    for (const Frame& frame : m_frames) {
        if (frame.fill.isValid())
            painter.fillRect(frame.rect, frame.fill);
        if (frame.penWidth > 0) {
            painter.setPen(QPen(Qt::black, frame.penWidth));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(frame.rect);
        }
    }
    for (const Rule& rule : m_rules) {
        painter.setPen(QPen(rule.color, rule.width, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(rule.line);
    }
    for (const Picture& picture : m_pictures)
        painter.drawImage(picture.rect, picture.image);
    for (const Bars& bars : m_bars)
        for (const auto& [start, width] : bars.runs)
            painter.fillRect(QRectF(bars.rect.left() + start * bars.moduleWidth, bars.rect.top(),
                                 width * bars.moduleWidth, bars.rect.height()),
                Qt::black);
    for (const Text& text : m_texts) {
        painter.setPen(text.color);
        const QPointF offset(text.origin.x(), text.origin.y() - text.layout->lineAt(text.firstLine).y());
        for (int i = text.firstLine; i < text.firstLine + text.lineCount; ++i)
            text.layout->lineAt(i).draw(&painter, offset);
    }
}

} // namespace comptoir::documents
