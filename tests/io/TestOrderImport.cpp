#include "io/CellReader.h"
#include "io/OrderExport.h"
#include "io/OrderImport.h"
#include "orders/OrderBook.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/StockChecks.h"
#include "support/TempShop.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::io;
using namespace comptoir::storage;
using inventory::MovementReason;
using orders::OrderStatus;
using stockchecks::number;
using stockchecks::onHand;

namespace {

QString dataDir()
{
    return QString::fromUtf8(COMPTOIR_TEST_DATA) + QStringLiteral("/orders");
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList listed(const ImportProblems& problems)
{
    QStringList lines;
    for (const auto& problem : problems.problems)
        lines << problem.toString();
    return lines;
}

// A Shopify export of `count` paid one-line orders of BOUG-FIG, numbered from #5001; the last one
// sells `lastSku`.
QByteArray generatedShopifyFile(int count, const QString& lastSku = QStringLiteral("BOUG-FIG"))
{
    QByteArray bytes = "Name,Email,Financial Status,Fulfillment Status,Currency,Total,Created at,Lineitem quantity,"
                       "Lineitem name,Lineitem price,Lineitem sku\n";
    for (int i = 1; i <= count; ++i)
        bytes += QStringLiteral("#%1,client%1@example.fr,pending,unfulfilled,EUR,24.50,2026-11-20 10:00:00 +0100,1,"
                                "Bougie,24.50,%2\n")
                     .arg(5000 + i)
                     .arg(i == count ? lastSku : QStringLiteral("BOUG-FIG"))
                     .toUtf8();
    return bytes;
}

} // namespace

// Orders from Shopify's and WooCommerce's exports and from Comptoir's own file: unknown SKUs
// refused, orders already there left alone, shipped ones skipped or deducted, stock reserved as the
// order book does, every problem at its line:column, and all or nothing.
class TestOrderImport final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempShop> m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC)};
    DatabasePtr m_database;
    qint64 m_pullS = 0, m_pullM = 0, m_candle = 0, m_tea = 0, m_cup = 0;
    qint64 m_customer = 0; // Léa Martin, a customer the shop already knows

    qint64 reserved(qint64 variant)
    {
        return number(m_database,
            QStringLiteral("SELECT coalesce(sum(reserved), 0) FROM stock_levels WHERE variant_id = %1").arg(variant));
    }
    qint64 orderCount() { return number(m_database, QStringLiteral("SELECT count(*) FROM orders")); }
    // What the shop holds, to prove that a refused or cancelled import wrote nothing.
    QList<qint64> footprint()
    {
        QList<qint64> counts;
        for (const char* table :
            {"orders", "order_lines", "order_events", "order_reservations", "stock_movements", "shipments", "settings"})
            counts << number(m_database, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        counts << number(m_database, QStringLiteral("SELECT sum(on_hand * 7 + reserved) FROM stock_levels"));
        return counts;
    }
    orders::Order order(const QString& number)
    {
        orders::OrderBook book(m_database);
        return book.load(book.idForNumber(number).value()).value();
    }
    OrderImportReport imported(const QString& path, OrderImportOptions options = {})
    {
        auto report = OrderImport(m_database).run(path, options);
        if (!report)
            qWarning("%s", qPrintable(report.error().toString()));
        else
            for (const auto& problem : report->problems)
                qWarning("%s", qPrintable(problem.toString()));
        return report ? *report : OrderImportReport();
    }

    // A shop with the five variants the files sell, their stock, and Léa Martin as a customer.
    DatabasePtr openShop(TempShop& folder)
    {
        auto database = ShopBuilder::openEmpty(folder, m_clock);
        if (!database)
            return nullptr;
        ShopBuilder shop(database, m_clock);
        m_pullS = shop.variant(QStringLiteral("PULL-MAR-S"), 0, 3150);
        m_pullM = shop.variant(QStringLiteral("PULL-MAR-M"), 0, 3150);
        m_candle = shop.variant(QStringLiteral("BOUG-FIG"), 0, 900, QStringLiteral("3760012345021"));
        m_tea = shop.variant(QStringLiteral("THE-VERT"), 0, 300);
        m_cup = shop.variant(QStringLiteral("TASSE-EMAIL"), 0, 600);
        if (!execute(database->connection(),
                QStringLiteral("UPDATE products SET vat_rate_bp = 550 WHERE id = (SELECT product_id FROM variants "
                               "WHERE sku = 'THE-VERT')")))
            return nullptr;
        inventory::StockLedger ledger(database);
        for (const auto& [variant, location, quantity] : {std::tuple {m_pullS, 1, 5}, {m_pullM, 1, 3},
                 {m_candle, 1, 10}, {m_candle, 2, 2}, {m_tea, 1, 40}, {m_cup, 1, 2}})
            if (!ledger.record(variant, location, quantity, MovementReason::Receipt, {}))
                return nullptr;
        auto customer = run(database->connection(),
            QStringLiteral("INSERT INTO customers (email, first_name, last_name, created_at) VALUES "
                           "('lea.martin@example.fr', 'Léa', 'Martin', 0)"));
        if (!customer)
            return nullptr;
        m_customer = customer->lastInsertId().toLongLong();
        return database;
    }

private Q_SLOTS:
    void init()
    {
        m_database.reset();
        m_shop = std::make_unique<TempShop>();
        m_database = openShop(*m_shop);
        QVERIFY(m_database);
    }

    void cleanup() { stockchecks::verifyConsistent(m_database); }

    void detectsTheFormatFromTheHeader()
    {
        const auto header = [](const char* line) { return QString::fromLatin1(line).split(QLatin1Char(',')); };
        QCOMPARE(detectOrderFormat(header("Name,Email,Financial Status,Lineitem quantity,Lineitem name,Lineitem sku")),
            OrderFormat::Shopify);
        QCOMPARE(detectOrderFormat(header("order_id,order_number,date,status,item_name,item_sku,item_quantity")),
            OrderFormat::WooCommerce);
        QCOMPARE(detectOrderFormat(header("Order,Date,SKU,Quantity,Unit price")), OrderFormat::Comptoir);
        QCOMPARE(detectOrderFormat(header("Handle,Title,Variant SKU,Variant Price")), OrderFormat::Auto);
        QCOMPARE(detectOrderFormat(header("Product,SKU,Name,Price")), OrderFormat::Auto);
        OrderFormat format = OrderFormat::Auto;
        QVERIFY(formatFromKey(QStringLiteral("WooCommerce"), format));
        QCOMPARE(format, OrderFormat::WooCommerce);
        QVERIFY(!formatFromKey(QStringLiteral("generic"), format));
    }

    void datesKeepTheirOffset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        const auto at = [](int day, int hour, int minute, int second) {
            return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second), Qt::UTC);
        };
        QTest::newRow("shopify") << "2026-11-20 14:03:11 +0100" << at(20, 13, 3, 11);
        QTest::newRow("iso utc") << "2026-11-20T13:03:11Z" << at(20, 13, 3, 11);
        QTest::newRow("iso offset") << "2026-11-20T14:03:11+01:00" << at(20, 13, 3, 11);
        QTest::newRow("west") << "2026-11-20 08:03:11 -0500" << at(20, 13, 3, 11);
        QTest::newRow("day after in utc") << "2026-11-20 23:30:00 -0100" << at(21, 0, 30, 0);
        QTest::newRow("minutes") << "2026-11-20 14:03 +0100" << at(20, 13, 3, 0);
        QTest::newRow("fraction") << "2026-11-20T13:03:11.250Z" << at(20, 13, 3, 11);
        QTest::newRow("not a date") << "20/11/2026" << QDateTime();
        QTest::newRow("no month 13") << "2026-13-20 10:00:00 +0100" << QDateTime();
        QTest::newRow("no hour 25") << "2026-11-20 25:00:00" << QDateTime();
        QTest::newRow("offset too far") << "2026-11-20 10:00:00 +1900" << QDateTime();
    }

    void datesKeepTheirOffset()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        const QDateTime parsed = CellReader::parseDateTime(text);
        QCOMPARE(parsed.isValid(), utc.isValid());
        if (utc.isValid()) {
            QCOMPARE(parsed.toSecsSinceEpoch(), utc.toSecsSinceEpoch());
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
        // Without an offset, the computer's time zone.
        const QDateTime local = CellReader::parseDateTime(u"2026-11-20 14:03:11");
        QCOMPARE(local, QDateTime(QDate(2026, 11, 20), QTime(14, 3, 11), Qt::LocalTime).toUTC());
    }

    void shopifyExport()
    {
        const QString path = dataDir() + QStringLiteral("/shopify.csv");
        const auto before = footprint();
        auto dryRun = OrderImport(m_database).check(path, {});
        QVERIFY(dryRun);
        QVERIFY2(!dryRun->hasProblems(), qPrintable(listed(*dryRun).join(QLatin1Char('\n'))));
        QCOMPARE(footprint(), before);
        QCOMPARE(dryRun->format, OrderFormat::Shopify);
        QCOMPARE(dryRun->rows, 10);
        QCOMPARE(dryRun->ordersCreated, 5);
        QCOMPARE(dryRun->newOrders, 1);
        QCOMPARE(dryRun->paidOrders, 2);
        QCOMPARE(dryRun->shippedOrders, 0);
        QCOMPARE(dryRun->cancelledOrders, 2);
        QCOMPARE(dryRun->linesCreated, 8);
        QCOMPARE(dryRun->shippedSkipped, 1);
        QCOMPARE(dryRun->skipped.problemCount, 1);
        QVERIFY2(listed(dryRun->skipped)
                     .first()
                     .startsWith(QStringLiteral("5:3: Financial Status: order #1003 was "
                                                "already shipped: skipped")),
            qPrintable(listed(dryRun->skipped).first()));
        QCOMPARE(dryRun->warnings.problemCount, 0);
        QVERIFY(!dryRun->applied);

        const OrderImportReport report = imported(path);
        QVERIFY(report.applied);
        QCOMPARE(report.ordersCreated, dryRun->ordersCreated);
        QCOMPARE(report.summary(), dryRun->summary());
        // (English plural forms come from the translation the applications load; here they read "order(s)".)
        QVERIFY2(report.summary().contains(QStringLiteral("created: 1 new, 2 paid, 0 shipped, 2 cancelled; 8 lines.")),
            qPrintable(report.summary()));
        QVERIFY2(report.summary().contains(QStringLiteral("already shipped, skipped")), qPrintable(report.summary()));
        QCOMPARE(orderCount(), 5);
        QCOMPARE(orders::OrderBook(m_database).idForNumber(QStringLiteral("#1003")).value(), 0);

        // Paid: its stock reserved, its lines found by SKU, what the customer bought as the file says.
        const orders::Order lea = order(QStringLiteral("#1001"));
        QCOMPARE(lea.status, OrderStatus::Paid);
        QCOMPARE(lea.channel, orders::Channel::Website);
        QCOMPARE(lea.source, QStringLiteral("import:shopify"));
        QCOMPARE(lea.customerId, m_customer); // found by e-mail
        QCOMPARE(lea.customerName, QStringLiteral("Léa Martin"));
        QCOMPARE(lea.email, QStringLiteral("lea.martin@example.fr"));
        QCOMPARE(lea.phone, QStringLiteral("+33 6 12 34 56 78"));
        QCOMPARE(lea.shipTo.address1, QStringLiteral("3 rue des Lilas"));
        QCOMPARE(lea.shipTo.postcode, QStringLiteral("69003"));
        QCOMPARE(lea.shipTo.country, QStringLiteral("FR"));
        QCOMPARE(lea.billTo.city, QStringLiteral("Lyon"));
        QCOMPARE(lea.note, QStringLiteral("Merci d'emballer en papier kraft, c'est un cadeau."));
        QCOMPARE(lea.shippingMethod, QStringLiteral("Colissimo Domicile"));
        QCOMPARE(lea.placedAt, QDateTime(QDate(2026, 11, 18), QTime(8, 12, 45), Qt::UTC));
        QCOMPARE(lea.paidAt, QDateTime(QDate(2026, 11, 18), QTime(8, 13, 2), Qt::UTC));
        QCOMPARE(lea.lines.size(), 2);
        QCOMPARE(lea.lines.at(0).variantId, m_pullS);
        QCOMPARE(lea.lines.at(0).title, QStringLiteral("Pull marin en laine - S / Marine"));
        QCOMPARE(lea.lines.at(1).variantId, m_candle);
        QCOMPARE(lea.lines.at(1).title, QStringLiteral("Bougie parfumée \"Figue\""));
        QCOMPARE(lea.lines.at(1).quantity, 2);
        QCOMPARE(lea.lines.at(1).unitPrice, Money(2450, Currency::euro()));
        QCOMPARE(lea.lines.at(1).reserved, 2);
        QCOMPARE(lea.shipping, Money(490, Currency::euro()));
        QCOMPARE(lea.total(), Money(14290, Currency::euro()));

        // Pending: new, nothing reserved; the shop's VAT rate of the product.
        const orders::Order gaelle = order(QStringLiteral("#1002"));
        QCOMPARE(gaelle.status, OrderStatus::New);
        QCOMPARE(gaelle.customerId, 0);
        QCOMPARE(gaelle.shipTo.address1, QStringLiteral("Librairie « Les Mots »"));
        QCOMPARE(gaelle.lines.first().vatRateBp, 550);
        QCOMPARE(gaelle.lines.first().reserved, 0);

        // Voided and cancelled, refunded: cancelled, on the day the file says.
        const orders::Order zoe = order(QStringLiteral("#1004"));
        QCOMPARE(zoe.status, OrderStatus::Cancelled);
        QCOMPARE(zoe.cancelledAt, QDateTime(QDate(2026, 11, 17), QTime(10, 20), Qt::UTC));
        QCOMPARE(order(QStringLiteral("#1005")).status, OrderStatus::Cancelled);
        QVERIFY(order(QStringLiteral("#1005")).paidAt.isValid());

        // Partially refunded, unfulfilled: paid, three lines, a company on the parcel.
        const orders::Order ines = order(QStringLiteral("#1006"));
        QCOMPARE(ines.status, OrderStatus::Paid);
        QCOMPARE(ines.lines.size(), 3);
        QCOMPARE(ines.shipTo.company, QStringLiteral("Tabac du Panthéon"));
        QCOMPARE(ines.phone, QStringLiteral("+33 7 98 76 54 32"));
        QCOMPARE(ines.shortItems, 0);

        // Stock: reserved for the paid orders only, nothing deducted.
        QCOMPARE(reserved(m_pullS), 2);
        QCOMPARE(reserved(m_candle), 3);
        QCOMPARE(reserved(m_cup), 2);
        QCOMPARE(reserved(m_tea), 0);
        QCOMPARE(reserved(m_pullM), 0);
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'sale'")), 0);
    }

    void shippedOrdersCanDeductTheirStock()
    {
        OrderImportOptions options;
        options.shipped = ShippedOrders::DeductStock;
        const OrderImportReport report = imported(dataDir() + QStringLiteral("/shopify.csv"), options);
        QVERIFY(report.applied);
        QCOMPARE(report.ordersCreated, 6);
        QCOMPARE(report.shippedOrders, 1);
        QCOMPARE(report.shippedSkipped, 0);
        const orders::Order paul = order(QStringLiteral("#1003"));
        QCOMPARE(paul.status, OrderStatus::Shipped);
        QCOMPARE(paul.shippedAt, QDateTime(QDate(2026, 11, 16), QTime(13, 30), Qt::UTC));
        QCOMPARE(paul.discount, Money(1000, Currency::euro()));
        QCOMPARE(paul.total(), Money(8790, Currency::euro()));
        QCOMPARE(onHand(m_database, m_pullM, 1), 2);
        QCOMPARE(onHand(m_database, m_tea, 1), 39);
        QCOMPARE(number(m_database,
                     QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'sale' AND reference = "
                                    "'#1003'")),
            2);
        // The stock left on the day the parcel left, not on the day of the import: sales velocity
        // and stock-out days are counted from these dates.
        QCOMPARE(number(m_database,
                     QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'sale' AND reference = "
                                    "'#1003' AND created_at = %1")
                         .arg(paul.shippedAt.toSecsSinceEpoch())),
            2);
    }

    void shippedOrdersLackingStockAreProblems()
    {
        QVERIFY(inventory::StockLedger(m_database)
                    .record(m_pullM, 1, -3, MovementReason::Damage, QStringLiteral("mites"))
                    .ok());
        const auto before = footprint();
        OrderImportOptions options;
        options.shipped = ShippedOrders::DeductStock;
        for (const bool apply : {false, true}) {
            OrderImport import(m_database);
            const QString path = dataDir() + QStringLiteral("/shopify.csv");
            auto report = apply ? import.run(path, options) : import.check(path, options);
            QVERIFY(report);
            QCOMPARE(report->problemCount, 1);
            QVERIFY2(report->problems.first().toString().startsWith(
                         QStringLiteral("5:21: Lineitem sku: order #1003 was shipped with 1 × PULL-MAR-M, and the "
                                        "shop has only 0 left to deduct")),
                qPrintable(report->problems.first().toString()));
            QVERIFY(!report->applied);
            QCOMPARE(footprint(), before);
        }
        // Skipping shipped orders, the file goes in.
        QVERIFY(imported(dataDir() + QStringLiteral("/shopify.csv")).applied);
    }

    void wooCommerceExport()
    {
        const OrderImportReport report = imported(dataDir() + QStringLiteral("/woocommerce.csv"));
        QVERIFY(report.applied);
        QCOMPARE(report.format, OrderFormat::WooCommerce);
        QCOMPARE(report.encoding, QStringLiteral("UTF-8 with BOM"));
        QCOMPARE(report.ordersCreated, 3);
        QCOMPARE(report.paidOrders, 1);
        QCOMPARE(report.newOrders, 1);
        QCOMPARE(report.cancelledOrders, 1);
        QCOMPARE(report.shippedSkipped, 1); // completed
        QVERIFY2(report.warnings.problemCount == 0, qPrintable(listed(report.warnings).join(QLatin1Char('\n'))));

        // Processing, with a coupon spread over its items: prices with their tax, the coupon as the discount.
        const orders::Order helene = order(QStringLiteral("2045"));
        QCOMPARE(helene.status, OrderStatus::Paid);
        QCOMPARE(helene.source, QStringLiteral("import:woocommerce"));
        QCOMPARE(helene.customerName, QStringLiteral("Hélène Dupré"));
        QCOMPARE(helene.billTo.company, QStringLiteral("Atelier Éphémère"));
        QCOMPARE(helene.shipTo.address2, QStringLiteral("Bâtiment B"));
        QCOMPARE(helene.phone, QStringLiteral("04 78 12 34 56"));
        QCOMPARE(helene.note, QStringLiteral("Livraison après 17 h, s'il vous plaît."));
        QCOMPARE(helene.placedAt, QDateTime(QDate(2026, 11, 19), QTime(16, 45, 2), Qt::LocalTime).toUTC());
        QCOMPARE(helene.paidAt, helene.placedAt);
        QCOMPARE(helene.lines.size(), 2);
        QCOMPARE(helene.lines.at(0).unitPrice, Money(1800, Currency::euro()));
        QCOMPARE(helene.lines.at(1).unitPrice, Money(890, Currency::euro()));
        QCOMPARE(helene.lines.at(1).quantity, 2);
        QCOMPARE(helene.discount, Money(358, Currency::euro()));
        QCOMPARE(helene.shipping, Money(490, Currency::euro()));
        QCOMPARE(helene.total(), Money(3712, Currency::euro()));
        QCOMPARE(reserved(m_cup), 1);
        QCOMPARE(reserved(m_tea), 2);

        QCOMPARE(order(QStringLiteral("2047")).status, OrderStatus::New); // on hold for the bank transfer
        QCOMPARE(order(QStringLiteral("2047")).customerName, QStringLiteral("Noémie Lefèvre"));
        QCOMPARE(order(QStringLiteral("2048")).status, OrderStatus::Cancelled);
        QCOMPARE(orders::OrderBook(m_database).idForNumber(QStringLiteral("2046")).value(), 0);
    }

    void comptoirFile()
    {
        const OrderImportReport report = imported(dataDir() + QStringLiteral("/comptoir.csv"));
        QVERIFY(report.applied);
        QCOMPARE(report.format, OrderFormat::Comptoir);
        QCOMPARE(report.delimiter, QLatin1Char(';'));
        QCOMPARE(report.ordersCreated, 3);
        QCOMPARE(report.shippedSkipped, 1); // T-502, delivered
        // A line without SKU is an item outside the catalog, and said so.
        QCOMPARE(report.warnings.problemCount, 1);
        QVERIFY2(
            listed(report.warnings)
                .first()
                .startsWith(QStringLiteral("3:34: SKU: no SKU for “Emballage cadeau”: imported as an item outside")),
            qPrintable(listed(report.warnings).first()));

        const orders::Order camille = order(QStringLiteral("T-501"));
        QCOMPARE(camille.channel, orders::Channel::Phone);
        QCOMPARE(camille.status, OrderStatus::Paid);
        QCOMPARE(camille.giftMessage, QStringLiteral("Joyeux anniversaire Camille !"));
        QCOMPARE(camille.note, QStringLiteral("- fragile, verre"));
        QCOMPARE(camille.lines.size(), 2);
        QCOMPARE(camille.lines.at(1).variantId, 0);
        QCOMPARE(camille.lines.at(1).title, QStringLiteral("Emballage cadeau"));
        QCOMPARE(camille.total(), Money(3240, Currency::euro()));
        QCOMPARE(reserved(m_candle), 1);

        const orders::Order eloise = order(QStringLiteral("T-503"));
        QCOMPARE(eloise.status, OrderStatus::New);
        QCOMPARE(eloise.discount, Money(900, Currency::euro()));
        const orders::Order yann = order(QStringLiteral("T-504"));
        QCOMPARE(yann.status, OrderStatus::Cancelled);
        QCOMPARE(yann.cancelledAt, QDateTime(QDate(2026, 11, 12), QTime(16, 45), Qt::UTC));

        // Delivered orders go in with their stock deducted and their dates when asked.
        OrderImportOptions options;
        options.shipped = ShippedOrders::DeductStock;
        const OrderImportReport again = imported(dataDir() + QStringLiteral("/comptoir.csv"), options);
        QVERIFY(again.applied);
        QCOMPARE(again.ordersCreated, 1);
        QCOMPARE(again.ordersPresent, 3);
        const orders::Order hugo = order(QStringLiteral("T-502"));
        QCOMPARE(hugo.status, OrderStatus::Delivered);
        QCOMPARE(hugo.lines.first().vatRateBp, 550);
        QCOMPARE(hugo.billTo.company, QStringLiteral("Lambert Conseil"));
        QCOMPARE(hugo.shippedAt, QDateTime(QDate(2026, 11, 11), QTime(8, 0), Qt::UTC));
        QCOMPARE(hugo.deliveredAt, QDateTime(QDate(2026, 11, 13), QTime(11, 0), Qt::UTC));
        QCOMPARE(onHand(m_database, m_tea, 1), 38);
    }

    void badFilesListEveryProblemAndWriteNothing_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir bad(dataDir() + QStringLiteral("/bad"));
        for (const QString& name : bad.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(name)) << bad.filePath(name);
    }

    void badFilesListEveryProblemAndWriteNothing()
    {
        QFETCH(QString, folder);
        QFile expectedFile(folder + QStringLiteral("/expected.txt"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QStringList expected
            = QString::fromUtf8(expectedFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const auto before = footprint();
        const QString input = folder + QStringLiteral("/input.csv");
        for (const bool apply : {false, true}) {
            OrderImport import(m_database);
            auto report = apply ? import.run(input, {}) : import.check(input, {});
            QVERIFY2(report, qPrintable(report.ok() ? QString() : report.error().toString()));
            const QStringList found = listed(*report);
            QVERIFY2(report->problemCount == expected.size(), qPrintable(found.join(QLatin1Char('\n'))));
            for (int i = 0; i < expected.size(); ++i) {
                const QString where = expected[i].section(QLatin1Char('|'), 0, 0);
                const QString what = expected[i].section(QLatin1Char('|'), 1);
                QCOMPARE(report->problems[i].where(), where);
                QVERIFY2(report->problems[i].message.contains(what), qPrintable(report->problems[i].toString()));
            }
            QVERIFY(!report->applied);
            QCOMPARE(footprint(), before);
        }
    }

    void importingTheSameFileAgainChangesNothing()
    {
        const QString path = dataDir() + QStringLiteral("/shopify.csv");
        QVERIFY(imported(path).applied);
        const auto after = footprint();
        auto dryRun = OrderImport(m_database).check(path, {});
        QVERIFY(dryRun);
        QVERIFY(!dryRun->hasProblems());
        QCOMPARE(dryRun->ordersCreated, 0);
        QCOMPARE(dryRun->ordersPresent, 5);
        QCOMPARE(dryRun->shippedSkipped, 1);
        QVERIFY2(listed(dryRun->skipped)
                     .first()
                     .startsWith(QStringLiteral("2:1: Name: order #1001 is already in the shop: left as it is.")),
            qPrintable(listed(dryRun->skipped).first()));
        const OrderImportReport again = imported(path);
        QVERIFY(again.applied);
        QCOMPARE(again.ordersCreated, 0);
        QCOMPARE(footprint(), after);
    }

    void aBadOrderLateInTheFileWritesNothing()
    {
        const QString path = m_shop->folder() + QStringLiteral("/late.csv");
        writeFile(path, generatedShopifyFile(3000, QStringLiteral("BOUG-FIGUE")));
        const auto before = footprint();
        const OrderImportReport report = OrderImport(m_database).run(path, {}).value();
        QVERIFY(!report.applied);
        QCOMPARE(report.problemCount, 1);
        QCOMPARE(report.problems.first().where(), QStringLiteral("3001:11"));
        QCOMPARE(footprint(), before);
    }

    void cancelWhileWritingWritesNothing()
    {
        const QString path = m_shop->folder() + QStringLiteral("/many.csv");
        writeFile(path, generatedShopifyFile(3000));
        const auto before = footprint();
        bool asked = false;
        JobControl* self = nullptr;
        JobControl control([&](qint64 done, qint64 total, const QString& step) {
            // Late in the writing: most orders are in the transaction already.
            if (step.startsWith(QStringLiteral("Writing")) && done * 10 > total * 9) {
                asked = true;
                self->cancel();
            }
        });
        self = &control;
        auto report = OrderImport(m_database).run(path, {}, control);
        QVERIFY(asked);
        QVERIFY(!report);
        QCOMPARE(report.error().code, Error::Code::Cancelled);
        QCOMPARE(footprint(), before);
        // The shop takes the same file afterwards.
        QCOMPARE(imported(path).ordersCreated, 3000);
        QCOMPARE(orderCount(), 3000);
    }

    void exportedOrdersComeBackTheSame()
    {
        OrderImportOptions options;
        options.shipped = ShippedOrders::DeductStock;
        QVERIFY(imported(dataDir() + QStringLiteral("/shopify.csv"), options).applied);
        QVERIFY(imported(dataDir() + QStringLiteral("/comptoir.csv"), options).applied);
        const QString first = m_shop->folder() + QStringLiteral("/orders.csv");
        auto summary = OrderExport(m_database).writeFile(first, ExportOptions::frenchExcel(CatalogFormat::Comptoir));
        QVERIFY(summary);
        QCOMPARE(summary->orders, 10);
        QCOMPARE(summary->lines, 15);

        // Into another shop with the same catalog: the same orders, and the same file once exported.
        TempShop other;
        DatabasePtr copy = openShop(other);
        QVERIFY(copy);
        auto report = OrderImport(copy).run(first, options);
        QVERIFY(report);
        QVERIFY2(!report->hasProblems(), qPrintable(listed(*report).join(QLatin1Char('\n'))));
        QCOMPARE(report->format, OrderFormat::Comptoir);
        QCOMPARE(report->ordersCreated, 10);
        const QString second = other.folder() + QStringLiteral("/orders.csv");
        QVERIFY(OrderExport(copy).writeFile(second, ExportOptions::frenchExcel(CatalogFormat::Comptoir)));
        QFile a(first), b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray bytes = a.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFOrder;Date;Status;"));
        QVERIFY(bytes.contains("\r\nT-501;2026-11-18T08:30:00Z;paid;phone;Camille Bernard;"));
        QCOMPARE(b.readAll(), bytes);
        const QString stock = QStringLiteral("SELECT sum(on_hand * 7 + reserved) FROM stock_levels");
        QCOMPARE(number(copy, stock), number(m_database, stock));
        stockchecks::verifyConsistent(copy);
    }

    void totalsThatDoNotAddUpAreWarnings()
    {
        // A shop whose prices are before tax: Shopify adds the taxes to the total.
        const QString path = m_shop->folder() + QStringLiteral("/taxes.csv");
        writeFile(path,
            "Name,Financial Status,Currency,Shipping,Taxes,Total,Lineitem quantity,Lineitem name,Lineitem price,"
            "Lineitem sku\n#3001,paid,EUR,5.00,4.00,29.00,1,Tasse,20.00,TASSE-EMAIL\n");
        const OrderImportReport report = imported(path);
        QVERIFY(report.applied);
        QCOMPARE(report.warnings.problemCount, 1);
        QVERIFY2(listed(report.warnings)
                     .first()
                     .startsWith(QStringLiteral(
                         "2:6: Total: the lines, shipping and discount of order #3001 come to 25.00, the "
                         "file says 29.00")),
            qPrintable(listed(report.warnings).first()));
        QCOMPARE(order(QStringLiteral("#3001")).total(), Money(2500, Currency::euro()));
    }

    void paidOrdersShortOfStockWait()
    {
        // Three cups paid for, two on the shelf: the order goes in, short of one, among the problems.
        const QString path = m_shop->folder() + QStringLiteral("/short.csv");
        writeFile(path,
            "Name,Financial Status,Currency,Total,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku\n"
            "#3002,paid,EUR,45.00,3,Tasse,15.00,TASSE-EMAIL\n");
        const OrderImportReport report = imported(path);
        QVERIFY(report.applied);
        QCOMPARE(report.shortItems, 1);
        QVERIFY2(listed(report.warnings)
                     .first()
                     .startsWith(QStringLiteral("2:8: Lineitem sku: 1 × TASSE-EMAIL of order #3002 are not in stock")),
            qPrintable(listed(report.warnings).first()));
        QCOMPARE(order(QStringLiteral("#3002")).shortItems, 1);
        QCOMPARE(reserved(m_cup), 2);
    }
};

QTEST_GUILESS_MAIN(TestOrderImport)
#include "TestOrderImport.moc"
