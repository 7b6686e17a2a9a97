#include "io/OrderFormat.h"

#include <QCoreApplication>
#include <QSet>

#include <iterator>

namespace comptoir::io {

namespace {

struct FormatName
{
    OrderFormat format;
    const char* key;
    const char* label;
};

constexpr FormatName kFormats[] = {
    {OrderFormat::Auto, "auto", QT_TRANSLATE_NOOP("OrderFormat", "Detect from the header")},
    {OrderFormat::Comptoir, "comptoir", QT_TRANSLATE_NOOP("OrderFormat", "Comptoir orders")},
    {OrderFormat::Shopify, "shopify", QT_TRANSLATE_NOOP("OrderFormat", "Shopify orders")},
    {OrderFormat::WooCommerce, "woocommerce", QT_TRANSLATE_NOOP("OrderFormat", "WooCommerce orders")},
};

constexpr const char* kComptoirHeader[] = {"Order", "Date", "Status", "Channel", "Customer", "E-mail", "Phone",
    "Ship to name", "Ship to company", "Ship to address 1", "Ship to address 2", "Ship to postcode", "Ship to city",
    "Ship to country", "Ship to phone", "Bill to name", "Bill to company", "Bill to address 1", "Bill to address 2",
    "Bill to postcode", "Bill to city", "Bill to country", "Currency", "Shipping", "Discount", "Total",
    "Shipping method", "Note", "Gift message", "Paid at", "Shipped at", "Delivered at", "Cancelled at", "SKU", "Title",
    "Quantity", "Unit price", "VAT rate"};
static_assert(std::size(kComptoirHeader) == std::size_t(OrderColumn::Count));

} // namespace

QString comptoirOrderHeader(OrderColumn column)
{
    return QString::fromLatin1(kComptoirHeader[int(column)]);
}

QString formatKey(OrderFormat format)
{
    for (const auto& f : kFormats) {
        if (f.format == format)
            return QString::fromLatin1(f.key);
    }
    return {};
}

bool formatFromKey(const QString& key, OrderFormat& format)
{
    for (const auto& f : kFormats) {
        if (key.compare(QLatin1String(f.key), Qt::CaseInsensitive) == 0) {
            format = f.format;
            return true;
        }
    }
    return false;
}

QString formatLabel(OrderFormat format)
{
    for (const auto& f : kFormats) {
        if (f.format == format)
            return QCoreApplication::translate("OrderFormat", f.label);
    }
    return {};
}

OrderFormat detectOrderFormat(const QStringList& header)
{
    QSet<QString> names;
    for (const QString& name : header)
        names.insert(name.trimmed());
    const auto has = [&](const char* name) { return names.contains(QLatin1String(name)); };
    if (has("Name") && has("Lineitem quantity") && (has("Lineitem sku") || has("Lineitem name")))
        return OrderFormat::Shopify;
    if ((has("order_number") || has("order_id")) && has("item_quantity") && (has("item_sku") || has("item_name")))
        return OrderFormat::WooCommerce;
    if (has("Order") && has("SKU") && has("Quantity"))
        return OrderFormat::Comptoir;
    return OrderFormat::Auto;
}

} // namespace comptoir::io
