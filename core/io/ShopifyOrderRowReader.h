#pragma once

#include "io/OrderRowReader.h"

namespace comptoir::io {

// Shopify's orders export (Orders ▸ Export): one line per line item, the lines of an order sharing
// its Name ("#1001"); the order's own fields (statuses, dates, money, addresses) are read from its
// first line, where Shopify writes them. Statuses map to Comptoir's: cancelled, refunded or voided
// → Cancelled; fulfilled → Shipped; paid or partially refunded → Paid; pending, authorized or
// partially paid → New. "Lineitem price" is the unit price, "Discount Amount" the order's discount,
// "Total" what the importer checks the order against.
class ShopifyOrderRowReader final : public OrderRowReader
{
public:
    explicit ShopifyOrderRowReader(CellReader& cells);

    bool setHeader(const QStringList& header) override;
    void read(const QStringList& cells, bool firstOfOrder, Currency currency, OrderImportRow& row) override;

private:
    enum Column
    {
        Name,
        Email,
        FinancialStatus,
        PaidAt,
        FulfillmentStatus,
        FulfilledAt,
        CurrencyCode,
        Shipping,
        Total,
        DiscountAmount,
        ShippingMethod,
        CreatedAt,
        LineitemQuantity,
        LineitemName,
        LineitemPrice,
        LineitemSku,
        Notes,
        CancelledAt,
        Phone,
        BillingPhone,
        Source,
        ColumnCount
    };

    void readOrder(const QStringList& cells, OrderImportRow& row);

    int m_columns[ColumnCount] = {};
    AddressColumns m_billing;
    AddressColumns m_shipping;
};

} // namespace comptoir::io
