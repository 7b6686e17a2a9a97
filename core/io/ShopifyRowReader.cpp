#include "io/ShopifyRowReader.h"

#include <QCoreApplication>

namespace comptoir::io {

ShopifyRowReader::ShopifyRowReader(CellReader& cells)
    : ProductRowReader(cells)
{ }

bool ShopifyRowReader::setHeader(const QStringList& header)
{
    m_header = header;
    const auto find = [&](std::initializer_list<const char*> names) {
        for (const char* name : names) {
            for (int i = 0; i < header.size(); ++i) {
                if (header.at(i).trimmed() == QLatin1String(name))
                    return i;
            }
        }
        return -1;
    };
    // Each field under its classic name, then its new one.
    m_extra[Handle] = find({"Handle", "URL handle"});
    m_extra[Type] = find({"Type"});
    m_extra[ProductCategory] = find({"Product Category", "Product category"});
    m_extra[Status] = find({"Status"});
    m_extra[Option1Value] = find({"Option1 Value", "Option1 value"});
    m_extra[Option2Value] = find({"Option2 Value", "Option2 value"});
    m_extra[Option3Value] = find({"Option3 Value", "Option3 value"});
    if (m_extra[Handle] >= 0)
        m_columns.insert(ImportField::ProductKey, m_extra[Handle]);
    if (m_extra[Option1Value] >= 0)
        m_columns.insert(ImportField::Option1, m_extra[Option1Value]);
    if (m_extra[Option2Value] >= 0)
        m_columns.insert(ImportField::Option2, m_extra[Option2Value]);
    if (m_extra[Type] >= 0 || m_extra[ProductCategory] >= 0)
        m_columns.insert(ImportField::Category, m_extra[Type] >= 0 ? m_extra[Type] : m_extra[ProductCategory]);
    locate(header, ImportField::Name, {"Title"});
    locate(header, ImportField::Description, {"Body (HTML)", "Description"});
    locate(header, ImportField::Supplier, {"Vendor"});
    locate(header, ImportField::Sku, {"Variant SKU", "SKU"});
    locate(header, ImportField::WeightGrams, {"Variant Grams", "Weight value (grams)"});
    locate(header, ImportField::Stock, {"Variant Inventory Qty", "Inventory quantity"});
    locate(header, ImportField::Price, {"Variant Price", "Price"});
    locate(header, ImportField::CompareAtPrice, {"Variant Compare At Price", "Compare-at price"});
    locate(header, ImportField::Barcode, {"Variant Barcode", "Barcode"});
    locate(header, ImportField::Cost, {"Cost per item"});

    const bool newHeader = m_extra[Handle] >= 0 && header.at(m_extra[Handle]).trimmed() == QLatin1String("URL handle");
    bool complete = true;
    const auto require = [&](bool present, const char* classic, const char* renamed) {
        if (!present) {
            missingColumn(QLatin1String(newHeader ? renamed : classic));
            complete = false;
        }
    };
    require(m_extra[Handle] >= 0, "Handle", "URL handle");
    require(m_columns.contains(ImportField::Name), "Title", "Title");
    require(m_columns.contains(ImportField::Sku), "Variant SKU", "SKU");
    require(m_columns.contains(ImportField::Price), "Variant Price", "Price");
    return complete;
}

bool ShopifyRowReader::read(const QStringList& cells, ImportRow& row)
{
    CellReader& in = m_cells;
    const auto at = [&](int index) { return index >= 0 ? CellReader::text(cells.value(index)) : QString(); };
    const auto text = [&](ImportField field) { return CellReader::text(cell(cells, field)); };

    const QString handle = at(m_extra[Handle]);
    const QString title = text(ImportField::Name);
    const QString sku = text(ImportField::Sku);
    const QString option1 = at(m_extra[Option1Value]);
    // Extra images are lines with the handle and an image only.
    if (title.isEmpty() && sku.isEmpty() && option1.isEmpty() && text(ImportField::Price).isEmpty())
        return false;
    if (handle.isEmpty())
        in.problem(column(ImportField::ProductKey), header(ImportField::ProductKey),
            QCoreApplication::translate("ShopifyRowReader", "every line needs the handle of its product."));
    row.groupKey = handle;
    row.variantRow = true;
    // The product's own fields are on its first line, the one with the title.
    row.productRow = !title.isEmpty();
    if (row.productRow) {
        row.name = title;
        if (m_columns.contains(ImportField::Description))
            row.description = cell(cells, ImportField::Description);
        if (m_columns.contains(ImportField::Supplier))
            row.supplier = text(ImportField::Supplier);
        // The shop's own product type is its category; Shopify's taxonomy when there is none.
        if (m_extra[Type] >= 0 || m_extra[ProductCategory] >= 0)
            row.category = !at(m_extra[Type]).isEmpty() ? at(m_extra[Type]) : at(m_extra[ProductCategory]);
        const QString status = at(m_extra[Status]).toLower();
        if (status == QLatin1String("archived"))
            row.archived = true;
        else if (status == QLatin1String("active") || status == QLatin1String("draft"))
            row.archived = false;
        else if (!status.isEmpty())
            in.problem(m_extra[Status] + 1, m_header.value(m_extra[Status]).trimmed(),
                QCoreApplication::translate("ShopifyRowReader", "“%1” is not a status: active, draft or archived.")
                    .arg(at(m_extra[Status])));
    }

    // "Default Title" is the one variant of a product without options.
    row.option1 = option1 == QLatin1String("Default Title") ? QString(QLatin1String("")) : option1;
    const QString option2 = at(m_extra[Option2Value]);
    const QString option3 = at(m_extra[Option3Value]);
    row.option2 = option3.isEmpty() ? option2 : option2.isEmpty() ? option3 : option2 + QStringLiteral(" / ") + option3;

    if (auto value = in.sku(column(ImportField::Sku), header(ImportField::Sku), sku))
        row.sku = *value;
    if (m_columns.contains(ImportField::Barcode))
        row.barcode
            = in.barcode(column(ImportField::Barcode), header(ImportField::Barcode), text(ImportField::Barcode));
    const Currency currency = in.shopCurrency();
    row.priceMinor
        = in.money(column(ImportField::Price), header(ImportField::Price), cell(cells, ImportField::Price), currency);
    if (m_columns.contains(ImportField::CompareAtPrice)) {
        const QString compareAt = text(ImportField::CompareAtPrice);
        row.compareAtMinor = compareAt.isEmpty()
            ? std::optional<qint64>(ImportRow::kNone)
            : in.money(column(ImportField::CompareAtPrice), header(ImportField::CompareAtPrice), compareAt, currency);
    }
    if (m_columns.contains(ImportField::Cost))
        row.costMinor
            = in.money(column(ImportField::Cost), header(ImportField::Cost), cell(cells, ImportField::Cost), currency);
    if (m_columns.contains(ImportField::WeightGrams))
        row.weightGrams = in.grams(column(ImportField::WeightGrams), header(ImportField::WeightGrams),
            cell(cells, ImportField::WeightGrams), false);
    if (m_columns.contains(ImportField::Stock))
        row.stock = in.stock(column(ImportField::Stock), header(ImportField::Stock), cell(cells, ImportField::Stock));
    return true;
}

} // namespace comptoir::io
