#include "orders/OrderBook.h"
#include "orders/Packing.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/StockChecks.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::orders;
using inventory::MovementReason;

// The packing station's rules: the right item ticks its line off, a wrong item, an unknown code,
// another order's slip or one too many are refused with nothing changed; the order is packed once
// complete, or earlier with a reason kept in its history.
class TestPacking final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_mug = 0, m_bowl = 0, m_plate = 0;

    qint64 place(std::initializer_list<std::pair<qint64, qint64>> lines)
    {
        Order order;
        order.status = OrderStatus::Paid;
        order.customerName = QStringLiteral("Léa");
        for (const auto& [variant, quantity] : lines) {
            OrderLine line;
            line.variantId = variant;
            line.quantity = quantity;
            line.unitPrice = Money(1000, Currency::euro());
            order.lines << line;
        }
        return OrderBook(m_database).create(order).value();
    }

    OrderStatus statusOf(qint64 order) { return OrderBook(m_database).load(order).value().status; }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        m_mug = build.variant(QStringLiteral("MUG"), 0, 400, QStringLiteral("4006381333931"));
        m_bowl = build.variant(QStringLiteral("BOWL"), 0, 600);
        m_plate = build.variant(QStringLiteral("PLATE"), 0, 500);
        inventory::StockLedger ledger(m_database);
        for (qint64 v : {m_mug, m_bowl, m_plate})
            QVERIFY(ledger.record(v, 1, 20, MovementReason::Receipt, {}).ok());
    }

    void cleanup() { stockchecks::verifyConsistent(m_database); }

    void scanningTicksOffAndRefusesLoudly()
    {
        const qint64 order = place({{m_mug, 2}, {m_bowl, 1}});
        const qint64 other = place({{m_plate, 1}});
        Packing packing(m_database);
        QCOMPARE(packing.itemsLeft(order).value(), 3);

        auto first = packing.scan(order, QStringLiteral("4006381333931"));
        QVERIFY(first);
        QCOMPARE(first->sku, QStringLiteral("MUG"));
        QCOMPARE(first->packed, 1);
        QCOMPARE(first->itemsLeft, 2);
        QCOMPARE(first->outcome, PackResult::Outcome::Counted);
        QCOMPARE(statusOf(order), OrderStatus::Preparing); // the first item starts the preparation

        auto wrong = packing.scan(order, QStringLiteral("PLATE"));
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(QStringLiteral("Wrong item: PLATE")));
        auto unknown = packing.scan(order, QStringLiteral("999999"));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QStringLiteral("Unknown code")));
        auto slip = packing.scan(order, QStringLiteral("C-1002"));
        QVERIFY(!slip);
        QVERIFY(slip.error().message.contains(QStringLiteral("slip of order C-1002")));
        QCOMPARE(packing.itemsLeft(order).value(), 2);

        QVERIFY(packing.scan(order, QStringLiteral("mug"))); // a SKU typed in any case
        auto extra = packing.scan(order, QStringLiteral("MUG"));
        QVERIFY(!extra);
        QVERIFY(extra.error().message.contains(QStringLiteral("One too many")));
        QCOMPARE(packing.itemsLeft(order).value(), 1);

        // Not complete: refused without a reason.
        const auto early = packing.finish(order);
        QVERIFY(!early.ok());
        QVERIFY(early.error().message.contains(QStringLiteral("1 item")));
        QCOMPARE(statusOf(order), OrderStatus::Preparing);

        auto last = packing.scan(order, QStringLiteral("BOWL"));
        QVERIFY(last);
        QCOMPARE(last->outcome, PackResult::Outcome::OrderComplete);
        QVERIFY(packing.finish(order).ok());
        QCOMPARE(statusOf(order), OrderStatus::Packed);
        const auto history = OrderBook(m_database).history(order).value();
        QCOMPARE(history.last().to, OrderStatus::Packed);
        QVERIFY(history.last().note.contains(QStringLiteral("3 item")));
        QCOMPARE(statusOf(other), OrderStatus::Paid);
    }

    void undoAndOverride()
    {
        const qint64 order = place({{m_plate, 2}});
        Packing packing(m_database);
        auto scanned = packing.scan(order, QStringLiteral("PLATE"));
        QVERIFY(scanned);
        QVERIFY(packing.count(order, scanned->lineId, -1));
        QVERIFY(!packing.count(order, scanned->lineId, -1)); // nothing left to undo
        QVERIFY(packing.count(order, scanned->lineId, +1));
        QVERIFY(packing.finish(order, QStringLiteral("second plate broken, sent later")).ok());
        QCOMPARE(statusOf(order), OrderStatus::Packed);
        QVERIFY(OrderBook(m_database).history(order).value().last().note.contains(QStringLiteral("sent later")));
    }

    void onlyOrdersToPrepareArePacked()
    {
        const qint64 order = place({{m_bowl, 1}});
        QVERIFY(OrderBook(m_database).hold(order, QStringLiteral("address")).ok());
        auto held = Packing(m_database).scan(order, QStringLiteral("BOWL"));
        QVERIFY(!held);
        QVERIFY(held.error().message.contains(QStringLiteral("on hold")));
        QVERIFY(OrderBook(m_database).release(order).ok());
        QVERIFY(OrderBook(m_database).ship(order).ok());
        QVERIFY(!Packing(m_database).scan(order, QStringLiteral("BOWL")));
        QCOMPARE(storage::scalar(m_database->connection(),
                     QStringLiteral("SELECT packed_quantity FROM order_lines WHERE order_id = ?"), {order})
                     .value()
                     .toLongLong(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestPacking)
#include "TestPacking.moc"
