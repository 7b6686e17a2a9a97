#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::io {

// The order CSV layouts Comptoir reads (and, for its own, writes).
enum class OrderFormat
{
    Auto, // import only: told by the header
    Comptoir, // Comptoir's own columns, one row per order line (docs/csv-import-export.md)
    Shopify, // Shopify's orders export (Orders ▸ Export), one row per line item
    WooCommerce, // WooCommerce orders exported by Customer/Order CSV Export, "Default – One Row per Item"
};

// "auto", "comptoir", "shopify", "woocommerce": for the command line.
QString formatKey(OrderFormat format);
// False when the key names no order format.
bool formatFromKey(const QString& key, OrderFormat& format);
// What the user reads: "Shopify orders", translated.
QString formatLabel(OrderFormat format);

// The columns of Comptoir's own order file, in the order an export writes them: one row per order
// line, the order's own fields repeated on each of its rows (read from its first).
enum class OrderColumn
{
    Order,
    Date,
    Status,
    Channel,
    Customer,
    Email,
    Phone,
    ShipName,
    ShipCompany,
    ShipAddress1,
    ShipAddress2,
    ShipPostcode,
    ShipCity,
    ShipCountry,
    ShipPhone,
    BillName,
    BillCompany,
    BillAddress1,
    BillAddress2,
    BillPostcode,
    BillCity,
    BillCountry,
    Currency,
    Shipping,
    Discount,
    Total,
    ShippingMethod,
    Note,
    GiftMessage,
    PaidAt,
    ShippedAt,
    DeliveredAt,
    CancelledAt,
    Sku,
    Title,
    Quantity,
    UnitPrice,
    VatRate,
    Count
};

// The column's name in Comptoir's order files (English, never translated: a file format).
QString comptoirOrderHeader(OrderColumn column);

// The format a header line says: Shopify by "Name" with the "Lineitem" columns, WooCommerce by
// "order_number" or "order_id" with the "item_" columns, Comptoir by "Order", "SKU" and "Quantity";
// Auto when it is none of them.
OrderFormat detectOrderFormat(const QStringList& header);

} // namespace comptoir::io
