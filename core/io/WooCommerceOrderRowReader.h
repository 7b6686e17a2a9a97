#pragma once

#include "io/OrderRowReader.h"

namespace comptoir::io {

// WooCommerce orders as the Customer/Order CSV Export extension writes them in its "Default – One
// Row per Item" format (WooCommerce itself exports no orders): one line per item, every line
// repeating its order's fields (`order_number`, `date`, `status`, `billing_*`, `shipping_*`…). The
// unit price is the item's subtotal with its tax divided by its quantity; what the items came to
// after their coupons (`item_total` + `item_total_tax`) makes the order's discount. Shipping is
// `shipping_total` + `shipping_tax_total`. Statuses: pending and on-hold → New; processing → Paid;
// completed → Shipped; cancelled, refunded and failed → Cancelled. Dates without an offset are in
// the computer's time zone.
class WooCommerceOrderRowReader final : public OrderRowReader
{
public:
    explicit WooCommerceOrderRowReader(CellReader& cells);

    bool setHeader(const QStringList& header) override;
    void read(const QStringList& cells, bool firstOfOrder, Currency currency, OrderImportRow& row) override;

private:
    enum Column
    {
        OrderNumber,
        Date,
        Status,
        ShippingTotal,
        ShippingTax,
        FeeTotal,
        FeeTax,
        OrderTotal,
        OrderCurrency,
        ShippingMethod,
        Email,
        Phone,
        CustomerNote,
        ItemName,
        ItemSku,
        ItemPrice,
        ItemQuantity,
        ItemSubtotal,
        ItemSubtotalTax,
        ItemTotal,
        ItemTotalTax,
        ColumnCount
    };

    void readOrder(const QStringList& cells, OrderImportRow& row);
    // A pre-tax amount and its tax as one amount, taxes included; empty when the first is not given.
    std::optional<qint64> withTax(const QStringList& cells, Column amount, Column tax, Currency currency);

    int m_columns[ColumnCount] = {};
    AddressColumns m_billing;
    AddressColumns m_shipping;
};

} // namespace comptoir::io
