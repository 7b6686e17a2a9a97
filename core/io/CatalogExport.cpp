#include "io/CatalogExport.h"

#include "common/Money.h"
#include "io/CellReader.h"
#include "io/ColumnMapping.h"
#include "io/CsvNumber.h"
#include "io/CsvWriter.h"
#include "storage/KeysetQuery.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSqlQuery>

namespace comptoir::io {

using namespace comptoir::storage;

namespace {

constexpr int kPageSize = 5000;

// Shopify's classic product columns, as its own export writes them.
const char* const kShopifyHeader[] = {"Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags",
    "Published", "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value", "Option3 Name", "Option3 Value",
    "Variant SKU", "Variant Grams", "Variant Inventory Tracker", "Variant Inventory Qty", "Variant Inventory Policy",
    "Variant Fulfillment Service", "Variant Price", "Variant Compare At Price", "Variant Requires Shipping",
    "Variant Taxable", "Variant Barcode", "Image Src", "Image Position", "Image Alt Text", "Gift Card", "SEO Title",
    "SEO Description", "Google Shopping / Google Product Category", "Google Shopping / Gender",
    "Google Shopping / Age Group", "Google Shopping / MPN", "Google Shopping / AdWords Grouping",
    "Google Shopping / AdWords Labels", "Google Shopping / Condition", "Google Shopping / Custom Product",
    "Google Shopping / Custom Label 0", "Google Shopping / Custom Label 1", "Google Shopping / Custom Label 2",
    "Google Shopping / Custom Label 3", "Google Shopping / Custom Label 4", "Variant Image", "Variant Weight Unit",
    "Variant Tax Code", "Cost per item", "Status"};

// WooCommerce's default product columns, then two attributes and the cost of goods.
const char* const kWooCommerceHeader[] = {"ID", "Type", "SKU", "GTIN, UPC, EAN, or ISBN", "Name", "Published",
    "Is featured?", "Visibility in catalog", "Short description", "Description", "Date sale price starts",
    "Date sale price ends", "Tax status", "Tax class", "In stock?", "Stock", "Low stock amount", "Backorders allowed?",
    "Sold individually?", "Weight (kg)", "Length (cm)", "Width (cm)", "Height (cm)", "Allow customer reviews?",
    "Purchase note", "Sale price", "Regular price", "Categories", "Tags", "Shipping class", "Images", "Download limit",
    "Download expiry days", "Parent", "Grouped products", "Upsells", "Cross-sells", "External URL", "Button text",
    "Position", "Attribute 1 name", "Attribute 1 value(s)", "Attribute 1 visible", "Attribute 1 global",
    "Attribute 2 name", "Attribute 2 value(s)", "Attribute 2 visible", "Attribute 2 global", "Cost of goods"};

// Comptoir's columns, in the order of its files.
const ImportField kComptoirColumns[] = {ImportField::ProductKey, ImportField::Sku, ImportField::Name,
    ImportField::Option1, ImportField::Option2, ImportField::Description, ImportField::Category, ImportField::Supplier,
    ImportField::VatRate, ImportField::Archived, ImportField::Barcode, ImportField::Price, ImportField::CompareAtPrice,
    ImportField::Cost, ImportField::Currency, ImportField::WeightGrams, ImportField::SupplierSku,
    ImportField::LeadTimeDays, ImportField::BinLocation, ImportField::Stock};

template <std::size_t N> QStringList headerOf(const char* const (&names)[N])
{
    QStringList header;
    for (const char* name : names)
        header << QString::fromLatin1(name);
    return header;
}

struct ExportedVariant
{
    QString sku, option1, option2, barcode, currency, supplierSku, binLocation;
    qint64 price = 0;
    qint64 compareAt = -1; // -1: none
    qint64 cost = 0;
    qint64 weightGrams = 0;
    qint64 leadTimeDays = -1; // -1: the supplier's
    qint64 stock = 0;
};

struct ExportedProduct
{
    qint64 id = 0;
    QString name, description, category, supplier;
    qint64 vatBasisPoints = 0;
    bool archived = false;
    QList<ExportedVariant> variants;
};

// "Pull marin – Écru" → "pull-marin-ecru": what a Shopify handle may hold.
QString slug(const QString& text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            result.append(c);
        else if (c.category() != QChar::Mark_NonSpacing && !result.isEmpty() && !result.endsWith(QLatin1Char('-')))
            result.append(QLatin1Char('-'));
    }
    while (result.endsWith(QLatin1Char('-')))
        result.chop(1);
    return result;
}

// One export, from the shop to the device.
class ExportRun
{
public:
    ExportRun(const DatabasePtr& database, QIODevice* device, const ExportOptions& options)
        : m_database(database)
        , m_db(database->connection())
        , m_options(options)
        , m_writer(device, CsvWriterOptions {options.delimiter, options.byteOrderMark, options.lineEnding})
        , m_point(options.decimalComma ? QLatin1Char(',') : QLatin1Char('.'))
    { }

    Result<ExportSummary> run(JobControl& control);

private:
    Status loadCategories();
    Status writeProduct(const ExportedProduct& product);
    Status writeComptoir(const ExportedProduct& product);
    Status writeShopify(const ExportedProduct& product);
    Status writeWooCommerce(const ExportedProduct& product);
    QString wooParentSku(const ExportedProduct& product);

    QString money(qint64 minor, const QString& currency) const
    {
        const Currency known = Currency::fromCode(currency);
        return CsvNumber::formatDecimal(minor, known.isValid() ? known.minorDigits() : 2, m_point);
    }
    QString stock(qint64 quantity) const { return m_locationId > 0 ? QString::number(quantity) : QString(); }

    DatabasePtr m_database;
    QSqlDatabase m_db;
    const ExportOptions& m_options;
    CsvWriter m_writer;
    QChar m_point;
    qint64 m_locationId = 0;
    QHash<qint64, QString> m_categories; // id → "Parent > Child"
    ExportSummary m_summary;
};

Status ExportRun::loadCategories()
{
    // Categories are few: their paths are worked out once, not per product.
    auto query = storage::run(m_db, QStringLiteral("SELECT id, coalesce(parent_id, 0), name FROM categories"));
    if (!query)
        return query.error();
    QHash<qint64, std::pair<qint64, QString>> nodes;
    while (query->next())
        nodes.insert(query->value(0).toLongLong(), {query->value(1).toLongLong(), query->value(2).toString()});
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        QStringList path {it->second};
        qint64 parent = it->first;
        for (int depth = 0; parent != 0 && nodes.contains(parent) && depth < 32; ++depth) {
            path.prepend(nodes.value(parent).second);
            parent = nodes.value(parent).first;
        }
        m_categories.insert(it.key(), path.join(QStringLiteral(" > ")));
    }
    return {};
}

Result<ExportSummary> ExportRun::run(JobControl& control)
{
    if (auto loaded = loadCategories(); !loaded)
        return loaded.error();
    auto location = m_options.location.trimmed().isEmpty()
        ? storage::run(m_db, QStringLiteral("SELECT id, name FROM locations ORDER BY id LIMIT 1"))
        : storage::run(
            m_db, QStringLiteral("SELECT id, name FROM locations WHERE name = ?"), {m_options.location.trimmed()});
    if (!location)
        return location.error();
    if (location->next()) {
        m_locationId = location->value(0).toLongLong();
        m_summary.location = location->value(1).toString();
    } else if (!m_options.location.trimmed().isEmpty()) {
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("CatalogExport", "The shop has no stock location named “%1”.")
                .arg(m_options.location.trimmed()),
            QCoreApplication::translate("CatalogExport", "Location"));
    }
    location->finish();
    auto total = scalar(m_db, QStringLiteral("SELECT count(*) FROM variants"));
    if (!total)
        return total.error();

    QStringList header = CatalogExport::header(m_options.format);
    if (auto written = m_writer.writeRecord(header); !written)
        return written.error();

    // Variants product by product, in pages that each start after the last row of the one before.
    KeysetQuery::Spec spec;
    spec.select = QStringLiteral(
        "v.id, v.product_id, p.name, p.description, coalesce(p.category_id, 0), coalesce(s.name, ''), p.vat_rate_bp, "
        "p.archived, v.sku, v.option1, v.option2, v.barcode, v.price_minor, coalesce(v.compare_at_minor, -1), "
        "v.cost_minor, v.currency, v.weight_g, v.supplier_sku, coalesce(v.lead_time_days, -1), v.bin_location, "
        "coalesce((SELECT l.on_hand FROM stock_levels l WHERE l.variant_id = v.id AND l.location_id = ?), 0)");
    spec.from = QStringLiteral(
        "variants v JOIN products p ON p.id = v.product_id LEFT JOIN suppliers s ON s.id = p.supplier_id");
    spec.sortColumns = {QStringLiteral("v.product_id")};
    spec.idColumn = QStringLiteral("v.id");
    const QString step = QCoreApplication::translate("CatalogExport", "Writing products");
    QSqlQuery first(m_db), next(m_db);
    first.setForwardOnly(true);
    next.setForwardOnly(true);
    if (!first.prepare(KeysetQuery::sql(spec, false, kPageSize))
        || !next.prepare(KeysetQuery::sql(spec, true, kPageSize)))
        return sqlError(first, QCoreApplication::translate("CatalogExport", "The products could not be read."));

    ExportedProduct product;
    qint64 lastProduct = 0, lastVariant = 0;
    bool firstPage = true;
    while (true) {
        QSqlQuery& page = firstPage ? first : next;
        page.bindValue(0, m_locationId); // the stock column's location, in the select list
        if (!firstPage) {
            page.bindValue(1, lastProduct);
            page.bindValue(2, lastVariant);
        }
        firstPage = false;
        if (!page.exec())
            return sqlError(page, QCoreApplication::translate("CatalogExport", "The products could not be read."));
        int rows = 0;
        while (page.next()) {
            ++rows;
            lastVariant = page.value(0).toLongLong();
            lastProduct = page.value(1).toLongLong();
            if (lastProduct != product.id) {
                if (product.id != 0) {
                    if (auto written = writeProduct(product); !written)
                        return written.error();
                }
                product = ExportedProduct();
                product.id = lastProduct;
                product.name = page.value(2).toString();
                product.description = page.value(3).toString();
                product.category = m_categories.value(page.value(4).toLongLong());
                product.supplier = page.value(5).toString();
                product.vatBasisPoints = page.value(6).toLongLong();
                product.archived = page.value(7).toBool();
            }
            ExportedVariant v;
            v.sku = page.value(8).toString();
            v.option1 = page.value(9).toString();
            v.option2 = page.value(10).toString();
            v.barcode = page.value(11).toString();
            v.price = page.value(12).toLongLong();
            v.compareAt = page.value(13).toLongLong();
            v.cost = page.value(14).toLongLong();
            v.currency = page.value(15).toString();
            v.weightGrams = page.value(16).toLongLong();
            v.supplierSku = page.value(17).toString();
            v.leadTimeDays = page.value(18).toLongLong();
            v.binLocation = page.value(19).toString();
            v.stock = page.value(20).toLongLong();
            product.variants.append(std::move(v));
            ++m_summary.variants;
        }
        page.finish();
        if (!control.progress(m_summary.variants, total->toLongLong(), step))
            return Error(Error::Code::Cancelled, QCoreApplication::translate("CatalogExport", "Export cancelled."));
        if (rows < kPageSize)
            break;
    }
    if (product.id != 0) {
        if (auto written = writeProduct(product); !written)
            return written.error();
    }
    if (auto flushed = m_writer.flush(); !flushed)
        return flushed.error();
    return m_summary;
}

Status ExportRun::writeProduct(const ExportedProduct& product)
{
    ++m_summary.products;
    switch (m_options.format) {
    case CatalogFormat::Shopify:
        return writeShopify(product);
    case CatalogFormat::WooCommerce:
        return writeWooCommerce(product);
    case CatalogFormat::Comptoir:
    case CatalogFormat::Auto:
    case CatalogFormat::Generic:
        break;
    }
    return writeComptoir(product);
}

Status ExportRun::writeComptoir(const ExportedProduct& product)
{
    // Text is guarded as import unguards it, so that a cell starting with '=' reads back as written.
    const auto text = [](const QString& value) { return CellReader::guarded(value, true); };
    // The product's key is its first variant's SKU: an import into an empty shop keeps that order,
    // so the key comes out the same again.
    const QString key = text(product.variants.first().sku);
    for (const ExportedVariant& v : product.variants) {
        const QStringList record = {key, text(v.sku), text(product.name), text(v.option1), text(v.option2),
            text(product.description), text(product.category), text(product.supplier),
            CsvNumber::formatDecimal(product.vatBasisPoints, 2, m_point, true),
            product.archived ? QStringLiteral("yes") : QStringLiteral("no"), text(v.barcode),
            money(v.price, v.currency), v.compareAt < 0 ? QString() : money(v.compareAt, v.currency),
            money(v.cost, v.currency), text(v.currency), QString::number(v.weightGrams), text(v.supplierSku),
            v.leadTimeDays < 0 ? QString() : QString::number(v.leadTimeDays), text(v.binLocation), stock(v.stock)};
        if (auto written = m_writer.writeRecord(record); !written)
            return written;
    }
    return {};
}

Status ExportRun::writeShopify(const ExportedProduct& product)
{
    bool hasOption1 = false, hasOption2 = false;
    for (const ExportedVariant& v : product.variants) {
        hasOption1 = hasOption1 || !v.option1.isEmpty();
        hasOption2 = hasOption2 || !v.option2.isEmpty();
    }
    // Comptoir's first option is the size, its second the colour (as the product editor names them).
    const QString name1 = hasOption1 ? QCoreApplication::translate("CatalogExport", "Size") : QStringLiteral("Title");
    const QString name2 = QCoreApplication::translate("CatalogExport", "Colour");
    const QString handle = slug(product.name) + QLatin1Char('-') + slug(product.variants.first().sku);
    const QString yes = QStringLiteral("TRUE"), no = QStringLiteral("FALSE");
    bool first = true;
    for (const ExportedVariant& v : product.variants) {
        QStringList r;
        r.reserve(int(std::size(kShopifyHeader)));
        for (std::size_t i = 0; i < std::size(kShopifyHeader); ++i)
            r << QString();
        const auto set = [&](int column, const QString& value) { r[column] = value; };
        set(0, handle);
        if (first) {
            set(1, product.name);
            set(2, product.description);
            set(3, product.supplier);
            set(5, product.category);
            set(7, product.archived ? no : yes);
            set(8, hasOption1 || !hasOption2 ? name1 : name2);
            if (hasOption1 && hasOption2)
                set(10, name2);
            set(28, no); // gift card
            set(48, product.archived ? QStringLiteral("archived") : QStringLiteral("active"));
        }
        if (!hasOption1 && !hasOption2) {
            set(9, QStringLiteral("Default Title"));
        } else if (hasOption1) {
            set(9, v.option1);
            if (hasOption2)
                set(11, v.option2);
        } else {
            set(9, v.option2);
        }
        set(14, v.sku);
        set(15, QString::number(v.weightGrams));
        set(16, QStringLiteral("shopify"));
        set(17, stock(v.stock));
        set(18, QStringLiteral("deny"));
        set(19, QStringLiteral("manual"));
        set(20, money(v.price, v.currency));
        set(21, v.compareAt < 0 ? QString() : money(v.compareAt, v.currency));
        set(22, yes);
        set(23, product.vatBasisPoints > 0 ? yes : no);
        set(24, v.barcode);
        set(45, QStringLiteral("g"));
        set(47, money(v.cost, v.currency));
        if (auto written = m_writer.writeRecord(r); !written)
            return written;
        first = false;
    }
    return {};
}

QString ExportRun::wooParentSku(const ExportedProduct& product)
{
    // What the variants' SKUs share ("TSHIRT-BIO" for "TSHIRT-BIO-S" and "TSHIRT-BIO-M"), when it is
    // no SKU of the shop; else the first SKU and "-P".
    QString prefix = product.variants.first().sku;
    for (const ExportedVariant& v : product.variants) {
        qsizetype n = 0;
        while (n < prefix.size() && n < v.sku.size() && prefix.at(n) == v.sku.at(n))
            ++n;
        prefix.truncate(n);
    }
    while (!prefix.isEmpty() && !prefix.back().isLetterOrNumber())
        prefix.chop(1);
    if (prefix.size() >= 2) {
        auto taken = scalar(m_db, QStringLiteral("SELECT 1 FROM variants WHERE sku = ?"), {prefix});
        if (taken && !taken->isValid())
            return prefix;
    }
    return product.variants.first().sku + QStringLiteral("-P");
}

Status ExportRun::writeWooCommerce(const ExportedProduct& product)
{
    // WooCommerce guards every cell against formulas, writes line breaks as \n, escapes commas in lists.
    const auto cell = [](const QString& value) { return CellReader::guarded(value); };
    const auto listItem = [](QString value) { return value.replace(QLatin1Char(','), QLatin1String("\\,")); };
    QString description = product.description;
    description.replace(QLatin1String("\r\n"), QLatin1String("\\n")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
    bool hasOption1 = false, hasOption2 = false;
    QStringList values1, values2;
    for (const ExportedVariant& v : product.variants) {
        hasOption1 = hasOption1 || !v.option1.isEmpty();
        hasOption2 = hasOption2 || !v.option2.isEmpty();
        if (!v.option1.isEmpty() && !values1.contains(listItem(v.option1)))
            values1 << listItem(v.option1);
        if (!v.option2.isEmpty() && !values2.contains(listItem(v.option2)))
            values2 << listItem(v.option2);
    }
    const bool variable = hasOption1 || hasOption2 || product.variants.size() > 1;
    const QString published = product.archived ? QStringLiteral("0") : QStringLiteral("1");
    const QString taxStatus = product.vatBasisPoints > 0 ? QStringLiteral("taxable") : QStringLiteral("none");
    const QString name1 = QCoreApplication::translate("CatalogExport", "Size");
    const QString name2 = QCoreApplication::translate("CatalogExport", "Colour");
    const int columns = int(std::size(kWooCommerceHeader));
    const auto blank = [&] {
        QStringList r;
        r.reserve(columns);
        for (int i = 0; i < columns; ++i)
            r << QString();
        return r;
    };
    const auto sellable = [&](QStringList& r, const ExportedVariant& v) {
        r[2] = cell(v.sku);
        r[3] = cell(v.barcode);
        r[14] = v.stock > 0 ? QStringLiteral("1") : QStringLiteral("0");
        r[15] = stock(v.stock);
        r[17] = QStringLiteral("0");
        r[19] = CsvNumber::formatDecimal(v.weightGrams, 3, m_point, true);
        // On sale: the compare-at price is the regular price and the price the sale price.
        r[25] = v.compareAt < 0 ? QString() : money(v.price, v.currency);
        r[26] = money(v.compareAt < 0 ? v.price : v.compareAt, v.currency);
        r[48] = money(v.cost, v.currency);
    };
    const auto common = [&](QStringList& r) {
        r[5] = published;
        r[6] = QStringLiteral("0");
        r[7] = QStringLiteral("visible");
        r[12] = taxStatus;
        r[18] = QStringLiteral("0");
        r[23] = QStringLiteral("1");
    };

    if (!variable) {
        QStringList r = blank();
        common(r);
        r[1] = QStringLiteral("simple");
        r[4] = cell(product.name);
        r[9] = cell(description);
        r[27] = cell(listItem(product.category));
        r[39] = QStringLiteral("0");
        sellable(r, product.variants.first());
        return m_writer.writeRecord(r);
    }
    const QString parent = wooParentSku(product);
    QStringList r = blank();
    common(r);
    r[1] = QStringLiteral("variable");
    r[2] = cell(parent);
    r[4] = cell(product.name);
    r[9] = cell(description);
    r[14] = QStringLiteral("1");
    r[27] = cell(listItem(product.category));
    r[39] = QStringLiteral("0");
    if (hasOption1) {
        r[40] = cell(name1);
        r[41] = cell(values1.join(QStringLiteral(", ")));
        r[42] = QStringLiteral("1");
        r[43] = QStringLiteral("0");
    }
    if (hasOption2) {
        r[hasOption1 ? 44 : 40] = cell(name2);
        r[hasOption1 ? 45 : 41] = cell(values2.join(QStringLiteral(", ")));
        r[hasOption1 ? 46 : 42] = QStringLiteral("1");
        r[hasOption1 ? 47 : 43] = QStringLiteral("0");
    }
    if (auto written = m_writer.writeRecord(r); !written)
        return written;
    int position = 0;
    for (const ExportedVariant& v : product.variants) {
        QStringList variation = blank();
        common(variation);
        QStringList options;
        for (const QString& option : {v.option1, v.option2}) {
            if (!option.isEmpty())
                options << option;
        }
        variation[1] = QStringLiteral("variation");
        variation[4]
            = cell(options.isEmpty() ? product.name
                                     : product.name + QStringLiteral(" - ") + options.join(QStringLiteral(", ")));
        variation[13] = QStringLiteral("parent");
        variation[33] = cell(parent);
        variation[39] = QString::number(++position);
        if (hasOption1) {
            variation[40] = cell(name1);
            variation[41] = cell(listItem(v.option1));
            variation[43] = QStringLiteral("0");
        }
        if (hasOption2) {
            variation[hasOption1 ? 44 : 40] = cell(name2);
            variation[hasOption1 ? 45 : 41] = cell(listItem(v.option2));
            variation[hasOption1 ? 47 : 43] = QStringLiteral("0");
        }
        sellable(variation, v);
        if (auto written = m_writer.writeRecord(variation); !written)
            return written;
    }
    return {};
}

} // namespace

ExportOptions ExportOptions::forFormat(CatalogFormat format)
{
    ExportOptions options;
    options.format = format;
    if (format == CatalogFormat::Shopify || format == CatalogFormat::WooCommerce)
        options.lineEnding = QStringLiteral("\n");
    options.byteOrderMark = format == CatalogFormat::WooCommerce;
    return options;
}

ExportOptions ExportOptions::frenchExcel(CatalogFormat format)
{
    ExportOptions options;
    options.format = format;
    options.delimiter = QLatin1Char(';');
    options.decimalComma = true;
    options.byteOrderMark = true;
    options.lineEnding = QStringLiteral("\r\n");
    return options;
}

CatalogExport::CatalogExport(DatabasePtr database)
    : m_database(std::move(database))
{ }

QStringList CatalogExport::header(CatalogFormat format)
{
    switch (format) {
    case CatalogFormat::Shopify:
        return headerOf(kShopifyHeader);
    case CatalogFormat::WooCommerce:
        return headerOf(kWooCommerceHeader);
    case CatalogFormat::Comptoir:
    case CatalogFormat::Auto:
    case CatalogFormat::Generic:
        break;
    }
    QStringList header;
    for (ImportField field : kComptoirColumns)
        header << ColumnMapping::comptoirHeader(field);
    return header;
}

Result<ExportSummary> CatalogExport::write(QIODevice* device, const ExportOptions& options, JobControl& control) const
{
    ExportRun run(m_database, device, options);
    return run.run(control);
}

Result<ExportSummary> CatalogExport::writeFile(
    const QString& path, const ExportOptions& options, JobControl& control) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, QCoreApplication::translate("CatalogExport", "The file could not be created."),
            QDir::toNativeSeparators(path), file.errorString());
    auto summary = write(&file, options, control);
    if (!summary)
        return summary; // the temporary file is removed with `file`
    if (!file.commit())
        return Error(Error::Code::Io,
            QCoreApplication::translate("CatalogExport", "The file could not be written (is the disk full?)."),
            QDir::toNativeSeparators(path), file.errorString());
    return summary;
}

} // namespace comptoir::io
