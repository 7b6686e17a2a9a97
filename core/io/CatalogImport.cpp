#include "io/CatalogImport.h"

#include "inventory/StockCounts.h"
#include "io/CellReader.h"
#include "io/CsvNumber.h"
#include "io/CsvReader.h"
#include "io/ProductRowReader.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace comptoir::io {

using namespace comptoir::storage;

namespace {

constexpr int kProgressTotal = 1000;
constexpr int kReadShare = 450; // reading and checking lines: the first 45 % of the bar
constexpr int kCheckShare = 100; // checks against the shop, then writing
constexpr int kRowsPerTick = 4096;
constexpr qint64 kChunkLines = 100000; // big statements run in slices of lines, so cancel stays quick

// A variant's title as ProductCatalog::variantTitle() writes it, from a product name and options.
QString titleSql(const QString& name, const QString& option1, const QString& option2)
{
    return QStringLiteral("%1 || CASE WHEN %2 <> '' AND %3 <> '' THEN ' – ' || %2 || ' / ' || %3 "
                          "WHEN %2 <> '' THEN ' – ' || %2 WHEN %3 <> '' THEN ' – ' || %3 ELSE '' END")
        .arg(name, option1, option2);
}

QVariant optionalText(const std::optional<QString>& value)
{
    return value ? text(*value) : QVariant();
}

QVariant optionalNumber(const std::optional<qint64>& value)
{
    return value ? QVariant(*value) : QVariant();
}

Error cancelled()
{
    return Error(Error::Code::Cancelled,
        QCoreApplication::translate("CatalogImport", "Import cancelled: nothing was changed in the shop."));
}

// One import or dry run, from the file to the report.
class ImportRun
{
public:
    ImportRun(const DatabasePtr& database, const ImportOptions& options, JobControl& control, bool apply)
        : m_database(database)
        , m_db(database->connection())
        , m_options(options)
        , m_control(control)
        , m_apply(apply)
        , m_currency(settings::ShopSettings(database).currency())
        , m_cells(m_report, m_currency)
    { }

    Result<ImportReport> run(const QString& path);

private:
    bool tick(qint64 done, const QString& step)
    {
        return m_control.progress(std::min<qint64>(done, kProgressTotal), kProgressTotal, step);
    }
    Status sql(const QString& statement, std::initializer_list<QVariant> values = {})
    {
        return execute(m_db, statement, values);
    }
    Result<qint64> number(const QString& statement, std::initializer_list<QVariant> values = {})
    {
        auto value = scalar(m_db, statement, values);
        if (!value)
            return value.error();
        return value->toLongLong();
    }
    // Runs a check query returning (line, detail…) rows; `report` adds the problem of each row.
    Status problems(const QString& statement, std::initializer_list<QVariant> values,
        const std::function<void(const QSqlQuery&)>& report)
    {
        auto query = storage::run(m_db, statement, values);
        if (!query)
            return query.error();
        while (query->next())
            report(*query);
        return {};
    }
    // Runs `statement` (with "?1"/"?2" bounding r.line or another column) over the lines in slices.
    Status inSlices(const QString& statement, const QVariantList& values, const QString& step, int from, int to);

    Status locateShopLocation();
    Status createTables();
    Status stage(CsvReader& reader, qint64 fileSize);
    Status checkFile();
    Status matchShop();
    Status buildGroups();
    Status resolveNames(const QString& kind);
    Status checkGroupsAndVariants();
    Status classify();
    Status write();
    Status setIndexesAside();
    Status rebuildIndexes();
    void dropTables();

    DatabasePtr m_database;
    QSqlDatabase m_db;
    const ImportOptions& m_options;
    JobControl& m_control;
    bool m_apply;
    Currency m_currency;
    ImportReport m_report;
    CellReader m_cells;
    std::unique_ptr<ProductRowReader> m_reader;
    QString m_fileName;
    bool m_emptyShop = false;
    bool m_hasStock = false;
    qint64 m_locationId = 0; // 0: none yet (created when stock is written)
    qint64 m_lastLine = 0;
    int m_headerWidth = 0;
    qint64 m_now = 0;
    struct SchemaObject
    {
        QString type, name, sql;
    };
    QList<SchemaObject> m_setAside;
};

Result<ImportReport> ImportRun::run(const QString& path)
{
    m_fileName = QFileInfo(path).fileName();
    m_now = m_database->clock().nowSecs();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, QCoreApplication::translate("CatalogImport", "The file could not be opened."),
            QDir::toNativeSeparators(path), file.errorString());
    CsvReader reader(&file);
    auto header = readImportHeader(reader, m_report);
    if (!header)
        return header.error();
    m_report.encoding = reader.encodingName();
    m_report.delimiter = reader.delimiter();
    if (header->isEmpty())
        return m_report;
    m_report.format = m_options.format == CatalogFormat::Auto ? detectFormat(*header) : m_options.format;
    if (m_report.format == CatalogFormat::Generic && m_options.mapping.isEmpty()) {
        m_report.addProblem(1, 1,
            QCoreApplication::translate("CatalogImport",
                "Comptoir does not recognise these columns. Name them as Comptoir does (SKU, Name, Price, "
                "Stock…) or say which column is which with a column mapping."));
        return m_report;
    }
    m_headerWidth = int(header->size());
    m_reader = ProductRowReader::create(m_report.format, m_options.mapping, m_cells);
    if (!m_reader->setHeader(*header))
        return m_report;

    // The lines of the file go to temporary tables on disk rather than in memory, as the shop's
    // connections keep them: a million-product file then costs about 200 MB of memory, not 800.
    // (Set before the transaction, and back to memory once it is over.)
    sql(QStringLiteral("PRAGMA temp_store = FILE")).ok();
    const struct TempStoreBack
    {
        QSqlDatabase db;
        ~TempStoreBack() { QSqlQuery(db).exec(QStringLiteral("PRAGMA temp_store = MEMORY")); }
    } tempStoreBack {m_db};
    // The dry run reads the shop from one snapshot and writes only its own temporary tables.
    Transaction transaction(m_db, m_apply ? Transaction::Lock::Write : Transaction::Lock::Snapshot);
    if (!transaction.isActive())
        return transaction.error();
    auto empty = number(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM variants) AND NOT EXISTS (SELECT 1 FROM "
                                       "products)"));
    if (!empty)
        return empty.error();
    m_emptyShop = *empty != 0;
    if (auto located = locateShopLocation(); !located)
        return located.error();
    if (auto created = createTables(); !created)
        return created.error();
    if (auto staged = stage(reader, file.size()); !staged)
        return staged.error();
    // A line the CSV reader could not parse ends the reading: what follows it cannot be trusted.
    if (reader.hasError() || m_report.rows == 0) {
        if (!reader.hasError() && m_report.rows == 0 && !m_report.hasProblems())
            m_report.addProblem(2, 1, QCoreApplication::translate("CatalogImport", "The file has no product lines."));
        m_report.sortProblems();
        return m_report;
    }
    const Status checked = [&]() -> Status {
        if (!tick(kReadShare, QCoreApplication::translate("CatalogImport", "Checking the file")))
            return cancelled();
        if (auto done = checkFile(); !done)
            return done;
        if (!tick(kReadShare + kCheckShare / 4, QCoreApplication::translate("CatalogImport", "Matching SKUs")))
            return cancelled();
        if (auto done = matchShop(); !done)
            return done;
        if (auto done = buildGroups(); !done)
            return done;
        if (!tick(kReadShare + kCheckShare / 2, QCoreApplication::translate("CatalogImport", "Checking products")))
            return cancelled();
        if (auto done = resolveNames(QStringLiteral("category")); !done)
            return done;
        if (auto done = resolveNames(QStringLiteral("supplier")); !done)
            return done;
        if (auto done = checkGroupsAndVariants(); !done)
            return done;
        return classify();
    }();
    if (!checked)
        return checked.error();
    m_report.sortProblems();
    if (!m_apply || m_report.hasProblems())
        return m_report; // the transaction rolls back: nothing was written, temporary tables included

    if (auto written = write(); !written)
        return written.error();
    dropTables();
    if (!tick(kProgressTotal - 1, QCoreApplication::translate("CatalogImport", "Saving")))
        return cancelled();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    m_report.applied = true;
    tick(kProgressTotal, QCoreApplication::translate("CatalogImport", "Done"));
    return m_report;
}

Status ImportRun::locateShopLocation()
{
    if (m_options.location.trimmed().isEmpty()) {
        auto first = storage::run(m_db, QStringLiteral("SELECT id, name FROM locations ORDER BY id LIMIT 1"));
        if (!first)
            return first.error();
        if (first->next()) {
            m_locationId = first->value(0).toLongLong();
            m_report.location = first->value(1).toString();
        } else {
            m_report.location = QCoreApplication::translate("CatalogImport", "Stock");
        }
        return {};
    }
    auto named
        = scalar(m_db, QStringLiteral("SELECT id FROM locations WHERE name = ?"), {m_options.location.trimmed()});
    if (!named)
        return named.error();
    if (named->isValid()) {
        m_locationId = named->toLongLong();
        m_report.location = m_options.location.trimmed();
        return {};
    }
    auto any = number(QStringLiteral("SELECT count(*) FROM locations"));
    if (!any)
        return any.error();
    if (*any == 0) { // a new shop: its first location gets the name asked for
        m_report.location = m_options.location.trimmed();
        return {};
    }
    QStringList names;
    auto all = storage::run(m_db, QStringLiteral("SELECT name FROM locations ORDER BY id"));
    if (!all)
        return all.error();
    while (all->next())
        names << all->value(0).toString();
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("CatalogImport", "The shop has no stock location named “%1” (it has: %2).")
            .arg(m_options.location.trimmed(), names.join(QStringLiteral(", "))),
        QCoreApplication::translate("CatalogImport", "Location"));
}

// import_rows: one row per line of the file, in Comptoir's terms (NULL: the line does not say), then
// the shop's variant and product when the SKU is known, and a state: 1 changed, 2 unchanged (a new
// variant has no variant_id). import_groups: one row per product of the file, with the same state.
// import_names: categories and suppliers by name, with their ids (negative: still to create).
Status ImportRun::createTables()
{
    dropTables();
    if (auto created = sql(QStringLiteral(
            "CREATE TEMP TABLE import_rows (line INTEGER PRIMARY KEY, group_key TEXT NOT NULL, "
            "product_row INTEGER NOT NULL, variant_row INTEGER NOT NULL, external_id TEXT NOT NULL, name TEXT, "
            "description TEXT, category TEXT, supplier TEXT, vat_bp INTEGER, archived INTEGER, sku TEXT NOT NULL, "
            "option1 TEXT, option2 TEXT, barcode TEXT, currency TEXT, price_minor INTEGER, compare_at_minor INTEGER, "
            "cost_minor INTEGER, weight_g INTEGER, supplier_sku TEXT, lead_time_days INTEGER, bin_location TEXT, "
            "stock INTEGER, faulty INTEGER NOT NULL, variant_id INTEGER, product_id INTEGER, state INTEGER)"));
        !created)
        return created;
    if (auto created = sql(QStringLiteral(
            "CREATE TEMP TABLE import_groups (group_key TEXT PRIMARY KEY, first_line INTEGER NOT NULL, "
            "product_line INTEGER, variants INTEGER NOT NULL, product_id INTEGER, products INTEGER NOT NULL, "
            "is_new INTEGER NOT NULL DEFAULT 0, name TEXT, description TEXT, category TEXT, supplier TEXT, "
            "vat_bp INTEGER, archived INTEGER, category_id INTEGER, supplier_id INTEGER, state INTEGER)"));
        !created)
        return created;
    return sql(QStringLiteral("CREATE TEMP TABLE import_names (kind TEXT NOT NULL, name TEXT NOT NULL, id INTEGER, "
                              "PRIMARY KEY (kind, name))"));
}

void ImportRun::dropTables()
{
    for (const char* table : {"import_rows", "import_groups", "import_names"})
        sql(QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(QLatin1String(table))).ok();
}

Status ImportRun::stage(CsvReader& reader, qint64 fileSize)
{
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO import_rows (line, group_key, product_row, variant_row, external_id, name, description, "
            "category, supplier, vat_bp, archived, sku, option1, option2, barcode, currency, price_minor, "
            "compare_at_minor, cost_minor, weight_g, supplier_sku, lead_time_days, bin_location, stock, faulty) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return sqlError(insert, QCoreApplication::translate("CatalogImport", "The import could not start."));
    const QString step = QCoreApplication::translate("CatalogImport", "Reading %1").arg(m_fileName);
    QStringList cells;
    const QString shopCode = m_currency.code();
    while (true) {
        if (!reader.readRecord(cells))
            break;
        const qint64 line = reader.lineNumber();
        if (cells.size() == 1 && cells.first().isEmpty())
            continue; // a blank line
        ++m_report.rows;
        if (m_report.rows % kRowsPerTick == 0
            && !tick(fileSize > 0 ? reader.bytesRead() * kReadShare / fileSize : 0, step))
            return cancelled();
        m_cells.startLine(line);
        if (!m_cells.hasWidth(cells, m_headerWidth))
            continue;
        ImportRow row;
        row.line = line;
        const qint64 problemsBefore = m_report.problemCount;
        if (!m_reader->read(cells, row)) {
            ++m_report.skippedRows;
            continue;
        }
        m_lastLine = line;
        if (row.stock)
            m_hasStock = true;
        // Into an empty shop every variant is new: its defaults go in now, saving a pass later.
        if (m_emptyShop && row.variantRow) {
            for (auto* text : {&row.option1, &row.option2, &row.barcode, &row.supplierSku, &row.binLocation}) {
                if (!*text)
                    *text = QString(QLatin1String(""));
            }
            if (!row.currency)
                row.currency = shopCode;
            if (!row.costMinor)
                row.costMinor = 0;
            if (!row.weightGrams)
                row.weightGrams = 0;
        }
        const auto finalValue = [&](const std::optional<qint64>& value) {
            // Into an empty shop "none" can be written as NULL at once.
            if (m_emptyShop && value && *value == ImportRow::kNone)
                return QVariant();
            return optionalNumber(value);
        };
        insert.bindValue(0, row.line);
        insert.bindValue(1, text(row.groupKey));
        insert.bindValue(2, row.productRow ? 1 : 0);
        insert.bindValue(3, row.variantRow ? 1 : 0);
        insert.bindValue(4, text(row.externalId));
        insert.bindValue(5, optionalText(row.name));
        insert.bindValue(6, optionalText(row.description));
        insert.bindValue(7, optionalText(row.category));
        insert.bindValue(8, optionalText(row.supplier));
        insert.bindValue(9, optionalNumber(row.vatBasisPoints));
        insert.bindValue(10, row.archived ? QVariant(*row.archived ? 1 : 0) : QVariant());
        insert.bindValue(11, text(row.sku));
        insert.bindValue(12, optionalText(row.option1));
        insert.bindValue(13, optionalText(row.option2));
        insert.bindValue(14, optionalText(row.barcode));
        insert.bindValue(15, optionalText(row.currency));
        insert.bindValue(16, optionalNumber(row.priceMinor));
        insert.bindValue(17, finalValue(row.compareAtMinor));
        insert.bindValue(18, optionalNumber(row.costMinor));
        insert.bindValue(19, optionalNumber(row.weightGrams));
        insert.bindValue(20, optionalText(row.supplierSku));
        insert.bindValue(21, finalValue(row.leadTimeDays));
        insert.bindValue(22, optionalText(row.binLocation));
        insert.bindValue(23, optionalNumber(row.stock));
        // A line with a wrong cell is kept for the checks between lines, not for those its wrong cell would repeat.
        insert.bindValue(24, m_report.problemCount > problemsBefore ? 1 : 0);
        if (!insert.exec())
            return sqlError(insert, QCoreApplication::translate("CatalogImport", "The file could not be read."));
    }
    if (reader.hasError()) {
        if (reader.error().code == Error::Code::Io)
            return reader.error();
        m_report.addCsvError(reader.error());
    }
    return {};
}

Status ImportRun::checkFile()
{
    const QString skuHeader = m_reader->header(ImportField::Sku);
    // WooCommerce: a variation naming its parent as id:NN belongs with that parent, whatever its key.
    if (m_report.format == CatalogFormat::WooCommerce) {
        if (auto indexed = sql(QStringLiteral("CREATE INDEX temp.import_rows_external ON import_rows(external_id) "
                                              "WHERE product_row AND external_id <> ''"));
            !indexed)
            return indexed;
        if (auto joined = sql(QStringLiteral("UPDATE import_rows SET group_key = coalesce((SELECT p.group_key FROM "
                                             "import_rows p WHERE p.product_row "
                                             "AND p.external_id <> '' AND p.external_id = "
                                             "substr(import_rows.group_key, 4) ORDER BY p.line LIMIT 1), "
                                             "group_key) WHERE product_row = 0 AND group_key LIKE 'id:%'"));
            !joined)
            return joined;
    }
    // Each SKU once. Building the index proves it at once in the usual case; otherwise list the repeats.
    if (!sql(QStringLiteral("CREATE UNIQUE INDEX temp.import_rows_sku ON import_rows(sku) WHERE sku <> ''"))) {
        if (auto indexed = sql(QStringLiteral("CREATE INDEX temp.import_rows_sku ON import_rows(sku) WHERE sku <> ''"));
            !indexed)
            return indexed;
        auto listed = problems(
            QStringLiteral("SELECT r.line, d.first, r.sku FROM import_rows r JOIN (SELECT sku, min(line) AS first "
                           "FROM import_rows WHERE sku <> '' GROUP BY sku HAVING count(*) > 1) d ON d.sku = r.sku "
                           "WHERE r.sku <> '' AND r.line > d.first ORDER BY r.line"),
            {}, [&](const QSqlQuery& q) {
                m_cells.startLine(q.value(0).toLongLong());
                m_cells.problem(m_reader->column(ImportField::Sku), skuHeader,
                    QCoreApplication::translate(
                        "CatalogImport", "“%1” is already on line %2: each SKU can appear only once in a file.")
                        .arg(q.value(2).toString())
                        .arg(q.value(1).toLongLong()));
            });
        if (!listed)
            return listed;
    }
    // Each barcode once.
    if (m_reader->column(ImportField::Barcode) > 0
        && !sql(QStringLiteral("CREATE UNIQUE INDEX temp.import_rows_barcode ON import_rows(barcode) "
                               "WHERE barcode <> ''"))) {
        auto listed = problems(
            QStringLiteral("SELECT r.line, d.first, r.barcode FROM import_rows r JOIN (SELECT barcode, min(line) AS "
                           "first FROM import_rows WHERE barcode <> '' GROUP BY barcode HAVING count(*) > 1) d "
                           "ON d.barcode = r.barcode WHERE r.barcode <> '' AND r.line > d.first ORDER BY r.line"),
            {}, [&](const QSqlQuery& q) {
                m_cells.startLine(q.value(0).toLongLong());
                m_cells.problem(m_reader->column(ImportField::Barcode), m_reader->header(ImportField::Barcode),
                    QCoreApplication::translate("CatalogImport", "the barcode %1 is already on line %2.")
                        .arg(q.value(2).toString())
                        .arg(q.value(1).toLongLong()));
            });
        if (!listed)
            return listed;
    }
    return {};
}

Status ImportRun::matchShop()
{
    if (m_emptyShop)
        return {}; // every variant is new, and its defaults went in with it
    // A line without a product key that updates a known variant belongs with its product.
    if (auto merged = sql(QStringLiteral(
            "UPDATE import_rows SET group_key = char(31) || 'product:' || v.product_id FROM variants AS v "
            "WHERE v.sku = import_rows.sku AND import_rows.sku <> '' AND substr(import_rows.group_key, 1, 1) = "
            "char(31)"));
        !merged)
        return merged;
    // Known SKUs: what the file does not say keeps the shop's value.
    if (auto matched = sql(QStringLiteral(
            "UPDATE import_rows SET variant_id = v.id, product_id = v.product_id, "
            "option1 = coalesce(import_rows.option1, v.option1), option2 = coalesce(import_rows.option2, v.option2), "
            "barcode = coalesce(import_rows.barcode, v.barcode), currency = coalesce(import_rows.currency, "
            "v.currency), "
            "price_minor = coalesce(import_rows.price_minor, v.price_minor), "
            "compare_at_minor = CASE WHEN import_rows.compare_at_minor IS NULL THEN v.compare_at_minor "
            "WHEN import_rows.compare_at_minor < 0 THEN NULL ELSE import_rows.compare_at_minor END, "
            "cost_minor = coalesce(import_rows.cost_minor, v.cost_minor), "
            "weight_g = coalesce(import_rows.weight_g, v.weight_g), "
            "supplier_sku = coalesce(import_rows.supplier_sku, v.supplier_sku), "
            "lead_time_days = CASE WHEN import_rows.lead_time_days IS NULL THEN v.lead_time_days "
            "WHEN import_rows.lead_time_days < 0 THEN NULL ELSE import_rows.lead_time_days END, "
            "bin_location = coalesce(import_rows.bin_location, v.bin_location) "
            "FROM variants AS v WHERE v.sku = import_rows.sku AND import_rows.sku <> ''"));
        !matched)
        return matched;
    // New ones get the defaults of a new variant.
    return sql(
        QStringLiteral("UPDATE import_rows SET option1 = coalesce(option1, ''), option2 = coalesce(option2, ''), "
                       "barcode = coalesce(barcode, ''), currency = coalesce(currency, ?), "
                       "compare_at_minor = CASE WHEN compare_at_minor < 0 THEN NULL ELSE compare_at_minor END, "
                       "cost_minor = coalesce(cost_minor, 0), weight_g = coalesce(weight_g, 0), "
                       "supplier_sku = coalesce(supplier_sku, ''), "
                       "lead_time_days = CASE WHEN lead_time_days < 0 THEN NULL ELSE lead_time_days END, "
                       "bin_location = coalesce(bin_location, '') WHERE variant_id IS NULL AND variant_row"),
        {m_currency.code()});
}

Status ImportRun::buildGroups()
{
    // One index serves the grouping by product and the search for variants with the same options.
    if (auto indexed = sql(QStringLiteral("CREATE INDEX temp.import_rows_group ON import_rows(group_key, option1, "
                                          "option2)"));
        !indexed)
        return indexed;
    // One row per product of the file, with the product's fields from its first line that has them; a new
    // product gets the defaults now, a known one the shop's values below.
    if (auto grouped = sql(QStringLiteral(
            "INSERT INTO import_groups (group_key, first_line, product_line, variants, product_id, products, is_new, "
            "name, description, category, supplier, vat_bp, archived) "
            "SELECT g.group_key, g.first_line, g.product_line, g.variants, g.product_id, g.products, "
            "g.product_id IS NULL, r.name, coalesce(r.description, CASE WHEN g.product_id IS NULL THEN '' END), "
            "r.category, r.supplier, coalesce(r.vat_bp, CASE WHEN g.product_id IS NULL THEN 2000 END), "
            "coalesce(r.archived, CASE WHEN g.product_id IS NULL THEN 0 END) "
            "FROM (SELECT group_key, min(line) AS first_line, min(CASE WHEN product_row THEN line END) AS "
            "product_line, "
            "sum(variant_row) AS variants, min(product_id) AS product_id, count(DISTINCT product_id) AS products "
            "FROM import_rows GROUP BY group_key) AS g LEFT JOIN import_rows r ON r.line = g.product_line"));
        !grouped)
        return grouped;
    // A WooCommerce variable product without variations has nothing to sell yet.
    auto empty = number(QStringLiteral("SELECT count(*) FROM import_groups WHERE variants = 0"));
    if (!empty)
        return empty.error();
    if (*empty > 0) {
        m_report.skippedRows += *empty;
        if (auto dropped = sql(QStringLiteral("DELETE FROM import_groups WHERE variants = 0")); !dropped)
            return dropped;
    }
    if (m_emptyShop)
        return {};
    return sql(QStringLiteral("UPDATE import_groups SET name = coalesce(import_groups.name, p.name), "
                              "description = coalesce(import_groups.description, p.description), "
                              "vat_bp = coalesce(import_groups.vat_bp, p.vat_rate_bp), archived = "
                              "coalesce(import_groups.archived, p.archived), "
                              "category_id = p.category_id, supplier_id = p.supplier_id "
                              "FROM products AS p WHERE p.id = import_groups.product_id"));
}

Status ImportRun::resolveNames(const QString& kind)
{
    const bool category = kind == QLatin1String("category");
    auto names = storage::run(m_db,
        category ? QStringLiteral("SELECT DISTINCT category FROM import_groups WHERE category <> ''")
                 : QStringLiteral("SELECT DISTINCT supplier FROM import_groups WHERE supplier <> ''"));
    if (!names)
        return names.error();
    QStringList distinct;
    while (names->next())
        distinct << names->value(0).toString();
    names->finish();

    QHash<QString, qint64> known; // category path prefix ("A > B") → id
    qint64 placeholder = 0;
    const auto created = [&](qint64 id) {
        ++(category ? m_report.categoriesCreated : m_report.suppliersCreated);
        return id;
    };
    for (const QString& name : std::as_const(distinct)) {
        qint64 id = 0;
        if (category) {
            QVariant parent;
            QString path;
            const QStringList parts = name.split(QLatin1Char('>'), Qt::SkipEmptyParts);
            for (const QString& rawPart : parts) {
                const QString part = rawPart.trimmed();
                if (part.isEmpty())
                    continue;
                path += (path.isEmpty() ? QString() : QStringLiteral(" > ")) + part;
                if (const auto found = known.constFind(path); found != known.constEnd()) {
                    id = *found;
                } else if (parent.isValid() && parent.toLongLong() < 0) {
                    id = m_apply ? 0 : created(--placeholder); // under a category still to create
                } else {
                    auto existing = scalar(m_db,
                        QStringLiteral("SELECT id FROM categories WHERE name = ? AND parent_id IS ? ORDER BY id "
                                       "LIMIT 1"),
                        {part, parent});
                    if (!existing)
                        return existing.error();
                    if (existing->isValid()) {
                        id = existing->toLongLong();
                    } else if (m_apply) {
                        auto inserted = storage::run(m_db,
                            QStringLiteral("INSERT INTO categories (parent_id, name) VALUES (?, ?)"), {parent, part});
                        if (!inserted)
                            return inserted.error();
                        id = created(inserted->lastInsertId().toLongLong());
                    } else {
                        id = created(--placeholder);
                    }
                }
                known.insert(path, id);
                parent = id;
            }
        } else {
            auto existing = scalar(m_db, QStringLiteral("SELECT id FROM suppliers WHERE name = ?"), {name});
            if (!existing)
                return existing.error();
            if (existing->isValid()) {
                id = existing->toLongLong();
            } else if (m_apply) {
                auto inserted = storage::run(m_db,
                    QStringLiteral("INSERT INTO suppliers (name, currency, created_at) VALUES (?, ?, ?)"),
                    {name, m_currency.code(), m_now});
                if (!inserted)
                    return inserted.error();
                id = created(inserted->lastInsertId().toLongLong());
            } else {
                id = created(--placeholder);
            }
        }
        if (auto noted = sql(QStringLiteral("INSERT OR REPLACE INTO import_names (kind, name, id) VALUES (?, ?, ?)"),
                {kind, name, id == 0 ? QVariant() : QVariant(id)});
            !noted)
            return noted;
    }
    if (category) {
        if (auto set = sql(QStringLiteral("UPDATE import_groups SET category_id = n.id FROM import_names AS n "
                                          "WHERE n.kind = 'category' AND n.name = import_groups.category"));
            !set)
            return set;
        return sql(QStringLiteral("UPDATE import_groups SET category_id = NULL WHERE category = ''"));
    }
    if (auto set = sql(QStringLiteral("UPDATE import_groups SET supplier_id = n.id FROM import_names AS n "
                                      "WHERE n.kind = 'supplier' AND n.name = import_groups.supplier"));
        !set)
        return set;
    return sql(QStringLiteral("UPDATE import_groups SET supplier_id = NULL WHERE supplier = ''"));
}

Status ImportRun::checkGroupsAndVariants()
{
    const auto place = [&](ImportField field, ImportField fallback) {
        const int column = m_reader->column(field);
        return column > 0 ? std::pair(column, m_reader->header(field))
                          : std::pair(m_reader->column(fallback), m_reader->header(fallback));
    };
    const auto skuColumn = place(ImportField::Sku, ImportField::Sku);

    // Lines of one product of the file must not gather variants of several products of the shop.
    auto checked = problems(QStringLiteral("SELECT first_line, group_key FROM import_groups WHERE products > 1"), {},
        [&](const QSqlQuery& q) {
            const auto [column, header] = place(ImportField::ProductKey, ImportField::Sku);
            m_cells.startLine(q.value(0).toLongLong());
            m_cells.problem(column, header,
                QCoreApplication::translate("CatalogImport",
                    "the lines of “%1” hold variants of different products of the shop: Comptoir does not move a "
                    "variant to another product.")
                    .arg(q.value(1).toString()));
        });
    if (!checked)
        return checked;

    // One product of the shop under two product keys would be written twice.
    checked = problems(QStringLiteral("SELECT g.first_line, f.first FROM import_groups g JOIN (SELECT product_id, "
                                      "min(first_line) AS first FROM import_groups WHERE product_id IS NOT NULL GROUP "
                                      "BY product_id HAVING count(*) > 1) f ON f.product_id = g.product_id WHERE "
                                      "g.first_line > f.first ORDER BY g.first_line"),
        {}, [&](const QSqlQuery& q) {
            const auto [column, header] = place(ImportField::ProductKey, ImportField::Sku);
            m_cells.startLine(q.value(0).toLongLong());
            m_cells.problem(column, header,
                QCoreApplication::translate("CatalogImport",
                    "this variant belongs to the product already on line %1: give its lines the same product key.")
                    .arg(q.value(1).toLongLong()));
        });
    if (!checked)
        return checked;

    // Every new product needs a name, which comes from its product line.
    checked = problems(QStringLiteral("SELECT first_line, product_line, group_key FROM import_groups "
                                      "WHERE (name IS NULL OR name = '') AND group_key <> ''"),
        {}, [&](const QSqlQuery& q) {
            const bool noProductLine = q.value(1).isNull();
            m_cells.startLine(q.value(noProductLine ? 0 : 1).toLongLong());
            if (noProductLine && m_report.format == CatalogFormat::WooCommerce) {
                const auto [column, header] = place(ImportField::ProductKey, ImportField::Sku);
                m_cells.problem(column, header,
                    QCoreApplication::translate("CatalogImport",
                        "the parent “%1” is not in the file: a new variation needs its variable product.")
                        .arg(q.value(2).toString()));
            } else if (noProductLine && m_report.format == CatalogFormat::Shopify) {
                const auto [column, header] = place(ImportField::Name, ImportField::Sku);
                m_cells.problem(column, header,
                    QCoreApplication::translate(
                        "CatalogImport", "no line of the product “%1” has its title: put it on its first line.")
                        .arg(q.value(2).toString()));
            } else {
                const auto [column, header] = place(ImportField::Name, ImportField::Sku);
                m_cells.problem(column, header,
                    m_reader->column(ImportField::Name) > 0
                        ? QCoreApplication::translate("CatalogImport", "a new product needs a name.")
                        : QCoreApplication::translate("CatalogImport",
                            "this SKU is not in the shop: to create it, the file needs a name and a price column."));
            }
        });
    if (!checked)
        return checked;

    checked = problems(QStringLiteral("SELECT line, sku FROM import_rows WHERE variant_row AND sku <> '' AND "
                                      "variant_id IS NULL AND price_minor IS NULL AND NOT faulty ORDER BY line"),
        {}, [&](const QSqlQuery& q) {
            const auto [column, header] = place(ImportField::Price, ImportField::Sku);
            m_cells.startLine(q.value(0).toLongLong());
            m_cells.problem(column, header,
                QCoreApplication::translate("CatalogImport", "“%1” is a new variant: it needs a price.")
                    .arg(q.value(1).toString()));
        });
    if (!checked)
        return checked;

    checked = problems(
        QStringLiteral("SELECT line, compare_at_minor, price_minor, currency FROM import_rows WHERE variant_row AND "
                       "compare_at_minor IS NOT NULL AND price_minor IS NOT NULL AND compare_at_minor <= price_minor "
                       "AND NOT faulty "
                       "ORDER BY line"),
        {}, [&](const QSqlQuery& q) {
            const Currency currency = Currency::fromCode(q.value(3).toString());
            const int digits = currency.isValid() ? currency.minorDigits() : m_currency.minorDigits();
            const auto [column, header] = place(ImportField::CompareAtPrice, ImportField::Price);
            m_cells.startLine(q.value(0).toLongLong());
            m_cells.problem(column, header,
                QCoreApplication::translate("CatalogImport",
                    "the compare-at price (%1) shows the price before a discount: it must be above the price (%2).")
                    .arg(CsvNumber::formatDecimal(q.value(1).toLongLong(), digits),
                        CsvNumber::formatDecimal(q.value(2).toLongLong(), digits)));
        });
    if (!checked)
        return checked;

    // Two variants of one product with the same options, within the file…
    const auto sameOptions = [&](const QSqlQuery& q, const QString& other) {
        const auto [column, header] = place(ImportField::Option1, ImportField::Sku);
        m_cells.startLine(q.value(0).toLongLong());
        m_cells.problem(column, header,
            QCoreApplication::translate(
                "CatalogImport", "this variant has the same options as %1: give each variant its own size, colour…")
                .arg(other));
    };
    checked = problems(
        QStringLiteral("SELECT r.line, d.first FROM import_rows r JOIN (SELECT group_key, option1, option2, "
                       "min(line) AS first FROM import_rows WHERE variant_row GROUP BY group_key, option1, option2 "
                       "HAVING count(*) > 1) d ON d.group_key = r.group_key AND d.option1 = r.option1 AND "
                       "d.option2 = r.option2 WHERE r.variant_row AND r.line > d.first ORDER BY r.line"),
        {}, [&](const QSqlQuery& q) {
            sameOptions(q, QCoreApplication::translate("CatalogImport", "line %1").arg(q.value(1).toLongLong()));
        });
    if (!checked || m_emptyShop)
        return checked;

    // … or with a variant the product already has and the file leaves alone.
    checked = problems(
        QStringLiteral("SELECT r.line, v.sku FROM import_rows r JOIN import_groups g ON g.group_key = r.group_key "
                       "JOIN variants v ON v.product_id = g.product_id AND v.option1 = r.option1 AND "
                       "v.option2 = r.option2 AND v.sku <> r.sku WHERE r.variant_row AND g.product_id IS NOT NULL "
                       "AND NOT EXISTS (SELECT 1 FROM import_rows o WHERE o.sku = v.sku AND o.sku <> '') "
                       "ORDER BY r.line"),
        {}, [&](const QSqlQuery& q) { sameOptions(q, q.value(1).toString()); });
    if (!checked)
        return checked;

    // A barcode the shop gives to another variant, which keeps it.
    if (m_reader->column(ImportField::Barcode) > 0) {
        checked = problems(
            QStringLiteral(
                "SELECT r.line, r.barcode, v.sku FROM import_rows r JOIN variants v ON v.barcode = r.barcode "
                "WHERE r.barcode <> '' AND v.barcode <> '' AND v.sku <> r.sku AND NOT EXISTS (SELECT 1 "
                "FROM import_rows o WHERE o.sku = v.sku AND o.sku <> '' AND o.barcode IS NOT v.barcode) "
                "ORDER BY r.line"),
            {}, [&](const QSqlQuery& q) {
                m_cells.startLine(q.value(0).toLongLong());
                m_cells.problem(m_reader->column(ImportField::Barcode), m_reader->header(ImportField::Barcode),
                    QCoreApplication::translate("CatalogImport", "the barcode %1 already belongs to %2 in the shop.")
                        .arg(q.value(1).toString(), q.value(2).toString()));
            });
        if (!checked)
            return checked;
    }

    // A count cannot go below what orders have reserved (StockLedger's rule).
    if (m_locationId > 0 && m_hasStock) {
        checked = problems(
            QStringLiteral("SELECT r.line, l.reserved FROM import_rows r JOIN stock_levels l ON l.variant_id = "
                           "r.variant_id AND l.location_id = ? WHERE r.stock IS NOT NULL AND r.stock < l.reserved AND "
                           "r.stock < l.on_hand ORDER BY r.line"),
            {m_locationId}, [&](const QSqlQuery& q) {
                m_cells.startLine(q.value(0).toLongLong());
                m_cells.problem(m_reader->column(ImportField::Stock), m_reader->header(ImportField::Stock),
                    QCoreApplication::translate(
                        "CatalogImport", "%1 are reserved for orders at %2: the stock cannot be counted below that.")
                        .arg(q.value(1).toLongLong())
                        .arg(m_report.location));
            });
    }
    return checked;
}

Status ImportRun::classify()
{
    if (!m_emptyShop) {
        if (auto products = sql(QStringLiteral(
                "UPDATE import_groups SET state = CASE WHEN p.name IS import_groups.name AND p.description IS "
                "import_groups.description AND p.category_id IS import_groups.category_id AND p.supplier_id IS "
                "import_groups.supplier_id AND p.vat_rate_bp IS import_groups.vat_bp AND p.archived IS "
                "import_groups.archived THEN 2 ELSE 1 END FROM products AS p WHERE p.id = import_groups.product_id"));
            !products)
            return products;
        if (auto variants
            = sql(QStringLiteral("UPDATE import_rows SET state = CASE WHEN v.option1 IS import_rows.option1 AND "
                                 "v.option2 IS import_rows.option2 AND v.barcode IS import_rows.barcode AND "
                                 "v.price_minor IS import_rows.price_minor AND v.compare_at_minor IS "
                                 "import_rows.compare_at_minor AND v.cost_minor IS import_rows.cost_minor AND "
                                 "v.currency IS import_rows.currency AND v.weight_g IS import_rows.weight_g AND "
                                 "v.supplier_sku IS import_rows.supplier_sku AND v.lead_time_days IS "
                                 "import_rows.lead_time_days AND v.bin_location IS import_rows.bin_location AND "
                                 "v.supplier_id IS g.supplier_id AND v.archived IS g.archived AND v.title IS %1 "
                                 "AND (import_rows.stock IS NULL OR import_rows.stock = coalesce((SELECT "
                                 "l.on_hand FROM stock_levels l WHERE l.variant_id = v.id AND l.location_id = ?), "
                                 "0)) THEN 2 ELSE 1 END FROM variants AS v, import_groups AS g WHERE v.id = "
                                 "import_rows.variant_id AND g.group_key = import_rows.group_key")
                      .arg(titleSql(QStringLiteral("g.name"), QStringLiteral("import_rows.option1"),
                          QStringLiteral("import_rows.option2"))),
                {m_locationId});
            !variants)
            return variants;
    }
    auto counts = storage::run(m_db,
        QStringLiteral("SELECT (SELECT count(*) FROM import_rows WHERE variant_row AND variant_id IS NULL), "
                       "(SELECT count(*) FROM import_rows WHERE variant_row AND state = 1), "
                       "(SELECT count(*) FROM import_rows WHERE variant_row AND state = 2), "
                       "(SELECT count(*) FROM import_groups WHERE is_new), "
                       "(SELECT count(*) FROM import_groups WHERE NOT is_new AND state = 1), "
                       "(SELECT count(*) FROM import_groups WHERE NOT is_new AND state = 2), "
                       "(SELECT count(*) FROM import_rows r WHERE r.variant_row AND r.stock IS NOT NULL AND r.stock <> "
                       "coalesce((SELECT l.on_hand FROM stock_levels l WHERE l.variant_id = r.variant_id AND "
                       "l.location_id = ?), 0))"),
        {m_locationId});
    if (!counts)
        return counts.error();
    counts->next();
    m_report.variantsCreated = counts->value(0).toLongLong();
    m_report.variantsUpdated = counts->value(1).toLongLong();
    m_report.variantsUnchanged = counts->value(2).toLongLong();
    m_report.productsCreated = counts->value(3).toLongLong();
    m_report.productsUpdated = counts->value(4).toLongLong();
    m_report.productsUnchanged = counts->value(5).toLongLong();
    m_report.stockCounts = counts->value(6).toLongLong();
    return {};
}

Status ImportRun::inSlices(const QString& statement, const QVariantList& values, const QString& step, int from, int to)
{
    QSqlQuery query(m_db);
    if (!query.prepare(statement))
        return sqlError(query, QCoreApplication::translate("CatalogImport", "The products could not be saved."));
    const qint64 last = std::max<qint64>(m_lastLine, 1);
    if (!tick(from, step))
        return cancelled();
    for (qint64 first = 0; first <= last; first += kChunkLines) {
        int i = 0;
        for (const QVariant& value : values)
            query.bindValue(i++, value);
        query.bindValue(i++, first);
        query.bindValue(i++, first + kChunkLines - 1);
        if (!query.exec())
            return sqlError(query, QCoreApplication::translate("CatalogImport", "The products could not be saved."));
        if (!tick(from + (to - from) * std::min(first + kChunkLines, last) / last, step))
            return cancelled();
    }
    return {};
}

Status ImportRun::setIndexesAside()
{
    // Loading into an empty shop is several times faster without the secondary indexes and triggers
    // of the tables written: they are dropped inside the import's transaction, and built again
    // once at the end (rebuildIndexes()), or restored by the rollback if anything fails.
    auto objects = storage::run(m_db,
        QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') "
                       "AND tbl_name IN ('products', 'variants', 'stock_movements') AND sql IS NOT NULL "
                       "ORDER BY type DESC, name"));
    if (!objects)
        return objects.error();
    while (objects->next())
        m_setAside.append({objects->value(0).toString(), objects->value(1).toString(), objects->value(2).toString()});
    objects->finish();
    for (const SchemaObject& object : std::as_const(m_setAside)) {
        if (auto dropped = sql(QStringLiteral("DROP %1 %2").arg(object.type, object.name)); !dropped)
            return dropped;
    }
    return {};
}

Status ImportRun::rebuildIndexes()
{
    for (const SchemaObject& object : std::as_const(m_setAside)) {
        if (!tick(kProgressTotal - 40, QCoreApplication::translate("CatalogImport", "Building indexes")))
            return cancelled();
        if (auto created = sql(object.sql); !created)
            return created;
    }
    if (!tick(kProgressTotal - 20, QCoreApplication::translate("CatalogImport", "Building the search index")))
        return cancelled();
    return sql(QStringLiteral("INSERT INTO variants_fts(variants_fts) VALUES ('rebuild')"));
}

Status ImportRun::write()
{
    const int start = kReadShare + kCheckShare;
    const int span = kProgressTotal - 60 - start;
    if (m_hasStock && m_locationId == 0) {
        auto inserted = storage::run(m_db,
            QStringLiteral("INSERT INTO locations (name, sells_online, created_at) VALUES (?, 1, ?)"),
            {m_report.location, m_now});
        if (!inserted)
            return inserted.error();
        m_locationId = inserted->lastInsertId().toLongLong();
        m_report.locationCreated = true;
    }
    if (m_emptyShop) {
        if (auto aside = setIndexesAside(); !aside)
            return aside;
    }

    // New products take the ids after the shop's last one, in the order of the file.
    auto base = number(QStringLiteral("SELECT coalesce(max(id), 0) FROM products"));
    if (!base)
        return base.error();
    if (auto numbered = sql(QStringLiteral("UPDATE import_groups SET product_id = ? + n.rank FROM (SELECT group_key, "
                                           "row_number() OVER (ORDER BY first_line) AS rank FROM import_groups WHERE "
                                           "is_new) AS n WHERE import_groups.group_key = n.group_key"),
            {*base});
        !numbered)
        return numbered;
    if (auto products
        = inSlices(QStringLiteral("INSERT INTO products (id, name, description, category_id, supplier_id, "
                                  "vat_rate_bp, archived, created_at, updated_at) SELECT product_id, name, "
                                  "description, category_id, supplier_id, vat_bp, archived, ?, ? FROM "
                                  "import_groups WHERE is_new AND first_line BETWEEN ? AND ? ORDER BY product_id"),
            {m_now, m_now}, QCoreApplication::translate("CatalogImport", "Writing products"), start, start + span / 4);
        !products)
        return products;
    if (!m_emptyShop) {
        if (auto updated
            = sql(QStringLiteral(
                      "UPDATE products SET name = g.name, description = g.description, category_id = g.category_id, "
                      "supplier_id = g.supplier_id, vat_rate_bp = g.vat_bp, archived = g.archived, updated_at = ? "
                      "FROM import_groups AS g WHERE products.id = g.product_id AND g.state = 1"),
                {m_now});
            !updated)
            return updated;
        // A product's supplier and archived flag are its variants' too, those the file leaves alone included.
        if (auto followed = sql(
                QStringLiteral("UPDATE variants SET supplier_id = g.supplier_id, archived = g.archived, updated_at = ? "
                               "FROM import_groups AS g WHERE variants.product_id = g.product_id AND g.state = 1 AND "
                               "(variants.supplier_id IS NOT g.supplier_id OR variants.archived IS NOT g.archived)"),
                {m_now});
            !followed)
            return followed;
        if (auto updated = sql(
                QStringLiteral("UPDATE variants SET option1 = r.option1, option2 = r.option2, "
                               "barcode = r.barcode, price_minor = r.price_minor, compare_at_minor = "
                               "r.compare_at_minor, cost_minor = r.cost_minor, currency = r.currency, "
                               "weight_g = r.weight_g, supplier_id = g.supplier_id, supplier_sku = "
                               "r.supplier_sku, lead_time_days = r.lead_time_days, bin_location = "
                               "r.bin_location, archived = g.archived, title = %1, updated_at = ? "
                               "FROM import_rows AS r JOIN import_groups AS g ON g.group_key = "
                               "r.group_key WHERE variants.id = r.variant_id AND r.state = 1")
                    .arg(titleSql(QStringLiteral("g.name"), QStringLiteral("r.option1"), QStringLiteral("r.option2"))),
                {m_now});
            !updated)
            return updated;
    }
    if (auto variants = inSlices(
            QStringLiteral(
                "INSERT INTO variants (product_id, sku, title, option1, option2, barcode, price_minor, "
                "compare_at_minor, cost_minor, currency, weight_g, supplier_id, supplier_name, supplier_sku, "
                "lead_time_days, bin_location, archived, created_at, updated_at) SELECT g.product_id, "
                "r.sku, %1, r.option1, r.option2, r.barcode, r.price_minor, r.compare_at_minor, "
                "r.cost_minor, r.currency, r.weight_g, g.supplier_id, coalesce(s.name, ''), r.supplier_sku, "
                "r.lead_time_days, r.bin_location, g.archived, ?, ? FROM import_rows r JOIN import_groups g "
                "ON g.group_key = r.group_key LEFT JOIN suppliers s ON s.id = g.supplier_id WHERE "
                "r.variant_row AND r.variant_id IS NULL AND r.line BETWEEN ? AND ? ORDER BY r.line")
                .arg(titleSql(QStringLiteral("g.name"), QStringLiteral("r.option1"), QStringLiteral("r.option2"))),
            {m_now, m_now}, QCoreApplication::translate("CatalogImport", "Writing variants"), start + span / 4,
            start + span * 3 / 4);
        !variants)
        return variants;

    if (m_hasStock) {
        if (!tick(start + span * 3 / 4, QCoreApplication::translate("CatalogImport", "Counting stock")))
            return cancelled();
        inventory::StockCounts counts(m_database, m_locationId);
        if (auto begun = counts.begin(); !begun)
            return begun;
        if (auto added = counts.addFromQuery(
                QStringLiteral("SELECT v.id, r.stock FROM import_rows r JOIN variants v ON v.sku = r.sku WHERE "
                               "r.variant_row AND r.sku <> '' AND r.stock IS NOT NULL ORDER BY r.line"));
            !added)
            return added;
        auto outcome = counts.apply(
            QCoreApplication::translate("CatalogImport", "Stock from the import of %1").arg(m_fileName), m_fileName);
        if (!outcome)
            return outcome.error();
        m_report.stockCounts = outcome->movements;
    }
    if (m_emptyShop)
        return rebuildIndexes();
    return {};
}

} // namespace

CatalogImport::CatalogImport(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<CatalogImport::Preview> CatalogImport::preview(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, QCoreApplication::translate("CatalogImport", "The file could not be opened."),
            QDir::toNativeSeparators(path), file.errorString());
    CsvReader reader(&file);
    Preview preview;
    if (!reader.readRecord(preview.header)) {
        if (reader.hasError())
            return reader.error();
        return Error(Error::Code::InvalidInput,
            QCoreApplication::translate("CatalogImport", "The file is empty: it has no header line."),
            QDir::toNativeSeparators(path));
    }
    for (QString& name : preview.header)
        name = name.trimmed();
    QStringList record;
    while (preview.rows.size() < rows && reader.readRecord(record)) {
        if (record.size() == 1 && record.first().isEmpty())
            continue;
        preview.rows.append(record);
    }
    preview.format = detectFormat(preview.header);
    preview.encoding = reader.encodingName();
    preview.delimiter = reader.delimiter();
    return preview;
}

Result<ImportReport> CatalogImport::check(const QString& path, const ImportOptions& options, JobControl& control) const
{
    return process(path, options, control, false);
}

Result<ImportReport> CatalogImport::run(const QString& path, const ImportOptions& options, JobControl& control)
{
    return process(path, options, control, true);
}

Result<ImportReport> CatalogImport::process(
    const QString& path, const ImportOptions& options, JobControl& control, bool apply) const
{
    ImportRun run(m_database, options, control, apply);
    return run.run(path);
}

} // namespace comptoir::io
