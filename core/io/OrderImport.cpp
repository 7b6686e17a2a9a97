#include "io/OrderImport.h"

#include "catalog/ProductCatalog.h"
#include "inventory/Locations.h"
#include "inventory/StockLedger.h"
#include "io/CatalogFormat.h"
#include "io/CellReader.h"
#include "io/CsvNumber.h"
#include "io/CsvReader.h"
#include "io/OrderRowReader.h"
#include "orders/OrderBook.h"
#include "settings/ShopSettings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <memory>

namespace comptoir::io {

using namespace comptoir::storage;
using orders::Order;
using orders::OrderLine;
using orders::OrderStatus;
using Place = OrderRowReader::Place;

namespace {

constexpr int kProgressTotal = 1000;
constexpr int kReadShare = 450; // reading the lines: the first 45 % of the bar
constexpr int kCheckShare = 150; // checks against the shop, then writing
constexpr int kRowsPerTick = 4096;
constexpr int kOrdersPerTick = 64;

Error cancelled()
{
    return Error(Error::Code::Cancelled,
        QCoreApplication::translate("OrderImport", "Import cancelled: nothing was changed in the shop."));
}

bool isShipped(OrderStatus status)
{
    return status == OrderStatus::Shipped || status == OrderStatus::Delivered;
}

// "#1001" and "1001" are one number to OrderBook::idForNumber().
QString plainNumber(const QString& number)
{
    return number.startsWith(QLatin1Char('#')) ? number.mid(1) : number;
}

// An order of the file as it is gathered: its fields from its first line, then its lines.
struct FileOrder
{
    Order order;
    qint64 firstLine = 0;
    std::optional<qint64> fileTotal;
    QList<qint64> lineNumbers; // the file line of each of order.lines
    QList<std::optional<qint64>> paid; // what each line came to after its own discounts
    bool faulty = false; // a line could not be read whole: no check of its own beyond what was said
};

// What the shop knows of a SKU: 0 when nothing.
struct KnownVariant
{
    qint64 id = 0;
    QString title;
    int vatRateBp = 2000;
};

// One location's stock of a variant, as the dry run spends it.
struct Shelf
{
    qint64 locationId = 0;
    qint64 free = 0;
    bool sellsOnline = true;
};

// One import or dry run, from the file to the report.
class OrderImportRun
{
public:
    OrderImportRun(const DatabasePtr& database, const OrderImportOptions& options, JobControl& control, bool apply)
        : m_database(database)
        , m_db(database->connection())
        , m_options(options)
        , m_control(control)
        , m_apply(apply)
        , m_currency(settings::ShopSettings(database).currency())
        , m_cells(m_report, m_currency)
    { }

    Result<OrderImportReport> run(const QString& path);

private:
    bool tick(qint64 done, const QString& step)
    {
        return m_control.progress(std::min<qint64>(done, kProgressTotal), kProgressTotal, step);
    }
    void problemAt(qint64 line, Place place, const QString& why)
    {
        m_cells.startLine(line);
        m_cells.problem(std::max(1, m_reader->column(place)), m_reader->header(place), why);
    }
    void noteAt(ImportProblems& list, qint64 line, Place place, const QString& why)
    {
        list.addProblem(line, std::max(1, m_reader->column(place)),
            QCoreApplication::translate("CellReader", "%1: %2").arg(m_reader->header(place), why));
    }
    QString amount(qint64 minor, Currency currency) const
    {
        return CsvNumber::formatDecimal(minor, currency.minorDigits());
    }

    Status read(CsvReader& reader, qint64 fileSize);
    Status check(qsizetype index);
    Result<KnownVariant> variant(const QString& sku);
    Result<qint64> customer(const QString& email);
    // Spends the dry run's stock as OrderBook::createWithin() will: what each line could not get.
    Result<QList<qint64>> reserve(const FileOrder& file);
    Result<QList<Shelf>*> shelves(qint64 variantId);
    Status write(Transaction& transaction);

    DatabasePtr m_database;
    QSqlDatabase m_db;
    const OrderImportOptions& m_options;
    JobControl& m_control;
    bool m_apply;
    Currency m_currency;
    OrderImportReport m_report;
    CellReader m_cells;
    std::unique_ptr<OrderRowReader> m_reader;
    int m_headerWidth = 0;

    QList<FileOrder> m_orders; // in the order of the file
    QHash<QString, qsizetype> m_byNumber;
    QList<qsizetype> m_toCreate; // indexes into m_orders, in file order
    QHash<QString, KnownVariant> m_variants;
    QHash<QString, qint64> m_customers;
    QHash<qint64, QList<Shelf>> m_shelves;
    QList<inventory::StockLocation> m_locations;
    qint64 m_counterLocation = -1; // -1: not read yet
};

Result<OrderImportReport> OrderImportRun::run(const QString& path)
{
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
    m_report.format = m_options.format == OrderFormat::Auto ? detectOrderFormat(*header) : m_options.format;
    if (m_report.format == OrderFormat::Auto) {
        const CatalogFormat products = detectFormat(*header);
        m_report.addProblem(1, 1,
            products != CatalogFormat::Generic
                ? QCoreApplication::translate(
                    "OrderImport", "This is a product file (%1): import it with Import products, not as orders.")
                      .arg(formatLabel(products))
                : QCoreApplication::translate("OrderImport",
                    "Comptoir does not recognise these columns as orders. It reads Shopify's orders export, "
                    "WooCommerce's (Customer/Order CSV Export, one row per item) and its own (Order, SKU, "
                    "Quantity, Unit price…)."));
        return m_report;
    }
    m_headerWidth = int(header->size());
    m_reader = OrderRowReader::create(m_report.format, m_cells);
    if (!m_reader->setHeader(*header))
        return m_report;

    // The dry run reads the shop from one snapshot and writes nothing.
    Transaction transaction(m_db, m_apply ? Transaction::Lock::Write : Transaction::Lock::Snapshot);
    if (!transaction.isActive())
        return transaction.error();
    if (auto done = read(reader, file.size()); !done)
        return done.error();
    if (reader.hasError() || m_report.rows == 0) {
        if (!reader.hasError() && m_report.rows == 0)
            m_report.addProblem(2, 1, QCoreApplication::translate("OrderImport", "The file has no order lines."));
        m_report.sortAll();
        return m_report;
    }

    const QString step = QCoreApplication::translate("OrderImport", "Checking orders");
    for (qsizetype i = 0; i < m_orders.size(); ++i) {
        if (i % kOrdersPerTick == 0 && !tick(kReadShare + kCheckShare * i / m_orders.size(), step))
            return cancelled();
        if (auto checked = check(i); !checked)
            return checked.error();
    }
    m_report.sortAll();
    if (!m_apply || m_report.hasProblems())
        return m_report; // the transaction rolls back: nothing was written

    if (auto written = write(transaction); !written)
        return written.error();
    if (m_report.hasProblems()) {
        m_report.sortAll();
        return m_report;
    }
    if (!tick(kProgressTotal - 1, QCoreApplication::translate("OrderImport", "Saving")))
        return cancelled();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    m_report.applied = true;
    tick(kProgressTotal, QCoreApplication::translate("OrderImport", "Done"));
    return m_report;
}

Status OrderImportRun::read(CsvReader& reader, qint64 fileSize)
{
    const QString step = QCoreApplication::translate("OrderImport", "Reading orders");
    QStringList cells;
    while (reader.readRecord(cells)) {
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
        const auto known = m_byNumber.constFind(m_reader->number(cells));
        const bool first = known == m_byNumber.constEnd();
        const qint64 problemsBefore = m_report.problemCount;
        OrderImportRow row;
        row.line = line;
        m_reader->read(cells, first, first ? m_currency : m_orders.at(*known).order.currency, row);
        for (const auto& [column, message] : std::as_const(row.warnings))
            m_report.warnings.addProblem(line, column, message);
        if (row.number.isEmpty())
            continue;
        if (first) {
            FileOrder order;
            order.order = row.order;
            order.order.number = row.number;
            order.firstLine = line;
            order.fileTotal = row.fileTotal;
            m_byNumber.insert(row.number, m_orders.size());
            m_orders.append(order);
        }
        FileOrder& order = m_orders[first ? m_orders.size() - 1 : *known];
        order.faulty = order.faulty || m_report.problemCount > problemsBefore;
        OrderLine orderLine;
        orderLine.sku = row.sku;
        orderLine.title = row.title;
        orderLine.quantity = row.quantity.value_or(0);
        orderLine.unitPrice = Money(row.unitPriceMinor.value_or(0), order.order.currency);
        orderLine.vatRateBp = row.vatRateBp.value_or(-1); // -1: the product's
        order.order.lines.append(orderLine);
        order.lineNumbers.append(line);
        order.paid.append(row.paidMinor);
    }
    if (reader.hasError()) {
        if (reader.error().code == Error::Code::Io)
            return reader.error();
        m_report.addCsvError(reader.error());
    }
    return {};
}

Result<KnownVariant> OrderImportRun::variant(const QString& sku)
{
    if (const auto known = m_variants.constFind(sku); known != m_variants.constEnd())
        return *known;
    KnownVariant found;
    auto id = catalog::ProductCatalog(m_database).variantForCode(sku);
    if (!id)
        return id.error();
    if (*id != 0) {
        auto query = storage::run(m_db,
            QStringLiteral("SELECT v.title, p.vat_rate_bp FROM variants v JOIN products p ON p.id = v.product_id "
                           "WHERE v.id = ?"),
            {*id});
        if (!query)
            return query.error();
        if (query->next())
            found = {*id, query->value(0).toString(), query->value(1).toInt()};
    }
    m_variants.insert(sku, found);
    return found;
}

Result<qint64> OrderImportRun::customer(const QString& email)
{
    const QString key = email.trimmed().toLower();
    if (key.isEmpty())
        return qint64(0);
    if (const auto known = m_customers.constFind(key); known != m_customers.constEnd())
        return *known;
    // Customers are matched by e-mail only (a name is not enough to know a person), as written or
    // in lower case: both are found through the index, where comparing without case would read
    // every customer.
    auto id = scalar(m_db, QStringLiteral("SELECT id FROM customers WHERE email IN (?, ?) ORDER BY id LIMIT 1"),
        {email.trimmed(), key});
    if (!id)
        return id.error();
    const qint64 found = id->isValid() ? id->toLongLong() : 0;
    m_customers.insert(key, found);
    return found;
}

Result<QList<Shelf>*> OrderImportRun::shelves(qint64 variantId)
{
    if (m_counterLocation < 0) {
        auto locations = inventory::Locations(m_database).list();
        if (!locations)
            return locations.error();
        m_locations = *locations;
        auto counter = inventory::Locations(m_database).counterLocation();
        if (!counter)
            return counter.error();
        m_counterLocation = *counter;
    }
    auto found = m_shelves.find(variantId);
    if (found == m_shelves.end()) {
        auto levels = inventory::StockLedger(m_database).levels(variantId);
        if (!levels)
            return levels.error();
        QList<Shelf> list;
        for (const auto& level : *levels) {
            const auto location = std::find_if(m_locations.cbegin(), m_locations.cend(),
                [&](const inventory::StockLocation& l) { return l.id == level.locationId; });
            list.append({level.locationId, std::max<qint64>(0, level.available()),
                location == m_locations.cend() || location->sellsOnline});
        }
        found = m_shelves.insert(variantId, list);
    }
    return &*found;
}

Result<QList<qint64>> OrderImportRun::reserve(const FileOrder& file)
{
    const Order& order = file.order;
    QList<qint64> missing;
    for (const OrderLine& line : order.lines) {
        if (line.variantId == 0) {
            missing.append(0);
            continue;
        }
        auto list = shelves(line.variantId);
        if (!list)
            return list.error();
        // As OrderBook reserves: an online order where stock is sold online, the counter last; a
        // counter order at the counter first, then anywhere.
        QList<Shelf*> places;
        for (Shelf& shelf : **list) {
            if (order.channel == orders::Channel::Counter || shelf.sellsOnline)
                places.append(&shelf);
        }
        const bool counterFirst = order.channel == orders::Channel::Counter;
        std::stable_sort(places.begin(), places.end(), [&](const Shelf* a, const Shelf* b) {
            const bool aCounter = a->locationId == m_counterLocation, bCounter = b->locationId == m_counterLocation;
            if (aCounter != bCounter)
                return counterFirst ? aCounter : bCounter;
            return a->locationId < b->locationId;
        });
        qint64 left = line.quantity;
        for (Shelf* shelf : std::as_const(places)) {
            const qint64 take = std::min(left, shelf->free);
            shelf->free -= take;
            left -= take;
        }
        missing.append(left);
    }
    return missing;
}

Status OrderImportRun::check(qsizetype index)
{
    FileOrder& file = m_orders[index];
    Order& order = file.order;
    const QString& number = order.number;
    const auto same = m_byNumber.constFind(QLatin1Char('#') + plainNumber(number));
    const auto plain = m_byNumber.constFind(plainNumber(number));
    for (const auto& other : {same, plain}) {
        if (other != m_byNumber.constEnd() && m_orders.at(*other).firstLine < file.firstLine) {
            problemAt(file.firstLine, Place::Number,
                QCoreApplication::translate("OrderImport", "“%1” is the number of the order on line %2 already.")
                    .arg(number)
                    .arg(m_orders.at(*other).firstLine));
            return {};
        }
    }
    auto present = orders::OrderBook(m_database).idForNumber(number);
    if (!present)
        return present.error();
    if (*present != 0) {
        ++m_report.ordersPresent;
        noteAt(m_report.skipped, file.firstLine, Place::Number,
            QCoreApplication::translate("OrderImport", "order %1 is already in the shop: left as it is.").arg(number));
        return {};
    }
    if (isShipped(order.status) && m_options.shipped == ShippedOrders::Skip) {
        ++m_report.shippedSkipped;
        noteAt(m_report.skipped, file.firstLine, Place::Status,
            QCoreApplication::translate("OrderImport",
                "order %1 was already shipped: skipped, with its stock left alone (or import shipped orders "
                "and deduct their stock).")
                .arg(number));
        return {};
    }
    if (file.faulty)
        return {}; // its wrong cells are reported; what follows would only repeat them

    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        OrderLine& line = order.lines[i];
        const qint64 at = file.lineNumbers.at(i);
        if (line.sku.isEmpty()) {
            if (line.title.isEmpty()) {
                problemAt(at, Place::Sku,
                    QCoreApplication::translate("OrderImport", "a line needs the SKU of what was sold, or its name."));
                continue;
            }
            noteAt(m_report.warnings, at, Place::Sku,
                QCoreApplication::translate(
                    "OrderImport", "no SKU for “%1”: imported as an item outside the catalog, with no stock.")
                    .arg(line.title));
            if (line.vatRateBp < 0)
                line.vatRateBp = 2000;
            continue;
        }
        auto known = variant(line.sku);
        if (!known)
            return known.error();
        if (known->id == 0) {
            problemAt(at, Place::Sku,
                QCoreApplication::translate("OrderImport",
                    "“%1” is not a SKU of the shop. Comptoir does not invent products from orders: create or import "
                    "the product first, or correct the SKU.")
                    .arg(line.sku));
            continue;
        }
        line.variantId = known->id;
        if (line.title.isEmpty())
            line.title = known->title;
        if (line.vatRateBp < 0)
            line.vatRateBp = known->vatRateBp;
    }

    // Lines that say what they came to after their own discounts (WooCommerce's coupons) make the
    // order's discount; the rounding of a unit price goes there too.
    if (order.discount.isZero() && !order.lines.isEmpty()
        && std::all_of(file.paid.cbegin(), file.paid.cend(), [](const auto& paid) { return paid.has_value(); })) {
        qint64 paid = 0;
        for (const auto& linePaid : std::as_const(file.paid))
            paid += *linePaid;
        order.discount = Money(std::max<qint64>(0, order.subtotal().minorUnits() - paid), order.currency);
    }
    if (order.discount.minorUnits() > order.subtotal().minorUnits() + order.shipping.minorUnits())
        problemAt(file.firstLine, Place::Discount,
            QCoreApplication::translate("OrderBook", "The discount cannot be more than the order."));
    if (file.fileTotal && *file.fileTotal != order.total().minorUnits())
        noteAt(m_report.warnings, file.firstLine, Place::Total,
            QCoreApplication::translate("OrderImport",
                "the lines, shipping and discount of order %1 come to %2, the file says %3 (taxes added to the "
                "prices, fees or refunds are not imported): Comptoir keeps %2.")
                .arg(number, amount(order.total().minorUnits(), order.currency),
                    amount(*file.fileTotal, order.currency)));

    // Dates the file does not give: paid when placed, shipped when paid.
    if (!order.paidAt.isValid() && order.status != OrderStatus::New)
        order.paidAt = order.placedAt;
    if (!order.shippedAt.isValid() && isShipped(order.status))
        order.shippedAt = order.paidAt;
    if (!order.cancelledAt.isValid() && order.status == OrderStatus::Cancelled)
        order.cancelledAt = order.placedAt;
    auto customerId = customer(order.email);
    if (!customerId)
        return customerId.error();
    order.customerId = *customerId;
    order.source = QStringLiteral("import:") + formatKey(m_report.format);

    if (order.status == OrderStatus::Paid || isShipped(order.status)) {
        auto missing = reserve(file);
        if (!missing)
            return missing.error();
        for (qsizetype i = 0; i < order.lines.size(); ++i) {
            const qint64 lacking = missing->at(i);
            if (lacking <= 0)
                continue;
            const OrderLine& line = order.lines.at(i);
            if (isShipped(order.status)) {
                problemAt(file.lineNumbers.at(i), Place::Sku,
                    QCoreApplication::translate("OrderImport",
                        "order %1 was shipped with %2 × %3, and the shop has only %4 left to deduct: count the "
                        "shelf first, or skip shipped orders.")
                        .arg(number)
                        .arg(line.quantity)
                        .arg(line.sku)
                        .arg(line.quantity - lacking));
            } else {
                m_report.shortItems += lacking;
                noteAt(m_report.warnings, file.lineNumbers.at(i), Place::Sku,
                    QCoreApplication::translate(
                        "OrderImport", "%1 × %2 of order %3 are not in stock: the order will wait under Problems.")
                        .arg(lacking)
                        .arg(line.sku, number));
            }
        }
    }

    ++m_report.ordersCreated;
    m_report.linesCreated += order.lines.size();
    switch (order.status) {
    case OrderStatus::New:
        ++m_report.newOrders;
        break;
    case OrderStatus::Paid:
        ++m_report.paidOrders;
        break;
    case OrderStatus::Cancelled:
        ++m_report.cancelledOrders;
        break;
    default:
        ++m_report.shippedOrders;
        break;
    }
    m_toCreate.append(index);
    return {};
}

Status OrderImportRun::write(Transaction& transaction)
{
    orders::OrderBook book(m_database);
    const QString step = QCoreApplication::translate("OrderImport", "Writing orders");
    const int start = kReadShare + kCheckShare;
    const qsizetype count = std::max<qsizetype>(1, m_toCreate.size());
    for (qsizetype i = 0; i < m_toCreate.size(); ++i) {
        if (i % kOrdersPerTick == 0 && !tick(start + (kProgressTotal - 10 - start) * i / count, step))
            return cancelled();
        const FileOrder& file = m_orders.at(m_toCreate.at(i));
        auto created = book.createWithin(transaction, file.order);
        if (!created) {
            // What the checks could not foresee: the whole import stops on it, nothing written.
            if (created.error().code == Error::Code::Sql)
                return created.error();
            problemAt(file.firstLine, Place::Number,
                QCoreApplication::translate("OrderImport", "order %1: %2")
                    .arg(file.order.number, created.error().toString()));
            return {};
        }
    }
    return {};
}

} // namespace

QString shippedOrdersKey(ShippedOrders shipped)
{
    return shipped == ShippedOrders::Skip ? QStringLiteral("skip") : QStringLiteral("deduct");
}

bool shippedOrdersFromKey(const QString& key, ShippedOrders& shipped)
{
    for (ShippedOrders value : {ShippedOrders::Skip, ShippedOrders::DeductStock}) {
        if (key.compare(shippedOrdersKey(value), Qt::CaseInsensitive) == 0) {
            shipped = value;
            return true;
        }
    }
    return false;
}

OrderImport::OrderImport(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<OrderImportReport> OrderImport::check(
    const QString& path, const OrderImportOptions& options, JobControl& control) const
{
    OrderImportRun run(m_database, options, control, false);
    return run.run(path);
}

Result<OrderImportReport> OrderImport::run(const QString& path, const OrderImportOptions& options, JobControl& control)
{
    OrderImportRun run(m_database, options, control, true);
    return run.run(path);
}

} // namespace comptoir::io
