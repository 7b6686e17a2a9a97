// bench_orders: the order CSV import at scale, next to the sqlite3 shell loading the same file into
// the same tables in the same run.
// Usage: bench_orders WORKDIR [ORDERS] [--deduct]
//
// 1. A shop with 2,000 one-variant products, 1,000 of each in stock (CatalogImport of a generated
//    file), copied for the reference.
// 2. WORKDIR/orders.csv: ORDERS orders as Shopify exports them (its 79 columns, order fields on the
//    first line of each order), 1 to 4 lines each: 60 % paid, 15 % pending, 15 % fulfilled (skipped,
//    or imported with their stock deducted with --deduct), 10 % cancelled or refunded.
// 3. Comptoir: OrderImport::check() (the dry run), then OrderImport::run() — reading, every check,
//    then each order through OrderBook::createWithin() (reservations, history, sale movements), in
//    one transaction.
// 4. sqlite3: `.import` of the same file into a staging table, then INSERT … SELECT of the orders
//    (first line of each) and their lines (SKU joined to the variants) into the copy, in one
//    transaction, with the schema's indexes and triggers: no checks, no stock, amounts through
//    floating point.
#include "io/CatalogImport.h"
#include "io/OrderImport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <sys/resource.h>

#include <cstdio>

namespace {

constexpr int kProducts = 2000;

const char* const kHeader
    = "Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,"
      "Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,"
      "Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem "
      "fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,"
      "Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,"
      "Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping "
      "Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding "
      "Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 "
      "Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt "
      "Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due "
      "At,Payment References\n";
const char* const kFirstNames[] = {"Léa", "Hugo", "Chloé", "Louis", "Inès", "Jules", "Zoé", "Gabriel", "Manon", "Noé"};
const char* const kLastNames[] = {"Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Garnier", "Faure", "Rousseau"};
const char* const kCities[] = {"Lyon", "Nantes", "Rennes", "Lille", "Bordeaux", "Marseille", "Brest", "Dijon"};

QByteArray price(qint64 cents)
{
    return QByteArray::number(cents / 100) + '.' + QByteArray::number(cents % 100).rightJustified(2, '0');
}

qint64 unitPrice(int product)
{
    return 500 + (product * 7919) % 9000;
}

bool writeProducts(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray bytes = "SKU,Name,Price,Stock\n";
    for (int p = 1; p <= kProducts; ++p)
        bytes += "SKU-" + QByteArray::number(p) + ",Article " + QByteArray::number(p) + ',' + price(unitPrice(p))
            + ",1000\n";
    return file.write(bytes) == bytes.size();
}

// Returns the number of lines written.
qint64 writeOrders(const QString& path, qint64 orders)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    QByteArray chunk = kHeader;
    qint64 lines = 0;
    for (qint64 o = 1; o <= orders; ++o) {
        const int kind = int(o * 37 % 100);
        const char* financial = kind < 60 ? "paid" : kind < 75 ? "pending" : kind < 90 ? "paid" : "refunded";
        const char* fulfillment = kind >= 75 && kind < 90 ? "fulfilled" : "unfulfilled";
        const int count = 1 + int(o * 13 % 4);
        QList<int> products;
        QList<int> quantities;
        qint64 subtotal = 0;
        for (int i = 0; i < count; ++i) {
            products << 1 + int((o * 131 + i * 977) % kProducts);
            quantities << 1 + int((o + i) % 2);
            subtotal += unitPrice(products.last()) * quantities.last();
        }
        const QByteArray name = '#' + QByteArray::number(100000 + o);
        const QByteArray email = "client" + QByteArray::number(o % 5000) + "@example.fr";
        const QByteArray customer = QByteArray(kFirstNames[o % 10]) + ' ' + kLastNames[o % 8];
        const QByteArray day = QByteArray::number(1 + o % 28).rightJustified(2, '0');
        const QByteArray created
            = "2026-10-" + day + " 1" + QByteArray::number(o % 10) + ":2" + QByteArray::number(o % 10) + ":05 +0200";
        const qint64 shipping = 490;
        for (int i = 0; i < count; ++i) {
            QList<QByteArray> cells(79);
            cells[0] = name;
            cells[1] = email;
            cells[16] = QByteArray::number(quantities[i]);
            cells[17] = "Article " + QByteArray::number(products[i]);
            cells[18] = price(unitPrice(products[i]));
            cells[20] = "SKU-" + QByteArray::number(products[i]);
            cells[21] = "true";
            cells[22] = "true";
            cells[23] = fulfillment == QByteArray("fulfilled") ? "fulfilled" : "pending";
            cells[50] = "Atelier";
            cells[59] = "0.00";
            if (i == 0) {
                cells[2] = financial;
                cells[3] = financial == QByteArray("pending") ? QByteArray() : created;
                cells[4] = fulfillment;
                cells[5] = fulfillment == QByteArray("fulfilled") ? created : QByteArray();
                cells[6] = "no";
                cells[7] = "EUR";
                cells[8] = price(subtotal);
                cells[9] = price(shipping);
                cells[10] = price(subtotal / 6);
                cells[11] = price(subtotal + shipping);
                cells[13] = "0.00";
                cells[14] = "Colissimo Domicile";
                cells[15] = created;
                const QByteArray street = QByteArray::number(1 + o % 90) + " rue de la République";
                for (int base : {24, 34}) {
                    cells[base] = customer;
                    cells[base + 1] = street;
                    cells[base + 2] = street;
                    cells[base + 5] = kCities[o % 8];
                    cells[base + 6] = QByteArray::number(10000 + o % 80000);
                    cells[base + 8] = "FR";
                }
                cells[47] = "Shopify Payments";
                cells[49] = financial == QByteArray("refunded") ? price(subtotal + shipping) : "0.00";
                cells[55] = QByteArray::number(5000000000 + o);
                cells[57] = "Low";
                cells[58] = "web";
                cells[60] = "FR TVA 20%";
                cells[61] = price(subtotal / 6);
            }
            chunk += cells.join(',') + '\n';
            ++lines;
        }
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return lines;
}

double sqliteSeconds(const QString& database, const QString& script)
{
    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), database});
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray errors = sqlite.readAllStandardError();
    if (sqlite.exitCode() != 0 || !errors.isEmpty())
        std::fprintf(stderr, "sqlite3: %s\n", errors.constData());
    return seconds;
}

// The sqlite3 shell loading the orders as they are: the first line of each order makes the order,
// every line an order line with its variant found by SKU.
QString sqliteImport(const QString& csv)
{
    return QStringLiteral(
        ".mode csv\nBEGIN;\nCREATE TEMP TABLE staging (c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, "
        "c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27, c28, c29, c30, c31, c32, c33, c34, c35, c36, "
        "c37, c38, c39, c40, c41, c42, c43, c44, c45, c46, c47, c48, c49, c50, c51, c52, c53, c54, c55, c56, c57, c58, "
        "c59, c60, c61, c62, c63, c64, c65, c66, c67, c68, c69, c70, c71, c72, c73, c74, c75, c76, c77, c78, c79);\n"
        ".import --skip 1 '%1' staging\n"
        "INSERT INTO orders (number, channel, status, customer_name, email, ship_name, ship_address1, ship_postcode, "
        "ship_city, ship_country, currency, subtotal_minor, shipping_minor, total_minor, placed_at, paid_at, "
        "updated_at, source) SELECT c1, 'website', CASE WHEN c3 = 'refunded' THEN 'cancelled' WHEN c3 = 'pending' "
        "THEN 'new' ELSE 'paid' END, c25, c2, c35, c37, c41, c40, c43, c8, CAST(round(c9 * 100) AS INTEGER), "
        "CAST(round(c10 * 100) AS INTEGER), CAST(round(c12 * 100) AS INTEGER), unixepoch(substr(c16, 1, 19)), "
        "unixepoch(substr(nullif(c4, ''), 1, 19)), unixepoch(), 'import:shopify' FROM staging WHERE c3 <> '' AND "
        "c5 <> 'fulfilled';\n"
        "INSERT INTO order_lines (order_id, variant_id, sku, title, quantity, unit_price_minor, total_minor) SELECT "
        "o.id, v.id, s.c21, s.c18, s.c17, CAST(round(s.c19 * 100) AS INTEGER), CAST(round(s.c19 * 100) AS INTEGER) "
        "* s.c17 FROM staging s JOIN orders o ON o.number = s.c1 JOIN variants v ON v.sku = s.c21;\n"
        "COMMIT;\n")
        .arg(csv);
}

long peakKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_orders WORKDIR [ORDERS] [--deduct]\n");
        return 2;
    }
    const QDir work(QString::fromLocal8Bit(argv[1]));
    const qint64 orders = argc > 2 && argv[2][0] != '-' ? QByteArray(argv[2]).toLongLong() : 20000;
    const bool deduct = QCoreApplication::arguments().contains(QStringLiteral("--deduct"));
    work.mkpath(QStringLiteral("."));

    // The shop, and its copy for sqlite3.
    const QString shop = work.filePath(QStringLiteral("comptoir.db"));
    const QString reference = work.filePath(QStringLiteral("sqlite.db"));
    for (const QString& path : {shop, reference})
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    const QString products = work.filePath(QStringLiteral("products.csv"));
    if (!writeProducts(products))
        return 1;
    {
        auto database = comptoir::storage::Database::open(shop);
        if (!database || !comptoir::io::CatalogImport(*database).run(products, {}))
            return 1;
        (*database)->close();
    }
    if (!QFile::copy(shop, reference))
        return 1;

    const QString csv = work.filePath(QStringLiteral("orders.csv"));
    QElapsedTimer timer;
    timer.start();
    const qint64 lines = writeOrders(csv, orders);
    if (lines < 0)
        return 1;
    std::printf("wrote %s: %lld orders, %lld lines, %.1f MB in %.1f s\n", qPrintable(csv), orders, lines,
        double(QFile(csv).size()) / 1048576.0, double(timer.nsecsElapsed()) / 1e9);

    auto database = comptoir::storage::Database::open(shop);
    if (!database)
        return 1;
    comptoir::io::OrderImportOptions options;
    options.shipped = deduct ? comptoir::io::ShippedOrders::DeductStock : comptoir::io::ShippedOrders::Skip;
    comptoir::io::OrderImport import(*database);
    timer.restart();
    auto checked = import.check(csv, options);
    const double dryRun = double(timer.nsecsElapsed()) / 1e9;
    if (!checked || checked->hasProblems()) {
        std::fprintf(stderr, "check failed: %s\n",
            checked ? qPrintable(checked->problems.value(0).toString()) : qPrintable(checked.error().toString()));
        return 1;
    }
    std::printf("comptoir dry run: %.2f s\n", dryRun);
    timer.restart();
    auto report = import.run(csv, options);
    const double comptoirImport = double(timer.nsecsElapsed()) / 1e9;
    if (!report || !report->applied) {
        std::fprintf(stderr, "import failed\n");
        return 1;
    }
    std::printf("comptoir import: %.2f s (%lld orders created, %lld lines, %lld shipped orders skipped), "
                "%.0f orders/s; peak memory %ld MB\n",
        comptoirImport, report->ordersCreated, report->linesCreated, report->shippedSkipped,
        double(report->ordersCreated) / comptoirImport, peakKilobytes() / 1024);
    (*database)->close();

    const double sqlite = sqliteSeconds(reference, sqliteImport(csv));
    std::printf("sqlite3 .import + INSERT…SELECT of the orders and lines: %.2f s -> ratio comptoir/sqlite3 = %.1f "
                "(dry run %.1f)\n",
        sqlite, comptoirImport / sqlite, dryRun / sqlite);
    return 0;
}
