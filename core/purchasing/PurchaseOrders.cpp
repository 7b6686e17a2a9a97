#include "purchasing/PurchaseOrders.h"

#include "inventory/StockLedger.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace comptoir::purchasing {

using namespace comptoir::storage;

namespace {

struct StatusName
{
    PurchaseStatus status;
    const char* key;
    const char* label;
};

constexpr StatusName kStatuses[] = {
    {PurchaseStatus::Draft, "draft", QT_TRANSLATE_NOOP("PurchaseOrders", "Draft")},
    {PurchaseStatus::Sent, "sent", QT_TRANSLATE_NOOP("PurchaseOrders", "Sent")},
    {PurchaseStatus::PartlyReceived, "partial", QT_TRANSLATE_NOOP("PurchaseOrders", "Partly received")},
    {PurchaseStatus::Received, "received", QT_TRANSLATE_NOOP("PurchaseOrders", "Received")},
    {PurchaseStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("PurchaseOrders", "Cancelled")},
};

Error invalid(const QString& message, const QString& where = {})
{
    return Error(Error::Code::InvalidInput, message, where);
}

QDateTime timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant dateValue(const QDate& date)
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QDateTime(date, QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
}

PurchaseStatus statusOf(const QVariant& value)
{
    PurchaseStatus status = PurchaseStatus::Draft;
    statusFromKey(value.toString(), status);
    return status;
}

Error notFound(qint64 id)
{
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("PurchaseOrders", "This purchase order does not exist."),
        QStringLiteral("purchase order %1").arg(id));
}

} // namespace

QString statusKey(PurchaseStatus status)
{
    for (const auto& s : kStatuses)
        if (s.status == status)
            return QString::fromLatin1(s.key);
    return {};
}

bool statusFromKey(const QString& key, PurchaseStatus& status)
{
    for (const auto& s : kStatuses) {
        if (key == QLatin1String(s.key)) {
            status = s.status;
            return true;
        }
    }
    return false;
}

QString statusLabel(PurchaseStatus status)
{
    for (const auto& s : kStatuses)
        if (s.status == status)
            return QCoreApplication::translate("PurchaseOrders", s.label);
    return {};
}

Money PurchaseOrder::total() const
{
    Money sum = Money::zero(currency);
    for (const auto& line : lines)
        sum += line.total();
    return sum;
}

qint64 PurchaseOrder::quantity() const
{
    qint64 sum = 0;
    for (const auto& line : lines)
        sum += line.quantity;
    return sum;
}

qint64 PurchaseOrder::outstanding() const
{
    qint64 sum = 0;
    for (const auto& line : lines)
        sum += line.outstanding();
    return sum;
}

bool PurchaseOrder::isOpen() const
{
    return status == PurchaseStatus::Draft || status == PurchaseStatus::Sent
        || status == PurchaseStatus::PartlyReceived;
}

PurchaseOrders::PurchaseOrders(DatabasePtr database)
    : m_database(std::move(database))
{ }

Result<QList<PurchaseOrderSummary>> PurchaseOrders::list(bool openOnly, int limit) const
{
    auto query = run(m_database->connection(),
        QStringLiteral("SELECT o.id, o.number, s.name, o.status, o.created_at, o.expected_at, o.currency, "
                       "coalesce(sum(l.quantity), 0), coalesce(sum(l.received), 0), "
                       "coalesce(sum(l.quantity * l.unit_cost_minor), 0) "
                       "FROM purchase_orders o JOIN suppliers s ON s.id = o.supplier_id "
                       "LEFT JOIN purchase_order_lines l ON l.purchase_order_id = o.id %1 "
                       "GROUP BY o.id ORDER BY %2 LIMIT ?")
            .arg(openOnly ? QStringLiteral("WHERE o.status IN ('draft', 'sent', 'partial')") : QString(),
                // Open orders by when they should arrive; the whole history newest first.
                openOnly ? QStringLiteral("o.status <> 'draft', o.expected_at, o.id")
                         : QStringLiteral("o.created_at DESC, o.id DESC")),
        {limit});
    if (!query)
        return query.error();
    QList<PurchaseOrderSummary> orders;
    while (query->next()) {
        PurchaseOrderSummary order;
        order.id = query->value(0).toLongLong();
        order.number = query->value(1).toString();
        order.supplierName = query->value(2).toString();
        order.status = statusOf(query->value(3));
        order.createdAt = timeFrom(query->value(4));
        order.expected = timeFrom(query->value(5)).date();
        order.quantity = query->value(7).toLongLong();
        order.received = query->value(8).toLongLong();
        order.total = Money(query->value(9).toLongLong(), Currency::fromCode(query->value(6).toString()));
        orders.append(order);
    }
    return orders;
}

Result<PurchaseOrder> PurchaseOrders::load(qint64 id) const
{
    return loadWith(m_database->connection(), id);
}

Result<PurchaseOrder> PurchaseOrders::loadWith(const QSqlDatabase& db, qint64 id) const
{
    auto query = run(db,
        QStringLiteral("SELECT o.number, o.supplier_id, s.name, s.email, o.location_id, l.name, o.status, o.currency, "
                       "o.note, o.expected_at, o.created_at, o.sent_at, o.closed_at "
                       "FROM purchase_orders o JOIN suppliers s ON s.id = o.supplier_id "
                       "JOIN locations l ON l.id = o.location_id WHERE o.id = ?"),
        {id});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(id);
    PurchaseOrder order;
    order.id = id;
    order.number = query->value(0).toString();
    order.supplierId = query->value(1).toLongLong();
    order.supplierName = query->value(2).toString();
    order.supplierEmail = query->value(3).toString();
    order.locationId = query->value(4).toLongLong();
    order.locationName = query->value(5).toString();
    order.status = statusOf(query->value(6));
    order.currency = Currency::fromCode(query->value(7).toString());
    order.note = query->value(8).toString();
    order.expected = timeFrom(query->value(9)).date();
    order.createdAt = timeFrom(query->value(10));
    order.sentAt = timeFrom(query->value(11));
    order.closedAt = timeFrom(query->value(12));

    auto lines = run(db,
        QStringLiteral("SELECT l.id, l.variant_id, l.sku, l.title, l.supplier_sku, coalesce(v.barcode, ''), "
                       "l.quantity, l.received, l.unit_cost_minor FROM purchase_order_lines l "
                       "LEFT JOIN variants v ON v.id = l.variant_id WHERE l.purchase_order_id = ? ORDER BY l.id"),
        {id});
    if (!lines)
        return lines.error();
    while (lines->next()) {
        PurchaseLine line;
        line.id = lines->value(0).toLongLong();
        line.variantId = lines->value(1).toLongLong();
        line.sku = lines->value(2).toString();
        line.title = lines->value(3).toString();
        line.supplierSku = lines->value(4).toString();
        line.barcode = lines->value(5).toString();
        line.quantity = lines->value(6).toLongLong();
        line.received = lines->value(7).toLongLong();
        line.unitCost = Money(lines->value(8).toLongLong(), order.currency);
        order.lines.append(line);
    }
    return order;
}

namespace {

// Writes the lines of a draft: replaces them all (nothing was received yet).
Status writeLines(const QSqlDatabase& db, qint64 orderId, const Currency& currency, const QList<OrderedItem>& items)
{
    if (auto cleared
        = execute(db, QStringLiteral("DELETE FROM purchase_order_lines WHERE purchase_order_id = ?"), {orderId});
        !cleared)
        return cleared;
    // Same variant twice: one line with the quantities added.
    QList<OrderedItem> merged;
    QHash<qint64, qsizetype> byVariant;
    for (const auto& item : items) {
        if (item.quantity <= 0)
            return invalid(QCoreApplication::translate("PurchaseOrders", "Order at least one of each product."),
                QCoreApplication::translate("PurchaseOrders", "Quantity"));
        if (item.unitCost && item.unitCost->isNegative())
            return invalid(QCoreApplication::translate("PurchaseOrders", "A cost cannot be negative."),
                QCoreApplication::translate("PurchaseOrders", "Unit cost"));
        if (item.unitCost && item.unitCost->currency() != currency)
            return invalid(QCoreApplication::translate("PurchaseOrders", "The costs of this order are in %1.")
                               .arg(currency.code()),
                QCoreApplication::translate("PurchaseOrders", "Unit cost"));
        if (auto found = byVariant.constFind(item.variantId); found != byVariant.constEnd())
            merged[*found].quantity += item.quantity;
        else {
            byVariant.insert(item.variantId, merged.size());
            merged.append(item);
        }
    }
    QSqlQuery variant(db);
    variant.prepare(QStringLiteral("SELECT sku, title, supplier_sku, cost_minor, currency FROM variants WHERE id = ?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO purchase_order_lines (purchase_order_id, variant_id, sku, title, "
                                  "supplier_sku, quantity, unit_cost_minor) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const auto& item : merged) {
        variant.addBindValue(item.variantId);
        if (!variant.exec())
            return sqlError(variant, QCoreApplication::translate("PurchaseOrders", "Could not read the product."));
        if (!variant.next())
            return Error(Error::Code::NotFound,
                QCoreApplication::translate("PurchaseOrders", "This product variant does not exist."),
                QStringLiteral("variant %1").arg(item.variantId));
        qint64 cost = variant.value(3).toLongLong();
        if (item.unitCost)
            cost = item.unitCost->minorUnits();
        else if (Currency::fromCode(variant.value(4).toString()) != currency)
            cost = 0; // a cost in another currency is no guide: the user types the supplier's price
        insert.addBindValue(orderId);
        insert.addBindValue(item.variantId);
        insert.addBindValue(variant.value(0));
        insert.addBindValue(variant.value(1));
        insert.addBindValue(variant.value(2));
        insert.addBindValue(item.quantity);
        insert.addBindValue(cost);
        variant.finish();
        if (!insert.exec())
            return sqlError(
                insert, QCoreApplication::translate("PurchaseOrders", "Could not save the purchase order."));
    }
    return {};
}

} // namespace

Result<qint64> PurchaseOrders::create(
    qint64 supplierId, qint64 locationId, const QList<OrderedItem>& items, const QString& note)
{
    const auto db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto supplier
        = run(db, QStringLiteral("SELECT lead_time_days, currency FROM suppliers WHERE id = ?"), {supplierId});
    if (!supplier)
        return supplier.error();
    if (!supplier->next())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("PurchaseOrders", "Choose a supplier for the purchase order."),
            QCoreApplication::translate("PurchaseOrders", "Supplier"));
    const int leadTime = supplier->value(0).toInt();
    const Currency currency = Currency::fromCode(supplier->value(1).toString());
    auto location = scalar(db, QStringLiteral("SELECT id FROM locations WHERE id = ?"), {locationId});
    if (!location)
        return location.error();
    if (!location->isValid())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("PurchaseOrders", "This stock location does not exist."),
            QCoreApplication::translate("PurchaseOrders", "Deliver to"));
    auto next = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM purchase_orders"));
    if (!next)
        return next.error();
    const QDateTime now = m_database->clock().now();
    auto inserted = run(db,
        QStringLiteral("INSERT INTO purchase_orders (number, supplier_id, location_id, status, currency, note, "
                       "expected_at, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?)"),
        {QStringLiteral("PO-%1").arg(next->toLongLong(), 6, 10, QLatin1Char('0')), supplierId, locationId,
            currency.code(), text(note.trimmed()), dateValue(now.date().addDays(leadTime)), now.toSecsSinceEpoch(),
            now.toSecsSinceEpoch()});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (auto written = writeLines(db, id, currency, items); !written)
        return written.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status PurchaseOrders::save(const PurchaseOrder& order)
{
    const auto db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto current = loadWith(db, order.id);
    if (!current)
        return current.error();
    if (current->status != PurchaseStatus::Draft && current->status != PurchaseStatus::Sent)
        return invalid(QCoreApplication::translate("PurchaseOrders", "%1 is %2: it can no longer be changed.")
                           .arg(current->number, statusLabel(current->status).toLower()));
    for (const auto& line : current->lines)
        if (line.received > 0)
            return invalid(QCoreApplication::translate(
                "PurchaseOrders", "Goods of %1 already arrived: it can no longer be changed.")
                               .arg(current->number));
    if (order.lines.isEmpty())
        return invalid(QCoreApplication::translate("PurchaseOrders", "A purchase order needs at least one line."));
    auto location = scalar(db, QStringLiteral("SELECT id FROM locations WHERE id = ?"), {order.locationId});
    if (!location)
        return location.error();
    if (!location->isValid())
        return Error(Error::Code::NotFound,
            QCoreApplication::translate("PurchaseOrders", "This stock location does not exist."),
            QCoreApplication::translate("PurchaseOrders", "Deliver to"));
    QList<OrderedItem> items;
    for (const auto& line : order.lines)
        items.append({line.variantId, line.quantity, line.unitCost});
    if (auto written = writeLines(db, order.id, current->currency, items); !written)
        return written;
    if (auto saved = execute(db,
            QStringLiteral("UPDATE purchase_orders SET note = ?, expected_at = ?, location_id = ?, updated_at = ? "
                           "WHERE id = ?"),
            {text(order.note.trimmed()), dateValue(order.expected), order.locationId, m_database->clock().nowSecs(),
                order.id});
        !saved)
        return saved;
    return transaction.commit();
}

Status PurchaseOrders::changeStatus(
    qint64 id, PurchaseStatus to, const std::function<Status(const PurchaseOrder&)>& allowed)
{
    const auto db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto order = loadWith(db, id);
    if (!order)
        return order.error();
    if (auto ok = allowed(*order); !ok)
        return ok;
    const qint64 now = m_database->clock().nowSecs();
    if (auto saved = execute(db,
            QStringLiteral("UPDATE purchase_orders SET status = ?, %1 = ?, updated_at = ? WHERE id = ?")
                .arg(to == PurchaseStatus::Sent ? QStringLiteral("sent_at") : QStringLiteral("closed_at")),
            {statusKey(to), now, now, id});
        !saved)
        return saved;
    return transaction.commit();
}

Status PurchaseOrders::markSent(qint64 id)
{
    return changeStatus(id, PurchaseStatus::Sent, [](const PurchaseOrder& order) -> Status {
        if (order.status != PurchaseStatus::Draft)
            return invalid(QCoreApplication::translate("PurchaseOrders", "%1 is %2, not a draft.")
                               .arg(order.number, statusLabel(order.status).toLower()));
        if (order.lines.isEmpty())
            return invalid(QCoreApplication::translate("PurchaseOrders", "%1 has no lines: add what to order first.")
                               .arg(order.number));
        return {};
    });
}

Status PurchaseOrders::cancel(qint64 id)
{
    return changeStatus(id, PurchaseStatus::Cancelled, [](const PurchaseOrder& order) -> Status {
        if (order.status == PurchaseStatus::Draft || order.status == PurchaseStatus::Sent)
            return {};
        return invalid(order.status == PurchaseStatus::PartlyReceived
                ? QCoreApplication::translate(
                    "PurchaseOrders", "Part of %1 already arrived: close it instead of cancelling it.")
                      .arg(order.number)
                : QCoreApplication::translate("PurchaseOrders", "%1 is %2: it can no longer be cancelled.")
                      .arg(order.number, statusLabel(order.status).toLower()));
    });
}

Status PurchaseOrders::close(qint64 id)
{
    return changeStatus(id, PurchaseStatus::Received, [](const PurchaseOrder& order) -> Status {
        if (order.status == PurchaseStatus::PartlyReceived)
            return {};
        return invalid(
            QCoreApplication::translate("PurchaseOrders", "Only a partly received order can be closed; %1 is %2.")
                .arg(order.number, statusLabel(order.status).toLower()));
    });
}

Status PurchaseOrders::receive(qint64 id, const QList<ReceivedItem>& items, const QString& note)
{
    const auto db = m_database->connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto order = loadWith(db, id);
    if (!order)
        return order.error();
    if (!order->isOpen())
        return invalid(QCoreApplication::translate("PurchaseOrders", "%1 is %2: nothing more can be received.")
                           .arg(order->number, statusLabel(order->status).toLower()));
    if (items.isEmpty())
        return invalid(QCoreApplication::translate("PurchaseOrders", "Enter or scan what arrived first."));

    inventory::StockLedger ledger(m_database);
    QSqlQuery stock(db);
    stock.prepare(QStringLiteral("SELECT on_hand, cost_minor, currency FROM variants WHERE id = ?"));
    QSqlQuery updateCost(db);
    updateCost.prepare(QStringLiteral("UPDATE variants SET cost_minor = ?, updated_at = ? WHERE id = ?"));
    QSqlQuery updateLine(db);
    updateLine.prepare(QStringLiteral("UPDATE purchase_order_lines SET received = received + ? WHERE id = ?"));
    const qint64 now = m_database->clock().nowSecs();
    for (const auto& item : items) {
        auto line = std::find_if(order->lines.begin(), order->lines.end(),
            [&](const PurchaseLine& l) { return l.variantId == item.variantId; });
        if (line == order->lines.end())
            return invalid(
                QCoreApplication::translate("PurchaseOrders", "This product is not on %1.").arg(order->number),
                QCoreApplication::translate("PurchaseOrders", "Product"));
        if (item.quantity <= 0)
            return invalid(
                QCoreApplication::translate("PurchaseOrders", "Enter how many of %1 arrived.").arg(line->sku),
                line->sku);
        if (item.quantity > line->outstanding())
            return invalid(QCoreApplication::translate(
                               "PurchaseOrders", "Only %1 of %2 are still expected on %3: cannot receive %4.")
                               .arg(line->outstanding())
                               .arg(line->sku, order->number)
                               .arg(item.quantity),
                line->sku);

        // The cost becomes the average of the stock on hand and of what arrived, at their costs.
        stock.addBindValue(item.variantId);
        if (!stock.exec() || !stock.next())
            return sqlError(stock, QCoreApplication::translate("PurchaseOrders", "Could not read the product."));
        const qint64 onHand = std::max<qint64>(0, stock.value(0).toLongLong());
        const qint64 oldCost = stock.value(1).toLongLong();
        const bool sameCurrency = Currency::fromCode(stock.value(2).toString()) == order->currency;
        stock.finish();
        if (sameCurrency) {
            const qint64 cost = roundedDivision(onHand * oldCost + item.quantity * line->unitCost.minorUnits(),
                onHand + item.quantity, Rounding::HalfUp);
            updateCost.addBindValue(cost);
            updateCost.addBindValue(now);
            updateCost.addBindValue(item.variantId);
            if (!updateCost.exec())
                return sqlError(
                    updateCost, QCoreApplication::translate("PurchaseOrders", "Could not update the cost."));
        }
        auto movement = ledger.recordWithin(transaction, item.variantId, order->locationId, item.quantity,
            inventory::MovementReason::Receipt, note, order->number);
        if (!movement)
            return movement.error();
        updateLine.addBindValue(item.quantity);
        updateLine.addBindValue(line->id);
        if (!updateLine.exec())
            return sqlError(
                updateLine, QCoreApplication::translate("PurchaseOrders", "Could not save the purchase order."));
        line->received += item.quantity;
    }
    const bool complete = order->outstanding() == 0;
    if (auto saved = execute(db,
            QStringLiteral("UPDATE purchase_orders SET status = ?, sent_at = coalesce(sent_at, ?), closed_at = ?, "
                           "updated_at = ? WHERE id = ?"),
            {complete ? QStringLiteral("received") : QStringLiteral("partial"), now,
                complete ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()), now, id});
        !saved)
        return saved;
    return transaction.commit();
}

Result<PurchaseLine> PurchaseOrders::lineForCode(const PurchaseOrder& order, const QString& code)
{
    const QString wanted = code.trimmed();
    for (QString PurchaseLine::*field : {&PurchaseLine::barcode, &PurchaseLine::sku, &PurchaseLine::supplierSku})
        for (const auto& line : order.lines)
            if (!wanted.isEmpty() && line.*field == wanted)
                return line;
    return Error(Error::Code::NotFound,
        QCoreApplication::translate("PurchaseOrders", "“%1” is not on %2.").arg(wanted, order.number));
}

} // namespace comptoir::purchasing
