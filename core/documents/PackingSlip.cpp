#include "documents/PackingSlip.h"

#include "documents/Code128.h"
#include "documents/PageFlow.h"
#include "documents/PageTable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextLayout>

#include <cmath>
#include <optional>

namespace comptoir::documents {

namespace {

const QColor kGrey(0x55, 0x55, 0x55);

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
};

Typography typographyFor(PageFormat format)
{
    if (format == PageFormat::Label4x6)
        return {7, 5.5, 8.5, 8, 9, 11, 9.5, 30, 0.9, QSizeF(60, 22), 6, 3};
    return {9, 7.5, 15, 11, 11, 14, 12, 40, 1.0, QSizeF(130, 50), 12, 4};
}

QString joined(const QStringList& lines)
{
    return lines.join(QChar::LineSeparator);
}

// Places the order number as a barcode whose right edge (quiet zone included) is at `right`, with
// the number written under it; returns the bottom of the whole. Bars are whole device pixels wide.
qreal placeBarcode(PageFlow& flow, const Code128& code, const QString& number, qreal right, qreal top, qreal maxWidth,
    qreal barHeight, qreal moduleWidth, const QFont& font)
{
    qreal y = top;
    qreal textLeft = right - maxWidth;
    qreal textWidth = maxWidth;
    if (!code.isEmpty()) {
        const int span = code.modules() + 2 * Code128::kQuietZone;
        qreal module = std::floor(std::min(moduleWidth, maxWidth / span));
        if (module < 1)
            module = maxWidth / span; // a very coarse device: thinner than a pixel rather than too wide
        const qreal x = std::round(right - (code.modules() + Code128::kQuietZone) * module);
        flow.page().add(PrintedPage::Bars {QRectF(x, y, code.modules() * module, barHeight), module, code.bars()});
        y += barHeight + flow.pt(1.5);
        textLeft = x - Code128::kQuietZone * module;
        textWidth = span * module;
    }
    const auto text = flow.paragraph(number, font, textWidth, code.isEmpty() ? Qt::AlignRight : Qt::AlignHCenter, 1);
    flow.put(text, QPointF(textLeft, y));
    return y + PageFlow::height(text);
}

QStringList addressLines(const orders::Address& address, const QString& shopCountry)
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

bool sameAddress(const orders::Address& a, const orders::Address& b)
{
    const auto key = [](const orders::Address& x) {
        return QStringList {x.name, x.company, x.address1, x.address2, x.postcode, x.city, x.country}
            .join(QLatin1Char('\n'))
            .simplified()
            .toCaseFolded();
    };
    return key(a) == key(b);
}

} // namespace

PackingSlip::PackingSlip(orders::Order order, Letterhead letterhead, PageFormat format, bool prices)
    : m_order(std::move(order))
    , m_letterhead(std::move(letterhead))
    , m_format(format)
    , m_prices(prices)
{ }

QList<PrintedPage> PackingSlip::layout(const QPaintDevice* device, const PageGeometry& geometry) const
{
    const Typography type = typographyFor(m_format);
    const bool label = m_format == PageFormat::Label4x6;
    const QLocale locale;
    const Code128 code = Code128::encode(m_order.number);
    PageFlow flow(device, geometry);
    const qreal gap = flow.pt(type.gap);
    const qreal left = flow.left();
    const qreal right = flow.left() + flow.width();
    const qreal width = flow.width();

    const QFont smallFont = PageFlow::font(type.small);
    const qreal footerHeight = PageFlow::height(flow.paragraph(QStringLiteral("#"), smallFont, width));
    flow.setBottom(geometry.content.bottom() - footerHeight - gap / 2);

    // The first page's header: the shop on the left, the order on the right.
    const qreal leftWidth = width * (label ? 0.5 : 0.55) - gap / 2;
    const qreal rightWidth = width - leftWidth - gap;
    qreal leftY = flow.top();
    if (!m_letterhead.logo.isNull()) {
        QSizeF size = m_letterhead.logo.size();
        size.scale(
            QSizeF(std::min(flow.pt(type.logo.width()), leftWidth), flow.pt(type.logo.height())), Qt::KeepAspectRatio);
        flow.page().add(PrintedPage::Picture {QRectF(QPointF(left, leftY), size), m_letterhead.logo});
        leftY += size.height() + flow.pt(type.gap / 3);
    }
    if (!m_letterhead.shop.name.trimmed().isEmpty()) {
        const auto name = flow.paragraph(m_letterhead.shop.name, PageFlow::font(type.shopName, true), leftWidth, {}, 2);
        flow.put(name, QPointF(left, leftY));
        leftY += PageFlow::height(name);
    }
    QStringList shopLines = m_letterhead.postalLines();
    if (label && !shopLines.isEmpty())
        shopLines = QStringList {shopLines.join(QStringLiteral(", "))};
    if (const QString contact = m_letterhead.contactLine(); !contact.isEmpty())
        shopLines << contact;
    if (!shopLines.isEmpty()) {
        const auto address = flow.paragraph(joined(shopLines), smallFont, leftWidth, {}, label ? 3 : 5);
        flow.put(address, QPointF(left, leftY), kGrey);
        leftY += PageFlow::height(address);
    }

    const auto title = flow.paragraph(QCoreApplication::translate("PackingSlip", "Packing slip"),
        PageFlow::font(type.title, true), rightWidth, Qt::AlignRight, 1);
    flow.put(title, QPointF(right - rightWidth, flow.top()));
    qreal rightY = flow.top() + PageFlow::height(title) + flow.pt(type.gap / 3);
    rightY = placeBarcode(flow, code, m_order.number, right, rightY, rightWidth, flow.pt(type.barHeight),
        flow.pt(type.moduleWidth), PageFlow::font(type.number, true));
    if (m_order.placedAt.isValid()) {
        const auto date = flow.paragraph(QCoreApplication::translate("PackingSlip", "Order date: %1")
                                             .arg(locale.toString(m_order.placedAt.toLocalTime().date(),
                                                 label ? QLocale::ShortFormat : QLocale::LongFormat)),
            smallFont, rightWidth, Qt::AlignRight, 2);
        flow.put(date, QPointF(right - rightWidth, rightY));
        rightY += PageFlow::height(date);
    }
    flow.setY(std::max(leftY, rightY) + gap / 2);
    flow.rule(left, right, flow.y(), std::max<qreal>(1, flow.pt(0.8)));
    flow.advance(gap / 2 + flow.pt(1));

    // Where it goes, big enough to read from across the bench.
    const bool billElsewhere = !m_order.billTo.isEmpty() && !sameAddress(m_order.billTo, m_order.shipTo);
    const qreal shipWidth = label || !billElsewhere ? width : width * 0.55 - gap / 2;
    const QString shopCountry = m_letterhead.shop.country;
    QList<std::pair<PageFlow::Paragraph, QColor>> ship;
    ship.append({flow.paragraph(QCoreApplication::translate("PackingSlip", "Ship to").toUpper(),
                     PageFlow::font(type.small, true), shipWidth, {}, 1),
        kGrey});
    const QString shipName = m_order.shipTo.name.trimmed().isEmpty() ? m_order.customerName : m_order.shipTo.name;
    ship.append({flow.paragraph(shipName, PageFlow::font(type.shipName, true), shipWidth, {}, 2), Qt::black});
    if (const QStringList lines = addressLines(m_order.shipTo, shopCountry); !lines.isEmpty())
        ship.append({flow.paragraph(joined(lines), PageFlow::font(type.shipLines), shipWidth, {}, 12), Qt::black});
    const QString phone = m_order.shipTo.phone.trimmed().isEmpty() ? m_order.phone : m_order.shipTo.phone;
    if (!phone.trimmed().isEmpty())
        ship.append({flow.paragraph(phone.trimmed(), PageFlow::font(type.body), shipWidth, {}, 1), kGrey});
    qreal shipHeight = 0;
    for (const auto& [paragraph, color] : ship)
        shipHeight += PageFlow::height(paragraph);

    QList<std::pair<PageFlow::Paragraph, QColor>> bill;
    if (billElsewhere) {
        const qreal billWidth = label ? width : width * 0.45 - gap / 2;
        QStringList lines {m_order.billTo.name.trimmed()};
        lines += addressLines(m_order.billTo, shopCountry);
        lines.removeAll(QString());
        if (label) {
            bill.append(
                {flow.paragraph(
                     QCoreApplication::translate("PackingSlip", "Bill to: %1").arg(lines.join(QStringLiteral(", "))),
                     smallFont, billWidth, {}, 3),
                    kGrey});
        } else {
            bill.append({flow.paragraph(QCoreApplication::translate("PackingSlip", "Bill to").toUpper(),
                             PageFlow::font(type.small, true), billWidth, {}, 1),
                kGrey});
            bill.append({flow.paragraph(joined(lines), PageFlow::font(type.body), billWidth, {}, 8), Qt::black});
        }
    }
    qreal billHeight = 0;
    for (const auto& [paragraph, color] : bill)
        billHeight += PageFlow::height(paragraph);

    const qreal addressTop = flow.y();
    qreal y = addressTop;
    for (const auto& [paragraph, color] : ship) {
        flow.put(paragraph, QPointF(left, y), color);
        y += PageFlow::height(paragraph);
    }
    qreal billY = label ? y + flow.pt(type.gap / 3) : addressTop;
    const qreal billX = label ? left : left + width * 0.55 + gap / 2;
    for (const auto& [paragraph, color] : bill) {
        flow.put(paragraph, QPointF(billX, billY), color);
        billY += PageFlow::height(paragraph);
    }
    flow.setY(std::max(addressTop + shipHeight, bill.isEmpty() ? 0 : billY) + gap);

    // The lines to put in the parcel.
    QList<qreal> fractions;
    QList<PageTable::Column> columns;
    const QString skuTitle = label ? QCoreApplication::translate("PackingSlip", "SKU / Bin")
                                   : QCoreApplication::translate("PackingSlip", "SKU");
    if (label) {
        fractions = {-10, 0.3, 0, 0.12};
        columns = {{{}, 0, Qt::AlignLeft, true}, {skuTitle, 0, Qt::AlignLeft, false},
            {QCoreApplication::translate("PackingSlip", "Product"), 0, Qt::AlignLeft, false},
            {QCoreApplication::translate("PackingSlip", "Qty"), 0, Qt::AlignRight, false}};
    } else {
        fractions = {-16, 0.2, 0.1, 0, 0.06};
        columns = {{{}, 0, Qt::AlignLeft, true}, {skuTitle, 0, Qt::AlignLeft, false},
            {QCoreApplication::translate("PackingSlip", "Bin"), 0, Qt::AlignLeft, false},
            {QCoreApplication::translate("PackingSlip", "Product"), 0, Qt::AlignLeft, false},
            {QCoreApplication::translate("PackingSlip", "Qty"), 0, Qt::AlignRight, false}};
    }
    if (m_prices) {
        if (!label) {
            fractions << 0.12;
            columns << PageTable::Column {
                QCoreApplication::translate("PackingSlip", "Unit price"), 0, Qt::AlignRight, false};
        }
        fractions << (label ? 0.2 : 0.12);
        columns << PageTable::Column {QCoreApplication::translate("PackingSlip", "Total"), 0, Qt::AlignRight, false};
    }
    const QList<qreal> widths = PageTable::widths(flow, fractions);
    for (int i = 0; i < columns.size(); ++i)
        columns[i].width = widths.at(i);

    std::optional<PageTable> table;
    // Every further page starts with the order number (and its barcode) and the table's header.
    flow.setPageStart([&] {
        const qreal barWidth = width * 0.4;
        const auto continued
            = flow.paragraph(QCoreApplication::translate("PackingSlip", "Order %1 (continued)").arg(m_order.number),
                PageFlow::font(type.shopName, true), width - barWidth - gap, {}, 2);
        flow.put(continued, QPointF(left, flow.top()));
        qreal bottom = flow.top() + PageFlow::height(continued);
        if (!m_letterhead.shop.name.trimmed().isEmpty()) {
            const auto shop = flow.paragraph(m_letterhead.shop.name, smallFont, width - barWidth - gap, {}, 1);
            flow.put(shop, QPointF(left, bottom), kGrey);
            bottom += PageFlow::height(shop);
        }
        bottom = std::max(bottom,
            placeBarcode(flow, code, m_order.number, right, flow.top(), barWidth, flow.pt(type.barHeight * 0.7),
                flow.pt(type.moduleWidth), PageFlow::font(type.small, true)));
        flow.setY(bottom + gap / 2);
        flow.rule(left, right, flow.y(), std::max<qreal>(1, flow.pt(0.8)));
        flow.advance(gap / 2 + flow.pt(1));
        if (table && table->isOpen())
            table->drawHeader();
    });

    table.emplace(flow, columns, type.body, type.maxCellLines);
    table->drawHeader();
    qint64 items = 0;
    for (const orders::OrderLine& line : m_order.lines) {
        items += line.quantity;
        QStringList cells {QString()};
        if (label) {
            cells << (line.binLocation.isEmpty() ? line.sku : line.sku + QChar::LineSeparator + line.binLocation);
            cells << line.title << locale.toString(line.quantity);
        } else {
            cells << line.sku << line.binLocation << line.title << locale.toString(line.quantity);
        }
        if (m_prices) {
            if (!label)
                cells << line.unitPrice.format(locale);
            cells << line.total().format(locale);
        }
        // More than one of a thing stands out, so the packer does not put in just one.
        table->addRow(cells, line.quantity > 1 ? QList<int> {int(label ? 3 : 4)} : QList<int> {});
    }
    table->close();

    // How many items, and what the customer paid when prices are shown.
    flow.advance(gap / 3);
    const auto count = flow.paragraph(QCoreApplication::translate("PackingSlip", "Items: %1").arg(items),
        PageFlow::font(type.body, true), width * 0.4);
    if (m_prices) {
        QList<std::tuple<QString, QString, bool>> totals;
        totals.append(
            {QCoreApplication::translate("PackingSlip", "Subtotal"), m_order.subtotal().format(locale), false});
        if (!m_order.shipping.isZero() || !m_order.shippingMethod.isEmpty())
            totals.append({m_order.shippingMethod.trimmed().isEmpty()
                    ? QCoreApplication::translate("PackingSlip", "Shipping")
                    : QCoreApplication::translate("PackingSlip", "Shipping (%1)").arg(m_order.shippingMethod.trimmed()),
                m_order.shipping.format(locale), false});
        if (!m_order.discount.isZero())
            totals.append(
                {QCoreApplication::translate("PackingSlip", "Discount"), (-m_order.discount).format(locale), false});
        totals.append({QCoreApplication::translate("PackingSlip", "Total"), m_order.total().format(locale), true});
        const qreal amountWidth = width * (label ? 0.3 : 0.16);
        const qreal labelWidth = width * (label ? 0.4 : 0.3);
        QList<std::pair<PageFlow::Paragraph, PageFlow::Paragraph>> rows;
        qreal height = 0;
        for (const auto& [name, amount, bold] : totals) {
            rows.append({flow.paragraph(name, PageFlow::font(type.body, bold), labelWidth, Qt::AlignRight, 2),
                flow.paragraph(amount, PageFlow::font(type.body, bold), amountWidth, Qt::AlignRight, 1)});
            height += std::max(PageFlow::height(rows.last().first), PageFlow::height(rows.last().second));
        }
        const auto tax = flow.paragraph(
            QCoreApplication::translate("PackingSlip", "Including VAT: %1").arg(m_order.tax().format(locale)),
            smallFont, labelWidth + amountWidth, Qt::AlignRight, 2);
        flow.keepTogether(std::max(height + PageFlow::height(tax), PageFlow::height(count)));
        const qreal top = flow.y();
        flow.put(count, QPointF(left, top));
        qreal rowY = top;
        for (const auto& [name, amount] : rows) {
            flow.put(name, QPointF(right - amountWidth - labelWidth - gap / 2, rowY));
            flow.put(amount, QPointF(right - amountWidth, rowY));
            rowY += std::max(PageFlow::height(name), PageFlow::height(amount));
        }
        flow.put(tax, QPointF(right - amountWidth - labelWidth, rowY), kGrey);
        flow.setY(std::max(rowY + PageFlow::height(tax), top + PageFlow::height(count)));
    } else {
        flow.keepTogether(PageFlow::height(count));
        flow.put(count, QPointF(left, flow.y()));
        flow.advance(PageFlow::height(count));
    }

    // A headed paragraph: kept whole when it fits on a page, poured over pages when it does not.
    const auto section = [&](const QString& heading, const QString& text, const QFont& font, const QColor& color,
                             bool framed) {
        if (text.trimmed().isEmpty())
            return;
        flow.advance(gap);
        const qreal inset = framed ? flow.pt(type.gap / 2) : 0;
        const auto head = flow.paragraph(heading, PageFlow::font(type.small, true), width - 2 * inset, {}, 2);
        const auto body = flow.paragraph(text, font, width - 2 * inset);
        const qreal height = PageFlow::height(head) + PageFlow::height(body) + 2 * inset;
        flow.keepTogether(height);
        if (framed && flow.fits(height)) {
            const qreal pen = std::max<qreal>(1, flow.pt(0.8));
            flow.page().add(PrintedPage::Frame {
                QRectF(left, flow.y(), width, height).adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2), pen, QColor()});
            flow.put(head, QPointF(left + inset, flow.y() + inset), kGrey);
            flow.put(body, QPointF(left + inset, flow.y() + inset + PageFlow::height(head)), color);
            flow.advance(height);
            return;
        }
        flow.keepTogether(PageFlow::height(head) * 3);
        flow.put(head, QPointF(left + inset, flow.y()), kGrey);
        flow.advance(PageFlow::height(head));
        flow.pour(body, left + inset, color);
    };
    section(QCoreApplication::translate("PackingSlip", "Gift message"), m_order.giftMessage,
        PageFlow::font(type.body + 1, false, true), Qt::black, true);
    section(QCoreApplication::translate("PackingSlip", "Note from the customer"), m_order.note,
        PageFlow::font(type.body), Qt::black, false);
    section(QCoreApplication::translate("PackingSlip", "Returns"), m_letterhead.returnInstructions, smallFont, kGrey,
        false);

    // Every page says which order it belongs to, so a dropped sheet finds its parcel.
    QList<PrintedPage> pages = flow.takePages();
    for (int i = 0; i < pages.size(); ++i) {
        const QString text = pages.size() == 1
            ? QCoreApplication::translate("PackingSlip", "Order %1").arg(m_order.number)
            : QCoreApplication::translate("PackingSlip", "Order %1 · page %2 of %3")
                  .arg(m_order.number)
                  .arg(i + 1)
                  .arg(pages.size());
        const auto footer = flow.paragraph(text, smallFont, width, Qt::AlignRight, 1);
        pages[i].add(PrintedPage::Text {
            footer, 0, footer->lineCount(), QPointF(left, geometry.content.bottom() - footerHeight), kGrey});
    }
    return pages;
}

} // namespace comptoir::documents
