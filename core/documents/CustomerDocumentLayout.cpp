#include "documents/CustomerDocumentLayout.h"

#include <QLocale>
#include <QTextLayout>

#include <cmath>

namespace comptoir::documents {

CustomerDocumentLayout::Typography CustomerDocumentLayout::Typography::forFormat(PageFormat format)
{
    if (format == PageFormat::Label4x6)
        return {7, 5.5, 8.5, 8, 9, 11, 9.5, 30, 0.9, QSizeF(60, 22), 6, 3};
    return {9, 7.5, 15, 11, 11, 14, 12, 40, 1.0, QSizeF(130, 50), 12, 4};
}

CustomerDocumentLayout::CustomerDocumentLayout(
    PageFlow& flow, const Letterhead& letterhead, PageFormat format, const QString& number)
    : m_flow(flow)
    , m_letterhead(letterhead)
    , m_format(format)
    , m_type(Typography::forFormat(format))
    , m_number(number)
    , m_code(Code128::encode(number))
    , m_footerHeight(PageFlow::height(flow.paragraph(QStringLiteral("#"), smallFont(), flow.width())))
{
    m_flow.setBottom(m_flow.geometry().content.bottom() - m_footerHeight - gap() / 2);
}

QString CustomerDocumentLayout::joined(const QStringList& lines)
{
    return lines.join(QChar::LineSeparator);
}

QStringList CustomerDocumentLayout::addressLines(const orders::Address& address, const QString& shopCountry)
{
    QStringList lines;
    for (const QString& part : {address.company, address.address1, address.address2,
             QString(address.postcode.trimmed() + QLatin1Char(' ') + address.city.trimmed())})
        if (!part.trimmed().isEmpty())
            lines << part.trimmed();
    // The country only for abroad, in capitals and in English as the postal conventions want.
    const QString country = address.country.trimmed().toUpper();
    if (!country.isEmpty() && country != shopCountry.trimmed().toUpper()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(country);
        lines << (territory == QLocale::AnyTerritory ? country : QLocale::territoryToString(territory).toUpper());
    }
    return lines;
}

// Bars are whole device pixels wide, so that a scanner reads every module the same width.
qreal CustomerDocumentLayout::placeBarcode(qreal right, qreal top, qreal maxWidth, qreal barHeight, const QFont& font)
{
    qreal y = top;
    qreal textLeft = right - maxWidth;
    qreal textWidth = maxWidth;
    if (!m_code.isEmpty()) {
        const int span = m_code.modules() + 2 * Code128::kQuietZone;
        qreal module = std::floor(std::min(m_flow.pt(m_type.moduleWidth), maxWidth / span));
        if (module < 1)
            module = maxWidth / span; // a very coarse device: thinner than a pixel rather than too wide
        const qreal x = std::round(right - (m_code.modules() + Code128::kQuietZone) * module);
        m_flow.page().add(
            PrintedPage::Bars {QRectF(x, y, m_code.modules() * module, barHeight), module, m_code.bars()});
        y += barHeight + m_flow.pt(1.5);
        textLeft = x - Code128::kQuietZone * module;
        textWidth = span * module;
    }
    const auto text
        = m_flow.paragraph(m_number, font, textWidth, m_code.isEmpty() ? Qt::AlignRight : Qt::AlignHCenter, 1);
    m_flow.put(text, QPointF(textLeft, y));
    return y + PageFlow::height(text);
}

void CustomerDocumentLayout::placeRule()
{
    m_flow.rule(m_flow.left(), m_flow.left() + m_flow.width(), m_flow.y(), std::max<qreal>(1, m_flow.pt(0.8)));
    m_flow.advance(gap() / 2 + m_flow.pt(1));
}

void CustomerDocumentLayout::placeHeader(const QString& title, const QStringList& details)
{
    const bool label = isLabel();
    const qreal left = m_flow.left();
    const qreal width = m_flow.width();
    const qreal right = left + width;
    const QFont small = smallFont();

    // The shop on the left, the document on the right.
    const qreal leftWidth = width * (label ? 0.5 : 0.55) - gap() / 2;
    const qreal rightWidth = width - leftWidth - gap();
    qreal leftY = m_flow.top();
    if (!m_letterhead.logo.isNull()) {
        QSizeF size = m_letterhead.logo.size();
        size.scale(QSizeF(std::min(m_flow.pt(m_type.logo.width()), leftWidth), m_flow.pt(m_type.logo.height())),
            Qt::KeepAspectRatio);
        m_flow.page().add(PrintedPage::Picture {QRectF(QPointF(left, leftY), size), m_letterhead.logo});
        leftY += size.height() + m_flow.pt(m_type.gap / 3);
    }
    if (!m_letterhead.shop.name.trimmed().isEmpty()) {
        const auto name
            = m_flow.paragraph(m_letterhead.shop.name, PageFlow::font(m_type.shopName, true), leftWidth, {}, 2);
        m_flow.put(name, QPointF(left, leftY));
        leftY += PageFlow::height(name);
    }
    QStringList shopLines = m_letterhead.postalLines();
    if (label && !shopLines.isEmpty())
        shopLines = QStringList {shopLines.join(QStringLiteral(", "))};
    if (const QString contact = m_letterhead.contactLine(); !contact.isEmpty())
        shopLines << contact;
    if (!shopLines.isEmpty()) {
        const auto address = m_flow.paragraph(joined(shopLines), small, leftWidth, {}, label ? 3 : 5);
        m_flow.put(address, QPointF(left, leftY), kGrey);
        leftY += PageFlow::height(address);
    }

    const auto heading = m_flow.paragraph(title, PageFlow::font(m_type.title, true), rightWidth, Qt::AlignRight, 1);
    m_flow.put(heading, QPointF(right - rightWidth, m_flow.top()));
    qreal rightY = m_flow.top() + PageFlow::height(heading) + m_flow.pt(m_type.gap / 3);
    rightY = placeBarcode(right, rightY, rightWidth, m_flow.pt(m_type.barHeight), PageFlow::font(m_type.number, true));
    if (!details.isEmpty()) {
        const auto text = m_flow.paragraph(joined(details), small, rightWidth, Qt::AlignRight, int(details.size()) * 2);
        m_flow.put(text, QPointF(right - rightWidth, rightY));
        rightY += PageFlow::height(text);
    }
    m_flow.setY(std::max(leftY, rightY) + gap() / 2);
    placeRule();
}

void CustomerDocumentLayout::placeContinuedHeader(const QString& title)
{
    const qreal left = m_flow.left();
    const qreal width = m_flow.width();
    const qreal barWidth = width * 0.4;
    const auto continued
        = m_flow.paragraph(title, PageFlow::font(m_type.shopName, true), width - barWidth - gap(), {}, 2);
    m_flow.put(continued, QPointF(left, m_flow.top()));
    qreal bottom = m_flow.top() + PageFlow::height(continued);
    if (!m_letterhead.shop.name.trimmed().isEmpty()) {
        const auto shop = m_flow.paragraph(m_letterhead.shop.name, smallFont(), width - barWidth - gap(), {}, 1);
        m_flow.put(shop, QPointF(left, bottom), kGrey);
        bottom += PageFlow::height(shop);
    }
    bottom = std::max(bottom,
        placeBarcode(left + width, m_flow.top(), barWidth, m_flow.pt(m_type.barHeight * 0.7),
            PageFlow::font(m_type.small, true)));
    m_flow.setY(bottom + gap() / 2);
    placeRule();
}

void CustomerDocumentLayout::placeSection(
    const QString& heading, const QString& text, const QFont& font, const QColor& color, bool framed)
{
    if (text.trimmed().isEmpty())
        return;
    const qreal left = m_flow.left();
    const qreal width = m_flow.width();
    m_flow.advance(gap());
    const qreal inset = framed ? m_flow.pt(m_type.gap / 2) : 0;
    const auto head = m_flow.paragraph(heading, PageFlow::font(m_type.small, true), width - 2 * inset, {}, 2);
    const auto body = m_flow.paragraph(text, font, width - 2 * inset);
    const qreal height = PageFlow::height(head) + PageFlow::height(body) + 2 * inset;
    m_flow.keepTogether(height);
    if (framed && m_flow.fits(height)) {
        const qreal pen = std::max<qreal>(1, m_flow.pt(0.8));
        m_flow.page().add(PrintedPage::Frame {
            QRectF(left, m_flow.y(), width, height).adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2), pen, QColor()});
        m_flow.put(head, QPointF(left + inset, m_flow.y() + inset), kGrey);
        m_flow.put(body, QPointF(left + inset, m_flow.y() + inset + PageFlow::height(head)), color);
        m_flow.advance(height);
        return;
    }
    m_flow.keepTogether(PageFlow::height(head) * 3);
    m_flow.put(head, QPointF(left + inset, m_flow.y()), kGrey);
    m_flow.advance(PageFlow::height(head));
    m_flow.pour(body, left + inset, color);
}

QList<PrintedPage> CustomerDocumentLayout::finish(const std::function<QString(int page, int pageCount)>& footer)
{
    QList<PrintedPage> pages = m_flow.takePages();
    const qreal left = m_flow.left();
    const qreal top = m_flow.geometry().content.bottom() - m_footerHeight;
    for (int i = 0; i < pages.size(); ++i) {
        const auto text
            = m_flow.paragraph(footer(i + 1, int(pages.size())), smallFont(), m_flow.width(), Qt::AlignRight, 1);
        pages[i].add(PrintedPage::Text {text, 0, text->lineCount(), QPointF(left, top), kGrey});
    }
    return pages;
}

} // namespace comptoir::documents
