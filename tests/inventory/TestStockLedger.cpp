#include "health/ShopCheck.h"
#include "inventory/StockLedger.h"
#include "orders/OrderBook.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/StockChecks.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::inventory;
using namespace comptoir::storage;

using stockchecks::number;
using stockchecks::onHand;
using stockchecks::verifyConsistent;

// The stock ledger: every change is a movement, levels follow in the same transaction, and what
// would break the stock is refused with nothing written.
class TestStockLedger final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    DatabasePtr m_database;
    qint64 m_variant = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_database = m_shop.openDemo(30, 10, 4);
        QVERIFY(m_database);
        m_variant = number(m_database,
            QStringLiteral("SELECT min(variant_id) FROM stock_levels WHERE location_id = 1 AND on_hand > 5"));
        QVERIFY(m_variant > 0);
    }

    void receiptAddsStockAndAMovement()
    {
        StockLedger ledger(m_database);
        const qint64 before = onHand(m_database, m_variant, 1);
        const qint64 movements = number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements"));
        auto id = ledger.record(
            m_variant, 1, 12, MovementReason::Receipt, QStringLiteral("Delivery note 4411"), QStringLiteral("PO-7"));
        QVERIFY2(id, qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(onHand(m_database, m_variant, 1), before + 12);
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements")), movements + 1);
        const auto history = ledger.history(m_variant, 1).value();
        QCOMPARE(history.first().id, *id);
        QCOMPARE(history.first().quantity, 12);
        QCOMPARE(history.first().reason, MovementReason::Receipt);
        QCOMPARE(history.first().reference, QStringLiteral("PO-7"));
        QCOMPARE(history.first().location, QStringLiteral("Entrepôt"));
        verifyConsistent(m_database);
    }

    void refusesWhatWouldBreakStock_data()
    {
        QTest::addColumn<qint64>("location");
        QTest::addColumn<qint64>("quantity");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero") << qint64(1) << qint64(0) << int(MovementReason::Receipt) << QString() << "Quantity"
                              << "cannot be zero";
        QTest::newRow("below zero") << qint64(1) << qint64(-100000) << int(MovementReason::Sale) << QString()
                                    << "Quantity"
                                    << "in stock at Entrepôt: cannot remove 100000";
        QTest::newRow("adjustment without note")
            << qint64(1) << qint64(-1) << int(MovementReason::Adjustment) << QString("  ") << "Note"
            << "a note is required";
        QTest::newRow("damage without note")
            << qint64(1) << qint64(-1) << int(MovementReason::Damage) << QString() << "Note"
            << "a note is required";
        QTest::newRow("unknown location")
            << qint64(99) << qint64(1) << int(MovementReason::Receipt) << QString() << "location 99"
            << "does not exist";
        QTest::newRow("transfer as one movement")
            << qint64(1) << qint64(1) << int(MovementReason::Transfer) << QString() << "Reason"
            << "Use a transfer";
    }

    void refusesWhatWouldBreakStock()
    {
        QFETCH(qint64, location);
        QFETCH(qint64, quantity);
        QFETCH(int, reason);
        QFETCH(QString, note);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const qint64 movements = number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements"));
        const qint64 total
            = number(m_database, QStringLiteral("SELECT on_hand FROM variants WHERE id = %1").arg(m_variant));
        auto id = StockLedger(m_database).record(m_variant, location, quantity, MovementReason(reason), note);
        QVERIFY(!id);
        QCOMPARE(id.error().where, where);
        QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements")), movements);
        QCOMPARE(
            number(m_database, QStringLiteral("SELECT on_hand FROM variants WHERE id = %1").arg(m_variant)), total);
    }

    void unknownVariant()
    {
        auto id = StockLedger(m_database).record(999999, 1, 1, MovementReason::Receipt, {});
        QVERIFY(!id);
        QCOMPARE(id.error().code, Error::Code::NotFound);
    }

    void reservedStockIsProtected()
    {
        // A paid order holds all but 2 of the warehouse's stock.
        const qint64 stock = stockchecks::onHand(m_database, m_variant, 1);
        QVERIFY(stock > 2);
        QVERIFY(execute(m_database->connection(), QStringLiteral("UPDATE locations SET sells_online = 0 WHERE id <> 1"))
                    .ok());
        orders::Order order;
        order.status = orders::OrderStatus::Paid;
        orders::OrderLine line;
        line.variantId = m_variant;
        line.quantity = stock - 2;
        line.unitPrice = Money(100, Currency::euro());
        order.lines << line;
        orders::OrderBook book(m_database);
        auto placed = book.create(order);
        QVERIFY2(placed, qPrintable(placed ? QString() : placed.error().toString()));
        StockLedger ledger(m_database);
        auto refused = ledger.record(m_variant, 1, -3, MovementReason::Damage, QStringLiteral("Broken in the shop"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("reserved for orders: at most 2")),
            qPrintable(refused.error().message));
        QVERIFY(ledger.record(m_variant, 1, -2, MovementReason::Damage, QStringLiteral("Broken in the shop")));
        verifyConsistent(m_database);
        QVERIFY(book.cancel(*placed, QStringLiteral("test over")).ok());
        QVERIFY(execute(m_database->connection(), QStringLiteral("UPDATE locations SET sells_online = 1")).ok());
        verifyConsistent(m_database);
    }

    void countSetsTheQuantityFound()
    {
        StockLedger ledger(m_database);
        const qint64 before = onHand(m_database, m_variant, 1);
        auto difference = ledger.count(m_variant, 1, before + 4, QStringLiteral("Shelf A recount"));
        QCOMPARE(difference.value(), 4);
        QCOMPARE(onHand(m_database, m_variant, 1), before + 4);
        QCOMPARE(ledger.history(m_variant, 1).value().first().reason, MovementReason::Count);
        const qint64 movements = number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements"));
        QCOMPARE(ledger.count(m_variant, 1, before + 4).value(), 0); // the same count again changes nothing
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements")), movements);
        QVERIFY(!ledger.count(m_variant, 1, -1));
        verifyConsistent(m_database);
    }

    void transferMovesBetweenLocations()
    {
        StockLedger ledger(m_database);
        const qint64 warehouse = onHand(m_database, m_variant, 1), shop = onHand(m_database, m_variant, 2);
        const qint64 total
            = number(m_database, QStringLiteral("SELECT on_hand FROM variants WHERE id = %1").arg(m_variant));
        QVERIFY(ledger.transfer(m_variant, 1, 2, 3, QStringLiteral("For the window display")).ok());
        QCOMPARE(onHand(m_database, m_variant, 1), warehouse - 3);
        QCOMPARE(onHand(m_database, m_variant, 2), shop + 3);
        QCOMPARE(
            number(m_database, QStringLiteral("SELECT on_hand FROM variants WHERE id = %1").arg(m_variant)), total);
        const auto history = ledger.history(m_variant, 2).value();
        QCOMPARE(history[0].quantity + history[1].quantity, 0);
        QCOMPARE(history[0].reason, MovementReason::Transfer);

        // More than there is: refused, and neither half is written.
        const qint64 movements = number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements"));
        QVERIFY(!ledger.transfer(m_variant, 2, 1, 100000).ok());
        QVERIFY(!ledger.transfer(m_variant, 1, 1, 1).ok());
        QVERIFY(!ledger.transfer(m_variant, 1, 2, 0).ok());
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements")), movements);
        verifyConsistent(m_database);
    }

    void historyPagesNewestFirst()
    {
        StockLedger ledger(m_database);
        for (int i = 0; i < 5; ++i)
            QVERIFY(ledger.record(m_variant, 2, 1, MovementReason::Return, {}));
        const auto first = ledger.history(m_variant, 3).value();
        QCOMPARE(first.size(), 3);
        QVERIFY(first[0].id > first[1].id && first[1].id > first[2].id);
        const auto next = ledger.history(m_variant, 3, first.last().id).value();
        QVERIFY(!next.isEmpty());
        QVERIFY(next.first().id < first.last().id);
        const auto levels = ledger.levels(m_variant).value();
        QCOMPARE(levels.size(), 2);
        QCOMPARE(levels[1].location, QStringLiteral("Boutique"));
        QCOMPARE(levels[1].onHand, onHand(m_database, m_variant, 2));
    }

    void anotherWriterWaitsItsTurn()
    {
        // A second window (or program) holding the write lock: the change is refused with a clear
        // message once the wait runs out, and nothing is written.
        Database::Options options;
        options.busyTimeoutMs = 100;
        auto other = Database::open(m_shop.path(), options);
        QVERIFY(other);
        Database::Options shortWait;
        shortWait.busyTimeoutMs = 100;
        auto mine = Database::open(m_shop.path(), shortWait);
        QVERIFY(mine);
        Transaction holding((*other)->connection());
        QVERIFY(holding.isActive());
        auto refused = StockLedger(*mine).record(m_variant, 1, 1, MovementReason::Receipt, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Locked);
        holding.rollback();
        QVERIFY(StockLedger(*mine).record(m_variant, 1, 1, MovementReason::Receipt, {}));
    }
};

QTEST_GUILESS_MAIN(TestStockLedger)
#include "TestStockLedger.moc"
