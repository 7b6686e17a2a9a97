#include "io/CatalogFormat.h"

#include "io/ColumnMapping.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace comptoir::io {

namespace {

struct FormatName
{
    CatalogFormat format;
    const char* key;
    const char* label;
};

constexpr FormatName kFormats[] = {
    {CatalogFormat::Auto, "auto", QT_TRANSLATE_NOOP("CatalogFormat", "Detect from the header")},
    {CatalogFormat::Comptoir, "comptoir", QT_TRANSLATE_NOOP("CatalogFormat", "Comptoir")},
    {CatalogFormat::Shopify, "shopify", QT_TRANSLATE_NOOP("CatalogFormat", "Shopify products")},
    {CatalogFormat::WooCommerce, "woocommerce", QT_TRANSLATE_NOOP("CatalogFormat", "WooCommerce products")},
    {CatalogFormat::Generic, "generic", QT_TRANSLATE_NOOP("CatalogFormat", "Other columns (mapped by hand)")},
};

} // namespace

QString formatKey(CatalogFormat format)
{
    for (const auto& f : kFormats) {
        if (f.format == format)
            return QString::fromLatin1(f.key);
    }
    return {};
}

bool formatFromKey(const QString& key, CatalogFormat& format)
{
    for (const auto& f : kFormats) {
        if (key.compare(QLatin1String(f.key), Qt::CaseInsensitive) == 0) {
            format = f.format;
            return true;
        }
    }
    return false;
}

QString formatLabel(CatalogFormat format)
{
    for (const auto& f : kFormats) {
        if (f.format == format)
            return QCoreApplication::translate("CatalogFormat", f.label);
    }
    return {};
}

QList<CatalogFormat> exportFormats()
{
    return {CatalogFormat::Comptoir, CatalogFormat::Shopify, CatalogFormat::WooCommerce};
}

CatalogFormat detectFormat(const QStringList& header)
{
    QSet<QString> names;
    for (const QString& name : header)
        names.insert(name.trimmed());
    const auto has = [&](const char* name) { return names.contains(QLatin1String(name)); };
    if ((has("Handle") && (has("Variant SKU") || has("Variant Price") || has("Title")))
        || (has("URL handle") && (has("SKU") || has("Price") || has("Title"))))
        return CatalogFormat::Shopify;
    if (has("Type") && has("SKU") && (has("Regular price") || has("Parent") || has("Attribute 1 name")))
        return CatalogFormat::WooCommerce;
    // Comptoir's own files, whole or with some of its columns (e.g. "SKU;Stock"): nothing to map.
    const ColumnMapping comptoir = ColumnMapping::comptoir();
    const bool allKnown = std::all_of(names.cbegin(), names.cend(),
        [&](const QString& name) { return name.isEmpty() || comptoir.fields.contains(name); });
    if (has("SKU") && allKnown)
        return CatalogFormat::Comptoir;
    return CatalogFormat::Generic;
}

} // namespace comptoir::io
