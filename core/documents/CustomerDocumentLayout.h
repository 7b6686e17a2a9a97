#pragma once

#include "documents/Code128.h"
#include "documents/Letterhead.h"
#include "documents/PageFlow.h"
#include "documents/PageFormat.h"
#include "documents/PrintedPage.h"
#include "orders/Order.h"

#include <QColor>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>

namespace comptoir::documents {

// What the documents a customer holds share, so that a packing slip and a return form look like
// one family: the sizes for the paper, the first page's header (the shop's letterhead beside the
// title and the document's number as a Code 128 barcode), the header of further pages, headed
// paragraphs, and a footer on every page. Draws on a PageFlow it does not own.
class CustomerDocumentLayout final
{
public:
    // Sizes in points: office sheets are read at arm's length, a 4×6 label must hold it all.
    struct Typography
    {
        qreal body;
        qreal small;
        qreal title;
        qreal shopName;
        qreal number;
        qreal shipName;
        qreal shipLines;
        qreal barHeight;
        qreal moduleWidth; // the widest a barcode module gets
        QSizeF logo;
        qreal gap;
        int maxCellLines;

        static Typography forFormat(PageFormat format);
    };

    // Secondary text: the shop's address, headings, footers.
    static inline const QColor kGrey {0x55, 0x55, 0x55};

    // Lays out on `flow` for `format`, the document's number (also its barcode) being `number`;
    // keeps the room of the footer at the bottom of every page.
    CustomerDocumentLayout(PageFlow& flow, const Letterhead& letterhead, PageFormat format, const QString& number);

    const Typography& type() const { return m_type; }
    bool isLabel() const { return m_format == PageFormat::Label4x6; }
    qreal gap() const { return m_flow.pt(m_type.gap); }
    QFont smallFont() const { return PageFlow::font(m_type.small); }

    // The first page's header: the letterhead on the left; on the right the title, the barcode
    // with the number under it, then `details` (a date, another number), each on its own line.
    // Ends with a rule under the taller side.
    void placeHeader(const QString& title, const QStringList& details);
    // The header of a further page: `title` ("Order #1042 (continued)"), the shop's name and a
    // smaller barcode; ends with a rule.
    void placeContinuedHeader(const QString& title);
    // A headed paragraph: kept whole (in a frame when `framed`) when it fits on a page, poured
    // over pages when it does not. Nothing when the text is blank.
    void placeSection(const QString& heading, const QString& text, const QFont& font, const QColor& color, bool framed);

    // The pages laid out so far, each with its footer: `footer(page, pageCount)`, pages from 1.
    QList<PrintedPage> finish(const std::function<QString(int page, int pageCount)>& footer);

    // Lines joined the way a paragraph keeps them apart.
    static QString joined(const QStringList& lines);
    // Company, street lines, "postcode city" and, abroad only, the country in capitals; no name.
    static QStringList addressLines(const orders::Address& address, const QString& shopCountry);

private:
    // Places the barcode whose right edge (quiet zone included) is at `right`, the number written
    // under it; returns the bottom of the whole.
    qreal placeBarcode(qreal right, qreal top, qreal maxWidth, qreal barHeight, const QFont& font);
    void placeRule();

    PageFlow& m_flow;
    const Letterhead& m_letterhead;
    PageFormat m_format;
    Typography m_type;
    QString m_number;
    Code128 m_code;
    qreal m_footerHeight;
};

} // namespace comptoir::documents
