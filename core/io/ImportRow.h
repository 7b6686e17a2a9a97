#pragma once

#include <QString>

#include <optional>

namespace comptoir::io {

// What one line of a product file says about a product and one of its variants, in Comptoir's
// terms, whatever the file's format. An empty optional means the line does not say: an existing
// product or variant keeps what it has, a new one gets the default (or a problem when required).
struct ImportRow
{
    // compareAtMinor and leadTimeDays hold this to say "none" (no compare-at price, the supplier's lead time).
    static constexpr qint64 kNone = -1;

    qint64 line = 0;
    QString groupKey; // lines with the same key are variants of one product
    bool productRow = true; // carries the product's own fields (name, description…)
    bool variantRow = true; // describes a sellable variant (false: a WooCommerce variable product's own line)
    QString externalId; // the platform's id (WooCommerce "ID"), for `id:NN` parent references

    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> category; // "Parent > Child"; empty: none
    std::optional<QString> supplier; // empty: none
    std::optional<qint64> vatBasisPoints;
    std::optional<bool> archived;

    QString sku; // empty only on a line that is not a variant
    std::optional<QString> option1;
    std::optional<QString> option2;
    std::optional<QString> barcode;
    std::optional<QString> currency; // ISO code; the shop's when empty
    std::optional<qint64> priceMinor;
    std::optional<qint64> compareAtMinor;
    std::optional<qint64> costMinor;
    std::optional<qint64> weightGrams;
    std::optional<QString> supplierSku;
    std::optional<qint64> leadTimeDays;
    std::optional<QString> binLocation;
    std::optional<qint64> stock;
};

} // namespace comptoir::io
