#include "orders/OrderBook.h"
#include "orders/Returns.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/StockChecks.h"
#include "support/TempShop.h"

#include <QTest>

using namespace comptoir;
using namespace comptoir::orders;
using inventory::MovementReason;
using stockchecks::number;
using stockchecks::onHand;

// Returns: only shipped items come back, never more than shipped; receiving restocks or writes off
// in the ledger with the refund; the order is "returned" once everything came back.
class TestReturns final : public QObject
{
    Q_OBJECT

private:
    TempShop m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC)};
    storage::DatabasePtr m_database;
    qint64 m_shirt = 0, m_mug = 0;

    qint64 shippedOrder()
    {
        Order order;
        order.status = OrderStatus::Paid;
        order.customerName = QStringLiteral("Léa");
        for (auto [variant, quantity] : {std::pair {m_shirt, qint64(2)}, std::pair {m_mug, qint64(1)}}) {
            OrderLine line;
            line.variantId = variant;
            line.quantity = quantity;
            line.unitPrice = Money(2500, Currency::euro());
            order.lines << line;
        }
        OrderBook book(m_database);
        const qint64 id = book.create(order).value();
        if (!book.ship(id).ok())
            return 0;
        return id;
    }

    QList<ReturnLine> linesOf(qint64 order, std::initializer_list<std::pair<int, qint64>> quantities, ReturnReason why)
    {
        const Order loaded = OrderBook(m_database).load(order).value();
        QList<ReturnLine> lines;
        for (const auto& [index, quantity] : quantities) {
            ReturnLine line;
            line.orderLineId = loaded.lines[index].id;
            line.sku = loaded.lines[index].sku;
            line.quantity = quantity;
            line.reason = why;
            lines << line;
        }
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_database = ShopBuilder::openEmpty(m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder build(m_database, m_clock);
        m_shirt = build.variant(QStringLiteral("SHIRT-M"), 0, 1000);
        m_mug = build.variant(QStringLiteral("MUG"), 0, 400);
        inventory::StockLedger ledger(m_database);
        QVERIFY(ledger.record(m_shirt, 1, 10, MovementReason::Receipt, {}).ok());
        QVERIFY(ledger.record(m_mug, 1, 10, MovementReason::Receipt, {}).ok());
    }

    void cleanup() { stockchecks::verifyConsistent(m_database); }

    void restockAndWriteOff()
    {
        const qint64 order = shippedOrder();
        QVERIFY(order);
        QCOMPARE(onHand(m_database, m_shirt, 1), 8);
        Returns returns(m_database);
        auto opened = returns.open(order, linesOf(order, {{0, 2}}, ReturnReason::TooSmall), QStringLiteral("by post"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        Return r = returns.load(*opened).value();
        QCOMPARE(r.number, QStringLiteral("R-1001"));
        for (const char* typed : {"R-1001", " r-1001 ", "1001"})
            QCOMPARE(returns.idForNumber(QString::fromLatin1(typed)).value(), *opened);
        QCOMPARE(returns.idForNumber(QStringLiteral("R-9999")).value(), 0);
        QCOMPARE(returns.idForNumber(QString()).value(), 0);
        QCOMPARE(r.status, ReturnStatus::Open);
        QCOMPARE(r.itemCount(), 2);
        QCOMPARE(returns.returnable(order).value().value(r.lines[0].orderLineId), 0);
        QCOMPARE(onHand(m_database, m_shirt, 1), 8); // nothing back until received

        // Both shirts are fine: back on the warehouse's shelf, with the refund.
        QVERIFY(returns.receive(*opened, {{r.lines[0].id, ReturnDecision::Restock, 1}}, Money(5000, Currency::euro()))
                    .ok());
        QCOMPARE(onHand(m_database, m_shirt, 1), 10);
        r = returns.load(*opened).value();
        QCOMPARE(r.status, ReturnStatus::Received);
        QCOMPARE(r.refund.minorUnits(), 5000);
        QCOMPARE(r.lines[0].decision, std::optional<ReturnDecision>(ReturnDecision::Restock));
        QCOMPARE(OrderBook(m_database).load(order).value().status, OrderStatus::Shipped); // the mug is still out
        QVERIFY(!returns.receive(*opened, {}, Money(0, Currency::euro())).ok()); // once only

        // The mug comes back broken: back in and written off, both in the ledger; the order is returned.
        auto broken = returns.open(order, linesOf(order, {{1, 1}}, ReturnReason::Damaged));
        QVERIFY(broken);
        const Return second = returns.load(*broken).value();
        QVERIFY(
            returns.receive(*broken, {{second.lines[0].id, ReturnDecision::WriteOff, 1}}, Money(0, Currency::euro()))
                .ok());
        QCOMPARE(onHand(m_database, m_mug, 1), 9);
        QCOMPARE(number(m_database,
                     QStringLiteral("SELECT count(*) FROM stock_movements WHERE reference = 'R-1002' AND reason IN "
                                    "('return', 'damage')")),
            2);
        QCOMPARE(OrderBook(m_database).load(order).value().status, OrderStatus::Returned);
        const auto history = OrderBook(m_database).history(order).value();
        QCOMPARE(history.last().to, OrderStatus::Returned);
        QVERIFY(returns.close(*opened).ok());
        QCOMPARE(returns.list(ReturnStatus::Closed).value().size(), 1);
        QCOMPARE(returns.forOrder(order).value().size(), 2);
    }

    void refusals()
    {
        Returns returns(m_database);
        // Not shipped: nothing can come back.
        Order open;
        open.status = OrderStatus::Paid;
        OrderLine line;
        line.variantId = m_mug;
        line.quantity = 1;
        line.unitPrice = Money(100, Currency::euro());
        open.lines << line;
        const qint64 paid = OrderBook(m_database).create(open).value();
        auto notShipped = returns.open(paid, linesOf(paid, {{0, 1}}, ReturnReason::ChangedMind));
        QVERIFY(!notShipped);
        QVERIFY(notShipped.error().message.contains(QStringLiteral("not left the shop")));

        const qint64 order = shippedOrder();
        auto tooMany = returns.open(order, linesOf(order, {{0, 3}}, ReturnReason::TooLarge));
        QVERIFY(!tooMany);
        QVERIFY(tooMany.error().message.contains(QStringLiteral("Only 2 of SHIRT-M")));
        QVERIFY(!returns.open(order, linesOf(order, {{0, 0}}, ReturnReason::TooLarge)));
        const qint64 returnsBefore = number(m_database, QStringLiteral("SELECT count(*) FROM returns"));
        auto first = returns.open(order, linesOf(order, {{0, 2}}, ReturnReason::TooLarge));
        QVERIFY(first);
        QVERIFY(!returns.open(order, linesOf(order, {{0, 1}}, ReturnReason::TooLarge))); // all already coming back
        // A refund above what was paid is refused, nothing written.
        const qint64 movements = number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements"));
        QVERIFY(!returns.receive(*first, {}, Money(999999, Currency::euro())).ok());
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements")), movements);
        QVERIFY(!returns.close(*first).ok()); // not received yet
        QVERIFY(returns.cancel(*first).ok());
        QList<qint64> left = returns.returnable(order).value().values();
        std::sort(left.begin(), left.end());
        QCOMPARE(left, (QList<qint64> {1, 2})); // a cancelled return gives its items back
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM returns")), returnsBefore + 1);
    }
};

QTEST_GUILESS_MAIN(TestReturns)
#include "TestReturns.moc"
