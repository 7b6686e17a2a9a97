#include "io/ProductRowReader.h"

#include "io/MappedRowReader.h"
#include "io/ShopifyRowReader.h"
#include "io/WooCommerceRowReader.h"

#include <QCoreApplication>

namespace comptoir::io {

std::unique_ptr<ProductRowReader> ProductRowReader::create(
    CatalogFormat format, const ColumnMapping& mapping, CellReader& cells)
{
    switch (format) {
    case CatalogFormat::Shopify:
        return std::make_unique<ShopifyRowReader>(cells);
    case CatalogFormat::WooCommerce:
        return std::make_unique<WooCommerceRowReader>(cells);
    case CatalogFormat::Comptoir:
        return std::make_unique<MappedRowReader>(cells, ColumnMapping::comptoir(), true);
    case CatalogFormat::Generic:
    case CatalogFormat::Auto:
        break;
    }
    return std::make_unique<MappedRowReader>(cells, mapping, false);
}

QString ProductRowReader::header(ImportField field) const
{
    const int index = m_columns.value(field, -1);
    return index >= 0 ? m_header.value(index).trimmed() : QString();
}

bool ProductRowReader::locate(const QStringList& header, ImportField field, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed() == QLatin1String(name)) {
                m_columns.insert(field, i);
                return true;
            }
        }
    }
    return false;
}

void ProductRowReader::missingColumn(const QString& name)
{
    // A missing column has no place of its own: it is reported on the header line, first column.
    m_cells.startLine(1);
    m_cells.problem(1, name,
        QCoreApplication::translate("ProductRowReader", "this column is required and the file does not have it."));
}

QString ProductRowReader::cell(const QStringList& cells, ImportField field) const
{
    const int index = m_columns.value(field, -1);
    return index >= 0 ? cells.value(index) : QString();
}

} // namespace comptoir::io
