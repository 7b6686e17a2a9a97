#include "documents/PackingSlip.h"

#include "documents/CustomerDocumentLayout.h"
#include "documents/PageFlow.h"
#include "documents/PageTable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextLayout>

#include <optional>

namespace comptoir::documents {

namespace {

using Layout = CustomerDocumentLayout;

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
    const bool label = m_format == PageFormat::Label4x6;
    const QLocale locale;
    PageFlow flow(device, geometry);
    CustomerDocumentLayout document(flow, m_letterhead, m_format, m_order.number);
    const auto& type = document.type();
    const qreal gap = document.gap();
    const qreal left = flow.left();
    const qreal right = flow.left() + flow.width();
    const qreal width = flow.width();
    const QFont smallFont = document.smallFont();

    QStringList details;
    if (m_order.placedAt.isValid())
        details << QCoreApplication::translate("PackingSlip", "Order date: %1")
                       .arg(locale.toString(
                           m_order.placedAt.toLocalTime().date(), label ? QLocale::ShortFormat : QLocale::LongFormat));
    document.placeHeader(QCoreApplication::translate("PackingSlip", "Packing slip"), details);

    // Where it goes, big enough to read from across the bench.
    const bool billElsewhere = !m_order.billTo.isEmpty() && !sameAddress(m_order.billTo, m_order.shipTo);
    const qreal shipWidth = label || !billElsewhere ? width : width * 0.55 - gap / 2;
    const QString shopCountry = m_letterhead.shop.country;
    QList<std::pair<PageFlow::Paragraph, QColor>> ship;
    ship.append({flow.paragraph(QCoreApplication::translate("PackingSlip", "Ship to").toUpper(),
                     PageFlow::font(type.small, true), shipWidth, {}, 1),
        Layout::kGrey});
    const QString shipName = m_order.shipTo.name.trimmed().isEmpty() ? m_order.customerName : m_order.shipTo.name;
    ship.append({flow.paragraph(shipName, PageFlow::font(type.shipName, true), shipWidth, {}, 2), Qt::black});
    if (const QStringList lines = Layout::addressLines(m_order.shipTo, shopCountry); !lines.isEmpty())
        ship.append(
            {flow.paragraph(Layout::joined(lines), PageFlow::font(type.shipLines), shipWidth, {}, 12), Qt::black});
    const QString phone = m_order.shipTo.phone.trimmed().isEmpty() ? m_order.phone : m_order.shipTo.phone;
    if (!phone.trimmed().isEmpty())
        ship.append({flow.paragraph(phone.trimmed(), PageFlow::font(type.body), shipWidth, {}, 1), Layout::kGrey});
    qreal shipHeight = 0;
    for (const auto& [paragraph, color] : ship)
        shipHeight += PageFlow::height(paragraph);

    QList<std::pair<PageFlow::Paragraph, QColor>> bill;
    if (billElsewhere) {
        const qreal billWidth = label ? width : width * 0.45 - gap / 2;
        QStringList lines {m_order.billTo.name.trimmed()};
        lines += Layout::addressLines(m_order.billTo, shopCountry);
        lines.removeAll(QString());
        if (label) {
            bill.append(
                {flow.paragraph(
                     QCoreApplication::translate("PackingSlip", "Bill to: %1").arg(lines.join(QStringLiteral(", "))),
                     smallFont, billWidth, {}, 3),
                    Layout::kGrey});
        } else {
            bill.append({flow.paragraph(QCoreApplication::translate("PackingSlip", "Bill to").toUpper(),
                             PageFlow::font(type.small, true), billWidth, {}, 1),
                Layout::kGrey});
            bill.append(
                {flow.paragraph(Layout::joined(lines), PageFlow::font(type.body), billWidth, {}, 8), Qt::black});
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
        document.placeContinuedHeader(
            QCoreApplication::translate("PackingSlip", "Order %1 (continued)").arg(m_order.number));
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
        flow.put(tax, QPointF(right - amountWidth - labelWidth, rowY), Layout::kGrey);
        flow.setY(std::max(rowY + PageFlow::height(tax), top + PageFlow::height(count)));
    } else {
        flow.keepTogether(PageFlow::height(count));
        flow.put(count, QPointF(left, flow.y()));
        flow.advance(PageFlow::height(count));
    }

    document.placeSection(QCoreApplication::translate("PackingSlip", "Gift message"), m_order.giftMessage,
        PageFlow::font(type.body + 1, false, true), Qt::black, true);
    document.placeSection(QCoreApplication::translate("PackingSlip", "Note from the customer"), m_order.note,
        PageFlow::font(type.body), Qt::black, false);
    document.placeSection(QCoreApplication::translate("PackingSlip", "Returns"), m_letterhead.returnInstructions,
        smallFont, Layout::kGrey, false);

    // Every page says which order it belongs to, so a dropped sheet finds its parcel.
    return document.finish([&](int page, int pageCount) {
        return pageCount == 1 ? QCoreApplication::translate("PackingSlip", "Order %1").arg(m_order.number)
                              : QCoreApplication::translate("PackingSlip", "Order %1 · page %2 of %3")
                                    .arg(m_order.number)
                                    .arg(page)
                                    .arg(pageCount);
    });
}

} // namespace comptoir::documents
