#include "io/WooCommerceOrderRowReader.h"

#include "io/CsvNumber.h"

#include <QCoreApplication>

namespace comptoir::io {

using orders::OrderStatus;

WooCommerceOrderRowReader::WooCommerceOrderRowReader(CellReader& cells)
    : OrderRowReader(cells)
{ }

bool WooCommerceOrderRowReader::setHeader(const QStringList& header)
{
    m_header = header;
    m_columns[OrderNumber] = find({"order_number", "order_id"});
    m_columns[Date] = find({"date", "order_date"});
    m_columns[Status] = find({"status"});
    m_columns[ShippingTotal] = find({"shipping_total"});
    m_columns[ShippingTax] = find({"shipping_tax_total"});
    m_columns[FeeTotal] = find({"fee_total"});
    m_columns[FeeTax] = find({"fee_tax_total"});
    m_columns[OrderTotal] = find({"order_total"});
    m_columns[OrderCurrency] = find({"order_currency"});
    m_columns[ShippingMethod] = find({"shipping_method"});
    m_columns[Email] = find({"billing_email"});
    m_columns[Phone] = find({"billing_phone"});
    m_columns[CustomerNote] = find({"customer_note"});
    m_columns[ItemName] = find({"item_name"});
    m_columns[ItemSku] = find({"item_sku"});
    m_columns[ItemPrice] = find({"item_price"});
    m_columns[ItemQuantity] = find({"item_quantity"});
    m_columns[ItemSubtotal] = find({"item_subtotal"});
    m_columns[ItemSubtotalTax] = find({"item_subtotal_tax"});
    m_columns[ItemTotal] = find({"item_total"});
    m_columns[ItemTotalTax] = find({"item_total_tax"});
    m_billing = {find({"billing_first_name"}), find({"billing_last_name"}), find({"billing_company"}),
        find({"billing_address_1"}), find({"billing_address_2"}), find({"billing_postcode"}), find({"billing_city"}),
        find({"billing_country"}), -1};
    m_shipping = {find({"shipping_first_name"}), find({"shipping_last_name"}), find({"shipping_company"}),
        find({"shipping_address_1"}), find({"shipping_address_2"}), find({"shipping_postcode"}),
        find({"shipping_city"}), find({"shipping_country"}), find({"shipping_phone"})};
    setPlace(Place::Number, m_columns[OrderNumber]);
    setPlace(Place::Status, m_columns[Status]);
    setPlace(Place::Email, m_columns[Email]);
    setPlace(Place::Discount, m_columns[ItemTotal]);
    setPlace(Place::Total, m_columns[OrderTotal]);
    setPlace(Place::Sku, m_columns[ItemSku]);
    setPlace(Place::Quantity, m_columns[ItemQuantity]);
    bool complete = require(m_columns[OrderNumber], "order_number");
    complete = require(m_columns[Status], "status") && complete;
    complete = require(m_columns[ItemSku], "item_sku") && complete;
    complete = require(m_columns[ItemQuantity], "item_quantity") && complete;
    const int price = m_columns[ItemSubtotal] >= 0 ? m_columns[ItemSubtotal]
        : m_columns[ItemTotal] >= 0                ? m_columns[ItemTotal]
                                                   : m_columns[ItemPrice];
    return require(price, "item_subtotal") && complete;
}

std::optional<qint64> WooCommerceOrderRowReader::withTax(
    const QStringList& cells, Column amount, Column tax, Currency currency)
{
    const auto base = money(cells, m_columns[amount], currency);
    if (!base)
        return std::nullopt;
    return *base + money(cells, m_columns[tax], currency).value_or(0);
}

void WooCommerceOrderRowReader::read(
    const QStringList& rawCells, bool firstOfOrder, Currency currency, OrderImportRow& row)
{
    QStringList cells;
    cells.reserve(rawCells.size());
    for (const QString& raw : rawCells)
        cells.append(CellReader::unguarded(raw));
    row.number = at(cells, m_columns[OrderNumber]);
    if (row.number.isEmpty())
        problem(m_columns[OrderNumber],
            QCoreApplication::translate("OrderRowReader", "every line needs its order number."));
    if (firstOfOrder) {
        row.orderFields = true;
        row.order.currency = this->currency(cells, m_columns[OrderCurrency], currency);
        currency = row.order.currency;
        readOrder(cells, row);
    }
    row.sku = at(cells, m_columns[ItemSku]);
    row.title = at(cells, m_columns[ItemName]);
    row.quantity = quantity(cells, m_columns[ItemQuantity]);
    // The item's price before its coupons, taxes included, spread over its quantity.
    std::optional<qint64> gross = m_columns[ItemSubtotal] >= 0 ? withTax(cells, ItemSubtotal, ItemSubtotalTax, currency)
        : m_columns[ItemTotal] >= 0                            ? withTax(cells, ItemTotal, ItemTotalTax, currency)
                                                               : std::nullopt;
    if (gross && row.quantity) {
        row.unitPriceMinor = roundedDivision(*gross, *row.quantity, Rounding::HalfUp);
        if (*row.unitPriceMinor * *row.quantity != *gross)
            warn(row, m_columns[ItemQuantity],
                QCoreApplication::translate("OrderRowReader",
                    "%1 for %2 items is no whole price per item: each is counted at %3, the difference goes to "
                    "the discount.")
                    .arg(CsvNumber::formatDecimal(*gross, currency.minorDigits()))
                    .arg(*row.quantity)
                    .arg(CsvNumber::formatDecimal(*row.unitPriceMinor, currency.minorDigits())));
    } else if (!gross && m_columns[ItemSubtotal] < 0 && m_columns[ItemTotal] < 0) {
        row.unitPriceMinor = money(cells, m_columns[ItemPrice], currency);
    }
    if (m_columns[ItemTotal] >= 0)
        row.paidMinor = withTax(cells, ItemTotal, ItemTotalTax, currency);
}

void WooCommerceOrderRowReader::readOrder(const QStringList& cells, OrderImportRow& row)
{
    orders::Order& o = row.order;
    o.channel = orders::Channel::Website;
    o.email = email(cells, m_columns[Email]);
    o.phone = at(cells, m_columns[Phone]);
    o.billTo = address(cells, m_billing);
    o.shipTo = address(cells, m_shipping);
    o.customerName = !o.billTo.name.isEmpty() ? o.billTo.name : o.shipTo.name;
    o.shipping = Money(withTax(cells, ShippingTotal, ShippingTax, o.currency).value_or(0), o.currency);
    row.fileTotal = money(cells, m_columns[OrderTotal], o.currency);
    o.shippingMethod = at(cells, m_columns[ShippingMethod]);
    o.note = at(cells, m_columns[CustomerNote]);
    o.placedAt = dateTime(cells, m_columns[Date]);
    if (const auto fees = withTax(cells, FeeTotal, FeeTax, o.currency); fees && *fees != 0)
        warn(row, m_columns[FeeTotal],
            QCoreApplication::translate(
                "OrderRowReader", "the fees of this order (%1) are not imported: Comptoir orders have no fees.")
                .arg(CsvNumber::formatDecimal(*fees, o.currency.minorDigits())));

    QString status = at(cells, m_columns[Status]).toLower();
    if (status.startsWith(QLatin1String("wc-")))
        status = status.mid(3);
    if (status == QLatin1String("pending") || status == QLatin1String("on-hold"))
        o.status = OrderStatus::New;
    else if (status == QLatin1String("processing"))
        o.status = OrderStatus::Paid;
    else if (status == QLatin1String("completed"))
        o.status = OrderStatus::Shipped;
    else if (status == QLatin1String("cancelled") || status == QLatin1String("refunded")
        || status == QLatin1String("failed"))
        o.status = OrderStatus::Cancelled;
    else
        problem(m_columns[Status],
            QCoreApplication::translate("OrderRowReader",
                "“%1” is not an order status of WooCommerce: pending, on-hold, processing, completed, cancelled, "
                "refunded or failed.")
                .arg(at(cells, m_columns[Status])));
}

} // namespace comptoir::io
