#include "orders/OrderBook.h"
#include "storage/Sql.h"
#include "support/ShopBuilder.h"
#include "support/StockChecks.h"
#include "support/TempShop.h"

#include <QTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::orders;
using namespace comptoir::storage;
using inventory::MovementReason;
using stockchecks::number;
using stockchecks::onHand;

Q_DECLARE_METATYPE(comptoir::orders::OrderStatus)

// The order lifecycle against the stock ledger: paying reserves, shipping deducts, cancelling
// releases, a counter sale takes stock at once; every illegal move and bad order is refused with
// nothing written.
class TestOrderBook final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempShop> m_shop;
    FixedClock m_clock {QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC)};
    DatabasePtr m_database;
    qint64 m_mug = 0; // 5 in the warehouse (1), 2 at the counter (2)
    qint64 m_bowl = 0; // 1 in the warehouse
    qint64 m_plate = 0; // none

    qint64 reserved(qint64 variant, qint64 location)
    {
        return number(m_database,
            QStringLiteral("SELECT coalesce((SELECT reserved FROM stock_levels WHERE variant_id = %1 AND "
                           "location_id = %2), 0)")
                .arg(variant)
                .arg(location));
    }

    qint64 movements() { return number(m_database, QStringLiteral("SELECT count(*) FROM stock_movements")); }

    Order draft(std::initializer_list<std::pair<qint64, qint64>> lines, OrderStatus status = OrderStatus::Paid)
    {
        Order order;
        order.channel = Channel::Phone;
        order.status = status;
        order.customerName = QStringLiteral("Léa Martin");
        order.email = QStringLiteral("lea@example.fr");
        order.shipTo.name = QStringLiteral("Léa Martin");
        order.shipTo.address1 = QStringLiteral("3 rue des Lilas");
        order.shipTo.postcode = QStringLiteral("69003");
        order.shipTo.city = QStringLiteral("Lyon");
        order.shipping = Money(490, Currency::euro());
        for (const auto& [variant, quantity] : lines) {
            OrderLine line;
            line.variantId = variant;
            line.quantity = quantity;
            line.unitPrice = Money(1250, Currency::euro());
            order.lines << line;
        }
        return order;
    }

    qint64 place(std::initializer_list<std::pair<qint64, qint64>> lines, OrderStatus status = OrderStatus::Paid)
    {
        auto id = OrderBook(m_database).create(draft(lines, status));
        if (!id)
            qWarning("%s", qPrintable(id.error().toString()));
        return id ? *id : 0;
    }

    OrderStatus statusOf(qint64 order) { return OrderBook(m_database).load(order).value().status; }

private Q_SLOTS:
    void init()
    {
        m_database.reset();
        m_shop = std::make_unique<TempShop>();
        m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
        m_database = ShopBuilder::openEmpty(*m_shop, m_clock);
        QVERIFY(m_database);
        ShopBuilder shop(m_database, m_clock);
        m_mug = shop.variant(QStringLiteral("MUG"), 0, 400, QStringLiteral("4006381333931"));
        m_bowl = shop.variant(QStringLiteral("BOWL"), 0, 600);
        m_plate = shop.variant(QStringLiteral("PLATE"), 0, 500);
        inventory::StockLedger ledger(m_database);
        QVERIFY(ledger.record(m_mug, 1, 5, MovementReason::Receipt, {}).ok());
        QVERIFY(ledger.record(m_mug, 2, 2, MovementReason::Receipt, {}).ok());
        QVERIFY(ledger.record(m_bowl, 1, 1, MovementReason::Receipt, {}).ok());
    }

    void cleanup() { stockchecks::verifyConsistent(m_database); }

    void everyMoveIsLegalOrRefused_data()
    {
        QTest::addColumn<OrderStatus>("from");
        QTest::addColumn<OrderStatus>("to");
        QTest::addColumn<bool>("legal");
        using S = OrderStatus;
        const QHash<S, QList<S>> legal = {
            {S::New, {S::Paid, S::OnHold, S::Cancelled}},
            {S::Paid, {S::Preparing, S::Packed, S::Shipped, S::OnHold, S::Cancelled}},
            {S::Preparing, {S::Paid, S::Packed, S::Shipped, S::OnHold, S::Cancelled}},
            {S::Packed, {S::Preparing, S::Shipped, S::OnHold, S::Cancelled}},
            {S::Shipped, {S::Delivered}},
            {S::Delivered, {}},
            {S::Cancelled, {}},
            {S::Returned, {}},
        };
        for (S from : legal.keys())
            for (S to : allStatuses())
                QTest::addRow("%s→%s", qPrintable(statusKey(from)), qPrintable(statusKey(to)))
                    << from << to << legal.value(from).contains(to);
    }

    // Drives a real order to `from` through legal steps, then tries `to`.
    void everyMoveIsLegalOrRefused()
    {
        QFETCH(OrderStatus, from);
        QFETCH(OrderStatus, to);
        QFETCH(bool, legal);
        QCOMPARE(isLegalMove(from, to, OrderStatus::New), legal);

        OrderBook book(m_database);
        const qint64 order = place({{m_mug, 1}}, OrderStatus::New);
        QVERIFY(order);
        using S = OrderStatus;
        const QHash<S, QList<S>> path = {
            {S::New, {}},
            {S::Paid, {S::Paid}},
            {S::Preparing, {S::Paid, S::Preparing}},
            {S::Packed, {S::Paid, S::Packed}},
            {S::Shipped, {S::Paid, S::Shipped}},
            {S::Delivered, {S::Paid, S::Shipped, S::Delivered}},
            {S::Cancelled, {S::Cancelled}},
        };
        if (from == S::Returned) {
            QVERIFY(!book.changeStatus(order, S::Returned).ok()); // only a return makes an order returned
            return;
        }
        for (S step : path.value(from))
            QVERIFY2(book.changeStatus(order, step, QStringLiteral("step")).ok(), qPrintable(statusKey(step)));
        QCOMPARE(statusOf(order), from);
        const qint64 before = movements();
        const auto moved = book.changeStatus(order, to, QStringLiteral("why"));
        if (to == S::Returned) {
            QVERIFY(!moved.ok());
            return;
        }
        QCOMPARE(moved.ok(), legal);
        if (legal) {
            QCOMPARE(statusOf(order), to);
        } else {
            QCOMPARE(statusOf(order), from);
            QCOMPARE(movements(), before);
            QVERIFY(moved.error().message.contains(QStringLiteral("C-1001")));
        }
    }

    void payingReservesInTheWarehouseFirst()
    {
        const qint64 order = place({{m_mug, 6}});
        QVERIFY(order);
        QCOMPARE(reserved(m_mug, 1), 5);
        QCOMPARE(reserved(m_mug, 2), 1); // the counter's stock sells online too
        const Order loaded = OrderBook(m_database).load(order).value();
        QCOMPARE(loaded.lines.first().reserved, 6);
        QCOMPARE(loaded.shortItems, 0);
        QCOMPARE(onHand(m_database, m_mug, 1), 5); // nothing left the shelf yet
        QCOMPARE(movements(), 3);
    }

    void aShortOrderIsAProblemUntilStockArrives()
    {
        const qint64 order = place({{m_bowl, 3}, {m_plate, 1}});
        QVERIFY(order);
        OrderBook book(m_database);
        QCOMPARE(book.load(order).value().shortItems, 3); // 2 bowls and a plate missing
        QCOMPARE(reserved(m_bowl, 1), 1);

        const auto refused = book.ship(order);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("2 × BOWL")));
        QVERIFY(refused.error().message.contains(QStringLiteral("1 × PLATE")));
        QCOMPARE(statusOf(order), OrderStatus::Paid);
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM shipments")), 0);

        inventory::StockLedger ledger(m_database);
        QVERIFY(ledger.record(m_bowl, 1, 4, MovementReason::Receipt, {}).ok());
        QVERIFY(ledger.record(m_plate, 1, 1, MovementReason::Receipt, {}).ok());
        QCOMPARE(book.reserveAgain(order).value(), 0);
        QCOMPARE(reserved(m_bowl, 1), 3);
        QCOMPARE(book.load(order).value().shortItems, 0);
    }

    void stockKeptForTheCounterIsNotReservedOnline()
    {
        QVERIFY(execute(m_database->connection(), QStringLiteral("UPDATE locations SET sells_online = 0 WHERE id = 2"))
                    .ok());
        const qint64 order = place({{m_mug, 7}});
        QCOMPARE(reserved(m_mug, 1), 5);
        QCOMPARE(reserved(m_mug, 2), 0);
        QCOMPARE(OrderBook(m_database).load(order).value().shortItems, 2);
    }

    void shippingTurnsReservationsIntoSales()
    {
        const qint64 order = place({{m_mug, 2}, {m_bowl, 1}});
        OrderBook book(m_database);
        Shipment parcel;
        parcel.carrier = QStringLiteral("Colissimo");
        parcel.trackingNumber = QStringLiteral("6A12345678901");
        QVERIFY(book.ship(order, parcel).ok());
        QCOMPARE(statusOf(order), OrderStatus::Shipped);
        QCOMPARE(onHand(m_database, m_mug, 1), 3);
        QCOMPARE(onHand(m_database, m_bowl, 1), 0);
        QCOMPARE(reserved(m_mug, 1), 0);
        QCOMPARE(number(m_database,
                     QStringLiteral("SELECT sum(quantity) FROM stock_movements WHERE reason = 'sale' AND "
                                    "reference = 'C-1001'")),
            -3);
        const auto parcels = book.shipments(order).value();
        QCOMPARE(parcels.size(), 1);
        QCOMPARE(parcels.first().trackingNumber, QStringLiteral("6A12345678901"));
        QVERIFY(book.load(order).value().shippedAt.isValid());

        // Shipping it again is refused and takes nothing more.
        const qint64 before = movements();
        QVERIFY(!book.ship(order).ok());
        QVERIFY(!book.cancel(order, {}).ok());
        QCOMPARE(movements(), before);
    }

    void twoWindowsNeverDeductTwice()
    {
        const qint64 order = place({{m_mug, 2}});
        OrderBook first(m_database), second(m_database);
        QVERIFY(first.ship(order).ok());
        const auto again = second.ship(order);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("shipped")));
        QCOMPARE(onHand(m_database, m_mug, 1), 3);
    }

    void cancellingReleasesTheStock()
    {
        const qint64 order = place({{m_mug, 3}});
        QCOMPARE(reserved(m_mug, 1), 3);
        QVERIFY(OrderBook(m_database).cancel(order, QStringLiteral("customer changed their mind")).ok());
        QCOMPARE(reserved(m_mug, 1), 0);
        QCOMPARE(onHand(m_database, m_mug, 1), 5);
        const Order loaded = OrderBook(m_database).load(order).value();
        QCOMPARE(loaded.status, OrderStatus::Cancelled);
        QVERIFY(loaded.cancelledAt.isValid());
    }

    void holdKeepsTheStockAndReleaseGoesBack()
    {
        OrderBook book(m_database);
        const qint64 order = place({{m_mug, 2}});
        QVERIFY(book.changeStatus(order, OrderStatus::Preparing).ok());
        QVERIFY(book.hold(order, QStringLiteral("address to check")).ok());
        Order held = book.load(order).value();
        QCOMPARE(held.status, OrderStatus::OnHold);
        QCOMPARE(held.heldFrom, OrderStatus::Preparing);
        QCOMPARE(held.holdReason, QStringLiteral("address to check"));
        QCOMPARE(reserved(m_mug, 1), 2);
        QVERIFY(!book.ship(order).ok());
        QVERIFY(!book.changeStatus(order, OrderStatus::Packed).ok());
        QCOMPARE(OrderBook::nextStatuses(held), (QList<OrderStatus> {OrderStatus::Preparing, OrderStatus::Cancelled}));
        QVERIFY(book.release(order).ok());
        QCOMPARE(statusOf(order), OrderStatus::Preparing);
        QCOMPARE(reserved(m_mug, 1), 2);

        // An unpaid order held holds nothing, and goes back to new.
        const qint64 unpaid = place({{m_bowl, 1}}, OrderStatus::New);
        QVERIFY(book.hold(unpaid, {}).ok());
        QCOMPARE(reserved(m_bowl, 1), 0);
        QVERIFY(book.changeStatus(unpaid, OrderStatus::New).ok());
        QCOMPARE(statusOf(unpaid), OrderStatus::New);
    }

    void aCounterSaleTakesStockAtOnce()
    {
        Order sale = draft({{m_mug, 3}});
        sale.shipping = Money(0, Currency::euro());
        auto id = OrderBook(m_database).sellAtCounter(sale);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
        const Order loaded = OrderBook(m_database).load(*id).value();
        QCOMPARE(loaded.status, OrderStatus::Delivered);
        QCOMPARE(loaded.channel, Channel::Counter);
        QCOMPARE(onHand(m_database, m_mug, 2), 0); // the counter's shelf first
        QCOMPARE(onHand(m_database, m_mug, 1), 4); // then the warehouse
        QCOMPARE(reserved(m_mug, 1), 0);
    }

    void aCounterSaleBeyondTheStockIsRefused()
    {
        const qint64 order = place({{m_mug, 5}}); // reserves 5 of 7
        QVERIFY(order);
        const qint64 before = movements();
        const qint64 orders = number(m_database, QStringLiteral("SELECT count(*) FROM orders"));
        auto refused = OrderBook(m_database).sellAtCounter(draft({{m_mug, 3}}));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("Only 2 of MUG")));
        QCOMPARE(movements(), before);
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM orders")), orders);
    }

    void editingMovesTheReservations()
    {
        OrderBook book(m_database);
        const qint64 id = place({{m_mug, 1}, {m_bowl, 1}});
        Order order = book.load(id).value();
        order.lines[0].quantity = 4;
        order.lines.removeAt(1);
        OrderLine extra;
        extra.title = QStringLiteral("Gift wrapping");
        extra.quantity = 1;
        extra.unitPrice = Money(300, Currency::euro());
        order.lines << extra;
        order.shipTo.city = QStringLiteral("Villeurbanne");
        QVERIFY(book.save(order).ok());
        const Order saved = book.load(id).value();
        QCOMPARE(saved.lines.size(), 2);
        QCOMPARE(saved.lines[0].id, order.lines[0].id);
        QCOMPARE(saved.lines[0].reserved, 4);
        QCOMPARE(saved.shipTo.city, QStringLiteral("Villeurbanne"));
        QCOMPARE(reserved(m_bowl, 1), 0);
        QCOMPARE(reserved(m_mug, 1), 4);
        QCOMPARE(saved.total().minorUnits(), 4 * 1250 + 300 + 490);

        // The copy another window still holds is refused.
        const auto stale = book.save(order);
        QVERIFY(!stale.ok());
        QVERIFY(stale.error().message.contains(QStringLiteral("another window")));

        QVERIFY(book.ship(id).ok());
        Order shipped = book.load(id).value();
        shipped.note = QStringLiteral("too late");
        QVERIFY(!book.save(shipped).ok());
    }

    void badOrdersAreRefusedWithNothingWritten()
    {
        OrderBook book(m_database);
        Order empty = draft({});
        QVERIFY(!book.create(empty));
        Order badEmail = draft({{m_mug, 1}});
        badEmail.email = QStringLiteral("lea.martin@gmail");
        auto refused = book.create(badEmail);
        QVERIFY(!refused);
        QCOMPARE(refused.error().where, QStringLiteral("E-mail"));
        for (const char* address : {"lea@example.fr", " lea.martin@mail.example.fr "})
            QVERIFY2(OrderBook::isEmailAddress(QString::fromLatin1(address)), address);
        for (const char* address : {"lea.martin@gmail", "@example.fr", "lea@.fr", "lea@example.", "lea @example.fr"})
            QVERIFY2(!OrderBook::isEmailAddress(QString::fromLatin1(address)), address);
        Order negative = draft({{m_mug, 1}});
        negative.lines[0].unitPrice = Money(-1, Currency::euro());
        QVERIFY(!book.create(negative));
        Order missing = draft({{999, 1}});
        refused = book.create(missing);
        QVERIFY(!refused);
        QCOMPARE(refused.error().where, QStringLiteral("Line 1"));
        Order shipped = draft({{m_mug, 1}}, OrderStatus::Shipped);
        QVERIFY(!book.create(shipped));
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM orders")), 0);
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM order_lines")), 0);

        Order numbered = draft({{m_mug, 1}});
        numbered.number = QStringLiteral("#5000");
        QVERIFY(book.create(numbered));
        QVERIFY(!book.create(numbered));
        QCOMPARE(book.idForNumber(QStringLiteral("5000")).value(), book.idForNumber(QStringLiteral("#5000")).value());
        QCOMPARE(book.idForNumber(QStringLiteral("404")).value(), 0);
    }

    void historyTellsWhoDidWhat()
    {
        OrderBook book(m_database);
        const qint64 order = place({{m_mug, 1}}, OrderStatus::New);
        m_clock.set(m_clock.now().addSecs(60));
        QVERIFY(book.changeStatus(order, OrderStatus::Paid).ok());
        m_clock.set(m_clock.now().addSecs(60));
        QVERIFY(book.addNote(order, QStringLiteral("Wants it before Friday")).ok());
        QVERIFY(!book.addNote(order, QStringLiteral("  ")).ok());
        m_clock.set(m_clock.now().addSecs(60));
        QVERIFY(book.ship(order).ok());
        const auto events = book.history(order).value();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events[0].kind, EventKind::Created);
        QCOMPARE(events[1].to, OrderStatus::Paid);
        QCOMPARE(events[2].note, QStringLiteral("Wants it before Friday"));
        QCOMPARE(events[3].to, OrderStatus::Shipped);
        QCOMPARE(events[3].from, OrderStatus::Paid);
        QVERIFY(!events[3].user.isEmpty());

        // An order from before the history was kept tells its story by its dates.
        QVERIFY(execute(m_database->connection(),
            QStringLiteral("INSERT INTO orders (number, channel, status, placed_at, paid_at, shipped_at, updated_at) "
                           "VALUES ('#1', 'website', 'shipped', 100, 200, 300, 300)"))
                    .ok());
        const auto old = book.history(book.idForNumber(QStringLiteral("#1")).value()).value();
        QCOMPARE(old.size(), 3);
        QCOMPARE(old[0].kind, EventKind::Created);
        QCOMPARE(old[2].to, OrderStatus::Shipped);
    }

    // An import writes orders that already went further, several in one transaction.
    void ordersCreatedFurtherAlong()
    {
        OrderBook book(m_database);
        {
            Transaction transaction(m_database->connection());
            Order shipped = draft({{m_mug, 2}}, OrderStatus::Shipped);
            shipped.number = QStringLiteral("#2001");
            shipped.shippedAt = QDateTime(QDate(2026, 3, 1), QTime(15, 0), Qt::UTC);
            QVERIFY(book.createWithin(transaction, shipped));
            Order cancelled = draft({{m_bowl, 1}}, OrderStatus::Cancelled);
            cancelled.number = QStringLiteral("#2002");
            cancelled.cancelledAt = QDateTime(QDate(2026, 2, 20), QTime(9, 30), Qt::UTC);
            QVERIFY(book.createWithin(transaction, cancelled));
            Order delivered = draft({{m_mug, 1}}, OrderStatus::Delivered);
            delivered.number = QStringLiteral("#2003");
            delivered.deliveredAt = QDateTime(QDate(2026, 2, 27), QTime(11, 0), Qt::UTC);
            QVERIFY(book.createWithin(transaction, delivered));
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(onHand(m_database, m_mug, 1), 2);
        QCOMPARE(reserved(m_mug, 1), 0);
        QCOMPARE(reserved(m_bowl, 1), 0);
        const Order shipped = book.load(book.idForNumber(QStringLiteral("#2001")).value()).value();
        QCOMPARE(shipped.status, OrderStatus::Shipped);
        QCOMPARE(shipped.shippedAt, QDateTime(QDate(2026, 3, 1), QTime(15, 0), Qt::UTC));
        // The dates the orders came with are theirs, not the day they were entered.
        const Order cancelled = book.load(book.idForNumber(QStringLiteral("#2002")).value()).value();
        QCOMPARE(cancelled.status, OrderStatus::Cancelled);
        QCOMPARE(cancelled.cancelledAt, QDateTime(QDate(2026, 2, 20), QTime(9, 30), Qt::UTC));
        const Order delivered = book.load(book.idForNumber(QStringLiteral("#2003")).value()).value();
        QCOMPARE(delivered.status, OrderStatus::Delivered);
        QCOMPARE(delivered.deliveredAt, QDateTime(QDate(2026, 2, 27), QTime(11, 0), Qt::UTC));
        QCOMPARE(delivered.shippedAt, m_clock.now()); // none given: the day it was entered

        // All or nothing: one order lacking stock rolls the whole batch back.
        const qint64 orders = number(m_database, QStringLiteral("SELECT count(*) FROM orders"));
        {
            Transaction transaction(m_database->connection());
            Order fine = draft({{m_mug, 1}}, OrderStatus::Paid);
            QVERIFY(book.createWithin(transaction, fine));
            Order impossible = draft({{m_plate, 1}}, OrderStatus::Shipped);
            QVERIFY(!book.createWithin(transaction, impossible));
        }
        QCOMPARE(number(m_database, QStringLiteral("SELECT count(*) FROM orders")), orders);
        QCOMPARE(reserved(m_mug, 1), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderBook)
#include "TestOrderBook.moc"
