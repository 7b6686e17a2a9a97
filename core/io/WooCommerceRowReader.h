#pragma once

#include "io/ProductRowReader.h"

namespace comptoir::io {

// WooCommerce's product CSV (English headers): a "simple" line is a product with one variant; a
// "variable" line is a product whose variants are the "variation" lines naming it as their Parent
// (its SKU, or id:NN). Attribute values are the variants' options (a third one joined to the
// second); a sale price makes the regular price the compare-at price. Lists are split on commas
// written without a backslash before them; the apostrophe that guards formulas is removed; "\n" in
// descriptions is a line break. Grouped and external products are skipped.
class WooCommerceRowReader final : public ProductRowReader
{
public:
    explicit WooCommerceRowReader(CellReader& cells);

    bool setHeader(const QStringList& header) override;
    bool read(const QStringList& cells, ImportRow& row) override;

    // "a, b\, c" → {"a", "b, c"}
    static QStringList splitList(const QString& cell);

private:
    enum ExtraColumn
    {
        Id,
        Type,
        Published,
        ShortDescription,
        SalePrice,
        Parent,
        ExtraColumnCount
    };

    int m_extra[ExtraColumnCount] = {};
    QList<int> m_attributeValues; // "Attribute N value(s)" columns, N = 1, 2, …
};

} // namespace comptoir::io
