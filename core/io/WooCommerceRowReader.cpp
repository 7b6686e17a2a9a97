#include "io/WooCommerceRowReader.h"

#include <QCoreApplication>

namespace comptoir::io {

namespace {

// WooCommerce writes line breaks in descriptions as the two characters \n.
QString withLineBreaks(QString text)
{
    text.replace(QLatin1String("\\r\\n"), QLatin1String("\n"));
    text.replace(QLatin1String("\\n"), QLatin1String("\n"));
    return text;
}

} // namespace

WooCommerceRowReader::WooCommerceRowReader(CellReader& cells)
    : ProductRowReader(cells)
{ }

QStringList WooCommerceRowReader::splitList(const QString& cell)
{
    QStringList items;
    QString current;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (c == u'\\' && i + 1 < cell.size() && cell.at(i + 1) == u',') {
            current.append(QLatin1Char(','));
            ++i;
        } else if (c == u',') {
            items.append(current.trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.trimmed().isEmpty() || !items.isEmpty())
        items.append(current.trimmed());
    return items;
}

bool WooCommerceRowReader::setHeader(const QStringList& header)
{
    m_header = header;
    const auto find = [&](const char* name) {
        for (int i = 0; i < header.size(); ++i) {
            if (header.at(i).trimmed() == QLatin1String(name))
                return i;
        }
        return -1;
    };
    m_extra[Id] = find("ID");
    m_extra[Type] = find("Type");
    m_extra[Published] = find("Published");
    m_extra[ShortDescription] = find("Short description");
    m_extra[SalePrice] = find("Sale price");
    m_extra[Parent] = find("Parent");
    if (m_extra[Parent] >= 0)
        m_columns.insert(ImportField::ProductKey, m_extra[Parent]);
    locate(header, ImportField::Sku, {"SKU"});
    locate(header, ImportField::Barcode, {"GTIN, UPC, EAN, or ISBN"});
    locate(header, ImportField::Name, {"Name"});
    locate(header, ImportField::Description, {"Description"});
    locate(header, ImportField::Stock, {"Stock"});
    locate(header, ImportField::WeightKilograms, {"Weight (kg)"});
    locate(header, ImportField::Price, {"Regular price"});
    locate(header, ImportField::Category, {"Categories"});
    locate(header, ImportField::Cost, {"Cost of goods"});
    for (int n = 1;; ++n) {
        const int index = find(qPrintable(QStringLiteral("Attribute %1 value(s)").arg(n)));
        if (index < 0)
            break;
        m_attributeValues.append(index);
    }
    if (!m_attributeValues.isEmpty())
        m_columns.insert(ImportField::Option1, m_attributeValues.at(0));
    if (m_attributeValues.size() > 1)
        m_columns.insert(ImportField::Option2, m_attributeValues.at(1));
    if (m_extra[SalePrice] >= 0)
        m_columns.insert(ImportField::CompareAtPrice, m_columns.value(ImportField::Price, m_extra[SalePrice]));

    bool complete = true;
    const auto require = [&](bool present, const char* name) {
        if (!present) {
            missingColumn(QLatin1String(name));
            complete = false;
        }
    };
    require(m_extra[Type] >= 0, "Type");
    require(m_columns.contains(ImportField::Sku), "SKU");
    require(m_columns.contains(ImportField::Name), "Name");
    require(m_columns.contains(ImportField::Price), "Regular price");
    return complete;
}

bool WooCommerceRowReader::read(const QStringList& rawCells, ImportRow& row)
{
    CellReader& in = m_cells;
    QStringList cells;
    cells.reserve(rawCells.size());
    for (const QString& raw : rawCells)
        cells.append(CellReader::unguarded(raw));
    const auto at = [&](int index) { return index >= 0 ? CellReader::text(cells.value(index)) : QString(); };
    const auto text = [&](ImportField field) { return CellReader::text(cell(cells, field)); };

    // "simple, downloadable, virtual": the first word is the kind of product.
    const QStringList types = splitList(at(m_extra[Type]).toLower());
    const QString type = types.value(0);
    if (type == QLatin1String("grouped") || type == QLatin1String("external"))
        return false; // a bundle of other products, or a link to another site: nothing to stock
    const bool simple = type == QLatin1String("simple");
    const bool variable = type == QLatin1String("variable");
    const bool variation = type == QLatin1String("variation");
    if (!simple && !variable && !variation) {
        in.problem(m_extra[Type] + 1, m_header.value(m_extra[Type]).trimmed(),
            QCoreApplication::translate(
                "WooCommerceRowReader", "“%1” is not a product type Comptoir imports: simple, variable or variation.")
                .arg(at(m_extra[Type])));
        row.productRow = false;
        row.variantRow = false;
        return true;
    }

    const QString sku = text(ImportField::Sku);
    const QString id = at(m_extra[Id]);
    row.externalId = id;
    row.productRow = !variation;
    row.variantRow = !variable;
    if (variation) {
        row.groupKey = at(m_extra[Parent]);
        if (row.groupKey.isEmpty())
            in.problem(m_extra[Parent] >= 0 ? m_extra[Parent] + 1 : 1, QStringLiteral("Parent"),
                QCoreApplication::translate(
                    "WooCommerceRowReader", "a variation needs its parent product: its SKU or id:NN."));
    } else {
        row.groupKey = !sku.isEmpty() ? sku : QStringLiteral("id:") + id;
    }

    if (row.productRow) {
        row.name = text(ImportField::Name);
        if (row.name->isEmpty())
            row.name.reset();
        QString description = withLineBreaks(cell(cells, ImportField::Description));
        if (description.trimmed().isEmpty() && m_extra[ShortDescription] >= 0)
            description = withLineBreaks(cells.value(m_extra[ShortDescription]));
        if (m_columns.contains(ImportField::Description) || m_extra[ShortDescription] >= 0)
            row.description = description;
        if (m_columns.contains(ImportField::Category)) {
            // Several categories, each "Parent > Child": Comptoir keeps the first.
            row.category = splitList(text(ImportField::Category)).value(0);
        }
        // 1 published, 0 private, -1 draft, 2 pending: a private product is one the shop stopped selling.
        const QString published = at(m_extra[Published]).toLower();
        if (!published.isEmpty())
            row.archived = published == QLatin1String("0");
    }
    if (!row.variantRow)
        return true;

    if (auto value = in.sku(column(ImportField::Sku), header(ImportField::Sku), sku))
        row.sku = *value;
    if (m_columns.contains(ImportField::Barcode))
        row.barcode
            = in.barcode(column(ImportField::Barcode), header(ImportField::Barcode), text(ImportField::Barcode));
    if (variation) {
        // The variation's own value of each attribute; a third one is joined to the second.
        QStringList values;
        for (int index : std::as_const(m_attributeValues))
            values.append(splitList(at(index)).value(0));
        row.option1 = values.value(0);
        QStringList rest = values.mid(1);
        rest.removeAll(QString());
        rest.removeAll(QLatin1String(""));
        row.option2 = rest.join(QStringLiteral(" / "));
    } else {
        row.option1 = QString(QLatin1String(""));
        row.option2 = QString(QLatin1String(""));
    }

    const Currency currency = in.shopCurrency();
    const auto regular
        = in.money(column(ImportField::Price), header(ImportField::Price), cell(cells, ImportField::Price), currency);
    const QString saleText = at(m_extra[SalePrice]);
    const auto sale = saleText.isEmpty()
        ? std::optional<qint64>()
        : in.money(m_extra[SalePrice] + 1, m_header.value(m_extra[SalePrice]).trimmed(), saleText, currency);
    if (sale) {
        // On sale: the sale price is what it sells for, the regular price what it is compared with.
        row.priceMinor = sale;
        row.compareAtMinor = regular ? regular : std::optional<qint64>(ImportRow::kNone);
    } else if (saleText.isEmpty()) {
        row.priceMinor = regular;
        if (m_extra[SalePrice] >= 0)
            row.compareAtMinor = ImportRow::kNone;
    }
    if (m_columns.contains(ImportField::Cost))
        row.costMinor
            = in.money(column(ImportField::Cost), header(ImportField::Cost), cell(cells, ImportField::Cost), currency);
    if (m_columns.contains(ImportField::WeightKilograms))
        row.weightGrams = in.grams(column(ImportField::WeightKilograms), header(ImportField::WeightKilograms),
            cell(cells, ImportField::WeightKilograms), true);
    // Blank: stock not managed; "parent": the variation shares its parent's stock.
    const QString stock = text(ImportField::Stock);
    if (!stock.isEmpty() && stock.compare(QLatin1String("parent"), Qt::CaseInsensitive) != 0)
        row.stock = in.stock(column(ImportField::Stock), header(ImportField::Stock), stock);
    return true;
}

} // namespace comptoir::io
