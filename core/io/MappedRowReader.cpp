#include "io/MappedRowReader.h"

#include <QCoreApplication>

namespace comptoir::io {

MappedRowReader::MappedRowReader(CellReader& cells, ColumnMapping mapping, bool comptoirFile)
    : ProductRowReader(cells)
    , m_mapping(std::move(mapping))
    , m_comptoirFile(comptoirFile)
{ }

bool MappedRowReader::setHeader(const QStringList& header)
{
    m_header = header;
    for (int i = 0; i < header.size(); ++i) {
        const auto field = m_mapping.fields.constFind(header.at(i).trimmed());
        if (field != m_mapping.fields.constEnd() && !m_columns.contains(*field))
            m_columns.insert(*field, i);
    }
    if (!m_columns.contains(ImportField::Sku)) {
        missingColumn(m_comptoirFile ? ColumnMapping::comptoirHeader(ImportField::Sku)
                                     : ColumnMapping::fieldLabel(ImportField::Sku));
        return false;
    }
    return true;
}

QString MappedRowReader::textOf(const QStringList& cells, ImportField field) const
{
    const QString value = cell(cells, field);
    if (value.isNull())
        return value;
    return CellReader::unguarded(value, m_comptoirFile);
}

bool MappedRowReader::read(const QStringList& cells, ImportRow& row)
{
    CellReader& in = m_cells;
    const auto has = [&](ImportField field) { return m_columns.contains(field); };
    const auto text = [&](ImportField field) { return CellReader::text(textOf(cells, field)); };

    const QString key = has(ImportField::ProductKey) ? text(ImportField::ProductKey) : QString();
    // A line without a key is a product of its own (or, for a known SKU, of its product): its key
    // starts with a character no file holds.
    row.groupKey = key.isEmpty() ? QChar(0x1f) + QStringLiteral("line:%1").arg(row.line) : key;
    row.productRow = true;
    row.variantRow = true;

    if (has(ImportField::Name) && !text(ImportField::Name).isEmpty())
        row.name = text(ImportField::Name);
    if (has(ImportField::Description)) // kept as written: leading spaces and line breaks included
        row.description = textOf(cells, ImportField::Description);
    if (has(ImportField::Category))
        row.category = text(ImportField::Category);
    if (has(ImportField::Supplier))
        row.supplier = text(ImportField::Supplier);
    if (has(ImportField::VatRate))
        row.vatBasisPoints
            = in.vatRate(column(ImportField::VatRate), header(ImportField::VatRate), cell(cells, ImportField::VatRate));
    if (has(ImportField::Archived))
        row.archived
            = in.flag(column(ImportField::Archived), header(ImportField::Archived), cell(cells, ImportField::Archived));

    if (auto sku = in.sku(column(ImportField::Sku), header(ImportField::Sku), text(ImportField::Sku)))
        row.sku = *sku;
    if (has(ImportField::Option1))
        row.option1 = text(ImportField::Option1);
    if (has(ImportField::Option2))
        row.option2 = text(ImportField::Option2);
    if (has(ImportField::Barcode))
        row.barcode
            = in.barcode(column(ImportField::Barcode), header(ImportField::Barcode), text(ImportField::Barcode));
    if (has(ImportField::Currency))
        row.currency
            = in.currency(column(ImportField::Currency), header(ImportField::Currency), text(ImportField::Currency));
    const Currency currency = row.currency ? Currency::fromCode(*row.currency) : in.shopCurrency();
    if (has(ImportField::Price))
        row.priceMinor = in.money(
            column(ImportField::Price), header(ImportField::Price), cell(cells, ImportField::Price), currency);
    if (has(ImportField::CompareAtPrice)) {
        const QString compareAt = cell(cells, ImportField::CompareAtPrice);
        row.compareAtMinor = compareAt.trimmed().isEmpty()
            ? std::optional<qint64>(ImportRow::kNone)
            : in.money(column(ImportField::CompareAtPrice), header(ImportField::CompareAtPrice), compareAt, currency);
    }
    if (has(ImportField::Cost))
        row.costMinor
            = in.money(column(ImportField::Cost), header(ImportField::Cost), cell(cells, ImportField::Cost), currency);
    if (has(ImportField::WeightGrams))
        row.weightGrams = in.grams(column(ImportField::WeightGrams), header(ImportField::WeightGrams),
            cell(cells, ImportField::WeightGrams), false);
    else if (has(ImportField::WeightKilograms))
        row.weightGrams = in.grams(column(ImportField::WeightKilograms), header(ImportField::WeightKilograms),
            cell(cells, ImportField::WeightKilograms), true);
    if (has(ImportField::SupplierSku))
        row.supplierSku = text(ImportField::SupplierSku);
    if (has(ImportField::LeadTimeDays))
        row.leadTimeDays = in.leadTime(column(ImportField::LeadTimeDays), header(ImportField::LeadTimeDays),
            cell(cells, ImportField::LeadTimeDays));
    if (has(ImportField::BinLocation))
        row.binLocation = text(ImportField::BinLocation);
    if (has(ImportField::Stock))
        row.stock = in.stock(column(ImportField::Stock), header(ImportField::Stock), cell(cells, ImportField::Stock));
    return true;
}

} // namespace comptoir::io
