#include "io/CatalogExport.h"

#include "common/Money.h"
#include "io/CellReader.h"
#include "io/ColumnMapping.h"
#include "io/CsvNumber.h"
#include "io/CsvWriter.h"
#include "storage/KeysetQuery.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QThread>

#include <array>
#include <vector>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>

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

// Rows as the reader hands them to the writer: every text in one pool, so that a batch costs a few
// allocations however many rows it holds. (Memory allocated on one thread and freed on another
// is slow; so is an allocation per value.) The reader keeps the texts as SQLite stores them, in
// UTF-8; the writer, which has time to spare, decodes them. A batch ends at the end of a product.
struct RowBatch
{
    enum Text
    {
        Name,
        Description,
        Supplier,
        Sku,
        Option1,
        Option2,
        Barcode,
        Currency,
        SupplierSku,
        Bin,
        TextCount
    };
    enum Number
    {
        VariantId,
        ProductId,
        CategoryId,
        Vat,
        Archived,
        Price,
        CompareAt, // -1: none
        Cost,
        Weight,
        LeadTime, // -1: the supplier's
        Stock,
        NumberCount
    };
    struct Row
    {
        // Where each text starts in the pool; the texts are separated by one character (the last
        // entry is one past the end of the row's texts).
        std::array<qsizetype, TextCount + 1> text;
        std::array<qint64, NumberCount> number;
        bool reread = false; // a text holds a separator: the writer reads the row's texts again
    };

    QByteArray utf8; // as read: each row's texts in UTF-8, separated by U+001F, rows ended by U+001E
    QString pool; // the same decoded by the writer, which fills Row::text
    std::vector<Row> rows;

    QStringView text(std::size_t row, Text which) const
    {
        const Row& r = rows[row];
        return QStringView(pool).mid(r.text[which], r.text[which + 1] - r.text[which] - 1);
    }
    qint64 number(std::size_t row, Number which) const { return rows[row].number[which]; }
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
    // Decodes the texts of the batch into its pool.
    Status decode(RowBatch& batch);
    // Writes the rows [first, end) of a batch: the variants of one product.
    Status writeRows(const RowBatch& batch, std::size_t first, std::size_t end);
    Status writeComptoir(const RowBatch& batch, std::size_t first, std::size_t end);
    Status writeProduct(const ExportedProduct& product);
    Status writeShopify(const ExportedProduct& product);
    Status writeWooCommerce(const ExportedProduct& product);
    QString wooParentSku(const ExportedProduct& product);

    QString money(qint64 minor, const QString& currency) const
    {
        const Currency known = Currency::fromCode(currency);
        return CsvNumber::formatDecimal(minor, known.isValid() ? known.minorDigits() : 2, m_point);
    }
    QString stock(qint64 quantity) const { return m_locationId > 0 ? QString::number(quantity) : QString(); }
    // A view of text that needs no copy, or of its guarded copy kept until the record is written.
    QStringView guarded(QStringView text);
    // A number written into the record's scratch space.
    QStringView decimal(qint64 scaled, int decimals, bool trimZeros = false);

    DatabasePtr m_database;
    QSqlDatabase m_db;
    const ExportOptions& m_options;
    CsvWriter m_writer;
    QChar m_point;
    qint64 m_locationId = 0;
    QHash<qint64, QString> m_categories; // id → "Parent > Child"
    ExportSummary m_summary;
    // One Comptoir record: its fields as views, numbers in the scratch space, rare guarded copies.
    QList<QStringView> m_fields;
    std::array<char16_t, 20 * CsvNumber::kMaxDecimalSize> m_scratch {};
    std::size_t m_scratchUsed = 0;
    QStringList m_copies;
};

QStringView ExportRun::guarded(QStringView text)
{
    if (text.isEmpty())
        return text;
    const bool formula = text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@'
        || text.front() == u'\t' || text.front() == u'\r';
    const bool apostrophe = text.size() >= 2 && text.front() == u'\'';
    if (!formula && !apostrophe)
        return text;
    const QString kept = CellReader::guarded(text.toString(), true);
    if (kept.size() == text.size())
        return text;
    m_copies.append(kept);
    return m_copies.constLast();
}

QStringView ExportRun::decimal(qint64 scaled, int decimals, bool trimZeros)
{
    char16_t* out = m_scratch.data() + m_scratchUsed;
    const qsizetype size = CsvNumber::formatDecimal(out, scaled, decimals, m_point, trimZeros);
    m_scratchUsed += std::size_t(size);
    return QStringView(out, size);
}

Status ExportRun::decode(RowBatch& batch)
{
    batch.pool = QString::fromUtf8(batch.utf8);
    batch.utf8 = QByteArray();
    qsizetype at = 0;
    for (RowBatch::Row& row : batch.rows) {
        const qsizetype end = QStringView(batch.pool).indexOf(QChar(0x1e), at);
        if (end < 0)
            return Error(
                Error::Code::Generic, QCoreApplication::translate("CatalogExport", "The products could not be read."));
        row.text[0] = at;
        int found = 0;
        for (qsizetype next = QStringView(batch.pool).left(end).indexOf(QChar(0x1f), at); next >= 0;
             next = QStringView(batch.pool).left(end).indexOf(QChar(0x1f), next + 1)) {
            if (++found < RowBatch::TextCount)
                row.text[found] = next + 1;
        }
        row.text[RowBatch::TextCount] = end + 1;
        at = end + 1;
        if (found == RowBatch::TextCount - 1 && !row.reread)
            continue;
        // A text holds a separator: this row's texts are read again, one by one, and kept at the end
        // of the pool, past every offset already taken.
        QSqlQuery texts(m_db);
        texts.prepare(QStringLiteral(
            "SELECT p.name, p.description, coalesce(s.name, ''), v.sku, v.option1, v.option2, v.barcode, v.currency, "
            "v.supplier_sku, v.bin_location FROM variants v JOIN products p ON p.id = v.product_id LEFT JOIN "
            "suppliers s ON s.id = p.supplier_id WHERE v.id = ?"));
        texts.bindValue(0, row.number[RowBatch::VariantId]);
        if (!texts.exec() || !texts.next())
            return sqlError(texts, QCoreApplication::translate("CatalogExport", "The products could not be read."));
        for (int i = 0; i < RowBatch::TextCount; ++i) {
            row.text[i] = batch.pool.size();
            batch.pool += texts.value(i).toString() + QChar(0x1f);
        }
        row.text[RowBatch::TextCount] = batch.pool.size();
    }
    return {};
}

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

// Reads the variants product by product on its own thread and connection, in keyset pages, and
// hands them over in batches: SQLite decodes the next rows while the calling thread writes the
// last ones (the machine Comptoir runs on has at least two cores). The whole read is one snapshot.
class ProductReader
{
public:
    ProductReader(DatabasePtr database, qint64 locationId)
        : m_database(std::move(database))
        , m_locationId(locationId)
    { }

    void start()
    {
        m_thread.reset(QThread::create([this] {
            read();
            m_database->releaseThreadConnection();
        }));
        m_thread->start();
    }
    // Asks the reading to stop and waits for it.
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        if (m_thread)
            m_thread->wait();
    }
    // The next batch of rows; empty at the end or on an error (error()).
    RowBatch next()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty())
            return {};
        RowBatch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    const Error* error() const { return m_error ? &*m_error : nullptr; }

private:
    static constexpr std::size_t kBatchRows = 2000;
    static constexpr std::size_t kBatchesAhead = 8;

    // False when the reading must stop.
    bool hand(RowBatch& batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < kBatchesAhead || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        batch = RowBatch();
        batch.rows.reserve(kBatchRows + 16);
        batch.utf8.reserve(512 * 1024);
        m_changed.notify_all();
        return true;
    }
    void finish(std::optional<Error> error = std::nullopt)
    {
        std::lock_guard lock(m_mutex);
        m_error = std::move(error);
        m_finished = true;
        m_changed.notify_all();
    }
    void read();

    DatabasePtr m_database;
    qint64 m_locationId;
    std::unique_ptr<QThread> m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowBatch> m_batches;
    bool m_stopped = false;
    bool m_finished = false;
    std::optional<Error> m_error;
};

void ProductReader::read()
{
    const QSqlDatabase db = m_database->connection();
    Transaction snapshot(db, Transaction::Lock::Snapshot);
    KeysetQuery::Spec spec;
    // The texts of a row come as one value, separated by U+001F, and as bytes: one value to copy
    // instead of ten, and no conversion to UTF-16 here (what the SQL driver costs per value is most
    // of an export's time). The writer decodes them, and reads a row again when a text holds the
    // separator itself.
    spec.select = QStringLiteral(
        "v.id, v.product_id, coalesce(p.category_id, 0), p.vat_rate_bp, p.archived, v.price_minor, "
        "coalesce(v.compare_at_minor, -1), v.cost_minor, v.weight_g, coalesce(v.lead_time_days, -1), "
        "coalesce(l.on_hand, 0), CAST(p.name || char(31) || p.description || char(31) || coalesce(s.name, '') || "
        "char(31) || v.sku || char(31) || v.option1 || char(31) || v.option2 || char(31) || v.barcode || char(31) || "
        "v.currency || char(31) || v.supplier_sku || char(31) || v.bin_location AS BLOB)");
    // The stock column's location is bound first: its placeholder comes before the page's.
    spec.from = QStringLiteral("variants v JOIN products p ON p.id = v.product_id LEFT JOIN suppliers s ON s.id = "
                               "p.supplier_id LEFT JOIN stock_levels l ON l.variant_id = v.id AND l.location_id = ?");
    spec.sortColumns = {QStringLiteral("v.product_id")};
    spec.idColumn = QStringLiteral("v.id");
    QSqlQuery first(db), next(db);
    first.setForwardOnly(true);
    next.setForwardOnly(true);
    if (!first.prepare(KeysetQuery::sql(spec, false, kPageSize))
        || !next.prepare(KeysetQuery::sql(spec, true, kPageSize))) {
        finish(sqlError(first, QCoreApplication::translate("CatalogExport", "The products could not be read.")));
        return;
    }
    RowBatch batch;
    batch.rows.reserve(kBatchRows + 16);
    batch.utf8.reserve(512 * 1024);
    // The numbers are the query's columns 0 to 10, in RowBatch::Number order; the texts column 11.
    constexpr int kTexts = 11;
    qint64 lastProduct = 0, lastVariant = 0;
    bool firstPage = true;
    while (true) {
        QSqlQuery& page = firstPage ? first : next;
        page.bindValue(0, m_locationId);
        if (!firstPage) {
            page.bindValue(1, lastProduct);
            page.bindValue(2, lastVariant);
        }
        firstPage = false;
        if (!page.exec()) {
            finish(sqlError(page, QCoreApplication::translate("CatalogExport", "The products could not be read.")));
            return;
        }
        int rows = 0;
        while (page.next()) {
            ++rows;
            lastVariant = page.value(0).toLongLong();
            const qint64 product = page.value(1).toLongLong();
            // A batch is handed over between two products, never in the middle of one.
            if (product != lastProduct && batch.rows.size() >= kBatchRows && !hand(batch)) {
                finish();
                return;
            }
            lastProduct = product;
            RowBatch::Row& row = batch.rows.emplace_back();
            for (int i = 0; i < RowBatch::NumberCount; ++i)
                row.number[i] = page.value(i).toLongLong();
            const QByteArray texts = page.value(kTexts).toByteArray();
            row.reread = texts.contains('\x1e');
            if (!row.reread)
                batch.utf8 += texts;
            batch.utf8 += '\x1e';
        }
        page.finish();
        if (rows < kPageSize)
            break;
    }
    if (!batch.rows.empty() && !hand(batch)) {
        finish();
        return;
    }
    finish();
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

    if (auto written = m_writer.writeRecord(CatalogExport::header(m_options.format)); !written)
        return written.error();
    const QString step = QCoreApplication::translate("CatalogExport", "Writing products");
    ProductReader reader(m_database, m_locationId);
    reader.start();
    while (true) {
        RowBatch batch = reader.next();
        if (batch.rows.empty())
            break;
        if (auto decoded = decode(batch); !decoded) {
            reader.stop();
            return decoded.error();
        }
        for (std::size_t first = 0; first < batch.rows.size();) {
            std::size_t end = first + 1;
            while (end < batch.rows.size()
                && batch.number(end, RowBatch::ProductId) == batch.number(first, RowBatch::ProductId))
                ++end;
            if (auto written = writeRows(batch, first, end); !written) {
                reader.stop();
                return written.error();
            }
            first = end;
        }
        if (!control.progress(m_summary.variants, total->toLongLong(), step)) {
            reader.stop();
            return Error(Error::Code::Cancelled, QCoreApplication::translate("CatalogExport", "Export cancelled."));
        }
    }
    reader.stop();
    if (const Error* error = reader.error())
        return *error;
    if (auto flushed = m_writer.flush(); !flushed)
        return flushed.error();
    return m_summary;
}

Status ExportRun::writeRows(const RowBatch& batch, std::size_t first, std::size_t end)
{
    ++m_summary.products;
    m_summary.variants += qint64(end - first);
    if (m_options.format != CatalogFormat::Shopify && m_options.format != CatalogFormat::WooCommerce)
        return writeComptoir(batch, first, end);
    // The platforms' layouts look at the whole product first: it is read into plain values.
    ExportedProduct product;
    product.id = batch.number(first, RowBatch::ProductId);
    product.name = batch.text(first, RowBatch::Name).toString();
    product.description = batch.text(first, RowBatch::Description).toString();
    product.category = m_categories.value(batch.number(first, RowBatch::CategoryId));
    product.supplier = batch.text(first, RowBatch::Supplier).toString();
    product.vatBasisPoints = batch.number(first, RowBatch::Vat);
    product.archived = batch.number(first, RowBatch::Archived) != 0;
    for (std::size_t row = first; row < end; ++row) {
        ExportedVariant v;
        v.sku = batch.text(row, RowBatch::Sku).toString();
        v.option1 = batch.text(row, RowBatch::Option1).toString();
        v.option2 = batch.text(row, RowBatch::Option2).toString();
        v.barcode = batch.text(row, RowBatch::Barcode).toString();
        v.currency = batch.text(row, RowBatch::Currency).toString();
        v.supplierSku = batch.text(row, RowBatch::SupplierSku).toString();
        v.binLocation = batch.text(row, RowBatch::Bin).toString();
        v.price = batch.number(row, RowBatch::Price);
        v.compareAt = batch.number(row, RowBatch::CompareAt);
        v.cost = batch.number(row, RowBatch::Cost);
        v.weightGrams = batch.number(row, RowBatch::Weight);
        v.leadTimeDays = batch.number(row, RowBatch::LeadTime);
        v.stock = batch.number(row, RowBatch::Stock);
        product.variants.append(std::move(v));
    }
    return writeProduct(product);
}

Status ExportRun::writeProduct(const ExportedProduct& product)
{
    if (m_options.format == CatalogFormat::Shopify)
        return writeShopify(product);
    return writeWooCommerce(product);
}

Status ExportRun::writeComptoir(const RowBatch& batch, std::size_t first, std::size_t end)
{
    // Text is guarded as import unguards it, so that a cell starting with '=' reads back as written.
    // The product's key is its first variant's SKU: an import into an empty shop keeps that order,
    // so the key comes out the same again.
    static const QString yes = QStringLiteral("yes"), no = QStringLiteral("no");
    const QString& category = m_categories.value(batch.number(first, RowBatch::CategoryId));
    m_fields.resize(int(std::size(kComptoirColumns)));
    for (std::size_t row = first; row < end; ++row) {
        m_scratchUsed = 0;
        m_copies.clear();
        const auto text = [&](RowBatch::Text which) { return guarded(batch.text(row, which)); };
        const auto number = [&](RowBatch::Number which) { return batch.number(row, which); };
        const Currency currency = Currency::fromCode(batch.text(row, RowBatch::Currency));
        const int digits = currency.isValid() ? currency.minorDigits() : 2;
        m_fields[0] = guarded(batch.text(first, RowBatch::Sku));
        m_fields[1] = text(RowBatch::Sku);
        m_fields[2] = text(RowBatch::Name);
        m_fields[3] = text(RowBatch::Option1);
        m_fields[4] = text(RowBatch::Option2);
        m_fields[5] = text(RowBatch::Description);
        m_fields[6] = guarded(category);
        m_fields[7] = text(RowBatch::Supplier);
        m_fields[8] = decimal(number(RowBatch::Vat), 2, true);
        m_fields[9] = number(RowBatch::Archived) != 0 ? yes : no;
        m_fields[10] = text(RowBatch::Barcode);
        m_fields[11] = decimal(number(RowBatch::Price), digits);
        m_fields[12] = number(RowBatch::CompareAt) < 0 ? QStringView() : decimal(number(RowBatch::CompareAt), digits);
        m_fields[13] = decimal(number(RowBatch::Cost), digits);
        m_fields[14] = text(RowBatch::Currency);
        m_fields[15] = decimal(number(RowBatch::Weight), 0);
        m_fields[16] = text(RowBatch::SupplierSku);
        m_fields[17] = number(RowBatch::LeadTime) < 0 ? QStringView() : decimal(number(RowBatch::LeadTime), 0);
        m_fields[18] = text(RowBatch::Bin);
        m_fields[19] = m_locationId > 0 ? decimal(number(RowBatch::Stock), 0) : QStringView();
        if (auto written = m_writer.writeFields(m_fields); !written)
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
    ExportSummary summary;
    const Status written = writeWholeFile(path, [&](QIODevice* device) -> Status {
        auto done = write(device, options, control);
        if (!done)
            return done.error();
        summary = *done;
        return {};
    });
    if (!written)
        return written.error();
    return summary;
}

} // namespace comptoir::io
