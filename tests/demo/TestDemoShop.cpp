#include "demo/DemoShop.h"
#include "health/ShopCheck.h"
#include "shipping/Carriers.h"
#include "storage/Sql.h"
#include "support/TempShop.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace comptoir;
using namespace comptoir::storage;

namespace {

// A digest of every row of every table, in id order: equal digests mean equal shops.
QByteArray contentDigest(const DatabasePtr& database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"settings", "suppliers", "categories", "products", "variants", "locations",
             "stock_levels", "stock_movements", "customers", "orders", "order_lines", "shipments", "tracking_events",
             "reviews", "review_causes", "review_photos"}) {
        QSqlQuery query(database->connection());
        query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QString::fromLatin1(table)));
        while (query.next()) {
            for (int c = 0; c < query.record().count(); ++c)
                hash.addData(QByteArray(query.value(c).toString().toUtf8() + '\x1f'));
            hash.addData("\n");
        }
    }
    return hash.result().toHex();
}

qint64 count(const DatabasePtr& database, const QString& sql)
{
    return scalar(database->connection(), sql).value().toLongLong();
}

} // namespace

// The demo shop: deterministic, realistic, and consistent with every invariant `check` knows.
class TestDemoShop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameShop()
    {
        TempShop first, second, third;
        QVERIFY(demo::DemoShop::createFile(first.path(), TempShop::demoOptions(200, 600, 42)));
        QVERIFY(demo::DemoShop::createFile(second.path(), TempShop::demoOptions(200, 600, 42)));
        QVERIFY(demo::DemoShop::createFile(third.path(), TempShop::demoOptions(200, 600, 43)));
        const QByteArray a = contentDigest(first.open()), b = contentDigest(second.open()),
                         c = contentDigest(third.open());
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void invariantsHold()
    {
        TempShop shop;
        auto database = shop.openDemo(500, 3000, 5);
        QVERIFY(database);
        auto problems = health::ShopCheck(database).run();
        QVERIFY(problems);
        for (const auto& p : *problems)
            qWarning("%s: %s", qPrintable(p.where), qPrintable(p.what));
        QVERIFY(problems->isEmpty());

        QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM products")), 500);
        QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM orders")), 3000);
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM variants")) > 500);
        QCOMPARE(count(database, QStringLiteral("SELECT count(DISTINCT sku) FROM variants")),
            count(database, QStringLiteral("SELECT count(*) FROM variants")));
        // The statuses a shop meets appear (the rarest, "new", only in the last hours of a bigger shop).
        QVERIFY(count(database,
                    QStringLiteral("SELECT count(DISTINCT status) FROM orders WHERE status IN "
                                   "('paid', 'shipped', 'delivered', 'cancelled', 'returned')"))
            == 5);
        QCOMPARE(count(database, QStringLiteral("SELECT count(DISTINCT channel) FROM orders")), 4);

        // Stock follows the orders: shipped lines are sales, open orders hold reservations, returned
        // ones came back; deliveries refilled the shelves, some ran dry, some orders are still coming.
        const QString linesOf = QStringLiteral("SELECT coalesce(sum(l.quantity), 0) FROM order_lines l JOIN orders o "
                                               "ON o.id = l.order_id WHERE o.status IN (%1)");
        QCOMPARE(count(database, QStringLiteral("SELECT -sum(quantity) FROM stock_movements WHERE reason = 'sale'")),
            count(database, linesOf.arg(QStringLiteral("'shipped', 'delivered', 'returned'"))));
        QCOMPARE(count(database, QStringLiteral("SELECT sum(quantity) FROM stock_movements WHERE reason = 'return'")),
            count(database, linesOf.arg(QStringLiteral("'returned'"))));
        QCOMPARE(count(database, QStringLiteral("SELECT sum(reserved) FROM variants")),
            count(database, linesOf.arg(QStringLiteral("'paid', 'preparing', 'packed', 'on_hold'"))));
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'receipt'")) > 0);
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM stock_outs")) > 0);
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM purchase_orders WHERE status = 'sent'")) > 0);
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM purchase_orders WHERE status = 'received'")) > 0);
        QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM stock_levels WHERE on_hand < reserved")), 0);
        // Two years of orders, with a Christmas peak above the summer lull.
        const qint64 span = count(database, QStringLiteral("SELECT max(placed_at) - min(placed_at) FROM orders"));
        QVERIFY(span > 720 * 86400 && span <= 731 * 86400);
        const qint64 november = count(database,
            QStringLiteral("SELECT count(*) FROM orders WHERE strftime('%m', placed_at, 'unixepoch') = '11'"));
        const qint64 august = count(database,
            QStringLiteral("SELECT count(*) FROM orders WHERE strftime('%m', placed_at, 'unixepoch') = '08'"));
        QVERIFY2(november > august * 3 / 2, qPrintable(QStringLiteral("%1 vs %2").arg(november).arg(august)));
        // Some customers come back; some live outside France.
        QVERIFY(
            count(database,
                QStringLiteral(
                    "SELECT count(*) FROM (SELECT customer_id FROM orders GROUP BY customer_id HAVING count(*) > 1)"))
            > 10);
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM customers WHERE country <> 'FR'")) > 0);
        // Both stock locations are used and some variants are out of stock.
        QCOMPARE(count(database, QStringLiteral("SELECT count(DISTINCT location_id) FROM stock_levels")), 2);
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM variants WHERE on_hand = 0")) > 0);
        // Every shipped order has one parcel (counter sales none), each number fitting its carrier;
        // recent parcels have a timeline and a parcel's state is its newest event's.
        QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM shipments")),
            count(database,
                QStringLiteral("SELECT count(*) FROM orders WHERE channel <> 'counter' AND status IN "
                               "('shipped', 'delivered', 'returned')")));
        const auto carriers = shipping::Carriers(database).list().value();
        QSqlQuery parcels(database->connection());
        QVERIFY(parcels.exec(QStringLiteral("SELECT carrier, tracking_number FROM shipments")));
        while (parcels.next()) {
            const auto carrier = std::find_if(carriers.begin(), carriers.end(),
                [&](const shipping::Carrier& c) { return c.key == parcels.value(0).toString(); });
            QVERIFY(carrier != carriers.end());
            QVERIFY2(carrier->accepts(parcels.value(1).toString()), qPrintable(parcels.value(1).toString()));
        }
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM tracking_events")) > 0);
        QCOMPARE(count(database,
                     QStringLiteral("SELECT count(*) FROM shipments s WHERE s.last_event_at IS NOT NULL AND s.state <> "
                                    "(SELECT e.state FROM tracking_events e WHERE e.shipment_id = s.id ORDER BY "
                                    "e.happened_at DESC, e.id DESC LIMIT 1)")),
            0);
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM shipments WHERE damaged_at IS NOT NULL")) > 0);
        QVERIFY(count(database,
                    QStringLiteral("SELECT count(*) FROM shipments WHERE state = 'delivered' AND "
                                   "delivered_at IS NULL"))
            == 0);

        // The catalog is searchable once generated.
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM variants_fts WHERE variants_fts MATCH 'bottines'"))
            > 0);
    }

    // Reviews: mostly five stars, the one- and two-star ones from parcels damaged or never received,
    // written after delivery, the triage queue and the causes' copies as the review book keeps them.
    void reviewsLookReal()
    {
        TempShop shop;
        auto database = shop.openDemo(1000, 8000, 3);
        QVERIFY(database);
        const qint64 total = count(database, QStringLiteral("SELECT count(*) FROM reviews"));
        QVERIFY2(total > 300, qPrintable(QString::number(total)));
        const auto percent = [&](const QString& where) {
            return 100 * count(database, QStringLiteral("SELECT count(*) FROM reviews WHERE ") + where) / total;
        };
        QVERIFY2(percent(QStringLiteral("rating = 5")) >= 60 && percent(QStringLiteral("rating = 5")) <= 80,
            qPrintable(QString::number(percent(QStringLiteral("rating = 5")))));
        QVERIFY(percent(QStringLiteral("rating = 4")) >= 8 && percent(QStringLiteral("rating = 4")) <= 25);
        QVERIFY(percent(QStringLiteral("rating <= 3")) >= 4 && percent(QStringLiteral("rating <= 3")) <= 25);
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM reviews WHERE rating = 1")) > 0);

        // Unhappy because of the parcel: every review of a damaged or undelivered parcel is one or two
        // stars, with the cause its words say; the other reviews hardly ever are.
        const QString troubled = QStringLiteral(
            "EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = r.order_id AND (s.damaged_at IS NOT NULL OR "
            "s.delivered_at IS NULL))");
        const QString damaged = QStringLiteral(
            "EXISTS (SELECT 1 FROM shipments s WHERE s.order_id = r.order_id AND s.damaged_at IS NOT NULL)");
        const qint64 troubledReviews
            = count(database, QStringLiteral("SELECT count(*) FROM reviews r WHERE ") + troubled);
        QVERIFY(troubledReviews >= 3);
        QCOMPARE(count(database, QStringLiteral("SELECT count(*) FROM reviews r WHERE rating > 2 AND ") + troubled), 0);
        const qint64 others = total - troubledReviews;
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM reviews r WHERE rating <= 2 AND NOT ") + troubled)
            < others * 5 / 100);
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM reviews r WHERE ") + damaged) > 0);
        QCOMPARE(count(database,
                     QStringLiteral("SELECT count(*) FROM reviews r WHERE ") + damaged
                         + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM review_causes c WHERE c.review_id = r.id "
                                          "AND c.cause = 'damaged_parcel')")),
            0);
        QCOMPARE(count(database,
                     QStringLiteral("SELECT count(*) FROM reviews r WHERE ") + troubled + QStringLiteral(" AND NOT ")
                         + damaged
                         + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM review_causes c WHERE c.review_id = r.id "
                                          "AND c.cause = 'delivery_delay')")),
            0);
        // Some about sizing, quality or a product unlike its photo.
        QVERIFY(count(database,
                    QStringLiteral("SELECT count(DISTINCT cause) FROM review_causes WHERE cause IN ('sizing', "
                                   "'product_quality', 'not_as_described')"))
            == 3);

        // Written after delivery (and before the end); the unhappy ones tagged, the happy ones not;
        // the causes' copies of rating and day are the review's.
        QCOMPARE(count(database,
                     QStringLiteral("SELECT count(*) FROM reviews r JOIN shipments s ON s.order_id = r.order_id "
                                    "WHERE s.delivered_at IS NOT NULL AND r.written_at < s.delivered_at")),
            0);
        QCOMPARE(count(database,
                     QStringLiteral("SELECT count(*) FROM reviews r JOIN shipments s ON s.order_id = r.order_id "
                                    "WHERE r.written_at < s.shipped_at + 7 * 86400 AND s.delivered_at IS NULL")),
            0);
        QCOMPARE(count(database,
                     QStringLiteral("SELECT count(*) FROM reviews r WHERE rating <= 3 AND NOT EXISTS "
                                    "(SELECT 1 FROM review_causes c WHERE c.review_id = r.id)")),
            0);
        QCOMPARE(count(database,
                     QStringLiteral("SELECT count(*) FROM review_causes c JOIN reviews r ON r.id = c.review_id WHERE "
                                    "r.rating > 3 OR c.rating <> r.rating OR c.written_at <> r.written_at")),
            0);

        // The queue follows status and rating; answered ones have their reply, others none.
        QCOMPARE(count(database,
                     QStringLiteral("SELECT count(*) FROM reviews WHERE queue <> CASE WHEN status IN ('new', "
                                    "'to_answer') THEN (CASE WHEN rating <= 3 THEN 0 ELSE 1 END) WHEN status = "
                                    "'answered' THEN 2 ELSE 3 END")),
            0);
        QCOMPARE(count(database,
                     QStringLiteral("SELECT count(*) FROM reviews WHERE (status = 'answered') <> (reply <> '' AND "
                                    "replied_at IS NOT NULL)")),
            0);
        for (int queue = 0; queue < 4; ++queue)
            QVERIFY2(count(database, QStringLiteral("SELECT count(*) FROM reviews WHERE queue = %1").arg(queue)) > 0,
                qPrintable(QString::number(queue)));

        // French mostly, some English; products on Judge.me and the site, the shop on Google and Trustpilot.
        QVERIFY(percent(QStringLiteral("language = 'fr'")) > 70);
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM reviews WHERE language = 'en'")) > 0);
        QCOMPARE(count(database, QStringLiteral("SELECT count(DISTINCT source) FROM reviews")), 4);
        QVERIFY(percent(QStringLiteral("source IN ('judgeme', 'website')")) > 50);
        QCOMPARE(count(database,
                     QStringLiteral("SELECT count(*) FROM reviews WHERE (product_id IS NULL) <> (source IN ('google', "
                                    "'trustpilot'))")),
            0);
        QVERIFY(count(database, QStringLiteral("SELECT count(*) FROM review_photos")) > 0);
        // Searchable, as a review typed in is.
        QVERIFY(
            count(database, QStringLiteral("SELECT count(*) FROM reviews_fts WHERE reviews_fts MATCH 'colis'")) > 0);
    }

    void barcodesHaveValidCheckDigits()
    {
        QCOMPARE(demo::DemoShop::ean13CheckDigit(QStringLiteral("400638133393")), 1); // 4006381333931
        QCOMPARE(demo::DemoShop::ean13CheckDigit(QStringLiteral("590123412345")), 7); // 5901234123457
        QCOMPARE(demo::DemoShop::ean13CheckDigit(QStringLiteral("376000000000")), 0);
        TempShop shop;
        auto database = shop.openDemo(100, 10);
        QSqlQuery query(database->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT barcode FROM variants")));
        int checked = 0;
        while (query.next()) {
            const QString barcode = query.value(0).toString();
            QCOMPARE(barcode.size(), 13);
            QCOMPARE(demo::DemoShop::ean13CheckDigit(barcode.left(12)), barcode.at(12).digitValue());
            ++checked;
        }
        QVERIFY(checked >= 100);
    }

    void cancelLeavesNothing()
    {
        TempShop shop;
        // Cancel from the progress report of the first batch, as the Cancel button would.
        JobControl* self = nullptr;
        JobControl control([&](qint64, qint64, const QString&) { self->cancel(); });
        self = &control;
        auto created = demo::DemoShop::createFile(shop.path(), TempShop::demoOptions(30000, 10, 1), control);
        QVERIFY(!created);
        QCOMPARE(created.error().code, Error::Code::Cancelled);
        QVERIFY(!QFile::exists(shop.path()));
        QVERIFY(QDir(shop.folder()).entryList(QDir::Files).isEmpty());
    }

    void refusesExistingFile()
    {
        TempShop shop;
        QVERIFY(shop.open());
        auto created = demo::DemoShop::createFile(shop.path(), TempShop::demoOptions(10, 10, 1));
        QVERIFY(!created);
        QVERIFY(created.error().message.contains(QStringLiteral("already exists")));
    }
};

QTEST_GUILESS_MAIN(TestDemoShop)
#include "TestDemoShop.moc"
