#pragma once

#include <QColor>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QRectF>

#include <memory>

class QPainter;
class QTextLayout;

namespace comptoir::documents {

// One page of a document laid out for a paint device, in that device's pixels: every text, bar,
// picture and rule with the place it takes. Laying out apart from painting lets the tests check
// that nothing leaves the page, and lets a batch paint page after page without keeping them.
class PrintedPage final
{
public:
    // Lines [firstLine, firstLine + lineCount) of a laid-out paragraph, the first one's top at `top`.
    struct Text
    {
        std::shared_ptr<const QTextLayout> layout;
        int firstLine = 0;
        int lineCount = 0;
        QPointF origin; // where the paragraph's (0, 0) lands on the page
        QColor color;
    };
    // A barcode: black bars, each [start, start + width) modules from `origin`, on whole device pixels.
    struct Bars
    {
        QRectF rect;
        qreal moduleWidth = 1;
        QList<std::pair<int, int>> runs;
    };
    struct Picture
    {
        QRectF rect;
        QImage image;
    };
    struct Rule
    {
        QLineF line;
        qreal width = 1;
        QColor color;
    };
    struct Frame
    {
        QRectF rect;
        qreal penWidth = 0; // 0: no outline
        QColor fill; // invalid: not filled
    };

    PrintedPage() = default;
    // The whole sheet, in device pixels, with (0, 0) at the top left of the printable area.
    explicit PrintedPage(const QRectF& paper)
        : m_paper(paper)
    { }

    QRectF paper() const { return m_paper; }

    void add(Text text) { m_texts << std::move(text); }
    void add(Bars bars) { m_bars << std::move(bars); }
    void add(Picture picture) { m_pictures << std::move(picture); }
    void add(Rule rule) { m_rules << std::move(rule); }
    void add(Frame frame) { m_frames << std::move(frame); }

    // Every drawn element's bounds (texts: their lines' natural extent), for checks and tests.
    QList<QRectF> drawnRects() const;
    // The bounds of what must never overlap: texts line by line, barcodes and pictures.
    QList<QRectF> contentRects() const;
    // The plain text of the page, paragraph by paragraph in the order they were laid out.
    QStringList texts() const;

    void paint(QPainter& painter) const;

private:
    QRectF m_paper;
    QList<Frame> m_frames;
    QList<Rule> m_rules;
    QList<Picture> m_pictures;
    QList<Bars> m_bars;
    QList<Text> m_texts;
};

} // namespace comptoir::documents
