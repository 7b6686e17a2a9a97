#pragma once

#include "common/Result.h"
#include "orders/Order.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QList>
#include <QString>

#include <functional>

namespace comptoir::orders {

// The order lifecycle, with its stock: new → paid → preparing → packed → shipped → delivered, plus
// on hold (back to where it was), cancelled and returned. Paying reserves stock line by line in
// the locations that sell online; shipping turns the reservations into sale movements; cancelling
// lets them go; a counter sale takes its stock at once. Each change is one transaction that reads
// the order's current status first, so two windows acting on one order never both succeed, and
// each lands in the order's history with who made it.
class OrderBook final
{
public:
    explicit OrderBook(storage::DatabasePtr database);

    Result<Order> load(qint64 orderId) const;
    // The order with this number ("1001" also finds "#1001"); 0 when there is none.
    Result<qint64> idForNumber(const QString& number) const;
    // Oldest first: the order's events, led by what its dates tell for orders older than the history.
    Result<QList<OrderEvent>> history(qint64 orderId) const;
    Result<QList<Shipment>> shipments(qint64 orderId) const;

    // The statuses a user can move this order to from where it stands.
    static QList<OrderStatus> nextStatuses(const Order& order);
    // Whether an order's e-mail (trimmed, not empty) looks like an address: name@domain.tld.
    static bool isEmailAddress(const QString& email);

    // A manual order (phone, e-mail) as `order.status` says: New, or Paid (reserves its stock).
    // Returns its id; the number is given when empty.
    Result<qint64> create(Order order);
    // create() in the caller's transaction (an import of many orders, all or nothing). Also takes
    // orders that already went further: Cancelled, Shipped and Delivered (their stock is deducted
    // with sale movements at `shippedAt`, refused when it is not there). Their `cancelledAt` and
    // `deliveredAt`, when given, are kept as their dates.
    Result<qint64> createWithin(const storage::Transaction& transaction, Order order);
    // A sale at the shop counter: paid and handed over at once, its stock taken from the counter's
    // location first, then from the others. Refused when the stock is not there.
    Result<qint64> sellAtCounter(Order order);
    // Saves an edited order (lines, addresses, notes, shipping) made from `order.version`; refused
    // once shipped, or when someone else changed the order meanwhile. Reservations follow the lines.
    Status save(const Order& order);

    // Paid, Preparing, Packed, Delivered and back steps; Shipped, OnHold and Cancelled go through
    // ship(), hold() and cancel() (which this calls with an empty note). Illegal moves are refused.
    Status changeStatus(qint64 orderId, OrderStatus to, const QString& note = {});
    Status hold(qint64 orderId, const QString& reason);
    Status release(qint64 orderId);
    Status cancel(qint64 orderId, const QString& reason);
    // Deducts the stock (sale movements from the reservations, topped up from available stock first)
    // and records the parcel. Refused, with nothing written, when any line lacks stock.
    Status ship(qint64 orderId, const Shipment& shipment = {});
    // ship() in the caller's transaction (a file of tracking numbers, all or nothing).
    Status shipWithin(const storage::Transaction& transaction, qint64 orderId, const Shipment& shipment);
    // Another parcel of an order already shipped (a split shipment): no stock moves, the parcel is
    // noted in the order's history. Returns the parcel's id.
    Result<qint64> addParcelWithin(const storage::Transaction& transaction, qint64 orderId, const Shipment& shipment);
    // Tries again to reserve what an open order still lacks (after a delivery). Returns how many
    // items are still short.
    Result<qint64> reserveAgain(qint64 orderId);
    Status addNote(qint64 orderId, const QString& note);

    // For services that change an order with their own rows (returns), in their transaction: a line
    // in the order's history, and the move of a shipped or delivered order to "returned".
    Status logEventWithin(const storage::Transaction& transaction, qint64 orderId, EventKind kind, const QString& note);
    Status markReturnedWithin(const storage::Transaction& transaction, qint64 orderId, const QString& note);
    // The carrier delivered the order's parcel (tracking): a shipped order moves to delivered on that
    // day; an order in any other status stays as it is. Returns whether it moved.
    Result<bool> markDeliveredWithin(
        const storage::Transaction& transaction, qint64 orderId, const QDateTime& at, const QString& note);

    // The location counter sales take their stock from (settings: stock.counter_location).
    Result<qint64> counterLocation() const;

private:
    struct Current;
    Result<Current> current(qint64 orderId) const;
    // Reads the order in a write transaction, runs `step` on it, commits when the step succeeds.
    Status onOrder(qint64 orderId, const std::function<Status(const storage::Transaction&, const Current&)>& step);
    Result<qint64> insertParcel(qint64 orderId, const Shipment& shipment, qint64 shippedAt);
    Status checkLines(Order& order) const;
    Status insertLines(const Order& order, qint64 orderId);
    Status reserveOrder(const storage::Transaction& transaction, qint64 orderId, Channel channel);
    Status releaseOrder(const storage::Transaction& transaction, qint64 orderId);
    Status updateShortItems(qint64 orderId);
    Status logEvent(qint64 orderId, EventKind kind, const QString& note, const OrderStatus* from = nullptr,
        const OrderStatus* to = nullptr);
    Status setStatusRow(qint64 orderId, OrderStatus to, const QString& dateColumn = {});
    Result<QString> nextNumber();
    Status shipWithin(const storage::Transaction& transaction, const Current& order, const Shipment& shipment);
    Status moveWithin(
        const storage::Transaction& transaction, const Current& order, OrderStatus to, const QString& note);

    storage::DatabasePtr m_database;
};

} // namespace comptoir::orders
