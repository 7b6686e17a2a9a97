#pragma once

#include "io/ProductRowReader.h"

namespace comptoir::io {

// Shopify's product CSV, with its classic header ("Handle", "Body (HTML)", "Variant SKU"…) or the
// new one ("URL handle", "Description", "SKU"…). Lines sharing a handle are one product, whose own
// fields are on its first line; lines with only an image are skipped; "Default Title" is a product
// without options; a third option is joined to the second ("M / Blue"), Comptoir having two.
class ShopifyRowReader final : public ProductRowReader
{
public:
    explicit ShopifyRowReader(CellReader& cells);

    bool setHeader(const QStringList& header) override;
    bool read(const QStringList& cells, ImportRow& row) override;

private:
    enum ExtraColumn
    {
        Handle,
        Type,
        ProductCategory,
        Status,
        Option1Value,
        Option2Value,
        Option3Value,
        ExtraColumnCount
    };

    int m_extra[ExtraColumnCount] = {};
};

} // namespace comptoir::io
