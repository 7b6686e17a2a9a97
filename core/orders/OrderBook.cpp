#include "orders/OrderBook.h"

#include "inventory/Locations.h"
#include "inventory/StockLedger.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <functional>

namespace comptoir::orders {

using namespace comptoir::storage;
using inventory::MovementReason;
using inventory::StockLedger;

namespace {

Error invalid(const QString& message, const QString& where = {})
{
    return Error(Error::Code::InvalidInput, message, where);
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QString lowerLabel(OrderStatus status)
{
    return statusLabel(status).toLower();
}

constexpr auto kNextNumberKey = "orders.next_number";

} // namespace

struct OrderBook::Current
{
    qint64 id = 0;
    QString number;
    OrderStatus status = OrderStatus::New;
    OrderStatus heldFrom = OrderStatus::New;
    Channel channel = Channel::Website;
    int version = 0;
};

OrderBook::OrderBook(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<OrderBook::Current> OrderBook::current(qint64 orderId) const
{
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT number, status, held_from, channel, version FROM orders WHERE id = ?"), {orderId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error(Error::Code::NotFound, QCoreApplication::translate("OrderBook", "This order does not exist."),
            QStringLiteral("order %1").arg(orderId));
    Current c;
    c.id = orderId;
    c.number = query->value(0).toString();
    statusFromKey(query->value(1).toString(), c.status);
    if (!query->value(2).isNull())
        statusFromKey(query->value(2).toString(), c.heldFrom);
    channelFromKey(query->value(3).toString(), c.channel);
    c.version = query->value(4).toInt();
    return c;
}

Result<Order> OrderBook::load(qint64 orderId) const
{
    const QSqlDatabase db = m_database->connection();
    auto query = run(db,
        QStringLiteral(
            "SELECT number, channel, status, held_from, hold_reason, coalesce(customer_id, 0), customer_name, email, "
            "phone, ship_name, ship_company, ship_address1, ship_address2, ship_postcode, ship_city, ship_country, "
            "ship_phone, bill_name, bill_company, bill_address1, bill_address2, bill_postcode, bill_city, "
            "bill_country, currency, shipping_minor, discount_minor, shipping_method, note, gift_message, source, "
            "placed_at, paid_at, packed_at, shipped_at, delivered_at, cancelled_at, short_items, version "
            "FROM orders WHERE id = ?"),
        {orderId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error(Error::Code::NotFound, QCoreApplication::translate("OrderBook", "This order does not exist."),
            QStringLiteral("order %1").arg(orderId));
    const auto v = [&](int i) { return query->value(i); };
    Order o;
    o.id = orderId;
    o.number = v(0).toString();
    channelFromKey(v(1).toString(), o.channel);
    statusFromKey(v(2).toString(), o.status);
    if (!v(3).isNull())
        statusFromKey(v(3).toString(), o.heldFrom);
    o.holdReason = v(4).toString();
    o.customerId = v(5).toLongLong();
    o.customerName = v(6).toString();
    o.email = v(7).toString();
    o.phone = v(8).toString();
    o.shipTo = {v(9).toString(), v(10).toString(), v(11).toString(), v(12).toString(), v(13).toString(),
        v(14).toString(), v(15).toString(), v(16).toString()};
    o.billTo = {v(17).toString(), v(18).toString(), v(19).toString(), v(20).toString(), v(21).toString(),
        v(22).toString(), v(23).toString(), QString()};
    o.currency = Currency::fromCode(v(24).toString());
    o.shipping = Money(v(25).toLongLong(), o.currency);
    o.discount = Money(v(26).toLongLong(), o.currency);
    o.shippingMethod = v(27).toString();
    o.note = v(28).toString();
    o.giftMessage = v(29).toString();
    o.source = v(30).toString();
    o.placedAt = timeFrom(v(31));
    o.paidAt = timeFrom(v(32));
    o.packedAt = timeFrom(v(33));
    o.shippedAt = timeFrom(v(34));
    o.deliveredAt = timeFrom(v(35));
    o.cancelledAt = timeFrom(v(36));
    o.shortItems = v(37).toLongLong();
    o.version = v(38).toInt();

    auto lines = run(db,
        QStringLiteral("SELECT l.id, coalesce(l.variant_id, 0), l.sku, l.title, l.quantity, l.unit_price_minor, "
                       "l.vat_rate_bp, l.packed_quantity, "
                       "coalesce((SELECT sum(r.quantity) FROM order_reservations r WHERE r.order_line_id = l.id), 0), "
                       "coalesce((SELECT sum(x.quantity) FROM return_lines x JOIN returns t ON t.id = x.return_id "
                       "WHERE x.order_line_id = l.id AND t.status <> 'cancelled'), 0), "
                       "coalesce(v.barcode, ''), coalesce(v.bin_location, ''), "
                       "coalesce(nullif(v.image_path, ''), p.image_path, '') "
                       "FROM order_lines l LEFT JOIN variants v ON v.id = l.variant_id "
                       "LEFT JOIN products p ON p.id = v.product_id WHERE l.order_id = ? ORDER BY l.id"),
        {orderId});
    if (!lines)
        return lines.error();
    while (lines->next()) {
        OrderLine line;
        line.id = lines->value(0).toLongLong();
        line.variantId = lines->value(1).toLongLong();
        line.sku = lines->value(2).toString();
        line.title = lines->value(3).toString();
        line.quantity = lines->value(4).toLongLong();
        line.unitPrice = Money(lines->value(5).toLongLong(), o.currency);
        line.vatRateBp = lines->value(6).toInt();
        line.packed = lines->value(7).toLongLong();
        line.reserved = lines->value(8).toLongLong();
        line.returned = lines->value(9).toLongLong();
        line.barcode = lines->value(10).toString();
        line.binLocation = lines->value(11).toString();
        line.imagePath = lines->value(12).toString();
        o.lines.append(line);
    }
    return o;
}

Result<qint64> OrderBook::idForNumber(const QString& number) const
{
    const QString wanted = number.trimmed();
    if (wanted.isEmpty())
        return qint64(0);
    auto id = scalar(m_database->connection(),
        QStringLiteral("SELECT id FROM orders WHERE number = ? OR number = ? ORDER BY number = ? DESC LIMIT 1"),
        {wanted, QString(QLatin1Char('#') + wanted), wanted});
    if (!id)
        return id.error();
    return id->isValid() ? id->toLongLong() : qint64(0);
}

Result<QList<OrderEvent>> OrderBook::history(qint64 orderId) const
{
    auto order = load(orderId);
    if (!order)
        return order.error();
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT id, kind, from_status, to_status, note, user_name, created_at FROM order_events "
                       "WHERE order_id = ? ORDER BY id"),
        {orderId});
    if (!query)
        return query.error();
    QList<OrderEvent> events;
    QSet<int> statusesSeen;
    bool createdSeen = false;
    while (query->next()) {
        OrderEvent e;
        e.id = query->value(0).toLongLong();
        eventKindFromKey(query->value(1).toString(), e.kind);
        if (!query->value(3).isNull()) {
            e.hasStatus = true;
            statusFromKey(query->value(2).toString(), e.from);
            statusFromKey(query->value(3).toString(), e.to);
            statusesSeen.insert(int(e.to));
        }
        e.note = query->value(4).toString();
        e.user = query->value(5).toString();
        e.at = timeFrom(query->value(6));
        createdSeen = createdSeen || e.kind == EventKind::Created;
        events.append(e);
    }
    // Orders made before the history was kept (or imported) tell their story by their dates.
    QList<OrderEvent> told;
    const auto tell = [&](EventKind kind, OrderStatus to, const QDateTime& at) {
        if (!at.isValid() || (kind == EventKind::Status && statusesSeen.contains(int(to))))
            return;
        OrderEvent e;
        e.kind = kind;
        e.hasStatus = kind == EventKind::Status;
        e.to = to;
        e.at = at;
        told.append(e);
    };
    if (!createdSeen)
        tell(EventKind::Created, OrderStatus::New, order->placedAt);
    tell(EventKind::Status, OrderStatus::Paid, order->paidAt);
    tell(EventKind::Status, OrderStatus::Packed, order->packedAt);
    tell(EventKind::Status, OrderStatus::Shipped, order->shippedAt);
    tell(EventKind::Status, OrderStatus::Delivered, order->deliveredAt);
    tell(EventKind::Status, OrderStatus::Cancelled, order->cancelledAt);
    told.append(events);
    std::stable_sort(told.begin(), told.end(), [](const OrderEvent& a, const OrderEvent& b) { return a.at < b.at; });
    return told;
}

Result<QList<Shipment>> OrderBook::shipments(qint64 orderId) const
{
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT id, carrier, service, tracking_number, weight_g, cost_minor, currency, shipped_at "
                       "FROM shipments WHERE order_id = ? ORDER BY id"),
        {orderId});
    if (!query)
        return query.error();
    QList<Shipment> list;
    while (query->next()) {
        Shipment s;
        s.id = query->value(0).toLongLong();
        s.carrier = query->value(1).toString();
        s.service = query->value(2).toString();
        s.trackingNumber = query->value(3).toString();
        s.weightGrams = query->value(4).toInt();
        s.cost = Money(query->value(5).toLongLong(), Currency::fromCode(query->value(6).toString()));
        s.shippedAt = timeFrom(query->value(7));
        list.append(s);
    }
    return list;
}

QList<OrderStatus> OrderBook::nextStatuses(const Order& order)
{
    QList<OrderStatus> next;
    for (OrderStatus to : allStatuses())
        if (isLegalMove(order.status, to, order.heldFrom))
            next << to;
    return next;
}

Status OrderBook::logEventWithin(const Transaction& transaction, qint64 orderId, EventKind kind, const QString& note)
{
    if (!transaction.isActive())
        return transaction.error();
    return logEvent(orderId, kind, note);
}

Status OrderBook::markReturnedWithin(const Transaction& transaction, qint64 orderId, const QString& note)
{
    if (!transaction.isActive())
        return transaction.error();
    auto c = current(orderId);
    if (!c)
        return c.error();
    if (c->status != OrderStatus::Shipped && c->status != OrderStatus::Delivered)
        return invalid(QCoreApplication::translate("OrderBook", "Order %1 is %2: it cannot be returned.")
                           .arg(c->number, lowerLabel(c->status)));
    if (auto saved = setStatusRow(orderId, OrderStatus::Returned); !saved)
        return saved;
    const OrderStatus to = OrderStatus::Returned;
    return logEvent(orderId, EventKind::Status, note, &c->status, &to);
}

Result<bool> OrderBook::markDeliveredWithin(
    const Transaction& transaction, qint64 orderId, const QDateTime& at, const QString& note)
{
    if (!transaction.isActive())
        return transaction.error();
    auto c = current(orderId);
    if (!c)
        return c.error();
    if (c->status != OrderStatus::Shipped)
        return false;
    if (auto saved = setStatusRow(orderId, OrderStatus::Delivered); !saved)
        return saved.error();
    const qint64 now = m_database->clock().nowSecs();
    if (auto dated
        = execute(m_database->connection(), QStringLiteral("UPDATE orders SET delivered_at = ? WHERE id = ?"),
            {at.isValid() ? std::min(now, at.toSecsSinceEpoch()) : now, orderId});
        !dated)
        return dated.error();
    const OrderStatus to = OrderStatus::Delivered;
    if (auto logged = logEvent(orderId, EventKind::Status, note, &c->status, &to); !logged)
        return logged.error();
    return true;
}

Result<qint64> OrderBook::counterLocation() const
{
    return inventory::Locations(m_database).counterLocation();
}

Status OrderBook::checkLines(Order& order) const
{
    const QSqlDatabase db = m_database->connection();
    if (order.lines.isEmpty())
        return invalid(QCoreApplication::translate("OrderBook", "An order needs at least one line."),
            QCoreApplication::translate("OrderBook", "Lines"));
    for (int i = 0; i < order.lines.size(); ++i) {
        OrderLine& line = order.lines[i];
        const QString where = QCoreApplication::translate("OrderBook", "Line %1").arg(i + 1);
        if (line.quantity <= 0)
            return invalid(QCoreApplication::translate("OrderBook", "The quantity must be at least 1."), where);
        if (line.unitPrice.isNegative())
            return invalid(QCoreApplication::translate("OrderBook", "A price cannot be negative."), where);
        if (line.unitPrice.currency() != order.currency)
            return invalid(QCoreApplication::translate("OrderBook", "The prices of this order are in %1.")
                               .arg(order.currency.code()),
                where);
        if (line.vatRateBp < 0 || line.vatRateBp > 10000)
            return invalid(
                QCoreApplication::translate("OrderBook", "The VAT rate must be between 0 and 100 %."), where);
        if (line.variantId != 0) {
            auto variant = run(db, QStringLiteral("SELECT sku, title FROM variants WHERE id = ?"), {line.variantId});
            if (!variant)
                return variant.error();
            if (!variant->next())
                return invalid(
                    QCoreApplication::translate("OrderBook", "This product is no longer in the catalog."), where);
            if (line.sku.isEmpty())
                line.sku = variant->value(0).toString();
            if (line.title.isEmpty())
                line.title = variant->value(1).toString();
        }
        line.sku = line.sku.trimmed();
        line.title = line.title.trimmed();
        if (line.title.isEmpty())
            return invalid(QCoreApplication::translate("OrderBook", "Give the line a name."), where);
    }
    if (order.shipping.isNegative() || order.discount.isNegative())
        return invalid(QCoreApplication::translate("OrderBook", "Shipping and discount cannot be negative."));
    if (order.discount.minorUnits() > order.subtotal().minorUnits() + order.shipping.minorUnits())
        return invalid(QCoreApplication::translate("OrderBook", "The discount cannot be more than the order."),
            QCoreApplication::translate("OrderBook", "Discount"));
    const QString email = order.email.trimmed();
    if (!email.isEmpty() && !isEmailAddress(email))
        return invalid(QCoreApplication::translate("OrderBook", "“%1” is not an e-mail address.").arg(email),
            QCoreApplication::translate("OrderBook", "E-mail"));
    return {};
}

bool OrderBook::isEmailAddress(const QString& email)
{
    const QString address = email.trimmed();
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    return at > 0 && address.indexOf(QLatin1Char('.'), at) >= at + 2 && !address.endsWith(QLatin1Char('.'))
        && !address.contains(QLatin1Char(' '));
}

Status OrderBook::insertLines(const Order& order, qint64 orderId)
{
    const QSqlDatabase db = m_database->connection();
    for (const OrderLine& line : order.lines) {
        if (line.id != 0) {
            if (auto updated = execute(db,
                    QStringLiteral("UPDATE order_lines SET variant_id = ?, sku = ?, title = ?, quantity = ?, "
                                   "unit_price_minor = ?, vat_rate_bp = ?, total_minor = ?, packed_quantity = "
                                   "min(packed_quantity, ?) WHERE id = ? AND order_id = ?"),
                    {line.variantId ? QVariant(line.variantId) : QVariant(), text(line.sku), text(line.title),
                        line.quantity, qint64(line.unitPrice.minorUnits()), line.vatRateBp,
                        qint64(line.total().minorUnits()), line.quantity, line.id, orderId});
                !updated)
                return updated;
            continue;
        }
        if (auto inserted = execute(db,
                QStringLiteral("INSERT INTO order_lines (order_id, variant_id, sku, title, quantity, unit_price_minor, "
                               "vat_rate_bp, total_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {orderId, line.variantId ? QVariant(line.variantId) : QVariant(), text(line.sku), text(line.title),
                    line.quantity, qint64(line.unitPrice.minorUnits()), line.vatRateBp,
                    qint64(line.total().minorUnits())});
            !inserted)
            return inserted;
    }
    return {};
}

Status OrderBook::reserveOrder(const Transaction& transaction, qint64 orderId, Channel channel)
{
    const QSqlDatabase db = m_database->connection();
    auto counter = counterLocation();
    if (!counter)
        return counter.error();
    auto lines = run(db,
        QStringLiteral("SELECT l.id, l.variant_id, l.quantity - coalesce((SELECT sum(r.quantity) FROM "
                       "order_reservations r WHERE r.order_line_id = l.id), 0) FROM order_lines l "
                       "WHERE l.order_id = ? AND l.variant_id IS NOT NULL ORDER BY l.id"),
        {orderId});
    if (!lines)
        return lines.error();
    struct Need
    {
        qint64 lineId, variantId, quantity;
    };
    QList<Need> needs;
    while (lines->next())
        if (lines->value(2).toLongLong() > 0)
            needs.append({lines->value(0).toLongLong(), lines->value(1).toLongLong(), lines->value(2).toLongLong()});
    // Online orders reserve where stock is sold online, the warehouse before the shop counter;
    // a counter order reserves at the counter first.
    const QString sql = channel == Channel::Counter
        ? QStringLiteral("SELECT s.location_id, s.on_hand - s.reserved FROM stock_levels s WHERE s.variant_id = ? "
                         "AND s.on_hand > s.reserved ORDER BY s.location_id <> ?, s.location_id")
        : QStringLiteral("SELECT s.location_id, s.on_hand - s.reserved FROM stock_levels s JOIN locations l ON "
                         "l.id = s.location_id WHERE s.variant_id = ? AND s.on_hand > s.reserved AND "
                         "l.sells_online = 1 ORDER BY s.location_id = ?, s.location_id");
    StockLedger ledger(m_database);
    for (const Need& need : needs) {
        auto places = run(db, sql, {need.variantId, *counter});
        if (!places)
            return places.error();
        QList<QPair<qint64, qint64>> available;
        while (places->next())
            available.append({places->value(0).toLongLong(), places->value(1).toLongLong()});
        qint64 left = need.quantity;
        for (const auto& [location, free] : available) {
            if (left == 0)
                break;
            const qint64 take = std::min(left, free);
            if (auto held = ledger.reserveWithin(transaction, need.variantId, location, take); !held)
                return held;
            // Standard SQL upsert (SQLite and PostgreSQL): a line topped up adds to what it holds there.
            if (auto saved = execute(db,
                    QStringLiteral("INSERT INTO order_reservations (order_line_id, variant_id, location_id, quantity) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (order_line_id, location_id) DO UPDATE SET "
                                   "quantity = order_reservations.quantity + excluded.quantity"),
                    {need.lineId, need.variantId, location, take});
                !saved)
                return saved;
            left -= take;
        }
    }
    return {};
}

Status OrderBook::releaseOrder(const Transaction& transaction, qint64 orderId)
{
    const QSqlDatabase db = m_database->connection();
    auto held = run(db,
        QStringLiteral("SELECT r.variant_id, r.location_id, r.quantity FROM order_reservations r JOIN order_lines l "
                       "ON l.id = r.order_line_id WHERE l.order_id = ?"),
        {orderId});
    if (!held)
        return held.error();
    QList<std::array<qint64, 3>> rows;
    while (held->next())
        rows.append({held->value(0).toLongLong(), held->value(1).toLongLong(), held->value(2).toLongLong()});
    StockLedger ledger(m_database);
    for (const auto& row : rows)
        if (auto released = ledger.reserveWithin(transaction, row[0], row[1], -row[2]); !released)
            return released;
    return execute(db,
        QStringLiteral("DELETE FROM order_reservations WHERE order_line_id IN (SELECT id FROM order_lines "
                       "WHERE order_id = ?)"),
        {orderId});
}

Status OrderBook::updateShortItems(qint64 orderId)
{
    return execute(m_database->connection(),
        QStringLiteral("UPDATE orders SET short_items = CASE WHEN status IN ('paid', 'preparing', 'packed') OR "
                       "(status = 'on_hold' AND held_from IN ('paid', 'preparing', 'packed')) THEN "
                       "(SELECT coalesce(sum(l.quantity), 0) - coalesce(sum((SELECT sum(r.quantity) FROM "
                       "order_reservations r WHERE r.order_line_id = l.id)), 0) FROM order_lines l WHERE "
                       "l.order_id = orders.id AND l.variant_id IS NOT NULL) ELSE 0 END WHERE id = ?"),
        {orderId});
}

Status OrderBook::logEvent(
    qint64 orderId, EventKind kind, const QString& note, const OrderStatus* from, const OrderStatus* to)
{
    return execute(m_database->connection(),
        QStringLiteral("INSERT INTO order_events (order_id, kind, from_status, to_status, note, user_name, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {orderId, eventKindKey(kind), from ? QVariant(statusKey(*from)) : QVariant(),
            to ? QVariant(statusKey(*to)) : QVariant(), text(note.trimmed()), text(StockLedger::currentUser()),
            m_database->clock().nowSecs()});
}

Status OrderBook::setStatusRow(qint64 orderId, OrderStatus to, const QString& dateColumn)
{
    const qint64 now = m_database->clock().nowSecs();
    QString sql = QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, version = version + 1");
    if (!dateColumn.isEmpty())
        sql += QStringLiteral(", %1 = coalesce(%1, ?)").arg(dateColumn);
    sql += QStringLiteral(" WHERE id = ?");
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    query.addBindValue(statusKey(to));
    query.addBindValue(now);
    if (!dateColumn.isEmpty())
        query.addBindValue(now);
    query.addBindValue(orderId);
    if (!query.exec())
        return sqlError(query, QCoreApplication::translate("OrderBook", "Could not save the order."));
    return {};
}

Result<QString> OrderBook::nextNumber()
{
    const QSqlDatabase db = m_database->connection();
    auto stored
        = scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {QString::fromLatin1(kNextNumberKey)});
    if (!stored)
        return stored.error();
    qint64 next = stored->isValid() ? std::max<qint64>(1, stored->toLongLong()) : 1001;
    QString number;
    for (;; ++next) {
        number = QStringLiteral("C-%1").arg(next);
        auto taken = scalar(db, QStringLiteral("SELECT 1 FROM orders WHERE number = ?"), {number});
        if (!taken)
            return taken.error();
        if (!taken->isValid())
            break;
    }
    if (auto saved = execute(db,
            m_database->dialect().upsert(
                QStringLiteral("settings"), {QStringLiteral("key"), QStringLiteral("value")}, {QStringLiteral("key")}),
            {QString::fromLatin1(kNextNumberKey), QString::number(next + 1)});
        !saved)
        return saved.error();
    return number;
}

namespace {

// The columns an order writes, in this order, after its id.
QVariantList orderValues(const Order& o)
{
    const Address& s = o.shipTo;
    const Address& b = o.billTo;
    return {o.customerId ? QVariant(o.customerId) : QVariant(), text(o.customerName.trimmed()), text(o.email.trimmed()),
        text(o.phone.trimmed()), text(s.name), text(s.company), text(s.address1), text(s.address2), text(s.postcode),
        text(s.city), text(s.country.isEmpty() ? QStringLiteral("FR") : s.country), text(s.phone), text(b.name),
        text(b.company), text(b.address1), text(b.address2), text(b.postcode), text(b.city), text(b.country),
        o.itemCount(), qint64(o.subtotal().minorUnits()), qint64(o.shipping.minorUnits()),
        qint64(o.discount.minorUnits()), qint64(o.tax().minorUnits()), qint64(o.total().minorUnits()),
        text(o.shippingMethod.trimmed()), text(o.note.trimmed()), text(o.giftMessage.trimmed())};
}

const QString kOrderColumns = QStringLiteral(
    "customer_id, customer_name, email, phone, ship_name, ship_company, ship_address1, ship_address2, "
    "ship_postcode, ship_city, ship_country, ship_phone, bill_name, bill_company, bill_address1, bill_address2, "
    "bill_postcode, bill_city, bill_country, item_count, subtotal_minor, shipping_minor, discount_minor, "
    "tax_minor, total_minor, shipping_method, note, gift_message");

} // namespace

Result<qint64> OrderBook::create(Order order)
{
    if (order.status != OrderStatus::New && order.status != OrderStatus::Paid)
        return invalid(QCoreApplication::translate("OrderBook", "A new order is either waiting for payment or paid."),
            QCoreApplication::translate("OrderBook", "Status"));
    Transaction transaction(m_database->connection());
    auto id = createWithin(transaction, std::move(order));
    if (!id)
        return id;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<qint64> OrderBook::createWithin(const Transaction& transaction, Order order)
{
    if (!transaction.isActive())
        return transaction.error();
    switch (order.status) {
    case OrderStatus::New:
    case OrderStatus::Paid:
    case OrderStatus::Shipped:
    case OrderStatus::Delivered:
    case OrderStatus::Cancelled:
        break;
    default:
        return invalid(
            QCoreApplication::translate("OrderBook", "An order cannot start as %1.").arg(lowerLabel(order.status)),
            QCoreApplication::translate("OrderBook", "Status"));
    }
    if (auto checked = checkLines(order); !checked)
        return checked.error();
    const QSqlDatabase db = m_database->connection();
    order.number = order.number.trimmed();
    if (order.number.isEmpty()) {
        auto number = nextNumber();
        if (!number)
            return number.error();
        order.number = *number;
    } else if (auto taken = idForNumber(order.number); !taken) {
        return taken.error();
    } else if (*taken != 0) {
        return invalid(QCoreApplication::translate("OrderBook", "There is already an order %1.").arg(order.number),
            QCoreApplication::translate("OrderBook", "Number"));
    }
    if (order.customerName.trimmed().isEmpty())
        order.customerName = order.shipTo.name.isEmpty() ? order.billTo.name : order.shipTo.name;
    const qint64 now = m_database->clock().nowSecs();
    const qint64 placed = order.placedAt.isValid() ? order.placedAt.toSecsSinceEpoch() : now;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO orders (number, channel, status, currency, source, placed_at, paid_at, "
                                  "delivered_at, cancelled_at, updated_at, %1) VALUES (?, ?, 'new', ?, ?, ?, ?, ?, ?, "
                                  "?%2)")
                       .arg(kOrderColumns, QStringLiteral(", ?").repeated(28)));
    // Dates the order already has (an import) are kept: the moves below only fill missing ones.
    const auto dateIf = [](const QDateTime& at, bool applies) {
        return at.isValid() && applies ? QVariant(at.toSecsSinceEpoch()) : QVariant();
    };
    for (const QVariant& value : QVariantList {order.number, channelKey(order.channel), order.currency.code(),
             text(order.source.isEmpty() ? QStringLiteral("manual") : order.source), placed,
             dateIf(order.paidAt, order.status != OrderStatus::New),
             dateIf(order.deliveredAt, order.status == OrderStatus::Delivered),
             dateIf(order.cancelledAt, order.status == OrderStatus::Cancelled), now})
        insert.addBindValue(value);
    for (const QVariant& value : orderValues(order))
        insert.addBindValue(value);
    if (!insert.exec())
        return sqlError(insert, QCoreApplication::translate("OrderBook", "Could not save the order."));
    const qint64 orderId = insert.lastInsertId().toLongLong();
    if (auto lines = insertLines(order, orderId); !lines)
        return lines.error();
    if (auto logged = logEvent(orderId, EventKind::Created, order.note); !logged)
        return logged.error();
    // Then along the lifecycle to where it stands: paid reserves, shipped deducts the stock.
    const auto step = [&](OrderStatus to) -> Status {
        auto c = current(orderId);
        if (!c)
            return c.error();
        if (to == OrderStatus::Shipped) {
            Shipment parcel;
            parcel.shippedAt = order.shippedAt;
            return shipWithin(transaction, *c, parcel);
        }
        return moveWithin(transaction, *c, to, {});
    };
    QList<OrderStatus> path;
    switch (order.status) {
    case OrderStatus::Paid:
        path = {OrderStatus::Paid};
        break;
    case OrderStatus::Shipped:
        path = {OrderStatus::Paid, OrderStatus::Shipped};
        break;
    case OrderStatus::Delivered:
        path = {OrderStatus::Paid, OrderStatus::Shipped, OrderStatus::Delivered};
        break;
    case OrderStatus::Cancelled:
        path = {OrderStatus::Cancelled};
        break;
    default:
        break;
    }
    for (OrderStatus to : path)
        if (auto moved = step(to); !moved)
            return moved.error();
    return orderId;
}

Result<qint64> OrderBook::sellAtCounter(Order order)
{
    order.channel = Channel::Counter;
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    if (auto checked = checkLines(order); !checked)
        return checked.error();
    const QSqlDatabase db = m_database->connection();
    auto counter = counterLocation();
    if (!counter)
        return counter.error();
    auto number = nextNumber();
    if (!number)
        return number.error();
    order.number = *number;
    const qint64 now = m_database->clock().nowSecs();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO orders (number, channel, status, currency, source, placed_at, paid_at, "
                                  "shipped_at, delivered_at, updated_at, %1) VALUES (?, 'counter', 'delivered', ?, "
                                  "'counter', ?, ?, ?, ?, ?%2)")
                       .arg(kOrderColumns, QStringLiteral(", ?").repeated(28)));
    for (const QVariant& value : QVariantList {order.number, order.currency.code(), now, now, now, now, now})
        insert.addBindValue(value);
    for (const QVariant& value : orderValues(order))
        insert.addBindValue(value);
    if (!insert.exec())
        return sqlError(insert, QCoreApplication::translate("OrderBook", "Could not save the sale."));
    const qint64 orderId = insert.lastInsertId().toLongLong();
    if (auto lines = insertLines(order, orderId); !lines)
        return lines.error();

    // The goods are in the customer's hands: take them from the counter's shelf, then elsewhere.
    StockLedger ledger(m_database);
    QHash<qint64, qint64> wanted; // a variant on two lines is taken once for both
    QList<qint64> variants;
    for (const OrderLine& line : order.lines) {
        if (line.variantId == 0)
            continue;
        if (!wanted.contains(line.variantId))
            variants << line.variantId;
        wanted[line.variantId] += line.quantity;
    }
    for (qint64 variantId : variants) {
        auto places = run(db,
            QStringLiteral("SELECT s.location_id, s.on_hand - s.reserved, l.name FROM stock_levels s JOIN locations l "
                           "ON l.id = s.location_id WHERE s.variant_id = ? AND s.on_hand > s.reserved "
                           "ORDER BY s.location_id <> ?, s.location_id"),
            {variantId, *counter});
        if (!places)
            return places.error();
        QList<QPair<qint64, qint64>> available;
        qint64 total = 0;
        while (places->next()) {
            available.append({places->value(0).toLongLong(), places->value(1).toLongLong()});
            total += available.last().second;
        }
        const qint64 need = wanted.value(variantId);
        if (total < need) {
            QString sku;
            for (const OrderLine& line : order.lines)
                if (line.variantId == variantId)
                    sku = line.sku;
            return invalid(QCoreApplication::translate("OrderBook",
                               "Only %1 of %2 available in stock, %3 sold. Count the shelf and correct the stock "
                               "first.")
                               .arg(total)
                               .arg(sku)
                               .arg(need),
                sku);
        }
        qint64 left = need;
        for (const auto& [location, free] : available) {
            if (left == 0)
                break;
            const qint64 take = std::min(left, free);
            auto sold = ledger.recordWithin(transaction, variantId, location, -take, MovementReason::Sale,
                QCoreApplication::translate("OrderBook", "Counter sale"), order.number);
            if (!sold)
                return sold.error();
            left -= take;
        }
    }
    if (auto logged
        = logEvent(orderId, EventKind::Created, QCoreApplication::translate("OrderBook", "Sold at the shop counter"));
        !logged)
        return logged.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return orderId;
}

Status OrderBook::save(const Order& edited)
{
    Order order = edited;
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto c = current(order.id);
    if (!c)
        return c.error();
    switch (c->status) {
    case OrderStatus::New:
    case OrderStatus::Paid:
    case OrderStatus::Preparing:
    case OrderStatus::Packed:
    case OrderStatus::OnHold:
        break;
    default:
        return invalid(QCoreApplication::translate("OrderBook", "Order %1 is %2: it can no longer be changed.")
                           .arg(c->number, lowerLabel(c->status)));
    }
    if (c->version != order.version)
        return Error(Error::Code::Generic,
            QCoreApplication::translate(
                "OrderBook", "Order %1 was changed in another window meanwhile. Open it again to see the changes.")
                .arg(c->number));
    if (auto checked = checkLines(order); !checked)
        return checked;
    const QSqlDatabase db = m_database->connection();
    // Stock follows the lines: let go of everything, save, reserve again.
    if (auto released = releaseOrder(transaction, order.id); !released)
        return released;
    QStringList kept;
    for (const OrderLine& line : order.lines)
        if (line.id != 0)
            kept << QString::number(line.id);
    if (auto removed = execute(db,
            QStringLiteral("DELETE FROM order_lines WHERE order_id = ? AND id NOT IN (%1)")
                .arg(kept.isEmpty() ? QStringLiteral("0") : kept.join(QLatin1Char(','))),
            {order.id});
        !removed)
        return removed;
    if (auto lines = insertLines(order, order.id); !lines)
        return lines;
    QStringList assignments;
    for (const QString& column : kOrderColumns.split(QStringLiteral(", ")))
        assignments << column + QStringLiteral(" = ?");
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE orders SET %1, updated_at = ?, version = version + 1 WHERE id = ?")
                       .arg(assignments.join(QStringLiteral(", "))));
    for (const QVariant& value : orderValues(order))
        update.addBindValue(value);
    update.addBindValue(m_database->clock().nowSecs());
    update.addBindValue(order.id);
    if (!update.exec())
        return sqlError(update, QCoreApplication::translate("OrderBook", "Could not save the order."));
    if (holdsStock(c->status, c->heldFrom))
        if (auto reserved = reserveOrder(transaction, order.id, c->channel); !reserved)
            return reserved;
    if (auto shortItems = updateShortItems(order.id); !shortItems)
        return shortItems;
    if (auto logged = logEvent(order.id, EventKind::Edited, {}); !logged)
        return logged;
    return transaction.commit();
}

Status OrderBook::moveWithin(const Transaction& transaction, const Current& c, OrderStatus to, const QString& note)
{
    if (!isLegalMove(c.status, to, c.heldFrom)) {
        if (c.status == OrderStatus::OnHold && to != OrderStatus::OnHold)
            return invalid(
                QCoreApplication::translate("OrderBook", "Order %1 is on hold: release it first.").arg(c.number));
        return invalid(QCoreApplication::translate("OrderBook", "Order %1 is %2: it cannot become %3.")
                           .arg(c.number, lowerLabel(c.status), lowerLabel(to)));
    }
    const QSqlDatabase db = m_database->connection();
    const bool heldBefore = holdsStock(c.status, c.heldFrom);
    const bool holdsAfter = holdsStock(to, to == OrderStatus::OnHold ? c.status : OrderStatus::New);
    QString dateColumn;
    switch (to) {
    case OrderStatus::Paid:
        dateColumn = QStringLiteral("paid_at");
        break;
    case OrderStatus::Packed:
        dateColumn = QStringLiteral("packed_at");
        break;
    case OrderStatus::Delivered:
        dateColumn = QStringLiteral("delivered_at");
        break;
    case OrderStatus::Cancelled:
        dateColumn = QStringLiteral("cancelled_at");
        break;
    default:
        break;
    }
    if (auto saved = setStatusRow(c.id, to, dateColumn); !saved)
        return saved;
    if (to == OrderStatus::Delivered) { // the merchant knows: its parcels are no longer watched
        if (auto delivered = execute(db,
                QStringLiteral("UPDATE shipments SET state = 'delivered', delivered_at = ?, version = version + 1 "
                               "WHERE order_id = ? AND delivered_at IS NULL AND state NOT IN ('returned', 'lost')"),
                {m_database->clock().nowSecs(), c.id});
            !delivered)
            return delivered;
    }
    if (to == OrderStatus::OnHold) {
        if (auto held = execute(db, QStringLiteral("UPDATE orders SET held_from = ?, hold_reason = ? WHERE id = ?"),
                {statusKey(c.status), text(note.trimmed()), c.id});
            !held)
            return held;
    } else if (c.status == OrderStatus::OnHold) {
        if (auto cleared
            = execute(db, QStringLiteral("UPDATE orders SET held_from = NULL, hold_reason = '' WHERE id = ?"), {c.id});
            !cleared)
            return cleared;
    }
    if (heldBefore && !holdsAfter) {
        if (auto released = releaseOrder(transaction, c.id); !released)
            return released;
    } else if (holdsAfter) {
        if (auto reserved = reserveOrder(transaction, c.id, c.channel); !reserved)
            return reserved;
    }
    if (auto shortItems = updateShortItems(c.id); !shortItems)
        return shortItems;
    return logEvent(c.id, EventKind::Status, note, &c.status, &to);
}

Status OrderBook::onOrder(qint64 orderId, const std::function<Status(const Transaction&, const Current&)>& step)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto c = current(orderId);
    if (!c)
        return c.error();
    if (auto done = step(transaction, *c); !done)
        return done;
    return transaction.commit();
}

Status OrderBook::changeStatus(qint64 orderId, OrderStatus to, const QString& note)
{
    switch (to) {
    case OrderStatus::Shipped:
        return ship(orderId);
    case OrderStatus::OnHold:
        return hold(orderId, note);
    case OrderStatus::Cancelled:
        return cancel(orderId, note);
    case OrderStatus::Returned:
        return invalid(
            QCoreApplication::translate("OrderBook", "Open a return from the order to record what came back."));
    default:
        break;
    }
    return onOrder(orderId,
        [&](const Transaction& transaction, const Current& c) { return moveWithin(transaction, c, to, note); });
}

Status OrderBook::hold(qint64 orderId, const QString& reason)
{
    return onOrder(orderId, [&](const Transaction& transaction, const Current& c) -> Status {
        if (c.status == OrderStatus::OnHold)
            return invalid(QCoreApplication::translate("OrderBook", "Order %1 is already on hold.").arg(c.number));
        return moveWithin(transaction, c, OrderStatus::OnHold, reason);
    });
}

Status OrderBook::release(qint64 orderId)
{
    return onOrder(orderId, [&](const Transaction& transaction, const Current& c) -> Status {
        if (c.status != OrderStatus::OnHold)
            return invalid(QCoreApplication::translate("OrderBook", "Order %1 is not on hold.").arg(c.number));
        return moveWithin(transaction, c, c.heldFrom, {});
    });
}

Status OrderBook::cancel(qint64 orderId, const QString& reason)
{
    return onOrder(orderId, [&](const Transaction& transaction, const Current& c) -> Status {
        if (c.status == OrderStatus::Shipped || c.status == OrderStatus::Delivered)
            return invalid(QCoreApplication::translate(
                "OrderBook", "Order %1 has left the shop: open a return instead of cancelling it.")
                               .arg(c.number));
        return moveWithin(transaction, c, OrderStatus::Cancelled, reason);
    });
}

Status OrderBook::ship(qint64 orderId, const Shipment& shipment)
{
    return onOrder(orderId,
        [&](const Transaction& transaction, const Current& c) { return shipWithin(transaction, c, shipment); });
}

Status OrderBook::shipWithin(const Transaction& transaction, qint64 orderId, const Shipment& shipment)
{
    auto c = current(orderId);
    if (!c)
        return c.error();
    return shipWithin(transaction, *c, shipment);
}

Result<qint64> OrderBook::addParcelWithin(const Transaction& transaction, qint64 orderId, const Shipment& shipment)
{
    Q_UNUSED(transaction);
    auto order = current(orderId);
    if (!order)
        return order.error();
    if (order->status != OrderStatus::Shipped && order->status != OrderStatus::Delivered)
        return invalid(QCoreApplication::translate("OrderBook", "Order %1 is %2: ship it before adding a parcel.")
                           .arg(order->number, lowerLabel(order->status)));
    const qint64 now = m_database->clock().nowSecs();
    auto id
        = insertParcel(orderId, shipment, shipment.shippedAt.isValid() ? shipment.shippedAt.toSecsSinceEpoch() : now);
    if (!id)
        return id.error();
    QStringList parcel;
    for (const QString& part : {shipment.carrier.trimmed(), shipment.trackingNumber.trimmed()})
        if (!part.isEmpty())
            parcel << part;
    if (auto logged = logEvent(orderId, EventKind::Shipment, parcel.join(QLatin1Char(' '))); !logged)
        return logged.error();
    return *id;
}

Result<qint64> OrderBook::insertParcel(qint64 orderId, const Shipment& shipment, qint64 shippedAt)
{
    const QSqlDatabase db = m_database->connection();
    auto parcel = run(db,
        QStringLiteral("INSERT INTO shipments (order_id, carrier, service, tracking_number, weight_g, cost_minor, "
                       "currency, shipped_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {orderId, text(shipment.carrier.trimmed()), text(shipment.service.trimmed()),
            text(shipment.trackingNumber.trimmed()), shipment.weightGrams, qint64(shipment.cost.minorUnits()),
            shipment.cost.currency().code().isEmpty() ? QStringLiteral("EUR") : shipment.cost.currency().code(),
            shippedAt, m_database->clock().nowSecs()});
    if (!parcel)
        return parcel.error();
    return parcel->lastInsertId().toLongLong();
}

Status OrderBook::shipWithin(const Transaction& transaction, const Current& order, const Shipment& shipment)
{
    const qint64 orderId = order.id;
    if (!isLegalMove(order.status, OrderStatus::Shipped, order.heldFrom)) {
        if (order.status == OrderStatus::OnHold)
            return invalid(
                QCoreApplication::translate("OrderBook", "Order %1 is on hold: release it first.").arg(order.number));
        if (order.status == OrderStatus::New)
            return invalid(QCoreApplication::translate("OrderBook", "Order %1 is not paid yet: it cannot be shipped.")
                               .arg(order.number));
        return invalid(QCoreApplication::translate("OrderBook", "Order %1 is %2: it cannot be shipped.")
                           .arg(order.number, lowerLabel(order.status)));
    }
    const QSqlDatabase db = m_database->connection();
    if (auto reserved = reserveOrder(transaction, orderId, order.channel); !reserved)
        return reserved;
    auto shortLines = run(db,
        QStringLiteral("SELECT l.sku, l.quantity - coalesce((SELECT sum(r.quantity) FROM order_reservations r "
                       "WHERE r.order_line_id = l.id), 0) AS missing FROM order_lines l WHERE l.order_id = ? AND "
                       "l.variant_id IS NOT NULL AND missing > 0 ORDER BY l.id"),
        {orderId});
    if (!shortLines)
        return shortLines.error();
    QStringList missing;
    while (shortLines->next())
        missing << QCoreApplication::translate("OrderBook", "%1 × %2")
                       .arg(shortLines->value(1).toLongLong())
                       .arg(shortLines->value(0).toString());
    if (!missing.isEmpty())
        return invalid(QCoreApplication::translate("OrderBook", "Order %1 cannot be shipped: not enough stock for %2.")
                           .arg(order.number, missing.join(QStringLiteral(", "))));

    auto held = run(db,
        QStringLiteral("SELECT r.variant_id, r.location_id, r.quantity FROM order_reservations r JOIN order_lines l "
                       "ON l.id = r.order_line_id WHERE l.order_id = ? ORDER BY l.id, r.location_id"),
        {orderId});
    if (!held)
        return held.error();
    QList<std::array<qint64, 3>> rows;
    while (held->next())
        rows.append({held->value(0).toLongLong(), held->value(1).toLongLong(), held->value(2).toLongLong()});
    StockLedger ledger(m_database);
    for (const auto& row : rows) {
        if (auto released = ledger.reserveWithin(transaction, row[0], row[1], -row[2]); !released)
            return released;
        auto sold = ledger.recordWithin(
            transaction, row[0], row[1], -row[2], MovementReason::Sale, {}, order.number, shipment.shippedAt);
        if (!sold)
            return sold.error();
    }
    if (auto cleared = execute(db,
            QStringLiteral("DELETE FROM order_reservations WHERE order_line_id IN (SELECT id FROM order_lines "
                           "WHERE order_id = ?)"),
            {orderId});
        !cleared)
        return cleared;
    const qint64 now = m_database->clock().nowSecs();
    const qint64 shippedAt = shipment.shippedAt.isValid() ? shipment.shippedAt.toSecsSinceEpoch() : now;
    if (auto parcel = insertParcel(orderId, shipment, shippedAt); !parcel)
        return parcel.error();
    if (auto saved = setStatusRow(orderId, OrderStatus::Shipped); !saved)
        return saved;
    if (auto dated = execute(
            db, QStringLiteral("UPDATE orders SET shipped_at = ?, short_items = 0 WHERE id = ?"), {shippedAt, orderId});
        !dated)
        return dated;
    QStringList parcel;
    for (const QString& part : {shipment.carrier.trimmed(), shipment.trackingNumber.trimmed()})
        if (!part.isEmpty())
            parcel << part;
    const OrderStatus to = OrderStatus::Shipped;
    if (auto logged = logEvent(orderId, EventKind::Status, parcel.join(QLatin1Char(' ')), &order.status, &to); !logged)
        return logged;
    return {};
}

Result<qint64> OrderBook::reserveAgain(qint64 orderId)
{
    Transaction transaction(m_database->connection());
    if (!transaction.isActive())
        return transaction.error();
    auto c = current(orderId);
    if (!c)
        return c.error();
    if (!holdsStock(c->status, c->heldFrom))
        return invalid(QCoreApplication::translate("OrderBook", "Order %1 is %2: it holds no stock.")
                           .arg(c->number, lowerLabel(c->status)));
    if (auto reserved = reserveOrder(transaction, orderId, c->channel); !reserved)
        return reserved.error();
    if (auto shortItems = updateShortItems(orderId); !shortItems)
        return shortItems.error();
    auto left
        = scalar(m_database->connection(), QStringLiteral("SELECT short_items FROM orders WHERE id = ?"), {orderId});
    if (!left)
        return left.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return left->toLongLong();
}

Status OrderBook::addNote(qint64 orderId, const QString& note)
{
    if (note.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("OrderBook", "Write the note first."),
            QCoreApplication::translate("OrderBook", "Note"));
    return onOrder(
        orderId, [&](const Transaction&, const Current& c) { return logEvent(c.id, EventKind::Note, note); });
}

} // namespace comptoir::orders
