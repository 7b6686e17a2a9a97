#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace comptoir::io {

// The product CSV layouts Comptoir reads and writes.
enum class CatalogFormat
{
    Auto, // import only: told by the header
    Comptoir, // Comptoir's own columns, one row per variant (docs/csv-import-export.md)
    Shopify, // Shopify's product CSV, classic ("Handle", "Variant SKU"…) or new ("URL handle", "SKU"…) headers
    WooCommerce, // WooCommerce's product CSV (simple, variable and variation rows)
    Generic, // import only: any columns, mapped to Comptoir's fields by a ColumnMapping
};

// "comptoir", "shopify", "woocommerce", "generic", "auto": for the command line and settings.
QString formatKey(CatalogFormat format);
// False when the key names no format.
bool formatFromKey(const QString& key, CatalogFormat& format);
// What the user reads: "Shopify (products)", translated.
QString formatLabel(CatalogFormat format);
// The formats a file can be written in.
QList<CatalogFormat> exportFormats();

// The format a header line says: Shopify by its handle column, WooCommerce by its type and price
// columns, Comptoir when every column has one of its names and one is "SKU"; Generic otherwise.
CatalogFormat detectFormat(const QStringList& header);

} // namespace comptoir::io
